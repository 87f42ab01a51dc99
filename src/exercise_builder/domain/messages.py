"""Every user-facing error sentence, in Danish and English, in one place: key -> (da, en).
Values are filled with str.format; a value is shown escaped and on one line (it may come from
an untrusted file)."""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    "unexpected": ("Der opstod en uventet fejl: {detail}", "An unexpected error occurred: {detail}"),
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
