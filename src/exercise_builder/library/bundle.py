"""`.eblib` bundles (a library tree in a zip) and library folders, read safely.

Both containers are read through a `Tree`: a list of entries with their sizes and a bounded
read. Nothing is extracted; every entry is checked before anything is written anywhere.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import struct
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..domain import records
from ..domain.errors import UserError
from ..domain.kinds import ItemKind
from ..domain.messages import Phrase
from ..domain.models import FieldError
from ..domain.os_reasons import os_reason
from . import safety
from .folder import IMAGE_TYPES, ITEM_FILES, LibraryError, LibraryMeta, meta_from_dict, parse_toml, resolve_library_aids
from .synonyms import FILE_NAME as SYNONYMS_FILE
from .synonyms import synonyms_from_dict

BUNDLE_SUFFIX = ".eblib"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_STORED_TYPES = (".png", ".jpg", ".jpeg")

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ImageInfo:
    entry: str  # path of the image inside the tree
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
    images: dict[str, ImageInfo] = field(default_factory=dict)  # by sha256
    # items skipped (lenient reading only): each a sentence worded when shown, in the UI's language
    problems: list[UserError | Phrase] = field(default_factory=list)
    synonyms: dict[str, list[str]] = field(default_factory=dict)  # from synonyms.toml, if any

    def count(self) -> int:
        return sum(len(items) for items in self.items.values())


class Tree:
    """Files of a bundle or folder: relative '/'-paths → uncompressed size, and a bounded read."""

    location: Path
    sizes: dict[str, int]
    links: list[str]
    others: list[str]  # neither files nor folders (pipes, devices): never read
    _checked: dict[str, tuple[str, int, int]]  # entry or sha256 → (sha256, width, height): checked once

    def read(self, name: str) -> bytes:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> Tree:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_regular(path: Path, shown: str) -> io.BufferedReader:
    """`path` opened for reading if it is a regular file: a FIFO or a device (/dev/zero) would
    block or never end. Opened without blocking, then checked on the open file (not by name)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise LibraryError("library.file-missing", name=shown) from None
    except OSError as error:
        raise LibraryError("library.file-unreadable", name=shown, reason=os_reason(error)) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise LibraryError("library.not-regular-file", name=shown)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _zip_directory_size(handle: io.BufferedReader) -> tuple[int, int] | None:
    """(entries, bytes) of the zip's central directory as its end record declares them (ZIP64
    too), read before zipfile builds its list of every entry (2 million entries cost it 10 s and
    1 GB); None if no end record is found (zipfile then says the file is not a zip)."""
    size = handle.seek(0, os.SEEK_END)
    tail_size = min(size, 65_535 + 22)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    handle.seek(0)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return None
    count, directory = struct.unpack("<HI", tail[at + 10 : at + 16])
    end = size - tail_size + at  # where the directory ends (the end record follows it)
    locator = at - 20
    if locator >= 0 and tail[locator : locator + 4] == b"PK\x06\x07":
        offset = struct.unpack("<Q", tail[locator + 8 : locator + 16])[0]
        if offset + 56 <= size:
            handle.seek(offset)
            record = handle.read(56)
            handle.seek(0)
            if record[:4] == b"PK\x06\x06":
                count = max(count, struct.unpack("<Q", record[32:40])[0])
                directory = max(directory, struct.unpack("<Q", record[40:48])[0])
                end = offset
    if directory <= safety.MAX_DIRECTORY_BYTES:
        # the end record's count may lie: count the directory's own entries, up to the limit + 1
        count = max(count, _walk_directory(handle, max(0, end - directory), directory))
    return count, directory


def _walk_directory(handle: io.BufferedReader, start: int, size: int) -> int:
    """Entries in the central directory, walked header by header; stops at MAX_ENTRIES + 1."""
    handle.seek(start)
    data = handle.read(size)
    handle.seek(0)
    count, at = 0, 0
    while count <= safety.MAX_ENTRIES and at + 46 <= len(data) and data[at : at + 4] == b"PK\x01\x02":
        name, extra, comment = struct.unpack("<HHH", data[at + 28 : at + 34])
        at += 46 + name + extra + comment
        count += 1
    if count > safety.MAX_ENTRIES:
        raise LibraryError("bundle.more-entries-than-allowed", limit=safety.MAX_ENTRIES)
    return count


class ZipTree(Tree):
    def __init__(self, path: Path) -> None:
        self.location = path
        self.links = []
        self.others = []
        self._checked: dict[str, tuple[str, int, int]] = {}
        handle = open_regular(path, str(path))
        try:
            declared = _zip_directory_size(handle)
            if declared is not None:
                safety.check_totals(declared[0], 0)
                safety.check_directory_size(declared[1])
            self._zip = zipfile.ZipFile(handle)
        except LibraryError:
            handle.close()
            raise
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            handle.close()
            raise LibraryError("bundle.not-a-zip", name=path.name) from None
        except BaseException:
            handle.close()
            raise
        try:
            self._infos = self._check(self._zip.infolist())
        except BaseException:
            self.close()
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
                raise LibraryError("bundle.entry-link", entry=info.filename)
            if info.flag_bits & 0x1:
                raise LibraryError("bundle.entry-encrypted", entry=info.filename)
            if info.is_dir():
                continue
            if info.filename in files:
                raise LibraryError("bundle.entry-twice", entry=info.filename)
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
            raise LibraryError("bundle.entry-damaged", entry=name) from None
        if len(data) > limit:
            raise LibraryError("bundle.entry-larger-than-allowed", entry=name)
        return data

    def close(self) -> None:
        fp = self._zip.fp
        self._zip.close()
        if fp is not None:
            fp.close()


