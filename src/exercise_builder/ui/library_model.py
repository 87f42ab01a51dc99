"""The exercise library as a Qt model: light search hits, details and thumbnails fetched lazily."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)

from ..domain import vocabulary
from ..store import Hit
from .thumbnails import ThumbnailCache

EXERCISE_MIME = "application/x-exercise-builder-exercises"
PAGE = 60  # a screenful or two; more are fetched as the view scrolls

ObjectRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 3
FavouriteRole = Qt.ItemDataRole.UserRole + 4


class LibraryModel(QAbstractListModel):
    """Rows are light search hits, a page at a time; more are fetched as the view scrolls."""

    def __init__(
        self,
        thumbnails: ThumbnailCache | None = None,
        language: str = "da",
        picture_path: Callable[[str, str], Path] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._picture_path = picture_path
        self._hits: list[Hit] = []
        self._pictures: dict[str, tuple[str, str]] = {}  # id → (sha256, extension)
        self._rows_by_picture: dict[str, list[int]] | None = None
        self._total = 0
        self._fetch: Callable[[int], list[Hit]] | None = None
        self._rows: dict[str, int] | None = None
        self._resetting = False
        self._fetch_pending = False
        self._thumbnails = thumbnails
        self._show_thumbnails = thumbnails is not None
        self.language = language
        self._favourites: set[str] = set()
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

    # --- contents ----------------------------------------------------------------------------

    def set_page(
        self,
        hits: list[Hit],
        total: int,
        fetch: Callable[[int], list[Hit]] | None,
        pictures: dict[str, tuple[str, str]] | None = None,
    ) -> None:
        """Show `hits`, the first of `total`; `fetch(n)` returns the first n when more are wanted.
        `pictures` maps exercise ids to their first picture's file, for thumbnails."""
        self.beginResetModel()
        self._hits = list(hits)
        self._pictures = dict(pictures or {})
        self._rows_by_picture = None
        self._total = max(total, len(hits))
        self._fetch = fetch
        self._rows = None
        self._resetting = True  # a view may ask for more while the reset is still being announced
        try:
            self.endResetModel()
        finally:
            self._resetting = False

    def set_favourites(self, ids: set[str]) -> None:
        """The starred exercises (shown with ★ before the title)."""
        if ids == self._favourites:
            return
        self._favourites = set(ids)
        if self._hits:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._hits) - 1), [Qt.ItemDataRole.DisplayRole, FavouriteRole]
            )

    def set_hits(self, hits: list[Hit]) -> None:
        """Show a complete list (paged in as the view scrolls)."""
        self.set_page(hits[:PAGE], len(hits), lambda n: hits[:n])

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def total(self) -> int:
        return self._total

    def set_show_thumbnails(self, show: bool) -> None:
        self._show_thumbnails = show and self._thumbnails is not None
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1), [Qt.ItemDataRole.DecorationRole])

    def row_of(self, exercise_id: str) -> int | None:
        if self._rows is None:
            self._rows = {hit.id: row for row, hit in enumerate(self._hits)}
        return self._rows.get(exercise_id)

    def _picture(self, exercise_id: str) -> Path | None:
        picture = self._pictures.get(exercise_id)
        if picture is None or self._picture_path is None:
            return None
        return self._picture_path(*picture)

    def _thumbnail_ready(self, key: str) -> None:
        if self._rows_by_picture is None:
            self._rows_by_picture = {}
            for row, hit in enumerate(self._hits):
                picture = self._picture(hit.id)
                if picture is not None:
                    self._rows_by_picture.setdefault(str(picture), []).append(row)
        for row in self._rows_by_picture.get(key, ()):
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # --- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._fetch is not None and len(self._hits) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._fetch is None:
            return
        if self._resetting:
            # inserting rows inside the reset's own signal would reach proxies and views that have
            # not yet seen the reset end; the page comes on the next turn of the event loop
            if not self._fetch_pending:
                self._fetch_pending = True
                QTimer.singleShot(0, self, self._deferred_fetch)
            return
        known = {hit.id for hit in self._hits}
        fetched = self._fetch(len(self._hits) + PAGE)
        hits, pictures = fetched if isinstance(fetched, tuple) else (fetched, {})
        more = [hit for hit in hits if hit.id not in known]
        self._pictures.update(pictures)
        self._rows_by_picture = None
        if not more:
            self._total = len(self._hits)  # the store has fewer than it said: stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self._hits), len(self._hits) + len(more) - 1)
        self._hits.extend(more)
        self._rows = None
        self.endInsertRows()

    def _deferred_fetch(self) -> None:
        self._fetch_pending = False
        if self.canFetchMore():
            self.fetchMore()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"★ {self._title(hit)}" if hit.id in self._favourites else self._title(hit)
        if role == FavouriteRole:
            return hit.id in self._favourites
        if role == Qt.ItemDataRole.ToolTipRole:
            region = vocabulary.name(vocabulary.REGIONS, hit.region, self.language)
            position = vocabulary.name(vocabulary.POSITIONS, hit.position, self.language)
            return f"{self._title(hit)}\n{region} · {position}"
        if role == Qt.ItemDataRole.DecorationRole:
            if self._show_thumbnails and self._thumbnails is not None:
                return self._thumbnails.icon(self._picture(hit.id))
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
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

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
    """Filters the hits by region, position, tag, origin and aid (codes and ids; empty means any)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._region = self._position = self._tag = self._origin = self._aid = ""
        self._favourites_only = False
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

    def set_aid(self, aid_id: str) -> None:
        self._set("_aid", aid_id)

    def set_favourites_only(self, on: bool) -> None:
        self._set("_favourites_only", on)

    def is_filtering(self) -> bool:
        return bool(self._region or self._position or self._tag or self._origin or self._aid or self._favourites_only)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.is_filtering():
            return True
        hit = self.sourceModel().hit(source_row)
        return (
            (not self._region or hit.region == self._region)
            and (not self._position or hit.position == self._position)
            and (not self._tag or self._tag in hit.tags)
            and (not self._origin or hit.origin == self._origin)
            and (not self._aid or self._aid in hit.aids)
            and (not self._favourites_only or bool(self.sourceModel().index(source_row, 0).data(FavouriteRole)))
        )
