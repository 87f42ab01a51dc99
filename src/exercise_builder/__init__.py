"""Exercise Builder (Øvelsesprogram): home-exercise handouts for physiotherapists."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("exercise-builder")
except PackageNotFoundError:  # running from a PyInstaller bundle without metadata
    __version__ = "0.1.0"
