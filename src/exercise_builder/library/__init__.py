"""The library folder / bundle format: read, validate, write, merge."""

from .folder import LibraryContent, LibraryError, LibraryMeta, read_item, read_library, read_meta

__all__ = ["LibraryContent", "LibraryError", "LibraryMeta", "read_item", "read_library", "read_meta"]
