<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Nothing on the chart to analyse.</source>
        <translation>Nothing on the chart to analyse.</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Analysis cancelled.</translation>
    </message>
    <message>
        <source>Select two records on the chart.</source>
        <translation>Select two records on the chart.</translation>
    </message>
    <message>
        <source>Ready: %1 and %2.</source>
        <translation>Ready: %1 and %2.</translation>
    </message>
    <message>
        <source>Measuring who is central…</source>
        <translation>Measuring who is central…</translation>
    </message>
    <message>
        <source>%1 records, %2 linked pairs.</source>
        <translation>%1 records, %2 linked pairs.</translation>
    </message>
    <message>
        <source>Betweenness estimated from a sample of %1 records.</source>
        <translation>Betweenness estimated from a sample of %1 records.</translation>
    </message>
    <message>
        <source>The table lists the first %1.</source>
        <translation>The table lists the first %1.</translation>
    </message>
    <message>
        <source>Key players found.</source>
        <translation>Key players found.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Who is central</source>
        <translation>Who is central</translation>
    </message>
    <message>
        <source>How two records connect</source>
        <translation>How two records connect</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Brokers and weak points</source>
        <translation>Brokers and weak points</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Who manages whom</source>
        <translation>Who manages whom</translation>
    </message>
    <message>
        <source>The chart changed since: compute again to include the change.</source>
        <translation>The chart changed since: compute again to include the change.</translation>
    </message>
    <message>
        <source>Analyses run on what the chart shows.</source>
        <translation>Analyses run on what the chart shows.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Clear the highlight</source>
        <translation>Clear the highlight</translation>
    </message>
    <message>
        <source>Stop pointing at the path, brokers or weak points found</source>
        <translation>Stop pointing at the path, brokers or weak points found</translation>
    </message>
    <message>
        <source>Number of links: direct contacts. Betweenness: how often the record lies on the shortest way between two others. Closeness: how near it is to everyone. Eigenvector and PageRank: linked to well-linked records.</source>
        <translation>Number of links: direct contacts. Betweenness: how often the record lies on the shortest way between two others. Closeness: how near it is to everyone. Eigenvector and PageRank: linked to well-linked records.</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Rank by</translation>
    </message>
    <message>
        <source>Size the nodes by it</source>
        <translation>Size the nodes by it</translation>
    </message>
    <message>
        <source>Colour the nodes by it</source>
        <translation>Colour the nodes by it</translation>
    </message>
    <message>
        <source>Find the key players</source>
        <translation>Find the key players</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>every shortest way</source>
        <translation>every shortest way</translation>
    </message>
    <message>
        <source>the k shortest ways</source>
        <translation>the k shortest ways</translation>
    </message>
    <message>
        <source>every way up to … links</source>
        <translation>every way up to … links</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>How many</translation>
    </message>
    <message>
        <source>Links at most</source>
        <translation>Links at most</translation>
    </message>
    <message>
        <source>Connect the two selected records</source>
        <translation>Connect the two selected records</translation>
    </message>
    <message>
        <source>Above 1: more, smaller groups. Below 1: fewer, larger groups.</source>
        <translation>Above 1: more, smaller groups. Below 1: fewer, larger groups.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Find the groups</source>
        <translation>Find the groups</translation>
    </message>
    <message>
        <source>Selection → A</source>
        <translation>Selection → A</translation>
    </message>
    <message>
        <source>The records selected on the chart (or a group picked in Groups) become group A</source>
        <translation>The records selected on the chart (or a group picked in Groups) become group A</translation>
    </message>
    <message>
        <source>Selection → B</source>
        <translation>Selection → B</translation>
    </message>
    <message>
        <source>The records selected on the chart (or a group picked in Groups) become group B</source>
        <translation>The records selected on the chart (or a group picked in Groups) become group B</translation>
    </message>
    <message>
        <source>Group A</source>
        <translation>Group A</translation>
    </message>
    <message>
        <source>Group B</source>
        <translation>Group B</translation>
    </message>
    <message>
        <source>Who connects A and B</source>
        <translation>Who connects A and B</translation>
    </message>
    <message>
        <source>Whose removal splits the network</source>
        <translation>Whose removal splits the network</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>A link not seen for this long is counted as gone (a contact with no end date does not last forever).</source>
        <translation>A link not seen for this long is counted as gone (a contact with no end date does not last forever).</translation>
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
        <source>Links lapse after</source>
        <translation>Links lapse after</translation>
    </message>
    <message>
        <source>Compare the two dates</source>
        <translation>Compare the two dates</translation>
    </message>
    <message>
        <source>Read from “manages” and “supplies” links, and from the roles of the members of an organisation (head, manager, others). Hints to check, not facts.</source>
        <translation>Read from “manages” and “supplies” links, and from the roles of the members of an organisation (head, manager, others). Hints to check, not facts.</translation>
    </message>
    <message>
        <source>Find who manages whom</source>
        <translation>Find who manages whom</translation>
    </message>
    <message>
        <source>Lay out the chart as a hierarchy</source>
        <translation>Lay out the chart as a hierarchy</translation>
    </message>
    <message>
        <source>betweenness</source>
        <translation>betweenness</translation>
    </message>
    <message>
        <source>number of links</source>
        <translation>number of links</translation>
    </message>
    <message>
        <source>weighted links</source>
        <translation>weighted links</translation>
    </message>
    <message>
        <source>closeness</source>
        <translation>closeness</translation>
    </message>
    <message>
        <source>eigenvector</source>
        <translation>eigenvector</translation>
    </message>
    <message>
        <source>PageRank</source>
        <translation>PageRank</translation>
    </message>
    <message>
        <source>Looking for the ways between them…</source>
        <translation>Looking for the ways between them…</translation>
    </message>
    <message>
        <source>%1 and %2 are not connected on this chart.</source>
        <translation>%1 and %2 are not connected on this chart.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s): </source>
        <translation>
            <numerusform>%n link: </numerusform>
            <numerusform>%n links: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n way(s) found.</source>
        <translation>
            <numerusform>%n way found.</numerusform>
            <numerusform>%n ways found.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are more: narrow the search.</source>
        <translation>There are more: narrow the search.</translation>
    </message>
    <message>
        <source>(derived)</source>
        <translation>(derived)</translation>
    </message>
    <message>
        <source>Finding the groups…</source>
        <translation>Finding the groups…</translation>
    </message>
    <message>
        <source>groups found (analysis)</source>
        <translation>groups found (analysis)</translation>
    </message>
    <message numerus="yes">
        <source>Group %1 · %n record(s) · centre: %2</source>
        <translation>
            <numerusform>Group %1 · %n record · centre: %2</numerusform>
            <numerusform>Group %1 · %n records · centre: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s); modularity %1 (above 0.3: clear groups).</source>
        <translation>
            <numerusform>%n group; modularity %1 (above 0.3: clear groups).</numerusform>
            <numerusform>%n groups; modularity %1 (above 0.3: clear groups).</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups found: the chart is coloured by group.</source>
        <translation>Groups found: the chart is coloured by group.</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for who connects the two groups…</source>
        <translation>Looking for who connects the two groups…</translation>
    </message>
    <message>
        <source>Records: +%1 −%2 · links: +%3 −%4 · groups: %5 → %6</source>
        <translation>Records: +%1 −%2 · links: +%3 −%4 · groups: %5 → %6</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Gone quiet: %1</source>
        <translation>Gone quiet: %1</translation>
    </message>
    <message>
        <source>Nothing changed between the two dates.</source>
        <translation>Nothing changed between the two dates.</translation>
    </message>
    <message>
        <source>Compared: records new since the first date are highlighted.</source>
        <translation>Compared: records new since the first date are highlighted.</translation>
    </message>
    <message>
        <source>New group %2</source>
        <translation>New group %2</translation>
    </message>
    <message>
        <source>Group %1 broke up</source>
        <translation>Group %1 broke up</translation>
    </message>
    <message>
        <source>Groups %1 merged into group %2</source>
        <translation>Groups %1 merged into group %2</translation>
    </message>
    <message>
        <source>Group %1 split into groups %2</source>
        <translation>Group %1 split into groups %2</translation>
    </message>
    <message>
        <source>Group %1 carried on as group %2</source>
        <translation>Group %1 carried on as group %2</translation>
    </message>
    <message>
        <source>joined: %1</source>
        <translation>joined: %1</translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation>left: %1</translation>
    </message>
    <message>
        <source>Reading who manages whom…</source>
        <translation>Reading who manages whom…</translation>
    </message>
    <message>
        <source>manages</source>
        <translation>manages</translation>
    </message>
    <message>
        <source>supplies</source>
        <translation>supplies</translation>
    </message>
    <message>
        <source>ranks above (roles in %1)</source>
        <translation>ranks above (roles in %1)</translation>
    </message>
    <message>
        <source>To check, the hints go round in a circle: %1</source>
        <translation>To check, the hints go round in a circle: %1</translation>
    </message>
    <message>
        <source>No “manages” or “supplies” link, and no roles in an organisation.</source>
        <translation>No “manages” or “supplies” link, and no roles in an organisation.</translation>
    </message>
    <message>
        <source>At the top: %1.</source>
        <translation>At the top: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n hint(s).</source>
        <translation>
            <numerusform>%n hint.</numerusform>
            <numerusform>%n hints.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hierarchy read: the records at the top are highlighted.</source>
        <translation>Hierarchy read: the records at the top are highlighted.</translation>
    </message>
    <message>
        <source>Ways carried</source>
        <translation>Ways carried</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>%1 (%2): carries %3 of the shortest ways from A to B</source>
        <translation>%1 (%2): carries %3 of the shortest ways from A to B</translation>
    </message>
    <message>
        <source>No way on this chart leads from group A to group B.</source>
        <translation>No way on this chart leads from group A to group B.</translation>
    </message>
    <message>
        <source>%1 of %2 pairs (A, B) are connected; the ten brokers carrying most ways are highlighted.</source>
        <translation>%1 of %2 pairs (A, B) are connected; the ten brokers carrying most ways are highlighted.</translation>
    </message>
    <message numerus="yes">
        <source>%n broker(s) found.</source>
        <translation>
            <numerusform>%n broker found.</numerusform>
            <numerusform>%n brokers found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for the network&apos;s weak points…</source>
        <translation>Looking for the network&apos;s weak points…</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Pieces</translation>
    </message>
    <message>
        <source>Cut off</source>
        <translation>Cut off</translation>
    </message>
    <message>
        <source>Without %1, its part of the network falls into %2 pieces and %3 records are cut off</source>
        <translation>Without %1, its part of the network falls into %2 pieces and %3 records are cut off</translation>
    </message>
    <message>
        <source>%1 records and %2 relations would split the network if removed; the worst are highlighted.</source>
        <translation>%1 records and %2 relations would split the network if removed; the worst are highlighted.</translation>
    </message>
    <message>
        <source>Weak points found.</source>
        <translation>Weak points found.</translation>
    </message>
    <message>
        <source>Comparing the two dates…</source>
        <translation>Comparing the two dates…</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
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
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id; it was ignored.</source>
        <translation>&apos;%1&apos; is not a record id; it was ignored.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Who is this export for?</source>
        <translation>Who is this export for?</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported.</source>
        <translation>
            <numerusform>%n entry exported.</numerusform>
            <numerusform>%n entries exported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Audit chain</translation>
    </message>
    <message>
        <source>The audit chain is intact (%1 rows).
