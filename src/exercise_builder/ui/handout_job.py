"""What a handout is made from, gathered on the GUI thread without importing the renderer.

Mirrors `handouts.handout_data` (keep the two in step) but returns plain records, so that
reportlab is imported only where the PDF is made (the helper process), never on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..domain.models import AdviceModule, Aid, ClinicProfile, Exercise, Program
from ..store import Store


@dataclass(frozen=True)
class HandoutRequest:
    program: Program
    exercises: dict[str, Exercise]
    aids: dict[str, Aid] = field(default_factory=dict)
    advice: dict[str, AdviceModule] = field(default_factory=dict)
    clinic: ClinicProfile = field(default_factory=ClinicProfile)
    stop_advice: AdviceModule | None = None
    app_version: str = ""
    pictures: dict[str, Path] = field(default_factory=dict)  # sha256 → file, looked up here


def handout_request(store: Store, program: Program) -> HandoutRequest:
    catalogue = store.catalogue
    exercises = catalogue.many("exercise", [item.exercise_id for item in program.items])
    aids = catalogue.many("aid", [aid.aid_id for aid in program.aids])
    advice = catalogue.many("advice", list(program.advice))
    stop = next((module for module in catalogue.all("advice") if module.kind == "stop"), None)
    clinic = store.settings.clinic()
    shas = {image.sha256 for record in (*exercises.values(), *aids.values()) for image in record.images
            if image.sha256}
    if clinic.logo_sha256:
        shas.add(clinic.logo_sha256)
    return HandoutRequest(program=program, exercises=exercises, aids=aids, advice=advice, clinic=clinic,
                          stop_advice=stop, app_version=__version__,
                          pictures={sha: store.media.path(sha) for sha in shas})
