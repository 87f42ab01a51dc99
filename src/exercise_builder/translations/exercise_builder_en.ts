<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
<context>
    <name>AidNoteEditor</name>
    <message>
        <location filename="../ui/aid_note_delegate.py" line="+17"/>
        <location line="+1"/>
        <source>Note til %1</source>
        <translation>Note for %1</translation>
    </message>
</context>
<context>
    <name>BackupRestoreDialog</name>
    <message>
        <location filename="../ui/backup_restore.py" line="+42"/>
        <location line="+8"/>
        <source>Sikkerhedskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Øvelsesprogram gemmer en kopi af databasen – øvelser, patienternes programmer og indstillinger – første gang det startes hver dag. Vælg en kopi for at sætte databasen tilbage til den.</source>
        <translation>Exercise Builder keeps a copy of the database – exercises, patients&apos; programmes and settings – the first time it starts each day. Choose a copy to put the database back to it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taget</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Der er ingen sikkerhedskopier endnu.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gendan …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sæt databasen tilbage til den valgte kopi</source>
        <translation>Put the database back to the chosen copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 kl. %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>d. MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ved start</source>
        <translation>at start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>før en opdatering</source>
        <translation>before an update</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kopien fra %1 kan ikke gendannes, fordi filen er beskadiget, ufuldstændig eller lavet af en nyere udgave af Øvelsesprogram; intet er ændret.</source>
        <translation>The copy from %1 cannot be restored because the file is damaged, incomplete or made by a newer version of Exercise Builder; nothing has been changed.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Databasen er sat tilbage til kopien fra %1. Øvelsesprogram lukker nu; åbn det igen for at arbejde videre.</source>
        <translation>The database has been put back to the copy from %1. Exercise Builder closes now; open it again to carry on.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Databasen sættes tilbage til kopien fra %1. Øvelser, programmer og indstillinger, der er ændret siden da, forsvinder.</source>
        <translation>The database will be put back to the copy from %1. Exercises, programmes and settings changed since then disappear.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Den nuværende database gemmes først som en kopi (»før en gendannelse« i listen), så du kan skifte tilbage til den. Bagefter lukker Øvelsesprogram, og du skal åbne det igen.</source>
        <translation>The current database is first kept as a copy (“before a restore” in the list), so you can switch back to it. Afterwards Exercise Builder closes, and you need to open it again.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>før en gendannelse</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Kopien kan ikke gendannes</source>
        <translation>The copy cannot be restored</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kopien er ikke gendannet</source>
        <translation>The copy was not restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopien kunne ikke gendannes – databasen er måske i brug et andet sted, eller disken er fuld; intet er gået tabt, og du kan prøve igen senere.</source>
        <translation>The copy could not be restored – the database may be in use elsewhere, or the disk is full; nothing has been lost, and you can try again later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kopien er gendannet</source>
        <translation>The copy has been restored</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Databasen fra før gendannelsen er gemt som %1.</source>
        <translation>The database from before the restore is kept as %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gendan kopien?</source>
        <translation>Restore the copy?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gendan og luk</source>
        <translation>Restore and close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CheckableCatalogueModel</name>
    <message>
        <location filename="../ui/checkable_model.py" line="+64"/>
        <source>Kommer altid med på programmet</source>
        <translation>Always included in the handout</translation>
    </message>
