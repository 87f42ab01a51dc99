"""Seeding the store from the shipped library, and updating it when a newer one ships."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import replace
from pathlib import Path

from ..domain.kinds import ItemKind, Origin
from ..domain.os_reasons import os_reason
from ..library import LibraryContent, read_library, read_meta
from ..store import Store
from ..store.catalogue import SHIPPED, SyncReport
from ..store.database import DataDirError
from ..store.settings_keys import SHIPPED_LIBRARY_ID, SHIPPED_LIBRARY_VERSION

VERSION_KEY = SHIPPED_LIBRARY_VERSION.key
ID_KEY = SHIPPED_LIBRARY_ID.key  # a bundle claiming this id is refused: only the app updates its library


def store_images(store: Store, content: LibraryContent, added: list[Path] | None = None) -> LibraryContent:
    """Copy the content's images into media/ and record each one's sha256 in its item.
    Files that were not there before are listed in `added`, so a failed import can take them back."""
    for kind in (ItemKind.EXERCISE, ItemKind.AID):
        updated = []
        for record in content.items[kind]:
            images = []
            for image in record.images:
                path = content.images[(record.slug, image.file)]
                data = path.read_bytes()
                target = store.media.path(hashlib.sha256(data).hexdigest(), path.suffix.lower())
                new = not target.exists()
                sha = store.media.add(data, path.suffix)
                if new and added is not None:
                    added.append(target)
                images.append(replace(image, sha256=sha))
            updated.append(replace(record, images=tuple(images)))
        content.items[kind] = updated
    return content


def import_content(store: Store, content: LibraryContent, origin: Origin) -> dict[str, SyncReport]:
    """Write a whole library, its images included, in one transaction: all or nothing."""
    added: list[Path] = []
    try:
        with store.transaction():
            content = store_images(store, content, added)
            source = (content.meta.id, content.meta.version)
            store.catalogue.merge_synonyms(content.synonyms, content.meta.id)
            return {
                kind: store.catalogue.sync_upstream(ItemKind(kind), items, origin, source)
                for kind, items in content.items.items()
            }
    except BaseException:
        for path in added:  # the rows went with the rollback; the files go here
            path.unlink(missing_ok=True)
        raise


def seed_shipped(store: Store, root: Path) -> dict[str, SyncReport] | None:
    """Bring the shipped items up to date if the shipped library's version changed.

    Returns None when nothing needed doing (the usual, fast case at start)."""
    meta = read_meta(root)
    if store.settings.get(VERSION_KEY) == meta.version:
        if store.settings.get(ID_KEY) != meta.id:  # seeded before the id was kept
            store.settings.set(ID_KEY, meta.id)
        return None
    try:
        reports = import_content(store, read_library(root), SHIPPED)
    except OSError as error:  # a full disk or a folder that cannot be written, while copying images
        raise DataDirError("data-dir.cannot-seed", path=store.data_dir, reason=os_reason(error)) from None
    store.settings.set(VERSION_KEY, meta.version)
    store.settings.set(ID_KEY, meta.id)
    return reports


def shipped_library_id(store: Store) -> str:
    """The id of the app's own library, as last seeded (or as shipped, before the first seeding)."""
    from ..paths import shipped_library_dir

    return store.settings.get(ID_KEY) or read_meta(shipped_library_dir()).id


def _plain(text: str) -> str:
    """Names compared as a reader sees them: case, spacing, normal form and invisible marks aside."""
    text = "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf")
    return " ".join(text.casefold().split())


def claims_shipped_identity(meta) -> bool:
    """A bundle named or published like the app's own library passes itself off as it: refused."""
    from ..paths import shipped_library_dir

    ours = read_meta(shipped_library_dir())
    taken = {_plain(ours.name), _plain(ours.publisher)} - {""}
    return bool({_plain(meta.name or ""), _plain(meta.publisher or "")} & taken)
