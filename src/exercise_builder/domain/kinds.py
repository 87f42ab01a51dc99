"""The closed sets of words the program stores and compares: one StrEnum each, so a typo is a
name error, not a silent mismatch. Their values are what files and the database hold."""

from __future__ import annotations

from enum import StrEnum


class PatientGroup(StrEnum):
    """Who the programme is for: it chooses the stop advice, the figure and the tips printed."""

    PREGNANT = "pregnant"
    AFTER_BIRTH = "after-birth"
    OTHER = "other"


class ImageVariant(StrEnum):
    """Which patients an exercise picture is drawn for; GENERAL suits everyone."""

    GENERAL = ""
    PREGNANT = "pregnant"


class ItemKind(StrEnum):
    """What a library item is; the order is the order of files, bundles and imports."""

    EXERCISE = "exercise"
    AID = "aid"
    ADVICE = "advice"
    TEMPLATE = "template"


KIND_ORDER: tuple[ItemKind, ...] = tuple(ItemKind)


class Origin(StrEnum):
    """Where a library item came from: shipped with the app, made at the clinic, or imported."""

    SHIPPED = "shipped"
    CUSTOM = "custom"
    IMPORTED = "imported"


class MergeStatus(StrEnum):
    """An incoming item against the local one (library/merge.py explains each)."""

    NEW = "new"
    UPDATED_UPSTREAM = "updated-upstream"
    EDITED_HERE = "edited-here"
    CONFLICT = "conflict"
    UNCHANGED = "unchanged"
    SHIPPED_KEPT = "shipped-kept"  # the app's own item: only an app update changes it


class ImportPolicy(StrEnum):
    """What an import does with a conflict; the CLI's --policy and the window's choice."""

    KEEP_MINE = "keep-mine"
    TAKE_THEIRS = "take-theirs"
    KEEP_BOTH = "keep-both"


class Layout(StrEnum):
    """How a handout lays out its exercises (the programme file's options.layout)."""

    DETAILED = "detailed"
    COMPACT = "compact"


class AdviceKind(StrEnum):
    """An advice module is plain information, or the stop box (the urgent signs)."""

    INFO = "info"
    STOP = "stop"


class Language(StrEnum):
    """The languages of a handout and of the window."""

    DA = "da"
    EN = "en"
