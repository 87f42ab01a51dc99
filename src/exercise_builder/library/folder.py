"""Reading a library folder: library.toml and one folder per item, validated.

Errors name the file and the field. Reading touches no database; the caller decides what to
write, so a bad folder changes nothing.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..domain import records
from ..domain.errors import UserError
from ..domain.kinds import ItemKind
from ..domain.models import Aid, Exercise, FieldError
from ..domain.os_reasons import os_reason

FORMAT_VERSION = 1
ITEM_FILES = {
    "exercise.toml": ItemKind.EXERCISE,
    "aid.toml": ItemKind.AID,
    "advice.toml": ItemKind.ADVICE,
    "template.toml": ItemKind.TEMPLATE,
}
IMAGE_TYPES = (".svg", ".png", ".jpg", ".jpeg")


class LibraryError(UserError, ValueError):
    """A library folder or bundle that cannot be read; its key's sentence (domain/messages.py)
    names the file and what is wrong."""


@dataclass(frozen=True, slots=True)
class LibraryMeta:
    id: str
    name: str
    publisher: str
    version: str
    format_version: int = FORMAT_VERSION


@dataclass(slots=True)
class LibraryContent:
    meta: LibraryMeta
    items: dict[str, list[Any]] = field(default_factory=lambda: {kind: [] for kind in ITEM_FILES.values()})
    # (item slug, image file name) → path of the image on disk
    images: dict[tuple[str, str], Path] = field(default_factory=dict)
    synonyms: dict[str, list[str]] = field(default_factory=dict)  # from synonyms.toml, if any

    @property
    def exercises(self) -> list[Any]:
        return self.items[ItemKind.EXERCISE]

    @property
    def aids(self) -> list[Any]:
        return self.items[ItemKind.AID]

    @property
    def advice(self) -> list[Any]:
        return self.items[ItemKind.ADVICE]

    @property
    def templates(self) -> list[Any]:
        return self.items[ItemKind.TEMPLATE]


_TOML_WHERE = re.compile(r"\(at line (\d+), column (\d+)\)\s*$")


def toml_error(error: tomllib.TOMLDecodeError, shown: str) -> LibraryError:
    """The file is not valid TOML, said in the user's language with where tomllib found it (its
    own text is English): line and column from the error (Python 3.14's lineno/colno, or the
    "(at line 3, column 5)" that ends the message before that)."""
    line, column = getattr(error, "lineno", None), getattr(error, "colno", None)
    if not (isinstance(line, int) and isinstance(column, int)):
        match = _TOML_WHERE.search(str(error))
        line, column = (int(match[1]), int(match[2])) if match else (None, None)
    if line is not None and column is not None:
        return LibraryError("library.not-toml-at", file=shown, line=line, column=column)
    if str(error).rstrip().endswith("(at end of document)"):
        return LibraryError("library.not-toml-at-end", file=shown)
    return LibraryError("library.not-toml", file=shown)


def parse_toml(data: bytes, shown: str) -> dict:
    """A library file's TOML (from a folder or a bundle), or one sentence naming what is wrong."""
    try:
        return tomllib.loads(data.decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise toml_error(error, shown) from None
    except UnicodeDecodeError:
        raise LibraryError("library.not-utf8", file=shown) from None
    except RecursionError:
        raise LibraryError("library.too-deep", file=shown) from None


def _load_toml(path: Path, shown: str) -> dict:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LibraryError("library.toml-unreadable", file=shown, reason=os_reason(error)) from None
    return parse_toml(data, shown)


def read_meta(root: Path) -> LibraryMeta:
    path = root / "library.toml"
    if not path.is_file():
        raise LibraryError("library.not-a-library-folder", folder=root.name or root)
    return meta_from_dict(_load_toml(path, "library.toml"))


def meta_from_dict(data: dict) -> LibraryMeta:
    """library.toml's content, checked (shared by the folder and the bundle readers)."""
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise LibraryError("library.format-version", version=repr(version), supported=FORMAT_VERSION)
    values: dict[str, str] = {}
    for key in ("id", "name", "publisher", "version"):
        value = data.get(key, "")
        if not isinstance(value, str) or (key in ("id", "name") and not value.strip()):
            raise LibraryError("library.meta-field", field=key)
        values[key] = value
    return LibraryMeta(values["id"], values["name"], values["publisher"], values["version"])


def read_library(root: Path) -> LibraryContent:
    """Read and validate a whole library folder."""
    content = LibraryContent(meta=read_meta(root))
    seen_ids: dict[str, str] = {}
    seen_slugs: set[str] = set()
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        kind, record = read_item(folder)
        shown = f"{folder.name}/{next(n for n, k in ITEM_FILES.items() if k == kind)}"
        if record.id in seen_ids:
            raise LibraryError("library.id-used-twice", item=shown, id=record.id, other=seen_ids[record.id])
        if record.slug in seen_slugs:
            raise LibraryError("library.slug-used-twice", item=shown, slug=record.slug)
        seen_ids[record.id] = shown
        seen_slugs.add(record.slug)
        for image in getattr(record, "images", ()):
            content.images[(record.slug, image.file)] = folder / image.file
        content.items[kind].append(record)
    content.items[ItemKind.EXERCISE] = resolve_library_aids(content.exercises, content.aids)
    if (root / "synonyms.toml").is_file():
        from .synonyms import synonyms_from_dict  # here: synonyms.py imports this module

        content.synonyms = synonyms_from_dict(_load_toml(root / "synonyms.toml", "synonyms.toml"))
    return content


def resolve_library_aids(
    exercises: list[Exercise], aids: list[Aid], problems: list[Any] | None = None
) -> list[Exercise]:
    """The exercises with their aids as UUIDs, named within this library (see resolve_aids).
    With a `problems` list (lenient reading) a broken exercise is left out and its sentence kept."""
    known = aid_names(aids)
    resolved = []
    for exercise in exercises:
        try:
            resolved.append(resolve_aids(exercise, known))
        except LibraryError as error:
            if problems is None:
                raise
            problems.append(error)
    return resolved


def aid_names(aids: list[Aid]) -> dict[str, str]:
    """Every name (slug or UUID) an exercise in this library may give an aid → the aid's UUID."""
    return {name: aid.id for aid in aids for name in (aid.id, aid.slug)}


def resolve_aids(exercise: Exercise, known: dict[str, str]) -> Exercise:
    """The exercise with its aids as UUIDs. A slug must name an aid in the same library; a UUID
    that is not in it is kept, as a UUID names the aid wherever it is (a clinic's exercise that
    uses a shipped aid). Raises LibraryError naming the file and field."""
    ids = []
    for index, ref in enumerate(exercise.aids):
        if ref in known:
            ids.append(known[ref])
        elif records.UUID.match(ref):
            ids.append(ref)
        else:
            raise LibraryError("library.unknown-aid", slug=exercise.slug, index=index, ref=ref)
    return replace(exercise, aids=tuple(dict.fromkeys(ids)))


def read_item(folder: Path) -> tuple[str, Any]:
    """(kind, record) of one item folder; checks the slug and that every image is there."""
    present = [name for name in ITEM_FILES if (folder / name).is_file()]
    if not present:
        raise LibraryError("library.item-file-none", folder=folder.name)
    if len(present) != 1:
        raise LibraryError("library.item-file-count", folder=folder.name, found=", ".join(present))
    name = present[0]
    kind = ITEM_FILES[name]
    shown = f"{folder.name}/{name}"
    data = _load_toml(folder / name, shown)
    try:
        record = records.KINDS[kind][0](data)
        records.check_bounds(record)
    except FieldError as error:
        raise LibraryError("library.bad-field", file=shown, field=error.field, reason=error.reason) from None
    if record.slug != folder.name:
        raise LibraryError("library.slug-not-folder", file=shown, slug=record.slug, folder=folder.name)
    for index, image in enumerate(getattr(record, "images", ())):
        path = folder / image.file
        if path.suffix.lower() not in IMAGE_TYPES:
            raise LibraryError("library.image-not-svg-png-jpeg", file=shown, index=index, image=image.file)
        if not path.is_file():
            raise LibraryError("library.image-missing", file=shown, index=index, image=image.file)
    return kind, record
