"""The one place that knows where resources/ and the user data dir are.

Works from a source checkout, an installed wheel (resources force-included into the package)
and a PyInstaller bundle (resources collected next to the package).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ExerciseBuilder"
DATA_DIR_ENV = "EXERCISE_BUILDER_DATA_DIR"
_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    candidates = [
        _PACKAGE / "resources",  # installed wheel
        _PACKAGE.parent.parent / "resources",  # source checkout: src/exercise_builder/..
    ]
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder bundle
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "exercises").is_dir():
            return candidate
    raise FileNotFoundError("the app's resources folder is missing; reinstall the app")


def shipped_library_dir() -> Path:
    return resources_dir() / "exercises"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def translations_dir() -> Path:
    return _PACKAGE / "translations"


def user_guide() -> Path | None:
    """The Danish user guide (Markdown, its pictures beside it), wherever the app runs from."""
    candidates = [
        _PACKAGE / "help" / "user-guide.md",  # installed wheel
        _PACKAGE.parent.parent / "docs" / "user-guide.md",
    ]  # source checkout
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "help" / "user-guide.md")
    return next((candidate for candidate in candidates if candidate.is_file()), None)


def bundled_libraries_dir() -> Path | None:
    """Where a PyInstaller bundle keeps the system libraries it brings (None outside one)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else None


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """--data-dir, else $EXERCISE_BUILDER_DATA_DIR, else the platform's user data dir."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs  # ~10 ms of imports, needed only when no data dir is given

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
