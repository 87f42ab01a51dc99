"""A clinic library in a shared folder (network drive or a folder synced by OneDrive & co.).

Publishing writes each item folder under a temporary name and swaps it into place with
renames. The swap is a compare-and-swap: the folder being replaced is first moved aside and
checked; if it is not the version this publisher last saw (someone else changed it meanwhile),
it is put back and ours is written beside it as a visible conflict copy — a valid item of its
own, '<slug>-konflikt-<hash>', titled '… (konfliktkopi)'. Readers skip hidden names, so they
never see a half-written folder.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import time
import tomllib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..domain import records
from ..domain.messages import Phrase
from ..domain.models import ImageRef
from .bundle import FolderTree, open_regular, read_item_entries
from .folder import LibraryError, LibraryMeta, meta_from_dict
from .safety import MAX_TOML_BYTES
from .writer import library_toml, stage_item

Hasher = Callable[[dict], str]
ImageBytes = Callable[[ImageRef], bytes]

PUBLISHED = "published"
UNCHANGED = "unchanged"
CONFLICT_COPY = "conflict-copy"
REFUSED = "refused"

_CONFLICT_NAMESPACE = uuid.UUID("0b6a7c1e-2f4d-4b8a-8e1c-9d3f5a7b2c60")
_MISSING_PATIENCE = 25  # × 20 ms: a folder briefly missing is another publisher mid-swap
_ATTEMPTS = 200


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str
    slug: str
    note: Phrase | None = None  # why it was refused or copied, worded when shown


@dataclass(frozen=True, slots=True)
class _Found:
    kind: str
    record: Any
    hash: str


def reachable(root: Path) -> bool:
    try:
        return root.is_dir() and os.access(root, os.R_OK)
    except OSError:
        return False


def ensure_library(root: Path, make_meta: Callable[[], LibraryMeta]) -> LibraryMeta:
    """The folder's library.toml, created if missing with an exclusive create (O_EXCL), which SMB
    shares, cloud-synced folders and FAT/exFAT sticks support where hard links may fail: of two
    first publishers, one creates it and the other reads it."""
    target = root / "library.toml"
    if not target.exists():
        content = library_toml(make_meta())
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        except FileExistsError:
            pass
        else:
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(content)
                    out.flush()
                    os.fsync(out.fileno())
            except OSError:
                target.unlink(missing_ok=True)
                raise
    for _ in range(_MISSING_PATIENCE):  # the other first publisher may be mid-write
        try:
            return read_meta(root)
        except LibraryError:
            time.sleep(0.02)
    return read_meta(root)


def read_meta(root: Path) -> LibraryMeta:
    try:
        with open_regular(root / "library.toml", "library.toml") as handle:
            data = tomllib.loads(handle.read(MAX_TOML_BYTES + 1).decode("utf-8"))
    except (OSError, LibraryError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        raise LibraryError("shared-folder.no-library-toml", root=root) from None
    return meta_from_dict(data)


def _read_folder(path: Path, slug: str, hasher: Hasher) -> _Found | None:
    """The item in `path` (named `slug`), or None if it cannot be read as one."""
    try:
        tree = FolderTree(path)
        files = {name: name for name in tree.sizes if "/" not in name}
        kind, record, _ = read_item_entries(tree, slug, files)
    except (LibraryError, OSError):
        return None
    return _Found(kind, record, hasher(records.KINDS[kind][1](record)))


def conflict_copy(kind: str, record: Any, own_hash: str) -> Any:
    """The record as a conflict copy: its own id and slug, the title marked."""
    ident = str(uuid.uuid5(_CONFLICT_NAMESPACE, f"{record.id}:{own_hash}"))
    title = {
        language: f"{text} (konfliktkopi)" if language != "en" else f"{text} (conflict copy)"
        for language, text in record.title.items()
    }
    return replace(record, id=ident, slug=f"{record.slug}-konflikt-{own_hash[:6]}", title=title)


def _image_in(folder: Path, image: ImageRef) -> bytes:
    return (folder / image.file).read_bytes()


def _place_new(root: Path, kind: str, record: Any, image_bytes: ImageBytes) -> bool:
    """Write a folder that must not exist yet; False if it already does."""
    target = root / record.slug
    if target.exists():
        return False
    staging = stage_item(root, kind, record, image_bytes)
    try:
        os.rename(staging, target)
        return True
    except OSError:
        return False
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _write_conflict(root: Path, kind: str, record: Any, own_hash: str, image_bytes: ImageBytes) -> Outcome:
    copy = conflict_copy(kind, record, own_hash)
    _place_new(root, kind, copy, image_bytes)
    return Outcome(CONFLICT_COPY, record.slug, Phrase("shared-folder.conflict-copy", slug=record.slug, copy=copy.slug))


def publish_item(
    root: Path, kind: str, record: Any, image_bytes: ImageBytes, base_hash: str | None, hasher: Hasher
) -> Outcome:
    """Publish one item into the shared folder without losing anyone's version."""
    own = hasher(records.KINDS[kind][1](record))
    target = root / record.slug
    if target.exists():
        found = _read_folder(target, record.slug, hasher)
        if found is not None and found.record.id != record.id:
            return Outcome(REFUSED, record.slug, Phrase("shared-folder.name-taken", slug=record.slug))
        if found is not None and found.hash == own:
            return Outcome(UNCHANGED, record.slug)
        if found is None or found.hash != base_hash:
            return _write_conflict(root, kind, record, own, image_bytes)
    staging = stage_item(root, kind, record, image_bytes)
    try:
        missing_seen = 0
        for _ in range(_ATTEMPTS):
            if not target.exists():
                if base_hash is not None and missing_seen < _MISSING_PATIENCE:
                    missing_seen += 1  # probably mid-swap by another publisher: let it finish
                    time.sleep(0.02)
                    continue
                try:
                    os.rename(staging, target)
                    return Outcome(PUBLISHED, record.slug)
                except OSError:
                    continue  # someone else placed it first; look again
            aside = root / f".{record.slug}.old-{uuid.uuid4().hex[:12]}"
            try:
                os.rename(target, aside)
            except FileNotFoundError:
                continue
            except OSError:
                time.sleep(0.02)  # Windows: a file inside is open; try again
                continue
            found = _read_folder(aside, record.slug, hasher)
            if found is not None and found.hash in (base_hash, own):
                try:
                    os.rename(staging, target)
                except OSError:
                    # another publisher filled the gap: theirs is newer than what we replaced
                    shutil.rmtree(aside, ignore_errors=True)
                    return _write_conflict(root, kind, record, own, image_bytes)
                shutil.rmtree(aside, ignore_errors=True)
                return Outcome(PUBLISHED, record.slug)
            # changed by someone else since we last saw it: theirs goes back, ours beside it
            try:
                os.rename(aside, target)
            except OSError:
                if found is not None:
                    _place_new(
                        root,
                        found.kind,
                        conflict_copy(found.kind, found.record, found.hash),
                        functools.partial(_image_in, aside),
                    )
                shutil.rmtree(aside, ignore_errors=True)
            return _write_conflict(root, kind, record, own, image_bytes)
        raise LibraryError("shared-folder.busy", slug=record.slug)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def clean_leftovers(root: Path, older_than_seconds: float = 3600) -> int:
    """Remove temporary and set-aside folders a crashed publisher left behind."""
    removed = 0
    now = time.time()
    with contextlib.suppress(OSError):
        for path in root.iterdir():
            if path.name.startswith(".") and (".tmp-" in path.name or ".old-" in path.name):
                with contextlib.suppress(OSError):
                    if now - path.stat().st_mtime > older_than_seconds:
                        slug = path.name[1:].split(".old-")[0]
                        if ".old-" in path.name and path.is_dir() and not (root / slug).exists():
                            os.rename(path, root / slug)  # a swap cut short: put the item back
                            continue
                        if path.is_dir():
                            shutil.rmtree(path)
                        else:
                            path.unlink()
                        removed += 1
    return removed