Head: %2</source>
        <translation>The audit chain is intact (%1 rows).
Head: %2</translation>
    </message>
    <message>
        <source>THE AUDIT CHAIN IS BROKEN: %1</source>
        <translation>THE AUDIT CHAIN IS BROKEN: %1</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>Edit case…</translation>
    </message>
    <message>
        <source>New tip</source>
        <translation>New tip</translation>
    </message>
    <message>
        <source>New seizure</source>
        <translation>New seizure</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Link chart</translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation>Print dossier…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Add a member: type a name, a plate, a number…</source>
        <translation>Add a member: type a name, a plate, a number…</translation>
    </message>
    <message>
        <source>Drag records here from any list to add them.</source>
        <translation>Drag records here from any list to add them.</translation>
    </message>
    <message>
        <source>Remove from the case</source>
        <translation>Remove from the case</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Substances</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Seizures</translation>
    </message>
    <message>
        <source>Totals by substance</source>
        <translation>Totals by substance</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Prosecutor</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>Tips ({n})</source>
        <translation>Tips ({n})</translation>
    </message>
    <message>
        <source>Seizures ({n})</source>
        <translation>Seizures ({n})</translation>
    </message>
    <message>
        <source>Events ({n})</source>
        <translation>Events ({n})</translation>
    </message>
    <message>
        <source>Links ({n})</source>
        <translation>Links ({n})</translation>
    </message>
    <message>
        <source>Cash: {cash} · Weapons: {weapons} · Vehicles: {vehicles}</source>
        <translation>Cash: {cash} · Weapons: {weapons} · Vehicles: {vehicles}</translation>
    </message>
    <message>
        <source>{n} record(s) added to the case.</source>
        <translation>{n} record(s) added to the case.</translation>
    </message>
    <message>
        <source>{n} record(s) removed from the case.</source>
        <translation>{n} record(s) removed from the case.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <source>Chart: {name}</source>
        <translation>Chart: {name}</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>Find on the chart…</source>
        <translation>Find on the chart…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Show the network as it stood, moving the dates forward</source>
        <translation>Show the network as it stood, moving the dates forward</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing on the chart yet: open it from a case, a record or a search, or use “Add from search”.</source>
        <translation>Nothing on the chart yet: open it from a case, a record or a search, or use “Add from search”.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole chart</source>
        <translation>Show the whole chart</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Lay out</translation>
    </message>
    <message>
        <source>Lay out the chart again</source>
        <translation>Lay out the chart again</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Force-directed</translation>
    </message>
    <message>
        <source>Hierarchy (following link direction)</source>
        <translation>Hierarchy (following link direction)</translation>
    </message>
    <message>
        <source>Circles by kind</source>
        <translation>Circles by kind</translation>
    </message>
    <message>
        <source>Circles by group (communities)</source>
        <translation>Circles by group (communities)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <source>Add the neighbours of the selection</source>
        <translation>Add the neighbours of the selection</translation>
    </message>
    <message>
        <source>Expand 2 hops</source>
        <translation>Expand 2 hops</translation>
    </message>
    <message>
        <source>Expand by link kind…</source>
        <translation>Expand by link kind…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Hide the selection (Shift+H shows it again)</source>
        <translation>Hide the selection (Shift+H shows it again)</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Show hidden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Take the selection off the chart</source>
        <translation>Take the selection off the chart</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Pinned records stay where they are</source>
        <translation>Pinned records stay where they are</translation>
    </message>
    <message>
        <source>Links among</source>
        <translation>Links among</translation>
    </message>
    <message>
        <source>Show every link among the selection</source>
        <translation>Show every link among the selection</translation>
    </message>
    <message>
        <source>New link…</source>
        <translation>New link…</translation>
    </message>
    <message>
        <source>Link the two selected records</source>
        <translation>Link the two selected records</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>Select neighbours</source>
        <translation>Select neighbours</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Show or hide the timeline</source>
        <translation>Show or hide the timeline</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Show or hide filters and styles</source>
        <translation>Show or hide filters and styles</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the chart with its case</source>
        <translation>Save the chart with its case</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Saved charts…</source>
        <translation>Saved charts…</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>Picture (PNG)…</translation>
    </message>
    <message>
        <source>Vector drawing (SVG)…</source>
        <translation>Vector drawing (SVG)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Add from search…</source>
        <translation>Add from search…</translation>
    </message>
    <message>
        <source>All of a kind</source>
        <translation>All of a kind</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Choose a layout</source>
        <translation>Choose a layout</translation>
    </message>
    <message>
        <source>Add neighbours of the selection</source>
        <translation>Add neighbours of the selection</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>Select records</source>
        <translation>Select records</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Save or open charts of this case</source>
        <translation>Save or open charts of this case</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Picture, drawing or print of the chart</source>
        <translation>Picture, drawing or print of the chart</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>At least … links</source>
        <translation>At least … links</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>strength</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidence</translation>
    </message>
    <message>
        <source>Strength: confidence × times seen. Evidence: the tips, seizures and events behind the links.</source>
        <translation>Strength: confidence × times seen. Evidence: the tips, seizures and events behind the links.</translation>
    </message>
    <message>
        <source>Highlight the selection&apos;s links</source>
        <translation>Highlight the selection&apos;s links</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colour by</translation>
    </message>
    <message>
        <source>Size by</source>
        <translation>Size by</translation>
    </message>
    <message>
        <source>Link width</source>
        <translation>Link width</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>same size</source>
        <translation>same size</translation>
    </message>
    <message>
        <source>number of links</source>
        <translation>number of links</translation>
    </message>
    <message>
        <source>group (community)</source>
        <translation>group (community)</translation>
    </message>
    <message>
        <source>Opening the case chart…</source>
        <translation>Opening the case chart…</translation>
    </message>
    <message>
        <source>Opening the chart…</source>
        <translation>Opening the chart…</translation>
    </message>
    <message>
        <source>Adding records…</source>
        <translation>Adding records…</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Laying out…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not shown (hidden or filtered)</source>
        <translation>
            <numerusform>%n not shown (hidden or filtered)</numerusform>
            <numerusform>%n not shown (hidden or filtered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>saved as “%1”</source>
        <translation>saved as “%1”</translation>
    </message>
    <message>
        <source>Nothing on the chart matches “%1”.</source>
        <translation>Nothing on the chart matches “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) on the chart</source>
        <translation>
            <numerusform>%n link on the chart</numerusform>
            <numerusform>%n links on the chart</numerusform>
        </translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>pinned</translation>
    </message>
    <message numerus="yes">
        <source>seen %n time(s)</source>
        <translation>
            <numerusform>seen %n time</numerusform>
            <numerusform>seen %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>No other records are linked to the selection.</source>
        <translation>No other records are linked to the selection.</translation>
    </message>
    <message>
        <source>Expanding…</source>
        <translation>Expanding…</translation>
    </message>
    <message>
        <source>Finding links…</source>
        <translation>Finding links…</translation>
    </message>
    <message>
        <source>Link saved.</source>
        <translation>Link saved.</translation>
    </message>
    <message>
        <source>Add from search</source>
        <translation>Add from search</translation>
    </message>
    <message>
        <source>Search for (name, alias, plate, phone, codename…):</source>
        <translation>Search for (name, alias, plate, phone, codename…):</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <source>no dates on the chart</source>
        <translation>no dates on the chart</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Name of the chart:</source>
        <translation>Name of the chart:</translation>
    </message>
    <message>
        <source>Opening the saved chart…</source>
        <translation>Opening the saved chart…</translation>
    </message>
    <message>
        <source>Save picture</source>
        <translation>Save picture</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG pictures (*.png)</translation>
    </message>
    <message>
        <source>Picture saved.</source>
        <translation>Picture saved.</translation>
    </message>
    <message>
        <source>The picture could not be written there.</source>
        <translation>The picture could not be written there.</translation>
    </message>
    <message>
        <source>Link chart exported from cross_desk</source>
        <translation>Link chart exported from cross_desk</translation>
    </message>
    <message>
        <source>Save drawing</source>
        <translation>Save drawing</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>Drawing saved.</source>
        <translation>Drawing saved.</translation>
    </message>
