"""Seeding the store from the shipped library, and updating it when a newer one ships."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..domain.kinds import ItemKind
from ..library import LibraryContent, read_library, read_meta
from ..store import Store, transaction
from ..store.catalogue import SHIPPED, SyncReport

VERSION_KEY = "shipped_library_version"


def store_images(store: Store, content: LibraryContent) -> LibraryContent:
    """Copy the content's images into media/ and record each one's sha256 in its item."""
    for kind in (ItemKind.EXERCISE, ItemKind.AID):
        updated = []
        for record in content.items[kind]:
            images = []
            for image in record.images:
                path = content.images[(record.slug, image.file)]
                sha = store.media.add(path.read_bytes(), path.suffix)
                images.append(replace(image, sha256=sha))
            updated.append(replace(record, images=tuple(images)))
        content.items[kind] = updated
    return content


def import_content(store: Store, content: LibraryContent, origin: str) -> dict[str, SyncReport]:
    """Write a whole library in one transaction: all or nothing."""
    content = store_images(store, content)
    source = (content.meta.id, content.meta.version)
    with transaction(store.db):
        return {kind: store.catalogue.sync_upstream(kind, items, origin, source)
                for kind, items in content.items.items()}


def seed_shipped(store: Store, root: Path) -> dict[str, SyncReport] | None:
    """Bring the shipped items up to date if the shipped library's version changed.

    Returns None when nothing needed doing (the usual, fast case at start)."""
    meta = read_meta(root)
    if store.settings.get(VERSION_KEY) == meta.version:
        return None
    reports = import_content(store, read_library(root), SHIPPED)
    store.settings.set(VERSION_KEY, meta.version)
    return reports
