<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Edit the article</source>
        <translation>Edit the article</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>e.g. Vaillant ecoTEC plus</source>
        <translation>e.g. Vaillant ecoTEC plus</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What the customer sees or reports</source>
        <translation>What the customer sees or reports</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>One step per line</source>
        <translation>One step per line</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>How many tickets this article solved</source>
        <extracomment>How far show_article() pages through the list to select an article (a few thousand at most). Emitted after the filter changed or the list was read again.</extracomment>
        <translation>How many tickets this article solved</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
</context>
<context>
    <name>AssignmentRulesDialog</name>
    <message>
        <source>Assignment rules</source>
        <translation>Assignment rules</translation>
    </message>
    <message>
        <source>New leads without a seller go through these rules from the top. The first rule that matches names the sellers; the one with the fewest open leads gets the lead. When no rule matches, the lead stays unassigned for a manager to give.</source>
        <translation>New leads without a seller go through these rules from the top. The first rule that matches names the sellers; the one with the fewest open leads gets the lead. When no rule matches, the lead stays unassigned for a manager to give.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Sellers</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Speed to lead</source>
        <translation>Speed to lead</translation>
    </message>
    <message>
        <source> min of business hours</source>
        <translation> min of business hours</translation>
    </message>
    <message>
        <source>First contact within</source>
        <translation>First contact within</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Interested in {what}</source>
        <translation>Interested in {what}</translation>
    </message>
    <message>
        <source>Postcode {prefix}…</source>
        <translation>Postcode {prefix}…</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Everyone else</translation>
    </message>
    <message>
        <source>{rule} (not in use)</source>
        <translation>{rule} (not in use)</translation>
    </message>
    <message>
        <source>Product or category</source>
        <translation>Product or category</translation>
    </message>
    <message>
        <source>Postcode starts</source>
        <translation>Postcode starts</translation>
    </message>
</context>
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
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <extracomment>A stored UTC time (core/clock.py to_iso). Entries read at a time: the first page of a filter, then one more each time the list is scrolled to its end. Tables whose writes show in the trail: all of them (every synced write is a line). Choices of the support tables, shown in words in a record's history. The list was scrolled to its end and there is more: the view reads the next page.</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Audit trail</source>
        <extracomment>The view's latest filter (set on the GUI thread, read by the workers). Open a record's page: (kind, id). A page of the trail is on screen (the first of a filter, or the next one). The entries under the filter were counted (after its first page is shown).</extracomment>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>History of this record…</source>
        <translation>History of this record…</translation>
    </message>
    <message>
        <source>Reading the trail…</source>
        <translation>Reading the trail…</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <source>Record: a name, a number…</source>
        <translation>Record: a name, a number…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>{n}+ entries</source>
        <translation>{n}+ entries</translation>
    </message>
    <message>
        <source>The trail could not be read. The details were written to the log file.</source>
        <translation>The trail could not be read. The details were written to the log file.</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entries</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message>
        <source>Back up now</source>
        <extracomment>The job that backs up now (a worker, its own connection); it returns the backup's path. A backup was made from here: its path. Back up now failed too: the reason shown.</extracomment>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Hide this notice</translation>
    </message>
    <message>
        <source>The automatic backup of {when} failed: {reason}</source>
        <translation>The automatic backup of {when} failed: {reason}</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Backed up to {path}.</translation>
    </message>
    <message>
        <source>Back up now failed: {reason}</source>
        <translation>Back up now failed: {reason}</translation>
    </message>
</context>
<context>
    <name>BoardLegend</name>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Outside working hours</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to a calendar</source>
        <extracomment>The file was written: its path and how many interventions it holds. Writing failed: the message shown.</extracomment>
        <translation>Export to a calendar</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>All technicians</translation>
    </message>
    <message>
        <source>Every date</source>
        <translation>Every date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Planned and done interventions as calendar events (an .ics file) that a phone, Outlook or Thunderbird can import. Importing the file again updates the events.</source>
        <translation>Planned and done interventions as calendar events (an .ics file) that a phone, Outlook or Thunderbird can import. Importing the file again updates the events.</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>This is a folder: add the name of the file to write.</source>
        <translation>This is a folder: add the name of the file to write.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>The last day comes before the first: choose the days again.</source>
        <translation>The last day comes before the first: choose the days again.</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Writing the calendar…</translation>
    </message>
    <message>
        <source>No planned intervention in these days: {path} holds no event.</source>
        <translation>No planned intervention in these days: {path} holds no event.</translation>
    </message>
    <message>
        <source>1 intervention was written to {path}.</source>
        <translation>1 intervention was written to {path}.</translation>
    </message>
    <message>
        <source>{count} interventions were written to {path}.</source>
        <translation>{count} interventions were written to {path}.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <source>The calendar could not be written. The details were written to the log file.</source>
        <translation>The calendar could not be written. The details were written to the log file.</translation>
    </message>
</context>
<context>
    <name>CallListDialog</name>
    <message>
        <source>Call list: {name}</source>
        <extracomment>A call was logged: the person's id and the outcome key.</extracomment>
        <translation>Call list: {name}</translation>
    </message>
    <message>
        <source>Calls of {caller}</source>
        <translation>Calls of {caller}</translation>
    </message>
    <message>
        <source>Call list</source>
        <translation>Call list</translation>
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
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>— how did it go? —</source>
        <translation>— how did it go? —</translation>
    </message>
    <message>
        <source>What was said (goes to the history)</source>
        <translation>What was said (goes to the history)</translation>
    </message>
    <message>
        <source>Open a lead for them</source>
        <translation>Open a lead for them</translation>
    </message>
    <message>
        <source>An interested person becomes a lead for a seller to follow up</source>
        <translation>An interested person becomes a lead for a seller to follow up</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Log the call</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>{n} to call, {done} done</source>
        <translation>{n} to call, {done} done</translation>
    </message>
    <message>
        <source>Nobody to call</source>
        <translation>Nobody to call</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Campaign</source>
        <extracomment>The period choices of the filter, in menu order.</extracomment>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Targeted</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Segment: {name}</source>
        <translation>Segment: {name}</translation>
    </message>
</context>
<context>
    <name>CampaignMembersPanel</name>
    <message>
        <source>Build the list</source>
        <extracomment>Open a record made from a reply ("lead", "task", "opportunity") or the person. The list was built (the page moves the campaign to running and refreshes).</extracomment>
        <translation>Build the list</translation>
    </message>
    <message>
        <source>Take the people of the segment now, and check each one's consent and address on every channel (again: only newcomers are added)</source>
        <translation>Take the people of the segment now, and check each one's consent and address on every channel (again: only newcomers are added)</translation>
    </message>
    <message>
        <source>Find a member by name, company or e-mail</source>
        <translation>Find a member by name, company or e-mail</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Record a reply…</source>
        <translation>Record a reply…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Unsubscribe…</translation>
    </message>
    <message>
        <source>{n} members</source>
        <translation>{n} members</translation>
    </message>
    <message>
        <source>1 member</source>
        <translation>1 member</translation>
    </message>
    <message>
        <source>Save the campaign first, then build its list from the segment.</source>
        <translation>Save the campaign first, then build its list from the segment.</translation>
    </message>
    <message>
        <source>No member matches.</source>
        <translation>No member matches.</translation>
    </message>
    <message>
        <source>No member yet: choose a segment on the Setup tab, then build the list.</source>
        <translation>No member yet: choose a segment on the Setup tab, then build the list.</translation>
    </message>
    <message>
        <source>Nobody is on the list yet.</source>
        <translation>Nobody is on the list yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} people targeted&lt;/b&gt;</source>
        <translation>&lt;b&gt;{n} people targeted&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{channel}: {reached} reached, {left} left out</source>
        <translation>{channel}: {reached} reached, {left} left out</translation>
    </message>
    <message>
        <source>Open the person</source>
        <translation>Open the person</translation>
    </message>
</context>
<context>
    <name>CampaignResultsPanel</name>
    <message>
        <source>Campaign results</source>
        <extracomment>Tables whose changes can move a campaign's figures.</extracomment>
        <translation>Campaign results</translation>
    </message>
    <message>
        <source>campaign-results</source>
        <translation>campaign-results</translation>
    </message>
    <message>
        <source>Campaigns compared</source>
        <translation>Campaigns compared</translation>
    </message>
    <message>
        <source>campaigns-compared</source>
        <translation>campaigns-compared</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <source>The campaign's results with charts, to preview, save or print</source>
        <translation>The campaign's results with charts, to preview, save or print</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Targeted</translation>
    </message>
    <message>
        <source>Left out (no consent or address)</source>
        <translation>Left out (no consent or address)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>Customers who bought</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Cost per reply</source>
        <translation>Cost per reply</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Return on investment</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>To send</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Return on investment = (margin of the sales the campaign brought − its cost) ÷ its cost. A sale counts when it is linked to the campaign.</source>
        <translation>Return on investment = (margin of the sales the campaign brought − its cost) ÷ its cost. A sale counts when it is linked to the campaign.</translation>
    </message>
    <message>
        <source>Save the campaign and build its list: its results appear here.</source>
        <translation>Save the campaign and build its list: its results appear here.</translation>
    </message>
    <message>
        <source>1 sale brought by the campaign</source>
        <translation>1 sale brought by the campaign</translation>
    </message>
    <message>
        <source>{n} sales brought by the campaign</source>
        <translation>{n} sales brought by the campaign</translation>
    </message>
    <message>
        <source>{rate} of the people reached replied</source>
        <translation>{rate} of the people reached replied</translation>
    </message>
    <message>
        <source>add the campaign's costs on the Setup tab to see its return</source>
        <translation>add the campaign's costs on the Setup tab to see its return</translation>
    </message>
</context>
<context>
    <name>CampaignWindow</name>
    <message>
        <source>Setup</source>
        <translation>Setup</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Cancel the campaign</source>
        <translation>Cancel the campaign</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>New campaign…</source>
        <extracomment>Open a record: ("campaign", id), or ("campaign", "") for a new campaign.</extracomment>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>The last 12 months</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>From… to…</source>
        <translation>From… to…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <source>A report comparing the campaigns of the period, to print</source>
        <translation>A report comparing the campaigns of the period, to print</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>1 campaign</source>
        <translation>1 campaign</translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation>{n} campaigns</translation>
    </message>
    <message>
        <source>No campaign in this period.</source>
        <translation>No campaign in this period.</translation>
    </message>
    <message>
        <source>No campaign yet: “New campaign…” prepares one.</source>
        <translation>No campaign yet: “New campaign…” prepares one.</translation>
    </message>
</context>
<context>
    <name>CheckListField</name>
    <message>
        <source>Search</source>
        <extracomment>Quiet time after the last edit before counting. Criteria offered as check boxes (short, fixed lists) and as checkable lists (values in use). Where each criterion is shown. From this many values on, a search line narrows the list (cities, tags of a large database).</extracomment>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <source>Pick a colour</source>
        <translation>Pick a colour</translation>
    </message>
    <message>
        <source>Colour on the planning board</source>
        <translation>Colour on the planning board</translation>
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
        <source>The companies your interventions concern show here.</source>
        <translation>The companies your interventions concern show here.</translation>
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
        <extracomment>The company's id, when the user asks to add a person to it. A new ticket for this company: ("" for no person, company id). A new intervention for this company: its initial values (company_id).</extracomment>
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
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
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
        <extracomment>Changes that never alter a person's timeline. Changes that may alter the person's tickets tab. Changes that may alter the person's support contract.</extracomment>
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
        <extracomment>Stored UTC times, shown in the shop's time zone; and plain dates. Columns holding the id of another record: (its table, the column that names it). Rows that belong to an intervention: their conflicts are named after it. Field-service tables whose records ConflictTexts.field_record names. Choices whose keys depend on the table: (table, column) -&gt; core's labels.</extracomment>
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
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Home base</source>
        <translation>Home base</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Spare part</source>
        <translation>Spare part</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Restock to</source>
        <translation>Restock to</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Maintenance plan</source>
        <translation>Maintenance plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Contact on site</source>
        <translation>Contact on site</translation>
    </message>
    <message>
        <source>Phone on site</source>
        <translation>Phone on site</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>Follow-up note</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>Type of job</source>
        <translation>Type of job</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Cost line</source>
        <translation>Cost line</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Van of</source>
        <translation>Van of</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
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
    <message>
        <source>Time on site</source>
        <translation>Time on site</translation>
    </message>
    <message>
        <source>{n} km</source>
        <translation>{n} km</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
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
    <name>ConsentHistoryDialog</name>
    <message>
        <source>Consent history of {name}</source>
        <translation>Consent history of {name}</translation>
    </message>
    <message>
        <source>No consent was ever recorded for this person.</source>
        <translation>No consent was ever recorded for this person.</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Proof</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Edit the contract</source>
        <translation>Edit the contract</translation>
    </message>
    <message>
        <source>New support contract</source>
        <translation>New support contract</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>Support level</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>No support levels are defined yet: an administrator adds them in Settings.</source>
        <translation>No support levels are defined yet: an administrator adds them in Settings.</translation>
    </message>
