<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>WorkshopSession</name>
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
        <source>Imported “{group}”.</source>
        <translation>Importerade ”{group}”.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Något oväntat gick fel.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Give a workshop id and -o FILE, or --all and -d FOLDER.</source>
        <translation>Ange ett workshop-id och -o FIL, eller --all och -d MAPP.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation>Filen {file} går inte att läsa.</translation>
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
        <source>The number of participants must be 1-{high}.</source>
        <translation>Antalet deltagare måste vara 1–{high}.</translation>
    </message>
    <message>
        <source>There are more names ({names}) than participants ({count}).</source>
        <translation>Det finns fler namn ({names}) än deltagare ({count}).</translation>
    </message>
    <message>
        <source>Choose a valid date.</source>
        <translation>Välj ett giltigt datum.</translation>
    </message>
    <message>
        <source>Minutes per step must be 1-240.</source>
        <translation>Minuter per steg måste vara 1–240.</translation>
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
        <source>The workshop “{group}” is open in another Tillitverkstad window. Close it there first.</source>
        <translation>Workshoppen ”{group}” är öppen i ett annat Tillitverkstad-fönster. Stäng den där först.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to. Choose another folder.</source>
        <translation>Det går inte att skriva i datamappen {folder}. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>{file} is a folder; choose a file name.</source>
        <translation>{file} är en mapp; välj ett filnamn.</translation>
    </message>
    <message>
        <source>The file {file} already exists.</source>
        <translation>Filen {file} finns redan.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finns inte.</translation>
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
</context>
<context>
    <name>report</name>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
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
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Inte fastställd</translation>
    </message>
    <message>
        <source>Custom selection of steps</source>
        <translation>Eget urval av steg</translation>
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
        <source>Follow-up of the workshop on {date}</source>
        <translation>Uppföljning av workshoppen den {date}</translation>
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
        <source>For each principle the group first voted anonymously on two questions, then agreed on one value for each. The agreed values are the group&apos;s decision; the votes show how opinions were spread before agreeing.</source>
        <translation>För varje princip röstade gruppen först anonymt på två frågor och kom sedan överens om ett värde för varje fråga. De överenskomna värdena är gruppens beslut; rösterna visar hur uppfattningarna var spridda innan gruppen enades.</translation>
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
        <source>{step}: {gap} (from {current} to {desired})</source>
        <translation>{step}: {gap} (från {current} till {desired})</translation>
    </message>
    <message>
        <source>Change since the last workshop</source>
        <translation>Förändring sedan förra workshoppen</translation>
    </message>
    <message>
        <source>Agreed values on {earlier} compared with {now}. A dash means the value was not agreed on that occasion.</source>
        <translation>Överenskomna värden den {earlier} jämförda med den {now}. Ett streck betyder att inget värde fastställdes det tillfället.</translation>
    </message>
    <message>
        <source>{scale}: then → now</source>
        <translation>{scale}: då → nu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
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
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Further notes</source>
        <translation>Övriga anteckningar</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>At the workshop on {date}: {current_name} {current}, {desired_name} {desired}.</source>
        <translation>Vid workshoppen den {date}: {current_name} {current}, {desired_name} {desired}.</translation>
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
        <source>The points were not distributed.</source>
        <translation>Poängen fördelades inte.</translation>
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
</context>
</TS>
