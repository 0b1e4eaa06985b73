"""Demo field service of a heating, cooling and solar installer near Namur: team, parts and job texts.

Why it exists: the planning board, the technicians' day, the stock screens and the
intervention reports only look real with a believable team (Belgian and French
names, their trades, a van each), the parts such a business really fits (ignition
electrodes, expansion vessels, R32, MC4 connectors...) and job texts in French and in
English like the support tickets of ``demo_support_data`` (same products, same trade).

Why it looks the way it does: plain tuples and dicts with no logic, picked from by
``core/demo_field.py`` with the demo's seeded random. ``{product}`` in a text is the
customer's installed product. French text follows Belgian usage and typography (a
no-break space before ``: ; ? !``). Skills are keys of ``field_choices.COMMON_SKILLS``;
checklist labels come from ``field_choices.CHECKLISTS``.
"""

from __future__ import annotations

#: Technicians hired when the demo makes the team (the demo users already hold three).
TECHNICIAN_NAMES: tuple[str, ...] = (
    "Julien Collard", "Sarah Lambotte", "Thomas Dethier", "Maxime Hubert", "Pieter Claes", "Céline Pirotte",
    "Youssef El Amrani", "Quentin Marchal", "Bastien Delvaux", "Loïc Fontaine", "Wim Vermeulen", "Arnaud Gérard",
)

#: Trades of the team in hiring order: the first three together cover every job of the demo.
SKILL_SETS: tuple[tuple[str, ...], ...] = (
    ("heating", "plumbing", "refrigeration"),
    ("electrical", "network", "software"),
    ("electrical", "heating", "plumbing", "refrigeration"),
    ("electrical", "heating", "refrigeration"),
    ("electrical", "heating", "network"),
    ("heating", "plumbing"),
    ("heating", "plumbing", "refrigeration", "software"),
    ("electrical", "network", "software"),
    ("heating", "plumbing", "refrigeration"),
    ("electrical", "heating", "refrigeration"),
)

#: Working weeks (Monday first, local time, "" = day off), by how often they occur.
HOURS: tuple[tuple[tuple[str, ...], int], ...] = (
    (("08:00-17:00",) * 5 + ("", ""), 5),
    (("07:30-16:30",) * 5 + ("", ""), 4),
    (("07:30-16:30",) * 4 + ("07:30-12:00", "", ""), 3),  # Friday afternoons off
    (("08:00-17:00",) * 4 + ("08:00-15:00", "08:00-12:00", ""), 2),  # on call on Saturday mornings
)

#: Where technicians live and start their day (cities of the demo's places).
HOME_BASES: tuple[str, ...] = (
    "Namur", "Gembloux", "Andenne", "Ciney", "Jambes", "Eghezée", "Fosses-la-Ville", "Profondeville", "Huy",
    "Fleurus", "Sambreville", "Assesse",
)

#: Board colours, one per technician, distinct on a white board.
COLORS: tuple[str, ...] = (
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f",
    "#393b79", "#637939",
)

#: Stock rooms: the main warehouse, and a second depot on large demos.
WAREHOUSES: tuple[str, ...] = ("Namur warehouse", "Huy depot")

#: Letters of Belgian number plates (1-ABC-123) on the vans.
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"

#: Why technicians are away: (reason, kind) where kind is holiday, training, sick or short.
ABSENCE_REASONS: dict[str, tuple[str, ...]] = {
    "holiday": ("Holiday", "Spring holiday", "Holiday (family)"),
    "training": ("Training: F-gas refresher", "Training: Vaillant aroTHERM plus", "Training: SMA installer day",
                 "Training: electrical safety BA5", "Training: Daikin Altherma 3 commissioning",
                 "Training: Viessmann ViCare"),
    "sick": ("Sick leave", "Sick leave (doctor's note)"),
    "short": ("Medical appointment", "Overtime recovery", "Van at the garage"),
}

#: Customer installations by family: weight (share of jobs), products, skills every job of the family needs.
GROUPS: dict[str, dict[str, object]] = {
    "boiler": {"weight": 30, "skills": ("heating",),
               "products": ("Vaillant ecoTEC plus", "Viessmann Vitodens 200-W", "Buderus Logamax plus GB172",
                            "Buderus Logano plus KB195i")},
    "heat_pump": {"weight": 17, "skills": ("heating", "refrigeration"),
                  "products": ("Vaillant aroTHERM plus", "Viessmann Vitocal 250-A", "Daikin Altherma 3",
                               "Mitsubishi Ecodan")},
    "solar": {"weight": 13, "skills": ("electrical",),
              "products": ("SMA Sunny Boy 5.0", "Fronius Primo", "Fronius Symo GEN24 Plus", "SolarEdge SE5000H")},
    "battery": {"weight": 3, "skills": ("electrical",), "products": ("BYD Battery-Box Premium HVS",)},
    "thermostat": {"weight": 6, "skills": ("heating",), "products": ("Netatmo thermostat", "Honeywell evohome")},
    "water_heater": {"weight": 7, "skills": ("plumbing",), "products": ("Atlantic Explorer water heater",)},
    "emitters": {"weight": 7, "skills": ("plumbing",),
                 "products": ("Radson Integra radiator", "Henco underfloor heating")},
    "ventilation": {"weight": 6, "skills": ("electrical",),
                    "products": ("Zehnder ComfoAir Q350", "Renson Healthbox 3.0")},
    "ev_charger": {"weight": 5, "skills": ("electrical",), "products": ("Wallbox Pulsar Plus",)},
    "air_conditioning": {"weight": 6, "skills": ("refrigeration", "electrical"),
                         "products": ("Daikin Perfera split unit", "Mitsubishi Electric MSZ-LN")},
}

