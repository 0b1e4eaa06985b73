<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <source>No companies yet. Click “New company” to add the first one.</source>
        <translation>Aucune société pour l’instant. Cliquez sur «&#xa0;Nouvelle société&#xa0;» pour ajouter la première.</translation>
    </message>
</context>
<context>
    <name>CompanyDetailView</name>
    <message>
        <source>Identity</source>
        <extracomment>The company&apos;s id, when the user asks to add a person to it.</extracomment>
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
        <extracomment>Changes that never alter a person&apos;s timeline.</extracomment>
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
    <name>DateTimeField</name>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Contacts</source>
        <extracomment>(kind, ctx, record id or None for a new record, parent, initial values of a new record) A detail view was shown: (kind, id or &quot;&quot; for a new record). The visible area changed (its key, or &quot;detail&quot;).</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Sociétés</translation>
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
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Exchange changes with your other computers through the shared folder (F5)</source>
        <translation>Échanger les modifications avec vos autres ordinateurs par le dossier partagé (F5)</translation>
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
        <source>No people yet. Click “New person” to add the first one.</source>
        <translation>Aucune personne pour l’instant. Cliquez sur «&#xa0;Nouvelle personne&#xa0;» pour ajouter la première.</translation>
    </message>
</context>
<context>
    <name>PersonDetailView</name>
    <message>
        <source>Identity</source>
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
        <source>Files ({n})</source>
        <translation>Fichiers ({n})</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
</context>
<context>
    <name>RecordDetailView</name>
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
    <name>SearchPalette</name>
    <message>
        <source>Search</source>
        <extracomment>Emitted after each search with the text searched and the number of hits.</extracomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search people, companies and history…</source>
        <translation>Rechercher des personnes, des sociétés, l’historique…</translation>
    </message>
    <message>
        <source>Type a name, an e-mail, a phone number, a city or a word from the history.</source>
        <translation>Tapez un nom, un e-mail, un numéro de téléphone, une ville ou un mot de l’historique.</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
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
        <source>{fields} (on {machines})</source>
        <translation>{fields} (sur {machines})</translation>
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
</context>
<context>
    <name>WebsiteField</name>
    <message>
        <source>www.example.com</source>
        <extracomment>Changes that never alter a company&apos;s timeline (its people&apos;s changes may: they can move).</extracomment>
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
        <extracomment>Automatic backups are named crm-YYYYmmdd-HHMMSS.db (local time of the machine).
----------
Links that may dangle after a merge of two offline machines (no FOREIGN KEYs).</extracomment>
        <translation>{path} est la base de données en cours d’utilisation&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} est un dossier&#xa0;; indiquez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
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
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is the database in use; choose a backup file.</source>
        <translation>{path} est la base de données en cours d’utilisation&#xa0;; choisissez un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>Demo data was cancelled; nothing was added.</source>
        <extracomment>Where the word lists are (plain UTF-8 JSON, readable and editable by hand). ``progress(done, total)``; returning False cancels (None or True carry on).</extracomment>
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
        <source>Unknown channel: {channel}.</source>
        <translation>Canal inconnu&#xa0;: {channel}.</translation>
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
        <extracomment>Kinds that have a direction (in/out).</extracomment>
        <translation>Date et heure invalides.</translation>
    </message>
    <message>
        <source>Choose the person or company concerned.</source>
        <translation>Choisissez la personne ou la société concernée.</translation>
    </message>
    <message>
        <source>Write a subject or a text.</source>
        <translation>Écrivez un objet ou un texte.</translation>
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
        <source>Lead</source>
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
        <translation>E-mail</translation>
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
        <source>export contacts</source>
        <translation>exporter des contacts</translation>
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
        <source>{user} ({role}) is not allowed to {operation}.</source>
        <extracomment>What each role may NOT do; everything else is allowed (issue 8 refines this).</extracomment>
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
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Cet utilisateur n’existe plus.</translation>
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
        <source>At most {n} characters.</source>
        <translation>{n} caractères au maximum.</translation>
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
        <translation>Adresse e-mail invalide.</translation>
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
        <source>Not a whole number.</source>
        <translation>Nombre entier attendu.</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Date invalide (AAAA-MM-JJ).</translation>
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
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <extracomment>``progress(done, total)`` in lines of the file; returning False cancels.</extracomment>
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
        <source>{name} is not a bundle file.</source>
        <extracomment>Lowest application version able to read bundles written by this one.</extracomment>
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
</context>
</TS>
