"""Settings read before the store opens, so the window frame paints at once in the right
language and place.

Plain sqlite3, read-only, no migration and no sqlite-utils (whose import alone takes longer than
painting a window). Any trouble — no database yet, a schema without the table, a lock, a broken
file — gives no values: the store opens a moment later, reads them properly and reports real
problems itself.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

DB_NAME = "library.db"


def read_early_settings(data_dir: Path, keys: Iterable[str]) -> dict[str, object]:
    """The stored values of `keys` that can be read now; missing or unreadable ones are left out."""
    keys = list(keys)
    path = Path(data_dir) / DB_NAME
    if not keys or not path.is_file():
        return {}
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
        try:
            rows = conn.execute(
                f"SELECT key, value FROM settings WHERE key IN ({', '.join('?' * len(keys))})", keys
            ).fetchall()
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return {}
    values = {}
    for key, value in rows:
        try:
            values[key] = json.loads(value)
        except (TypeError, ValueError, RecursionError):
            continue
    return values
