<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save the record first to attach files.</source>
        <translation>Save the record first to attach files.</translation>
    </message>
    <message>
        <source>No files.</source>
        <translation>No files.</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>Drop files here to attach them.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Cannot copy the file: {reason}</source>
        <translation>Cannot copy the file: {reason}</translation>
    </message>
    <message>
        <source>No program on this computer opens {name}.</source>
        <translation>No program on this computer opens {name}.</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Remove files</translation>
    </message>
    <message>
        <source>Remove {names}? The files go to the trash.</source>
        <translation>Remove {names}? The files go to the trash.</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>Search companies by name, VAT number, city…</source>
        <translation>Search companies by name, VAT number, city…</translation>
    </message>
    <message>
        <source>Companies: {count}</source>
        <translation>Companies: {count}</translation>
    </message>
    <message>
        <source>No company matches these filters.</source>
        <translation>No company matches these filters.</translation>
    </message>
    <message>
        <source>No companies yet. Click “New company” to add the first one.</source>
        <translation>No companies yet. Click “New company” to add the first one.</translation>
    </message>
</context>
<context>
    <name>CompanyDetailView</name>
    <message>
        <source>Identity</source>
        <extracomment>The company's id, when the user asks to add a person to it.</extracomment>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
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
        <translation>Web site</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>key account, reseller, …</source>
        <translation>key account, reseller, …</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>People ({n})</source>
        <translation>People ({n})</translation>
    </message>
    <message>
        <source>Files ({n})</source>
        <translation>Files ({n})</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>New company</translation>
    </message>
</context>
<context>
    <name>CompanyPeoplePanel</name>
    <message>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Save the company first to add its people.</source>
        <translation>Save the company first to add its people.</translation>
    </message>
    <message>
        <source>No people yet.</source>
        <translation>No people yet.</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type to find a company…</source>
        <extracomment>Changes that never alter a person's timeline.</extracomment>
        <translation>Type to find a company…</translation>
    </message>
    <message>
        <source>Open this company</source>
        <translation>Open this company</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Or type a new value:</source>
        <translation>Or type a new value:</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Use this value</translation>
    </message>
    <message>
        <source>To choose another value, open the record.</source>
        <translation>To choose another value, open the record.</translation>
    </message>
    <message>
        <source>this computer ({code})</source>
        <translation>this computer ({code})</translation>
    </message>
    <message>
        <source>computer {code}</source>
        <translation>computer {code}</translation>
    </message>
    <message>
        <source>Written by {author} on {machine}, {when}</source>
        <translation>Written by {author} on {machine}, {when}</translation>
    </message>
    <message>
        <source>Written on {machine}, {when}</source>
        <translation>Written on {machine}, {when}</translation>
    </message>
    <message>
        <source>This record is in the trash.</source>
        <translation>This record is in the trash.</translation>
    </message>
    <message>
        <source>{n} computers changed this field before they synced. Choose the value to keep.</source>
        <translation>{n} computers changed this field before they synced. Choose the value to keep.</translation>
    </message>
</context>
<context>
    <name>ConflictTexts</name>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other e-mail</source>
        <translation>Other e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Cost per hour</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Default phone region</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Business settings</source>
        <translation>Business settings</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Shown now</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>{name} (in the trash)</source>
        <translation>{name} (in the trash)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Double-click to open the record</source>
        <translation>Double-click to open the record</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>These fields were changed on two computers before they synced. Nothing was lost: every value is kept until you choose one, and your choice reaches the other computers at their next sync.</source>
        <translation>These fields were changed on two computers before they synced. Nothing was lost: every value is kept until you choose one, and your choice reaches the other computers at their next sync.</translation>
    </message>
    <message>
        <source>No conflicts.

When two computers change the same field before they sync, both values are kept and shown here for you to choose.</source>
        <translation>No conflicts.