#: Parts catalogue, the most used first (a small demo takes the first fifteen):
#: (sku, name, French name, unit, unit cost cents, unit price cents, families, van stock share).
PARTS: tuple[tuple[str, str, str, str, int, int, tuple[str, ...], float], ...] = (
    ("GN-FIT-KIT", "Fittings and seals kit", "Kit raccords et joints", "set", 650, 1_500, (), 1.0),
    ("HT-IGN-01", "Ignition electrode", "Électrode d'allumage", "pcs", 2_450, 4_900, ("boiler",), 1.0),
    ("HT-SV-3", "Safety valve 3 bar", "Soupape de sécurité 3 bar", "pcs", 1_150, 2_600,
     ("boiler", "heat_pump"), 1.0),
    ("HT-NTC-01", "NTC temperature sensor", "Sonde de température CTN", "pcs", 1_900, 3_900,
     ("boiler", "heat_pump", "thermostat"), 1.0),
    ("HT-EXP-18", "Expansion vessel 18 L", "Vase d'expansion 18 L", "pcs", 4_800, 8_900, ("boiler", "heat_pump"),
     0.6),
    ("HP-R32-KG", "R32 refrigerant", "Fluide frigorigène R32", "kg", 3_200, 7_500,
     ("heat_pump", "air_conditioning"), 0.8),
    ("HP-MAG-22", "Magnetic filter 22 mm", "Filtre magnétique 22 mm", "pcs", 7_900, 13_900,
     ("heat_pump", "boiler", "emitters"), 0.5),
    ("PV-MC4-PR", "MC4 connectors", "Connecteurs MC4", "pair", 450, 1_200, ("solar",), 1.0),
    ("EL-MCB-16", "Circuit breaker 16 A", "Disjoncteur 16 A", "pcs", 650, 1_450,
     ("solar", "ev_charger", "ventilation", "water_heater", "air_conditioning"), 1.0),
    ("RD-TRV-15", "Thermostatic radiator valve", "Vanne thermostatique", "pcs", 1_800, 3_600, ("emitters",), 1.0),
    ("VT-FLT-G4F7", "G4/F7 filter set", "Jeu de filtres G4/F7", "set", 3_400, 5_900, ("ventilation",), 0.8),
    ("WH-ANO-MG", "Magnesium anode", "Anode magnésium", "pcs", 2_100, 4_400, ("water_heater",), 0.8),
    ("HT-SIP-01", "Condensate siphon", "Siphon de condensats", "pcs", 1_450, 3_200, ("boiler",), 0.8),
    ("TH-BAT-AA", "Lithium AA batteries (4)", "Piles lithium AA (4)", "pack", 600, 1_400, ("thermostat",), 1.0),
    ("GN-INH-1L", "Central heating inhibitor 1 L", "Inhibiteur de corrosion 1 L", "bottle", 1_450, 2_900,
     ("boiler", "heat_pump", "emitters"), 0.8),
    ("HT-PMP-HE", "High-efficiency circulator pump", "Circulateur haute efficacité", "pcs", 16_500, 27_900,
     ("boiler", "heat_pump", "emitters"), 0.3),
    ("HT-PRS-01", "Water pressure sensor", "Capteur de pression d'eau", "pcs", 2_700, 5_400, ("boiler",), 0.6),
    ("HT-DIV-3W", "3-way diverter valve", "Vanne 3 voies", "pcs", 9_800, 16_900, ("boiler", "heat_pump"), 0.3),
    ("HT-GSK-KIT", "Burner gasket kit", "Kit joints de brûleur", "set", 1_250, 2_900, ("boiler",), 0.8),
    ("HT-FAN-01", "Boiler fan", "Ventilateur de chaudière", "pcs", 14_500, 23_900, ("boiler",), 0.2),
    ("HT-PCB-01", "Boiler control board", "Carte électronique de chaudière", "pcs", 21_000, 34_500, ("boiler",),
     0.1),
    ("HP-OTS-01", "Outdoor temperature sensor", "Sonde extérieure", "pcs", 2_300, 4_500, ("heat_pump",), 0.6),
    ("HP-FLW-01", "Flow switch", "Contrôleur de débit", "pcs", 3_500, 6_900, ("heat_pump",), 0.4),
    ("HP-FAN-OU", "Outdoor unit fan motor", "Moteur de ventilateur d'unité extérieure", "pcs", 18_900, 31_000,
     ("heat_pump", "air_conditioning"), 0.1),
    ("HP-EEV-01", "Expansion valve coil", "Bobine de détendeur électronique", "pcs", 8_900, 15_900,
     ("heat_pump", "air_conditioning"), 0.2),
    ("GN-GLY-L", "Glycol", "Glycol", "L", 480, 950, ("heat_pump",), 0.6),
    ("PV-SPD-DC", "DC surge protector", "Parafoudre DC", "pcs", 6_400, 11_500, ("solar",), 0.4),
    ("PV-OPT-440", "Power optimizer", "Optimiseur de puissance", "pcs", 5_500, 9_800, ("solar",), 0.4),
    ("PV-CBL-6", "Solar cable 6 mm²", "Câble solaire 6 mm²", "m", 120, 290, ("solar",), 1.0),
    ("PV-WIFI-01", "Inverter Wi-Fi module", "Module Wi-Fi d'onduleur", "pcs", 4_200, 7_900, ("solar",), 0.3),
    ("PV-SM-3F", "Three-phase energy meter", "Compteur d'énergie triphasé", "pcs", 14_500, 24_900,
     ("solar", "battery"), 0.2),
    ("BAT-COM-01", "Battery communication cable", "Câble de communication batterie", "pcs", 2_900, 5_400,
     ("battery",), 0.3),
    ("EL-RCD-40A", "Residual-current breaker type A 40 A", "Différentiel type A 40 A", "pcs", 5_800, 9_900,
     ("ev_charger", "solar", "battery"), 0.5),
    ("EV-RFID-5", "RFID charging cards (5)", "Badges de recharge RFID (5)", "pack", 1_500, 3_500, ("ev_charger",),
     0.3),
    ("TH-VLV-SM", "Smart radiator valve", "Tête thermostatique connectée", "pcs", 5_200, 8_900,
     ("thermostat", "emitters"), 0.5),
    ("TH-RLY-01", "Boiler relay module", "Module relais de chaudière", "pcs", 4_500, 7_900, ("thermostat",), 0.3),
    ("WH-ELM-24", "2400 W heating element", "Résistance stéatite 2400 W", "pcs", 6_800, 11_900, ("water_heater",),
     0.3),
    ("WH-TPR-7", "Pressure relief valve 7 bar", "Groupe de sécurité 7 bar", "pcs", 1_600, 3_400,
     ("water_heater",), 0.8),
    ("RD-ACT-230", "Thermal actuator 230 V", "Actionneur thermique 230 V", "pcs", 2_600, 4_800, ("emitters",),
     0.6),
    ("RD-AAV-01", "Automatic air vent", "Purgeur automatique", "pcs", 650, 1_600, ("emitters", "boiler"), 1.0),
    ("VT-CO2-01", "CO2 sensor", "Capteur CO2", "pcs", 6_100, 10_900, ("ventilation",), 0.3),
    ("VT-FAN-01", "Ventilation fan unit", "Moto-ventilateur de ventilation", "pcs", 21_900, 36_500,
     ("ventilation",), 0.1),
    ("AC-DRN-PMP", "Condensate pump", "Pompe de relevage des condensats", "pcs", 7_400, 12_900,
     ("air_conditioning",), 0.3),
)

