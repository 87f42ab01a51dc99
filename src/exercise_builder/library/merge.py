"""Merging an incoming library into the local one: classify each item, then apply a policy.

Pure: works on plain dicts and content hashes, touches no database and no files.

Classification of an incoming item against the local row with the same id, using three hashes
(incoming, local current, local base = the upstream version last taken):
- new               no local item with this id
- unchanged         incoming == current
- edited here       incoming == base, current differs (a local edit; nothing new upstream)
- updated upstream  current == base, incoming differs (their change; nothing edited here)
- conflict          all three differ (both changed)
- shipped, kept     the local item is the app's own, unedited (or any shipped advice module), and the
                    incoming one differs: only an app update changes it (a bundle could otherwise
                    rewrite the stop advice), so theirs is added beside it as a copy, whatever the policy
"""

from __future__ import annotations

import copy
import uuid
from collections import Counter
from dataclasses import dataclass, field

from ..domain.kinds import KIND_ORDER, ImportPolicy, ItemKind, MergeStatus, Origin

NEW = MergeStatus.NEW
UPDATED = MergeStatus.UPDATED_UPSTREAM
EDITED_HERE = MergeStatus.EDITED_HERE
CONFLICT = MergeStatus.CONFLICT
UNCHANGED = MergeStatus.UNCHANGED
SHIPPED_KEPT = MergeStatus.SHIPPED_KEPT
STATUSES = (NEW, UPDATED, EDITED_HERE, CONFLICT, UNCHANGED, SHIPPED_KEPT)
STATUS_LABELS = {
    NEW: "new",
    UPDATED: "updated upstream",
    EDITED_HERE: "edited here",
    CONFLICT: "conflict",
    UNCHANGED: "unchanged",
    SHIPPED_KEPT: "shipped, kept as it is",
}

KEEP_MINE = ImportPolicy.KEEP_MINE
TAKE_THEIRS = ImportPolicy.TAKE_THEIRS
KEEP_BOTH = ImportPolicy.KEEP_BOTH
POLICIES = tuple(ImportPolicy)

# what is done with an item
INSERT = "insert"  # a new item
UPDATE = "update"  # their version replaces an unedited local one
REPLACE = "replace"  # their version replaces a local edit (take-theirs); the local one is backed up
KEEP = "keep"  # a conflict kept as mine; their version becomes the new upstream original
COPY = "copy"  # theirs added beside mine with a new id, slug and visibly renamed title
SKIP = "skip"  # nothing to write

_COPY_NAMESPACE = uuid.UUID("6f1d3c52-7b0e-4d8e-9a43-2c1f5b8e0a11")


@dataclass(frozen=True, slots=True)
class Incoming:
    kind: ItemKind
    data: dict  # the record as a dict (records.KINDS[kind][1])
    hash: str

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def slug(self) -> str:
        return self.data["slug"]

    @property
    def title(self) -> str:
        return _title(self.data)


@dataclass(frozen=True, slots=True)
class Local:
    kind: ItemKind
    id: str
    slug: str
    origin: Origin
    hash: str  # of the current data
    base_hash: str | None


@dataclass(frozen=True, slots=True)
class Planned:
    incoming: Incoming
    status: MergeStatus
    local: Local | None


@dataclass(slots=True)
class Action:
    kind: ItemKind
    op: str
    status: MergeStatus
    data: dict  # what gets written (for KEEP: their version, the new upstream original)
    title: str
    note: str = ""


def _title(data: dict) -> str:
    title = data.get("title") or {}
    return title.get("da") or next(iter(title.values()), "") or data.get("slug", "")


def classify(incoming: list[Incoming], local: dict[tuple[str, str], Local]) -> list[Planned]:
    planned = []
    for item in incoming:
        mine = local.get((item.kind, item.id))
        if mine is None:
            status = NEW
        elif item.hash == mine.hash:
            status = UNCHANGED
        elif mine.base_hash is not None and item.hash == mine.base_hash:
            status = EDITED_HERE
        elif mine.base_hash is not None and mine.hash == mine.base_hash:
            status = UPDATED
        else:
            status = CONFLICT
        if (
            mine is not None
            and mine.origin == Origin.SHIPPED
            and (status == UPDATED or (status == CONFLICT and item.kind == ItemKind.ADVICE))
        ):
            status = SHIPPED_KEPT  # a local edit of a shipped exercise may still be replaced on request
        planned.append(Planned(item, status, mine))
    return planned


def counts(planned: list[Planned]) -> dict[str, int]:
    counted = Counter(p.status for p in planned)
    return {status: counted.get(status, 0) for status in STATUSES}


def copy_id(item_id: str, item_hash: str) -> str:
    """The id of a keep-both copy: the same incoming version always gives the same copy."""
    return str(uuid.uuid5(_COPY_NAMESPACE, f"{item_id}:{item_hash}"))


