<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
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
        <source>now</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ej påbörjad</translation>
    </message>
    <message>
        <source>{used} of {planned} min</source>
        <translation>{used} av {planned} min</translation>
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
    <name>FreeNotes</name>
    <message>
        <source>Free notes</source>
        <translation>Fria anteckningar</translation>
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
        <source>{scale}: votes for {value}</source>
        <translation>{scale}: röster på {value}</translation>
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
        <source>{votes} of {participants}</source>
        <translation>{votes} av {participants}</translation>
    </message>
    <message>
        <source>Large spread ({scales}) – talk it through before you agree</source>
        <translation>Stor spridning ({scales}) – samtala innan ni enas</translation>
    </message>
    <message>
        <source>{scale}: no votes yet</source>
        <translation>{scale}: inga röster ännu</translation>
    </message>
    <message>
        <source>{scale}: median {median}, range {low}–{high} (spread {spread})</source>
        <translation>{scale}: median {median}, spridning {low}–{high} ({spread} steg)</translation>
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
    <name>SummaryStep</name>
    <message>
        <source>Agreed {scale}</source>
        <translation>Överenskommet {scale}</translation>
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
        <translation>Gap</translation>
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
        <translation>Största gap</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <source>{n}. {step}: {current} → {desired} (gap {gap})</source>
        <translation>{n}. {step}: {current} → {desired} (gap {gap})</translation>
    </message>
    <message>
        <source>No agreed gaps yet.</source>
        <translation>Inga överenskomna gap ännu.</translation>
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
        <source>Time left</source>
        <translation>Tid kvar</translation>
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
        <source>of {minutes} min</source>
        <translation>av {minutes} min</translation>
    </message>
</context>
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
    <message>
        <source>{value} is not a valid date. Write it as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation>{value} är inte ett giltigt datum. Skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-12-01.</translation>
    </message>
</context>
</TS>
