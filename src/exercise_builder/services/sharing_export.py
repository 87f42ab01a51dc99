"""Exporting the library (all of it, the clinic's own items, or chosen ones) as a `.eblib` bundle.

Long work takes a `progress(done, total)` callback and a `cancelled()` check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.kinds import ItemKind
from ..domain.models import ImageRef, new_id
from ..domain.os_reasons import os_reason
from ..library import LibraryError, LibraryMeta
from ..library.bundle import LibraryCancelled, write_bundle
from ..library.writer import KIND_ORDER, library_entries
from ..store import Store
from ..store.catalogue import CUSTOM
from ..store.settings_keys import EXPORT_LIBRARY

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

EXPORT_LIBRARY_KEY = EXPORT_LIBRARY.key
KIND_NAMES = {
    ItemKind.EXERCISE: ("exercise", "exercises"),
    ItemKind.AID: ("aid", "aids"),
    ItemKind.ADVICE: ("advice module", "advice modules"),
    ItemKind.TEMPLATE: ("template", "templates"),
}


def counted(number: int, kind: ItemKind) -> str:
    return f"{number} {KIND_NAMES[kind][number != 1]}"


def never() -> bool:
    return False


@dataclass(slots=True)
class ExportReport:
    path: Path
    meta: LibraryMeta
    counts: dict[str, int]
    images: int
    missing_references: list[str] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        if self.cancelled:
            return "Export cancelled; no bundle was written."
        parts = ", ".join(counted(self.counts[kind], kind) for kind in KIND_ORDER)
        return f"Wrote {self.path}: {parts}, {self.images} image{'s' if self.images != 1 else ''}."


def export_meta(
    store: Store, name: str | None = None, publisher: str | None = None, version: str | None = None
) -> LibraryMeta:
    """The clinic's own library identity: a stable id made once, the clinic's name."""
    saved = store.settings.get(EXPORT_LIBRARY_KEY) or {}
    clinic = store.settings.clinic()
    if not saved.get("id"):
        saved = {"id": new_id()}
        store.settings.set(EXPORT_LIBRARY_KEY, saved)
    return LibraryMeta(
        id=saved["id"],
        name=name or saved.get("name") or (f"{clinic.name} – bibliotek" if clinic.name else "Klinikkens bibliotek"),
        publisher=publisher or saved.get("publisher") or clinic.name or "",
        version=version or dt.datetime.now(dt.UTC).strftime("%Y.%m.%d.%H%M%S"),
    )


def select_items(store: Store, scope: str | Iterable[str] = "all") -> tuple[dict[str, list[Any]], list[str]]:
    """Items for an export and what they need: a template brings its exercises, aids and advice,
    an exercise the aids it uses. `scope` is "all", "custom" (the clinic's own items) or ids/slugs
    of exercises and templates."""
    catalogue = store.catalogue
    if scope == "all":
        return {kind: catalogue.by_slug(kind) for kind in KIND_ORDER}, []
    chosen: dict[str, dict[str, Any]] = {kind: {} for kind in KIND_ORDER}
    if scope == CUSTOM:
        for kind in KIND_ORDER:
            for record in catalogue.by_slug(kind, CUSTOM):
                chosen[kind][record.id] = record
    else:
        for ref in scope:
            for kind in KIND_ORDER:
                record = catalogue.get(kind, ref)
                if record is not None:
                    chosen[kind][record.id] = record
                    break
            else:
                raise LibraryError("sharing-export.unknown-item", ref=ref)
    missing = []
    for template in list(chosen[ItemKind.TEMPLATE].values()):
        needs = (
            [(ItemKind.EXERCISE, item.exercise) for item in template.items]
            + [(ItemKind.AID, aid.aid) for aid in template.aids]
            + [(ItemKind.ADVICE, ref) for ref in template.advice]
        )
        for kind, ref in needs:
            record = catalogue.get(kind, ref)
            if record is None:
                missing.append(f"{template.slug} refers to {kind} '{ref}', which is not in the library")
            else:
                chosen[kind].setdefault(record.id, record)
    for exercise in list(chosen[ItemKind.EXERCISE].values()):
        for ref in exercise.aids:
            record = catalogue.get(ItemKind.AID, ref)
            if record is None:
                missing.append(f"{exercise.slug} uses the aid '{ref}', which is not in the library")
            else:
                chosen[ItemKind.AID].setdefault(record.id, record)
    return {kind: sorted(chosen[kind].values(), key=lambda r: r.slug) for kind in KIND_ORDER}, missing


def image_reader(store: Store, owner: Callable[[ImageRef], str]) -> Callable[[ImageRef], bytes]:
    """Reads an item's image from media/; a missing one is one sentence naming its item."""

    def read(image: ImageRef) -> bytes:
        try:
            return store.media.read(image.sha256)
        except (OSError, ValueError):
            raise LibraryError("sharing-export.image-missing", file=image.file, item=owner(image)) from None

    return read


def export_bundle(
    store: Store,
    path: Path,
    scope: str | Iterable[str] = "all",
    progress: Progress | None = None,
    cancelled: Cancelled = never,
    meta: LibraryMeta | None = None,
) -> ExportReport:
    """Write a .eblib bundle (atomically) of the whole library, the clinic's own items or chosen
    exercises and templates with everything they need. Cancelled: `report.cancelled`, no file."""
    items, missing = select_items(store, scope)
    meta = meta or export_meta(store)
    owners = {
        (image.file, image.sha256): record.slug
        for kind in (ItemKind.EXERCISE, ItemKind.AID)
        for record in items[kind]
        for image in record.images
    }
    read = image_reader(store, lambda image: owners.get((image.file, image.sha256), "?"))
    total = sum(len(records_) for records_ in items.values())
    images = {
        image.sha256 for kind in (ItemKind.EXERCISE, ItemKind.AID) for record in items[kind] for image in record.images
    }

    synonyms = store.catalogue.synonyms_of({kind: [r.id for r in items[kind]] for kind in KIND_ORDER}, meta.id)

    def entries():
        done = 0
        last_folder = None
        for name, data in library_entries(meta, items, read, synonyms):
            folder = name.split("/", 1)[0] if "/" in name else None
            if folder and folder != last_folder:
                last_folder = folder
                done += 1
                if progress:
                    progress(done, total)
            yield name, data

    report = ExportReport(Path(path), meta, {kind: len(items[kind]) for kind in KIND_ORDER}, len(images), missing)
    try:
        write_bundle(Path(path), entries(), cancelled)
    except LibraryCancelled:
        report.cancelled = True  # nothing written: the temporary file is gone
    except OSError as error:
        raise LibraryError("sharing-export.cannot-write", path=path, reason=os_reason(error)) from None
    return report
