"""Stored programme → PDF: looks up every record the programme names and renders the handout."""

from __future__ import annotations

from pathlib import Path

from ..domain.kinds import ItemKind
from ..domain.models import Program
from ..handout.model import HandoutData
from ..store import Store


def handout_data(store: Store, program: Program) -> HandoutData:
    """Everything the handout needs, read from the store (cheap; no reportlab)."""
    from .. import __version__

    catalogue = store.catalogue
    exercises = catalogue.many(ItemKind.EXERCISE, [item.exercise_id for item in program.items])
    aids = catalogue.many(ItemKind.AID, [aid.aid_id for aid in program.aids])
    advice = catalogue.many(ItemKind.ADVICE, list(program.advice))
    # notes and frequencies the library supplied, so the handout prints them in its own language
    phrases = {
        text: table
        for record in (*exercises.values(), *catalogue.all(ItemKind.TEMPLATE))
        for text, table in record.phrases.items()
    }
    clinic = store.settings.clinic()
    shas = {image.sha256 for record in (*exercises.values(), *aids.values()) for image in record.images if image.sha256}
    if clinic.logo_sha256:
        shas.add(clinic.logo_sha256)
    return HandoutData(
        program=program,
        exercises=exercises,
        aids=aids,
        advice=advice,
        clinic=clinic,
        pictures={sha: store.media.path(sha) for sha in shas},
        app_version=__version__,
        phrases=phrases,
    )


def render_data(data: HandoutData) -> bytes:
    from ..handout import render_handout
    from ..paths import fonts_dir

    return render_handout(data, fonts_dir())


def render_program(store: Store, program: Program) -> bytes:
    return render_data(handout_data(store, program))


def render_program_file(store: Store, source: Path) -> bytes:
    from .program_io import read_program_file

    return render_program(store, read_program_file(store, source))