When two computers change the same field before they sync, both values are kept and shown here for you to choose.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
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
        <translation>Not asked</translation>
    </message>
    <message>
        <source>How: signed form, web form, phone call…</source>
        <translation>How: signed form, web form, phone call…</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>This looks like a record that already exists:</source>
        <translation>This looks like a record that already exists:</translation>
    </message>
    <message>
        <source>Open the existing record to add to it, or create a new one anyway.</source>
        <translation>Open the existing record to add to it, or create a new one anyway.</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Open existing</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Create anyway</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Records that look like the same person or company, for instance typed on two computers before they synced. Select the record to keep, then merge: the others' history, files and people move to it and they go to the trash.</source>
        <translation>Records that look like the same person or company, for instance typed on two computers before they synced. Select the record to keep, then merge: the others' history, files and people move to it and they go to the trash.</translation>
    </message>
    <message>
        <source>Merge into selected</source>
        <translation>Merge into selected</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>No duplicates and no broken references.</source>
        <translation>No duplicates and no broken references.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>{kind}: {count} records</source>
        <translation>{kind}: {count} records</translation>
    </message>
    <message>
        <source>Broken references</source>
        <translation>Broken references</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>in the trash</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>History entry</translation>
    </message>
    <message>
        <source>{what}: {label}</source>
        <translation>{what}: {label}</translation>
    </message>
    <message>
        <source>refers to a record that is {state}</source>
        <translation>refers to a record that is {state}</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Merge records</translation>
    </message>
    <message>
        <source>Merge {count} other record(s) into “{name}”? They go to the trash.</source>
        <translation>Merge {count} other record(s) into “{name}”? They go to the trash.</translation>
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
        <translation>Something went wrong and the last action may not have completed.
The details were written to {path}.</translation>
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
        <translation>Welcome to CRM Desktop</translation>
    </message>
    <message>
        <source>A new database was created: {name}.

You can explore CRM Desktop with sample companies, people and history, or start with an empty database and add your own contacts.</source>
        <translation>A new database was created: {name}.

You can explore CRM Desktop with sample companies, people and history, or start with an empty database and add your own contacts.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Load sample data</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
</context>
<context>
    <name>HistoryEntryDialog</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Files ({n})</source>
        <translation>Files ({n})</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Log: {kind}</source>
        <translation>Log: {kind}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contacts</source>
        <extracomment>(kind, ctx, record id or None for a new record, parent, initial values of a new record) A detail view was shown: (kind, id or "" for a new record). The visible area changed (its key, or "detail").</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>This kind of record cannot be opened here yet.</source>
        <translation>This kind of record cannot be opened here yet.</translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation>New &amp;person</translation>
    </message>
    <message>
        <source>New &amp;company</source>
        <translation>New &amp;company</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Exchange changes with your other computers through the shared folder (F5)</source>
        <translation>Exchange changes with your other computers through the shared folder (F5)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;About CRM Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About CRM Desktop</source>
        <translation>About CRM Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;CRM Desktop&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;CRM Desktop&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <source>Contacts, unified history, support, field service and campaigns for small businesses. Works offline; every computer keeps a full copy of the data.</source>
        <translation>Contacts, unified history, support, field service and campaigns for small businesses. Works offline; every computer keeps a full copy of the data.</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(in memory)</translation>
    </message>
    <message>
        <source>People: {people} · Companies: {companies}</source>
        <translation>People: {people} · Companies: {companies}</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Signed in as {name}</translation>
    </message>
    <message>
        <source>Conflicts: {n}</source>
        <translation>Conflicts: {n}</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation>{label} ({n})</translation>
    </message>
    <message>
        <source>Automatic sync skipped: the shared folder cannot be reached.</source>
        <translation>Automatic sync skipped: the shared folder cannot be reached.</translation>
    </message>
    <message>
        <source>The shared folder {path} cannot be reached.

Check that the USB stick is plugged in or that the network folder is available, then try again.</source>
        <translation>The shared folder {path} cannot be reached.

