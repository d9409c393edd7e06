<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tillitverkstad</source>
        <translation>Om Tillitverkstad</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Workshops on trust-based governance and leadership, for leadership groups.</source>
        <translation>Workshoppar om tillitsbaserad styrning och ledning, för ledningsgrupper.</translation>
    </message>
    <message>
        <source>Licence: MIT</source>
        <translation>Licens: MIT</translation>
    </message>
    <message>
        <source>No network access, except participant voting&apos;s local server while it is on; no telemetry.</source>
        <translation>Inga nätverksanrop, utom deltagarröstningens lokala server medan den är påslagen; ingen telemetri.</translation>
    </message>
    <message>
        <source>Content based on SKR, Tillitsdelegationen (SOU 2018:47, SOU 2019:43) and Bringselius (2017).</source>
        <translation>Innehållet bygger på SKR, Tillitsdelegationen (SOU 2018:47, SOU 2019:43) och Bringselius (2017).</translation>
    </message>
    <message>
        <source>Your workshops are stored in:</source>
        <translation>Dina workshoppar sparas i:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Öppna datamappen</translation>
    </message>
    <message>
        <source>The folder is created when you save your first workshop.</source>
        <translation>Mappen skapas när du sparar din första workshop.</translation>
    </message>
    <message>
        <source>The Tillitverkstad logo</source>
        <translation>Tillitverkstads logotyp</translation>
    </message>
    <message>
        <source>The folder could not be opened.</source>
        <translation>Mappen kunde inte öppnas.</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Action: what</source>
        <translation>Åtgärd: vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Action: who</source>
        <translation>Åtgärd: vem</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>When: a date as YYYY-MM-DD, or empty</source>
        <translation>När: ett datum som ÅÅÅÅ-MM-DD, eller tomt</translation>
    </message>
    <message>
        <source>Action: when (YYYY-MM-DD)</source>
        <translation>Åtgärd: när (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Action: principle</source>
        <translation>Åtgärd: princip</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbruten</translation>
    </message>
    <message>
        <source>Not followed up</source>
        <translation>Inte uppföljd</translation>
    </message>
</context>
<context>
    <name>ActionsCard</name>
    <message>
        <source>Actions per group</source>
        <translation>Åtgärder per grupp</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Försenade åtgärder</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>Varav försenade</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförda</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutna</translation>
    </message>
    <message>
        <source>Overdue on {today}: {count}</source>
        <translation>Försenade den {today}: {count}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ActionsOverview</name>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Inga åtgärder ännu.</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <source>(no principle)</source>
        <translation>(ingen princip)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Princip</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>Delete the selected action</source>
        <translation>Ta bort den markerade åtgärden</translation>
    </message>
</context>
<context>
    <name>AgendaPicker</name>
    <message>
        <source>Principles and steps to include, in order</source>
        <translation>Principer och steg som ska ingå, i ordning</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>Flytta det markerade steget uppåt</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>Flytta det markerade steget nedåt</translation>
    </message>
</context>
<context>
    <name>AgendaSidebar</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Arrow keys choose a step, Enter opens it.</source>
        <translation>Välj steg med piltangenterna och öppna med Enter.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppades över</translation>
    </message>
    <message>
        <source>now</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>started</source>
        <translation>påbörjad</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ej påbörjad</translation>
    </message>
    <message>
        <source>{used} of {planned} min</source>
        <translation>{used} av {planned} min</translation>
    </message>
    <message>
        <source>{used} min</source>
        <translation>{used} min</translation>
    </message>
</context>
<context>
    <name>BalanceBars</name>
    <message>
        <source>Balance between the governing logics</source>
        <translation>Balansen mellan styrlogikerna</translation>
    </message>
</context>
<context>
    <name>BalanceCard</name>
    <message>
        <source>Balance between the governing logics</source>
        <translation>Balansen mellan styrlogikerna</translation>
    </message>
    <message>
        <source>Balance between market, hierarchy and trust</source>
        <translation>Balans mellan marknad, hierarki och tillit</translation>
    </message>
    <message>
        <source>Points out of 100, today → desired, at each occasion with the balance exercise.</source>
        <translation>Poäng av 100, i dag → önskat, vid varje tillfälle med balansövningen.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>No group did the balance exercise in the period.</source>
        <translation>Ingen grupp gjorde balansövningen under perioden.</translation>
    </message>
</context>
<context>
    <name>BalancePanel</name>
    <message>
        <source>Points (share 100)</source>
        <translation>Poäng (fördela 100)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Önskat</translation>
    </message>
    <message>
        <source> p</source>
        <translation> p</translation>
    </message>
    <message>
        <source>Sum: {sum} of {total} ✓</source>
        <translation>Summa: {sum} av {total} ✓</translation>
    </message>
    <message>
        <source>{mark} Sum: {sum} of {total} – not saved until it is {total}</source>
        <translation>{mark} Summa: {sum} av {total} – sparas först när summan är {total}</translation>
    </message>
</context>
<context>
    <name>BoardIndicator</name>
    <message>
        <source>▣ The group sees this step&apos;s notes (Ctrl+G turns it off)</source>
        <translation>▣ Gruppen ser stegets anteckningar (Ctrl+G stänger av)</translation>
    </message>
    <message>
        <source>▣ Notes board on: the group sees it after F5 (Ctrl+G turns it off)</source>
        <translation>▣ Anteckningstavlan är på: gruppen ser den efter F5 (Ctrl+G stänger av)</translation>
    </message>
</context>
<context>
    <name>ClosingStep</name>
    <message>
        <source>Reflections</source>
        <translation>Reflektioner</translation>
    </message>
    <message>
        <source>Type what someone takes with them and press Enter</source>
        <translation>Skriv vad någon tar med sig och tryck Enter</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Ny reflektion</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Agreed values at every occasion</source>
        <translation>Överenskomna värden vid varje tillfälle</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Princip</translation>
    </message>
    <message>
        <source>{date}
(start)</source>
        <translation>{date}
(start)</translation>
    </message>
    <message>
        <source>{date}
(this occasion)</source>
        <translation>{date}
(detta tillfälle)</translation>
    </message>
    <message>
        <source>Since the start</source>
        <translation>Sedan start</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Sedan förra gången</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Samsyn</translation>
    </message>
    <message>
        <source>not on agenda</source>
        <translation>ej med</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ej bedömd</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Välj ett datum</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Correct the details</source>
        <translation>Rätta uppgifterna</translation>
    </message>
    <message>
        <source>Organisation or unit</source>
        <translation>Organisation eller enhet</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Antal deltagare</translation>
    </message>
    <message>
        <source>Participant names (optional)</source>
        <translation>Deltagarnas namn (frivilligt)</translation>
    </message>
    <message>
        <source>Participant names, one per line</source>
        <translation>Deltagarnas namn, ett per rad</translation>
    </message>
    <message>
        <source>&amp;Organisation / unit:</source>
        <translation>&amp;Organisation/enhet:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Processledare:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>An&amp;tal deltagare:</translation>
    </message>
    <message>
        <source>Na&amp;mes:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Planned minutes:</source>
        <translation>Planerade minuter:</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Spara rättelsen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes for {step}</source>
        <translation>Minuter för {step}</translation>
    </message>
    <message>
        <source>Corrections so far</source>
        <translation>Rättelser hittills</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Inga än.</translation>
    </message>
    <message>
        <source>Once the workshop has started, every correction is listed in the report.</source>
        <translation>När workshoppen har börjat listas varje rättelse i rapporten.</translation>
    </message>
    <message>
        <source>Participant names</source>
        <translation>Deltagarnas namn</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planerade minuter</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Current</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Önskat läge</translation>
    </message>
    <message>
        <source>Vote distribution</source>
        <translation>Röstfördelning</translation>
    </message>
    <message>
        <source>Value {value}: {current} {current_count}, {desired} {desired_count}</source>
        <translation>Värde {value}: {current} {current_count}, {desired} {desired_count}</translation>
    </message>
</context>
<context>
    <name>ExamplesBox</name>
    <message>
        <source>How others do it ({count})</source>
        <translation>Så här gör andra ({count})</translation>
    </message>
    <message>
        <source>Show examples of how others do it</source>
        <translation>Visa exempel på hur andra gör</translation>
    </message>
</context>
<context>
    <name>ExamplesCard</name>
    <message>
        <source>Examples</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Examples from the groups</source>
        <translation>Exempel från grupperna</translation>
    </message>
    <message>
        <source>&amp;Principle:</source>
        <translation>&amp;Princip:</translation>
    </message>
    <message>
        <source>Show the examples of one principle</source>
        <translation>Visa exemplen för en princip</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>Alla principer</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Princip</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fil att skriva</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation>Ta med privata anteckningar</translation>
    </message>
    <message>
        <source>Include the participants&apos; names</source>
        <translation>Ta med deltagarnas namn</translation>
    </message>
    <message>
        <source>Also write the data package (JSON) beside it</source>
        <translation>Exportera även datapaketet (JSON) bredvid</translation>
    </message>
    <message>
        <source>Open the folder afterwards</source>
        <translation>Öppna mappen efteråt</translation>
    </message>
    <message>
        <source>Private notes and names are left out unless you tick them. The report is meant for the HR archive.</source>
        <translation>Privata anteckningar och namn tas inte med om du inte kryssar i dem. Rapporten är avsedd för HR:s arkiv.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Save the report as:</source>
        <translation>Spara rapporten som:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Write where the report is to be saved.</source>
        <translation>Skriv var rapporten ska sparas.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Choose another place.</source>
        <translation>{folder} är en fil, inte en mapp. Välj en annan plats.</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>Skapa mappen?</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it and save there?</source>
        <translation>Mappen {folder} finns inte. Vill du skapa den och spara där?</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
    <message>
        <source>The folder {folder} could not be created. Choose another place.</source>
        <translation>Mappen {folder} kunde inte skapas. Välj en annan plats.</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Exporting the report…</source>
        <translation>Exporterar rapporten…</translation>
    </message>
    <message>
        <source>The report could not be written there. Choose another place.</source>
        <translation>Rapporten kunde inte sparas där. Välj en annan plats.</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Rapporten sparades: {file}</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Replace file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} finns redan. Vill du ersätta den?</translation>
    </message>
</context>
<context>
    <name>FinishedBar</name>
    <message>
        <source>Finished {when}. Notes, votes and actions are locked; correcting the details is still possible.</source>
        <translation>Avslutad {when}. Anteckningar, röster och åtgärder är låsta; uppgifterna om workshoppen går fortfarande att rätta.</translation>
    </message>
    <message>
        <source>&amp;Reopen for correction</source>
        <translation>Ö&amp;ppna igen för rättelse</translation>
    </message>
    <message>
        <source>Reopen the workshop for correction</source>
        <translation>Öppna workshoppen igen för rättelse</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Start a follow-up</source>
        <translation>Starta uppföljning</translation>
    </message>
    <message>
        <source>Occasion {number} of {group}</source>
        <translation>Tillfälle {number} för {group}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Antal deltagare</translation>
    </message>
    <message>
        <source>Write down participant names (optional)</source>
        <translation>Skriv upp deltagarnas namn (frivilligt)</translation>
    </message>
    <message>
        <source>Participant names, one per line</source>
        <translation>Deltagarnas namn, ett per rad</translation>
    </message>
    <message>
        <source>One name per line. Leave empty to stay anonymous.</source>
        <translation>Ett namn per rad. Lämna tomt för att vara anonyma.</translation>
    </message>
    <message>
        <source>Start with “Follow-up of actions”</source>
        <translation>Börja med ”Uppföljning av åtgärder”</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Processledare:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>D&amp;eltagare:</translation>
    </message>
    <message>
        <source>Na&amp;mes:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>Last time&apos;s &amp;actions:</source>
        <translation>Förra gångens &amp;åtgärder:</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>Planned minutes:</source>
        <translation>Planerade minuter:</translation>
    </message>
    <message>
        <source>Start follow-up</source>
        <translation>Starta uppföljning</translation>
    </message>
    <message>
        <source>Last time: {date}, {count} participants, facilitator {facilitator}. The group, its organisation and the content language stay the same; the rest is last time&apos;s until you change it.</source>
        <translation>Förra gången: {date}, {count} deltagare, processledare {facilitator}. Gruppen, organisationen och innehållets språk är desamma; resten är som förra gången tills du ändrar det.</translation>
    </message>
    <message>
        <source>No actions were decided last time.</source>
        <translation>Inga åtgärder beslutades förra gången.</translation>
    </message>
    <message>
        <source>{open} open actions come along to be followed up; {closed} were already closed.</source>
        <translation>{open} öppna åtgärder följer med och följs upp; {closed} var redan avslutade.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes for {step}</source>
        <translation>Minuter för {step}</translation>
    </message>
</context>
<context>
    <name>FreeNotes</name>
    <message>
        <source>Free notes</source>
        <translation>Fria anteckningar</translation>
    </message>
</context>
<context>
    <name>GroupChoices</name>
    <message>
        <source>{group} (1 occasion)</source>
        <translation>{group} (1 tillfälle)</translation>
    </message>
    <message>
        <source>{group} ({count} occasions)</source>
        <translation>{group} ({count} tillfällen)</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Facilitator guide</source>
        <translation>Handledning för processledaren</translation>
    </message>
    <message>
        <source>The guide could not be found in this installation.</source>
        <translation>Handledningen finns inte i den här installationen.</translation>
    </message>
