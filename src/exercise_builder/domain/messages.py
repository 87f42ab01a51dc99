"""Every user-facing error sentence, in Danish and English, in one place: key -> (da, en).
Values are filled with str.format; a value is shown escaped and on one line (it may come from
an untrusted file)."""

from __future__ import annotations

import string
from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    "unexpected": ("Der opstod en uventet fejl: {detail}", "An unexpected error occurred: {detail}"),
    # --- consultation flow (issue 16): programme files, journal note, start-up checks ---
    "program.missing": (
        "Programmet er åbnet uden {items}, som ikke findes i biblioteket.",
        "The programme was opened without {items}, which this library does not have.",
    ),
    "program.missing-exercise": ("øvelsen «{ref}»", "the exercise '{ref}'"),
    "program.missing-aid": ("hjælpemidlet «{ref}»", "the aid '{ref}'"),
    "program.missing-advice": ("rådet «{ref}»", "the advice '{ref}'"),
    "program.missing-and": ("og", "and"),
    "start.missing-x11-libraries": (
        "Programmet kan ikke starte, fordi systemet mangler biblioteker, som vinduet bruger; installér "
        "dem (fx sudo apt install {packages}) og start igen.",
        "The app cannot start because the system lacks libraries the window needs; install them "
        "(e.g. sudo apt install {packages}) and start again.",
    ),
    "program-file.library-not-base64": (
        "Nøglen 'library' i programfilen er ikke gyldig base64.",
        "The key 'library' of the program file is not valid base64.",
    ),
    "program-file.library-unreadable": (
        "Øvelserne, som programfilen har med, kunne ikke læses: {reason}",
        "The exercises the program file carries could not be read: {reason}",
    ),
    "program-file.library-not-added": (
        "Øvelserne, som programfilen har med, kunne ikke lægges i biblioteket ({reason}).",
        "The exercises the program file carries could not be added ({reason}).",
    ),
    "program-file.cannot-carry": (
        "Programfilen kunne ikke få klinikkens egne øvelser med: {reason}",
        "The program file could not carry the clinic's own exercises: {reason}",
    ),
    # --- end of consultation flow ---
    # --- why the system refused a file operation (domain/os_reasons.py): strerror is English ---
    "os.no-space": ("der er ikke mere plads på disken", "there is no space left on the disk"),
    "os.permission-denied": ("du har ikke adgang", "permission denied"),
    "os.read-only": ("disken kan kun læses, ikke skrives", "the disk is read-only"),
    "os.not-found": ("filen eller mappen findes ikke", "the file or folder does not exist"),
    "os.is-a-folder": ("det er en mappe, ikke en fil", "it is a folder, not a file"),
    "os.not-a-folder": ("en del af stien er ikke en mappe", "part of the path is not a folder"),
    "os.name-too-long": ("filnavnet er for langt", "the file name is too long"),
    "os.link-loop": ("genveje peger i ring", "links point round in a loop"),
    "os.exists": ("der findes allerede en fil med det navn", "a file with that name already exists"),
    "os.folder-not-empty": ("mappen er ikke tom", "the folder is not empty"),
    "os.busy": ("filen er i brug af et andet program", "the file is in use by another program"),
    "os.file-too-large": ("filen er for stor", "the file is too large"),
    "os.too-many-open": ("der er for mange åbne filer", "too many files are open"),
    "os.other-disk": ("filen ligger på en anden disk", "the file is on another disk"),
    "os.input-output": (
        "disken kunne ikke læses eller skrives (I/O-fejl)",
        "the disk could not be read or written (I/O error)",
    ),
    "os.timed-out": ("det tog for lang tid; drevet svarer ikke", "it took too long; the drive does not answer"),
    "os.unreachable": ("drevet kan ikke nås", "the drive cannot be reached"),
    "os.no-memory": ("der er ikke hukommelse nok", "there is not enough memory"),
    "os.invalid": ("filnavnet eller handlingen er ugyldig her", "the file name or operation is not valid here"),
    "os.cannot-open": ("filen kunne ikke åbnes", "the file could not be opened"),
    "os.database-busy": ("databasen er optaget af et andet vindue", "the database is busy in another window"),
    "os.damaged": ("filen er beskadiget", "the file is damaged"),
    "os.not-a-database": ("filen er ikke en database", "the file is not a database"),
    "os.file-failed": ("{path} kunne ikke bruges: {reason}.", "{path} could not be used: {reason}."),
    "os.failed": ("Det kunne ikke lade sig gøre: {reason}.", "It could not be done: {reason}."),
    "os.database-failed": ("Databasen kunne ikke bruges: {reason}.", "The database could not be used: {reason}."),
    "os.other": ("systemet afviste det (fejl {name})", "the system refused (error {name})"),
    "os.unknown": ("systemet afviste det ({name})", "the system refused ({name})"),
    # --- the shared error type (issue 14): store, backups, programme files, cancelling ---
    "cancelled": ("Afbrudt.", "Cancelled."),
    "record.field": ("'{field}': {reason}", "'{field}': {reason}"),
    "program-file.too-large": (
        "Programfilen {name} er for stor til at være en programfil.",
        "The program file {name} is too large to be a program file.",
    ),
    "program-file.missing": ("Programfilen {path} findes ikke.", "The program file {path} does not exist."),
    "program-file.is-folder": ("{path} er en mappe, ikke en programfil.", "{path} is a folder, not a program file."),
    "program-file.unreadable": (
        "Programfilen {path} kunne ikke læses ({reason}).",
        "The program file {path} could not be read ({reason}).",
    ),
    "store.cannot-open": (
        "Databasen {path} kunne ikke åbnes: {detail}.",
        "The database {path} could not be opened: {detail}.",
    ),
    "store.locked": (
        "Databasen {path} er låst eller kan ikke skrives: {detail}.",
        "The database {path} is locked or cannot be written: {detail}.",
    ),
    "store.damaged": (
        "Databasen {path} er beskadiget eller ikke en database ({detail}); intet er ændret. En "
        "sikkerhedskopi kan gendannes med »exercise-builder backup list« og »backup restore«.",
        "The database {path} is damaged or not a database ({detail}); nothing was changed. A "
        "backup can be restored with `exercise-builder backup list` and `backup restore`.",
    ),
    "store.schema-too-new": (
        "Databasen er lavet af en nyere version af programmet (skema {schema}); opdatér programmet for at åbne den.",
        "The database was made by a newer version of the program (schema {schema}); update the program to open it.",
    ),
    "store.item-saved-elsewhere": (
        "Dette er blevet gemt et andet sted, siden du åbnede det; åbn det igen for at "
        "se ændringen, og gem så dit eget igen.",
        "This was saved elsewhere since you opened it; open it again to see the change, then save yours again.",
    ),
    "store.program-saved-elsewhere": (
        "Programmet er blevet gemt et andet sted, siden du åbnede det; dine ændringer er ikke gemt oven i det.",
        "The programme was saved elsewhere since you opened it; your changes were not saved over it.",
    ),
    "backup.cannot-open": ("Sikkerhedskopien {name} kan ikke åbnes.", "The backup {name} cannot be opened."),
    "backup.damaged": (
        "Sikkerhedskopien {name} er beskadiget og kan ikke gendannes.",
        "The backup {name} is damaged and cannot be restored.",
    ),
    "backup.empty": (
        "Sikkerhedskopien {name} er tom (en afbrudt kopi) og kan ikke gendannes.",
        "The backup {name} is empty (an interrupted copy) and cannot be restored.",
    ),
    "backup.too-new": (
        "Sikkerhedskopien {name} er lavet af en nyere version af programmet.",
        "The backup {name} was made by a newer version of the app.",
    ),
    "backup.unknown": (
        "Der er ingen sikkerhedskopi ved navn {name}; »exercise-builder backup list« viser dem.",
        "There is no backup called {name}; `exercise-builder backup list` shows them.",
    ),
    "backup.cannot-keep-current": (
        "Den nuværende database kunne ikke kopieres før gendannelsen ({reason}); intet er ændret.",
        "The current database could not be copied before restoring ({reason}); nothing was changed.",
    ),
    "backup.restore-failed": (
        "Sikkerhedskopien kunne ikke gendannes ({reason}); databasen er som før, og en kopi af den er gemt som {kept}.",
        "The backup could not be restored ({reason}); the database is as it was, and a copy of it is kept as {kept}.",
    ),
    # store/privacy.py: what deleting a patient's data could not finish
    "privacy.other-window-reads": (
        "Et andet åbent vindue med programmet læser stadig ældre sider; luk det, og slet igen for at "
        "fjerne dem fra logfilen.",
        "Another open window of the app still reads older pages; close it and delete again to clear "
        "them from the log file.",
    ),
    "privacy.no-fresh-backup": (
        "Der kunne ikke tages en ny sikkerhedskopi, så ældre kopier med patienten blev slettet uden en nyere i stedet.",
        "No fresh backup could be made, so older backups holding the patient were removed without a "
        "newer one to replace them.",
    ),
    "privacy.backup-not-removed": (
        "Sikkerhedskopien {name} kunne ikke slettes.",
        "The backup {name} could not be removed.",
    ),
    # --- end of issue 14's block ---
    # --- what is wrong with one field of a record (domain/records.py FieldError), said after the
    # field's name: "{file}: feltet 'title.da' mangler" / "the field 'title.da' is missing" ---
    "field.unknown-key": ("er en ukendt nøgle", "unknown key"),
    "field.must-be-text": ("skal være tekst", "must be text"),
    "field.missing": ("mangler", "is missing"),
    "field.must-be-timestamp": (
        "skal være en dato og et klokkeslæt (ISO 8601)",
        "must be an ISO 8601 date and time",
    ),
    "field.not-a-uuid": ("er ikke et UUID: «{value}»", "is not a UUID: '{value}'"),
    "field.bad-slug": (
        "skal være små bogstaver a–z og tal, med bindestreg mellem ordene: «{value}»",
        "must be lowercase ASCII words joined by '-': '{value}'",
    ),
    "field.must-be-language-table": (
        'skal være en tabel med sprog, fx da = "…"',
        'must be a table of languages, e.g. da = "…"',
    ),
    "field.must-be-language-lists": (
        'skal være en tabel med sprog, fx da = ["…"]',
        'must be a table of languages, e.g. da = ["…"]',
    ),
    "field.must-be-text-list": ("skal være en liste med tekster", "must be a list of texts"),
    "field.must-be-image-tables": ("skal være en liste med [[images]]-tabeller", "must be a list of [[images]] tables"),
    "field.must-be-table": ("skal være en tabel", "must be a table"),
    "field.must-be-table-list": ("skal være en liste med tabeller", "must be a list of tables"),
    "field.must-be-plain-file-name": (
        "skal være et filnavn i elementets egen mappe (uden sti): «{value}»",
        "must be a plain file name in the item's folder: '{value}'",
    ),
    "field.bad-variant": (
        "skal være {choices} eller udeladt, ikke «{value}»",
        "must be {choices} or left out, not '{value}'",
    ),
    "field.bad-dosage": ("er ikke en gyldig dosering: {reason}", "is not a valid dosage: {reason}"),
    "field.must-be-aid-list": (
        "skal være en liste med hjælpemidlers slugs eller UUID'er",
        "must be a list of slugs or UUIDs of aids",
    ),
    "field.must-be-reference-list": ("skal være en liste med slugs eller UUID'er", "must be a list of slugs or UUIDs"),
    "field.bad-aid-reference": (
        "skal være et hjælpemiddels slug eller UUID, ikke «{value}»",
        "must be the slug or UUID of an aid, not '{value}'",
    ),
    "field.bad-exercise-reference": (
        "skal være en øvelses slug eller UUID, ikke «{value}»",
        "must be the slug or UUID of an exercise, not '{value}'",
    ),
    "field.names-itself": (
        "skal nævne en anden øvelse, ikke øvelsen selv",
        "must name another exercise, not the exercise itself",
    ),
    "field.must-be-one-of": ("skal være en af {choices}, ikke «{value}»", "must be one of {choices}, not '{value}'"),
    "field.too-long": (
        "har {length:,} tegn; der må højst være {limit:,}",
        "is {length:,} characters long; at most {limit:,} are allowed",
    ),
    "field.bad-character": (
        "indeholder et tegn, der ikke kan bruges ({char})",
        "holds a character that is not allowed ({char})",
    ),
    "field.too-many-languages": (
        "har {count} sprog; der må højst være {limit}",
        "has {count} languages; at most {limit} are allowed",
    ),
    "field.too-many-entries": (
        "har {count:,} punkter; der må højst være {limit:,}",
        "has {count:,} entries; at most {limit:,} are allowed",
    ),
    "field.more-than": ("er mere end {limit:,}", "is more than {limit:,}"),
    "field.too-many-pictures": (
        "har {count} billeder; der må højst være {limit}",
        "has {count} pictures; at most {limit} are allowed",
    ),
    "field.too-many-tags": (
        "har flere end {count} mærker eller et mærke på over {limit} tegn",
        "holds more than {count} tags or a tag over {limit} characters",
    ),
    "field.too-many-aids": ("nævner flere end {limit} hjælpemidler", "names more than {limit} aids"),
    # dosage (domain/dosage.py DosageError), also said after a field's name or in "a wrong value: …"
    "dosage.unknown-key": ("ukendt nøgle '{key}'", "unknown key '{key}'"),
    "dosage.bad-sets": ("'sets' skal være et helt tal på mindst 1", "'sets' must be a whole number of at least 1"),
    "dosage.sets-at-least-one": ("sæt skal være mindst 1", "sets must be at least 1"),
    "dosage.per-side-not-boolean": ("'per_side' skal være true eller false", "'per_side' must be true or false"),
    "dosage.frequency-not-text": ("'frequency' skal være tekst", "'frequency' must be text"),
    "dosage.field": ("'{key}': {reason}", "'{key}': {reason}"),
    "dosage.bad-range": ("ikke et gyldigt interval: {low}–{high}", "not a valid range: {low}–{high}"),
    "dosage.range-not-boolean": (
        "skal være et tal eller et interval, ikke true/false",
        "expected a number or a range, not true/false",
    ),
    "dosage.negative": ("skal være 0 eller mere, ikke {value}", "expected 0 or more, got {value}"),
    "dosage.not-a-range": (
        "skal være et tal eller et interval som 8–12, ikke «{value}»",
        "expected a number or a range such as 8–12, got '{value}'",
    ),
    # --- programme files, command line, handout limits (issue 13 A) ---
    # --- programme-file sentences, moved out of domain/program_file.py (issue 14, round 2) ---
    "program-file.unknown-key": (
        "Programfilen har en ukendt nøgle '{field}'.",
        "The program file has an unknown key '{field}'.",
    ),
    "program-file.not-json": ("Programfilen er ikke gyldig JSON.", "The program file is not valid JSON."),
    "program-file.not-json-at-line": (
        "Programfilen er ikke gyldig JSON (linje {line}).",
        "The program file is not valid JSON (line {line}).",
    ),
    "program-file.too-deep": (
        "Programfilen er indlejret for dybt til at være en programfil.",
        "The program file is nested too deeply to be a program file.",
    ),
    "program-file.not-an-object": (
        "Programfilen skal indeholde et JSON-objekt.",
        "The program file must hold a JSON object.",
    ),
    "program-file.wrong-format": ("Nøglen 'format' skal være \"{format}\".", "The key 'format' must be \"{format}\"."),
    "program-file.wrong-version": (
        "Programfilens format_version {version} kan ikke læses (forventet {expected}).",
        "The program file's format_version {version} is not supported (expected {expected}).",
    ),
    "program-file.bad-date": (
        "Nøglen 'date' skal være en dato som 2026-11-22, ikke {date}.",
        "The key 'date' must be a date such as 2026-11-22, not {date}.",
    ),
    "program-file.item-not-an-object": (
        "Nøglen 'items[{index}]' (øvelse {number}) skal være et objekt.",
        "The key 'items[{index}]' (exercise {number}) must be an object.",
    ),
    "program-file.item-without-exercise": (
        "Nøglen 'items[{index}].exercise' (øvelse {number}) mangler.",
        "The key 'items[{index}].exercise' (exercise {number}) is missing.",
    ),
    "program-file.bad-dosage": (
        "Nøglen 'items[{index}]' (øvelse {number}, '{ref}') har en forkert værdi: {reason}.",
        "The key 'items[{index}]' (exercise {number}, '{ref}') has a wrong value: {reason}.",
    ),
    "program-file.no-items": ("Programfilen har ingen nøgle 'items'.", "The program file has no 'items' key."),
    "program-file.aid-not-an-object": (
        "Nøglen 'aids[{index}]' skal være et objekt.",
        "The key 'aids[{index}]' must be an object.",
    ),
    "program-file.advice-not-text": (
        "Nøglen 'advice[{index}]' skal være tekst (en slug eller et UUID).",
        "The key 'advice[{index}]' must be text (a slug or UUID).",
    ),
    "program-file.bad-layout": (
        "Nøglen 'options.layout' skal være en af {choices}.",
        "The key 'options.layout' must be one of {choices}.",
    ),
    "program-file.bad-language": (
        "Nøglen 'options.language' skal være en af {choices}.",
        "The key 'options.language' must be one of {choices}.",
    ),
    "program-file.unknown-exercise": (
        "Programmet nævner en ukendt øvelse '{ref}' (øvelse {number}, {field}).",
        "The program names an unknown exercise '{ref}' (exercise {number}, {field}).",
    ),
    "program-file.unknown-exercise-did-you-mean": (
        "Programmet nævner en ukendt øvelse '{ref}' (øvelse {number}, {field}); mente du '{suggestion}'?",
        "The program names an unknown exercise '{ref}' (exercise {number}, {field}); did you mean '{suggestion}'?",
    ),
    "program-file.unknown-aid": (
        "Programmet nævner et ukendt hjælpemiddel '{ref}' ({field}).",
        "The program names an unknown aid '{ref}' ({field}).",
    ),
    "program-file.unknown-aid-did-you-mean": (
        "Programmet nævner et ukendt hjælpemiddel '{ref}' ({field}); mente du '{suggestion}'?",
        "The program names an unknown aid '{ref}' ({field}); did you mean '{suggestion}'?",
    ),
    "program-file.unknown-advice": (
        "Programmet nævner et ukendt råd '{ref}' ({field}).",
        "The program names an unknown advice module '{ref}' ({field}).",
    ),
    "program-file.unknown-advice-did-you-mean": (
        "Programmet nævner et ukendt råd '{ref}' ({field}); mente du '{suggestion}'?",
        "The program names an unknown advice module '{ref}' ({field}); did you mean '{suggestion}'?",
    ),
    "program-file.bad-patient-group": (
        "Nøglen 'patient.group' skal være en af {choices}, ikke {group}.",
        "The key 'patient.group' must be one of {choices}, not {group}.",
    ),
    "program-file.must-be-text": ("Nøglen '{field}' skal være tekst.", "The key '{field}' must be text."),
    "program-file.must-be-whole-number": (
        "Nøglen '{field}' skal være et helt tal.",
        "The key '{field}' must be a whole number.",
    ),
    "program-file.must-be-list": ("Nøglen '{field}' skal være en liste.", "The key '{field}' must be a list."),
    "program-file.must-be-object": ("Nøglen '{field}' skal være et objekt.", "The key '{field}' must be an object."),
    "program-file.must-be-true-or-false": (
        "Nøglen '{field}' skal være true eller false.",
        "The key '{field}' must be true or false.",
    ),
    "program-file.must-be-text-not-boolean": (
        "Nøglen '{field}' skal være tekst, ikke true/false.",
        "The key '{field}' must be text, not true/false.",
    ),
    "program-file.must-be-whole-number-not-boolean": (
        "Nøglen '{field}' skal være et helt tal, ikke true/false.",
        "The key '{field}' must be a whole number, not true/false.",
    ),
    "program-file.must-be-list-not-boolean": (
        "Nøglen '{field}' skal være en liste, ikke true/false.",
        "The key '{field}' must be a list, not true/false.",
    ),
    "program-file.must-be-object-not-boolean": (
        "Nøglen '{field}' skal være et objekt, ikke true/false.",
        "The key '{field}' must be an object, not true/false.",
    ),
    "program-file.bad-id": (
        "Nøglen 'id' i programfilen skal være et UUID som 3f2b8c1e-5d4a-4e7b-9c0d-1a2b3c4d5e6f, ikke «{value}».",
        "The key 'id' must be a UUID such as 3f2b8c1e-5d4a-4e7b-9c0d-1a2b3c4d5e6f, not '{value}'.",
    ),
    "program-file.too-long": (
        "Nøglen '{field}' i programfilen har {length} tegn; der må højst være {limit}.",
        "The key '{field}' holds {length} characters; at most {limit} are allowed.",
    ),
    "program-file.too-many": (
        "Nøglen '{field}' i programfilen har {count} punkter; der må højst være {limit}.",
        "The key '{field}' lists {count} entries; at most {limit} are allowed.",
    ),
    "program-file.count-too-big": (
        "Nøglen '{field}' i programfilen må højst være {limit}.",
        "The key '{field}' must be at most {limit}.",
    ),
    # --- sec2 (issue 13, round 2) ---
    "program-file.bad-character": (
        "Nøglen '{field}' i programfilen indeholder et tegn, der ikke kan bruges ({char}).",
        "The key '{field}' holds a character that cannot be used ({char}).",
    ),
    "program-file.duplicate-key": (
        "Nøglen '{name}' står to gange i samme objekt i programfilen.",
        "The key '{name}' appears twice in one object of the program file.",
    ),
    "program-file.too-much-text": (
        "Programfilens tekster (besked, hyppighed og noter) har i alt {length} tegn; der må højst være {limit}.",
        "The program file's texts (message, frequencies and notes) hold {length} "
        "characters in all; at most {limit} are allowed.",
    ),
    # --- end of sec2 ---
    "program-file.big-number": (
        "Programfilen indeholder et tal med flere cifre, end der kan læses.",
        "The program file holds a number with more digits than can be read.",
    ),
    "program-file.not-a-file": (
        "{name} er ikke en almindelig fil og kan ikke være en programfil.",
        "{name} is not a regular file, so it cannot be a program file.",
    ),
    "data-dir.is-file": (
        "Datamappen {path} er en fil, ikke en mappe; vælg en anden med --data-dir.",
        "The data folder {path} is a file, not a folder; choose another with --data-dir.",
    ),
    "data-dir.dangling-link": (
        "Datamappen {path} er en genvej til en mappe, der ikke findes.",
        "The data folder {path} is a link to a folder that does not exist.",
    ),
    "data-dir.link-loop": (
        "Datamappen {path} er en genvej, der peger på sig selv.",
        "The data folder {path} is a link that points back at itself.",
    ),
    "data-dir.unusable": (
        "Datamappen {path} kan ikke oprettes ({reason}).",
        "The data folder {path} cannot be created ({reason}).",
    ),
    "data-dir.cannot-seed": (
        "Øvelsesbiblioteket kunne ikke lægges i datamappen {path} ({reason}); "
        "intet er gemt halvt. Frigør plads, og start igen.",
        "The exercise library could not be put into the data folder {path} ({reason}); "
        "nothing was left half-done. Free some space and start again.",
    ),
    # --- end issue 13 A ---
    # sharing: bundles and the shared folder
    "bundle.claims-shipped": (
        "»{name}« giver sig ud for at være programmets eget grundbibliotek, som kun opdateres med en ny "
        "version af programmet; det blev ikke importeret.",
        "'{name}' claims to be the app's own shipped library, which only a new version of the app "
        "updates; it was not imported.",
    ),
    # --- library/: the library folder, bundles, safety limits and synonyms (add keys below) ---
    # library folders and library files (folder.py, bundle.py)
    "library.not-toml": ("{file} er ikke gyldig TOML.", "{file} is not valid TOML."),
    "library.not-toml-at": (
        "{file} er ikke gyldig TOML (linje {line}, kolonne {column}).",
        "{file} is not valid TOML (line {line}, column {column}).",
    ),
    "library.not-toml-at-end": (
        "{file} er ikke gyldig TOML (fejlen er ved filens slutning).",
        "{file} is not valid TOML (at the end of the file).",
    ),
    "library.not-utf8": ("{file} er ikke tekst i UTF-8.", "{file} is not UTF-8 text."),
    "library.too-deep": (
        "{file} er indlejret for dybt til at være en fil i et bibliotek.",
        "{file} is nested too deeply to be a library file.",
    ),
    "library.toml-unreadable": ("{file} kunne ikke læses: {reason}.", "{file} could not be read: {reason}."),
    "library.not-a-library-folder": (
        "{folder}: library.toml mangler, så det er ikke en biblioteksmappe.",
        "{folder}: library.toml is missing; this is not a library folder.",
    ),
    "library.format-version": (
        "library.toml: format_version {version} kan ikke læses (programmet læser {supported}); "
        "måske er biblioteket lavet til en nyere version af programmet.",
        "library.toml: format_version {version} is not supported (this app reads {supported}).",
    ),
    "library.meta-field": (
        "library.toml: feltet '{field}' mangler eller er ikke tekst.",
        "library.toml: the field '{field}' is missing or not text.",
    ),
    "library.id-used-twice": (
        "{item}: id'et {id} bruges også af {other}; hvert element skal have sit eget id.",
        "{item}: the id {id} is also used by {other}.",
    ),
    "library.slug-used-twice": (
        "{item}: slug'en '{slug}' bruges to gange; hvert element skal have sin egen.",
        "{item}: the slug '{slug}' is used twice.",
    ),
    "library.unknown-aid": (
        "{slug}/exercise.toml: feltet 'aids[{index}]' nævner hjælpemidlet '{ref}', som ikke er i dette bibliotek.",
        "{slug}/exercise.toml: the field 'aids[{index}]' names the aid '{ref}', which is not in this library.",
    ),
    "library.item-file-count": (
        "{folder}: en elementmappe skal have præcis én af filerne exercise.toml, aid.toml, "
        "advice.toml eller template.toml (her er der: {found}).",
        "{folder}: an item folder must hold exactly one of exercise.toml, aid.toml, "
        "advice.toml or template.toml (found {found}).",
    ),
    "library.item-file-none": (
        "{folder}: en elementmappe skal have præcis én af filerne exercise.toml, aid.toml, "
        "advice.toml eller template.toml (her er ingen af dem).",
        "{folder}: an item folder must hold exactly one of exercise.toml, aid.toml, "
        "advice.toml or template.toml (found none).",
    ),
    "library.bad-field": (
        "{file}: feltet '{field}' {reason}.",
        "{file}: the field '{field}' {reason}.",
    ),
    "library.slug-not-folder": (
        "{file}: feltet 'slug' er '{slug}', men mappen hedder '{folder}'; de skal være ens.",
        "{file}: the field 'slug' is '{slug}' but the folder is '{folder}'.",
    ),
    "library.image-not-svg-png-jpeg": (
        "{file}: feltet 'images[{index}].file' nævner {image}, som hverken er SVG, PNG eller JPEG.",
        "{file}: the field 'images[{index}].file' names {image}, which is not SVG, PNG or JPEG.",
    ),
    "library.image-missing": (
        "{file}: feltet 'images[{index}].file' nævner {image}, som mangler.",
        "{file}: the field 'images[{index}].file' names {image}, which is missing.",
    ),
    "library.file-missing": ("{name} findes ikke.", "{name} does not exist."),
    "library.file-unreadable": ("{name} kunne ikke læses ({reason}).", "{name} could not be read ({reason})."),
    "library.not-regular-file": (
        "{name} er ikke en almindelig fil (fx et rør eller en enhed) og læses ikke.",
        "{name} is not a regular file (a pipe or a device, say), so it is not read.",
    ),
    "library.file-larger-than-allowed": (
        "Filen {name} er større, end sådan en fil må være.",
        "{name} is larger than allowed.",
    ),
    "library.not-a-folder": ("{path} er ikke en mappe, der kan læses.", "{path} is not a folder that can be read."),
    "library.folder-holds-link": (
        "Biblioteksmappen indeholder en genvej ({entry}), og det tager programmet ikke imod.",
        "The library folder holds a link ({entry}), which is not allowed.",
    ),
    "library.folder-holds-other": (
        "Biblioteksmappen indeholder {entry}, som ikke er en almindelig fil.",
        "The library folder holds {entry}, which is not a regular file.",
    ),
    "library.holds-link": (
        "Biblioteket indeholder en genvej ({entry}), og det tager programmet ikke imod.",
        "The library holds a link ({entry}), which is not allowed.",
    ),
    "library.no-library-toml": (
        "{name}: library.toml mangler, så det er hverken et bibliotek eller en biblioteksmappe.",
        "{name}: library.toml is missing; this is not a library bundle or folder.",
    ),
    # .eblib files ("biblioteker" in the window) and their entries (bundle.py, safety.py)
    "bundle.not-a-zip": (
        "{name} er ikke et gyldigt .eblib-bibliotek (det er ikke en zip-fil).",
        "{name} is not a valid .eblib bundle (not a zip file).",
    ),
    "bundle.entry-bad-name": (
        "Biblioteket har en fil uden navn eller med et ugyldigt navn ({entry}), så det kan ikke importeres.",
        "The bundle holds an entry with an empty or invalid name ({entry}).",
    ),
    "bundle.entry-backslash": (
        "Filen {entry} i biblioteket har en omvendt skråstreg i stien, og det tager programmet ikke imod.",
        "The bundle entry {entry} uses a backslash in its path, which is not allowed.",
    ),
    "bundle.entry-absolute-path": (
        "Filen {entry} i biblioteket har en fuld sti (fra roden af disken), og det tager programmet ikke imod.",
        "The bundle entry {entry} has an absolute path, which is not allowed.",
    ),
    "bundle.entry-outside": (
        "Filen {entry} i biblioteket peger ud af biblioteket ('..'), og det tager programmet ikke imod.",
        "The bundle entry {entry} points outside the bundle ('..'), which is not allowed.",
    ),
    "bundle.entry-empty-folder-name": (
        "Filen {entry} i biblioteket har et tomt mappenavn i stien.",
        "The bundle entry {entry} has an empty folder name in its path.",
    ),
    "bundle.entry-link": (
        "Filen {entry} i biblioteket er en genvej, og det tager programmet ikke imod.",
        "The bundle entry {entry} is a link, which is not allowed.",
    ),
    "bundle.entry-encrypted": (
        "Filen {entry} i biblioteket er krypteret, og den slags kan programmet ikke læse.",
        "The bundle entry {entry} is encrypted, which is not supported.",
    ),
    "bundle.entry-twice": ("Biblioteket har filen {entry} to gange.", "The bundle holds the entry {entry} twice."),
    "bundle.entry-damaged": (
        "Filen {entry} i biblioteket er beskadiget og kan ikke læses.",
        "The bundle entry {entry} is damaged and cannot be read.",
    ),
    "bundle.entry-larger-than-allowed": (
        "Filen {entry} i biblioteket er større, end sådan en fil må være.",
        "The bundle entry {entry} is larger than allowed.",
    ),
    "bundle.too-many-entries": (
        "Biblioteket har {count:,} filer; der må højst være {limit:,}.",
        "The bundle holds {count:,} entries; at most {limit:,} are allowed.",
    ),
    "bundle.more-entries-than-allowed": (
        "Biblioteket har flere end {limit:,} filer; der må højst være {limit:,}.",
        "The bundle holds more than {limit:,} entries; at most {limit:,} are allowed.",
    ),
    "bundle.too-large": (
        "Biblioteket fylder {size:.1f} GB, når det pakkes ud; det må højst fylde {limit:.0f} GB.",
        "The bundle would unpack to {size:.1f} GB; at most {limit:.0f} GB is allowed.",
    ),
    "bundle.directory-too-large": (
        "Bibliotekets liste over filer fylder {size:,.0f} MB; den må højst fylde {limit:.0f} MB.",
        "The bundle's list of entries is {size:,.0f} MB; at most {limit:.0f} MB is allowed.",
    ),
    "bundle.entry-too-large": (
        "Filen {entry} i biblioteket fylder {size:.1f} MB; sådan en fil må højst fylde {limit:.0f} MB.",
        "The bundle entry {entry} is {size:.1f} MB; at most {limit:.0f} MB is allowed for such a file.",
    ),
    "bundle.entry-bomb": (
        "Filen {entry} i biblioteket bliver {ratio:,} gange større, når den pakkes ud. Det ligner en fil, "
        "der er lavet til at fylde disken op (en »zip-bombe«), så biblioteket blev ikke importeret.",
        "The bundle entry {entry} expands {ratio:,} times when unpacked, which looks like a decompression bomb.",
    ),
    "bundle.nested-folder": (
        "Filen {entry} ligger i en mappe inde i en elementmappe; en elementmappe må kun have filer.",
        "The entry {entry} is in a nested folder; an item folder holds only files.",
    ),
    "bundle.image-sha-mismatch": (
        "{file}: billedet {image} passer ikke med den sha256, der står for det.",
        "{file}: the image {image} does not match its recorded sha256.",
    ),
    "bundle.image-changed": (
        "Billedet {entry} er ændret, siden biblioteket blev læst; importér biblioteket igen.",
        "The image {entry} changed since the preview; preview the import again.",
    ),
    # pictures in a library (safety.py)
    "image.not-svg-png-jpeg": (
        "Billedet {name} er hverken SVG, PNG eller JPEG.",
        "The image {name} is not SVG, PNG or JPEG.",
    ),
    "image.pixel-bomb": (
        "Billedet {name} har alt for mange pixels (det ligner en »billedbombe«), så det blev afvist.",
        "The image {name} is too large in pixels (a decompression bomb); it was refused.",
    ),
    "image.unreadable": (
        "Billedet {name} kan ikke læses som en {format}-fil.",
        "The image {name} is not a readable {format} file.",
    ),
    "image.wrong-type": (
        "Billedet {name} har endelsen {ext}, men er en {found}-fil; giv det den rigtige endelse.",
        "The image {name} is named {ext} but holds {found}.",
    ),
    "image.wrong-type-unknown": (
        "Billedet {name} har endelsen {ext}, men er noget andet.",
        "The image {name} is named {ext} but holds something else.",
    ),
    "image.too-many-pixels": (
        "Billedet {name} er {width:,} × {height:,} pixels; det må højst have {limit:,} pixels i alt.",
        "The image {name} is {width:,} × {height:,} pixels; at most {limit:,} pixels "
        "are allowed (a decompression bomb guard).",
    ),
    "image.png-too-many-pixels": (
        "PNG-billedet {name} er {width:,} × {height:,} pixels; det må højst have {limit:,} pixels "
        "(2.048 × 2.048), fordi hvert program læser hele billedet, når det skrives ud; gem det mindre eller som JPEG.",
        "The PNG image {name} is {width:,} × {height:,} pixels; at most {limit:,} pixels "
        "(2,048 × 2,048) are allowed, as every handout decodes it whole; save it smaller or as JPEG.",
    ),
    # SVG drawings in a library (safety.py)
    "svg.imports-style-sheet": (
        "SVG-filen {name} henter et stylesheet udefra, og det tager programmet ikke imod.",
        "The SVG {name} imports an external style sheet, which is not allowed.",
    ),
    "svg.links-style-sheet": (
        "SVG-filen {name} henviser til et stylesheet udefra, og det tager programmet ikke imod.",
        "The SVG {name} links an external style sheet, which is not allowed.",
    ),
    "svg.external-resource": (
        "SVG-filen {name} henviser til noget uden for filen ({target}), og det tager programmet ikke imod.",
        "The SVG {name} refers to an external resource ({target}), which is not allowed.",
    ),
    "svg.embedded-picture-unreadable": (
        "SVG-filen {name} har et indlejret billede, som ikke kan læses.",
        "The SVG {name} embeds a picture that cannot be read.",
    ),
    "svg.embedded-picture-too-large": (
        "SVG-filen {name} har et indlejret billede med alt for mange pixels (det ligner en »billedbombe«).",
        "The SVG {name} embeds a picture that is too large in pixels (a decompression bomb).",
    ),
    "svg.too-many-elements": (
        "SVG-filen {name} har flere end {limit:,} elementer, og det er for mange.",
        "The SVG {name} has more than {limit:,} elements, which is not allowed.",
    ),
    "svg.doctype": (
        "SVG-filen {name} har en DOCTYPE eller entiteter, og det tager programmet ikke imod.",
        "The SVG {name} declares a DOCTYPE or entities, which is not allowed.",
    ),
    "svg.not-xml": ("SVG-filen {name} er ikke gyldig XML.", "The SVG {name} is not well-formed XML."),
    "svg.not-svg": (
        "Filen {name} er ikke et SVG-billede (dens yderste element er {root}).",
        "The file {name} is not an SVG image (its root element is {root}).",
    ),
    "svg.contains-script": (
        "SVG-filen {name} indeholder et script (<{tag}>), og det tager programmet ikke imod.",
        "The SVG {name} contains a script (<{tag}>), which is not allowed.",
    ),
    "svg.contains-foreign-content": (
        "SVG-filen {name} indeholder indlejret fremmed indhold (<{tag}>), og det tager programmet ikke imod.",
        "The SVG {name} contains embedded foreign content (<{tag}>), which is not allowed.",
    ),
    "svg.contains-frame": (
        "SVG-filen {name} indeholder en indlejret ramme (<{tag}>), og det tager programmet ikke imod.",
        "The SVG {name} contains an embedded frame (<{tag}>), which is not allowed.",
    ),
    "svg.contains-embedded-content": (
        "SVG-filen {name} indeholder indlejret indhold (<{tag}>), og det tager programmet ikke imod.",
        "The SVG {name} contains embedded content (<{tag}>), which is not allowed.",
    ),
    "svg.contains-event-handler": (
        "SVG-filen {name} indeholder en hændelseshandler (<{tag}>), og det tager programmet ikke imod.",
        "The SVG {name} contains an event handler (<{tag}>), which is not allowed.",
    ),
    "svg.contains-event-listener": (
        "SVG-filen {name} indeholder en hændelseslytter (<{tag}>), og det tager programmet ikke imod.",
        "The SVG {name} contains an event listener (<{tag}>), which is not allowed.",
    ),
    "svg.event-handler-attribute": (
        "SVG-filen {name} har en hændelseshandler ({attribute}), og det tager programmet ikke imod.",
        "The SVG {name} has an event handler attribute ({attribute}), which is not allowed.",
    ),
    "svg.raster-picture": (
        "SVG-filen {name} har et indlejret pixelbillede, som ikke kan skrives ud; "
        "tilføj billedet som en PNG- eller JPEG-fil i stedet.",
        "The SVG {name} embeds a raster picture, which cannot be printed; "
        "add the picture as a PNG or JPEG file instead.",
    ),
    # synonyms.toml (synonyms.py)
    "synonyms.bad-text": (
        "{file}: feltet '{field}' skal være én linje tekst på højst {limit} tegn.",
        "{file}: the field '{field}' must be one line of text of at most {limit} characters.",
    ),
    "synonyms.not-a-table": (
        "{file}: 'synonyms' skal være en tabel med ord og lister af ord.",
        "{file}: 'synonyms' must be a table of words and lists of words.",
    ),
    "synonyms.too-many": (
        "{file}: der er flere end {limit} synonymer, og det er for mange.",
        "{file}: more than {limit} synonyms.",
    ),
    "synonyms.bad-list": (
        "{file}: feltet 'synonyms.{term}' skal være en liste med 1 til 20 ord eller udtryk.",
        "{file}: the field 'synonyms.{term}' must be a list of 1 to 20 words or phrases.",
    ),
    # --- end library/ ---
    #
    # (the sections above and below are kept apart, so that keys added to each merge cleanly)
    #
    # --- services/, cli.py, ui/: sharing, the command line and pictures (add keys below) ---
    # services/sharing_import.py
    "sharing-import.cannot-read": (
        "Biblioteket {path} kunne ikke læses ({reason}); tjek, at det findes, og at du må åbne det.",
        "{path} could not be read ({reason}).",
    ),
    "sharing-import.image-not-in-bundle": (
        "Billedet {file} til «{slug}» er ikke med i biblioteket; intet er importeret.",
        "The image {file} of '{slug}' is not in the bundle.",
    ),
    "sharing-import.unknown-policy": (
        "Importvalget «{policy}» kendes ikke; brug en af {choices}.",
        "The policy '{policy}' is not one of {choices}.",
    ),
    "sharing-import.not-completed": (
        "Importen kunne ikke gøres færdig ({reason}); intet er ændret, så du kan prøve igen.",
        "The import could not be completed ({reason}); nothing was changed.",
    ),
    # services/sharing_export.py
    "sharing-export.unknown-item": (
        "Der er intet i biblioteket med id'et eller navnet «{ref}».",
        "Nothing in the library has the id or slug '{ref}'.",
    ),
    "sharing-export.image-missing": (
        "Billedet {file} til «{item}» mangler i billedmappen, så det kan ikke deles.",
        "The image {file} of '{item}' is missing from the media folder; it cannot be shared.",
    ),
    "sharing-export.cannot-write": (
        "Biblioteket kunne ikke gemmes som {path} ({reason}); vælg et andet sted, eller frigør plads.",
        "The bundle could not be written to {path} ({reason}).",
    ),
    # library/shared_folder.py
    "shared-folder.no-library-toml": (
        "Den delte mappe {root} har ingen library.toml, der kan læses; vælg den rigtige mappe.",
        "The shared folder {root} has no readable library.toml.",
    ),
    "shared-folder.busy": (
        "Den delte mappe er optaget, så «{slug}» blev ikke delt; prøv igen om lidt.",
        "The shared folder is too busy to publish '{slug}'; try again.",
    ),
    # services/shared_folder_sync.py and what refreshing the shared folder skipped (library/bundle.py)
    "shared-folder.not-set": ("Der er ikke valgt nogen delt mappe.", "No shared folder is set."),
    "shared-folder.unreachable": (
        "Den delte mappe {folder} kan ikke nås; du arbejder videre med din egen kopi.",
        "The shared folder {folder} cannot be reached; you keep working with your local copy.",
    ),
    "shared-folder.no-library-yet": (
        "Den delte mappe har endnu intet bibliotek; del klinikkens øvelser for at starte et.",
        "The shared folder holds no library yet; publish to start one.",
    ),
    "shared-folder.refresh-cancelled": (
        "Hentningen blev afbrudt; intet er ændret.",
        "Refresh cancelled; nothing was changed.",
    ),
    "shared-folder.publishing-stopped": (
        "Delingen blev stoppet; det, der allerede er delt, ligger i mappen.",
        "Publishing stopped; the items published so far are in the folder.",
    ),
    "shared-folder.publishing-failed": (
        "Delingen til {folder} stoppede ({reason}).",
        "Publishing to {folder} stopped ({reason}).",
    ),
    "shared-folder.not-published": (
        "«{slug}» kunne ikke deles ({reason}).",
        "{slug} could not be published ({reason}).",
    ),
    "shared-folder.name-taken": (
        "Den delte mappe har allerede et andet element ved navn «{slug}»; giv dit et andet navn.",
        "the shared folder already has another item named '{slug}'; rename yours",
    ),
    "shared-folder.conflict-copy": (
        "«{slug}» er ændret af en anden; din version er gemt som «{copy}».",
        "'{slug}' was changed by someone else; yours is saved as '{copy}'",
    ),
    "shared-folder.skipped-full-folder": (
        "Mappen {name} har {count:,} filer (en elementmappe må højst have {limit:,}); den blev sprunget over.",
        "The folder {name} holds {count:,} files (an item folder holds at most {limit:,}); it was skipped.",
    ),
    "shared-folder.skipped-large-file": (
        "{name} fylder {size:,.0f} MB, mere end sådan en fil må; den blev sprunget over.",
        "{name} is {size:,.0f} MB, more than such a file may be; it was skipped.",
    ),
    "shared-folder.skipped-the-rest": (
        "Den delte mappe har flere filer eller bytes, end der læses på én gang; {name} og det, der "
        "kommer efter, blev sprunget over.",
        "The shared folder holds more files or bytes than are read at once; {name} and what follows it were skipped.",
    ),
    "shared-folder.skipped-not-regular": (
        "{name} er ikke en almindelig fil (fx et rør eller en enhed); den blev ikke læst.",
        "{name} is not a regular file (a pipe or a device, say); it was not read.",
    ),
    # cli.py
    "cli.pdf-not-written": (
        "PDF'en kunne ikke gemmes som {path} ({reason}); vælg et andet sted, eller frigør plads.",
        "The PDF could not be written to {path} ({reason}).",
    ),
    "cli.negative-limit": ("--limit skal være 0 eller mere.", "--limit must be 0 or more."),
    "cli.unknown-choice": (
        "{option} {value} kendes ikke; brug en af: {choices}.",
        "{option} {value} is not known; use one of: {choices}.",
    ),
    "cli.unknown-aid": (
        "--aid {value} er ikke et hjælpemiddel i biblioteket.",
        "--aid {value} is not an aid in the library.",
    ),
    "cli.backup-not-restored": (
        "Sikkerhedskopien kunne ikke gendannes ({reason}); intet er ændret.",
        "The backup could not be restored ({reason}); nothing was changed.",
    ),
    "cli.no-display": (
        "Der er ingen skærm at åbne vinduet på; brug i stedet en kommando uden vindue "
        "({commands}), fx »exercise-builder search bækken«.",
        "There is no display to open the window on; use a headless command instead "
        "({commands}), e.g. `exercise-builder search bækken`.",
    ),
    # ui/pictures.py
    "picture.cannot-open": ("{name} kunne ikke åbnes.", "{name} could not be opened."),
    "picture.not-a-file": (
        "{name} er ikke en almindelig fil (fx et rør eller en enhed) og læses ikke.",
        "{name} is not a regular file (a pipe or a device, say), so it is not read.",
    ),
    "picture.too-large": ("{name} er for stort et billede.", "{name} is too large a picture."),
    "picture.unreadable": (
        "{name} kunne ikke læses som et billede ({reason}).",
        "{name} could not be read as a picture ({reason}).",
    ),
    "picture.none": ("Der er intet billede.", "There is no picture."),
    # --- end services/ ---
}


