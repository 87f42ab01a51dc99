"""`.eblib` bundles (a library tree in a zip) and library folders, read safely.

Both containers are read through a `Tree`: a list of entries with their sizes and a bounded
read. Nothing is extracted; every entry is checked before anything is written anywhere.
"""

from __future__ import annotations

import hashlib
import os
import stat
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..domain import records
from ..domain.errors import UserError
from ..domain.models import FieldError
from . import safety
from .folder import (IMAGE_TYPES, ITEM_FILES, LibraryError, LibraryMeta, meta_from_dict,
                     parse_toml, resolve_library_aids)

BUNDLE_SUFFIX = ".eblib"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_STORED_TYPES = (".png", ".jpg", ".jpeg")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ImageInfo:
    entry: str          # path of the image inside the tree
    sha256: str
    ext: str
    size: int
    width: int
    height: int


@dataclass(slots=True)
class LibrarySource:
    """A validated library read from a tree; records carry their images' sha256."""
    location: Path
    meta: LibraryMeta
    items: dict[str, list[Any]] = field(default_factory=lambda: {kind: [] for kind in ITEM_FILES.values()})
    images: dict[str, ImageInfo] = field(default_factory=dict)   # by sha256
    problems: list[str] = field(default_factory=list)            # items skipped (lenient reading only)

    def count(self) -> int:
        return sum(len(items) for items in self.items.values())


class Tree:
    """Files of a bundle or folder: relative '/'-paths → uncompressed size, and a bounded read."""
    location: Path
    sizes: dict[str, int]
    links: list[str]

    def read(self, name: str) -> bytes:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> Tree:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ZipTree(Tree):
    def __init__(self, path: Path) -> None:
        self.location = path
        self.links = []
        try:
            self._zip = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise LibraryError(f"{path} does not exist.") from None
        except (zipfile.BadZipFile, OSError, ValueError):
            raise LibraryError(f"{path.name} is not a valid .eblib bundle (not a zip file).") from None
        try:
            self._infos = self._check(self._zip.infolist())
        except BaseException:
            self._zip.close()
            raise
        self.sizes = {name: info.file_size for name, info in self._infos.items()}

    @staticmethod
    def _check(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        safety.check_totals(len(infos), sum(info.file_size for info in infos))
        files: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            safety.check_member_name(info.filename)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise LibraryError(f"The bundle entry {info.filename} is a link, which is not allowed.")
            if info.flag_bits & 0x1:
                raise LibraryError(f"The bundle entry {info.filename} is encrypted, which is not supported.")
            if info.is_dir():
                continue
            if info.filename in files:
                raise LibraryError(f"The bundle holds the entry {info.filename} twice.")
            safety.check_entry_size(info.filename, info.file_size, info.compress_size)
            files[info.filename] = info
        return files

    def read(self, name: str) -> bytes:
        info = self._infos[name]
        limit = safety.size_limit(name)
        try:
            with self._zip.open(info) as handle:
                data = handle.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError):
            raise LibraryError(f"The bundle entry {name} is damaged and cannot be read.") from None
        if len(data) > limit:
            raise LibraryError(f"The bundle entry {name} is larger than allowed.")
        return data

    def close(self) -> None:
        self._zip.close()