</context>
<context>
    <name>HeatmapCard</name>
    <message>
        <source>Principles and groups</source>
        <translation>Principer och grupper</translation>
    </message>
    <message>
        <source>Heatmap of principles and groups</source>
        <translation>Värmekarta över principer och grupper</translation>
    </message>
    <message>
        <source>&amp;Current state</source>
        <translation>&amp;Nuläge</translation>
    </message>
    <message>
        <source>G&amp;ap (desired − current)</source>
        <translation>S&amp;killnad (önskat − nuläge)</translation>
    </message>
    <message>
        <source>Each group&apos;s latest agreed value in the period, written in the cell; darker means higher. “not rated”: no value was agreed (it is not a zero). *: agreed at an earlier occasion than the group&apos;s latest. Enter or a double click opens the workshop.</source>
        <translation>Varje grupps senast överenskomna värde under perioden, skrivet i cellen; mörkare betyder högre. ”ej bedömd”: inget värde kom man överens om (det är inte en nolla). *: överenskommet vid ett tidigare tillfälle än gruppens senaste. Enter eller dubbelklick öppnar workshoppen.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ej bedömd</translation>
    </message>
    <message>
        <source>on the agenda, but no value was agreed</source>
        <translation>på agendan, men inget värde kom man överens om</translation>
    </message>
    <message>
        <source>not on the group&apos;s agenda in the period</source>
        <translation>inte på gruppens agenda under perioden</translation>
    </message>
    <message>
        <source>{count} occasions in the period</source>
        <translation>{count} tillfällen under perioden</translation>
    </message>
    <message>
        <source>1 occasion in the period</source>
        <translation>1 tillfälle under perioden</translation>
    </message>
    <message>
        <source>{group} · {principle}: current state {current}, gap {gap}; agreed at occasion {number} ({date})</source>
        <translation>{group} · {principle}: nuläge {current}, skillnad {gap}; överenskommet vid tillfälle {number} ({date})</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Tillfällen</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Everything in Tillitverkstad can be done with the keyboard. These shortcuts work everywhere in the window; the menus open with Alt and their underlined letter:</source>
        <translation>Allt i Tillitverkstad går att göra med tangentbordet. De här kortkommandona fungerar överallt i fönstret; menyerna öppnas med Alt och sin understrukna bokstav:</translation>
    </message>
    <message>
        <source>In lists, fields and dialogs:</source>
        <translation>I listor, fält och dialogrutor:</translation>
    </message>
    <message>
        <source>Keys in lists and fields</source>
        <translation>Tangenter i listor och fält</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Nästa eller föregående fält</translation>
    </message>
    <message>
        <source>Open the chosen workshop, or go to the chosen step</source>
        <translation>Öppna den valda workshoppen, eller gå till det valda steget</translation>
    </message>
    <message>
        <source>From the search to the list of workshops</source>
        <translation>Från sökfältet till listan med workshoppar</translation>
    </message>
    <message>
        <source>Add the typed note</source>
        <translation>Lägg till den skrivna anteckningen</translation>
    </message>
    <message>
        <source>Edit the chosen note or action</source>
        <translation>Redigera den valda anteckningen eller åtgärden</translation>
    </message>
    <message>
        <source>Delete the chosen note or action</source>
        <translation>Ta bort den valda anteckningen eller åtgärden</translation>
    </message>
    <message>
        <source>Move the chosen note up or down</source>
        <translation>Flytta den valda anteckningen uppåt eller nedåt</translation>
    </message>
    <message>
        <source>One vote more or less in a vote cell</source>
        <translation>En röst mer eller mindre i en röstruta</translation>
    </message>
    <message>
        <source>Open a list of choices</source>
        <translation>Öppna en lista med val</translation>
    </message>
    <message>
        <source>Close a dialog without changing anything</source>
        <translation>Stäng en dialogruta utan att ändra något</translation>
    </message>
    <message>
        <source>The shared screen: leave full screen</source>
        <translation>Storbilden: lämna helskärm</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Already imported</source>
        <translation>Redan importerad</translation>
    </message>
    <message>
        <source>The library already holds this workshop ({occasion}) with the same content, so no second copy was made. It is selected.</source>
        <translation>Redan importerad: biblioteket har redan den här workshoppen ({occasion}) med samma innehåll, så ingen andra kopia skapades. Den är markerad.</translation>
    </message>