</context>
<context>
    <name>DeletedView</name>
    <message numerus="yes">
        <source>%Ln deleted record(s)</source>
        <translation>
            <numerusform>%Ln deleted record</numerusform>
            <numerusform>%Ln deleted records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored</source>
        <translation>
            <numerusform>%Ln record restored</numerusform>
            <numerusform>%Ln records restored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainMessages</name>
    <message>
        <source>A location needs a name, an address or a city.</source>
        <translation>A location needs a name, an address or a city.</translation>
    </message>
    <message>
        <source>Cash seized cannot be negative.</source>
        <translation>Cash seized cannot be negative.</translation>
    </message>
    <message>
        <source>A closed case needs its closing date.</source>
        <translation>A closed case needs its closing date.</translation>
    </message>
    <message>
        <source>A day needs a month.</source>
        <translation>A day needs a month.</translation>
    </message>
    <message>
        <source>Only a deal point has a deal-point status.</source>
        <translation>Only a deal point has a deal-point status.</translation>
    </message>
    <message>
        <source>A status date needs a status.</source>
        <translation>A status date needs a status.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90.</source>
        <translation>Latitude must be between -90 and 90.</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180.</source>
        <translation>Longitude must be between -180 and 180.</translation>
    </message>
    <message>
        <source>A phone needs a number or an IMEI.</source>
        <translation>A phone needs a number or an IMEI.</translation>
    </message>
    <message>
        <source>A phone number is required.</source>
        <translation>A phone number is required.</translation>
    </message>
    <message>
        <source>A registration plate is required.</source>
        <translation>A registration plate is required.</translation>
    </message>
    <message>
        <source>A vehicle needs a plate or a VIN.</source>
        <translation>A vehicle needs a plate or a VIN.</translation>
    </message>
    <message>
        <source>A tip needs its text.</source>
        <translation>A tip needs its text.</translation>
    </message>
    <message>
        <source>A tip from a source needs a sanitised wording that others may read.</source>
        <translation>A tip from a source needs a sanitised wording that others may read.</translation>
    </message>
    <message>
        <source>A tip from an informant needs its source.</source>
        <translation>A tip from an informant needs its source.</translation>
    </message>
    <message>
        <source>The tip&apos;s source is not a recorded source.</source>
        <translation>The tip&apos;s source is not a recorded source.</translation>
    </message>
    <message>
        <source>A seized quantity must be more than zero.</source>
        <translation>A seized quantity must be more than zero.</translation>
    </message>
    <message>
        <source>A seizure needs at least one thing seized.</source>
        <translation>A seizure needs at least one thing seized.</translation>
    </message>
    <message>
        <source>A person needs a surname, a given name or an alias.</source>
        <translation>A person needs a surname, a given name or an alias.</translation>
    </message>
    <message>
        <source>The number of vehicles cannot be negative.</source>
        <translation>The number of vehicles cannot be negative.</translation>
    </message>
    <message>
        <source>The number of weapons cannot be negative.</source>
        <translation>The number of weapons cannot be negative.</translation>
    </message>
    <message>
        <source>A record cannot be linked to itself.</source>
        <translation>A record cannot be linked to itself.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it; reopen it to see their changes.</source>
        <translation>Someone else changed this record since you opened it; reopen it to see their changes.</translation>
    </message>
    <message>
        <source>This case was changed by someone else since you opened it; reopen it.</source>
        <translation>This case was changed by someone else since you opened it; reopen it.</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>No such case.</translation>
    </message>
    <message>
        <source>No such record (it may have been deleted).</source>
        <translation>No such record (it may have been deleted).</translation>
    </message>
    <message>
        <source>No such record.</source>
        <translation>No such record.</translation>
    </message>
    <message>
        <source>No deleted record with this id.</source>
        <translation>No deleted record with this id.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>One end of the link no longer exists.</source>
        <translation>One end of the link no longer exists.</translation>
    </message>
    <message>
        <source>That codename is already taken.</source>
        <translation>That codename is already taken.</translation>
    </message>
    <message>
        <source>That case reference is already taken.</source>
        <translation>That case reference is already taken.</translation>
    </message>
    <message>
        <source>A record this change refers to no longer exists.</source>
        <translation>A record this change refers to no longer exists.</translation>
    </message>
    <message>
        <source>This change clashes with records already stored; nothing was saved.</source>
        <translation>This change clashes with records already stored; nothing was saved.</translation>
    </message>
    <message>
        <source>A case reference is required.</source>
        <translation>A case reference is required.</translation>
    </message>
    <message>
        <source>A case title is required.</source>
        <translation>A case title is required.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <source>A codename is required.</source>
        <translation>A codename is required.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a country code (FR, ES, BE…).</source>
        <extracomment>(pattern, English template) — the template is what the catalogue translates</extracomment>
        <translation>&apos;{0}&apos; is not a country code (FR, ES, BE…).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date: write 1994, 03/1994 or 12/03/1994.</source>
        <translation>&apos;{0}&apos; is not a date: write 1994, 03/1994 or 12/03/1994.</translation>
    </message>
    <message>
        <source>Month {0} does not exist.</source>
        <translation>Month {0} does not exist.</translation>
    </message>
    <message>
        <source>Year {0} is out of range.</source>
        <translation>Year {0} is out of range.</translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} does not exist.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid IMEI: its check digit is wrong.</source>
        <translation>&apos;{0}&apos; is not a valid IMEI: its check digit is wrong.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not an IMEI: it must have 15 digits.</source>
        <translation>&apos;{0}&apos; is not an IMEI: it must have 15 digits.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has the wrong number of digits for a phone number.</source>
        <translation>&apos;{0}&apos; has the wrong number of digits for a phone number.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a phone number.</source>
        <translation>&apos;{0}&apos; is not a phone number.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a registration plate.</source>
        <translation>&apos;{0}&apos; is not a registration plate.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a French SIV plate: SIV uses no I, O or U and no 000.</source>
        <translation>&apos;{0}&apos; is not a French SIV plate: SIV uses no I, O or U and no 000.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a French plate (SIV AB-123-CD or FNI 1234 AB 75); for a foreign plate choose its country.</source>
        <translation>&apos;{0}&apos; is not a French plate (SIV AB-123-CD or FNI 1234 AB 75); for a foreign plate choose its country.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a VIN: 17 letters and digits, without I, O or Q.</source>
        <translation>&apos;{0}&apos; is not a VIN: 17 letters and digits, without I, O or Q.</translation>
    </message>
    <message>
        <source>A grade is required: choose both parts.</source>
        <translation>A grade is required: choose both parts.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a grade of the scheme in use.</source>
        <translation>&apos;{0}&apos; is not a grade of the scheme in use.</translation>
    </message>
    <message>
        <source>Plate {0} is already recorded: open it?</source>
        <translation>Plate {0} is already recorded: open it?</translation>
    </message>
    <message>
        <source>VIN {0} is already recorded: open it?</source>
        <translation>VIN {0} is already recorded: open it?</translation>
    </message>
    <message>
        <source>Phone number {0} is already recorded: open it?</source>
        <translation>Phone number {0} is already recorded: open it?</translation>
    </message>
    <message>
        <source>IMEI {0} is already recorded: open it?</source>
        <translation>IMEI {0} is already recorded: open it?</translation>
    </message>
    <message>
        <source>Codename {0} is already recorded: open it?</source>
        <translation>Codename {0} is already recorded: open it?</translation>
    </message>
    <message>
        <source>Plate {0} is given to two records being saved together.</source>
        <translation>Plate {0} is given to two records being saved together.</translation>
    </message>
    <message>
        <source>VIN {0} is given to two records being saved together.</source>
        <translation>VIN {0} is given to two records being saved together.</translation>
    </message>
    <message>
        <source>Phone number {0} is given to two records being saved together.</source>
        <translation>Phone number {0} is given to two records being saved together.</translation>
    </message>
    <message>
        <source>IMEI {0} is given to two records being saved together.</source>
        <translation>IMEI {0} is given to two records being saved together.</translation>
    </message>
    <message>
        <source>Codename {0} is given to two records being saved together.</source>
        <translation>Codename {0} is given to two records being saved together.</translation>
    </message>
    <message>
        <source>The date ({1}) is before the start ({2}).</source>
        <translation>The date ({1}) is before the start ({2}).</translation>
    </message>
    <message>
        <source>This field holds {0} characters; the limit is {1}.</source>
        <translation>This field holds {0} characters; the limit is {1}.</translation>
    </message>
    <message>
        <source>A case with reference &apos;{0}&apos; already exists.</source>
        <translation>A case with reference &apos;{0}&apos; already exists.</translation>
    </message>
    <message>
        <source>No case with reference &apos;{0}&apos;.</source>
        <translation>No case with reference &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Your role ({0}) does not allow this ({1}).</source>
        <translation>Your role ({0}) does not allow this ({1}).</translation>
    </message>
    <message>
        <source>{0} of the records to add no longer exist.</source>
        <translation>{0} of the records to add no longer exist.</translation>
    </message>
    <message>
        <source>The database could not be used: {0}</source>
        <translation>The database could not be used: {0}</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>plate</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>codename</source>
        <translation>codename</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>This is not a number.</source>
        <extracomment>the date an optional date editor shows as &quot;—&quot; (no date)</extracomment>
        <translation>This is not a number.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>— no case —</source>
        <translation>— no case —</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