class FolderTree(Tree):
    """A library folder on disk; hidden names (temporary and set-aside folders) are skipped."""

    def __init__(self, root: Path) -> None:
        self.location = root
        self.sizes = {}
        self.links = []
        if not root.is_dir():
            raise LibraryError(f"{root} is not a folder that can be read.")
        count = total = 0
        for current, dirs, files in os.walk(root, followlinks=False):
            base = Path(current)
            relative = base.relative_to(root).as_posix()
            prefix = "" if relative == "." else relative + "/"
            for name in list(dirs):
                if name.startswith(".") or (base / name).is_symlink():
                    if not name.startswith("."):
                        self.links.append(prefix + name)
                    dirs.remove(name)
            for name in files:
                if name.startswith("."):
                    continue
                path = base / name
                count += 1
                if path.is_symlink():
                    self.links.append(prefix + name)
                    continue
                try:
                    size = path.stat().st_size
                except OSError:
                    continue  # vanished while we looked (a publisher renaming); the item is checked later
                total += size
                self.sizes[prefix + name] = size
            safety.check_totals(count, total)

    def read(self, name: str) -> bytes:
        limit = safety.size_limit(name)
        try:
            with open(self.location / name, "rb") as handle:
                data = handle.read(limit + 1)
        except OSError as error:
            raise LibraryError(f"{name} could not be read ({error.strerror}).") from None
        if len(data) > limit:
            raise LibraryError(f"{name} is larger than allowed.")
        return data


def open_tree(path: Path) -> Tree:
    path = Path(path)
    if path.is_dir():
        tree = FolderTree(path)
        if tree.links:
            raise LibraryError(f"The library folder holds a link ({tree.links[0]}), which is not allowed.")
        return tree
    if not path.exists():
        raise LibraryError(f"{path} does not exist.")
    return ZipTree(path)


# --- reading --------------------------------------------------------------------------------

def _toml(tree: Tree, name: str, shown: str) -> dict:
    return parse_toml(tree.read(name), shown)


def _prefix(tree: Tree) -> str:
    """'' when library.toml is at the top; 'name/' when the whole tree sits in one folder."""
    if "library.toml" in tree.sizes:
        return ""
    tops = {name.split("/", 1)[0] for name in tree.sizes if not name.startswith("__MACOSX/")}
    if len(tops) == 1:
        top = next(iter(tops))
        if f"{top}/library.toml" in tree.sizes:
            return top + "/"
    raise LibraryError(f"{tree.location.name}: library.toml is missing; this is not a library bundle or folder.")


def _group(tree: Tree, prefix: str, lenient: bool) -> dict[str, dict[str, str]]:
    """item folder → {file name → entry}; refuses nested folders (strict reading)."""
    folders: dict[str, dict[str, str]] = {}
    for name in tree.sizes:
        if not name.startswith(prefix):
            continue
        relative = name[len(prefix):]
        parts = relative.split("/")
        if parts[0] == "__MACOSX" or any(part.startswith(".") for part in parts):
            continue
        if len(parts) == 1:
            continue  # library.toml, a README: not items
        if len(parts) > 2:
            if lenient:
                continue
            raise LibraryError(f"The entry {relative} is in a nested folder; an item folder holds only files.")
        folders.setdefault(parts[0], {})[parts[1]] = name
    return folders


def read_item_entries(tree: Tree, folder: str, files: dict[str, str]) -> tuple[str, Any, list[ImageInfo]]:
    """(kind, record with image hashes, image infos) of the item folder `folder`, whose files
    are `files` (file name → entry in `tree`). Raises LibraryError naming the file and field."""
    present = [name for name in ITEM_FILES if name in files]
    if len(present) != 1:
        found = ", ".join(present) if present else "none"
        raise LibraryError(f"{folder}: an item folder must hold exactly one of exercise.toml, aid.toml, "
                           f"advice.toml or template.toml (found {found}).")
    file_name = present[0]
    kind = ITEM_FILES[file_name]
    shown = f"{folder}/{file_name}"
    data = _toml(tree, files[file_name], shown)
    try:
        record = records.KINDS[kind][0](data)
    except FieldError as error:
        raise LibraryError(f"{shown}: the field '{error.field}' {error.reason}.") from None
    if record.slug != folder:
        raise LibraryError(f"{shown}: the field 'slug' is '{record.slug}' but the folder is '{folder}'.")
    infos = []
    images = []
    for index, image in enumerate(getattr(record, "images", ())):
        ext = os.path.splitext(image.file)[1].lower()
        if ext not in IMAGE_TYPES:
            raise LibraryError(f"{shown}: the field 'images[{index}].file' names {image.file}, "
                               "which is not SVG, PNG or JPEG.")
        entry = files.get(image.file)
        if entry is None:
            raise LibraryError(f"{shown}: the field 'images[{index}].file' names {image.file}, which is missing.")
        content = tree.read(entry)
        width, height = safety.check_image(f"{folder}/{image.file}", content)
        sha = hashlib.sha256(content).hexdigest()
        if image.sha256 and image.sha256.lower() != sha:
            raise LibraryError(f"{shown}: the image {image.file} does not match its recorded sha256.")
        infos.append(ImageInfo(entry, sha, ext, len(content), width, height))
        images.append(replace(image, sha256=sha))
    if images:
        record = replace(record, images=tuple(images))
    return kind, record, infos


