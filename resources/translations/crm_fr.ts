<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Edit the article</source>
        <translation>Modifier l&apos;article</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>e.g. Vaillant ecoTEC plus</source>
        <translation>p. ex. Vaillant ecoTEC plus</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>What the customer sees or reports</source>
        <translation>Ce que le client voit ou signale</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>Une étape par ligne</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>How many tickets this article solved</source>
        <extracomment>How far show_article() pages through the list to select an article (a few thousand at most). Emitted after the filter changed or the list was read again.</extracomment>
        <translation>Nombre de tickets résolus grâce à cet article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Résolu</translation>
    </message>
</context>
<context>
    <name>AssignmentRulesDialog</name>
    <message>
        <source>Assignment rules</source>
        <translation>Règles d’attribution</translation>
    </message>
    <message>
        <source>New leads without a seller go through these rules from the top. The first rule that matches names the sellers; the one with the fewest open leads gets the lead. When no rule matches, the lead stays unassigned for a manager to give.</source>
        <translation>Les nouvelles pistes sans vendeur passent par ces règles en partant du haut. La première règle qui correspond désigne les vendeurs&#xa0;; celui qui a le moins de pistes ouvertes reçoit la piste. Si aucune règle ne correspond, la piste reste non attribuée jusqu’à ce qu’un responsable l’attribue.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Vendeurs</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Speed to lead</source>
        <translation>Délai de premier contact</translation>
    </message>
    <message>
        <source> min of business hours</source>
        <translation> min en heures ouvrées</translation>
    </message>
    <message>
        <source>First contact within</source>
        <translation>Premier contact sous</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Interested in {what}</source>
        <translation>Intéressé par {what}</translation>
    </message>
    <message>
        <source>Postcode {prefix}…</source>
        <translation>Code postal {prefix}…</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Tous les autres</translation>
    </message>
    <message>
        <source>{rule} (not in use)</source>
        <translation>{rule} (inactive)</translation>
    </message>
    <message>
        <source>Product or category</source>
        <translation>Produit ou catégorie</translation>
    </message>
    <message>
        <source>Postcode starts</source>
        <translation>Début du code postal</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save the record first to attach files.</source>
        <translation>Enregistrez d’abord la fiche pour y joindre des fichiers.</translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>Aucun fichier.</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Déposez des fichiers ici pour les joindre.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Cannot copy the file: {reason}</source>
        <translation>Impossible de copier le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}.</source>
        <translation>Aucun programme de cet ordinateur ne peut ouvrir {name}.</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Supprimer des fichiers</translation>
    </message>
    <message>
        <source>Remove {names}? The files go to the trash.</source>
        <translation>Supprimer {names}&#xa0;? Les fichiers iront à la corbeille.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <extracomment>A stored UTC time (core/clock.py to_iso). Entries read at a time: the first page of a filter, then one more each time the list is scrolled to its end. Tables whose writes show in the trail: all of them (every synced write is a line). Choices of the support tables, shown in words in a record&apos;s history. The list was scrolled to its end and there is more: the view reads the next page.</extracomment>
        <translation>Quand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <extracomment>The view&apos;s latest filter (set on the GUI thread, read by the workers). Open a record&apos;s page: (kind, id). A page of the trail is on screen (the first of a filter, or the next one). The entries under the filter were counted (after its first page is shown).</extracomment>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>History of this record…</source>
        <translation>Historique de cette fiche…</translation>
    </message>
    <message>
        <source>Reading the trail…</source>
        <translation>Lecture du journal…</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7&#xa0;derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30&#xa0;derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12&#xa0;derniers mois</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Du … au …</translation>
    </message>
    <message>
        <source>Record: a name, a number…</source>
        <translation>Fiche&#xa0;: un nom, un numéro…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>{n}+ entries</source>
        <translation>{n}+ entrées</translation>
    </message>
    <message>
        <source>The trail could not be read. The details were written to the log file.</source>
        <translation>Le journal n’a pas pu être lu. Les détails ont été écrits dans le fichier journal de l’application.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1&#xa0;entrée</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n}&#xa0;entrées</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>Back up now</source>
        <extracomment>The job that backs up now (a worker, its own connection); it returns the backup&apos;s path. A backup was made from here: its path. Back up now failed too: the reason shown.</extracomment>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
    <message>
        <source>The automatic backup of {when} failed: {reason}</source>
        <translation>La sauvegarde automatique du {when} a échoué : {reason}</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Sauvegardé dans {path}.</translation>
    </message>
    <message>
        <source>Back up now failed: {reason}</source>
        <translation>La sauvegarde a échoué : {reason}</translation>
    </message>
</context>
<context>
    <name>BoardLegend</name>
    <message>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Hors horaires de travail</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to a calendar</source>
        <extracomment>The file was written: its path and how many interventions it holds. Writing failed: the message shown.</extracomment>
        <translation>Exporter vers un agenda</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>Tous les techniciens</translation>
    </message>
    <message>
        <source>Every date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Planned and done interventions as calendar events (an .ics file) that a phone, Outlook or Thunderbird can import. Importing the file again updates the events.</source>
        <translation>Les interventions planifiées et réalisées, sous forme d’événements d’agenda (un fichier .ics) à importer dans un téléphone, Outlook ou Thunderbird. Importer à nouveau le fichier met à jour les événements.</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à créer.</translation>
    </message>
    <message>
        <source>This is a folder: add the name of the file to write.</source>
        <translation>Ceci est un dossier&#xa0;: ajoutez le nom du fichier à créer.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>The last day comes before the first: choose the days again.</source>
        <translation>Le dernier jour précède le premier&#xa0;: choisissez à nouveau les jours.</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Écriture de l’agenda…</translation>
    </message>
    <message>
        <source>No planned intervention in these days: {path} holds no event.</source>
        <translation>Aucune intervention planifiée sur ces jours&#xa0;: {path} ne contient aucun événement.</translation>
    </message>
    <message>
        <source>1 intervention was written to {path}.</source>
        <translation>1 intervention a été enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>{count} interventions were written to {path}.</source>
        <translation>{count} interventions ont été enregistrées dans {path}.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Impossible d’enregistrer le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The calendar could not be written. The details were written to the log file.</source>
        <translation>Impossible d’enregistrer l’agenda. Les détails ont été enregistrés dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <source>Call list: {name}</source>
        <extracomment>A call was logged: the person&apos;s id and the outcome key.</extracomment>
        <translation>Liste d’appels&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Calls of {caller}</source>
        <translation>Appels de {caller}</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Liste d’appels</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Argumentaire</translation>
    </message>
    <message>
        <source>— how did it go? —</source>
        <translation>— comment s’est passé l’appel&#xa0;? —</translation>
    </message>
    <message>
        <source>What was said (goes to the history)</source>
        <translation>Ce qui a été dit (va dans l’historique)</translation>
    </message>
    <message>
        <source>Open a lead for them</source>
        <translation>Ouvrir une piste pour cette personne</translation>
    </message>
    <message>
        <source>An interested person becomes a lead for a seller to follow up</source>
        <translation>Une personne intéressée devient une piste à suivre par un vendeur</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Enregistrer l’appel</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>{n} to call, {done} done</source>
        <translation>{n} à appeler, {done} effectués</translation>
    </message>
    <message>
        <source>Nobody to call</source>
        <translation>Aucune personne à appeler</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Campaign</source>
        <extracomment>The period choices of the filter, in menu order.</extracomment>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Ciblés</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Segment: {name}</source>
        <translation>Segment&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>CampaignMembersPanel</name>
    <message>
        <source>Build the list</source>
        <extracomment>Open a record made from a reply (&quot;lead&quot;, &quot;task&quot;, &quot;opportunity&quot;) or the person. The list was built (the page moves the campaign to running and refreshes).</extracomment>
        <translation>Constituer la liste</translation>
    </message>
    <message>
        <source>Take the people of the segment now, and check each one&apos;s consent and address on every channel (again: only newcomers are added)</source>
        <translation>Reprendre maintenant les personnes du segment et vérifier le consentement et l’adresse de chacune sur chaque canal (là encore, seuls les nouveaux venus sont ajoutés)</translation>
    </message>
    <message>
        <source>Find a member by name, company or e-mail</source>
        <translation>Rechercher un membre par nom, société ou e-mail</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Record a reply…</source>
        <translation>Enregistrer une réponse…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Désinscrire…</translation>
    </message>
    <message>
        <source>{n} members</source>
        <translation>{n} membres</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <source>Save the campaign first, then build its list from the segment.</source>
        <translation>Enregistrez d’abord la campagne, puis constituez sa liste à partir du segment.</translation>
    </message>
    <message>
        <source>No member matches.</source>
        <translation>Aucun membre ne correspond.</translation>
    </message>
    <message>
        <source>No member yet: choose a segment on the Setup tab, then build the list.</source>
        <translation>Aucun membre pour l’instant&#xa0;: choisissez un segment dans l’onglet Configuration, puis constituez la liste.</translation>
    </message>
    <message>
        <source>Nobody is on the list yet.</source>
        <translation>Personne n’est encore sur la liste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} people targeted&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n} personnes ciblées&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{channel}: {reached} reached, {left} left out</source>
        <translation>{channel}&#xa0;: {reached} touchés, {left} écartés</translation>
    </message>
    <message>
        <source>Open the person</source>
        <translation>Ouvrir la fiche de la personne</translation>
    </message>
</context>
<context>
    <name>CampaignResultsPanel</name>
    <message>
        <source>Campaign results</source>
        <extracomment>Tables whose changes can move a campaign&apos;s figures.</extracomment>
        <translation>Résultats de la campagne</translation>
    </message>
    <message>
        <source>campaign-results</source>
        <translation>resultats-campagne</translation>
    </message>
    <message>
        <source>Campaigns compared</source>
        <translation>Comparaison des campagnes</translation>
    </message>
    <message>
        <source>campaigns-compared</source>
        <translation>comparaison-campagnes</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Imprimer le rapport…</translation>
    </message>
    <message>
        <source>The campaign&apos;s results with charts, to preview, save or print</source>
        <translation>Les résultats de la campagne avec graphiques, à prévisualiser, enregistrer ou imprimer</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Ciblés</translation>
    </message>
    <message>
        <source>Left out (no consent or address)</source>
        <translation>Écartés (sans consentement ni adresse)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>Clients ayant acheté</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Cost per reply</source>
        <translation>Coût par réponse</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Retour sur investissement</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Return on investment = (margin of the sales the campaign brought − its cost) ÷ its cost. A sale counts when it is linked to the campaign.</source>
        <translation>Retour sur investissement = (marge des ventes apportées par la campagne − son coût) ÷ son coût. Une vente est comptée lorsqu’elle est liée à la campagne.</translation>
    </message>
    <message>
        <source>Save the campaign and build its list: its results appear here.</source>
        <translation>Enregistrez la campagne et constituez sa liste&#xa0;: ses résultats s’afficheront ici.</translation>
    </message>
    <message>
        <source>1 sale brought by the campaign</source>
        <translation>1 vente apportée par la campagne</translation>
    </message>
    <message>
        <source>{n} sales brought by the campaign</source>
        <translation>{n} ventes apportées par la campagne</translation>
    </message>
    <message>
        <source>{rate} of the people reached replied</source>
        <translation>{rate} des personnes touchées ont répondu</translation>
    </message>
    <message>
        <source>add the campaign&apos;s costs on the Setup tab to see its return</source>
        <translation>ajoutez les coûts de la campagne dans l’onglet Configuration pour voir son retour</translation>
    </message>
</context>
<context>
    <name>CampaignWindow</name>
    <message>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation>Annuler la campagne</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Repasser en brouillon</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>New campaign…</source>
        <extracomment>Open a record: (&quot;campaign&quot;, id), or (&quot;campaign&quot;, &quot;&quot;) for a new campaign.</extracomment>
        <translation>Nouvelle campagne…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Les 12 derniers mois</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>Du… au…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>A report comparing the campaigns of the period, to print</source>
        <translation>Un rapport comparant les campagnes de la période, à imprimer</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>1 campaign</source>
        <translation>1 campagne</translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation>{n} campagnes</translation>
    </message>
    <message>
        <source>No campaign in this period.</source>
        <translation>Aucune campagne sur cette période.</translation>
    </message>
    <message>
        <source>No campaign yet: “New campaign…” prepares one.</source>
        <translation>Aucune campagne pour l’instant&#xa0;: «&#xa0;Nouvelle campagne…&#xa0;» en prépare une.</translation>
    </message>
</context>
<context>
    <name>CheckListField</name>
    <message>
        <source>Search</source>
        <extracomment>Quiet time after the last edit before counting. Criteria offered as check boxes (short, fixed lists) and as checkable lists (values in use). Where each criterion is shown. From this many values on, a search line narrows the list (cities, tags of a large database).</extracomment>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <source>Pick a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Colour on the planning board</source>
        <translation>Couleur sur le planning</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nouvelle société</translation>
    </message>
    <message>
        <source>Search companies by name, VAT number, city…</source>
        <translation>Rechercher par nom, numéro de TVA, ville…</translation>
    </message>
    <message>
        <source>Companies: {count}</source>
        <translation>Sociétés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>No company matches these filters.</source>
        <translation>Aucune société ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The companies your interventions concern show here.</source>
        <translation>Les entreprises concernées par vos interventions apparaissent ici.</translation>
    </message>
    <message>
        <source>No companies yet. Click “New company” to add the first one.</source>
        <translation>Aucune société pour l’instant. Cliquez sur «&#xa0;Nouvelle société&#xa0;» pour ajouter la première.</translation>
    </message>
</context>
<context>
    <name>CompanyDetailView</name>
    <message>
        <source>Identity</source>
        <extracomment>The company&apos;s id, when the user asks to add a person to it. A new ticket for this company: (&quot;&quot; for no person, company id). A new intervention for this company: its initial values (company_id).</extracomment>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>info@example.com</source>
        <translation>info@example.com</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>key account, reseller, …</source>
        <translation>grand compte, revendeur, …</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Interventions ({n})</source>
        <translation>Interventions ({n})</translation>
    </message>
    <message>
        <source>Tickets ({n})</source>
        <translation>Tickets ({n})</translation>
    </message>
    <message>
        <source>People ({n})</source>
        <translation>Personnes ({n})</translation>
    </message>
    <message>
        <source>Files ({n})</source>
        <translation>Fichiers ({n})</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nouvelle société</translation>
    </message>
</context>
<context>
    <name>CompanyPeoplePanel</name>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Save the company first to add its people.</source>
        <translation>Enregistrez d’abord la société pour y ajouter des personnes.</translation>
    </message>
    <message>
        <source>No people yet.</source>
        <translation>Aucune personne pour l’instant.</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type to find a company…</source>
        <extracomment>Changes that never alter a person&apos;s timeline. Changes that may alter the person&apos;s tickets tab. Changes that may alter the person&apos;s support contract.</extracomment>
        <translation>Tapez pour trouver une société…</translation>
    </message>
    <message>
        <source>Open this company</source>
        <translation>Ouvrir cette société</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Open record</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Or type a new value:</source>
        <translation>Ou saisissez une nouvelle valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Utiliser cette valeur</translation>
    </message>
    <message>
        <source>To choose another value, open the record.</source>
        <translation>Pour choisir une autre valeur, ouvrez la fiche.</translation>
    </message>
    <message>
        <source>this computer ({code})</source>
        <translation>cet ordinateur ({code})</translation>
    </message>
    <message>
        <source>computer {code}</source>
        <translation>l’ordinateur {code}</translation>
    </message>
    <message>
        <source>Written by {author} on {machine}, {when}</source>
        <translation>Saisie par {author} sur {machine}, le {when}</translation>
    </message>
    <message>
        <source>Written on {machine}, {when}</source>
        <translation>Saisie sur {machine}, le {when}</translation>
    </message>
    <message>
        <source>This record is in the trash.</source>
        <translation>Cette fiche est dans la corbeille.</translation>
    </message>
    <message>
        <source>{n} computers changed this field before they synced. Choose the value to keep.</source>
        <translation>{n} ordinateurs ont modifié ce champ avant de se synchroniser. Choisissez la valeur à conserver.</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <source>First name</source>
        <extracomment>Stored UTC times, shown in the shop&apos;s time zone; and plain dates. Columns holding the id of another record: (its table, the column that names it). Rows that belong to an intervention: their conflicts are named after it. Field-service tables whose records ConflictTexts.field_record names. Choices whose keys depend on the table: (table, column) -&gt; core&apos;s labels.</extracomment>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other e-mail</source>
        <translation>Autre e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Plafond de crédit</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Coût horaire</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <source>Home base</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Camionnette</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Spare part</source>
        <translation>Pièce détachée</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Restock to</source>
        <translation>Réapprovisionner jusqu’à</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Maintenance plan</source>
        <translation>Plan d’entretien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Contact on site</source>
        <translation>Contact sur place</translation>
    </message>
    <message>
        <source>Phone on site</source>
        <translation>Téléphone sur place</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Travail effectué</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Précisions sur la suite à donner</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Débute le</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>Type of job</source>
        <translation>Type d’intervention</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Type d’emplacement</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Ligne de coût</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nom de l’emplacement</translation>
    </message>
    <message>
        <source>Van of</source>
        <translation>Camionnette de</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Région téléphonique par défaut</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Business settings</source>
        <translation>Paramètres de l’entreprise</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Time on site</source>
        <translation>Temps sur place</translation>
    </message>
    <message>
        <source>{n} km</source>
        <translation>{n}&#xa0;km</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n}&#xa0;mois</translation>
    </message>
    <message>
        <source>off</source>
        <translation>repos</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Valeur affichée</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>{name} (in the trash)</source>
        <translation>{name} (dans la corbeille)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Double-click to open the record</source>
        <translation>Double-cliquez pour ouvrir la fiche</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>These fields were changed on two computers before they synced. Nothing was lost: every value is kept until you choose one, and your choice reaches the other computers at their next sync.</source>
        <translation>Ces champs ont été modifiés sur deux ordinateurs avant leur synchronisation. Rien n’est perdu&#xa0;: chaque valeur est conservée jusqu’à ce que vous en choisissiez une, et votre choix parviendra aux autres ordinateurs lors de leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>No conflicts.

When two computers change the same field before they sync, both values are kept and shown here for you to choose.</source>
        <translation>Aucun conflit.

Quand deux ordinateurs modifient le même champ avant de se synchroniser, les deux valeurs sont conservées et présentées ici pour que vous choisissiez.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>How: signed form, web form, phone call…</source>
        <translation>Comment&#xa0;: formulaire signé, formulaire web, appel…</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <source>Consent history of {name}</source>
        <translation>Historique des consentements de {name}</translation>
    </message>
    <message>
        <source>No consent was ever recorded for this person.</source>
        <translation>Aucun consentement n’a jamais été enregistré pour cette personne.</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Edit the contract</source>
        <translation>Modifier le contrat</translation>
    </message>
    <message>
        <source>New support contract</source>
        <translation>Nouveau contrat de support</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>Niveau de support</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Numéro de contrat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>No support levels are defined yet: an administrator adds them in Settings.</source>
        <translation>Aucun niveau de support n&apos;est encore défini&#xa0;: un administrateur les ajoute dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>ContractsPanel</name>
    <message>
        <source>Add contract…</source>
        <translation>Ajouter un contrat…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>End today</source>
        <translation>Terminer aujourd&apos;hui</translation>
    </message>
    <message>
        <source>The contract stops covering the customer after today</source>
        <translation>Le contrat ne couvre plus le client après aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>starts later</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <source>Save the record first to give it a support contract.</source>
        <translation>Enregistrez d&apos;abord la fiche pour lui attribuer un contrat de support.</translation>
    </message>
    <message>
        <source>No valid support contract today (the last one, {level}, ended {day}).</source>
        <translation>Aucun contrat de support valide aujourd&apos;hui (le dernier, {level}, a pris fin le {day}).</translation>
    </message>
    <message>
        <source>No support contract.</source>
        <translation>Aucun contrat de support.</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>jusqu&apos;au {day}</translation>
    </message>
    <message>
        <source>with no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>, {hours} of support included a year</source>
        <translation>, {hours} de support inclus par an</translation>
    </message>
    <message>
        <source>&lt;b&gt;{level}&lt;/b&gt; support, valid {until}{included}.</source>
        <translation>Support &lt;b&gt;{level}&lt;/b&gt;, valide {until}{included}.</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <source>Reply to customer</source>
        <extracomment>(background, border/heading colour) of each kind of message. Composer choices: (key, direction given to core). A message or note was added (its event id).</extracomment>
        <translation>Réponse au client</translation>
    </message>
    <message>
        <source>Customer wrote</source>
        <translation>Message du client</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>A message sent to the customer (stops the first-response clock)</source>
        <translation>Un message envoyé au client (arrête le compteur de première réponse)</translation>
    </message>
    <message>
        <source>What the customer said or wrote (wakes a ticket waiting on them)</source>
        <translation>Ce que le client a dit ou écrit (réactive un ticket en attente du client)</translation>
    </message>
    <message>
        <source>Only for the team; the customer never sees it</source>
        <translation>Réservée à l&apos;équipe&#xa0;; le client ne la voit jamais</translation>
    </message>
    <message>
        <source>Write here…</source>
        <translation>Écrivez ici…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the ticket to start its conversation.</source>
        <translation>Enregistrez le ticket pour démarrer la conversation.</translation>
    </message>
    <message>
        <source>Ticket opened by {name} · {channel}</source>
        <translation>Ticket ouvert par {name} · {channel}</translation>
    </message>
    <message>
        <source>No messages yet. Reply to the customer or note what you did below.</source>
        <translation>Aucun message pour l&apos;instant. Répondez au client ou notez ci-dessous ce que vous avez fait.</translation>
    </message>
    <message>
        <source>logged by {name}</source>
        <translation>saisi par {name}</translation>
    </message>
    <message>
        <source>{name}: status {old} → {new}</source>
        <translation>{name}&#xa0;: statut {old} → {new}</translation>
    </message>
    <message>
        <source>{name} assigned the ticket to {user}</source>
        <translation>{name} a assigné le ticket à {user}</translation>
    </message>
    <message>
        <source>{name} unassigned the ticket</source>
        <translation>{name} a retiré l&apos;assignation du ticket</translation>
    </message>
    <message>
        <source>{name} proposed a solution: {title}</source>
        <translation>{name} a proposé une solution&#xa0;: {title}</translation>
    </message>
    <message>
        <source>{name} logged {time} ({billing})</source>
        <translation>{name} a enregistré {time} ({billing})</translation>
    </message>
    <message>
        <source>{name} recorded {kind}</source>
        <translation>{name} a enregistré {kind}</translation>
    </message>
    <message>
        <source>{name} recorded {kind}: {amount}</source>
        <translation>{name} a enregistré un coût ({kind})&#xa0;: {amount}</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Add a cost</source>
        <translation>Ajouter un coût</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>e.g. Printing</source>
        <translation>p. ex. Impression</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>CostsBox</name>
    <message>
        <source>Paid on</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Add a cost…</source>
        <translation>Ajouter un coût…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save the campaign first, then add what it costs.</source>
        <translation>Enregistrez d’abord la campagne, puis ajoutez ce qu’elle coûte.</translation>
    </message>
    <message>
        <source>Spent {total} of a budget of {budget}</source>
        <translation>Dépensé&#xa0;: {total} sur un budget de {budget}</translation>
    </message>
    <message>
        <source>Spent {total}</source>
        <translation>Dépensé&#xa0;: {total}</translation>
    </message>
</context>
<context>
    <name>CostsPanel</name>
    <message>
        <source>Timer</source>
        <extracomment>The inline forms, in the order of their buttons. The columns of the costs table that hold money (cost, price): left empty and hidden for who may not see them. Something was recorded (time, a cost, the timer stopped). Money figures: a ticket&apos;s totals count every technician&apos;s work, so no intervention of one&apos;s own.</extracomment>
        <translation>Chronomètre</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Count the time spent on this ticket</source>
        <translation>Compter le temps passé sur ce ticket</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the timer and log the time it measured</source>
        <translation>Arrêter le chronomètre et enregistrer le temps mesuré</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Ajouter du temps</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Ajouter une pièce</translation>
    </message>
    <message>
        <source>Add travel</source>
        <translation>Ajouter un déplacement</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Ajouter une dépense</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>Part or material</source>
        <translation>Pièce ou matériel</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Other expense</source>
        <translation>Autre dépense</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Temps&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Delete the time entry…</source>
        <translation>Supprimer le temps saisi…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parts, travel and expenses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pièces, déplacements et dépenses&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Delete the cost line…</source>
        <translation>Supprimer la ligne de coût…</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Cost to the business</source>
        <translation>Coût pour l&apos;entreprise</translation>
    </message>
    <message>
        <source>Billable to the customer</source>
        <translation>Facturable au client</translation>
    </message>
    <message>
        <source>Covered by the contract</source>
        <translation>Couvert par le contrat</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Automatic: covered while the contract&apos;s hours last, otherwise billable</source>
        <translation>Automatique&#xa0;: couvert tant qu&apos;il reste des heures au contrat, sinon facturable</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Travail effectué</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Expansion vessel 8 l</source>
        <translation>Vase d&apos;expansion 8&#xa0;l</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>Temps de déplacement</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Price to the customer</source>
        <translation>Prix pour le client</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Move the chosen line to the trash; it can be restored from there</source>
        <translation>Placer la ligne choisie dans la corbeille ; elle peut y être restaurée</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km}&#xa0;km</translation>
    </message>
    <message>
        <source>Delete the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Move this line to the trash? It can be restored from there.</source>
        <translation>Placer cette ligne dans la corbeille ? Elle pourra y être restaurée.</translation>
    </message>
    <message>
        <source>The ticket is closed: reopen it to record time or costs.</source>
        <translation>Le ticket est clôturé&#xa0;: rouvrez-le pour enregistrer du temps ou des coûts.</translation>
    </message>
    <message>
        <source>Your timer is running on another ticket: Start logs that time and counts here instead.</source>
        <translation>Votre chronomètre tourne sur un autre ticket&#xa0;: Démarrer enregistre ce temps et compte désormais ici.</translation>
    </message>
    <message>
        <source>Save the ticket first.</source>
        <translation>Enregistrez d&apos;abord le ticket.</translation>
    </message>
</context>
<context>
    <name>CustomerInterventionsPanel</name>
    <message>
        <source>New intervention</source>
        <extracomment>The id of the intervention to open (double-click or Enter). Initial values of a new intervention to open (person_id, company_id, ticket_id, subject, kind).</extracomment>
        <translation>Nouvelle intervention</translation>
    </message>
    <message>
        <source>Plan a visit on site for this customer</source>
        <translation>Planifier une visite sur place pour ce client</translation>
    </message>
    <message>
        <source>Save the record first to plan interventions for it.</source>
        <translation>Enregistrez d’abord la fiche pour lui planifier des interventions.</translation>
    </message>
    <message>
        <source>The latest {n} are shown.</source>
        <translation>Les {n} plus récentes sont affichées.</translation>
    </message>
    <message>
        <source>No interventions yet.</source>
        <translation>Aucune intervention pour l’instant.</translation>
    </message>