</context>
<context>
    <name>EntityPicker</name>
    <message>
        <source>{label} (new)</source>
        <translation>{label} (new)</translation>
    </message>
    <message>
        <source>Spelling variant: not an exact match</source>
        <translation>Spelling variant: not an exact match</translation>
    </message>
    <message>
        <source>Create: {kind} “{label}”</source>
        <translation>Create: {kind} “{label}”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Double-click a new record to fill in more of it.</source>
        <translation>Double-click a new record to fill in more of it.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong. The application can go on; the details were written to {path}.</source>
        <translation>Something unexpected went wrong. The application can go on; the details were written to {path}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>ExpandDialog</name>
    <message>
        <source>Expand by link kind</source>
        <translation>Expand by link kind</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Hops</translation>
    </message>
    <message>
        <source>Follow these links:</source>
        <translation>Follow these links:</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>CROSS-2026-0001</source>
        <translation>CROSS-2026-0001</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Lead investigator</source>
        <translation>Lead investigator</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s reference</source>
        <translation>Prosecutor&apos;s reference</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>Only the lead and the team see a restricted case; others are told whom to contact.</source>
        <translation>Only the lead and the team see a restricted case; others are told whom to contact.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>User names, one per line.</source>
        <translation>User names, one per line.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved.</source>
        <translation>“{title}” has changes that are not saved.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Save them before closing?</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>Delete “{title}”?

