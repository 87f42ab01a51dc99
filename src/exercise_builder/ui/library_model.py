"""The exercise library as a Qt model: light search hits, details and thumbnails fetched lazily."""

from __future__ import annotations

import json

from PySide6.QtCore import (QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)

from ..domain import vocabulary
from ..store import Hit
from .thumbnails import ThumbnailCache

EXERCISE_MIME = "application/x-exercise-builder-exercises"
PAGE = 200

ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 3


class LibraryModel(QAbstractListModel):
    """Rows are search hits; they are handed to views a page at a time (fetchMore)."""

    def __init__(self, thumbnails: ThumbnailCache | None = None, language: str = "da", parent=None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []
        self._shown = 0
        self._rows: dict[str, int] | None = None
        self._thumbnails = thumbnails
        self._show_thumbnails = thumbnails is not None
        self.language = language
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

    # --- contents ----------------------------------------------------------------------------

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._hits = hits
        self._shown = min(len(hits), PAGE)
        self._rows = None
        self.endResetModel()

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def total(self) -> int:
        return len(self._hits)

    def set_show_thumbnails(self, show: bool) -> None:
        self._show_thumbnails = show and self._thumbnails is not None
        if self._shown:
            self.dataChanged.emit(self.index(0), self.index(self._shown - 1), [Qt.ItemDataRole.DecorationRole])

    def row_of(self, exercise_id: str) -> int | None:
        if self._rows is None:
            self._rows = {hit.id: row for row, hit in enumerate(self._hits)}
        row = self._rows.get(exercise_id)
        return row if row is not None and row < self._shown else None

    def _thumbnail_ready(self, exercise_id: str) -> None:
        row = self.row_of(exercise_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # --- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._hits)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(PAGE, len(self._hits) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._shown:
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._title(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            region = vocabulary.name(vocabulary.REGIONS, hit.region, self.language)
            position = vocabulary.name(vocabulary.POSITIONS, hit.position, self.language)
            return f"{self._title(hit)}\n{region} · {position}"
        if role == Qt.ItemDataRole.DecorationRole:
            if self._show_thumbnails and self._thumbnails is not None:
                return self._thumbnails.icon(hit.id)
            return None
        if role == ObjectRole:
            return hit
        if role == IdRole:
            return hit.id
        if role == SortRole:
            return self._title(hit).casefold()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._title(hit)
        return None

    def _title(self, hit: Hit) -> str:
        return (hit.title_en or hit.title) if self.language == "en" else hit.title

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    def mimeTypes(self) -> list[str]:
        return [EXERCISE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(self._hits[i.row()].id for i in indexes if i.isValid()))
        mime = QMimeData()
        mime.setData(EXERCISE_MIME, json.dumps(ids).encode())
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class LibraryFilterProxy(QSortFilterProxyModel):
    """Filters the hits by region, position, tag and origin (codes; empty means any)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._region = self._position = self._tag = self._origin = ""
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)

    def _set(self, name: str, value: str) -> None:
        if getattr(self, name) == value:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            setattr(self, name, value)
            self.invalidateFilter()

    def set_region(self, code: str) -> None:
        self._set("_region", code)

    def set_position(self, code: str) -> None:
        self._set("_position", code)

    def set_tag(self, code: str) -> None:
        self._set("_tag", code)

    def set_origin(self, origin: str) -> None:
        self._set("_origin", origin)

    def is_filtering(self) -> bool:
        return bool(self._region or self._position or self._tag or self._origin)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not (self._region or self._position or self._tag or self._origin):
            return True
        hit = self.sourceModel().hit(source_row)
        return ((not self._region or hit.region == self._region)
                and (not self._position or hit.position == self._position)
                and (not self._tag or self._tag in hit.tags)
                and (not self._origin or hit.origin == self._origin))
