"""Reading a library folder: library.toml and one folder per item, validated.

Errors name the file and the field. Reading touches no database; the caller decides what to
write, so a bad folder changes nothing.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..domain import records
from ..domain.errors import UserError
from ..domain.kinds import ItemKind
from ..domain.models import Aid, Exercise, FieldError

FORMAT_VERSION = 1
ITEM_FILES = {
    "exercise.toml": ItemKind.EXERCISE,
    "aid.toml": ItemKind.AID,
    "advice.toml": ItemKind.ADVICE,
    "template.toml": ItemKind.TEMPLATE,
}
IMAGE_TYPES = (".svg", ".png", ".jpg", ".jpeg")


class LibraryError(UserError, ValueError):
    """A library folder or bundle that cannot be read; the message is one sentence for the user."""


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


def parse_toml(data: bytes, shown: str) -> dict:
    """A library file's TOML (from a folder or a bundle), or one sentence naming what is wrong."""
    try:
        return tomllib.loads(data.decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise LibraryError(f"{shown} is not valid TOML: {error}.") from None
    except UnicodeDecodeError:
        raise LibraryError(f"{shown} is not UTF-8 text.") from None
    except RecursionError:
        raise LibraryError(f"{shown} is nested too deeply to be a library file.") from None


def _load_toml(path: Path, shown: str) -> dict:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LibraryError(f"{shown} could not be read: {error.strerror}.") from None
    return parse_toml(data, shown)


def read_meta(root: Path) -> LibraryMeta:
    path = root / "library.toml"
    if not path.is_file():
        raise LibraryError(f"{root.name or root}: library.toml is missing; this is not a library folder.")
    return meta_from_dict(_load_toml(path, "library.toml"))


def meta_from_dict(data: dict) -> LibraryMeta:
    """library.toml's content, checked (shared by the folder and the bundle readers)."""
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise LibraryError(
            f"library.toml: format_version {version!r} is not supported (this app reads {FORMAT_VERSION})."
        )
    values: dict[str, str] = {}
    for key in ("id", "name", "publisher", "version"):
        value = data.get(key, "")
        if not isinstance(value, str) or (key in ("id", "name") and not value.strip()):
            raise LibraryError(f"library.toml: the field '{key}' is missing or not text.")
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
            raise LibraryError(f"{shown}: the id {record.id} is also used by {seen_ids[record.id]}.")
        if record.slug in seen_slugs:
            raise LibraryError(f"{shown}: the slug '{record.slug}' is used twice.")
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
    exercises: list[Exercise], aids: list[Aid], problems: list[str] | None = None
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
            problems.append(str(error))
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
            raise LibraryError(
                f"{exercise.slug}/exercise.toml: the field 'aids[{index}]' names the aid "
                f"'{ref}', which is not in this library."
            )
    return replace(exercise, aids=tuple(dict.fromkeys(ids)))


def read_item(folder: Path) -> tuple[str, Any]:
    """(kind, record) of one item folder; checks the slug and that every image is there."""
    present = [name for name in ITEM_FILES if (folder / name).is_file()]
    if len(present) != 1:
        found = ", ".join(present) if present else "none"
        raise LibraryError(
            f"{folder.name}: an item folder must hold exactly one of exercise.toml, aid.toml, "
            f"advice.toml or template.toml (found {found})."
        )
    name = present[0]
    kind = ITEM_FILES[name]
    shown = f"{folder.name}/{name}"
    data = _load_toml(folder / name, shown)
    try:
        record = records.KINDS[kind][0](data)
        records.check_bounds(record)
    except FieldError as error:
        raise LibraryError(f"{shown}: the field '{error.field}' {error.reason}.") from None
    if record.slug != folder.name:
        raise LibraryError(f"{shown}: the field 'slug' is '{record.slug}' but the folder is '{folder.name}'.")
    for index, image in enumerate(getattr(record, "images", ())):
        path = folder / image.file
        if path.suffix.lower() not in IMAGE_TYPES:
            raise LibraryError(
                f"{shown}: the field 'images[{index}].file' names {image.file}, which is not SVG, PNG or JPEG."
            )
        if not path.is_file():
            raise LibraryError(f"{shown}: the field 'images[{index}].file' names {image.file}, which is missing.")
    return kind, record
