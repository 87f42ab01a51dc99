"""The library folder / bundle format: read, validate, write, merge.

The bundle, writer and merge modules load on first use: starting the app needs only the reader."""

from .folder import LibraryContent, LibraryError, LibraryMeta, read_item, read_library, read_meta

__all__ = [
    "LibraryContent",
    "LibraryError",
    "LibraryMeta",
    "read_item",
    "read_library",
    "read_meta",
    "LibraryCancelled",
    "LibrarySource",
    "open_tree",
    "read_tree",
    "write_bundle",
    "POLICIES",
]

_LAZY = {
    "LibraryCancelled": "bundle",
    "LibrarySource": "bundle",
    "open_tree": "bundle",
    "read_tree": "bundle",
    "write_bundle": "bundle",
    "POLICIES": "merge",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(name)
