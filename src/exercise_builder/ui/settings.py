"""The window's typed access to its settings; the settings themselves are declared in
store/settings_keys.py (shared with the services)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ..domain.kinds import Language
from ..store.settings_keys import (
    DEFAULT_FREQUENCY,
    LAST_EXPORT_DIR,
    LIBRARY_VIEW_MODE,
    SPLITTER_STATE,
    UI_LANGUAGE,
    WINDOW_GEOMETRY,
    Setting,
)

if TYPE_CHECKING:
    from ..store.settings import SettingsStore

__all__ = [
    "DEFAULT_FREQUENCY",
    "LAST_EXPORT_DIR",
    "LIBRARY_VIEW_MODE",
    "SPLITTER_STATE",
    "UI_LANGUAGE",
    "WINDOW_GEOMETRY",
    "AppSettings",
    "Setting",
]

T = TypeVar("T")

# (old key, new key): applied once at start, oldest first, when a key is renamed
UPGRADES: tuple[tuple[str, str], ...] = ()

UI_LANGUAGES: tuple[str, ...] = tuple(Language)


class _ValuesReadEarly:
    """Values read before the store opened (store.early_settings), behind the store's get()."""

    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def set(self, key: str, value: Any) -> None:
        raise TypeError("settings read before the store opened cannot be changed")


class AppSettings:
    """Typed access to the settings kept in the store (so they survive restarts)."""

    def __init__(self, store: SettingsStore | _ValuesReadEarly, upgrade: bool = True) -> None:
        self._store = store
        if upgrade:
            self._upgrade()

    @classmethod
    def read_early(cls, values: dict[str, Any]) -> AppSettings:
        """The same checks over values read before the store opened; read-only, no upgrades."""
        return cls(_ValuesReadEarly(values), upgrade=False)

    def _upgrade(self) -> None:
        missing = object()
        for old, new in UPGRADES:
            value = self._store.get(old, missing)
            if value is not missing and self._store.get(new, missing) is missing:
                self._store.set(new, value)

    def get(self, setting: Setting[T]) -> T:
        value = self._store.get(setting.key, setting.default)
        if not isinstance(value, setting.type) or isinstance(value, bool) != (setting.type is bool):
            return setting.default
        if setting is UI_LANGUAGE and value not in UI_LANGUAGES:
            return setting.default
        return value

    def set(self, setting: Setting[T], value: Any) -> None:
        if not isinstance(value, setting.type):
            raise TypeError(f"setting {setting.key} takes {setting.type.__name__}")
        self._store.set(setting.key, value)

    @property
    def store(self) -> SettingsStore:
        return self._store
