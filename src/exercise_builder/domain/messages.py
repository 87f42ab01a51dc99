"""Every user-facing error sentence, in Danish and English, in one place: key -> (da, en).
Values are filled with str.format; a value is shown escaped and on one line (it may come from
an untrusted file)."""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    "unexpected": ("Der opstod en uventet fejl: {detail}", "An unexpected error occurred: {detail}"),
    # --- consultation flow (issue 16): programme files, journal note, start-up checks ---
    "program_missing": ("Programmet er åbnet uden {items}, som ikke findes i biblioteket.",
                        "The programme was opened without {items}, which this library does not have."),
    "program_missing_exercise": ("øvelsen «{ref}»", "the exercise '{ref}'"),
    "program_missing_aid": ("hjælpemidlet «{ref}»", "the aid '{ref}'"),
    "program_missing_advice": ("rådet «{ref}»", "the advice '{ref}'"),
    "program_missing_and": ("og", "and"),
    "missing_xcb_cursor": (
        "Programmet kan ikke starte, fordi systembiblioteket libxcb-cursor mangler; installér pakken "
        "{package} (fx sudo apt install {package}) og start igen.",
        "The app cannot start because the system library libxcb-cursor is missing; install the package "
        "{package} (e.g. sudo apt install {package}) and start again."),
    "program_file_library_not_base64": ("Nøglen 'library' i programfilen er ikke gyldig base64.",
                                        "The key 'library' of the program file is not valid base64."),
    "program_file_library_unreadable": ("Øvelserne, som programfilen har med, kunne ikke læses: {reason}",
                                        "The exercises the program file carries could not be read: {reason}"),
    "program_file_library_not_added": ("Øvelserne, som programfilen har med, kunne ikke lægges i biblioteket ({reason}).",
                                       "The exercises the program file carries could not be added ({reason})."),
    "program_file_cannot_carry": ("Programfilen kunne ikke få klinikkens egne øvelser med: {reason}",
                                  "The program file could not carry the clinic's own exercises: {reason}"),
    # --- end of consultation flow ---
    # --- the shared error type (issue 14): store, backups, programme files, cancelling ---
    "cancelled": ("Afbrudt.", "Cancelled."),
    "record.field": ("'{field}': {reason}", "'{field}': {reason}"),
    "program-file.too-large": ("Programfilen {name} er for stor til at være en programfil.",
                               "The program file {name} is too large to be a program file."),
    "program-file.missing": ("Programfilen {path} findes ikke.", "The program file {path} does not exist."),
    "program-file.is-folder": ("{path} er en mappe, ikke en programfil.", "{path} is a folder, not a program file."),
    "program-file.unreadable": ("Programfilen {path} kunne ikke læses ({reason}).",
                                "The program file {path} could not be read ({reason})."),
    "store.cannot-open": ("Databasen {path} kunne ikke åbnes: {detail}.",
                          "The database {path} could not be opened: {detail}."),
    "store.locked": ("Databasen {path} er låst eller kan ikke skrives: {detail}.",
                     "The database {path} is locked or cannot be written: {detail}."),
    "store.damaged": ("Databasen {path} er beskadiget eller ikke en database ({detail}); intet er ændret. En "
                      "sikkerhedskopi kan gendannes med »exercise-builder backup list« og »backup restore«.",
                      "The database {path} is damaged or not a database ({detail}); nothing was changed. A "
                      "backup can be restored with `exercise-builder backup list` and `backup restore`."),
    "store.schema-too-new": ("Databasen er lavet af en nyere version af programmet (skema {schema}); "
                             "opdatér programmet for at åbne den.",
                             "The database was made by a newer version of the program (schema {schema}); "
                             "update the program to open it."),
    "store.item-saved-elsewhere": ("Dette er blevet gemt et andet sted, siden du åbnede det; åbn det igen for at "
                                   "se ændringen, og gem så dit eget igen.",
                                   "This was saved elsewhere since you opened it; open it again to see the "
                                   "change, then save yours again."),
    "store.program-saved-elsewhere": ("Programmet er blevet gemt et andet sted, siden du åbnede det; dine "
                                      "ændringer er ikke gemt oven i det.",
                                      "The programme was saved elsewhere since you opened it; your changes were "
                                      "not saved over it."),
    "backup.cannot-open": ("Sikkerhedskopien {name} kan ikke åbnes.", "The backup {name} cannot be opened."),
    "backup.damaged": ("Sikkerhedskopien {name} er beskadiget og kan ikke gendannes.",
                       "The backup {name} is damaged and cannot be restored."),
    "backup.empty": ("Sikkerhedskopien {name} er tom (en afbrudt kopi) og kan ikke gendannes.",
                     "The backup {name} is empty (an interrupted copy) and cannot be restored."),
    "backup.too-new": ("Sikkerhedskopien {name} er lavet af en nyere version af programmet.",
                       "The backup {name} was made by a newer version of the app."),
    "backup.unknown": ("Der er ingen sikkerhedskopi ved navn {name}; »exercise-builder backup list« viser dem.",
                       "There is no backup called {name}; `exercise-builder backup list` shows them."),
    "backup.cannot-keep-current": ("Den nuværende database kunne ikke kopieres før gendannelsen ({reason}); "
                                   "intet er ændret.",
                                   "The current database could not be copied before restoring ({reason}); "
                                   "nothing was changed."),
    "backup.restore-failed": ("Sikkerhedskopien kunne ikke gendannes ({reason}); databasen er som før, og en "
                              "kopi af den er gemt som {kept}.",
                              "The backup could not be restored ({reason}); the database is as it was, and a "
                              "copy of it is kept as {kept}."),
    # --- end of issue 14's block ---
    # --- programme files, command line, handout limits (issue 13 A) ---
    "program_file_bad_id": ("Nøglen 'id' i programfilen skal være et UUID som "
                            "3f2b8c1e-5d4a-4e7b-9c0d-1a2b3c4d5e6f, ikke «{value}».",
                            "The key 'id' must be a UUID such as 3f2b8c1e-5d4a-4e7b-9c0d-1a2b3c4d5e6f, "
                            "not '{value}'."),
    "program_file_too_long": ("Nøglen '{field}' i programfilen har {length} tegn; der må højst være {limit}.",
                              "The key '{field}' holds {length} characters; at most {limit} are allowed."),
    "program_file_too_many": ("Nøglen '{field}' i programfilen har {count} punkter; der må højst være {limit}.",
                              "The key '{field}' lists {count} entries; at most {limit} are allowed."),
    "program_file_count_too_big": ("Nøglen '{field}' i programfilen må højst være {limit}.",
                                   "The key '{field}' must be at most {limit}."),
    # --- sec2 (issue 13, round 2) ---
    "program_file_bad_character": ("Nøglen '{field}' i programfilen indeholder et tegn, der ikke kan bruges ({char}).",
                                   "The key '{field}' holds a character that cannot be used ({char})."),
    "program_file_duplicate_key": ("Nøglen '{name}' står to gange i samme objekt i programfilen.",
                                   "The key '{name}' appears twice in one object of the program file."),
    "program_file_bad_date": ("Nøglen 'date' i programfilen skal være en dato som 2026-11-22, ikke «{value}».",
                              "The key 'date' must be a date such as 2026-11-22, not '{value}'."),
    "program_file_too_much_text": ("Programfilens tekster (besked, hyppighed og noter) har i alt {length} tegn; "
                                   "der må højst være {limit}.",
                                   "The program file's texts (message, frequencies and notes) hold {length} "
                                   "characters in all; at most {limit} are allowed."),
    # --- end of sec2 ---
    "program_file_big_number": ("Programfilen indeholder et tal med flere cifre, end der kan læses.",
                                "The program file holds a number with more digits than can be read."),
    "program_file_not_a_file": ("{name} er ikke en almindelig fil og kan ikke være en programfil.",
                                "{name} is not a regular file, so it cannot be a program file."),
    "data_dir_is_file": ("Datamappen {path} er en fil, ikke en mappe; vælg en anden med --data-dir.",
                         "The data folder {path} is a file, not a folder; choose another with --data-dir."),
    "data_dir_dangling_link": ("Datamappen {path} er en genvej til en mappe, der ikke findes.",
                               "The data folder {path} is a link to a folder that does not exist."),
    "data_dir_link_loop": ("Datamappen {path} er en genvej, der peger på sig selv.",
                           "The data folder {path} is a link that points back at itself."),
    "data_dir_unusable": ("Datamappen {path} kan ikke oprettes ({reason}).",
                          "The data folder {path} cannot be created ({reason})."),
    "data_dir_cannot_seed": ("Øvelsesbiblioteket kunne ikke lægges i datamappen {path} ({reason}); "
                             "intet er gemt halvt. Frigør plads, og start igen.",
                             "The exercise library could not be put into the data folder {path} ({reason}); "
                             "nothing was left half-done. Free some space and start again."),
    # --- end issue 13 A ---
    # sharing: bundles and the shared folder
    "bundle_claims_shipped": (
        "»{name}« giver sig ud for at være programmets eget grundbibliotek, som kun opdateres med en ny "
        "version af programmet; det blev ikke importeret.",
        "'{name}' claims to be the app's own shipped library, which only a new version of the app "
        "updates; it was not imported."),
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


def word(key: str, language: str = "da", **values: Any) -> str:
    """The sentence for `key` in `language` (Danish if unknown), with `values` filled in."""
    da, en = MESSAGES.get(key, MESSAGES["unexpected"])
    template = en if language == "en" else da
    safe = {name: one_line(value) for name, value in values.items()}
    if key not in MESSAGES:
        safe = {"detail": one_line(key)}
    return template.format(**safe)
