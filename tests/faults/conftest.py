"""Fault tests: the frozen schema fixtures' data module is importable as `schema_data`."""

import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
if str(FIXTURES) not in sys.path:
    sys.path.insert(0, str(FIXTURES))

import shutil  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """A data dir seeded from the mini library, made once; copy it, never change it."""
    from exercise_builder.services.shipped_library import seed_shipped
    from exercise_builder.store import Store
    from library_factory import make_library

    root = tmp_path_factory.mktemp("seeded")
    store = Store.open(root / "data")
    seed_shipped(store, make_library(root / "mini"))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return root / "data"


@pytest.fixture
def seeded_dir(seeded_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(seeded_template, target)
    return target
