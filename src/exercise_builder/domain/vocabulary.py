"""Controlled words for regions, positions and tags: stored codes with Danish and English names."""

from __future__ import annotations

REGIONS = {
    "pelvis": ("Bækken", "Pelvis"),
    "low-back": ("Lænd", "Low back"),
    "hip": ("Hofte og balde", "Hip and buttock"),
    "pelvic-floor": ("Bækkenbund og mave", "Pelvic floor and abdomen"),
    "upper-back": ("Øvre ryg og skuldre", "Upper back and shoulders"),
    "legs": ("Ben", "Legs"),
    "whole-body": ("Hele kroppen", "Whole body"),
}

POSITIONS = {
    "supine": ("Rygliggende", "Lying on your back"),
    "side-lying": ("Sideliggende", "Lying on your side"),
    "hands-knees": ("Firfodsstående", "On hands and knees"),
    "kneeling": ("Knæstående", "Kneeling"),
    "sitting": ("Siddende", "Sitting"),
    "standing": ("Stående", "Standing"),
    "walking": ("Gående", "Walking"),
    "prone": ("Maveliggende", "Lying on your front"),
}

TAGS = {
    "mobility": ("Bevægelighed", "Mobility"),
    "circulation": ("Kredsløb", "Circulation"),
    "stability": ("Stabilitet", "Stability"),
    "strength": ("Styrke", "Strength"),
    "stretch": ("Udstrækning", "Stretching"),
    "relaxation": ("Afspænding", "Relaxation"),
    "breathing": ("Vejrtrækning", "Breathing"),
    "daily-life": ("Dagligdag", "Daily life"),
    "pregnancy": ("Graviditet", "Pregnancy"),
    "after-birth": ("Efter fødslen", "After the birth"),
    "balance": ("Balance", "Balance"),
}


def name(table: dict[str, tuple[str, str]], code: str, language: str = "da") -> str:
    """Display name of a code; an unknown code (e.g. from another clinic) is shown as written."""
    names = table.get(code)
    if names is None:
        return code
    return names[1] if language == "en" else names[0]
