"""Opening library.db: WAL, a busy timeout, foreign keys, migrations, and write transactions."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from ..domain.errors import UserError
from ..domain.os_reasons import os_reason
from .early_settings import DB_NAME
from .migrations import migrate

BUSY_TIMEOUT_MS = 10_000


class StoreError(UserError):
    """A problem with the database, worded for the user."""


class DataDirError(StoreError, UserError):
    """The data dir cannot be a folder (a file, a dangling link, a link loop); worded by MESSAGES."""

    def __init__(self, key: str, **values) -> None:
        UserError.__init__(self, key, **values)


def make_data_dir(data_dir: Path) -> None:
    """Create the data dir, or say in one sentence why it cannot be one."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        if data_dir.is_dir():
            return
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise DataDirError("data-dir.link-loop", path=data_dir) from None
        if not isinstance(error, FileExistsError):
            raise DataDirError("data-dir.unusable", path=data_dir, reason=os_reason(error)) from None
    if data_dir.is_symlink():
        try:
            data_dir.resolve(strict=True)
        except RuntimeError:
            raise DataDirError("data-dir.link-loop", path=data_dir) from None
        except OSError as error:
            if error.errno == errno.ELOOP:
                raise DataDirError("data-dir.link-loop", path=data_dir) from None
            raise DataDirError("data-dir.dangling-link", path=data_dir) from None
    raise DataDirError("data-dir.is-file", path=data_dir)


def connect(path: Path) -> sqlite_utils.Database:
    """A connection with our pragmas, without migrating (tests use it on old schemas)."""
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    except sqlite3.Error as error:
        raise StoreError("store.cannot-open", path=path, detail=os_reason(error)) from error
    db = sqlite_utils.Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    for attempt in range(50):
        try:
            db.enable_wal()
            break
        except sqlite3.OperationalError as error:
            # switching to WAL needs the file to itself; another instance starting at the same
            # moment holds it briefly (SQLite reports that at once, not after the busy timeout)
            if "locked" not in str(error) or attempt == 49:
                conn.close()
                raise StoreError("store.locked", path=path, detail=os_reason(error)) from error
            time.sleep(0.1)
        except sqlite3.DatabaseError as error:  # not a database at all, or a damaged one
            conn.close()
            raise StoreError("store.damaged", path=path, detail=os_reason(error)) from error
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def open_database(data_dir: Path) -> sqlite_utils.Database:
    """Open (creating if needed) and migrate the library database in `data_dir`."""
    make_data_dir(data_dir)
    db = connect(data_dir / DB_NAME)
    migrate(db, backup_dir=data_dir / "backups")
    return db


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction taken at once (BEGIN IMMEDIATE), so two instances queue, not deadlock.

    Nested use becomes a savepoint through sqlite-utils' atomic().
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    else:
        db.execute("COMMIT")
