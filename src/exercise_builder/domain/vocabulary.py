"""Controlled words for regions, positions and tags: stored codes with Danish and English names."""

from __future__ import annotations

REGIONS = {
    "neck": ("Nakke", "Neck"),
    "shoulder": ("Skulder", "Shoulder"),
    "upper-back": ("Øvre ryg", "Upper back"),
    "elbow-wrist-hand": ("Albue, håndled og hånd", "Elbow, wrist and hand"),
    "low-back": ("Lænd", "Low back"),
    "pelvis": ("Bækken", "Pelvis"),
    "hip": ("Hofte og balde", "Hip and buttock"),
    "knee": ("Knæ", "Knee"),
    "ankle-foot": ("Ankel og fod", "Ankle and foot"),
    "pelvic-floor": ("Bækkenbund og mave", "Pelvic floor and abdomen"),
    "whole-body": ("Hele kroppen", "Whole body"),
}

# Codes an older library or database may still carry, and the code that replaced each.
# "legs" covered knee and ankle exercises alike; the shipped ones are re-coded one by one,
# and anything else lands on "knee", where most leg exercises of a home programme belong.
RETIRED_REGIONS = {"legs": "knee"}

POSITIONS = {
    "supine": ("Rygliggende", "Lying on your back"),
    "side-lying": ("Sideliggende", "Lying on your side"),
    "prone": ("Maveliggende", "Lying on your front"),
    "hands-knees": ("Firfodsstående", "On hands and knees"),
    "kneeling": ("Knæstående", "Kneeling"),
    "long-sitting": ("Langsiddende", "Sitting with straight legs"),
    "sitting": ("Siddende", "Sitting"),
    "standing": ("Stående", "Standing"),
    "walking": ("Gående", "Walking"),
}

TAGS = {
    "mobility": ("Bevægelighed", "Mobility"),
    "strength": ("Styrke", "Strength"),
    "stretch": ("Udstrækning", "Stretching"),
    "balance": ("Balance", "Balance"),
    "endurance": ("Udholdenhed", "Endurance"),
    "motor-control": ("Motorisk kontrol", "Motor control"),
    "nerve-mobility": ("Nervemobilisering", "Nerve mobility"),
    "relaxation": ("Afspænding", "Relaxation"),
    "circulation": ("Kredsløb", "Circulation"),
    "stability": ("Stabilitet", "Stability"),
    "breathing": ("Vejrtrækning", "Breathing"),
    "daily-life": ("Dagligdag", "Daily life"),
    "pregnancy": ("Graviditet", "Pregnancy"),
    "after-birth": ("Efter fødslen", "After the birth"),
}


def current_region(code: str) -> str:
    """The region code in use today for a code that may have been retired."""
    return RETIRED_REGIONS.get(code, code)


def name(table: dict[str, tuple[str, str]], code: str, language: str = "da") -> str:
    """Display name of a code; an unknown code (e.g. from another clinic) is shown as written."""
    names = table.get(code)
    if names is None:
        return code
    return names[1] if language == "en" else names[0]
