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
