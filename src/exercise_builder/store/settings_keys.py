"""Every setting kept in the store, declared once with its key, type and default. The window's
typed access (ui/settings.py) and the services both name settings from here, never by raw key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from ..domain import frequency

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T


# the window's own (read through ui.settings.AppSettings, which checks type and value)
DEFAULT_FREQUENCY = Setting("ui.default_frequency", str, frequency.DEFAULT)
UI_LANGUAGE = Setting("ui.language", str, "da")
LIBRARY_VIEW_MODE = Setting("ui.library_view_mode", str, "list")  # "list" | "grid"
WINDOW_GEOMETRY = Setting("ui.window_geometry", str, "")  # base64 of saveGeometry()
SPLITTER_STATE = Setting("ui.splitter_state", str, "")
LAST_EXPORT_DIR = Setting("ui.last_export_dir", str, "")

# the services' bookkeeping (their keys predate the "area." naming and stay for existing data dirs)
SHIPPED_LIBRARY_VERSION = Setting("shipped_library_version", str, "")
SHIPPED_LIBRARY_ID = Setting("shipped_library_id", str, "")  # a bundle claiming this id is refused
EXPORT_LIBRARY: Setting[dict] = Setting("export_library", dict, {})  # the clinic library's id, name, publisher
SHARED_FOLDER = Setting("shared_folder", str, "")  # the subscribed shared folder, or unset
SHARED_FOLDER_REFRESHED = Setting("shared_folder_refreshed", str, "")  # ISO time of the last refresh
MEDIA_SWEPT = Setting("media_swept", str, "")  # ISO date of the last orphan-media sweep
# written and read by the store itself in SQL (migrations, backups, catalogue): named here for the record
SEARCH_INDEX_STALE = Setting("search_index_stale", str, "")