#: Job texts. ``parts``: (sku, chance it is fitted, quantities to pick from); ``minutes``: the
#: usual length; ``pair``: the chance two technicians go together.
TEMPLATES: tuple[dict[str, object], ...] = (
    # ------------------------------------------------------------------ boilers
    {"group": "boiler", "kind": "repair", "minutes": (60, 150), "pair": 0.03,
     "parts": (("HT-IGN-01", 0.45, (1,)), ("HT-GSK-KIT", 0.3, (1,)), ("HT-PCB-01", 0.05, (1,))),
     "subject_fr": "Chaudière en sécurité, ne s'allume plus", "subject_en": "Boiler locked out, will not light",
     "instructions_fr": "{product} en sécurité depuis ce matin. Vérifier l'allumage et l'arrivée de gaz.",
     "instructions_en": "{product} has been locked out since this morning. Check the ignition and the gas supply.",
     "work_fr": ("Électrode d'allumage encrassée remplacée, brûleur nettoyé, combustion contrôlée.",
                 "Arrivée de gaz purgée, électrode réglée, trois allumages réussis devant le client."),
     "work_en": ("Replaced the fouled ignition electrode, cleaned the burner, checked the combustion.",
                 "Purged the gas supply, adjusted the electrode, three successful starts with the customer.")},
    {"group": "boiler", "kind": "repair", "minutes": (45, 120), "pair": 0.0,
     "parts": (("HT-EXP-18", 0.35, (1,)), ("HT-SV-3", 0.45, (1,)), ("HT-PRS-01", 0.15, (1,))),
     "subject_fr": "Perte de pression sur l'installation", "subject_en": "Heating system keeps losing pressure",
     "instructions_fr": "La pression de la {product} descend sous 1 bar tous les quelques jours. Chercher la "
                        "fuite, contrôler le vase d'expansion et la soupape.",
     "instructions_en": "Pressure on the {product} drops below 1 bar every few days. Look for the leak, check the "
                        "expansion vessel and the safety valve.",
     "work_fr": ("Vase d'expansion regonflé à 1 bar, soupape de sécurité qui gouttait remplacée.",
                 "Vase d'expansion percé remplacé, installation remise à 1,5 bar, pas de fuite visible."),
     "work_en": ("Recharged the expansion vessel to 1 bar, replaced the dripping safety valve.",
                 "Replaced the punctured expansion vessel, refilled to 1.5 bar, no visible leak.")},
    {"group": "boiler", "kind": "repair", "minutes": (60, 150), "pair": 0.02,
     "parts": (("HT-PMP-HE", 0.5, (1,)), ("HT-DIV-3W", 0.3, (1,)), ("GN-FIT-KIT", 0.4, (1,))),
     "subject_fr": "Plus d'eau chaude, chauffage bruyant", "subject_en": "No hot water and a noisy system",
     "instructions_fr": "Bruit de pompe et pas d'eau chaude sanitaire sur la {product}. Prévoir circulateur et "
                        "vanne 3 voies.",
     "instructions_en": "Pump noise and no domestic hot water on the {product}. Bring a circulator and a 3-way "
                        "valve.",
     "work_fr": ("Circulateur grippé remplacé, installation purgée, eau chaude revenue.",
                 "Moteur de vanne 3 voies bloqué : vanne remplacée, essais eau chaude et chauffage OK."),
     "work_en": ("Replaced the seized circulator, bled the system, hot water is back.",
                 "3-way valve motor stuck: valve replaced, hot water and heating tested OK.")},
    {"group": "boiler", "kind": "maintenance", "minutes": (45, 90), "pair": 0.0,
     "parts": (("HT-GSK-KIT", 0.35, (1,)), ("HT-SIP-01", 0.15, (1,)), ("HT-IGN-01", 0.1, (1,))),
     "subject_fr": "Entretien annuel de la chaudière", "subject_en": "Annual boiler service",
     "instructions_fr": "Entretien réglementaire de la {product} avec attestation de combustion.",
     "instructions_en": "Regulatory service of the {product} with the combustion certificate.",
     "work_fr": ("Brûleur et échangeur nettoyés, siphon rincé, analyse de combustion conforme, attestation remise.",
                 "Entretien complet, joints de brûleur remplacés, CO et rendement dans les normes."),
     "work_en": ("Cleaned the burner and heat exchanger, flushed the siphon, combustion analysis compliant, "
                 "certificate handed over.",
                 "Full service, burner gaskets replaced, CO and efficiency within limits.")},
    {"group": "boiler", "kind": "installation", "minutes": (180, 240), "pair": 0.6,
     "parts": (("GN-FIT-KIT", 0.9, (2, 3)), ("HP-MAG-22", 0.8, (1,)), ("GN-INH-1L", 0.7, (1, 2)),
               ("HT-SV-3", 0.3, (1,))),
     "subject_fr": "Remplacement de la chaudière", "subject_en": "Boiler replacement",
     "instructions_fr": "Dépose de l'ancienne chaudière et pose d'une {product}. Rinçage de l'installation et "
                        "filtre magnétique.",
     "instructions_en": "Remove the old boiler and fit a {product}. Flush the system and fit a magnetic filter.",
     "work_fr": ("Ancienne chaudière déposée, {product} posée et raccordée, installation rincée, mise en service.",
                 "Chaudière posée, ventouse raccordée, filtre magnétique et inhibiteur ajoutés, client formé."),
     "work_en": ("Removed the old boiler, fitted and connected the {product}, flushed the system, commissioned.",
                 "Boiler fitted, flue connected, magnetic filter and inhibitor added, customer shown the controls.")},
    {"group": "boiler", "kind": "visit", "minutes": (30, 60), "pair": 0.0, "parts": (),
     "subject_fr": "Visite technique avant remplacement de chaudière", "subject_en": "Survey before a boiler "
                                                                                   "replacement",
     "instructions_fr": "Relever l'ancienne installation, l'évacuation des fumées et la place disponible.",
     "instructions_en": "Note the old installation, the flue route and the room available.",
     "work_fr": ("Relevés faits, photos prises, devis à préparer pour une {product}.",
                 "Chaufferie mesurée, conduit à tuber, le client attend un devis."),
     "work_en": ("Measurements and photos taken, quote to prepare for a {product}.",
                 "Boiler room measured, the flue needs a liner, the customer expects a quote.")},
    # ------------------------------------------------------------------ heat pumps
    {"group": "heat_pump", "kind": "repair", "minutes": (90, 180), "pair": 0.1,
     "parts": (("HP-R32-KG", 0.45, (1, 2)), ("HP-EEV-01", 0.1, (1,)), ("HP-FAN-OU", 0.05, (1,))),
     "subject_fr": "Pompe à chaleur en défaut haute pression", "subject_en": "Heat pump high-pressure fault",
     "instructions_fr": "{product} en défaut haute pression à répétition. Contrôler la charge et le détendeur.",
     "instructions_en": "{product} keeps tripping on high pressure. Check the charge and the expansion valve.",
     "work_fr": ("Fuite trouvée sur un raccord flare, refaite, tirage au vide et recharge en R32.",
                 "Bobine de détendeur défectueuse remplacée, pressions de service contrôlées."),
     "work_en": ("Found a leak on a flare joint, remade it, evacuated and recharged with R32.",
                 "Replaced the faulty expansion valve coil, checked the operating pressures.")},
    {"group": "heat_pump", "kind": "repair", "minutes": (60, 120), "pair": 0.0,
     "parts": (("HP-FLW-01", 0.35, (1,)), ("HP-MAG-22", 0.3, (1,)), ("HP-OTS-01", 0.25, (1,))),
     "subject_fr": "Pompe à chaleur à l'arrêt, défaut de débit", "subject_en": "Heat pump stopped on a flow error",
     "instructions_fr": "{product} à l'arrêt avec un défaut de débit. Vérifier filtre, circulateur et "
                        "contrôleur de débit.",
     "instructions_en": "{product} stopped with a flow error. Check the filter, the pump and the flow switch.",
     "work_fr": ("Filtre colmaté nettoyé, contrôleur de débit remplacé, débit nominal retrouvé.",
                 "Sonde extérieure en court-circuit remplacée, la courbe de chauffe fonctionne à nouveau."),
     "work_en": ("Cleaned the clogged filter, replaced the flow switch, nominal flow restored.",
                 "Replaced the short-circuited outdoor sensor, the heating curve works again.")},
    {"group": "heat_pump", "kind": "maintenance", "minutes": (60, 120), "pair": 0.0,
     "parts": (("GN-GLY-L", 0.2, (5, 10)), ("HP-MAG-22", 0.1, (1,))),
     "subject_fr": "Entretien de la pompe à chaleur", "subject_en": "Heat pump service",
     "instructions_fr": "Entretien de la {product} : contrôle d'étanchéité, filtre, évaporateur, paramètres.",
     "instructions_en": "Service of the {product}: leak check, filter, evaporator, settings.",
     "work_fr": ("Contrôle d'étanchéité conforme, évaporateur nettoyé, filtre rincé, logiciel à jour.",
                 "Entretien fait, glycol complété, courbe de chauffe ajustée avec le client."),
     "work_en": ("Leak check passed, evaporator cleaned, filter flushed, software up to date.",
                 "Service done, glycol topped up, heating curve adjusted with the customer.")},
    {"group": "heat_pump", "kind": "installation", "minutes": (210, 240), "pair": 0.75,
     "parts": (("GN-FIT-KIT", 0.9, (2, 4)), ("HP-MAG-22", 0.8, (1,)), ("GN-GLY-L", 0.4, (10,)),
               ("EL-MCB-16", 0.6, (1, 2))),
     "subject_fr": "Installation d'une pompe à chaleur", "subject_en": "Heat pump installation",
     "instructions_fr": "Pose de la {product} : unité extérieure sur socle, liaisons hydrauliques et "
                        "électriques, mise en service.",
     "instructions_en": "Install the {product}: outdoor unit on its base, hydraulic and electrical connections, "
                        "commissioning.",
     "work_fr": ("Unité extérieure posée, hydraulique raccordée, mise en service et réglages faits.",
                 "{product} installée et mise en service, client formé à l'application."),
     "work_en": ("Outdoor unit set, hydraulics connected, commissioned and set up.",
                 "{product} installed and commissioned, customer shown the app.")},
    {"group": "heat_pump", "kind": "visit", "minutes": (45, 75), "pair": 0.0, "parts": (),
     "subject_fr": "Étude pour une pompe à chaleur", "subject_en": "Heat pump survey",
     "instructions_fr": "Calcul des déperditions, emplacement de l'unité extérieure, état des émetteurs.",
     "instructions_en": "Heat loss estimate, outdoor unit location, condition of the emitters.",
     "work_fr": ("Déperditions estimées, emplacement validé avec le client, devis à suivre.",
                 "Maison mal isolée : conseil d'isoler la toiture avant la pompe à chaleur."),
     "work_en": ("Heat loss estimated, location agreed with the customer, quote to follow.",
                 "Poorly insulated house: advised insulating the roof before the heat pump.")},
    # ------------------------------------------------------------------ solar
    {"group": "solar", "kind": "repair", "minutes": (60, 150), "pair": 0.1,
     "parts": (("PV-MC4-PR", 0.5, (1, 2)), ("PV-SPD-DC", 0.2, (1,)), ("PV-OPT-440", 0.25, (1, 2)),
               ("PV-CBL-6", 0.3, (5, 10))),
     "subject_fr": "Onduleur en défaut d'isolement", "subject_en": "Inverter isolation fault",
     "instructions_fr": "{product} en défaut d'isolement par temps humide. Contrôler les chaînes et les "
                        "connecteurs.",
     "instructions_en": "{product} reports an isolation fault in damp weather. Check the strings and connectors.",
     "work_fr": ("Connecteur MC4 mal serti trouvé sur la chaîne 2, remplacé, isolement contrôlé.",
                 "Optimiseur défectueux remplacé, production revenue sur tous les panneaux."),
     "work_en": ("Found a badly crimped MC4 connector on string 2, replaced it, isolation checked.",
                 "Replaced a faulty optimizer, all panels produce again.")},
    {"group": "solar", "kind": "repair", "minutes": (30, 90), "pair": 0.0,
     "parts": (("PV-WIFI-01", 0.35, (1,)),),
     "subject_fr": "Plus de données de production", "subject_en": "No more production data",
     "instructions_fr": "Le portail ne reçoit plus les données de l'{product}. Vérifier la liaison Wi-Fi.",
     "instructions_en": "The portal no longer receives data from the {product}. Check the Wi-Fi link.",
     "work_fr": ("Nouveau routeur du client : onduleur reconnecté au Wi-Fi, données de nouveau visibles.",
                 "Module Wi-Fi hors service remplacé, monitoring rétabli."),
     "work_en": ("The customer had a new router: inverter reconnected to Wi-Fi, data visible again.",
                 "Replaced the dead Wi-Fi module, monitoring restored.")},
    {"group": "solar", "kind": "maintenance", "minutes": (45, 90), "pair": 0.0,
     "parts": (("PV-MC4-PR", 0.1, (1,)),),
     "subject_fr": "Contrôle de l'installation photovoltaïque", "subject_en": "Solar installation check",
     "instructions_fr": "Contrôle visuel, thermographie des panneaux, serrage du coffret AC/DC, "
                        "mise à jour de l'{product}.",
     "instructions_en": "Visual check, thermal imaging of the panels, tightening in the AC/DC box, update of the "
                        "{product}.",
     "work_fr": ("Aucun point chaud, coffret resserré, firmware de l'onduleur mis à jour.",
                 "Contrôle fait, production conforme à l'attendu pour la saison."),
     "work_en": ("No hot spots, box terminals tightened, inverter firmware updated.",
                 "Check done, production as expected for the season.")},
    {"group": "solar", "kind": "installation", "minutes": (210, 240), "pair": 0.8,
     "parts": (("PV-MC4-PR", 0.9, (4, 6)), ("PV-CBL-6", 0.9, (20, 30, 40)), ("PV-SPD-DC", 0.6, (1,)),
               ("EL-MCB-16", 0.5, (1,)), ("PV-SM-3F", 0.3, (1,))),
     "subject_fr": "Pose de panneaux photovoltaïques", "subject_en": "Solar panel installation",
     "instructions_fr": "Pose de 12 à 16 panneaux et d'un {product}. Échafaudage livré la veille.",
     "instructions_en": "Install 12 to 16 panels and a {product}. Scaffolding delivered the day before.",
     "work_fr": ("Panneaux posés, onduleur raccordé, mise en service et monitoring configuré.",
                 "Installation terminée, contrôle RGIE à planifier, client formé à l'application."),
     "work_en": ("Panels fitted, inverter connected, commissioned and monitoring set up.",
                 "Installation finished, inspection to book, customer shown the app.")},
    {"group": "solar", "kind": "visit", "minutes": (30, 60), "pair": 0.0, "parts": (),
     "subject_fr": "Visite pour des panneaux solaires", "subject_en": "Solar panel survey",
     "instructions_fr": "Orientation et état de la toiture, place pour l'onduleur, tableau électrique.",
     "instructions_en": "Roof orientation and condition, room for the inverter, the electrical board.",
     "work_fr": ("Toiture sud-est en bon état, 14 panneaux possibles, devis à envoyer.",
                 "Tableau électrique à mettre en conformité avant la pose."),
     "work_en": ("South-east roof in good condition, room for 14 panels, quote to send.",
                 "The electrical board must be brought up to standard before the installation.")},
    # ------------------------------------------------------------------ home batteries
    {"group": "battery", "kind": "repair", "minutes": (60, 120), "pair": 0.0,
     "parts": (("BAT-COM-01", 0.45, (1,)), ("PV-SM-3F", 0.1, (1,))),
     "subject_fr": "Batterie ne se charge plus", "subject_en": "Battery no longer charges",
     "instructions_fr": "La {product} reste à 10 %. Contrôler la communication avec l'onduleur.",
     "instructions_en": "The {product} stays at 10%. Check the communication with the inverter.",
     "work_fr": ("Câble de communication endommagé remplacé, la batterie se charge de nouveau.",
                 "Firmware batterie et onduleur mis à jour, cycle de charge vérifié."),
     "work_en": ("Replaced the damaged communication cable, the battery charges again.",
                 "Updated the battery and inverter firmware, checked a charge cycle.")},
    {"group": "battery", "kind": "installation", "minutes": (150, 240), "pair": 0.5,
     "parts": (("EL-RCD-40A", 0.6, (1,)), ("EL-MCB-16", 0.5, (1,)), ("PV-SM-3F", 0.5, (1,))),
     "subject_fr": "Installation d'une batterie domestique", "subject_en": "Home battery installation",
     "instructions_fr": "Pose d'une {product} couplée à l'onduleur existant.",
     "instructions_en": "Install a {product} coupled to the existing inverter.",
     "work_fr": ("Batterie posée, compteur d'énergie câblé, mise en service réussie.",),
     "work_en": ("Battery installed, energy meter wired, commissioning successful.",)},
    # ------------------------------------------------------------------ thermostats
    {"group": "thermostat", "kind": "repair", "minutes": (30, 75), "pair": 0.0,
     "parts": (("TH-BAT-AA", 0.4, (1,)), ("TH-RLY-01", 0.3, (1,)), ("HT-NTC-01", 0.1, (1,))),
     "subject_fr": "Le thermostat ne commande plus la chaudière", "subject_en": "Thermostat no longer controls the "
                                                                             "boiler",
     "instructions_fr": "Le {product} affiche la consigne mais la chaudière ne démarre pas.",
     "instructions_en": "The {product} shows the set point but the boiler does not start.",
     "work_fr": ("Relais de chaudière défectueux remplacé, commande testée pièce par pièce.",
                 "Piles vides et appairage perdu : piles remplacées, thermostat réappairé."),
     "work_en": ("Replaced the faulty boiler relay, tested control room by room.",
                 "Flat batteries and lost pairing: batteries replaced, thermostat paired again.")},
    {"group": "thermostat", "kind": "installation", "minutes": (60, 120), "pair": 0.0,
     "parts": (("TH-VLV-SM", 0.8, (3, 4, 6)), ("TH-RLY-01", 0.6, (1,))),
     "subject_fr": "Installation d'un thermostat connecté", "subject_en": "Smart thermostat installation",
     "instructions_fr": "Pose du {product} et des têtes connectées, configuration de l'application.",
     "instructions_en": "Fit the {product} and the smart valves, set up the app.",
     "work_fr": ("Thermostat et têtes posés, zones et horaires configurés avec le client.",),
     "work_en": ("Thermostat and valves fitted, zones and schedules set up with the customer.",)},
    # ------------------------------------------------------------------ water heaters
    {"group": "water_heater", "kind": "repair", "minutes": (45, 120), "pair": 0.0,
     "parts": (("WH-ELM-24", 0.35, (1,)), ("WH-TPR-7", 0.4, (1,)), ("WH-ANO-MG", 0.3, (1,))),
     "subject_fr": "Plus d'eau chaude", "subject_en": "No hot water",
     "instructions_fr": "Le {product} ne chauffe plus. Vérifier la résistance et le groupe de sécurité.",
     "instructions_en": "The {product} no longer heats. Check the heating element and the safety group.",
     "work_fr": ("Résistance grillée remplacée, anode contrôlée, eau chaude revenue.",
                 "Groupe de sécurité qui fuyait remplacé, thermostat réglé à 55 °C."),
     "work_en": ("Replaced the burnt-out heating element, checked the anode, hot water is back.",
                 "Replaced the leaking safety group, thermostat set to 55 °C.")},
    {"group": "water_heater", "kind": "maintenance", "minutes": (45, 90), "pair": 0.0,
     "parts": (("WH-ANO-MG", 0.5, (1,)), ("WH-TPR-7", 0.15, (1,))),
     "subject_fr": "Entretien du chauffe-eau", "subject_en": "Water heater service",
     "instructions_fr": "Détartrage du {product}, contrôle de l'anode et du groupe de sécurité.",
     "instructions_en": "Descale the {product}, check the anode and the safety group.",
     "work_fr": ("Cuve détartrée, anode usée remplacée, groupe de sécurité manœuvré.",),
     "work_en": ("Tank descaled, worn anode replaced, safety group operated.",)},
    {"group": "water_heater", "kind": "installation", "minutes": (120, 210), "pair": 0.3,
     "parts": (("WH-TPR-7", 0.9, (1,)), ("GN-FIT-KIT", 0.8, (1, 2)), ("EL-MCB-16", 0.4, (1,))),
     "subject_fr": "Remplacement du chauffe-eau", "subject_en": "Water heater replacement",
     "instructions_fr": "Dépose de l'ancien boiler, pose d'un {product}.",
     "instructions_en": "Remove the old cylinder, install an {product}.",
     "work_fr": ("Ancien boiler évacué, {product} posé et raccordé, mise en chauffe contrôlée.",),
     "work_en": ("Old cylinder removed, {product} fitted and connected, first heat-up checked.",)},
    # ------------------------------------------------------------------ radiators and underfloor heating
    {"group": "emitters", "kind": "repair", "minutes": (30, 90), "pair": 0.0,
     "parts": (("RD-TRV-15", 0.5, (1, 2)), ("RD-ACT-230", 0.3, (1, 2)), ("RD-AAV-01", 0.3, (1, 2))),
     "subject_fr": "Radiateurs froids à l'étage", "subject_en": "Cold radiators upstairs",
     "instructions_fr": "Deux pièces restent froides. Contrôler les vannes, l'équilibrage et la purge.",
     "instructions_en": "Two rooms stay cold. Check the valves, the balancing and the bleeding.",
     "work_fr": ("Vannes thermostatiques bloquées remplacées, installation purgée et équilibrée.",
                 "Actionneurs du collecteur remplacés, toutes les boucles chauffent."),
     "work_en": ("Replaced the stuck thermostatic valves, bled and balanced the system.",
                 "Replaced the manifold actuators, every loop heats again.")},
    {"group": "emitters", "kind": "installation", "minutes": (120, 240), "pair": 0.4,
     "parts": (("RD-TRV-15", 0.8, (2, 3, 4)), ("GN-FIT-KIT", 0.9, (1, 2)), ("RD-AAV-01", 0.5, (2,)),
               ("GN-INH-1L", 0.5, (1,))),
     "subject_fr": "Pose de radiateurs", "subject_en": "Radiator installation",
     "instructions_fr": "Remplacement de radiateurs par des {product}, raccords existants réutilisés.",
     "instructions_en": "Replace radiators with {product} models, reusing the existing pipework.",
     "work_fr": ("Radiateurs posés, vannes thermostatiques montées, installation remplie et purgée.",),
     "work_en": ("Radiators fitted, thermostatic valves mounted, system refilled and bled.",)},
    {"group": "emitters", "kind": "maintenance", "minutes": (45, 90), "pair": 0.0,
     "parts": (("GN-INH-1L", 0.5, (1,)), ("RD-AAV-01", 0.3, (1,))),
     "subject_fr": "Désembouage et équilibrage", "subject_en": "Power flush and balancing",
     "instructions_fr": "Rinçage du circuit ({product}) et équilibrage des débits.",
     "instructions_en": "Flush the circuit ({product}) and balance the flows.",
     "work_fr": ("Circuit rincé, inhibiteur ajouté, débits équilibrés pièce par pièce.",),
     "work_en": ("Circuit flushed, inhibitor added, flows balanced room by room.",)},
    # ------------------------------------------------------------------ ventilation
    {"group": "ventilation", "kind": "maintenance", "minutes": (30, 75), "pair": 0.0,
     "parts": (("VT-FLT-G4F7", 0.9, (1,)),),
     "subject_fr": "Entretien de la ventilation", "subject_en": "Ventilation service",
     "instructions_fr": "Remplacement des filtres de la {product}, nettoyage des bouches et de l'échangeur.",
     "instructions_en": "Replace the filters of the {product}, clean the vents and the heat exchanger.",
     "work_fr": ("Filtres remplacés, échangeur et bouches nettoyés, débits contrôlés.",),
     "work_en": ("Filters replaced, exchanger and vents cleaned, flows checked.",)},
    {"group": "ventilation", "kind": "repair", "minutes": (45, 120), "pair": 0.0,
     "parts": (("VT-CO2-01", 0.35, (1,)), ("VT-FAN-01", 0.1, (1,)), ("EL-MCB-16", 0.1, (1,))),
     "subject_fr": "Ventilation bruyante ou à l'arrêt", "subject_en": "Ventilation noisy or stopped",
     "instructions_fr": "La {product} fait du bruit puis s'arrête. Contrôler les ventilateurs et les capteurs.",
     "instructions_en": "The {product} gets noisy then stops. Check the fans and the sensors.",
     "work_fr": ("Capteur CO2 défectueux remplacé, régulation revenue en mode automatique.",
                 "Roulement de ventilateur usé : moto-ventilateur remplacé."),
     "work_en": ("Replaced the faulty CO2 sensor, control back in automatic mode.",
                 "Worn fan bearing: fan unit replaced.")},
    # ------------------------------------------------------------------ EV chargers
    {"group": "ev_charger", "kind": "installation", "minutes": (120, 210), "pair": 0.2,
     "parts": (("EL-RCD-40A", 0.9, (1,)), ("EL-MCB-16", 0.3, (1,)), ("EV-RFID-5", 0.4, (1,))),
     "subject_fr": "Installation d'une borne de recharge", "subject_en": "EV charger installation",
     "instructions_fr": "Pose d'une {product} au garage, ligne dédiée depuis le tableau.",
     "instructions_en": "Install a {product} in the garage, dedicated line from the board.",
     "work_fr": ("Borne posée, ligne tirée, différentiel type A ajouté, recharge testée.",),
     "work_en": ("Charger fitted, line pulled, type A breaker added, charging tested.",)},
    {"group": "ev_charger", "kind": "repair", "minutes": (30, 90), "pair": 0.0,
     "parts": (("EL-RCD-40A", 0.3, (1,)), ("EV-RFID-5", 0.2, (1,))),
     "subject_fr": "La borne ne démarre pas la charge", "subject_en": "Charger does not start charging",
     "instructions_fr": "La {product} reste en attente. Contrôler le différentiel et la connexion réseau.",
     "instructions_en": "The {product} stays on standby. Check the breaker and the network link.",
     "work_fr": ("Différentiel défaillant remplacé, borne reconnectée au Wi-Fi, charge testée.",
                 "Mise à jour du firmware et reconfiguration de la puissance maximale."),
     "work_en": ("Replaced the failing breaker, reconnected the charger to Wi-Fi, charging tested.",
                 "Firmware update and maximum power set again.")},
    # ------------------------------------------------------------------ air conditioning
    {"group": "air_conditioning", "kind": "maintenance", "minutes": (45, 90), "pair": 0.0,
     "parts": (("HP-R32-KG", 0.1, (1,)),),
     "subject_fr": "Entretien de la climatisation", "subject_en": "Air conditioning service",
     "instructions_fr": "Nettoyage des unités intérieures du {product}, contrôle d'étanchéité.",
     "instructions_en": "Clean the indoor units of the {product}, leak check.",
     "work_fr": ("Filtres et batteries nettoyés, traitement antibactérien, étanchéité conforme.",),
     "work_en": ("Filters and coils cleaned, antibacterial treatment, leak check passed.",)},
    {"group": "air_conditioning", "kind": "repair", "minutes": (60, 150), "pair": 0.0,
     "parts": (("AC-DRN-PMP", 0.4, (1,)), ("HP-R32-KG", 0.3, (1,))),
     "subject_fr": "Climatiseur qui coule", "subject_en": "Air conditioner leaking water",
     "instructions_fr": "Le {product} goutte au mur. Contrôler l'évacuation des condensats.",
     "instructions_en": "The {product} drips down the wall. Check the condensate drain.",
     "work_fr": ("Pompe de relevage hors service remplacée, évacuation testée.",
                 "Évacuation bouchée nettoyée, pente corrigée."),
     "work_en": ("Replaced the dead condensate pump, drain tested.",
                 "Cleared the blocked drain, corrected the slope.")},
    {"group": "air_conditioning", "kind": "installation", "minutes": (180, 240), "pair": 0.6,
     "parts": (("GN-FIT-KIT", 0.6, (1,)), ("EL-MCB-16", 0.6, (1,)), ("AC-DRN-PMP", 0.3, (1,))),
     "subject_fr": "Installation d'un climatiseur", "subject_en": "Air conditioner installation",
     "instructions_fr": "Pose d'un {product} dans la chambre, unité extérieure en façade arrière.",
     "instructions_en": "Install a {product} in the bedroom, outdoor unit on the back wall.",
     "work_fr": ("Unités posées, liaisons tirées au vide, mise en service et explications au client.",),
     "work_en": ("Units fitted, lines evacuated, commissioned and explained to the customer.",)},
)