</context>
<context>
    <name>ContractsPanel</name>
    <message>
        <source>Add contract…</source>
        <translation>Add contract…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>End today</source>
        <translation>End today</translation>
    </message>
    <message>
        <source>The contract stops covering the customer after today</source>
        <translation>The contract stops covering the customer after today</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>starts later</source>
        <translation>starts later</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <source>Save the record first to give it a support contract.</source>
        <translation>Save the record first to give it a support contract.</translation>
    </message>
    <message>
        <source>No valid support contract today (the last one, {level}, ended {day}).</source>
        <translation>No valid support contract today (the last one, {level}, ended {day}).</translation>
    </message>
    <message>
        <source>No support contract.</source>
        <translation>No support contract.</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>until {day}</translation>
    </message>
    <message>
        <source>with no end date</source>
        <translation>with no end date</translation>
    </message>
    <message>
        <source>, {hours} of support included a year</source>
        <translation>, {hours} of support included a year</translation>
    </message>
    <message>
        <source>&lt;b&gt;{level}&lt;/b&gt; support, valid {until}{included}.</source>
        <translation>&lt;b&gt;{level}&lt;/b&gt; support, valid {until}{included}.</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <source>Reply to customer</source>
        <extracomment>(background, border/heading colour) of each kind of message. Composer choices: (key, direction given to core). A message or note was added (its event id).</extracomment>
        <translation>Reply to customer</translation>
    </message>
    <message>
        <source>Customer wrote</source>
        <translation>Customer wrote</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>A message sent to the customer (stops the first-response clock)</source>
        <translation>A message sent to the customer (stops the first-response clock)</translation>
    </message>
    <message>
        <source>What the customer said or wrote (wakes a ticket waiting on them)</source>
        <translation>What the customer said or wrote (wakes a ticket waiting on them)</translation>
    </message>
    <message>
        <source>Only for the team; the customer never sees it</source>
        <translation>Only for the team; the customer never sees it</translation>
    </message>
    <message>
        <source>Write here…</source>
        <translation>Write here…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Send (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the ticket to start its conversation.</source>
        <translation>Save the ticket to start its conversation.</translation>
    </message>
    <message>
        <source>Ticket opened by {name} · {channel}</source>
        <translation>Ticket opened by {name} · {channel}</translation>
    </message>
    <message>
        <source>No messages yet. Reply to the customer or note what you did below.</source>
        <translation>No messages yet. Reply to the customer or note what you did below.</translation>
    </message>
    <message>
        <source>logged by {name}</source>
        <translation>logged by {name}</translation>
    </message>
    <message>
        <source>{name}: status {old} → {new}</source>
        <translation>{name}: status {old} → {new}</translation>
    </message>
    <message>
        <source>{name} assigned the ticket to {user}</source>
        <translation>{name} assigned the ticket to {user}</translation>
    </message>
    <message>
        <source>{name} unassigned the ticket</source>
        <translation>{name} unassigned the ticket</translation>
    </message>
    <message>
        <source>{name} proposed a solution: {title}</source>
        <translation>{name} proposed a solution: {title}</translation>
    </message>
    <message>
        <source>{name} logged {time} ({billing})</source>
        <translation>{name} logged {time} ({billing})</translation>
    </message>
    <message>
        <source>{name} recorded {kind}</source>
        <translation>{name} recorded {kind}</translation>
    </message>
    <message>
        <source>{name} recorded {kind}: {amount}</source>
        <translation>{name} recorded {kind}: {amount}</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Add a cost</source>
        <translation>Add a cost</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>e.g. Printing</source>
        <translation>e.g. Printing</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>CostsBox</name>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Add a cost…</source>
        <translation>Add a cost…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Save the campaign first, then add what it costs.</source>
        <translation>Save the campaign first, then add what it costs.</translation>
    </message>
    <message>
        <source>Spent {total} of a budget of {budget}</source>
        <translation>Spent {total} of a budget of {budget}</translation>
    </message>
    <message>
        <source>Spent {total}</source>
        <translation>Spent {total}</translation>
    </message>
</context>
<context>
    <name>CostsPanel</name>
    <message>
        <source>Timer</source>
        <extracomment>The inline forms, in the order of their buttons. The columns of the costs table that hold money (cost, price): left empty and hidden for who may not see them. Something was recorded (time, a cost, the timer stopped). Money figures: a ticket's totals count every technician's work, so no intervention of one's own.</extracomment>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Count the time spent on this ticket</source>
        <translation>Count the time spent on this ticket</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the timer and log the time it measured</source>
        <translation>Stop the timer and log the time it measured</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Add time</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Add part</translation>
    </message>
    <message>
        <source>Add travel</source>
        <translation>Add travel</translation>
    </message>
    <message>
        <source>Add expense</source>
        <translation>Add expense</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <source>Part or material</source>
        <translation>Part or material</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Other expense</source>
        <translation>Other expense</translation>
    </message>
    <message>
        <source>&lt;b&gt;Time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Time&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Delete the time entry…</source>
        <translation>Delete the time entry…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parts, travel and expenses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Parts, travel and expenses&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Delete the cost line…</source>
        <translation>Delete the cost line…</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Cost to the business</source>
        <translation>Cost to the business</translation>
    </message>
    <message>
        <source>Billable to the customer</source>
        <translation>Billable to the customer</translation>
    </message>
    <message>
        <source>Covered by the contract</source>
        <translation>Covered by the contract</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Automatic: covered while the contract's hours last, otherwise billable</source>
        <translation>Automatic: covered while the contract's hours last, otherwise billable</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Expansion vessel 8 l</source>
        <translation>Expansion vessel 8 l</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
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
        <translation>Travel time</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Price to the customer</source>
        <translation>Price to the customer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Move the chosen line to the trash; it can be restored from there</source>
        <translation>Move the chosen line to the trash; it can be restored from there</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <source>Delete the line</source>
        <translation>Delete the line</translation>
    </message>
    <message>
        <source>Move this line to the trash? It can be restored from there.</source>
        <translation>Move this line to the trash? It can be restored from there.</translation>
    </message>
    <message>
        <source>The ticket is closed: reopen it to record time or costs.</source>
        <translation>The ticket is closed: reopen it to record time or costs.</translation>
    </message>
    <message>
        <source>Your timer is running on another ticket: Start logs that time and counts here instead.</source>
        <translation>Your timer is running on another ticket: Start logs that time and counts here instead.</translation>
    </message>
    <message>
        <source>Save the ticket first.</source>
        <translation>Save the ticket first.</translation>
    </message>
</context>
<context>
    <name>CustomerInterventionsPanel</name>
    <message>
        <source>New intervention</source>
        <extracomment>The id of the intervention to open (double-click or Enter). Initial values of a new intervention to open (person_id, company_id, ticket_id, subject, kind).</extracomment>
        <translation>New intervention</translation>
    </message>
    <message>
        <source>Plan a visit on site for this customer</source>
        <translation>Plan a visit on site for this customer</translation>
    </message>
    <message>
        <source>Save the record first to plan interventions for it.</source>
        <translation>Save the record first to plan interventions for it.</translation>
    </message>
    <message>
        <source>The latest {n} are shown.</source>
        <translation>The latest {n} are shown.</translation>
    </message>
    <message>
        <source>No interventions yet.</source>
        <translation>No interventions yet.</translation>
    </message>
</context>
<context>
    <name>CustomerListDialog</name>
    <message>
        <source>1 customer; revenue and contribution for {period}.</source>
        <extracomment>A customer was chosen: "company" or "person", and the record's id. The rows are shown (after the worker thread) — or the error line is.</extracomment>
        <translation>1 customer; revenue and contribution for {period}.</translation>
    </message>
    <message>
        <source>{n} customers; revenue and contribution for {period}.</source>
        <translation>{n} customers; revenue and contribution for {period}.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Double-click a customer to open their page.</source>
        <translation>Double-click a customer to open their page.</translation>
    </message>
    <message>
        <source>The customers could not be listed. The details were written to the log file.</source>
        <translation>The customers could not be listed. The details were written to the log file.</translation>
    </message>
</context>
<context>
    <name>CustomerRowsModel</name>
    <message>
        <source>Customer</source>
        <extracomment>Up to this many keys each customer is valued alone; beyond, every customer of the period is valued at once.</extracomment>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>CustomerSalesPanel</name>
    <message>
        <source>New sale…</source>
        <translation>New sale…</translation>
    </message>
    <message>
        <source>Record what this customer bought</source>
        <translation>Record what this customer bought</translation>
    </message>
    <message>
        <source>Revenue to date {revenue} · {n} sales</source>
        <translation>Revenue to date {revenue} · {n} sales</translation>
    </message>
    <message>
        <source>Revenue to date {revenue} · margin {margin} ({percent} %) · {n} sales</source>
        <translation>Revenue to date {revenue} · margin {margin} ({percent} %) · {n} sales</translation>
    </message>
    <message>
        <source>No sales yet.</source>
        <translation>No sales yet.</translation>
    </message>
    <message>
        <source>Save the record first to record sales for it.</source>
        <translation>Save the record first to record sales for it.</translation>
    </message>
    <message>
        <source>Sales ({n})</source>
        <translation>Sales ({n})</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
</context>
<context>
    <name>CustomerTasksPanel</name>
    <message>
        <source>New task…</source>
        <extracomment>Changes that may alter the list.</extracomment>
        <translation>New task…</translation>
    </message>
    <message>
        <source>No follow-up planned with this customer.</source>
        <translation>No follow-up planned with this customer.</translation>
    </message>
    <message>
        <source>Tasks ({n})</source>
        <translation>Tasks ({n})</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
</context>
<context>
    <name>CustomerTicketsPanel</name>
    <message>
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <source>Log a problem for this customer</source>
        <translation>Log a problem for this customer</translation>
    </message>
    <message>
        <source>Save the record first to log its tickets.</source>
        <translation>Save the record first to log its tickets.</translation>
    </message>
    <message>
        <source>No tickets yet.</source>
        <translation>No tickets yet.</translation>
    </message>
</context>
<context>
    <name>DashboardChart</name>
    <message>
        <source>thousand {currency}</source>
        <extracomment>One colour per RFM tier: good tiers green/blue, warning amber, lost red, occasional grey. The lifecycle groups in the order drawn, with their colours.</extracomment>
        <translation>thousand {currency}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Updating the figures…</source>
        <extracomment>Tables whose changes move a dashboard figure (a refresh waits until the view is shown). Tiles in display order: key -&gt; object name. Finds the customers behind an element: their keys, or their keys and why each is listed. Open a customer's page: "company" or "person", and the id. New figures are on screen (after each computation). A list of customers behind a chart element was opened (the CustomerListDialog).</extracomment>
        <translation>Updating the figures…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Cost to serve</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Customers at risk</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Retention rate</translation>
    </message>
    <message>
        <source>Speed to lead (median)</source>
        <translation>Speed to lead (median)</translation>
    </message>
    <message>
        <source>SLA response on time</source>
        <translation>SLA response on time</translation>
    </message>
    <message>
        <source>Support time vs contracts</source>
        <translation>Support time vs contracts</translation>
    </message>
    <message>
        <source>Campaign return</source>
        <translation>Campaign return</translation>
    </message>
    <message>
        <source>List the customers at risk and why</source>
        <translation>List the customers at risk and why</translation>
    </message>
    <message>
        <source>Top customers by contribution</source>
        <translation>Top customers by contribution</translation>
    </message>
    <message>
        <source>Bottom customers by contribution</source>
        <translation>Bottom customers by contribution</translation>
    </message>
    <message>
        <source>Click a month, a tier, a group or a customer to list the customers behind it.</source>
        <translation>Click a month, a tier, a group or a customer to list the customers behind it.</translation>
    </message>
    <message>
        <source>The figures could not be computed. The details were written to the log file.</source>
        <translation>The figures could not be computed. The details were written to the log file.</translation>
    </message>
    <message>
        <source>From {period}, compared with {previous}</source>
        <translation>From {period}, compared with {previous}</translation>
    </message>
    <message>
        <source>From {period}</source>
        <translation>From {period}</translation>
    </message>
    <message>
        <source>{change} vs previous period ({before})</source>
        <translation>{change} vs previous period ({before})</translation>
    </message>
    <message>
        <source>Previous period: {before}</source>
        <translation>Previous period: {before}</translation>
    </message>
    <message>
        <source>with a risk flag today</source>
        <translation>with a risk flag today</translation>
    </message>
    <message>
        <source>{kept} of {active} kept, {lost} lost</source>
        <translation>{kept} of {active} kept, {lost} lost</translation>
    </message>
    <message>
        <source>No lead answered in this period</source>
        <translation>No lead answered in this period</translation>
    </message>
    <message>
        <source>{share} answered within target</source>
        <translation>{share} answered within target</translation>
    </message>
    <message>
        <source>No ticket judged in this period</source>
        <translation>No ticket judged in this period</translation>
    </message>
    <message>
        <source>Resolution on time: {share}</source>
        <translation>Resolution on time: {share}</translation>
    </message>
    <message>
        <source>Included in contracts: {time}</source>
        <translation>Included in contracts: {time}</translation>
    </message>
    <message>
        <source>No campaign cost in this period</source>
        <translation>No campaign cost in this period</translation>
    </message>
    <message>
        <source>Margin {margin} for a cost of {cost}</source>
        <translation>Margin {margin} for a cost of {cost}</translation>
    </message>
    <message>
        <source>Tier: {tier}</source>
        <translation>Tier: {tier}</translation>
    </message>
    <message>
        <source>Customers acquired in the period</source>
        <translation>Customers acquired in the period</translation>
    </message>
    <message>
        <source>Customers who grew in the period</source>
        <translation>Customers who grew in the period</translation>
    </message>
    <message>
        <source>Customers retained in the period</source>
        <translation>Customers retained in the period</translation>
    </message>
    <message>
        <source>Customers lost in the period (their figures of the 12 months before)</source>
        <translation>Customers lost in the period (their figures of the 12 months before)</translation>
    </message>
    <message>
        <source>Customers billed from {period}</source>
        <translation>Customers billed from {period}</translation>
    </message>
    <message>
        <source>Finding the customers…</source>
        <translation>Finding the customers…</translation>
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
    <name>DayCard</name>
    <message>
        <source>No customer</source>
        <extracomment>Changes that may alter what the day shows. Lines of the customer's history on a card. Entries read beyond those lines, for the jobs planned ahead that are left out.</extracomment>
        <translation>No customer</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>No address</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <source>&lt;b&gt;On site:&lt;/b&gt; {contact}</source>
        <translation>&lt;b&gt;On site:&lt;/b&gt; {contact}</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>nobody named</translation>
    </message>
    <message>
        <source>&lt;b&gt;With:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;With:&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Instructions:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Instructions:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>On the way</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>&lt;b&gt;To bring:&lt;/b&gt; nothing listed</source>
        <translation>&lt;b&gt;To bring:&lt;/b&gt; nothing listed</translation>
    </message>
    <message>
        <source>in the van ({n})</source>
        <translation>in the van ({n})</translation>
    </message>
    <message>
        <source>only {n} in the van</source>
        <translation>only {n} in the van</translation>
    </message>
    <message>
        <source>&lt;b&gt;To bring:&lt;/b&gt;</source>
        <translation>&lt;b&gt;To bring:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open tickets:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Open tickets:&lt;/b&gt; none</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open tickets:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Open tickets:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lately:&lt;/b&gt; nothing recorded</source>
        <translation>&lt;b&gt;Lately:&lt;/b&gt; nothing recorded</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lately:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lately:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Copied ✓</translation>
    </message>
</context>
<context>
    <name>DaySheetDialog</name>
    <message>
        <source>Day sheet</source>
        <extracomment>The sheet was built and its preview closed (the technician's id and the ISO day).</extracomment>
        <translation>Day sheet</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>The technician's jobs of the day in order, with addresses, contacts and the parts to load in the van.</source>
        <translation>The technician's jobs of the day in order, with addresses, contacts and the parts to load in the van.</translation>
    </message>
    <message>
        <source>There is no technician yet: give a user the technician role first.</source>
        <translation>There is no technician yet: give a user the technician role first.</translation>
    </message>
</context>
<context>
    <name>DecisionField</name>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
</context>
<context>
    <name>DisqualifyDialog</name>
    <message>
        <source>Disqualify the lead</source>
        <translation>Disqualify the lead</translation>
    </message>
    <message>
        <source>e.g. No budget, bought elsewhere, not reachable</source>
        <translation>e.g. No budget, bought elsewhere, not reachable</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualify</translation>
    </message>
</context>
<context>
    <name>DueField</name>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 hour</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Tomorrow 9:00</translation>
    </message>
    <message>
        <source>Next Monday</source>
        <translation>Next Monday</translation>
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
    <name>EmailJob</name>
    <message>
        <source>Campaign e-mails are sent from a database file, not from memory.</source>
        <extracomment>How often a paced wait looks whether Cancel was pressed. The EmailRunReport of the run (also after Cancel, or when the server stopped it). The run could not start or broke: the text for the user. After done or failed, always.</extracomment>
        <translation>Campaign e-mails are sent from a database file, not from memory.</translation>
    </message>
    <message>
        <source>Campaign e-mails</source>
        <translation>Campaign e-mails</translation>
    </message>
    <message>
        <source>Sending the campaign's e-mails…</source>
        <translation>Sending the campaign's e-mails…</translation>
    </message>
    <message>
        <source>Sending the campaign's e-mails: {done} of {total}…</source>
        <translation>Sending the campaign's e-mails: {done} of {total}…</translation>
    </message>
    <message>
        <source>Sending stopped because of an unexpected error; what was sent is recorded.</source>
        <translation>Sending stopped because of an unexpected error; what was sent is recorded.</translation>
    </message>
    <message>
        <source>{sent} e-mails sent.</source>
        <translation>{sent} e-mails sent.</translation>
    </message>
    <message>
        <source>{n} addresses refused them for good.</source>
        <translation>{n} addresses refused them for good.</translation>
    </message>
    <message>
        <source>{n} could not be delivered now; retry them later.</source>
        <translation>{n} could not be delivered now; retry them later.</translation>
    </message>
    <message>
        <source>{n} were left out meanwhile (unsubscribed, or sent from another computer).</source>
        <translation>{n} were left out meanwhile (unsubscribed, or sent from another computer).</translation>
    </message>
    <message>
        <source>{n} e-mails stay to send: send again to finish.</source>
        <translation>{n} e-mails stay to send: send again to finish.</translation>
    </message>
    <message>
        <source>There was no e-mail left to send.</source>
        <translation>There was no e-mail left to send.</translation>
    </message>
</context>
<context>
    <name>EncryptionPage</name>
    <message>
        <source>Sync files and backups</source>
        <extracomment>Something was written (passphrase set or entered, encryption turned on or off). The database file was converted: True encrypted now, False plain.</extracomment>
        <translation>Sync files and backups</translation>
    </message>
    <message>
        <source>With a passphrase set once for the business, the files that leave this computer (sync files in the shared folder, backups) are encrypted: a lost USB stick or a copied folder shows nothing. Each computer asks for the passphrase once and keeps the key; the passphrase itself is stored nowhere.</source>
        <translation>With a passphrase set once for the business, the files that leave this computer (sync files in the shared folder, backups) are encrypted: a lost USB stick or a copied folder shows nothing. Each computer asks for the passphrase once and keeps the key; the passphrase itself is stored nowhere.</translation>
    </message>
    <message>
        <source>Set the business passphrase</source>
        <translation>Set the business passphrase</translation>
    </message>
    <message>
        <source>Write it down and keep it safe: without it, encrypted backups cannot be restored. It cannot be changed later.</source>
        <translation>Write it down and keep it safe: without it, encrypted backups cannot be restored. It cannot be changed later.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>Set the passphrase and encrypt</source>
        <translation>Set the passphrase and encrypt</translation>
    </message>
    <message>
        <source>Enter the passphrase on this computer</source>
        <translation>Enter the passphrase on this computer</translation>
    </message>
    <message>
        <source>Use on this computer</source>
        <translation>Use on this computer</translation>
    </message>
    <message>
        <source>Encrypt sync files and backups</source>
        <translation>Encrypt sync files and backups</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Encrypt the database file on this computer (SQLCipher)</source>
        <translation>Encrypt the database file on this computer (SQLCipher)</translation>
    </message>
    <message>
        <source>No business passphrase is set: sync files and backups are not encrypted.</source>
        <translation>No business passphrase is set: sync files and backups are not encrypted.</translation>
    </message>
    <message>
        <source>The sync folder's files are encrypted: enter the business passphrase to read them.</source>
        <translation>The sync folder's files are encrypted: enter the business passphrase to read them.</translation>
    </message>
    <message>
        <source>Sync files and backups are encrypted.</source>
        <translation>Sync files and backups are encrypted.</translation>
    </message>
    <message>
        <source>A business passphrase is set, but sync files and backups are not encrypted now.</source>
        <translation>A business passphrase is set, but sync files and backups are not encrypted now.</translation>
    </message>
    <message>
        <source>This computer knows the passphrase.</source>
        <translation>This computer knows the passphrase.</translation>
    </message>
    <message>
        <source>This computer does not know the passphrase yet.</source>
        <translation>This computer does not know the passphrase yet.</translation>
    </message>
    <message>
        <source>This database is kept in memory only: there is no file to encrypt.</source>
        <translation>This database is kept in memory only: there is no file to encrypt.</translation>
    </message>
    <message>
        <source>Set the business passphrase (or enter it on this computer) first: the database key is derived from it.</source>
        <translation>Set the business passphrase (or enter it on this computer) first: the database key is derived from it.</translation>
    </message>
    <message>
        <source>Only this computer's copy is concerned: each computer chooses for its own file. The backups of an encrypted database are always encrypted too.</source>
        <translation>Only this computer's copy is concerned: each computer chooses for its own file. The backups of an encrypted database are always encrypted too.</translation>
    </message>
    <message>
        <source>Encrypting the database file…</source>
        <translation>Encrypting the database file…</translation>
    </message>
    <message>
        <source>Decrypting the database file…</source>
        <translation>Decrypting the database file…</translation>
    </message>
    <message>
        <source>The database file is now encrypted.</source>
        <translation>The database file is now encrypted.</translation>
    </message>
    <message>
        <source>The database file is no longer encrypted.</source>
        <translation>The database file is no longer encrypted.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name}</source>
        <extracomment>The person was erased (their id).</extracomment>
        <translation>Erase {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; The name of {name} becomes "Erased person" everywhere; their e-mail addresses, phones, address, birthday, notes and custom fields are cleared, the texts of their history, ticket messages and campaign replies are replaced and their files are deleted, on every machine after the next sync.&lt;br&gt;&lt;br&gt;Sales, costs and counts stay, so the figures do not change.</source>
        <translation>&lt;b&gt;This cannot be undone.&lt;/b&gt; The name of {name} becomes "Erased person" everywhere; their e-mail addresses, phones, address, birthday, notes and custom fields are cleared, the texts of their history, ticket messages and campaign replies are replaced and their files are deleted, on every machine after the next sync.&lt;br&gt;&lt;br&gt;Sales, costs and counts stay, so the figures do not change.</translation>
    </message>
    <message>
        <source>e.g. asked by e-mail on 2 March</source>
        <translation>e.g. asked by e-mail on 2 March</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Type "{name}" to confirm</source>
        <translation>Type "{name}" to confirm</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export the data of {name}</source>
        <extracomment>Both files are written: (json path, pdf path).</extracomment>
        <translation>Export the data of {name}</translation>
    </message>
    <message>
        <source>Everything held about {name} is written to the folder as a JSON file (complete, for another system) and a PDF to read. The export is recorded in the audit trail.</source>
        <translation>Everything held about {name} is written to the folder as a JSON file (complete, for another system) and a PDF to read. The export is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Choose the folder to write the files to.</source>
        <translation>Choose the folder to write the files to.</translation>
    </message>
    <message>
        <source>Exporting personal data</source>
        <translation>Exporting personal data</translation>
    </message>
    <message>
        <source>Writing the files…</source>
        <translation>Writing the files…</translation>
    </message>
    <message>
        <source>The files could not be written: {reason}</source>
        <translation>The files could not be written: {reason}</translation>
    </message>
    <message>
        <source>Written:
{json}
{pdf}</source>
        <translation>Written:
{json}
{pdf}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FieldReports</name>
    <message>
        <source>Creating the document…</source>
        <translation>Creating the document…</translation>
    </message>
    <message>
        <source>Work order {number}</source>
        <translation>Work order {number}</translation>
    </message>
    <message>
        <source>Day sheet of {name}</source>
        <translation>Day sheet of {name}</translation>
    </message>
    <message>
        <source>day-sheet</source>
        <translation>day-sheet</translation>
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
    <name>FollowUpField</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>GlancePanel</name>
    <message>
        <source>Customer at a glance</source>
        <translation>Customer at a glance</translation>
    </message>
    <message>
        <source>Choose the customer to see their contract and history.</source>
        <translation>Choose the customer to see their contract and history.</translation>
    </message>
    <message>
        <source>valid until {day}</source>
        <translation>valid until {day}</translation>
    </message>
    <message>
        <source>valid, no end date</source>
        <translation>valid, no end date</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support level:&lt;/b&gt; {level}, {until}</source>
        <translation>&lt;b&gt;Support level:&lt;/b&gt; {level}, {until}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support level:&lt;/b&gt; none valid today ({level} expired)</source>
        <translation>&lt;b&gt;Support level:&lt;/b&gt; none valid today ({level} expired)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support level:&lt;/b&gt; no contract</source>
        <translation>&lt;b&gt;Support level:&lt;/b&gt; no contract</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support this year:&lt;/b&gt; {used} of {included} included</source>
        <translation>&lt;b&gt;Support this year:&lt;/b&gt; {used} of {included} included</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support this year:&lt;/b&gt; {used}</source>
        <translation>&lt;b&gt;Support this year:&lt;/b&gt; {used}</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other open tickets:&lt;/b&gt; {tickets}</source>
        <translation>&lt;b&gt;Other open tickets:&lt;/b&gt; {tickets}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Other open tickets:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Other open tickets:&lt;/b&gt; none</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revenue to date:&lt;/b&gt; {amount}</source>
        <translation>&lt;b&gt;Revenue to date:&lt;/b&gt; {amount}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last visits:&lt;/b&gt; {visits}</source>
        <translation>&lt;b&gt;Last visits:&lt;/b&gt; {visits}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last visits:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Last visits:&lt;/b&gt; none</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next intervention:&lt;/b&gt; {intervention}</source>
        <translation>&lt;b&gt;Next intervention:&lt;/b&gt; {intervention}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last interventions:&lt;/b&gt; {interventions}</source>
        <translation>&lt;b&gt;Last interventions:&lt;/b&gt; {interventions}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interventions:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Interventions:&lt;/b&gt; none</translation>
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
    <name>InterventionDetailView</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
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
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>The job</source>
        <translation>The job</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>What is to be done?</source>
        <translation>What is to be done?</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>electrical, network…</source>
        <translation>electrical, network…</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>The customer's address if empty</source>
        <translation>The customer's address if empty</translation>
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
        <source>Contact on site</source>
        <translation>Contact on site</translation>
    </message>
    <message>
        <source>Phone on site</source>
        <translation>Phone on site</translation>
    </message>
    <message>
        <source>When and who</source>
        <translation>When and who</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>Choose the technicians and the time, with their availability</source>
        <translation>Choose the technicians and the time, with their availability</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Parts to bring</source>
        <translation>Parts to bring</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>On the way</translation>
    </message>
    <message>
        <source>Finish the job</source>
        <translation>Finish the job</translation>
    </message>
    <message>
        <source>Back to planned</source>
        <translation>Back to planned</translation>
    </message>
    <message>
        <source>Back to the jobs to plan</source>
        <translation>Back to the jobs to plan</translation>
    </message>
    <message>
        <source>Cancel the job…</source>
        <translation>Cancel the job…</translation>
    </message>
    <message>
        <source>Tell the office you are driving to the customer</source>
        <translation>Tell the office you are driving to the customer</translation>
    </message>
    <message>
        <source>You arrived: the arrival time is noted</source>
        <translation>You arrived: the arrival time is noted</translation>
    </message>
    <message>
        <source>Save the report and close the job</source>
        <translation>Save the report and close the job</translation>
    </message>
    <message>
        <source>The job will not be done</source>
        <translation>The job will not be done</translation>
    </message>
    <message>
        <source>Work order…</source>
        <translation>Work order…</translation>
    </message>
    <message>
        <source>The printable work order (preview, PDF, print)</source>
        <translation>The printable work order (preview, PDF, print)</translation>
    </message>
    <message>
        <source>Reopen the job</source>
        <translation>Reopen the job</translation>
    </message>
    <message>
        <source>Not planned yet.</source>
        <translation>Not planned yet.</translation>
    </message>
    <message>
        <source>no technician yet</source>
        <translation>no technician yet</translation>
    </message>
    <message>
        <source>not planned yet</source>
        <translation>not planned yet</translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation>New intervention</translation>
    </message>
    <message>
        <source>For whom, and what is the job?</source>
        <translation>For whom, and what is the job?</translation>
    </message>
    <message>
        <source>due by {day}</source>
        <translation>due by {day}</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Cancel the job</translation>
    </message>
    <message>
        <source>Cancel {number}? It leaves the planning; it can be planned again later.</source>
        <translation>Cancel {number}? It leaves the planning; it can be planned again later.</translation>
    </message>
</context>
<context>
    <name>InterventionFormat</name>
    <message>
        <source>due {day}</source>
        <extracomment>Background and text colours of an intervention's status badge. The smallest height of a button a finger presses.</extracomment>
        <translation>due {day}</translation>
    </message>
    <message>
        <source>Today {hours}</source>
        <translation>Today {hours}</translation>
    </message>
</context>
<context>
    <name>InterventionListModel</name>
    <message>
        <source>Number</source>
        <extracomment>Text colour of a status in the lists (others in the normal colour). Room added to each column fitted to its content. Columns that share the width left by the others. Tables whose changes may alter what these panels show.</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
</context>
<context>
    <name>InterventionModel</name>
    <message>
        <source>Today {time}</source>
        <extracomment>Tables whose changes can move an intervention between queues or change what a row shows. Initial widths (in average characters) per column key. How often the view checks whether the shop's day changed ("Today" moves at midnight).</extracomment>
        <translation>Today {time}</translation>
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation>Tomorrow {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Yesterday {time}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>due {day}</translation>
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
        <translation>New intervention</translation>
    </message>
    <message>
        <source>A job to do on site, to plan now or later</source>
        <translation>A job to do on site, to plan now or later</translation>
    </message>
    <message>
        <source>Search: number, subject, instructions, work done, city…</source>
        <translation>Search: number, subject, instructions, work done, city…</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>All technicians</translation>
    </message>
    <message>
        <source>Interventions of this technician</source>
        <translation>Interventions of this technician</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>{queue} ({n})</source>
        <translation>{queue} ({n})</translation>
    </message>
    <message>
        <source>Interventions: {count}</source>
        <translation>Interventions: {count}</translation>
    </message>
    <message>
        <source>No intervention matches these filters.</source>
        <translation>No intervention matches these filters.</translation>
    </message>
    <message>
        <source>No interventions yet. Click “New intervention” to record a job to do on site.</source>
        <translation>No interventions yet. Click “New intervention” to record a job to do on site.</translation>
    </message>
    <message>
        <source>Nothing in this queue.</source>
        <translation>Nothing in this queue.</translation>
    </message>
</context>
<context>
    <name>JobCostsPanel</name>
    <message>
        <source>What</source>
        <extracomment>The table's money columns (cost, billed). The totals in money (time is shown as a duration on its own when money is not).</extracomment>
        <translation>What</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Time on site</source>
        <translation>Time on site</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Total billed</source>
        <translation>Total billed</translation>
    </message>
    <message>
        <source>To invoice</source>
        <translation>To invoice</translation>
    </message>
    <message>
        <source>Time of {name}</source>
        <translation>Time of {name}</translation>
    </message>
    <message>
        <source>{km} km</source>
        <translation>{km} km</translation>
    </message>
    <message>
        <source>{time} — {amount}</source>
        <translation>{time} — {amount}</translation>
    </message>
    <message>
        <source>Save the intervention first.</source>
        <translation>Save the intervention first.</translation>
    </message>
    <message>
        <source>What was spent on this intervention: its amounts are shown to the technicians on it and to the office.</source>
        <translation>What was spent on this intervention: its amounts are shown to the technicians on it and to the office.</translation>
    </message>
    <message>
        <source>The costs appear once the report gives the times on site, the parts used or the distance travelled.</source>
        <translation>The costs appear once the report gives the times on site, the parts used or the distance travelled.</translation>
    </message>
    <message>
        <source>Costs at each technician's rate and the parts' cost price; billed at the customer's rate. The linked ticket and the customer's support costs count the same lines.</source>
        <translation>Costs at each technician's rate and the parts' cost price; billed at the customer's rate. The linked ticket and the customer's support costs count the same lines.</translation>
    </message>
</context>
<context>
    <name>KnowledgeView</name>
    <message>
        <source>Knowledge base</source>
        <extracomment>A record the article refers to (the ticket it was made from). The article shown on the right changed ("" when none).</extracomment>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>New article</translation>
    </message>
    <message>
        <source>Search titles, problems, solutions, products, tags…</source>
        <translation>Search titles, problems, solutions, products, tags…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Choose an article on the left to read it, or write a new one.</source>
        <translation>Choose an article on the left to read it, or write a new one.</translation>
    </message>
    <message>
        <source>No article matches “{text}”.</source>
        <translation>No article matches “{text}”.</translation>
    </message>
    <message>
        <source>No article in this language yet.</source>
        <translation>No article in this language yet.</translation>
    </message>
    <message>
        <source>The knowledge base is empty. Click “New article” to write the first one.</source>
        <translation>The knowledge base is empty. Click “New article” to write the first one.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Tickets solved</source>
        <translation>Tickets solved</translation>
    </message>
    <message>
        <source>Made from ticket</source>
        <translation>Made from ticket</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Delete the article</source>
        <translation>Delete the article</translation>
    </message>
    <message>
        <source>Move “{title}” to the trash? It can be restored from the trash.</source>
        <translation>Move “{title}” to the trash? It can be restored from the trash.</translation>
    </message>
</context>
<context>
    <name>LastPurchaseField</name>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Bought in the last</source>
        <translation>Bought in the last</translation>
    </message>
    <message>
        <source>No purchase in the last</source>
        <translation>No purchase in the last</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <source>Lead</source>
        <extracomment>Open a record of the application: (kind, id), kind person or company.</extracomment>
        <translation>Lead</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>New lead</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
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
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>What they are looking for</source>
        <translation>What they are looking for</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
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
        <translation>Need</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>By the assignment rules</source>
        <translation>By the assignment rules</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why it will not lead to a sale</source>
        <translation>Why it will not lead to a sale</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. Send the quote</source>
        <translation>e.g. Send the quote</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
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
        <translation>Speed to lead</translation>
    </message>
    <message>
        <source>{points} / 100</source>
        <translation>{points} / 100</translation>
    </message>
    <message>
        <source>Nothing known yet: ask about budget, need, timing and who decides.</source>
        <translation>Nothing known yet: ask about budget, need, timing and who decides.</translation>
    </message>
    <message>
        <source>Target: first contact within {target} of business hours.</source>
        <translation>Target: first contact within {target} of business hours.</translation>
    </message>
    <message>
        <source>Arrived {when}</source>
        <translation>Arrived {when}</translation>
    </message>
</context>
<context>
    <name>LeadModel</name>
    <message>
        <source>Arrived</source>
        <extracomment>Waiting time goes on even when nothing changes: the list is refreshed this often.</extracomment>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>answered in {time}</source>
        <translation>answered in {time}</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>No outgoing contact yet, over the {target} target</source>
        <translation>No outgoing contact yet, over the {target} target</translation>
    </message>
    <message>
        <source>Open {what}</source>
        <translation>Open {what}</translation>
    </message>
</context>
<context>
    <name>LeadSpeed</name>
    <message>
        <source>First contact after {time} (business hours)</source>
        <extracomment>Score colours: promising, worth a call, cold.</extracomment>
        <translation>First contact after {time} (business hours)</translation>
    </message>
    <message>
        <source>Waiting {time} — over the {target} target</source>
        <translation>Waiting {time} — over the {target} target</translation>
    </message>
    <message>
        <source>Waiting {time} — target {target}</source>
        <translation>Waiting {time} — target {target}</translation>
    </message>
</context>
<context>
    <name>LeadWatch</name>
    <message>
        <source>Leads waiting for a first contact: {n}</source>
        <extracomment>Roles that see every seller's overdue leads.</extracomment>
        <translation>Leads waiting for a first contact: {n}</translation>
    </message>
    <message>
        <source>Longer than the speed-to-lead target: click to see them.</source>
        <translation>Longer than the speed-to-lead target: click to see them.</translation>
    </message>
    <message>
        <source>Leads waiting</source>
        <translation>Leads waiting</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Leads</source>
        <extracomment>Open a record of the application: (kind, id), kind person or company. The list was filled again: (rows shown, of them waiting too long).</extracomment>
        <translation>Leads</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>My leads</translation>
    </message>
    <message>
        <source>All open leads</source>
        <translation>All open leads</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>New lead…</source>
        <translation>New lead…</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation>Disqualify…</translation>
    </message>
    <message>
        <source>Assignment rules…</source>
        <translation>Assignment rules…</translation>
    </message>
    <message>
        <source>{n} open leads</source>
        <translation>{n} open leads</translation>
    </message>
    <message>
        <source>{n} waiting too long</source>
        <translation>{n} waiting too long</translation>
    </message>
    <message>
        <source>{n} unassigned</source>
        <translation>{n} unassigned</translation>
    </message>
    <message>
        <source>No open leads for you. New ones appear here as soon as they are assigned to you.</source>
        <translation>No open leads for you. New ones appear here as soon as they are assigned to you.</translation>
    </message>
    <message>
        <source>No open leads.</source>
        <translation>No open leads.</translation>
    </message>
    <message>
        <source>No lead is waiting too long.</source>
        <translation>No lead is waiting too long.</translation>
    </message>
</context>
<context>
    <name>LevelEditor</name>
    <message>
        <source>Edit the support level</source>
        <translation>Edit the support level</translation>
    </message>
    <message>
        <source>New support level</source>
        <translation>New support level</translation>
    </message>
    <message>
        <source>h:mm, e.g. 4:00</source>
        <translation>h:mm, e.g. 4:00</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Gold</source>
        <translation>e.g. Gold</translation>
    </message>
    <message>
        <source>First response within</source>
        <translation>First response within</translation>
    </message>
    <message>
        <source>Resolution within</source>
        <translation>Resolution within</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <source>{currency} per hour</source>
        <translation>{currency} per hour</translation>
    </message>
    <message>
        <source>Hours included per year</source>
        <translation>Hours included per year</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>On-site visits included</source>
        <translation>On-site visits included</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>Targets count business hours: the clock runs only while the business is open.</source>
        <translation>Targets count business hours: the clock runs only while the business is open.</translation>
    </message>
    <message>
        <source>Write hours and minutes, e.g. 4:00 or 16:30.</source>
        <translation>Write hours and minutes, e.g. 4:00 or 16:30.</translation>
    </message>
</context>
<context>
    <name>LifecycleChart</name>
    <message>
        <source>Acquisition, growth and retention</source>
        <extracomment>A group's bar was clicked ("acquired", "grew", "retained" or "lost").</extracomment>
        <translation>Acquisition, growth and retention</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquired</translation>
    </message>
    <message>
        <source>Grew</source>
        <translation>Grew</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Retained</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>No customer bought in this period or the year before</source>
        <translation>No customer bought in this period or the year before</translation>
    </message>
    <message>
        <source>{group}: {n}</source>
        <translation>{group}: {n}</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>New warehouse</source>
        <extracomment>Tables whose changes can alter what this page shows.</extracomment>
        <translation>New warehouse</translation>
    </message>
    <message>
        <source>New van</source>
        <translation>New van</translation>
    </message>
    <message>
        <source>Rename the warehouse</source>
        <translation>Rename the warehouse</translation>
    </message>
    <message>
        <source>Rename the van</source>
        <translation>Rename the van</translation>
    </message>
    <message>
        <source>Van of Anna</source>
        <translation>Van of Anna</translation>
    </message>
    <message>
        <source>Main warehouse</source>
        <translation>Main warehouse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
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
    <name>LoginDialog</name>
    <message>
        <source>Log in — CRM Desktop</source>
        <translation>Log in — CRM Desktop</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>name or e-mail</source>
        <translation>name or e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <source>Who are you? Type your name or e-mail.</source>
        <translation>Who are you? Type your name or e-mail.</translation>
    </message>
    <message>
        <source>Welcome, {name}. Your password is a temporary one: choose your own to continue.</source>
        <translation>Welcome, {name}. Your password is a temporary one: choose your own to continue.</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Save and continue</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Lost: {title}</source>
        <translation>Lost: {title}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>What happened, in a few words</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Mark as lost</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contacts</source>
        <extracomment>(kind, ctx, record id or None for a new record, parent, initial values of a new record) Areas shown only to roles with the permission (the dashboard's money, the trash's restores). Areas listing every customer's jobs, prospects, conflicts or duplicates: a user limited to their own interventions' customers (a technician, ``access.limited``) works from My day and the scoped lists instead. A detail view was shown: (kind, id or "" for a new record). The visible area changed (its key, or "detail"). A backup was restored: the database this window used is closed; the app ends without a backup of it.</extracomment>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
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
        <translation>My day</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
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
        <source>Data retention</source>
        <translation>Data retention</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
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
        <source>New &amp;ticket</source>
        <translation>New &amp;ticket</translation>
    </message>
    <message>
        <source>New &amp;intervention</source>
        <translation>New &amp;intervention</translation>
    </message>
    <message>
        <source>Technician &amp;day sheet…</source>
        <translation>Technician &amp;day sheet…</translation>
    </message>
    <message>
        <source>&amp;Export interventions to a calendar…</source>
        <translation>&amp;Export interventions to a calendar…</translation>
    </message>
    <message>
        <source>Support &amp;costs…</source>
        <translation>Support &amp;costs…</translation>
    </message>
    <message>
        <source>&amp;Management reports…</source>
        <translation>&amp;Management reports…</translation>
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
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
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
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
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
    <name>MaintenancePlanDialog</name>
    <message>
        <source>Edit the maintenance visits</source>
        <extracomment>How many coming due dates the dialog previews.</extracomment>
        <translation>Edit the maintenance visits</translation>
    </message>
    <message>
        <source>New maintenance visits</source>
        <translation>New maintenance visits</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>What the technician does, e.g. Yearly boiler service</source>
        <translation>What the technician does, e.g. Yearly boiler service</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>e.g. {skills}</source>
        <translation>e.g. {skills}</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Last visit by</source>
        <translation>Last visit by</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Make the visits as they fall due</source>
        <translation>Make the visits as they fall due</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Visits under the customer's contract, while it covers them.</source>
        <translation>Visits under the customer's contract, while it covers them.</translation>
    </message>
    <message>
        <source>Visits of this customer (no contract).</source>
        <translation>Visits of this customer (no contract).</translation>
    </message>
    <message>
        <source>Visits under the contract {level} {reference}, while it covers the customer.</source>
        <translation>Visits under the contract {level} {reference}, while it covers the customer.</translation>
    </message>
    <message>
        <source>This customer has no contract: the visits are made for them as they fall due.</source>
        <translation>This customer has no contract: the visits are made for them as they fall due.</translation>
    </message>
    <message>
        <source>No visit is due any more: the last date is past.</source>
        <translation>No visit is due any more: the last date is past.</translation>
    </message>
    <message>
        <source>Next visits: {dates}</source>
        <translation>Next visits: {dates}</translation>
    </message>
</context>
<context>
    <name>MaintenancePlansBox</name>
    <message>
        <source>Maintenance visits</source>
        <translation>Maintenance visits</translation>
    </message>
    <message>
        <source>Visits that come back every few months: each one appears among the interventions to plan as it falls due.</source>
        <translation>Visits that come back every few months: each one appears among the interventions to plan as it falls due.</translation>
    </message>
    <message>
        <source>Add visits…</source>
        <translation>Add visits…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>every month</translation>
    </message>
    <message>
        <source>every {n} months</source>
        <translation>every {n} months</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No maintenance visits.</source>
        <translation>No maintenance visits.</translation>
    </message>
    <message>
        <source>Save the record first to plan its maintenance visits.</source>
        <translation>Save the record first to plan its maintenance visits.</translation>
    </message>
    <message>
        <source>Delete the maintenance visits</source>
        <translation>Delete the maintenance visits</translation>
    </message>
    <message>
        <source>Stop the visits “{subject}”? Visits already made stay on the planning.</source>
        <translation>Stop the visits “{subject}”? Visits already made stay on the planning.</translation>
    </message>
</context>
<context>
    <name>ManagementReportsDialog</name>
    <message>
        <source>Reports</source>
        <extracomment>The reports of a period, by key: what builds them. The relative periods (keys of core.saved_reports.resolve_period), then two dates ("custom"). The report was made (its temporary path); the preview opens right after. Making the report failed (the message shown) or was cancelled (an empty string). The list of saved reports changed (one saved or deleted).</extracomment>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Management report</source>
        <translation>Management report</translation>
    </message>
    <message>
        <source>Customer profitability</source>
        <translation>Customer profitability</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Customer retention</translation>
    </message>
    <message>
        <source>Customer sheet</source>
        <translation>Customer sheet</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Exact name or id of a company or person</source>
        <translation>Exact name or id of a company or person</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Name of these settings</source>
        <translation>Name of these settings</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>Save these settings</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The dashboard on paper, customers ranked by what they bring, who stays and who drifts away, or everything about one customer. Preview, save as PDF or print.</source>
        <translation>The dashboard on paper, customers ranked by what they bring, who stays and who drifts away, or everything about one customer. Preview, save as PDF or print.</translation>
    </message>
    <message>
        <source>Saved reports</source>
        <translation>Saved reports</translation>
    </message>
    <message>
        <source>customer-sheet-{name}.pdf</source>
        <translation>customer-sheet-{name}.pdf</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The report could not be created. The details were written to the log file.</source>
        <translation>The report could not be created. The details were written to the log file.</translation>
    </message>
    <message>
        <source>Cancelled: no report was created.</source>
        <translation>Cancelled: no report was created.</translation>
    </message>
    <message>
        <source>{name}  ({report}, {details})</source>
        <translation>{name}  ({report}, {details})</translation>
    </message>
    <message>
        <source>a customer that no longer exists</source>
        <translation>a customer that no longer exists</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>Saved: run it again from the list below.</source>
        <translation>Saved: run it again from the list below.</translation>
    </message>
</context>
<context>
    <name>MatchField</name>
    <message>
        <source>Category: {name}</source>
        <translation>Category: {name}</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <extracomment>Start widths of the members table's columns, in average characters. Text colour of a send per status in the table. Tables whose changes alter the members, their sends or what the table shows of them.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Last call</translation>
    </message>
</context>
<context>
    <name>MergeFieldButton</name>
    <message>
        <source>Insert a field</source>
        <translation>Insert a field</translation>
    </message>
    <message>
        <source>Personalise the text: each person gets their own name, company, address…</source>
        <translation>Personalise the text: each person gets their own name, company, address…</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Hide this message</source>
        <extracomment>Tables whose changes move something on the board or in the list of jobs to plan. A burst of announced changes (a sync, an import) is read once, after this pause. The red "now" line and the shading of the past move on with the clock. The list of jobs to plan shows the most urgent this many (core sorts them by due date). Background, border and text of the message bar per level.</extracomment>
        <translation>Hide this message</translation>
    </message>
</context>
<context>
    <name>MinimumDialog</name>
    <message>
        <source>Minimum in {place}</source>
        <translation>Minimum in {place}</translation>
    </message>
    <message>
        <source>Below the minimum, the part is listed under To restock, with how many bring it back to the level to fill to (or to the minimum).</source>
        <translation>Below the minimum, the part is listed under To restock, with how many bring it back to the level to fill to (or to the minimum).</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Fill to</source>
        <translation>Fill to</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <source>Now</source>
        <extracomment>Report fields that go to core's save_report (the parts are added apart).</extracomment>
        <translation>Now</translation>
    </message>
    <message>
        <source>Set to the current time</source>
        <translation>Set to the current time</translation>
    </message>
    <message>
        <source>No time</source>
        <translation>No time</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
</context>
<context>
    <name>MonthChart</name>
    <message>
        <source>Revenue and margin by month</source>
        <extracomment>A month was clicked ("YYYY-MM").</extracomment>
        <translation>Revenue and margin by month</translation>
    </message>
    <message>
        <source>No sales in this period</source>
        <translation>No sales in this period</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Revenue, previous period</source>
        <translation>Revenue, previous period</translation>
    </message>
    <message>
        <source>{what}: {amount}</source>
        <translation>{what}: {amount}</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Receive parts</source>
        <extracomment>The movement was written: (action, product id).</extracomment>
        <translation>Receive parts</translation>
    </message>
    <message>
        <source>Transfer parts</source>
        <translation>Transfer parts</translation>
    </message>
    <message>
        <source>Correct after a count</source>
        <translation>Correct after a count</translation>
    </message>
    <message>
        <source>Give back to the warehouse</source>
        <translation>Give back to the warehouse</translation>
    </message>
    <message>
        <source>Parts delivered by a supplier into {place}.</source>
        <translation>Parts delivered by a supplier into {place}.</translation>
    </message>
    <message>
        <source>Parts leaving {place} for another location. Never more than is there.</source>
        <translation>Parts leaving {place} for another location. Never more than is there.</translation>
    </message>
    <message>
        <source>Write what you counted in {place}: the level becomes that count and the parts used beyond the stock are no longer flagged.</source>
        <translation>Write what you counted in {place}: the level becomes that count and the parts used beyond the stock are no longer flagged.</translation>
    </message>
    <message>
        <source>Parts going back from {place} to a warehouse.</source>
        <translation>Parts going back from {place} to a warehouse.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Give back</translation>
    </message>
    <message>
        <source>No part yet: add parts on the Parts tab.</source>
        <translation>No part yet: add parts on the Parts tab.</translation>
    </message>
    <message>
        <source>{place} holds {n}.</source>
        <translation>{place} holds {n}.</translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <source>My day</source>
        <extracomment>Open an intervention on a tab ("job" or "report"). Open another record (a customer's open ticket): (kind, id), like the other views. The cards were built again (how many).</extracomment>
        <translation>My day</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>The day before</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>The day after</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>To load in the van</source>
        <translation>To load in the van</translation>
    </message>
    <message>
        <source>No technicians yet: give a user the technician role in Settings.</source>
        <translation>No technicians yet: give a user the technician role in Settings.</translation>
    </message>
    <message>
        <source>No jobs planned for {name} on {day}.</source>
        <translation>No jobs planned for {name} on {day}.</translation>
    </message>
    <message>
        <source>Nothing to bring for the day's jobs.</source>
        <translation>Nothing to bring for the day's jobs.</translation>
    </message>
    <message>
        <source>load {n} (the van has {held})</source>
        <translation>load {n} (the van has {held})</translation>
    </message>
    <message>
        <source>in the van ({n})</source>
        <translation>in the van ({n})</translation>
    </message>
</context>
<context>
    <name>NewTechnicianDialog</name>
    <message>
        <source>New technician</source>
        <translation>New technician</translation>
    </message>
    <message>
        <source>A new user with the technician role; set their skills, hours and van on the Technicians page afterwards.</source>
        <translation>A new user with the technician role; set their skills, hours and van on the Technicians page afterwards.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPanel</name>
    <message>
        <source>New opportunity…</source>
        <extracomment>Tables whose changes may alter what the panel shows.</extracomment>
        <translation>New opportunity…</translation>
    </message>
    <message>
        <source>Open {amount} · weighted {weighted} · {n} open</source>
        <translation>Open {amount} · weighted {weighted} · {n} open</translation>
    </message>
    <message>
        <source>No opportunities yet.</source>
        <translation>No opportunities yet.</translation>
    </message>
    <message>
        <source>Save the record first to add opportunities to it.</source>
        <translation>Save the record first to add opportunities to it.</translation>
    </message>
    <message>
        <source>Opportunities ({n})</source>
        <translation>Opportunities ({n})</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
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
        <translation>Board</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>My deals</source>
        <translation>My deals</translation>
    </message>
    <message>
        <source>Everyone's deals</source>
        <translation>Everyone's deals</translation>
    </message>
    <message>
        <source>New opportunity…</source>
        <translation>New opportunity…</translation>
    </message>
    <message>
        <source>Open: {amount} · weighted {weighted}</source>
        <translation>Open: {amount} · weighted {weighted}</translation>
    </message>
    <message>
        <source>The sale could not be recorded: {why}</source>
        <translation>The sale could not be recorded: {why}</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Deal won</translation>
    </message>
    <message>
        <source>Sale {number} is recorded. Open it now?</source>
        <translation>Sale {number} is recorded. Open it now?</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Mark {number} “{title}” as won and record the sale of {amount}?</source>
        <translation>Mark {number} “{title}” as won and record the sale of {amount}?</translation>
    </message>
    <message>
        <source>Win the deal</source>
        <translation>Win the deal</translation>
    </message>
    <message>
        <source>Opportunity {number}</source>
        <extracomment>Won: (opportunity id, sale id).</extracomment>
        <translation>Opportunity {number}</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
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
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Chance of winning (%)</source>
        <translation>Chance of winning (%)</translation>
    </message>
    <message>
        <source>Expected to close</source>
        <translation>Expected to close</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines&lt;/b&gt; (optional: with lines, the amount is their total)</source>
        <translation>&lt;b&gt;Lines&lt;/b&gt; (optional: with lines, the amount is their total)</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Win…</source>
        <translation>Win…</translation>
    </message>
    <message>
        <source>Mark as won and record the sale</source>
        <translation>Mark as won and record the sale</translation>
    </message>
    <message>
        <source>Lose…</source>
        <translation>Lose…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>{stage} — sale {number}</source>
        <translation>{stage} — sale {number}</translation>
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
        <translation>Delete the opportunity</translation>
    </message>
    <message>
        <source>Move this opportunity to the trash? It can be restored from there.</source>
        <translation>Move this opportunity to the trash? It can be restored from there.</translation>
    </message>
</context>
<context>
    <name>OpportunityListModel</name>
    <message>
        <source>Number</source>
        <extracomment>Tables whose changes may alter what the area shows.</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Expected close has passed</source>
        <translation>Expected close has passed</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <source>Change the product</source>
        <translation>Change the product</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Change the part</source>
        <translation>Change the part</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>New part</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>F-10</source>
        <translation>F-10</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fuse 10 A</source>
        <translation>Fuse 10 A</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>piece</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>0 to 9</source>
        <translation>0 to 9</translation>
    </message>
    <message>
        <source>Higher is the better offer, suggested to customers who have a lower one</source>
        <translation>Higher is the better offer, suggested to customers who have a lower one</translation>
    </message>
    <message>
        <source>Carried by technicians (a part)</source>
        <translation>Carried by technicians (a part)</translation>
    </message>
    <message>
        <source>Active (offered in the lists)</source>
        <translation>Active (offered in the lists)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PartsField</name>
    <message>
        <source>Part</source>
        <extracomment>How many matches the chooser lists per keystroke. Where the notice about a use beyond the van is written. Rows shown before the table scrolls. Columns of the table. What this job already took (saved), per part: it is no longer in the van but counts as available. Parts whose use was already flagged for a stock correction.</extracomment>
        <translation>Part</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>In the van</source>
        <translation>In the van</translation>
    </message>
    <message>
        <source>No parts.</source>
        <translation>No parts.</translation>
    </message>
    <message>
        <source>Type a part's name or reference…</source>
        <translation>Type a part's name or reference…</translation>
    </message>
    <message>
        <source>Show the parts</source>
        <translation>Show the parts</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>No part matches “{text}”.</source>
        <translation>No part matches “{text}”.</translation>
    </message>
    <message>
        <source>Several parts match “{text}”: choose one from the list.</source>
        <translation>Several parts match “{text}”: choose one from the list.</translation>
    </message>
    <message>
        <source>Remove this part</source>
        <translation>Remove this part</translation>
    </message>
    <message>
        <source>{part}: only {n} in your van: the use is recorded and flagged for a stock correction.</source>
        <translation>{part}: only {n} in your van: the use is recorded and flagged for a stock correction.</translation>
    </message>
    <message>
        <source>{part}: used beyond what the van held: flagged for a stock correction.</source>
        <translation>{part}: used beyond what the van held: flagged for a stock correction.</translation>
    </message>
    <message>
        <source>No van is set for this technician: parts cannot be taken from stock.</source>
        <translation>No van is set for this technician: parts cannot be taken from stock.</translation>
    </message>
</context>
<context>
    <name>PartsPanel</name>
    <message>
        <source>Reference</source>
        <extracomment>A part was created or changed (its id).</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Show products that are not parts</source>
        <translation>Show products that are not parts</translation>
    </message>
    <message>
        <source>New part…</source>
        <translation>New part…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Parts are what technicians carry in their vans and fit on site; inactive parts stay in the history but are no longer offered.</source>
        <translation>Parts are what technicians carry in their vans and fit on site; inactive parts stay in the history but are no longer offered.</translation>
    </message>
    <message>
        <source>Not a part</source>
        <translation>Not a part</translation>
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
        <translation>Encrypted database — CRM Desktop</translation>
    </message>
    <message>
        <source>The database {name} is encrypted on this computer. Enter the business passphrase to open it.</source>
        <translation>The database {name} is encrypted on this computer. Enter the business passphrase to open it.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Remember on this computer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Encrypted database</source>
        <translation>Encrypted database</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>The printer did not start.</source>
        <extracomment>Room around and between the pages on screen, in pixels. The zoom factors (1.0 = true size) that + and - step through. Printing rasterises each page; above this resolution the pixels cost memory (an A4 page at 1200 dpi is over 500 MB) without a visible gain for reports. The most pixels one page is rendered with on screen (64 MB as 32-bit pixels; an A4 page at 400 % on an ordinary screen is 14 million). pypdfium2's pixel layouts (``PdfBitmap.mode``) as QImage formats.</extracomment>
        <translation>The printer did not start.</translation>
    </message>
    <message>
        <source>The printer refused a page.</source>
        <translation>The printer refused a page.</translation>
    </message>
    <message>
        <source>Preview of {name}</source>
        <extracomment>A copy was saved, with its path. The document was sent to the printer.</extracomment>
        <translation>Preview of {name}</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Show the pages at their true size</source>
        <translation>Show the pages at their true size</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Make the pages as wide as the window</source>
        <translation>Make the pages as wide as the window</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: {reason}</source>
        <translation>This PDF cannot be shown: {reason}</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Pages: {count}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>{name} already exists. Do you want to replace it?</source>
        <translation>{name} already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}.

{reason}</source>
        <translation>The PDF could not be saved as {path}.

{reason}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The PDF could not be printed.

{reason}</source>
        <translation>The PDF could not be printed.

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
        <source>The people of the customers your interventions concern show here.</source>
        <translation>The people of the customers your interventions concern show here.</translation>
    </message>
    <message>
        <source>No people yet. Click “New person” to add the first one.</source>
        <translation>No people yet. Click “New person” to add the first one.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>This month</source>
        <extracomment>Quick choices in menu order: key -&gt; (start, end) from the shop's today. The period changed: start, end (datetime.date, both inclusive). The comparison was switched on or off.</extracomment>
        <translation>This month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Compare with the previous period</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>PersonDetailView</name>
    <message>
        <source>Identity</source>
        <extracomment>A new ticket for this person: (person id, company id or ""). A new intervention for this person: its initial values (person_id, company_id).</extracomment>
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
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Files ({n})</source>
        <translation>Files ({n})</translation>
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
        <translation>Contracts of {company}, which cover this person.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, e-mail or phone…</source>
        <extracomment>Proposals are asked for once typing pauses this long. The glance and the service-level clocks are read again this often (they move with time). Changes that may alter what the side panels show.</extracomment>
        <translation>Type a name, e-mail or phone…</translation>
    </message>
    <message>
        <source>Open this person</source>
        <translation>Open this person</translation>
    </message>
</context>
<context>
    <name>PersonalDataButton</name>
    <message>
        <source>Personal data</source>
        <extracomment>The person was erased from this button's dialog.</extracomment>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Consent history, export everything held about the person, erase them</source>
        <translation>Consent history, export everything held about the person, erase them</translation>
    </message>
    <message>
        <source>Consent history…</source>
        <translation>Consent history…</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Export everything…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Erase this person…</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>No photos or documents yet.</source>
        <extracomment>Suffixes shown as pictures (anything else is a document with its name).</extracomment>
        <translation>No photos or documents yet.</translation>
    </message>
    <message>
        <source>Add photos or files…</source>
        <translation>Add photos or files…</translation>
    </message>
    <message>
        <source>Add photos or files</source>
        <translation>Add photos or files</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.pdf *.txt *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.gif *.webp *.tif *.tiff *.pdf *.txt *.doc *.docx *.xls *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>{stage} ({n})</source>
        <extracomment>A stripe on each card and the header's underline, per stage. A card was dropped on another column: (opportunity id, stage key). A card was double-clicked (or Enter pressed on the selected one); Ctrl+Left/Right asks to move it.</extracomment>
        <translation>{stage} ({n})</translation>
    </message>
    <message>
        <source>weighted {amount}</source>
        <translation>weighted {amount}</translation>
    </message>
    <message>
        <source>{p} %</source>
        <translation>{p} %</translation>
    </message>
    <message>
        <source>late: {day}</source>
        <translation>late: {day}</translation>
    </message>
    <message>
        <source>Expected to close {day}</source>
        <translation>Expected to close {day}</translation>
    </message>
    <message>
        <source>Weighted {amount}</source>
        <translation>Weighted {amount}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan {number}</source>
        <extracomment>Longest job the duration field offers (core refuses more than 14 days).</extracomment>
        <translation>Plan {number}</translation>
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
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Duration</translation>
    </message>
    <message>
        <source>&amp;Technicians</source>
        <translation>&amp;Technicians</translation>
    </message>
    <message>
        <source>Click to choose; Ctrl+click to add to the team</source>
        <translation>Click to choose; Ctrl+click to add to the team</translation>
    </message>
    <message>
        <source>Free technicians with the skills</source>
        <translation>Free technicians with the skills</translation>
    </message>
    <message>
        <source>Warnings for this choice</source>
        <translation>Warnings for this choice</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Skills needed: {skills}</source>
        <translation>Skills needed: {skills}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Due {date}</translation>
    </message>
    <message>
        <source>until {time}</source>
        <translation>until {time}</translation>
    </message>
    <message>
        <source>{time} booked that day</source>
        <translation>{time} booked that day</translation>
    </message>
    <message>
        <source>nothing booked that day</source>
        <translation>nothing booked that day</translation>
    </message>
    <message>
        <source>Nobody with these skills is free then.</source>
        <translation>Nobody with these skills is free then.</translation>
    </message>
    <message>
        <source>Choose at least one technician.</source>
        <translation>Choose at least one technician.</translation>
    </message>
    <message>
        <source>This time is already past.</source>
        <translation>This time is already past.</translation>
    </message>
    <message>
        <source>No conflict: free, within working hours, with the skills.</source>
        <translation>No conflict: free, within working hours, with the skills.</translation>
    </message>
</context>
<context>
    <name>PlanningBoard</name>
    <message>
        <source>{warning} with {numbers}</source>
        <extracomment>What a job dragged from the list of jobs to plan carries: {"id": ..., "duration": minutes}. Plans land on quarter hours: nobody books a technician at 10:07. Hours each day shows at least (local time); widened when someone works or is booked outside them. A week's day is never narrower than this (the board scrolls sideways instead). A day nobody works and nothing is booked (a weekend) takes this share of a working day's width. Dragging this close to an edge of the body scrolls it. Narrower than this, a block shows no text (its tooltip does). Within this many pixels of a block's right edge, a drag changes the duration. Fill, accent (border and strip) and text colour of the blocks, per kind of job. A dot on the block for work under way. Colours of the technicians' dots when their profile has none.</extracomment>
        <translation>{warning} with {numbers}</translation>
    </message>
    <message>
        <source>{warning}: {detail}</source>
        <translation>{warning}: {detail}</translation>
    </message>
    <message>
        <source>{name}: {warning}</source>
        <translation>{name}: {warning}</translation>
    </message>
    <message>
        <source>Technicians ({n})</source>
        <extracomment>A block was dragged: (intervention id, its row's technician, the target row's technician, start, minutes). A job to plan was dropped: (intervention id, technician, start). A block was double-clicked. An empty slot was double-clicked: (technician, start). Right click on a block: (BoardItem, global position). A day's header was clicked (week view): the date. The selected block changed (intervention id or "").</extracomment>
        <translation>Technicians ({n})</translation>
    </message>
    <message>
        <source>No technician to show: users with the technician role appear here.</source>
        <translation>No technician to show: users with the technician role appear here.</translation>
    </message>
    <message>
        <source>no skills listed</source>
        <translation>no skills listed</translation>
    </message>
    <message>
        <source>Team: {names}</source>
        <translation>Team: {names}</translation>
    </message>
    <message>
        <source>Skills needed: {skills}</source>
        <translation>Skills needed: {skills}</translation>
    </message>
    <message>
        <source>Skills: {skills}</source>
        <translation>Skills: {skills}</translation>
    </message>
    <message>
        <source>Van: {van}</source>
        <translation>Van: {van}</translation>
    </message>
    <message>
        <source>Base: {place}</source>
        <translation>Base: {place}</translation>
    </message>
    <message>
        <source>Booked in the period shown: {time}</source>
        <translation>Booked in the period shown: {time}</translation>
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
        <translation>Previous period (Ctrl+Left)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <source>Next period (Ctrl+Right)</source>
        <translation>Next period (Ctrl+Right)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Monday to Sunday</source>
        <translation>Monday to Sunday</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>One day, hour by hour</source>
        <translation>One day, hour by hour</translation>
    </message>
    <message>
        <source>Show only the technicians with this skill</source>
        <translation>Show only the technicians with this skill</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>Skill:</translation>
    </message>
    <message>
        <source>Filter: number, customer, city, skill</source>
        <translation>Filter: number, customer, city, skill</translation>
    </message>
    <message>
        <source>Week {n} · {dates}</source>
        <translation>Week {n} · {dates}</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>All technicians</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>Skills needed: {skills}</source>
        <translation>Skills needed: {skills}</translation>
    </message>
    <message>
        <source>To plan ({n}+)</source>
        <translation>To plan ({n}+)</translation>
    </message>
    <message>
        <source>To plan ({n})</source>
        <translation>To plan ({n})</translation>
    </message>
    <message>
        <source>Nothing waits for a slot.</source>
        <translation>Nothing waits for a slot.</translation>
    </message>
    <message>
        <source>No job to plan matches this filter.</source>
        <translation>No job to plan matches this filter.</translation>
    </message>
    <message>
        <source>Drag a job onto a technician's row, or select it and double-click a free slot.</source>
        <translation>Drag a job onto a technician's row, or select it and double-click a free slot.</translation>
    </message>
    <message>
        <source>{number} not planned: {reason}</source>
        <translation>{number} not planned: {reason}</translation>
    </message>
    <message>
        <source>{number} planned for {names}, {when}</source>
        <translation>{number} planned for {names}, {when}</translation>
    </message>
    <message>
        <source>{number} is back in the jobs to plan.</source>
        <translation>{number} is back in the jobs to plan.</translation>
    </message>
    <message>
        <source>{number} was cancelled.</source>
        <translation>{number} was cancelled.</translation>
    </message>
    <message>
        <source>Cancel the intervention</source>
        <translation>Cancel the intervention</translation>
    </message>
    <message>
        <source>Cancel {number} for {customer}? It leaves the planning.</source>
        <translation>Cancel {number} for {customer}? It leaves the planning.</translation>
    </message>
    <message>
        <source>Select a job in the list of jobs to plan, then double-click a free slot to plan it there.</source>
        <translation>Select a job in the list of jobs to plan, then double-click a free slot to plan it there.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>Back to jobs to plan</source>
        <translation>Back to jobs to plan</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <extracomment>Tables whose changes can move people in or out of a segment.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
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
        <translation>Reference</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margin %</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Search name, reference or category</source>
        <translation>Search name, reference or category</translation>
    </message>
    <message>
        <source>Show inactive products</source>
        <translation>Show inactive products</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>New product…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
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
        <translation>From</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
    <message>
        <source>Apply this solution</source>
        <translation>Apply this solution</translation>
    </message>
    <message>
        <source>Link it to the ticket; it shows in the conversation and counts as solved when the ticket is resolved</source>
        <translation>Link it to the ticket; it shows in the conversation and counts as solved when the ticket is resolved</translation>
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
        <translation>{source} — applied</translation>
    </message>
    <message>
        <source>{n}×</source>
        <translation>{n}×</translation>
    </message>
    <message>
        <source>Best first: how well each matches the problem, and how often it solved one before.</source>
        <translation>Best first: how well each matches the problem, and how often it solved one before.</translation>
    </message>
    <message>
        <source>No known solution matches yet.</source>
        <translation>No known solution matches yet.</translation>
    </message>
    <message>
        <source>Type the subject and the description: solutions from the knowledge base and from past tickets appear here.</source>
        <translation>Type the subject and the description: solutions from the knowledge base and from past tickets appear here.</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>No customer with figures in this period</source>
        <extracomment>A customer's bar was clicked (their key, "c:…" or "p:…").</extracomment>
        <translation>No customer with figures in this period</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>{name}: {amount}</source>
        <translation>{name}: {amount}</translation>
    </message>
</context>
<context>
    <name>RecordAuditDialog</name>
    <message>
        <source>History of changes</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <source>History of changes of {name}</source>
        <translation>History of changes of {name}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>{action} · {part}</source>
        <translation>{action} · {part}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Nothing was recorded about this record.</source>
        <translation>Nothing was recorded about this record.</translation>
    </message>
</context>
<context>
    <name>RecordDetailView</name>
    <message>
        <source>New record</source>
        <translation>New record</translation>
    </message>
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
    <name>RecordHistoryButton</name>
    <message>
        <source>Change history…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <source>History of changes: who created, changed or deleted what, when and on which machine</source>
        <translation>History of changes: who created, changed or deleted what, when and on which machine</translation>
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
    <name>ReminderNotifier</name>
    <message>
        <source>due {day} {time}</source>
        <extracomment>Tasks shown by a check (their ids), for whoever wants to know (tests, a badge).</extracomment>
        <translation>due {day} {time}</translation>
    </message>
    <message>
        <source>Tasks due ({n})</source>
        <translation>Tasks due ({n})</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <source>Close the reminder</source>
        <translation>Close the reminder</translation>
    </message>
    <message>
        <source>Tasks due ({n})</source>
        <translation>Tasks due ({n})</translation>
    </message>
    <message>
        <source>and {n} more on the Today page</source>
        <translation>and {n} more on the Today page</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Open</source>
        <extracomment>Distance of the popup from the window's bottom-right corner. At most this many tasks are listed; the rest are counted. Width of a task's text in the popup, in pixels (beside its two buttons).</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ReportPanel</name>
    <message>
        <source>Time on site</source>
        <extracomment>The report was written (True when the job was finished with it).</extracomment>
        <translation>Time on site</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>What was found and done, what the customer was told…</source>
        <translation>What was found and done, what the customer was told…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <source>What should follow, for the colleague who plans or sells it</source>
        <translation>What should follow, for the colleague who plans or sells it</translation>
    </message>
    <message>
        <source>Parts used</source>
        <translation>Parts used</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Photos and documents</translation>
    </message>
    <message>
        <source>Customer's signature</source>
        <translation>Customer's signature</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Keep what is written so far; the job stays open</source>
        <translation>Keep what is written so far; the job stays open</translation>
    </message>
    <message>
        <source>Finish the job</source>
        <translation>Finish the job</translation>
    </message>
    <message>
        <source>Save the report and mark the intervention done</source>
        <translation>Save the report and mark the intervention done</translation>
    </message>
    <message>
        <source>Job finished: {when}.</source>
        <translation>Job finished: {when}.</translation>
    </message>
    <message>
        <source>This intervention was cancelled: plan it again to report on it.</source>
        <translation>This intervention was cancelled: plan it again to report on it.</translation>
    </message>
    <message>
        <source>Not planned yet: plan it before finishing it.</source>
        <translation>Not planned yet: plan it before finishing it.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve the ticket</source>
        <translation>Resolve the ticket</translation>
    </message>
    <message>
        <source>Close the ticket</source>
        <translation>Close the ticket</translation>
    </message>
    <message>
        <source>What solved the problem? It is kept with the ticket, proposed for similar problems later, and can become a knowledge base article.</source>
        <translation>What solved the problem? It is kept with the ticket, proposed for similar problems later, and can become a knowledge base article.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Close ticket</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>Record a reply</source>
        <extracomment>What was made, by the key record_response returns it under: (kind main_window opens, id key). The reply was recorded: what core returned (history_id and lead_id / task_id / opportunity_id). The user asked to open what was made (kind, id): "lead", "task" or "opportunity".</extracomment>
        <translation>Record a reply</translation>
    </message>
    <message>
        <source>Reply from {name}</source>
        <translation>Reply from {name}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>To the campaign {name}</source>
        <translation>To the campaign {name}</translation>
    </message>
    <message>
        <source>Came by</source>
        <translation>Came by</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Also</translation>
    </message>
    <message>
        <source>What to do next, e.g. Send the quote</source>
        <translation>What to do next, e.g. Send the quote</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>Record the reply</translation>
    </message>
    <message>
        <source>The reply is in the history and an opportunity was created.</source>
        <translation>The reply is in the history and an opportunity was created.</translation>
    </message>
    <message>
        <source>Open the opportunity</source>
        <translation>Open the opportunity</translation>
    </message>
    <message>
        <source>The reply is in the history and a follow-up task was created.</source>
        <translation>The reply is in the history and a follow-up task was created.</translation>
    </message>
    <message>
        <source>Open the task</source>
        <translation>Open the task</translation>
    </message>
    <message>
        <source>The reply is in the history and a lead was created.</source>
        <translation>The reply is in the history and a lead was created.</translation>
    </message>
    <message>
        <source>Open the lead</source>
        <translation>Open the lead</translation>
    </message>
    <message>
        <source>The reply is in the person's history.</source>
        <translation>The reply is in the person's history.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <extracomment>After a preview was asked: True when the backup can be restored. The backup is in place; the path is where the previous database was kept. The restore was refused (the database in use is unchanged).</extracomment>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The backup replaces the database in use. That database is first kept aside, next to it, so nothing is lost. CRM Desktop then closes: start it again to work with the restored data.</source>
        <translation>The backup replaces the database in use. That database is first kept aside, next to it, so nothing is lost. CRM Desktop then closes: start it again to work with the restored data.</translation>
    </message>
    <message>
        <source>a backup file (.db, or encrypted)</source>
        <translation>a backup file (.db, or encrypted)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Encrypted backup</translation>
    </message>
    <message>
        <source>This backup is encrypted with a passphrase this computer does not know yet. Enter the business passphrase to open it.</source>
        <translation>This backup is encrypted with a passphrase this computer does not know yet. Enter the business passphrase to open it.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Open the backup</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>What the backup holds</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Backups (*.db *.crm *.crmbackup);;All files (*)</source>
        <translation>Backups (*.db *.crm *.crmbackup);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Reading the backup…</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Last change in it</source>
        <translation>Last change in it</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>The database in use before was kept as {path}.</source>
        <translation>The database in use before was kept as {path}.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <source>CRM Desktop closes now: start it again to work with the restored data.</source>
        <translation>CRM Desktop closes now: start it again to work with the restored data.</translation>
    </message>
    <message>
        <source>Close CRM Desktop</source>
        <translation>Close CRM Desktop</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Name</source>
        <extracomment>Changes that may add or remove a candidate.</extracomment>
        <translation>Name</translation>
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
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Known since</source>
        <translation>Known since</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <source>Retention review</source>
        <extracomment>Open a record: ("person", id).</extracomment>
        <translation>Retention review</translation>
    </message>
    <message>
        <source>No activity and no consent for</source>
        <translation>No activity and no consent for</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Keep the person: not listed again for another period</source>
        <translation>Keep the person: not listed again for another period</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>{n} people to review</source>
        <translation>{n} people to review</translation>
    </message>
    <message>
        <source>Nobody to review: everyone had some activity or gave consent in this period.</source>
        <translation>Nobody to review: everyone had some activity or gave consent in this period.</translation>
    </message>
    <message>
        <source>Kept at the retention review</source>
        <translation>Kept at the retention review</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Sale {number}</source>
        <translation>Sale {number}</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>New sale</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>No customer chosen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lines&lt;/b&gt; (product, description, quantity, unit price, discount %, amount)</source>
        <translation>&lt;b&gt;Lines&lt;/b&gt; (product, description, quantity, unit price, discount %, amount)</translation>
    </message>
    <message>
        <source>Revenue {revenue}</source>
        <translation>Revenue {revenue}</translation>
    </message>
    <message>
        <source>Revenue {revenue}   Cost {cost}   Margin {margin} ({percent} %)</source>
        <translation>Revenue {revenue}   Cost {cost}   Margin {margin} ({percent} %)</translation>
    </message>
    <message>
        <source>Delete the sale</source>
        <translation>Delete the sale</translation>
    </message>
    <message>
        <source>Move this sale to the trash? It can be restored from there.</source>
        <translation>Move this sale to the trash? It can be restored from there.</translation>
    </message>
</context>
<context>
    <name>SaleLineRow</name>
    <message>
        <source>— no product —</source>
        <extracomment>Line fields with an editor of their own (product_id is the chooser).</extracomment>
        <translation>— no product —</translation>
    </message>
    <message>
        <source>Type to search the catalogue</source>
        <translation>Type to search the catalogue</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Remove this line</translation>
    </message>
</context>
<context>
    <name>SaleListModel</name>
    <message>
        <source>Number</source>
        <extracomment>Tables whose changes may alter what the panel shows.</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Search</source>
        <extracomment>Kinds that open as themselves; a history entry opens its person or company. The badge of each kind of hit (the timeline's colours and symbols where it has them). Emitted after each search with the text searched and the number of hits.</extracomment>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search people, companies, tickets, interventions, articles and history…</source>
        <translation>Search people, companies, tickets, interventions, articles and history…</translation>
    </message>
    <message>
        <source>Type a name, an e-mail, a phone number, a city, a ticket or intervention number or a word from the history.</source>
        <translation>Type a name, an e-mail, a phone number, a city, a ticket or intervention number or a word from the history.</translation>
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
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
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
    <name>SegmentDialog</name>
    <message>
        <source>Edit the segment</source>
        <extracomment>The template fields each channel uses, in the order the form shows them. Characters in one SMS (GSM alphabet); longer texts are sent as several. The chosen channels changed (by the user or by loading a campaign).</extracomment>
        <translation>Edit the segment</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>New segment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Who is in it, e.g. Namur customers</source>
        <translation>Who is in it, e.g. Namur customers</translation>
    </message>
    <message>
        <source>Save the segment</source>
        <translation>Save the segment</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Who</source>
        <extracomment>The edits settled on criteria that core refuses (marked under them); nothing was counted.</extracomment>
        <translation>Who</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Purchases and contracts</source>
        <translation>Purchases and contracts</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>How to reach them</translation>
    </message>
    <message>
        <source>Beginnings, separated by commas: 50, 1000</source>
        <translation>Beginnings, separated by commas: 50, 1000</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>No count</source>
        <translation>No count</translation>
    </message>
    <message>
        <source>Correct the criteria marked in red.</source>
        <translation>Correct the criteria marked in red.</translation>
    </message>
    <message>
        <source>match all the criteria (any of the values ticked in each)</source>
        <translation>match all the criteria (any of the values ticked in each)</translation>
    </message>
    <message>
        <source>everyone: tick criteria to narrow down</source>
        <translation>everyone: tick criteria to narrow down</translation>
    </message>
</context>
<context>
    <name>SegmentField</name>
    <message>
        <source>Edit segment…</source>
        <translation>Edit segment…</translation>
    </message>
    <message>
        <source>Change who is in this segment (every campaign using it follows)</source>
        <translation>Change who is in this segment (every campaign using it follows)</translation>
    </message>
    <message>
        <source>New segment…</source>
        <translation>New segment…</translation>
    </message>
    <message>
        <source>A new segment, starting from the criteria of the chosen one</source>
        <translation>A new segment, starting from the criteria of the chosen one</translation>
    </message>
    <message>
        <source>— choose a segment —</source>
        <translation>— choose a segment —</translation>
    </message>
    <message>
        <source>Choose who the campaign is for.</source>
        <translation>Choose who the campaign is for.</translation>
    </message>
    <message>
        <source>1 person in this segment now</source>
        <translation>1 person in this segment now</translation>
    </message>
    <message>
        <source>{n} people in this segment now</source>
        <translation>{n} people in this segment now</translation>
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
        <translation>New</translation>
    </message>
    <message>
        <source>Start a new segment from no criteria</source>
        <translation>Start a new segment from no criteria</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>No saved segment yet. Tick criteria, give a name and save.</source>
        <translation>No saved segment yet. Tick criteria, give a name and save.</translation>
    </message>
    <message>
        <source>What these people have in common</source>
        <translation>What these people have in common</translation>
    </message>
    <message>
        <source>Notes: what the segment is for</source>
        <translation>Notes: what the segment is for</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Your role cannot change segments.</source>
        <translation>Your role cannot change segments.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Save the changes made to this segment?</source>
        <translation>Save the changes made to this segment?</translation>
    </message>
    <message>
        <source>Segment “{name}” was moved to the trash.</source>
        <translation>Segment “{name}” was moved to the trash.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Correct the criteria to see who is in.</source>
        <translation>Correct the criteria to see who is in.</translation>
    </message>
    <message>
        <source>The first {shown} of {count} by name; double-click to open.</source>
        <translation>The first {shown} of {count} by name; double-click to open.</translation>
    </message>
    <message>
        <source>Double-click a person to open them.</source>
        <translation>Double-click a person to open them.</translation>
    </message>
    <message>
        <source>Nobody matches these criteria.</source>
        <translation>Nobody matches these criteria.</translation>
    </message>
</context>
<context>
    <name>SendPanel</name>
    <message>
        <source>Nothing to send: build the list on the Members tab first.</source>
        <extracomment>Status badge colours (background, text). Tables whose changes alter what the Send tab counts.</extracomment>
        <translation>Nothing to send: build the list on the Members tab first.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>The e-mail run ended (the EmailRunReport, or None when it failed before sending). The user wants the mail server settings. The documents and files this role may make (letters, labels, sms_csv), as REPORT_PERMS says.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Send the e-mails still to send, one by one, through the mail server</source>
        <translation>Send the e-mails still to send, one by one, through the mail server</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop after the e-mail being sent; the rest stays to send</source>
        <translation>Stop after the e-mail being sent; the rest stays to send</translation>
    </message>
    <message>
        <source>Retry the failed</source>
        <translation>Retry the failed</translation>
    </message>
    <message>
        <source>Put the e-mails that failed (not the bounced ones) back to send</source>
        <translation>Put the e-mails that failed (not the bounced ones) back to send</translation>
    </message>
    <message>
        <source>Mail server settings…</source>
        <translation>Mail server settings…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sending… {done} of {total}</source>
        <translation>Sending… {done} of {total}</translation>
    </message>
    <message>
        <source>Stopping after the e-mail being sent…</source>
        <translation>Stopping after the e-mail being sent…</translation>
    </message>
    <message>
        <source>{n} e-mails are to send again.</source>
        <translation>{n} e-mails are to send again.</translation>
    </message>
    <message>
        <source>Letters and address labels</source>
        <translation>Letters and address labels</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>On a sheet already used: the first label still there (1 = top left, counted row by row)</source>
        <translation>On a sheet already used: the first label still there (1 = top left, counted row by row)</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation>Label sheet</translation>
    </message>
    <message>
        <source>Start at label</source>
        <translation>Start at label</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Letters…</translation>
    </message>
    <message>
        <source>One personalised letter per person, to preview, save or print</source>
        <translation>One personalised letter per person, to preview, save or print</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Labels…</translation>
    </message>
    <message>
        <source>The address labels of the same people, in the same order</source>
        <translation>The address labels of the same people, in the same order</translation>
    </message>
    <message>
        <source>Mark the letters as posted</source>
        <translation>Mark the letters as posted</translation>
    </message>
    <message>
        <source>Creating the document…</source>
        <translation>Creating the document…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letters</translation>
    </message>
    <message>
        <source>Letters: {name}</source>
        <translation>Letters: {name}</translation>
    </message>
    <message>
        <source>{n} letters written.</source>
        <translation>{n} letters written.</translation>
    </message>
    <message>
        <source>Left out, without a postal address: {names}</source>
        <translation>Left out, without a postal address: {names}</translation>
    </message>
    <message>
        <source>Once they are printed and posted, mark them so: the next batch holds only the rest.</source>
        <translation>Once they are printed and posted, mark them so: the next batch holds only the rest.</translation>
    </message>
    <message>
        <source>{n} letters marked as posted.</source>
        <translation>{n} letters marked as posted.</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>Address labels</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>labels</translation>
    </message>
    <message>
        <source>Labels: {name}</source>
        <translation>Labels: {name}</translation>
    </message>
    <message>
        <source>{n} labels on {layout} sheets.</source>
        <translation>{n} labels on {layout} sheets.</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Export for the SMS gateway…</source>
        <translation>Export for the SMS gateway…</translation>
    </message>
    <message>
        <source>A CSV file of numbers and personalised texts; the exported messages count as sent</source>
        <translation>A CSV file of numbers and personalised texts; the exported messages count as sent</translation>
    </message>
    <message>
        <source>Export the SMS</source>
        <translation>Export the SMS</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <source>1 message written to {path}.</source>
        <translation>1 message written to {path}.</translation>
    </message>
    <message>
        <source>{n} messages written to {path}.</source>
        <translation>{n} messages written to {path}.</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Phone calls</translation>
    </message>
    <message>
        <source>Who calls:</source>
        <translation>Who calls:</translation>
    </message>
    <message>
        <source>Share the calls</source>
        <translation>Share the calls</translation>
    </message>
    <message>
        <source>Deal the people still to call evenly among the ticked staff</source>
        <translation>Deal the people still to call evenly among the ticked staff</translation>
    </message>
    <message>
        <source>My call list…</source>
        <translation>My call list…</translation>
    </message>
    <message>
        <source>Nobody is left to call.</source>
        <translation>Nobody is left to call.</translation>
    </message>
    <message>
        <source>Calls shared: {shares}</source>
        <translation>Calls shared: {shares}</translation>
    </message>
    <message>
        <source>Save the campaign and build its list first.</source>
        <translation>Save the campaign and build its list first.</translation>
    </message>
    <message>
        <source>Only the people with consent and an address for a channel are sent to; each send is recorded with the consent it relied on.</source>
        <translation>Only the people with consent and an address for a channel are sent to; each send is recorded with the consent it relied on.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Countries offered for public holidays (core accepts any country the holidays package knows).</extracomment>
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
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Support levels</source>
        <translation>Support levels</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
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
        <source>Only an administrator can change the opening hours and rates.</source>
        <translation>Only an administrator can change the opening hours and rates.</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Service level clocks run only while the business is open.</source>
        <translation>Service level clocks run only while the business is open.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Days off</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Public holidays of</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Closing days of the business</source>
        <translation>Closing days of the business</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Rates</translation>
    </message>
    <message>
        <source>{currency} per km</source>
        <translation>{currency} per km</translation>
    </message>
    <message>
        <source>{currency} per hour</source>
        <translation>{currency} per hour</translation>
    </message>
    <message>
        <source>Cost of a kilometre</source>
        <translation>Cost of a kilometre</translation>
    </message>
    <message>
        <source>Price of a kilometre</source>
        <translation>Price of a kilometre</translation>
    </message>
    <message>
        <source>Cost of an hour of work</source>
        <translation>Cost of an hour of work</translation>
    </message>
    <message>
        <source>Default hourly rate</source>
        <translation>Default hourly rate</translation>
    </message>
    <message>
        <source>Warn when due within</source>
        <translation>Warn when due within</translation>
    </message>
    <message>
        <source>A level says how fast the desk answers and solves (in business hours), what an hour costs the customer and how many hours a year a contract includes.</source>
        <translation>A level says how fast the desk answers and solves (in business hours), what an hour costs the customer and how many hours a year a contract includes.</translation>
    </message>
    <message>
        <source>Only managers and administrators can change support levels.</source>
        <translation>Only managers and administrators can change support levels.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <source>Included per year</source>
        <translation>Included per year</translation>
    </message>
    <message>
        <source>On site included</source>
        <translation>On site included</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
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
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Remove the support level</source>
        <translation>Remove the support level</translation>
    </message>
    <message>
        <source>Remove the level “{name}”? It can be restored from the trash.</source>
        <translation>Remove the level “{name}”? It can be restored from the trash.</translation>
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
    <name>SetupFields</name>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Spring boiler check</source>
        <translation>e.g. Spring boiler check</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
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
        <translation>Letter</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Phone calls</source>
        <translation>Phone calls</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
</context>
<context>
    <name>SignatureBox</name>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Name of the person who signs</source>
        <translation>Name of the person who signs</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Keep the signature</source>
        <translation>Keep the signature</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>Sign again</translation>
    </message>
    <message>
        <source>The image of the signature has not reached this computer yet.</source>
        <translation>The image of the signature has not reached this computer yet.</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}</source>
        <translation>Signed by {name} on {when}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <extracomment>Blank space kept around the drawing in the PNG (in pad pixels). Drawn at twice the pad's resolution (then capped), so the PNG stays sharp when printed.</extracomment>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Sign with a finger, a pen or the mouse</source>
        <translation>Sign with a finger, a pen or the mouse</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Wipe the pad and sign again</source>
        <translation>Wipe the pad and sign again</translation>
    </message>
</context>
<context>
    <name>SlaPanel</name>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>The clocks start when the ticket is saved.</source>
        <translation>The clocks start when the ticket is saved.</translation>
    </message>
    <message>
        <source>&lt;b&gt;First response:&lt;/b&gt; {state}</source>
        <translation>&lt;b&gt;First response:&lt;/b&gt; {state}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resolution:&lt;/b&gt; {state}</source>
        <translation>&lt;b&gt;Resolution:&lt;/b&gt; {state}</translation>
    </message>
    <message>
        <source>no target (no support level)</source>
        <translation>no target (no support level)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>missed by {time}</source>
        <translation>missed by {time}</translation>
    </message>
    <message>
        <source>paused, waiting on the customer ({time} left)</source>
        <translation>paused, waiting on the customer ({time} left)</translation>
    </message>
    <message>
        <source>paused, waiting on the customer (late by {time})</source>
        <translation>paused, waiting on the customer (late by {time})</translation>
    </message>
    <message>
        <source>late by {time} (was due {due})</source>
        <translation>late by {time} (was due {due})</translation>
    </message>
    <message>
        <source>due {due}, {time} left</source>
        <translation>due {due}, {time} left</translation>
    </message>
</context>
<context>
    <name>SmsField</name>
    <message>
        <source>{n} / {max} characters · {parts} SMS</source>
        <translation>{n} / {max} characters · {parts} SMS</translation>
    </message>
    <message>
        <source>(before the fields are filled in)</source>
        <translation>(before the fields are filled in)</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsPage</name>
    <message>
        <source>Mail server</source>
        <extracomment>After "Test connection": True when the server answered and accepted the login.</extracomment>
        <translation>Mail server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>empty if the server needs no login</source>
        <translation>empty if the server needs no login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The password is kept on this computer only; it is not shared by sync.</source>
        <translation>The password is kept on this computer only; it is not shared by sync.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>news@your-business.example</source>
        <translation>news@your-business.example</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <source>your business's name</source>
        <translation>your business's name</translation>
    </message>
    <message>
        <source>Replies go to</source>
        <translation>Replies go to</translation>
    </message>
    <message>
        <source>empty: the sender address</source>
        <translation>empty: the sender address</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>At most</translation>
    </message>
    <message>
        <source>e-mails a minute (0: no limit)</source>
        <translation>e-mails a minute (0: no limit)</translation>
    </message>
    <message>
        <source>Unsubscribe line</source>
        <translation>Unsubscribe line</translation>
    </message>
    <message>
        <source>Added under every campaign e-mail, in the language of the person. {sender} becomes the address replies go to.</source>
        <translation>Added under every campaign e-mail, in the language of the person. {sender} becomes the address replies go to.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Only an administrator can change the mail server.</source>
        <translation>Only an administrator can change the mail server.</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Connecting to {server}…</translation>
    </message>
    <message>
        <source>Connected and logged in to {server}.</source>
        <translation>Connected and logged in to {server}.</translation>
    </message>
    <message>
        <source>Connected to {server}.</source>
        <translation>Connected to {server}.</translation>
    </message>
    <message>
        <source>The connection test stopped unexpectedly.</source>
        <translation>The connection test stopped unexpectedly.</translation>
    </message>
</context>
<context>
    <name>StockView</name>
    <message>
        <source>Locations</source>
        <extracomment>A record to open: ("intervention", id) when a movement of an intervention is double-clicked.</extracomment>
        <translation>Locations</translation>
    </message>
    <message>
        <source>To restock</source>
        <translation>To restock</translation>
    </message>
    <message>
        <source>To correct</source>
        <translation>To correct</translation>
    </message>
    <message>
        <source>Load for tomorrow</source>
        <translation>Load for tomorrow</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>New warehouse…</source>
        <translation>New warehouse…</translation>
    </message>
    <message>
        <source>New van…</source>
        <translation>New van…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Receive parts…</source>
        <translation>Receive parts…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Correct after a count…</source>
        <translation>Correct after a count…</translation>
    </message>
    <message>
        <source>Give back to the warehouse…</source>
        <translation>Give back to the warehouse…</translation>
    </message>
    <message>
        <source>Minimum…</source>
        <translation>Minimum…</translation>
    </message>
    <message>
        <source>The minimum of the chosen part here, and the level to fill to</source>
        <translation>The minimum of the chosen part here, and the level to fill to</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Fill to</source>
        <translation>Fill to</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>From → To</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Used beyond what the van held: count and correct</source>
        <translation>Used beyond what the van held: count and correct</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movements</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>To add</translation>
    </message>
    <message>
        <source>Every part is at or above its minimum.</source>
        <translation>Every part is at or above its minimum.</translation>
    </message>
    <message>
        <source>Parts below their minimum, and how many bring them back to the level to fill to. Set minimums on the Locations tab (Minimum…).</source>
        <translation>Parts below their minimum, and how many bring them back to the level to fill to. Set minimums on the Locations tab (Minimum…).</translation>
    </message>
    <message>
        <source>Used beyond stock</source>
        <translation>Used beyond stock</translation>
    </message>
    <message>
        <source>Count overtaken</source>
        <translation>Count overtaken</translation>
    </message>
    <message>
        <source>No level below zero and no part used beyond the stock.</source>
        <translation>No level below zero and no part used beyond the stock.</translation>
    </message>
    <message>
        <source>Levels below zero and parts fitted beyond what the van held: count them and write what is really there.</source>
        <translation>Levels below zero and parts fitted beyond what the van held: count them and write what is really there.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>In the van</source>
        <translation>In the van</translation>
    </message>
    <message>
        <source>To load</source>
        <translation>To load</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Transfer from warehouse</source>
        <translation>Transfer from warehouse</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>What each technician should load for a day's planned interventions: the parts to bring, less what the van already holds.</source>
        <translation>What each technician should load for a day's planned interventions: the parts to bring, less what the van already holds.</translation>
    </message>
    <message>
        <source>supplier</source>
        <translation>supplier</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>No stock location yet</source>
        <translation>No stock location yet</translation>
    </message>
    <message>
        <source>Create a warehouse, then a van for each technician.</source>
        <translation>Create a warehouse, then a van for each technician.</translation>
    </message>
    <message>
        <source>{kind} of {technician}</source>
        <translation>{kind} of {technician}</translation>
    </message>
    <message>
        <source>Nothing here yet: receive parts, or transfer some from another location.</source>
        <translation>Nothing here yet: receive parts, or transfer some from another location.</translation>
    </message>
    <message>
        <source>Levels and movements appear here once a location is chosen.</source>
        <translation>Levels and movements appear here once a location is chosen.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>No technician yet.</source>
        <translation>No technician yet.</translation>
    </message>
    <message>
        <source>This technician has no van: give them one on the Technicians page.</source>
        <translation>This technician has no van: give them one on the Technicians page.</translation>
    </message>
    <message>
        <source>Van: {name}</source>
        <translation>Van: {name}</translation>
    </message>
    <message>
        <source>No part to bring for the interventions planned that day.</source>
        <translation>No part to bring for the interventions planned that day.</translation>
    </message>
    <message>
        <source>Transfers written: {n}. The van now holds what the day needs.</source>
        <translation>Transfers written: {n}. The van now holds what the day needs.</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>Cross-sell</translation>
    </message>
    <message>
        <source>Up-sell</source>
        <translation>Up-sell</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>Support level</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>What this customer may need next: the best links with what they bought, the next tier of what they own, a better support level.</source>
        <extracomment>The list was read again (the page updates its tab title "Suggestions (n)").</extracomment>
        <translation>What this customer may need next: the best links with what they bought, the next tier of what they own, a better support level.</translation>
    </message>
    <message>
        <source>Based on what similar customers bought, the next tier of what they own and their support use this year.</source>
        <translation>Based on what similar customers bought, the next tier of what they own and their support use this year.</translation>
    </message>
    <message>
        <source>Nothing to suggest yet: suggestions come from what customers bought.</source>
        <translation>Nothing to suggest yet: suggestions come from what customers bought.</translation>
    </message>
    <message>
        <source>Choose the customer to see what they may need next.</source>
        <translation>Choose the customer to see what they may need next.</translation>
    </message>
    <message>
        <source>Save the record first to see suggestions for it.</source>
        <translation>Save the record first to see suggestions for it.</translation>
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
        <translation>Support costs</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Time, parts and travel spent on tickets, per customer, category, support level and technician, with the service levels kept.</source>
        <translation>Time, parts and travel spent on tickets, per customer, category, support level and technician, with the service levels kept.</translation>
    </message>
    <message>
        <source>support-costs</source>
        <translation>support-costs</translation>
    </message>
    <message>
        <source>Creating the report…</source>
        <translation>Creating the report…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The report could not be created. The details were written to the log file.</source>
        <translation>The report could not be created. The details were written to the log file.</translation>
    </message>
    <message>
        <source>Cancelled: no report was created.</source>
        <translation>Cancelled: no report was created.</translation>
    </message>
</context>
<context>
    <name>SupportFormat</name>
    <message>
        <source>Today {time}</source>
        <extracomment>Background and text colours of the status badge.</extracomment>
        <translation>Today {time}</translation>
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation>Tomorrow {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Yesterday {time}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{h} h {m:02d}</source>
        <translation>{h} h {m:02d}</translation>
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
    <name>TaskDialog</name>
    <message>
        <source>Edit the task</source>
        <translation>Edit the task</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>What to do, e.g. Call back about the quote</source>
        <translation>What to do, e.g. Call back about the quote</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>About: {what}</source>
        <translation>About: {what}</translation>
    </message>
    <message>
        <source>Delete the task</source>
        <translation>Delete the task</translation>
    </message>
    <message>
        <source>Move this task to the trash?</source>
        <translation>Move this task to the trash?</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>Done</source>
        <extracomment>Roles that may look at everyone's tasks.</extracomment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Open {what}</source>
        <translation>Open {what}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Today</source>
        <extracomment>Open a record of the application: (kind, id), kind person/company/ticket/intervention/sale. The lists were filled again (how many tasks today, how many in the next days).</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Everyone's tasks</source>
        <translation>Everyone's tasks</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Overdue and today ({n})</source>
        <translation>Overdue and today ({n})</translation>
    </message>
    <message>
        <source>Today ({n})</source>
        <translation>Today ({n})</translation>
    </message>
    <message>
        <source>Next 7 days ({n})</source>
        <translation>Next 7 days ({n})</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nothing due today.</translation>
    </message>
    <message>
        <source>Nothing planned for the next 7 days.</source>
        <translation>Nothing planned for the next 7 days.</translation>
    </message>
    <message>
        <source>Done: {title}</source>
        <translation>Done: {title}</translation>
    </message>
</context>
<context>
    <name>TechniciansView</name>
    <message>
        <source>Monday</source>
        <extracomment>A technician's profile was saved (their id).</extracomment>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>New technician…</source>
        <translation>New technician…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>No technician yet. Create one with New technician.</source>
        <translation>No technician yet. Create one with New technician.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Skills as tags, separated by commas; for instance: {skills}</source>
        <translation>Skills as tags, separated by commas; for instance: {skills}</translation>
    </message>
    <message>
        <source>Home base</source>
        <translation>Home base</translation>
    </message>
    <message>
        <source>Namur</source>
        <translation>Namur</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Active (planned and suggested)</source>
        <translation>Active (planned and suggested)</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>As 08:00-17:00, in the shop's time zone; leave a day empty when it is a day off.</source>
        <translation>As 08:00-17:00, in the shop's time zone; leave a day empty when it is a day off.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Add absence</source>
        <translation>Add absence</translation>
    </message>
    <message>
        <source>Choose a technician on the left.</source>
        <translation>Choose a technician on the left.</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <source>Their profile, working hours and absences will show here.</source>
        <translation>Their profile, working hours and absences will show here.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to this technician's profile?</source>
        <translation>Save the changes to this technician's profile?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>TicketDetailView</name>
    <message>
        <source>Customer</source>
        <extracomment>Proposals were read again for what is typed (their number). A new intervention for this ticket: its initial values (ticket_id, company_id, person_id, subject, kind).</extracomment>
        <translation>Customer</translation>
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
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>What is the problem?</source>
        <translation>What is the problem?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Make, model, version…</source>
        <translation>Make, model, version…</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
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
        <translation>Time &amp;&amp; costs</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Write what solved the problem and resolve the ticket</source>
        <translation>Write what solved the problem and resolve the ticket</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Close ticket</translation>
    </message>
    <message>
        <source>Nothing more to do for the customer</source>
        <translation>Nothing more to do for the customer</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Make knowledge article</source>
        <translation>Make knowledge article</translation>
    </message>
    <message>
        <source>Turn this solved problem into an article proposed for similar problems</source>
        <translation>Turn this solved problem into an article proposed for similar problems</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>Print / PDF…</translation>
    </message>
    <message>
        <source>On site ({n})</source>
        <translation>On site ({n})</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <source>Who calls, and what is the problem?</source>
        <translation>Who calls, and what is the problem?</translation>
    </message>
    <message>
        <source>opened {when}</source>
        <translation>opened {when}</translation>
    </message>
    <message>
        <source>The article “{title}” was added to the knowledge base.</source>
        <translation>The article “{title}” was added to the knowledge base.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Open it</translation>
    </message>
</context>
<context>
    <name>TicketField</name>
    <message>
        <source>Ticket number</source>
        <extracomment>Changes that may alter what the page shows besides the intervention's own row. The order of the status buttons, and which ones lead the job forward.</extracomment>
        <translation>Ticket number</translation>
    </message>
    <message>
        <source>Open this ticket</source>
        <translation>Open this ticket</translation>
    </message>
</context>
<context>
    <name>TicketInterventionsPanel</name>
    <message>
        <source>Plan an intervention…</source>
        <translation>Plan an intervention…</translation>
    </message>
    <message>
        <source>Send a technician on site for this ticket</source>
        <translation>Send a technician on site for this ticket</translation>
    </message>
    <message>
        <source>Save the ticket first to plan an intervention for it.</source>
        <translation>Save the ticket first to plan an intervention for it.</translation>
    </message>
    <message>
        <source>No intervention for this ticket yet. Plan one when someone must go on site.</source>
        <translation>No intervention for this ticket yet. Plan one when someone must go on site.</translation>
    </message>
</context>
<context>
    <name>TicketModel</name>
    <message>
        <source>paused</source>
        <extracomment>Queues and counts are read again this often: due states change with time alone. Tables whose changes can move a ticket between queues or change what a row shows. Initial widths (in average characters) per column key. Queues whose count is not shown (the biggest ones: counting them costs most and says least). Until the user sorts by a column: active queues by due time, the others newest first (finished tickets race no clock, and the opening date is indexed).</extracomment>
        <translation>paused</translation>
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
        <translation>New ticket</translation>
    </message>
    <message>
        <source>Log a new problem (Ctrl+Shift+T)</source>
        <translation>Log a new problem (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Search tickets: number, subject, description, product…</source>
        <translation>Search tickets: number, subject, description, product…</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>{queue} ({n})</source>
        <translation>{queue} ({n})</translation>
    </message>
    <message>
        <source>Tickets: {count}</source>
        <translation>Tickets: {count}</translation>
    </message>
    <message>
        <source>No ticket matches these filters.</source>
        <translation>No ticket matches these filters.</translation>
    </message>
    <message>
        <source>No tickets yet. Click “New ticket” to log the first problem.</source>
        <translation>No tickets yet. Click “New ticket” to log the first problem.</translation>
    </message>
    <message>
        <source>Nothing in this queue.</source>
        <translation>Nothing in this queue.</translation>
    </message>
</context>
<context>
    <name>TierChart</name>
    <message>
        <source>Customers by tier</source>
        <extracomment>A tier's slice was clicked (its key).</extracomment>
        <translation>Customers by tier</translation>
    </message>
    <message>
        <source>No customer bought in the last three years</source>
        <translation>No customer bought in the last three years</translation>
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
        <extracomment>Quick log buttons, then the kinds of the "More…" menu. Colour and symbol of the kinds we know; any other kind gets a colour from its name.</extracomment>
        <translation>Today {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>Yesterday {time}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 line</translation>
    </message>
    <message>
        <source>{n} lines</source>
        <translation>{n} lines</translation>
    </message>
    <message>
        <source>Revenue {revenue}</source>
        <translation>Revenue {revenue}</translation>
    </message>
    <message>
        <source> ({percent} %)</source>
        <translation> ({percent} %)</translation>
    </message>
    <message>
        <source>Revenue {revenue}, margin {margin}{percent}</source>
        <translation>Revenue {revenue}, margin {margin}{percent}</translation>
    </message>
    <message>
        <source>{labels}: {text}</source>
        <translation>{labels}: {text}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Assigned to {name}</translation>
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
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Knowledge base article</source>
        <translation>Knowledge base article</translation>
    </message>
    <message>
        <source>{fields} (on {machines})</source>
        <translation>{fields} (on {machines})</translation>
    </message>
</context>
<context>
    <name>UnsubscribeDialog</name>
    <message>
        <source>Unsubscribe</source>
        <translation>Unsubscribe</translation>
    </message>
    <message>
        <source>{name} no longer wants to be contacted this way. Their consent is withdrawn today and noted in their history; nothing more is sent to them on this channel, by this campaign or any other.</source>
        <translation>{name} no longer wants to be contacted this way. Their consent is withdrawn today and noted in their history; nothing more is sent to them on this channel, by this campaign or any other.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Ask for a user and password when CRM Desktop opens (and on the command line)</source>
        <translation>Ask for a user and password when CRM Desktop opens (and on the command line)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Only administrators can change users.</source>
        <translation>Only administrators can change users.</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <source>Active (may log in)</source>
        <translation>Active (may log in)</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>Save role and status</source>
        <translation>Save role and status</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Give a temporary password that must be changed at the next log-in</source>
        <translation>Give a temporary password that must be changed at the next log-in</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporary</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Selected user: {name}</source>
        <translation>Selected user: {name}</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The password of {name} is set.</source>
        <translation>The password of {name} is set.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Give {name} a temporary password? Their current password stops working.</source>
        <translation>Give {name} a temporary password? Their current password stops working.</translation>
    </message>
    <message>
        <source>Temporary password of {name}: {password}
Give it to them now: it is not shown again. They choose their own at their next log-in.</source>
        <translation>Temporary password of {name}: {password}
Give it to them now: it is not shown again. They choose their own at their next log-in.</translation>
    </message>
</context>
<context>
    <name>UtilisationChart</name>
    <message>
        <source>Technician utilisation</source>
        <translation>Technician utilisation</translation>
    </message>
    <message>
        <source>No technician</source>
        <translation>No technician</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Worked</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>{name} — {what}: {hours} h ({ratio} of available)</source>
        <translation>{name} — {what}: {hours} h ({ratio} of available)</translation>
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
    <message>
        <source>RFM tier: how recently, how often and how much this customer bought over the last 3 years.</source>
        <extracomment>Tables whose changes may alter a card: what is sold, what serving the customer costs, and the contacts that the "silent" risk looks at. Chip colours per RFM tier (background, text): good tiers green/blue, the worrying ones amber/grey.</extracomment>
        <translation>RFM tier: how recently, how often and how much this customer bought over the last 3 years.</translation>
    </message>
    <message>
        <source>{company}, last 12 months:</source>
        <translation>{company}, last 12 months:</translation>
    </message>
    <message>
        <source>Last 12 months:</source>
        <translation>Last 12 months:</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Cost to serve</translation>
    </message>
    <message>
        <source>Support time, parts, travel, interventions and campaigns.</source>
        <translation>Support time, parts, travel, interventions and campaigns.</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Costs more than it brings: the margin does not cover the cost to serve.</source>
        <translation>Costs more than it brings: the margin does not cover the cost to serve.</translation>
    </message>
    <message>
        <source>Margin minus the cost to serve.</source>
        <translation>Margin minus the cost to serve.</translation>
    </message>
    <message>
        <source>Figures of {company}, the company this person works for.</source>
        <translation>Figures of {company}, the company this person works for.</translation>
    </message>
    <message>
        <source>no sales in the 12 months before</source>
        <translation>no sales in the 12 months before</translation>
    </message>
    <message>
        <source>{arrow} {percent} % vs the 12 months before</source>
        <translation>{arrow} {percent} % vs the 12 months before</translation>
    </message>
</context>
<context>
    <name>WebsiteField</name>
    <message>
        <source>www.example.com</source>
        <extracomment>Changes that never alter a company's timeline (its people's changes may: they can move). Changes that may alter the company's tickets tab. Changes that may alter the company's support contract.</extracomment>
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
        <extracomment>Longest intervention the overlap queries look back for (a start this far before a slot can still run into it). No zone changes its UTC offset twice within this long (real zones: twice a year at most).
----------
JSON columns that hold a list (the others hold a map).
----------
Interventions with their customer's names and phone, as every field document lists them.</extracomment>
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
        <translation>{path} is the database in use; choose another file.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <extracomment>Automatic backups are named crm-YYYYmmdd-HHMMSS.db (local time of the machine).</extracomment>
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
        <source>{path} was refused: {reason}</source>
        <translation>{path} was refused: {reason}</translation>
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
        <source>{path} is encrypted, or is not a CRM Desktop database: this computer cannot open encrypted databases (SQLCipher is not installed).</source>
        <translation>{path} is encrypted, or is not a CRM Desktop database: this computer cannot open encrypted databases (SQLCipher is not installed).</translation>
    </message>
    <message>
        <source>{path} is encrypted with a passphrase this computer does not know, or is not a CRM Desktop database.</source>
        <translation>{path} is encrypted with a passphrase this computer does not know, or is not a CRM Desktop database.</translation>
    </message>
    <message>
        <source>The database in use is encrypted with a key this computer does not know; nothing was restored.</source>
        <translation>The database in use is encrypted with a key this computer does not know; nothing was restored.</translation>
    </message>
    <message>
        <source>Cannot make the backup folder {path}: {reason}</source>
        <extracomment>Links that may dangle after a merge of two offline machines (no FOREIGN KEYs).</extracomment>
        <translation>Cannot make the backup folder {path}: {reason}</translation>
    </message>
    <message>
        <source>Unexpected problem: {reason}</source>
        <extracomment>When it failed (UTC ISO text). Why, as core's message (translated when shown) and its parameters.</extracomment>
        <translation>Unexpected problem: {reason}</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>What a preview counts: (label, table).</extracomment>
        <translation>People</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>History entries</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Demo data was cancelled; nothing was added.</source>
        <extracomment>Where the word lists are (plain UTF-8 JSON, readable and editable by hand). ``progress(done, total)``; returning False cancels (None or True carry on). Field service: the technicians' team, the parts catalogue and the interventions. Support tickets added (with their events, time, costs; levels, contracts and articles come along). Not compared: what the support part adds is checked by its own tests. Interventions added (with technicians, vans, parts and stock); checked by demo_field's tests. History written by the leads and campaigns demo (replies, calls, first contacts), after the ``history`` rows above, which are the only ones in time order by rid. Products, sales and lines of the sales demo (``demo_sales.SalesCounts``).</extracomment>
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
        <source>Choose who the campaign is for.</source>
        <extracomment>The history kind of a touch on each campaign channel. Sends in these statuses are done: building again never changes them.</extracomment>
        <translation>Choose who the campaign is for.</translation>
    </message>
    <message>
        <source>This campaign was cancelled: put it back to draft first.</source>
        <translation>This campaign was cancelled: put it back to draft first.</translation>
    </message>
    <message>
        <source>Replied</source>
        <extracomment>Filters of the members list: a send status on any channel, or what happened with the member.</extracomment>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>To call</source>
        <translation>To call</translation>
    </message>
    <message>
        <source>Unknown channel: {channel}.</source>
        <translation>Unknown channel: {channel}.</translation>
    </message>
    <message>
        <source>Write what the person answered.</source>
        <translation>Write what the person answered.</translation>
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
        <extracomment>Fields a task form edits. Tasks with what a list shows next to them: assignee, customer and linked record.</extracomment>
        <translation>Not a date and time.</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>A rate cannot be negative.</translation>
    </message>
    <message>
        <source>Choose the person or company concerned.</source>
        <extracomment>A person's display name as the support report writes it ("first last", trimmed).
----------
Kinds that have a direction (in/out).
----------
Per-entry rounding, the same as each entry shows.</extracomment>
        <translation>Choose the person or company concerned.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>The end comes before the start.</translation>
    </message>
    <message>
        <source>Write a subject or a text.</source>
        <translation>Write a subject or a text.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Up to which row a technician's people list walks the sort's index (see ``RecordList.page``). Whose scope limits the rows (``access.seen_by``): a technician's id, or None for everything.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Lead</source>
        <extracomment>Leads, when they arrived; the title is what the lead wants (product, else the interest typed), the summary the lead's notes (shown as they are, like a history entry's text).</extracomment>
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
        <extracomment>Campaign channels and the consent channel each relies on.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>To send</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Bounced</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Left out</translation>
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
        <extracomment>The criteria, in the order they are shown and described, with their labels.</extracomment>
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
        <source>export contacts, calendars and labels</source>
        <translation>export contacts, calendars and labels</translation>
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
        <source>work on tickets</source>
        <translation>work on tickets</translation>
    </message>
    <message>
        <source>delete tickets</source>
        <translation>delete tickets</translation>
    </message>
    <message>
        <source>change support levels and contracts</source>
        <translation>change support levels and contracts</translation>
    </message>
    <message>
        <source>write knowledge base articles</source>
        <translation>write knowledge base articles</translation>
    </message>
    <message>
        <source>record time and costs</source>
        <translation>record time and costs</translation>
    </message>
    <message>
        <source>print management reports</source>
        <translation>print management reports</translation>
    </message>
    <message>
        <source>record interventions</source>
        <translation>record interventions</translation>
    </message>
    <message>
        <source>delete interventions</source>
        <translation>delete interventions</translation>
    </message>
    <message>
        <source>plan interventions</source>
        <translation>plan interventions</translation>
    </message>
    <message>
        <source>change technicians and their absences</source>
        <translation>change technicians and their absences</translation>
    </message>
    <message>
        <source>receive, move and correct stock</source>
        <translation>receive, move and correct stock</translation>
    </message>
    <message>
        <source>change products and parts</source>
        <translation>change products and parts</translation>
    </message>
    <message>
        <source>record sales</source>
        <translation>record sales</translation>
    </message>
    <message>
        <source>delete sales</source>
        <translation>delete sales</translation>
    </message>
    <message>
        <source>plan follow-up tasks</source>
        <translation>plan follow-up tasks</translation>
    </message>
    <message>
        <source>work on leads</source>
        <translation>work on leads</translation>
    </message>
    <message>
        <source>change how leads are assigned</source>
        <translation>change how leads are assigned</translation>
    </message>
    <message>
        <source>work on sales opportunities</source>
        <translation>work on sales opportunities</translation>
    </message>
    <message>
        <source>prepare campaigns and segments</source>
        <translation>prepare campaigns and segments</translation>
    </message>
    <message>
        <source>send campaigns</source>
        <translation>send campaigns</translation>
    </message>
    <message>
        <source>export or erase a person's data</source>
        <translation>export or erase a person's data</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>read the audit trail</translation>
    </message>
    <message>
        <source>see profitability, management and retention figures</source>
        <translation>see profitability, management and retention figures</translation>
    </message>
    <message>
        <source>see margins and costs</source>
        <translation>see margins and costs</translation>
    </message>
    <message>
        <source>delete tasks</source>
        <translation>delete tasks</translation>
    </message>
    <message>
        <source>delete leads</source>
        <translation>delete leads</translation>
    </message>
    <message>
        <source>delete sales opportunities</source>
        <translation>delete sales opportunities</translation>
    </message>
    <message>
        <source>remove files</source>
        <translation>remove files</translation>
    </message>
    <message>
        <source>delete knowledge base articles</source>
        <translation>delete knowledge base articles</translation>
    </message>
    <message>
        <source>delete time and cost entries</source>
        <translation>delete time and cost entries</translation>
    </message>
    <message>
        <source>{user} ({role}) is not allowed to {operation}.</source>
        <extracomment>Deleting anything (and undoing a deletion): never a technician's job (issue 8). The running of the business itself: who may use the app, how it is set up. Office work a technician in the field neither does nor sees: exports, campaigns, the catalogue, contracts, money figures beyond their own jobs, other people's data rights and the audit trail. What each role may NOT do; everything else is allowed. Issue 8: technicians work their own interventions (log history, record reports, use stock) and cannot export, delete, run campaigns or see margins; staff work people, companies, history, tickets, sales and campaigns without user management, contracts, field-service deletes or profitability reports; managers do everything but user management and settings; admins do everything. The printed reports and exports that are given a database rather than a Context (they run on a worker's own connection): the UI and the command line call ``require_report`` before starting one.</extracomment>
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
        <source>Ticket opened</source>
        <extracomment>Columns every source returns, in this order.</extracomment>
        <translation>Ticket opened</translation>
    </message>
    <message>
        <source>Task done</source>
        <extracomment>Interventions with a date, at their planned start (a done job stays where it was planned). Ordered on planned_start, which interventions_by_person / interventions_by_company index after the customer: the branch reads the newest entries straight from the index. Jobs still to plan (no date yet), at the time they were asked for. A branch of their own so that every branch orders on the time it shows: one ordered on planned_start would put them after everything and cut them off a long timeline. The same indexes find them (customer, planned_start IS NULL); the few a customer has are sorted by created_at. Done follow-up tasks, at the time they were done (open ones are plans, not history). Ordered on done_at so that the branch's own LIMIT keeps the newest done tasks; the tasks_by_person/company indexes (on due_at) find the customer's tasks, which are few.</extracomment>
        <translation>Task done</translation>
    </message>
    <message>
        <source>Campaign e-mail</source>
        <extracomment>Campaign messages sent to a person, one kind per channel, at the time they went out; the summary is the address used (e-mail, number, postal address). Replies are history entries of their own.</extracomment>
        <translation>Campaign e-mail</translation>
    </message>
    <message>
        <source>Campaign letter</source>
        <translation>Campaign letter</translation>
    </message>
    <message>
        <source>Campaign call</source>
        <translation>Campaign call</translation>
    </message>
    <message>
        <source>Campaign SMS</source>
        <translation>Campaign SMS</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Actions of row changes, read from the change log. Kinds of events written by :func:`record` (an event's kind is its action in the trail). Short names callers may use for events: record(ctx, "export") is stored as "exported".</extracomment>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Printed or saved as PDF</source>
        <translation>Printed or saved as PDF</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Log-in refused</source>
        <translation>Log-in refused</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Personal data erased</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>Table -&gt; the record kind the windows open (main_window.open_record).
----------
The hour, in the shop's time zone, of a task given a due date without a time. Kinds of record a task may be linked to, and the table that holds each.</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Intervention</source>
        <extracomment>Messages, status changes, reassignments... of tickets, on the ticket's customer. Separates the parts of an intervention entry's summary: status key, kind key, then text.</extracomment>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Sale</source>
        <extracomment>Sales on the day they were made (noon UTC: the same calendar day wherever the shop is in Europe); the summary is the number of lines, the view adds the amounts (core sales.totals).</extracomment>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Knowledge base article</source>
        <translation>Knowledge base article</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>History entry</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Ticket step</source>
        <translation>Ticket step</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Time spent</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Part used</source>
        <translation>Part used</translation>
    </message>
    <message>
        <source>Technician on the job</source>
        <translation>Technician on the job</translation>
    </message>
    <message>
        <source>Sale line</source>
        <translation>Sale line</translation>
    </message>
    <message>
        <source>Campaign cost</source>
        <translation>Campaign cost</translation>
    </message>
    <message>
        <source>Unknown audit event: {kind}.</source>
        <extracomment>A record's parts, whose changes belong to its history: (table, column naming the record). A ticket's messages and steps, time and costs; a job's technicians, parts and costs; a sale's lines; a campaign's costs. Not a person's or company's history entries, tickets or sales: those are records of their own, on the person's timeline, each with its own history (what Act! and Odoo show too). A readable name per table, as SQL over the table's columns (the record search matches it). Book-keeping columns: part of every write, not "what changed". Columns whose values are never shown (only that they changed). Stored forms of "nothing" (a new record's empty text, list or map). Tables not shown as row changes: the events themselves (shown as events). "change" (site, seq of the log) or "event" (the audit_events id).</extracomment>
        <translation>Unknown audit event: {kind}.</translation>
    </message>
    <message>
        <source>Write what there is to do.</source>
        <translation>Write what there is to do.</translation>
    </message>
    <message>
        <source>Unknown kind of record: {kind}.</source>
        <translation>Unknown kind of record: {kind}.</translation>
    </message>
    <message>
        <source>A linked record needs both its kind and its id.</source>
        <translation>A linked record needs both its kind and its id.</translation>
    </message>
    <message>
        <source>The linked {kind} does not exist (any more).</source>
        <translation>The linked {kind} does not exist (any more).</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <extracomment>Set by an administrator's reset: the next log-in asks for a password of the user's own.</extracomment>
        <translation>This user no longer exists.</translation>
    </message>
    <message>
        <source>Another user already has this name.</source>
        <translation>Another user already has this name.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself: ask another administrator.</source>
        <translation>You cannot deactivate yourself: ask another administrator.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain (with a password when log-in is required).</source>
        <translation>At least one active administrator must remain (with a password when log-in is required).</translation>
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
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <source>Choose who will call.</source>
        <translation>Choose who will call.</translation>
    </message>
    <message>
        <source>Choose how the call went.</source>
        <translation>Choose how the call went.</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>At most {n} characters.</translation>
    </message>
    <message>
        <source>This person is not a member of the campaign.</source>
        <translation>This person is not a member of the campaign.</translation>
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
        <extracomment>Stored as the reason of a send bounced before reaching the server (the UI translates it).</extracomment>
        <translation>Not a valid e-mail address.</translation>
    </message>
    <message>
        <source>Set up the mail server in the settings (E-mail page) first.</source>
        <extracomment>How many e-mails were to send when the run started. Sends that stopped being pending during the run (the person unsubscribed, another computer sent them).</extracomment>
        <translation>Set up the mail server in the settings (E-mail page) first.</translation>
    </message>
    <message>
        <source>This campaign was cancelled: it sends nothing more.</source>
        <translation>This campaign was cancelled: it sends nothing more.</translation>
    </message>
    <message>
        <source>The campaign's e-mail has no subject.</source>
        <translation>The campaign's e-mail has no subject.</translation>
    </message>
    <message>
        <source>The campaign's e-mail has no text.</source>
        <translation>The campaign's e-mail has no text.</translation>
    </message>
    <message>
        <source>The e-mail uses fields that do not exist: {fields}.</source>
        <translation>The e-mail uses fields that do not exist: {fields}.</translation>
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
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Not a number.</translation>
    </message>
    <message>
        <source>Give a whole number of parts.</source>
        <translation>Give a whole number of parts.</translation>
    </message>
    <message>
        <source>A quantity must be more than zero.</source>
        <extracomment>Fields of the sale itself that a form edits.
----------
A hundred billion: no line of a small business's support costs comes near it, and sums of many such lines stay far inside SQLite's 64-bit integers.</extracomment>
        <translation>A quantity must be more than zero.</translation>
    </message>
    <message>
        <source>This quantity is too large.</source>
        <translation>This quantity is too large.</translation>
    </message>
    <message>
        <source>At most three decimals.</source>
        <translation>At most three decimals.</translation>
    </message>
    <message>
        <source>A discount is between 0 and 100 %.</source>
        <translation>A discount is between 0 and 100 %.</translation>
    </message>
    <message>
        <source>At most two decimals.</source>
        <translation>At most two decimals.</translation>
    </message>
    <message>
        <source>Choose the person or company who bought.</source>
        <translation>Choose the person or company who bought.</translation>
    </message>
    <message>
        <source>Give the day of the sale.</source>
        <translation>Give the day of the sale.</translation>
    </message>
    <message>
        <source>The lines must be a list of rows.</source>
        <translation>The lines must be a list of rows.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Add at least one line.</translation>
    </message>
    <message>
        <source>This line cannot be read.</source>
        <translation>This line cannot be read.</translation>
    </message>
    <message>
        <source>Choose a product or describe what was sold.</source>
        <translation>Choose a product or describe what was sold.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <source>A tier is a whole number from 0 to 9.</source>
        <translation>A tier is a whole number from 0 to 9.</translation>
    </message>
    <message>
        <source>Choose a stock location.</source>
        <translation>Choose a stock location.</translation>
    </message>
    <message>
        <source>Choose another location.</source>
        <translation>Choose another location.</translation>
    </message>
    <message>
        <source>Only {held} in {location}.</source>
        <translation>Only {held} in {location}.</translation>
    </message>
    <message>
        <source>Give the quantity counted.</source>
        <translation>Give the quantity counted.</translation>
    </message>
    <message>
        <source>Give the minimum quantity.</source>
        <translation>Give the minimum quantity.</translation>
    </message>
    <message>
        <source>Fill up to at least the minimum.</source>
        <translation>Fill up to at least the minimum.</translation>
    </message>
    <message>
        <source>This technician has no van.</source>
        <translation>This technician has no van.</translation>
    </message>
    <message>
        <source>Not enough in {location} (there/needed), nothing was moved: {parts}.</source>
        <translation>Not enough in {location} (there/needed), nothing was moved: {parts}.</translation>
    </message>
    <message>
        <source>Give the duration in minutes.</source>
        <extracomment>Fields the intervention form edits.</extracomment>
        <translation>Give the duration in minutes.</translation>
    </message>
    <message>
        <source>An intervention lasts at least 5 minutes.</source>
        <translation>An intervention lasts at least 5 minutes.</translation>
    </message>
    <message>
        <source>An intervention lasts at most 14 days.</source>
        <translation>An intervention lasts at most 14 days.</translation>
    </message>
    <message>
        <source>A distance cannot be negative.</source>
        <translation>A distance cannot be negative.</translation>
    </message>
    <message>
        <source>This distance is too large.</source>
        <translation>This distance is too large.</translation>
    </message>
    <message>
        <source>Write what the job is.</source>
        <translation>Write what the job is.</translation>
    </message>
    <message>
        <source>This time is in the past: choose a time to come, or record the work done instead.</source>
        <translation>This time is in the past: choose a time to come, or record the work done instead.</translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation>Choose a date and time.</translation>
    </message>
    <message>
        <source>No intervention has the number {number}.</source>
        <translation>No intervention has the number {number}.</translation>
    </message>
    <message>
        <source>Intervention {number} is {status}: it cannot be planned again.</source>
        <translation>Intervention {number} is {status}: it cannot be planned again.</translation>
    </message>
    <message>
        <source>Choose a technician.</source>
        <translation>Choose a technician.</translation>
    </message>
    <message>
        <source>Only a planned intervention can go back to the jobs to plan.</source>
        <translation>Only a planned intervention can go back to the jobs to plan.</translation>
    </message>
    <message>
        <source>An intervention that is {old} cannot become {new}.</source>
        <translation>An intervention that is {old} cannot become {new}.</translation>
    </message>
    <message>
        <source>Write the work done before closing the job.</source>
        <translation>Write the work done before closing the job.</translation>
    </message>
    <message>
        <source>Give the arrival time.</source>
        <translation>Give the arrival time.</translation>
    </message>
    <message>
        <source>Give the departure time.</source>
        <translation>Give the departure time.</translation>
    </message>
    <message>
        <source>This intervention was cancelled: plan it again before reporting on it.</source>
        <translation>This intervention was cancelled: plan it again before reporting on it.</translation>
    </message>
    <message>
        <source>The departure must come after the arrival.</source>
        <translation>The departure must come after the arrival.</translation>
    </message>
    <message>
        <source>A visit lasts at most 24 hours: check the dates.</source>
        <translation>A visit lasts at most 24 hours: check the dates.</translation>
    </message>
    <message>
        <source>The arrival cannot be in the future.</source>
        <translation>The arrival cannot be in the future.</translation>
    </message>
    <message>
        <source>Say what the follow-up is about.</source>
        <translation>Say what the follow-up is about.</translation>
    </message>
    <message>
        <source>No van is set for this technician: choose where the parts came from.</source>
        <translation>No van is set for this technician: choose where the parts came from.</translation>
    </message>
    <message>
        <source>Plan the intervention before closing it.</source>
        <translation>Plan the intervention before closing it.</translation>
    </message>
    <message>
        <source>Not fitted after all</source>
        <translation>Not fitted after all</translation>
    </message>
    <message>
        <source>Type the name of the person who signs.</source>
        <translation>Type the name of the person who signs.</translation>
    </message>
    <message>
        <source>The customer has not signed yet.</source>
        <translation>The customer has not signed yet.</translation>
    </message>
    <message>
        <source>This signature is too large ({size} KB, at most 1024 KB): clear it and sign again.</source>
        <translation>This signature is too large ({size} KB, at most 1024 KB): clear it and sign again.</translation>
    </message>
    <message>
        <source>This signature is not a PNG image.</source>
        <translation>This signature is not a PNG image.</translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation>Not a whole number.</translation>
    </message>
    <message>
        <source>Minutes cannot be negative.</source>
        <translation>Minutes cannot be negative.</translation>
    </message>
    <message>
        <source>Give the time spent, in minutes.</source>
        <translation>Give the time spent, in minutes.</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>No timer is running.</translation>
    </message>
    <message>
        <source>The ticket of the running timer was deleted: its time was not logged.</source>
        <translation>The ticket of the running timer was deleted: its time was not logged.</translation>
    </message>
    <message>
        <source>Say what was used or paid for.</source>
        <translation>Say what was used or paid for.</translation>
    </message>
    <message>
        <source>Give the distance or the travel time.</source>
        <translation>Give the distance or the travel time.</translation>
    </message>
    <message>
        <source>Give a whole number of months.</source>
        <translation>Give a whole number of months.</translation>
    </message>
    <message>
        <source>A visit comes back every 1 to {n} months.</source>
        <extracomment>Fixed for ever: visit ids are uuid5(NAMESPACE, "plan id/due date"). Changing it would make every visit twice. The fields a plan form edits.</extracomment>
        <translation>A visit comes back every 1 to {n} months.</translation>
    </message>
    <message>
        <source>Write what the visit is for.</source>
        <translation>Write what the visit is for.</translation>
    </message>
    <message>
        <source>Choose the contract or the customer.</source>
        <translation>Choose the contract or the customer.</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Must be between {low} and {high}.</translation>
    </message>
    <message>
        <source>Give the opening hours of each day of the week.</source>
        <translation>Give the opening hours of each day of the week.</translation>
    </message>
    <message>
        <source>Opening hours look like 08:30-17:30, opening before closing.</source>
        <translation>Opening hours look like 08:30-17:30, opening before closing.</translation>
    </message>
    <message>
        <source>The business must be open at least one day.</source>
        <translation>The business must be open at least one day.</translation>
    </message>
    <message>
        <source>Unknown country for public holidays.</source>
        <translation>Unknown country for public holidays.</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD).</source>
        <translation>Not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Unknown time zone.</translation>
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
        <source>{path} is encrypted: enter the business passphrase to open it.</source>
        <extracomment>PRAGMA application_id of every CRM Desktop database ("CRMD").</extracomment>
        <translation>{path} is encrypted: enter the business passphrase to open it.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <extracomment>Keys that opened a database in this process: a worker's or a report's own connection to the same file finds the key its window's connection was opened with, wherever that key came from.</extracomment>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened; restore a recent backup.</source>
        <translation>{path} is damaged and cannot be opened; restore a recent backup.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation>Cannot open {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <extracomment>When the backup was made: the encrypted header's time, an automatic backup's name, or the file's date (UTC). The newest change recorded in it (UTC ISO text), None for an empty database.
----------
``progress(done, total)`` in lines of the file; returning False cancels.</extracomment>
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
        <source>{name} is not encrypted, but this business encrypts its sync files: it was refused. The computer that wrote it must be given the passphrase.</source>
        <extracomment>Lowest application version able to read bundles written by this one.</extracomment>
        <translation>{name} is not encrypted, but this business encrypts its sync files: it was refused. The computer that wrote it must be given the passphrase.</translation>
    </message>
    <message>
        <source>{name} was refused: {reason}</source>
        <translation>{name} was refused: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a bundle file.</source>
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
    <message>
        <source>Resolve ticket {number} before making it an article.</source>
        <extracomment>Words a problem description is reduced to before searching (the most telling ones). Matches ranked before the open, deleted or unsolved ones are set aside: bm25 ranks every match anyway, so a wider cut costs little, and FTS5 must not be handed a rowid list (it would run the MATCH once per rowid). How much each past success adds to a proposal's score (against bm25's scale of a few units). What speaking the customer's language adds to an article's score.</extracomment>
        <translation>Resolve ticket {number} before making it an article.</translation>
    </message>
    <message>
        <source>Ticket {number} is already an article.</source>
        <translation>Ticket {number} is already an article.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>In the field</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>To plan</source>
        <translation>To plan</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>On the way</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Win new customers</source>
        <translation>Win new customers</translation>
    </message>
    <message>
        <source>Sell more to customers</source>
        <translation>Sell more to customers</translation>
    </message>
    <message>
        <source>Keep customers</source>
        <translation>Keep customers</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Reached, interested</source>
        <extracomment>The statuses a campaign may go to from each one. A finished campaign can be reopened (late replies or a second wave); a cancelled one goes back to draft before it can run again.</extracomment>
        <translation>Reached, interested</translation>
    </message>
    <message>
        <source>Reached, not interested</source>
        <translation>Reached, not interested</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Just record the reply</source>
        <extracomment>Outcomes after which the person was really called (the phone send is done). What a response can go on to create.</extracomment>
        <translation>Just record the reply</translation>
    </message>
    <message>
        <source>Create a lead</source>
        <translation>Create a lead</translation>
    </message>
    <message>
        <source>Create a follow-up task</source>
        <translation>Create a follow-up task</translation>
    </message>
    <message>
        <source>Create an opportunity</source>
        <translation>Create an opportunity</translation>
    </message>
    <message>
        <source>No consent for this channel</source>
        <extracomment>Why a send was left out (stored as the English text; the UI translates it with core_tr).</extracomment>
        <translation>No consent for this channel</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>No e-mail address</translation>
    </message>
    <message>
        <source>No postal address</source>
        <translation>No postal address</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>No phone number</translation>
    </message>
    <message>
        <source>Another intervention</source>
        <extracomment>Statuses of work still ahead (shown on the board and in "my day"). Statuses whose time slot is taken on a technician's planning. Where an intervention may go from each status. A technician offline may skip "on the way".</extracomment>
        <translation>Another intervention</translation>
    </message>
    <message>
        <source>A quote</source>
        <translation>A quote</translation>
    </message>
    <message>
        <source>A sales opportunity</source>
        <translation>A sales opportunity</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Used on site</source>
        <translation>Used on site</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Double booking</source>
        <translation>Double booking</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Outside working hours</translation>
    </message>
    <message>
        <source>Missing skills</source>
        <translation>Missing skills</translation>
    </message>
    <message>
        <source>Fault reproduced</source>
        <extracomment>What a technician ticks on site, per type of intervention (settings may replace them).</extracomment>
        <translation>Fault reproduced</translation>
    </message>
    <message>
        <source>Cause found</source>
        <translation>Cause found</translation>
    </message>
    <message>
        <source>Repair tested with the customer</source>
        <translation>Repair tested with the customer</translation>
    </message>
    <message>
        <source>Work area left clean</source>
        <translation>Work area left clean</translation>
    </message>
    <message>
        <source>Equipment installed and powered</source>
        <translation>Equipment installed and powered</translation>
    </message>
    <message>
        <source>Settings configured</source>
        <translation>Settings configured</translation>
    </message>
    <message>
        <source>Customer shown how to use it</source>
        <translation>Customer shown how to use it</translation>
    </message>
    <message>
        <source>Packaging taken away</source>
        <translation>Packaging taken away</translation>
    </message>
    <message>
        <source>Filters and wear parts checked</source>
        <translation>Filters and wear parts checked</translation>
    </message>
    <message>
        <source>Safety checks passed</source>
        <translation>Safety checks passed</translation>
    </message>
    <message>
        <source>Firmware or software up to date</source>
        <translation>Firmware or software up to date</translation>
    </message>
    <message>
        <source>Next visit agreed</source>
        <translation>Next visit agreed</translation>
    </message>
    <message>
        <source>Needs noted</source>
        <translation>Needs noted</translation>
    </message>
    <message>
        <source>Measurements taken</source>
        <translation>Measurements taken</translation>
    </message>
    <message>
        <source>Photos taken</source>
        <translation>Photos taken</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Clear need</source>
        <translation>Clear need</translation>
    </message>
    <message>
        <source>Some need</source>
        <translation>Some need</translation>
    </message>
    <message>
        <source>No need yet</source>
        <translation>No need yet</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>When the customer means to buy, soonest first.</extracomment>
        <translation>Now</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Sorting rank of a priority (urgent first when sorted descending). Share of the level's targets a priority gets (urgent halves them, low doubles them).</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Converted</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <source>Decides</source>
        <extracomment>Statuses of a lead someone still has to work on (the schema's partial index uses the same list). Whether the contact decides the purchase (stored 1/0, NULL when not known).</extracomment>
        <translation>Decides</translation>
    </message>
    <message>
        <source>Does not decide</source>
        <translation>Does not decide</translation>
    </message>
    <message>
        <source>Interested in a product or category</source>
        <extracomment>Kinds of assignment rule, in the order a manager usually lists them.</extracomment>
        <translation>Interested in a product or category</translation>
    </message>
    <message>
        <source>Postcode starts with</source>
        <translation>Postcode starts with</translation>
    </message>
    <message>
        <source>Everyone else, in turn</source>
        <translation>Everyone else, in turn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Waiting on customer</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Breakdown</translation>
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
        <translation>Billing</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>Billable</source>
        <extracomment>Who pays for time or material spent on a ticket.</extracomment>
        <translation>Billable</translation>
    </message>
    <message>
        <source>Covered by the contract</source>
        <translation>Covered by the contract</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Free of charge</translation>
    </message>
    <message>
        <source>Part or material</source>
        <translation>Part or material</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <source>Other expense</source>
        <translation>Other expense</translation>
    </message>
    <message>
        <source>Ticket message</source>
        <extracomment>Kinds of ticket events; each also shows on the customer's timeline as ``ticket_&lt;kind&gt;``.</extracomment>
        <translation>Ticket message</translation>
    </message>
    <message>
        <source>Ticket note</source>
        <translation>Ticket note</translation>
    </message>
    <message>
        <source>Ticket status</source>
        <translation>Ticket status</translation>
    </message>
    <message>
        <source>Ticket reassigned</source>
        <translation>Ticket reassigned</translation>
    </message>
    <message>
        <source>Solution proposed</source>
        <translation>Solution proposed</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Time logged</translation>
    </message>
    <message>
        <source>Cost recorded</source>
        <translation>Cost recorded</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <extracomment>``progress(done, total)``; returning False cancels (None or True carry on). The breaches listed one by one; beyond, the report says how many more there are.</extracomment>
        <translation>The report was cancelled.</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Due within the hour</source>
        <translation>Due within the hour</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Resolved and closed</source>
        <translation>Resolved and closed</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>All interventions</source>
        <translation>All interventions</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>Queues bounded by the shop's days. Booked and not finished: the work ahead that has a slot. Statuses in the order a job goes through them. The team's names, read only for the rows of a page. Queues of a few statuses spread over all dates: sorting their rows costs less than walking the start's index past every other job (the work ahead lies after years of finished jobs), so "+" keeps SQLite off it. Columns the list can order by (the team is a list of names: not a sort key). Whose scope limits the rows (``access.seen_by``): a technician sees their own interventions. Until the user sorts by a column: work ahead soonest first, the rest latest first.
----------
The queues that hold most tickets (years of closed ones): a technician's scope is gathered, not tested. Whose scope limits the rows (``access.seen_by``): a technician's id, or None for everything.</extracomment>
        <translation>Number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Write what the problem is about.</source>
        <extracomment>Fields a ticket form edits (status and assignee changes also become events).</extracomment>
        <translation>Write what the problem is about.</translation>
    </message>
    <message>
        <source>Write what solved the problem before resolving.</source>
        <translation>Write what solved the problem before resolving.</translation>
    </message>
    <message>
        <source>No ticket has the number {number}.</source>
        <translation>No ticket has the number {number}.</translation>
    </message>
    <message>
        <source>A ticket that is {old} cannot become {new}.</source>
        <translation>A ticket that is {old} cannot become {new}.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Write the message first.</translation>
    </message>
    <message>
        <source>Ticket {number} is closed: reopen it first.</source>
        <translation>Ticket {number} is closed: reopen it first.</translation>
    </message>
    <message>
        <source>This technician no longer exists.</source>
        <translation>This technician no longer exists.</translation>
    </message>
    <message>
        <source>No technician is called {name}.</source>
        <translation>No technician is called {name}.</translation>
    </message>
    <message>
        <source>Give the hours of each day of the week.</source>
        <translation>Give the hours of each day of the week.</translation>
    </message>
    <message>
        <source>Write hours as 08:00-17:00, the start before the end, or leave the day empty.</source>
        <translation>Write hours as 08:00-17:00, the start before the end, or leave the day empty.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>The end must come after the start.</translation>
    </message>
    <message>
        <source>The last day comes before the first: choose the days again.</source>
        <extracomment>The default window: from this many days back to this many days ahead of today.</extracomment>
        <translation>The last day comes before the first: choose the days again.</translation>
    </message>
    <message>
        <source>Bought by {support} of the {count} customers who bought {product} (lift {lift})</source>
        <extracomment>Below this many shared customers a pair is noise. Reasons: the UI translates them (core_tr) and fills them with Suggestion.reason_values().</extracomment>
        <translation>Bought by {support} of the {count} customers who bought {product} (lift {lift})</translation>
    </message>
    <message>
        <source>Next tier of {product} (tier {tier} → {next_tier})</source>
        <translation>Next tier of {product} (tier {tier} → {next_tier})</translation>
    </message>
    <message>
        <source>{used} support minutes this year, {included} included in {level}</source>
        <translation>{used} support minutes this year, {included} included in {level}</translation>
    </message>
    <message>
        <source>Choose the channels from the list.</source>
        <extracomment>Fields a campaign form edits (status moves through set_status or update with a "status" value). Three SMS segments: longer texts are split by gateways into too many paid messages. The template each channel needs before the campaign can be saved with that channel.</extracomment>
        <translation>Choose the channels from the list.</translation>
    </message>
    <message>
        <source>An SMS has at most {n} characters (this one has {count}).</source>
        <translation>An SMS has at most {n} characters (this one has {count}).</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Give the campaign a name.</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Choose at least one channel.</translation>
    </message>
    <message>
        <source>The campaign cannot end before it starts.</source>
        <translation>The campaign cannot end before it starts.</translation>
    </message>
    <message>
        <source>Write the text of this channel.</source>
        <translation>Write the text of this channel.</translation>
    </message>
    <message>
        <source>Unknown merge fields: {names}.</source>
        <translation>Unknown merge fields: {names}.</translation>
    </message>
    <message>
        <source>A campaign cannot go from {old} to {new}.</source>
        <translation>A campaign cannot go from {old} to {new}.</translation>
    </message>
    <message>
        <source>A new campaign starts as a draft.</source>
        <translation>A new campaign starts as a draft.</translation>
    </message>
    <message>
        <source>Say what was paid for.</source>
        <translation>Say what was paid for.</translation>
    </message>
    <message>
        <source>Give the amount.</source>
        <translation>Give the amount.</translation>
    </message>
    <message>
        <source>Give a customer's id or exact name.</source>
        <translation>Give a customer's id or exact name.</translation>
    </message>
    <message>
        <source>{count} customers are named {name}: give the id.</source>
        <translation>{count} customers are named {name}: give the id.</translation>
    </message>
    <message>
        <source>No company or person has the id or name {name}.</source>
        <translation>No company or person has the id or name {name}.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <source>Choose the kind of rule.</source>
        <translation>Choose the kind of rule.</translation>
    </message>
    <message>
        <source>Choose a product or a category of the catalogue.</source>
        <translation>Choose a product or a category of the catalogue.</translation>
    </message>
    <message>
        <source>Give the start of the postcodes (e.g. 50).</source>
        <translation>Give the start of the postcodes (e.g. 50).</translation>
    </message>
    <message>
        <source>Choose at least one seller.</source>
        <translation>Choose at least one seller.</translation>
    </message>
    <message>
        <source>A chosen seller no longer works here.</source>
        <translation>A chosen seller no longer works here.</translation>
    </message>
    <message>
        <source>Clear need: +{points}</source>
        <extracomment>How far back incoming touches count as engagement.</extracomment>
        <translation>Clear need: +{points}</translation>
    </message>
    <message>
        <source>Some need: +{points}</source>
        <translation>Some need: +{points}</translation>
    </message>
    <message>
        <source>Buys now: +{points}</source>
        <translation>Buys now: +{points}</translation>
    </message>
    <message>
        <source>Buys this quarter: +{points}</source>
        <translation>Buys this quarter: +{points}</translation>
    </message>
    <message>
        <source>Buys this year: +{points}</source>
        <translation>Buys this year: +{points}</translation>
    </message>
    <message>
        <source>Budget known: +{points}</source>
        <translation>Budget known: +{points}</translation>
    </message>
    <message>
        <source>Talks to the decision maker: +{points}</source>
        <translation>Talks to the decision maker: +{points}</translation>
    </message>
    <message>
        <source>{n} incoming contacts in {days} days: +{points}</source>
        <translation>{n} incoming contacts in {days} days: +{points}</translation>
    </message>
    <message>
        <source>The target is a whole number of minutes between {low} and {high}.</source>
        <extracomment>A week of business hours at most: a longer target would never flag anything useful. Business minutes within which a new lead gets a first outgoing contact.</extracomment>
        <translation>The target is a whole number of minutes between {low} and {high}.</translation>
    </message>
    <message>
        <source>Say whether this contact decides, or leave it empty.</source>
        <extracomment>Fields a lead form edits (status and reason go through set_status or the form's save). Stages a new lead moves its customer out of; prospects, leads and customers stay as they are. A lead with what lists show beside it. The first outgoing contact after arrival is looked up through the person's and the company's history indexes (two subqueries, each using its index).</extracomment>
        <translation>Say whether this contact decides, or leave it empty.</translation>
    </message>
    <message>
        <source>Choose the person or company interested.</source>
        <translation>Choose the person or company interested.</translation>
    </message>
    <message>
        <source>Choose the status.</source>
        <translation>Choose the status.</translation>
    </message>
    <message>
        <source>Say why this lead is disqualified.</source>
        <translation>Say why this lead is disqualified.</translation>
    </message>
    <message>
        <source>Give when the lead arrived.</source>
        <translation>Give when the lead arrived.</translation>
    </message>
    <message>
        <source>{count} campaigns are named {name}: give the campaign's id.</source>
        <translation>{count} campaigns are named {name}: give the campaign's id.</translation>
    </message>
    <message>
        <source>No campaign has the id or name {name}.</source>
        <translation>No campaign has the id or name {name}.</translation>
    </message>
    <message>
        <source>Title (Mr, Ms…)</source>
        <extracomment>The fields a template may use, with the label the editors show.</extracomment>
        <translation>Title (Mr, Ms…)</translation>
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
        <source>Full name</source>
        <translation>Full name</translation>
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
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>The mail server {server} cannot be reached ({reason}). Check its name and port, and the network.</source>
        <translation>The mail server {server} cannot be reached ({reason}). Check its name and port, and the network.</translation>
    </message>
    <message>
        <source>The secure connection with the mail server {server} failed ({reason}). Check the security setting and the port: STARTTLS usually uses port 587, SSL/TLS port 465.</source>
        <translation>The secure connection with the mail server {server} failed ({reason}). Check the security setting and the port: STARTTLS usually uses port 587, SSL/TLS port 465.</translation>
    </message>
    <message>
        <source>The mail server refused the login of {user}. Check the user name and the password.</source>
        <translation>The mail server refused the login of {user}. Check the user name and the password.</translation>
    </message>
    <message>
        <source>The mail server does not accept a login on this connection. Check the security setting, or leave the user name empty if the server needs none.</source>
        <translation>The mail server does not accept a login on this connection. Check the security setting, or leave the user name empty if the server needs none.</translation>
    </message>
    <message>
        <source>The mail server {server} refused the connection: {reply}</source>
        <translation>The mail server {server} refused the connection: {reply}</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {sender}: {reply}</source>
        <translation>The mail server refused the sender address {sender}: {reply}</translation>
    </message>
    <message>
        <source>Give the opportunity a title.</source>
        <extracomment>Fields a form edits (the stage moves through move/win, never through a form save). Won and lost deals stay on the board this many days after they closed, then only the list shows them. Separates the lost reason's key from the words that explain it (one column, read back by lost_reason_parts).</extracomment>
        <translation>Give the opportunity a title.</translation>
    </message>
    <message>
        <source>Choose the person or company the deal is with.</source>
        <translation>Choose the person or company the deal is with.</translation>
    </message>
    <message>
        <source>A new opportunity starts open: win or lose it afterwards.</source>
        <translation>A new opportunity starts open: win or lose it afterwards.</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>Say why the deal was lost.</translation>
    </message>
    <message>
        <source>Explain in a few words.</source>
        <translation>Explain in a few words.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negotiation</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Price</source>
        <extracomment>Stages where the deal is over (closed_at is set). Still in play: what the pipeline's forecast counts. Chance of winning a deal at each stage, in percent: the default when nobody gave one.</extracomment>
        <translation>Price</translation>
    </message>
    <message>
        <source>Went to a competitor</source>
        <translation>Went to a competitor</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>No budget</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>No decision</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Loyal</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Promising</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Occasional</translation>
    </message>
    <message>
        <source>High value (top 20 %)</source>
        <extracomment>Revenue tiers of customers over the last 12 months; "none" is a customer without revenue.</extracomment>
        <translation>High value (top 20 %)</translation>
    </message>
    <message>
        <source>Medium value (next 30 %)</source>
        <translation>Medium value (next 30 %)</translation>
    </message>
    <message>
        <source>Low value (the other half)</source>
        <translation>Low value (the other half)</translation>
    </message>
    <message>
        <source>No purchase in 12 months</source>
        <translation>No purchase in 12 months</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <extracomment>Share of the customers with revenue in the high tier, then in the high and medium tiers. What a person may be required to have.</extracomment>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interests</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Company industry</source>
        <translation>Company industry</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>Last purchase</translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation>Customer value</translation>
    </message>
    <message>
        <source>Support level</source>
        <translation>Support level</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Has</source>
        <translation>Has</translation>
    </message>
    <message>
        <source>Unknown choice: {value}.</source>
        <translation>Unknown choice: {value}.</translation>
    </message>
    <message>
        <source>At most {n} characters: {value}.</source>
        <translation>At most {n} characters: {value}.</translation>
    </message>
    <message>
        <source>A postcode prefix is 1 to 10 digits: {value}.</source>
        <translation>A postcode prefix is 1 to 10 digits: {value}.</translation>
    </message>
    <message>
        <source>A language is a 2 or 3 letter code: {value}.</source>
        <translation>A language is a 2 or 3 letter code: {value}.</translation>
    </message>
    <message>
        <source>Expected a list of values.</source>
        <translation>Expected a list of values.</translation>
    </message>
    <message>
        <source>Each value must be text.</source>
        <translation>Each value must be text.</translation>
    </message>
    <message>
        <source>Choose bought within, or not within, a number of days.</source>
        <translation>Choose bought within, or not within, a number of days.</translation>
    </message>
    <message>
        <source>A number of days between {low} and {high}.</source>
        <translation>A number of days between {low} and {high}.</translation>
    </message>
    <message>
        <source>A filter is a set of criteria.</source>
        <translation>A filter is a set of criteria.</translation>
    </message>
    <message>
        <source>Unknown criterion: {name}.</source>
        <translation>Unknown criterion: {name}.</translation>
    </message>
    <message>
        <source>{head}, {item}</source>
        <extracomment>Sort order of members: the people list's order (and its index).</extracomment>
        <translation>{head}, {item}</translation>
    </message>
    <message>
        <source>{head} or {last}</source>
        <translation>{head} or {last}</translation>
    </message>
    <message>
        <source>Everyone (no criteria)</source>
        <translation>Everyone (no criteria)</translation>
    </message>
    <message>
        <source>bought in the last {days} days</source>
        <translation>bought in the last {days} days</translation>
    </message>
    <message>
        <source>no purchase in the last {days} days</source>
        <translation>no purchase in the last {days} days</translation>
    </message>
    <message>
        <source>{criterion}: {values}</source>
        <translation>{criterion}: {values}</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (usually port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (usually port 465)</translation>
    </message>
    <message>
        <source>None (a relay on the local network only)</source>
        <translation>None (a relay on the local network only)</translation>
    </message>
    <message>
        <source>Write the name of the mail server, e.g. smtp.example.com.</source>
        <extracomment>The field of the unsubscribe line replaced by the address to write to. The unsubscribe line in each language a person may speak (people.language). The recipient's language decides, not the user's: these are texts, not UI labels. The language whose line is used when a person's language has none. At most this many e-mails a minute (0: as fast as the server takes them). Seconds to wait for the server before calling it down. Fields stored in the shared settings table (everything but the password).</extracomment>
        <translation>Write the name of the mail server, e.g. smtp.example.com.</translation>
    </message>
    <message>
        <source>Not a server name.</source>
        <translation>Not a server name.</translation>
    </message>
    <message>
        <source>A port is a number between 1 and 65535.</source>
        <translation>A port is a number between 1 and 65535.</translation>
    </message>
    <message>
        <source>Choose how the connection is secured.</source>
        <translation>Choose how the connection is secured.</translation>
    </message>
    <message>
        <source>The e-mails need a sender address.</source>
        <translation>The e-mails need a sender address.</translation>
    </message>
    <message>
        <source>One line only.</source>
        <translation>One line only.</translation>
    </message>
    <message>
        <source>Between {low} and {high} e-mails a minute (0: no limit).</source>
        <translation>Between {low} and {high} e-mails a minute (0: no limit).</translation>
    </message>
    <message>
        <source>Every e-mail must tell how to stop receiving them: write this line.</source>
        <translation>Every e-mail must tell how to stop receiving them: write this line.</translation>
    </message>
    <message>
        <source>Between {low} and {high} seconds.</source>
        <translation>Between {low} and {high} seconds.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
        <source>No label to print: nobody is left to send to ({skipped} without an address).</source>
        <extracomment>Long lines shrink the font to SMALLEST and then wrap; too many lines shrink it to FLOOR.</extracomment>
        <translation>No label to print: nobody is left to send to ({skipped} without an address).</translation>
    </message>
    <message>
        <source>Unknown label layout {layout}.</source>
        <translation>Unknown label layout {layout}.</translation>
    </message>
    <message>
        <source>The first label is between 1 and {count}.</source>
        <translation>The first label is between 1 and {count}.</translation>
    </message>
    <message>
        <source>No letter to write: none is left to send ({skipped} without an address).</source>
        <extracomment>The DL envelope's right window, from the page's top-left corner (mm). Where the folds of a letter in three go (from the top, mm).</extracomment>
        <translation>No letter to write: none is left to send ({skipped} without an address).</translation>
    </message>
    <message>
        <source>This campaign has no letter text.</source>
        <extracomment>How often the progress bar moves (letters).</extracomment>
        <translation>This campaign has no letter text.</translation>
    </message>
    <message>
        <source>The letter uses unknown fields: {names}.</source>
        <translation>The letter uses unknown fields: {names}.</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>Silent</translation>
    </message>
    <message>
        <source>Tickets rising</source>
        <translation>Tickets rising</translation>
    </message>
    <message>
        <source>Spend falling</source>
        <translation>Spend falling</translation>
    </message>
    <message>
        <source>No purchase or contact for {days} days; usually every {usual} days.</source>
        <extracomment>The active days whose gaps make "usual" (the recent rhythm). Spend falls when the last 12 months are below this share (percent) of the 12 before.</extracomment>
        <translation>No purchase or contact for {days} days; usually every {usual} days.</translation>
    </message>
    <message>
        <source>{recent} tickets in the last 90 days, {before} in the 90 days before.</source>
        <translation>{recent} tickets in the last 90 days, {before} in the 90 days before.</translation>
    </message>
    <message>
        <source>Spending down {percent} % on the 12 months before.</source>
        <translation>Spending down {percent} % on the 12 months before.</translation>
    </message>
    <message>
        <source>Management dashboard</source>
        <extracomment>The reports that can be saved (the command line's ``report NAME``), with their labels.</extracomment>
        <translation>Management dashboard</translation>
    </message>
    <message>
        <source>Profitability</source>
        <translation>Profitability</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Customer sheet</source>
        <translation>Customer sheet</translation>
    </message>
    <message>
        <source>Campaign results</source>
        <translation>Campaign results</translation>
    </message>
    <message>
        <source>Support costs</source>
        <translation>Support costs</translation>
    </message>
    <message>
        <source>This month</source>
        <extracomment>Reports about one record: they need its ``id`` (a customer key or a campaign). Periods that move with the day the report runs, with their labels.</extracomment>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Choose whom or what the report is about.</source>
        <translation>Choose whom or what the report is about.</translation>
    </message>
    <message>
        <source>Give the report a name.</source>
        <translation>Give the report a name.</translation>
    </message>
    <message>
        <source>This saved report no longer exists.</source>
        <translation>This saved report no longer exists.</translation>
    </message>
    <message>
        <source>{user} ({role}) may only open their own interventions and the customers, tickets and history these concern.</source>
        <translation>{user} ({role}) may only open their own interventions and the customers, tickets and history these concern.</translation>
    </message>
    <message>
        <source>Wrong user or password.</source>
        <extracomment>Letters and digits that cannot be mistaken for one another when read aloud or copied from a note.</extracomment>
        <translation>Wrong user or password.</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Use at least {n} characters.</translation>
    </message>
    <message>
        <source>The password must not be the user's name.</source>
        <translation>The password must not be the user's name.</translation>
    </message>
    <message>
        <source>This account has been deactivated: ask an administrator.</source>
        <translation>This account has been deactivated: ask an administrator.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}.</source>
        <translation>Too many wrong passwords: this account is locked until {until}.</translation>
    </message>
    <message>
        <source>Person form</source>
        <extracomment>How a consent reached the ledger.</extracomment>
        <translation>Person form</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Unsubscribe</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The key settings are not valid.</source>
        <extracomment>scrypt costs: 2**15 x 8 x 128 bytes = 32 MiB and about 0.1 s per derivation.</extracomment>
        <translation>The key settings are not valid.</translation>
    </message>
    <message>
        <source>This is not the passphrase these files were encrypted with.</source>
        <translation>This is not the passphrase these files were encrypted with.</translation>
    </message>
    <message>
        <source>The file is not encrypted by CRM Desktop or is incomplete.</source>
        <translation>The file is not encrypted by CRM Desktop or is incomplete.</translation>
    </message>
    <message>
        <source>The file was encrypted by a newer CRM Desktop; update this computer to read it.</source>
        <translation>The file was encrypted by a newer CRM Desktop; update this computer to read it.</translation>
    </message>
    <message>
        <source>The file is damaged or was altered: it was refused.</source>
        <translation>The file is damaged or was altered: it was refused.</translation>
    </message>
    <message>
        <source>The file is encrypted with a passphrase this computer does not know: enter the business passphrase first.</source>
        <translation>The file is encrypted with a passphrase this computer does not know: enter the business passphrase first.</translation>
    </message>
    <message>
        <source>The file could not be decrypted: it is damaged or was altered, or it was encrypted with another passphrase. Nothing was used from it.</source>
        <translation>The file could not be decrypted: it is damaged or was altered, or it was encrypted with another passphrase. Nothing was used from it.</translation>
    </message>
    <message>
        <source>Encrypting the database file needs SQLCipher, which is not installed on this computer. Sync bundles and backups can still be encrypted.</source>
        <extracomment>The Python driver that opens SQLCipher databases.</extracomment>
        <translation>Encrypting the database file needs SQLCipher, which is not installed on this computer. Sync bundles and backups can still be encrypted.</translation>
    </message>
    <message>
        <source>The business passphrase is already set; it cannot be changed (older backups need it).</source>
        <extracomment>Keys entered for this session only ("remember on this computer" unticked): forgotten at exit.</extracomment>
        <translation>The business passphrase is already set; it cannot be changed (older backups need it).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>No business passphrase has been set yet.</source>
        <translation>No business passphrase has been set yet.</translation>
    </message>
    <message>
        <source>Set the business passphrase first.</source>
        <translation>Set the business passphrase first.</translation>
    </message>
    <message>
        <source>Encryption is on, but this computer does not know the business passphrase yet: enter it in Settings, Encryption.</source>
        <translation>Encryption is on, but this computer does not know the business passphrase yet: enter it in Settings, Encryption.</translation>
    </message>
    <message>
        <source>This is not the passphrase this database was encrypted with.</source>
        <translation>This is not the passphrase this database was encrypted with.</translation>
    </message>
    <message>
        <source>Set the business passphrase first: the database key is derived from it.</source>
        <translation>Set the business passphrase first: the database key is derived from it.</translation>
    </message>
    <message>
        <source>This computer does not know the business passphrase yet: enter it above first.</source>
        <translation>This computer does not know the business passphrase yet: enter it above first.</translation>
    </message>
    <message>
        <source>The business passphrase uses unusual key settings; the database cannot be encrypted with it.</source>
        <translation>The business passphrase uses unusual key settings; the database cannot be encrypted with it.</translation>
    </message>
    <message>
        <source>The disk is full: the last change was not saved. Free some disk space and try again.</source>
        <translation>The disk is full: the last change was not saved. Free some disk space and try again.</translation>
    </message>
    <message>
        <source>The database is busy: another program or window is writing to it. The last change was not saved; try again in a moment.</source>
        <translation>The database is busy: another program or window is writing to it. The last change was not saved; try again in a moment.</translation>
    </message>
    <message>
        <source>The database cannot be written (the file or its folder is read-only): the last change was not saved. Check the permissions of the database folder.</source>
        <translation>The database cannot be written (the file or its folder is read-only): the last change was not saved. Check the permissions of the database folder.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (input/output error): the last change may not be saved. Check the drive and try again.</source>
        <translation>The disk could not be read or written (input/output error): the last change may not be saved. Check the drive and try again.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check that its folder exists and can be written.</source>
        <translation>The database file cannot be opened: check that its folder exists and can be written.</translation>
    </message>
    <message>
        <source>The database file is damaged. Run a check (Maintenance) and restore a recent backup.</source>
        <translation>The database file is damaged. Run a check (Maintenance) and restore a recent backup.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (any more): was a drive removed? Choose another folder.</source>
        <translation>The folder {path} does not exist (any more): was a drive removed? Choose another folder.</translation>
    </message>
    <message>
        <source>No permission to write {path}: choose another folder or check its permissions.</source>
        <translation>No permission to write {path}: choose another folder or check its permissions.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: free some disk space and try again.</source>
        <translation>The disk holding {path} is full: free some disk space and try again.</translation>
    </message>
    <message>
        <source>Say why the person is erased.</source>
        <extracomment>The name an erased person shows everywhere (lists, reports, old campaigns). What replaces a text that was about the person (a history note, a ticket message). Full-text indexes that may still hold the erased words until merged.</extracomment>
        <translation>Say why the person is erased.</translation>
    </message>
    <message>
        <source>This person was erased already.</source>
        <translation>This person was erased already.</translation>
    </message>
    <message>
        <source>Between {lo} and {hi}.</source>
        <extracomment>How a changed row leads to its person (``?`` is the first change-log entry of the merge).</extracomment>
        <translation>Between {lo} and {hi}.</translation>
    </message>
    <message>
        <source>Give at least one active administrator a password first: otherwise nobody could open the CRM.</source>
        <translation>Give at least one active administrator a password first: otherwise nobody could open the CRM.</translation>
    </message>
    <message>
        <source>The database changed while it was being converted; nothing was changed. Try again.</source>
        <extracomment>Steps reported to the progress callback: copy, check.</extracomment>
        <translation>The database changed while it was being converted; nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>Cancelled: the database is as it was.</source>
        <extracomment>The watcher of each conversion under way, by its staged copy's path.</extracomment>
        <translation>Cancelled: the database is as it was.</translation>
    </message>
    <message>
        <source>The converted copy of {path} failed its check; nothing was changed.</source>
        <translation>The converted copy of {path} failed its check; nothing was changed.</translation>
    </message>
    <message>
        <source>Encrypting the database file needs SQLCipher, which is not installed on this computer.</source>
        <translation>Encrypting the database file needs SQLCipher, which is not installed on this computer.</translation>
    </message>
    <message>
        <source>The database file is encrypted already.</source>
        <translation>The database file is encrypted already.</translation>
    </message>
    <message>
        <source>The database file is not encrypted.</source>
        <translation>The database file is not encrypted.</translation>
    </message>
    <message>
        <source>{path} is missing; nothing was changed.</source>
        <translation>{path} is missing; nothing was changed.</translation>
    </message>
</context>
</TS>