class FolderTree(Tree):
    """A library folder on disk; hidden names (temporary and set-aside folders) are skipped.

    Strict (a folder being imported): too many files or bytes anywhere refuses it. Lenient (the
    shared folder): only the top and its item folders are looked at, and a junk folder, an
    oversized file or whatever is past the limits is skipped and named in `skipped`."""

    def __init__(self, root: Path, lenient: bool = False) -> None:
        self.location = root
        self.sizes = {}
        self.links = []
        self.others: list[str] = []
        self.skipped: list[Phrase] = []
        self._checked: dict[str, tuple[str, int, int]] = {}
        if not root.is_dir():
            raise LibraryError("library.not-a-folder", path=root)
        if lenient:
            self._scan_top(root)
            return
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
                try:
                    info = path.lstat()
                except OSError:
                    continue  # vanished while we looked (a publisher renaming); the item is checked later
                if stat.S_ISLNK(info.st_mode):
                    self.links.append(prefix + name)
                    continue
                if not stat.S_ISREG(info.st_mode):
                    self.others.append(prefix + name)  # a pipe or a device: never opened
                    continue
                total += info.st_size
                self.sizes[prefix + name] = info.st_size
            safety.check_totals(count, total)

    def _scan_top(self, root: Path) -> None:
        self._count = self._total = 0
        for entry in _entries(root):
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                children = [child for child in _entries(Path(entry.path)) if not child.name.startswith(".")]
                if len(children) > safety.MAX_ITEM_FILES:
                    self.skipped.append(
                        Phrase(
                            "shared-folder.skipped-full-folder",
                            name=entry.name,
                            count=len(children),
                            limit=safety.MAX_ITEM_FILES,
                        )
                    )
                    continue
                for child in children:
                    if not child.is_dir(follow_symlinks=False):  # nested folders are not items: not looked into
                        self._take(f"{entry.name}/{child.name}", child)
            else:
                self._take(entry.name, entry)

    def _take(self, name: str, entry: os.DirEntry) -> None:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            return  # vanished while we looked
        if stat.S_ISLNK(info.st_mode):
            self.links.append(name)
        elif not stat.S_ISREG(info.st_mode):
            self.others.append(name)
        elif info.st_size > safety.size_limit(name):
            self.skipped.append(Phrase("shared-folder.skipped-large-file", name=name, size=info.st_size / 1024**2))
        elif self._count + 1 > safety.MAX_ENTRIES or self._total + info.st_size > safety.MAX_TOTAL_BYTES:
            if not any(problem.key == "shared-folder.skipped-the-rest" for problem in self.skipped):
                self.skipped.append(Phrase("shared-folder.skipped-the-rest", name=name))
        else:
            self._count += 1
            self._total += info.st_size
            self.sizes[name] = info.st_size

    def read(self, name: str) -> bytes:
        limit = safety.size_limit(name)
        try:
            with open_regular(self.location / name, name) as handle:
                data = handle.read(limit + 1)
        except OSError as error:
            raise LibraryError("library.file-unreadable", name=name, reason=os_reason(error)) from None
        if len(data) > limit:
            raise LibraryError("library.file-larger-than-allowed", name=name)
        return data


def _entries(folder: Path) -> list[os.DirEntry]:
    """A folder's entries by name; none if it cannot be listed (it vanished, say)."""
    try:
        with os.scandir(folder) as found:
            return sorted(found, key=lambda entry: entry.name)
    except OSError:
        return []


def open_tree(path: Path) -> Tree:
    path = Path(path)
    if path.is_dir():
        tree = FolderTree(path)
        if tree.links:
            raise LibraryError("library.folder-holds-link", entry=tree.links[0])
        if tree.others:
            raise LibraryError("library.folder-holds-other", entry=tree.others[0])
        return tree
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
    raise LibraryError("library.no-library-toml", name=tree.location.name)


def _group(tree: Tree, prefix: str, lenient: bool) -> dict[str, dict[str, str]]:
    """item folder → {file name → entry}; refuses nested folders (strict reading)."""
    folders: dict[str, dict[str, str]] = {}
    for name in tree.sizes:
        if not name.startswith(prefix):
            continue
        relative = name[len(prefix) :]
        parts = relative.split("/")
        if parts[0] == "__MACOSX" or any(part.startswith(".") for part in parts):
            continue
        if len(parts) == 1:
            continue  # library.toml, a README: not items
        if len(parts) > 2:
            if lenient:
                continue
            raise LibraryError("bundle.nested-folder", entry=relative)
        folders.setdefault(parts[0], {})[parts[1]] = name
    return folders


