"""A library's synonyms.toml: words clinicians type → words its exercises use. Optional; a
bundle that carries one has it merged into the search on import."""

from __future__ import annotations

from .folder import LibraryError

FILE_NAME = "synonyms.toml"
MOST_TERMS = 5000  # a hostile bundle must not fill the database with synonyms
LONGEST_TEXT = 100


def _text(value: object, shown: str, field: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > LONGEST_TEXT or "\n" in value:
        raise LibraryError(
            f"{shown}: the field '{field}' must be one line of text of at most {LONGEST_TEXT} characters."
        )
    return value.strip().lower()


def synonyms_from_dict(data: dict, shown: str = FILE_NAME) -> dict[str, list[str]]:
    """The [synonyms] table, checked: each key a word or phrase, each value a list of them."""
    table = data.get("synonyms", {})
    if not isinstance(table, dict):
        raise LibraryError(f"{shown}: 'synonyms' must be a table of words and lists of words.")
    if len(table) > MOST_TERMS:
        raise LibraryError(f"{shown}: more than {MOST_TERMS} synonyms.")
    checked: dict[str, list[str]] = {}
    for term, expansions in table.items():
        key = _text(term, shown, "synonyms")
        if isinstance(expansions, str):
            expansions = [expansions]
        if not isinstance(expansions, list) or not expansions or len(expansions) > 20:
            raise LibraryError(f"{shown}: the field 'synonyms.{term}' must be a list of 1 to 20 words or phrases.")
        checked[key] = [_text(e, shown, f"synonyms.{term}") for e in expansions]
    return checked
