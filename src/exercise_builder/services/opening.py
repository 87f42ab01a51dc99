"""Opening a data dir's store and the start's upkeep: shared by the window, the CLI, tests and tools."""

from __future__ import annotations

from pathlib import Path

from ..store import Store
from ..store.settings_keys import MEDIA_SWEPT


def open_store(data_dir: Path, maintain: bool = True) -> Store:
    """Open the data dir's store and (unless `maintain` is False: a command that may still refuse
    its input and must then leave the database as it was) do the start's upkeep."""
    store = Store.open(Path(data_dir))
    if maintain:
        start_upkeep(store)
    return store


def start_upkeep(store: Store) -> None:
    """The rolling backup, the shipped library brought up to date, the daily sweeps."""
    from ..atomic_write import remove_stale_partials
    from ..paths import shipped_library_dir
    from ..store.backups import start_backup
    from .shipped_library import seed_shipped

    start_backup(store)
    seed_shipped(store, shipped_library_dir())
    _sweep_media_daily(store)
    remove_stale_partials(store.data_dir / "drafts")


def _sweep_media_daily(store: Store) -> None:
    """Images left by an import killed before its commit are removed, once a day at start."""
    import datetime as dt

    today = dt.date.today().isoformat()
    if store.settings.get(MEDIA_SWEPT.key) != today:
        from ..store.backups import media_named_in_backups

        store.media.remove_orphans(media_named_in_backups(store.data_dir))
        store.settings.set(MEDIA_SWEPT.key, today)