</context>
<context>
    <name>IntroStep</name>
    <message>
        <source>The three cornerstones</source>
        <translation>De tre hörnstenarna</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Workshops</source>
        <translation>Workshoppar</translation>
    </message>
    <message>
        <source>Search group or organisation</source>
        <translation>Sök grupp eller organisation</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>Show the occasions of one group</source>
        <translation>Visa tillfällena för en grupp</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ppna</translation>
    </message>
    <message>
        <source>Open the selected workshop</source>
        <translation>Öppna den valda workshoppen</translation>
    </message>
    <message>
        <source>Start follow-&amp;up</source>
        <translation>Starta &amp;uppföljning</translation>
    </message>
    <message>
        <source>&amp;Import data package…</source>
        <translation>&amp;Importera datapaket…</translation>
    </message>
    <message>
        <source>Import data package</source>
        <translation>Importera datapaket</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <source>Overview across groups and over time</source>
        <translation>Översikt över grupper och över tid</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Delete the selected workshop</source>
        <translation>Ta bort den valda workshoppen</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Datamapp: {folder}</translation>
    </message>
    <message>
        <source>Start follow-up of the selected workshop</source>
        <translation>Starta uppföljning av den valda workshoppen</translation>
    </message>
    <message>
        <source>No workshop matches “{text}”.</source>
        <translation>Ingen workshop matchar ”{text}”.</translation>
    </message>
    <message>
        <source>This file cannot be opened: {reason}</source>
        <translation>Filen går inte att öppna: {reason}</translation>
    </message>
    <message>
        <source>Unreadable file</source>
        <translation>Oläsbar fil</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Ta bort workshop</translation>
    </message>
    <message>
        <source>Delete “{name}” {date} for good? The file and everything in it (notes, votes, names) is removed and cannot be restored.</source>
        <translation>Vill du ta bort ”{name}” {date} för gott? Filen och allt i den (anteckningar, röster, namn) raderas och kan inte återställas.</translation>
    </message>
    <message>
        <source>Tillitverkstad data package (*.json);;All files (*)</source>
        <translation>Datapaket från Tillitverkstad (*.json);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>&amp;Finish workshop…</source>
        <translation>&amp;Avsluta workshoppen…</translation>
    </message>
    <message>
        <source>Re&amp;open for correction</source>
        <translation>Ö&amp;ppna igen för rättelse</translation>
    </message>
    <message>
        <source>Correct the &amp;details…</source>
        <translation>Rätta &amp;uppgifterna…</translation>
    </message>
    <message>
        <source>No agreed value: {steps}</source>
        <translation>Inget överenskommet värde: {steps}</translation>
    </message>
    <message>
        <source>Actions without an owner: {actions}</source>
        <translation>Åtgärder utan ansvarig: {actions}</translation>
    </message>
    <message>
        <source>Typed but not yet added (added when you finish):</source>
        <translation>Skrivet men inte tillagt än (läggs till när du avslutar):</translation>
    </message>
    <message>
        <source>Finish the workshop?</source>
        <translation>Avsluta workshoppen?</translation>
    </message>
    <message>
        <source>Some things are not finished:</source>
        <translation>Det här är inte klart:</translation>
    </message>
    <message>
        <source>Finishing locks notes, votes and actions until the workshop is reopened for correction.</source>
        <translation>När du avslutar låses anteckningar, röster och åtgärder tills workshoppen öppnas igen för rättelse.</translation>
    </message>
    <message>
        <source>&amp;Finish anyway</source>
        <translation>&amp;Avsluta ändå</translation>
    </message>
    <message>
        <source>&amp;Continue the workshop</source>
        <translation>&amp;Fortsätt workshoppen</translation>
    </message>
    <message>
        <source>Workshop finished</source>
        <translation>Workshoppen är avslutad</translation>
    </message>
    <message>
        <source>The workshop is finished and its notes, votes and actions are locked. Export the report for the HR archive now?</source>
        <translation>Workshoppen är avslutad och dess anteckningar, röster och åtgärder är låsta. Vill du exportera rapporten till HR-arkivet nu?</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportera rapport…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <source>&amp;Import data package…</source>
        <translation>&amp;Importera datapaket…</translation>
    </message>
    <message>
        <source>&amp;Overview across groups</source>
        <translation>Ö&amp;versikt över grupperna</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportera rapport…</translation>
    </message>
    <message>
        <source>&amp;Back to the library</source>
        <translation>&amp;Tillbaka till workshoplistan</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>In&amp;ställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Ny &amp;anteckning</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Föregående steg</translation>
    </message>
    <message>
        <source>S&amp;kip this step (nothing to record)</source>
        <translation>Hoppa &amp;över steget (inget att anteckna)</translation>
    </message>
    <message>
        <source>&amp;Start or pause the timer</source>
        <translation>&amp;Starta eller pausa timern</translation>
    </message>
    <message>
        <source>&amp;Reset the timer</source>
        <translation>N&amp;ollställ timern</translation>
    </message>
    <message>
        <source>&amp;Add a minute</source>
        <translation>&amp;Lägg till en minut</translation>
    </message>
    <message>
        <source>Participant &amp;voting…</source>
        <translation>&amp;Deltagarröstning…</translation>
    </message>
    <message>
        <source>Open or close the vote on the &amp;phones</source>
        <translation>Öppna eller stäng röstningen på &amp;telefonerna</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Helskärm</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Facilitator &amp;guide</source>
        <translation>&amp;Handledning för processledare</translation>
    </message>
    <message>
        <source>&amp;About Tillitverkstad</source>
        <translation>&amp;Om Tillitverkstad</translation>
    </message>
    <message>
        <source>Export the workshop as a PDF report</source>
        <translation>Exportera workshoppen som en PDF-rapport</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Ångra {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Gör om {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
</context>
<context>
    <name>MessageSlot</name>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>&amp;Organisation / unit:</source>
        <translation>&amp;Organisation/enhet:</translation>
    </message>
    <message>
        <source>Organisation or unit</source>
        <translation>Organisation eller enhet</translation>
    </message>
    <message>
        <source>&amp;Group (required):</source>
        <translation>&amp;Grupp (obligatorisk):</translation>
    </message>
    <message>
        <source>Group, required</source>
        <translation>Grupp, obligatorisk</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Processledare:</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>An&amp;tal deltagare:</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Antal deltagare</translation>
    </message>
    <message>
        <source>Na&amp;mes:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Participant names, one per line</source>
        <translation>Deltagarnas namn, ett per rad</translation>
    </message>
    <message>
        <source>&amp;Content language:</source>
        <translation>&amp;Innehållets språk:</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>Innehållets språk</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>M&amp;inutes per step:</source>
        <translation>&amp;Minuter per steg:</translation>
    </message>
    <message>
        <source>Minutes per step</source>
        <translation>Minuter per steg</translation>
    </message>
    <message>
        <source>e.g. Ledningsgrupp IFO</source>
        <translation>t.ex. Ledningsgrupp IFO</translation>
    </message>
    <message>
        <source>e.g. Socialförvaltningen</source>
        <translation>t.ex. Socialförvaltningen</translation>
    </message>
    <message>
        <source>One name per line. Leave empty to stay anonymous.</source>
        <translation>Ett namn per rad. Lämna tomt för att vara anonym.</translation>
    </message>
    <message>
        <source>Write down participant names (optional)</source>
        <translation>Skriv upp deltagarnas namn (frivilligt)</translation>
    </message>
    <message>
        <source>All seven principles</source>
        <translation>Alla sju principer</translation>
    </message>
    <message>
        <source>The three cornerstones</source>
        <translation>De tre hörnstenarna</translation>
    </message>
    <message>
        <source>Custom: choose and order principles and steps</source>
        <translation>Anpassat: välj principer och steg och deras ordning</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>Skapa workshop</translation>
    </message>
</context>
<context>
    <name>NoteQueue</name>
    <message>
        <source>This note was sent outside the principles&apos; steps: go to the step it belongs to and accept it there.</source>
        <translation>Anteckningen skickades utanför principernas steg: gå till steget den hör till och godkänn den där.</translation>
    </message>
    <message>
        <source>The note was added to {step} (Ctrl+Z undoes).</source>
        <translation>Anteckningen lades till i {step} (Ctrl+Z ångrar).</translation>
    </message>
</context>
<context>
    <name>NoteQueuePanel</name>
    <message>
        <source>Notes from the phones ({count})</source>
        <translation>Anteckningar från telefonerna ({count})</translation>
    </message>
    <message>
        <source>Notes from the phones, waiting</source>
        <translation>Anteckningar från telefonerna som väntar</translation>
    </message>
    <message>
        <source>The chosen note in full</source>
        <translation>Den valda anteckningen i sin helhet</translation>
    </message>
    <message>
        <source>No notes from the phones yet.</source>
        <translation>Inga anteckningar från telefonerna än.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>Add it to the step&apos;s notes (Enter)</source>
        <translation>Lägg till den bland stegets anteckningar (Retur)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Remove it without adding it (Delete)</source>
        <translation>Ta bort den utan att lägga till den (Delete)</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>Notes: {category}</source>
        <translation>Anteckningar: {category}</translation>
    </message>
    <message>
        <source>F2 edits, Delete removes, Alt+Up and Alt+Down move a note.</source>
        <translation>F2 redigerar, Delete tar bort, Alt+Upp och Alt+Ned flyttar en anteckning.</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Skriv och tryck Enter</translation>
    </message>
    <message>
        <source>New note: {category}</source>
        <translation>Ny anteckning: {category}</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Enter adds a note. Text left in a field is added as a note when you leave the step.</source>
        <translation>Enter lägger till en anteckning. Text som står kvar i ett fält läggs till som anteckning när du lämnar steget.</translation>
    </message>
</context>
<context>
    <name>OverviewExport</name>
    <message>
        <source>The library in {folder}</source>
        <translation>Biblioteket i {folder}</translation>
    </message>
    <message>
        <source>The data packages in {folder}</source>
        <translation>Datapaketen i {folder}</translation>
    </message>
    <message>
        <source>Follow-up-trust-based-governance</source>
        <translation>Uppfoljning-tillitsbaserad-styrning</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the overview</source>
        <translation>Exportera översikten</translation>
    </message>
    <message>
        <source>Overview exported</source>
        <translation>Översikten exporterad</translation>
    </message>
    <message>
        <source>Saved: {file}</source>
        <translation>Sparad: {file}</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>Välj en mapp för CSV-filerna</translation>
    </message>
    <message>
        <source>Saved in {folder}: {files}</source>
        <translation>Sparade i {folder}: {files}</translation>
    </message>
    <message>
        <source>Exporting the overview…</source>
        <translation>Exporterar översikten…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>&amp;Back to the workshops</source>
        <translation>&amp;Tillbaka till workshopparna</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportera &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Exportera &amp;Excel…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exportera C&amp;SV…</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Källa:</translation>
    </message>
    <message>
        <source>This &amp;library</source>
        <translation>Det här &amp;biblioteket</translation>
    </message>
    <message>
        <source>A &amp;folder of data packages…</source>
        <translation>En &amp;mapp med datapaket…</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupp:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>F&amp;rån:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD; empty for no limit</source>
        <translation>Ett datum som ÅÅÅÅ-MM-DD; tomt för ingen gräns</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>What HR proposes next; printed in the PDF under “Next steps”.</source>
        <translation>Vad HR föreslår härnäst; skrivs ut i PDF:en under ”Nästa steg”.</translation>
    </message>
    <message>
        <source>Choose a folder of data packages</source>
        <translation>Välj en mapp med datapaket</translation>
    </message>
    <message>
        <source>Reading the data packages…</source>
        <translation>Läser datapaketen…</translation>
    </message>
    <message>
        <source>{folder} ({count} packages, read in place: nothing is imported)</source>
        <translation>{folder} ({count} paket, lästa på plats: inget importeras)</translation>
    </message>
    <message>
        <source>Files not shown: {count}</source>
        <translation>Filer som inte visas: {count}</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Working out the overview…</source>
        <translation>Sammanställer översikten…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>No workshop matches the choice.</source>
        <translation>Ingen workshop stämmer med valet.</translation>
    </message>
    <message>
        <source>1 group</source>
        <translation>1 grupp</translation>
    </message>
    <message>
        <source>{count} groups</source>
        <translation>{count} grupper</translation>
    </message>
    <message>
        <source>1 occasion</source>
        <translation>1 tillfälle</translation>
    </message>
    <message>
        <source>{count} occasions</source>
        <translation>{count} tillfällen</translation>
    </message>
    <message>
        <source>{groups}, {occasions}, {first} – {last}</source>
        <translation>{groups}, {occasions}, {first} – {last}</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>Inte i biblioteket</translation>
    </message>
    <message>
        <source>This workshop is in the folder, not in your library. Import it into the library to open it? The folder is not changed.</source>
        <translation>Den här workshoppen finns i mappen, inte i ditt bibliotek. Vill du importera den till biblioteket för att öppna den? Mappen ändras inte.</translation>
    </message>
</context>
<context>
    <name>ParticipantHealth</name>
    <message>
        <source>No phone has joined yet.</source>
        <translation>Ingen telefon har anslutit än.</translation>
    </message>
    <message>
        <source>This computer&apos;s own hotspot: on Windows, Settings › Network &amp; internet › Mobile hotspot; on a Mac, System Settings › General › Sharing › Internet Sharing. The guide (Shift+F1) says more.</source>
        <translation>Datorns egen surfzon: i Windows ”Inställningar › Nätverk och internet › Mobil surfzon”, på en Mac ”Systeminställningar › Allmänt › Delning › Internetdelning”. Handledningen (Skift+F1) berättar mer.</translation>
    </message>
</context>
<context>
    <name>ParticipantVoting</name>
    <message>
        <source>Notes from the phones</source>
        <translation>Anteckningar från telefonerna</translation>
    </message>
    <message>
        <source>{count} notes from the phones have not been accepted. If you close the workshop now they are discarded: nothing of them is kept.</source>
        <translation>Anteckningar från telefonerna som inte har godkänts: {count}. Om du stänger workshoppen nu slängs de, och inget av dem sparas.</translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation>Släng och stäng</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stanna kvar</translation>
    </message>
    <message>
        <source>A finished workshop takes no votes: reopen it for correction first.</source>
        <translation>En avslutad workshop tar inte emot röster: öppna den igen för rättelse först.</translation>
    </message>
    <message>
        <source>Participant voting is off: this computer takes no more votes.</source>
        <translation>Deltagarröstningen är avstängd: datorn tar inte emot fler röster.</translation>
    </message>
    <message>
        <source>Participant voting stopped after an error. Turn it on again to go on.</source>
        <translation>Deltagarröstningen stannade efter ett fel. Slå på den igen för att fortsätta.</translation>
    </message>
</context>
<context>
    <name>PhoneVote</name>
    <message>
        <source>Open a vote</source>
        <translation>Öppna röstning</translation>
    </message>
    <message>
        <source>{step} already has votes ({first} {current}, {second} {desired}). The phones&apos; votes replace them when you close the vote (Ctrl+Z brings them back).</source>
        <translation>{step} har redan röster ({first} {current}, {second} {desired}). Telefonernas röster ersätter dem när du stänger röstningen (Ctrl+Z tar tillbaka dem).</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Öppna röstningen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The vote on {step} closed: nobody voted, so nothing was stored.</source>
        <translation>Röstningen om {step} är stängd: ingen röstade, så inget sparades.</translation>
    </message>
    <message>
        <source>The vote on {step} closed and its votes are stored: {first} {current}, {second} {desired} (Ctrl+Z undoes).</source>
        <translation>Röstningen om {step} är stängd och rösterna är sparade: {first} {current}, {second} {desired} (Ctrl+Z ångrar).</translation>
    </message>
    <message>
        <source>Cancel the vote</source>
        <translation>Avbryt röstningen</translation>
    </message>
    <message>
        <source>{count} have voted. Cancel the vote without storing their votes?</source>
        <translation>{count} har röstat. Avbryta röstningen utan att spara deras röster?</translation>
    </message>
    <message>
        <source>Keep voting</source>
        <translation>Fortsätt rösta</translation>
    </message>
    <message>
        <source>The vote was cancelled: nothing was stored.</source>
        <translation>Röstningen avbröts: inget sparades.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Show to the group</source>
        <translation>Visa för gruppen</translation>
    </message>
    <message>
        <source>Show voting on the shared screen</source>
        <translation>Visa röstningen på storbilden</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Visa resultat</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Svart skärm</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>Vit skärm</translation>
    </message>
    <message>
        <source>Show the group&apos;s notes</source>
        <translation>Visa gruppens anteckningar</translation>
    </message>
    <message>
        <source>Show the timer to the group</source>
        <translation>Visa tiden för gruppen</translation>
    </message>
    <message>
        <source>Show how to join participant voting</source>
        <translation>Visa hur man ansluter till deltagarröstningen</translation>
    </message>
    <message>
        <source>&amp;Move shared screen to</source>
        <translation>&amp;Flytta storbilden till</translation>
    </message>
    <message>
        <source>Shared screen t&amp;heme</source>
        <translation>Storbildens &amp;utseende</translation>
    </message>
    <message>
        <source>&amp;Light, for bright rooms</source>
        <translation>&amp;Ljust, för ljusa rum</translation>
    </message>
    <message>
        <source>&amp;Dark, high contrast, for dim rooms</source>
        <translation>&amp;Mörkt med hög kontrast, för mörka rum</translation>
    </message>
</context>
<context>
    <name>PresentingBar</name>
    <message>
        <source>Shared screen</source>
        <translation>Storbild</translation>
    </message>
    <message>
        <source>Shared screen:</source>
        <translation>Storbild:</translation>
    </message>
    <message>
        <source>Show to the group</source>
        <translation>Visa för gruppen</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Röstning</translation>
    </message>
    <message>
        <source>Reveal results</source>
        <translation>Visa resultat</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Svart</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Vitt</translation>
    </message>
    <message>
        <source>Participant voting</source>
        <translation>Deltagarröstning</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Shared screen</source>
        <translation>Storbild</translation>
    </message>
    <message>
        <source>Preview of the shared screen</source>
        <translation>Förhandsvisning av storbilden</translation>
    </message>
    <message>
        <source>The projector is back: the shared screen is on it again.</source>
        <translation>Projektorn är tillbaka: storbilden visas på den igen.</translation>
    </message>
    <message>
        <source>The projector was disconnected: the shared screen is in a window here until it is back.</source>
        <translation>Projektorn kopplades från: storbilden visas i ett fönster här tills den är tillbaka.</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Visas nu</translation>
    </message>
    <message>
        <source>● Black</source>
        <translation>● Svart</translation>
    </message>
    <message>
        <source>● White</source>
        <translation>● Vit</translation>
    </message>
    <message>
        <source>Not shown to the group. F5 shows it.</source>
        <translation>Visas inte för gruppen. F5 visar den.</translation>
    </message>
    <message>
        <source>The group sees a black screen. B shows it again.</source>
        <translation>Gruppen ser en svart skärm. B visar den igen.</translation>
    </message>
    <message>
        <source>The group sees a white screen. W shows it again.</source>
        <translation>Gruppen ser en vit skärm. W visar den igen.</translation>
    </message>
    <message>
        <source>Showing to the group (F5 stops).</source>
        <translation>Visas för gruppen (F5 avslutar).</translation>
    </message>
    <message>
        <source>&amp;Preview of the shared screen</source>
        <translation>Förhandsvisning av stor&amp;bilden</translation>
    </message>
</context>
<context>
    <name>PrincipleStep</name>
    <message>
        <source>Rating and actions</source>
        <translation>Röstning och åtgärder</translation>
    </message>
</context>
<context>
    <name>PrivateNotes</name>
    <message>
        <source>Private notes</source>
        <translation>Privata anteckningar</translation>
    </message>
    <message>
        <source>Private – never shown to the group</source>
        <translation>Privat – visas aldrig för gruppen</translation>
    </message>
    <message>
        <source>Private notes, never shown to the group</source>
        <translation>Privata anteckningar, visas aldrig för gruppen</translation>
    </message>
    <message>
        <source>Only you see these notes.</source>
        <translation>Bara du ser de här anteckningarna.</translation>
    </message>
</context>
<context>
    <name>QuestionsBox</name>
    <message>
        <source>Discussion questions</source>
        <translation>Diskussionsfrågor</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>Aktuell fråga</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Föregående fråga</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nästa fråga</translation>
    </message>
    <message>
        <source>Question {n} of {count}</source>
        <translation>Fråga {n} av {count}</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Current (agreed)</source>
        <translation>Nuläge (överenskommet)</translation>
    </message>
    <message>
        <source>Desired (agreed)</source>
        <translation>Önskat läge (överenskommet)</translation>
    </message>
    <message>
        <source>Radar chart of agreed values</source>
        <translation>Radardiagram över överenskomna värden</translation>
    </message>
    <message>
        <source>No values yet</source>
        <translation>Inga värden ännu</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>Rating</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ej satt</translation>
    </message>
    <message>
        <source>Agreed {scale}</source>
        <translation>Överenskommet {scale}</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Samsyn</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservationer</translation>
    </message>
    <message>
        <source>Reservations and differing views</source>
        <translation>Reservationer och avvikande synsätt</translation>
    </message>
    <message>
        <source>Earlier occasions</source>
        <translation>Tidigare tillfällen</translation>
    </message>
    <message>
        <source>not on the agenda</source>
        <translation>inte med på agendan</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>inte bedömd</translation>
    </message>
    <message>
        <source>Last time, {date}: {values}</source>
        <translation>Förra gången, {date}: {values}</translation>
    </message>
    <message>
        <source>At the start, {date}: {values}</source>
        <translation>Vid start, {date}: {values}</translation>
    </message>
    <message>
        <source>{votes} of {participants}</source>
        <translation>{votes} av {participants}</translation>
    </message>
    <message>
        <source>Sent anonymously from the participants&apos; phones.</source>
        <translation>Skickade anonymt från deltagarnas telefoner.</translation>
    </message>
    <message>
        <source>Large spread ({scales}) – talk it through before you agree</source>
        <translation>Stor spridning ({scales}) – samtala innan ni enas</translation>
    </message>
    <message>
        <source>{scale}, value {value}: 1 vote</source>
        <translation>{scale}, värde {value}: 1 röst</translation>
    </message>
    <message>
        <source>{scale}, value {value}: {count} votes</source>
        <translation>{scale}, värde {value}: {count} röster</translation>
    </message>
    <message>
        <source>{scale}: no votes yet</source>
        <translation>{scale}: inga röster ännu</translation>
    </message>
    <message>
        <source>{scale}: median {median}, range {low}–{high} (spread {spread})</source>
        <translation>{scale}: median {median}, spridning {low}–{high} ({spread} steg)</translation>
    </message>
    <message>
        <source>If more people are voting, change the number of participants (Workshop › Correct the details…).</source>
        <translation>Om fler röstar: ändra antalet deltagare (Workshop › Rätta uppgifterna…).</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ö&amp;ppna senaste</translation>
    </message>
    <message>
        <source>No workshops opened yet</source>
        <translation>Inga workshoppar öppnade ännu</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>Choose what became of it…</source>
        <translation>Välj hur det gick…</translation>
    </message>
    <message>
        <source>What became of: {what}</source>
        <translation>Hur det gick: {what}</translation>
    </message>
    <message>
        <source>A short comment</source>
        <translation>En kort kommentar</translation>
    </message>
    <message>
        <source>Comment on: {what}</source>
        <translation>Kommentar till: {what}</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Decided {date}</source>
        <translation>Beslutad {date}</translation>
    </message>
    <message>
        <source>who: {who}</source>
        <translation>ansvarig: {who}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>klart senast {date}</translation>
    </message>
    <message>
        <source>last time: {status}</source>
        <translation>förra gången: {status}</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>No actions were left open last time.</source>
        <translation>Inga åtgärder var öppna efter förra gången.</translation>
    </message>
    <message>
        <source>Already done or cancelled last time</source>
        <translation>Redan genomförda eller avbrutna förra gången</translation>
    </message>
    <message>
        <source>Last time&apos;s actions</source>
        <translation>Förra gångens åtgärder</translation>
    </message>
    <message>
        <source>From last time: {done} of {count} actions followed up</source>
        <translation>Från förra gången: {done} av {count} åtgärder uppföljda</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Changes are saved automatically</source>
        <translation>Ändringar sparas automatiskt</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Sparat {time}</translation>
    </message>
    <message>
        <source>An unexpected error occurred; the details are in the log file.</source>
        <translation>Ett oväntat fel inträffade; detaljerna finns i loggfilen.</translation>
    </message>
    <message>
        <source>Could not save: {reason} Your changes are kept in the window and saving is retried in a moment.</source>
        <translation>Kunde inte spara: {reason} Dina ändringar finns kvar i fönstret och sparas igen om en stund.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>{count} broken characters in this workshop&apos;s file could not be kept and are shown as �. Everything else is as it was saved.</source>
        <translation>{count} trasiga tecken i workshopens fil gick inte att behålla och visas som �. Allt annat är som det sparades.</translation>
    </message>
    <message>
        <source>Text not added</source>
        <translation>Text som inte lagts till</translation>
    </message>
    <message>
        <source>This text could not be added (its message is beside it):
{drafts}

If you close the workshop now, it is lost. Close anyway?</source>
        <translation>Den här texten kunde inte läggas till (meddelandet står bredvid den):
{drafts}

Stänger du workshoppen nu går den förlorad. Stänga ändå?</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Ändringar inte sparade</translation>
    </message>
    <message>
        <source>The latest changes could not be saved: {reason}

If you close the workshop now, they are lost. Close anyway?</source>
        <translation>De senaste ändringarna kunde inte sparas: {reason}

Om du stänger workshoppen nu går de förlorade. Stänga ändå?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datamapp:</translation>
    </message>
    <message>
        <source>Default &amp;minutes per step:</source>
        <translation>Förvalda &amp;minuter per steg:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Textstorlek:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Leave the data folder empty to use the standard folder:</source>
        <translation>Lämna datamappen tom för att använda standardmappen:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <source>Browse for the data folder</source>
        <translation>Bläddra efter datamappen</translation>
    </message>
    <message>
        <source>Choose data folder</source>
        <translation>Välj datamapp</translation>
    </message>
    <message>
        <source>Default minutes per step</source>
        <translation>Förvalda minuter per steg</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Utseende:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Följ datorns inställning (ljust eller mörkt)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
</context>
<context>
    <name>SharedScreen</name>
    <message>
        <source>Tillitverkstad – shared screen</source>
        <translation>Tillitverkstad – storbild</translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation>Storbild</translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>Question {number} of {count}</source>
        <translation>Fråga {number} av {count}</translation>
    </message>
    <message>
        <source>Vote by show of hands</source>
        <translation>Rösta genom handuppräckning</translation>
    </message>
    <message>
        <source>Voted anonymously on phones</source>
        <translation>Röstat anonymt på telefonerna</translation>
    </message>
    <message>
        <source>Vote from your phone</source>
        <translation>Rösta från din telefon</translation>
    </message>
    <message>
        <source>Join the same network as this computer. Scan the code with the camera, or open the address and type the code.</source>
        <translation>Anslut till samma nätverk som den här datorn. Skanna koden med kameran, eller öppna adressen och skriv koden.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Anonymous: no name, phone or address is stored with your vote.</source>
        <translation>Anonymt: inget namn, ingen telefon och ingen adress sparas med din röst.</translation>
    </message>
    <message>
        <source>Median {median} · range {low}–{high}</source>
        <translation>Median {median} · spridning {low}–{high}</translation>
    </message>
    <message>
        <source>No votes yet</source>
        <translation>Inga röster ännu</translation>
    </message>
    <message>
        <source>Largest gaps</source>
        <translation>Största skillnaderna</translation>
    </message>
    <message>
        <source>No agreed values yet.</source>
        <translation>Inga överenskomna värden ännu.</translation>
    </message>
    <message>
        <source>No gaps yet: they need both the current and the desired state.</source>
        <translation>Inga skillnader ännu: de behöver både nuläge och önskat läge.</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Sida {page} av {count}</translation>
    </message>
    <message>
        <source>The group&apos;s notes</source>
        <translation>Gruppens anteckningar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Önskat</translation>
    </message>
    <message>
        <source>Share {total} points between the three logics</source>
        <translation>Fördela {total} poäng mellan de tre logikerna</translation>
    </message>
    <message>
        <source>Last time {then} → today {now}</source>
        <translation>Förra gången {then} → i dag {now}</translation>
    </message>
    <message>
        <source>Agreed {value}, unanimously</source>
        <translation>Överenskommet {value}, i enighet</translation>
    </message>
    <message>
        <source>Agreed {value}, with reservations</source>
        <translation>Överenskommet {value}, med reservationer</translation>
    </message>
    <message>
        <source>No value was set, disagreement remains</source>
        <translation>Inget värde fastställdes, oenighet kvarstår</translation>
    </message>
    <message>
        <source>Last time: {then}</source>
        <translation>Förra gången: {then}</translation>
    </message>
    <message>
        <source>Last time: not rated</source>
        <translation>Förra gången: inte bedömd</translation>
    </message>
    <message>
        <source>No actions were left open last time.</source>
        <translation>Inga åtgärder var öppna efter förra gången.</translation>
    </message>
    <message>
        <source>decided {date}</source>
        <translation>beslutad {date}</translation>
    </message>
    <message>
        <source>Agreed {value}</source>
        <translation>Överenskommet {value}</translation>
    </message>
    <message>
        <source>Wide spread: talk first</source>
        <translation>Stor spridning – samtala först</translation>
    </message>
    <message>
        <source>Vote on your phone</source>
        <translation>Rösta på telefonen</translation>
    </message>
    <message>
        <source>Votes so far: {count}</source>
        <translation>Röster hittills: {count}</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Inga åtgärder ännu.</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Participant voting</source>
        <translation>Deltagarröstning</translation>
    </message>
    <message>
        <source>The participants vote and send notes from their own phones, in the browser. The shared screen shows them a QR code and an address to join.</source>
        <translation>Deltagarna röstar och skickar anteckningar från sina egna telefoner, i webbläsaren. Storbilden visar en QR-kod och en adress att ansluta till.</translation>
    </message>
    <message>
        <source>What you can promise the participants</source>
        <translation>Det här kan du lova deltagarna</translation>
    </message>
    <message>
        <source>Network the phones use</source>
        <translation>Nätverket som telefonerna använder</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Sök igen</translation>
    </message>
    <message>
        <source>Read this computer&apos;s networks again (after starting a hotspot)</source>
        <translation>Läs in datorns nätverk igen (när du har startat en surfzon)</translation>
    </message>
    <message>
        <source>Fewest votes before a distribution is shown</source>
        <translation>Minsta antal röster innan en fördelning visas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>&amp;Network the phones use</source>
        <translation>&amp;Nätverket som telefonerna använder</translation>
    </message>
    <message>
        <source>Show a distribution from</source>
        <translation>Visa en fördelning från</translation>
    </message>
    <message>
        <source>votes on a question</source>
        <translation>röster på en fråga</translation>
    </message>
    <message>
        <source>Participant voting runs through this computer and the room&apos;s own network – no cloud, no account. The computer takes votes only while participant voting is on. No vote is stored with a name, phone, address or time: the workshop file gets how many votes each value got, as with a show of hands. When fewer than {minimum} have voted, only how many voted is kept, and no distribution is shown. A note from a phone goes to the facilitator first and reaches the shared screen and the file only if the facilitator accepts it.</source>
        <translation>Deltagarröstningen går via den här datorn och rummets eget nätverk – inget moln, inget konto. Datorn tar emot röster bara medan deltagarröstningen är påslagen. Ingen röst sparas med namn, telefon, adress eller tidpunkt: workshopfilen får hur många röster varje värde fick, som när ni räknar händer. När färre än {minimum} har röstat sparas bara hur många som röstade, och ingen fördelning visas. En anteckning från en telefon hamnar först hos processledaren och når storbilden och filen bara om processledaren godkänner den.</translation>
    </message>
    <message>
        <source>This computer has no network address. Start its hotspot (see the guide).</source>
        <translation>Datorn har ingen nätverksadress. Starta datorns surfzon (se handledningen).</translation>
    </message>
    <message>
        <source>Ask the participants to join this computer&apos;s hotspot on their phones.</source>
        <translation>Be deltagarna ansluta telefonerna till datorns surfzon.</translation>
    </message>
    <message>
        <source>Ask the participants to join the same phone&apos;s hotspot.</source>
        <translation>Be deltagarna ansluta till samma telefons surfzon.</translation>
    </message>
    <message>
        <source>Only this computer reaches the voting page: for trying it out. Phones cannot.</source>
        <translation>Bara den här datorn når röstningssidan – för att prova. Telefoner når den inte.</translation>
    </message>
    <message>
        <source>Phones cannot reach this network. Start this computer&apos;s hotspot or join the room&apos;s Wi-Fi, then choose Look again.</source>
        <translation>Telefoner når inte det här nätverket. Starta datorns surfzon eller anslut till rummets wifi, och välj sedan ”Sök igen”.</translation>
    </message>
    <message>
        <source>The phones must join this network too. A guest Wi-Fi often keeps devices apart: then this computer&apos;s own hotspot or a travel router works better.</source>
        <translation>Telefonerna måste ansluta till samma nätverk. Ett gästnätverk håller ofta enheterna isär – då fungerar datorns egen surfzon eller en reserouter bättre.</translation>
    </message>
</context>
<context>
    <name>StepActions</name>
    <message>
        <source>Actions for this step</source>
        <translation>Åtgärder för steget</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>{where}: “{text}”</source>
        <translation>{where}: ”{text}”</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Agreed {scale}</source>
        <translation>Överenskommet {scale}</translation>
    </message>
    <message>
        <source>Compared with earlier occasions</source>
        <translation>Jämfört med tidigare tillfällen</translation>
    </message>
    <message>
        <source>Agreed {current} / {desired} at each occasion; – means that value was not agreed then.</source>
        <translation>Överenskommet {current} / {desired} vid varje tillfälle; – betyder att värdet inte fastställdes då.</translation>
    </message>
    <message>
        <source>Last time&apos;s actions</source>
        <translation>Förra gångens åtgärder</translation>
    </message>
    <message>
        <source>Cornerstones</source>
        <translation>Hörnstenar</translation>
    </message>
    <message>
        <source>Cornerstone</source>
        <translation>Hörnsten</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Bedömda</translation>
    </message>
    <message>
        <source>Agreed values per cornerstone</source>
        <translation>Överenskomna värden per hörnsten</translation>
    </message>
    <message>
        <source>Largest gaps</source>
        <translation>Största skillnaderna</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>{n}. {step} {gap} (current {current} → desired {desired})</source>
        <translation>{n}. {step} {gap} (nuläge {current} → önskat {desired})</translation>
    </message>
    <message>
        <source>No agreed gaps yet.</source>
        <translation>Inga överenskomna skillnader ännu.</translation>
    </message>
    <message>
        <source>Agreed {scale} at the start, {date}</source>
        <translation>Överenskommet {scale} vid start, {date}</translation>
    </message>
    <message>
        <source>Agreed {scale} last time, {date}</source>
        <translation>Överenskommet {scale} förra gången, {date}</translation>
    </message>
    <message>
        <source>Last time&apos;s actions: {counts}</source>
        <translation>Förra gångens åtgärder: {counts}</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Tiden är ute</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Starta eller pausa timern</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Återställ timern</translation>
    </message>
    <message>
        <source>Add one minute</source>
        <translation>Lägg till en minut</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>no planned time</source>
        <translation>ingen planerad tid</translation>
    </message>
    <message>
        <source>of {minutes} min</source>
        <translation>av {minutes} min</translation>
    </message>
    <message>
        <source>Time left: {minutes} of {planned} min</source>
        <translation>Tid kvar: {minutes} av {planned} min</translation>
    </message>
    <message>
        <source>Time is up: {minutes} min over</source>
        <translation>Tiden är ute: {minutes} min över</translation>
    </message>
    <message>
        <source>{minutes} min used</source>
        <translation>{minutes} min använda</translation>
    </message>
</context>
<context>
    <name>TrendCard</name>
    <message>
        <source>Development within the group</source>
        <translation>Utveckling inom gruppen</translation>
    </message>
    <message>
        <source>Development within each group</source>
        <translation>Utveckling inom varje grupp</translation>
    </message>
    <message>
        <source>G&amp;roup:</source>
        <translation>G&amp;rupp:</translation>
    </message>
    <message>
        <source>The group whose development is shown</source>
        <translation>Gruppen vars utveckling visas</translation>
    </message>
    <message>
        <source>No group to show.</source>
        <translation>Ingen grupp att visa.</translation>
    </message>
    <message>
        <source>Met once in the period: there is no development to show yet.</source>
        <translation>Träffades en gång under perioden: det finns ingen utveckling att visa ännu.</translation>
    </message>
    <message>
        <source>Agreed current state at each occasion; the change is worked out within this group only (no average over groups is shown).</source>
        <translation>Överenskommet nuläge vid varje tillfälle; förändringen räknas bara inom den här gruppen (inget medelvärde över grupper visas).</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Princip</translation>
    </message>
    <message>
        <source>{number}: {date}</source>
        <translation>{number}: {date}</translation>
    </message>
    <message>
        <source>Since the start</source>
        <translation>Sedan start</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Sedan förra gången</translation>
    </message>
    <message>
        <source>not on agenda</source>
        <translation>ej på agendan</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ej bedömd</translation>
    </message>
    <message>
        <source>Known from a later occasion</source>
        <translation>Känt från ett senare tillfälle</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Another version of this workshop</source>
        <translation>En annan version av workshoppen</translation>
    </message>
    <message>
        <source>The library already holds {occasion}. The file {file} holds another version of it, which differs in {parts}.</source>
        <translation>Biblioteket har redan {occasion}. Filen {file} har en annan version av den, som skiljer sig i {parts}.</translation>
    </message>
    <message>
        <source>Replace: the file&apos;s version takes the library&apos;s place; private notes and names the file leaves out are kept.
Keep both: the file&apos;s version is added as a second copy.
Import nothing: the library stays as it is.</source>
        <translation>Ersätt: filens version tar bibliotekets plats; privata anteckningar och namn som filen saknar behålls.
Behåll båda: filens version läggs till som en andra kopia.
Importera inget: biblioteket förblir som det är.</translation>
    </message>
    <message>
        <source>&amp;Replace the library&apos;s version</source>
        <translation>&amp;Ersätt bibliotekets version</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Behåll båda</translation>
    </message>
    <message>
        <source>&amp;Import nothing</source>
        <translation>&amp;Importera inget</translation>
    </message>
</context>
<context>
    <name>VotingStrip</name>
    <message>
        <source>1 connected</source>
        <translation>1 ansluten</translation>
    </message>
    <message>
        <source>{count} connected</source>
        <translation>{count} anslutna</translation>
    </message>
    <message>
        <source>Participant voting on</source>
        <translation>Deltagarröstning på</translation>
    </message>
    <message>
        <source>address {address}</source>
        <translation>adress {address}</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>kod {code}</translation>
    </message>
    <message>
        <source>distribution shown from {minimum} votes</source>
        <translation>fördelning visas från {minimum} röster</translation>
    </message>
    <message>
        <source>notes waiting: {count}</source>
        <translation>väntande anteckningar: {count}</translation>
    </message>
    <message>
        <source>{scale} {count} of {voters}</source>
        <translation>{scale} {count} av {voters}</translation>
    </message>
    <message>
        <source>Vote open on {step} – voted so far:</source>
        <translation>Röstning öppen om {step} – har röstat hittills:</translation>
    </message>
    <message>
        <source>The phones wait for the next vote.</source>
        <translation>Telefonerna väntar på nästa röstning.</translation>
    </message>
    <message>
        <source>Votes from the phones are taken on the principles&apos; steps.</source>
        <translation>Telefonerna röstar i principernas steg.</translation>
    </message>
    <message>
        <source>Cancel the vote</source>
        <translation>Avbryt röstningen</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Stäng av</translation>
    </message>
    <message>
        <source>Stop participant voting at once</source>
        <translation>Stäng av deltagarröstningen direkt</translation>
    </message>
    <message>
        <source>Show how to join</source>
        <translation>Visa anslutning</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Stäng röstningen</translation>
    </message>
    <message>
        <source>Open a vote</source>
        <translation>Öppna röstning</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Tillitverkstad</source>
        <translation>Välkommen till Tillitverkstad</translation>
    </message>
    <message>
        <source>Tillitverkstad helps you lead a leadership group through trust-based governance and leadership, one principle at a time, and gives HR a report afterwards.</source>
        <translation>Tillitverkstad hjälper dig att leda en ledningsgrupp genom tillitsbaserad styrning och ledning, en princip i taget, och ger HR en rapport efteråt.</translation>
    </message>
    <message>
        <source>The seven guiding principles (SKR): Trust, Citizen focus, Holistic view, Room for action, Support, Knowledge and Openness, grouped in three cornerstones: governance, organisation, and culture and leadership.</source>
        <translation>De sju vägledande principerna (SKR): Tillit, Medborgarfokus, Helhetssyn, Handlingsutrymme, Stöd, Kunskap och Öppenhet, samlade i tre hörnstenar: styrning, organisering samt kultur och ledarskap.</translation>
    </message>
    <message>
        <source>A session: for each principle the group reads its meaning, talks about the questions and you note how you work today, the obstacles and the ideas.</source>
        <translation>Ett pass: för varje princip läser gruppen innebörden och samtalar kring frågorna, och du antecknar hur ni gör i dag, vilka hinder som finns och vilka idéer som kommer upp.</translation>
    </message>
    <message>
        <source>Voting by hands: everyone shows 1-5 for the current and the desired state; you type how many hands each value got. A wide spread is talked through before the group agrees on one value and on actions.</source>
        <translation>Röstning med händerna: alla visar 1–5 för nuläge och önskat läge, och du skriver in hur många händer varje värde fick. Vid stor spridning samtalar ni innan gruppen enas om ett gemensamt värde och om åtgärder.</translation>
    </message>
    <message>
        <source>Everything is saved on this computer as you type. Nothing is ever sent anywhere.</source>
        <translation>Allt sparas på den här datorn medan du skriver. Ingenting skickas någonsin iväg.</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Ny workshop…</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>Try an example workshop</source>
        <translation>Prova med en exempelworkshop</translation>
    </message>
    <message>
        <source>Import data package…</source>
        <translation>Importera datapaket…</translation>
    </message>
    <message>
        <source>Import data package</source>
        <translation>Importera datapaket</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} av {count}</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Oläsbar</translation>
    </message>
    <message>
        <source>This file cannot be opened: {reason}</source>
        <translation>Filen går inte att öppna: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <source>Correct details</source>
        <translation>Rätta uppgifter</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Redigera anteckning</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Ta bort anteckning</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Flytta anteckning</translation>
    </message>
    <message>
        <source>Change votes</source>
        <translation>Ändra röster</translation>
    </message>
    <message>
        <source>Store votes from phones</source>
        <translation>Spara röster från telefonerna</translation>
    </message>
    <message>
        <source>Set agreed value</source>
        <translation>Sätt överenskommet värde</translation>
    </message>
    <message>
        <source>Set consensus</source>
        <translation>Sätt samsyn</translation>
    </message>
    <message>
        <source>Change balance</source>
        <translation>Ändra balans</translation>
    </message>
    <message>
        <source>Add reflection</source>
        <translation>Lägg till reflektion</translation>
    </message>
    <message>
        <source>Edit reflection</source>
        <translation>Redigera reflektion</translation>
    </message>
    <message>
        <source>Delete reflection</source>
        <translation>Ta bort reflektion</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Redigera åtgärd</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>Follow up an action</source>
        <translation>Följ upp en åtgärd</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Föregående</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Föregående steg</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nästa ▶</translation>
    </message>
    <message>
        <source>Next step (marks this step done)</source>
        <translation>Nästa steg (markerar steget som klart)</translation>
    </message>
    <message>
        <source>Unfinished text kept as notes in {step}: {count}</source>
        <translation>Ofärdig text sparades som anteckningar i {step}: {count}</translation>
    </message>
    <message>
        <source>Finish workshop ✓</source>
        <translation>Avsluta workshoppen ✓</translation>
    </message>
    <message>
        <source>Finish the workshop</source>
        <translation>Avsluta workshoppen</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Created the demo workshop “{group}”.</source>
        <translation>Skapade exempelworkshoppen ”{group}”.</translation>
    </message>
    <message>
        <source>UNREADABLE</source>
        <translation>OLÄSBAR</translation>
    </message>
    <message>
        <source>HR&apos;s overview across groups and over time: -o FILE.pdf/.xlsx or -d FOLDER (CSV)</source>
        <translation>HR:s översikt över grupper och tid: -o FIL.pdf/.xlsx eller -d MAPP (CSV)</translation>
    </message>
    <message>
        <source>read the data packages in DIR in place</source>
        <translation>läs datapaketen i DIR där de ligger</translation>
    </message>
    <message>
        <source>only the groups of this organisation</source>
        <translation>bara grupperna i den här organisationen</translation>
    </message>
    <message>
        <source>only this group (its name, or its id)</source>
        <translation>bara den här gruppen (dess namn eller id)</translation>
    </message>
    <message>
        <source>first date, YYYY-MM-DD</source>
        <translation>första datum, ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>last date, YYYY-MM-DD</source>
        <translation>sista datum, ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>file to write: .pdf or .xlsx</source>
        <translation>fil att skriva: .pdf eller .xlsx</translation>
    </message>
    <message>
        <source>folder for the CSV files (one per table)</source>
        <translation>mapp för CSV-filerna (en per tabell)</translation>
    </message>
    <message>
        <source>text file for the PDF&apos;s next steps</source>
        <translation>textfil med nästa steg för PDF:en</translation>
    </message>
    <message>
        <source>Skipped {file}: {reason}</source>
        <translation>Hoppade över {file}: {reason}</translation>
    </message>
    <message>
        <source>Imported {occasion}.</source>
        <translation>Importerade {occasion}.</translation>
    </message>
    <message>
        <source>Already imported: {occasion} ({file}).</source>
        <translation>Redan importerad: {occasion} ({file}).</translation>
    </message>
    <message>
        <source>Replaced the library&apos;s version of {occasion} with the one in {file}.</source>
        <translation>Ersatte bibliotekets version av {occasion} med den i {file}.</translation>
    </message>
    <message>
        <source>Imported {occasion} from {file} as a second copy beside the library&apos;s version.</source>
        <translation>Importerade {occasion} från {file} som en andra kopia bredvid bibliotekets version.</translation>
    </message>
    <message>
        <source>{file}: the library holds another version of {occasion} (id {id}); the file&apos;s differs in {parts}. Nothing was imported from this file. To import it, run the import again with --replace (the file&apos;s version takes the library&apos;s place) or --keep-both (both are kept).</source>
        <translation>{file}: biblioteket har en annan version av {occasion} (id {id}); filens skiljer sig i {parts}. Inget importerades från filen. Vill du importera den, kör importen igen med --replace (filens version ersätter bibliotekets) eller --keep-both (båda behålls).</translation>
    </message>
    <message>
        <source>Deleted “{group}” {date}.</source>
        <translation>Tog bort ”{group}” {date}.</translation>
    </message>
    <message>
        <source>Finished “{group}”.</source>
        <translation>Avslutade ”{group}”.</translation>
    </message>
    <message>
        <source>Reopened “{group}”.</source>
        <translation>Öppnade ”{group}” igen.</translation>
    </message>
    <message>
        <source>Corrected “{group}”.</source>
        <translation>Rättade ”{group}”.</translation>
    </message>
    <message>
        <source>Created the follow-up of “{group}” on {date}.</source>
        <translation>Skapade uppföljningen av ”{group}” den {date}.</translation>
    </message>
    <message>
        <source>{count} open actions from last time come along.</source>
        <translation>{count} öppna åtgärder från förra gången följer med.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file {file}.</source>
        <translation>Något oväntat gick fel. Detaljerna finns i loggfilen {file}.</translation>
    </message>
    <message>
        <source>Workshops on trust-based governance and leadership. Without a command, the window opens.</source>
        <translation>Workshoppar om tillitsbaserad styrning och ledning. Utan kommando öppnas fönstret.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <source>workshop id (a unique prefix is enough)</source>
        <translation>workshoppens id (en entydig början räcker)</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>visa versionen och avsluta</translation>
    </message>
    <message>
        <source>check headless that this installation works (demo, package, PDF); no window</source>
        <translation>kontrollera utan fönster att installationen fungerar (exempel, datapaket, PDF)</translation>
    </message>
    <message>
        <source>data folder (default: your user data folder)</source>
        <translation>datamapp (förval: din användares datamapp)</translation>
    </message>
    <message>
        <source>language of messages (default: system)</source>
        <translation>meddelandenas språk (förval: systemets)</translation>
    </message>
    <message>
        <source>create a filled example workshop; prints its id last</source>
        <translation>skapa en ifylld exempelworkshop; skriver dess id sist</translation>
    </message>
    <message>
        <source>language of the content</source>
        <translation>innehållets språk</translation>
    </message>
    <message>
        <source>one line per workshop, starting with its id</source>
        <translation>en rad per workshop, med dess id först</translation>
    </message>
    <message>
        <source>write the data package of one workshop (ID -o FILE) or of all (--all -d FOLDER)</source>
        <translation>skriv datapaketet för en workshop (ID -o FIL) eller för alla (--all -d MAPP)</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>fil att skriva</translation>
    </message>
    <message>
        <source>folder for --all (one package per workshop)</source>
        <translation>mapp för --all (ett datapaket per workshop)</translation>
    </message>
    <message>
        <source>export every readable workshop</source>
        <translation>exportera varje läsbar workshop</translation>
    </message>
    <message>
        <source>include private facilitator notes</source>
        <translation>ta med processledarens privata anteckningar</translation>
    </message>
    <message>
        <source>include participant names</source>
        <translation>ta med deltagarnas namn</translation>
    </message>
    <message>
        <source>overwrite an existing file</source>
        <translation>skriv över en befintlig fil</translation>
    </message>
    <message>
        <source>write the PDF report of one workshop (ID -o FILE) or of all (--all -d FOLDER)</source>
        <translation>skriv PDF-rapporten för en workshop (ID -o FIL) eller för alla (--all -d MAPP)</translation>
    </message>
    <message>
        <source>folder for --all (one PDF per workshop)</source>
        <translation>mapp för --all (en PDF per workshop)</translation>
    </message>
    <message>
        <source>overwrite existing files</source>
        <translation>skriv över befintliga filer</translation>
    </message>
    <message>
        <source>import JSON data packages; prints each new id after its group</source>
        <translation>importera datapaket (JSON); skriver varje nytt id efter gruppen</translation>
    </message>
    <message>
        <source>when the library holds another version of a workshop, the file&apos;s version takes its place (private notes and names the file leaves out are kept)</source>
        <translation>när biblioteket har en annan version av en workshop ersätter filens version den (privata anteckningar och namn som filen saknar behålls)</translation>
    </message>
    <message>
        <source>when the library holds another version of a workshop, the file&apos;s version is added as a second copy</source>
        <translation>när biblioteket har en annan version av en workshop läggs filens version till som en andra kopia</translation>
    </message>
    <message>
        <source>open a workshop in the window</source>
        <translation>öppna en workshop i fönstret</translation>
    </message>
    <message>
        <source>start showing it to the group</source>
        <translation>börja visa den för gruppen</translation>
    </message>
    <message>
        <source>delete a workshop for good (it holds personal data)</source>
        <translation>ta bort en workshop för gott (den innehåller personuppgifter)</translation>
    </message>
    <message>
        <source>yes, delete it for good</source>
        <translation>ja, ta bort den för gott</translation>
    </message>
    <message>
        <source>mark a workshop finished (records the time)</source>
        <translation>markera en workshop som avslutad (tiden sparas)</translation>
    </message>
    <message>
        <source>open a finished workshop again for correction</source>
        <translation>öppna en avslutad workshop igen för rättelse</translation>
    </message>
    <message>
        <source>correct a workshop&apos;s details; logged once the workshop has started</source>
        <translation>rätta en workshops uppgifter; loggas när workshoppen har börjat</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>gruppens namn</translation>
    </message>
    <message>
        <source>organisation or unit</source>
        <translation>organisation eller enhet</translation>
    </message>
    <message>
        <source>date, YYYY-MM-DD</source>
        <translation>datum, ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>processledare</translation>
    </message>
    <message>
        <source>number of participants</source>
        <translation>antal deltagare</translation>
    </message>
    <message>
        <source>participant names, comma-separated (&apos;&apos; for none)</source>
        <translation>deltagarnas namn, åtskilda med komma (en tom text för inga)</translation>
    </message>
    <message>
        <source>planned minutes: N for each step between intro and summary, or STEP=N (repeatable)</source>
        <translation>planerade minuter: N för varje steg mellan inledning och sammanfattning, eller STEG=N (kan upprepas)</translation>
    </message>
    <message>
        <source>start a follow-up of a workshop for the same group; prints its id last</source>
        <translation>starta en uppföljning för samma grupp; skriver dess id sist</translation>
    </message>
    <message>
        <source>date of the follow-up, YYYY-MM-DD (default: today)</source>
        <translation>uppföljningens datum, ÅÅÅÅ-MM-DD (förval: i dag)</translation>
    </message>
    <message>
        <source>number of participants this time</source>
        <translation>antal deltagare den här gången</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Give a workshop id and -o FILE, or --all and -d FOLDER.</source>
        <translation>Ange ett workshop-id och -o FIL, eller --all och -d MAPP.</translation>
    </message>
    <message>
        <source>Give -o FILE (.pdf or .xlsx) or -d FOLDER (CSV files).</source>
        <translation>Ange -o FIL (.pdf eller .xlsx) eller -d MAPP (CSV-filer).</translation>
    </message>
    <message>
        <source>Deleting “{group}” {date} cannot be undone. Add --yes to delete it.</source>
        <translation>Att ta bort ”{group}” {date} går inte att ångra. Lägg till --yes för att ta bort den.</translation>
    </message>
    <message>
        <source>Write minutes as N or STEP=N, not {value}.</source>
        <translation>Skriv minuter som N eller STEG=N, inte {value}.</translation>
    </message>
    <message>
        <source>Say what to correct, e.g. --group.</source>
        <translation>Ange vad som ska rättas, till exempel --group.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file; it cannot be imported.</source>
        <translation>{file} är inte en vanlig fil; den kan inte importeras.</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (a folder, a device or a pipe); it cannot be read.</source>
        <translation>{file} är inte en vanlig fil (utan en mapp, en enhet eller en pipe); den kan inte läsas.</translation>
    </message>
    <message>
        <source>The file {file} is larger than {limit} MB.</source>
        <translation>Filen {file} är större än {limit} MB.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>Filen {file} går inte att läsa.</translation>
    </message>
    <message>
        <source>The file {file} is not UTF-8 text.</source>
        <translation>Filen {file} är ingen UTF-8-text.</translation>
    </message>
    <message>
        <source>Unknown step: {step}.</source>
        <translation>Okänt steg: {step}.</translation>
    </message>
    <message>
        <source>Choose at least one principle or step for the agenda.</source>
        <translation>Välj minst en princip eller ett steg till agendan.</translation>
    </message>
    <message>
        <source>A step can be on the agenda only once.</source>
        <translation>Ett steg kan bara finnas en gång på agendan.</translation>
    </message>
    <message>
        <source>This workshop content has no text for the follow-up of last time&apos;s actions.</source>
        <translation>Workshopinnehållet saknar text för uppföljningen av förra gångens åtgärder.</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB</source>
        <translation>filen är större än {limit} MB</translation>
    </message>
    <message>
        <source>it holds more than {limit} values</source>
        <translation>den innehåller fler än {limit} värden</translation>
    </message>
    <message>
        <source>it is not readable JSON (UTF-8)</source>
        <translation>den är inte läsbar JSON (UTF-8)</translation>
    </message>
    <message>
        <source>it is JSON, but not a JSON object</source>
        <translation>den är JSON, men inte ett JSON-objekt</translation>
    </message>
    <message>
        <source>the format field is missing or wrong</source>
        <translation>fältet format saknas eller är fel</translation>
    </message>
    <message>
        <source>the version field is missing or wrong</source>
        <translation>fältet version saknas eller är fel</translation>
    </message>
    <message>
        <source>its copy of the content is not valid ({where})</source>
        <translation>dess kopia av innehållet är inte giltig ({where})</translation>
    </message>
    <message>
        <source>its data does not have the expected shape</source>
        <translation>dess data har inte den väntade formen</translation>
    </message>
    <message>
        <source>unknown step {step}</source>
        <translation>okänt steg {step}</translation>
    </message>
    <message>
        <source>the agenda is empty or repeats a step</source>
        <translation>agendan är tom eller upprepar ett steg</translation>
    </message>
    <message>
        <source>more names than participants</source>
        <translation>fler namn än deltagare</translation>
    </message>
    <message>
        <source>more votes than participants</source>
        <translation>fler röster än deltagare</translation>
    </message>
    <message>
        <source>the content has no text for the step {step}</source>
        <translation>innehållet saknar text för steget {step}</translation>
    </message>
    <message>
        <source>This is not a valid Tillitverkstad data package: {detail}</source>
        <translation>Det här är inte ett giltigt datapaket från Tillitverkstad: {detail}</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Tillitverkstad.</source>
        <translation>Datapaketet är skapat med en nyare version av Tillitverkstad.</translation>
    </message>
    <message>
        <source>A value must be a whole number from {low} to {high}.</source>
        <translation>Ett värde måste vara ett heltal från {low} till {high}.</translation>
    </message>
    <message>
        <source>Give one vote count for each value {low}-{high}.</source>
        <translation>Ange ett antal röster för varje värde {low}–{high}.</translation>
    </message>
    <message>
        <source>The vote count for {value} must be zero or a positive whole number.</source>
        <translation>Antalet röster på {value} måste vara noll eller ett positivt heltal.</translation>
    </message>
    <message>
        <source>{votes} votes is more than the {participants} participants.</source>
        <translation>{votes} röster är fler än de {participants} deltagarna.</translation>
    </message>
    <message>
        <source>The field {field} is invalid: {problem}</source>
        <translation>Fältet {field} är ogiltigt: {problem}</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Här ska det stå text.</translation>
    </message>
    <message>
        <source>The text is too long ({length} characters, at most {limit}).</source>
        <translation>Texten är för lång ({length} tecken, högst {limit}).</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Ge gruppen ett namn.</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated before the occasion it follows up ({date}).</source>
        <translation>En uppföljning kan inte dateras före tillfället den följer upp ({date}).</translation>
    </message>
    <message>
        <source>The number of participants must be 1-{high}.</source>
        <translation>Antalet deltagare måste vara 1–{high}.</translation>
    </message>
    <message>
        <source>Expected a list of names.</source>
        <translation>En lista med namn behövs.</translation>
    </message>
    <message>
        <source>There are more names ({names}) than participants ({count}).</source>
        <translation>Det finns fler namn ({names}) än deltagare ({count}).</translation>
    </message>
    <message>
        <source>Minutes per step must be {low}-{high}.</source>
        <translation>Minuter per steg ska vara {low}–{high}.</translation>
    </message>
    <message>
        <source>Unknown agenda template: {template}.</source>
        <translation>Okänd mall för agendan: {template}.</translation>
    </message>
    <message>
        <source>Expected a list of step ids.</source>
        <translation>En lista med steg behövs.</translation>
    </message>
    <message>
        <source>Expected minutes per step.</source>
        <translation>Minuter per steg behövs.</translation>
    </message>
    <message>
        <source>This detail cannot be corrected: {field}.</source>
        <translation>Den här uppgiften går inte att rätta: {field}.</translation>
    </message>
    <message>
        <source>This occasion cannot be dated after the group&apos;s next one ({date}).</source>
        <translation>Tillfället kan inte dateras efter gruppens nästa tillfälle ({date}).</translation>
    </message>
    <message>
        <source>{step} already has {votes} votes, so there cannot be fewer participants than that. Change the votes there first.</source>
        <translation>{step} har redan {votes} röster, så antalet deltagare kan inte vara lägre än så. Ändra rösterna där först.</translation>
    </message>
    <message>
        <source>Say what to correct.</source>
        <translation>Ange vad som ska rättas.</translation>
    </message>
    <message>
        <source>Choose a valid date.</source>
        <translation>Välj ett giltigt datum.</translation>
    </message>
    <message>
        <source>This workshop is finished. Open it again to change what it holds.</source>
        <translation>Workshoppen är avslutad. Öppna den igen för att ändra innehållet.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>En anteckning kan inte vara tom.</translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation>Anteckningen finns inte längre.</translation>
    </message>
    <message>
        <source>A note moves one place at a time.</source>
        <translation>En anteckning flyttas ett steg i taget.</translation>
    </message>
    <message>
        <source>Unknown balance: {which}.</source>
        <translation>Okänd balans: {which}.</translation>
    </message>
    <message>
        <source>Points must be zero or more.</source>
        <translation>Poängen måste vara noll eller fler.</translation>
    </message>
    <message>
        <source>The points must add up to {total} (now {sum}).</source>
        <translation>Poängen måste bli {total} tillsammans (nu {sum}).</translation>
    </message>
    <message>
        <source>The action no longer exists.</source>
        <translation>Åtgärden finns inte längre.</translation>
    </message>
    <message>
        <source>Describe what the action is.</source>
        <translation>Beskriv vad åtgärden är.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>Filen {file} går inte att läsa: {reason}</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>filen är tom.</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (not valid JSON).</source>
        <translation>filen är skadad eller avkortad (inte giltig JSON).</translation>
    </message>
    <message>
        <source>the file is damaged: it is not UTF-8 text.</source>
        <translation>filen är skadad: den är inte UTF-8-text.</translation>
    </message>
    <message>
        <source>it is not a Tillitverkstad workshop file.</source>
        <translation>det är inte en workshopfil från Tillitverkstad.</translation>
    </message>
    <message>
        <source>it was saved by a newer version of Tillitverkstad.</source>
        <translation>den är sparad med en nyare version av Tillitverkstad.</translation>
    </message>
    <message>
        <source>its content is not valid.</source>
        <translation>innehållet är inte giltigt.</translation>
    </message>
    <message>
        <source>the file could not be opened.</source>
        <translation>filen gick inte att öppna.</translation>
    </message>
    <message>
        <source>it is too large for a workshop file (over 16 MB).</source>
        <translation>den är för stor för en workshopfil (över 16 MB).</translation>
    </message>
    <message>
        <source>it is a link or a special file, not a workshop file.</source>
        <translation>den är en länk eller en specialfil, inte en workshopfil.</translation>
    </message>
    <message>
        <source>it holds the same workshop as {file} (a copy?). Delete or move one of them.</source>
        <translation>den innehåller samma workshop som {file} (en kopia?). Ta bort eller flytta den ena.</translation>
    </message>
    <message>
        <source>its name does not match the workshop inside. Rename it to {file}.</source>
        <translation>dess namn stämmer inte med workshopen i den. Byt namn på den till {file}.</translation>
    </message>
    <message>
        <source>The workshop “{group}” is open in another Tillitverkstad window. Close it there first.</source>
        <translation>Workshoppen ”{group}” är öppen i ett annat Tillitverkstad-fönster. Stäng den där först.</translation>
    </message>
    <message>
        <source>A Tillitverkstad command is changing the workshop “{group}” right now. Try again in a moment.</source>
        <translation>Ett Tillitverkstad-kommando ändrar workshoppen ”{group}” just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Another Tillitverkstad window is saving the workshop “{group}” right now. Try again in a moment.</source>
        <translation>Ett annat Tillitverkstad-fönster sparar workshopen ”{group}” just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to. Choose another folder.</source>
        <translation>Det går inte att skriva i datamappen {folder}. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>The disk is full: nothing more can be saved in {folder}. Free some space.</source>
        <translation>Disken är full: inget mer kan sparas i {folder}. Frigör utrymme.</translation>
    </message>
    <message>
        <source>{file} is a link, a folder or a special file; Tillitverkstad only replaces ordinary files.</source>
        <translation>{file} är en länk, en mapp eller en specialfil; Tillitverkstad ersätter bara vanliga filer.</translation>
    </message>
    <message>
        <source>The file {file} belongs to another user; Tillitverkstad does not change it.</source>
        <translation>Filen {file} tillhör en annan användare; Tillitverkstad ändrar den inte.</translation>
    </message>
    <message>
        <source>Another program (a PDF reader, a virus scanner, a backup or a sync tool) is holding the file {file} open, so it could not be replaced. Close it there, or wait a moment, and try again.</source>
        <translation>Ett annat program (en PDF-läsare, ett virusskydd, en säkerhetskopiering eller ett synkverktyg) håller filen {file} öppen, så den kunde inte ersättas. Stäng den där, eller vänta en stund, och försök igen.</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose another.</source>
        <translation>{folder} är ingen mapp; välj en annan.</translation>
    </message>
    <message>
        <source>The folder {folder} could not be created. Choose another place.</source>
        <translation>Mappen {folder} kunde inte skapas. Välj en annan plats.</translation>
    </message>
    <message>
        <source>{file} is a folder; choose a file name.</source>
        <translation>{file} är en mapp; välj ett filnamn.</translation>
    </message>
    <message>
        <source>{file} is a link or a special file; Tillitverkstad does not replace it. Choose another file name.</source>
        <translation>{file} är en länk eller en specialfil; Tillitverkstad ersätter den inte. Välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>The file {file} already exists.</source>
        <translation>Filen {file} finns redan.</translation>
    </message>
    <message>
        <source>The same workshop as {file}, which is shown (the most recently saved file).</source>
        <translation>Samma workshop som {file}, som visas (den senast sparade filen).</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read.</source>
        <translation>Mappen {folder} går inte att läsa.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Perioden slutar ({end}) innan den börjar ({start}).</translation>
    </message>
    <message>
        <source>No group is called {group}.</source>
        <translation>Ingen grupp heter {group}.</translation>
    </message>
    <message>
        <source>More than one group is called {group}; give its id.</source>
        <translation>Mer än en grupp heter {group}; ange gruppens id.</translation>
    </message>
    <message>
        <source>Name the file .pdf or .xlsx; for CSV files give a folder (-d FOLDER).</source>
        <translation>Ge filen namnet .pdf eller .xlsx; för CSV-filer anger du en mapp (-d MAPP).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
    <message>
        <source>The path {file} is too long for Windows ({count} characters; at most {limit}). Choose a folder nearer the top of the drive, or a shorter name.</source>
        <translation>Sökvägen {file} är för lång för Windows ({count} tecken; högst {limit}). Välj en mapp närmare enhetens rot, eller ett kortare namn.</translation>
    </message>
    <message>
        <source>The disk is full; {file} was not written.</source>
        <translation>Disken är full; {file} skrevs inte.</translation>
    </message>
    <message>
        <source>Cannot write to {folder} (no permission or read-only).</source>
        <translation>Det går inte att skriva till {folder} (behörighet saknas eller skrivskyddad).</translation>
    </message>
    <message>
        <source>No workshop with id {id}.</source>
        <translation>Ingen workshop har id {id}.</translation>
    </message>
    <message>
        <source>The id {id} matches more than one workshop.</source>
        <translation>Id {id} passar in på fler än en workshop.</translation>
    </message>
    <message>
        <source>A workshop with id {id} already exists.</source>
        <translation>Det finns redan en workshop med id {id}.</translation>
    </message>
    <message>
        <source>{value} is not a valid date. Write it as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation>{value} är inte ett giltigt datum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-12-01.</translation>
    </message>
    <message>
        <source>{value} is outside the years {first}–{last}.</source>
        <translation>{value} ligger utanför åren {first}–{last}.</translation>
    </message>
    <message>
        <source>Unknown value: {value}.</source>
        <translation>Okänt värde: {value}.</translation>
    </message>
    <message>
        <source>Expected yes or no.</source>
        <translation>Ja eller nej behövs.</translation>
    </message>
    <message>
        <source>Expected a whole number from {low} to {high}.</source>
        <translation>Ett heltal från {low} till {high} behövs.</translation>
    </message>
    <message>
        <source>Expected a point in time.</source>
        <translation>En tidpunkt behövs.</translation>
    </message>
    <message>
        <source>Give the date as YYYY-MM-DD.</source>
        <translation>Ange datumet som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ett objekt väntades</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>text väntades</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters</source>
        <translation>texten är längre än {limit} tecken</translation>
    </message>
    <message>
        <source>the text holds a broken character (a lone UTF-16 surrogate)</source>
        <translation>texten innehåller ett trasigt tecken (ett ensamt UTF-16-surrogat)</translation>
    </message>
    <message>
        <source>expected a whole number from {low} to {high}</source>
        <translation>ett heltal från {low} till {high} väntades</translation>
    </message>
    <message>
        <source>unknown value {value}</source>
        <translation>okänt värde {value}</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>en lista väntades</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>ett datum ÅÅÅÅ-MM-DD väntades</translation>
    </message>
    <message>
        <source>expected a date in the years {first}–{last}</source>
        <translation>väntade ett datum under åren {first}–{last}</translation>
    </message>
    <message>
        <source>expected a time with its offset from UTC, YYYY-MM-DDTHH:MM:SS+00:00</source>
        <translation>väntade en tidpunkt med sin skillnad mot UTC, ÅÅÅÅ-MM-DDTtt:mm:ss+00:00</translation>
    </message>
    <message>
        <source>expected an id of letters, digits, - or _</source>
        <translation>ett id av bokstäver, siffror, - eller _ väntades</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true eller false väntades</translation>
    </message>
    <message>
        <source>expected {count} counts</source>
        <translation>{count} antal väntades</translation>
    </message>
    <message>
        <source>expected counts of 0, since the votes on this scale were kept only as a total</source>
        <translation>väntade antal 0, eftersom bara antalet röster sparades för den här frågan</translation>
    </message>
    <message>
        <source>unknown language {value} (known: {known})</source>
        <translation>okänt språk {value} (kända: {known})</translation>
    </message>
    <message>
        <source>The workshop content is not valid ({where}).</source>
        <translation>Workshoppens innehåll är inte giltigt ({where}).</translation>
    </message>
    <message>
        <source>See tillitverkstad --help.</source>
        <translation>Se tillitverkstad --help.</translation>
    </message>
    <message>
        <source>{value} is not a possible value for {argument}.</source>
        <translation>{value} är inget möjligt värde för {argument}.</translation>
    </message>
    <message>
        <source>{argument} needs a value.</source>
        <translation>{argument} behöver ett värde.</translation>
    </message>
    <message>
        <source>Missing: {names}.</source>
        <translation>Saknas: {names}.</translation>
    </message>
    <message>
        <source>Not understood: {names}.</source>
        <translation>Förstods inte: {names}.</translation>
    </message>
    <message>
        <source>{argument} cannot be given with {other}.</source>
        <translation>{argument} kan inte anges tillsammans med {other}.</translation>
    </message>
    <message>
        <source>The command line could not be understood.</source>
        <translation>Kommandoraden gick inte att tolka.</translation>
    </message>
    <message>
        <source>--data-dir is empty. Name a folder, or leave --data-dir out to use your user data folder.</source>
        <translation>--data-dir är tomt. Ange en mapp, eller utelämna --data-dir för att använda din egen datamapp.</translation>
    </message>
    <message>
        <source>Participant voting could not start.</source>
        <translation>Deltagarröstningen kunde inte starta.</translation>
    </message>
    <message>
        <source>{address} is not an address of this computer.</source>
        <translation>{address} är inte en adress som den här datorn har.</translation>
    </message>
    <message>
        <source>Choose one network: {address} means all of them.</source>
        <translation>Välj ett nätverk: {address} betyder alla nätverk på en gång.</translation>
    </message>
    <message>
        <source>Participant voting could not listen on {address} ({problem}).</source>
        <translation>Deltagarröstningen kunde inte ta emot anslutningar på {address} ({problem}).</translation>
    </message>
    <message>
        <source>This link is not valid any more. Scan the QR code again or type the code.</source>
        <translation>Länken gäller inte längre. Skanna QR-koden igen eller skriv in koden.</translation>
    </message>
    <message>
        <source>Wrong code. Check the code on the shared screen and try again.</source>
        <translation>Fel kod. Kontrollera koden på storbilden och försök igen.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>För många försök. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <source>Your phone needs to join again.</source>
        <translation>Din telefon behöver ansluta igen.</translation>
    </message>
    <message>
        <source>No more phones can join. Ask the facilitator.</source>
        <translation>Fler telefoner kan inte ansluta. Fråga processledaren.</translation>
    </message>
    <message>
        <source>Too many requests at once. Wait a moment and try again.</source>
        <translation>För många förfrågningar på en gång. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <source>The facilitator&apos;s computer is busy. Try again.</source>
        <translation>Processledarens dator är upptagen. Försök igen.</translation>
    </message>
    <message>
        <source>The message is too large.</source>
        <translation>Meddelandet är för stort.</translation>
    </message>
    <message>
        <source>The text is too long (at most {limit} characters).</source>
        <translation>Texten är för lång (högst {limit} tecken).</translation>
    </message>
    <message>
        <source>The request could not be read.</source>
        <translation>Förfrågan gick inte att läsa.</translation>
    </message>
    <message>
        <source>Choose what the note is about.</source>
        <translation>Välj vad anteckningen handlar om.</translation>
    </message>
    <message>
        <source>Choose a value from {low} to {high}.</source>
        <translation>Välj ett värde från {low} till {high}.</translation>
    </message>
    <message>
        <source>Write something in the note first.</source>
        <translation>Skriv något i anteckningen först.</translation>
    </message>
    <message>
        <source>Many notes are waiting for the facilitator. Try again in a while.</source>
        <translation>Många anteckningar väntar på processledaren. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>No vote is open right now.</source>
        <translation>Ingen röstning pågår just nu.</translation>
    </message>
    <message>
        <source>The vote has closed. Your choice was not counted.</source>
        <translation>Röstningen har stängts. Ditt val räknades inte.</translation>
    </message>
    <message>
        <source>As many have voted as there are participants. Ask the facilitator.</source>
        <translation>Lika många har röstat som det finns deltagare. Fråga processledaren.</translation>
    </message>
    <message>
        <source>This request was already received.</source>
        <translation>Den här förfrågan har redan tagits emot.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Här finns ingenting.</translation>
    </message>
    <message>
        <source>The request took too long. Try again.</source>
        <translation>Förfrågan tog för lång tid. Försök igen.</translation>
    </message>
    <message>
        <source>the details</source>
        <translation>uppgifterna</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>anteckningarna</translation>
    </message>
    <message>
        <source>the ratings</source>
        <translation>bedömningarna</translation>
    </message>
    <message>
        <source>the actions</source>
        <translation>åtgärderna</translation>
    </message>
    <message>
        <source>the follow-up of last time&apos;s actions</source>
        <translation>uppföljningen av förra gångens åtgärder</translation>
    </message>
    <message>
        <source>whether it is finished</source>
        <translation>om den är avslutad</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} och {last}</translation>
    </message>
    <message>
        <source>“{group}” {date}, occasion {number}</source>
        <translation>”{group}” {date}, tillfälle {number}</translation>
    </message>
    <message>
        <source>The library holds another version of {occasion}; nothing was imported.</source>
        <translation>Biblioteket har en annan version av {occasion}; inget importerades.</translation>
    </message>
    <message>
        <source>The minimum number of votes must be a whole number from {low} to {high}.</source>
        <translation>Minsta antalet röster måste vara ett heltal från {low} till {high}.</translation>
    </message>