def one_line(value: Any, limit: int = 200) -> str:
    """Untrusted text for a message: control characters escaped, on one line, cut at `limit`."""
    text = str(value)
    out = []
    for char in text:
        if char.isprintable() or char == " ":
            out.append(char)
        else:
            out.append(char.encode("unicode_escape").decode("ascii"))
    joined = "".join(out)
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class _DanishNumbers(string.Formatter):
    """Numbers the Danish way: a template's `{size:,.1f}` gives 1.234,5 (English: 1,234.5)."""

    def format_field(self, value: Any, format_spec: str) -> str:
        text = format(value, format_spec)
        return text.translate(_SWAP_SEPARATORS) if _is_number(value) else text


_SWAP_SEPARATORS = str.maketrans(",.", ".,")


class Phrase:
    """Part of a sentence worded per language (a field's fault, an OS error's reason, a skipped
    item): a message key and its values, filled in as the language of the sentence it goes into.
    The English is its str(), as a UserError's."""

    __slots__ = ("key", "values")

    def __init__(self, key: str, /, **values: Any) -> None:
        self.key = key
        self.values = values

    def text(self, language: str = "da") -> str:
        return word(self.key, language, **self.values)

    def __str__(self) -> str:
        return self.text("en")

    def __repr__(self) -> str:
        return f"Phrase({self.key!r}, {self.values!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.key, self.values) == (other.key, other.values)

    def __hash__(self) -> int:
        return hash(self.key)


def _filled(value: Any, language: str) -> Any:
    """A value as it goes into a sentence: a number as is (the template formats it), a Phrase or
    a UserError in the sentence's language, anything else as escaped text on one line."""
    from .errors import UserError

    if _is_number(value):
        return value
    if isinstance(value, Phrase | UserError):
        return one_line(value.text(language), 1000)
    return one_line(value)


def word(key: str, language: str = "da", /, **values: Any) -> str:
    """The sentence for `key` in `language` (Danish if unknown), with `values` filled in. A
    number stays a number, so a template may format it (`{count:,}`); a Phrase or a UserError is
    worded in the same language; other values are text."""
    da, en = MESSAGES.get(key, MESSAGES["unexpected"])
    template = en if language == "en" else da
    safe = {name: _filled(value, language) for name, value in values.items()}
    if key not in MESSAGES:
        safe = {"detail": one_line(key)}
    return template.format(**safe) if language == "en" else _DanishNumbers().format(template, **safe)
