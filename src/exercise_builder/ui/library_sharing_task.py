"""Worker tasks for library import/export through the `library_sharing` module.

Each task opens its own Store on the same data dir: an SQLite connection must not cross threads.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from ..store import Store
from .worker import Cancelled, TaskContext


def export_task(context: TaskContext, sharing, data_dir: Path, path: Path, scope: str):
    with closing(Store.open(data_dir)) as store:
        report = sharing.export_bundle(store, path, scope, progress=context.progress,
                                       cancelled=context.cancelled)
    if context.cancelled():
        raise Cancelled
    return report


def preview_task(context: TaskContext, sharing, data_dir: Path, path: Path):
    from ..library import LibraryCancelled

    with closing(Store.open(data_dir)) as store:
        try:
            return sharing.preview_import(store, path, progress=context.progress, cancelled=context.cancelled)
        except LibraryCancelled:
            raise Cancelled from None  # the user's cancel, not a failure to report


def apply_task(context: TaskContext, sharing, data_dir: Path, preview, policy: str):
    with closing(Store.open(data_dir)) as store:
        result = sharing.apply_import(store, preview, policy, progress=context.progress,
                                      cancelled=context.cancelled)
    if getattr(result, "cancelled", False):
        raise Cancelled
    return result


def refresh_task(context: TaskContext, sharing, data_dir: Path):
    with closing(Store.open(data_dir)) as store:
        return sharing.refresh_subscription(store, progress=context.progress, cancelled=context.cancelled)


def publish_task(context: TaskContext, sharing, data_dir: Path):
    with closing(Store.open(data_dir)) as store:
        return sharing.publish_own_items(store, progress=context.progress, cancelled=context.cancelled)