</context>
<context>
    <name>errors_ui</name>
    <message>
        <source>Something unexpected went wrong. The details have been written to the log file.</source>
        <translation>Något oväntat gick fel. Detaljerna har skrivits till loggfilen.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Felmeddelande</translation>
    </message>
</context>
<context>
    <name>icons</name>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
</context>
<context>
    <name>participant</name>
    <message>
        <source>This computer&apos;s hotspot (Windows)</source>
        <translation>Den här datorns surfzon (Windows)</translation>
    </message>
    <message>
        <source>This computer&apos;s Internet Sharing (Mac)</source>
        <translation>Den här datorns internetdelning (Mac)</translation>
    </message>
    <message>
        <source>A phone&apos;s hotspot</source>
        <translation>En telefons surfzon</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Wired network</source>
        <translation>Trådbundet nätverk</translation>
    </message>
    <message>
        <source>Other network</source>
        <translation>Annat nätverk</translation>
    </message>
    <message>
        <source>No address from the network</source>
        <translation>Ingen adress från nätverket</translation>
    </message>
    <message>
        <source>Virtual network (phones cannot reach it)</source>
        <translation>Virtuellt nätverk (telefoner når det inte)</translation>
    </message>
    <message>
        <source>This computer only (for a test)</source>
        <translation>Bara den här datorn (för att prova)</translation>
    </message>
    <message>
        <source>The address {address} no longer belongs to this computer: the network was turned off or changed. Choose a network again.</source>
        <translation>Adressen {address} hör inte längre till den här datorn: nätverket har stängts av eller bytts. Välj nätverk igen.</translation>
    </message>
    <message>
        <source>This computer cannot reach its own voting page at {address}. Stop participant voting and start it again.</source>
        <translation>Den här datorn når inte sin egen röstningssida på {address}. Stäng av deltagarröstningen och starta den igen.</translation>
    </message>
    <message>
        <source>The voting page works on this computer. If the phones still cannot open it, the network is probably keeping its devices apart (common on guest Wi-Fi) or a firewall blocks it. Start this computer&apos;s own hotspot, or bring a travel router, and ask the participants to join that network.</source>
        <translation>Röstningssidan fungerar på den här datorn. Om telefonerna ändå inte kan öppna den håller nätverket troligen isär sina enheter (vanligt på gästnätverk) eller så stoppar en brandvägg den. Starta datorns egen surfzon, eller ta med en reserouter, och be deltagarna ansluta till det nätverket.</translation>
    </message>
    <message>
        <source>Check that the phones are on the same network as this computer: {network}.</source>
        <translation>Kontrollera att telefonerna är anslutna till samma nätverk som den här datorn: {network}.</translation>
    </message>
    <message>
        <source>Vote – Tillitverkstad</source>
        <translation>Röstning – Tillitverkstad</translation>
    </message>
    <message>
        <source>Join the workshop</source>
        <translation>Anslut till workshoppen</translation>
    </message>
    <message>
        <source>Type the code shown on the shared screen.</source>
        <translation>Skriv koden som visas på storbilden.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <source>Joining …</source>
        <translation>Ansluter …</translation>
    </message>
    <message>
        <source>No vote is open right now</source>
        <translation>Ingen röstning pågår just nu</translation>
    </message>
    <message>
        <source>The facilitator opens the next vote when it is time. Keep this page open; it changes by itself.</source>
        <translation>Processledaren öppnar nästa röstning när det är dags. Låt sidan vara öppen – den uppdateras av sig själv.</translation>
    </message>
    <message>
        <source>Now: {topic}</source>
        <translation>Just nu: {topic}</translation>
    </message>
    <message>
        <source>Your choice: {value}</source>
        <translation>Ditt val: {value}</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Inget val ännu</translation>
    </message>
    <message>
        <source>You can change your choice until the facilitator closes the vote.</source>
        <translation>Du kan ändra ditt val tills processledaren stänger röstningen.</translation>
    </message>
    <message>
        <source>Sending …</source>
        <translation>Skickar …</translation>
    </message>
    <message>
        <source>Thank you – your vote has been counted.</source>
        <translation>Tack – din röst är räknad.</translation>
    </message>
    <message>
        <source>The vote has closed.</source>
        <translation>Röstningen är stängd.</translation>
    </message>
    <message>
        <source>The facilitator shows the result on the shared screen.</source>
        <translation>Processledaren visar resultatet på storbilden.</translation>
    </message>
    <message>
        <source>A vote has opened: {title}</source>
        <translation>En röstning har öppnats: {title}</translation>
    </message>
    <message>
        <source>The facilitator&apos;s computer cannot be reached</source>
        <translation>Processledarens dator går inte att nå</translation>
    </message>
    <message>
        <source>Voting may have ended, or your phone has left the room&apos;s network. This page keeps trying by itself.</source>
        <translation>Röstningen kan ha avslutats, eller så har telefonen lämnat rummets nätverk. Sidan fortsätter att försöka av sig själv.</translation>
    </message>
    <message>
        <source>Anonymous: no name, phone or address is stored with your vote. Nothing leaves the facilitator&apos;s computer.</source>
        <translation>Anonymt: inget namn, ingen telefon och ingen adress sparas med din röst. Ingenting lämnar processledarens dator.</translation>
    </message>
    <message>
        <source>Send a note</source>
        <translation>Skicka en anteckning</translation>
    </message>
    <message>
        <source>The facilitator reads it first and decides whether it goes up on the shared screen.</source>
        <translation>Processledaren läser den först och bestämmer om den ska visas på storbilden.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Handlar om</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Din anteckning</translation>
    </message>
    <message>
        <source>Send note</source>
        <translation>Skicka anteckningen</translation>
    </message>
    <message>
        <source>Sent. It waits for the facilitator to accept it.</source>
        <translation>Skickad. Den väntar på att processledaren godkänner den.</translation>
    </message>
    <message>
        <source>{count} of {limit} characters</source>
        <translation>{count} av {limit} tecken</translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation>Något gick fel. Försök igen.</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Princip</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Åtgärdsplan</translation>
    </message>
    <message>
        <source>No actions were decided.</source>
        <translation>Inga åtgärder beslutades.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Workshop report: {group}, {date}</source>
        <translation>Workshoprapport: {group}, {date}</translation>
    </message>
    <message>
        <source>Trust-based governance and leadership</source>
        <translation>Tillitsbaserad styrning och ledning</translation>
    </message>
    <message>
        <source>Data package of this workshop (re-importable)</source>
        <translation>Datapaketet för den här workshoppen (kan importeras igen)</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>Rated: no</source>
        <translation>Bedömd: nej</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Inte fastställd</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ej påbörjad</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>enighet</translation>
    </message>
    <message>
        <source>consent with reservation</source>
        <translation>samtycke med reservation</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>oenighet</translation>
    </message>
    <message>
        <source>All seven principles</source>
        <translation>Alla sju principer</translation>
    </message>
    <message>
        <source>Custom selection of steps</source>
        <translation>Eget urval av steg</translation>
    </message>
    <message>
        <source>This is how we do it today</source>
        <translation>Så gör vi i dag</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Hinder</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marknad</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Hierarki</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Tillit</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <source>Desired state</source>
        <translation>Önskat läge</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Antal deltagare</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planerade minuter</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>(visas inte)</translation>
    </message>
    <message>
        <source>Changes after the workshop</source>
        <translation>Ändringar efter workshoppen</translation>
    </message>
    <message>
        <source>The details below were corrected after the workshop had started. Participants&apos; names are never quoted here.</source>
        <translation>Uppgifterna nedan rättades efter att workshoppen hade börjat. Deltagarnas namn återges aldrig här.</translation>
    </message>
    <message>
        <source>No names were entered.</source>
        <translation>Inga namn fördes in.</translation>
    </message>
    <message>
        <source>Not included in this report</source>
        <translation>Ingår inte i den här rapporten</translation>
    </message>
    <message>
        <source>Participants&apos; names</source>
        <translation>Deltagarnas namn</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Upplägg</translation>
    </message>
    <message>
        <source>Follow-up of an earlier workshop that was not available</source>
        <translation>Uppföljning av en tidigare workshop som inte fanns tillgänglig</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Occasion {number} of the group; earlier occasions: {dates}</source>
        <translation>Gruppens tillfälle {number}; tidigare tillfällen: {dates}</translation>
    </message>
    <message>
        <source>Finished {time}</source>
        <translation>Avslutad {time}</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Not marked as finished</source>
        <translation>Inte markerad som avslutad</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Ingår</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Ingår inte</translation>
    </message>
    <message>
        <source>Private facilitator notes</source>
        <translation>Processledarens privata anteckningar</translation>
    </message>
    <message>
        <source>Workshop id</source>
        <translation>Workshop-id</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Innehållsversion</translation>
    </message>
    <message>
        <source>{version} ({language})</source>
        <translation>{version} ({language})</translation>
    </message>
    <message>
        <source>Created with</source>
        <translation>Skapad med</translation>
    </message>
    <message>
        <source>exported {time}</source>
        <translation>exporterad {time}</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>Workshoprapport</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Om rapporten</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Källa: {citation}</translation>
    </message>
    <message>
        <source>How to read the numbers</source>
        <translation>Så läser du siffrorna</translation>
    </message>
    <message>
        <source>Printed as</source>
        <translation>Skrivs som</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Tecken</translation>
    </message>
    <message>
        <source>Characters the font cannot show</source>
        <translation>Tecken som typsnittet inte kan visa</translation>
    </message>
    <message>
        <source>The report&apos;s font has no glyph for these characters, so each is printed as its Unicode number. The text itself is kept: in the data package attached to this PDF and for screen readers.</source>
        <translation>Rapportens typsnitt saknar dessa tecken, så vart och ett skrivs som sitt Unicode-nummer. Själva texten finns kvar: i datapaketet som är bifogat i den här PDF-filen och för skärmläsare.</translation>
    </message>
    <message>
        <source>{step}: {current_name} {current}, {desired_name} {desired}</source>
        <translation>{step}: {current_name} {current}, {desired_name} {desired}</translation>
    </message>
    <message>
        <source>Radar chart of the agreed values. {values}.</source>
        <translation>Radardiagram över de överenskomna värdena. {values}.</translation>
    </message>
    <message>
        <source>Thin outline, {name}: {values}.</source>
        <translation>Tunn kontur, {name}: {values}.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>{scale} (agreed)</source>
        <translation>{scale} (överenskommet)</translation>
    </message>
    <message>
        <source>The chart needs at least three rated steps; see the table.</source>
        <translation>Diagrammet kräver minst tre bedömda steg; se tabellen.</translation>
    </message>
    <message>
        <source>No principles were rated.</source>
        <translation>Inga principer bedömdes.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Samsyn</translation>
    </message>
    <message>
        <source>{step} (from {current} to {desired})</source>
        <translation>{step} (från {current} till {desired})</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Inte behandlad</translation>
    </message>
    <message>
        <source>Cornerstone</source>
        <translation>Hörnsten</translation>
    </message>
    <message>
        <source>{scale} (mean)</source>
        <translation>{scale} (medel)</translation>
    </message>
    <message>
        <source>Rated steps</source>
        <translation>Bedömda steg</translation>
    </message>
    <message>
        <source>The three cornerstones</source>
        <translation>De tre hörnstenarna</translation>
    </message>
    <message>
        <source>Mean of the agreed values of the principles under each cornerstone.</source>
        <translation>Medelvärde av de överenskomna värdena för principerna under varje hörnsten.</translation>
    </message>
    <message>
        <source>Largest gaps</source>
        <translation>Största skillnaderna</translation>
    </message>
    <message>
        <source>No gaps between the agreed current and desired state.</source>
        <translation>Inga skillnader mellan överenskommet nuläge och önskat läge.</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(start)</translation>
    </message>
    <message>
        <source>not on the agenda</source>
        <translation>inte med</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>inte bedömd</translation>
    </message>
    <message>
        <source>Since the start</source>
        <translation>Sedan start</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Sedan förra gången</translation>
    </message>
    <message>
        <source>Agreed {current} / {desired} at each occasion, the baseline first. The changes are today&apos;s value minus the earlier one; a dash means a value was not agreed then.</source>
        <translation>Överenskommet {current} / {desired} vid varje tillfälle, det första tillfället först. Förändringen är dagens värde minus det tidigare; ett streck betyder att värdet inte fastställdes då.</translation>
    </message>
    <message>
        <source>Last time ({date})</source>
        <translation>Förra gången ({date})</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>same</source>
        <translation>densamma</translation>
    </message>
    <message>
        <source>Consensus then and now</source>
        <translation>Samsyn då och nu</translation>
    </message>
    <message>
        <source>Occasion {number}: {date}, {group}, {count} participants</source>
        <translation>Tillfälle {number}: {date}, {group}, {count} deltagare</translation>
    </message>
    <message>
        <source>Compared with earlier occasions</source>
        <translation>Jämförelse med tidigare tillfällen</translation>
    </message>
    <message>
        <source>{current_name} {current}, {desired_name} {desired}</source>
        <translation>{current_name} {current}, {desired_name} {desired}</translation>
    </message>
    <message>
        <source>Earlier occasions: {list}.</source>
        <translation>Tidigare tillfällen: {list}.</translation>
    </message>
    <message>
        <source>{scale} {occasion}</source>
        <translation>{scale} {occasion}</translation>
    </message>
    <message>
        <source>What happened with last time&apos;s actions</source>
        <translation>Vad hände med förra gångens åtgärder</translation>
    </message>
    <message>
        <source>Status and comment</source>
        <translation>Status och kommentar</translation>
    </message>
    <message>
        <source>decided {date}</source>
        <translation>beslutad {date}</translation>
    </message>
    <message>
        <source>last time: {status}</source>
        <translation>förra gången: {status}</translation>
    </message>
    <message>
        <source>The actions last time left open, as the group followed them up today. “Not followed up”: the group did not say.</source>
        <translation>De åtgärder som var öppna efter förra gången, så som gruppen följde upp dem i dag. ”Inte uppföljd”: gruppen tog inte ställning.</translation>
    </message>
    <message>
        <source>Already done or cancelled last time</source>
        <translation>Redan genomförda eller avbrutna förra gången</translation>
    </message>
    <message>
        <source>{scale}: {votes} votes</source>
        <translation>{scale}: {votes} röster</translation>
    </message>
    <message>
        <source>Median {median} · range {low}–{high}</source>
        <translation>Median {median} · spridning {low}–{high}</translation>
    </message>
    <message>
        <source>wide spread</source>
        <translation>stor spridning</translation>
    </message>
    <message>
        <source>No votes recorded.</source>
        <translation>Inga röster registrerades.</translation>
    </message>
    <message>
        <source>Votes before agreeing</source>
        <translation>Röster före överenskommelsen</translation>
    </message>
    <message>
        <source>▲ marks the agreed value.</source>
        <translation>▲ markerar det överenskomna värdet.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>Further notes</source>
        <translation>Övriga anteckningar</translation>
    </message>
    <message>
        <source>Development within each group</source>
        <translation>Utveckling inom varje grupp</translation>
    </message>
    <message>
        <source>Current state at each occasion</source>
        <translation>Nuläge vid varje tillfälle</translation>
    </message>
    <message>
        <source>Occasions: {dates}</source>
        <translation>Tillfällen: {dates}</translation>
    </message>
    <message>
        <source>Met once in the period, so no development to show: {names}.</source>
        <translation>Träffades en gång under perioden, så ingen utveckling att visa: {names}.</translation>
    </message>
    <message>
        <source>Each group&apos;s agreed current state at its occasions in the period, the first one first, and the change since then and since last time; where a principle was not agreed at every occasion, the occasions it was agreed at are numbered (1: 3 → 3: 4). Change is worked out within a group only: an average over groups is not shown, since the groups met at different times and not all of them at every point.</source>
        <translation>Varje grupps överenskomna nuläge vid dess tillfällen under perioden, det första först, och förändringen sedan dess och sedan förra gången; där en princip inte fick ett överenskommet värde vid varje tillfälle är de tillfällen den fick det numrerade (1: 3 → 3: 4). Förändring räknas bara inom en grupp: ett medelvärde över grupper visas inte, eftersom grupperna träffades vid olika tidpunkter och inte alla vid varje tillfälle.</translation>
    </message>
    <message>
        <source>Not rated at any occasion: {principles}.</source>
        <translation>Ej bedömd vid något tillfälle: {principles}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>Varav försenade</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförda</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutna</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Each action once, as the group&apos;s latest occasion in the period left it (an action followed up at a later occasion has the status given there). Overdue: open, and its date is before {today}.</source>
        <translation>Varje åtgärd en gång, så som gruppens senaste tillfälle under perioden lämnade den (en åtgärd som följts upp vid ett senare tillfälle har den status den fick där). Försenad: öppen, och dess datum är före {today}.</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Försenade åtgärder</translation>
    </message>
    <message>
        <source>No action is overdue.</source>
        <translation>Ingen åtgärd är försenad.</translation>
    </message>
    <message>
        <source>Examples from the groups</source>
        <translation>Exempel från grupperna</translation>
    </message>
    <message>
        <source>What the groups wrote under “This is how we do it today” and “Ideas”, the newest first, with the group and the date. Private notes are never included.</source>
        <translation>Det grupperna skrev under ”Så gör vi i dag” och ”Idéer”, det nyaste först, med grupp och datum. Privata anteckningar tas aldrig med.</translation>
    </message>
    <message>
        <source>No examples were written.</source>
        <translation>Inga exempel skrevs.</translation>
    </message>
    <message>
        <source>{count} more in the workbook.</source>
        <translation>{count} till i arbetsboken.</translation>
    </message>
    <message>
        <source>Balance between the governing logics</source>
        <translation>Balansen mellan styrlogikerna</translation>
    </message>
    <message>
        <source>Points out of 100 the group gave market, hierarchy and trust: today → desired, at each occasion that had the balance exercise.</source>
        <translation>Poäng av 100 som gruppen gav marknad, hierarki och tillit: i dag → önskat, vid varje tillfälle som hade balansövningen.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Nothing was written here before the export.</source>
        <translation>Inget skrevs här före exporten.</translation>
    </message>
    <message>
        <source>Nothing was recorded for this step during the workshop.</source>
        <translation>Ingenting registrerades för det här steget under workshoppen.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Överenskommet</translation>
    </message>
    <message>
        <source>The group did not agree; the values above are the ones recorded.</source>
        <translation>Gruppen blev inte enig; värdena ovan är de som antecknades.</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservationer</translation>
    </message>
    <message>
        <source>No reservation was written down.</source>
        <translation>Ingen reservation skrevs ner.</translation>
    </message>
    <message>
        <source>Cornerstone: {name}</source>
        <translation>Hörnsten: {name}</translation>
    </message>
    <message>
        <source>Nothing was recorded for these steps during the workshop.</source>
        <translation>Ingenting registrerades för de här stegen under workshoppen.</translation>
    </message>
    <message>
        <source>Not treated</source>
        <translation>Inte behandlade</translation>
    </message>
    <message>
        <source>The points were not distributed.</source>
        <translation>Poängen fördelades inte.</translation>
    </message>
    <message>
        <source>Bar chart of the 100 points. {values}.</source>
        <translation>Stapeldiagram över de 100 poängen. {values}.</translation>
    </message>
    <message>
        <source>Balance of 100 points</source>
        <translation>Fördelning av 100 poäng</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Bar chart, {title}. Votes per value: {counts}. Agreed value: {agreed}.</source>
        <translation>Stapeldiagram, {title}. Röster per värde: {counts}. Överenskommet värde: {agreed}.</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Önskat</translation>
    </message>
    <message>
        <source>Closing reflections</source>
        <translation>Avslutande reflektioner</translation>
    </message>
    <message>
        <source>No reflections were recorded.</source>
        <translation>Inga reflektioner registrerades.</translation>
    </message>
    <message>
        <source>Follow-up of trust-based governance</source>
        <translation>Uppföljning av tillitsbaserad styrning</translation>
    </message>
    <message>
        <source>(chosen: {period})</source>
        <translation>(valt: {period})</translation>
    </message>
    <message>
        <source>({count} known only from a later occasion)</source>
        <translation>({count} kända bara från ett senare tillfälle)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Occasions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Läst från</translation>
    </message>
    <message>
        <source>Compiled from the leadership groups&apos; workshops: the values each group agreed, its actions and its own examples. Change is shown within each group; no average is taken across groups.</source>
        <translation>Sammanställd från ledningsgruppernas workshoppar: de värden varje grupp kom överens om, dess åtgärder och dess egna exempel. Förändring visas inom varje grupp; inget medelvärde tas över grupperna.</translation>
    </message>
    <message>
        <source>Occasions in the period</source>
        <translation>Tillfällen under perioden</translation>
    </message>
    <message>
        <source>(of {count} in all)</source>
        <translation>(av {count} totalt)</translation>
    </message>
    <message>
        <source>Groups and occasions</source>
        <translation>Grupper och tillfällen</translation>
    </message>
    <message>
        <source>No workshop matches the choice.</source>
        <translation>Ingen workshop stämmer med valet.</translation>
    </message>
    <message>
        <source>Gap per principle and group</source>
        <translation>Skillnad per princip och grupp</translation>
    </message>
    <message>
        <source>The gap is the agreed desired state minus the agreed current state, at the same occasion as the current state in the previous table.</source>
        <translation>Skillnaden är överenskommet önskat läge minus överenskommet nuläge, vid samma tillfälle som nuläget i föregående tabell.</translation>
    </message>
    <message>
        <source>Current state per principle and group</source>
        <translation>Nuläge per princip och grupp</translation>
    </message>
    <message>
        <source>Each group&apos;s latest agreed current state (1–5) on each principle in the period.</source>
        <translation>Varje grupps senast överenskomna nuläge (1–5) för varje princip under perioden.</translation>
    </message>
    <message>
        <source>A dash: not rated in the period. An asterisk: agreed at an earlier occasion than the group&apos;s latest (which did not rate it). Darker cells: higher values.</source>
        <translation>Ett streck: inte bedömd under perioden. En asterisk: överenskommet vid ett tidigare tillfälle än gruppens senaste (som inte bedömde den). Mörkare celler: högre värden.</translation>
    </message>
    <message>
        <source>{count} occ.</source>
        <translation>{count} tillf.</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Grupp-id</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Step id</source>
        <translation>Steg-id</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Agreed current state</source>
        <translation>Överenskommet nuläge</translation>
    </message>
    <message>
        <source>Agreed desired state</source>
        <translation>Överenskommet önskat läge</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Median current state</source>
        <translation>Median nuläge</translation>
    </message>
    <message>
        <source>Median desired state</source>
        <translation>Median önskat läge</translation>
    </message>
    <message>
        <source>Spread current state</source>
        <translation>Spridning nuläge</translation>
    </message>
    <message>
        <source>Spread desired state</source>
        <translation>Spridning önskat läge</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultat</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>åtgärder</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Shortened</source>
        <translation>Förkortad</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>exempel</translation>
    </message>
    <message>
        <source>Governing logic</source>
        <translation>Styrlogik</translation>
    </message>
    <message>
        <source>Points today</source>
        <translation>Poäng i dag</translation>
    </message>
    <message>
        <source>Points desired</source>
        <translation>Poäng önskat</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>balans</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Incomplete series</source>
        <translation>Ofullständiga serier</translation>
    </message>
    <message>
        <source>Series with an occasion missing (its data package is not here): {groups}.</source>
        <translation>Serier där ett tillfälle saknas (dess datapaket finns inte här): {groups}.</translation>
    </message>
    <message>
        <source>{group} (occasion {numbers})</source>
        <translation>{group} (tillfälle {numbers})</translation>
    </message>
    <message>
        <source>{group} (occasions {numbers})</source>
        <translation>{group} (tillfällena {numbers})</translation>
    </message>
    <message>
        <source>Collected by a show of hands, counted in the room: everyone saw each vote, so the votes were not anonymous.</source>
        <translation>Insamlade med handuppräckning och räknade i rummet: alla såg varje röst, så rösterna var inte anonyma.</translation>
    </message>
    <message>
        <source>Sent anonymously from the participants&apos; own devices.</source>
        <translation>Skickade anonymt från deltagarnas egna enheter.</translation>
    </message>
    <message>
        <source>The agreed values are the group&apos;s decision; the votes show how opinions were spread before agreeing.</source>
        <translation>De överenskomna värdena är gruppens beslut; rösterna visar hur uppfattningarna var spridda innan gruppen enades.</translation>
    </message>
    <message>
        <source>For each principle the group first voted on two questions by a show of hands, counted in the room (so the votes were not anonymous), then agreed on one value for each.</source>
        <translation>För varje princip röstade gruppen först på två frågor med handuppräckning, som räknades i rummet (rösterna var alltså inte anonyma), och kom sedan överens om ett värde för varje fråga.</translation>
    </message>
    <message>
        <source>For each principle the group first voted anonymously on two questions from their own devices, then agreed on one value for each.</source>
        <translation>För varje princip röstade gruppen först anonymt på två frågor från sina egna enheter och kom sedan överens om ett värde för varje fråga.</translation>
    </message>
    <message>
        <source>For each principle the group first voted on two questions – by a show of hands counted in the room (not anonymous) or anonymously from their own devices, as each principle&apos;s page says – then agreed on one value for each.</source>
        <translation>För varje princip röstade gruppen först på två frågor – med handuppräckning som räknades i rummet (inte anonymt) eller anonymt från sina egna enheter, som det står på varje princips sida – och kom sedan överens om ett värde för varje fråga.</translation>
    </message>
    <message>
        <source>Votes from phones are shown only when at least as many voted as the facilitator chose (never fewer than three); below that, only how many votes were sent is kept, not what they were, in this report and in the data alike.</source>
        <translation>Röster från telefonerna visas bara när minst så många röstade som processledaren valt (aldrig färre än tre); annars sparas bara hur många röster som skickades, inte vad de var – i rapporten lika väl som i datapaketet.</translation>
    </message>
    <message>
        <source>The votes were collected in different ways: {ways}.</source>
        <translation>Rösterna samlades in på olika sätt: {ways}.</translation>
    </message>
    <message>
        <source>by a show of hands, not anonymously, on {steps}</source>
        <translation>med handuppräckning, inte anonymt, för {steps}</translation>
    </message>
    <message>
        <source>anonymously from the participants&apos; own devices on {steps}</source>
        <translation>anonymt från deltagarnas egna enheter för {steps}</translation>
    </message>
</context>
<context>
    <name>votes</name>
    <message>
        <source>Fewer than {minimum} votes from the phones – the distribution is not shown.</source>
        <translation>Färre än {minimum} röster från telefonerna – fördelningen visas inte.</translation>
    </message>
</context>
</TS>
