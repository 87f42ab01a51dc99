"""Copies of library.db in data_dir/backups/: a rolling copy at start, listing and restoring.

Copies are made with SQLite's backup API (a consistent snapshot even while another instance
writes), into a hidden temporary file that is renamed into place only when complete.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from ..domain.os_reasons import os_reason
from .database import DB_NAME, StoreError, connect
from .migrations import LATEST, migrate

BACKUP_DIR = "backups"
KEEP_START = 7  # rolling copies taken at start
KEEP_OTHER = 3  # copies kept before a restore
START = "start"
BEFORE_MIGRATION = "before-migration"
BEFORE_RESTORE = "before-restore"
STAMP = "%Y%m%d-%H%M%S"
SQLITE_BUSY, SQLITE_LOCKED = 5, 6  # result codes a backup step reports while the destination is locked
_NAME = re.compile(r"^(start|before-migration-v\d+|before-restore)-(\d{8}-\d{6})(?:-(\d+))?\.db$")

log = logging.getLogger(__name__)


class BackupError(StoreError):
    """A backup that cannot be made, found or restored; one sentence for the user."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    name: str
    path: Path
    kind: str  # start, before-migration, before-restore
    created: dt.datetime  # from the name (local time)
    size: int


def backup_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_DIR


def _kind(prefix: str) -> str:
    return BEFORE_MIGRATION if prefix.startswith(BEFORE_MIGRATION) else prefix


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every finished backup, newest first (temporary and journal files are not backups)."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue  # rotated away by another instance while we looked
        created = dt.datetime.strptime(match.group(2), STAMP)
        found.append(
            (created, int(match.group(3) or 0), BackupInfo(path.name, path, _kind(match.group(1)), created, size))
        )
    return [info for *_, info in sorted(found, key=lambda f: f[:2], reverse=True)]


def _free_name(folder: Path, prefix: str, now: dt.datetime) -> Path:
    base = f"{prefix}-{now.strftime(STAMP)}"
    path = folder / f"{base}.db"
    counter = 1
    while path.exists():
        path = folder / f"{base}-{counter}.db"
        counter += 1
    return path


def _fsync_dir(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def copy_database(source: sqlite3.Connection, folder: Path, prefix: str) -> Path:
    """Copy a live database into folder/<prefix>-<stamp>.db atomically; returns the path."""
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, prefix, dt.datetime.now())
    temporary = folder / f".{target.name}.tmp-{os.getpid()}"
    try:
        out = sqlite3.connect(str(temporary))
        try:
            source.backup(out)
            out.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            out.close()
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        _fsync_dir(folder)
    except BaseException:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return target


def _prune(data_dir: Path, kind: str, keep: int) -> list[Path]:
    removed = []
    for info in [b for b in list_backups(data_dir) if b.kind == kind][keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


def _clean_leftovers(folder: Path) -> None:
    """Temporary files of copies interrupted by a crash (older than an hour: not another instance's)."""
    limit = dt.datetime.now().timestamp() - 3600
    for path in folder.glob(".*.tmp-*"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            pass


def rolling_backup(
    db: sqlite_utils.Database, data_dir: Path, *, keep: int = KEEP_START, once_a_day: bool = True
) -> Path | None:
    """The copy taken at start: the first start of each day, the newest `keep` kept.

    Once a day, so that a few restarts in a row (after a mistake, say) cannot rotate away
    yesterday's good copy. A failed copy (disk full, read-only folder) never stops the app from
    starting: it is logged and None returned; older copies are left as they are."""
    folder = backup_dir(data_dir)
    if once_a_day:
        today = dt.date.today()
        if any(b.kind == START and b.created.date() == today for b in list_backups(data_dir)):
            return None
    try:
        path = copy_database(db.conn, folder, START)
    except (OSError, sqlite3.Error) as error:
        log.warning("The backup at start could not be made: %s", type(error).__name__)
        return None
    _prune(data_dir, START, keep)
    _clean_leftovers(folder)
    return path


def start_backup(store) -> Path | None:
    """The composition root's call: the rolling copy of an opened Store."""
    return rolling_backup(store.db, store.data_dir)


def open_read_only(path: Path) -> sqlite3.Connection:
    """A backup opened without writing anything beside it (no -wal or -shm files)."""
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def check_backup(path: Path) -> int:
    """Raise BackupError unless `path` is an intact database of a schema this app can open.

    Returns its schema version."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error:
        raise BackupError("backup.cannot-open", name=path.name) from None
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error:
        raise BackupError("backup.damaged", name=path.name) from None
    finally:
        conn.close()
    if result != [("ok",)]:
        raise BackupError("backup.damaged", name=path.name)
    if version < 1 or "programs" not in tables:
        raise BackupError("backup.empty", name=path.name)
    if version > LATEST:
        raise BackupError("backup.too-new", name=path.name)
    return version


def restore_backup(data_dir: Path, name: str) -> Path:
    """Replace library.db's content with the backup `name`, after checking it, and bring it to the
    newest schema. A copy of the current database is kept first (before-restore-<stamp>.db);
    returns its path. Works while another instance has the database open: the content is copied
    in through SQLite, not by replacing the file."""
    data_dir = Path(data_dir)
    chosen = next((b for b in list_backups(data_dir) if b.name == name), None)
    if chosen is None:
        raise BackupError("backup.unknown", name=name)
    check_backup(chosen.path)
    db = connect(data_dir / DB_NAME)
    try:
        try:
            kept = copy_database(db.conn, backup_dir(data_dir), BEFORE_RESTORE)
        except (OSError, sqlite3.Error) as error:
            raise BackupError("backup.cannot-keep-current", reason=os_reason(error)) from None
        source = open_read_only(chosen.path)
        try:
            source.backup(db.conn, progress=_give_up_when_busy)
        except sqlite3.Error as error:
            raise BackupError("backup.restore-failed", reason=os_reason(error), kept=kept.name) from None
        finally:
            source.close()
        db.execute("PRAGMA journal_mode = WAL")
        migrate(db, backup_dir=backup_dir(data_dir))
        # An index built by the backup's app version may be stale for this one: rebuild on open.
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('search_index_stale', '1')")
        db.conn.commit()
    finally:
        db.close()
    _prune(data_dir, BEFORE_RESTORE, KEEP_OTHER)
    return kept


def _give_up_when_busy(status: int, remaining: int, total: int) -> None:
    """Python's backup() retries a locked destination forever; the busy timeout has been waited by now."""
    if status in (SQLITE_BUSY, SQLITE_LOCKED):
        error = sqlite3.OperationalError("database is locked")
        error.sqlite_errorname = "SQLITE_BUSY"  # as SQLite's own errors carry: os_reason words it
        raise error


def media_named_in_backups(data_dir: Path) -> set[str]:
    """The image files (sha256 + extension) the backups' databases name. A restore brings those rows
    back, so the orphan sweep must keep their files even when library.db has forgotten them."""
    names: set[str] = set()
    for info in list_backups(data_dir):
        try:
            conn = open_read_only(info.path)
            try:
                names.update(f"{sha}{ext}" for sha, ext in conn.execute("SELECT sha256, ext FROM media"))
            finally:
                conn.close()
        except sqlite3.Error:
            continue  # a damaged copy cannot be restored either
    return names