Check that the USB stick is plugged in or that the network folder is available, then try again.</translation>
    </message>
    <message>
        <source>Sync finished — sent: {sent}, received: {received}, conflicts: {conflicts}</source>
        <translation>Sync finished — sent: {sent}, received: {received}, conflicts: {conflicts}</translation>
    </message>
    <message>
        <source>The clock of computer {code} is {duration} ahead. Please correct its date and time: until then its changes may win over newer ones.</source>
        <translation>The clock of computer {code} is {duration} ahead. Please correct its date and time: until then its changes may win over newer ones.</translation>
    </message>
    <message>
        <source>These files in the shared folder are damaged and were ignored (the computer that wrote them will write them again):</source>
        <translation>These files in the shared folder are damaged and were ignored (the computer that wrote them will write them again):</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>{n} hours</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected error. Nothing typed is lost.</source>
        <translation>The sync stopped because of an unexpected error. Nothing typed is lost.</translation>
    </message>
    <message>
        <source>Automatic sync failed: {reason}</source>
        <translation>Automatic sync failed: {reason}</translation>
    </message>
    <message>
        <source>Sync cancelled. What was already received is kept.</source>
        <translation>Sync cancelled. What was already received is kept.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choose another folder…</translation>
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
        <translation>New person</translation>
    </message>
    <message>
        <source>Search people by name, e-mail, phone, city…</source>
        <translation>Search people by name, e-mail, phone, city…</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>People: {count}</translation>
    </message>
    <message>
        <source>No person matches these filters.</source>
        <translation>No person matches these filters.</translation>
    </message>
    <message>
        <source>No people yet. Click “New person” to add the first one.</source>
        <translation>No people yet. Click “New person” to add the first one.</translation>
    </message>
</context>
<context>
    <name>PersonDetailView</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
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
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Other e-mail</source>
        <translation>Other e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>heat pumps, solar, …</source>
        <translation>heat pumps, solar, …</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>vip, newsletter, …</source>
        <translation>vip, newsletter, …</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Files ({n})</source>
        <translation>Files ({n})</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
