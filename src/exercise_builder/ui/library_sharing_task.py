"""Worker tasks for library import/export and the shared folder, run off the GUI thread.

Each task opens its own Store on the same data dir: an SQLite connection must not cross threads.
The sharing services are imported inside the tasks: ~50 ms of imports the window's start skips.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from ..domain.kinds import ImportPolicy
from ..store import Store
from .worker import Cancelled, TaskContext


def export_task(context: TaskContext, data_dir: Path, path: Path, scope: str):
    from ..services.sharing_export import export_bundle

    with closing(Store.open(data_dir)) as store:
        report = export_bundle(store, path, scope, progress=context.progress, cancelled=context.cancelled)
    if context.cancelled():
        raise Cancelled
    return report


def preview_task(context: TaskContext, data_dir: Path, path: Path):
    from ..library import LibraryCancelled
    from ..services.sharing_import import preview_import

    with closing(Store.open(data_dir)) as store:
        try:
            return preview_import(store, path, progress=context.progress, cancelled=context.cancelled)
        except LibraryCancelled:
            raise Cancelled from None  # the user's cancel, not a failure to report


def apply_task(context: TaskContext, data_dir: Path, preview, policy: ImportPolicy):
    from ..services.sharing_import import apply_import

    with closing(Store.open(data_dir)) as store:
        result = apply_import(store, preview, policy, progress=context.progress, cancelled=context.cancelled)
    if getattr(result, "cancelled", False):
        raise Cancelled
    return result


def refresh_task(context: TaskContext, data_dir: Path):
    from ..services.shared_folder_sync import refresh_subscription

    with closing(Store.open(data_dir)) as store:
        return refresh_subscription(store, progress=context.progress, cancelled=context.cancelled)


def publish_task(context: TaskContext, data_dir: Path):
    from ..services.shared_folder_sync import publish_own_items

    with closing(Store.open(data_dir)) as store:
        return publish_own_items(store, progress=context.progress, cancelled=context.cancelled)