</context>
<context>
    <name>CustomerListDialog</name>
    <message>
        <source>1 customer; revenue and contribution for {period}.</source>
        <extracomment>A customer was chosen: &quot;company&quot; or &quot;person&quot;, and the record&apos;s id. The rows are shown (after the worker thread) — or the error line is.</extracomment>
        <translation>1&#xa0;client&#xa0;; chiffre d’affaires et contribution pour {period}.</translation>
    </message>
    <message>
        <source>{n} customers; revenue and contribution for {period}.</source>
        <translation>{n}&#xa0;clients&#xa0;; chiffre d’affaires et contribution pour {period}.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Double-click a customer to open their page.</source>
        <translation>Double-cliquez sur un client pour ouvrir sa fiche.</translation>
    </message>
    <message>
        <source>The customers could not be listed. The details were written to the log file.</source>
        <translation>Impossible de lister les clients. Les détails ont été enregistrés dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>CustomerRowsModel</name>
    <message>
        <source>Customer</source>
        <extracomment>Up to this many keys each customer is valued alone; beyond, every customer of the period is valued at once.</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>CustomerSalesPanel</name>
    <message>
        <source>New sale…</source>
        <translation>Nouvelle vente…</translation>
    </message>
    <message>
        <source>Record what this customer bought</source>
        <translation>Enregistrer ce que ce client a acheté</translation>
    </message>
    <message>
        <source>Revenue to date {revenue} · {n} sales</source>
        <translation>Chiffre d’affaires à ce jour {revenue} · {n} ventes</translation>
    </message>
    <message>
        <source>Revenue to date {revenue} · margin {margin} ({percent} %) · {n} sales</source>
        <translation>Chiffre d’affaires à ce jour {revenue} · marge {margin} ({percent}&#xa0;%) · {n} ventes</translation>
    </message>
    <message>
        <source>No sales yet.</source>
        <translation>Aucune vente pour l’instant.</translation>
    </message>
    <message>
        <source>Save the record first to record sales for it.</source>
        <translation>Enregistrez d’abord la fiche pour pouvoir y enregistrer des ventes.</translation>
    </message>
    <message>
        <source>Sales ({n})</source>
        <translation>Ventes ({n})</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
</context>
<context>
    <name>CustomerTasksPanel</name>
    <message>
        <source>New task…</source>
        <extracomment>Changes that may alter the list.</extracomment>
        <translation>Nouvelle tâche…</translation>
    </message>
    <message>
        <source>No follow-up planned with this customer.</source>
        <translation>Aucune suite prévue avec ce client.</translation>
    </message>
    <message>
        <source>Tasks ({n})</source>
        <translation>Tâches ({n})</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
</context>
<context>
    <name>CustomerTicketsPanel</name>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Log a problem for this customer</source>
        <translation>Ouvrir un ticket pour ce client</translation>
    </message>
    <message>
        <source>Save the record first to log its tickets.</source>
        <translation>Enregistrez d&apos;abord la fiche pour lui ouvrir des tickets.</translation>
    </message>
    <message>
        <source>No tickets yet.</source>
        <translation>Aucun ticket pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <source>thousand {currency}</source>
        <extracomment>One colour per RFM tier: good tiers green/blue, warning amber, lost red, occasional grey. The lifecycle groups in the order drawn, with their colours.</extracomment>
        <translation>milliers de {currency}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Updating the figures…</source>
        <extracomment>Tables whose changes move a dashboard figure (a refresh waits until the view is shown). Tiles in display order: key -&gt; object name. Finds the customers behind an element: their keys, or their keys and why each is listed. Open a customer&apos;s page: &quot;company&quot; or &quot;person&quot;, and the id. New figures are on screen (after each computation). A list of customers behind a chart element was opened (the CustomerListDialog).</extracomment>
        <translation>Mise à jour des chiffres…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Coût de service</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Clients à risque</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Taux de fidélisation</translation>
    </message>
    <message>
        <source>Speed to lead (median)</source>
        <translation>Délai de premier contact (médiane)</translation>
    </message>
    <message>
        <source>SLA response on time</source>
        <translation>Réponse dans les délais (SLA)</translation>
    </message>
    <message>
        <source>Support time vs contracts</source>
        <translation>Temps de support / contrats</translation>
    </message>
    <message>
        <source>Campaign return</source>
        <translation>Retour des campagnes</translation>
    </message>
    <message>
        <source>List the customers at risk and why</source>
        <translation>Lister les clients à risque et pourquoi</translation>
    </message>
    <message>
        <source>Top customers by contribution</source>
        <translation>Meilleurs clients par contribution</translation>
    </message>
    <message>
        <source>Bottom customers by contribution</source>
        <translation>Clients à la plus faible contribution</translation>
    </message>
    <message>
        <source>Click a month, a tier, a group or a customer to list the customers behind it.</source>
        <translation>Cliquez sur un mois, une catégorie, un groupe ou un client pour afficher la liste des clients correspondants.</translation>
    </message>
    <message>
        <source>The figures could not be computed. The details were written to the log file.</source>
        <translation>Impossible de calculer les chiffres. Les détails ont été enregistrés dans le fichier journal.</translation>
    </message>
    <message>
        <source>From {period}, compared with {previous}</source>
        <translation>Période&#xa0;: {period}, comparée à {previous}</translation>
    </message>
    <message>
        <source>From {period}</source>
        <translation>Période&#xa0;: {period}</translation>
    </message>
    <message>
        <source>{change} vs previous period ({before})</source>
        <translation>{change} sur la période préc. ({before})</translation>
    </message>
    <message>
        <source>Previous period: {before}</source>
        <translation>Période précédente&#xa0;: {before}</translation>
    </message>
    <message>
        <source>with a risk flag today</source>
        <translation>signalés à risque aujourd’hui</translation>
    </message>
    <message>
        <source>{kept} of {active} kept, {lost} lost</source>
        <translation>{kept} sur {active} fidélisés, {lost} perdus</translation>
    </message>
    <message>
        <source>No lead answered in this period</source>
        <translation>Aucune piste traitée sur cette période</translation>
    </message>
    <message>
        <source>{share} answered within target</source>
        <translation>{share} traitées dans le délai visé</translation>
    </message>
    <message>
        <source>No ticket judged in this period</source>
        <translation>Aucun ticket évalué sur cette période</translation>
    </message>
    <message>
        <source>Resolution on time: {share}</source>
        <translation>Résolution dans les délais&#xa0;: {share}</translation>
    </message>
    <message>
        <source>Included in contracts: {time}</source>
        <translation>Inclus dans les contrats&#xa0;: {time}</translation>
    </message>
    <message>
        <source>No campaign cost in this period</source>
        <translation>Aucun coût de campagne sur cette période</translation>
    </message>
    <message>
        <source>Margin {margin} for a cost of {cost}</source>
        <translation>Marge {margin} pour un coût de {cost}</translation>
    </message>
    <message>
        <source>Tier: {tier}</source>
        <translation>Catégorie&#xa0;: {tier}</translation>
    </message>
    <message>
        <source>Customers acquired in the period</source>
        <translation>Clients acquis sur la période</translation>
    </message>
    <message>
        <source>Customers who grew in the period</source>
        <translation>Clients en croissance sur la période</translation>
    </message>
    <message>
        <source>Customers retained in the period</source>
        <translation>Clients fidélisés sur la période</translation>
    </message>
    <message>
        <source>Customers lost in the period (their figures of the 12 months before)</source>
        <translation>Clients perdus sur la période (leurs chiffres des 12&#xa0;mois précédents)</translation>
    </message>
    <message>
        <source>Customers billed from {period}</source>
        <translation>Clients facturés sur la période {period}</translation>
    </message>
    <message>
        <source>Finding the customers…</source>
        <translation>Recherche des clients…</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>DayCard</name>
    <message>
        <source>No customer</source>
        <extracomment>Changes that may alter what the day shows. Lines of the customer&apos;s history on a card. Entries read beyond those lines, for the jobs planned ahead that are left out.</extracomment>
        <translation>Aucun client</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>Aucune adresse</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>&lt;b&gt;On site:&lt;/b&gt; {contact}</source>
        <translation>&lt;b&gt;Sur place&#xa0;:&lt;/b&gt; {contact}</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>aucun nom indiqué</translation>
    </message>
    <message>
        <source>&lt;b&gt;With:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Avec&#xa0;:&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Instructions:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Instructions&#xa0;:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&lt;b&gt;To bring:&lt;/b&gt; nothing listed</source>
        <translation>&lt;b&gt;À apporter&#xa0;:&lt;/b&gt; rien d’indiqué</translation>
    </message>
    <message>
        <source>in the van ({n})</source>
        <translation>dans la camionnette ({n})</translation>
    </message>
    <message>
        <source>only {n} in the van</source>
        <translation>seulement {n} dans la camionnette</translation>
    </message>
    <message>
        <source>&lt;b&gt;To bring:&lt;/b&gt;</source>
        <translation>&lt;b&gt;À apporter&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open tickets:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Tickets ouverts&#xa0;:&lt;/b&gt; aucun</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>et {n} autre(s)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open tickets:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tickets ouverts&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lately:&lt;/b&gt; nothing recorded</source>
        <translation>&lt;b&gt;Récemment&#xa0;:&lt;/b&gt; rien d’enregistré</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lately:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Récemment&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
</context>
<context>
    <name>DaySheetDialog</name>
    <message>
        <source>Day sheet</source>
        <extracomment>The sheet was built and its preview closed (the technician&apos;s id and the ISO day).</extracomment>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>The technician&apos;s jobs of the day in order, with addresses, contacts and the parts to load in the van.</source>
        <translation>Les interventions du technicien pour la journée, dans l’ordre, avec les adresses, les contacts et les pièces à charger dans la camionnette.</translation>
    </message>
    <message>
        <source>There is no technician yet: give a user the technician role first.</source>
        <translation>Aucun technicien pour l’instant&#xa0;: attribuez d’abord le rôle de technicien à un utilisateur.</translation>
    </message>
</context>
<context>
    <name>DecisionField</name>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify the lead</source>
        <translation>Disqualifier la piste</translation>
    </message>
    <message>
        <source>e.g. No budget, bought elsewhere, not reachable</source>
        <translation>p. ex. Pas de budget, achat ailleurs, injoignable</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualifier</translation>
    </message>
</context>
<context>
    <name>DueField</name>
    <message>
        <source>In 1 hour</source>
        <translation>Dans 1 heure</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Demain 9:00</translation>
    </message>
    <message>
        <source>Next Monday</source>
        <translation>Lundi prochain</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>This looks like a record that already exists:</source>
        <translation>Cette fiche semble déjà exister&#xa0;:</translation>
    </message>
    <message>
        <source>Open the existing record to add to it, or create a new one anyway.</source>
        <translation>Ouvrez la fiche existante pour la compléter, ou créez quand même une nouvelle fiche.</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Records that look like the same person or company, for instance typed on two computers before they synced. Select the record to keep, then merge: the others&apos; history, files and people move to it and they go to the trash.</source>
        <translation>Fiches qui semblent désigner la même personne ou la même société, par exemple saisies sur deux ordinateurs avant leur synchronisation. Sélectionnez la fiche à conserver, puis fusionnez&#xa0;: l’historique, les fichiers et les personnes des autres fiches lui sont rattachés, et celles-ci vont à la corbeille.</translation>
    </message>
    <message>
        <source>Merge into selected</source>
        <translation>Fusionner dans la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>No duplicates and no broken references.</source>
        <translation>Aucun doublon ni aucune référence rompue.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>{kind}: {count} records</source>
        <translation>{kind}&#xa0;: {count} fiches</translation>
    </message>
    <message>
        <source>Broken references</source>
        <translation>Références rompues</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>dans la corbeille</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>Entrée d’historique</translation>
    </message>
    <message>
        <source>{what}: {label}</source>
        <translation>{what}&#xa0;: {label}</translation>
    </message>
    <message>
        <source>refers to a record that is {state}</source>
        <translation>renvoie à une fiche {state}</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Fusionner des fiches</translation>
    </message>
    <message>
        <source>Merge {count} other record(s) into “{name}”? They go to the trash.</source>
        <translation>Fusionner {count} autre(s) fiche(s) dans «&#xa0;{name}&#xa0;»&#xa0;? Elles iront à la corbeille.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{n} s</source>
        <extracomment>Kinds whose duration is worth noting (time spent with the customer).</extracomment>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{h} h {m:02d}</source>
        <translation>{h} h {m:02d}</translation>
    </message>
</context>
<context>
    <name>DurationField</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>EmailJob</name>
    <message>
        <source>Campaign e-mails are sent from a database file, not from memory.</source>
        <extracomment>How often a paced wait looks whether Cancel was pressed. The EmailRunReport of the run (also after Cancel, or when the server stopped it). The run could not start or broke: the text for the user. After done or failed, always.</extracomment>
        <translation>Les e-mails de campagne sont envoyés à partir d’un fichier de base de données, pas depuis la mémoire.</translation>
    </message>
    <message>
        <source>Campaign e-mails</source>
        <translation>E-mails de campagne</translation>
    </message>
    <message>
        <source>Sending the campaign&apos;s e-mails…</source>
        <translation>Envoi des e-mails de la campagne…</translation>
    </message>
    <message>
        <source>Sending the campaign&apos;s e-mails: {done} of {total}…</source>
        <translation>Envoi des e-mails de la campagne&#xa0;: {done} sur {total}…</translation>
    </message>
    <message>
        <source>Sending stopped because of an unexpected error; what was sent is recorded.</source>
        <translation>L’envoi s’est arrêté à cause d’une erreur inattendue&#xa0;; ce qui a été envoyé est enregistré.</translation>
    </message>
    <message>
        <source>{sent} e-mails sent.</source>
        <translation>{sent} e-mails envoyés.</translation>
    </message>
    <message>
        <source>{n} addresses refused them for good.</source>
        <translation>{n} adresses les ont définitivement rejetés.</translation>
    </message>
    <message>
        <source>{n} could not be delivered now; retry them later.</source>
        <translation>{n} n’ont pas pu être remis pour l’instant&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>{n} were left out meanwhile (unsubscribed, or sent from another computer).</source>
        <translation>{n} ont été écartés entre-temps (désinscription, ou envoi depuis un autre ordinateur).</translation>
    </message>
    <message>
        <source>{n} e-mails stay to send: send again to finish.</source>
        <translation>Il reste {n} e-mails à envoyer&#xa0;: relancez l’envoi pour terminer.</translation>
    </message>
    <message>
        <source>There was no e-mail left to send.</source>
        <translation>Il ne restait aucun e-mail à envoyer.</translation>
    </message>
</context>
<context>
    <name>EncryptionPage</name>
    <message>
        <source>Sync files and backups</source>
        <extracomment>Something was written (passphrase set or entered, encryption turned on or off). The database file was converted: True encrypted now, False plain.</extracomment>
        <translation>Fichiers de synchronisation et sauvegardes</translation>
    </message>
    <message>
        <source>With a passphrase set once for the business, the files that leave this computer (sync files in the shared folder, backups) are encrypted: a lost USB stick or a copied folder shows nothing. Each computer asks for the passphrase once and keeps the key; the passphrase itself is stored nowhere.</source>
        <translation>Avec une phrase secrète définie une fois pour toute l’entreprise, les fichiers qui quittent cet ordinateur (fichiers de synchronisation du dossier partagé, sauvegardes) sont chiffrés&#xa0;: une clé USB perdue ou un dossier copié ne révèle rien. Chaque ordinateur demande la phrase secrète une seule fois et conserve la clé&#xa0;; la phrase secrète elle-même n’est enregistrée nulle part.</translation>
    </message>
    <message>
        <source>Set the business passphrase</source>
        <translation>Définir la phrase secrète de l’entreprise</translation>
    </message>
    <message>
        <source>Write it down and keep it safe: without it, encrypted backups cannot be restored. It cannot be changed later.</source>
        <translation>Notez-la et conservez-la en lieu sûr&#xa0;: sans elle, les sauvegardes chiffrées ne peuvent pas être restaurées. Elle ne pourra pas être modifiée par la suite.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Set the passphrase and encrypt</source>
        <translation>Définir la phrase secrète et chiffrer</translation>
    </message>
    <message>
        <source>Enter the passphrase on this computer</source>
        <translation>Saisir la phrase secrète sur cet ordinateur</translation>
    </message>
    <message>
        <source>Use on this computer</source>
        <translation>Utiliser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Encrypt sync files and backups</source>
        <translation>Chiffrer les fichiers de synchronisation et les sauvegardes</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Encrypt the database file on this computer (SQLCipher)</source>
        <translation>Chiffrer le fichier de base de données sur cet ordinateur (SQLCipher)</translation>
    </message>
    <message>
        <source>No business passphrase is set: sync files and backups are not encrypted.</source>
        <translation>Aucune phrase secrète d’entreprise n’est définie&#xa0;: les fichiers de synchronisation et les sauvegardes ne sont pas chiffrés.</translation>
    </message>
    <message>
        <source>The sync folder&apos;s files are encrypted: enter the business passphrase to read them.</source>
        <translation>Les fichiers du dossier de synchronisation sont chiffrés&#xa0;: saisissez la phrase secrète de l’entreprise pour les lire.</translation>
    </message>
    <message>
        <source>Sync files and backups are encrypted.</source>
        <translation>Les fichiers de synchronisation et les sauvegardes sont chiffrés.</translation>
    </message>
    <message>
        <source>A business passphrase is set, but sync files and backups are not encrypted now.</source>
        <translation>Une phrase secrète d’entreprise est définie, mais les fichiers de synchronisation et les sauvegardes ne sont pas chiffrés actuellement.</translation>
    </message>
    <message>
        <source>This computer knows the passphrase.</source>
        <translation>Cet ordinateur connaît la phrase secrète.</translation>
    </message>
    <message>
        <source>This computer does not know the passphrase yet.</source>
        <translation>Cet ordinateur ne connaît pas encore la phrase secrète.</translation>
    </message>
    <message>
        <source>This database is kept in memory only: there is no file to encrypt.</source>
        <translation>Cette base de données n’existe qu’en mémoire : il n’y a pas de fichier à chiffrer.</translation>
    </message>
    <message>
        <source>Set the business passphrase (or enter it on this computer) first: the database key is derived from it.</source>
        <translation>Définissez d’abord la phrase secrète de l’entreprise (ou saisissez-la sur cet ordinateur) : la clé de la base de données en est dérivée.</translation>
    </message>
    <message>
        <source>Only this computer&apos;s copy is concerned: each computer chooses for its own file. The backups of an encrypted database are always encrypted too.</source>
        <translation>Seule la copie de cet ordinateur est concernée : chaque ordinateur choisit pour son propre fichier. Les sauvegardes d’une base chiffrée sont toujours chiffrées elles aussi.</translation>
    </message>
    <message>
        <source>Encrypting the database file…</source>
        <translation>Chiffrement du fichier de la base de données…</translation>
    </message>
    <message>
        <source>Decrypting the database file…</source>
        <translation>Déchiffrement du fichier de la base de données…</translation>
    </message>
    <message>
        <source>The database file is now encrypted.</source>
        <translation>Le fichier de la base de données est désormais chiffré.</translation>
    </message>
    <message>
        <source>The database file is no longer encrypted.</source>
        <translation>Le fichier de la base de données n’est plus chiffré.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name}</source>
        <extracomment>The person was erased (their id).</extracomment>
        <translation>Effacer {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; The name of {name} becomes &quot;Erased person&quot; everywhere; their e-mail addresses, phones, address, birthday, notes and custom fields are cleared, the texts of their history, ticket messages and campaign replies are replaced and their files are deleted, on every machine after the next sync.&lt;br&gt;&lt;br&gt;Sales, costs and counts stay, so the figures do not change.</source>
        <translation>&lt;b&gt;Cette opération est irréversible.&lt;/b&gt; Le nom de {name} devient «&#xa0;Erased person&#xa0;» partout&#xa0;; ses adresses e-mail, téléphones, adresse, date d’anniversaire, notes et champs personnalisés sont vidés, les textes de son historique, de ses messages de ticket et de ses réponses aux campagnes sont remplacés et ses fichiers sont supprimés, sur chaque poste après la prochaine synchronisation.&lt;br&gt;&lt;br&gt;Les ventes, les coûts et les décomptes sont conservés&#xa0;: les chiffres ne changent donc pas.</translation>
    </message>
    <message>
        <source>e.g. asked by e-mail on 2 March</source>
        <translation>p. ex. demandé par e-mail le 2&#xa0;mars</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Type &quot;{name}&quot; to confirm</source>
        <translation>Saisissez «&#xa0;{name}&#xa0;» pour confirmer</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong and the last action may not have completed.
The details were written to {path}.</source>
        <translation>Une erreur s’est produite et la dernière action n’a peut-être pas abouti.
Les détails ont été enregistrés dans {path}.</translation>
    </message>
    <message>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the data of {name}</source>
        <extracomment>Both files are written: (json path, pdf path).</extracomment>
        <translation>Exporter les données de {name}</translation>
    </message>
    <message>
        <source>Everything held about {name} is written to the folder as a JSON file (complete, for another system) and a PDF to read. The export is recorded in the audit trail.</source>
        <translation>Toutes les données détenues sur {name} sont enregistrées dans le dossier sous forme d’un fichier JSON (complet, destiné à un autre système) et d’un PDF lisible. L’export est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose the folder to write the files to.</source>
        <translation>Choisissez le dossier où enregistrer les fichiers.</translation>
    </message>
    <message>
        <source>Exporting personal data</source>
        <translation>Export des données personnelles</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Enregistrement des fichiers…</translation>
    </message>
    <message>
        <source>The files could not be written: {reason}</source>
        <translation>Impossible d’enregistrer les fichiers&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Written:
{json}
{pdf}</source>
        <translation>Fichiers enregistrés&#xa0;:
{json}
{pdf}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>FieldReports</name>
    <message>
        <source>Creating the document…</source>
        <translation>Création du document…</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Bon d’intervention {number}</translation>
    </message>
    <message>
        <source>Day sheet of {name}</source>
        <translation>Feuille de route de {name}</translation>
    </message>
    <message>
        <source>day-sheet</source>
        <translation>feuille-de-route</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to CRM Desktop</source>
        <translation>Bienvenue dans CRM Desktop</translation>
    </message>
    <message>
        <source>A new database was created: {name}.

You can explore CRM Desktop with sample companies, people and history, or start with an empty database and add your own contacts.</source>
        <translation>Une nouvelle base de données a été créée&#xa0;: {name}.

Vous pouvez découvrir CRM Desktop avec des sociétés, des personnes et un historique d’exemple, ou commencer avec une base vide et ajouter vos propres contacts.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Charger les données d’exemple</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Commencer à vide</translation>
    </message>
</context>
<context>
    <name>FollowUpField</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>GlancePanel</name>
    <message>
        <source>Customer at a glance</source>
        <translation>Aperçu du client</translation>
    </message>
    <message>
        <source>Choose the customer to see their contract and history.</source>
        <translation>Choisissez le client pour voir son contrat et son historique.</translation>
    </message>
    <message>
        <source>valid until {day}</source>
        <translation>valide jusqu&apos;au {day}</translation>
    </message>
    <message>
        <source>valid, no end date</source>
        <translation>valide, sans date de fin</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support level:&lt;/b&gt; {level}, {until}</source>
        <translation>&lt;b&gt;Niveau de support&#xa0;:&lt;/b&gt; {level}, {until}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support level:&lt;/b&gt; none valid today ({level} expired)</source>
        <translation>&lt;b&gt;Niveau de support&#xa0;:&lt;/b&gt; aucun valide aujourd&apos;hui ({level} expiré)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support level:&lt;/b&gt; no contract</source>
        <translation>&lt;b&gt;Niveau de support&#xa0;:&lt;/b&gt; aucun contrat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support this year:&lt;/b&gt; {used} of {included} included</source>
        <translation>&lt;b&gt;Support cette année&#xa0;:&lt;/b&gt; {used} sur {included} inclus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support this year:&lt;/b&gt; {used}</source>
        <translation>&lt;b&gt;Support cette année&#xa0;:&lt;/b&gt; {used}</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>et {n} de plus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other open tickets:&lt;/b&gt; {tickets}</source>
        <translation>&lt;b&gt;Autres tickets ouverts&#xa0;:&lt;/b&gt; {tickets}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other open tickets:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Autres tickets ouverts&#xa0;:&lt;/b&gt; aucun</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revenue to date:&lt;/b&gt; {amount}</source>
        <translation>&lt;b&gt;Chiffre d&apos;affaires à ce jour&#xa0;:&lt;/b&gt; {amount}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last visits:&lt;/b&gt; {visits}</source>
        <translation>&lt;b&gt;Dernières visites&#xa0;:&lt;/b&gt; {visits}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last visits:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Dernières visites&#xa0;:&lt;/b&gt; aucune</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next intervention:&lt;/b&gt; {intervention}</source>
        <translation>&lt;b&gt;Prochaine intervention&#xa0;:&lt;/b&gt; {intervention}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last interventions:&lt;/b&gt; {interventions}</source>
        <translation>&lt;b&gt;Dernières interventions&#xa0;:&lt;/b&gt; {interventions}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interventions:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Interventions&#xa0;:&lt;/b&gt; aucune</translation>
    </message>
    <message>
        <source>{number} {when} ({kind}, {status})</source>
        <translation>{number} {when} ({kind}, {status})</translation>
    </message>
    <message>
        <source>{number} ({kind}, {status})</source>
        <translation>{number} ({kind}, {status})</translation>
    </message>
</context>
<context>
    <name>HistoryEntryDialog</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Files ({n})</source>
        <translation>Fichiers ({n})</translation>
    </message>
</context>
<context>
    <name>InterventionDetailView</name>
    <message>
        <source>Job</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>The job</source>
        <translation>L’intervention</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What is to be done?</source>
        <translation>Que faut-il faire&#xa0;?</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>electrical, network…</source>
        <translation>électricité, réseau…</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>The customer&apos;s address if empty</source>
        <translation>Adresse du client si vide</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Contact on site</source>
        <translation>Contact sur place</translation>
    </message>
    <message>
        <source>Phone on site</source>
        <translation>Téléphone sur place</translation>
    </message>
    <message>
        <source>When and who</source>
        <translation>Quand et qui</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>À faire avant le</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <source>Choose the technicians and the time, with their availability</source>
        <translation>Choisir les techniciens et l’horaire, selon leurs disponibilités</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Parts to bring</source>
        <translation>Pièces à apporter</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>Finish the job</source>
        <translation>Terminer l’intervention</translation>
    </message>
    <message>
        <source>Back to planned</source>
        <translation>Remettre en planifiée</translation>
    </message>
    <message>
        <source>Back to the jobs to plan</source>
        <translation>Remettre dans les interventions à planifier</translation>
    </message>
    <message>
        <source>Cancel the job…</source>
        <translation>Annuler l’intervention…</translation>
    </message>
    <message>
        <source>Tell the office you are driving to the customer</source>
        <translation>Prévenir le bureau que vous êtes en route vers le client</translation>
    </message>
    <message>
        <source>You arrived: the arrival time is noted</source>
        <translation>Vous êtes arrivé&#xa0;: l’heure d’arrivée est notée</translation>
    </message>
    <message>
        <source>Save the report and close the job</source>
        <translation>Enregistrer le rapport et clôturer l’intervention</translation>
    </message>
    <message>
        <source>The job will not be done</source>
        <translation>L’intervention n’aura pas lieu</translation>
    </message>
    <message>
        <source>Work order…</source>
        <translation>Bon d’intervention…</translation>
    </message>
    <message>
        <source>The printable work order (preview, PDF, print)</source>
        <translation>Le bon d’intervention imprimable (aperçu, PDF, impression)</translation>
    </message>
    <message>
        <source>Reopen the job</source>
        <translation>Rouvrir l’intervention</translation>
    </message>
    <message>
        <source>Not planned yet.</source>
        <translation>Pas encore planifiée.</translation>
    </message>
    <message>
        <source>no technician yet</source>
        <translation>aucun technicien pour l’instant</translation>
    </message>
    <message>
        <source>not planned yet</source>
        <translation>pas encore planifiée</translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation>Nouvelle intervention</translation>
    </message>
    <message>
        <source>For whom, and what is the job?</source>
        <translation>Pour qui, et quelle intervention&#xa0;?</translation>
    </message>
    <message>
        <source>due by {day}</source>
        <translation>à faire avant le {day}</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Annuler l’intervention</translation>
    </message>
    <message>
        <source>Cancel {number}? It leaves the planning; it can be planned again later.</source>
        <translation>Annuler {number}&#xa0;? Elle sort du planning&#xa0;; elle pourra être planifiée à nouveau plus tard.</translation>
    </message>
</context>
<context>
    <name>InterventionFormat</name>
    <message>
        <source>due {day}</source>
        <extracomment>Background and text colours of an intervention&apos;s status badge. The smallest height of a button a finger presses.</extracomment>
        <translation>échéance le {day}</translation>
    </message>
    <message>
        <source>Today {hours}</source>
        <translation>Aujourd’hui {hours}</translation>
    </message>
</context>
<context>
    <name>InterventionListModel</name>
    <message>
        <source>Number</source>
        <extracomment>Text colour of a status in the lists (others in the normal colour). Room added to each column fitted to its content. Columns that share the width left by the others. Tables whose changes may alter what these panels show.</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>InterventionModel</name>
    <message>
        <source>Today {time}</source>
        <extracomment>Tables whose changes can move an intervention between queues or change what a row shows. Initial widths (in average characters) per column key. How often the view checks whether the shop&apos;s day changed (&quot;Today&quot; moves at midnight).</extracomment>
        <translation>Aujourd’hui {time}</translation>
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation>Demain {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Hier {time}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>échéance le {day}</translation>
    </message>
</context>
<context>
    <name>InterventionsView</name>
    <message>
        <source>Interventions</source>
        <extracomment>The queue counts were read again (tests wait on it).</extracomment>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation>Nouvelle intervention</translation>
    </message>
    <message>
        <source>A job to do on site, to plan now or later</source>
        <translation>Une intervention sur place, à planifier maintenant ou plus tard</translation>
    </message>
    <message>
        <source>Search: number, subject, instructions, work done, city…</source>
        <translation>Rechercher&#xa0;: numéro, objet, instructions, travail effectué, ville…</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>Tous les techniciens</translation>
    </message>
    <message>
        <source>Interventions of this technician</source>
        <translation>Interventions de ce technicien</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>{queue} ({n})</source>
        <translation>{queue} ({n})</translation>
    </message>
    <message>
        <source>Interventions: {count}</source>
        <translation>Interventions&#xa0;: {count}</translation>
    </message>
    <message>
        <source>No intervention matches these filters.</source>
        <translation>Aucune intervention ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No interventions yet. Click “New intervention” to record a job to do on site.</source>
        <translation>Aucune intervention pour l’instant. Cliquez sur «&#xa0;Nouvelle intervention&#xa0;» pour enregistrer une intervention sur place.</translation>
    </message>
    <message>
        <source>Nothing in this queue.</source>
        <translation>Aucune intervention dans cette file.</translation>
    </message>
</context>
<context>
    <name>JobCostsPanel</name>
    <message>
        <source>What</source>
        <extracomment>The table&apos;s money columns (cost, billed). The totals in money (time is shown as a duration on its own when money is not).</extracomment>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Time on site</source>
        <translation>Temps sur place</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <source>Total billed</source>
        <translation>Total facturé</translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation>À facturer</translation>
    </message>
    <message>
        <source>Time of {name}</source>
        <translation>Temps de {name}</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km}&#xa0;km</translation>
    </message>
    <message>
        <source>{time} — {amount}</source>
        <translation>{time} — {amount}</translation>
    </message>
    <message>
        <source>Save the intervention first.</source>
        <translation>Enregistrez d’abord l’intervention.</translation>
    </message>
    <message>
        <source>What was spent on this intervention: its amounts are shown to the technicians on it and to the office.</source>
        <translation>Ce qui a été dépensé pour cette intervention : les montants sont montrés aux techniciens qui y participent et au bureau.</translation>
    </message>
    <message>
        <source>The costs appear once the report gives the times on site, the parts used or the distance travelled.</source>
        <translation>Les coûts apparaissent dès que le rapport indique les temps sur place, les pièces utilisées ou la distance parcourue.</translation>
    </message>
    <message>
        <source>Costs at each technician&apos;s rate and the parts&apos; cost price; billed at the customer&apos;s rate. The linked ticket and the customer&apos;s support costs count the same lines.</source>
        <translation>Coûts au taux horaire de chaque technicien et au prix de revient des pièces&#xa0;; facturation au tarif du client. Le ticket lié et les coûts du support du client reprennent les mêmes lignes.</translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <source>Knowledge base</source>
        <extracomment>A record the article refers to (the ticket it was made from). The article shown on the right changed (&quot;&quot; when none).</extracomment>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Search titles, problems, solutions, products, tags…</source>
        <translation>Rechercher dans les titres, problèmes, solutions, produits, étiquettes…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Choose an article on the left to read it, or write a new one.</source>
        <translation>Choisissez un article à gauche pour le lire, ou rédigez-en un nouveau.</translation>
    </message>
    <message>
        <source>No article matches “{text}”.</source>
        <translation>Aucun article ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>No article in this language yet.</source>
        <translation>Aucun article dans cette langue pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The knowledge base is empty. Click “New article” to write the first one.</source>
        <translation>La base de connaissances est vide. Cliquez sur « Nouvel article » pour rédiger le premier.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Tickets solved</source>
        <translation>Tickets résolus</translation>
    </message>
    <message>
        <source>Made from ticket</source>
        <translation>Rédigé à partir du ticket</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Delete the article</source>
        <translation>Supprimer l&apos;article</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash? It can be restored from the trash.</source>
        <translation>Mettre « {title} » à la corbeille ? Il pourra être restauré depuis la corbeille.</translation>
    </message>
</context>
<context>
    <name>LastPurchaseField</name>
    <message>
        <source>Any time</source>
        <translation>Peu importe</translation>
    </message>
    <message>
        <source>Bought in the last</source>
        <translation>A acheté au cours des derniers</translation>
    </message>
    <message>
        <source>No purchase in the last</source>
        <translation>Aucun achat au cours des derniers</translation>
    </message>
    <message>
        <source> days</source>
        <translation>&#xa0;jours</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>Lead</source>
        <extracomment>Open a record of the application: (kind, id), kind person or company.</extracomment>
        <translation>Piste</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nouvelle piste</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>What they are looking for</source>
        <translation>Ce que le prospect recherche</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>By the assignment rules</source>
        <translation>Selon les règles d’attribution</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignée</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Why it will not lead to a sale</source>
        <translation>Pourquoi elle n’aboutira pas à une vente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>e.g. Send the quote</source>
        <translation>p. ex. Envoyer le devis</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Speed to lead</source>
        <translation>Délai de premier contact</translation>
    </message>
    <message>
        <source>{points} / 100</source>
        <translation>{points} / 100</translation>
    </message>
    <message>
        <source>Nothing known yet: ask about budget, need, timing and who decides.</source>
        <translation>Rien n’est encore connu&#xa0;: renseignez-vous sur le budget, le besoin, l’échéance et le décideur.</translation>
    </message>
    <message>
        <source>Target: first contact within {target} of business hours.</source>
        <translation>Objectif&#xa0;: premier contact dans les {target} (heures ouvrées).</translation>
    </message>
    <message>
        <source>Arrived {when}</source>
        <translation>Arrivée le {when}</translation>
    </message>
</context>
<context>
    <name>LeadModel</name>
    <message>
        <source>Arrived</source>
        <extracomment>Waiting time goes on even when nothing changes: the list is refreshed this often.</extracomment>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>answered in {time}</source>
        <translation>traitée en {time}</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignée</translation>
    </message>
    <message>
        <source>No outgoing contact yet, over the {target} target</source>
        <translation>Aucun contact sortant pour l’instant, au-delà de l’objectif de {target}</translation>
    </message>
    <message>
        <source>Open {what}</source>
        <translation>Ouvrir {what}</translation>
    </message>
</context>
<context>
    <name>LeadSpeed</name>
    <message>
        <source>First contact after {time} (business hours)</source>
        <extracomment>Score colours: promising, worth a call, cold.</extracomment>
        <translation>Premier contact après {time} (heures ouvrées)</translation>
    </message>
    <message>
        <source>Waiting {time} — over the {target} target</source>
        <translation>En attente depuis {time} — au-delà de l’objectif de {target}</translation>
    </message>
    <message>
        <source>Waiting {time} — target {target}</source>
        <translation>En attente depuis {time} — objectif {target}</translation>
    </message>
</context>
<context>
    <name>LeadWatch</name>
    <message>
        <source>Leads waiting for a first contact: {n}</source>
        <extracomment>Roles that see every seller&apos;s overdue leads.</extracomment>
        <translation>Pistes en attente d’un premier contact&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Longer than the speed-to-lead target: click to see them.</source>
        <translation>Au-delà du délai de premier contact visé&#xa0;: cliquez pour les voir.</translation>
    </message>
    <message>
        <source>Leads waiting</source>
        <translation>Pistes en attente</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Leads</source>
        <extracomment>Open a record of the application: (kind, id), kind person or company. The list was filled again: (rows shown, of them waiting too long).</extracomment>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Mes pistes</translation>
    </message>
    <message>
        <source>All open leads</source>
        <translation>Toutes les pistes ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>Nouvelle piste…</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Attribuer à…</translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation>Disqualifier…</translation>
    </message>
    <message>
        <source>Assignment rules…</source>
        <translation>Règles d’attribution…</translation>
    </message>
    <message>
        <source>{n} open leads</source>
        <translation>{n} pistes ouvertes</translation>
    </message>
    <message>
        <source>{n} waiting too long</source>
        <translation>{n} en attente depuis trop longtemps</translation>
    </message>
    <message>
        <source>{n} unassigned</source>
        <translation>{n} non assignées</translation>
    </message>
    <message>
        <source>No open leads for you. New ones appear here as soon as they are assigned to you.</source>
        <translation>Aucune piste ouverte pour vous. Les nouvelles apparaîtront ici dès qu’elles vous seront attribuées.</translation>
    </message>
    <message>
        <source>No open leads.</source>
        <translation>Aucune piste ouverte.</translation>
    </message>
    <message>
        <source>No lead is waiting too long.</source>
        <translation>Aucune piste n’attend trop longtemps.</translation>
    </message>
</context>
<context>
    <name>LevelEditor</name>
    <message>
        <source>Edit the support level</source>
        <translation>Modifier le niveau de support</translation>
    </message>
    <message>
        <source>New support level</source>
        <translation>Nouveau niveau de support</translation>
    </message>
    <message>
        <source>h:mm, e.g. 4:00</source>
        <translation>h:mm, p. ex. 4:00</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Gold</source>
        <translation>p. ex. Or</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>Première réponse sous</translation>
    </message>
    <message>
        <source>Resolution within</source>
        <translation>Résolution sous</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Tarif horaire</translation>
    </message>
    <message>
        <source>{currency} per hour</source>
        <translation>{currency} par heure</translation>
    </message>
    <message>
        <source>Hours included per year</source>
        <translation>Heures comprises par an</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>On-site visits included</source>
        <translation>Interventions sur site comprises</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>plus haut = meilleur</translation>
    </message>
    <message>
        <source>Targets count business hours: the clock runs only while the business is open.</source>
        <translation>Les délais comptent en heures ouvrées : le compteur ne tourne que pendant les heures d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Write hours and minutes, e.g. 4:00 or 16:30.</source>
        <translation>Indiquez des heures et minutes, p. ex. 4:00 ou 16:30.</translation>
    </message>
</context>
<context>
    <name>LifecycleChart</name>
    <message>
        <source>Acquisition, growth and retention</source>
        <extracomment>A group&apos;s bar was clicked (&quot;acquired&quot;, &quot;grew&quot;, &quot;retained&quot; or &quot;lost&quot;).</extracomment>
        <translation>Acquisition, croissance et fidélisation</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>Grew</source>
        <translation>En croissance</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Fidélisés</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <source>No customer bought in this period or the year before</source>
        <translation>Aucun client n’a acheté sur cette période ni l’année précédente</translation>
    </message>
    <message>
        <source>{group}: {n}</source>
        <translation>{group}&#xa0;: {n}</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clients</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>New warehouse</source>
        <extracomment>Tables whose changes can alter what this page shows.</extracomment>
        <translation>Nouvel entrepôt</translation>
    </message>
    <message>
        <source>New van</source>
        <translation>Nouvelle camionnette</translation>
    </message>
    <message>
        <source>Rename the warehouse</source>
        <translation>Renommer l’entrepôt</translation>
    </message>
    <message>
        <source>Rename the van</source>
        <translation>Renommer la camionnette</translation>
    </message>
    <message>
        <source>Van of Anna</source>
        <translation>Camionnette d’Anna</translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation>Entrepôt principal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log</source>
        <translation>Ajouter à l’historique</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Log: {kind}</source>
        <translation>Ajouter à l’historique&#xa0;: {kind}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — CRM Desktop</source>
        <translation>Connexion — CRM Desktop</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>name or e-mail</source>
        <translation>nom ou e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>au moins {n}&#xa0;caractères</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Confirmez-le</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <source>Who are you? Type your name or e-mail.</source>
        <translation>Qui êtes-vous&#xa0;? Saisissez votre nom ou votre e-mail.</translation>
    </message>
    <message>
        <source>Welcome, {name}. Your password is a temporary one: choose your own to continue.</source>
        <translation>Bienvenue, {name}. Votre mot de passe est provisoire&#xa0;: choisissez le vôtre pour continuer.</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Enregistrer et continuer</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Lost: {title}</source>
        <translation>Perdue&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Ce qui s’est passé, en quelques mots</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Marquer comme perdue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contacts</source>
        <extracomment>(kind, ctx, record id or None for a new record, parent, initial values of a new record) Areas shown only to roles with the permission (the dashboard&apos;s money, the trash&apos;s restores). Areas listing every customer&apos;s jobs, prospects, conflicts or duplicates: a user limited to their own interventions&apos; customers (a technician, ``access.limited``) works from My day and the scoped lists instead. A detail view was shown: (kind, id or &quot;&quot; for a new record). The visible area changed (its key, or &quot;detail&quot;). A backup was restored: the database this window used is closed; the app ends without a backup of it.</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Ma journée</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Conservation des données</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>This kind of record cannot be opened here yet.</source>
        <translation>Ce type de fiche ne peut pas encore être ouvert ici.</translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation>Nouvelle &amp;personne</translation>
    </message>
    <message>
        <source>New &amp;company</source>
        <translation>Nouvelle &amp;société</translation>
    </message>
    <message>
        <source>New &amp;ticket</source>
        <translation>Nouveau &amp;ticket</translation>
    </message>
    <message>
        <source>New &amp;intervention</source>
        <translation>Nouvelle &amp;intervention</translation>
    </message>
    <message>
        <source>Technician &amp;day sheet…</source>
        <translation>&amp;Feuille de route d’un technicien…</translation>
    </message>
    <message>
        <source>&amp;Export interventions to a calendar…</source>
        <translation>&amp;Exporter les interventions vers un agenda…</translation>
    </message>
    <message>
        <source>Support &amp;costs…</source>
        <translation>&amp;Coûts du support…</translation>
    </message>
    <message>
        <source>&amp;Management reports…</source>
        <translation>Rapports de &amp;gestion…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Exchange changes with your other computers through the shared folder (F5)</source>
        <translation>Échanger les modifications avec vos autres ordinateurs par le dossier partagé (F5)</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Restaurer une sau&amp;vegarde…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <source>&amp;About CRM Desktop</source>
        <translation>À &amp;propos de CRM Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>About CRM Desktop</source>
        <translation>À propos de CRM Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;CRM Desktop&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;CRM Desktop&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <source>Contacts, unified history, support, field service and campaigns for small businesses. Works offline; every computer keeps a full copy of the data.</source>
        <translation>Contacts, historique unifié, service après-vente, interventions et campagnes pour les petites entreprises. Fonctionne hors ligne&#xa0;; chaque ordinateur garde une copie complète des données.</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(en mémoire)</translation>
    </message>
    <message>
        <source>People: {people} · Companies: {companies}</source>
        <translation>Personnes&#xa0;: {people} · Sociétés&#xa0;: {companies}</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Utilisateur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Conflicts: {n}</source>
        <translation>Conflits&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation>{label} ({n})</translation>
    </message>
    <message>
        <source>Automatic sync skipped: the shared folder cannot be reached.</source>
        <translation>Synchronisation automatique non effectuée&#xa0;: le dossier partagé est inaccessible.</translation>
    </message>
    <message>
        <source>The shared folder {path} cannot be reached.

Check that the USB stick is plugged in or that the network folder is available, then try again.</source>
        <translation>Le dossier partagé {path} est inaccessible.

Vérifiez que la clé USB est branchée ou que le dossier réseau est disponible, puis réessayez.</translation>
    </message>
    <message>
        <source>Sync finished — sent: {sent}, received: {received}, conflicts: {conflicts}</source>
        <translation>Synchronisation terminée — modifications envoyées&#xa0;: {sent}, reçues&#xa0;: {received}, conflits&#xa0;: {conflicts}</translation>
    </message>
    <message>
        <source>The clock of computer {code} is {duration} ahead. Please correct its date and time: until then its changes may win over newer ones.</source>
        <translation>L’horloge de l’ordinateur {code} est en avance de {duration}. Corrigez sa date et son heure&#xa0;: en attendant, ses modifications risquent de l’emporter sur de plus récentes.</translation>
    </message>
    <message>
        <source>These files in the shared folder are damaged and were ignored (the computer that wrote them will write them again):</source>
        <translation>Ces fichiers du dossier partagé sont endommagés et ont été ignorés (l’ordinateur qui les a écrits les écrira de nouveau)&#xa0;:</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected error. Nothing typed is lost.</source>
        <translation>La synchronisation s’est arrêtée à cause d’une erreur inattendue. Rien de ce qui a été saisi n’est perdu.</translation>
    </message>
    <message>
        <source>Automatic sync failed: {reason}</source>
        <translation>La synchronisation automatique a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Sync cancelled. What was already received is kept.</source>
        <translation>Synchronisation annulée. Ce qui avait déjà été reçu est conservé.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <source>CRM Desktop — {name}</source>
        <translation>CRM Desktop — {name}</translation>
    </message>
</context>
<context>
    <name>MaintenancePlanDialog</name>
    <message>
        <source>Edit the maintenance visits</source>
        <extracomment>How many coming due dates the dialog previews.</extracomment>
        <translation>Modifier les visites d’entretien</translation>
    </message>
    <message>
        <source>New maintenance visits</source>
        <translation>Nouvelles visites d’entretien</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What the technician does, e.g. Yearly boiler service</source>
        <translation>Ce que fait le technicien, p.&#xa0;ex. Entretien annuel de la chaudière</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>e.g. {skills}</source>
        <translation>p.&#xa0;ex. {skills}</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Tous les</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>Last visit by</source>
        <translation>Dernière visite au plus tard le</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Make the visits as they fall due</source>
        <translation>Créer les visites à leur échéance</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Visits under the customer&apos;s contract, while it covers them.</source>
        <translation>Visites au titre du contrat du client, tant qu’il le couvre.</translation>
    </message>
    <message>
        <source>Visits of this customer (no contract).</source>
        <translation>Visites de ce client (sans contrat).</translation>
    </message>
    <message>
        <source>Visits under the contract {level} {reference}, while it covers the customer.</source>
        <translation>Visites au titre du contrat {level} {reference}, tant qu’il couvre le client.</translation>
    </message>
    <message>
        <source>This customer has no contract: the visits are made for them as they fall due.</source>
        <translation>Ce client n’a pas de contrat&#xa0;: les visites sont créées pour lui à leur échéance.</translation>
    </message>
    <message>
        <source>No visit is due any more: the last date is past.</source>
        <translation>Plus aucune visite n’est prévue&#xa0;: la date de fin est passée.</translation>
    </message>
    <message>
        <source>Next visits: {dates}</source>
        <translation>Prochaines visites&#xa0;: {dates}</translation>
    </message>
</context>
<context>
    <name>MaintenancePlansBox</name>
    <message>
        <source>Maintenance visits</source>
        <translation>Visites d’entretien</translation>
    </message>
    <message>
        <source>Visits that come back every few months: each one appears among the interventions to plan as it falls due.</source>
        <translation>Visites qui reviennent à intervalles de quelques mois&#xa0;: chacune apparaît parmi les interventions à planifier à son échéance.</translation>
    </message>
    <message>
        <source>Add visits…</source>
        <translation>Ajouter des visites…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>tous les mois</translation>
    </message>
    <message>
        <source>every {n} months</source>
        <translation>tous les {n}&#xa0;mois</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminées</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No maintenance visits.</source>
        <translation>Aucune visite d’entretien.</translation>
    </message>
    <message>
        <source>Save the record first to plan its maintenance visits.</source>
        <translation>Enregistrez d’abord la fiche pour planifier ses visites d’entretien.</translation>
    </message>
    <message>
        <source>Delete the maintenance visits</source>
        <translation>Supprimer les visites d’entretien</translation>
    </message>
    <message>
        <source>Stop the visits “{subject}”? Visits already made stay on the planning.</source>
        <translation>Arrêter les visites «&#xa0;{subject}&#xa0;»&#xa0;? Les visites déjà créées restent au planning.</translation>
    </message>
</context>
<context>
    <name>ManagementReportsDialog</name>
    <message>
        <source>Reports</source>
        <extracomment>The reports of a period, by key: what builds them. The relative periods (keys of core.saved_reports.resolve_period), then two dates (&quot;custom&quot;). The report was made (its temporary path); the preview opens right after. Making the report failed (the message shown) or was cancelled (an empty string). The list of saved reports changed (one saved or deleted).</extracomment>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Management report</source>
        <translation>Rapport de direction</translation>
    </message>
    <message>
        <source>Customer profitability</source>
        <translation>Rentabilité des clients</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Fidélisation des clients</translation>
    </message>
    <message>
        <source>Customer sheet</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Exact name or id of a company or person</source>
        <translation>Nom exact ou identifiant d’une société ou d’une personne</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Name of these settings</source>
        <translation>Nom de ces paramètres</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>Enregistrer ces paramètres</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The dashboard on paper, customers ranked by what they bring, who stays and who drifts away, or everything about one customer. Preview, save as PDF or print.</source>
        <translation>Le tableau de bord sur papier, les clients classés selon ce qu’ils rapportent, ceux qui restent et ceux qui s’éloignent, ou tout sur un client. Prévisualisez, enregistrez en PDF ou imprimez.</translation>
    </message>
    <message>
        <source>Saved reports</source>
        <translation>Rapports enregistrés</translation>
    </message>
    <message>
        <source>customer-sheet-{name}.pdf</source>
        <translation>fiche-client-{name}.pdf</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The report could not be created. The details were written to the log file.</source>
        <translation>Impossible de créer le rapport. Les détails ont été enregistrés dans le fichier journal.</translation>
    </message>
    <message>
        <source>Cancelled: no report was created.</source>
        <translation>Annulé&#xa0;: aucun rapport n’a été créé.</translation>
    </message>
    <message>
        <source>{name}  ({report}, {details})</source>
        <translation>{name}  ({report}, {details})</translation>
    </message>
    <message>
        <source>a customer that no longer exists</source>
        <translation>un client qui n’existe plus</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Saved: run it again from the list below.</source>
        <translation>Enregistré&#xa0;: relancez-le depuis la liste ci-dessous.</translation>
    </message>
</context>
<context>
    <name>MatchField</name>
    <message>
        <source>Category: {name}</source>
        <translation>Catégorie&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <extracomment>Start widths of the members table&apos;s columns, in average characters. Text colour of a send per status in the table. Tables whose changes alter the members, their sends or what the table shows of them.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Dernier appel</translation>
    </message>
</context>
<context>
    <name>MergeFieldButton</name>
    <message>
        <source>Insert a field</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <source>Personalise the text: each person gets their own name, company, address…</source>
        <translation>Personnalisez le texte&#xa0;: chaque personne reçoit ses propres nom, société, adresse…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Hide this message</source>
        <extracomment>Tables whose changes move something on the board or in the list of jobs to plan. A burst of announced changes (a sync, an import) is read once, after this pause. The red &quot;now&quot; line and the shading of the past move on with the clock. The list of jobs to plan shows the most urgent this many (core sorts them by due date). Background, border and text of the message bar per level.</extracomment>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>MinimumDialog</name>
    <message>
        <source>Minimum in {place}</source>
        <translation>Minimum dans {place}</translation>
    </message>
    <message>
        <source>Below the minimum, the part is listed under To restock, with how many bring it back to the level to fill to (or to the minimum).</source>
        <translation>Sous le minimum, la pièce apparaît dans «&#xa0;À réapprovisionner&#xa0;», avec la quantité qui la ramène au niveau à compléter (ou au minimum).</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Fill to</source>
        <translation>Compléter jusqu’à</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <source>Now</source>
        <extracomment>Report fields that go to core&apos;s save_report (the parts are added apart).</extracomment>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Set to the current time</source>
        <translation>Mettre l’heure actuelle</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>Effacer l’heure</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Revenue and margin by month</source>
        <extracomment>A month was clicked (&quot;YYYY-MM&quot;).</extracomment>
        <translation>Chiffre d’affaires et marge par mois</translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation>Aucune vente sur cette période</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Revenue, previous period</source>
        <translation>Chiffre d’affaires, période précédente</translation>
    </message>
    <message>
        <source>{what}: {amount}</source>
        <translation>{what}&#xa0;: {amount}</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Receive parts</source>
        <extracomment>The movement was written: (action, product id).</extracomment>
        <translation>Réceptionner des pièces</translation>
    </message>
    <message>
        <source>Transfer parts</source>
        <translation>Transférer des pièces</translation>
    </message>
    <message>
        <source>Correct after a count</source>
        <translation>Corriger après inventaire</translation>
    </message>
    <message>
        <source>Give back to the warehouse</source>
        <translation>Rendre à l’entrepôt</translation>
    </message>
    <message>
        <source>Parts delivered by a supplier into {place}.</source>
        <translation>Pièces livrées par un fournisseur dans {place}.</translation>
    </message>
    <message>
        <source>Parts leaving {place} for another location. Never more than is there.</source>
        <translation>Pièces quittant {place} pour un autre emplacement. Jamais plus que la quantité présente.</translation>
    </message>
    <message>
        <source>Write what you counted in {place}: the level becomes that count and the parts used beyond the stock are no longer flagged.</source>
        <translation>Indiquez ce que vous avez compté dans {place}&#xa0;: le stock prend cette valeur et les pièces utilisées au-delà du stock ne sont plus signalées.</translation>
    </message>
    <message>
        <source>Parts going back from {place} to a warehouse.</source>
        <translation>Pièces rendues par {place} à un entrepôt.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Quantité comptée</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réceptionner</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>No part yet: add parts on the Parts tab.</source>
        <translation>Aucune pièce pour l’instant&#xa0;: ajoutez des pièces dans l’onglet Pièces.</translation>
    </message>
    <message>
        <source>{place} holds {n}.</source>
        <translation>Stock de {place}&#xa0;: {n}.</translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <source>My day</source>
        <extracomment>Open an intervention on a tab (&quot;job&quot; or &quot;report&quot;). Open another record (a customer&apos;s open ticket): (kind, id), like the other views. The cards were built again (how many).</extracomment>
        <translation>Ma journée</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Revenir à aujourd’hui</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>To load in the van</source>
        <translation>À charger dans la camionnette</translation>
    </message>
    <message>
        <source>No technicians yet: give a user the technician role in Settings.</source>
        <translation>Aucun technicien pour l’instant&#xa0;: attribuez le rôle Technicien à un utilisateur dans les Paramètres.</translation>
    </message>
    <message>
        <source>No jobs planned for {name} on {day}.</source>
        <translation>Aucune intervention prévue pour {name} le {day}.</translation>
    </message>
    <message>
        <source>Nothing to bring for the day&apos;s jobs.</source>
        <translation>Rien à emporter pour les interventions du jour.</translation>
    </message>
    <message>
        <source>load {n} (the van has {held})</source>
        <translation>à charger&#xa0;: {n} (la camionnette en a {held})</translation>
    </message>
    <message>
        <source>in the van ({n})</source>
        <translation>dans la camionnette ({n})</translation>
    </message>
</context>
<context>
    <name>NewTechnicianDialog</name>
    <message>
        <source>New technician</source>
        <translation>Nouveau technicien</translation>
    </message>
    <message>
        <source>A new user with the technician role; set their skills, hours and van on the Technicians page afterwards.</source>
        <translation>Un nouvel utilisateur avec le rôle Technicien&#xa0;; définissez ensuite ses compétences, ses horaires et sa camionnette dans la page Techniciens.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPanel</name>
    <message>
        <source>New opportunity…</source>
        <extracomment>Tables whose changes may alter what the panel shows.</extracomment>
        <translation>Nouvelle opportunité…</translation>
    </message>
    <message>
        <source>Open {amount} · weighted {weighted} · {n} open</source>
        <translation>En cours {amount} · pondéré {weighted} · {n} ouvertes</translation>
    </message>
    <message>
        <source>No opportunities yet.</source>
        <translation>Aucune opportunité pour l’instant.</translation>
    </message>
    <message>
        <source>Save the record first to add opportunities to it.</source>
        <translation>Enregistrez d’abord la fiche pour y ajouter des opportunités.</translation>
    </message>
    <message>
        <source>Opportunities ({n})</source>
        <translation>Opportunités ({n})</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
</context>
<context>
    <name>OpportunitiesView</name>
    <message>
        <source>Pipeline</source>
        <extracomment>The board and list were read again (how many deals are shown).</extracomment>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>Mes affaires</translation>
    </message>
    <message>
        <source>Everyone&apos;s deals</source>
        <translation>Les affaires de tous</translation>
    </message>
    <message>
        <source>New opportunity…</source>
        <translation>Nouvelle opportunité…</translation>
    </message>
    <message>
        <source>Open: {amount} · weighted {weighted}</source>
        <translation>En cours&#xa0;: {amount} · pondéré {weighted}</translation>
    </message>
    <message>
        <source>The sale could not be recorded: {why}</source>
        <translation>La vente n’a pas pu être enregistrée&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Affaire gagnée</translation>
    </message>
    <message>
        <source>Sale {number} is recorded. Open it now?</source>
        <translation>La vente {number} est enregistrée. L’ouvrir maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Mark {number} “{title}” as won and record the sale of {amount}?</source>
        <translation>Marquer {number} «&#xa0;{title}&#xa0;» comme gagnée et enregistrer la vente de {amount}&#xa0;?</translation>
    </message>
    <message>
        <source>Win the deal</source>
        <translation>Conclure l’affaire</translation>
    </message>
    <message>
        <source>Opportunity {number}</source>
        <extracomment>Won: (opportunity id, sale id).</extracomment>
        <translation>Opportunité {number}</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nouvelle opportunité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Chance of winning (%)</source>
        <translation>Probabilité de gain (%)</translation>
    </message>
    <message>
        <source>Expected to close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines&lt;/b&gt; (optional: with lines, the amount is their total)</source>
        <translation>&lt;b&gt;Lignes&lt;/b&gt; (facultatif&#xa0;: avec des lignes, le montant est leur total)</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Win…</source>
        <translation>Gagnée…</translation>
    </message>
    <message>
        <source>Mark as won and record the sale</source>
        <translation>Marquer comme gagnée et enregistrer la vente</translation>
    </message>
    <message>
        <source>Lose…</source>
        <translation>Perdue…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>{stage} — sale {number}</source>
        <translation>{stage} — vente {number}</translation>
    </message>
    <message>
        <source>{stage} — {reason}</source>
        <translation>{stage} — {reason}</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>Delete the opportunity</source>
        <translation>Supprimer l’opportunité</translation>
    </message>
    <message>
        <source>Move this opportunity to the trash? It can be restored from there.</source>
        <translation>Mettre cette opportunité à la corbeille&#xa0;? Elle pourra être restaurée depuis la corbeille.</translation>
    </message>
</context>
<context>
    <name>OpportunityListModel</name>
    <message>
        <source>Number</source>
        <extracomment>Tables whose changes may alter what the area shows.</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Pondéré</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Expected close has passed</source>
        <translation>La date de clôture prévue est dépassée</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <source>Change the product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Change the part</source>
        <translation>Modifier la pièce</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>Nouvelle pièce</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>F-10</source>
        <translation>F-10</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fuse 10 A</source>
        <translation>Fusible 10&#xa0;A</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>pièce</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Gamme</translation>
    </message>
    <message>
        <source>0 to 9</source>
        <translation>0 à 9</translation>
    </message>
    <message>
        <source>Higher is the better offer, suggested to customers who have a lower one</source>
        <translation>Plus la gamme est élevée, meilleure est l’offre, proposée aux clients qui ont une gamme inférieure</translation>
    </message>
    <message>
        <source>Carried by technicians (a part)</source>
        <translation>Emportée par les techniciens (pièce)</translation>
    </message>
    <message>
        <source>Active (offered in the lists)</source>
        <translation>Active (proposée dans les listes)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>PartsField</name>
    <message>
        <source>Part</source>
        <extracomment>How many matches the chooser lists per keystroke. Where the notice about a use beyond the van is written. Rows shown before the table scrolls. Columns of the table. What this job already took (saved), per part: it is no longer in the van but counts as available. Parts whose use was already flagged for a stock correction.</extracomment>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>In the van</source>
        <translation>Dans la camionnette</translation>
    </message>
    <message>
        <source>No parts.</source>
        <translation>Aucune pièce.</translation>
    </message>
    <message>
        <source>Type a part&apos;s name or reference…</source>
        <translation>Tapez le nom ou la référence d’une pièce…</translation>
    </message>
    <message>
        <source>Show the parts</source>
        <translation>Afficher les pièces</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>No part matches “{text}”.</source>
        <translation>Aucune pièce ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Several parts match “{text}”: choose one from the list.</source>
        <translation>Plusieurs pièces correspondent à «&#xa0;{text}&#xa0;»&#xa0;: choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>Remove this part</source>
        <translation>Retirer cette pièce</translation>
    </message>
    <message>
        <source>{part}: only {n} in your van: the use is recorded and flagged for a stock correction.</source>
        <translation>{part}&#xa0;: seulement {n} dans votre camionnette&#xa0;: l’utilisation est enregistrée et signalée pour une correction de stock.</translation>
    </message>
    <message>
        <source>{part}: used beyond what the van held: flagged for a stock correction.</source>
        <translation>{part}&#xa0;: utilisation au-delà du stock de la camionnette&#xa0;: signalée pour une correction de stock.</translation>
    </message>
    <message>
        <source>No van is set for this technician: parts cannot be taken from stock.</source>
        <translation>Aucune camionnette n’est attribuée à ce technicien&#xa0;: les pièces ne peuvent pas être prélevées sur le stock.</translation>
    </message>
</context>
<context>
    <name>PartsPanel</name>
    <message>
        <source>Reference</source>
        <extracomment>A part was created or changed (its id).</extracomment>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Show products that are not parts</source>
        <translation>Afficher les produits qui ne sont pas des pièces</translation>
    </message>
    <message>
        <source>New part…</source>
        <translation>Nouvelle pièce…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Parts are what technicians carry in their vans and fit on site; inactive parts stay in the history but are no longer offered.</source>
        <translation>Les pièces sont ce que les techniciens emportent dans leur camionnette et posent sur place&#xa0;; les pièces inactives restent dans l’historique mais ne sont plus proposées.</translation>
    </message>
    <message>
        <source>Not a part</source>
        <translation>Pas une pièce</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted database — CRM Desktop</source>
        <translation>Base de données chiffrée — CRM Desktop</translation>
    </message>
    <message>
        <source>The database {name} is encrypted on this computer. Enter the business passphrase to open it.</source>
        <translation>La base de données {name} est chiffrée sur cet ordinateur. Saisissez la phrase secrète de l’entreprise pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Base de données chiffrée</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>The printer did not start.</source>
        <extracomment>Room around and between the pages on screen, in pixels. The zoom factors (1.0 = true size) that + and - step through. Printing rasterises each page; above this resolution the pixels cost memory (an A4 page at 1200 dpi is over 500 MB) without a visible gain for reports. The most pixels one page is rendered with on screen (64 MB as 32-bit pixels; an A4 page at 400 % on an ordinary screen is 14 million). pypdfium2&apos;s pixel layouts (``PdfBitmap.mode``) as QImage formats.</extracomment>
        <translation>L&apos;imprimante n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>The printer refused a page.</source>
        <translation>L&apos;imprimante a refusé une page.</translation>
    </message>
    <message>
        <source>Preview of {name}</source>
        <extracomment>A copy was saved, with its path. The document was sent to the printer.</extracomment>
        <translation>Aperçu de {name}</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100&#xa0;%</translation>
    </message>
    <message>
        <source>Show the pages at their true size</source>
        <translation>Afficher les pages à leur taille réelle</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Make the pages as wide as the window</source>
        <translation>Adapter les pages à la largeur de la fenêtre</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: {reason}</source>
        <translation>Impossible d&apos;afficher ce PDF&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Pages&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name} already exists. Do you want to replace it?</source>
        <translation>{name} existe déjà. Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}.

{reason}</source>
        <translation>Impossible d&apos;enregistrer le PDF sous {path}.

{reason}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>The PDF could not be printed.

{reason}</source>
        <translation>Impossible d&apos;imprimer le PDF.

{reason}</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Search people by name, e-mail, phone, city…</source>
        <translation>Rechercher par nom, e-mail, téléphone, ville…</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>Personnes&#xa0;: {count}</translation>
    </message>
    <message>
        <source>No person matches these filters.</source>
        <translation>Aucune personne ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The people of the customers your interventions concern show here.</source>
        <translation>Les personnes des clients concernés par vos interventions apparaissent ici.</translation>
    </message>
    <message>
        <source>No people yet. Click “New person” to add the first one.</source>
        <translation>Aucune personne pour l’instant. Cliquez sur «&#xa0;Nouvelle personne&#xa0;» pour ajouter la première.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>This month</source>
        <extracomment>Quick choices in menu order: key -&gt; (start, end) from the shop&apos;s today. The period changed: start, end (datetime.date, both inclusive). The comparison was switched on or off.</extracomment>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Comparer avec la période précédente</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>PersonDetailView</name>
    <message>
        <source>Identity</source>
        <extracomment>A new ticket for this person: (person id, company id or &quot;&quot;). A new intervention for this person: its initial values (person_id, company_id).</extracomment>
        <translation>Identité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Other e-mail</source>
        <translation>Autre e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <source>heat pumps, solar, …</source>
        <translation>pompes à chaleur, solaire, …</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>vip, newsletter, …</source>
        <translation>vip, newsletter, …</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Plafond de crédit</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Files ({n})</source>
        <translation>Fichiers ({n})</translation>
    </message>
    <message>
        <source>Tickets ({n})</source>
        <translation>Tickets ({n})</translation>
    </message>
    <message>
        <source>Interventions ({n})</source>
        <translation>Interventions ({n})</translation>
    </message>
    <message>
        <source>Contracts of {company}, which cover this person.</source>
        <translation>Contrats de {company}, qui couvrent cette personne.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, e-mail or phone…</source>
        <extracomment>Proposals are asked for once typing pauses this long. The glance and the service-level clocks are read again this often (they move with time). Changes that may alter what the side panels show.</extracomment>
        <translation>Tapez un nom, un e-mail ou un téléphone…</translation>
    </message>
    <message>
        <source>Open this person</source>
        <translation>Ouvrir la fiche de cette personne</translation>
    </message>
</context>
<context>
    <name>PersonalDataButton</name>
    <message>
        <source>Personal data</source>
        <extracomment>The person was erased from this button&apos;s dialog.</extracomment>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Consent history, export everything held about the person, erase them</source>
        <translation>Historique des consentements, export de toutes les données détenues sur la personne, effacement</translation>
    </message>
    <message>
        <source>Consent history…</source>
        <translation>Historique des consentements…</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>No photos or documents yet.</source>
        <extracomment>Suffixes shown as pictures (anything else is a document with its name).</extracomment>
        <translation>Aucune photo ni aucun document pour l’instant.</translation>
    </message>
    <message>
        <source>Add photos or files…</source>
        <translation>Ajouter des photos ou des fichiers…</translation>
    </message>
    <message>
        <source>Add photos or files</source>
        <translation>Ajouter des photos ou des fichiers</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.pdf *.txt *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>Photos et documents (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.pdf *.txt *.doc *.docx *.xls *.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>{stage} ({n})</source>
        <extracomment>A stripe on each card and the header&apos;s underline, per stage. A card was dropped on another column: (opportunity id, stage key). A card was double-clicked (or Enter pressed on the selected one); Ctrl+Left/Right asks to move it.</extracomment>
        <translation>{stage} ({n})</translation>
    </message>
    <message>
        <source>weighted {amount}</source>
        <translation>pondéré {amount}</translation>
    </message>
    <message>
        <source>{p} %</source>
        <translation>{p}&#xa0;%</translation>
    </message>
    <message>
        <source>late: {day}</source>
        <translation>en retard&#xa0;: {day}</translation>
    </message>
    <message>
        <source>Expected to close {day}</source>
        <translation>Clôture prévue le {day}</translation>
    </message>
    <message>
        <source>Weighted {amount}</source>
        <translation>Pondéré {amount}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan {number}</source>
        <extracomment>Longest job the duration field offers (core refuses more than 14 days).</extracomment>
        <translation>Planifier {number}</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Date et &amp;heure</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>&amp;Technicians</source>
        <translation>&amp;Techniciens</translation>
    </message>
    <message>
        <source>Click to choose; Ctrl+click to add to the team</source>
        <translation>Cliquez pour choisir&#xa0;; Ctrl+clic pour ajouter à l’équipe</translation>
    </message>
    <message>
        <source>Free technicians with the skills</source>
        <translation>Techniciens disponibles ayant les compétences</translation>
    </message>
    <message>
        <source>Warnings for this choice</source>
        <translation>Avertissements pour ce choix</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Skills needed: {skills}</source>
        <translation>Compétences requises&#xa0;: {skills}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Échéance le {date}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>jusqu’à {time}</translation>
    </message>
    <message>
        <source>{time} booked that day</source>
        <translation>{time} d’interventions ce jour-là</translation>
    </message>
    <message>
        <source>nothing booked that day</source>
        <translation>aucune intervention ce jour-là</translation>
    </message>
    <message>
        <source>Nobody with these skills is free then.</source>
        <translation>Personne ayant ces compétences n’est disponible à ce moment-là.</translation>
    </message>
    <message>
        <source>Choose at least one technician.</source>
        <translation>Choisissez au moins un technicien.</translation>
    </message>
    <message>
        <source>This time is already past.</source>
        <translation>Cette heure est déjà passée.</translation>
    </message>
    <message>
        <source>No conflict: free, within working hours, with the skills.</source>
        <translation>Aucun conflit&#xa0;: disponible, dans les horaires de travail, avec les compétences requises.</translation>
    </message>
</context>
<context>
    <name>PlanningBoard</name>
    <message>
        <source>{warning} with {numbers}</source>
        <extracomment>What a job dragged from the list of jobs to plan carries: {&quot;id&quot;: ..., &quot;duration&quot;: minutes}. Plans land on quarter hours: nobody books a technician at 10:07. Hours each day shows at least (local time); widened when someone works or is booked outside them. A week&apos;s day is never narrower than this (the board scrolls sideways instead). A day nobody works and nothing is booked (a weekend) takes this share of a working day&apos;s width. Dragging this close to an edge of the body scrolls it. Narrower than this, a block shows no text (its tooltip does). Within this many pixels of a block&apos;s right edge, a drag changes the duration. Fill, accent (border and strip) and text colour of the blocks, per kind of job. A dot on the block for work under way. Colours of the technicians&apos; dots when their profile has none.</extracomment>
        <translation>{warning} avec {numbers}</translation>
    </message>
    <message>
        <source>{warning}: {detail}</source>
        <translation>{warning}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{name}: {warning}</source>
        <translation>{name}&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>Technicians ({n})</source>
        <extracomment>A block was dragged: (intervention id, its row&apos;s technician, the target row&apos;s technician, start, minutes). A job to plan was dropped: (intervention id, technician, start). A block was double-clicked. An empty slot was double-clicked: (technician, start). Right click on a block: (BoardItem, global position). A day&apos;s header was clicked (week view): the date. The selected block changed (intervention id or &quot;&quot;).</extracomment>
        <translation>Techniciens ({n})</translation>
    </message>
    <message>
        <source>No technician to show: users with the technician role appear here.</source>
        <translation>Aucun technicien à afficher&#xa0;: les utilisateurs ayant le rôle Technicien apparaissent ici.</translation>
    </message>
    <message>
        <source>no skills listed</source>
        <translation>aucune compétence indiquée</translation>
    </message>
    <message>
        <source>Team: {names}</source>
        <translation>Équipe&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Skills needed: {skills}</source>
        <translation>Compétences requises&#xa0;: {skills}</translation>
    </message>
    <message>
        <source>Skills: {skills}</source>
        <translation>Compétences&#xa0;: {skills}</translation>
    </message>
    <message>
        <source>Van: {van}</source>
        <translation>Camionnette&#xa0;: {van}</translation>
    </message>
    <message>
        <source>Base: {place}</source>
        <translation>Point de départ&#xa0;: {place}</translation>
    </message>
    <message>
        <source>Booked in the period shown: {time}</source>
        <translation>Planifié sur la période affichée&#xa0;: {time}</translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message>
        <source>Planning</source>
        <extracomment>The board (and the list) were read again: tests and benchmarks wait on it.</extracomment>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Previous period (Ctrl+Left)</source>
        <translation>Période précédente (Ctrl+Gauche)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Revenir à aujourd’hui</translation>
    </message>
    <message>
        <source>Next period (Ctrl+Right)</source>
        <translation>Période suivante (Ctrl+Droite)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Monday to Sunday</source>
        <translation>Du lundi au dimanche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>One day, hour by hour</source>
        <translation>Une journée, heure par heure</translation>
    </message>
    <message>
        <source>Show only the technicians with this skill</source>
        <translation>Afficher uniquement les techniciens ayant cette compétence</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>Compétence&#xa0;:</translation>
    </message>
    <message>
        <source>Filter: number, customer, city, skill</source>
        <translation>Filtrer&#xa0;: numéro, client, ville, compétence</translation>
    </message>
    <message>
        <source>Week {n} · {dates}</source>
        <translation>Semaine {n} · {dates}</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>Tous les techniciens</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>échéance le {date}</translation>
    </message>
    <message>
        <source>Skills needed: {skills}</source>
        <translation>Compétences requises&#xa0;: {skills}</translation>
    </message>
    <message>
        <source>To plan ({n}+)</source>
        <translation>À planifier ({n}+)</translation>
    </message>
    <message>
        <source>To plan ({n})</source>
        <translation>À planifier ({n})</translation>
    </message>
    <message>
        <source>Nothing waits for a slot.</source>
        <translation>Aucune intervention n’attend de créneau.</translation>
    </message>
    <message>
        <source>No job to plan matches this filter.</source>
        <translation>Aucune intervention à planifier ne correspond à ce filtre.</translation>
    </message>
    <message>
        <source>Drag a job onto a technician&apos;s row, or select it and double-click a free slot.</source>
        <translation>Faites glisser une intervention sur la ligne d’un technicien, ou sélectionnez-la et double-cliquez sur un créneau libre.</translation>
    </message>
    <message>
        <source>{number} not planned: {reason}</source>
        <translation>{number} non planifiée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{number} planned for {names}, {when}</source>
        <translation>{number} planifiée pour {names}, {when}</translation>
    </message>
    <message>
        <source>{number} is back in the jobs to plan.</source>
        <translation>{number} est de retour parmi les interventions à planifier.</translation>
    </message>
    <message>
        <source>{number} was cancelled.</source>
        <translation>{number} a été annulée.</translation>
    </message>
    <message>
        <source>Cancel the intervention</source>
        <translation>Annuler l’intervention</translation>
    </message>
    <message>
        <source>Cancel {number} for {customer}? It leaves the planning.</source>
        <translation>Annuler {number} pour {customer}&#xa0;? Elle sera retirée du planning.</translation>
    </message>
    <message>
        <source>Select a job in the list of jobs to plan, then double-click a free slot to plan it there.</source>
        <translation>Sélectionnez une intervention dans la liste des interventions à planifier, puis double-cliquez sur un créneau libre pour l’y planifier.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <source>Back to jobs to plan</source>
        <translation>Remettre à planifier</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <extracomment>Tables whose changes can move people in or out of a segment.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <source>Reference</source>
        <extracomment>Tables whose changes may alter the catalogue.</extracomment>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Gamme</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Marge&#xa0;%</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Search name, reference or category</source>
        <translation>Rechercher un nom, une référence ou une catégorie</translation>
    </message>
    <message>
        <source>Show inactive products</source>
        <translation>Afficher les produits inactifs</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Nouveau produit…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Apply this solution</source>
        <translation>Appliquer cette solution</translation>
    </message>
    <message>
        <source>Link it to the ticket; it shows in the conversation and counts as solved when the ticket is resolved</source>
        <translation>La lier au ticket&#xa0;; elle apparaît dans la conversation et compte comme solution efficace une fois le ticket résolu</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Ticket {number}</source>
        <translation>Ticket {number}</translation>
    </message>
    <message>
        <source>{source} — applied</source>
        <translation>{source} — appliqué</translation>
    </message>
    <message>
        <source>{n}×</source>
        <translation>{n}×</translation>
    </message>
    <message>
        <source>Best first: how well each matches the problem, and how often it solved one before.</source>
        <translation>Les meilleures d&apos;abord&#xa0;: selon leur correspondance avec le problème et le nombre de fois où elles en ont déjà résolu un.</translation>
    </message>
    <message>
        <source>No known solution matches yet.</source>
        <translation>Aucune solution connue ne correspond pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Type the subject and the description: solutions from the knowledge base and from past tickets appear here.</source>
        <translation>Saisissez le sujet et la description&#xa0;: les solutions de la base de connaissances et des tickets précédents apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>No customer with figures in this period</source>
        <extracomment>A customer&apos;s bar was clicked (their key, &quot;c:…&quot; or &quot;p:…&quot;).</extracomment>
        <translation>Aucun client avec des chiffres sur cette période</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>{name}: {amount}</source>
        <translation>{name}&#xa0;: {amount}</translation>
    </message>
</context>
<context>
    <name>RecordAuditDialog</name>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>History of changes of {name}</source>
        <translation>Historique des modifications de {name}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>{action} · {part}</source>
        <translation>{action} · {part}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Nothing was recorded about this record.</source>
        <translation>Rien n’a été enregistré pour cette fiche.</translation>
    </message>
</context>
<context>
    <name>RecordDetailView</name>
    <message>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Move {name} to the trash? It can be restored from the trash.</source>
        <translation>Mettre {name} à la corbeille&#xa0;? Vous pourrez restaurer la fiche depuis la corbeille.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Enregistrer les modifications de {name}&#xa0;?</translation>
    </message>
    <message>
        <source>This record was moved to the trash.</source>
        <translation>Cette fiche a été mise à la corbeille.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it.</source>
        <translation>Quelqu’un d’autre a modifié cette fiche pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>Show their version</source>
        <translation>Afficher sa version</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Background and text colours of the stage badge; unknown stages get the last one.</extracomment>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>RecordHistoryButton</name>
    <message>
        <source>Change history…</source>
        <translation>Historique des modifications…</translation>
    </message>
    <message>
        <source>History of changes: who created, changed or deleted what, when and on which machine</source>
        <translation>Historique des modifications : qui a créé, modifié ou supprimé quoi, quand et sur quelle machine</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>All stages</source>
        <extracomment>Initial widths (in average characters) per column key; the rest get the default.</extracomment>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Fiches&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Aucune fiche ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Nothing here yet. Click “New” to add the first one.</source>
        <translation>Aucune fiche pour l’instant. Cliquez sur «&#xa0;Nouvelle fiche&#xa0;» pour ajouter la première.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>due {day} {time}</source>
        <extracomment>Tasks shown by a check (their ids), for whoever wants to know (tests, a badge).</extracomment>
        <translation>échéance le {day} à {time}</translation>
    </message>
    <message>
        <source>Tasks due ({n})</source>
        <translation>Tâches à échéance ({n})</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Close the reminder</source>
        <translation>Fermer le rappel</translation>
    </message>
    <message>
        <source>Tasks due ({n})</source>
        <translation>Tâches à échéance ({n})</translation>
    </message>
    <message>
        <source>and {n} more on the Today page</source>
        <translation>et {n} autres sur la page Aujourd’hui</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Open</source>
        <extracomment>Distance of the popup from the window&apos;s bottom-right corner. At most this many tasks are listed; the rest are counted. Width of a task&apos;s text in the popup, in pixels (beside its two buttons).</extracomment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Time on site</source>
        <extracomment>The report was written (True when the job was finished with it).</extracomment>
        <translation>Temps sur place</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Travaux réalisés</translation>
    </message>
    <message>
        <source>What was found and done, what the customer was told…</source>
        <translation>Ce qui a été constaté et fait, ce qui a été dit au client…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>What should follow, for the colleague who plans or sells it</source>
        <translation>Ce qui doit suivre, pour le collègue qui le planifiera ou le vendra</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>Pièces utilisées</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Photos et documents</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>Signature du client</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Keep what is written so far; the job stays open</source>
        <translation>Conserver ce qui est déjà saisi&#xa0;; l’intervention reste ouverte</translation>
    </message>
    <message>
        <source>Finish the job</source>
        <translation>Terminer l’intervention</translation>
    </message>
    <message>
        <source>Save the report and mark the intervention done</source>
        <translation>Enregistrer le rapport et marquer l’intervention comme terminée</translation>
    </message>
    <message>
        <source>Job finished: {when}.</source>
        <translation>Intervention terminée&#xa0;: {when}.</translation>
    </message>
    <message>
        <source>This intervention was cancelled: plan it again to report on it.</source>
        <translation>Cette intervention a été annulée&#xa0;: planifiez-la de nouveau pour en rédiger le rapport.</translation>
    </message>
    <message>
        <source>Not planned yet: plan it before finishing it.</source>
        <translation>Pas encore planifiée&#xa0;: planifiez-la avant de la terminer.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve the ticket</source>
        <translation>Résoudre le ticket</translation>
    </message>
    <message>
        <source>Close the ticket</source>
        <translation>Clôturer le ticket</translation>
    </message>
    <message>
        <source>What solved the problem? It is kept with the ticket, proposed for similar problems later, and can become a knowledge base article.</source>
        <translation>Qu&apos;est-ce qui a résolu le problème&#xa0;? La réponse est conservée avec le ticket, proposée ensuite pour les problèmes similaires et peut devenir un article de la base de connaissances.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Clôturer le ticket</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Record a reply</source>
        <extracomment>What was made, by the key record_response returns it under: (kind main_window opens, id key). The reply was recorded: what core returned (history_id and lead_id / task_id / opportunity_id). The user asked to open what was made (kind, id): &quot;lead&quot;, &quot;task&quot; or &quot;opportunity&quot;.</extracomment>
        <translation>Enregistrer une réponse</translation>
    </message>
    <message>
        <source>Reply from {name}</source>
        <translation>Réponse de {name}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>To the campaign {name}</source>
        <translation>À la campagne {name}</translation>
    </message>
    <message>
        <source>Came by</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Également</translation>
    </message>
    <message>
        <source>What to do next, e.g. Send the quote</source>
        <translation>Ce qu’il faut faire ensuite, p. ex. Envoyer le devis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>The reply is in the history and an opportunity was created.</source>
        <translation>La réponse figure dans l’historique et une opportunité a été créée.</translation>
    </message>
    <message>
        <source>Open the opportunity</source>
        <translation>Ouvrir l’opportunité</translation>
    </message>
    <message>
        <source>The reply is in the history and a follow-up task was created.</source>
        <translation>La réponse figure dans l’historique et une tâche de suivi a été créée.</translation>
    </message>
    <message>
        <source>Open the task</source>
        <translation>Ouvrir la tâche</translation>
    </message>
    <message>
        <source>The reply is in the history and a lead was created.</source>
        <translation>La réponse figure dans l’historique et une piste a été créée.</translation>
    </message>
    <message>
        <source>Open the lead</source>
        <translation>Ouvrir la piste</translation>
    </message>
    <message>
        <source>The reply is in the person&apos;s history.</source>
        <translation>La réponse figure dans l’historique de la personne.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <extracomment>After a preview was asked: True when the backup can be restored. The backup is in place; the path is where the previous database was kept. The restore was refused (the database in use is unchanged).</extracomment>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup replaces the database in use. That database is first kept aside, next to it, so nothing is lost. CRM Desktop then closes: start it again to work with the restored data.</source>
        <translation>La sauvegarde remplace la base de données en cours d’utilisation. Celle-ci est d’abord mise de côté, juste à côté, afin que rien ne soit perdu. CRM Desktop se ferme ensuite&#xa0;: relancez-le pour travailler avec les données restaurées.</translation>
    </message>
    <message>
        <source>a backup file (.db, or encrypted)</source>
        <translation>un fichier de sauvegarde (.db ou chiffré)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>This backup is encrypted with a passphrase this computer does not know yet. Enter the business passphrase to open it.</source>
        <translation>Cette sauvegarde est chiffrée avec une phrase secrète que cet ordinateur ne connaît pas encore. Saisissez la phrase secrète de l’entreprise pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Contenu de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Backups (*.db *.crm *.crmbackup);;All files (*)</source>
        <translation>Sauvegardes (*.db *.crm *.crmbackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Lecture de la sauvegarde…</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <source>Last change in it</source>
        <translation>Dernière modification contenue</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>The database in use before was kept as {path}.</source>
        <translation>La base de données utilisée auparavant a été conservée sous {path}.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <source>CRM Desktop closes now: start it again to work with the restored data.</source>
        <translation>CRM Desktop va se fermer&#xa0;: relancez-le pour travailler avec les données restaurées.</translation>
    </message>
    <message>
        <source>Close CRM Desktop</source>
        <translation>Fermer CRM Desktop</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Name</source>
        <extracomment>Changes that may add or remove a candidate.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Known since</source>
        <translation>Connu depuis</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>Retention review</source>
        <extracomment>Open a record: (&quot;person&quot;, id).</extracomment>
        <translation>Revue de conservation des données</translation>
    </message>
    <message>
        <source>No activity and no consent for</source>
        <translation>Sans activité ni consentement depuis</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Keep the person: not listed again for another period</source>
        <translation>Conserver la personne&#xa0;: elle ne réapparaîtra pas dans la liste avant une nouvelle période</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>{n} people to review</source>
        <translation>{n}&#xa0;personnes à examiner</translation>
    </message>
    <message>
        <source>Nobody to review: everyone had some activity or gave consent in this period.</source>
        <translation>Personne à examiner&#xa0;: chacun a eu une activité ou donné son consentement sur cette période.</translation>
    </message>
    <message>
        <source>Kept at the retention review</source>
        <translation>Conservé lors de la revue de conservation des données</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Sale {number}</source>
        <translation>Vente {number}</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Aucun client choisi</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines&lt;/b&gt; (product, description, quantity, unit price, discount %, amount)</source>
        <translation>&lt;b&gt;Lignes&lt;/b&gt; (produit, description, quantité, prix unitaire, remise&#xa0;%, montant)</translation>
    </message>
    <message>
        <source>Revenue {revenue}</source>
        <translation>Chiffre d’affaires {revenue}</translation>
    </message>
    <message>
        <source>Revenue {revenue}   Cost {cost}   Margin {margin} ({percent} %)</source>
        <translation>Chiffre d’affaires {revenue}   Coût {cost}   Marge {margin} ({percent}&#xa0;%)</translation>
    </message>
    <message>
        <source>Delete the sale</source>
        <translation>Supprimer la vente</translation>
    </message>
    <message>
        <source>Move this sale to the trash? It can be restored from there.</source>
        <translation>Mettre cette vente à la corbeille&#xa0;? Elle pourra être restaurée depuis la corbeille.</translation>
    </message>
</context>
<context>
    <name>SaleLineRow</name>
    <message>
        <source>— no product —</source>
        <extracomment>Line fields with an editor of their own (product_id is the chooser).</extracomment>
        <translation>— aucun produit —</translation>
    </message>
    <message>
        <source>Type to search the catalogue</source>
        <translation>Tapez pour rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Retirer cette ligne</translation>
    </message>
</context>
<context>
    <name>SaleListModel</name>
    <message>
        <source>Number</source>
        <extracomment>Tables whose changes may alter what the panel shows.</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Search</source>
        <extracomment>Kinds that open as themselves; a history entry opens its person or company. The badge of each kind of hit (the timeline&apos;s colours and symbols where it has them). Emitted after each search with the text searched and the number of hits.</extracomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search people, companies, tickets, interventions, articles and history…</source>
        <translation>Rechercher des personnes, sociétés, tickets, interventions, articles et dans l’historique…</translation>
    </message>
    <message>
        <source>Type a name, an e-mail, a phone number, a city, a ticket or intervention number or a word from the history.</source>
        <translation>Tapez un nom, un e-mail, un numéro de téléphone, une ville, un numéro de ticket ou d’intervention, ou un mot de l’historique.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Aucun résultat pour «&#xa0;{text}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <source>Edit the segment</source>
        <extracomment>The template fields each channel uses, in the order the form shows them. Characters in one SMS (GSM alphabet); longer texts are sent as several. The chosen channels changed (by the user or by loading a campaign).</extracomment>
        <translation>Modifier le segment</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Who is in it, e.g. Namur customers</source>
        <translation>Qui en fait partie, p. ex. Clients de Namur</translation>
    </message>
    <message>
        <source>Save the segment</source>
        <translation>Enregistrer le segment</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Who</source>
        <extracomment>The edits settled on criteria that core refuses (marked under them); nothing was counted.</extracomment>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Purchases and contracts</source>
        <translation>Achats et contrats</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Comment les joindre</translation>
    </message>
    <message>
        <source>Beginnings, separated by commas: 50, 1000</source>
        <translation>Débuts, séparés par des virgules&#xa0;: 50, 1000</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} personnes</translation>
    </message>
    <message>
        <source>No count</source>
        <translation>Pas de décompte</translation>
    </message>
    <message>
        <source>Correct the criteria marked in red.</source>
        <translation>Corrigez les critères marqués en rouge.</translation>
    </message>
    <message>
        <source>match all the criteria (any of the values ticked in each)</source>
        <translation>répondent à tous les critères (l’une des valeurs cochées dans chacun)</translation>
    </message>
    <message>
        <source>everyone: tick criteria to narrow down</source>
        <translation>tout le monde&#xa0;: cochez des critères pour affiner</translation>
    </message>
</context>
<context>
    <name>SegmentField</name>
    <message>
        <source>Edit segment…</source>
        <translation>Modifier le segment…</translation>
    </message>
    <message>
        <source>Change who is in this segment (every campaign using it follows)</source>
        <translation>Modifier qui fait partie de ce segment (toutes les campagnes qui l’utilisent suivent)</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>Nouveau segment…</translation>
    </message>
    <message>
        <source>A new segment, starting from the criteria of the chosen one</source>
        <translation>Un nouveau segment, à partir des critères du segment choisi</translation>
    </message>
    <message>
        <source>— choose a segment —</source>
        <translation>— choisissez un segment —</translation>
    </message>
    <message>
        <source>Choose who the campaign is for.</source>
        <translation>Choisissez à qui s’adresse la campagne.</translation>
    </message>
    <message>
        <source>1 person in this segment now</source>
        <translation>1 personne dans ce segment actuellement</translation>
    </message>
    <message>
        <source>{n} people in this segment now</source>
        <translation>{n} personnes dans ce segment actuellement</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Start a new segment from no criteria</source>
        <translation>Commencer un nouveau segment sans critère</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>No saved segment yet. Tick criteria, give a name and save.</source>
        <translation>Aucun segment enregistré pour l’instant. Cochez des critères, donnez un nom et enregistrez.</translation>
    </message>
    <message>
        <source>What these people have in common</source>
        <translation>Ce que ces personnes ont en commun</translation>
    </message>
    <message>
        <source>Notes: what the segment is for</source>
        <translation>Notes&#xa0;: à quoi sert le segment</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Your role cannot change segments.</source>
        <translation>Votre rôle ne permet pas de modifier les segments.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Save the changes made to this segment?</source>
        <translation>Enregistrer les modifications apportées à ce segment&#xa0;?</translation>
    </message>
    <message>
        <source>Segment “{name}” was moved to the trash.</source>
        <translation>Le segment «&#xa0;{name}&#xa0;» a été mis à la corbeille.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Correct the criteria to see who is in.</source>
        <translation>Corrigez les critères pour voir qui en fait partie.</translation>
    </message>
    <message>
        <source>The first {shown} of {count} by name; double-click to open.</source>
        <translation>Les {shown} premières sur {count}, par nom&#xa0;; double-cliquez pour ouvrir.</translation>
    </message>
    <message>
        <source>Double-click a person to open them.</source>
        <translation>Double-cliquez sur une personne pour ouvrir sa fiche.</translation>
    </message>
    <message>
        <source>Nobody matches these criteria.</source>
        <translation>Personne ne correspond à ces critères.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Nothing to send: build the list on the Members tab first.</source>
        <extracomment>Status badge colours (background, text). Tables whose changes alter what the Send tab counts.</extracomment>
        <translation>Rien à envoyer&#xa0;: constituez d’abord la liste dans l’onglet Membres.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>The e-mail run ended (the EmailRunReport, or None when it failed before sending). The user wants the mail server settings. The documents and files this role may make (letters, labels, sms_csv), as REPORT_PERMS says.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send the e-mails still to send, one by one, through the mail server</source>
        <translation>Envoyer les e-mails restant à envoyer, un par un, via le serveur de messagerie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop after the e-mail being sent; the rest stays to send</source>
        <translation>Arrêter après l’e-mail en cours d’envoi&#xa0;; les autres restent à envoyer</translation>
    </message>
    <message>
        <source>Retry the failed</source>
        <translation>Réessayer les échecs</translation>
    </message>
    <message>
        <source>Put the e-mails that failed (not the bounced ones) back to send</source>
        <translation>Remettre à envoyer les e-mails en échec (pas les rejetés)</translation>
    </message>
    <message>
        <source>Mail server settings…</source>
        <translation>Paramètres du serveur de messagerie…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>Sending… {done} of {total}</source>
        <translation>Envoi en cours… {done} sur {total}</translation>
    </message>
    <message>
        <source>Stopping after the e-mail being sent…</source>
        <translation>Arrêt après l’e-mail en cours d’envoi…</translation>
    </message>
    <message>
        <source>{n} e-mails are to send again.</source>
        <translation>{n} e-mails sont à renvoyer.</translation>
    </message>
    <message>
        <source>Letters and address labels</source>
        <translation>Courriers et étiquettes d’adresse</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>On a sheet already used: the first label still there (1 = top left, counted row by row)</source>
        <translation>Sur une planche déjà entamée&#xa0;: la première étiquette restante (1 = en haut à gauche, en comptant ligne par ligne)</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue du courrier</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Planche d’étiquettes</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Commencer à l’étiquette</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Courriers…</translation>
    </message>
    <message>
        <source>One personalised letter per person, to preview, save or print</source>
        <translation>Un courrier personnalisé par personne, à prévisualiser, enregistrer ou imprimer</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <source>The address labels of the same people, in the same order</source>
        <translation>Les étiquettes d’adresse des mêmes personnes, dans le même ordre</translation>
    </message>
    <message>
        <source>Mark the letters as posted</source>
        <translation>Marquer les courriers comme postés</translation>
    </message>
    <message>
        <source>Creating the document…</source>
        <translation>Création du document…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>courriers</translation>
    </message>
    <message>
        <source>Letters: {name}</source>
        <translation>Courriers&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{n} letters written.</source>
        <translation>{n} courriers générés.</translation>
    </message>
    <message>
        <source>Left out, without a postal address: {names}</source>
        <translation>Écartés, sans adresse postale&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Once they are printed and posted, mark them so: the next batch holds only the rest.</source>
        <translation>Une fois les courriers imprimés et postés, marquez-les comme tels&#xa0;: le lot suivant ne contiendra que les autres.</translation>
    </message>
    <message>
        <source>{n} letters marked as posted.</source>
        <translation>{n} courriers marqués comme postés.</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Étiquettes d’adresse</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>Labels: {name}</source>
        <translation>Étiquettes&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{n} labels on {layout} sheets.</source>
        <translation>{n} étiquettes sur planches {layout}.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Export for the SMS gateway…</source>
        <translation>Exporter pour la passerelle SMS…</translation>
    </message>
    <message>
        <source>A CSV file of numbers and personalised texts; the exported messages count as sent</source>
        <translation>Un fichier CSV de numéros et de textes personnalisés&#xa0;; les messages exportés sont considérés comme envoyés</translation>
    </message>
    <message>
        <source>Export the SMS</source>
        <translation>Exporter les SMS</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n’a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>1 message written to {path}.</source>
        <translation>1 message écrit dans {path}.</translation>
    </message>
    <message>
        <source>{n} messages written to {path}.</source>
        <translation>{n} messages écrits dans {path}.</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Appels téléphoniques</translation>
    </message>
    <message>
        <source>Who calls:</source>
        <translation>Qui appelle&#xa0;:</translation>
    </message>
    <message>
        <source>Share the calls</source>
        <translation>Répartir les appels</translation>
    </message>
    <message>
        <source>Deal the people still to call evenly among the ticked staff</source>
        <translation>Répartir équitablement les personnes restant à appeler entre les collaborateurs cochés</translation>
    </message>
    <message>
        <source>My call list…</source>
        <translation>Ma liste d’appels…</translation>
    </message>
    <message>
        <source>Nobody is left to call.</source>
        <translation>Il ne reste personne à appeler.</translation>
    </message>
    <message>
        <source>Calls shared: {shares}</source>
        <translation>Appels répartis&#xa0;: {shares}</translation>
    </message>
    <message>
        <source>Save the campaign and build its list first.</source>
        <translation>Enregistrez d’abord la campagne et constituez sa liste.</translation>
    </message>
    <message>
        <source>Only the people with consent and an address for a channel are sent to; each send is recorded with the consent it relied on.</source>
        <translation>Seules les personnes ayant donné leur consentement et disposant d’une adresse pour un canal reçoivent un envoi&#xa0;; chaque envoi est enregistré avec le consentement sur lequel il repose.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Countries offered for public holidays (core accepts any country the holidays package knows).</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>e.g. BE0123456749</source>
        <translation>p. ex. BE0123456749</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>USB stick or network folder</source>
        <translation>Clé USB ou dossier réseau</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>Only an administrator can change the business settings.</source>
        <translation>Seul un administrateur peut modifier les paramètres de l’entreprise.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Région téléphonique par défaut</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>The language changes the next time CRM Desktop starts.</source>
        <translation>La langue change au prochain démarrage de CRM Desktop.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Every computer that works with this data chooses the same shared folder: a USB stick you carry from one to the other, a network folder, a NAS or a Syncthing folder. Only changes travel through it; the database stays on this computer.</source>
        <translation>Chaque ordinateur qui travaille avec ces données choisit le même dossier partagé&#xa0;: une clé USB que vous emportez de l’un à l’autre, un dossier réseau, un NAS ou un dossier Syncthing. Seules les modifications y transitent&#xa0;; la base de données reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Synchroniser automatiquement toutes les</translation>
    </message>
    <message>
        <source>The other computers know this one as {code}.</source>
        <translation>Les autres ordinateurs connaissent celui-ci sous le code {code}.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Support levels</source>
        <translation>Niveaux de support</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Only an administrator can change the opening hours and rates.</source>
        <translation>Seul un administrateur peut modifier les heures d&apos;ouverture et les tarifs.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Service level clocks run only while the business is open.</source>
        <translation>Les délais de service ne courent que pendant les heures d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Jours de fermeture</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Jours fériés de</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Closing days of the business</source>
        <translation>Jours de fermeture de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>{currency} per km</source>
        <translation>{currency} par km</translation>
    </message>
    <message>
        <source>{currency} per hour</source>
        <translation>{currency} par heure</translation>
    </message>
    <message>
        <source>Cost of a kilometre</source>
        <translation>Coût d&apos;un kilomètre</translation>
    </message>
    <message>
        <source>Price of a kilometre</source>
        <translation>Prix d&apos;un kilomètre</translation>
    </message>
    <message>
        <source>Cost of an hour of work</source>
        <translation>Coût d&apos;une heure de travail</translation>
    </message>
    <message>
        <source>Default hourly rate</source>
        <translation>Tarif horaire par défaut</translation>
    </message>
    <message>
        <source>Warn when due within</source>
        <translation>Avertir quand l&apos;échéance est dans</translation>
    </message>
    <message>
        <source>A level says how fast the desk answers and solves (in business hours), what an hour costs the customer and how many hours a year a contract includes.</source>
        <translation>Un niveau fixe la rapidité de réponse et de résolution (en heures ouvrées), le prix d&apos;une heure pour le client et le nombre d&apos;heures comprises par an dans un contrat.</translation>
    </message>
    <message>
        <source>Only managers and administrators can change support levels.</source>
        <translation>Seuls les responsables et les administrateurs peuvent modifier les niveaux de support.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Tarif horaire</translation>
    </message>
    <message>
        <source>Included per year</source>
        <translation>Compris par an</translation>
    </message>
    <message>
        <source>On site included</source>
        <translation>Sur site compris</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>This file is not an image CRM Desktop can read.</source>
        <translation>CRM Desktop ne peut pas lire ce fichier comme une image.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Choisir le dossier partagé</translation>
    </message>
    <message>
        <source>No folder: this computer does not sync.</source>
        <translation>Aucun dossier&#xa0;: cet ordinateur ne se synchronise pas.</translation>
    </message>
    <message>
        <source>The folder can be reached.</source>
        <translation>Le dossier est accessible.</translation>
    </message>
    <message>
        <source>This folder cannot be reached now. It is kept: sync works again when the USB stick is plugged in or the network folder is available.</source>
        <translation>Ce dossier est inaccessible pour l’instant. Il est conservé&#xa0;: la synchronisation reprendra quand la clé USB sera branchée ou le dossier réseau disponible.</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Ce n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Remove the support level</source>
        <translation>Supprimer le niveau de support</translation>
    </message>
    <message>
        <source>Remove the level “{name}”? It can be restored from the trash.</source>
        <translation>Supprimer le niveau « {name} » ? Il pourra être restauré depuis la corbeille.</translation>
    </message>
    <message>
        <source>The logo could not be stored: {reason}</source>
        <translation>Le logo n’a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This is a file: choose a folder.</source>
        <translation>Ceci est un fichier&#xa0;: choisissez un dossier.</translation>
    </message>
    <message>
        <source>The settings of this computer could not be saved: {reason}</source>
        <translation>Les paramètres de cet ordinateur n’ont pas pu être enregistrés&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>SetupFields</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Spring boiler check</source>
        <translation>p. ex. Entretien chaudière de printemps</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Débute le</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Appels téléphoniques</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script d’appel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Name of the person who signs</source>
        <translation>Nom de la personne qui signe</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Keep the signature</source>
        <translation>Conserver la signature</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>Signer de nouveau</translation>
    </message>
    <message>
        <source>The image of the signature has not reached this computer yet.</source>
        <translation>L’image de la signature n’est pas encore arrivée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}</source>
        <translation>Signé par {name} le {when}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <extracomment>Blank space kept around the drawing in the PNG (in pad pixels). Drawn at twice the pad&apos;s resolution (then capped), so the PNG stays sharp when printed.</extracomment>
        <translation>Signez ici</translation>
    </message>
    <message>
        <source>Sign with a finger, a pen or the mouse</source>
        <translation>Signez du doigt, avec un stylet ou avec la souris</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Wipe the pad and sign again</source>
        <translation>Effacer la zone et signer de nouveau</translation>
    </message>
</context>
<context>
    <name>SlaPanel</name>
    <message>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>The clocks start when the ticket is saved.</source>
        <translation>Les délais commencent à courir à l&apos;enregistrement du ticket.</translation>
    </message>
    <message>
        <source>&lt;b&gt;First response:&lt;/b&gt; {state}</source>
        <translation>&lt;b&gt;Première réponse&#xa0;:&lt;/b&gt; {state}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resolution:&lt;/b&gt; {state}</source>
        <translation>&lt;b&gt;Résolution&#xa0;:&lt;/b&gt; {state}</translation>
    </message>
    <message>
        <source>no target (no support level)</source>
        <translation>aucun délai (pas de niveau de support)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>respecté</translation>
    </message>
    <message>
        <source>missed by {time}</source>
        <translation>dépassé de {time}</translation>
    </message>
    <message>
        <source>paused, waiting on the customer ({time} left)</source>
        <translation>en pause, en attente du client (reste {time})</translation>
    </message>
    <message>
        <source>paused, waiting on the customer (late by {time})</source>
        <translation>en pause, en attente du client (en retard de {time})</translation>
    </message>
    <message>
        <source>late by {time} (was due {due})</source>
        <translation>en retard de {time} (échéance {due})</translation>
    </message>
    <message>
        <source>due {due}, {time} left</source>
        <translation>échéance {due}, reste {time}</translation>
    </message>
</context>
<context>
    <name>SmsField</name>
    <message>
        <source>{n} / {max} characters · {parts} SMS</source>
        <translation>{n} / {max} caractères · {parts} SMS</translation>
    </message>
    <message>
        <source>(before the fields are filled in)</source>
        <translation>(avant remplissage des champs)</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsPage</name>
    <message>
        <source>Mail server</source>
        <extracomment>After &quot;Test connection&quot;: True when the server answered and accepted the login.</extracomment>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>empty if the server needs no login</source>
        <translation>vide si le serveur ne demande pas d’identification</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password is kept on this computer only; it is not shared by sync.</source>
        <translation>Le mot de passe est conservé uniquement sur cet ordinateur&#xa0;; il n’est pas partagé par la synchronisation.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l’expéditeur</translation>
    </message>
    <message>
        <source>news@your-business.example</source>
        <translation>actualites@votre-entreprise.example</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <source>your business&apos;s name</source>
        <translation>nom de votre entreprise</translation>
    </message>
    <message>
        <source>Replies go to</source>
        <translation>Adresse de réponse</translation>
    </message>
    <message>
        <source>empty: the sender address</source>
        <translation>vide&#xa0;: l’adresse de l’expéditeur</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au maximum</translation>
    </message>
    <message>
        <source>e-mails a minute (0: no limit)</source>
        <translation>e-mails par minute (0&#xa0;: sans limite)</translation>
    </message>
    <message>
        <source>Unsubscribe line</source>
        <translation>Ligne de désinscription</translation>
    </message>
    <message>
        <source>Added under every campaign e-mail, in the language of the person. {sender} becomes the address replies go to.</source>
        <translation>Ajoutée sous chaque e-mail de campagne, dans la langue de la personne. {sender} est remplacé par l’adresse de réponse.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Only an administrator can change the mail server.</source>
        <translation>Seul un administrateur peut modifier le serveur de messagerie.</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <source>Connected and logged in to {server}.</source>
        <translation>Connecté et authentifié sur {server}.</translation>
    </message>
    <message>
        <source>Connected to {server}.</source>
        <translation>Connecté à {server}.</translation>
    </message>
    <message>
        <source>The connection test stopped unexpectedly.</source>
        <translation>Le test de connexion s’est arrêté de manière inattendue.</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <source>Locations</source>
        <extracomment>A record to open: (&quot;intervention&quot;, id) when a movement of an intervention is double-clicked.</extracomment>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>To restock</source>
        <translation>À réapprovisionner</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Load for tomorrow</source>
        <translation>Chargement pour demain</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>New warehouse…</source>
        <translation>Nouvel entrepôt…</translation>
    </message>
    <message>
        <source>New van…</source>
        <translation>Nouvelle camionnette…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Receive parts…</source>
        <translation>Réceptionner des pièces…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <source>Correct after a count…</source>
        <translation>Corriger après inventaire…</translation>
    </message>
    <message>
        <source>Give back to the warehouse…</source>
        <translation>Rendre à l’entrepôt…</translation>
    </message>
    <message>
        <source>Minimum…</source>
        <translation>Minimum…</translation>
    </message>
    <message>
        <source>The minimum of the chosen part here, and the level to fill to</source>
        <translation>Le minimum de la pièce choisie à cet emplacement, et le niveau cible du réapprovisionnement</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Fill to</source>
        <translation>Niveau cible</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>De → Vers</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Used beyond what the van held: count and correct</source>
        <translation>Utilisé au-delà du contenu de la camionnette&#xa0;: comptez et corrigez</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Mouvements</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <source>Every part is at or above its minimum.</source>
        <translation>Toutes les pièces sont à leur minimum ou au-dessus.</translation>
    </message>
    <message>
        <source>Parts below their minimum, and how many bring them back to the level to fill to. Set minimums on the Locations tab (Minimum…).</source>
        <translation>Pièces sous leur minimum, et la quantité qui les ramène au niveau cible. Définissez les minimums dans l’onglet Emplacements (Minimum…).</translation>
    </message>
    <message>
        <source>Used beyond stock</source>
        <translation>Utilisé au-delà du stock</translation>
    </message>
    <message>
        <source>Count overtaken</source>
        <translation>Inventaire dépassé</translation>
    </message>
    <message>
        <source>No level below zero and no part used beyond the stock.</source>
        <translation>Aucun niveau négatif et aucune pièce utilisée au-delà du stock.</translation>
    </message>
    <message>
        <source>Levels below zero and parts fitted beyond what the van held: count them and write what is really there.</source>
        <translation>Niveaux négatifs et pièces posées au-delà du contenu de la camionnette&#xa0;: comptez-les et saisissez ce qui s’y trouve réellement.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Nécessaire</translation>
    </message>
    <message>
        <source>In the van</source>
        <translation>Dans la camionnette</translation>
    </message>
    <message>
        <source>To load</source>
        <translation>À charger</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Transfer from warehouse</source>
        <translation>Transférer depuis l’entrepôt</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>What each technician should load for a day&apos;s planned interventions: the parts to bring, less what the van already holds.</source>
        <translation>Ce que chaque technicien doit charger pour les interventions planifiées d’une journée&#xa0;: les pièces à emporter, moins ce que contient déjà la camionnette.</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>count</source>
        <translation>inventaire</translation>
    </message>
    <message>
        <source>No stock location yet</source>
        <translation>Aucun emplacement de stock pour l’instant</translation>
    </message>
    <message>
        <source>Create a warehouse, then a van for each technician.</source>
        <translation>Créez un entrepôt, puis une camionnette pour chaque technicien.</translation>
    </message>
    <message>
        <source>{kind} of {technician}</source>
        <translation>{kind} de {technician}</translation>
    </message>
    <message>
        <source>Nothing here yet: receive parts, or transfer some from another location.</source>
        <translation>Rien ici pour l’instant&#xa0;: réceptionnez des pièces ou transférez-en depuis un autre emplacement.</translation>
    </message>
    <message>
        <source>Levels and movements appear here once a location is chosen.</source>
        <translation>Les niveaux et les mouvements s’affichent ici une fois un emplacement choisi.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>No technician yet.</source>
        <translation>Aucun technicien pour l’instant.</translation>
    </message>
    <message>
        <source>This technician has no van: give them one on the Technicians page.</source>
        <translation>Ce technicien n’a pas de camionnette&#xa0;: attribuez-lui-en une dans la page Techniciens.</translation>
    </message>
    <message>
        <source>Van: {name}</source>
        <translation>Camionnette&#xa0;: {name}</translation>
    </message>
    <message>
        <source>No part to bring for the interventions planned that day.</source>
        <translation>Aucune pièce à emporter pour les interventions planifiées ce jour-là.</translation>
    </message>
    <message>
        <source>Transfers written: {n}. The van now holds what the day needs.</source>
        <translation>Transferts enregistrés&#xa0;: {n}. La camionnette contient désormais tout ce qu’il faut pour la journée.</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <source>Suggestion</source>
        <extracomment>Tables whose changes may alter the suggestions (what was bought, the catalogue, contracts, support time). How many suggestions the tab shows.</extracomment>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>Vente croisée</translation>
    </message>
    <message>
        <source>Up-sell</source>
        <translation>Montée en gamme</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>Niveau de support</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>What this customer may need next: the best links with what they bought, the next tier of what they own, a better support level.</source>
        <extracomment>The list was read again (the page updates its tab title &quot;Suggestions (n)&quot;).</extracomment>
        <translation>Ce dont ce client pourrait avoir besoin ensuite&#xa0;: les meilleures associations avec ce qu’il a acheté, la gamme supérieure de ce qu’il possède, un meilleur niveau d’assistance.</translation>
    </message>
    <message>
        <source>Based on what similar customers bought, the next tier of what they own and their support use this year.</source>
        <translation>D’après ce qu’ont acheté des clients semblables, la gamme au-dessus de ce qu’ils possèdent et leur usage du support cette année.</translation>
    </message>
    <message>
        <source>Nothing to suggest yet: suggestions come from what customers bought.</source>
        <translation>Rien à suggérer pour l’instant&#xa0;: les suggestions viennent de ce que les clients ont acheté.</translation>
    </message>
    <message>
        <source>Choose the customer to see what they may need next.</source>
        <translation>Choisissez le client pour voir ce dont il pourrait avoir besoin ensuite.</translation>
    </message>
    <message>
        <source>Save the record first to see suggestions for it.</source>
        <translation>Enregistrez d’abord la fiche pour en voir les suggestions.</translation>
    </message>
    <message>
        <source>Suggestions ({n})</source>
        <translation>Suggestions ({n})</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
</context>
<context>
    <name>SupportCostsDialog</name>
    <message>
        <source>Support costs</source>
        <extracomment>The quick choices: (key, computes (start, end) from today). The report was made (its temporary path); the preview opens right after. Making the report failed (the message shown) or was cancelled (an empty string).</extracomment>
        <translation>Coûts du support</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Time, parts and travel spent on tickets, per customer, category, support level and technician, with the service levels kept.</source>
        <translation>Temps, pièces et déplacements consacrés aux tickets, par client, catégorie, niveau de support et technicien, avec les niveaux de service respectés.</translation>
    </message>
    <message>
        <source>support-costs</source>
        <translation>couts-du-support</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Création du rapport…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The report could not be created. The details were written to the log file.</source>
        <translation>Impossible de créer le rapport. Les détails ont été enregistrés dans le fichier journal.</translation>
    </message>
    <message>
        <source>Cancelled: no report was created.</source>
        <translation>Annulé&#xa0;: aucun rapport n&apos;a été créé.</translation>
    </message>
</context>
<context>
    <name>SupportFormat</name>
    <message>
        <source>Today {time}</source>
        <extracomment>Background and text colours of the status badge.</extracomment>
        <translation>Aujourd&apos;hui {time}</translation>
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation>Demain {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Hier {time}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n}&#xa0;min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h}&#xa0;h</translation>
    </message>
    <message>
        <source>{h} h {m:02d}</source>
        <translation>{h}&#xa0;h&#xa0;{m:02d}</translation>
    </message>
</context>
<context>
    <name>SupportReports</name>
    <message>
        <source>Ticket {number}</source>
        <translation>Ticket {number}</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the sync; what was already received is kept</source>
        <translation>Arrêter la synchronisation&#xa0;; ce qui a déjà été reçu est conservé</translation>
    </message>
    <message>
        <source>Changes made on this computer that have not been written to the shared folder yet</source>
        <translation>Modifications faites sur cet ordinateur qui n’ont pas encore été écrites dans le dossier partagé</translation>
    </message>
    <message>
        <source>Show the conflicts to resolve</source>
        <translation>Afficher les conflits à résoudre</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synchronisé à l’instant</translation>
    </message>
    <message>
        <source>Synced {n} min ago</source>
        <translation>Synchronisé il y a {n}&#xa0;min</translation>
    </message>
    <message>
        <source>Synced {n} h ago</source>
        <translation>Synchronisé il y a {n}&#xa0;h</translation>
    </message>
    <message>
        <source>Last synced on {date}</source>
        <translation>Dernière synchronisation le {date}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Shared folder: {path}</source>
        <translation>Dossier partagé&#xa0;: {path}</translation>
    </message>
    <message>
        <source>No shared folder is set</source>
        <translation>Aucun dossier partagé n’est choisi</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;setup&quot;&gt;Set up sync…&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;setup&quot;&gt;Configurer la synchronisation…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Choose a shared folder to sync with your other computers</source>
        <translation>Choisissez un dossier partagé pour vous synchroniser avec vos autres ordinateurs</translation>
    </message>
    <message>
        <source>To send: {n}</source>
        <translation>À envoyer&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Conflicts: {n}</source>
        <translation>Conflits&#xa0;: {n}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit the task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>What to do, e.g. Call back about the quote</source>
        <translation>Ce qu’il faut faire, p. ex. Rappeler au sujet du devis</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>About: {what}</source>
        <translation>Concerne&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Delete the task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Move this task to the trash?</source>
        <translation>Mettre cette tâche à la corbeille&#xa0;?</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>Done</source>
        <extracomment>Roles that may look at everyone&apos;s tasks.</extracomment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Open {what}</source>
        <translation>Ouvrir {what}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Today</source>
        <extracomment>Open a record of the application: (kind, id), kind person/company/ticket/intervention/sale. The lists were filled again (how many tasks today, how many in the next days).</extracomment>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Everyone&apos;s tasks</source>
        <translation>Les tâches de tous</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Nouvelle tâche…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Overdue and today ({n})</source>
        <translation>En retard et aujourd’hui ({n})</translation>
    </message>
    <message>
        <source>Today ({n})</source>
        <translation>Aujourd’hui ({n})</translation>
    </message>
    <message>
        <source>Next 7 days ({n})</source>
        <translation>7 prochains jours ({n})</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Rien à échéance aujourd’hui.</translation>
    </message>
    <message>
        <source>Nothing planned for the next 7 days.</source>
        <translation>Rien de prévu pour les 7 prochains jours.</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Terminée&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>TechniciansView</name>
    <message>
        <source>Monday</source>
        <extracomment>A technician&apos;s profile was saved (their id).</extracomment>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>New technician…</source>
        <translation>Nouveau technicien…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactif)</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>No technician yet. Create one with New technician.</source>
        <translation>Aucun technicien pour l’instant. Créez-en un avec «&#xa0;Nouveau technicien&#xa0;».</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Skills as tags, separated by commas; for instance: {skills}</source>
        <translation>Compétences sous forme d’étiquettes, séparées par des virgules&#xa0;; par exemple&#xa0;: {skills}</translation>
    </message>
    <message>
        <source>Home base</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>Namur</source>
        <translation>Namur</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Camionnette</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Active (planned and suggested)</source>
        <translation>Actif (planifiable et proposé)</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Jour de repos</translation>
    </message>
    <message>
        <source>As 08:00-17:00, in the shop&apos;s time zone; leave a day empty when it is a day off.</source>
        <translation>Au format 08:00-17:00, dans le fuseau horaire de l’entreprise&#xa0;; laissez vide un jour de repos.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Add absence</source>
        <translation>Ajouter l’absence</translation>
    </message>
    <message>
        <source>Choose a technician on the left.</source>
        <translation>Choisissez un technicien à gauche.</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Their profile, working hours and absences will show here.</source>
        <translation>Son profil, ses horaires de travail et ses absences s’afficheront ici.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this technician&apos;s profile?</source>
        <translation>Enregistrer les modifications du profil de ce technicien&#xa0;?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>TicketDetailView</name>
    <message>
        <source>Customer</source>
        <extracomment>Proposals were read again for what is typed (their number). A new intervention for this ticket: its initial values (ticket_id, company_id, person_id, subject, kind).</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>What is the problem?</source>
        <translation>Quel est le problème&#xa0;?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Make, model, version…</source>
        <translation>Marque, modèle, version…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assigné</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Time &amp;&amp; costs</source>
        <translation>Temps &amp;&amp; coûts</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <source>Write what solved the problem and resolve the ticket</source>
        <translation>Indiquer ce qui a résolu le problème et résoudre le ticket</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Clôturer le ticket</translation>
    </message>
    <message>
        <source>Nothing more to do for the customer</source>
        <translation>Plus rien à faire pour le client</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Make knowledge article</source>
        <translation>Créer un article de connaissances</translation>
    </message>
    <message>
        <source>Turn this solved problem into an article proposed for similar problems</source>
        <translation>Transformer ce problème résolu en article proposé pour les problèmes similaires</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Imprimer / PDF…</translation>
    </message>
    <message>
        <source>On site ({n})</source>
        <translation>Sur place ({n})</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Who calls, and what is the problem?</source>
        <translation>Qui appelle et quel est le problème&#xa0;?</translation>
    </message>
    <message>
        <source>opened {when}</source>
        <translation>ouvert {when}</translation>
    </message>
    <message>
        <source>The article “{title}” was added to the knowledge base.</source>
        <translation>L&apos;article «&#xa0;{title}&#xa0;» a été ajouté à la base de connaissances.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>TicketField</name>
    <message>
        <source>Ticket number</source>
        <extracomment>Changes that may alter what the page shows besides the intervention&apos;s own row. The order of the status buttons, and which ones lead the job forward.</extracomment>
        <translation>Numéro de ticket</translation>
    </message>
    <message>
        <source>Open this ticket</source>
        <translation>Ouvrir ce ticket</translation>
    </message>
</context>
<context>
    <name>TicketInterventionsPanel</name>
    <message>
        <source>Plan an intervention…</source>
        <translation>Planifier une intervention…</translation>
    </message>
    <message>
        <source>Send a technician on site for this ticket</source>
        <translation>Envoyer un technicien sur place pour ce ticket</translation>
    </message>
    <message>
        <source>Save the ticket first to plan an intervention for it.</source>
        <translation>Enregistrez d’abord le ticket pour lui planifier une intervention.</translation>
    </message>
    <message>
        <source>No intervention for this ticket yet. Plan one when someone must go on site.</source>
        <translation>Aucune intervention pour ce ticket pour l’instant. Planifiez-en une lorsque quelqu’un doit se rendre sur place.</translation>
    </message>
</context>
<context>
    <name>TicketModel</name>
    <message>
        <source>paused</source>
        <extracomment>Queues and counts are read again this often: due states change with time alone. Tables whose changes can move a ticket between queues or change what a row shows. Initial widths (in average characters) per column key. Queues whose count is not shown (the biggest ones: counting them costs most and says least). Until the user sorts by a column: active queues by due time, the others newest first (finished tickets race no clock, and the opening date is indexed).</extracomment>
        <translation>en pause</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>Support</source>
        <extracomment>The queue counts were read again (tests wait on it).</extracomment>
        <translation>Support</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Log a new problem (Ctrl+Shift+T)</source>
        <translation>Ouvrir un nouveau ticket (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Search tickets: number, subject, description, product…</source>
        <translation>Rechercher des tickets&#xa0;: numéro, sujet, description, produit…</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>{queue} ({n})</source>
        <translation>{queue} ({n})</translation>
    </message>
    <message>
        <source>Tickets: {count}</source>
        <translation>Tickets&#xa0;: {count}</translation>
    </message>
    <message>
        <source>No ticket matches these filters.</source>
        <translation>Aucun ticket ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No tickets yet. Click “New ticket” to log the first problem.</source>
        <translation>Aucun ticket pour l&apos;instant. Cliquez sur «&#xa0;Nouveau ticket&#xa0;» pour enregistrer le premier problème.</translation>
    </message>
    <message>
        <source>Nothing in this queue.</source>
        <translation>Aucun ticket dans cette file.</translation>
    </message>
</context>
<context>
    <name>TierChart</name>
    <message>
        <source>Customers by tier</source>
        <extracomment>A tier&apos;s slice was clicked (its key).</extracomment>
        <translation>Clients par catégorie</translation>
    </message>
    <message>
        <source>No customer bought in the last three years</source>
        <translation>Aucun client n’a acheté au cours des trois dernières années</translation>
    </message>
    <message>
        <source>{tier} ({n})</source>
        <translation>{tier} ({n})</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Today {time}</source>
        <extracomment>Quick log buttons, then the kinds of the &quot;More…&quot; menu. Colour and symbol of the kinds we know; any other kind gets a colour from its name.</extracomment>
        <translation>Aujourd’hui {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Hier {time}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>{n} lines</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <source>Revenue {revenue}</source>
        <translation>Chiffre d’affaires {revenue}</translation>
    </message>
    <message>
        <source> ({percent} %)</source>
        <translation> ({percent}&#xa0;%)</translation>
    </message>
    <message>
        <source>Revenue {revenue}, margin {margin}{percent}</source>
        <translation>Chiffre d’affaires {revenue}, marge {margin}{percent}</translation>
    </message>
    <message>
        <source>{labels}: {text}</source>
        <translation>{labels}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Assigné à {name}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Call</source>
        <extracomment>(source, id) of an entry that is not a history entry (tickets...), for the window to open.</extracomment>
        <translation>Appel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>Noter un e-mail</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Noter une visite</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Écrire une note</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Plus…</translation>
    </message>
    <message>
        <source>Show only one kind</source>
        <translation>N’afficher qu’un type</translation>
    </message>
    <message>
        <source>Save the record first to log calls, e-mails and visits.</source>
        <translation>Enregistrez d’abord la fiche pour noter appels, e-mails et visites.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Rien de ce type pour l’instant.</translation>
    </message>
    <message>
        <source>Nothing logged yet. Use Call, E-mail, Visit or Note above.</source>
        <translation>Rien dans l’historique pour l’instant. Utilisez Appel, E-mail, Visite ou Note ci-dessus.</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted records stay here until you restore them.</source>
        <translation>Les fiches supprimées restent ici jusqu’à ce que vous les restauriez.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Supprimé par</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile</source>
        <translation>Modifié ailleurs entre-temps</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>Entrée d’historique</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Knowledge base article</source>
        <translation>Article de la base de connaissances</translation>
    </message>
    <message>
        <source>{fields} (on {machines})</source>
        <translation>{fields} (sur {machines})</translation>
    </message>
</context>
<context>
    <name>UnsubscribeDialog</name>
    <message>
        <source>Unsubscribe</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <source>{name} no longer wants to be contacted this way. Their consent is withdrawn today and noted in their history; nothing more is sent to them on this channel, by this campaign or any other.</source>
        <translation>{name} ne souhaite plus être contacté(e) de cette façon. Son consentement est retiré à compter d’aujourd’hui et consigné dans son historique&#xa0;; plus rien ne lui sera envoyé sur ce canal, ni par cette campagne ni par aucune autre.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Ask for a user and password when CRM Desktop opens (and on the command line)</source>
        <translation>Demander un utilisateur et un mot de passe à l’ouverture de CRM Desktop (et en ligne de commande)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Verrouillé jusqu’au</translation>
    </message>
    <message>
        <source>Only administrators can change users.</source>
        <translation>Seuls les administrateurs peuvent modifier les utilisateurs.</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Active (may log in)</source>
        <translation>Actif (peut se connecter)</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>au moins {n}&#xa0;caractères</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Confirmez-le</translation>
    </message>
    <message>
        <source>Save role and status</source>
        <translation>Enregistrer le rôle et le statut</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Give a temporary password that must be changed at the next log-in</source>
        <translation>Attribuer un mot de passe provisoire à changer à la prochaine connexion</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter l’utilisateur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Selected user: {name}</source>
        <translation>Utilisateur sélectionné&#xa0;: {name}</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>The password of {name} is set.</source>
        <translation>Le mot de passe de {name} est défini.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Give {name} a temporary password? Their current password stops working.</source>
        <translation>Attribuer un mot de passe provisoire à {name}&#xa0;? Son mot de passe actuel cessera de fonctionner.</translation>
    </message>
    <message>
        <source>Temporary password of {name}: {password}
Give it to them now: it is not shown again. They choose their own at their next log-in.</source>
        <translation>Mot de passe provisoire de {name}&#xa0;: {password}
Communiquez-le-lui maintenant&#xa0;: il ne sera plus affiché. L’utilisateur choisira le sien à sa prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>UtilisationChart</name>
    <message>
        <source>Technician utilisation</source>
        <translation>Taux d’occupation des techniciens</translation>
    </message>
    <message>
        <source>No technician</source>
        <translation>Aucun technicien</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Travaillé</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>{name} — {what}: {hours} h ({ratio} of available)</source>
        <translation>{name} — {what}&#xa0;: {hours}&#xa0;h ({ratio} du temps disponible)</translation>
    </message>
</context>
<context>
    <name>ValueCard</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Affichée</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Conserver cette valeur</translation>
    </message>
    <message>
        <source>RFM tier: how recently, how often and how much this customer bought over the last 3 years.</source>
        <extracomment>Tables whose changes may alter a card: what is sold, what serving the customer costs, and the contacts that the &quot;silent&quot; risk looks at. Chip colours per RFM tier (background, text): good tiers green/blue, the worrying ones amber/grey.</extracomment>
        <translation>Catégorie RFM&#xa0;: récence, fréquence et montant des achats de ce client sur les 3 dernières années.</translation>
    </message>
    <message>
        <source>{company}, last 12 months:</source>
        <translation>{company}, 12&#xa0;derniers mois&#xa0;:</translation>
    </message>
    <message>
        <source>Last 12 months:</source>
        <translation>12 derniers mois&#xa0;:</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Coût de service</translation>
    </message>
    <message>
        <source>Support time, parts, travel, interventions and campaigns.</source>
        <translation>Temps d’assistance, pièces, déplacements, interventions et campagnes.</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Costs more than it brings: the margin does not cover the cost to serve.</source>
        <translation>Coûte plus qu’il ne rapporte&#xa0;: la marge ne couvre pas le coût de service.</translation>
    </message>
    <message>
        <source>Margin minus the cost to serve.</source>
        <translation>Marge moins le coût de service.</translation>
    </message>
    <message>
        <source>Figures of {company}, the company this person works for.</source>
        <translation>Chiffres de {company}, la société pour laquelle travaille cette personne.</translation>
    </message>
    <message>
        <source>no sales in the 12 months before</source>
        <translation>aucune vente sur les 12&#xa0;mois précédents</translation>
    </message>
    <message>
        <source>{arrow} {percent} % vs the 12 months before</source>
        <translation>{arrow} {percent}&#xa0;% par rapport aux 12 mois précédents</translation>
    </message>
</context>
<context>
    <name>WebsiteField</name>
    <message>
        <source>www.example.com</source>
        <extracomment>Changes that never alter a company&apos;s timeline (its people&apos;s changes may: they can move). Changes that may alter the company&apos;s tickets tab. Changes that may alter the company&apos;s support contract.</extracomment>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Sample data</source>
        <translation>Données d’exemple</translation>
    </message>
    <message>
        <source>Creating sample companies, people and history…</source>
        <translation>Création des sociétés, personnes et historique d’exemple…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Files can be attached to people, companies and history entries.</source>
        <translation>Des fichiers peuvent être joints aux personnes, aux sociétés et aux entrées d’historique.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <extracomment>Longest intervention the overlap queries look back for (a start this far before a slot can still run into it). No zone changes its UTC offset twice within this long (real zones: twice a year at most).
----------
JSON columns that hold a list (the others hold a map).
----------
Interventions with their customer&apos;s names and phone, as every field document lists them.</extracomment>
        <translation>Cette fiche n’existe plus.</translation>
    </message>
    <message>
        <source>{name} is not a readable file.</source>
        <translation>{name} n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>{name} is larger than 200 MB.</source>
        <translation>{name} dépasse 200 Mo.</translation>
    </message>
    <message>
        <source>Cannot store {name}: {reason}</source>
        <translation>Impossible d’enregistrer {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The file {name} is not on this computer yet.</source>
        <translation>Le fichier {name} n’est pas encore sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{path} is the database in use; choose another file.</source>
        <translation>{path} est la base de données en cours d’utilisation&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} est un dossier&#xa0;; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <extracomment>Automatic backups are named crm-YYYYmmdd-HHMMSS.db (local time of the machine).</extracomment>
        <translation>Le dossier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <extracomment>Export columns before the consent and custom columns. ``company`` and ``owner`` are names (the ids mean nothing in another database); ``id`` is for reference only and ignored on import. Header aliases (English, French, a little Dutch) -&gt; field. Field keys are aliases too.</extracomment>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a CRM Desktop database.</source>
        <translation>{path} n’est pas une base de données CRM Desktop.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored: {problem}</source>
        <translation>{path} est endommagé et ne peut pas être restauré&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{path} was refused: {reason}</source>
        <translation>{path} a été refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is the database in use; choose a backup file.</source>
        <translation>{path} est la base de données en cours d’utilisation&#xa0;; choisissez un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>{path} is encrypted, or is not a CRM Desktop database: this computer cannot open encrypted databases (SQLCipher is not installed).</source>
        <translation>{path} est chiffré, ou n’est pas une base de données CRM Desktop : cet ordinateur ne peut pas ouvrir de base chiffrée (SQLCipher n’est pas installé).</translation>
    </message>
    <message>
        <source>{path} is encrypted with a passphrase this computer does not know, or is not a CRM Desktop database.</source>
        <translation>{path} est chiffré avec une phrase secrète que cet ordinateur ne connaît pas, ou n’est pas une base de données CRM Desktop.</translation>
    </message>
    <message>
        <source>The database in use is encrypted with a key this computer does not know; nothing was restored.</source>
        <translation>La base de données utilisée est chiffrée avec une clé que cet ordinateur ne connaît pas ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Cannot make the backup folder {path}: {reason}</source>
        <extracomment>Links that may dangle after a merge of two offline machines (no FOREIGN KEYs).</extracomment>
        <translation>Impossible de créer le dossier de sauvegarde {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Unexpected problem: {reason}</source>
        <extracomment>When it failed (UTC ISO text). Why, as core&apos;s message (translated when shown) and its parameters.</extracomment>
        <translation>Problème inattendu : {reason}</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>What a preview counts: (label, table).</extracomment>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Entrées d’historique</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Demo data was cancelled; nothing was added.</source>
        <extracomment>Where the word lists are (plain UTF-8 JSON, readable and editable by hand). ``progress(done, total)``; returning False cancels (None or True carry on). Field service: the technicians&apos; team, the parts catalogue and the interventions. Support tickets added (with their events, time, costs; levels, contracts and articles come along). Not compared: what the support part adds is checked by its own tests. Interventions added (with technicians, vans, parts and stock); checked by demo_field&apos;s tests. History written by the leads and campaigns demo (replies, calls, first contacts), after the ``history`` rows above, which are the only ones in time order by rid. Products, sales and lines of the sales demo (``demo_sales.SalesCounts``).</extracomment>
        <translation>La création des données d’exemple a été annulée&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>This looks like an existing record: {label}.</source>
        <translation>Cette fiche semble déjà exister&#xa0;: {label}.</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>même adresse e-mail</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
    <message>
        <source>very similar name</source>
        <translation>nom très proche</translation>
    </message>
    <message>
        <source>same VAT number</source>
        <translation>même numéro de TVA</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Custom fields must be pairs of name and value.</source>
        <translation>Les champs personnalisés doivent être des paires nom-valeur.</translation>
    </message>
    <message>
        <source>A custom field needs a name.</source>
        <translation>Un champ personnalisé doit avoir un nom.</translation>
    </message>
    <message>
        <source>At most {n} items.</source>
        <translation>{n} éléments au maximum.</translation>
    </message>
    <message>
        <source>Consent must be given per channel.</source>
        <translation>Le consentement doit être indiqué par canal.</translation>
    </message>
    <message>
        <source>Choose who the campaign is for.</source>
        <extracomment>The history kind of a touch on each campaign channel. Sends in these statuses are done: building again never changes them.</extracomment>
        <translation>Choisissez à qui s’adresse la campagne.</translation>
    </message>
    <message>
        <source>This campaign was cancelled: put it back to draft first.</source>
        <translation>Cette campagne a été annulée&#xa0;: remettez-la d’abord en brouillon.</translation>
    </message>
    <message>
        <source>Replied</source>
        <extracomment>Filters of the members list: a send status on any channel, or what happened with the member.</extracomment>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>À appeler</translation>
    </message>
    <message>
        <source>Unknown channel: {channel}.</source>
        <translation>Canal inconnu&#xa0;: {channel}.</translation>
    </message>
    <message>
        <source>Write what the person answered.</source>
        <translation>Notez ce que la personne a répondu.</translation>
    </message>
    <message>
        <source>Consent is either given or withdrawn.</source>
        <translation>Le consentement est soit donné, soit retiré.</translation>
    </message>
    <message>
        <source>Consent needs the date it was given or withdrawn.</source>
        <translation>Indiquez la date à laquelle le consentement a été donné ou retiré.</translation>
    </message>
    <message>
        <source>Consent needs its source (how it was obtained).</source>
        <translation>Indiquez la source du consentement (comment il a été obtenu).</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Utilisateur inconnu.</translation>
    </message>
    <message>
        <source>This company does not exist (any more).</source>
        <translation>Cette société n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>Not a date and time.</source>
        <extracomment>Fields a task form edits. Tasks with what a list shows next to them: assignee, customer and linked record.</extracomment>
        <translation>Date et heure invalides.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>Un tarif ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Choose the person or company concerned.</source>
        <extracomment>A person&apos;s display name as the support report writes it (&quot;first last&quot;, trimmed).
----------
Kinds that have a direction (in/out).
----------
Per-entry rounding, the same as each entry shows.</extracomment>
        <translation>Choisissez la personne ou la société concernée.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fin est antérieure au début.</translation>
    </message>
    <message>
        <source>Write a subject or a text.</source>
        <translation>Écrivez un objet ou un texte.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Up to which row a technician&apos;s people list walks the sort&apos;s index (see ``RecordList.page``). Whose scope limits the rows (``access.seen_by``): a technician&apos;s id, or None for everything.</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>Leads, when they arrived; the title is what the lead wants (product, else the interest typed), the summary the lead&apos;s notes (shown as they are, like a history entry&apos;s text).</extracomment>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Ancien client</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Passage en magasin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>Campaign channels and the consent channel each relies on.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Retail</source>
        <extracomment>Suggestions for a company&apos;s industry (free text); the UI offers them translated.</extracomment>
        <translation>Commerce de détail</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Hôtellerie-restauration</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Secteur public</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>Informatique</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Stage</source>
        <extracomment>The criteria, in the order they are shown and described, with their labels.</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Numéro de TVA</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technicien</translation>
    </message>
    <message>
        <source>change people</source>
        <translation>modifier des personnes</translation>
    </message>
    <message>
        <source>delete people</source>
        <translation>supprimer des personnes</translation>
    </message>
    <message>
        <source>change companies</source>
        <translation>modifier des sociétés</translation>
    </message>
    <message>
        <source>delete companies</source>
        <translation>supprimer des sociétés</translation>
    </message>
    <message>
        <source>log history</source>
        <translation>noter l’historique</translation>
    </message>
    <message>
        <source>delete history entries</source>
        <translation>supprimer des entrées d’historique</translation>
    </message>
    <message>
        <source>add or remove files</source>
        <translation>ajouter ou retirer des fichiers</translation>
    </message>
    <message>
        <source>restore from the trash</source>
        <translation>restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>import contacts</source>
        <translation>importer des contacts</translation>
    </message>
    <message>
        <source>export contacts, calendars and labels</source>
        <translation>exporter des contacts, des agendas et des étiquettes</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>modifier les paramètres</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>load sample data</source>
        <translation>charger des données d’exemple</translation>
    </message>
    <message>
        <source>work on tickets</source>
        <translation>traiter les tickets</translation>
    </message>
    <message>
        <source>delete tickets</source>
        <translation>supprimer des tickets</translation>
    </message>
    <message>
        <source>change support levels and contracts</source>
        <translation>modifier les niveaux de support et les contrats</translation>
    </message>
    <message>
        <source>write knowledge base articles</source>
        <translation>rédiger des articles de la base de connaissances</translation>
    </message>
    <message>
        <source>record time and costs</source>
        <translation>enregistrer le temps passé et les coûts</translation>
    </message>
    <message>
        <source>print management reports</source>
        <translation>imprimer les rapports de gestion</translation>
    </message>
    <message>
        <source>record interventions</source>
        <translation>enregistrer des interventions</translation>
    </message>
    <message>
        <source>delete interventions</source>
        <translation>supprimer des interventions</translation>
    </message>
    <message>
        <source>plan interventions</source>
        <translation>planifier des interventions</translation>
    </message>
    <message>
        <source>change technicians and their absences</source>
        <translation>modifier les techniciens et leurs absences</translation>
    </message>
    <message>
        <source>receive, move and correct stock</source>
        <translation>réceptionner, déplacer et corriger le stock</translation>
    </message>
    <message>
        <source>change products and parts</source>
        <translation>modifier les produits et les pièces</translation>
    </message>
    <message>
        <source>record sales</source>
        <translation>enregistrer des ventes</translation>
    </message>
    <message>
        <source>delete sales</source>
        <translation>supprimer des ventes</translation>
    </message>
    <message>
        <source>plan follow-up tasks</source>
        <translation>planifier des tâches de suivi</translation>
    </message>
    <message>
        <source>work on leads</source>
        <translation>traiter les pistes</translation>
    </message>
    <message>
        <source>change how leads are assigned</source>
        <translation>modifier l’attribution des pistes</translation>
    </message>
    <message>
        <source>work on sales opportunities</source>
        <translation>traiter les opportunités commerciales</translation>
    </message>
    <message>
        <source>prepare campaigns and segments</source>
        <translation>préparer les campagnes et les segments</translation>
    </message>
    <message>
        <source>send campaigns</source>
        <translation>envoyer les campagnes</translation>
    </message>
    <message>
        <source>export or erase a person&apos;s data</source>
        <translation>exporter ou effacer les données d’une personne</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>consulter le journal d’audit</translation>
    </message>
    <message>
        <source>see profitability, management and retention figures</source>
        <translation>voir les chiffres de rentabilité, de gestion et de fidélisation</translation>
    </message>
    <message>
        <source>see margins and costs</source>
        <translation>voir les marges et les coûts</translation>
    </message>
    <message>
        <source>delete tasks</source>
        <translation>supprimer des tâches</translation>
    </message>
    <message>
        <source>delete leads</source>
        <translation>supprimer des pistes</translation>
    </message>
    <message>
        <source>delete sales opportunities</source>
        <translation>supprimer des opportunités commerciales</translation>
    </message>
    <message>
        <source>remove files</source>
        <translation>retirer des fichiers</translation>
    </message>
    <message>
        <source>delete knowledge base articles</source>
        <translation>supprimer des articles de la base de connaissances</translation>
    </message>
    <message>
        <source>delete time and cost entries</source>
        <translation>supprimer des saisies de temps et de coûts</translation>
    </message>
    <message>
        <source>{user} ({role}) is not allowed to {operation}.</source>
        <extracomment>Deleting anything (and undoing a deletion): never a technician&apos;s job (issue 8). The running of the business itself: who may use the app, how it is set up. Office work a technician in the field neither does nor sees: exports, campaigns, the catalogue, contracts, money figures beyond their own jobs, other people&apos;s data rights and the audit trail. What each role may NOT do; everything else is allowed. Issue 8: technicians work their own interventions (log history, record reports, use stock) and cannot export, delete, run campaigns or see margins; staff work people, companies, history, tickets, sales and campaigns without user management, contracts, field-service deletes or profitability reports; managers do everything but user management and settings; admins do everything. The printed reports and exports that are given a database rather than a Context (they run on a worker&apos;s own connection): the UI and the command line call ``require_report`` before starting one.</extracomment>
        <translation>{user} ({role}) n’est pas autorisé(e) à {operation}.</translation>
    </message>
    <message>
        <source>Unknown currency.</source>
        <translation>Devise inconnue.</translation>
    </message>
    <message>
        <source>Unknown region.</source>
        <translation>Région inconnue.</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <extracomment>Columns every source returns, in this order.</extracomment>
        <translation>Ticket ouvert</translation>
    </message>
    <message>
        <source>Task done</source>
        <extracomment>Interventions with a date, at their planned start (a done job stays where it was planned). Ordered on planned_start, which interventions_by_person / interventions_by_company index after the customer: the branch reads the newest entries straight from the index. Jobs still to plan (no date yet), at the time they were asked for. A branch of their own so that every branch orders on the time it shows: one ordered on planned_start would put them after everything and cut them off a long timeline. The same indexes find them (customer, planned_start IS NULL); the few a customer has are sorted by created_at. Done follow-up tasks, at the time they were done (open ones are plans, not history). Ordered on done_at so that the branch&apos;s own LIMIT keeps the newest done tasks; the tasks_by_person/company indexes (on due_at) find the customer&apos;s tasks, which are few.</extracomment>
        <translation>Tâche terminée</translation>
    </message>
    <message>
        <source>Campaign e-mail</source>
        <extracomment>Campaign messages sent to a person, one kind per channel, at the time they went out; the summary is the address used (e-mail, number, postal address). Replies are history entries of their own.</extracomment>
        <translation>E-mail de campagne</translation>
    </message>
    <message>
        <source>Campaign letter</source>
        <translation>Courrier de campagne</translation>
    </message>
    <message>
        <source>Campaign call</source>
        <translation>Appel de campagne</translation>
    </message>
    <message>
        <source>Campaign SMS</source>
        <translation>SMS de campagne</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Actions of row changes, read from the change log. Kinds of events written by :func:`record` (an event&apos;s kind is its action in the trail). Short names callers may use for events: record(ctx, &quot;export&quot;) is stored as &quot;exported&quot;.</extracomment>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Printed or saved as PDF</source>
        <translation>Imprimé ou enregistré en PDF</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Log-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Données personnelles effacées</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>Table -&gt; the record kind the windows open (main_window.open_record).
----------
The hour, in the shop&apos;s time zone, of a task given a due date without a time. Kinds of record a task may be linked to, and the table that holds each.</extracomment>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Intervention</source>
        <extracomment>Messages, status changes, reassignments... of tickets, on the ticket&apos;s customer. Separates the parts of an intervention entry&apos;s summary: status key, kind key, then text.</extracomment>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Sale</source>
        <extracomment>Sales on the day they were made (noon UTC: the same calendar day wherever the shop is in Europe); the summary is the number of lines, the view adds the amounts (core sales.totals).</extracomment>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Knowledge base article</source>
        <translation>Article de la base de connaissances</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>Entrée d’historique</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Ticket step</source>
        <translation>Étape de ticket</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Temps passé</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Part used</source>
        <translation>Pièce utilisée</translation>
    </message>
    <message>
        <source>Technician on the job</source>
        <translation>Technicien sur l’intervention</translation>
    </message>
    <message>
        <source>Sale line</source>
        <translation>Ligne de vente</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>Coût de campagne</translation>
    </message>
    <message>
        <source>Unknown audit event: {kind}.</source>
        <extracomment>A record&apos;s parts, whose changes belong to its history: (table, column naming the record). A ticket&apos;s messages and steps, time and costs; a job&apos;s technicians, parts and costs; a sale&apos;s lines; a campaign&apos;s costs. Not a person&apos;s or company&apos;s history entries, tickets or sales: those are records of their own, on the person&apos;s timeline, each with its own history (what Act! and Odoo show too). A readable name per table, as SQL over the table&apos;s columns (the record search matches it). Book-keeping columns: part of every write, not &quot;what changed&quot;. Columns whose values are never shown (only that they changed). Stored forms of &quot;nothing&quot; (a new record&apos;s empty text, list or map). Tables not shown as row changes: the events themselves (shown as events). &quot;change&quot; (site, seq of the log) or &quot;event&quot; (the audit_events id).</extracomment>
        <translation>Événement d’audit inconnu&#xa0;: {kind}.</translation>
    </message>
    <message>
        <source>Write what there is to do.</source>
        <translation>Indiquez ce qu’il y a à faire.</translation>
    </message>
    <message>
        <source>Unknown kind of record: {kind}.</source>
        <translation>Type de fiche inconnu&#xa0;: {kind}.</translation>
    </message>
    <message>
        <source>A linked record needs both its kind and its id.</source>
        <translation>Une fiche liée nécessite à la fois son type et son identifiant.</translation>
    </message>
    <message>
        <source>The linked {kind} does not exist (any more).</source>
        <translation>L’élément lié ({kind}) n’existe pas (ou plus).</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <extracomment>Set by an administrator&apos;s reset: the next log-in asks for a password of the user&apos;s own.</extracomment>
        <translation>Cet utilisateur n’existe plus.</translation>
    </message>
    <message>
        <source>Another user already has this name.</source>
        <translation>Un autre utilisateur porte déjà ce nom.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself: ask another administrator.</source>
        <translation>Vous ne pouvez pas vous désactiver vous-même&#xa0;: adressez-vous à un autre administrateur.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain (with a password when log-in is required).</source>
        <translation>Il doit rester au moins un administrateur actif (avec un mot de passe lorsque la connexion est obligatoire).</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation>Rôle inconnu&#xa0;: {role}.</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <source>Choose who will call.</source>
        <translation>Choisissez qui appellera.</translation>
    </message>
    <message>
        <source>Choose how the call went.</source>
        <translation>Indiquez comment s’est passé l’appel.</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>{n} caractères au maximum.</translation>
    </message>
    <message>
        <source>This person is not a member of the campaign.</source>
        <translation>Cette personne ne fait pas partie de la campagne.</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>Numéro de téléphone invalide.</translation>
    </message>
    <message>
        <source>This phone number has the wrong length.</source>
        <translation>Ce numéro de téléphone n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>This phone number does not exist.</source>
        <translation>Ce numéro de téléphone n’existe pas.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address.</source>
        <extracomment>Stored as the reason of a send bounced before reaching the server (the UI translates it).</extracomment>
        <translation>Adresse e-mail invalide.</translation>
    </message>
    <message>
        <source>Set up the mail server in the settings (E-mail page) first.</source>
        <extracomment>How many e-mails were to send when the run started. Sends that stopped being pending during the run (the person unsubscribed, another computer sent them).</extracomment>
        <translation>Configurez d’abord le serveur de messagerie dans les paramètres (page E-mail).</translation>
    </message>
    <message>
        <source>This campaign was cancelled: it sends nothing more.</source>
        <translation>Cette campagne a été annulée&#xa0;: elle n’envoie plus rien.</translation>
    </message>
    <message>
        <source>The campaign&apos;s e-mail has no subject.</source>
        <translation>L’e-mail de la campagne n’a pas d’objet.</translation>
    </message>
    <message>
        <source>The campaign&apos;s e-mail has no text.</source>
        <translation>L’e-mail de la campagne n’a pas de texte.</translation>
    </message>
    <message>
        <source>The e-mail uses fields that do not exist: {fields}.</source>
        <translation>L’e-mail utilise des champs qui n’existent pas&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>A VAT number starts with its country code (BE, FR, NL, LU, DE...).</source>
        <translation>Un numéro de TVA commence par le code du pays (BE, FR, NL, LU, DE…).</translation>
    </message>
    <message>
        <source>This VAT number is not valid.</source>
        <translation>Ce numéro de TVA n’est pas valide.</translation>
    </message>
    <message>
        <source>Not a web address.</source>
        <translation>Adresse web invalide.</translation>
    </message>
    <message>
        <source>Not an amount of money.</source>
        <translation>Montant invalide.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Ce montant est trop élevé.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Ce n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Give a whole number of parts.</source>
        <translation>Indiquez un nombre entier de pièces.</translation>
    </message>
    <message>
        <source>A quantity must be more than zero.</source>
        <extracomment>Fields of the sale itself that a form edits.
----------
A hundred billion: no line of a small business&apos;s support costs comes near it, and sums of many such lines stay far inside SQLite&apos;s 64-bit integers.</extracomment>
        <translation>Une quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>This quantity is too large.</source>
        <translation>Cette quantité est trop grande.</translation>
    </message>
    <message>
        <source>At most three decimals.</source>
        <translation>Trois décimales au maximum.</translation>
    </message>
    <message>
        <source>A discount is between 0 and 100 %.</source>
        <translation>Une remise est comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>At most two decimals.</source>
        <translation>Deux décimales au maximum.</translation>
    </message>
    <message>
        <source>Choose the person or company who bought.</source>
        <translation>Choisissez la personne ou la société qui a acheté.</translation>
    </message>
    <message>
        <source>Give the day of the sale.</source>
        <translation>Indiquez la date de la vente.</translation>
    </message>
    <message>
        <source>The lines must be a list of rows.</source>
        <translation>Les lignes doivent être une liste de lignes.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Ajoutez au moins une ligne.</translation>
    </message>
    <message>
        <source>This line cannot be read.</source>
        <translation>Cette ligne est illisible.</translation>
    </message>
    <message>
        <source>Choose a product or describe what was sold.</source>
        <translation>Choisissez un produit ou décrivez ce qui a été vendu.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Un inventaire ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A tier is a whole number from 0 to 9.</source>
        <translation>La gamme est un nombre entier de 0 à 9.</translation>
    </message>
    <message>
        <source>Choose a stock location.</source>
        <translation>Choisissez un emplacement de stock.</translation>
    </message>
    <message>
        <source>Choose another location.</source>
        <translation>Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>Only {held} in {location}.</source>
        <translation>Seulement {held} dans {location}.</translation>
    </message>
    <message>
        <source>Give the quantity counted.</source>
        <translation>Indiquez la quantité comptée.</translation>
    </message>
    <message>
        <source>Give the minimum quantity.</source>
        <translation>Indiquez la quantité minimale.</translation>
    </message>
    <message>
        <source>Fill up to at least the minimum.</source>
        <translation>Le niveau cible doit être au moins égal au minimum.</translation>
    </message>
    <message>
        <source>This technician has no van.</source>
        <translation>Ce technicien n’a pas de camionnette.</translation>
    </message>
    <message>
        <source>Not enough in {location} (there/needed), nothing was moved: {parts}.</source>
        <translation>Quantité insuffisante dans {location} (disponible/nécessaire), rien n’a été déplacé&#xa0;: {parts}.</translation>
    </message>
    <message>
        <source>Give the duration in minutes.</source>
        <extracomment>Fields the intervention form edits.</extracomment>
        <translation>Indiquez la durée en minutes.</translation>
    </message>
    <message>
        <source>An intervention lasts at least 5 minutes.</source>
        <translation>Une intervention dure au moins 5&#xa0;minutes.</translation>
    </message>
    <message>
        <source>An intervention lasts at most 14 days.</source>
        <translation>Une intervention dure au maximum 14&#xa0;jours.</translation>
    </message>
    <message>
        <source>A distance cannot be negative.</source>
        <translation>Une distance ne peut pas être négative.</translation>
    </message>
    <message>
        <source>This distance is too large.</source>
        <translation>Cette distance est trop grande.</translation>
    </message>
    <message>
        <source>Write what the job is.</source>
        <translation>Indiquez en quoi consiste l’intervention.</translation>
    </message>
    <message>
        <source>This time is in the past: choose a time to come, or record the work done instead.</source>
        <translation>Ce moment est déjà passé&#xa0;: choisissez un moment à venir, ou enregistrez plutôt le travail effectué.</translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation>Choisissez une date et une heure.</translation>
    </message>
    <message>
        <source>No intervention has the number {number}.</source>
        <translation>Aucune intervention ne porte le numéro {number}.</translation>
    </message>
    <message>
        <source>Intervention {number} is {status}: it cannot be planned again.</source>
        <translation>L’intervention {number} est à l’état «&#xa0;{status}&#xa0;»&#xa0;: elle ne peut pas être planifiée de nouveau.</translation>
    </message>
    <message>
        <source>Choose a technician.</source>
        <translation>Choisissez un technicien.</translation>
    </message>
    <message>
        <source>Only a planned intervention can go back to the jobs to plan.</source>
        <translation>Seule une intervention planifiée peut revenir dans les interventions à planifier.</translation>
    </message>
    <message>
        <source>An intervention that is {old} cannot become {new}.</source>
        <translation>Une intervention à l’état «&#xa0;{old}&#xa0;» ne peut pas passer à l’état «&#xa0;{new}&#xa0;».</translation>
    </message>
    <message>
        <source>Write the work done before closing the job.</source>
        <translation>Décrivez le travail effectué avant de clôturer l’intervention.</translation>
    </message>
    <message>
        <source>Give the arrival time.</source>
        <translation>Indiquez l’heure d’arrivée.</translation>
    </message>
    <message>
        <source>Give the departure time.</source>
        <translation>Indiquez l’heure de départ.</translation>
    </message>
    <message>
        <source>This intervention was cancelled: plan it again before reporting on it.</source>
        <translation>Cette intervention a été annulée&#xa0;: planifiez-la de nouveau avant d’en rédiger le rapport.</translation>
    </message>
    <message>
        <source>The departure must come after the arrival.</source>
        <translation>Le départ doit être postérieur à l’arrivée.</translation>
    </message>
    <message>
        <source>A visit lasts at most 24 hours: check the dates.</source>
        <translation>Une visite dure au maximum 24&#xa0;heures&#xa0;: vérifiez les dates.</translation>
    </message>
    <message>
        <source>The arrival cannot be in the future.</source>
        <translation>L’arrivée ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Say what the follow-up is about.</source>
        <translation>Précisez la suite à donner.</translation>
    </message>
    <message>
        <source>No van is set for this technician: choose where the parts came from.</source>
        <translation>Aucune camionnette n’est attribuée à ce technicien&#xa0;: choisissez la provenance des pièces.</translation>
    </message>
    <message>
        <source>Plan the intervention before closing it.</source>
        <translation>Planifiez l’intervention avant de la clôturer.</translation>
    </message>
    <message>
        <source>Not fitted after all</source>
        <translation>Finalement non posée</translation>
    </message>
    <message>
        <source>Type the name of the person who signs.</source>
        <translation>Saisissez le nom de la personne qui signe.</translation>
    </message>
    <message>
        <source>The customer has not signed yet.</source>
        <translation>Le client n’a pas encore signé.</translation>
    </message>
    <message>
        <source>This signature is too large ({size} KB, at most 1024 KB): clear it and sign again.</source>
        <translation>Cette signature est trop volumineuse ({size}&#xa0;Ko, 1024&#xa0;Ko au maximum)&#xa0;: effacez-la et signez de nouveau.</translation>
    </message>
    <message>
        <source>This signature is not a PNG image.</source>
        <translation>Cette signature n’est pas une image PNG.</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>Nombre entier attendu.</translation>
    </message>
    <message>
        <source>Minutes cannot be negative.</source>
        <translation>Les minutes ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <source>Give the time spent, in minutes.</source>
        <translation>Indiquez le temps passé, en minutes.</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Aucun chronomètre n&apos;est en cours.</translation>
    </message>
    <message>
        <source>The ticket of the running timer was deleted: its time was not logged.</source>
        <translation>Le ticket du chronomètre en cours a été supprimé&#xa0;: son temps n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Say what was used or paid for.</source>
        <translation>Indiquez ce qui a été utilisé ou payé.</translation>
    </message>
    <message>
        <source>Give the distance or the travel time.</source>
        <translation>Indiquez la distance ou le temps de déplacement.</translation>
    </message>
    <message>
        <source>Give a whole number of months.</source>
        <translation>Indiquez un nombre entier de mois.</translation>
    </message>
    <message>
        <source>A visit comes back every 1 to {n} months.</source>
        <extracomment>Fixed for ever: visit ids are uuid5(NAMESPACE, &quot;plan id/due date&quot;). Changing it would make every visit twice. The fields a plan form edits.</extracomment>
        <translation>Une visite revient tous les 1 à {n}&#xa0;mois.</translation>
    </message>
    <message>
        <source>Write what the visit is for.</source>
        <translation>Indiquez l’objet de la visite.</translation>
    </message>
    <message>
        <source>Choose the contract or the customer.</source>
        <translation>Choisissez le contrat ou le client.</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Give the opening hours of each day of the week.</source>
        <translation>Indiquez les heures d&apos;ouverture de chaque jour de la semaine.</translation>
    </message>
    <message>
        <source>Opening hours look like 08:30-17:30, opening before closing.</source>
        <translation>Les heures d&apos;ouverture s&apos;écrivent sous la forme 08:30-17:30, l&apos;ouverture avant la fermeture.</translation>
    </message>
    <message>
        <source>The business must be open at least one day.</source>
        <translation>L&apos;entreprise doit être ouverte au moins un jour.</translation>
    </message>
    <message>
        <source>Unknown country for public holidays.</source>
        <translation>Pays inconnu pour les jours fériés.</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Date invalide (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Fuseau horaire inconnu.</translation>
    </message>
    <message>
        <source>Must be one of: {choices}.</source>
        <translation>Valeurs possibles&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>A tag has at most 60 characters.</source>
        <translation>Une étiquette compte au maximum 60 caractères.</translation>
    </message>
    <message>
        <source>{path} is encrypted: enter the business passphrase to open it.</source>
        <extracomment>PRAGMA application_id of every CRM Desktop database (&quot;CRMD&quot;).</extracomment>
        <translation>{path} est chiffré : saisissez la phrase secrète de l’entreprise pour l’ouvrir.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <extracomment>Keys that opened a database in this process: a worker&apos;s or a report&apos;s own connection to the same file finds the key its window&apos;s connection was opened with, wherever that key came from.</extracomment>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened; restore a recent backup.</source>
        <translation>{path} est endommagé et ne peut pas être ouvert&#xa0;; restaurez une sauvegarde récente.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation>Impossible d’ouvrir {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <extracomment>When the backup was made: the encrypted header&apos;s time, an automatic backup&apos;s name, or the file&apos;s date (UTC). The newest change recorded in it (UTC ISO text), None for an empty database.
----------
``progress(done, total)`` in lines of the file; returning False cancels.</extracomment>
        <translation>Impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of CRM Desktop; please update the application to open it.</source>
        <translation>{path} a été créé par une version plus récente de CRM Desktop&#xa0;; mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: {reason}</source>
        <extracomment>Owners named in the file but unknown here: name -&gt; (first line, rows).</extracomment>
        <translation>La ligne {line} n’est pas du CSV lisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’importation a été annulée&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} est vide.</translation>
    </message>
    <message>
        <source>{path} has no last name column (a header such as &quot;last_name&quot;, &quot;Last name&quot; or &quot;Nom&quot;).</source>
        <translation>{path} n’a pas de colonne pour le nom de famille (un en-tête tel que «&#xa0;last_name&#xa0;», «&#xa0;Last name&#xa0;» ou «&#xa0;Nom&#xa0;»).</translation>
    </message>
    <message>
        <source>{name} is not encrypted, but this business encrypts its sync files: it was refused. The computer that wrote it must be given the passphrase.</source>
        <extracomment>Lowest application version able to read bundles written by this one.</extracomment>
        <translation>{name} n’est pas chiffré, alors que cette entreprise chiffre ses fichiers de synchronisation&#xa0;: il a été refusé. La phrase secrète doit être saisie sur l’ordinateur qui l’a écrit.</translation>
    </message>
    <message>
        <source>{name} was refused: {reason}</source>
        <translation>{name} a été refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a bundle file.</source>
        <translation>{name} n’est pas un fichier de synchronisation.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Impossible de lire {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete; it was ignored.</source>
        <translation>{name} est endommagé ou incomplet&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>{name} was written by a newer CRM Desktop ({version}); update this computer to read it.</source>
        <translation>{name} a été écrit par une version plus récente de CRM Desktop ({version})&#xa0;; mettez cet ordinateur à jour pour le lire.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <extracomment>Changes per bundle file. A new snapshot is written when this many changes happened since the newest one. A temporary file older than this was left by a writer that was killed.</extracomment>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>The sync folder {path} cannot be reached.</source>
        <translation>Le dossier de synchronisation {path} est inaccessible.</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>La synchronisation a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The sync folder {path} has no copy to join from yet: sync once from a machine that has the data.</source>
        <translation>Le dossier de synchronisation {path} ne contient pas encore de copie à rejoindre&#xa0;: synchronisez d’abord depuis un ordinateur qui a les données.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Choisissez deux fiches différentes à fusionner.</translation>
    </message>
    <message>
        <source>Resolve ticket {number} before making it an article.</source>
        <extracomment>Words a problem description is reduced to before searching (the most telling ones). Matches ranked before the open, deleted or unsolved ones are set aside: bm25 ranks every match anyway, so a wider cut costs little, and FTS5 must not be handed a rowid list (it would run the MATCH once per rowid). How much each past success adds to a proposal&apos;s score (against bm25&apos;s scale of a few units). What speaking the customer&apos;s language adds to an article&apos;s score.</extracomment>
        <translation>Résolvez le ticket {number} avant d&apos;en faire un article.</translation>
    </message>
    <message>
        <source>Ticket {number} is already an article.</source>
        <translation>Le ticket {number} est déjà un article.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>Sur le terrain</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>To plan</source>
        <translation>À planifier</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Win new customers</source>
        <translation>Gagner de nouveaux clients</translation>
    </message>
    <message>
        <source>Sell more to customers</source>
        <translation>Vendre plus aux clients</translation>
    </message>
    <message>
        <source>Keep customers</source>
        <translation>Fidéliser les clients</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Reached, interested</source>
        <extracomment>The statuses a campaign may go to from each one. A finished campaign can be reopened (late replies or a second wave); a cancelled one goes back to draft before it can run again.</extracomment>
        <translation>Joint, intéressé</translation>
    </message>
    <message>
        <source>Reached, not interested</source>
        <translation>Joint, pas intéressé</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>À rappeler</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Just record the reply</source>
        <extracomment>Outcomes after which the person was really called (the phone send is done). What a response can go on to create.</extracomment>
        <translation>Enregistrer seulement la réponse</translation>
    </message>
    <message>
        <source>Create a lead</source>
        <translation>Créer une piste</translation>
    </message>
    <message>
        <source>Create a follow-up task</source>
        <translation>Créer une tâche de suivi</translation>
    </message>
    <message>
        <source>Create an opportunity</source>
        <translation>Créer une opportunité</translation>
    </message>
    <message>
        <source>No consent for this channel</source>
        <extracomment>Why a send was left out (stored as the English text; the UI translates it with core_tr).</extracomment>
        <translation>Pas de consentement pour ce canal</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Pas d’adresse e-mail</translation>
    </message>
    <message>
        <source>No postal address</source>
        <translation>Pas d’adresse postale</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Pas de numéro de téléphone</translation>
    </message>
    <message>
        <source>Another intervention</source>
        <extracomment>Statuses of work still ahead (shown on the board and in &quot;my day&quot;). Statuses whose time slot is taken on a technician&apos;s planning. Where an intervention may go from each status. A technician offline may skip &quot;on the way&quot;.</extracomment>
        <translation>Une autre intervention</translation>
    </message>
    <message>
        <source>A quote</source>
        <translation>Un devis</translation>
    </message>
    <message>
        <source>A sales opportunity</source>
        <translation>Une opportunité commerciale</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Camionnette</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Used on site</source>
        <translation>Utilisé sur place</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation>Double réservation</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Hors horaires de travail</translation>
    </message>
    <message>
        <source>Missing skills</source>
        <translation>Compétences manquantes</translation>
    </message>
    <message>
        <source>Fault reproduced</source>
        <extracomment>What a technician ticks on site, per type of intervention (settings may replace them).</extracomment>
        <translation>Panne reproduite</translation>
    </message>
    <message>
        <source>Cause found</source>
        <translation>Cause identifiée</translation>
    </message>
    <message>
        <source>Repair tested with the customer</source>
        <translation>Réparation testée avec le client</translation>
    </message>
    <message>
        <source>Work area left clean</source>
        <translation>Zone de travail laissée propre</translation>
    </message>
    <message>
        <source>Equipment installed and powered</source>
        <translation>Équipement installé et sous tension</translation>
    </message>
    <message>
        <source>Settings configured</source>
        <translation>Réglages effectués</translation>
    </message>
    <message>
        <source>Customer shown how to use it</source>
        <translation>Utilisation expliquée au client</translation>
    </message>
    <message>
        <source>Packaging taken away</source>
        <translation>Emballages repris</translation>
    </message>
    <message>
        <source>Filters and wear parts checked</source>
        <translation>Filtres et pièces d’usure contrôlés</translation>
    </message>
    <message>
        <source>Safety checks passed</source>
        <translation>Contrôles de sécurité réussis</translation>
    </message>
    <message>
        <source>Firmware or software up to date</source>
        <translation>Micrologiciel ou logiciel à jour</translation>
    </message>
    <message>
        <source>Next visit agreed</source>
        <translation>Prochaine visite convenue</translation>
    </message>
    <message>
        <source>Needs noted</source>
        <translation>Besoins notés</translation>
    </message>
    <message>
        <source>Measurements taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Photos taken</source>
        <translation>Photos prises</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Clear need</source>
        <translation>Besoin clair</translation>
    </message>
    <message>
        <source>Some need</source>
        <translation>Besoin vague</translation>
    </message>
    <message>
        <source>No need yet</source>
        <translation>Pas encore de besoin</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>When the customer means to buy, soonest first.</extracomment>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Sorting rank of a priority (urgent first when sorted descending). Share of the level&apos;s targets a priority gets (urgent halves them, low doubles them).</extracomment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertie</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiée</translation>
    </message>
    <message>
        <source>Decides</source>
        <extracomment>Statuses of a lead someone still has to work on (the schema&apos;s partial index uses the same list). Whether the contact decides the purchase (stored 1/0, NULL when not known).</extracomment>
        <translation>Décide</translation>
    </message>
    <message>
        <source>Does not decide</source>
        <translation>Ne décide pas</translation>
    </message>
    <message>
        <source>Interested in a product or category</source>
        <extracomment>Kinds of assignment rule, in the order a manager usually lists them.</extracomment>
        <translation>Intéressé par un produit ou une catégorie</translation>
    </message>
    <message>
        <source>Postcode starts with</source>
        <translation>Code postal commençant par</translation>
    </message>
    <message>
        <source>Everyone else, in turn</source>
        <translation>Tous les autres, à tour de rôle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Panne</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Billable</source>
        <extracomment>Who pays for time or material spent on a ticket.</extracomment>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Covered by the contract</source>
        <translation>Couvert par le contrat</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Part or material</source>
        <translation>Pièce ou matériel</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Other expense</source>
        <translation>Autre dépense</translation>
    </message>
    <message>
        <source>Ticket message</source>
        <extracomment>Kinds of ticket events; each also shows on the customer&apos;s timeline as ``ticket_&lt;kind&gt;``.</extracomment>
        <translation>Message du ticket</translation>
    </message>
    <message>
        <source>Ticket note</source>
        <translation>Note du ticket</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Statut du ticket</translation>
    </message>
    <message>
        <source>Ticket reassigned</source>
        <translation>Ticket réassigné</translation>
    </message>
    <message>
        <source>Solution proposed</source>
        <translation>Solution proposée</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Temps passé enregistré</translation>
    </message>
    <message>
        <source>Cost recorded</source>
        <translation>Coût enregistré</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <extracomment>``progress(done, total)``; returning False cancels (None or True carry on). The breaches listed one by one; beyond, the report says how many more there are.</extracomment>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Mes tickets</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignés</translation>
    </message>
    <message>
        <source>Due within the hour</source>
        <translation>Échéance dans l&apos;heure</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassés</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Tous les tickets ouverts</translation>
    </message>
    <message>
        <source>Resolved and closed</source>
        <translation>Résolus et clôturés</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Tous les tickets</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>All interventions</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Queues bounded by the shop&apos;s days. Booked and not finished: the work ahead that has a slot. Statuses in the order a job goes through them. The team&apos;s names, read only for the rows of a page. Queues of a few statuses spread over all dates: sorting their rows costs less than walking the start&apos;s index past every other job (the work ahead lies after years of finished jobs), so &quot;+&quot; keeps SQLite off it. Columns the list can order by (the team is a list of names: not a sort key). Whose scope limits the rows (``access.seen_by``): a technician sees their own interventions. Until the user sorts by a column: work ahead soonest first, the rest latest first.
----------
The queues that hold most tickets (years of closed ones): a technician&apos;s scope is gathered, not tested. Whose scope limits the rows (``access.seen_by``): a technician&apos;s id, or None for everything.</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Techniciens</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Write what the problem is about.</source>
        <extracomment>Fields a ticket form edits (status and assignee changes also become events).</extracomment>
        <translation>Décrivez le problème.</translation>
    </message>
    <message>
        <source>Write what solved the problem before resolving.</source>
        <translation>Indiquez ce qui a résolu le problème avant de résoudre le ticket.</translation>
    </message>
    <message>
        <source>No ticket has the number {number}.</source>
        <translation>Aucun ticket ne porte le numéro {number}.</translation>
    </message>
    <message>
        <source>A ticket that is {old} cannot become {new}.</source>
        <translation>Un ticket à l&apos;état «&#xa0;{old}&#xa0;» ne peut pas passer à l&apos;état «&#xa0;{new}&#xa0;».</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Rédigez d&apos;abord le message.</translation>
    </message>
    <message>
        <source>Ticket {number} is closed: reopen it first.</source>
        <translation>Le ticket {number} est clôturé&#xa0;: rouvrez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>This technician no longer exists.</source>
        <translation>Ce technicien n’existe plus.</translation>
    </message>
    <message>
        <source>No technician is called {name}.</source>
        <translation>Aucun technicien ne s’appelle {name}.</translation>
    </message>
    <message>
        <source>Give the hours of each day of the week.</source>
        <translation>Indiquez les horaires de chaque jour de la semaine.</translation>
    </message>
    <message>
        <source>Write hours as 08:00-17:00, the start before the end, or leave the day empty.</source>
        <translation>Indiquez les horaires au format 08:00-17:00, le début avant la fin, ou laissez le jour vide.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>The last day comes before the first: choose the days again.</source>
        <extracomment>The default window: from this many days back to this many days ahead of today.</extracomment>
        <translation>Le dernier jour précède le premier&#xa0;: choisissez de nouveau les jours.</translation>
    </message>
    <message>
        <source>Bought by {support} of the {count} customers who bought {product} (lift {lift})</source>
        <extracomment>Below this many shared customers a pair is noise. Reasons: the UI translates them (core_tr) and fills them with Suggestion.reason_values().</extracomment>
        <translation>Acheté par {support} des {count} clients qui ont acheté {product} (lift {lift})</translation>
    </message>
    <message>
        <source>Next tier of {product} (tier {tier} → {next_tier})</source>
        <translation>Gamme au-dessus de {product} (gamme {tier} → {next_tier})</translation>
    </message>
    <message>
        <source>{used} support minutes this year, {included} included in {level}</source>
        <translation>{used}&#xa0;minutes de support cette année, {included} comprises dans {level}</translation>
    </message>
    <message>
        <source>Choose the channels from the list.</source>
        <extracomment>Fields a campaign form edits (status moves through set_status or update with a &quot;status&quot; value). Three SMS segments: longer texts are split by gateways into too many paid messages. The template each channel needs before the campaign can be saved with that channel.</extracomment>
        <translation>Choisissez les canaux dans la liste.</translation>
    </message>
    <message>
        <source>An SMS has at most {n} characters (this one has {count}).</source>
        <translation>Un SMS compte au plus {n} caractères (celui-ci en a {count}).</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Donnez un nom à la campagne.</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Choisissez au moins un canal.</translation>
    </message>
    <message>
        <source>The campaign cannot end before it starts.</source>
        <translation>La campagne ne peut pas se terminer avant d’avoir commencé.</translation>
    </message>
    <message>
        <source>Write the text of this channel.</source>
        <translation>Saisissez le texte de ce canal.</translation>
    </message>
    <message>
        <source>Unknown merge fields: {names}.</source>
        <translation>Champs de fusion inconnus&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>A campaign cannot go from {old} to {new}.</source>
        <translation>Une campagne ne peut pas passer de «&#xa0;{old}&#xa0;» à «&#xa0;{new}&#xa0;».</translation>
    </message>
    <message>
        <source>A new campaign starts as a draft.</source>
        <translation>Une nouvelle campagne commence à l’état de brouillon.</translation>
    </message>
    <message>
        <source>Say what was paid for.</source>
        <translation>Indiquez ce qui a été payé.</translation>
    </message>
    <message>
        <source>Give the amount.</source>
        <translation>Indiquez le montant.</translation>
    </message>
    <message>
        <source>Give a customer&apos;s id or exact name.</source>
        <translation>Indiquez l’identifiant ou le nom exact d’un client.</translation>
    </message>
    <message>
        <source>{count} customers are named {name}: give the id.</source>
        <translation>{count} clients s’appellent {name}&#xa0;: indiquez l’identifiant.</translation>
    </message>
    <message>
        <source>No company or person has the id or name {name}.</source>
        <translation>Aucune société ni personne n’a l’identifiant ou le nom {name}.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Ce client n’existe plus.</translation>
    </message>
    <message>
        <source>Choose the kind of rule.</source>
        <translation>Choisissez le type de règle.</translation>
    </message>
    <message>
        <source>Choose a product or a category of the catalogue.</source>
        <translation>Choisissez un produit ou une catégorie du catalogue.</translation>
    </message>
    <message>
        <source>Give the start of the postcodes (e.g. 50).</source>
        <translation>Indiquez le début des codes postaux (par ex. 50).</translation>
    </message>
    <message>
        <source>Choose at least one seller.</source>
        <translation>Choisissez au moins un vendeur.</translation>
    </message>
    <message>
        <source>A chosen seller no longer works here.</source>
        <translation>Un des vendeurs choisis ne fait plus partie de l’entreprise.</translation>
    </message>
    <message>
        <source>Clear need: +{points}</source>
        <extracomment>How far back incoming touches count as engagement.</extracomment>
        <translation>Besoin clair&#xa0;: +{points}</translation>
    </message>
    <message>
        <source>Some need: +{points}</source>
        <translation>Besoin vague&#xa0;: +{points}</translation>
    </message>
    <message>
        <source>Buys now: +{points}</source>
        <translation>Achète maintenant&#xa0;: +{points}</translation>
    </message>
    <message>
        <source>Buys this quarter: +{points}</source>
        <translation>Achète ce trimestre&#xa0;: +{points}</translation>
    </message>
    <message>
        <source>Buys this year: +{points}</source>
        <translation>Achète cette année&#xa0;: +{points}</translation>
    </message>
    <message>
        <source>Budget known: +{points}</source>
        <translation>Budget connu&#xa0;: +{points}</translation>
    </message>
    <message>
        <source>Talks to the decision maker: +{points}</source>
        <translation>En contact avec le décideur&#xa0;: +{points}</translation>
    </message>
    <message>
        <source>{n} incoming contacts in {days} days: +{points}</source>
        <translation>{n} contacts entrants en {days} jours&#xa0;: +{points}</translation>
    </message>
    <message>
        <source>The target is a whole number of minutes between {low} and {high}.</source>
        <extracomment>A week of business hours at most: a longer target would never flag anything useful. Business minutes within which a new lead gets a first outgoing contact.</extracomment>
        <translation>L’objectif est un nombre entier de minutes entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Say whether this contact decides, or leave it empty.</source>
        <extracomment>Fields a lead form edits (status and reason go through set_status or the form&apos;s save). Stages a new lead moves its customer out of; prospects, leads and customers stay as they are. A lead with what lists show beside it. The first outgoing contact after arrival is looked up through the person&apos;s and the company&apos;s history indexes (two subqueries, each using its index).</extracomment>
        <translation>Indiquez si ce contact décide, ou laissez vide.</translation>
    </message>
    <message>
        <source>Choose the person or company interested.</source>
        <translation>Choisissez la personne ou la société intéressée.</translation>
    </message>
    <message>
        <source>Choose the status.</source>
        <translation>Choisissez le statut.</translation>
    </message>
    <message>
        <source>Say why this lead is disqualified.</source>
        <translation>Indiquez pourquoi cette piste est disqualifiée.</translation>
    </message>
    <message>
        <source>Give when the lead arrived.</source>
        <translation>Indiquez quand la piste est arrivée.</translation>
    </message>
    <message>
        <source>{count} campaigns are named {name}: give the campaign&apos;s id.</source>
        <translation>{count} campagnes s’appellent {name}&#xa0;: indiquez l’identifiant de la campagne.</translation>
    </message>
    <message>
        <source>No campaign has the id or name {name}.</source>
        <translation>Aucune campagne n’a l’identifiant ou le nom {name}.</translation>
    </message>
    <message>
        <source>Title (Mr, Ms…)</source>
        <extracomment>The fields a template may use, with the label the editors show.</extracomment>
        <translation>Civilité (M., Mme…)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>The mail server {server} cannot be reached ({reason}). Check its name and port, and the network.</source>
        <translation>Le serveur de messagerie {server} est injoignable ({reason}). Vérifiez son nom et son port, ainsi que le réseau.</translation>
    </message>
    <message>
        <source>The secure connection with the mail server {server} failed ({reason}). Check the security setting and the port: STARTTLS usually uses port 587, SSL/TLS port 465.</source>
        <translation>La connexion sécurisée avec le serveur de messagerie {server} a échoué ({reason}). Vérifiez le paramètre de sécurité et le port&#xa0;: STARTTLS utilise généralement le port 587, SSL/TLS le port 465.</translation>
    </message>
    <message>
        <source>The mail server refused the login of {user}. Check the user name and the password.</source>
        <translation>Le serveur de messagerie a refusé l’identification de {user}. Vérifiez le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The mail server does not accept a login on this connection. Check the security setting, or leave the user name empty if the server needs none.</source>
        <translation>Le serveur de messagerie n’accepte pas d’identification sur cette connexion. Vérifiez le paramètre de sécurité, ou laissez le nom d’utilisateur vide si le serveur n’en demande pas.</translation>
    </message>
    <message>
        <source>The mail server {server} refused the connection: {reply}</source>
        <translation>Le serveur de messagerie {server} a refusé la connexion&#xa0;: {reply}</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {sender}: {reply}</source>
        <translation>Le serveur de messagerie a refusé l’adresse d’expéditeur {sender}&#xa0;: {reply}</translation>
    </message>
    <message>
        <source>Give the opportunity a title.</source>
        <extracomment>Fields a form edits (the stage moves through move/win, never through a form save). Won and lost deals stay on the board this many days after they closed, then only the list shows them. Separates the lost reason&apos;s key from the words that explain it (one column, read back by lost_reason_parts).</extracomment>
        <translation>Donnez un titre à l’opportunité.</translation>
    </message>
    <message>
        <source>Choose the person or company the deal is with.</source>
        <translation>Choisissez la personne ou la société concernée par l’affaire.</translation>
    </message>
    <message>
        <source>A new opportunity starts open: win or lose it afterwards.</source>
        <translation>Une nouvelle opportunité commence ouverte&#xa0;: marquez-la ensuite gagnée ou perdue.</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>Indiquez pourquoi l’affaire a été perdue.</translation>
    </message>
    <message>
        <source>Explain in a few words.</source>
        <translation>Expliquez en quelques mots.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Price</source>
        <extracomment>Stages where the deal is over (closed_at is set). Still in play: what the pipeline&apos;s forecast counts. Chance of winning a deal at each stage, in percent: the default when nobody gave one.</extracomment>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Went to a competitor</source>
        <translation>Parti chez un concurrent</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Pas de budget</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Pas de décision</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Fidèles</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometteurs</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Occasionnels</translation>
    </message>
    <message>
        <source>High value (top 20 %)</source>
        <extracomment>Revenue tiers of customers over the last 12 months; &quot;none&quot; is a customer without revenue.</extracomment>
        <translation>Valeur élevée (20&#xa0;% supérieurs)</translation>
    </message>
    <message>
        <source>Medium value (next 30 %)</source>
        <translation>Valeur moyenne (30&#xa0;% suivants)</translation>
    </message>
    <message>
        <source>Low value (the other half)</source>
        <translation>Valeur faible (l’autre moitié)</translation>
    </message>
    <message>
        <source>No purchase in 12 months</source>
        <translation>Aucun achat depuis 12&#xa0;mois</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <extracomment>Share of the customers with revenue in the high tier, then in the high and medium tiers. What a person may be required to have.</extracomment>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Company industry</source>
        <translation>Secteur de la société</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Dernier achat</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Valeur client</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>Niveau de support</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Dispose de</translation>
    </message>
    <message>
        <source>Unknown choice: {value}.</source>
        <translation>Choix inconnu&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>At most {n} characters: {value}.</source>
        <translation>{n} caractères au maximum&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>A postcode prefix is 1 to 10 digits: {value}.</source>
        <translation>Un début de code postal compte de 1 à 10 chiffres&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>A language is a 2 or 3 letter code: {value}.</source>
        <translation>Une langue s’écrit avec un code de 2 ou 3 lettres&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>Expected a list of values.</source>
        <translation>Une liste de valeurs est attendue.</translation>
    </message>
    <message>
        <source>Each value must be text.</source>
        <translation>Chaque valeur doit être du texte.</translation>
    </message>
    <message>
        <source>Choose bought within, or not within, a number of days.</source>
        <translation>Choisissez «&#xa0;acheté&#xa0;» ou «&#xa0;pas d’achat&#xa0;» sur un nombre de jours donné.</translation>
    </message>
    <message>
        <source>A number of days between {low} and {high}.</source>
        <translation>Un nombre de jours entre {low} et {high}.</translation>
    </message>
    <message>
        <source>A filter is a set of criteria.</source>
        <translation>Un filtre est un ensemble de critères.</translation>
    </message>
    <message>
        <source>Unknown criterion: {name}.</source>
        <translation>Critère inconnu&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>{head}, {item}</source>
        <extracomment>Sort order of members: the people list&apos;s order (and its index).</extracomment>
        <translation>{head}, {item}</translation>
    </message>
    <message>
        <source>{head} or {last}</source>
        <translation>{head} ou {last}</translation>
    </message>
    <message>
        <source>Everyone (no criteria)</source>
        <translation>Tout le monde (aucun critère)</translation>
    </message>
    <message>
        <source>bought in the last {days} days</source>
        <translation>a acheté dans les {days} derniers jours</translation>
    </message>
    <message>
        <source>no purchase in the last {days} days</source>
        <translation>aucun achat dans les {days} derniers jours</translation>
    </message>
    <message>
        <source>{criterion}: {values}</source>
        <translation>{criterion}&#xa0;: {values}</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (généralement port 465)</translation>
    </message>
    <message>
        <source>None (a relay on the local network only)</source>
        <translation>Aucune (uniquement un relais sur le réseau local)</translation>
    </message>
    <message>
        <source>Write the name of the mail server, e.g. smtp.example.com.</source>
        <extracomment>The field of the unsubscribe line replaced by the address to write to. The unsubscribe line in each language a person may speak (people.language). The recipient&apos;s language decides, not the user&apos;s: these are texts, not UI labels. The language whose line is used when a person&apos;s language has none. At most this many e-mails a minute (0: as fast as the server takes them). Seconds to wait for the server before calling it down. Fields stored in the shared settings table (everything but the password).</extracomment>
        <translation>Saisissez le nom du serveur de messagerie, par ex. smtp.example.com.</translation>
    </message>
    <message>
        <source>Not a server name.</source>
        <translation>Ce n’est pas un nom de serveur.</translation>
    </message>
    <message>
        <source>A port is a number between 1 and 65535.</source>
        <translation>Un port est un nombre entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Choose how the connection is secured.</source>
        <translation>Choisissez comment la connexion est sécurisée.</translation>
    </message>
    <message>
        <source>The e-mails need a sender address.</source>
        <translation>Les e-mails doivent avoir une adresse d’expéditeur.</translation>
    </message>
    <message>
        <source>One line only.</source>
        <translation>Une seule ligne.</translation>
    </message>
    <message>
        <source>Between {low} and {high} e-mails a minute (0: no limit).</source>
        <translation>Entre {low} et {high} e-mails par minute (0&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>Every e-mail must tell how to stop receiving them: write this line.</source>
        <translation>Chaque e-mail doit indiquer comment ne plus en recevoir&#xa0;: écrivez cette ligne.</translation>
    </message>
    <message>
        <source>Between {low} and {high} seconds.</source>
        <translation>Entre {low} et {high} secondes.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No label to print: nobody is left to send to ({skipped} without an address).</source>
        <extracomment>Long lines shrink the font to SMALLEST and then wrap; too many lines shrink it to FLOOR.</extracomment>
        <translation>Aucune étiquette à imprimer&#xa0;: il ne reste personne à qui envoyer ({skipped} sans adresse).</translation>
    </message>
    <message>
        <source>Unknown label layout {layout}.</source>
        <translation>Format d’étiquettes inconnu&#xa0;: {layout}.</translation>
    </message>
    <message>
        <source>The first label is between 1 and {count}.</source>
        <translation>La première étiquette est comprise entre 1 et {count}.</translation>
    </message>
    <message>
        <source>No letter to write: none is left to send ({skipped} without an address).</source>
        <extracomment>The DL envelope&apos;s right window, from the page&apos;s top-left corner (mm). Where the folds of a letter in three go (from the top, mm).</extracomment>
        <translation>Aucun courrier à rédiger&#xa0;: il n’en reste aucun à envoyer ({skipped} sans adresse).</translation>
    </message>
    <message>
        <source>This campaign has no letter text.</source>
        <extracomment>How often the progress bar moves (letters).</extracomment>
        <translation>Cette campagne n’a pas de texte de courrier.</translation>
    </message>
    <message>
        <source>The letter uses unknown fields: {names}.</source>
        <translation>Le courrier utilise des champs inconnus&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silencieux</translation>
    </message>
    <message>
        <source>Tickets rising</source>
        <translation>Tickets en hausse</translation>
    </message>
    <message>
        <source>Spend falling</source>
        <translation>Dépenses en baisse</translation>
    </message>
    <message>
        <source>No purchase or contact for {days} days; usually every {usual} days.</source>
        <extracomment>The active days whose gaps make &quot;usual&quot; (the recent rhythm). Spend falls when the last 12 months are below this share (percent) of the 12 before.</extracomment>
        <translation>Aucun achat ni contact depuis {days}&#xa0;jours&#xa0;; d’habitude tous les {usual}&#xa0;jours.</translation>
    </message>
    <message>
        <source>{recent} tickets in the last 90 days, {before} in the 90 days before.</source>
        <translation>{recent}&#xa0;tickets sur les 90&#xa0;derniers jours, {before} sur les 90&#xa0;jours précédents.</translation>
    </message>
    <message>
        <source>Spending down {percent} % on the 12 months before.</source>
        <translation>Dépenses en baisse de {percent}&#xa0;% par rapport aux 12&#xa0;mois précédents.</translation>
    </message>
    <message>
        <source>Management dashboard</source>
        <extracomment>The reports that can be saved (the command line&apos;s ``report NAME``), with their labels.</extracomment>
        <translation>Tableau de bord de gestion</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Rentabilité</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <source>Customer sheet</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <source>Campaign results</source>
        <translation>Résultats des campagnes</translation>
    </message>
    <message>
        <source>Support costs</source>
        <translation>Coûts du support</translation>
    </message>
    <message>
        <source>This month</source>
        <extracomment>Reports about one record: they need its ``id`` (a customer key or a campaign). Periods that move with the day the report runs, with their labels.</extracomment>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Choose whom or what the report is about.</source>
        <translation>Choisissez sur qui ou sur quoi porte le rapport.</translation>
    </message>
    <message>
        <source>Give the report a name.</source>
        <translation>Donnez un nom au rapport.</translation>
    </message>
    <message>
        <source>This saved report no longer exists.</source>
        <translation>Ce rapport enregistré n’existe plus.</translation>
    </message>
    <message>
        <source>{user} ({role}) may only open their own interventions and the customers, tickets and history these concern.</source>
        <translation>{user} ({role}) ne peut ouvrir que ses propres interventions, ainsi que les clients, tickets et historique qui s’y rapportent.</translation>
    </message>
    <message>
        <source>Wrong user or password.</source>
        <extracomment>Letters and digits that cannot be mistaken for one another when read aloud or copied from a note.</extracomment>
        <translation>Utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Utilisez au moins {n}&#xa0;caractères.</translation>
    </message>
    <message>
        <source>The password must not be the user&apos;s name.</source>
        <translation>Le mot de passe ne doit pas être le nom de l’utilisateur.</translation>
    </message>
    <message>
        <source>This account has been deactivated: ask an administrator.</source>
        <translation>Ce compte a été désactivé&#xa0;: adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}.</source>
        <translation>Trop de mots de passe erronés&#xa0;: ce compte est verrouillé jusqu’au {until}.</translation>
    </message>
    <message>
        <source>Person form</source>
        <extracomment>How a consent reached the ledger.</extracomment>
        <translation>Fiche de la personne</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Désinscription</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The key settings are not valid.</source>
        <extracomment>scrypt costs: 2**15 x 8 x 128 bytes = 32 MiB and about 0.1 s per derivation.</extracomment>
        <translation>Les paramètres de la clé ne sont pas valides.</translation>
    </message>
    <message>
        <source>This is not the passphrase these files were encrypted with.</source>
        <translation>Ce n’est pas la phrase secrète avec laquelle ces fichiers ont été chiffrés.</translation>
    </message>
    <message>
        <source>The file is not encrypted by CRM Desktop or is incomplete.</source>
        <translation>Le fichier n’a pas été chiffré par CRM Desktop ou est incomplet.</translation>
    </message>
    <message>
        <source>The file was encrypted by a newer CRM Desktop; update this computer to read it.</source>
        <translation>Le fichier a été chiffré par une version plus récente de CRM Desktop&#xa0;; mettez à jour cet ordinateur pour le lire.</translation>
    </message>
    <message>
        <source>The file is damaged or was altered: it was refused.</source>
        <translation>Le fichier est endommagé ou a été modifié&#xa0;: il a été refusé.</translation>
    </message>
    <message>
        <source>The file is encrypted with a passphrase this computer does not know: enter the business passphrase first.</source>
        <translation>Le fichier est chiffré avec une phrase secrète que cet ordinateur ne connaît pas&#xa0;: saisissez d’abord la phrase secrète de l’entreprise.</translation>
    </message>
    <message>
        <source>The file could not be decrypted: it is damaged or was altered, or it was encrypted with another passphrase. Nothing was used from it.</source>
        <translation>Impossible de déchiffrer le fichier&#xa0;: il est endommagé ou a été modifié, ou il a été chiffré avec une autre phrase secrète. Rien n’en a été utilisé.</translation>
    </message>
    <message>
        <source>Encrypting the database file needs SQLCipher, which is not installed on this computer. Sync bundles and backups can still be encrypted.</source>
        <extracomment>The Python driver that opens SQLCipher databases.</extracomment>
        <translation>Le chiffrement du fichier de base de données nécessite SQLCipher, qui n’est pas installé sur cet ordinateur. Les fichiers de synchronisation et les sauvegardes peuvent tout de même être chiffrés.</translation>
    </message>
    <message>
        <source>The business passphrase is already set; it cannot be changed (older backups need it).</source>
        <extracomment>Keys entered for this session only (&quot;remember on this computer&quot; unticked): forgotten at exit.</extracomment>
        <translation>La phrase secrète de l’entreprise est déjà définie&#xa0;; elle ne peut pas être modifiée (les sauvegardes plus anciennes en ont besoin).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>No business passphrase has been set yet.</source>
        <translation>Aucune phrase secrète d’entreprise n’a encore été définie.</translation>
    </message>
    <message>
        <source>Set the business passphrase first.</source>
        <translation>Définissez d’abord la phrase secrète de l’entreprise.</translation>
    </message>
    <message>
        <source>Encryption is on, but this computer does not know the business passphrase yet: enter it in Settings, Encryption.</source>
        <translation>Le chiffrement est activé, mais cet ordinateur ne connaît pas encore la phrase secrète de l’entreprise&#xa0;: saisissez-la dans Paramètres, Chiffrement.</translation>
    </message>
    <message>
        <source>This is not the passphrase this database was encrypted with.</source>
        <translation>Ce n’est pas la phrase secrète avec laquelle cette base a été chiffrée.</translation>
    </message>
    <message>
        <source>Set the business passphrase first: the database key is derived from it.</source>
        <translation>Définissez d’abord la phrase secrète de l’entreprise : la clé de la base de données en est dérivée.</translation>
    </message>
    <message>
        <source>This computer does not know the business passphrase yet: enter it above first.</source>
        <translation>Cet ordinateur ne connaît pas encore la phrase secrète de l’entreprise : saisissez-la d’abord ci-dessus.</translation>
    </message>
    <message>
        <source>The business passphrase uses unusual key settings; the database cannot be encrypted with it.</source>
        <translation>La phrase secrète de l’entreprise utilise des paramètres de clé inhabituels ; la base ne peut pas être chiffrée avec elle.</translation>
    </message>
    <message>
        <source>The disk is full: the last change was not saved. Free some disk space and try again.</source>
        <translation>Le disque est plein&#xa0;: la dernière modification n’a pas été enregistrée. Libérez de l’espace disque et réessayez.</translation>
    </message>
    <message>
        <source>The database is busy: another program or window is writing to it. The last change was not saved; try again in a moment.</source>
        <translation>La base de données est occupée&#xa0;: un autre programme ou une autre fenêtre y écrit. La dernière modification n’a pas été enregistrée&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database cannot be written (the file or its folder is read-only): the last change was not saved. Check the permissions of the database folder.</source>
        <translation>Impossible d’écrire dans la base de données (le fichier ou son dossier est en lecture seule)&#xa0;: la dernière modification n’a pas été enregistrée. Vérifiez les droits d’accès du dossier de la base de données.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (input/output error): the last change may not be saved. Check the drive and try again.</source>
        <translation>Impossible de lire ou d’écrire sur le disque (erreur d’entrée/sortie)&#xa0;: la dernière modification n’a peut-être pas été enregistrée. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check that its folder exists and can be written.</source>
        <translation>Impossible d’ouvrir le fichier de base de données&#xa0;: vérifiez que son dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The database file is damaged. Run a check (Maintenance) and restore a recent backup.</source>
        <translation>Le fichier de base de données est endommagé. Lancez une vérification (Maintenance) et restaurez une sauvegarde récente.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (any more): was a drive removed? Choose another folder.</source>
        <translation>Le dossier {path} n’existe pas (ou plus)&#xa0;: un disque a-t-il été retiré&#xa0;? Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>No permission to write {path}: choose another folder or check its permissions.</source>
        <translation>Pas d’autorisation d’écriture sur {path}&#xa0;: choisissez un autre dossier ou vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: free some disk space and try again.</source>
        <translation>Le disque contenant {path} est plein&#xa0;: libérez de l’espace disque et réessayez.</translation>
    </message>
    <message>
        <source>Say why the person is erased.</source>
        <extracomment>The name an erased person shows everywhere (lists, reports, old campaigns). What replaces a text that was about the person (a history note, a ticket message). Full-text indexes that may still hold the erased words until merged.</extracomment>
        <translation>Indiquez pourquoi la personne est effacée.</translation>
    </message>
    <message>
        <source>This person was erased already.</source>
        <translation>Cette personne a déjà été effacée.</translation>
    </message>
    <message>
        <source>Between {lo} and {hi}.</source>
        <extracomment>How a changed row leads to its person (``?`` is the first change-log entry of the merge).</extracomment>
        <translation>Entre {lo} et {hi}.</translation>
    </message>
    <message>
        <source>Give at least one active administrator a password first: otherwise nobody could open the CRM.</source>
        <translation>Donnez d’abord un mot de passe à au moins un administrateur actif&#xa0;: sinon personne ne pourrait ouvrir le CRM.</translation>
    </message>
    <message>
        <source>The database changed while it was being converted; nothing was changed. Try again.</source>
        <extracomment>Steps reported to the progress callback: copy, check.</extracomment>
        <translation>La base de données a changé pendant sa conversion ; rien n’a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>Cancelled: the database is as it was.</source>
        <extracomment>The watcher of each conversion under way, by its staged copy&apos;s path.</extracomment>
        <translation>Annulé : la base de données est restée telle quelle.</translation>
    </message>
    <message>
        <source>The converted copy of {path} failed its check; nothing was changed.</source>
        <translation>La copie convertie de {path} n’a pas passé la vérification ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Encrypting the database file needs SQLCipher, which is not installed on this computer.</source>
        <translation>Chiffrer le fichier de la base de données nécessite SQLCipher, qui n’est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The database file is encrypted already.</source>
        <translation>Le fichier de la base de données est déjà chiffré.</translation>
    </message>
    <message>
        <source>The database file is not encrypted.</source>
        <translation>Le fichier de la base de données n’est pas chiffré.</translation>
    </message>
    <message>
        <source>{path} is missing; nothing was changed.</source>
        <translation>{path} est introuvable ; rien n’a été modifié.</translation>
    </message>
</context>
</TS>
