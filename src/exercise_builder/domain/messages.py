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
    # --- end of consultation flow ---
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
