"""The library folder / bundle format: read, validate, write, merge."""

from .folder import LibraryContent, LibraryError, LibraryMeta, read_item, read_library, read_meta
from .bundle import LibraryCancelled, LibrarySource, open_tree, read_tree, write_bundle
from .merge import POLICIES

__all__ = ["LibraryContent", "LibraryError", "LibraryMeta", "read_item", "read_library", "read_meta",
           "LibraryCancelled", "LibrarySource", "open_tree", "read_tree", "write_bundle", "POLICIES"]
