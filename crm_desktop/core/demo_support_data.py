"""Demo knowledge base and support tickets of a heating and solar installer near Namur.

Why it exists: the demo database (``core/demo.py``) and the benchmarks need a
knowledge base and tickets that read like a real installer's support desk, in
French and in English, so that screenshots, search and ticket screens can be
tried on believable text: boilers and their error codes, heat pumps, solar
inverters, thermostats, ventilation, invoices, grants and warranty questions.

Why it looks the way it does: plain tuples of plain dicts with no logic, so a
generator can pick from them with a seeded random and the tests can check them.
Every article exists once in French and once in English under the same ``key``;
a ticket template points to an article by that key, or to ``""`` when no
article applies. French text follows Belgian usage and typography (a no-break
space before ``: ; ? !``). Categories are keys; their labels are translated
elsewhere.
"""

from __future__ import annotations

#: Products installed and serviced by the demo business (article and ticket ``product`` values).
PRODUCTS: tuple[str, ...] = (
    "Vaillant ecoTEC plus",
    "Vaillant aroTHERM plus",
    "Viessmann Vitodens 200-W",
    "Viessmann Vitocal 250-A",
    "Buderus Logamax plus GB172",
    "Buderus Logano plus KB195i",
    "Daikin Altherma 3",
    "Mitsubishi Ecodan",
    "SMA Sunny Boy 5.0",
    "Fronius Primo",
    "Fronius Symo GEN24 Plus",
    "SolarEdge SE5000H",
    "BYD Battery-Box Premium HVS",
    "Netatmo thermostat",
    "Honeywell evohome",
    "Atlantic Explorer water heater",
    "Radson Integra radiator",
    "Henco underfloor heating",
    "Zehnder ComfoAir Q350",
    "Renson Healthbox 3.0",
    "Wallbox Pulsar Plus",
)

#: Support ticket and article categories (keys only).
CATEGORIES: tuple[str, ...] = (
    "breakdown",
    "maintenance",
    "installation",
    "configuration",
    "billing",
    "information",
    "warranty",
    "other",
)

