"""The words and number formats of the reports, in French and English.

Reports are written without Qt (they also run from the command line), so they cannot
use the application's translations: each report string lives here once with both
languages side by side, and so do the labels of the support vocabularies
(core/support_choices holds them as English text, marked for Qt's translator). The
reader's conventions go with the language: "1 234,50 €" and "02/03/2026" in French,
"€1,234.50" and "02 Mar 2026" in English. Only characters of the standard PDF fonts
(WinAnsi) are used: a no-break space, "€" and "…" are, arrows are not.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from crm_desktop.core.clock import from_iso

LANGUAGES = ("en", "fr")
NBSP = "\u00a0"

#: Every string a report prints, by key: {"en": ..., "fr": ...}.
WORDS: dict[str, dict[str, str]] = {
    # -- support costs
    "support_title": {"en": "Support costs", "fr": "Coûts du support"},
    "period": {"en": "Period: {start} to {end}", "fr": f"Période{NBSP}: du {{start}} au {{end}}"},
    "summary": {"en": "Summary", "fr": "Résumé"},
    "tickets_opened": {"en": "Tickets opened", "fr": "Tickets ouverts"},
    "tickets_resolved": {"en": "Tickets resolved", "fr": "Tickets résolus"},
    "time_spent": {"en": "Time spent", "fr": "Temps passé"},
    "cost_total": {"en": "Cost to the business", "fr": "Coût pour l'entreprise"},
    "cost_time": {"en": "Time", "fr": "Temps"},
    "cost_parts": {"en": "Parts", "fr": "Pièces"},
    "cost_travel": {"en": "Travel", "fr": "Déplacements"},
    "cost_expenses": {"en": "Other expenses", "fr": "Autres frais"},
    "billable_total": {"en": "Billable to customers", "fr": "Facturable aux clients"},
    "covered_total": {"en": "Covered by contracts", "fr": "Couvert par les contrats"},
    "nothing": {"en": "No support activity in this period.", "fr": "Aucune activité de support sur cette période."},
    "chart_title": {"en": "Cost per month", "fr": "Coût par mois"},
    "axis_month": {"en": "Month", "fr": "Mois"},
    "axis_cost": {"en": "Cost ({currency})", "fr": "Coût ({currency})"},
    "by_customer": {"en": "By customer", "fr": "Par client"},
    "by_category": {"en": "By category", "fr": "Par catégorie"},
    "by_level": {"en": "By support level", "fr": "Par niveau de support"},
    "by_technician": {"en": "By technician", "fr": "Par technicien"},
    "col_customer": {"en": "Customer", "fr": "Client"},
    "col_tickets": {"en": "Tickets", "fr": "Tickets"},
    "col_resolved": {"en": "Resolved", "fr": "Résolus"},
    "col_time": {"en": "Time", "fr": "Temps"},
    "col_cost": {"en": "Cost", "fr": "Coût"},
    "col_billable": {"en": "Billable", "fr": "Facturable"},
    "col_covered": {"en": "Covered", "fr": "Couvert"},
    "col_category": {"en": "Category", "fr": "Catégorie"},
    "col_level": {"en": "Level", "fr": "Niveau"},
    "col_technician": {"en": "Technician", "fr": "Technicien"},
    "col_time_cost": {"en": "Time cost", "fr": "Coût du temps"},
    "col_other_costs": {"en": "Other costs", "fr": "Autres coûts"},
    "col_included": {"en": "Included / year", "fr": "Inclus / an"},
    "col_used": {"en": "Used", "fr": "Utilisé"},
    "total": {"en": "Total", "fr": "Total"},
    "no_category": {"en": "No category", "fr": "Sans catégorie"},
    "no_contract": {"en": "No contract", "fr": "Sans contrat"},
    "unknown_user": {"en": "Unknown", "fr": "Inconnu"},
    "sla_title": {"en": "Service levels", "fr": "Niveaux de service"},
    "sla_resolved": {"en": "Tickets resolved in the period", "fr": "Tickets résolus sur la période"},
    "sla_response": {"en": "First response within target", "fr": "Première réponse dans les délais"},
    "sla_resolution": {"en": "Resolution within target", "fr": "Résolution dans les délais"},
    "sla_without": {"en": "Tickets without a target", "fr": "Tickets sans objectif"},
    "sla_share": {"en": "{met} of {total} ({share})", "fr": "{met} sur {total} ({share})"},
    "sla_none": {"en": "No target", "fr": "Sans objectif"},
    "breaches": {"en": "Missed targets ({count})", "fr": "Objectifs manqués ({count})"},
    "no_breach": {"en": "No target was missed.", "fr": "Aucun objectif n'a été manqué."},
    "more_breaches": {"en": "… and {count} more.", "fr": "… et {count} de plus."},
    "col_ticket": {"en": "Ticket", "fr": "Ticket"},
    "col_target": {"en": "Target", "fr": "Objectif"},
    "col_due": {"en": "Due", "fr": "Échéance"},
    "col_actual": {"en": "Actual", "fr": "Réel"},
    "col_late": {"en": "Late by", "fr": "Retard"},
    "target_response": {"en": "First response", "fr": "Première réponse"},
    "target_resolution": {"en": "Resolution", "fr": "Résolution"},
    "late_note": {"en": "Lateness in business hours (h:mm).", "fr": "Retard en heures ouvrées (h:mm)."},
    "top_title": {"en": "The {count} costliest customers", "fr": "Les {count} clients les plus coûteux"},
    "top_note": {"en": "Time of the period beside the hours a year their contract includes at {date}.",
                 "fr": "Temps de la période et heures par an incluses dans leur contrat au {date}."},
    # -- one ticket
    "ticket_title": {"en": "Ticket {number}", "fr": "Ticket {number}"},
    "customer": {"en": "Customer", "fr": "Client"},
    "contact": {"en": "Contact", "fr": "Contact"},
    "opened": {"en": "Opened", "fr": "Ouvert le"},
    "resolved": {"en": "Resolved", "fr": "Résolu le"},
    "closed": {"en": "Closed", "fr": "Clôturé le"},
    "status": {"en": "Status", "fr": "Statut"},
    "priority": {"en": "Priority", "fr": "Priorité"},
    "channel": {"en": "Channel", "fr": "Canal"},
    "category": {"en": "Category", "fr": "Catégorie"},
    "product": {"en": "Product", "fr": "Produit"},
    "assignee": {"en": "Handled by", "fr": "Pris en charge par"},
    "level": {"en": "Support level", "fr": "Niveau de support"},
    "sla_first_response": {"en": "First response", "fr": "Première réponse"},
    "sla_resolution_clock": {"en": "Resolution", "fr": "Résolution"},
    "sla_met": {"en": "Within target", "fr": "Dans les délais"},
    "sla_missed": {"en": "Target missed", "fr": "Objectif dépassé"},
    "sla_running": {"en": "In progress", "fr": "En cours"},
    "sla_paused": {"en": "Paused (waiting on you)", "fr": "En pause (en attente de votre réponse)"},
    "sla_due": {"en": "{state}, due {due}", "fr": "{state}, échéance {due}"},
    "sla_done_at": {"en": "{state} ({at})", "fr": "{state} ({at})"},
    "subject": {"en": "Subject", "fr": "Objet"},
    "description": {"en": "Description", "fr": "Description"},
    "history": {"en": "History", "fr": "Historique"},
    "from_customer": {"en": "Message from the customer", "fr": "Message du client"},
    "from_support": {"en": "Reply from {name}", "fr": "Réponse de {name}"},
    "from_support_unnamed": {"en": "Reply from support", "fr": "Réponse du support"},
    "status_change": {"en": "Status changed from {old} to {new}", "fr": "Statut passé de {old} à {new}"},
    "status_set": {"en": "Status set to {new}", "fr": "Statut passé à {new}"},
    "no_history": {"en": "No messages yet.", "fr": "Aucun message pour l'instant."},
    "solutions": {"en": "Solutions applied", "fr": "Solutions appliquées"},
    "resolution": {"en": "Resolution", "fr": "Résolution"},
    "time_title": {"en": "Time spent", "fr": "Temps passé"},
    "costs_title": {"en": "Parts, travel and expenses", "fr": "Pièces, déplacements et frais"},
    "nothing_spent": {"en": "No time, parts or travel were recorded on this ticket.",
                      "fr": "Aucun temps, aucune pièce ni aucun déplacement n'a été enregistré sur ce ticket."},
    "col_date": {"en": "Date", "fr": "Date"},
    "col_by": {"en": "By", "fr": "Par"},
    "col_duration": {"en": "Duration", "fr": "Durée"},
    "col_billing": {"en": "Billing", "fr": "Facturation"},
    "col_amount": {"en": "Amount", "fr": "Montant"},
    "col_kind": {"en": "Kind", "fr": "Type"},
    "col_description": {"en": "Description", "fr": "Description"},
    "col_quantity": {"en": "Qty", "fr": "Qté"},
    "travel_detail": {"en": "{km} km, {time}", "fr": "{km} km, {time}"},
    "total_time": {"en": "Time spent", "fr": "Temps passé"},
    "total_billable": {"en": "To be invoiced", "fr": "À facturer"},
    "total_covered": {"en": "Covered by your contract", "fr": "Couvert par votre contrat"},
    "total_free": {"en": "Free of charge", "fr": "Offert"},
    # -- the work order of an intervention
    "wo_title": {"en": "Work order {number}", "fr": "Bon d'intervention {number}"},
    "wo_kind": {"en": "Type of job", "fr": "Type d'intervention"},
    "wo_planned": {"en": "Planned", "fr": "Prévue le"},
    "wo_planned_span": {"en": "{day} {start}–{end}", "fr": "{day} de {start} à {end}"},
    "wo_completed": {"en": "Completed", "fr": "Terminée le"},
    "wo_site": {"en": "Site address", "fr": "Adresse d'intervention"},
    "wo_site_contact": {"en": "Contact on site", "fr": "Contact sur place"},
    "wo_ticket": {"en": "Ticket", "fr": "Ticket"},
    "wo_technicians": {"en": "Technicians", "fr": "Techniciens"},
    "wo_arrived": {"en": "Arrival", "fr": "Arrivée"},
    "wo_departed": {"en": "Departure", "fr": "Départ"},
    "wo_on_site": {"en": "Time on site", "fr": "Temps sur place"},
    "wo_instructions": {"en": "Instructions", "fr": "Consignes"},
    "wo_work_done": {"en": "Work done", "fr": "Travaux réalisés"},
    "wo_not_reported": {"en": "Not reported yet.", "fr": "Pas encore renseigné."},
    "wo_checklist": {"en": "Checklist", "fr": "Points de contrôle"},
    "wo_parts": {"en": "Parts used", "fr": "Pièces utilisées"},
    "wo_no_parts": {"en": "No parts were used.", "fr": "Aucune pièce n'a été utilisée."},
    "wo_travel": {"en": "Travel: {km} km", "fr": f"Déplacement{NBSP}: {{km}} km"},
    "wo_charges": {"en": "Time, parts and travel", "fr": "Temps, pièces et déplacement"},
    "wo_time_line": {"en": "Time on site – {name}", "fr": "Temps sur place – {name}"},
    "wo_travel_line": {"en": "Travel", "fr": "Déplacement"},
    "wo_km": {"en": "{km} km", "fr": "{km} km"},
    "wo_per_hour": {"en": "{price}/h", "fr": "{price}/h"},
    "wo_per_km": {"en": "{price}/km", "fr": "{price}/km"},
    "wo_nothing_charged": {"en": "No time, parts or travel were recorded yet.",
                           "fr": "Aucun temps, aucune pièce ni aucun déplacement n'a encore été enregistré."},
    "wo_follow_up": {"en": "Follow-up", "fr": "Suite à donner"},
    "wo_photos": {"en": "Photos", "fr": "Photos"},
    "wo_other_files": {"en": "Other files", "fr": "Autres fichiers"},
    "wo_file_missing": {"en": "{name} (file not on this computer)",
                        "fr": "{name} (fichier absent de cet ordinateur)"},
    "wo_signature": {"en": "Customer's signature", "fr": "Signature du client"},
    "wo_signed_by": {"en": "Signed by {name} on {day} at {time}", "fr": "Signé par {name} le {day} à {time}"},
    "wo_signature_missing": {"en": "The signature image is not on this computer yet.",
                             "fr": "L'image de la signature n'est pas encore sur cet ordinateur."},
    "wo_sign_note": {"en": "I confirm that the work described above was carried out.",
                     "fr": "Je confirme que les travaux décrits ci-dessus ont été réalisés."},
    "wo_sign_name": {"en": "Name", "fr": "Nom"},
    "wo_sign_date": {"en": "Date", "fr": "Date"},
    "wo_sign_signature": {"en": "Signature", "fr": "Signature"},
    "col_ref": {"en": "Ref.", "fr": "Réf."},
    "col_part": {"en": "Part", "fr": "Pièce"},
    "col_unit_price": {"en": "Unit price", "fr": "Prix unitaire"},
    # -- a technician's day sheet
    "ds_title": {"en": "Day sheet", "fr": "Feuille de route"},
    "ds_heading": {"en": "Day sheet of {name}", "fr": "Feuille de route de {name}"},
    "ds_technician": {"en": "Technician", "fr": "Technicien"},
    "ds_date": {"en": "Date", "fr": "Date"},
    "ds_van": {"en": "Van", "fr": "Camionnette"},
    "ds_no_van": {"en": "No van", "fr": "Pas de camionnette"},
    "ds_jobs": {"en": "Jobs ({count})", "fr": "Interventions ({count})"},
    "ds_col_time": {"en": "Time", "fr": "Heure"},
    "ds_col_job": {"en": "Job", "fr": "Intervention"},
    "ds_col_where": {"en": "Customer and place", "fr": "Client et lieu"},
    "ds_col_work": {"en": "Work to do", "fr": "Travail à faire"},
    "ds_bring": {"en": "Bring:", "fr": f"À emporter{NBSP}:"},
    "ds_more_parts": {"en": "… and {count} more (see the parts to load)",
                      "fr": "… et {count} de plus (voir les pièces à charger)"},
    "ds_load": {"en": "Parts to load", "fr": "Pièces à charger"},
    "ds_col_needed": {"en": "Needed", "fr": "Requis"},
    "ds_col_in_van": {"en": "In the van", "fr": "En camionnette"},
    "ds_col_to_load": {"en": "To load", "fr": "À charger"},
    "ds_col_for": {"en": "For", "fr": "Pour"},
    "ds_nothing_to_load": {"en": "The jobs of the day need no parts.",
                           "fr": "Les interventions du jour ne demandent aucune pièce."},
    "ds_all_in_van": {"en": "Everything needed is already in the van.",
                      "fr": "Tout le nécessaire est déjà dans la camionnette."},
    "ds_empty": {"en": "No job is planned for this day.", "fr": "Aucune intervention n'est prévue ce jour-là."},
    # -- the calendar export (iCalendar events)
    "cal_name": {"en": "Interventions", "fr": "Interventions"},
    "cal_name_of": {"en": "Interventions of {name}", "fr": "Interventions de {name}"},
    "cal_kind": {"en": "Type: {kind}", "fr": f"Type{NBSP}: {{kind}}"},
    "cal_contact": {"en": "Contact: {contact}", "fr": f"Contact{NBSP}: {{contact}}"},
    "cal_technicians": {"en": "Technicians: {names}", "fr": f"Techniciens{NBSP}: {{names}}"},
    "cal_bring": {"en": "Parts to bring: {parts}", "fr": f"Pièces à emporter{NBSP}: {{parts}}"},
    # -- a campaign's letters and labels
    "lt_title": {"en": "Letters – {name}", "fr": "Courriers – {name}"},
    "lt_labels_title": {"en": "Address labels – {name}", "fr": "Étiquettes d'adresse – {name}"},
    "lt_place_date": {"en": "{place}, {date}", "fr": "{place}, le {date}"},
    "lt_continued": {"en": "{name} – page {page}", "fr": "{name} – page {page}"},
    "lt_no_postal_address": {"en": "no postal address (neither theirs nor their company's)",
                             "fr": "pas d'adresse postale (ni la sienne ni celle de sa société)"},
    # -- a campaign's results, or the campaigns of a period compared
    "cr_title": {"en": "Campaign results", "fr": "Résultats de la campagne"},
    "cr_compare_title": {"en": "Campaigns compared", "fr": "Comparaison des campagnes"},
    "cr_dates": {"en": "From {start} to {end}", "fr": "Du {start} au {end}"},
    "cr_from": {"en": "From {start}", "fr": "À partir du {start}"},
    "cr_undated": {"en": "No dates set", "fr": "Sans dates"},
    "cr_objective": {"en": "Objective", "fr": "Objectif"},
    "cr_status": {"en": "Status", "fr": "Statut"},
    "cr_channels": {"en": "Channels", "fr": "Canaux"},
    "cr_budget": {"en": "Budget", "fr": "Budget"},
    "cr_figures": {"en": "Results", "fr": "Résultats"},
    "cr_targeted": {"en": "Targeted", "fr": "Ciblés"},
    "cr_excluded": {"en": "Left out", "fr": "Exclus"},
    "cr_sent": {"en": "Sent", "fr": "Envoyés"},
    "cr_pending": {"en": "To send", "fr": "À envoyer"},
    "cr_failed": {"en": "Failed", "fr": "Échecs"},
    "cr_responded": {"en": "Responded", "fr": "Réponses"},
    "cr_converted": {"en": "Converted (sale)", "fr": "Convertis (vente)"},
    "cr_revenue": {"en": "Revenue", "fr": "Chiffre d'affaires"},
    "cr_margin": {"en": "Margin", "fr": "Marge"},
    "cr_cost": {"en": "Cost", "fr": "Coût"},
    "cr_cost_per_response": {"en": "Cost per response", "fr": "Coût par réponse"},
    "cr_roi": {"en": "Return on investment", "fr": "Retour sur investissement"},
    "cr_roi_short": {"en": "ROI", "fr": "ROI"},
    "cr_roi_note": {"en": "Return on investment = (margin - cost) / cost.",
                    "fr": "Retour sur investissement = (marge - coût) / coût."},
    "cr_response_rate": {"en": "{share} of those reached", "fr": "{share} des personnes touchées"},
    "cr_funnel": {"en": "From target to sale", "fr": "De la cible à la vente"},
    "cr_by_channel": {"en": "By channel", "fr": "Par canal"},
    "cr_people": {"en": "People", "fr": "Personnes"},
    "cr_col_channel": {"en": "Channel", "fr": "Canal"},
    "cr_col_campaign": {"en": "Campaign", "fr": "Campagne"},
    "cr_col_dates": {"en": "Dates", "fr": "Dates"},
    "cr_no_sends": {"en": "Nothing was sent for this campaign yet.",
                    "fr": "Rien n'a encore été envoyé pour cette campagne."},
    "cr_ranking": {"en": "Ranked by return on investment", "fr": "Classement par retour sur investissement"},
    "cr_return_chart": {"en": "Return on investment per campaign (%)",
                        "fr": "Retour sur investissement par campagne (%)"},
    "cr_no_roi": {"en": "Without a recorded cost, a campaign has no return on investment: {names}.",
                  "fr": f"Sans coût enregistré, une campagne n'a pas de retour sur investissement{NBSP}: {{names}}."},
    "cr_nothing": {"en": "No campaign in this period.", "fr": "Aucune campagne sur cette période."},
    "cr_totals": {"en": "All campaigns", "fr": "Toutes les campagnes"},
    # -- the management reports (management, profitability, retention, customer sheet)
    "mg_title": {"en": "Management report", "fr": "Rapport de direction"},
    "mg_previous": {"en": "Compared with {start} to {end}", "fr": "Comparé à la période du {start} au {end}"},
    "mg_key_figures": {"en": "Key figures", "fr": "Chiffres clés"},
    "mg_col_figure": {"en": "Figure", "fr": "Indicateur"},
    "mg_col_period": {"en": "This period", "fr": "Cette période"},
    "mg_col_previous": {"en": "Previous period", "fr": "Période précédente"},
    "mg_col_change": {"en": "Change", "fr": "Évolution"},
    "mg_col_previous_revenue": {"en": "Revenue before", "fr": "CA période préc."},
    "mg_months_note": {"en": "Revenue before: the same month of the previous period ({start} to {end}).",
                       "fr": f"CA période préc.{NBSP}: le mois correspondant de la période précédente "
                             "(du {start} au {end})."},
    "mg_revenue": {"en": "Revenue", "fr": "Chiffre d'affaires"},
    "mg_cost_of_sales": {"en": "Cost of sales", "fr": "Coût des ventes"},
    "mg_margin": {"en": "Margin", "fr": "Marge"},
    "mg_cost_to_serve": {"en": "Cost to serve", "fr": "Coût de service"},
    "mg_contribution": {"en": "Contribution", "fr": "Contribution"},
    "mg_customers": {"en": "Customers", "fr": "Clients"},
    "mg_sales": {"en": "Sales", "fr": "Ventes"},
    "mg_profitability": {"en": "Profitability", "fr": "Rentabilité"},
    "mg_by_month": {"en": "Revenue and margin by month", "fr": "Chiffre d'affaires et marge par mois"},
    "mg_axis_amount": {"en": "Amount ({currency})", "fr": "Montant ({currency})"},
    "mg_tiers": {"en": "Customers by tier", "fr": "Clients par segment"},
    "mg_col_tier": {"en": "Tier", "fr": "Segment"},
    "mg_col_count": {"en": "Customers", "fr": "Clients"},
    "mg_col_share": {"en": "Share", "fr": "Part"},
    "mg_lifecycle": {"en": "Acquisition, growth and retention", "fr": "Acquisition, croissance et fidélisation"},
    "mg_active_at_start": {"en": "Active at the start", "fr": "Actifs au début"},
    "mg_acquired": {"en": "Acquired", "fr": "Acquis"},
    "mg_grew": {"en": "Grew", "fr": "En croissance"},
    "mg_retained": {"en": "Retained", "fr": "Fidélisés"},
    "mg_lost": {"en": "Lost", "fr": "Perdus"},
    "mg_retention_rate": {"en": "Retention rate", "fr": "Taux de fidélisation"},
    "mg_lifetime_value": {"en": "Average lifetime value", "fr": "Valeur vie client moyenne"},
    "mg_at_risk_count": {"en": "Customers at risk", "fr": "Clients à risque"},
    "mg_top": {"en": "Top customers by contribution", "fr": "Meilleurs clients par contribution"},
    "mg_bottom": {"en": "Bottom customers by contribution", "fr": "Clients à la plus faible contribution"},
    "mg_operations": {"en": "Operations", "fr": "Opérations"},
    "mg_speed_to_lead": {"en": "Speed to lead (median)", "fr": "Délai de prise en charge des leads (médiane)"},
    "mg_speed_within": {"en": "Leads answered within target", "fr": "Leads traités dans les délais"},
    "mg_sla_response": {"en": "First response within target", "fr": "Première réponse dans les délais"},
    "mg_sla_resolution": {"en": "Resolution within target", "fr": "Résolution dans les délais"},
    "mg_support_hours": {"en": "Support time / included in contracts", "fr": "Temps de support / inclus aux contrats"},
    "mg_campaign_cost": {"en": "Campaign cost", "fr": "Coût des campagnes"},
    "mg_campaign_margin": {"en": "Margin from campaigns", "fr": "Marge issue des campagnes"},
    "mg_campaign_roi": {"en": "Campaign return on investment", "fr": "Retour sur investissement des campagnes"},
    "mg_utilisation": {"en": "Technician utilisation", "fr": "Taux d'occupation des techniciens"},
    "mg_col_available": {"en": "Available", "fr": "Disponible"},
    "mg_col_planned": {"en": "Planned", "fr": "Planifié"},
    "mg_col_worked": {"en": "Worked", "fr": "Travaillé"},
    "mg_col_use": {"en": "Worked / available", "fr": "Travaillé / disponible"},
    "mg_no_data": {"en": "No sales or costs in this period.", "fr": "Aucune vente ni aucun coût sur cette période."},
    "mg_minutes": {"en": "{minutes} min", "fr": "{minutes} min"},
    "mg_none": {"en": "–", "fr": "–"},
    "pf_title": {"en": "Customer profitability", "fr": "Rentabilité des clients"},
    "pf_intro": {"en": "Customers ranked by contribution: margin less the cost to serve them (support time, parts, "
                       "travel, interventions and campaigns).",
                 "fr": "Clients classés par contribution : marge moins le coût pour les servir (temps de support, "
                       "pièces, déplacements, interventions et campagnes)."},
    "pf_ranking": {"en": "Ranked by contribution ({count})", "fr": "Classement par contribution ({count})"},
    "pf_chart": {"en": "Contribution of the best and the worst customers",
                 "fr": "Contribution des meilleurs et des moins bons clients"},
    "pf_costly": {"en": "Customers who cost more than they bring ({count})",
                  "fr": "Clients qui coûtent plus qu'ils ne rapportent ({count})"},
    "pf_costly_top": {"en": "The {count} costliest of the {total} customers who cost more than they bring",
                      "fr": "Les {count} plus coûteux des {total} clients qui coûtent plus qu'ils ne rapportent"},
    "pf_no_costly": {"en": "No customer cost more than they brought in this period.",
                     "fr": "Aucun client n'a coûté plus qu'il n'a rapporté sur cette période."},
    "pf_what_costs": {"en": "What costs", "fr": "Ce qui coûte"},
    "pf_col_revenue": {"en": "Revenue", "fr": "CA"},
    "pf_skipped": {"en": "… {count} customers in between …", "fr": "… {count} clients entre les deux …"},
    "pf_col_support": {"en": "Support", "fr": "Support"},
    "pf_col_parts": {"en": "Parts", "fr": "Pièces"},
    "pf_col_travel": {"en": "Travel", "fr": "Dépl."},
    "pf_col_interventions": {"en": "Interv.", "fr": "Interv."},
    "pf_col_campaigns": {"en": "Camp.", "fr": "Camp."},
    "pf_col_cost_to_serve": {"en": "To serve", "fr": "Service"},
    "pf_col_profitability": {"en": "Profit.", "fr": "Rent."},
    "pf_support": {"en": "support", "fr": "support"},
    "pf_parts": {"en": "parts", "fr": "pièces"},
    "pf_travel": {"en": "travel", "fr": "déplacements"},
    "pf_interventions": {"en": "interventions", "fr": "interventions"},
    "pf_campaigns": {"en": "campaigns", "fr": "campagnes"},
    "pf_sales_cost": {"en": "cost of sales", "fr": "coût des ventes"},
    "pf_note": {"en": "Profitability = revenue / (cost of sales + cost to serve). Amounts in {currency}.",
                "fr": "Rentabilité = chiffre d'affaires / (coût des ventes + coût de service). "
                      "Montants en {currency}."},
    "rt_title": {"en": "Customer retention", "fr": "Fidélisation des clients"},
    "rt_summary": {"en": "Retention", "fr": "Fidélisation"},
    "rt_tiers_note": {"en": "Tiers on {date}, from recency, frequency and amount of purchases (last 3 years).",
                      "fr": "Segments au {date}, selon la récence, la fréquence et le montant des achats "
                            "(3 dernières années)."},
    "rt_at_risk": {"en": "Customers at risk ({count})", "fr": "Clients à risque ({count})"},
    "rt_no_risk": {"en": "No customer is at risk.", "fr": "Aucun client n'est à risque."},
    "rt_col_reasons": {"en": "Why", "fr": "Pourquoi"},
    "rt_lost": {"en": "Lost customers ({count})", "fr": "Clients perdus ({count})"},
    "rt_lost_note": {"en": "Bought in the 12 months before the period, and nothing during it.",
                     "fr": "Ont acheté dans les 12 mois avant la période, et rien pendant celle-ci."},
    "rt_no_lost": {"en": "No customer was lost in this period.", "fr": "Aucun client perdu sur cette période."},
    "rt_col_last_year": {"en": "Revenue, 12 months before", "fr": "CA des 12 mois précédents"},
    "rt_more": {"en": "… and {count} more.", "fr": "… et {count} de plus."},
    "tier_champions": {"en": "Champions", "fr": "Champions"},
    "tier_loyal": {"en": "Loyal", "fr": "Fidèles"},
    "tier_promising": {"en": "Promising", "fr": "Prometteurs"},
    "tier_new": {"en": "New", "fr": "Nouveaux"},
    "tier_at_risk": {"en": "At risk", "fr": "À risque"},
    "tier_lost": {"en": "Lost", "fr": "Perdus"},
    "tier_occasional": {"en": "Occasional", "fr": "Occasionnels"},
    "tier_none": {"en": "No tier (no purchase in 3 years)", "fr": "Sans segment (aucun achat en 3 ans)"},
    "risk_silent": {"en": "Silent for longer than usual", "fr": "Silencieux plus longtemps que d'habitude"},
    "risk_tickets_rising": {"en": "Tickets rising", "fr": "Tickets en hausse"},
    "risk_spend_falling": {"en": "Spending falling", "fr": "Dépenses en baisse"},
    "cs_title": {"en": "Customer sheet", "fr": "Fiche client"},
    "cs_identity": {"en": "Identity", "fr": "Identité"},
    "cs_company": {"en": "Company", "fr": "Société"},
    "cs_person": {"en": "Person", "fr": "Personne"},
    "cs_address": {"en": "Address", "fr": "Adresse"},
    "cs_phone": {"en": "Phone", "fr": "Téléphone"},
    "cs_email": {"en": "E-mail", "fr": "E-mail"},
    "cs_vat": {"en": "VAT", "fr": "TVA"},
    "cs_contacts": {"en": "Contacts ({count})", "fr": "Contacts ({count})"},
    "cs_no_contacts": {"en": "No contact person recorded.", "fr": "Aucune personne de contact enregistrée."},
    "cs_col_name": {"en": "Name", "fr": "Nom"},
    "cs_col_title": {"en": "Position", "fr": "Fonction"},
    "cs_support": {"en": "Support level", "fr": "Niveau de support"},
    "cs_no_contract": {"en": "No valid contract", "fr": "Aucun contrat valide"},
    "cs_expired": {"en": "No valid contract (last: {level})", "fr": "Aucun contrat valide (dernier : {level})"},
    "cs_contract_until": {"en": "{level}, until {date}", "fr": "{level}, jusqu'au {date}"},
    "cs_minutes_used": {"en": "Support this year", "fr": "Support cette année"},
    "cs_used_of": {"en": "{used} of {included} included", "fr": "{used} sur {included} inclus"},
    "cs_value": {"en": "Value (last 12 months)", "fr": "Valeur (12 derniers mois)"},
    "cs_tier": {"en": "Tier", "fr": "Segment"},
    "cs_trend": {"en": "Revenue trend (vs 12 months before)", "fr": "Évolution du CA (vs 12 mois avant)"},
    "cs_risks": {"en": "Risk", "fr": "Risque"},
    "cs_no_risk": {"en": "No risk flag", "fr": "Aucun signal de risque"},
    "cs_recommendations": {"en": "What to offer", "fr": "Que proposer"},
    "cs_no_recommendation": {"en": "Nothing to suggest yet.", "fr": "Rien à suggérer pour l'instant."},
    "cs_col_offer": {"en": "Offer", "fr": "Offre"},
    "cs_col_why": {"en": "Why", "fr": "Pourquoi"},
    "cs_col_price": {"en": "Price", "fr": "Prix"},
    "cs_open_tickets": {"en": "Open tickets ({count})", "fr": "Tickets ouverts ({count})"},
    "cs_no_open_tickets": {"en": "No open ticket.", "fr": "Aucun ticket ouvert."},
    "cs_col_number": {"en": "Number", "fr": "Numéro"},
    "cs_col_subject": {"en": "Subject", "fr": "Objet"},
    "cs_col_status": {"en": "Status", "fr": "Statut"},
    "cs_col_date": {"en": "Date", "fr": "Date"},
    "cs_interventions": {"en": "Open interventions ({count})", "fr": "Interventions en cours ({count})"},
    "cs_no_interventions": {"en": "No open intervention.", "fr": "Aucune intervention en cours."},
    "cs_history": {"en": "Last 12 months ({count})", "fr": "12 derniers mois ({count})"},
    "cs_no_history": {"en": "Nothing recorded in the last 12 months.",
                      "fr": "Rien d'enregistré ces 12 derniers mois."},
    "cs_col_kind": {"en": "What", "fr": "Quoi"},
    "cs_history_more": {"en": "The {count} most recent are shown.", "fr": "Les {count} plus récents sont affichés."},
    "cs_up_sell": {"en": "Next tier of {product}", "fr": "Gamme supérieure de {product}"},
    "cs_cross_sell": {"en": "Often bought with {product}", "fr": "Souvent acheté avec {product}"},
    "cs_level": {"en": "{used} support minutes this year, {included} included in {level}",
                 "fr": "{used} minutes de support cette année, {included} incluses dans {level}"},
}

#: French for the English labels of core/support_choices (and of events the ticket report names).
LABELS: dict[str, dict[str, str]] = {
    # channels
    "Phone": {"en": "Phone", "fr": "Téléphone"},
    "E-mail": {"en": "E-mail", "fr": "E-mail"},
    "Walk-in": {"en": "Walk-in", "fr": "Passage en magasin"},
    "Web": {"en": "Web", "fr": "Web"},
    "On site": {"en": "On site", "fr": "Sur place"},
    # priorities
    "Low": {"en": "Low", "fr": "Basse"},
    "Normal": {"en": "Normal", "fr": "Normale"},
    "High": {"en": "High", "fr": "Haute"},
    "Urgent": {"en": "Urgent", "fr": "Urgente"},
    # statuses
    "New": {"en": "New", "fr": "Nouveau"},
    "Open": {"en": "Open", "fr": "En cours"},
    "Waiting on customer": {"en": "Waiting on customer", "fr": "En attente du client"},
    "Resolved": {"en": "Resolved", "fr": "Résolu"},
    "Closed": {"en": "Closed", "fr": "Clôturé"},
    "Reopened": {"en": "Reopened", "fr": "Rouvert"},
    # categories
    "Breakdown": {"en": "Breakdown", "fr": "Panne"},
    "Maintenance": {"en": "Maintenance", "fr": "Entretien"},
    "Installation": {"en": "Installation", "fr": "Installation"},
    "Configuration": {"en": "Configuration", "fr": "Configuration"},
    "Billing": {"en": "Billing", "fr": "Facturation"},
    "Information": {"en": "Information", "fr": "Information"},
    "Warranty": {"en": "Warranty", "fr": "Garantie"},
    "Other": {"en": "Other", "fr": "Autre"},
    # billing
    "Billable": {"en": "Billable", "fr": "Facturable"},
    "Covered by the contract": {"en": "Covered by the contract", "fr": "Couvert par le contrat"},
    "Free of charge": {"en": "Free of charge", "fr": "Offert"},
    # cost kinds
    "Part or material": {"en": "Part or material", "fr": "Pièce ou matériel"},
    "Travel": {"en": "Travel", "fr": "Déplacement"},
    "Other expense": {"en": "Other expense", "fr": "Autre frais"},
    # event kinds
    "Ticket message": {"en": "Ticket message", "fr": "Message"},
    "Ticket note": {"en": "Ticket note", "fr": "Note interne"},
    "Ticket status": {"en": "Ticket status", "fr": "Changement de statut"},
    "Ticket reassigned": {"en": "Ticket reassigned", "fr": "Ticket réattribué"},
    "Solution proposed": {"en": "Solution proposed", "fr": "Solution proposée"},
    "Time logged": {"en": "Time logged", "fr": "Temps enregistré"},
    "Cost recorded": {"en": "Cost recorded", "fr": "Coût enregistré"},
    # kinds of intervention ("Installation" and "Maintenance" are above, with the ticket categories)
    "Repair": {"en": "Repair", "fr": "Réparation"},
    "Visit": {"en": "Visit", "fr": "Visite"},
    # statuses of an intervention ("On site" is above, with the channels)
    "To plan": {"en": "To plan", "fr": "À planifier"},
    "Planned": {"en": "Planned", "fr": "Planifiée"},
    "On the way": {"en": "On the way", "fr": "En route"},
    "Done": {"en": "Done", "fr": "Terminée"},
    "Cancelled": {"en": "Cancelled", "fr": "Annulée"},
    # follow-ups asked on site
    "Another intervention": {"en": "Another intervention", "fr": "Une autre intervention"},
    "A quote": {"en": "A quote", "fr": "Un devis"},
    "A sales opportunity": {"en": "A sales opportunity", "fr": "Une opportunité commerciale"},
    # checklists per kind of intervention
    "Fault reproduced": {"en": "Fault reproduced", "fr": "Panne reproduite"},
    "Cause found": {"en": "Cause found", "fr": "Cause identifiée"},
    "Repair tested with the customer": {"en": "Repair tested with the customer",
                                        "fr": "Réparation testée avec le client"},
    "Work area left clean": {"en": "Work area left clean", "fr": "Zone de travail laissée propre"},
    "Equipment installed and powered": {"en": "Equipment installed and powered",
                                        "fr": "Équipement installé et sous tension"},
    "Settings configured": {"en": "Settings configured", "fr": "Réglages effectués"},
    "Customer shown how to use it": {"en": "Customer shown how to use it", "fr": "Utilisation expliquée au client"},
    "Packaging taken away": {"en": "Packaging taken away", "fr": "Emballages repris"},
    "Filters and wear parts checked": {"en": "Filters and wear parts checked",
                                       "fr": "Filtres et pièces d'usure contrôlés"},
    "Safety checks passed": {"en": "Safety checks passed", "fr": "Contrôles de sécurité réussis"},
    "Firmware or software up to date": {"en": "Firmware or software up to date",
                                        "fr": "Micrologiciel ou logiciel à jour"},
    "Next visit agreed": {"en": "Next visit agreed", "fr": "Prochaine visite convenue"},
    "Needs noted": {"en": "Needs noted", "fr": "Besoins notés"},
    "Measurements taken": {"en": "Measurements taken", "fr": "Mesures prises"},
    "Photos taken": {"en": "Photos taken", "fr": "Photos prises"},
    # campaign channels (core/campaign_sends), objectives and statuses (core/campaign_choices)
    "Letter": {"en": "Letter", "fr": "Courrier"},
    "SMS": {"en": "SMS", "fr": "SMS"},
    "Win new customers": {"en": "Win new customers", "fr": "Gagner de nouveaux clients"},
    "Sell more to customers": {"en": "Sell more to customers", "fr": "Vendre plus aux clients"},
    "Keep customers": {"en": "Keep customers", "fr": "Fidéliser les clients"},
    "Draft": {"en": "Draft", "fr": "Brouillon"},
    "Running": {"en": "Running", "fr": "En cours"},
    # kinds of the customer's timeline (core/timeline, core/choices.HISTORY_KINDS) for the customer sheet
    "Call": {"en": "Call", "fr": "Appel"},
    "Fax": {"en": "Fax", "fr": "Fax"},
    "Meeting": {"en": "Meeting", "fr": "Réunion"},
    "Trade show": {"en": "Trade show", "fr": "Salon"},
    "Web form": {"en": "Web form", "fr": "Formulaire web"},
    "Note": {"en": "Note", "fr": "Note"},
    "Ticket opened": {"en": "Ticket opened", "fr": "Ticket ouvert"},
    "Intervention": {"en": "Intervention", "fr": "Intervention"},
    "Task done": {"en": "Task done", "fr": "Tâche terminée"},
    "Sale": {"en": "Sale", "fr": "Vente"},
    "Campaign e-mail": {"en": "Campaign e-mail", "fr": "E-mail de campagne"},
    "Campaign letter": {"en": "Campaign letter", "fr": "Courrier de campagne"},
    "Campaign call": {"en": "Campaign call", "fr": "Appel de campagne"},
    "Campaign SMS": {"en": "Campaign SMS", "fr": "SMS de campagne"},
    "Lead": {"en": "Lead", "fr": "Lead"},
}

SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}
MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
}
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}


def _group(digits: str, separator: str) -> str:
    parts = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return separator.join(parts)


class Texts:
    """The strings and formats of one language: ``t("key", name=...)``, ``t.money(cents)``."""

    def __init__(self, language: str, currency: str = "EUR", timezone: str = "Europe/Brussels") -> None:
        self.language = language if language in LANGUAGES else "en"
        self.currency = currency
        self.zone = ZoneInfo(timezone)

    def __call__(self, key: str, **params: object) -> str:
        text = WORDS[key][self.language]
        return text.format(**params) if params else text

    def label(self, english: str | None) -> str:
        """A vocabulary label (core/support_choices) in the reader's language."""
        if not english:
            return ""
        return LABELS.get(english, {}).get(self.language, english)

    def choice(self, choices: Mapping[str, str], key: str | None) -> str:
        """The label of a stored key; a key that is not in the vocabulary is shown as it is."""
        if not key:
            return ""
        return self.label(choices[key]) if key in choices else key

    # -- numbers

    @property
    def symbol(self) -> str:
        return SYMBOLS.get(self.currency, self.currency)

    def integer(self, value: int) -> str:
        sign = "-" if value < 0 else ""
        return sign + _group(str(abs(value)), NBSP if self.language == "fr" else ",")

    def money(self, cents: int, with_cents: bool = True) -> str:
        """"1 234,50 €" (French, no-break spaces) or "€1,234.50" (English)."""
        sign = "-" if cents < 0 else ""
        units, rest = divmod(abs(cents), 100)
        if not with_cents:
            units, rest = (abs(cents) + 50) // 100, 0
        if self.language == "fr":
            number = _group(str(units), NBSP) + (f",{rest:02d}" if with_cents else "")
            return f"{sign}{number}{NBSP}{self.symbol}"
        number = _group(str(units), ",") + (f".{rest:02d}" if with_cents else "")
        symbol = self.symbol
        return f"{sign}{symbol}{NBSP if len(symbol) > 1 else ''}{number}"

    def duration(self, minutes: float) -> str:
        """Hours and minutes, "h:mm" (a negative time never shows)."""
        total = max(0, round(minutes))
        return f"{total // 60}:{total % 60:02d}"

    def share(self, fraction: float | None) -> str:
        if fraction is None:
            return "–"
        text = f"{fraction * 100:.1f}"
        return f"{text.replace('.', ',')}{NBSP}%" if self.language == "fr" else f"{text}%"

    def percent(self, fraction: float) -> str:
        """A whole percentage, grouped: "25 %", "3 013 %" (French) or "25%", "3,013%"."""
        number = self.integer(round(fraction * 100))
        return f"{number}{NBSP}%" if self.language == "fr" else f"{number}%"

    def decimal(self, value: float, places: int = 1) -> str:
        text = f"{value:.{places}f}".rstrip("0").rstrip(".") if places else f"{value:.0f}"
        return text.replace(".", ",") if self.language == "fr" else text

    # -- dates

    def day(self, day: date) -> str:
        if self.language == "fr":
            return day.strftime("%d/%m/%Y")
        return f"{day.day:02d} {MONTHS['en'][day.month - 1]} {day.year}"

    def weekday(self, day: date) -> str:
        """The day's name and date: "Tuesday 03 Mar 2026", "mardi 03/03/2026"."""
        return f"{WEEKDAYS[self.language][day.weekday()]} {self.day(day)}"

    def local(self, value: str | datetime) -> datetime:
        """A stored UTC time in the business's time zone."""
        moment = from_iso(value) if isinstance(value, str) else value
        return moment.astimezone(self.zone)

    def time(self, value: str | datetime | None) -> str:
        """The local time of day of a stored UTC time, "14:05"."""
        return f"{self.local(value):%H:%M}" if value else ""

    def moment(self, value: str | datetime | None) -> str:
        """A stored UTC time in the business's local time, to the minute."""
        if not value:
            return ""
        moment = from_iso(value) if isinstance(value, str) else value
        local = moment.astimezone(self.zone)
        return f"{self.day(local.date())} {local:%H:%M}"

    def month(self, first: date, with_year: bool = False) -> str:
        name = MONTHS[self.language][first.month - 1]
        return f"{name} {first:%y}" if with_year else name
