"""Importing a bundle or library folder: preview (reads and checks, writes nothing), then apply
in one transaction under a policy. A cancelled or failed import changes nothing."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import records
from ..domain.errors import UserError
from ..domain.kinds import ImportPolicy, ItemKind, MergeStatus
from ..domain.messages import Phrase, one_line
from ..domain.models import now_iso
from ..domain.os_reasons import os_reason
from ..library import LibraryError, LibraryMeta, merge
from ..library.bundle import FolderTree, ImageInfo, LibraryCancelled, open_tree, read_image, read_tree
from ..library.writer import KIND_ORDER
from ..store import Store
from ..store.catalogue import IMPORTED, content_hash
from .sharing_export import Cancelled, Progress, never
from .shipped_library import claims_shipped_identity, shipped_library_id


@dataclass(slots=True)
class ImportPreview:
    """What an import would do, before it writes anything."""

    location: Path
    meta: LibraryMeta
    incoming: list[merge.Incoming]
    planned: list[merge.Planned]
    images: dict[str, ImageInfo]
    refusals: list[UserError | Phrase] = field(default_factory=list)  # items skipped, with reasons
    warnings: list[str] = field(default_factory=list)
    lenient: bool = False
    synonyms: dict[str, list[str]] = field(default_factory=dict)  # the bundle's synonyms.toml

    @property
    def counts(self) -> dict[str, int]:
        return merge.counts(self.planned)

    def items(self, status: MergeStatus) -> list[merge.Planned]:
        return [p for p in self.planned if p.status == status]

    def lines(self, limit: int = 100) -> list[str]:
        """The preview as text, one line each; what the bundle says is shown escaped."""
        meta = self.meta
        out = [
            f"{one_line(self.location.name)}: '{one_line(meta.name)}' from "
            f"{one_line(meta.publisher) if meta.publisher else 'an unknown publisher'}, "
            f"version {one_line(meta.version)}, {len(self.planned)} items."
        ]
        out.append("  " + ", ".join(f"{self.counts[s]} {merge.STATUS_LABELS[s]}" for s in merge.STATUSES))
        for status in (merge.SHIPPED_KEPT, merge.CONFLICT, merge.UPDATED, merge.NEW, merge.EDITED_HERE):
            listed = self.items(status)
            for p in listed[:limit]:
                out.append(
                    f"  {merge.STATUS_LABELS[status]}: {p.incoming.kind} {one_line(p.incoming.slug)} "
                    f"({one_line(p.incoming.title)})"
                )
            if len(listed) > limit:
                out.append(f"  … and {len(listed) - limit} more {merge.STATUS_LABELS[status]}")
        out += [f"  refused: {one_line(reason, 400)}" for reason in self.refusals]
        out += [f"  warning: {one_line(warning, 400)}" for warning in self.warnings]
        return out


@dataclass(slots=True)
class ImportResult:
    location: Path
    meta: LibraryMeta
    policy: ImportPolicy
    actions: list[merge.Action] = field(default_factory=list)
    cancelled: bool = False

    @property
    def by_op(self) -> dict[str, int]:
        return merge.MergeSummary.of(self.actions).by_op

    def lines(self) -> list[str]:
        if self.cancelled:
            return ["Import cancelled; nothing was changed."]
        ops = self.by_op
        out = [
            f"Imported '{one_line(self.meta.name)}' {one_line(self.meta.version)} ({self.policy}): "
            f"{ops[merge.INSERT]} added, "
            f"{ops[merge.UPDATE]} updated, {ops[merge.REPLACE]} local edits replaced (kept as backups), "
            f"{ops[merge.KEEP]} kept as mine, {ops[merge.COPY]} kept both, {ops[merge.SKIP]} left as they were."
        ]
        out += [f"  {a.kind} {one_line(a.data['slug'])}: {one_line(a.note, 400)}" for a in self.actions if a.note]
        return out


def _local_state(store: Store) -> dict[tuple[str, str], merge.Local]:
    return {
        (kind, state.id): merge.Local(kind, state.id, state.slug, state.origin, state.hash, state.base_hash)
        for kind in KIND_ORDER
        for state in store.catalogue.merge_states(kind)
    }


def _dangling_references(store: Store, incoming: list[merge.Incoming]) -> list[str]:
    known: dict[str, set[str]] = {kind: set() for kind in KIND_ORDER}
    for item in incoming:
        known[item.kind] |= {item.id, item.slug}
    warnings = []
    for item in incoming:
        if item.kind == ItemKind.EXERCISE:
            for ref in item.data.get("aids", []):
                if ref not in known[ItemKind.AID] and store.catalogue.resolve(ItemKind.AID, ref) is None:
                    warnings.append(
                        f"the exercise {item.slug} uses the aid '{ref}', which is neither in the bundle nor here"
                    )
        if item.kind != ItemKind.TEMPLATE:
            continue
        refs = (
            [(ItemKind.EXERCISE, i["exercise"]) for i in item.data.get("items", [])]
            + [(ItemKind.AID, a["aid"]) for a in item.data.get("aids", [])]
            + [(ItemKind.ADVICE, ref) for ref in item.data.get("advice", [])]
        )
        for kind, ref in refs:
            if ref not in known[kind] and store.catalogue.resolve(kind, ref) is None:
                warnings.append(
                    f"the template {item.slug} refers to {kind} '{ref}', which is neither in the bundle nor here"
                )
    return warnings


def preview_import(
    store: Store, path: Path, progress: Progress | None = None, cancelled: Cancelled = never, *, lenient: bool = False
) -> ImportPreview:
    """Read and check a bundle or library folder and classify every item; writes nothing.
    Raises LibraryError (one sentence) for anything hostile or malformed."""
    path = Path(path)
    try:
        tree = FolderTree(path, lenient=True) if lenient else open_tree(path)
    except OSError as error:
        raise LibraryError("sharing-import.cannot-read", path=path, reason=os_reason(error)) from None
    with tree:
        try:
            source = read_tree(tree, lenient=lenient, progress=progress, cancelled=cancelled)
        except OSError as error:
            raise LibraryError("sharing-import.cannot-read", path=path, reason=os_reason(error)) from None
    if source.meta.id == shipped_library_id(store) or claims_shipped_identity(source.meta):
        raise LibraryError("bundle.claims-shipped", name=source.meta.name)
    incoming = []
    for kind in KIND_ORDER:
        for record in source.items[kind]:
            data = records.KINDS[kind][1](record)
            incoming.append(merge.Incoming(kind, data, content_hash(data)))
    planned = merge.classify(incoming, _local_state(store))
    return ImportPreview(
        path,
        source.meta,
        incoming,
        planned,
        source.images,
        list(source.problems),
        _dangling_references(store, incoming),
        lenient,
        source.synonyms,
    )


class _Writer:
    """Carries out merge actions inside the caller's transaction."""

    def __init__(self, store: Store, preview: ImportPreview, tree) -> None:
        self.store = store
        self.preview = preview
        self.tree = tree
        self.source = (preview.meta.id, preview.meta.version)
        self.created_files: list[Path] = []
        self.created_dirs: list[Path] = []
        self.media_known = store.media.known_hashes()

    def images(self, data: dict) -> None:
        for image in data.get("images", []):
            sha = image.get("sha256", "")
            if sha in self.media_known and self.store.media.exists(sha):
                continue
            info = self.preview.images.get(sha)
            if info is None:
                raise LibraryError("sharing-import.image-not-in-bundle", file=image["file"], slug=data["slug"])
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
        if op in (merge.INSERT, merge.COPY):
            catalogue.add_upstream(kind, data, IMPORTED, self.source)
        elif op == merge.UPDATE:
            catalogue.take_upstream(kind, data, self.source)
        elif op == merge.REPLACE:
            catalogue.replace_local_edit(kind, data, self.source, now_iso())
        elif op == merge.KEEP:
            catalogue.keep_local_edit(kind, data, self.source)

    def record_source(self) -> None:
        meta = self.preview.meta
        self.store.catalogue.record_library_source(
            meta.id, meta.name, meta.publisher, meta.version, str(self.preview.location), now_iso()
        )

    def discard_files(self) -> None:
        """Remove the images this import put in media/ (the database rows roll back)."""
        for path in self.created_files:
            path.unlink(missing_ok=True)
        for folder in reversed(self.created_dirs):  # innermost first
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if empty


