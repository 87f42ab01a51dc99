"""What the handout is made from: a programme with every record it names already looked up.

Plain, picklable data: the GUI gathers it on its thread and a helper process renders it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.models import AdviceModule, Aid, ClinicProfile, Exercise, Program


@dataclass(frozen=True)
class HandoutData:
    program: Program
    exercises: dict[str, Exercise]
    aids: dict[str, Aid] = field(default_factory=dict)
    advice: dict[str, AdviceModule] = field(default_factory=dict)
    clinic: ClinicProfile = field(default_factory=ClinicProfile)
    pictures: dict[str, Path] = field(default_factory=dict)  # sha256 → the image file
    app_version: str = ""
    phrases: dict[str, dict[str, str]] = field(default_factory=dict)  # library texts per language

    def load_image(self, sha256: str) -> tuple[bytes, str] | None:
        """(bytes, ".svg" | ".png" | ".jpg") of a picture, or None when it is gone."""
        path = self.pictures.get(sha256)
        if path is None:
            return None
        try:
            return path.read_bytes(), path.suffix
        except OSError:
            return None