</context>
<context>
    <name>RecordDetailView</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>Move to the trash</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Move {name} to the trash? It can be restored from the trash.</source>
        <translation>Move {name} to the trash? It can be restored from the trash.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>Save the changes to {name}?</translation>
    </message>
    <message>
        <source>This record was moved to the trash.</source>
        <translation>This record was moved to the trash.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing it.</source>
        <translation>Someone else changed this record while you were editing it.</translation>
    </message>
    <message>
        <source>Show their version</source>
        <translation>Show their version</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Background and text colours of the stage badge; unknown stages get the last one.</extracomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Pick a date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Add field</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>All stages</source>
        <extracomment>Initial widths (in average characters) per column key; the rest get the default.</extracomment>
        <translation>All stages</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Records: {count}</source>
        <translation>Records: {count}</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Nothing matches these filters.</translation>
    </message>
    <message>
        <source>Nothing here yet. Click “New” to add the first one.</source>
        <translation>Nothing here yet. Click “New” to add the first one.</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Search</source>
        <extracomment>Emitted after each search with the text searched and the number of hits.</extracomment>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search people, companies and history…</source>
        <translation>Search people, companies and history…</translation>
    </message>
    <message>
        <source>Type a name, an e-mail, a phone number, a city or a word from the history.</source>
        <translation>Type a name, an e-mail, a phone number, a city or a word from the history.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Nothing found for “{text}”.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>e.g. BE0123456749</source>
        <translation>e.g. BE0123456749</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
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
        <translation>USB stick or network folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Your business</translation>
    </message>
    <message>
        <source>Only an administrator can change the business settings.</source>
        <translation>Only an administrator can change the business settings.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Default phone region</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>The language changes the next time CRM Desktop starts.</source>
        <translation>The language changes the next time CRM Desktop starts.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Every computer that works with this data chooses the same shared folder: a USB stick you carry from one to the other, a network folder, a NAS or a Syncthing folder. Only changes travel through it; the database stays on this computer.</source>
        <translation>Every computer that works with this data chooses the same shared folder: a USB stick you carry from one to the other, a network folder, a NAS or a Syncthing folder. Only changes travel through it; the database stays on this computer.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <source>Sync automatically every</source>
        <translation>Sync automatically every</translation>
    </message>
    <message>
        <source>The other computers know this one as {code}.</source>
        <translation>The other computers know this one as {code}.</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Netherlands</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germany</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>United Kingdom</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>This file is not an image CRM Desktop can read.</source>
        <translation>This file is not an image CRM Desktop can read.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <source>No folder: this computer does not sync.</source>
        <translation>No folder: this computer does not sync.</translation>
    </message>
    <message>
        <source>The folder can be reached.</source>
        <translation>The folder can be reached.</translation>
    </message>
    <message>
        <source>This folder cannot be reached now. It is kept: sync works again when the USB stick is plugged in or the network folder is available.</source>
        <translation>This folder cannot be reached now. It is kept: sync works again when the USB stick is plugged in or the network folder is available.</translation>
    </message>
    <message>
        <source>The logo could not be stored: {reason}</source>
        <translation>The logo could not be stored: {reason}</translation>
    </message>
    <message>
        <source>This is a file: choose a folder.</source>
        <translation>This is a file: choose a folder.</translation>
    </message>
    <message>
        <source>The settings of this computer could not be saved: {reason}</source>
        <translation>The settings of this computer could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>SyncBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop the sync; what was already received is kept</source>
        <translation>Stop the sync; what was already received is kept</translation>
    </message>
    <message>
        <source>Changes made on this computer that have not been written to the shared folder yet</source>
        <translation>Changes made on this computer that have not been written to the shared folder yet</translation>
    </message>
    <message>
        <source>Show the conflicts to resolve</source>
        <translation>Show the conflicts to resolve</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synced just now</translation>
    </message>
    <message>
        <source>Synced {n} min ago</source>
        <translation>Synced {n} min ago</translation>
    </message>
    <message>
        <source>Synced {n} h ago</source>
        <translation>Synced {n} h ago</translation>
    </message>
    <message>
        <source>Last synced on {date}</source>
        <translation>Last synced on {date}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <source>Shared folder: {path}</source>
        <translation>Shared folder: {path}</translation>
    </message>
    <message>
        <source>No shared folder is set</source>
        <translation>No shared folder is set</translation>
    </message>
    <message>
        <source>&lt;a href="setup"&gt;Set up sync…&lt;/a&gt;</source>
        <translation>&lt;a href="setup"&gt;Set up sync…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Choose a shared folder to sync with your other computers</source>
        <translation>Choose a shared folder to sync with your other computers</translation>
    </message>
    <message>
        <source>To send: {n}</source>
        <translation>To send: {n}</translation>
    </message>
    <message>
        <source>Conflicts: {n}</source>
        <translation>Conflicts: {n}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Today {time}</source>
        <extracomment>Quick log buttons, then the kinds of the "More…" menu. Colour and symbol of the kinds we know; any other kind gets a colour from its name.</extracomment>
        <translation>Today {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Yesterday {time}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Call</source>
        <extracomment>(source, id) of an entry that is not a history entry (tickets...), for the window to open.</extracomment>
        <translation>Call</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>Log an e-mail</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <source>Write a note</source>
        <translation>Write a note</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>Show only one kind</source>
        <translation>Show only one kind</translation>
    </message>
    <message>
        <source>Save the record first to log calls, e-mails and visits.</source>
        <translation>Save the record first to log calls, e-mails and visits.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Nothing of this kind yet.</translation>
    </message>
    <message>
        <source>Nothing logged yet. Use Call, E-mail, Visit or Note above.</source>
        <translation>Nothing logged yet. Use Call, E-mail, Visit or Note above.</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Deleted records stay here until you restore them.</source>
        <translation>Deleted records stay here until you restore them.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile</source>
        <translation>Changed elsewhere meanwhile</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>History entry</translation>
    </message>
    <message>
        <source>{fields} (on {machines})</source>
        <translation>{fields} (on {machines})</translation>
    </message>
</context>
<context>
    <name>ValueCard</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Shown now</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Keep this value</translation>
    </message>
</context>
<context>
    <name>WebsiteField</name>
    <message>
        <source>www.example.com</source>
        <extracomment>Changes that never alter a company's timeline (its people's changes may: they can move).</extracomment>
        <translation>www.example.com</translation>
    </message>
    <message>
        <source>Open in the browser</source>
        <translation>Open in the browser</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Creating sample companies, people and history…</source>
        <translation>Creating sample companies, people and history…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Files can be attached to people, companies and history entries.</source>
        <translation>Files can be attached to people, companies and history entries.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>{name} is not a readable file.</source>
        <translation>{name} is not a readable file.</translation>
    </message>
    <message>
        <source>{name} is larger than 200 MB.</source>
        <translation>{name} is larger than 200 MB.</translation>
    </message>
    <message>
        <source>Cannot store {name}: {reason}</source>
        <translation>Cannot store {name}: {reason}</translation>
    </message>
    <message>
        <source>The file {name} is not on this computer yet.</source>
        <translation>The file {name} is not on this computer yet.</translation>
    </message>
    <message>
        <source>{path} is the database in use; choose another file.</source>
        <extracomment>Automatic backups are named crm-YYYYmmdd-HHMMSS.db (local time of the machine).