def apply_import(
    store: Store,
    preview: ImportPreview,
    policy: ImportPolicy = merge.KEEP_MINE,
    progress: Progress | None = None,
    cancelled: Cancelled = never,
) -> ImportResult:
    """Apply an import in one transaction: all or nothing. The items are classified again inside
    the transaction, so an edit made after the preview is never overwritten unseen."""
    if policy not in merge.POLICIES:
        raise LibraryError("sharing-import.unknown-policy", policy=policy, choices=", ".join(merge.POLICIES))
    result = ImportResult(preview.location, preview.meta, policy)
    try:
        tree = FolderTree(preview.location, lenient=True) if preview.lenient else open_tree(preview.location)
    except OSError as error:
        raise LibraryError("sharing-import.cannot-read", path=preview.location, reason=os_reason(error)) from None
    with tree:
        writer = _Writer(store, preview, tree)
        try:
            with store.transaction():
                local = _local_state(store)
                planned = merge.classify(preview.incoming, local)
                actions = merge.decide(planned, policy, preview.meta.name, store.catalogue.slugs(), set(local))
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
            raise LibraryError("sharing-import.not-completed", reason=os_reason(error)) from None
        except BaseException:
            writer.discard_files()
            raise
    result.actions = actions
    return result


def import_bundle(store: Store, path: Path, policy: ImportPolicy = merge.KEEP_MINE) -> ImportResult:
    return apply_import(store, preview_import(store, path), policy)


def library_sources(store: Store) -> dict[str, dict]:
    """Known source libraries by id (name, publisher, version, location), for the UI's filter."""
    return store.catalogue.library_sources()


def replaced_versions(store: Store, item_id: str) -> list[tuple[str, Any]]:
    """(when, record) of local versions an import replaced under take-theirs, newest first."""
    return store.catalogue.replaced_versions(item_id)


def remove_orphan_media(store: Store, older_than_seconds: float = 3600) -> int:
    """Delete images in media/ that no media row names, here or in a backup (a restore would bring
    their rows back): left when an import was killed before its commit. Returns how many went."""
    from ..store.backups import media_named_in_backups

    return store.media.remove_orphans(media_named_in_backups(store.data_dir), older_than_seconds)
