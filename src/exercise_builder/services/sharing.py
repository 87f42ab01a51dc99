"""Sharing libraries: export bundles, preview and apply imports, and the shared clinic folder.

The functions here join the store to the library format. Long work takes a `progress(done,
total)` callback and a `cancelled()` check; a cancelled import rolls back completely.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import records
from ..domain.models import ImageRef, new_id, now_iso
from ..library import LibraryError, LibraryMeta
from ..library import merge
from ..library.bundle import (
    FolderTree,
    ImageInfo,
    LibraryCancelled,
    open_tree,
    read_image,
    read_tree,
    write_bundle,
)
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
from ..library.writer import KIND_ORDER, library_entries
from ..store import Store, transaction
from ..store.catalogue import CUSTOM, IMPORTED, TABLES, content_hash

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

EXPORT_LIBRARY_KEY = "export_library"
SHARED_FOLDER_KEY = "shared_folder"
SHARED_REFRESHED_KEY = "shared_folder_refreshed"
KIND_NAMES = {"exercise": ("exercise", "exercises"), "aid": ("aid", "aids"),
              "advice": ("advice module", "advice modules"), "template": ("template", "templates")}


def _counted(number: int, kind: str) -> str:
    return f"{number} {KIND_NAMES[kind][number != 1]}"


def _never() -> bool:
    return False


# --- export ---------------------------------------------------------------------------------

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
        parts = ", ".join(_counted(self.counts[kind], kind) for kind in KIND_ORDER)
        return f"Wrote {self.path}: {parts}, {self.images} image{'s' if self.images != 1 else ''}."


def export_meta(store: Store, name: str | None = None, publisher: str | None = None,
                version: str | None = None) -> LibraryMeta:
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
        version=version or dt.datetime.now(dt.timezone.utc).strftime("%Y.%m.%d.%H%M%S"),
    )


def _rows(store: Store, kind: str, where: str = "", params: Iterable[Any] = ()) -> list[Any]:
    sql = f"SELECT data FROM {TABLES[kind]} {where} ORDER BY slug"
    return [records.KINDS[kind][0](json.loads(row[0])) for row in store.db.execute(sql, list(params))]


def select_items(store: Store, scope: str | Iterable[str] = "all") -> tuple[dict[str, list[Any]], list[str]]:
    """Items for an export and what they need: a template brings its exercises, aids and advice,
    an exercise the aids it uses. `scope` is "all", "custom" (the clinic's own items) or ids/slugs
    of exercises and templates."""
    if scope == "all":
        return {kind: _rows(store, kind) for kind in KIND_ORDER}, []
    chosen: dict[str, dict[str, Any]] = {kind: {} for kind in KIND_ORDER}
    if scope == "custom":
        for kind in KIND_ORDER:
            for record in _rows(store, kind, "WHERE origin = ?", [CUSTOM]):
                chosen[kind][record.id] = record
    else:
        for ref in scope:
            for kind in KIND_ORDER:
                record = store.catalogue.get(kind, ref)
                if record is not None:
                    chosen[kind][record.id] = record
                    break
            else:
                raise LibraryError(f"Nothing in the library has the id or slug '{ref}'.")
    missing = []
    for template in list(chosen["template"].values()):
        needs = ([("exercise", item.exercise) for item in template.items]
                 + [("aid", aid.aid) for aid in template.aids] + [("advice", ref) for ref in template.advice])
        for kind, ref in needs:
            record = store.catalogue.get(kind, ref)
            if record is None:
                missing.append(f"{template.slug} refers to {kind} '{ref}', which is not in the library")
            else:
                chosen[kind].setdefault(record.id, record)
    for exercise in list(chosen["exercise"].values()):
        for ref in exercise.aids:
            record = store.catalogue.get("aid", ref)
            if record is None:
                missing.append(f"{exercise.slug} uses the aid '{ref}', which is not in the library")
            else:
                chosen["aid"].setdefault(record.id, record)
    return {kind: sorted(chosen[kind].values(), key=lambda r: r.slug) for kind in KIND_ORDER}, missing


def _image_reader(store: Store, owner: Callable[[ImageRef], str]) -> Callable[[ImageRef], bytes]:
    def read(image: ImageRef) -> bytes:
        try:
            return store.media.read(image.sha256)
        except (OSError, ValueError):
            raise LibraryError(f"The image {image.file} of '{owner(image)}' is missing from the media "
                               "folder; it cannot be shared.") from None
    return read


def export_bundle(store: Store, path: Path, scope: str | Iterable[str] = "all",
                  progress: Progress | None = None, cancelled: Cancelled = _never,
                  meta: LibraryMeta | None = None) -> ExportReport:
    """Write a .eblib bundle (atomically) of the whole library, the clinic's own items or chosen
    exercises and templates with everything they need. Cancelled: `report.cancelled`, no file."""
    items, missing = select_items(store, scope)
    meta = meta or export_meta(store)
    owners = {(image.file, image.sha256): record.slug
              for kind in ("exercise", "aid") for record in items[kind] for image in record.images}
    read = _image_reader(store, lambda image: owners.get((image.file, image.sha256), "?"))
    total = sum(len(records_) for records_ in items.values())
    images = {image.sha256 for kind in ("exercise", "aid") for record in items[kind] for image in record.images}

    def entries():
        done = 0
        last_folder = None
        for name, data in library_entries(meta, items, read):
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
        report.cancelled = True   # nothing written: the temporary file is gone
    except OSError as error:
        raise LibraryError(f"The bundle could not be written to {path} ({error.strerror}).") from None
    return report


# --- import ---------------------------------------------------------------------------------

@dataclass(slots=True)
class ImportPreview:
    """What an import would do, before it writes anything."""
    location: Path
    meta: LibraryMeta
    incoming: list[merge.Incoming]
    planned: list[merge.Planned]
    images: dict[str, ImageInfo]
    refusals: list[str] = field(default_factory=list)   # items skipped, with reasons
    warnings: list[str] = field(default_factory=list)
    lenient: bool = False
    synonyms: dict[str, list[str]] = field(default_factory=dict)  # the bundle's synonyms.toml

    @property
    def counts(self) -> dict[str, int]:
        return merge.counts(self.planned)

    def items(self, status: str) -> list[merge.Planned]:
        return [p for p in self.planned if p.status == status]

    def lines(self, limit: int = 100) -> list[str]:
        meta = self.meta
        out = [f"{self.location.name}: '{meta.name}' from {meta.publisher or 'an unknown publisher'}, "
               f"version {meta.version}, {len(self.planned)} items."]
        out.append("  " + ", ".join(f"{self.counts[s]} {merge.STATUS_LABELS[s]}" for s in merge.STATUSES))
        for status in (merge.CONFLICT, merge.UPDATED, merge.NEW, merge.EDITED_HERE):
            listed = self.items(status)
            for p in listed[:limit]:
                out.append(f"  {merge.STATUS_LABELS[status]}: {p.incoming.kind} {p.incoming.slug} "
                           f"({p.incoming.title})")
            if len(listed) > limit:
                out.append(f"  … and {len(listed) - limit} more {merge.STATUS_LABELS[status]}")
        out += [f"  refused: {reason}" for reason in self.refusals]
        out += [f"  warning: {warning}" for warning in self.warnings]
        return out


@dataclass(slots=True)
class ImportResult:
    location: Path
    meta: LibraryMeta
    policy: str
    actions: list[merge.Action] = field(default_factory=list)
    cancelled: bool = False

    @property
    def by_op(self) -> dict[str, int]:
        return merge.MergeSummary.of(self.actions).by_op

    def lines(self) -> list[str]:
        if self.cancelled:
            return ["Import cancelled; nothing was changed."]
        ops = self.by_op
        out = [f"Imported '{self.meta.name}' {self.meta.version} ({self.policy}): {ops[merge.INSERT]} added, "
               f"{ops[merge.UPDATE]} updated, {ops[merge.REPLACE]} local edits replaced (kept as backups), "
               f"{ops[merge.KEEP]} kept as mine, {ops[merge.COPY]} kept both, {ops[merge.SKIP]} left as they were."]
        out += [f"  {a.kind} {a.data['slug']}: {a.note}" for a in self.actions if a.note]
        return out


def _local_state(store: Store) -> dict[tuple[str, str], merge.Local]:
    local = {}
    for kind in KIND_ORDER:
        rows = store.db.execute(f"SELECT id, slug, origin, data, base_hash FROM {TABLES[kind]}")
        for ident, slug, origin, data, base in rows:
            local[(kind, ident)] = merge.Local(kind, ident, slug, origin or CUSTOM,
                                              content_hash(json.loads(data)), base)
    return local


def _taken_slugs(store: Store) -> dict[str, str]:
    taken = {}
    for kind in KIND_ORDER:
        for slug, ident in store.db.execute(f"SELECT slug, id FROM {TABLES[kind]}"):
            taken[slug] = ident
    return taken


def _dangling_references(store: Store, incoming: list[merge.Incoming]) -> list[str]:
    known = {kind: set() for kind in KIND_ORDER}
    for item in incoming:
        known[item.kind] |= {item.id, item.slug}
    warnings = []
    for item in incoming:
        if item.kind == "exercise":
            for ref in item.data.get("aids", []):
                if ref not in known["aid"] and store.catalogue.resolve("aid", ref) is None:
                    warnings.append(f"the exercise {item.slug} uses the aid '{ref}', "
                                    "which is neither in the bundle nor here")
        if item.kind != "template":
            continue
        refs = ([("exercise", i["exercise"]) for i in item.data.get("items", [])]
                + [("aid", a["aid"]) for a in item.data.get("aids", [])]
                + [("advice", ref) for ref in item.data.get("advice", [])])
        for kind, ref in refs:
            if ref not in known[kind] and store.catalogue.resolve(kind, ref) is None:
                warnings.append(f"the template {item.slug} refers to {kind} '{ref}', "
                                "which is neither in the bundle nor here")
    return warnings


def preview_import(store: Store, path: Path, progress: Progress | None = None,
                   cancelled: Cancelled = _never, *, lenient: bool = False) -> ImportPreview:
    """Read and check a bundle or library folder and classify every item; writes nothing.
    Raises LibraryError (one sentence) for anything hostile or malformed."""
    path = Path(path)
    try:
        tree = FolderTree(path) if lenient else open_tree(path)
    except OSError as error:
        raise LibraryError(f"{path} could not be read ({error.strerror}).") from None
    with tree:
        try:
            source = read_tree(tree, lenient=lenient, progress=progress, cancelled=cancelled)
        except OSError as error:
            raise LibraryError(f"{path} could not be read ({error.strerror}).") from None
    incoming = []
    for kind in KIND_ORDER:
        for record in source.items[kind]:
            data = records.KINDS[kind][1](record)
            incoming.append(merge.Incoming(kind, data, content_hash(data)))
    planned = merge.classify(incoming, _local_state(store))
    return ImportPreview(path, source.meta, incoming, planned, source.images, list(source.problems),
                         _dangling_references(store, incoming), lenient, source.synonyms)


class _Writer:
    """Carries out merge actions inside the caller's transaction."""

    def __init__(self, store: Store, preview: ImportPreview, tree) -> None:
        self.store = store
        self.preview = preview
        self.tree = tree
        self.source = (preview.meta.id, preview.meta.version)
        self.created_files: list[Path] = []
        self.created_dirs: list[Path] = []
        self.media_known = {row[0] for row in store.db.execute("SELECT sha256 FROM media")}

    def images(self, data: dict) -> None:
        for image in data.get("images", []):
            sha = image.get("sha256", "")
            if sha in self.media_known and self.store.media.exists(sha):
                continue
            info = self.preview.images.get(sha)
            if info is None:
                raise LibraryError(f"The image {image['file']} of '{data['slug']}' is not in the bundle.")
            content = read_image(self.tree, info)
            target = self.store.media.path(sha, info.ext)
            new_dirs = [folder for folder in (target.parent, target.parent.parent) if not folder.exists()]
            existed = target.exists()
            self.store.media.add(content, info.ext, info.width, info.height)
            if not existed:
                self.created_files.append(target)
            self.created_dirs.extend(reversed(new_dirs))
            self.media_known.add(sha)

    def apply(self, action: merge.Action) -> None:
        catalogue = self.store.catalogue
        kind, data, op = action.kind, action.data, action.op
        if op == merge.SKIP:
            return
        self.images(data)
        table = TABLES[kind]
        if op in (merge.INSERT, merge.COPY):
            catalogue._insert(kind, data, origin=IMPORTED, upstream=data, source=self.source)
        elif op == merge.UPDATE:
            catalogue._update(kind, data, edited=False, upstream=data, source=self.source)
        elif op == merge.REPLACE:
            row = self.store.db.execute(f"SELECT data FROM {table} WHERE id = ?", [data["id"]]).fetchone()
            self.store.db.execute(
                "INSERT INTO replaced_items (kind, item_id, data, replaced, by_library, by_version) "
                "VALUES (?, ?, ?, ?, ?, ?)", [kind, data["id"], row[0], now_iso(), *self.source])
            catalogue._update(kind, data, edited=False, upstream=data, source=self.source)
        elif op == merge.KEEP:
            origin = self.store.db.execute(f"SELECT origin FROM {table} WHERE id = ?", [data["id"]]).fetchone()[0]
            if origin != CUSTOM:  # their version becomes the original a local edit can be reset to
                self.store.db.execute(
                    f"UPDATE {table} SET upstream_data = ?, base_hash = ?, source_library = ?, "
                    "source_version = ?, edited = 1 WHERE id = ?",
                    [json.dumps(data, ensure_ascii=False), content_hash(data), *self.source, data["id"]])

    def record_source(self) -> None:
        meta = self.preview.meta
        self.store.db.execute(
            "INSERT OR REPLACE INTO library_sources (id, name, publisher, version, location, imported) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [meta.id, meta.name, meta.publisher, meta.version, str(self.preview.location), now_iso()])

    def discard_files(self) -> None:
        """Remove the images this import put in media/ (the database rows roll back)."""
        for path in self.created_files:
            path.unlink(missing_ok=True)
        for folder in reversed(self.created_dirs):  # innermost first
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if empty


def apply_import(store: Store, preview: ImportPreview, policy: str = merge.KEEP_MINE,
                 progress: Progress | None = None, cancelled: Cancelled = _never) -> ImportResult:
    """Apply an import in one transaction: all or nothing. The items are classified again inside
    the transaction, so an edit made after the preview is never overwritten unseen."""
    if policy not in merge.POLICIES:
        raise LibraryError(f"The policy '{policy}' is not one of {', '.join(merge.POLICIES)}.")
    result = ImportResult(preview.location, preview.meta, policy)
    try:
        tree = FolderTree(preview.location) if preview.lenient else open_tree(preview.location)
    except OSError as error:
        raise LibraryError(f"{preview.location} could not be read ({error.strerror}).") from None
    with tree:
        writer = _Writer(store, preview, tree)
        try:
            with transaction(store.db):
                local = _local_state(store)
                planned = merge.classify(preview.incoming, local)
                actions = merge.decide(planned, policy, preview.meta.name, _taken_slugs(store), set(local))
                total = len(actions)
                for done, action in enumerate(actions, start=1):
                    if cancelled():
                        raise LibraryCancelled()
                    writer.apply(action)
                    if progress:
                        progress(done, total)
                writer.record_source()
                store.catalogue.merge_synonyms(preview.synonyms, preview.meta.id)
                if cancelled():
                    raise LibraryCancelled()
        except LibraryCancelled:
            writer.discard_files()
            result.cancelled = True
            return result
        except OSError as error:
            writer.discard_files()
            raise LibraryError(f"The import could not be completed ({error.strerror}); nothing was changed.") from None
        except BaseException:
            writer.discard_files()
            raise
    result.actions = actions
    return result


def import_bundle(store: Store, path: Path, policy: str = merge.KEEP_MINE) -> ImportResult:
    return apply_import(store, preview_import(store, path), policy)


def library_sources(store: Store) -> dict[str, dict]:
    """Known source libraries by id (name, publisher, version, location), for the UI's filter."""
    rows = store.db.execute("SELECT id, name, publisher, version, location, imported FROM library_sources")
    return {row[0]: {"name": row[1], "publisher": row[2], "version": row[3], "location": row[4],
                     "imported": row[5]} for row in rows}


def replaced_versions(store: Store, item_id: str) -> list[tuple[str, Any]]:
    """(when, record) of local versions an import replaced under take-theirs, newest first."""
    rows = store.db.execute("SELECT kind, data, replaced FROM replaced_items WHERE item_id = ? "
                            "ORDER BY id DESC", [item_id])
    return [(replaced, records.KINDS[kind][0](json.loads(data))) for kind, data, replaced in rows]


def remove_orphan_media(store: Store, older_than_seconds: float = 3600) -> int:
    """Delete image files in media/ that no media row names, here or in a backup: left when an
    import was killed after writing an image and before its transaction committed. Young files are
    spared, since an import running in another instance has not committed yet. Returns how many went."""
    import time

    from ..store.backups import media_named_in_backups

    known = {f"{sha}{ext}" for sha, ext in store.db.execute("SELECT sha256, ext FROM media")}
    known |= media_named_in_backups(store.data_dir)  # a restore would bring their rows back
    cutoff = time.time() - older_than_seconds
    removed = 0
    if not store.media.dir.is_dir():
        return 0
    for path in store.media.dir.glob("*/*"):
        with contextlib.suppress(OSError):
            if path.is_file() and path.name not in known and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
    return removed


# --- the shared clinic folder ---------------------------------------------------------------

@dataclass(slots=True)
class SharedFolderReport:
    folder: Path | None
    reachable: bool
    message: str = ""
    preview: ImportPreview | None = None
    result: ImportResult | None = None
    published: list[str] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.reachable and not self.message


def shared_folder(store: Store) -> Path | None:
    value = store.settings.get(SHARED_FOLDER_KEY)
    return Path(value) if value else None


def subscribe_shared_folder(store: Store, folder: Path | None) -> None:
    """Point the app at a shared clinic folder (None stops the subscription)."""
    store.settings.set(SHARED_FOLDER_KEY, str(Path(folder).expanduser()) if folder else None)


def _unreachable(folder: Path) -> SharedFolderReport:
    return SharedFolderReport(folder, False, f"The shared folder {folder} cannot be reached; "
                                             "you keep working with your local copy.")


def refresh_subscription(store: Store, policy: str = merge.KEEP_BOTH, progress: Progress | None = None,
                         cancelled: Cancelled = _never) -> SharedFolderReport:
    """Take the shared folder's items into the store. Broken item folders (half-synced, say) are
    skipped and listed; local edits are never overwritten (keep-both keeps theirs as a copy)."""
    folder = shared_folder(store)
    if folder is None:
        return SharedFolderReport(None, False, "No shared folder is set.")
    if not reachable(folder):
        return _unreachable(folder)
    if not (folder / "library.toml").exists():
        return SharedFolderReport(folder, True, "The shared folder holds no library yet; publish to start one.")
    try:
        preview = preview_import(store, folder, progress, cancelled, lenient=True)
        result = apply_import(store, preview, policy, progress, cancelled)
    except LibraryCancelled:
        return SharedFolderReport(folder, True, "Refresh cancelled; nothing was changed.")
    except LibraryError as error:
        if not reachable(folder):
            return _unreachable(folder)
        return SharedFolderReport(folder, True, str(error))
    except OSError:
        return _unreachable(folder)
    store.settings.set(SHARED_REFRESHED_KEY, now_iso())
    return SharedFolderReport(folder, True, "", preview, result, refused=list(preview.refusals))


def _publishable(store: Store, shared_id: str) -> list[tuple[str, Any, str | None]]:
    """(kind, record, base hash) of the clinic's own items and of local edits of shared items."""
    out = []
    for kind in KIND_ORDER:
        rows = store.db.execute(
            f"SELECT data, base_hash, origin, source_library FROM {TABLES[kind]} "
            "WHERE origin = ? OR source_library = ? ORDER BY slug", [CUSTOM, shared_id])
        for data, base, origin, source in rows:
            parsed = json.loads(data)
            if origin != CUSTOM and content_hash(parsed) == base:
                continue  # a shared item not changed here
            out.append((kind, records.KINDS[kind][0](parsed), base))
    return out


def _shared_meta(store: Store) -> LibraryMeta:
    """The identity of a new shared folder: its own id, not the clinic's export id."""
    clinic = store.settings.clinic().name
    return LibraryMeta(new_id(), f"{clinic} – fælles mappe" if clinic else "Klinikkens fælles mappe", clinic, "1")


def publish_own_items(store: Store, progress: Progress | None = None,
                      cancelled: Cancelled = _never) -> SharedFolderReport:
    """Publish the clinic's own items (and local edits of shared items) into the shared folder,
    one folder per item, each swapped in atomically; concurrent edits become conflict copies."""
    folder = shared_folder(store)
    if folder is None:
        return SharedFolderReport(None, False, "No shared folder is set.")
    if not reachable(folder):
        return _unreachable(folder)
    report = SharedFolderReport(folder, True)
    marks: list[tuple[str, dict, str]] = []
    try:
        meta = ensure_library(folder, lambda: _shared_meta(store))
        clean_leftovers(folder)
        items = _publishable(store, meta.id)
        for done, (kind, record, base) in enumerate(items, start=1):
            if cancelled():
                report.message = "Publishing stopped; the items published so far are in the folder."
                break
            data = records.KINDS[kind][1](record)
            own = content_hash(data)
            if base == own and (folder / record.slug).is_dir():
                report.unchanged += 1
                continue
            read = _image_reader(store, lambda image, slug=record.slug: slug)
            try:
                outcome = publish_item(folder, kind, record, read, base, content_hash)
            except LibraryError as error:  # this item only (an image missing from media/, say)
                report.refused.append(str(error))
                continue
            if outcome.status in (PUBLISHED, UNCHANGED):
                marks.append((kind, data, own))
                if outcome.status == PUBLISHED:
                    report.published.append(record.slug)
                else:
                    report.unchanged += 1
            elif outcome.status == CONFLICT_COPY:
                report.conflicts.append(outcome.note)
            elif outcome.status == REFUSED:
                report.refused.append(outcome.note)
            if progress:
                progress(done, len(items))
    except LibraryError as error:
        report.message = str(error)
    except OSError as error:
        if not reachable(folder):
            report = _unreachable(folder)
        else:
            report.message = f"Publishing to {folder} stopped: {error.strerror or error}."
    _mark_published(store, marks)
    return report


def _mark_published(store: Store, marks: list[tuple[str, dict, str]]) -> None:
    """The published version is now what each item was taken from (unless edited meanwhile)."""
    with transaction(store.db):
        for kind, data, own in marks:
            table = TABLES[kind]
            row = store.db.execute(f"SELECT data, origin FROM {table} WHERE id = ?", [data["id"]]).fetchone()
            if row is None:
                continue
            unchanged = content_hash(json.loads(row[0])) == own
            edited = 0 if row[1] == CUSTOM or unchanged else 1
            store.db.execute(f"UPDATE {table} SET upstream_data = ?, base_hash = ?, edited = ? WHERE id = ?",
                             [json.dumps(data, ensure_ascii=False), own, edited, data["id"]])


# --- command line ---------------------------------------------------------------------------

def run_cli(args: argparse.Namespace, data_dir: Path) -> int:
    from ..app import open_store

    store = open_store(data_dir)
    try:
        if args.library_command == "export":
            report = export_bundle(store, args.output, "custom" if args.custom_only else "all")
            print(report.summary())
            for line in report.missing_references:
                print(f"  warning: {line}")
            return 0
        preview = preview_import(store, args.bundle)
        for line in preview.lines():
            print(line)
        if args.dry_run:
            print(f"Dry run: nothing was changed (policy {args.policy} would apply to "
                  f"{preview.counts[merge.CONFLICT]} conflicts).")
            return 0
        result = apply_import(store, preview, args.policy)
        for line in result.lines():
            print(line)
        return 0
    finally:
        store.close()
