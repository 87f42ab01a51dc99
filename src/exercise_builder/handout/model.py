"""What the handout is made from: a programme with every record it names already looked up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.models import AdviceModule, Aid, ClinicProfile, Exercise, Program

# sha256 → (bytes, ".svg" | ".png" | ".jpg"), or None when the image is gone
ImageLoader = Callable[[str], tuple[bytes, str] | None]


@dataclass(frozen=True)
class HandoutData:
    program: Program
    exercises: dict[str, Exercise]
    aids: dict[str, Aid] = field(default_factory=dict)
    advice: dict[str, AdviceModule] = field(default_factory=dict)
    clinic: ClinicProfile = field(default_factory=ClinicProfile)
    load_image: ImageLoader = lambda sha: None  # noqa: E731
    stop_advice: AdviceModule | None = None
    app_version: str = ""
