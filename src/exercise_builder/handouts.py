"""Stored programme → PDF: looks up every record the programme names and renders the handout."""

from __future__ import annotations

from pathlib import Path

from . import __version__
from .domain.models import Program
from .handout import HandoutData, render_handout
from .paths import fonts_dir
from .program_files import read_program_file
from .store import Store


def handout_data(store: Store, program: Program) -> HandoutData:
    catalogue = store.catalogue
    exercises = catalogue.many("exercise", [item.exercise_id for item in program.items])
    aids = catalogue.many("aid", [aid.aid_id for aid in program.aids])
    advice = catalogue.many("advice", list(program.advice))
    stop = next((module for module in catalogue.all("advice") if module.kind == "stop"), None)

    def load_image(sha256: str) -> tuple[bytes, str] | None:
        path = store.media.path(sha256)
        try:
            return path.read_bytes(), path.suffix
        except OSError:
            return None

    return HandoutData(program=program, exercises=exercises, aids=aids, advice=advice,
                       clinic=store.settings.clinic(), load_image=load_image, stop_advice=stop,
                       app_version=__version__)


def render_program(store: Store, program: Program) -> bytes:
    return render_handout(handout_data(store, program), fonts_dir())


def render_program_file(store: Store, source: Path) -> bytes:
    return render_program(store, read_program_file(store, source))
