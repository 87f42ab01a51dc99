"""The vocabulary section of docs/formats.md, made from domain/vocabulary.py.

    python docs/make_vocabulary_table.py          # rewrite the section in docs/formats.md
tests/test_docs.py fails when the section and the code differ."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from exercise_builder.domain.vocabulary import POSITIONS, REGIONS, TAGS

FORMATS = Path(__file__).parent / "formats.md"
START = "<!-- vocabulary: made by docs/make_vocabulary_table.py from domain/vocabulary.py -->"
END = "<!-- /vocabulary -->"


def table(title: str, words: dict[str, tuple[str, str]]) -> str:
    rows = [f"| {title} code | Danish | English |", "|---|---|---|"]
    rows += [f"| `{code}` | {da} | {en} |" for code, (da, en) in words.items()]
    return "\n".join(rows)


def section() -> str:
    tables = [table("region", REGIONS), table("position", POSITIONS), table("tag", TAGS)]
    return "\n".join([START, "\n\n".join(tables), END])


def with_section(text: str) -> str:
    return re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: section(), text, flags=re.S)


if __name__ == "__main__":
    FORMATS.write_text(with_section(FORMATS.read_text(encoding="utf-8")), encoding="utf-8")
    sys.exit(0)