#: Knowledge base articles: each ``key`` once with ``language`` "fr" and once with "en".
ARTICLES: tuple[dict[str, str], ...] = (
    {
        "key": "boiler-low-pressure",
        "language": "fr",
        "title": "Code F.22 : pression d'eau trop basse",
        "problem": (
            "La chaudière s'arrête et affiche F.22, ou le manomètre indique moins de 0,8 bar. Les radiateurs "
            "refroidissent et il n'y a plus d'eau chaude. Souvent, des radiateurs ont été purgés récemment ou une "
            "petite fuite est passée inaperçue."
        ),
        "solution": (
            "1. Lisez la pression sur l'écran ou le manomètre, installation froide.\n"
            "2. Repérez le robinet de remplissage sous la chaudière (souvent un robinet bleu ou un flexible).\n"
            "3. Ouvrez-le doucement et remplissez jusqu'à 1,2 à 1,5 bar, puis refermez-le bien.\n"
            "4. Si la chaudière ne redémarre pas seule, appuyez une fois sur la touche de réarmement.\n"
            "5. Vérifiez l'absence de fuite sous la chaudière, aux vannes des radiateurs et à la soupape de sécurité.\n"
            "6. Si la pression redescend sous 1 bar en quelques jours, contactez-nous : il y a une fuite ou le vase "
            "d'expansion doit être contrôlé."
        ),
        "product": "Vaillant ecoTEC plus",
        "category": "breakdown",
        "tags": "pression,chaudière,f22,remplissage",
    },
    {
        "key": "boiler-low-pressure",
        "language": "en",
        "title": "Code F.22: water pressure too low",
        "problem": (
            "The boiler stops and shows F.22, or the gauge reads below 0.8 bar. Radiators go cold and there is no hot "
            "water. Often some radiators were bled recently or a small leak went unnoticed."
        ),
        "solution": (
            "1. Read the pressure on the display or the gauge while the system is cold.\n"
            "2. Find the filling valve under the boiler (a blue tap or a filling loop).\n"
            "3. Open it slowly and fill to 1.2-1.5 bar, then close it firmly.\n"
            "4. If the boiler does not restart on its own, press the reset button once.\n"
            "5. Check for leaks under the boiler, at the radiator valves and at the safety valve.\n"
            "6. If the pressure drops below 1 bar again within a few days, contact us: there is a leak or the "
            "expansion vessel needs checking."
        ),
        "product": "Vaillant ecoTEC plus",
        "category": "breakdown",
        "tags": "pressure,boiler,f22,refill",
    },
    {
        "key": "vaillant-f28-ignition",
        "language": "fr",
        "title": "Code F.28 : la chaudière ne s'allume pas",
        "problem": (
            "Au démarrage, la chaudière tente plusieurs allumages puis se verrouille en F.28. Il n'y a ni chauffage ni "
            "eau chaude. Cela arrive souvent après un remplacement du compteur de gaz ou une coupure sur le réseau."
        ),
        "solution": (
            "1. Vérifiez que le robinet de gaz sous la chaudière est ouvert (poignée dans l'axe du tuyau).\n"
            "2. Contrôlez si vos autres appareils au gaz fonctionnent ; sinon, la coupure vient du compteur ou du "
            "réseau.\n"
            "3. Appuyez une seule fois sur la touche de réarmement et patientez une minute.\n"
            "4. Si F.28 revient, n'insistez pas : des réarmements répétés n'aident pas et encrassent le brûleur.\n"
            "5. Notez le code et l'heure, puis appelez-nous : l'électrode d'allumage, le bloc gaz ou la pression de "
            "gaz doivent être contrôlés."
        ),
        "product": "Vaillant ecoTEC plus",
        "category": "breakdown",
        "tags": "allumage,chaudière,f28,gaz",
    },
    {
        "key": "vaillant-f28-ignition",
        "language": "en",
        "title": "Code F.28: the boiler fails to ignite",
        "problem": (
            "On start-up the boiler tries to ignite several times, then locks out with F.28. There is no heating and "
            "no hot water. This often happens after the gas meter has been replaced or the supply was interrupted."
        ),
        "solution": (
            "1. Check that the gas tap under the boiler is open (handle in line with the pipe).\n"
            "2. See whether your other gas appliances work; if not, the problem is at the meter or on the network.\n"
            "3. Press the reset button once only and wait a minute.\n"
            "4. If F.28 comes back, do not keep resetting: it does not help and fouls the burner.\n"
            "5. Write down the code and the time, then call us: the ignition electrode, gas valve or gas pressure must "
            "be checked."
        ),
        "product": "Vaillant ecoTEC plus",
        "category": "breakdown",
        "tags": "ignition,boiler,f28,gas",
    },
    {
        "key": "viessmann-f4-no-flame",
        "language": "fr",
        "title": "Défaut F4 : absence de signal de flamme",
        "problem": (
            "L'écran affiche le défaut F4 avec un triangle d'alerte et la chaudière est en dérangement. Le ventilateur "
            "démarre, le brûleur s'allume brièvement puis s'arrête. Plusieurs cliquetis d'allumage sont parfois "
            "audibles."
        ),
        "solution": (
            "1. Vérifiez l'ouverture du robinet de gaz et le fonctionnement de vos autres appareils au gaz.\n"
            "2. Contrôlez à l'extérieur que la sortie de la ventouse n'est pas obstruée (nid, neige, feuilles).\n"
            "3. Regardez le siphon de condensats : s'il déborde ou gargouille, consultez l'article sur l'évacuation "
            "des condensats.\n"
            "4. Acquittez le défaut une seule fois avec la touche de réarmement.\n"
            "5. Si F4 revient, contactez-nous : l'électrode d'ionisation ou d'allumage doit être contrôlée, voire "
            "remplacée."
        ),
        "product": "Viessmann Vitodens 200-W",
        "category": "breakdown",
        "tags": "viessmann,f4,flamme,ionisation",
    },
    {
        "key": "viessmann-f4-no-flame",
        "language": "en",
        "title": "Fault F4: no flame signal",
        "problem": (
            "The display shows fault F4 with a warning triangle and the boiler is locked out. The fan starts, the "
            "burner lights briefly and then goes out. Several ignition clicks can sometimes be heard."
        ),
        "solution": (
            "1. Check that the gas tap is open and that your other gas appliances work.\n"
            "2. Outside, make sure the flue terminal is not blocked (nest, snow, leaves).\n"
            "3. Look at the condensate trap: if it overflows or gurgles, see the article on condensate drains.\n"
            "4. Acknowledge the fault once with the reset button.\n"
            "5. If F4 returns, contact us: the ionisation or ignition electrode needs checking or replacing."
        ),
        "product": "Viessmann Vitodens 200-W",
        "category": "breakdown",
        "tags": "viessmann,f4,flame,ionisation",
    },
    {
        "key": "condensate-pipe-frozen",
        "language": "fr",
        "title": "Évacuation des condensats gelée ou bouchée",
        "problem": (
            "Par forte gelée, la chaudière à condensation se met en défaut et un gargouillement se fait entendre. Le "
            "tuyau d'évacuation des condensats passe à l'extérieur ou dans un garage non chauffé et a gelé. Un siphon "
            "encrassé provoque les mêmes symptômes."
        ),
        "solution": (
            "1. Suivez le tuyau blanc en plastique qui sort du bas de la chaudière jusqu'à son évacuation.\n"
            "2. Repérez la partie exposée au froid, en général la sortie extérieure ou un coude bas.\n"
            "3. Versez de l'eau tiède, jamais bouillante, sur le tuyau ou posez-y une bouillotte jusqu'au dégel.\n"
            "4. Réarmez la chaudière une fois l'eau écoulée.\n"
            "5. Si le siphon est encrassé, faites-le nettoyer par un technicien ; ne le démontez pas chaudière en "
            "marche.\n"
            "6. Pour éviter une récidive, nous pouvons isoler le tuyau extérieur ou augmenter son diamètre."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "condensats,gel,siphon,chaudière",
    },
    {
        "key": "condensate-pipe-frozen",
        "language": "en",
        "title": "Frozen or blocked condensate drain",
        "problem": (
            "During a hard frost the condensing boiler locks out and you hear gurgling. The condensate pipe runs "
            "outside or through an unheated garage and has frozen. A dirty condensate trap causes the same symptoms."
        ),
        "solution": (
            "1. Follow the white plastic pipe from the bottom of the boiler to where it drains.\n"
            "2. Find the section exposed to the cold, usually the outdoor end or a low bend.\n"
            "3. Pour lukewarm water, never boiling, over the pipe or hold a hot-water bottle against it until it "
            "thaws.\n"
            "4. Reset the boiler once the water drains away.\n"
            "5. If the trap itself is dirty, have a technician clean it; never take it apart while the boiler is "
            "running.\n"
            "6. To stop it happening again, we can insulate the outdoor section or fit a wider pipe."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "condensate,frost,trap,boiler",
    },
    {
        "key": "vaillant-f75-pump",
        "language": "fr",
        "title": "Code F.75 : pompe ou capteur de pression",
        "problem": (
            "La chaudière se bloque en F.75, souvent juste après un remplissage ou une intervention sur le circuit. Le "
            "capteur n'a pas détecté de hausse de pression au démarrage de la pompe. On entend parfois la pompe "
            "tourner dans le vide ou crépiter."
        ),
        "solution": (
            "1. Vérifiez que la pression est entre 1,2 et 1,5 bar et complétez si nécessaire.\n"
            "2. Purgez les radiateurs, ceux du rez-de-chaussée d'abord puis ceux de l'étage.\n"
            "3. Coupez l'alimentation électrique de la chaudière 30 secondes puis remettez-la sous tension.\n"
            "4. Laissez tourner dix minutes : la pompe évacue souvent d'elle-même l'air restant.\n"
            "5. Contrôlez de nouveau la pression après la purge et complétez si elle a baissé.\n"
            "6. Si F.75 réapparaît, un technicien doit contrôler la pompe et le capteur de pression."
        ),
        "product": "Vaillant ecoTEC plus",
        "category": "breakdown",
        "tags": "pompe,air,f75,purge",
    },
    {
        "key": "vaillant-f75-pump",
        "language": "en",
        "title": "Code F.75: pump or pressure sensor",
        "problem": (
            "The boiler locks out with F.75, often right after topping up or work on the system. The sensor did not "
            "see the pressure rise when the pump started. The pump may sound as if it is running dry or crackling."
        ),
        "solution": (
            "1. Check that the pressure is between 1.2 and 1.5 bar and top up if needed.\n"
            "2. Bleed the radiators, ground floor first, then upstairs.\n"
            "3. Switch the boiler's power off for 30 seconds, then back on.\n"
            "4. Let it run for ten minutes: the pump often clears the remaining air by itself.\n"
            "5. Check the pressure again after bleeding and top up if it has dropped.\n"
            "6. If F.75 comes back, a technician must check the pump and the pressure sensor."
        ),
        "product": "Vaillant ecoTEC plus",
        "category": "breakdown",
        "tags": "pump,air,f75,bleeding",
    },
    {
        "key": "buderus-6a-no-flame",
        "language": "fr",
        "title": "Code 6A : pas de flamme détectée",
        "problem": (
            "L'afficheur clignote sur 6A, avec le code complémentaire 227 : le brûleur n'a pas détecté de flamme après "
            "l'allumage. La chaudière reste verrouillée jusqu'au réarmement. Le défaut survient souvent au premier "
            "démarrage du matin ou par grand vent."
        ),
        "solution": (
            "1. Vérifiez que le robinet de gaz de la chaudière et celui du compteur sont ouverts.\n"
            "2. Maintenez la touche reset enfoncée jusqu'à ce que l'afficheur indique « rE », puis relâchez.\n"
            "3. Si la chaudière redémarre, surveillez-la pendant une journée.\n"
            "4. Si 6A revient plus de deux fois, ne réarmez plus et contactez-nous.\n"
            "5. Dites-nous si le défaut coïncide avec du vent ou du gel : cela oriente vers la ventouse ou l'électrode."
        ),
        "product": "Buderus Logamax plus GB172",
        "category": "breakdown",
        "tags": "buderus,6a,227,allumage",
    },
    {
        "key": "buderus-6a-no-flame",
        "language": "en",
        "title": "Code 6A: no flame detected",
        "problem": (
            "The display flashes 6A with sub-code 227: the burner did not detect a flame after ignition. The boiler "
            "stays locked out until it is reset. It often happens on the first start in the morning or on windy days."
        ),
        "solution": (
            "1. Check that the gas tap at the boiler and the one at the meter are both open.\n"
            "2. Hold the reset button until the display shows 'rE', then release it.\n"
            "3. If the boiler restarts, keep an eye on it for a day.\n"
            "4. If 6A comes back more than twice, stop resetting and contact us.\n"
            "5. Tell us whether it happens in wind or frost: that points to the flue or the electrode."
        ),
        "product": "Buderus Logamax plus GB172",
        "category": "breakdown",
        "tags": "buderus,6a,227,ignition",
    },
    {
        "key": "oil-boiler-lockout",
        "language": "fr",
        "title": "Chaudière au mazout : brûleur en sécurité",
        "problem": (
            "La chaudière au mazout ne démarre plus et le voyant rouge du brûleur est allumé. Le brûleur s'est mis en "
            "sécurité. Très souvent, la cuve est presque vide ou le filtre s'est colmaté juste après une livraison."
        ),
        "solution": (
            "1. Contrôlez le niveau de la cuve à la jauge : sous 10 %, les boues du fond peuvent boucher le filtre.\n"
            "2. Regardez le filtre à mazout près de la chaudière : s'il est noirci ou plein d'air, signalez-le-nous.\n"
            "3. Après une livraison, attendez deux heures avant de relancer, le temps que les dépôts retombent.\n"
            "4. Appuyez une seule fois sur le bouton de réarmement rouge du brûleur.\n"
            "5. Si le brûleur se remet en sécurité, ne réarmez plus : du mazout imbrûlé s'accumulerait dans le foyer.\n"
            "6. Appelez-nous en précisant la date de la dernière livraison et le niveau de la cuve."
        ),
        "product": "Buderus Logano plus KB195i",
        "category": "breakdown",
        "tags": "mazout,brûleur,sécurité,filtre",
    },
    {
        "key": "oil-boiler-lockout",
        "language": "en",
        "title": "Oil boiler: burner in lockout",
        "problem": (
            "The oil boiler will not start and the red light on the burner is on. The burner has gone into safety "
            "lockout. Very often the tank is almost empty or the filter clogged just after a delivery."
        ),
        "solution": (
            "1. Check the tank level on the gauge: below 10% the sludge at the bottom can block the filter.\n"
            "2. Look at the oil filter next to the boiler: if it is dark or full of air, tell us.\n"
            "3. After a delivery, wait two hours before restarting so the sediment can settle.\n"
            "4. Press the burner's red reset button once only.\n"
            "5. If the burner locks out again, do not reset it any more: unburnt oil would build up in the combustion "
            "chamber.\n"
            "6. Call us with the date of the last delivery and the tank level."
        ),
        "product": "Buderus Logano plus KB195i",
        "category": "breakdown",
        "tags": "oil,burner,lockout,filter",
    },
    {
        "key": "gas-smell",
        "language": "fr",
        "title": "Odeur de gaz : que faire immédiatement ?",
        "problem": (
            "Vous sentez une odeur de gaz dans la chaufferie, la cuisine ou près du compteur. Une odeur de gaz est "
            "toujours une urgence, même si elle est légère. N'essayez pas de chercher la fuite vous-même."
        ),
        "solution": (
            "1. N'actionnez aucun interrupteur, sonnette ou appareil électrique et ne faites aucune flamme.\n"
            "2. Fermez le robinet principal au compteur de gaz si vous pouvez l'atteindre sans danger.\n"
            "3. Ouvrez portes et fenêtres, puis quittez le bâtiment avec tous les occupants.\n"
            "4. Depuis l'extérieur, appelez le numéro d'urgence gaz 0800 19 400 (gratuit, jour et nuit). En cas "
            "d'incendie ou de malaise, appelez le 112.\n"
            "5. Ne rentrez pas avant l'accord des services d'intervention.\n"
            "6. Prévenez-nous ensuite : nous contrôlerons l'installation et la chaudière avant la remise en service."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "gaz,odeur,urgence,sécurité",
    },
    {
        "key": "gas-smell",
        "language": "en",
        "title": "Smell of gas: what to do right away",
        "problem": (
            "You can smell gas in the boiler room, the kitchen or near the meter. A smell of gas is always an "
            "emergency, even a faint one. Do not try to look for the leak yourself."
        ),
        "solution": (
            "1. Do not touch any switch, doorbell or electrical appliance, and do not light anything.\n"
            "2. Close the main valve at the gas meter if you can reach it safely.\n"
            "3. Open doors and windows, then leave the building with everyone inside.\n"
            "4. From outside, call the gas emergency number 0800 19 400 (free, day and night). If there is a fire or "
            "someone feels unwell, call 112.\n"
            "5. Do not go back in until the emergency services say so.\n"
            "6. Then let us know: we will check the installation and the boiler before it is used again."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "gas,smell,emergency,safety",
    },
    {
        "key": "radiator-cold-top",
        "language": "fr",
        "title": "Radiateur froid en haut, chaud en bas",
        "problem": (
            "Le bas du radiateur est chaud mais le haut reste froid, parfois avec un bruit d'eau qui s'écoule. C'est "
            "le signe d'air emprisonné dans le radiateur. Cela arrive surtout en début de saison de chauffe ou après "
            "un remplissage."
        ),
        "solution": (
            "1. Faites chauffer 15 minutes, puis arrêtez le chauffage pour laisser l'air remonter.\n"
            "2. Munissez-vous d'une clé de purge, d'un chiffon et d'un petit récipient.\n"
            "3. Ouvrez le purgeur d'un quart de tour jusqu'à entendre l'air s'échapper.\n"
            "4. Refermez dès qu'un filet d'eau régulier apparaît, sans forcer.\n"
            "5. Répétez pour chaque radiateur concerné, en commençant par l'étage le plus bas.\n"
            "6. Contrôlez la pression de la chaudière, complétez jusqu'à 1,2 à 1,5 bar et relancez le chauffage."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "radiateur,purge,air,pression",
    },
    {
        "key": "radiator-cold-top",
        "language": "en",
        "title": "Radiator cold at the top, warm at the bottom",
        "problem": (
            "The bottom of the radiator is warm but the top stays cold, sometimes with a trickling sound. That means "
            "air is trapped inside. It mostly happens at the start of the heating season or after the system has been "
            "refilled."
        ),
        "solution": (
            "1. Run the heating for 15 minutes, then switch it off to let the air rise.\n"
            "2. Get a radiator key, a cloth and a small container.\n"
            "3. Open the bleed screw a quarter turn until you hear air escaping.\n"
            "4. Close it as soon as a steady trickle of water comes out, without overtightening.\n"
            "5. Repeat for each affected radiator, starting on the lowest floor.\n"
            "6. Check the boiler pressure, top up to 1.2-1.5 bar and switch the heating back on."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "radiator,bleeding,air,pressure",
    },
    {
        "key": "radiator-valve-stuck",
        "language": "fr",
        "title": "Un seul radiateur reste froid : vanne thermostatique bloquée",
        "problem": (
            "Un radiateur reste entièrement froid alors que les autres chauffent normalement, et la purge n'a rien "
            "changé. Après l'été, la tige de la vanne thermostatique reste souvent coincée en position fermée."
        ),
        "solution": (
            "1. Tournez la tête thermostatique sur la position maximale.\n"
            "2. Dévissez la tête : une bague ou un écrou se desserre à la main sur la plupart des modèles.\n"
            "3. Repérez la petite tige métallique au centre de la vanne : elle doit s'enfoncer et ressortir "
            "librement.\n"
            "4. Si elle est bloquée, tapotez-la doucement avec le manche d'un tournevis, sans la tordre.\n"
            "5. Remontez la tête et attendez une demi-heure que le radiateur chauffe.\n"
            "6. Si la tige reste bloquée ou si la vanne suinte, nous remplacerons le corps de vanne.\n"
            "7. En fin de saison, laissez les têtes sur la position maximale pour éviter le blocage."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "radiateur,vanne,thermostatique,froid",
    },
    {
        "key": "radiator-valve-stuck",
        "language": "en",
        "title": "One radiator stays cold: stuck thermostatic valve",
        "problem": (
            "One radiator stays completely cold while the others heat normally, and bleeding made no difference. After "
            "the summer, the pin of the thermostatic valve often sticks in the closed position."
        ),
        "solution": (
            "1. Turn the thermostatic head to its highest setting.\n"
            "2. Unscrew the head: on most models a ring or nut comes off by hand.\n"
            "3. Find the small metal pin in the centre of the valve: it should push in and spring back freely.\n"
            "4. If it is stuck, tap it gently with the handle of a screwdriver without bending it.\n"
            "5. Refit the head and give the radiator half an hour to warm up.\n"
            "6. If the pin stays stuck or the valve weeps, we will replace the valve body.\n"
            "7. At the end of the season, leave the heads on maximum so the pins do not seize."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "radiator,valve,thermostatic,cold",
    },
    {
        "key": "hot-water-lukewarm",
        "language": "fr",
        "title": "Eau chaude sanitaire seulement tiède",
        "problem": (
            "L'eau n'est que tiède au robinet ou à la douche alors que les radiateurs chauffent bien, ou la "
            "température varie pendant la douche. Sur une chaudière mixte, c'est souvent une question de réglage, de "
            "débit ou d'échangeur entartré."
        ),
        "solution": (
            "1. Vérifiez la consigne d'eau chaude : 50 à 55 °C suffisent pour une chaudière mixte.\n"
            "2. Avec un ballon de stockage, la consigne doit atteindre au moins 60 °C pour limiter la légionelle.\n"
            "3. Comparez les robinets : si l'eau est chaude au lavabo mais pas à la douche, le mitigeur de la douche "
            "est en cause.\n"
            "4. Réduisez un peu le débit : une chaudière mixte de 25 kW chauffe correctement environ 12 litres par "
            "minute.\n"
            "5. Si la température a baissé progressivement sur plusieurs mois, l'échangeur sanitaire est probablement "
            "entartré.\n"
            "6. Contactez-nous si un code s'affiche ou si l'eau devient froide après quelques minutes."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "eau,sanitaire,calcaire,mitigeur,douche",
    },
    {
        "key": "hot-water-lukewarm",
        "language": "en",
        "title": "Hot water only lukewarm",
        "problem": (
            "Water is only lukewarm at the taps or the shower while the radiators heat fine, or the temperature swings "
            "during a shower. On a combi boiler this is usually down to the settings, the flow rate or a scaled heat "
            "exchanger."
        ),
        "solution": (
            "1. Check the hot water setpoint: 50-55 °C is enough for a combi boiler.\n"
            "2. With a storage cylinder, the setpoint should be at least 60 °C to limit the risk of legionella.\n"
            "3. Compare taps: if the basin runs hot but the shower does not, the shower mixer is at fault.\n"
            "4. Reduce the flow a little: a 25 kW combi boiler heats about 12 litres per minute properly.\n"
            "5. If the temperature has dropped gradually over several months, the hot water heat exchanger is probably "
            "scaled up.\n"
            "6. Contact us if a code appears or if the water turns cold after a few minutes."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "shower,domestic,scale,mixer,lukewarm",
    },
    {
        "key": "heating-safety-valve-leak",
        "language": "fr",
        "title": "Fuite à la soupape de sécurité du chauffage",
        "problem": (
            "De l'eau goutte du petit tuyau sous la chaudière ou une flaque apparaît au sol. La pression dépasse "
            "2,5 bar quand le chauffage tourne et la soupape de 3 bar s'ouvre pour protéger l'installation."
        ),
        "solution": (
            "1. Notez la pression chaudière froide, puis en plein fonctionnement.\n"
            "2. Si elle dépasse 2,5 bar à chaud, vidangez un peu d'eau par le purgeur d'un radiateur jusqu'à environ "
            "1,8 bar.\n"
            "3. Vérifiez que le robinet de remplissage est bien fermé : s'il laisse passer, la pression monte "
            "lentement.\n"
            "4. Placez un seau sous l'évacuation en attendant notre passage.\n"
            "5. Si la pression remonte encore, le vase d'expansion a sans doute perdu sa précharge ; un technicien "
            "doit la regonfler à 0,8 à 1 bar.\n"
            "6. Une soupape qui a coulé plusieurs fois reste souvent entartrée : elle se remplace lors de la même "
            "visite."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "soupape,fuite,expansion,pression",
    },
    {
        "key": "heating-safety-valve-leak",
        "language": "en",
        "title": "Heating safety valve leaking",
        "problem": (
            "Water drips from the small pipe under the boiler or a puddle forms on the floor. The pressure goes above "
            "2.5 bar when the heating runs and the 3 bar safety valve opens to protect the system."
        ),
        "solution": (
            "1. Note the pressure with the boiler cold, then with the heating fully on.\n"
            "2. If it exceeds 2.5 bar when hot, let some water out through a radiator bleed screw until it reads about "
            "1.8 bar.\n"
            "3. Make sure the filling valve is fully closed: a passing valve slowly pushes the pressure up.\n"
            "4. Put a bucket under the discharge pipe until we arrive.\n"
            "5. If the pressure still climbs, the expansion vessel has probably lost its charge; a technician must "
            "recharge it to 0.8-1 bar.\n"
            "6. A valve that has discharged several times often stays scaled: it is replaced on the same visit."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "valve,leak,expansion,pressure",
    },
    {
        "key": "water-heater-safety-group-drip",
        "language": "fr",
        "title": "Le groupe de sécurité du chauffe-eau goutte",
        "problem": (
            "Le groupe de sécurité sous le chauffe-eau goutte dans l'entonnoir, parfois sans arrêt. Quelques gouttes "
            "pendant la chauffe sont normales, car l'eau se dilate en chauffant. Un écoulement permanent signale une "
            "pression trop élevée ou un clapet entartré."
        ),
        "solution": (
            "1. Observez quand cela goutte : seulement pendant la chauffe (normal) ou aussi la nuit.\n"
            "2. Manœuvrez quelques secondes le levier ou la molette de vidange pour chasser le calcaire.\n"
            "3. Refaites cette manœuvre une fois par mois : elle évite le blocage du clapet.\n"
            "4. Si l'écoulement continue, faites mesurer la pression du réseau : au-delà de 4 bar, un réducteur est "
            "nécessaire.\n"
            "5. Contactez-nous pour remplacer le groupe de sécurité ou poser un réducteur de pression."
        ),
        "product": "Atlantic Explorer water heater",
        "category": "breakdown",
        "tags": "chauffe-eau,sécurité,fuite,calcaire",
    },
    {
        "key": "water-heater-safety-group-drip",
        "language": "en",
        "title": "Water heater safety group dripping",
        "problem": (
            "The safety group under the water heater drips into its funnel, sometimes constantly. A few drops while "
            "heating are normal because water expands as it warms up. A constant flow points to excessive mains "
            "pressure or a scaled valve."
        ),
        "solution": (
            "1. Watch when it drips: only while heating (normal) or at night as well.\n"
            "2. Operate the drain lever or knob for a few seconds to flush out scale.\n"
            "3. Do this once a month: it stops the valve from seizing.\n"
            "4. If it keeps running, have the mains pressure measured: above 4 bar a pressure reducer is needed.\n"
            "5. Contact us to replace the safety group or fit a pressure reducer."
        ),
        "product": "Atlantic Explorer water heater",
        "category": "breakdown",
        "tags": "heater,safety,drip,scale",
    },
    {
        "key": "hp-water-heater-lukewarm",
        "language": "fr",
        "title": "Chauffe-eau thermodynamique : eau peu chaude",
        "problem": (
            "Le chauffe-eau thermodynamique tourne longtemps mais l'eau reste peu chaude, ou l'écran affiche un "
            "symbole d'entretien. Le local où il est installé est parfois très froid en hiver, et la grille "
            "d'aspiration d'air peut être encrassée."
        ),
        "solution": (
            "1. Vérifiez que le mode absence ou vacances n'est pas resté actif.\n"
            "2. Passez en mode Auto : l'appoint électrique prend le relais quand l'air est trop froid.\n"
            "3. Nettoyez le filtre ou la grille d'aspiration d'air, environ tous les trois mois.\n"
            "4. Contrôlez le disjoncteur du chauffe-eau au tableau électrique.\n"
            "5. Pour un besoin ponctuel, utilisez la fonction Boost.\n"
            "6. Si un code d'erreur reste affiché, envoyez-nous une photo de l'écran."
        ),
        "product": "Atlantic Explorer water heater",
        "category": "breakdown",
        "tags": "chauffe-eau,thermodynamique,filtre,boost",
    },
    {
        "key": "hp-water-heater-lukewarm",
        "language": "en",
        "title": "Heat pump water heater: water not hot enough",
        "problem": (
            "The heat pump water heater runs for a long time but the water is not very hot, or the display shows a "
            "service symbol. The room it stands in can be very cold in winter, and the air intake grille may be "
            "clogged."
        ),
        "solution": (
            "1. Make sure the away or holiday mode has not been left on.\n"
            "2. Switch to Auto mode: the electric backup takes over when the air is too cold.\n"
            "3. Clean the air filter or intake grille, roughly every three months.\n"
            "4. Check the water heater's circuit breaker in the consumer unit.\n"
            "5. If you need extra hot water now and then, use the Boost function.\n"
            "6. If an error code stays on the display, send us a photo of it."
        ),
        "product": "Atlantic Explorer water heater",
        "category": "breakdown",
        "tags": "heater,thermodynamic,filter,boost",
    },
    {
        "key": "boiler-annual-maintenance",
        "language": "fr",
        "title": "Entretien et contrôle périodique de la chaudière",
        "problem": (
            "Vous vous demandez quand faire entretenir votre chaudière et ce que comprend la visite. En Wallonie, le "
            "contrôle périodique est obligatoire : chaque année pour le mazout, tous les trois ans pour le gaz. Sans "
            "entretien régulier, le fabricant peut refuser la garantie."
        ),
        "solution": (
            "1. Prenez rendez-vous de préférence entre avril et septembre : les délais sont plus courts qu'en hiver.\n"
            "2. Le technicien nettoie le brûleur et l'échangeur, contrôle le siphon, l'allumage et les sécurités.\n"
            "3. Il mesure la combustion (CO, CO2, rendement) et règle le brûleur si nécessaire.\n"
            "4. Il vérifie la pression de l'installation et la précharge du vase d'expansion.\n"
            "5. Vous recevez l'attestation de contrôle périodique, à conserver pour l'assurance et la garantie.\n"
            "6. Prévoyez un accès dégagé à la chaudière et, pour le mazout, au filtre et à la cuve."
        ),
        "product": "",
        "category": "maintenance",
        "tags": "entretien,contrôle,attestation,chaudière",
    },
    {
        "key": "boiler-annual-maintenance",
        "language": "en",
        "title": "Boiler servicing and periodic inspection",
        "problem": (
            "You are wondering when to have your boiler serviced and what the visit includes. In Wallonia the periodic "
            "inspection is compulsory: every year for oil, every three years for gas. Without regular servicing the "
            "manufacturer may refuse warranty claims."
        ),
        "solution": (
            "1. Book between April and September if you can: waiting times are shorter than in winter.\n"
            "2. The technician cleans the burner and heat exchanger and checks the trap, ignition and safety devices.\n"
            "3. Combustion is measured (CO, CO2, efficiency) and the burner adjusted if needed.\n"
            "4. System pressure and the expansion vessel charge are checked.\n"
            "5. You receive the periodic inspection certificate; keep it for your insurer and the warranty.\n"
            "6. Please clear access to the boiler and, for oil, to the filter and the tank."
        ),
        "product": "",
        "category": "maintenance",
        "tags": "servicing,inspection,certificate,boiler",
    },
    {
        "key": "maintenance-contract-renewal",
        "language": "fr",
        "title": "Renouvellement du contrat d'entretien",
        "problem": (
            "Vous avez reçu l'avis de renouvellement de votre contrat d'entretien et le montant ou la formule vous "
            "pose question. Le contrat est reconduit chaque année avec un prix indexé ; vous pouvez aussi changer de "
            "formule ou y mettre fin."
        ),
        "solution": (
            "1. Vérifiez la formule indiquée sur l'avis : entretien seul, ou entretien avec dépannages compris.\n"
            "2. Le prix est indexé une fois par an selon l'indice prévu dans vos conditions générales ; le calcul "
            "figure sur l'avis.\n"
            "3. Pour changer de formule, répondez à l'e-mail ou appelez-nous avant la date d'échéance.\n"
            "4. Pour résilier, prévenez-nous par écrit au moins un mois avant l'échéance ; vous recevrez une "
            "confirmation.\n"
            "5. Si le paiement est domicilié, vous n'avez rien à faire : le montant sera prélevé à l'échéance.\n"
            "6. Sans contrat, l'entretien reste possible à la demande, au tarif horaire en vigueur."
        ),
        "product": "",
        "category": "billing",
        "tags": "contrat,entretien,renouvellement,indexation",
    },
    {
        "key": "maintenance-contract-renewal",
        "language": "en",
        "title": "Maintenance contract renewal",
        "problem": (
            "You have received the renewal notice for your maintenance contract and have questions about the amount or "
            "the plan. The contract renews every year at an indexed price; you can also switch plans or end it."
        ),
        "solution": (
            "1. Check the plan shown on the notice: servicing only, or servicing with breakdown call-outs included.\n"
            "2. The price is indexed once a year using the index set out in your terms; the calculation is on the "
            "notice.\n"
            "3. To change plan, reply to the e-mail or call us before the renewal date.\n"
            "4. To cancel, tell us in writing at least one month before the renewal date; you will get a "
            "confirmation.\n"
            "5. If you pay by direct debit there is nothing to do: the amount is collected on the due date.\n"
            "6. Without a contract, servicing is still available on request at the current hourly rate."
        ),
        "product": "",
        "category": "billing",
        "tags": "contract,servicing,renewal,indexation",
    },
    {
        "key": "invoice-vat-rate",
        "language": "fr",
        "title": "TVA à 6 % ou à 21 % sur la facture",
        "problem": (
            "Vous ne comprenez pas pourquoi votre facture applique 21 % de TVA au lieu de 6 %, ou l'inverse. Le taux "
            "réduit vise les travaux dans un logement privé de plus de dix ans, à certaines conditions, et demande une "
            "attestation signée par le client."
        ),
        "solution": (
            "1. Vérifiez l'âge du logement : sa première occupation doit remonter à dix ans au moins.\n"
            "2. Le logement doit servir principalement d'habitation privée et les travaux doivent vous être facturés "
            "directement.\n"
            "3. Certains appareils, comme les chaudières aux combustibles fossiles, peuvent être exclus du taux "
            "réduit : le devis le précise.\n"
            "4. Complétez et signez l'attestation TVA jointe au devis, puis renvoyez-la-nous avant la facturation.\n"
            "5. Si elle nous parvient après la facture, nous émettons une note de crédit et une nouvelle facture au "
            "bon taux.\n"
            "6. Pour un logement de moins de dix ans ou un bâtiment professionnel, le taux de 21 % s'applique."
        ),
        "product": "",
        "category": "billing",
        "tags": "tva,facture,attestation,6%",
    },
    {
        "key": "invoice-vat-rate",
        "language": "en",
        "title": "6% or 21% VAT on the invoice",
        "problem": (
            "You do not understand why your invoice charges 21% VAT instead of 6%, or the other way round. The reduced "
            "rate covers work on a private home that is more than ten years old, under certain conditions, and "
            "requires a certificate signed by the customer."
        ),
        "solution": (
            "1. Check the age of the home: it must have been first occupied at least ten years ago.\n"
            "2. The home must be mainly a private residence and the work must be invoiced to you directly.\n"
            "3. Some appliances, such as fossil-fuel boilers, may be excluded from the reduced rate: the quote says "
            "so.\n"
            "4. Fill in and sign the VAT certificate attached to the quote and return it before we invoice.\n"
            "5. If it reaches us after invoicing, we issue a credit note and a new invoice at the right rate.\n"
            "6. For a home less than ten years old or a business building, the 21% rate applies."
        ),
        "product": "",
        "category": "billing",
        "tags": "vat,invoice,certificate,6%",
    },
    {
        "key": "invoice-correction",
        "language": "fr",
        "title": "Corriger une facture : nom, adresse ou numéro d'entreprise",
        "problem": (
            "La facture est au mauvais nom, à l'ancienne adresse, ou il manque le numéro d'entreprise de votre "
            "société. Vous en avez besoin pour votre comptabilité ou pour une demande de prime."
        ),
        "solution": (
            "1. Répondez à l'e-mail de la facture en indiquant son numéro et les données correctes.\n"
            "2. Pour une société, joignez le numéro d'entreprise (BE0…) et l'adresse du siège.\n"
            "3. Nous émettons une note de crédit qui annule la facture, puis une facture corrigée.\n"
            "4. Si vous avez déjà payé, le paiement est reporté sur la nouvelle facture : ne payez pas deux fois.\n"
            "5. Pour une prime, vérifiez que le nom sur la facture est celui du demandeur."
        ),
        "product": "",
        "category": "billing",
        "tags": "facture,correction,crédit,tva",
    },
    {
        "key": "invoice-correction",
        "language": "en",
        "title": "Correcting an invoice: name, address or company number",
        "problem": (
            "The invoice is in the wrong name, shows your old address, or lacks your company number. You need it "
            "corrected for your accounts or for a grant application."
        ),
        "solution": (
            "1. Reply to the invoice e-mail with the invoice number and the correct details.\n"
            "2. For a company, add the company number (BE0…) and the registered office address.\n"
            "3. We issue a credit note cancelling the invoice, then a corrected invoice.\n"
            "4. If you have already paid, the payment is carried over to the new invoice: do not pay twice.\n"
            "5. For a grant, make sure the name on the invoice matches the applicant's."
        ),
        "product": "",
        "category": "billing",
        "tags": "invoice,correction,credit,vat",
    },
    {
        "key": "wallonia-premiums",
        "language": "fr",
        "title": "Primes de la Région wallonne pour le chauffage et l'eau chaude",
        "problem": (
            "Vous voulez savoir si votre pompe à chaleur, votre chauffe-eau thermodynamique ou vos travaux d'isolation "
            "donnent droit à une prime de la Région wallonne. Les conditions changent régulièrement, dépendent des "
            "revenus du ménage et exigent souvent un audit logement préalable."
        ),
        "solution": (
            "1. Consultez les conditions à jour sur le portail de l'énergie de la Wallonie ou au Guichet Énergie "
            "Wallonie de Namur.\n"
            "2. Vérifiez si un audit logement doit précéder les travaux : sans lui, la prime peut être refusée.\n"
            "3. Demandez-nous un devis détaillé : il mentionne les références, les puissances et nos certifications.\n"
            "4. Après les travaux, nous vous remettons la facture, les fiches techniques et, si nécessaire, "
            "l'attestation de l'installateur.\n"
            "5. Introduisez la demande vous-même dans le délai prévu après la facture finale.\n"
            "6. Gardez une copie de tout : l'administration peut demander des photos de l'installation."
        ),
        "product": "",
        "category": "information",
        "tags": "prime,wallonie,audit,subside",
    },
    {
        "key": "wallonia-premiums",
        "language": "en",
        "title": "Walloon Region grants for heating and hot water",
        "problem": (
            "You want to know whether your heat pump, heat pump water heater or insulation work qualifies for a "
            "Walloon Region grant. The rules change regularly, depend on household income and often require a home "
            "energy audit before the work starts."
        ),
        "solution": (
            "1. Check the current conditions on the Walloon energy portal or at the Guichet Énergie Wallonie office in "
            "Namur.\n"
            "2. Find out whether a home energy audit must come before the works: without it, the grant can be "
            "refused.\n"
            "3. Ask us for a detailed quote: it lists the models, outputs and our certifications.\n"
            "4. After the works we give you the invoice, the technical sheets and, where needed, the installer's "
            "certificate.\n"
            "5. Submit the application yourself within the deadline after the final invoice.\n"
            "6. Keep a copy of everything: the administration may ask for photos of the installation."
        ),
        "product": "",
        "category": "information",
        "tags": "grant,wallonia,audit,subsidy",
    },
    {
        "key": "warranty-claim",
        "language": "fr",
        "title": "Garantie d'une chaudière ou d'une pompe à chaleur",
        "problem": (
            "Une pièce de votre appareil est tombée en panne et vous vous demandez si elle est couverte. La garantie "
            "du fabricant couvre en général les pièces, pas toujours la main-d'œuvre ni le déplacement, et suppose un "
            "appareil enregistré et entretenu chaque année."
        ),
        "solution": (
            "1. Retrouvez la date de mise en service sur la facture ou le carnet d'entretien.\n"
            "2. Vérifiez que l'appareil a été enregistré chez le fabricant (nous le faisons à la mise en service) et "
            "entretenu régulièrement.\n"
            "3. Envoyez-nous le numéro de série de la plaque signalétique et une photo du code d'erreur.\n"
            "4. Nous introduisons la demande chez le fabricant ; si elle est acceptée, la pièce est remplacée "
            "gratuitement.\n"
            "5. Main-d'œuvre et déplacement sont facturés selon les conditions du fabricant et de votre contrat.\n"
            "6. Les dégâts dus au gel, à une surtension ou à une eau de mauvaise qualité ne sont en général pas "
            "couverts."
        ),
        "product": "",
        "category": "warranty",
        "tags": "garantie,pièce,fabricant,panne",
    },
    {
        "key": "warranty-claim",
        "language": "en",
        "title": "Warranty on a boiler or heat pump",
        "problem": (
            "A part of your appliance has failed and you wonder whether it is covered. The manufacturer's warranty "
            "usually covers parts, not always labour or the call-out, and requires the appliance to be registered and "
            "serviced every year."
        ),
        "solution": (
            "1. Find the commissioning date on the invoice or in the service log.\n"
            "2. Check that the appliance was registered with the manufacturer (we do it at commissioning) and serviced "
            "regularly.\n"
            "3. Send us the serial number from the rating plate and a photo of any error code.\n"
            "4. We file the claim with the manufacturer; if accepted, the part is replaced free of charge.\n"
            "5. Labour and call-out are charged according to the manufacturer's terms and your contract.\n"
            "6. Damage caused by frost, power surges or poor water quality is generally not covered."
        ),
        "product": "",
        "category": "warranty",
        "tags": "warranty,part,manufacturer,claim",
    },
    {
        "key": "inverter-warranty-replacement",
        "language": "fr",
        "title": "Onduleur en panne pendant la garantie",
        "problem": (
            "L'onduleur reste éteint ou affiche une erreur permanente et ne produit plus. La garantie SMA est en "
            "général de cinq ans, extensible à l'achat. Les panneaux ont, eux, une garantie produit et une garantie de "
            "performance distinctes."
        ),
        "solution": (
            "1. Notez le numéro de série de l'onduleur (étiquette sur le côté) et le message affiché.\n"
            "2. Vérifiez si une extension de garantie a été souscrite : le certificat se trouve dans le dossier "
            "d'installation.\n"
            "3. Envoyez-nous ces informations ; nous ouvrons un dossier de remplacement chez le fabricant.\n"
            "4. Comptez en général une à deux semaines pour recevoir l'appareil de remplacement.\n"
            "5. Relevez l'index de votre compteur de production pour comparer après le remplacement.\n"
            "6. Après la pose, nous reconfigurons le suivi en ligne et vérifions les réglages réseau."
        ),
        "product": "SMA Sunny Boy 5.0",
        "category": "warranty",
        "tags": "onduleur,garantie,sma,remplacement",
    },
    {
        "key": "inverter-warranty-replacement",
        "language": "en",
        "title": "Inverter failure under warranty",
        "problem": (
            "The inverter stays off or shows a permanent error and no longer produces anything. SMA's warranty is "
            "normally five years and can be extended at purchase. The panels have their own separate product and "
            "performance warranties."
        ),
        "solution": (
            "1. Note the inverter's serial number (label on the side) and the message on the display.\n"
            "2. Check whether a warranty extension was bought: the certificate is in the installation file.\n"
            "3. Send us this information; we open a replacement case with the manufacturer.\n"
            "4. A replacement unit usually takes one to two weeks to arrive.\n"
            "5. Read your generation meter so you can compare after the replacement.\n"
            "6. After fitting, we set up the online monitoring again and check the grid settings."
        ),
        "product": "SMA Sunny Boy 5.0",
        "category": "warranty",
        "tags": "inverter,warranty,sma,replacement",
    },
    {
        "key": "solar-production-drop",
        "language": "fr",
        "title": "Baisse de production des panneaux solaires",
        "problem": (
            "La production de vos panneaux est nettement plus basse que l'an dernier à la même période. Une baisse en "
            "hiver est normale, une chute soudaine par beau temps ne l'est pas. Elle peut venir d'un ombrage, d'une "
            "chaîne déconnectée ou d'un onduleur qui bride sa puissance."
        ),
        "solution": (
            "1. Comparez avec le même mois de l'année précédente : en décembre, on produit cinq à huit fois moins "
            "qu'en juin.\n"
            "2. Dans l'application de suivi, une courbe qui plafonne en milieu de journée indique un bridage de "
            "l'onduleur.\n"
            "3. Regardez si un arbre, une antenne ou une nouvelle construction fait de l'ombre aux panneaux.\n"
            "4. Vérifiez l'écran ou les voyants de l'onduleur : un voyant rouge ou orange signale un défaut.\n"
            "5. Si une chaîne affiche 0 V ou 0 A, une connexion DC est en cause : ne touchez à rien et appelez-nous.\n"
            "6. Un nettoyage n'est utile que si les panneaux sont très sales (lichens, fientes) ; la pluie suffit en "
            "général."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "photovoltaïque,production,ombrage,onduleur",
    },
    {
        "key": "solar-production-drop",
        "language": "en",
        "title": "Solar panel output has dropped",
        "problem": (
            "Your panels are producing clearly less than at the same time last year. A drop in winter is normal; a "
            "sudden fall in sunny weather is not. It can come from shading, a disconnected string or an inverter "
            "limiting its output."
        ),
        "solution": (
            "1. Compare with the same month last year: in December output is five to eight times lower than in June.\n"
            "2. In the monitoring app, a curve that flattens at midday means the inverter is limiting power.\n"
            "3. Look for a tree, an aerial or a new building casting shade on the panels.\n"
            "4. Check the inverter's display or lights: a red or orange light indicates a fault.\n"
            "5. If a string shows 0 V or 0 A, a DC connection is at fault: touch nothing and call us.\n"
            "6. Cleaning only helps if the panels are very dirty (lichen, bird droppings); rain is usually enough."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "solar,output,shading,inverter",
    },
    {
        "key": "inverter-offline-wifi",
        "language": "fr",
        "title": "Onduleur hors ligne dans Solar.web",
        "problem": (
            "Le portail ou l'application Fronius Solar.web indique que l'installation est hors ligne et les données ne "
            "remontent plus, alors que l'onduleur produit normalement. Le problème suit souvent un changement de box "
            "internet ou de mot de passe Wi-Fi."
        ),
        "solution": (
            "1. Vérifiez sur l'écran de l'onduleur qu'il affiche une puissance en journée.\n"
            "2. Si vous avez changé de box ou de mot de passe, l'onduleur doit rejoindre le nouveau réseau.\n"
            "3. Dans le menu Setup de l'onduleur, activez le point d'accès WLAN.\n"
            "4. Connectez votre smartphone à ce réseau et ouvrez l'assistant de configuration dans le navigateur.\n"
            "5. Choisissez votre réseau Wi-Fi, saisissez le mot de passe et enregistrez.\n"
            "6. Après 15 à 30 minutes, les données réapparaissent ; il peut manquer quelques heures d'historique."
        ),
        "product": "Fronius Primo",
        "category": "configuration",
        "tags": "fronius,wi-fi,solar.web,connexion",
    },
    {
        "key": "inverter-offline-wifi",
        "language": "en",
        "title": "Inverter offline in Solar.web",
        "problem": (
            "The Fronius Solar.web portal or app says the system is offline and no data comes in, even though the "
            "inverter is producing normally. It usually follows a new internet router or a changed Wi-Fi password."
        ),
        "solution": (
            "1. Check that the inverter display shows output during the day.\n"
            "2. If you changed your router or password, the inverter has to join the new network.\n"
            "3. In the inverter's Setup menu, enable the WLAN access point.\n"
            "4. Connect your smartphone to that network and open the setup wizard in the browser.\n"
            "5. Select your Wi-Fi network, enter the password and save.\n"
            "6. After 15 to 30 minutes the data comes back; a few hours of history may be missing."
        ),
        "product": "Fronius Primo",
        "category": "configuration",
        "tags": "fronius,wi-fi,solar.web,offline",
    },
    {
        "key": "sma-insulation-fault",
        "language": "fr",
        "title": "SMA : défaut d'isolement (événement 3501)",
        "problem": (
            "L'onduleur signale un défaut d'isolement (événement 3501) et ne se connecte pas le matin, surtout après "
            "une nuit humide ou une forte pluie. Il démarre parfois vers midi, une fois les panneaux secs. Un courant "
            "de fuite passe entre le circuit DC et la terre : câble abîmé, connecteur humide ou panneau défectueux."
        ),
        "solution": (
            "1. Notez l'heure et la météo à chaque apparition du message et envoyez-nous une capture de "
            "l'application.\n"
            "2. Si le défaut disparaît quand tout est sec, l'installation peut fonctionner en attendant notre visite.\n"
            "3. Ne débranchez jamais vous-même les connecteurs DC : ils sont sous tension dès qu'il fait jour.\n"
            "4. Regardez, sans toucher, si des câbles pendent sous les panneaux ou ont été rongés.\n"
            "5. Le technicien mesure la résistance d'isolement chaîne par chaîne pour trouver l'élément en cause.\n"
            "6. Un connecteur ou un câble se remplace rapidement ; un panneau défectueux peut relever de sa garantie."
        ),
        "product": "SMA Sunny Boy 5.0",
        "category": "breakdown",
        "tags": "sma,isolement,3501,humidité",
    },
    {
        "key": "sma-insulation-fault",
        "language": "en",
        "title": "SMA: insulation failure (event 3501)",
        "problem": (
            "The inverter reports an insulation failure (event 3501) and does not connect in the morning, especially "
            "after a damp night or heavy rain. It sometimes starts around noon once the panels have dried. Current is "
            "leaking between the DC circuit and earth: a damaged cable, a wet connector or a faulty panel."
        ),
        "solution": (
            "1. Note the time and weather each time the message appears and send us a screenshot from the app.\n"
            "2. If the fault clears when everything is dry, the system can keep running until we visit.\n"
            "3. Never unplug the DC connectors yourself: they are live as soon as it is light.\n"
            "4. Without touching anything, look for cables hanging under the panels or chewed by animals.\n"
            "5. The technician measures insulation resistance string by string to find the faulty part.\n"
            "6. A connector or cable is quick to replace; a faulty panel may be covered by its warranty."
        ),
        "product": "SMA Sunny Boy 5.0",
        "category": "breakdown",
        "tags": "sma,insulation,3501,moisture",
    },
    {
        "key": "fronius-state-102-voltage",
        "language": "fr",
        "title": "Code d'état 102 : tension du réseau trop élevée",
        "problem": (
            "Par journée ensoleillée, l'onduleur se déconnecte plusieurs fois et affiche l'état 102. La tension du "
            "réseau dépasse la limite autorisée, ce qui arrive surtout dans les rues où de nombreuses maisons ont des "
            "panneaux. La production est perdue à chaque coupure."
        ),
        "solution": (
            "1. Notez les jours et heures des coupures, ou exportez l'historique depuis Solar.web.\n"
            "2. Demandez à vos voisins équipés de panneaux s'ils constatent la même chose.\n"
            "3. Nous mesurons la tension au compteur et contrôlons la section du câble entre le tableau et "
            "l'onduleur.\n"
            "4. Si votre installation est conforme, le problème vient du réseau : une plainte doit être introduite "
            "auprès d'ORES.\n"
            "5. Nous pouvons vous aider à remplir la demande et y joindre nos mesures.\n"
            "6. En attendant, certains réglages de puissance réactive autorisés par ORES peuvent limiter les coupures."
        ),
        "product": "Fronius Primo",
        "category": "breakdown",
        "tags": "fronius,102,tension,ores",
    },
    {
        "key": "fronius-state-102-voltage",
        "language": "en",
        "title": "State code 102: grid voltage too high",
        "problem": (
            "On sunny days the inverter disconnects several times and shows state 102. The grid voltage exceeds the "
            "permitted limit, which mostly happens in streets where many houses have panels. Output is lost every time "
            "it cuts out."
        ),
        "solution": (
            "1. Note the days and times of the cut-outs, or export the history from Solar.web.\n"
            "2. Ask neighbours with panels whether they see the same thing.\n"
            "3. We measure the voltage at the meter and check the cable size between the consumer unit and the "
            "inverter.\n"
            "4. If your installation is fine, the grid is the cause: a complaint must be filed with ORES.\n"
            "5. We can help you fill in the request and attach our measurements.\n"
            "6. Meanwhile, some reactive power settings approved by ORES can reduce the cut-outs."
        ),
        "product": "Fronius Primo",
        "category": "breakdown",
        "tags": "fronius,102,voltage,ores",
    },
    {
        "key": "inverter-off-after-power-cut",
        "language": "fr",
        "title": "L'onduleur reste éteint après une coupure ou un orage",
        "problem": (
            "Après un orage ou une coupure de courant, l'écran de l'onduleur reste noir et l'application n'indique "
            "plus aucune production. Souvent, le disjoncteur ou le différentiel des panneaux a sauté au tableau, ou le "
            "sectionneur DC a été coupé par erreur."
        ),
        "solution": (
            "1. Au tableau électrique, remettez en position haute le disjoncteur et le différentiel de l'installation "
            "photovoltaïque.\n"
            "2. Vérifiez que le sectionneur DC, à côté de l'onduleur, est bien sur ON.\n"
            "3. Attendez quelques minutes en journée : l'onduleur contrôle le réseau avant de se reconnecter.\n"
            "4. Si le différentiel saute à nouveau, laissez-le coupé et appelez-nous.\n"
            "5. Après un orage violent, signalez toute odeur de brûlé ou trace noire sur l'onduleur ou le tableau."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "onduleur,disjoncteur,sectionneur,orage",
    },
    {
        "key": "inverter-off-after-power-cut",
        "language": "en",
        "title": "Inverter stays off after a power cut or storm",
        "problem": (
            "After a storm or a power cut, the inverter display stays blank and the app shows no output. Usually the "
            "PV circuit breaker or RCD has tripped in the consumer unit, or the DC isolator was switched off by "
            "mistake."
        ),
        "solution": (
            "1. In the consumer unit, switch the PV circuit breaker and RCD back on.\n"
            "2. Check that the DC isolator next to the inverter is set to ON.\n"
            "3. Wait a few minutes in daylight: the inverter checks the grid before reconnecting.\n"
            "4. If the RCD trips again, leave it off and call us.\n"
            "5. After a violent storm, tell us about any burning smell or scorch marks on the inverter or the consumer "
            "unit."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "inverter,breaker,dc-isolator,storm",
    },
    {
        "key": "solaredge-optimizers-missing",
        "language": "fr",
        "title": "SolarEdge : optimiseurs manquants ou production nulle",
        "problem": (
            "L'onduleur SolarEdge reste en veille et ne produit rien, ou l'application affiche moins d'optimiseurs que "
            "de panneaux. Tant que l'onduleur n'a pas démarré, chaque optimiseur ne délivre que 1 V. Un optimiseur "
            "défectueux ou un connecteur débranché peut bloquer toute une chaîne."
        ),
        "solution": (
            "1. Vérifiez que l'interrupteur de l'onduleur est sur 1 (ON) et que le disjoncteur AC est enclenché.\n"
            "2. Dans l'application mySolarEdge, comparez le nombre d'optimiseurs visibles au nombre de panneaux.\n"
            "3. Si un seul panneau reste gris sur la vue du toit, notez sa position : il est probablement en cause.\n"
            "4. Ne manipulez ni les câbles DC ni les connecteurs sur le toit.\n"
            "5. Le technicien mesure la tension de la chaîne (1 V par optimiseur à l'arrêt) et refait l'appairage avec "
            "SetApp.\n"
            "6. Un optimiseur défectueux est remplacé sous garantie, mais l'accès au toit peut être facturé."
        ),
        "product": "SolarEdge SE5000H",
        "category": "breakdown",
        "tags": "solaredge,optimiseur,setapp,production",
    },
    {
        "key": "solaredge-optimizers-missing",
        "language": "en",
        "title": "SolarEdge: missing optimisers or zero output",
        "problem": (
            "The SolarEdge inverter stays on standby and produces nothing, or the app shows fewer optimisers than "
            "panels. Until the inverter starts, each optimiser only outputs 1 V. A faulty optimiser or an unplugged "
            "connector can hold back a whole string."
        ),
        "solution": (
            "1. Check that the inverter switch is on 1 (ON) and the AC breaker is on.\n"
            "2. In the mySolarEdge app, compare the number of optimisers shown with the number of panels.\n"
            "3. If a single panel stays grey in the roof layout, note its position: it is probably the one.\n"
            "4. Do not handle the DC cables or the connectors on the roof.\n"
            "5. The technician measures the string voltage (1 V per optimiser when idle) and re-pairs the system with "
            "SetApp.\n"
            "6. A faulty optimiser is replaced under warranty, but roof access may be charged."
        ),
        "product": "SolarEdge SE5000H",
        "category": "breakdown",
        "tags": "solaredge,optimiser,setapp,output",
    },
    {
        "key": "home-battery-not-charging",
        "language": "fr",
        "title": "La batterie domestique ne se charge pas",
        "problem": (
            "La batterie reste à un faible niveau alors que les panneaux produisent et que l'électricité part sur le "
            "réseau. L'application indique parfois « veille » ou « calibrage ». Un réglage de charge trop restrictif "
            "ou un disjoncteur coupé est souvent en cause."
        ),
        "solution": (
            "1. Vérifiez dans l'application de l'onduleur que la batterie est reconnue et en fonctionnement.\n"
            "2. En hiver, la production couvre à peine la consommation : une charge faible est normale.\n"
            "3. Contrôlez les limites de charge (SoC minimum et maximum) et les plages horaires qui bloqueraient la "
            "charge.\n"
            "4. Environ une fois par mois, la batterie fait une charge complète de calibrage : ne l'interrompez pas.\n"
            "5. Vérifiez que l'interrupteur de la batterie et son disjoncteur DC sont enclenchés.\n"
            "6. Si la batterie reste à 0 % ou affiche une erreur, envoyez-nous une capture d'écran ; nous pouvons "
            "souvent diagnostiquer à distance."
        ),
        "product": "BYD Battery-Box Premium HVS",
        "category": "configuration",
        "tags": "batterie,byd,charge,autoconsommation",
    },
    {
        "key": "home-battery-not-charging",
        "language": "en",
        "title": "Home battery is not charging",
        "problem": (
            "The battery stays at a low level while the panels are producing and power is exported to the grid. The "
            "app sometimes says 'standby' or 'calibration'. A restrictive charge setting or a switched-off breaker is "
            "often the cause."
        ),
        "solution": (
            "1. In the inverter app, check that the battery is detected and running.\n"
            "2. In winter, output barely covers consumption: a low charge level is normal.\n"
            "3. Check the charge limits (minimum and maximum SoC) and any time windows that block charging.\n"
            "4. About once a month the battery runs a full calibration charge: do not interrupt it.\n"
            "5. Check that the battery's switch and its DC breaker are on.\n"
            "6. If the battery stays at 0% or shows an error, send us a screenshot; we can often diagnose it remotely."
        ),
        "product": "BYD Battery-Box Premium HVS",
        "category": "configuration",
        "tags": "battery,byd,charging,self-consumption",
    },
    {
        "key": "ev-charger-not-charging",
        "language": "fr",
        "title": "La borne de recharge ne lance pas la charge",
        "problem": (
            "La voiture est branchée mais la charge ne démarre pas ; le voyant de la borne reste jaune ou passe au "
            "rouge. Le problème apparaît souvent après une mise à jour, une coupure de courant ou l'activation du mode "
            "solaire."
        ),
        "solution": (
            "1. Dans l'application Wallbox, vérifiez que la borne n'est pas verrouillée et qu'aucune programmation "
            "horaire n'est active.\n"
            "2. Si le mode solaire Eco-Smart est activé, la charge attend un surplus suffisant : désactivez-le pour "
            "charger tout de suite.\n"
            "3. Vérifiez aussi la programmation de charge dans la voiture.\n"
            "4. Au tableau, contrôlez le disjoncteur et le différentiel dédiés à la borne.\n"
            "5. Débranchez puis rebranchez le câble côté voiture ; si le voyant reste rouge, coupez le disjoncteur "
            "30 secondes.\n"
            "6. Si l'erreur persiste, envoyez-nous la couleur du voyant et le message de l'application."
        ),
        "product": "Wallbox Pulsar Plus",
        "category": "breakdown",
        "tags": "borne,recharge,wallbox,voiture",
    },
    {
        "key": "ev-charger-not-charging",
        "language": "en",
        "title": "EV charger will not start charging",
        "problem": (
            "The car is plugged in but charging does not start; the charger light stays yellow or turns red. It often "
            "happens after an update, a power cut or switching on solar mode."
        ),
        "solution": (
            "1. In the Wallbox app, check that the charger is not locked and that no schedule is active.\n"
            "2. If Eco-Smart solar mode is on, charging waits for enough surplus: turn it off to charge now.\n"
            "3. Also check the charging schedule in the car itself.\n"
            "4. In the consumer unit, check the breaker and RCD dedicated to the charger.\n"
            "5. Unplug and replug the cable at the car; if the light stays red, switch the breaker off for 30 "
            "seconds.\n"
            "6. If the error persists, send us the light colour and the message shown in the app."
        ),
        "product": "Wallbox Pulsar Plus",
        "category": "breakdown",
        "tags": "ev,charger,wallbox,car",
    },
    {
        "key": "heat-pump-noise",
        "language": "fr",
        "title": "Bruit de l'unité extérieure de la pompe à chaleur",
        "problem": (
            "L'unité extérieure fait plus de bruit qu'avant, surtout la nuit, ou les voisins se plaignent. Un souffle "
            "fort suivi d'un nuage de vapeur pendant le dégivrage est normal. Des vibrations, des claquements ou des "
            "sifflements ne le sont pas."
        ),
        "solution": (
            "1. Identifiez le bruit : souffle et vapeur pendant quelques minutes (dégivrage) ou bruit métallique "
            "continu.\n"
            "2. Vérifiez que rien ne touche l'unité (branches, objets) et que les pieds antivibratiles sont en place.\n"
            "3. Dégagez les feuilles et la neige devant et derrière l'échangeur.\n"
            "4. Activez le mode silencieux la nuit dans l'interface : il limite la vitesse du compresseur et du "
            "ventilateur.\n"
            "5. Si un claquement ou un grincement persiste, arrêtez l'appareil et contactez-nous : un support ou le "
            "ventilateur peut être en cause."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "pac,bruit,silencieux,dégivrage",
    },
    {
        "key": "heat-pump-noise",
        "language": "en",
        "title": "Heat pump outdoor unit noise",
        "problem": (
            "The outdoor unit is louder than before, especially at night, or the neighbours are complaining. A loud "
            "whoosh followed by a cloud of vapour during defrost is normal. Vibration, rattling or whistling is not."
        ),
        "solution": (
            "1. Identify the noise: a whoosh and vapour for a few minutes (defrost) or a constant metallic sound.\n"
            "2. Check that nothing touches the unit (branches, objects) and that the anti-vibration feet are in "
            "place.\n"
            "3. Clear leaves and snow from the front and back of the coil.\n"
            "4. Turn on quiet mode for the night in the controller: it limits compressor and fan speed.\n"
            "5. If rattling or grinding continues, switch the unit off and contact us: a bracket or the fan may be at "
            "fault."
        ),
        "product": "",
        "category": "breakdown",
        "tags": "heatpump,noise,quiet,defrost",
    },
    {
        "key": "heat-pump-icing",
        "language": "fr",
        "title": "Pompe à chaleur couverte de givre ou de glace",
        "problem": (
            "Par temps froid et humide, l'échangeur de l'unité extérieure se couvre de givre blanc. C'est normal : "
            "l'appareil se dégivre automatiquement aussi souvent que nécessaire. En revanche, un bloc de glace qui "
            "grossit sous l'unité signale un problème d'évacuation."
        ),
        "solution": (
            "1. Laissez l'appareil gérer le dégivrage : un givre léger disparaît en quelques minutes.\n"
            "2. Ne cassez jamais la glace avec un outil et n'y versez pas d'eau bouillante : les ailettes sont "
            "fragiles.\n"
            "3. Vérifiez que l'eau de dégivrage peut s'écouler (lit de gravier, évacuation non gelée, unité "
            "surélevée).\n"
            "4. Si un bloc de glace persiste plusieurs heures, arrêtez l'appareil et faites-le fondre à l'eau tiède.\n"
            "5. Contactez-nous si le dégivrage ne se fait plus ou si un code s'affiche : une sonde ou le cordon "
            "chauffant peut être en cause."
        ),
        "product": "Vaillant aroTHERM plus",
        "category": "breakdown",
        "tags": "pac,givre,dégivrage,glace",
    },
    {
        "key": "heat-pump-icing",
        "language": "en",
        "title": "Heat pump covered in frost or ice",
        "problem": (
            "In cold, damp weather the outdoor unit's coil gets covered in white frost. That is normal: the unit "
            "defrosts itself as often as needed. A block of ice growing under the unit, however, means the meltwater "
            "cannot drain away."
        ),
        "solution": (
            "1. Let the unit handle defrosting: light frost clears within minutes.\n"
            "2. Never break the ice with a tool or pour boiling water on it: the fins are fragile.\n"
            "3. Make sure defrost water can drain (gravel bed, drain not frozen, unit raised off the ground).\n"
            "4. If a block of ice stays for several hours, switch the unit off and melt it with lukewarm water.\n"
            "5. Contact us if defrosting stops working or a code appears: a sensor or the heating cable may be at "
            "fault."
        ),
        "product": "Vaillant aroTHERM plus",
        "category": "breakdown",
        "tags": "heatpump,frost,defrost,ice",
    },
    {
        "key": "daikin-7h-flow",
        "language": "fr",
        "title": "Daikin Altherma : erreur 7H, débit d'eau insuffisant",
        "problem": (
            "L'interface affiche l'erreur 7H et la pompe à chaleur s'arrête : le débit d'eau dans le circuit de "
            "chauffage est trop faible. Les causes habituelles sont un filtre encrassé, de l'air dans le circuit, une "
            "pression basse ou trop de vannes fermées."
        ),
        "solution": (
            "1. Vérifiez la pression au manomètre : elle doit se situer entre 1,5 et 2 bar.\n"
            "2. Assurez-vous que plusieurs radiateurs ou boucles de chauffage par le sol sont ouverts.\n"
            "3. Fermez les vannes de part et d'autre du filtre, dévissez-le et rincez le tamis.\n"
            "4. Purgez l'air par le purgeur de l'unité intérieure et par les radiateurs.\n"
            "5. Réarmez l'erreur depuis l'interface ou coupez l'alimentation une minute.\n"
            "6. Si 7H revient, appelez-nous : la pompe de circulation ou le débitmètre doit être contrôlé."
        ),
        "product": "Daikin Altherma 3",
        "category": "breakdown",
        "tags": "daikin,7h,débit,filtre",
    },
    {
        "key": "daikin-7h-flow",
        "language": "en",
        "title": "Daikin Altherma: error 7H, insufficient water flow",
        "problem": (
            "The controller shows error 7H and the heat pump stops: water flow in the heating circuit is too low. The "
            "usual causes are a dirty filter, air in the system, low pressure or too many valves closed."
        ),
        "solution": (
            "1. Check the gauge: the pressure should be between 1.5 and 2 bar.\n"
            "2. Make sure several radiators or underfloor loops are open.\n"
            "3. Close the valves on both sides of the filter, unscrew it and rinse the mesh.\n"
            "4. Bleed air through the indoor unit's air vent and the radiators.\n"
            "5. Clear the error from the controller or switch the power off for one minute.\n"
            "6. If 7H comes back, call us: the circulation pump or flow sensor needs checking."
        ),
        "product": "Daikin Altherma 3",
        "category": "breakdown",
        "tags": "daikin,7h,flow,filter",
    },
    {
        "key": "heat-pump-high-consumption",
        "language": "fr",
        "title": "Consommation électrique élevée de la pompe à chaleur",
        "problem": (
            "La facture d'électricité est bien plus élevée que prévu depuis l'installation de la pompe à chaleur. "
            "Souvent, la résistance d'appoint fonctionne trop ou la température de départ est réglée trop haut. De "
            "gros abaissements de nuit obligent aussi l'appareil à rattraper le matin."
        ),
        "solution": (
            "1. Relevez dans le menu énergie la consommation de la résistance d'appoint et celle du compresseur.\n"
            "2. Vérifiez que l'appoint n'est autorisé qu'en dessous d'une température extérieure basse, par exemple "
            "-5 °C.\n"
            "3. Baissez la courbe de chauffe par petits pas jusqu'à obtenir juste le confort souhaité.\n"
            "4. Limitez l'abaissement de nuit à 1 ou 2 °C : une pompe à chaleur est plus efficace à régime constant.\n"
            "5. Chauffez l'eau sanitaire l'après-midi, quand l'air est plus doux, et limitez le cycle anti-légionelle "
            "à une fois par semaine.\n"
            "6. Envoyez-nous vos relevés : nous affinons les réglages lors d'une visite ou à distance."
        ),
        "product": "Mitsubishi Ecodan",
        "category": "configuration",
        "tags": "pac,consommation,appoint,courbe",
    },
    {
        "key": "heat-pump-high-consumption",
        "language": "en",
        "title": "Heat pump electricity use is high",
        "problem": (
            "Your electricity bill is much higher than expected since the heat pump was installed. Often the backup "
            "heater runs too much or the flow temperature is set too high. Deep night setbacks also force the unit to "
            "catch up in the morning."
        ),
        "solution": (
            "1. In the energy menu, read how much the backup heater uses compared with the compressor.\n"
            "2. Make sure the backup heater is only allowed below a low outdoor temperature, for example -5 °C.\n"
            "3. Lower the heating curve in small steps until you have just the comfort you want.\n"
            "4. Keep the night setback to 1 or 2 °C: a heat pump works best at a steady rate.\n"
            "5. Heat domestic water in the afternoon, when the air is milder, and run the anti-legionella cycle only "
            "once a week.\n"
            "6. Send us your readings: we can fine-tune the settings on a visit or remotely."
        ),
        "product": "Mitsubishi Ecodan",
        "category": "configuration",
        "tags": "heatpump,consumption,backup,curve",
    },
    {
        "key": "heating-curve-adjustment",
        "language": "fr",
        "title": "Trop froid quand il gèle : régler la courbe de chauffe",
        "problem": (
            "La maison est confortable en automne mais trop froide dès que la température extérieure passe sous zéro, "
            "ou trop chaude en mi-saison. La courbe de chauffe, qui fixe la température de l'eau selon la température "
            "extérieure, est mal adaptée au bâtiment."
        ),
        "solution": (
            "1. Ouvrez complètement les vannes thermostatiques de la pièce de vie pour juger du réglage.\n"
            "2. S'il fait trop froid seulement par grand froid, augmentez la pente d'un cran, par exemple de 0,6 à "
            "0,7.\n"
            "3. S'il fait un peu trop froid par tous les temps, relevez plutôt le niveau (décalage parallèle) de 1 ou "
            "2 K.\n"
            "4. Attendez 24 à 48 heures entre deux modifications : le bâtiment réagit lentement.\n"
            "5. Notez chaque réglage et la température obtenue pour pouvoir revenir en arrière.\n"
            "6. Si le confort reste insuffisant malgré une courbe élevée, contactez-nous : un radiateur trop petit ou "
            "un débit insuffisant peut être en cause."
        ),
        "product": "Viessmann Vitocal 250-A",
        "category": "configuration",
        "tags": "courbe,pente,niveau,viessmann",
    },
    {
        "key": "heating-curve-adjustment",
        "language": "en",
        "title": "Too cold in frosty weather: adjusting the heating curve",
        "problem": (
            "The house is comfortable in autumn but too cold as soon as it freezes outside, or too warm in spring and "
            "autumn. The heating curve, which sets the water temperature from the outdoor temperature, does not suit "
            "the building."
        ),
        "solution": (
            "1. Open the thermostatic valves in the living room fully so you can judge the setting.\n"
            "2. If it is only too cold in hard frost, raise the slope by one step, for example from 0.6 to 0.7.\n"
            "3. If it is slightly too cold in all weather, raise the level (parallel shift) by 1 or 2 K instead.\n"
            "4. Wait 24 to 48 hours between changes: the building reacts slowly.\n"
            "5. Write down each setting and the temperature you get so you can go back.\n"
            "6. If comfort is still lacking with a steep curve, contact us: an undersized radiator or low flow may be "
            "the cause."
        ),
        "product": "Viessmann Vitocal 250-A",
        "category": "configuration",
        "tags": "curve,slope,level,viessmann",
    },
    {
        "key": "thermostat-battery",
        "language": "fr",
        "title": "Thermostat Netatmo : piles faibles",
        "problem": (
            "L'application Netatmo signale des piles faibles, ou l'écran du thermostat pâlit et ne se met plus à jour. "
            "Avec des piles vides, la chaudière ne reçoit plus de consigne à jour et la température dérive. Les piles "
            "durent en général deux ans environ."
        ),
        "solution": (
            "1. Détachez le thermostat de son support pour accéder au logement des piles.\n"
            "2. Remplacez les trois piles AAA par des piles alcalines neuves de la même marque ; évitez les piles "
            "rechargeables.\n"
            "3. Replacez le thermostat : l'écran affiche la température après quelques secondes.\n"
            "4. Dans l'application, vérifiez que le thermostat apparaît de nouveau connecté.\n"
            "5. Si l'écran reste vide avec des piles neuves, envoyez-nous une photo du relais et de ses voyants."
        ),
        "product": "Netatmo thermostat",
        "category": "maintenance",
        "tags": "netatmo,thermostat,piles,aaa",
    },
    {
        "key": "thermostat-battery",
        "language": "en",
        "title": "Netatmo thermostat: low batteries",
        "problem": (
            "The Netatmo app reports low batteries, or the thermostat screen fades and stops updating. With flat "
            "batteries the boiler no longer gets up-to-date instructions and the temperature drifts. Batteries usually "
            "last about two years."
        ),
        "solution": (
            "1. Detach the thermostat from its base to reach the battery compartment.\n"
            "2. Replace the three AAA batteries with new alkaline ones of the same brand; avoid rechargeables.\n"
            "3. Put the thermostat back: the screen shows the temperature after a few seconds.\n"
            "4. In the app, check that the thermostat shows as connected again.\n"
            "5. If the screen stays blank with new batteries, send us a photo of the relay and its lights."
        ),
        "product": "Netatmo thermostat",
        "category": "maintenance",
        "tags": "netatmo,thermostat,batteries,aaa",
    },
    {
        "key": "thermostat-wifi-pairing",
        "language": "fr",
        "title": "Reconnecter le thermostat au Wi-Fi après un changement de box",
        "problem": (
            "Depuis le changement de box internet ou de mot de passe Wi-Fi, l'application indique que le thermostat "
            "est hors ligne. Le chauffage suit toujours le dernier planning, mais vous ne pouvez plus le piloter à "
            "distance. C'est le relais, près de la chaudière, qui se connecte au Wi-Fi."
        ),
        "solution": (
            "1. Ouvrez l'application Netatmo et connectez-vous avec votre compte habituel.\n"
            "2. Dans les réglages de la maison, choisissez de modifier le réseau Wi-Fi du relais.\n"
            "3. Placez-vous près du relais, Bluetooth activé sur le smartphone, et suivez l'assistant.\n"
            "4. Choisissez le nouveau réseau en 2,4 GHz et saisissez le mot de passe.\n"
            "5. Vérifiez que le voyant du relais est fixe et que le thermostat répond dans l'application.\n"
            "6. Si le relais ne trouve pas le réseau, rapprochez la box ou ajoutez un répéteur Wi-Fi."
        ),
        "product": "Netatmo thermostat",
        "category": "configuration",
        "tags": "netatmo,wi-fi,relais,appairage",
    },
    {
        "key": "thermostat-wifi-pairing",
        "language": "en",
        "title": "Reconnecting the thermostat to Wi-Fi after a new router",
        "problem": (
            "Since you changed your internet router or Wi-Fi password, the app says the thermostat is offline. The "
            "heating still follows the last schedule, but you cannot control it remotely. It is the relay, next to the "
            "boiler, that connects to Wi-Fi."
        ),
        "solution": (
            "1. Open the Netatmo app and sign in with your usual account.\n"
            "2. In the home settings, choose to change the relay's Wi-Fi network.\n"
            "3. Stand near the relay with Bluetooth enabled on your phone and follow the wizard.\n"
            "4. Pick the new 2.4 GHz network and enter the password.\n"
            "5. Check that the relay light is steady and that the thermostat responds in the app.\n"
            "6. If the relay cannot find the network, move the router closer or add a Wi-Fi extender."
        ),
        "product": "Netatmo thermostat",
        "category": "configuration",
        "tags": "netatmo,wi-fi,relay,pairing",
    },
    {
        "key": "evohome-zone-offline",
        "language": "fr",
        "title": "evohome : une tête de radiateur ne communique plus",
        "problem": (
            "L'écran evohome signale une perte de communication avec une zone, et le radiateur concerné ne suit plus "
            "le planning. Sur la tête HR92, un symbole d'antenne barrée ou de pile apparaît. Des piles usées ou une "
            "tête hors de portée radio sont les causes habituelles."
        ),
        "solution": (
            "1. Remplacez les deux piles AA de la tête concernée, même si elles ne semblent pas vides.\n"
            "2. Patientez quelques minutes : la tête se recalibre et tente de rejoindre le contrôleur.\n"
            "3. Vérifiez sur l'écran evohome si le message de défaut a disparu.\n"
            "4. Sinon, rapprochez temporairement le contrôleur de la pièce pour tester la portée.\n"
            "5. En dernier recours, la tête doit être réassociée à sa zone dans les réglages installateur ; nous "
            "pouvons vous guider par téléphone.\n"
            "6. Si plusieurs zones décrochent en même temps, signalez-le-nous : un relais radio peut être nécessaire."
        ),
        "product": "Honeywell evohome",
        "category": "configuration",
        "tags": "evohome,honeywell,hr92,piles",
    },
    {
        "key": "evohome-zone-offline",
        "language": "en",
        "title": "evohome: a radiator controller has lost contact",
        "problem": (
            "The evohome screen reports lost communication with a zone, and that radiator no longer follows the "
            "schedule. On the HR92 head a crossed-out aerial or a battery symbol appears. Worn batteries or a head out "
            "of radio range are the usual causes."
        ),
        "solution": (
            "1. Replace the two AA batteries in the affected head, even if they do not look flat.\n"
            "2. Wait a few minutes: the head recalibrates and tries to rejoin the controller.\n"
            "3. Check on the evohome screen whether the fault message has cleared.\n"
            "4. If not, bring the controller closer to the room for a moment to test the range.\n"
            "5. As a last resort the head must be re-bound to its zone in the installer settings; we can talk you "
            "through it by phone.\n"
            "6. If several zones drop out at once, let us know: a radio repeater may be needed."
        ),
        "product": "Honeywell evohome",
        "category": "configuration",
        "tags": "evohome,honeywell,hr92,batteries",
    },
    {
        "key": "underfloor-loop-cold",
        "language": "fr",
        "title": "Chauffage par le sol : une pièce reste froide",
        "problem": (
            "Dans une pièce, le sol reste froid alors que les autres zones chauffent et que le thermostat de la pièce "
            "demande de la chaleur. La boucle concernée est fermée par une tête électrothermique bloquée, un "
            "débitmètre mal réglé ou de l'air dans le collecteur."
        ),
        "solution": (
            "1. Repérez au collecteur la boucle de la pièce : les départs sont en principe étiquetés.\n"
            "2. Vérifiez que son débitmètre indique un débit, en général entre 1 et 3 litres par minute.\n"
            "3. Quand le thermostat demande de la chaleur, la tête électrothermique doit s'ouvrir en 3 à 5 minutes.\n"
            "4. Si elle reste fermée, retirez-la : si la boucle chauffe ensuite, la tête ou le thermostat est en "
            "cause.\n"
            "5. Purgez le collecteur par le purgeur en haut de la barre de départ, puis contrôlez la pression.\n"
            "6. Si la boucle ne chauffe toujours pas, contactez-nous pour remplacer la tête ou la vanne."
        ),
        "product": "Henco underfloor heating",
        "category": "breakdown",
        "tags": "plancher,collecteur,boucle,débitmètre",
    },
    {
        "key": "underfloor-loop-cold",
        "language": "en",
        "title": "Underfloor heating: one room stays cold",
        "problem": (
            "In one room the floor stays cold while the other zones heat and the room thermostat is calling for heat. "
            "The loop is held shut by a stuck actuator, a badly set flow meter or air in the manifold."
        ),
        "solution": (
            "1. Find the room's loop on the manifold: the outlets are normally labelled.\n"
            "2. Check that its flow meter shows flow, usually between 1 and 3 litres per minute.\n"
            "3. When the thermostat calls for heat, the actuator should open within 3 to 5 minutes.\n"
            "4. If it stays shut, remove it: if the loop then heats, the actuator or thermostat is at fault.\n"
            "5. Bleed the manifold through the vent at the top of the flow bar, then check the pressure.\n"
            "6. If the loop still does not heat, contact us to replace the actuator or the valve."
        ),
        "product": "Henco underfloor heating",
        "category": "breakdown",
        "tags": "underfloor,manifold,loop,flowmeter",
    },
    {
        "key": "underfloor-slow-response",
        "language": "fr",
        "title": "Chauffage par le sol : pourquoi il réagit lentement",
        "problem": (
            "Vous montez le thermostat le matin et la pièce ne se réchauffe qu'en fin de journée. C'est le "
            "fonctionnement normal d'un chauffage par le sol : la chape stocke la chaleur et la restitue lentement. "
            "Les programmes avec de gros abaissements ne lui conviennent pas."
        ),
        "solution": (
            "1. Gardez une consigne stable, par exemple 20 °C le jour et 19 °C la nuit.\n"
            "2. Pour une absence de quelques jours, baissez de 2 ou 3 °C au lieu de couper le chauffage.\n"
            "3. Anticipez : un changement de consigne met 6 à 12 heures à se faire sentir.\n"
            "4. Évitez les tapis épais et les meubles sans pieds sur de grandes surfaces : ils freinent la diffusion "
            "de la chaleur.\n"
            "5. Si une pièce n'atteint jamais sa consigne, contactez-nous pour revoir l'équilibrage des boucles."
        ),
        "product": "Henco underfloor heating",
        "category": "information",
        "tags": "plancher,inertie,programmation,confort",
    },
    {
        "key": "underfloor-slow-response",
        "language": "en",
        "title": "Underfloor heating: why it reacts slowly",
        "problem": (
            "You turn the thermostat up in the morning and the room only warms up by the evening. That is how "
            "underfloor heating works: the screed stores heat and releases it slowly. Schedules with deep setbacks do "
            "not suit it."
        ),
        "solution": (
            "1. Keep a steady setpoint, for example 20 °C by day and 19 °C at night.\n"
            "2. If you are away for a few days, lower it by 2 or 3 °C rather than switching it off.\n"
            "3. Plan ahead: a setpoint change takes 6 to 12 hours to be felt.\n"
            "4. Avoid thick rugs and furniture without legs over large areas: they hold the heat back.\n"
            "5. If a room never reaches its setpoint, contact us to rebalance the loops."
        ),
        "product": "Henco underfloor heating",
        "category": "information",
        "tags": "underfloor,inertia,schedule,comfort",
    },
    {
        "key": "ventilation-filter-replacement",
        "language": "fr",
        "title": "Ventilation double flux : remplacer les filtres",
        "problem": (
            "L'écran de la ventilation ou l'application affiche un message de remplacement des filtres. Des filtres "
            "encrassés réduisent le débit d'air, augmentent la consommation et rendent l'appareil bruyant. Ils se "
            "changent en général tous les six mois."
        ),
        "solution": (
            "1. Passez l'appareil en position absence avant d'ouvrir les trappes à filtres.\n"
            "2. Retirez les deux filtres, air neuf et air extrait, en notant leur sens de montage.\n"
            "3. Placez des filtres neufs du bon type : ePM1 côté air neuf et filtre grossier côté air extrait, sauf "
            "indication contraire.\n"
            "4. Refermez les trappes et remettez le compteur de filtres à zéro sur l'écran ou dans l'application.\n"
            "5. Profitez-en pour nettoyer les bouches de la cuisine et de la salle de bain à l'eau savonneuse.\n"
            "6. Nous pouvons vous envoyer un jeu de filtres ou les remplacer lors de l'entretien annuel."
        ),
        "product": "Zehnder ComfoAir Q350",
        "category": "maintenance",
        "tags": "ventilation,filtres,zehnder,entretien",
    },
    {
        "key": "ventilation-filter-replacement",
        "language": "en",
        "title": "Balanced ventilation: replacing the filters",
        "problem": (
            "The ventilation unit's display or app shows a filter replacement message. Clogged filters cut airflow, "
            "raise power consumption and make the unit noisy. They usually need changing every six months."
        ),
        "solution": (
            "1. Set the unit to away mode before opening the filter covers.\n"
            "2. Remove both filters, supply and extract, noting which way round they fit.\n"
            "3. Fit new filters of the right type: ePM1 on the supply side and a coarse filter on the extract side "
            "unless stated otherwise.\n"
            "4. Close the covers and reset the filter counter on the display or in the app.\n"
            "5. While you are at it, wash the kitchen and bathroom valves in soapy water.\n"
            "6. We can post you a set of filters or replace them at the annual service."
        ),
        "product": "Zehnder ComfoAir Q350",
        "category": "maintenance",
        "tags": "ventilation,filters,zehnder,mvhr",
    },
    {
        "key": "ventilation-bathroom-humidity",
        "language": "fr",
        "title": "Ventilation Healthbox : salle de bain humide",
        "problem": (
            "Le miroir et les murs de la salle de bain restent embués longtemps après la douche. La ventilation ne "
            "semble pas accélérer, ou la Healthbox apparaît hors ligne dans l'application. Les grilles d'aération des "
            "châssis sont parfois fermées et l'air neuf ne peut pas entrer."
        ),
        "solution": (
            "1. Ouvrez les grilles d'aération des châssis dans les pièces sèches : sans arrivée d'air, l'extraction "
            "est inefficace.\n"
            "2. Dans l'application, vérifiez que la Healthbox est en ligne et que la salle de bain est bien "
            "configurée.\n"
            "3. Lancez un boost de 30 minutes après la douche pour tester la réaction de l'appareil.\n"
            "4. Démontez et nettoyez la bouche d'extraction de la salle de bain à l'eau savonneuse, puis séchez-la "
            "bien.\n"
            "5. Laissez un espace d'environ 1 cm sous la porte de la salle de bain pour le passage de l'air.\n"
            "6. Si l'humidité affichée ne bouge pas pendant une douche, le capteur doit être contrôlé."
        ),
        "product": "Renson Healthbox 3.0",
        "category": "configuration",
        "tags": "ventilation,healthbox,humidité,renson",
    },
    {
        "key": "ventilation-bathroom-humidity",
        "language": "en",
        "title": "Healthbox ventilation: damp bathroom",
        "problem": (
            "The bathroom mirror and walls stay misted long after a shower. The ventilation does not seem to speed up, "
            "or the Healthbox shows as offline in the app. The window trickle vents are sometimes closed, so no fresh "
            "air can come in."
        ),
        "solution": (
            "1. Open the window trickle vents in the living rooms and bedrooms: without incoming air, extraction does "
            "not work.\n"
            "2. In the app, check that the Healthbox is online and that the bathroom is set up correctly.\n"
            "3. Start a 30-minute boost after a shower to see how the unit responds.\n"
            "4. Remove the bathroom extract valve, wash it in soapy water and let it dry well.\n"
            "5. Leave a gap of about 1 cm under the bathroom door so air can pass.\n"
            "6. If the humidity shown does not change during a shower, the sensor needs checking."
        ),
        "product": "Renson Healthbox 3.0",
        "category": "configuration",
        "tags": "ventilation,healthbox,humidity,renson",
    },
    {
        "key": "installation-technical-visit",
        "language": "fr",
        "title": "Visite technique avant un devis de chauffage",
        "problem": (
            "Vous envisagez de remplacer votre chaudière ou d'installer une pompe à chaleur et vous voulez savoir "
            "comment se passe la visite préalable au devis. Le technicien doit voir l'installation existante, "
            "l'évacuation des fumées et les radiateurs pour bien dimensionner le nouvel appareil."
        ),
        "solution": (
            "1. Rassemblez vos factures de gaz, de mazout ou d'électricité des deux dernières années.\n"
            "2. Préparez votre certificat PEB ou votre audit logement s'il existe : il aide à calculer la puissance "
            "nécessaire.\n"
            "3. Prévoyez environ une heure : le technicien voit la chaufferie, les pièces chauffées et l'emplacement "
            "d'une unité extérieure.\n"
            "4. Signalez les travaux d'isolation récents ou prévus (toiture, châssis) : ils réduisent la puissance "
            "utile.\n"
            "5. Le devis vous parvient par e-mail sous dix jours ouvrables, avec les options et les primes possibles.\n"
            "6. Posez toutes vos questions : le devis peut être adapté avant signature."
        ),
        "product": "",
        "category": "installation",
        "tags": "devis,visite,installation,dimensionnement",
    },
    {
        "key": "installation-technical-visit",
        "language": "en",
        "title": "Technical visit before a heating quote",
        "problem": (
            "You are thinking of replacing your boiler or installing a heat pump and want to know how the visit before "
            "the quote works. The technician needs to see the existing system, the flue and the radiators to size the "
            "new appliance correctly."
        ),
        "solution": (
            "1. Gather your gas, heating oil or electricity bills for the last two years.\n"
            "2. Have your EPC certificate or home energy audit ready if you have one: it helps us work out the output "
            "needed.\n"
            "3. Allow about an hour: the technician looks at the boiler room, the heated rooms and where an outdoor "
            "unit could go.\n"
            "4. Mention recent or planned insulation work (roof, windows): it lowers the output required.\n"
            "5. The quote reaches you by e-mail within ten working days, with options and possible grants.\n"
            "6. Ask all your questions: the quote can be adjusted before you sign."
        ),
        "product": "",
        "category": "installation",
        "tags": "quote,visit,installation,sizing",
    },
    {
        "key": "installation-day-preparation",
        "language": "fr",
        "title": "Préparer le jour de l'installation",
        "problem": (
            "Votre installation est planifiée et vous vous demandez comment vous organiser. Le remplacement d'une "
            "chaudière prend en général une à deux journées, une pompe à chaleur deux à quatre. Le chauffage et l'eau "
            "chaude sont coupés pendant une partie des travaux."
        ),
        "solution": (
            "1. Dégagez l'accès à la chaufferie, au compteur et à l'emplacement de l'unité extérieure.\n"
            "2. Prévoyez une place pour la camionnette le plus près possible de l'entrée.\n"
            "3. Mettez à l'abri les objets fragiles sur le passage ; nous protégeons les sols avec des bâches.\n"
            "4. Une personne majeure doit être présente à l'arrivée de l'équipe et à la mise en service.\n"
            "5. En fin de chantier, le technicien vous explique le fonctionnement, les réglages et la pression à "
            "surveiller.\n"
            "6. Les anciens appareils sont repris et évacués vers une filière de recyclage."
        ),
        "product": "",
        "category": "installation",
        "tags": "installation,chantier,planning,préparation",
    },
    {
        "key": "installation-day-preparation",
        "language": "en",
        "title": "Getting ready for installation day",
        "problem": (
            "Your installation is booked and you wonder how to prepare. Replacing a boiler usually takes one to two "
            "days, a heat pump two to four. Heating and hot water are off for part of the work."
        ),
        "solution": (
            "1. Clear access to the boiler room, the meter and the spot for the outdoor unit.\n"
            "2. Keep a parking space for the van as close to the entrance as possible.\n"
            "3. Move fragile items out of the way; we cover the floors with dust sheets.\n"
            "4. An adult must be at home when the team arrives and for commissioning.\n"
            "5. At the end, the technician explains how everything works, the settings and the pressure to keep an eye "
            "on.\n"
            "6. The old appliances are taken away for recycling."
        ),
        "product": "",
        "category": "installation",
        "tags": "installation,site,schedule,commissioning",
    },
    {
        "key": "solar-inspection-paperwork",
        "language": "fr",
        "title": "Démarches après la pose de panneaux solaires",
        "problem": (
            "Vos panneaux sont posés et vous voulez savoir ce qu'il reste à faire. L'installation doit être contrôlée "
            "par un organisme agréé (contrôle RGIE) puis déclarée au gestionnaire de réseau. Sans ces étapes, elle "
            "n'est pas en ordre, notamment vis-à-vis de votre assureur."
        ),
        "solution": (
            "1. Nous établissons le schéma unifilaire et le plan de position, puis planifions le contrôle RGIE.\n"
            "2. Le jour du contrôle, l'organisme agréé vérifie l'installation et délivre un procès-verbal.\n"
            "3. Avec le procès-verbal conforme, nous déclarons l'installation auprès d'ORES.\n"
            "4. Si vous avez encore un ancien compteur, ORES le remplace par un compteur communicant.\n"
            "5. Prévenez votre assureur habitation de la présence des panneaux.\n"
            "6. Conservez le dossier complet (procès-verbal, schémas, fiches techniques) avec les documents de la "
            "maison."
        ),
        "product": "",
        "category": "installation",
        "tags": "photovoltaïque,rgie,ores,contrôle",
    },
    {
        "key": "solar-inspection-paperwork",
        "language": "en",
        "title": "Paperwork after solar panels are installed",
        "problem": (
            "Your panels are up and you want to know what is left to do. The installation must be inspected by an "
            "approved body (RGIE inspection) and then registered with the grid operator. Until then it is not in "
            "order, not least for your home insurer."
        ),
        "solution": (
            "1. We draw up the single-line diagram and layout plan, then book the RGIE inspection.\n"
            "2. On the day, the approved body checks the installation and issues a report.\n"
            "3. With a compliant report, we register the installation with ORES.\n"
            "4. If you still have an old meter, ORES replaces it with a smart meter.\n"
            "5. Tell your home insurer that panels have been installed.\n"
            "6. Keep the complete file (report, diagrams, technical sheets) with the house documents."
        ),
        "product": "",
        "category": "installation",
        "tags": "solar,rgie,ores,inspection",
    },
    {
        "key": "solar-self-consumption",
        "language": "fr",
        "title": "Consommer davantage sa propre production solaire",
        "problem": (
            "Avec le compteur communicant, l'électricité que vous injectez sur le réseau vous rapporte bien moins que "
            "celle que vous achetez. Vous avez donc intérêt à consommer votre production au moment où elle est "
            "disponible, et vous cherchez comment y arriver."
        ),
        "solution": (
            "1. Repérez dans l'application de suivi les heures où vos panneaux produisent le plus.\n"
            "2. Programmez lave-linge, lave-vaisselle et sèche-linge entre 11 h et 16 h les jours ensoleillés.\n"
            "3. Chauffez l'eau sanitaire en journée : un boiler électrique ou thermodynamique peut suivre le surplus.\n"
            "4. Si vous avez une voiture électrique, utilisez le mode solaire de la borne.\n"
            "5. Une batterie ne vaut la peine que si vous injectez encore beaucoup après ces adaptations ; nous "
            "pouvons faire une simulation.\n"
            "6. Suivez votre taux d'autoconsommation chaque mois pour mesurer l'effet des changements."
        ),
        "product": "",
        "category": "information",
        "tags": "autoconsommation,compteur,injection,photovoltaïque",
    },
    {
        "key": "solar-self-consumption",
        "language": "en",
        "title": "Using more of your own solar power",
        "problem": (
            "With the smart meter, electricity you export earns much less than what you buy from the grid. It "
            "therefore pays to use your output while it is being produced, and you are looking for ways to do that."
        ),
        "solution": (
            "1. Find the hours when your panels produce the most in the monitoring app.\n"
            "2. Run the washing machine, dishwasher and dryer between 11 am and 4 pm on sunny days.\n"
            "3. Heat domestic water during the day: an electric or heat pump water heater can follow the surplus.\n"
            "4. If you have an electric car, use the charger's solar mode.\n"
            "5. A battery is only worthwhile if you still export a lot after these changes; we can run a simulation.\n"
            "6. Track your self-consumption rate monthly to see the effect of the changes."
        ),
        "product": "",
        "category": "information",
        "tags": "self-consumption,meter,export,solar",
    },
    {
        "key": "boiler-short-cycling",
        "language": "fr",
        "title": "La chaudière s'allume et s'éteint sans arrêt",
        "problem": (
            "La chaudière démarre, tourne quelques minutes puis s'arrête, des dizaines de fois par heure. Ces cycles "
            "courts usent le brûleur et augmentent la consommation. Ils sont fréquents en mi-saison ou quand la "
            "plupart des vannes thermostatiques sont fermées."
        ),
        "solution": (
            "1. Ouvrez complètement les vannes thermostatiques de la pièce où se trouve le thermostat d'ambiance.\n"
            "2. Vérifiez que la température de départ n'est pas trop élevée : en mi-saison, 50 à 60 °C suffisent "
            "souvent.\n"
            "3. Avec un thermostat tout ou rien, envisagez un thermostat modulant compatible avec votre chaudière.\n"
            "4. Relevez sur une journée le nombre de démarrages indiqué dans le menu d'information.\n"
            "5. Si le problème persiste, nous réduisons la puissance maximale de chauffage et réglons l'anti-cycle "
            "court lors d'une visite."
        ),
        "product": "",
        "category": "configuration",
        "tags": "chaudière,cycles,modulation,réglage",
    },
    {
        "key": "boiler-short-cycling",
        "language": "en",
        "title": "Boiler keeps switching on and off",
        "problem": (
            "The boiler starts, runs for a few minutes and stops, dozens of times an hour. Short cycling wears the "
            "burner and raises consumption. It is common in mild weather or when most thermostatic valves are closed."
        ),
        "solution": (
            "1. Fully open the thermostatic valves in the room where the room thermostat is.\n"
            "2. Check that the flow temperature is not too high: in mild weather 50-60 °C is often enough.\n"
            "3. With an on/off thermostat, consider a modulating thermostat compatible with your boiler.\n"
            "4. Over one day, note the number of starts shown in the information menu.\n"
            "5. If it continues, we reduce the maximum heating output and set the anti-cycling delay on a visit."
        ),
        "product": "",
        "category": "configuration",
        "tags": "boiler,cycling,modulation,settings",
    },
    {
        "key": "out-of-hours-service",
        "language": "fr",
        "title": "Dépannage le soir, le week-end et les jours fériés",
        "problem": (
            "Votre chauffage tombe en panne un samedi ou un soir d'hiver et vous vous demandez si un technicien peut "
            "passer. Un service de garde est assuré pendant la saison de chauffe pour les clients sous contrat "
            "d'entretien, avec un supplément en dehors des heures de bureau."
        ),
        "solution": (
            "1. Vérifiez d'abord les points simples : pression, disjoncteur, robinet de gaz, thermostat et piles.\n"
            "2. Consultez l'article correspondant au code affiché : bien des pannes se règlent par un réarmement.\n"
            "3. Appelez le numéro de garde indiqué sur votre contrat et laissez votre nom, votre adresse et le code "
            "d'erreur.\n"
            "4. Le technicien de garde vous rappelle pour évaluer l'urgence (plus de chauffage du tout, personne "
            "fragile, fuite).\n"
            "5. Un supplément de garde s'applique le soir, le week-end et les jours fériés, selon le tarif en "
            "vigueur.\n"
            "6. En cas d'odeur de gaz, n'attendez pas notre rappel : appelez immédiatement le 0800 19 400."
        ),
        "product": "",
        "category": "information",
        "tags": "dépannage,garde,week-end,urgence",
    },
    {
        "key": "out-of-hours-service",
        "language": "en",
        "title": "Call-outs in the evening, at weekends and on public holidays",
        "problem": (
            "Your heating breaks down on a Saturday or a winter evening and you wonder whether a technician can come. "
            "An on-call service runs during the heating season for customers with a maintenance contract, with a "
            "surcharge outside office hours."
        ),
        "solution": (
            "1. Check the simple things first: pressure, circuit breaker, gas tap, thermostat and batteries.\n"
            "2. Look up the article for the code on the display: many faults clear with a reset.\n"
            "3. Call the on-call number on your contract and leave your name, address and the error code.\n"
            "4. The on-call technician calls back to judge the urgency (no heating at all, vulnerable person, leak).\n"
            "5. An on-call surcharge applies in the evening, at weekends and on public holidays, at the current rate.\n"
            "6. If you smell gas, do not wait for our call: ring 0800 19 400 straight away."
        ),
        "product": "",
        "category": "information",
        "tags": "call-out,on-call,weekend,emergency",
    },
    {
        "key": "moving-house",
        "language": "fr",
        "title": "Déménagement : contrat d'entretien, garanties et suivi",
        "problem": (
            "Vous vendez votre maison ou déménagez et vous vous demandez ce que deviennent le contrat d'entretien, les "
            "garanties et le suivi en ligne des appareils. Les garanties suivent l'appareil ; le contrat d'entretien, "
            "lui, est lié au client."
        ),
        "solution": (
            "1. Communiquez-nous la date de l'acte ou de la remise des clés.\n"
            "2. Le contrat peut être repris par les nouveaux occupants ou résilié à la date du déménagement.\n"
            "3. Remettez à l'acquéreur le dossier de l'installation : factures, attestations d'entretien, "
            "procès-verbal RGIE et manuels.\n"
            "4. Le compte de suivi des panneaux ou de la pompe à chaleur doit être transféré : nous pouvons nous en "
            "charger.\n"
            "5. Si vous restez dans la région, nous reprenons volontiers l'entretien dans votre nouveau logement."
        ),
        "product": "",
        "category": "other",
        "tags": "déménagement,contrat,transfert,garantie",
    },
    {
        "key": "moving-house",
        "language": "en",
        "title": "Moving house: maintenance contract, warranties and monitoring",
        "problem": (
            "You are selling your home or moving and wonder what happens to the maintenance contract, the warranties "
            "and the online monitoring of your appliances. Warranties stay with the appliance; the maintenance "
            "contract is tied to the customer."
        ),
        "solution": (
            "1. Let us know the date of the deed or the key handover.\n"
            "2. The contract can be taken over by the new occupants or ended on the moving date.\n"
            "3. Give the buyer the installation file: invoices, service certificates, RGIE report and manuals.\n"
            "4. The monitoring account for the panels or heat pump must be transferred: we can take care of it.\n"
            "5. If you stay in the area, we will gladly take over servicing at your new home."
        ),
        "product": "",
        "category": "other",
        "tags": "moving,contract,transfer,warranty",
    },
)

#: Ticket templates: ``article`` is an article ``key`` or "" when the ticket has no article.
TICKET_TEMPLATES: tuple[dict[str, str], ...] = (
    {
        "article": "boiler-low-pressure",
        "category": "breakdown",
        "product": "Vaillant ecoTEC plus",
        "subject_fr": "Chaudière en panne, code F.22",
        "subject_en": "Boiler stopped with code F.22",
        "description_fr": (
            "Bonjour, ce matin plus de chauffage ni d'eau chaude : la chaudière affiche F.22 et l'aiguille du "
            "manomètre est presque à zéro. J'ai purgé les radiateurs de l'étage dimanche."
        ),
        "description_en": (
            "Hello, no heating or hot water since this morning: the boiler shows F.22 and the pressure gauge is almost "
            "at zero. I bled the upstairs radiators on Sunday."
        ),
        "resolution_fr": (
            "Client guidé par téléphone pour remettre la pression à 1,4 bar ; la chaudière est repartie après "
            "réarmement."
        ),
        "resolution_en": (
            "Talked the customer through refilling to 1.4 bar by phone; the boiler restarted after a reset."
        ),
    },
    {
        "article": "boiler-low-pressure",
        "category": "breakdown",
        "product": "Vaillant ecoTEC plus",
        "subject_fr": "La pression baisse chaque semaine",
        "subject_en": "Pressure keeps dropping every week",
        "description_fr": (
            "Je dois remettre de l'eau dans la chaudière tous les quatre ou cinq jours, sinon elle redescend sous "
            "1 bar. Je ne vois pourtant aucune fuite dans la maison."
        ),
        "description_en": (
            "I have to top up the boiler every four or five days or it falls below 1 bar. I can't see a leak anywhere "
            "in the house."
        ),
        "resolution_fr": (
            "Vase d'expansion regonflé à 1 bar (il était à 0,2 bar) et soupape de sécurité remplacée ; pression stable "
            "depuis."
        ),
        "resolution_en": (
            "Expansion vessel recharged to 1 bar (it was down to 0.2 bar) and safety valve replaced; pressure stable "
            "since."
        ),
    },
    {
        "article": "vaillant-f28-ignition",
        "category": "breakdown",
        "product": "Vaillant ecoTEC plus",
        "subject_fr": "F.28 depuis le remplacement du compteur de gaz",
        "subject_en": "F.28 since the gas meter was replaced",
        "description_fr": (
            "ORES est venu changer le compteur de gaz hier et depuis, la chaudière affiche F.28. J'ai déjà appuyé deux "
            "fois sur reset, sans succès."
        ),
        "description_en": (
            "ORES replaced the gas meter yesterday and since then the boiler shows F.28. I've pressed reset twice "
            "already, no luck."
        ),
        "resolution_fr": (
            "Air dans la conduite après le changement de compteur : conduite purgée, pression de gaz contrôlée et "
            "chaudière remise en service."
        ),
        "resolution_en": (
            "Air in the gas line after the meter swap: purged the line, checked the gas pressure and put the boiler "
            "back into service."
        ),
    },
    {
        "article": "vaillant-f28-ignition",
        "category": "breakdown",
        "product": "Vaillant ecoTEC plus",
        "subject_fr": "Chaudière bloquée presque tous les matins",
        "subject_en": "Boiler locks out most mornings",
        "description_fr": (
            "Depuis une dizaine de jours, la chaudière se met en F.28 au réveil. Je la réarme et elle repart, mais "
            "c'est pénible avec les enfants qui se douchent avant l'école."
        ),
        "description_en": (
            "For about ten days the boiler has gone into F.28 first thing in the morning. I reset it and it runs "
            "again, but it's a pain with the kids showering before school."
        ),
        "resolution_fr": (
            "Électrode d'allumage usée et mal positionnée, remplacée avec son joint ; combustion contrôlée."
        ),
        "resolution_en": "Worn, misaligned ignition electrode replaced together with its gasket; combustion checked.",
    },
    {
        "article": "viessmann-f4-no-flame",
        "category": "breakdown",
        "product": "Viessmann Vitodens 200-W",
        "subject_fr": "Défaut F4 sur la Viessmann",
        "subject_en": "F4 fault on the Viessmann boiler",
        "description_fr": (
            "L'écran de ma Vitodens affiche F4 avec un triangle. On entend le ventilateur démarrer, puis plus rien. "
            "Elle a pourtant été entretenue en mars."
        ),
        "description_en": (
            "My Vitodens shows F4 with a warning triangle. You hear the fan start, then nothing. It was serviced in "
            "March."
        ),
        "resolution_fr": (
            "Électrode d'ionisation encrassée et déformée remplacée ; signal de flamme de nouveau correct."
        ),
        "resolution_en": "Fouled, bent ionisation electrode replaced; flame signal back to normal.",
    },
    {
        "article": "condensate-pipe-frozen",
        "category": "breakdown",
        "product": "Buderus Logamax plus GB172",
        "subject_fr": "Chaudière arrêtée avec le gel, bruit de bulles",
        "subject_en": "Boiler stopped in the frost, bubbling noise",
        "description_fr": (
            "Il a fait -8 cette nuit et la chaudière s'est arrêtée vers 6 h. On entend comme des bulles dans le tuyau "
            "blanc qui sort vers le jardin."
        ),
        "description_en": (
            "It dropped to minus eight last night and the boiler stopped around 6 am. There's a bubbling sound in the "
            "white pipe that goes out to the garden."
        ),
        "resolution_fr": (
            "Tuyau de condensats dégelé avec le client par téléphone ; passage prévu pour isoler la partie extérieure "
            "et l'agrandir."
        ),
        "resolution_en": (
            "Thawed the condensate pipe with the customer over the phone; visit booked to insulate and upsize the "
            "outdoor section."
        ),
    },
    {
        "article": "vaillant-f75-pump",
        "category": "breakdown",
        "product": "Vaillant ecoTEC plus",
        "subject_fr": "F.75 après avoir rajouté de l'eau",
        "subject_en": "F.75 after topping up the system",
        "description_fr": (
            "J'ai rajouté de l'eau parce que la pression était basse, et maintenant la chaudière affiche F.75. La "
            "pompe fait un bruit de crécelle."
        ),
        "description_en": (
            "I added water because the pressure was low and now the boiler shows F.75. The pump is making a rattling "
            "noise."
        ),
        "resolution_fr": (
            "Air dans la pompe : pompe et radiateurs de l'étage purgés, pression réglée à 1,5 bar, plus de défaut."
        ),
        "resolution_en": (
            "Air trapped in the pump: bled the pump and the upstairs radiators, set the pressure to 1.5 bar, fault "
            "cleared."
        ),
    },
    {
        "article": "buderus-6a-no-flame",
        "category": "breakdown",
        "product": "Buderus Logamax plus GB172",
        "subject_fr": "Code 6A qui revient sur la Buderus",
        "subject_en": "6A code keeps coming back on the Buderus",
        "description_fr": (
            "Bonjour, la chaudière clignote 6A depuis ce matin. J'ai fait reset comme dans le manuel ; elle tourne une "
            "heure puis recommence."
        ),
        "description_en": (
            "Hello, the boiler has been flashing 6A since this morning. I did a reset as the manual says; it runs for "
            "an hour and then does it again."
        ),
        "resolution_fr": (
            "Terminal de ventouse à moitié obstrué par un nid d'oiseau : nettoyé, réglage du CO2 contrôlé."
        ),
        "resolution_en": "Flue terminal half blocked by a bird's nest: cleared it and checked the CO2 setting.",
    },
    {
        "article": "oil-boiler-lockout",
        "category": "breakdown",
        "product": "Buderus Logano plus KB195i",
        "subject_fr": "Brûleur mazout en sécurité après la livraison",
        "subject_en": "Oil burner locked out after a delivery",
        "description_fr": (
            "Le voyant rouge du brûleur est allumé et la maison refroidit. Nous avons été livrés en mazout vendredi, "
            "la cuve était presque vide avant."
        ),
        "description_en": (
            "The red light on the burner is on and the house is getting cold. We had a heating oil delivery on Friday; "
            "the tank was nearly empty before that."
        ),
        "resolution_fr": (
            "Filtre colmaté par les boues du fond de cuve : filtre et gicleur remplacés, brûleur relancé et combustion "
            "réglée."
        ),
        "resolution_en": (
            "Filter clogged with sludge from the bottom of the tank: replaced the filter and nozzle, restarted the "
            "burner and adjusted combustion."
        ),
    },
    {
        "article": "gas-smell",
        "category": "breakdown",
        "product": "",
        "subject_fr": "Odeur de gaz dans la buanderie",
        "subject_en": "Smell of gas in the utility room",
        "description_fr": (
            "Ma femme sent une odeur de gaz près de la chaudière depuis hier soir. C'est léger, mais cela m'inquiète. "
            "Que devons-nous faire ?"
        ),
        "description_en": (
            "My wife has noticed a faint smell of gas near the boiler since last night. It isn't strong but I'm "
            "worried. What should we do?"
        ),
        "resolution_fr": (
            "Consignes de sécurité données et client orienté vers le 0800 19 400 ; ORES a resserré un raccord au "
            "compteur et la chaudière a été contrôlée le lendemain."
        ),
        "resolution_en": (
            "Gave the safety instructions and referred the customer to 0800 19 400; ORES tightened a fitting at the "
            "meter and we checked the boiler the next day."
        ),
    },
    {
        "article": "radiator-cold-top",
        "category": "breakdown",
        "product": "Radson Integra radiator",
        "subject_fr": "Radiateurs des chambres froids en haut",
        "subject_en": "Bedroom radiators cold at the top",
        "description_fr": (
            "Dans les chambres, les radiateurs sont chauds en bas mais froids sur le dessus, et on entend l'eau "
            "couler. Je n'ai pas de clé de purge."
        ),
        "description_en": (
            "In the bedrooms the radiators are warm at the bottom but cold at the top, and we can hear water "
            "trickling. I don't have a bleed key."
        ),
        "resolution_fr": (
            "Purge expliquée par téléphone et clé envoyée par la poste ; le client a remis la pression à 1,3 bar."
        ),
        "resolution_en": (
            "Explained bleeding over the phone and posted a key; the customer brought the pressure back to 1.3 bar."
        ),
    },
    {
        "article": "radiator-cold-top",
        "category": "breakdown",
        "product": "Viessmann Vitodens 200-W",
        "subject_fr": "Glouglous depuis la nouvelle chaudière",
        "subject_en": "Gurgling radiators since the new boiler",
        "description_fr": (
            "Depuis que vous avez installé la nouvelle chaudière la semaine passée, le radiateur du salon fait des "
            "glouglous le soir. Est-ce normal ?"
        ),
        "description_en": (
            "Since you fitted the new boiler last week, the living-room radiator gurgles in the evening. Is that "
            "normal?"
        ),
        "resolution_fr": (
            "Air résiduel après le remplissage : tout le circuit a été purgé et le séparateur d'air contrôlé."
        ),
        "resolution_en": "Leftover air after filling: bled the whole circuit and checked the air separator.",
    },
    {
        "article": "radiator-valve-stuck",
        "category": "breakdown",
        "product": "Radson Integra radiator",
        "subject_fr": "Le radiateur de la salle de bain ne chauffe plus",
        "subject_en": "Bathroom radiator not heating",
        "description_fr": (
            "Tous les radiateurs fonctionnent sauf celui de la salle de bain, qui reste complètement froid. J'ai "
            "essayé de le purger, rien ne sort."
        ),
        "description_en": (
            "Every radiator works except the bathroom one, which stays stone cold. I tried bleeding it but nothing "
            "comes out."
        ),
        "resolution_fr": (
            "Tige de vanne thermostatique bloquée depuis l'été, débloquée et tête remontée ; conseil de laisser les "
            "têtes ouvertes hors saison."
        ),
        "resolution_en": (
            "Thermostatic valve pin stuck since the summer: freed it and refitted the head; advised leaving the heads "
            "fully open off-season."
        ),
    },
    {
        "article": "hot-water-lukewarm",
        "category": "breakdown",
        "product": "Vaillant ecoTEC plus",
        "subject_fr": "Douche tiède le matin",
        "subject_en": "Lukewarm shower in the morning",
        "description_fr": (
            "L'eau de la douche est à peine tiède quand on se douche à deux l'un après l'autre. À l'évier de la "
            "cuisine, elle est pourtant bien chaude."
        ),
        "description_en": (
            "The shower is barely warm when two of us shower one after the other, yet the kitchen tap runs hot."
        ),
        "resolution_fr": (
            "Cartouche du mitigeur thermostatique de la douche entartrée et remplacée ; température de nouveau stable."
        ),
        "resolution_en": "Replaced the scaled cartridge in the thermostatic shower mixer; temperature steady again.",
    },
    {
        "article": "hot-water-lukewarm",
        "category": "breakdown",
        "product": "Buderus Logamax plus GB172",
        "subject_fr": "L'eau chaude l'est de moins en moins",
        "subject_en": "Hot water getting cooler and cooler",
        "description_fr": (
            "Depuis quelques mois, l'eau chaude est de moins en moins chaude. Ici à Gembloux, l'eau est très calcaire."
        ),
        "description_en": (
            "Over the last few months the hot water has been getting cooler. The water here in Gembloux is very hard."
        ),
        "resolution_fr": "Échangeur sanitaire à plaques entartré : détartrage effectué et adoucisseur conseillé.",
        "resolution_en": (
            "Scaled plate heat exchanger on the hot water side: descaled it and recommended a water softener."
        ),
    },
    {
        "article": "heating-safety-valve-leak",
        "category": "breakdown",
        "product": "Viessmann Vitodens 200-W",
        "subject_fr": "Flaque d'eau sous la chaudière",
        "subject_en": "Puddle under the boiler",
        "description_fr": (
            "Il y a une petite flaque sous la chaudière chaque matin, et l'aiguille monte presque à 3 bar quand le "
            "chauffage tourne."
        ),
        "description_en": (
            "There's a small puddle under the boiler every morning, and the gauge climbs to almost 3 bar when the "
            "heating runs."
        ),
        "resolution_fr": (
            "Précharge du vase d'expansion remise à 1 bar et soupape remplacée ; pression à chaud stabilisée à 1,8 bar."
        ),
        "resolution_en": (
            "Recharged the expansion vessel to 1 bar and replaced the safety valve; hot pressure now steady at 1.8 bar."
        ),
    },
    {
        "article": "water-heater-safety-group-drip",
        "category": "breakdown",
        "product": "Atlantic Explorer water heater",
        "subject_fr": "Le chauffe-eau goutte dans le garage",
        "subject_en": "Water heater dripping in the garage",
        "description_fr": (
            "Le petit entonnoir sous le chauffe-eau coule sans arrêt, même la nuit : un seau se remplit en une journée."
        ),
        "description_en": (
            "The little funnel under the water heater drips non-stop, even at night: it fills a bucket in a day."
        ),
        "resolution_fr": (
            "Pression du réseau mesurée à 5,5 bar : réducteur de pression posé et groupe de sécurité remplacé."
        ),
        "resolution_en": "Mains pressure measured at 5.5 bar: fitted a pressure reducer and replaced the safety group.",
    },
    {
        "article": "hp-water-heater-lukewarm",
        "category": "breakdown",
        "product": "Atlantic Explorer water heater",
        "subject_fr": "Chauffe-eau de la cave : eau tiède depuis les gelées",
        "subject_en": "Cellar water heater lukewarm since the frost",
        "description_fr": (
            "Le chauffe-eau thermodynamique est à la cave et depuis les gelées, l'eau n'est plus très chaude. L'écran "
            "affiche une petite clé."
        ),
        "description_en": (
            "The heat pump water heater is in the cellar and since the frost the water isn't very hot. There's a small "
            "spanner icon on the screen."
        ),
        "resolution_fr": (
            "Filtre à air encrassé nettoyé et mode Auto réactivé pour autoriser l'appoint ; l'icône a disparu."
        ),
        "resolution_en": (
            "Cleaned the clogged air filter and switched back to Auto so the backup can run; the icon has gone."
        ),
    },
    {
        "article": "boiler-annual-maintenance",
        "category": "maintenance",
        "product": "Vaillant ecoTEC plus",
        "subject_fr": "Rendez-vous pour l'entretien annuel",
        "subject_en": "Booking the annual service",
        "description_fr": (
            "Bonjour, je voudrais fixer l'entretien de ma chaudière, si possible un mercredi après-midi. Le dernier "
            "date de mai de l'an passé."
        ),
        "description_en": (
            "Hello, I'd like to book my boiler service, ideally on a Wednesday afternoon. The last one was in May last "
            "year."
        ),
        "resolution_fr": (
            "Entretien planifié un mercredi à 14 h ; attestation de contrôle envoyée par e-mail après la visite."
        ),
        "resolution_en": "Service booked for a Wednesday at 2 pm; inspection certificate e-mailed after the visit.",
    },
    {
        "article": "boiler-annual-maintenance",
        "category": "maintenance",
        "product": "Buderus Logano plus KB195i",
        "subject_fr": "Attestation d'entretien demandée par l'assurance",
        "subject_en": "Insurer asking for a service certificate",
        "description_fr": (
            "Mon assureur réclame l'attestation d'entretien de la chaudière au mazout après un dégât des eaux. Je ne "
            "retrouve plus celle de l'an dernier."
        ),
        "description_en": (
            "My insurer wants the service certificate for the oil boiler after a water damage claim. I can't find last "
            "year's."
        ),
        "resolution_fr": (
            "Copie de l'attestation de contrôle périodique retrouvée dans le dossier et renvoyée par e-mail."
        ),
        "resolution_en": "Found a copy of the periodic inspection certificate in the file and e-mailed it.",
    },
    {
        "article": "maintenance-contract-renewal",
        "category": "billing",
        "product": "",
        "subject_fr": "Hausse du prix du contrat d'entretien",
        "subject_en": "Maintenance contract price increase",
        "description_fr": (
            "J'ai reçu le renouvellement de mon contrat et le montant a augmenté par rapport à l'an dernier. "
            "Pouvez-vous m'expliquer le calcul ?"
        ),
        "description_en": (
            "I received my contract renewal and the price has gone up since last year. Could you explain how it's "
            "worked out?"
        ),
        "resolution_fr": "Indexation annuelle expliquée avec le détail du calcul ; le client conserve sa formule.",
        "resolution_en": "Explained the annual indexation with the figures; the customer is keeping the same plan.",
    },
    {
        "article": "maintenance-contract-renewal",
        "category": "billing",
        "product": "",
        "subject_fr": "Arrêt du contrat d'entretien à l'échéance",
        "subject_en": "Ending the maintenance contract at renewal",
        "description_fr": (
            "Nous avons remplacé la chaudière au gaz par une pompe à chaleur chez un autre installateur. Je souhaite "
            "donc arrêter le contrat à l'échéance."
        ),
        "description_en": (
            "We've replaced the gas boiler with a heat pump through another installer, so I'd like to end the contract "
            "when it comes up for renewal."
        ),
        "resolution_fr": (
            "Résiliation enregistrée à la date d'échéance, confirmation écrite envoyée et domiciliation arrêtée."
        ),
        "resolution_en": (
            "Cancellation recorded for the renewal date, written confirmation sent and direct debit stopped."
        ),
    },
    {
        "article": "invoice-vat-rate",
        "category": "billing",
        "product": "Daikin Altherma 3",
        "subject_fr": "Facture à 21 % au lieu de 6 %",
        "subject_en": "Invoice charged at 21% VAT instead of 6%",
        "description_fr": (
            "Notre maison date de 1978, mais la facture de la pompe à chaleur indique 21 % de TVA. Je pensais avoir "
            "droit au taux réduit."
        ),
        "description_en": (
            "Our house was built in 1978, but the heat pump invoice shows 21% VAT. I thought we qualified for the "
            "reduced rate."
        ),
        "resolution_fr": (
            "L'attestation TVA n'avait pas été renvoyée ; à sa réception, note de crédit et nouvelle facture à 6 % "
            "émises."
        ),
        "resolution_en": (
            "The VAT certificate had not been returned; once it arrived we issued a credit note and a new invoice at "
            "6%."
        ),
    },
    {
        "article": "invoice-correction",
        "category": "billing",
        "product": "",
        "subject_fr": "Facture à refaire à mon nom",
        "subject_en": "Invoice needs to be in my own name",
        "description_fr": (
            "La facture de l'entretien est adressée à ma société, alors qu'il s'agit de ma maison. Pourriez-vous la "
            "refaire à mon nom ?"
        ),
        "description_en": (
            "The service invoice is made out to my company, but it's for my own house. Could you reissue it in my name?"
        ),
        "resolution_fr": "Note de crédit émise et nouvelle facture au nom privé du client envoyée par e-mail.",
        "resolution_en": "Issued a credit note and e-mailed a new invoice in the customer's own name.",
    },
    {
        "article": "invoice-correction",
        "category": "billing",
        "product": "SMA Sunny Boy 5.0",
        "subject_fr": "Numéro d'entreprise manquant sur la facture",
        "subject_en": "Company number missing from the invoice",
        "description_fr": (
            "Notre comptable a besoin du numéro d'entreprise sur la facture des panneaux posés sur l'atelier. Je vous "
            "envoie nos coordonnées en pièce jointe."
        ),
        "description_en": (
            "Our accountant needs our company number on the invoice for the panels on the workshop roof. Our details "
            "are attached."
        ),
        "resolution_fr": "Facture corrigée avec le numéro d'entreprise et l'adresse du siège social.",
        "resolution_en": "Invoice corrected with the company number and registered office address.",
    },
    {
        "article": "wallonia-premiums",
        "category": "information",
        "product": "Daikin Altherma 3",
        "subject_fr": "Prime pour la pompe à chaleur : audit avant les travaux ?",
        "subject_en": "Heat pump grant: audit before the works?",
        "description_fr": (
            "Nous avons signé le devis pour la pompe à chaleur. Faut-il faire l'audit logement avant le début du "
            "chantier pour toucher la prime de la Région ?"
        ),
        "description_en": (
            "We've signed the quote for the heat pump. Do we need the home energy audit before work starts to get the "
            "regional grant?"
        ),
        "resolution_fr": (
            "Confirmé que l'audit doit précéder les travaux ; chantier décalé de trois semaines et liste des documents "
            "envoyée."
        ),
        "resolution_en": (
            "Confirmed the audit has to come first; job moved back three weeks and the list of documents sent."
        ),
    },
    {
        "article": "wallonia-premiums",
        "category": "information",
        "product": "Atlantic Explorer water heater",
        "subject_fr": "Documents pour la prime du chauffe-eau",
        "subject_en": "Documents for the water heater grant",
        "description_fr": (
            "L'administration me demande la fiche technique du chauffe-eau thermodynamique et une photo de la plaque "
            "signalétique. Pouvez-vous me les envoyer ?"
        ),
        "description_en": (
            "The administration wants the technical sheet for the heat pump water heater and a photo of the rating "
            "plate. Could you send them?"
        ),
        "resolution_fr": "Fiche technique et photo de la plaque prise à la mise en service envoyées au client.",
        "resolution_en": "Sent the technical sheet and the rating plate photo taken at commissioning.",
    },
    {
        "article": "warranty-claim",
        "category": "warranty",
        "product": "Vaillant ecoTEC plus",
        "subject_fr": "Carte électronique en panne : encore sous garantie ?",
        "subject_en": "Failed circuit board: still under warranty?",
        "description_fr": (
            "Votre technicien a diagnostiqué une carte électronique défectueuse. La chaudière a quatre ans et vous "
            "l'entretenez chaque année."
        ),
        "description_en": (
            "Your technician diagnosed a faulty circuit board. The boiler is four years old and you service it every "
            "year."
        ),
        "resolution_fr": (
            "Garantie acceptée par le fabricant : carte remplacée gratuitement, seul le déplacement a été facturé."
        ),
        "resolution_en": (
            "Manufacturer accepted the claim: board replaced free of charge, only the call-out was invoiced."
        ),
    },
    {
        "article": "warranty-claim",
        "category": "warranty",
        "product": "Mitsubishi Ecodan",
        "subject_fr": "Bruit de roulement dans le module intérieur",
        "subject_en": "Grinding noise from the indoor unit",
        "description_fr": (
            "Le module intérieur de la pompe à chaleur fait un bruit de roulement depuis deux semaines. Elle a été "
            "installée il y a dix-huit mois."
        ),
        "description_en": (
            "The heat pump's indoor unit has been making a grinding noise for two weeks. It was installed eighteen "
            "months ago."
        ),
        "resolution_fr": "Circulateur remplacé sous garantie du fabricant, pièce et main-d'œuvre prises en charge.",
        "resolution_en": "Circulation pump replaced under the manufacturer's warranty, parts and labour covered.",
    },
    {
        "article": "inverter-warranty-replacement",
        "category": "warranty",
        "product": "SMA Sunny Boy 5.0",
        "subject_fr": "Onduleur SMA hors service après six ans",
        "subject_en": "SMA inverter dead after six years",
        "description_fr": (
            "L'onduleur ne s'allume plus du tout, même en plein soleil. Je crois que nous avions pris l'extension de "
            "garantie à dix ans."
        ),
        "description_en": (
            "The inverter won't switch on at all, even in full sun. I think we took the ten-year warranty extension."
        ),
        "resolution_fr": (
            "Extension confirmée : onduleur de remplacement reçu de SMA et posé dix jours plus tard, suivi reconfiguré."
        ),
        "resolution_en": (
            "Extension confirmed: replacement unit received from SMA and fitted ten days later, monitoring set up "
            "again."
        ),
    },
    {
        "article": "solar-production-drop",
        "category": "breakdown",
        "product": "Fronius Primo",
        "subject_fr": "Production solaire presque divisée par deux",
        "subject_en": "Solar output nearly halved",
        "description_fr": (
            "En juin de l'an passé, on faisait 25 kWh par jour ; cette année, à peine 14 avec le même soleil. Rien n'a "
            "changé autour de la maison."
        ),
        "description_en": (
            "Last June we were making 25 kWh a day; this year barely 14 in the same weather. Nothing has changed "
            "around the house."
        ),
        "resolution_fr": (
            "Une des deux chaînes était à 0 A : connecteur brûlé remplacé sur le toit, production revenue à la normale."
        ),
        "resolution_en": (
            "One of the two strings was at 0 A: a burnt connector on the roof was replaced and output is back to "
            "normal."
        ),
    },
    {
        "article": "solar-production-drop",
        "category": "information",
        "product": "SolarEdge SE5000H",
        "subject_fr": "Production faible en décembre, est-ce normal ?",
        "subject_en": "Low output in December, is that normal?",
        "description_fr": (
            "Nous avons les panneaux depuis juillet et en décembre, l'application affiche parfois moins de 2 kWh par "
            "jour. Y a-t-il un problème ?"
        ),
        "description_en": (
            "We've had the panels since July and in December the app sometimes shows under 2 kWh a day. Is something "
            "wrong?"
        ),
        "resolution_fr": (
            "Production comparée à la simulation mensuelle : conforme à la saison, aucun défaut d'optimiseur."
        ),
        "resolution_en": (
            "Compared the output with the monthly simulation: in line with the season, no optimiser faults."
        ),
    },
    {
        "article": "inverter-offline-wifi",
        "category": "configuration",
        "product": "Fronius Primo",
        "subject_fr": "Plus de données dans Solar.web",
        "subject_en": "No more data in Solar.web",
        "description_fr": (
            "Depuis que Proximus a remplacé notre modem, l'application Solar.web ne montre plus rien. L'onduleur "
            "affiche pourtant de la production."
        ),
        "description_en": (
            "Since Proximus swapped our modem, the Solar.web app shows nothing. The inverter display still shows it's "
            "producing."
        ),
        "resolution_fr": (
            "Onduleur reconnecté au nouveau Wi-Fi via son point d'accès, client au téléphone ; données visibles le "
            "soir même."
        ),
        "resolution_en": (
            "Reconnected the inverter to the new Wi-Fi through its access point with the customer on the phone; data "
            "back that evening."
        ),
    },
    {
        "article": "inverter-offline-wifi",
        "category": "configuration",
        "product": "Fronius Symo GEN24 Plus",
        "subject_fr": "Onduleur qui décroche depuis l'ajout d'un répéteur",
        "subject_en": "Inverter dropping offline since adding an extender",
        "description_fr": (
            "J'ai installé un répéteur Wi-Fi au grenier et, depuis, l'onduleur apparaît hors ligne de temps en temps, "
            "surtout le soir."
        ),
        "description_en": (
            "I put a Wi-Fi extender in the loft and since then the inverter drops offline now and then, mostly in the "
            "evening."
        ),
        "resolution_fr": "Onduleur raccordé à la box en Ethernet par un adaptateur CPL ; connexion stable depuis.",
        "resolution_en": "Connected the inverter to the router by Ethernet through a powerline adapter; stable since.",
    },
    {
        "article": "sma-insulation-fault",
        "category": "breakdown",
        "product": "SMA Sunny Boy 5.0",
        "subject_fr": "Défaut d'isolement les matins de pluie",
        "subject_en": "Insulation fault on rainy mornings",
        "description_fr": (
            "Quand il a plu la nuit, l'onduleur affiche un défaut d'isolement et ne démarre que vers midi. Par temps "
            "sec, tout va bien."
        ),
        "description_en": (
            "After a rainy night the inverter shows an insulation fault and only starts around noon. In dry weather "
            "everything is fine."
        ),
        "resolution_fr": (
            "Mesure d'isolement chaîne par chaîne : câble rongé par une fouine sous les panneaux, remplacé et protégé "
            "par une gaine."
        ),
        "resolution_en": (
            "Insulation measured string by string: a cable chewed by a marten under the panels, replaced and sleeved."
        ),
    },
    {
        "article": "fronius-state-102-voltage",
        "category": "breakdown",
        "product": "Fronius Primo",
        "subject_fr": "L'onduleur coupe en plein soleil (état 102)",
        "subject_en": "Inverter cuts out in full sun (state 102)",
        "description_fr": (
            "Les jours de beau temps, l'onduleur se coupe plusieurs fois entre midi et 15 h avec le message 102. Dans "
            "notre rue, presque tout le monde a des panneaux."
        ),
        "description_en": (
            "On sunny days the inverter cuts out several times between noon and 3 pm with message 102. Nearly everyone "
            "on our street has panels."
        ),
        "resolution_fr": (
            "Tension mesurée à 253 V au compteur ; plainte introduite chez ORES avec nos relevés, le transformateur du "
            "quartier a été réglé."
        ),
        "resolution_en": (
            "Measured 253 V at the meter; filed a complaint with ORES including our readings, and the local "
            "transformer was adjusted."
        ),
    },
    {
        "article": "inverter-off-after-power-cut",
        "category": "breakdown",
        "product": "SMA Sunny Boy 5.0",
        "subject_fr": "Onduleur éteint depuis l'orage",
        "subject_en": "Inverter off since the storm",
        "description_fr": (
            "Depuis l'orage de mardi, l'écran de l'onduleur est noir et l'application indique 0 W. Tout le reste de la "
            "maison fonctionne."
        ),
        "description_en": (
            "Since Tuesday's storm the inverter screen is blank and the app shows 0 W. Everything else in the house "
            "works."
        ),
        "resolution_fr": (
            "Différentiel du circuit photovoltaïque déclenché ; réenclenché par le client avec nous au téléphone, "
            "production reprise."
        ),
        "resolution_en": (
            "The PV circuit's RCD had tripped; the customer reset it with us on the phone and production resumed."
        ),
    },
    {
        "article": "solaredge-optimizers-missing",
        "category": "breakdown",
        "product": "SolarEdge SE5000H",
        "subject_fr": "SolarEdge : 13 optimiseurs sur 14",
        "subject_en": "SolarEdge: 13 of 14 optimisers",
        "description_fr": (
            "Dans l'application mySolarEdge, un des panneaux est gris depuis une semaine et n'affiche plus aucune "
            "production."
        ),
        "description_en": "In the mySolarEdge app one panel has been grey for a week and shows no production at all.",
        "resolution_fr": "Optimiseur défectueux remplacé sous garantie et installation réappairée avec SetApp.",
        "resolution_en": "Faulty optimiser replaced under warranty and the system re-paired with SetApp.",
    },
    {
        "article": "home-battery-not-charging",
        "category": "configuration",
        "product": "BYD Battery-Box Premium HVS",
        "subject_fr": "La batterie reste bloquée à 5 %",
        "subject_en": "Battery stuck at 5%",
        "description_fr": (
            "Grand soleil, on injecte 3 kW sur le réseau, mais la batterie BYD reste à 5 % depuis deux jours."
        ),
        "description_en": (
            "Bright sunshine and we're exporting 3 kW, but the BYD battery has been stuck at 5% for two days."
        ),
        "resolution_fr": (
            "Plage horaire bloquant la charge créée par erreur ; supprimée à distance, la batterie se charge de "
            "nouveau."
        ),
        "resolution_en": (
            "A time window blocking charging had been set by mistake; removed it remotely and the battery is charging "
            "again."
        ),
    },
    {
        "article": "home-battery-not-charging",
        "category": "configuration",
        "product": "Fronius Symo GEN24 Plus",
        "subject_fr": "Batterie jamais pleine malgré le soleil",
        "subject_en": "Battery never full despite the sun",
        "description_fr": (
            "Depuis la mise à jour de l'onduleur, la batterie s'arrête à 80 % même les belles journées d'été. Avant, "
            "elle montait à 100 %."
        ),
        "description_en": (
            "Since the inverter update, the battery stops at 80% even on sunny summer days. It used to reach 100%."
        ),
        "resolution_fr": (
            "Limite de charge maximale remise à 100 % dans les réglages batterie ; calibrage complet effectué le "
            "lendemain."
        ),
        "resolution_en": (
            "Reset the maximum charge limit to 100% in the battery settings; a full calibration ran the next day."
        ),
    },
    {
        "article": "ev-charger-not-charging",
        "category": "breakdown",
        "product": "Wallbox Pulsar Plus",
        "subject_fr": "La voiture ne charge plus sur la borne",
        "subject_en": "Car won't charge on the wallbox",
        "description_fr": (
            "Depuis hier, quand je branche la voiture, la borne reste jaune et rien ne se passe. Chez un ami, elle "
            "charge sans problème."
        ),
        "description_en": (
            "Since yesterday, when I plug the car in the charger stays yellow and nothing happens. It charges fine at "
            "a friend's place."
        ),
        "resolution_fr": (
            "Mode Eco-Smart resté actif après une mise à jour : désactivé avec le client, charge immédiate rétablie."
        ),
        "resolution_en": (
            "Eco-Smart mode had stayed on after an update; turned it off with the customer and immediate charging "
            "works again."
        ),
    },
    {
        "article": "heat-pump-noise",
        "category": "breakdown",
        "product": "Daikin Altherma 3",
        "subject_fr": "Plainte du voisin pour le bruit",
        "subject_en": "Neighbour complaining about the noise",
        "description_fr": (
            "Notre voisin se plaint d'un ronronnement la nuit. L'unité extérieure est contre le mur mitoyen, juste à "
            "côté de sa chambre."
        ),
        "description_en": (
            "Our neighbour is complaining about a humming noise at night. The outdoor unit is against the party wall, "
            "right next to his bedroom."
        ),
        "resolution_fr": (
            "Mode silencieux programmé de 22 h à 7 h et supports antivibratiles remplacés ; niveau sonore mesuré "
            "conforme."
        ),
        "resolution_en": (
            "Quiet mode scheduled from 10 pm to 7 am and anti-vibration mounts replaced; measured noise level within "
            "limits."
        ),
    },
    {
        "article": "heat-pump-noise",
        "category": "breakdown",
        "product": "Vaillant aroTHERM plus",
        "subject_fr": "Claquement dans l'unité extérieure",
        "subject_en": "Clacking noise in the outdoor unit",
        "description_fr": (
            "Depuis la tempête, on entend un claquement régulier dans l'unité extérieure, comme si quelque chose "
            "touchait le ventilateur."
        ),
        "description_en": (
            "Since the storm there's a regular clacking in the outdoor unit, as if something were hitting the fan."
        ),
        "resolution_fr": "Branche coincée derrière la grille du ventilateur retirée ; pale contrôlée, aucun dégât.",
        "resolution_en": "Removed a twig wedged behind the fan guard; checked the blade, no damage.",
    },
    {
        "article": "heat-pump-icing",
        "category": "breakdown",
        "product": "Vaillant aroTHERM plus",
        "subject_fr": "Bloc de glace sous la pompe à chaleur",
        "subject_en": "Block of ice under the heat pump",
        "description_fr": (
            "Ce matin, l'unité extérieure est blanche de givre et un bloc de glace s'est formé en dessous. La maison "
            "est encore chaude, mais je préfère vérifier."
        ),
        "description_en": (
            "This morning the outdoor unit is white with frost and a block of ice has formed underneath. The house is "
            "still warm but I'd rather check."
        ),
        "resolution_fr": (
            "Évacuation des condensats gelée sous l'unité : cordon chauffant ajouté et lit de gravier refait."
        ),
        "resolution_en": "Condensate drain frozen under the unit: added a heating cable and relaid the gravel bed.",
    },
    {
        "article": "daikin-7h-flow",
        "category": "breakdown",
        "product": "Daikin Altherma 3",
        "subject_fr": "Erreur 7H sur la Daikin",
        "subject_en": "7H error on the Daikin",
        "description_fr": (
            "La pompe à chaleur s'arrête avec l'erreur 7H, surtout le matin. Nous avons fermé les radiateurs des "
            "chambres inoccupées."
        ),
        "description_en": (
            "The heat pump stops with error 7H, mostly in the morning. We've closed the radiators in the spare "
            "bedrooms."
        ),
        "resolution_fr": (
            "Filtre encrassé nettoyé et radiateurs des chambres rouverts au minimum ; plus d'erreur depuis."
        ),
        "resolution_en": "Cleaned the dirty filter and reopened the bedroom radiators to a minimum; no errors since.",
    },
    {
        "article": "heat-pump-high-consumption",
        "category": "configuration",
        "product": "Mitsubishi Ecodan",
        "subject_fr": "Facture d'électricité très élevée depuis la pompe à chaleur",
        "subject_en": "Huge electricity bill since the heat pump",
        "description_fr": (
            "Notre décompte annuel a doublé alors qu'on nous avait promis des économies. Pour économiser, on baisse le "
            "chauffage à 15 degrés la nuit."
        ),
        "description_en": (
            "Our annual statement has doubled even though we were promised savings. To save money we turn the heating "
            "down to 15 degrees at night."
        ),
        "resolution_fr": (
            "Appoint autorisé dès 5 °C extérieurs et abaissement de nuit trop fort : seuil ramené à -7 °C et "
            "abaissement limité à 1 °C."
        ),
        "resolution_en": (
            "Backup heater was allowed from 5 °C outside and the night setback was too deep: threshold moved to -7 °C "
            "and setback limited to 1 °C."
        ),
    },
    {
        "article": "heating-curve-adjustment",
        "category": "configuration",
        "product": "Viessmann Vitocal 250-A",
        "subject_fr": "Trop froid dans le salon quand il gèle",
        "subject_en": "Living room too cold when it freezes",
        "description_fr": (
            "Tant qu'il fait 5 ou 6 degrés dehors, tout va bien ; dès qu'il gèle, on ne dépasse plus 18 °C dans le "
            "salon."
        ),
        "description_en": (
            "As long as it's 5 or 6 degrees outside it's fine, but once it freezes the living room won't go above 18 "
            "°C."
        ),
        "resolution_fr": (
            "Pente de la courbe passée de 0,5 à 0,7 avec le client ; 20,5 °C atteints lors de la vague de froid "
            "suivante."
        ),
        "resolution_en": (
            "Raised the curve slope from 0.5 to 0.7 with the customer; 20.5 °C reached during the next cold snap."
        ),
    },
    {
        "article": "thermostat-battery",
        "category": "maintenance",
        "product": "Netatmo thermostat",
        "subject_fr": "Écran du thermostat tout pâle",
        "subject_en": "Thermostat screen has gone faint",
        "description_fr": (
            "L'écran du thermostat Netatmo est presque illisible et l'application parle de piles faibles. Quelles "
            "piles faut-il acheter ?"
        ),
        "description_en": (
            "The Netatmo thermostat screen is almost unreadable and the app says the batteries are low. Which "
            "batteries should I buy?"
        ),
        "resolution_fr": (
            "Indiqué trois piles AAA alcalines ; le client les a remplacées et le thermostat est de nouveau en ligne."
        ),
        "resolution_en": (
            "Told the customer it takes three alkaline AAA batteries; he swapped them and the thermostat is back "
            "online."
        ),
    },
    {
        "article": "thermostat-wifi-pairing",
        "category": "configuration",
        "product": "Netatmo thermostat",
        "subject_fr": "Thermostat hors ligne depuis le changement d'opérateur",
        "subject_en": "Thermostat offline since switching provider",
        "description_fr": (
            "Nous avons changé d'opérateur internet la semaine dernière et, depuis, l'application Netatmo dit que le "
            "relais n'est plus connecté."
        ),
        "description_en": (
            "We switched internet provider last week and since then the Netatmo app says the relay is no longer "
            "connected."
        ),
        "resolution_fr": (
            "Relais reconfiguré sur le nouveau Wi-Fi en 2,4 GHz avec le client ; pilotage à distance rétabli."
        ),
        "resolution_en": "Reconfigured the relay on the new 2.4 GHz Wi-Fi with the customer; remote control restored.",
    },
    {
        "article": "evohome-zone-offline",
        "category": "configuration",
        "product": "Honeywell evohome",
        "subject_fr": "evohome : la chambre d'amis ne répond plus",
        "subject_en": "evohome: spare bedroom not responding",
        "description_fr": (
            "Sur l'écran evohome, la zone de la chambre d'amis affiche un symbole barré et le radiateur reste froid."
        ),
        "description_en": (
            "On the evohome screen the spare bedroom zone shows a crossed-out symbol and the radiator stays cold."
        ),
        "resolution_fr": (
            "Piles AA de la tête HR92 remplacées et tête réassociée à sa zone avec le client au téléphone."
        ),
        "resolution_en": (
            "Replaced the AA batteries in the HR92 head and re-bound it to its zone with the customer on the phone."
        ),
    },
    {
        "article": "underfloor-loop-cold",
        "category": "breakdown",
        "product": "Henco underfloor heating",
        "subject_fr": "Sol froid dans la cuisine",
        "subject_en": "Cold floor in the kitchen",
        "description_fr": (
            "Le chauffage par le sol fonctionne partout sauf dans la cuisine : le carrelage reste froid, même "
            "l'après-midi."
        ),
        "description_en": (
            "The underfloor heating works everywhere except the kitchen: the tiles stay cold even in the afternoon."
        ),
        "resolution_fr": (
            "Tête électrothermique de la boucle cuisine bloquée fermée : remplacée, débit réglé à 2 l/min."
        ),
        "resolution_en": "The kitchen loop actuator was stuck shut: replaced it and set the flow to 2 l/min.",
    },
    {
        "article": "underfloor-slow-response",
        "category": "information",
        "product": "Henco underfloor heating",
        "subject_fr": "Le sol met toute la journée à chauffer",
        "subject_en": "Floor takes all day to warm up",
        "description_fr": (
            "Nous avons emménagé dans la maison neuve en octobre. Quand je monte le thermostat le matin, il ne fait "
            "bon que le soir. Est-ce normal ?"
        ),
        "description_en": (
            "We moved into the new house in October. When I turn the thermostat up in the morning it only gets "
            "comfortable by the evening. Is that normal?"
        ),
        "resolution_fr": (
            "Inertie du chauffage par le sol expliquée ; programme remplacé par une consigne fixe de 20 °C avec 1 °C "
            "d'abaissement la nuit."
        ),
        "resolution_en": (
            "Explained underfloor heating inertia; replaced the schedule with a steady 20 °C and a 1 °C night setback."
        ),
    },
    {
        "article": "ventilation-filter-replacement",
        "category": "maintenance",
        "product": "Zehnder ComfoAir Q350",
        "subject_fr": "Commande de filtres pour la ventilation",
        "subject_en": "Ordering filters for the ventilation unit",
        "description_fr": (
            "L'écran de la ventilation demande de changer les filtres. Pouvez-vous m'envoyer un jeu de filtres et "
            "m'expliquer comment les placer ?"
        ),
        "description_en": (
            "The ventilation display says the filters need changing. Could you send me a set and explain how to fit "
            "them?"
        ),
        "resolution_fr": "Jeu de filtres envoyé avec la notice ; le client a remis le compteur à zéro.",
        "resolution_en": "Posted a set of filters with the instructions; the customer reset the filter counter.",
    },
    {
        "article": "ventilation-bathroom-humidity",
        "category": "configuration",
        "product": "Renson Healthbox 3.0",
        "subject_fr": "Salle de bain humide malgré la ventilation",
        "subject_en": "Damp bathroom despite the ventilation",
        "description_fr": (
            "Le miroir reste embué une heure après la douche et des taches noires apparaissent au plafond. La "
            "Healthbox tourne pourtant."
        ),
        "description_en": (
            "The mirror stays misted an hour after a shower and black spots are appearing on the ceiling. The "
            "Healthbox is running, though."
        ),
        "resolution_fr": (
            "Grilles des châssis fermées dans toute la maison et bouche encrassée : grilles rouvertes, bouche "
            "nettoyée, boost automatique vérifié."
        ),
        "resolution_en": (
            "Window trickle vents were shut throughout the house and the extract valve was dirty: vents reopened, "
            "valve cleaned, auto boost checked."
        ),
    },
    {
        "article": "installation-technical-visit",
        "category": "installation",
        "product": "Vaillant aroTHERM plus",
        "subject_fr": "Devis pour remplacer une vieille chaudière au mazout",
        "subject_en": "Quote to replace an old oil boiler",
        "description_fr": (
            "Nous avons une chaudière au mazout de 1995 et aimerions passer à une pompe à chaleur. La maison a été "
            "isolée en 2021."
        ),
        "description_en": (
            "We have an oil boiler from 1995 and would like to switch to a heat pump. The house was insulated in 2021."
        ),
        "resolution_fr": (
            "Visite technique faite et déperditions calculées ; devis pour une aroTHERM plus de 7 kW envoyé avec les "
            "primes possibles."
        ),
        "resolution_en": (
            "Site visit done and heat loss calculated; quote for a 7 kW aroTHERM plus sent with the possible grants."
        ),
    },
    {
        "article": "installation-technical-visit",
        "category": "installation",
        "product": "Viessmann Vitodens 200-W",
        "subject_fr": "Remplacement d'une chaudière de vingt ans",
        "subject_en": "Replacing a twenty-year-old boiler",
        "description_fr": (
            "Notre chaudière au gaz a plus de vingt ans et votre technicien nous a conseillé de la remplacer. Quand "
            "pourriez-vous passer ?"
        ),
        "description_en": (
            "Our gas boiler is over twenty years old and your technician advised replacing it. When could you come "
            "round?"
        ),
        "resolution_fr": (
            "Visite planifiée le jeudi suivant ; le client avait préparé ses factures et le devis est parti dans la "
            "semaine."
        ),
        "resolution_en": (
            "Visit booked for the following Thursday; the customer had his bills ready and the quote went out within "
            "the week."
        ),
    },
    {
        "article": "installation-day-preparation",
        "category": "installation",
        "product": "Daikin Altherma 3",
        "subject_fr": "Questions avant l'installation de lundi",
        "subject_en": "Questions before Monday's installation",
        "description_fr": (
            "Vous installez la pompe à chaleur lundi. Aurons-nous de l'eau chaude le soir ? Et faut-il vider le local "
            "technique ?"
        ),
        "description_en": (
            "You're fitting the heat pump on Monday. Will we have hot water in the evening? And do we need to clear "
            "out the plant room?"
        ),
        "resolution_fr": (
            "Planning détaillé envoyé : eau chaude coupée deux jours, local à dégager ; chauffe-eau provisoire proposé."
        ),
        "resolution_en": (
            "Sent a detailed schedule: no hot water for two days, plant room to be cleared; offered a temporary water "
            "heater."
        ),
    },
    {
        "article": "solar-inspection-paperwork",
        "category": "installation",
        "product": "Fronius Symo GEN24 Plus",
        "subject_fr": "Quand aura lieu le contrôle RGIE ?",
        "subject_en": "When is the RGIE inspection?",
        "description_fr": (
            "Les panneaux sont posés depuis dix jours. Quand l'organisme de contrôle passera-t-il, et dois-je être "
            "présent ?"
        ),
        "description_en": (
            "The panels went up ten days ago. When is the inspection body coming, and do I need to be there?"
        ),
        "resolution_fr": (
            "Contrôle fixé au mardi suivant, présence requise pour l'accès au tableau ; déclaration ORES introduite "
            "après le PV conforme."
        ),
        "resolution_en": (
            "Inspection set for the following Tuesday with the customer at home for access to the consumer unit; ORES "
            "registration filed after the compliant report."
        ),
    },
    {
        "article": "solar-self-consumption",
        "category": "information",
        "product": "",
        "subject_fr": "Comment consommer davantage ma production ?",
        "subject_en": "How can I use more of my own solar power?",
        "description_fr": (
            "Avec le nouveau compteur, nous injectons beaucoup en journée pendant que nous sommes au travail. Une "
            "batterie vaut-elle la peine ?"
        ),
        "description_en": (
            "With the new meter we export a lot during the day while we're at work. Is a battery worth it?"
        ),
        "resolution_fr": (
            "Simulation envoyée à partir des données du compteur : programmer d'abord le boiler et le lave-vaisselle, "
            "batterie pas encore rentable."
        ),
        "resolution_en": (
            "Sent a simulation based on the meter data: schedule the water heater and dishwasher first; a battery "
            "doesn't pay off yet."
        ),
    },
    {
        "article": "boiler-short-cycling",
        "category": "configuration",
        "product": "Viessmann Vitodens 200-W",
        "subject_fr": "La chaudière redémarre toutes les trois minutes",
        "subject_en": "Boiler fires up every three minutes",
        "description_fr": (
            "Depuis qu'il fait plus doux, on entend la chaudière s'allumer et s'éteindre sans arrêt. Est-ce qu'elle va "
            "s'abîmer ?"
        ),
        "description_en": "Since the weather turned milder the boiler keeps switching on and off. Will it wear out?",
        "resolution_fr": (
            "Puissance maximale de chauffage réduite et température de départ abaissée ; démarrages divisés par quatre."
        ),
        "resolution_en": (
            "Reduced the maximum heating output and lowered the flow temperature; starts cut by three quarters."
        ),
    },
    {
        "article": "out-of-hours-service",
        "category": "information",
        "product": "",
        "subject_fr": "Panne un dimanche : quelqu'un peut-il passer ?",
        "subject_en": "Breakdown on a Sunday: can someone come?",
        "description_fr": (
            "C'est dimanche, plus de chauffage, et il fait 14 degrés dans la maison avec un bébé de trois mois. Le "
            "service de garde fonctionne-t-il ?"
        ),
        "description_en": (
            "It's Sunday, the heating is off and it's 14 degrees indoors with a three-month-old baby. Is the on-call "
            "service running?"
        ),
        "resolution_fr": (
            "Technicien de garde sur place en deux heures : fusible de la carte remplacé, supplément de garde expliqué."
        ),
        "resolution_en": (
            "On-call technician arrived within two hours: replaced the board fuse and explained the out-of-hours "
            "surcharge."
        ),
    },
    {
        "article": "moving-house",
        "category": "other",
        "product": "",
        "subject_fr": "Vente de la maison et contrat d'entretien",
        "subject_en": "Selling the house: maintenance contract",
        "description_fr": (
            "Nous vendons la maison, l'acte est prévu le 15 du mois prochain. Les acheteurs aimeraient reprendre le "
            "contrat d'entretien."
        ),
        "description_en": (
            "We're selling the house and the deed is on the 15th of next month. The buyers would like to take over the "
            "maintenance contract."
        ),
        "resolution_fr": (
            "Contrat transféré aux acquéreurs à la date de l'acte ; copie du dossier d'installation envoyée aux "
            "nouveaux propriétaires."
        ),
        "resolution_en": (
            "Contract transferred to the buyers from the date of the deed; a copy of the installation file sent to the "
            "new owners."
        ),
    },
    {
        "article": "",
        "category": "installation",
        "product": "Wallbox Pulsar Plus",
        "subject_fr": "Devis pour une borne de recharge",
        "subject_en": "Quote for an EV charger",
        "description_fr": (
            "Nous recevons une voiture de société électrique en mars. Pouvez-vous installer une borne dans le garage, "
            "à une quinzaine de mètres du tableau ?"
        ),
        "description_en": (
            "We're getting an electric company car in March. Could you install a charger in the garage, about fifteen "
            "metres from the consumer unit?"
        ),
        "resolution_fr": (
            "Visite faite ; devis envoyé pour une Pulsar Plus de 7,4 kW avec câble de 6 mm² et différentiel dédié."
        ),
        "resolution_en": "Site visit done; quote sent for a 7.4 kW Pulsar Plus with 6 mm² cable and a dedicated RCD.",
    },
    {
        "article": "",
        "category": "other",
        "product": "",
        "subject_fr": "Nouvelle adresse e-mail",
        "subject_en": "New e-mail address",
        "description_fr": (
            "Pourriez-vous mettre à jour mon adresse e-mail dans votre fichier ? Je n'utilise plus mon adresse Skynet."
        ),
        "description_en": "Could you update my e-mail address on file? I no longer use my old Skynet address.",
        "resolution_fr": "Coordonnées mises à jour dans la fiche client et sur le contrat d'entretien.",
        "resolution_en": "Contact details updated on the customer record and the maintenance contract.",
    },
    {
        "article": "",
        "category": "maintenance",
        "product": "Viessmann Vitodens 200-W",
        "subject_fr": "Déplacer le rendez-vous d'entretien",
        "subject_en": "Moving the service appointment",
        "description_fr": (
            "J'ai un entretien prévu jeudi matin mais je serai en déplacement. Serait-il possible de le reporter à la "
            "semaine suivante ?"
        ),
        "description_en": (
            "I have a service booked for Thursday morning but I'll be away. Could we move it to the following week?"
        ),
        "resolution_fr": "Rendez-vous déplacé au mardi suivant à 8 h 30, confirmation envoyée par SMS.",
        "resolution_en": "Appointment moved to the following Tuesday at 8.30 am; confirmation sent by text.",
    },
    {
        "article": "",
        "category": "information",
        "product": "Buderus Logano plus KB195i",
        "subject_fr": "Que faire de l'ancienne cuve à mazout ?",
        "subject_en": "What to do with the old oil tank?",
        "description_fr": (
            "Si nous passons à une pompe à chaleur, que devient la cuve de 3000 litres enterrée dans le jardin ? "
            "Faut-il l'enlever ?"
        ),
        "description_en": (
            "If we switch to a heat pump, what happens to the 3,000-litre tank buried in the garden? Does it have to "
            "come out?"
        ),
        "resolution_fr": (
            "Options expliquées (neutralisation sur place ou enlèvement) et coordonnées d'une entreprise agréée "
            "transmises."
        ),
        "resolution_en": (
            "Explained the options (decommissioning in place or removal) and passed on the details of an approved "
            "contractor."
        ),
    },
    {
        "article": "",
        "category": "billing",
        "product": "",
        "subject_fr": "Payer la facture en plusieurs fois",
        "subject_en": "Paying the invoice in instalments",
        "description_fr": (
            "La facture du remplacement de la chaudière tombe mal ce mois-ci. Est-il possible de la régler en trois "
            "fois ?"
        ),
        "description_en": (
            "The invoice for the boiler replacement comes at a bad time this month. Could I pay it in three "
            "instalments?"
        ),
        "resolution_fr": "Plan de paiement en trois mensualités accordé et confirmé par e-mail.",
        "resolution_en": "Agreed a three-month payment plan and confirmed it by e-mail.",
    },
    {
        "article": "",
        "category": "warranty",
        "product": "Radson Integra radiator",
        "subject_fr": "Radiateur neuf qui rouille déjà",
        "subject_en": "New radiator already rusting",
        "description_fr": (
            "Le radiateur posé dans la salle de bain il y a deux ans présente des traces de rouille en bas, près du "
            "raccord. Est-ce couvert ?"
        ),
        "description_en": (
            "The radiator fitted in the bathroom two years ago has rust marks at the bottom near the fitting. Is that "
            "covered?"
        ),
        "resolution_fr": (
            "Photos transmises au fabricant ; défaut de peinture reconnu et radiateur remplacé sous garantie."
        ),
        "resolution_en": (
            "Photos sent to the manufacturer; paint defect acknowledged and the radiator replaced under warranty."
        ),
    },
)

#: Generic follow-up messages in French: ("in", text) from the customer, ("out", text) from the desk.
MESSAGES_FR: tuple[tuple[str, str], ...] = (
    ("out", "Pouvez-vous m'envoyer une photo de l'écran de la chaudière ?"),
    ("in", "La chaudière affiche de nouveau l'erreur ce matin."),
    ("out", "Quelle pression indique le manomètre lorsque l'installation est froide ?"),
    ("in", "J'ai remis de l'eau jusqu'à 1,5 bar et elle est repartie."),
    ("out", "Un technicien passera demain entre 8 h et 12 h ; il vous appellera une demi-heure avant."),
    ("in", "Demain matin me convient. Je laisse la clé chez la voisine du numéro 12."),
    ("out", "La pièce est commandée : le fournisseur annonce une livraison sous trois jours ouvrables."),
    ("in", "Merci, tout fonctionne à nouveau. Vous pouvez clôturer la demande."),
    ("out", "Pouvez-vous nous communiquer le numéro de série inscrit sur la plaque signalétique ?"),
    ("in", "Je vous envoie la photo de la plaque en pièce jointe."),
    ("out", "Sans nouvelles de votre part depuis notre dernier échange : le problème est-il résolu ?"),
    ("in", "C'est pire depuis hier soir, il ne fait que 16 degrés dans le salon."),
    ("out", "Vous trouverez la facture corrigée en pièce jointe."),
    ("in", "Le technicien n'est pas encore passé. Savez-vous à quelle heure il arrivera ?"),
    ("out", "Nous avons consulté votre installation à distance : l'onduleur produit normalement depuis 10 h."),
    ("in", "Cette intervention est-elle couverte par mon contrat d'entretien ?"),
    ("in", "Vous pouvez me joindre sur mon GSM après 17 h, je suis au travail avant."),
)

#: Generic follow-up messages in English: ("in", text) from the customer, ("out", text) from the desk.
MESSAGES_EN: tuple[tuple[str, str], ...] = (
    ("out", "Could you send us a photo of the boiler display?"),
    ("in", "The boiler shows the error again this morning."),
    ("out", "What does the pressure gauge read when the system is cold?"),
    ("in", "I topped it up to 1.5 bar and it's running again."),
    ("out", "A technician will come tomorrow between 8 am and noon and will call you half an hour before."),
    ("in", "Tomorrow morning is fine. I'll leave the key with the neighbour at number 12."),
    ("out", "The part is on order; the supplier expects delivery within three working days."),
    ("in", "Thanks, everything works again. You can close the request."),
    ("out", "Could you give us the serial number from the rating plate?"),
    ("in", "I've attached a photo of the rating plate."),
    ("out", "We haven't heard from you since our last message: is the problem solved?"),
    ("in", "It's got worse since last night, the living room is only at 16 degrees."),
    ("out", "Please find the corrected invoice attached."),
    ("in", "The technician hasn't arrived yet. Do you know what time he'll get here?"),
    ("out", "We checked your system remotely: the inverter has been producing normally since 10 am."),
    ("in", "Is this visit covered by my maintenance contract?"),
    ("in", "You can reach me on my mobile after 5 pm; I'm at work before that."),
)
