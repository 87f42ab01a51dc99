"""The programme's exercises as a table model; every edit goes through the session's undo stack."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from ..domain.dosage import Range
from ..domain.kinds import ItemKind
from ..domain.models import ProgramItem
from .library_model import EXERCISE_MIME, ObjectRole, SortRole
from .program_session import ProgramSession
from .record_cache import RecordCache

PROGRAM_ROWS_MIME = "application/x-exercise-builder-program-rows"

TITLE, SETS, REPS, HOLD, MINUTES, PER_SIDE, FREQUENCY, NOTE = range(8)
COLUMN_COUNT = 8
RANGE_COLUMNS = {REPS: "reps", HOLD: "hold_seconds", MINUTES: "duration_minutes"}


class ProgramModel(QAbstractTableModel):
    def __init__(
        self,
        session: ProgramSession,
        records: RecordCache,
        add_exercises: Callable[[list[str], int], None] | None = None,
        language: str = "da",
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.records = records
        self.language = language
        self._add_exercises = add_exercises
        self._items: tuple[ProgramItem, ...] = session.program.items
        self._header_texts: list[tuple[str, str]] | None = None
        session.changed.connect(self._program_changed)

    def _headers(self) -> list[tuple[str, str]]:
        if self._header_texts is None:
            self._header_texts = self._translated_headers()
        return self._header_texts

    def _translated_headers(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Øvelse"), self.tr("Øvelsens titel")),
            (self.tr("Sæt"), self.tr("Antal sæt")),
            (self.tr("Gent."), self.tr("Gentagelser, fx 10 eller 8–12")),
            (self.tr("Hold (s)"), self.tr("Hold i sekunder, fx 5")),
            (self.tr("Min."), self.tr("Varighed i minutter (gang, hvile)")),
            (self.tr("Hver side"), self.tr("Gentages på hver side")),
            (self.tr("Hyppighed"), self.tr("Hyppighed for netop denne øvelse (ellers programmets)")),
            (self.tr("Note"), self.tr("Din note til patienten")),
        ]

    # --- following the session ---------------------------------------------------------------

    def _program_changed(self) -> None:
        old, new = self._items, self.session.program.items
        if old == new:
            return
        prefix = 0
        while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
            prefix += 1
        suffix = 0
        while suffix < min(len(old), len(new)) - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
            suffix += 1
        removed_end, inserted_end = len(old) - suffix, len(new) - suffix
        if len(old) == len(new):
            self._items = new
            self.dataChanged.emit(self.index(prefix, 0), self.index(removed_end - 1, COLUMN_COUNT - 1))
            return
        if removed_end > prefix:
            self.beginRemoveRows(QModelIndex(), prefix, removed_end - 1)
            self._items = old[:prefix] + old[removed_end:]
            self.endRemoveRows()
        if inserted_end > prefix:
            self.beginInsertRows(QModelIndex(), prefix, inserted_end - 1)
            self._items = new
            self.endInsertRows()
        self._items = new

    def title(self, row: int) -> str:
        return self.records.title(ItemKind.EXERCISE, self._items[row].exercise_id, self.language)

    def item(self, row: int) -> ProgramItem:
        return self._items[row]

    # --- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers()[section][0]
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._headers()[section][1]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        dosage = item.dosage
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TITLE:
                return self.title(index.row())
            if column == SETS:
                return dosage.sets
            if column in RANGE_COLUMNS:
                value = getattr(dosage, RANGE_COLUMNS[column])
                return str(value) if value is not None else ""
            if column == FREQUENCY:
                return dosage.frequency
            if column == NOTE:
                return item.note
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == PER_SIDE:
            return Qt.CheckState.Checked if dosage.per_side else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            wording = dosage.wording(self.language, self.session.program.frequency)
            if column == TITLE:
                return f"{self.title(index.row())}\n{wording}"  # the column may cut a long title
            if column == NOTE and item.note:
                return item.note
            return wording
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TITLE:
            return f"{self.title(index.row())}: {dosage.wording(self.language)}"
        if role == ObjectRole:
            return item
        if role == SortRole:
            return index.row()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SETS, *RANGE_COLUMNS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if index.column() == PER_SIDE:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() != TITLE:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.row() >= len(self._items):
            return False
        row, column = index.row(), index.column()
        item = self._items[row]
        dosage = item.dosage
        what = "dosage"
        try:
            if column == PER_SIDE and role == Qt.ItemDataRole.CheckStateRole:
                checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
                new = replace(item, dosage=replace(dosage, per_side=checked))
            elif role != Qt.ItemDataRole.EditRole:
                return False
            elif column == SETS:
                sets = int(str(value).strip() or 1)
                if sets < 1 or sets > 99:
                    return False
                new = replace(item, dosage=replace(dosage, sets=sets))
            elif column in RANGE_COLUMNS:
                new = replace(
                    item,
                    dosage=replace(
                        dosage,
                        **{RANGE_COLUMNS[column]: Range.of(value if isinstance(value, int) else str(value or ""))},
                    ),
                )
            elif column == FREQUENCY:
                new, what = replace(item, dosage=replace(dosage, frequency=str(value or "").strip())), "frequency"
            elif column == NOTE:
                new, what = replace(item, note=str(value or "")), "note"
            else:
                return False
        except (ValueError, TypeError):
            return False
        if new != item:
            self.session.set_item(row, new, self.title(row), what)
        return True

    # --- drag and drop -------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PROGRAM_ROWS_MIME, EXERCISE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(PROGRAM_ROWS_MIME, json.dumps(rows).encode())
        return mime

    def canDropMimeData(self, data: QMimeData, action, row, column, parent) -> bool:
        return data.hasFormat(PROGRAM_ROWS_MIME) or data.hasFormat(EXERCISE_MIME)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent) -> bool:
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        if data.hasFormat(EXERCISE_MIME) and self._add_exercises is not None:
            ids = json.loads(bytes(data.data(EXERCISE_MIME)).decode())
            self._add_exercises([i for i in ids if isinstance(i, str)], row)
            return True
        if data.hasFormat(PROGRAM_ROWS_MIME):
            rows = [
                r
                for r in json.loads(bytes(data.data(PROGRAM_ROWS_MIME)).decode())
                if isinstance(r, int) and 0 <= r < len(self._items)
            ]
            if rows:
                self.session.move_items(rows, row, [self.title(r) for r in rows])
            # False: the move is done; the view must not remove the dragged rows afterwards
            return False
        return False