def renamed_title(title: dict, library_name: str) -> dict:
    out = {}
    for language, text in title.items():
        suffix = f" (from {library_name})" if language == "en" else f" (fra {library_name})"
        out[language] = text + suffix
    return out


def _free_slug(slug: str, ident: str, taken: dict[str, str]) -> str:
    candidate = f"{slug}-{ident[:8]}"
    number = 2
    while candidate in taken and taken[candidate] != ident:
        candidate = f"{slug}-{ident[:8]}-{number}"
        number += 1
    return candidate


def decide(
    planned: list[Planned],
    policy: ImportPolicy,
    library_name: str,
    taken_slugs: dict[str, str],
    existing_ids: set[tuple[str, str]],
) -> list[Action]:
    """Actions for a policy. `taken_slugs` maps every local slug (all kinds) to its item id;
    `existing_ids` holds (kind, id) of every local item. Template references to items that got
    a new id or slug are rewritten, so an imported template points at the version it came with."""
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}")
    taken = dict(taken_slugs)
    for p in planned:  # incoming slugs keep their own names where they can
        if p.status != NEW:
            taken.setdefault(p.incoming.slug, p.incoming.id)
    references: dict[ItemKind, dict[str, str]] = {ItemKind.EXERCISE: {}, ItemKind.AID: {}, ItemKind.ADVICE: {}}
    actions: list[Action] = []
    ordered = sorted(planned, key=lambda p: KIND_ORDER.index(p.incoming.kind))
    for p in ordered:
        item = p.incoming
        data = copy.deepcopy(item.data)
        if item.kind == ItemKind.TEMPLATE:
            _rewrite_template(data, references)
        title = _title(data)
        if p.status in (UNCHANGED, EDITED_HERE):
            actions.append(Action(item.kind, SKIP, p.status, data, title))
            continue
        on_conflict = _on_conflict(policy) if p.status == CONFLICT else None
        if on_conflict == KEEP:
            actions.append(Action(item.kind, KEEP, p.status, data, title))
            continue
        if p.status == SHIPPED_KEPT or on_conflict == COPY:
            new_id = copy_id(item.id, item.hash)
            if (item.kind, new_id) in existing_ids:
                actions.append(Action(item.kind, SKIP, p.status, data, title, "copy already here"))
                continue
            data["id"] = new_id
            data["slug"] = _free_slug(item.slug, new_id, taken)
            data["title"] = renamed_title(data.get("title", {}), library_name)
            taken[data["slug"]] = new_id
            if item.kind in references:
                references[item.kind][item.id] = new_id
                references[item.kind][item.slug] = new_id
            kept = "the app's own version stays" if p.status == SHIPPED_KEPT else "kept both"
            actions.append(
                Action(item.kind, COPY, p.status, data, _title(data), f"{kept}; theirs is saved as '{data['slug']}'")
            )
            continue
        # new, updated upstream, or a conflict taken as theirs
        owner = taken.get(item.slug)
        if (p.status == NEW and owner is not None) or (owner is not None and owner != item.id):
            data["slug"] = _free_slug(item.slug, item.id, taken)
            if item.kind in references:
                references[item.kind][item.slug] = item.id
            data["title"] = renamed_title(data.get("title", {}), library_name)  # never a lookalike of ours
            title = _title(data)
            note = f"the slug '{item.slug}' is in use here; saved as '{data['slug']}'"
        else:
            note = ""
        taken[data["slug"]] = item.id
        ops: dict[str, str] = {NEW: INSERT, UPDATED: UPDATE, CONFLICT: REPLACE}
        op = ops[p.status]
        actions.append(Action(item.kind, op, p.status, data, title, note))
    return actions


def _on_conflict(policy: ImportPolicy) -> str:
    """What a policy does with a conflict; every policy is named, so a new one cannot fall through."""
    if policy == KEEP_MINE:
        return KEEP
    if policy == KEEP_BOTH:
        return COPY
    if policy == TAKE_THEIRS:
        return REPLACE
    raise ValueError(f"no conflict rule for policy {policy!r}")


def _rewrite_template(data: dict, references: dict[ItemKind, dict[str, str]]) -> None:
    for item in data.get("items", []):
        item["exercise"] = references[ItemKind.EXERCISE].get(item["exercise"], item["exercise"])
    for aid in data.get("aids", []):
        aid["aid"] = references[ItemKind.AID].get(aid["aid"], aid["aid"])
    data["advice"] = [references[ItemKind.ADVICE].get(ref, ref) for ref in data.get("advice", [])]


@dataclass(slots=True)
class MergeSummary:
    by_op: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, actions: list[Action]) -> MergeSummary:
        counted = Counter(action.op for action in actions)
        return cls({op: counted.get(op, 0) for op in (INSERT, UPDATE, REPLACE, KEEP, COPY, SKIP)})
