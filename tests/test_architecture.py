"""What the layer contract cannot see: SQL and the raw connection stay inside store/."""

import re
from pathlib import Path

SRC = Path(__file__).parent.parent / "src" / "exercise_builder"
SQL = re.compile(r"\b(SELECT\s+\w|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET)\b|\.db\b(?!\")")


def _outside_store():
    for path in SRC.rglob("*.py"):
        if "store" not in path.relative_to(SRC).parts[:1]:
            yield path


def test_no_sql_or_connection_outside_store():
    found = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in _outside_store()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SQL.search(line)
    ]
    assert found == []


RAW_SETTING = re.compile(r"settings\.(get|set)\(\s*[\"']|^\w+_KEY = [\"']")


def test_settings_are_named_from_their_declaration_not_by_raw_key():
    """store/settings_keys.py declares every setting once; nothing outside store/ spells a key."""
    found = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in _outside_store()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if RAW_SETTING.search(line)
    ]
    assert found == []
