"""Writing the library format: library.toml and one folder per item, deterministic TOML.

An item folder is written under a temporary name and renamed into place, so a reader sees the
old folder or the new one, never half of one.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import tomli_w

from ..domain import records
from ..domain.kinds import KIND_ORDER, ItemKind
from ..domain.models import ImageRef
from .folder import FORMAT_VERSION, ITEM_FILES, LibraryMeta
from .synonyms import FILE_NAME as SYNONYMS_FILE

FILE_OF_KIND: dict[str, str] = {kind: name for name, kind in ITEM_FILES.items()}

ImageBytes = Callable[[ImageRef], bytes]


def library_toml(meta: LibraryMeta) -> bytes:
    return tomli_w.dumps(
        {
            "format_version": FORMAT_VERSION,
            "id": meta.id,
            "name": meta.name,
            "publisher": meta.publisher,
            "version": meta.version,
        }
    ).encode()


def item_toml(kind: str, record: Any, aid_slugs: dict[str, str] | None = None) -> bytes:
    """The item's file. `aid_slugs` (aid UUID → slug) names an exercise's aids by slug where the
    aid is in the same library; other aids keep their UUID, which names them anywhere."""
    data = records.KINDS[kind][1](record)
    if kind == ItemKind.EXERCISE and data.get("aids") and aid_slugs:
        data["aids"] = [aid_slugs.get(ident, ident) for ident in data["aids"]]
    return tomli_w.dumps(data).encode()


def aid_slugs_of(items: Mapping[str, Iterable[Any]]) -> dict[str, str]:
    return {aid.id: aid.slug for aid in items.get(ItemKind.AID, ())}


def item_files(
    kind: str, record: Any, image_bytes: ImageBytes, aid_slugs: dict[str, str] | None = None
) -> list[tuple[str, bytes]]:
    """(file name, bytes) of one item folder: its TOML first, then its images by name."""
    files = [(FILE_OF_KIND[kind], item_toml(kind, record, aid_slugs))]
    seen = set()
    for image in getattr(record, "images", ()):
        if image.file not in seen:
            seen.add(image.file)
            files.append((image.file, image_bytes(image)))
    return files


def library_entries(
    meta: LibraryMeta,
    items: dict[str, list[Any]],
    image_bytes: ImageBytes,
    synonyms: dict[str, list[str]] | None = None,
) -> Iterator[tuple[str, bytes]]:
    """Every (relative path, bytes) of a library tree, in a stable order."""
    yield "library.toml", library_toml(meta)
    if synonyms:
        yield SYNONYMS_FILE, tomli_w.dumps({"synonyms": synonyms}).encode("utf-8")
    aid_slugs = aid_slugs_of(items)
    for kind in KIND_ORDER:
        for record in sorted(items.get(kind, ()), key=lambda r: r.slug):
            for name, data in item_files(kind, record, image_bytes, aid_slugs):
                yield f"{record.slug}/{name}", data


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def stage_item(
    root: Path, kind: str, record: Any, image_bytes: ImageBytes, aid_slugs: dict[str, str] | None = None
) -> Path:
    """Write an item folder under a hidden temporary name in `root` and return its path."""
    staging = root / f".{record.slug}.tmp-{uuid.uuid4().hex[:12]}"
    staging.mkdir()
    try:
        for name, data in item_files(kind, record, image_bytes, aid_slugs):
            _write_file(staging / name, data)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def write_item_folder(
    root: Path, kind: str, record: Any, image_bytes: ImageBytes, aid_slugs: dict[str, str] | None = None
) -> Path:
    """Write (or replace) `root/<slug>` atomically per folder: staged, then renamed into place."""
    target = root / record.slug
    staging = stage_item(root, kind, record, image_bytes, aid_slugs)
    aside = None
    if target.exists():
        aside = root / f".{record.slug}.old-{uuid.uuid4().hex[:12]}"
        os.rename(target, aside)
    try:
        os.rename(staging, target)
    except BaseException:
        if aside is not None and not target.exists():
            os.rename(aside, target)
            aside = None
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        if aside is not None:
            shutil.rmtree(aside, ignore_errors=True)
    return target


def write_library_toml(root: Path, meta: LibraryMeta) -> None:
    staging = root / f".library.toml.tmp-{uuid.uuid4().hex[:12]}"
    _write_file(staging, library_toml(meta))
    os.replace(staging, root / "library.toml")


def write_library_folder(
    root: Path, meta: LibraryMeta, items: dict[str, Iterable[Any]], image_bytes: ImageBytes
) -> None:
    """Write a whole library folder: library.toml and one folder per item."""
    root.mkdir(parents=True, exist_ok=True)
    write_library_toml(root, meta)
    items = {kind: list(records_) for kind, records_ in items.items()}
    aid_slugs = aid_slugs_of(items)
    for kind in KIND_ORDER:
        for record in items.get(kind, ()):
            write_item_folder(root, kind, record, image_bytes, aid_slugs)
