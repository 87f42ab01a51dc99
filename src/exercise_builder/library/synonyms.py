"""A library's synonyms.toml: words clinicians type → words its exercises use. Optional; a
bundle that carries one has it merged into the search on import."""

from __future__ import annotations

from .folder import LibraryError

FILE_NAME = "synonyms.toml"
MOST_TERMS = 5000  # a hostile bundle must not fill the database with synonyms
LONGEST_TEXT = 100


def _text(value: object, shown: str, field: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > LONGEST_TEXT or "\n" in value:
        raise LibraryError("synonyms.bad-text", file=shown, field=field, limit=LONGEST_TEXT)
    return value.strip().lower()


def synonyms_from_dict(data: dict, shown: str = FILE_NAME) -> dict[str, list[str]]:
    """The [synonyms] table, checked: each key a word or phrase, each value a list of them."""
    table = data.get("synonyms", {})
    if not isinstance(table, dict):
        raise LibraryError("synonyms.not-a-table", file=shown)
    if len(table) > MOST_TERMS:
        raise LibraryError("synonyms.too-many", file=shown, limit=MOST_TERMS)
    checked: dict[str, list[str]] = {}
    for term, expansions in table.items():
        key = _text(term, shown, "synonyms")
        if isinstance(expansions, str):
            expansions = [expansions]
        if not isinstance(expansions, list) or not expansions or len(expansions) > 20:
            raise LibraryError("synonyms.bad-list", file=shown, term=term)
        checked[key] = [_text(e, shown, f"synonyms.{term}") for e in expansions]
    return checked
