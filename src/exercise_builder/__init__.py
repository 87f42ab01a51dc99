"""Exercise Builder (Øvelsesprogram): home-exercise handouts for physiotherapists."""

from functools import lru_cache

FALLBACK_VERSION = "0.1.0"  # only when no package metadata is present at all


@lru_cache(maxsize=1)
def _version() -> str:
    # importlib.metadata costs ~40 ms of imports: looked up on first use, not at start
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("exercise-builder")
    except PackageNotFoundError:
        return FALLBACK_VERSION


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(name)
