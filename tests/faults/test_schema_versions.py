"""Every schema version ever released opens and migrates to the newest with its data intact."""

import shutil
import sqlite3
from pathlib import Path

import pytest
import schema_data

from exercise_builder.store import Store
from exercise_builder.store.backups import list_backups
from exercise_builder.store.database import DB_NAME, connect
from exercise_builder.store.migrations import LATEST, MIGRATIONS, migrate, schema_version

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VERSIONS = [number for number, _step in MIGRATIONS]


def _open_and_check(data_dir, version):
    store = Store.open(data_dir)
    try:
        assert schema_version(store.db) == LATEST
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        schema_data.check(store, version)
    finally:
        store.close()
    if version < LATEST:
        copies = [b for b in list_backups(data_dir) if b.kind == "before-migration"]
        assert [c.name.split("-")[2] for c in copies] == [f"v{version}"], "one copy before migrating"
    # and again: the migrated database opens as it is
    store = Store.open(data_dir)
    schema_data.check(store, version)
    store.close()


@pytest.mark.parametrize("version", VERSIONS)
def test_database_made_by_its_own_migrations_opens_at_newest(data_dir, version):
    db = connect(data_dir / DB_NAME)
    assert migrate(db, upto=version) == version
    schema_data.fill(db.conn, version)
    db.close()
    _open_and_check(data_dir, version)


@pytest.mark.parametrize("version", VERSIONS)
def test_frozen_database_of_each_version_opens_at_newest(data_dir, version):
    frozen = FIXTURES / f"schema-v{version}.db"
    assert frozen.exists(), (
        f"{frozen.name} is missing: run tests/fixtures/make_schema_fixtures.py after adding a migration"
    )
    shutil.copyfile(frozen, data_dir / DB_NAME)
    raw = sqlite3.connect(data_dir / DB_NAME)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == version
    raw.close()
    _open_and_check(data_dir, version)


def test_every_migration_has_a_frozen_fixture():
    assert sorted(int(p.stem.split("-v")[1]) for p in FIXTURES.glob("schema-v*.db")) == VERSIONS