def read_tree(tree: Tree, *, lenient: bool = False, progress: Progress | None = None,
              cancelled: Callable[[], bool] = lambda: False) -> LibrarySource:
    """Read and check a whole tree. Strict: the first problem refuses everything (LibraryError).
    Lenient (a shared folder): a broken item is skipped and named in `problems`."""
    prefix = _prefix(tree)
    meta = meta_from_dict(_toml(tree, prefix + "library.toml", "library.toml"))
    source = LibrarySource(location=tree.location, meta=meta)
    if tree.links:
        message = f"The library holds a link ({tree.links[0]}), which is not allowed."
        if not lenient:
            raise LibraryError(message)
        source.problems.append(message)
    folders = _group(tree, prefix, lenient)
    seen_ids: dict[str, str] = {}
    seen_slugs: set[str] = set()
    total = len(folders)
    for done, folder in enumerate(sorted(folders), start=1):
        if cancelled():
            raise LibraryCancelled()
        try:
            kind, record, infos = read_item_entries(tree, folder, folders[folder])
            if record.id in seen_ids:
                raise LibraryError(f"{folder}: the id {record.id} is also used by {seen_ids[record.id]}.")
            if record.slug in seen_slugs:
                raise LibraryError(f"{folder}: the slug '{record.slug}' is used twice.")
        except LibraryError as error:
            if not lenient:
                raise
            source.problems.append(str(error))
        else:
            seen_ids[record.id] = folder
            seen_slugs.add(record.slug)
            source.items[kind].append(record)
            for info in infos:
                source.images.setdefault(info.sha256, info)
        if progress:
            progress(done, total)
    source.items["exercise"] = resolve_library_aids(source.items["exercise"], source.items["aid"],
                                                    source.problems if lenient else None)
    return source


class LibraryCancelled(UserError):
    """The user cancelled a long read or write."""

    def __init__(self) -> None:
        super().__init__("cancelled")


def read_image(tree: Tree, info: ImageInfo) -> bytes:
    """The image bytes again (at apply time), checked against the hash taken at preview."""
    data = tree.read(info.entry)
    if hashlib.sha256(data).hexdigest() != info.sha256:
        raise LibraryError(f"The image {info.entry} changed since the preview; preview the import again.")
    return data


# --- writing --------------------------------------------------------------------------------

def write_bundle(path: Path, entries: Iterable[tuple[str, bytes]],
                 cancelled: Callable[[], bool] = lambda: False) -> int:
    """Write entries into a zip at `path` atomically (temporary name, then rename). Entries get
    a fixed timestamp so the same library gives the same bytes. Returns the number of entries."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.tmp-{uuid.uuid4().hex[:12]}")
    count = 0
    try:
        with zipfile.ZipFile(temporary, "w") as archive:
            for name, data in entries:
                if cancelled():
                    raise LibraryCancelled()
                info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
                info.external_attr = 0o644 << 16
                info.compress_type = (zipfile.ZIP_STORED if name.lower().endswith(_STORED_TYPES)
                                      else zipfile.ZIP_DEFLATED)
                archive.writestr(info, data)
                count += 1
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count