It leaves lists, searches and charts; a supervisor can restore it from the deleted records.</source>
        <translation>Delete “{title}”?

It leaves lists, searches and charts; a supervisor can restore it from the deleted records.</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>a hidden field leaves the record&apos;s value as it is</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Surname</source>
        <extracomment>field name → label (context &quot;Forms&quot;: the same words as the forms)</extracomment>
        <translation>Surname</translation>
    </message>
    <message>
        <source>A surname, a given name or an alias is needed.</source>
        <translation>A surname, a given name or an alias is needed.</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>One alias per line.</source>
        <translation>One alias per line.</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>1994, 03/1994 or 12/03/1994</source>
        <translation>1994, 03/1994 or 12/03/1994</translation>
    </message>
    <message>
        <source>The year alone, the month and year, or the full date.</source>
        <translation>The year alone, the month and year, or the full date.</translation>
    </message>
    <message>
        <source>Birthplace</source>
        <translation>Birthplace</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>AB-123-CD</source>
        <translation>AB-123-CD</translation>
    </message>
    <message>
        <source>A plate or a VIN is needed; type it any way.</source>
        <translation>A plate or a VIN is needed; type it any way.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Make</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>06 39 98 00 01</source>
        <translation>06 39 98 00 01</translation>
    </message>
    <message>
        <source>A number or an IMEI is needed; type it in any format.</source>
        <translation>A number or an IMEI is needed; type it in any format.</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>Line type</source>
        <translation>Line type</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Kind of place</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A name, an address or a city is needed.</source>
        <translation>A name, an address or a city is needed.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
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
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Deal point status</source>
        <translation>Deal point status</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status since</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <source>Codename</source>
        <translation>Codename</translation>
    </message>
    <message>
        <source>Only the codename is shown outside the handlers.</source>
        <translation>Only the codename is shown outside the handlers.</translation>
    </message>
    <message>
        <source>Handlers</source>
        <translation>Handlers</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Edit {field}</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* required</translation>
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
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Link chart</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Nothing was saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Saved: {label}</source>
        <translation>Saved: {label}</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Nothing was saved: {reason}</translation>
    </message>
    <message>
        <source>Nothing was saved: an unexpected error occurred (details in the log).</source>
        <translation>Nothing was saved: an unexpected error occurred (details in the log).</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Open it</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Deleted: {label}</source>
        <translation>Deleted: {label}</translation>
    </message>
    <message>
        <source>This record was changed elsewhere. Saving now will be refused; close it without saving and open it again to see the changes.</source>
        <translation>This record was changed elsewhere. Saving now will be refused; close it without saving and open it again to see the changes.</translation>
    </message>
    <message>
        <source>This record is no longer available: {reason}</source>
        <translation>This record is no longer available: {reason}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Keep these details; the record is saved with the rest.</source>
        <translation>Keep these details; the record is saved with the rest.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Source (codename)</source>
        <translation>Source (codename)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>One line that lists and charts show.</source>
        <translation>One line that lists and charts show.</translation>
    </message>
    <message>
        <source>Sanitised text</source>
        <translation>Sanitised text</translation>
    </message>
    <message>
        <source>What others may read, print and export.</source>
        <translation>What others may read, print and export.</translation>
    </message>
    <message>
        <source>Original wording</source>
        <translation>Original wording</translation>
    </message>
    <message>
        <source>May identify the source: for the handlers only, never listed, printed or exported.</source>
        <translation>May identify the source: for the handlers only, never listed, printed or exported.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Both parts are required; they are independent.</source>
        <translation>Both parts are required; they are independent.</translation>
    </message>
    <message>
        <source>Handling code</source>
        <translation>Handling code</translation>
    </message>
    <message>
        <source>Mentioned records</source>
        <translation>Mentioned records</translation>
    </message>
    <message>
        <source>Type a name, an alias, a plate, a phone number, an IMEI…</source>
        <translation>Type a name, an alias, a plate, a phone number, an IMEI…</translation>
    </message>
    <message>
        <source>Pick a record found, or create it: it is saved with the tip.</source>
        <translation>Pick a record found, or create it: it is saved with the tip.</translation>
    </message>
    <message>
        <source>Seized on</source>
        <translation>Seized on</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Substances</translation>
    </message>
    <message>
        <source>One line per substance; the unit follows the substance.</source>
        <translation>One line per substance; the unit follows the substance.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Weapons</source>
        <translation>Weapons</translation>
    </message>
    <message>
        <source>Vehicles seized</source>
        <translation>Vehicles seized</translation>
    </message>
    <message>
        <source>Seized from</source>
        <translation>Seized from</translation>
    </message>
    <message>
        <source>Type a name or an alias…</source>
        <translation>Type a name or an alias…</translation>
    </message>
    <message>
        <source>Vehicles involved</source>
        <translation>Vehicles involved</translation>
    </message>
    <message>
        <source>Type a plate…</source>
        <translation>Type a plate…</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Type an address or a place name…</source>
        <translation>Type an address or a place name…</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Persons involved</source>
        <translation>Persons involved</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>source reliability</source>
        <extracomment>The grading schemes&apos; axis names and meanings (cross_desk.domain.grading), for the catalogue. Screens ask the scheme in force for its codes and meanings and only translate the wording; tests/gui/test_labels.py checks that every scheme&apos;s wording is here.</extracomment>
        <translation>source reliability</translation>
    </message>
    <message>
        <source>information credibility</source>
        <translation>information credibility</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>completely reliable</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>usually reliable</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>fairly reliable</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>not usually reliable</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>unreliable</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>reliability cannot be judged</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>confirmed by other sources</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>probably true</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>possibly true</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>doubtful</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>truth cannot be judged</translation>
    </message>
    <message>
        <source>source evaluation</source>
        <translation>source evaluation</translation>
    </message>
    <message>
        <source>intelligence assessment</source>
        <translation>intelligence assessment</translation>
    </message>
    <message>
        <source>handling code</source>
        <translation>handling code</translation>
    </message>
    <message>
        <source>always reliable</source>
        <translation>always reliable</translation>
    </message>
    <message>
        <source>mostly reliable</source>
        <translation>mostly reliable</translation>
    </message>
    <message>
        <source>sometimes reliable</source>
        <translation>sometimes reliable</translation>
    </message>
    <message>
        <source>untested source</source>
        <translation>untested source</translation>
    </message>
    <message>
        <source>known to be true without reservation</source>
        <translation>known to be true without reservation</translation>
    </message>
    <message>
        <source>known personally to the source but not to the officer</source>
        <translation>known personally to the source but not to the officer</translation>
    </message>
    <message>
        <source>not personally known to the source but corroborated</source>
        <translation>not personally known to the source but corroborated</translation>
    </message>
    <message>
        <source>cannot be judged</source>
        <translation>cannot be judged</translation>
    </message>
    <message>
        <source>suspected to be false or malicious</source>
        <translation>suspected to be false or malicious</translation>
    </message>
    <message>
        <source>may be shared with law-enforcement and prosecuting agencies</source>
        <translation>may be shared with law-enforcement and prosecuting agencies</translation>
    </message>
    <message>
        <source>may be shared with UK non-prosecuting agencies</source>
        <translation>may be shared with UK non-prosecuting agencies</translation>
    </message>
    <message>
        <source>may be shared with non-UK law-enforcement agencies</source>
        <translation>may be shared with non-UK law-enforcement agencies</translation>
    </message>
    <message>
        <source>may be disseminated within the originating agency only</source>
        <translation>may be disseminated within the originating agency only</translation>
    </message>
    <message>
        <source>no further dissemination: refer to the originator</source>
        <translation>no further dissemination: refer to the originator</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>reliable</translation>
    </message>
    <message>
        <source>untested</source>
        <translation>untested</translation>
    </message>
    <message>
        <source>not reliable</source>
        <translation>not reliable</translation>
    </message>
    <message>
        <source>known directly to the source</source>
        <translation>known directly to the source</translation>
    </message>
    <message>
        <source>known indirectly to the source but corroborated</source>
        <translation>known indirectly to the source but corroborated</translation>
    </message>
    <message>
        <source>known indirectly to the source</source>
        <translation>known indirectly to the source</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>suspected to be false</source>
        <translation>suspected to be false</translation>
    </message>
    <message>
        <source>lawful sharing permitted</source>
        <translation>lawful sharing permitted</translation>
    </message>
    <message>
        <source>lawful sharing permitted with conditions</source>
        <translation>lawful sharing permitted with conditions</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Export picture</source>
        <translation>Export picture</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>The whole chart</source>
        <translation>The whole chart</translation>
    </message>
    <message>
        <source>What the window shows</source>
        <translation>What the window shows</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>In no case yet</source>
        <translation>In no case yet</translation>
    </message>
    <message>
        <source>Filter the list: summary, source, wording, case…</source>
        <translation>Filter the list: summary, source, wording, case…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>New tip</source>
        <translation>New tip</translation>
    </message>
    <message>
        <source>Tips inbox</source>
        <translation>Tips inbox</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>(the newest {n} of {total}; narrow the filters to see older ones)</source>
        <translation>(the newest {n} of {total}; narrow the filters to see older ones)</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message numerus="yes">
        <source>%Ln tip(s)</source>
        <translation>
            <numerusform>%Ln tip</numerusform>
            <numerusform>%Ln tips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Unexpected error ({name}); the details were written to the log.</source>
        <translation>Unexpected error ({name}); the details were written to the log.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Person</source>
        <extracomment>English source text of each code&apos;s label, per enum type (the catalogue translates them)</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Seizure</source>
        <translation>Seizure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Gendarmerie</source>
        <translation>Gendarmerie</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Customs</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Other service</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Convicted</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Contact or associate</source>
        <translation>Contact or associate</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>Landline</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Prepaid</translation>
    </message>
    <message>
        <source>Unknown line type</source>
        <translation>Unknown line type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Deal point</source>
        <translation>Deal point</translation>
    </message>
    <message>
        <source>Stash</source>
        <translation>Stash</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratory</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Meeting place</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>Border crossing</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Other place</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disrupted</source>
        <translation>Disrupted</translation>
    </message>
    <message>
        <source>Dismantled</source>
        <translation>Dismantled</translation>
    </message>
    <message>
        <source>Trafficking network</source>
        <translation>Trafficking network</translation>
    </message>
    <message>
        <source>Gang</source>
        <translation>Gang</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <source>Active source</source>
        <translation>Active source</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Closed source</source>
        <translation>Closed source</translation>
    </message>
    <message>
        <source>Informant</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Public report platform</source>
        <translation>Public report platform</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Interception</source>
        <translation>Interception</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>Open source</translation>
    </message>
    <message>
        <source>Cannabis resin</source>
        <translation>Cannabis resin</translation>
    </message>
    <message>
        <source>Herbal cannabis</source>
        <translation>Herbal cannabis</translation>
    </message>
    <message>
        <source>Cocaine</source>
        <translation>Cocaine</translation>
    </message>
    <message>
        <source>Crack</source>
        <translation>Crack</translation>
    </message>
    <message>
        <source>Heroin</source>
        <translation>Heroin</translation>
    </message>
    <message>
        <source>MDMA / ecstasy</source>
        <translation>MDMA / ecstasy</translation>
    </message>
    <message>
        <source>Amphetamines</source>
        <translation>Amphetamines</translation>
    </message>
    <message>
        <source>Methamphetamine</source>
        <translation>Methamphetamine</translation>
    </message>
    <message>
        <source>Ketamine</source>
        <translation>Ketamine</translation>
    </message>
    <message>
        <source>Cathinones</source>
        <translation>Cathinones</translation>
    </message>
    <message>
        <source>Diverted medicines</source>
        <translation>Diverted medicines</translation>
    </message>
    <message>
        <source>Other substance</source>
        <translation>Other substance</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arrest</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Fixed fine (AFD)</source>
        <translation>Fixed fine (AFD)</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Other event</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>associate of</source>
        <translation>associate of</translation>
    </message>
    <message>
        <source>family of</source>
        <translation>family of</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>member of</translation>
    </message>
    <message>
        <source>manages</source>
        <translation>manages</translation>
    </message>
    <message>
        <source>supplies</source>
        <translation>supplies</translation>
    </message>
    <message>
        <source>owns</source>
        <translation>owns</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>uses</translation>
    </message>
    <message>
        <source>lives at</source>
        <translation>lives at</translation>
    </message>
    <message>
        <source>frequents</source>
        <translation>frequents</translation>
    </message>
    <message>
        <source>operates at</source>
        <translation>operates at</translation>
    </message>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>seen with</source>
        <translation>seen with</translation>
    </message>
    <message>
        <source>mentioned in</source>
        <translation>mentioned in</translation>
    </message>
    <message>
        <source>seized from</source>
        <translation>seized from</translation>
    </message>
    <message>
        <source>seized at</source>
        <translation>seized at</translation>
    </message>
    <message>
        <source>involved in</source>
        <translation>involved in</translation>
    </message>
    <message>
        <source>occurred at</source>
        <translation>occurred at</translation>
    </message>
    <message>
        <source>handles</source>
        <translation>handles</translation>
    </message>
    <message>
        <source>other link</source>
        <translation>other link</translation>
    </message>
    <message>
        <source>Head of network</source>
        <translation>Head of network</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Lookout</source>
        <translation>Lookout</translation>
    </message>
    <message>
        <source>Tout</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Stash keeper</source>
        <translation>Stash keeper</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Money launderer</source>
        <translation>Money launderer</translation>
    </message>
    <message>
        <source>Cook</source>
        <translation>Cook</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>Plural kind names for the navigator and headings</extracomment>
        <translation>People</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Seizures</source>
        <translation>Seizures</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>New person</source>
        <extracomment>&quot;New person&quot;, &quot;New vehicle&quot;… (menus and the inline &quot;create&quot; offers)</extracomment>
        <translation>New person</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>New vehicle</translation>
    </message>
    <message>
        <source>New phone</source>
        <translation>New phone</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>New location</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>New source</translation>
    </message>
    <message>
        <source>New tip</source>
        <translation>New tip</translation>
    </message>
    <message>
        <source>New seizure</source>
        <translation>New seizure</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>New link</source>
        <translation>New link</translation>
    </message>
    <message>
        <source>Swap direction</source>
        <translation>Swap direction</translation>
    </message>
    <message>
        <source>Seen between</source>
        <translation>Seen between</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Spelling variant: not an exact match</source>
        <translation>Spelling variant: not an exact match</translation>
    </message>
    <message>
        <source>Filter: name, alias, plate, number…</source>
        <translation>Filter: name, alias, plate, number…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Link chart</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Add to case</translation>
    </message>
    <message>
        <source>(no open case)</source>
        <translation>(no open case)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>{n} record(s) added to the case.</source>
        <translation>{n} record(s) added to the case.</translation>
    </message>
    <message>
        <source>Delete one record at a time.</source>
        <translation>Delete one record at a time.</translation>
    </message>
    <message>
        <source>Deleted: {label}</source>
        <translation>Deleted: {label}</translation>
    </message>
    <message>
        <source>Filter: reference, title, lead, prosecutor&apos;s reference…</source>
        <translation>Filter: reference, title, lead, prosecutor&apos;s reference…</translation>
    </message>
    <message>
        <source>Show closed cases</source>
        <translation>Show closed cases</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s reference</source>
        <translation>Prosecutor&apos;s reference</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <source>Select the records to restore.</source>
        <translation>Select the records to restore.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>cross_desk — locked</source>
        <translation>cross_desk — locked</translation>
    </message>
    <message>
        <source>The session was locked after inactivity. Your work is kept.