#: Access notes added to instructions now and then.
ACCESS_NOTES: dict[str, tuple[str, ...]] = {
    "fr": ("Sonner deux fois, entrée par le garage.", "Chien dans le jardin : prévenir en arrivant.",
           "Clé chez la voisine au n° 12.", "Se garer dans la cour.", "Appeler 30 minutes avant d'arriver.",
           "Chaufferie à la cave, accès par l'extérieur.", "Client absent le matin : passer après 13 h."),
    "en": ("Ring twice, entrance through the garage.", "Dog in the garden: call out on arrival.",
           "Key with the neighbour at number 12.", "Park in the courtyard.", "Call 30 minutes before arriving.",
           "Boiler room in the cellar, access from outside.", "Customer out in the morning: come after 1 pm."),
}

#: Ticket reference at the head of the instructions of a job opened from a ticket.
TICKET_LINE = {"fr": "Suite au ticket {ticket}.", "en": "Follows ticket {ticket}."}

#: What is asked at the end of a visit: (follow-up kind, French note, English note).
FOLLOW_UP_NOTES: tuple[tuple[str, str, str], ...] = (
    ("intervention", "Revenir poser la pièce commandée.", "Come back to fit the part on order."),
    ("intervention", "Repasser contrôler la pression dans deux semaines.", "Come back to check the pressure in two "
                                                                          "weeks."),
    ("quote", "Devis pour le remplacement de l'appareil (plus de 20 ans).", "Quote to replace the unit (over 20 "
                                                                             "years old)."),
    ("quote", "Devis pour un adoucisseur d'eau.", "Quote for a water softener."),
    ("opportunity", "Le client pense à des panneaux solaires.", "The customer is thinking about solar panels."),
    ("opportunity", "Intéressé par une borne de recharge.", "Interested in an EV charger."),
)

#: Maintenance plan subjects per family: (French, English, months between visits).
PLAN_SUBJECTS: dict[str, tuple[str, str, int]] = {
    "boiler": ("Entretien annuel de la chaudière", "Annual boiler service", 12),
    "heat_pump": ("Entretien de la pompe à chaleur", "Heat pump service", 12),
    "solar": ("Contrôle de l'installation photovoltaïque", "Solar installation check", 12),
    "water_heater": ("Entretien du chauffe-eau", "Water heater service", 12),
    "emitters": ("Désembouage et équilibrage", "Power flush and balancing", 12),
    "ventilation": ("Entretien de la ventilation", "Ventilation service", 6),
    "air_conditioning": ("Entretien de la climatisation", "Air conditioning service", 6),
}
