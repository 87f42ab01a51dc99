"""Every user-facing error sentence, in Danish and English, in one place: key -> (da, en).
Values are filled with str.format; a value is shown escaped and on one line (it may come from
an untrusted file)."""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    "unexpected": ("Der opstod en uventet fejl: {detail}", "An unexpected error occurred: {detail}"),
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