</context>
<context>
    <name>DosageDelegate</name>
    <message>
        <location filename="../ui/dosage_delegate.py" line="+35"/>
        <source>Antal sæt</source>
        <translation>Number of sets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fx 8–12</source>
        <translation>e.g. 8–12</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Egen hyppighed</source>
        <translation>Own frequency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>»%1« er ikke et tal; skriv fx 10 eller 8–12.</source>
        <translation>&quot;%1&quot; is not a number; write e.g. 10 or 8–12.</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <location filename="../ui/exercise_editor.py" line="+39"/>
        <source>Ny øvelse</source>
        <translation>New exercise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redigér øvelse – %1</source>
        <translation>Edit exercise – %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Titel på dansk</source>
        <translation>Title in Danish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Titel på engelsk</source>
        <translation>Title in English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trin på dansk, ét pr. linje</source>
        <translation>Steps in Danish, one per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trin på engelsk, ét pr. linje</source>
        <translation>Steps in English, one per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip sidst i graviditeten, på dansk (valgfrit)</source>
        <translation>Tip late in pregnancy, in Danish (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip sidst i graviditeten, på engelsk (valgfrit)</source>
        <translation>Tip late in pregnancy, in English (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sprog for titel og trin</source>
        <translation>Language of the title and steps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dansk</source>
        <translation>Danish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engelsk</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trin (ét pr. linje):</source>
        <translation>Steps (one per line):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip sidst i
graviditeten:</source>
        <translation>Tip late in
pregnancy:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Område</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stilling</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typer</source>
        <translation>Types</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hjælpemidler</source>
        <translation>Aids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De hjælpemidler, øvelsen bruger (biblioteket kan filtrere på dem)</source>
        <translation>The aids the exercise uses (the library can filter by them)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>fx 8–12</source>
        <translation>e.g. 8–12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sekunder</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutter</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>På hver side</source>
        <translation>On each side</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+6"/>
        <source>Sæt</source>
        <translation>Sets</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Gentagelser</source>
        <translation>Repetitions</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Hold i sekunder</source>
        <translation>Hold in seconds</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Minutter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Egen hyppighed</source>
        <translation>Own frequency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standarddosering</source>
        <translation>Default dosage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold (s)</source>
        <translation>Hold (s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Egen hyppighed:</source>
        <translation>Own frequency:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Det valgte billede</source>
        <translation>The chosen picture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tilføj et billede fra en fil, eller indsæt et fra udklipsholderen (Ctrl+V)</source>
        <translation>Add a picture from a file, or paste one from the clipboard (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Billeder</source>
        <translation>Pictures</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Fra fil …</source>
        <translation>From file …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indsæt fra udklipsholder</source>
        <translation>Paste from clipboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indsæt et billede fra udklipsholderen (Ctrl+V)</source>
        <translation>Paste a picture from the clipboard (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem har lavet billedet</source>
        <translation>Who made the picture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billedets ophavsperson</source>
        <translation>The picture&apos;s author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billedets licens</source>
        <translation>The picture&apos;s licence</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ophav:</source>
        <translation>Author:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licens:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gendan original</source>
        <translation>Restore original</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Område:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stilling:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typer:</source>
        <translation>Types:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hjælpemidler:</source>
        <translation>Aids:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>En ny øvelse bliver klinikkens egen.</source>
        <translation>A new exercise becomes the clinic&apos;s own.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Klinikkens egen øvelse.</source>
        <translation>The clinic&apos;s own exercise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Øvelse fra biblioteket med jeres lokale ændringer. »Gendan original« fjerner dem.</source>
        <translation>Library exercise with your local changes. “Restore original” removes them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Øvelse fra biblioteket. Gemmer du ændringer, bliver de en lokal udgave; originalen kan altid gendannes.</source>
        <translation>Library exercise. If you save changes they become a local version; the original can always be restored.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Billede %1</source>
        <translation>Picture %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+16"/>
        <location line="+7"/>
        <source>Billede</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Vælg billede</source>
        <translation>Choose picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billeder (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Udklipsholderen indeholder intet billede.</source>
        <translation>The clipboard holds no picture.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Øvelsen skal have en dansk titel.</source>
        <translation>The exercise needs a Danish title.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv mindst ét trin på dansk.</source>
        <translation>Write at least one step in Danish.</translation>
    </message>
    <message>
        <source>En øvelse har højst %1 trin på hvert sprog.</source>
        <translation>An exercise has at most %1 steps in each language.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Doseringen skal være tal, fx 10 eller 8–12.</source>
        <translation>The dosage must be numbers, e.g. 10 or 8–12.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Billedet mangler en licens</source>
        <translation>The picture has no licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg eller skriv billedets licens (fx CC-BY-4.0 eller »Klinikkens eget – må ikke deles«), før øvelsen gemmes: så ved klinikken, om billedet må deles.</source>
        <translation>Choose or write the picture&apos;s licence (e.g. CC-BY-4.0 or “Klinikkens eget – må ikke deles”) before the exercise is saved: then the clinic knows whether the picture may be shared.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Øvelsen er ikke gemt</source>
        <translation>The exercise was not saved</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kassér ændringerne?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du har ændret øvelsen uden at gemme. Vil du kassere ændringerne?</source>
        <translation>You have changed the exercise without saving. Do you want to discard the changes?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kassér</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortsæt redigering</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>HandingOut</name>
    <message>
        <location filename="../ui/handing_out.py" line="+43"/>
        <source>Programmet er på engelsk, men den tekst, du selv har skrevet (besked, noter), kommer med, som du skrev den.</source>
        <translation>The handout is in English, but the text you typed yourself (message, notes) is printed as you typed it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programmet er på dansk, men den tekst, du selv har skrevet (besked, noter), kommer med, som du skrev den.</source>
        <translation>The handout is in Danish, but the text you typed yourself (message, notes) is printed as you typed it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sprog i programmet</source>
        <translation>Handout language</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF ikke lavet</source>
        <translation>PDF not made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF&apos;en kunne ikke laves; intet er gemt eller udskrevet. Fejlen står i logfilen.</source>
        <translation>The PDF could not be made; nothing was saved or printed. The error is in the log file.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Øvelsesprogram</source>
        <translation>Exercise Builder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eksportér PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF ikke gemt</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF&apos;en kunne ikke gemmes: %1</source>
        <translation>The PDF could not be saved: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF gemt: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 sider sendt til printeren</source>
        <translation>%1 pages sent to the printer</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../ui/library_actions.py" line="+30"/>
        <source>Genopbygger miniaturer …</source>
        <translation>Rebuilding thumbnails …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Miniaturer</source>
        <translation>Thumbnails</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+16"/>
        <location line="+10"/>
        <source>Importér bibliotek</source>
        <translation>Import library</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+48"/>
        <source>Biblioteker (*.eblib)</source>
        <translation>Libraries (*.eblib)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Læser biblioteket …</source>
        <translation>Reading the library …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Behold mine ændringer</source>
        <translation>Keep my changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag deres version</source>
        <translation>Take their version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behold begge</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>»%1« indeholder %2 elementer: %3 nye, %4 opdaterede, %5 i konflikt med dine ændringer.

Hvad skal der ske ved konflikter?</source>
        <translation>“%1” holds %2 items: %3 new, %4 updated, %5 in conflict with your changes.

What should happen with conflicts?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 af programmets egne elementer (fx rådet om, hvornår man skal stoppe) ændres ikke; bibliotekets version tilføjes som en kopi.</source>
        <translation>%1 of the app&apos;s own items (such as the advice on when to stop) stay as they are; the library&apos;s version is added as a copy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importerer bibliotek …</source>
        <translation>Importing library …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Biblioteket er importeret.</source>
        <translation>The library is imported.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hele biblioteket</source>
        <translation>The whole library</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kun klinikkens egne øvelser</source>
        <translation>Only the clinic&apos;s own exercises</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+11"/>
        <source>Eksportér bibliotek</source>
        <translation>Export library</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Hvad skal med?</source>
        <translation>What should be included?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Eksporterer bibliotek …</source>
        <translation>Exporting library …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biblioteket er gemt: %1</source>
        <translation>The library is saved: %1</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../ui/library_pane.py" line="+50"/>
        <source>Søg i øvelser (Ctrl+F) …</source>
        <translation>Search exercises (Ctrl+F) …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Søg i øvelser</source>
        <translation>Search exercises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle områder</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtrér efter område</source>
        <translation>Filter by region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle stillinger</source>
        <translation>All positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtrér efter stilling</source>
        <translation>Filter by position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle typer</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtrér efter type</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle øvelser</source>
        <translation>All exercises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grundbiblioteket</source>
        <translation>Starter library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klinikkens egne</source>
        <translation>Clinic&apos;s own</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importerede</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filtrér efter oprindelse</source>
        <translation>Filter by origin</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Filtrér efter hjælpemiddel</source>
        <translation>Filter by aid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>★ Favoritter</source>
        <translation>★ Favourites</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Vis kun mine favoritter</source>
        <translation>Show only my favourites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favorit (til/fra)</source>
        <translation>Favourite (on/off)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sæt eller fjern stjernen på de valgte øvelser (Ctrl+D)</source>
        <translation>Star or unstar the selected exercises (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Vis som billeder</source>
        <translation>Show as pictures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Øvelser i biblioteket</source>
        <translation>Exercises in the library</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Detaljer om den valgte øvelse</source>
        <translation>Details of the selected exercise</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Øvelser&lt;/b&gt;</source>
        <translation>&lt;b&gt;Exercises&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Alle hjælpemidler</source>
        <translation>All aids</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Ingen øvelser passer til »%1«.</source>
        <translation>No exercises match “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mente du %1?</source>
        <translation>Did you mean %1?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> eller </source>
        <translation> or </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 er et hjælpemiddel – se fanen Hjælpemidler.</source>
        <translation>%1 is an aid – see the Aids tab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 er et råd – se fanen Råd.</source>
        <translation>%1 is advice – see the Advice tab.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 øvelser (filtreret)</source>
        <translation>%1 exercises (filtered)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 øvelse (filtreret)</source>
        <translation>1 exercise (filtered)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 øvelser</source>
        <translation>%1 exercises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 øvelse</source>
        <translation>1 exercise</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+33"/>
        <source>Øvelsesprogram</source>
        <translation>Exercise Builder</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Øvelsesprogram kan ikke starte</source>
        <translation>Exercise Builder cannot start</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Databasen kunne ikke bruges (%1).</source>
        <translation>The database could not be used (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Datamappen kunne ikke bruges (%1).</source>
        <translation>The data folder could not be used (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der skete en uventet fejl: %1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
</context>
<context>
    <name>OpenProgramDialog</name>
    <message>
        <location filename="../ui/open_program_dialog.py" line="+111"/>
        <source>Åbn program</source>
        <translation>Open programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Del af navnet</source>
        <translation>Part of the name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søg efter patientens navn</source>
        <translation>Search by the patient&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fx 22-11-2026 eller 11-2026</source>
        <translation>e.g. 22-11-2026 or 11-2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søg efter dato</source>
        <translation>Search by date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gemte programmer</source>
        <translation>Saved programmes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopiér til opfølgning</source>
        <translation>Copy for follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidligere udgaver …</source>
        <translation>Earlier versions …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Tidligere udgaver</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Programmet er ikke ændret, efter det blev udleveret.</source>
        <translation>The programme has not been changed since it was handed out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Udgave %1, gemt %2</source>
        <translation>Version %1, saved %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åbn en kopi af:</source>
        <translation>Open a copy of:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Slet program</source>
        <translation>Delete programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slet programmet for %1 fra %2?</source>
        <translation>Delete the programme for %1 of %2?</translation>
    </message>
</context>
<context>
    <name>PatientData</name>
    <message>
        <location filename="../ui/patient_data.py" line="+28"/>
        <location line="+9"/>
        <location line="+14"/>
        <source>Slet en patients data</source>
        <translation>Delete a patient&apos;s data</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Patientens navn (præcis som i programmerne):</source>
        <translation>The patient&apos;s name (exactly as in the programmes):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slet alle programmer, kladder og sikkerhedskopier med »%1«? Det kan ikke fortrydes.</source>
        <translation>Delete every programme, draft and backup holding “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Slettet: %1 programmer, %2 kladder og %3 sikkerhedskopier.</source>
        <translation>Deleted: %1 programmes, %2 drafts and %3 backups.</translation>
    </message>
</context>
<context>
    <name>PatientGroupChoice</name>
    <message>
        <location filename="../ui/patient_group_choice.py" line="+18"/>
        <source>Gravid</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Efter fødsel</source>
        <translation>After birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gravid: stopboksen nævner fødegangen, og tip til sidst i graviditeten vises</source>
        <translation>Pregnant: the stop box names the labour ward, and late-pregnancy tips are shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efter fødslen: stopboksen nævner tegn efter fødslen; ingen graviditetstip</source>
        <translation>After birth: the stop box names the signs after birth; no pregnancy tips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andre patienter: stopboksen uden graviditet og fødsel</source>
        <translation>Other patients: the stop box without pregnancy and birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patientgruppe</source>
        <translation>Patient group</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../ui/preview_pane.py" line="+42"/>
        <source>Forhåndsvisning af programmet</source>
        <translation>Preview of the programme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status for forhåndsvisningen</source>
        <translation>Preview status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forhåndsvisningen vises her, når du har valgt øvelser.</source>
        <translation>The preview appears here once you have chosen exercises.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Opdaterer …</source>
        <translation>Updating …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forhåndsvisningen kunne ikke laves: %1</source>
        <translation>The preview could not be made: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 sider</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
</context>
<context>
    <name>ProgramLifecycle</name>
    <message>
        <location filename="../ui/program_lifecycle.py" line="+30"/>
        <source>Gem ændringer?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmet har ændringer, der ikke er gemt. Vil du gemme dem først?</source>
        <translation>The programme has unsaved changes. Do you want to save them first?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brug »Kopiér til opfølgning« for at gemme dine ændringer som et nyt program.</source>
        <translation>Use “Copy for follow-up” to save your changes as a new programme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programmet er gemt.</source>
        <translation>The programme is saved.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>En kopi til opfølgningen er klar; den er ikke gemt endnu.</source>
        <translation>A copy for the follow-up is ready; it is not saved yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Åbn programfil</source>
        <translation>Open programme file</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Programfiler (*.ebprog)</source>
        <translation>Programme files (*.ebprog)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Filen kunne ikke åbnes</source>
        <translation>The file could not be opened</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Noget mangler i biblioteket</source>
        <translation>Something is missing from the library</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>program</source>
        <translation>programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem programfil</source>
        <translation>Save programme file</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Programfilen er ikke gemt</source>
        <translation>Programme file not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programfilen kunne ikke gemmes: %1</source>
        <translation>The programme file could not be saved: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programfilen er gemt: %1</source>
        <translation>Programme file saved: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>uden navn</source>
        <translation>no name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Gendan program?</source>
        <translation>Restore programme?</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Et program (%1) blev ikke gemt, sidst programmet lukkede. Vil du gendanne det?</source>
        <translation>A programme (%1) was not saved when the app last closed. Do you want to restore it?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kladden kunne ikke læses (den nævner måske en øvelse, der er slettet).</source>
        <translation>The draft could not be read (it may name an exercise that has been deleted).</translation>
    </message>
</context>
<context>
    <name>ProgramModel</name>
    <message>
        <location filename="../ui/program_model.py" line="+44"/>
        <source>Øvelse</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Øvelsens titel</source>
        <translation>The exercise&apos;s title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sæt</source>
        <translation>Sets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antal sæt</source>
        <translation>Number of sets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gent.</source>
        <translation>Reps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gentagelser, fx 10 eller 8–12</source>
        <translation>Repetitions, e.g. 10 or 8–12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold i sekunder, fx 5</source>
        <translation>Hold in seconds, e.g. 5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold (s)</source>
        <translation>Hold (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Varighed i minutter (gang, hvile)</source>
        <translation>Duration in minutes (walking, resting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hver side</source>
        <translation>Each side</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gentages på hver side</source>
        <translation>Repeated on each side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hyppighed for netop denne øvelse (ellers programmets)</source>
        <translation>Frequency for this exercise only (otherwise the programme&apos;s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hyppighed</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Din note til patienten</source>
        <translation>Your note to the patient</translation>
    </message>
</context>
<context>
    <name>ProgramPane</name>
    <message>
        <location filename="../ui/program_pane.py" line="+49"/>
        <location line="+1"/>
        <source>Patientens navn</source>
        <translation>Patient&apos;s name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terapeut</source>
        <translation>Therapist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terapeutens navn</source>
        <translation>Therapist&apos;s name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hyppighed for hele programmet</source>
        <translation>Frequency for the whole programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvor ofte programmet laves; vælg eller skriv selv</source>
        <translation>How often the programme is done; choose or type your own</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Øvelser i programmet</source>
        <translation>Exercises in the programme</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tilføj øvelser fra biblioteket: dobbeltklik, Enter eller træk dem hertil.</source>
        <translation>Add exercises from the library: double-click, Enter or drag them here.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Besked om programmet</source>
        <translation>Message about the programme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Råd om programmets længde</source>
        <translation>Advice on the programme&apos;s length</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+59"/>
        <source>Hjælpemidler</source>
        <translation>Aids</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Sæt flueben; dobbeltklik på et valgt hjælpemiddel for at skrive en note</source>
        <translation>Tick to include; double-click a ticked aid to write a note</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>Råd</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>En kort besked til patienten (valgfri)</source>
        <translation>A short message to the patient (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Besked til patienten</source>
        <translation>Message to the patient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Detaljeret</source>
        <translation>Detailed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompakt</source>
        <translation>Compact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Stor skrift</source>
        <translation>Large print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagbog (2 uger)</source>
        <translation>Diary (2 weeks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagbog</source>
        <translation>Diary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dansk</source>
        <translation>Danish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engelsk</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmets sprog</source>
        <translation>The programme&apos;s language</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Patient:</source>
        <translation>&amp;Patient:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Terapeut:</source>
        <translation>&amp;Therapist:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>H&amp;yppighed:</source>
        <translation>Fre&amp;quency:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprog:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Besked:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Besked og valg</source>
        <translation>Message and options</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hjælpemidler, råd og valg</source>
        <translation>Aids, advice and options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faner: hjælpemidler, råd, besked og valg</source>
        <translation>Tabs: aids, advice, message and options</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Program&lt;/b&gt;</source>
        <translation>&lt;b&gt;Programme&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Programmet har %1 øvelser. Færre øvelser bliver oftere lavet – overvej at holde dig til de 6 vigtigste.</source>
        <translation>The programme has %1 exercises. Fewer exercises are done more often – consider keeping to the 6 most important.</translation>
    </message>
</context>
<context>
    <name>ProgramSession</name>
    <message>
        <location filename="../ui/program_session.py" line="+115"/>
        <source>Tilføj «%1»</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilføj %1 øvelser</source>
        <translation>Add %1 exercises</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fjern «%1»</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern %1 øvelser</source>
        <translation>Remove %1 exercises</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flyt «%1»</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Flyt %1 øvelser</source>
        <translation>Move %1 exercises</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ændr dosering af «%1»</source>
        <translation>Change dosage of “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>Ændr note til «%1»</source>
        <translation>Change note for “%1”</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Ændr hyppighed for «%1»</source>
        <translation>Change frequency for “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ændr patientens navn</source>
        <translation>Change the patient&apos;s name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ændr dato</source>
        <translation>Change date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ændr terapeut</source>
        <translation>Change therapist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ændr hyppighed</source>
        <translation>Change frequency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ændr besked</source>
        <translation>Change message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skift patientgruppe</source>
        <translation>Change patient group</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tilføj hjælpemidlet «%1»</source>
        <translation>Add the aid “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern hjælpemidlet «%1»</source>
        <translation>Remove the aid “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tilføj rådet «%1»</source>
        <translation>Add the advice “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern rådet «%1»</source>
        <translation>Remove the advice “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skift layout</source>
        <translation>Change layout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stor skrift til/fra</source>
        <translation>Large print on/off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dagbog til/fra</source>
        <translation>Diary on/off</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skift sprog i programmet</source>
        <translation>Change the programme&apos;s language</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tilføj skabelonen «%1»</source>
        <translation>Add the template “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start fra skabelonen «%1»</source>
        <translation>Start from the template “%1”</translation>
    </message>
</context>
<context>
    <name>ProgramSummaryModel</name>
    <message>
        <location filename="../ui/open_program_dialog.py" line="-142"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Udleveret</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · opfølgning af %2</source>
        <translation>%1 · follow-up of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · opfølgning</source>
        <translation>%1 · follow-up</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terapeut: %1</source>
        <translation>Therapist: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Øvelser</source>
        <translation>Exercises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Udgave</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>RecentPrograms</name>
    <message>
        <location filename="../ui/recent_programs.py" line="+28"/>
        <source>(ingen gemte programmer endnu)</source>
        <translation>(no saved programmes yet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, udleveret</source>
        <translation>, handed out</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="+28"/>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Vælg logo …</source>
        <translation>Choose logo …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjern logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Klinikkens navn</source>
        <translation>Clinic&apos;s name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terapeutens navn</source>
        <translation>Therapist&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terapeutens titel</source>
        <translation>Therapist&apos;s title</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Standardhyppighed</source>
        <translation>Default frequency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprog i brugerfladen</source>
        <translation>User interface language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klinikken (øverst på programmet)</source>
        <translation>The clinic (at the top of the handout)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Adresse:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terapeut</source>
        <translation>Therapist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Na&amp;vn:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itel:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmet</source>
        <translation>The programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard&amp;hyppighed:</source>
        <translation>Default &amp;frequency:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brugerfladens sprog:</source>
        <translation>User interface &amp;language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Et nyt sprog bruges fra næste start.</source>
        <translation>A new language is used from the next start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sikkerhedskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En kopi af databasen tages ved første start hver dag.</source>
        <translation>A copy of the database is taken at the first start each day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gendan fra &amp;kopi …</source>
        <translation>Restore from &amp;copy …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(intet logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vælg logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billeder (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SharedFolder</name>
    <message>
        <location filename="../ui/shared_folder.py" line="+31"/>
        <source>&amp;Delt mappe …</source>
        <translation>&amp;Shared folder …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg klinikkens fælles mappe med øvelser (eller ingen)</source>
        <translation>Choose the clinic&apos;s shared folder of exercises (or none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hent fra delt mappe</source>
        <translation>&amp;Take from shared folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Del klinikkens øvelser i mappen</source>
        <translation>&amp;Share the clinic&apos;s exercises in the folder</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Vælg delt mappe</source>
        <translation>Choose shared folder</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Delt mappe</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Den delte mappe er læst; %1 ting blev sprunget over:</source>
        <translation>The shared folder has been read; %1 things were skipped:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Den delte mappe er læst.</source>
        <translation>The shared folder has been read.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Henter fra den delte mappe …</source>
        <translation>Taking from the shared folder …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deler klinikkens øvelser …</source>
        <translation>Sharing the clinic&apos;s exercises …</translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <location filename="../ui/template_actions.py" line="+38"/>
        <source>Skabelonen nævner noget, der ikke findes: %1</source>
        <translation>The template names something that does not exist: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gem som skabelon</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skabelonens navn:</source>
        <translation>The template&apos;s name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skabelonen »%1« er gemt.</source>
        <translation>The template “%1” is saved.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../ui/template_picker.py" line="+23"/>
        <source>Start fra skabelon</source>
        <translation>Start from template</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skabeloner</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skabelonens indhold</source>
        <translation>The template&apos;s content</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Erstat programmets indhold</source>
        <translation>&amp;Replace the programme&apos;s content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brug skabelonen</source>
        <translation>&amp;Use the template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tilføj til programmet</source>
        <translation>&amp;Add to the programme</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Hyppighed: %1</source>
        <translation>Frequency: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Øvelser (%1):</source>
        <translation>Exercises (%1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hjælpemidler:</source>
        <translation>Aids:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Råd:</source>
        <translation>Advice:</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../ui/user_guide.py" line="+15"/>
        <location line="+4"/>
        <source>Vejledning</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vejledningen følger ikke med denne installation.</source>
        <translation>The user guide is not part of this installation.</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../ui/workbench.py" line="+93"/>
        <source>Tip: Skriv klinikkens navn, adresse og telefon under Indstillinger, så står de øverst på udleveringen.</source>
        <translation>Tip: Enter the clinic&apos;s name, address and phone under Settings to put them at the top of the handout.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 øvelser i programmet</source>
        <translation>%1 exercises in the programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 øvelse i programmet</source>
        <translation>1 exercise in the programme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nyt program</source>
        <translation>New programme</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tilføjet: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 øvelser tilføjet</source>
        <translation>%1 exercises added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 står nu to gange i programmet)</source>
        <translation>(%1 is now in the programme twice)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Journalnotatet er kopieret; sæt det ind i journalen.</source>
        <translation>The journal note is copied (in Danish, for the patient record); paste it into the record.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Skift «%1» til den lettere «%2»</source>
        <translation>Swap “%1” for the easier “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skift «%1» til den sværere «%2»</source>
        <translation>Swap “%1” for the harder “%2”</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Om Øvelsesprogram</source>
        <translation>About Exercise Builder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Øvelsesprogram %1

Hjemmeøvelser til patienten på under et minut.
Patientens data bliver på klinikkens computer.</source>
        <translation>Exercise Builder %1

Home exercises for the patient in under a minute.
The patient&apos;s data stays on the clinic&apos;s computer.</translation>
    </message>
</context>
<context>
    <name>WorkbenchActions</name>
    <message>
        <location filename="../ui/workbench_actions.py" line="+40"/>
        <source>&amp;Nyt program</source>
        <translation>&amp;New programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start et nyt, tomt program</source>
        <translation>Start a new, empty programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Åbn program …</source>
        <translation>&amp;Open programme …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find et gemt program</source>
        <translation>Find a saved programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gem program</source>
        <translation>&amp;Save programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem programmet (Ctrl+S)</source>
        <translation>Save the programme (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kopiér til opfølgning</source>
        <translation>&amp;Copy for follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Et nyt program med samme indhold og dagens dato</source>
        <translation>A new programme with the same content and today&apos;s date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åbn program&amp;fil …</source>
        <translation>Open programme &amp;file …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem &amp;som programfil …</source>
        <translation>&amp;Save as programme file …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eksportér PDF …</source>
        <translation>&amp;Export PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem programmet som PDF (Ctrl+E)</source>
        <translation>Save the programme as a PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Udskriv …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Udskriv programmet (Ctrl+P)</source>
        <translation>Print the programme (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopiér til &amp;journal</source>
        <translation>Copy to &amp;journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Læg et journalnotat om programmet på udklipsholderen (Ctrl+J)</source>
        <translation>Put a journal note about the programme on the clipboard (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slet en &amp;patients data …</source>
        <translation>Delete a &amp;patient’s data …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slet alle programmer, kladder og sikkerhedskopier med en patients navn</source>
        <translation>Delete every programme, draft and backup holding a patient&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tilføj øvelse</source>
        <translation>&amp;Add exercise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilføj de valgte øvelser til programmet (Enter)</source>
        <translation>Add the selected exercises to the programme (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fjern øvelse</source>
        <translation>&amp;Remove exercise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern de valgte øvelser fra programmet (Delete)</source>
        <translation>Remove the selected exercises from the programme (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyt &amp;op</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyt &amp;ned</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lettere variant</source>
        <translation>&amp;Easier variant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skift øvelsen til sin lettere variant; doseringen er den samme</source>
        <translation>Swap the exercise for its easier variant; the dosage stays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sværere variant</source>
        <translation>&amp;Harder variant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skift øvelsen til sin sværere variant; doseringen er den samme</source>
        <translation>Swap the exercise for its harder variant; the dosage stays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Søg i øvelser</source>
        <translation>&amp;Search exercises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start fra skabelon …</source>
        <translation>&amp;Start from template …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gem som skabelon …</source>
        <translation>&amp;Save as template …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ny øvelse …</source>
        <translation>&amp;New exercise …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redigér øvelse …</source>
        <translation>&amp;Edit exercise …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genopbyg &amp;miniaturer</source>
        <translation>Rebuild &amp;thumbnails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Importér bibliotek …</source>
        <translation>&amp;Import library …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Eksportér bibliotek …</source>
        <translation>&amp;Export library …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indstillinger …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vejledning</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Om Øvelsesprogram</source>
        <translation>&amp;About Exercise Builder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Seneste programmer</source>
        <translation>&amp;Recent programmes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Redigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;kabeloner</source>
        <translation>&amp;Templates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bibliotek</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Indstillinger</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Værktøjslinje</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>excepthook</name>
    <message>
        <location filename="../ui/excepthook.py" line="+27"/>
        <source>Der skete en uventet fejl (%1); den er skrevet i logfilen %2.</source>
        <translation>An unexpected error occurred (%1); it is written in the log file %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der skete en uventet fejl (%1).</source>
        <translation>An unexpected error occurred (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uventet fejl</source>
        <translation>Unexpected error</translation>
    </message>
</context>
</TS>