----------
Links that may dangle after a merge of two offline machines (no FOREIGN KEYs).</extracomment>
        <translation>{path} is the database in use; choose another file.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <extracomment>Export columns before the consent and custom columns. ``company`` and ``owner`` are names (the ids mean nothing in another database); ``id`` is for reference only and ignored on import. Header aliases (English, French, a little Dutch) -&gt; field. Field keys are aliases too.</extracomment>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a CRM Desktop database.</source>
        <translation>{path} is not a CRM Desktop database.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored: {problem}</source>
        <translation>{path} is damaged and cannot be restored: {problem}</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <source>{path} is the database in use; choose a backup file.</source>
        <translation>{path} is the database in use; choose a backup file.</translation>
    </message>
    <message>
        <source>Demo data was cancelled; nothing was added.</source>
        <extracomment>Where the word lists are (plain UTF-8 JSON, readable and editable by hand). ``progress(done, total)``; returning False cancels (None or True carry on).</extracomment>
        <translation>Demo data was cancelled; nothing was added.</translation>
    </message>
    <message>
        <source>This looks like an existing record: {label}.</source>
        <translation>This looks like an existing record: {label}.</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>same e-mail address</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <source>very similar name</source>
        <translation>very similar name</translation>
    </message>
    <message>
        <source>same VAT number</source>
        <translation>same VAT number</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Custom fields must be pairs of name and value.</source>
        <translation>Custom fields must be pairs of name and value.</translation>
    </message>
    <message>
        <source>A custom field needs a name.</source>
        <translation>A custom field needs a name.</translation>
    </message>
    <message>
        <source>At most {n} items.</source>
        <translation>At most {n} items.</translation>
    </message>
    <message>
        <source>Consent must be given per channel.</source>
        <translation>Consent must be given per channel.</translation>
    </message>
    <message>
        <source>Unknown channel: {channel}.</source>
        <translation>Unknown channel: {channel}.</translation>
    </message>
    <message>
        <source>Consent is either given or withdrawn.</source>
        <translation>Consent is either given or withdrawn.</translation>
    </message>
    <message>
        <source>Consent needs the date it was given or withdrawn.</source>
        <translation>Consent needs the date it was given or withdrawn.</translation>
    </message>
    <message>
        <source>Consent needs its source (how it was obtained).</source>
        <translation>Consent needs its source (how it was obtained).</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>No such user.</translation>
    </message>
    <message>
        <source>This company does not exist (any more).</source>
        <translation>This company does not exist (any more).</translation>
    </message>
    <message>
        <source>Not a date and time.</source>
        <extracomment>Kinds that have a direction (in/out).</extracomment>
        <translation>Not a date and time.</translation>
    </message>
    <message>
        <source>Choose the person or company concerned.</source>
        <translation>Choose the person or company concerned.</translation>
    </message>
    <message>
        <source>Write a subject or a text.</source>
        <translation>Write a subject or a text.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Former customer</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>Trade show</source>
        <translation>Trade show</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Retail</source>
        <extracomment>Suggestions for a company's industry (free text); the UI offers them translated.</extracomment>
        <translation>Retail</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Hospitality</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Healthcare</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Manufacturing</translation>
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
        <translation>Education</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Public sector</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>change people</source>
        <translation>change people</translation>
    </message>
    <message>
        <source>delete people</source>
        <translation>delete people</translation>
    </message>
    <message>
        <source>change companies</source>
        <translation>change companies</translation>
    </message>
    <message>
        <source>delete companies</source>
        <translation>delete companies</translation>
    </message>
    <message>
        <source>log history</source>
        <translation>log history</translation>
    </message>
    <message>
        <source>delete history entries</source>
        <translation>delete history entries</translation>
    </message>
    <message>
        <source>add or remove files</source>
        <translation>add or remove files</translation>
    </message>
    <message>
        <source>restore from the trash</source>
        <translation>restore from the trash</translation>
    </message>
    <message>
        <source>import contacts</source>
        <translation>import contacts</translation>
    </message>
    <message>
        <source>export contacts</source>
        <translation>export contacts</translation>
    </message>
    <message>
        <source>change the settings</source>
        <translation>change the settings</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>load sample data</source>
        <translation>load sample data</translation>
    </message>
    <message>
        <source>{user} ({role}) is not allowed to {operation}.</source>
        <extracomment>What each role may NOT do; everything else is allowed (issue 8 refines this).</extracomment>
        <translation>{user} ({role}) is not allowed to {operation}.</translation>
    </message>
    <message>
        <source>Unknown currency.</source>
        <translation>Unknown currency.</translation>
    </message>
    <message>
        <source>Unknown region.</source>
        <translation>Unknown region.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>This user no longer exists.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>Unknown role: {role}.</source>
        <translation>Unknown role: {role}.</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>At most {n} characters.</translation>
    </message>
    <message>
        <source>Not a phone number.</source>
        <translation>Not a phone number.</translation>
    </message>
    <message>
        <source>This phone number has the wrong length.</source>
        <translation>This phone number has the wrong length.</translation>
    </message>
    <message>
        <source>This phone number does not exist.</source>
        <translation>This phone number does not exist.</translation>
    </message>
    <message>
        <source>Not a valid e-mail address.</source>
        <translation>Not a valid e-mail address.</translation>
    </message>
    <message>
        <source>A VAT number starts with its country code (BE, FR, NL, LU, DE...).</source>
        <translation>A VAT number starts with its country code (BE, FR, NL, LU, DE...).</translation>
    </message>
    <message>
        <source>This VAT number is not valid.</source>
        <translation>This VAT number is not valid.</translation>
    </message>
    <message>
        <source>Not a web address.</source>
        <translation>Not a web address.</translation>
    </message>
    <message>
        <source>Not an amount of money.</source>
        <translation>Not an amount of money.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>This amount is too large.</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>Not a whole number.</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Must be one of: {choices}.</source>
        <translation>Must be one of: {choices}.</translation>
    </message>
    <message>
        <source>A tag has at most 60 characters.</source>
        <translation>A tag has at most 60 characters.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <extracomment>``progress(done, total)`` in lines of the file; returning False cancels.</extracomment>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of CRM Desktop; please update the application to open it.</source>
        <translation>{path} was made by a newer version of CRM Desktop; please update the application to open it.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: {reason}</source>
        <extracomment>Owners named in the file but unknown here: name -&gt; (first line, rows).</extracomment>
        <translation>Line {line} cannot be read as CSV: {reason}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} is empty.</translation>
    </message>
    <message>
        <source>{path} has no last name column (a header such as "last_name", "Last name" or "Nom").</source>
        <translation>{path} has no last name column (a header such as "last_name", "Last name" or "Nom").</translation>
    </message>
    <message>
        <source>{name} is not a bundle file.</source>
        <extracomment>Lowest application version able to read bundles written by this one.</extracomment>
        <translation>{name} is not a bundle file.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Cannot read {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete; it was ignored.</source>
        <translation>{name} is damaged or incomplete; it was ignored.</translation>
    </message>
    <message>
        <source>{name} was written by a newer CRM Desktop ({version}); update this computer to read it.</source>
        <translation>{name} was written by a newer CRM Desktop ({version}); update this computer to read it.</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <extracomment>Changes per bundle file. A new snapshot is written when this many changes happened since the newest one. A temporary file older than this was left by a writer that was killed.</extracomment>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>The sync folder {path} cannot be reached.</source>
        <translation>The sync folder {path} cannot be reached.</translation>
    </message>
    <message>
        <source>Sync failed: {reason}</source>
        <translation>Sync failed: {reason}</translation>
    </message>
    <message>
        <source>The sync folder {path} has no copy to join from yet: sync once from a machine that has the data.</source>
        <translation>The sync folder {path} has no copy to join from yet: sync once from a machine that has the data.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Choose two different records to merge.</translation>
    </message>
</context>
</TS>