def read_item_entries(tree: Tree, folder: str, files: dict[str, str]) -> tuple[str, Any, list[ImageInfo]]:
    """(kind, record with image hashes, image infos) of the item folder `folder`, whose files
    are `files` (file name → entry in `tree`). Raises LibraryError naming the file and field."""
    present = [name for name in ITEM_FILES if name in files]
    if not present:
        raise LibraryError("library.item-file-none", folder=folder)
    if len(present) != 1:
        raise LibraryError("library.item-file-count", folder=folder, found=", ".join(present))
    file_name = present[0]
    kind = ITEM_FILES[file_name]
    shown = f"{folder}/{file_name}"
    data = _toml(tree, files[file_name], shown)
    try:
        record = records.KINDS[kind][0](data)
        records.check_bounds(record)
    except FieldError as error:
        raise LibraryError("library.bad-field", file=shown, field=error.field, reason=error.reason) from None
    if record.slug != folder:
        raise LibraryError("library.slug-not-folder", file=shown, slug=record.slug, folder=folder)
    infos = []
    images = []
    for index, image in enumerate(getattr(record, "images", ())):
        ext = os.path.splitext(image.file)[1].lower()
        if ext not in IMAGE_TYPES:
            raise LibraryError("library.image-not-svg-png-jpeg", file=shown, index=index, image=image.file)
        entry = files.get(image.file)
        if entry is None:
            raise LibraryError("library.image-missing", file=shown, index=index, image=image.file)
        checked = tree._checked.get(entry)
        if checked is None:  # an image named many times, or the same picture in many folders: checked once
            content = tree.read(entry)
            sha = hashlib.sha256(content).hexdigest()
            known = tree._checked.get(sha)
            width, height = known[1:] if known else safety.check_image(f"{folder}/{image.file}", content)
            checked = tree._checked[entry] = tree._checked[sha] = (sha, width, height)
        sha, width, height = checked
        if image.sha256 and image.sha256.lower() != sha:
            raise LibraryError("bundle.image-sha-mismatch", file=shown, image=image.file)
        infos.append(ImageInfo(entry, sha, ext, tree.sizes[entry], width, height))
        images.append(replace(image, sha256=sha))
    if images:
        record = replace(record, images=tuple(images))
    return kind, record, infos


def read_tree(
    tree: Tree,
    *,
    lenient: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> LibrarySource:
    """Read and check a whole tree. Strict: the first problem refuses everything (LibraryError).
    Lenient (a shared folder): a broken item is skipped and named in `problems`."""
    prefix = _prefix(tree)
    meta = meta_from_dict(_toml(tree, prefix + "library.toml", "library.toml"))
    source = LibrarySource(location=tree.location, meta=meta)
    if tree.links:
        link = LibraryError("library.holds-link", entry=tree.links[0])
        if not lenient:
            raise link
        source.problems.append(link)
    source.problems += [Phrase("shared-folder.skipped-not-regular", name=name) for name in tree.others]
    source.problems += getattr(tree, "skipped", [])
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
                raise LibraryError("library.id-used-twice", item=folder, id=record.id, other=seen_ids[record.id])
            if record.slug in seen_slugs:
                raise LibraryError("library.slug-used-twice", item=folder, slug=record.slug)
        except LibraryError as error:
            if not lenient:
                raise
            source.problems.append(error)
        else:
            seen_ids[record.id] = folder
            seen_slugs.add(record.slug)
            source.items[kind].append(record)
            for info in infos:
                source.images.setdefault(info.sha256, info)
        if progress:
            progress(done, total)
    source.items[ItemKind.EXERCISE] = resolve_library_aids(
        source.items[ItemKind.EXERCISE], source.items[ItemKind.AID], source.problems if lenient else None
    )
    if prefix + SYNONYMS_FILE in tree.sizes:
        source.synonyms = synonyms_from_dict(_toml(tree, prefix + SYNONYMS_FILE, SYNONYMS_FILE))
    return source


class LibraryCancelled(UserError):
    """The user cancelled a long read or write."""

    def __init__(self) -> None:
        super().__init__("cancelled")


def read_image(tree: Tree, info: ImageInfo) -> bytes:
    """The image bytes again (at apply time), checked against the hash taken at preview."""
    data = tree.read(info.entry)
    if hashlib.sha256(data).hexdigest() != info.sha256:
        raise LibraryError("bundle.image-changed", entry=info.entry)
    return data


# --- writing --------------------------------------------------------------------------------


def write_bundle(
    path: Path, entries: Iterable[tuple[str, bytes]], cancelled: Callable[[], bool] = lambda: False
) -> int:
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
                info.compress_type = (
                    zipfile.ZIP_STORED if name.lower().endswith(_STORED_TYPES) else zipfile.ZIP_DEFLATED
                )
                archive.writestr(info, data)
                count += 1
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return count