Enter the password of %1 to go on.</source>
        <translation>The session was locked after inactivity. Your work is kept.
Enter the password of %1 to go on.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo: {what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <source>Redo: {what}</source>
        <translation>Redo: {what}</translation>
    </message>
    <message>
        <source>New &amp;tip</source>
        <translation>New &amp;tip</translation>
    </message>
    <message>
        <source>New &amp;seizure</source>
        <translation>New &amp;seizure</translation>
    </message>
    <message>
        <source>New &amp;event</source>
        <translation>New &amp;event</translation>
    </message>
    <message>
        <source>New &amp;case</source>
        <translation>New &amp;case</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <source>&amp;Print dossier…</source>
        <translation>&amp;Print dossier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find anything…</source>
        <translation>&amp;Find anything…</translation>
    </message>
    <message>
        <source>Tips &amp;inbox</source>
        <translation>Tips &amp;inbox</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>&amp;Deleted records</source>
        <translation>&amp;Deleted records</translation>
    </message>
    <message>
        <source>&amp;Link chart</source>
        <translation>&amp;Link chart</translation>
    </message>
    <message>
        <source>&amp;Analyse the network…</source>
        <translation>&amp;Analyse the network…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Activity report…</source>
        <translation>&amp;Activity report…</translation>
    </message>
    <message>
        <source>&amp;About cross_desk</source>
        <translation>&amp;About cross_desk</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Audit trail</translation>
    </message>
    <message>
        <source>Records due for re&amp;view</source>
        <translation>Records due for re&amp;view</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>cross_desk — {database}</source>
        <translation>cross_desk — {database}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Signed in: {user} ({role})</source>
        <translation>Signed in: {user} ({role})</translation>
    </message>
    <message>
        <source>Select a record to see its details and links.</source>
        <translation>Select a record to see its details and links.</translation>
    </message>
    <message>
        <source>investigator</source>
        <translation>investigator</translation>
    </message>
    <message>
        <source>source handler</source>
        <translation>source handler</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analyst</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Tips inbox</source>
        <translation>Tips inbox</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <source>All tips</source>
        <translation>All tips</translation>
    </message>
    <message>
        <source>The link chart is not available in this version.</source>
        <translation>The link chart is not available in this version.</translation>
    </message>
    <message>
        <source>{n} record(s)</source>
        <translation>{n} record(s)</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>Select records or open a case to chart.</source>
        <translation>Select records or open a case to chart.</translation>
    </message>
    <message>
        <source>Open a case first: the dossier is printed from a case.</source>
        <translation>Open a case first: the dossier is printed from a case.</translation>
    </message>
    <message>
        <source>Print dossier</source>
        <translation>Print dossier</translation>
    </message>
    <message>
        <source>Printing the dossier…</source>
        <translation>Printing the dossier…</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Activity report</translation>
    </message>
    <message>
        <source>Writing the activity report…</source>
        <translation>Writing the activity report…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>About cross_desk</source>
        <translation>About cross_desk</translation>
    </message>
    <message>
        <source>cross_desk — case management and link analysis for a narcotics intelligence unit.</source>
        <translation>cross_desk — case management and link analysis for a narcotics intelligence unit.</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <source>%Ln record(s) found</source>
        <translation>
            <numerusform>%Ln record found</numerusform>
            <numerusform>%Ln records found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Open the form</source>
        <translation>Open the form</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Link chart</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Due for review</source>
        <translation>Due for review</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Keep until…</source>
        <translation>Keep until…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due for review</source>
        <translation>
            <numerusform>%n record due for review</numerusform>
            <numerusform>%n records due for review</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why (this is logged)?</source>
        <translation>Why (this is logged)?</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Erase “%1” for good, with its links? This cannot be undone.</source>
        <translation>Erase “%1” for good, with its links? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>SavedChartsDialog</name>
    <message>
        <source>Saved charts</source>
        <translation>Saved charts</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{name} — saved {when} by {who}</source>
        <translation>{name} — saved {when} by {who}</translation>
    </message>
    <message>
        <source>No chart is saved with this case yet.</source>
        <translation>No chart is saved with this case yet.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Name, alias, plate, phone, IMEI, codename, case…</source>
        <translation>Name, alias, plate, phone, IMEI, codename, case…</translation>
    </message>
    <message>
        <source>↑↓ move · Enter opens · Esc closes · ≈ spelling variant</source>
        <translation>↑↓ move · Enter opens · Esc closes · ≈ spelling variant</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Spelling variant: not an exact match</source>
        <translation>Spelling variant: not an exact match</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>first {n}</source>
        <translation>first {n}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>cross_desk — sign in</source>
        <translation>cross_desk — sign in</translation>
    </message>
    <message>
        <source>Create the administrator account</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>This database has no accounts yet. The first account administers the others.</source>
        <translation>This database has no accounts yet. The first account administers the others.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>This account is disabled: ask an administrator.</source>
        <translation>This account is disabled: ask an administrator.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed attempts, until %1.</source>
        <translation>This account is locked after too many failed attempts, until %1.</translation>
    </message>
    <message>
        <source>Cannot reach the server %1: check the network, or ask your administrator whether the database server is running.</source>
        <translation>Cannot reach the server %1: check the network, or ask your administrator whether the database server is running.</translation>
    </message>
    <message>
        <source>The database %1 is not at the current schema: ask your administrator to run `cross-desk init`.</source>
        <translation>The database %1 is not at the current schema: ask your administrator to run `cross-desk init`.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This database is encrypted. Passphrase:</source>
        <translation>This database is encrypted. Passphrase:</translation>
    </message>
    <message>
        <source>Wrong passphrase; try again.</source>
        <translation>Wrong passphrase; try again.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No dated tips, seizures, events or calls among the records shown.</source>
        <translation>No dated tips, seizures, events or calls among the records shown.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
</context>
</TS>
