"""Worker task for library import/export through the `library_sharing` module, when it exists.

The worker opens its own Store on the same data dir: an SQLite connection must not cross threads.
"""

from __future__ import annotations

import inspect
from pathlib import Path

from ..store import Store


def sharing_task(module, direction: str, data_dir: Path, path: Path):
    function = getattr(module, f"{direction}_library", None) or getattr(module, f"{direction}_bundle", None)
    if function is None:
        raise RuntimeError(f"library_sharing has no {direction} function")
    store = Store.open(data_dir)
    try:
        result = function(store, path)
        if inspect.isgenerator(result):
            result = yield from result
        return result
    finally:
        store.close()
