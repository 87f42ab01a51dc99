"""The shared clinic folder: subscribe, refresh (take its items in) and publish the clinic's own.

Refreshing skips what is broken and lists it; publishing swaps each item folder in atomically
(library.shared_folder), so concurrent edits become visible conflict copies."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import records
from ..domain.errors import UserError
from ..domain.kinds import ImportPolicy, ItemKind
from ..domain.messages import Phrase
from ..domain.models import new_id, now_iso
from ..domain.os_reasons import os_reason
from ..library import LibraryError, LibraryMeta, merge
from ..library.bundle import LibraryCancelled
from ..library.shared_folder import (
    CONFLICT_COPY,
    PUBLISHED,
    REFUSED,
    UNCHANGED,
    clean_leftovers,
    ensure_library,
    publish_item,
    reachable,
)
from ..library.writer import KIND_ORDER
from ..store import Store
from ..store.catalogue import content_hash
from ..store.settings_keys import SHARED_FOLDER, SHARED_FOLDER_REFRESHED
from .sharing_export import Cancelled, Progress, image_reader, never
from .sharing_import import ImportPreview, ImportResult, apply_import, preview_import

SHARED_FOLDER_KEY = SHARED_FOLDER.key
SHARED_REFRESHED_KEY = SHARED_FOLDER_REFRESHED.key


@dataclass(slots=True)
class SharedFolderReport:
    folder: Path | None
    reachable: bool
    message: Phrase | UserError | None = None  # why nothing (or not all) was done, worded when shown
    preview: ImportPreview | None = None
    result: ImportResult | None = None
    published: list[str] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[Phrase] = field(default_factory=list)
    refused: list[UserError | Phrase] = field(default_factory=list)  # skipped items, worded when shown

    @property
    def ok(self) -> bool:
        return self.reachable and self.message is None


def shared_folder(store: Store) -> Path | None:
    value = store.settings.get(SHARED_FOLDER_KEY)
    return Path(value) if value else None


def subscribe_shared_folder(store: Store, folder: Path | None) -> None:
    """Point the app at a shared clinic folder (None stops the subscription)."""
    store.settings.set(SHARED_FOLDER_KEY, str(Path(folder).expanduser()) if folder else None)


def _unreachable(folder: Path) -> SharedFolderReport:
    return SharedFolderReport(folder, False, Phrase("shared-folder.unreachable", folder=folder))


def refresh_subscription(
    store: Store, policy: ImportPolicy = merge.KEEP_BOTH, progress: Progress | None = None, cancelled: Cancelled = never
) -> SharedFolderReport:
    """Take the shared folder's items into the store. Broken item folders (half-synced, say) are
    skipped and listed; local edits are never overwritten (keep-both keeps theirs as a copy)."""
    folder = shared_folder(store)
    if folder is None:
        return SharedFolderReport(None, False, Phrase("shared-folder.not-set"))
    if not reachable(folder):
        return _unreachable(folder)
    if not (folder / "library.toml").exists():
        return SharedFolderReport(folder, True, Phrase("shared-folder.no-library-yet"))
    try:
        preview = preview_import(store, folder, progress, cancelled, lenient=True)
        result = apply_import(store, preview, policy, progress, cancelled)
    except LibraryCancelled:
        return SharedFolderReport(folder, True, Phrase("shared-folder.refresh-cancelled"))
    except LibraryError as error:
        if not reachable(folder):
            return _unreachable(folder)
        return SharedFolderReport(folder, True, error)
    except OSError:
        return _unreachable(folder)
    store.settings.set(SHARED_REFRESHED_KEY, now_iso())
    return SharedFolderReport(folder, True, None, preview, result, refused=list(preview.refusals))


def _publishable(store: Store, shared_id: str) -> list[tuple[ItemKind, Any, str | None]]:
    """(kind, record, base hash) of the clinic's own items and of local edits of shared items."""
    return [
        (kind, record, base) for kind in KIND_ORDER for record, base in store.catalogue.publishable(kind, shared_id)
    ]


def _shared_meta(store: Store) -> LibraryMeta:
    """The identity of a new shared folder: its own id, not the clinic's export id."""
    clinic = store.settings.clinic().name
    return LibraryMeta(new_id(), f"{clinic} – fælles mappe" if clinic else "Klinikkens fælles mappe", clinic, "1")


def publish_own_items(
    store: Store, progress: Progress | None = None, cancelled: Cancelled = never
) -> SharedFolderReport:
    """Publish the clinic's own items (and local edits of shared items) into the shared folder,
    one folder per item, each swapped in atomically; concurrent edits become conflict copies."""
    folder = shared_folder(store)
    if folder is None:
        return SharedFolderReport(None, False, Phrase("shared-folder.not-set"))
    if not reachable(folder):
        return _unreachable(folder)
    report = SharedFolderReport(folder, True)
    marks: list[tuple[ItemKind, dict, str]] = []
    try:
        meta = ensure_library(folder, lambda: _shared_meta(store))
        clean_leftovers(folder)
        items = _publishable(store, meta.id)
        for done, (kind, record, base) in enumerate(items, start=1):
            if cancelled():
                report.message = Phrase("shared-folder.publishing-stopped")
                break
            data = records.KINDS[kind][1](record)
            own = content_hash(data)
            if base == own and (folder / record.slug).is_dir():
                report.unchanged += 1
                continue
            read = image_reader(store, _owner_named(record.slug))
            try:
                outcome = publish_item(folder, kind, record, read, base, content_hash)
            except LibraryError as error:  # this item only (an image missing from media/, say)
                report.refused.append(error)
                continue
            except OSError as error:  # this item only (a file name too long for the share, say)
                if not reachable(folder):
                    raise
                report.refused.append(Phrase("shared-folder.not-published", slug=record.slug, reason=os_reason(error)))
                continue
            if outcome.status in (PUBLISHED, UNCHANGED):
                marks.append((kind, data, own))
                if outcome.status == PUBLISHED:
                    report.published.append(record.slug)
                else:
                    report.unchanged += 1
            elif outcome.status == CONFLICT_COPY and outcome.note:
                report.conflicts.append(outcome.note)
            elif outcome.status == REFUSED and outcome.note:
                report.refused.append(outcome.note)
            if progress:
                progress(done, len(items))
    except LibraryError as error:
        report.message = error
    except OSError as error:
        if not reachable(folder):
            report = _unreachable(folder)
        else:
            report.message = Phrase("shared-folder.publishing-failed", folder=folder, reason=os_reason(error))
    with store.transaction():  # the published version is now what each item was taken from
        for kind, data, own in marks:
            store.catalogue.mark_published(kind, data, own)
    return report


def _owner_named(slug: str) -> Callable[[Any], str]:
    """Every image of this item is reported as the item's (for the sentence when one is missing)."""
    return lambda _image: slug
