"""Aids or advice modules as a checkable list: ticked means in the programme."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ..domain.kinds import AdviceKind, ItemKind
from ..store import Store
from .library_model import IdRole, ObjectRole, SortRole
from .program_session import ProgramSession

SlugRole = Qt.ItemDataRole.UserRole + 10


class CheckableCatalogueModel(QAbstractListModel):
    """ItemKind.AID (with an optional note, edited as the item's EditRole) or ItemKind.ADVICE."""

    def __init__(
        self, kind: ItemKind, store: Store, session: ProgramSession, language: str = "da", parent=None
    ) -> None:
        super().__init__(parent)
        assert kind in (ItemKind.AID, ItemKind.ADVICE)
        self.kind, self.store, self.session, self.language = kind, store, session, language
        self._records = self._sorted(store.catalogue.all(kind))
        self._checked = self._current()
        session.changed.connect(self._program_changed)

    def _sorted(self, records: list) -> list:
        return sorted(records, key=lambda record: record.title_in(self.language).casefold())

    def reload(self) -> None:
        self.beginResetModel()
        self._records = self._sorted(self.store.catalogue.all(self.kind))
        self._checked = self._current()
        self.endResetModel()

    def _current(self) -> dict[str, str]:
        program = self.session.program
        if self.kind == ItemKind.AID:
            return {aid.aid_id: aid.note for aid in program.aids}
        return {ident: "" for ident in program.advice}

    def _program_changed(self) -> None:
        current = self._current()
        if current != self._checked:
            self._checked = current
            if self._records:
                self.dataChanged.emit(self.index(0), self.index(len(self._records) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        title = record.title_in(self.language)
        if role == Qt.ItemDataRole.DisplayRole:
            note = self._checked.get(record.id, "")
            return f"{title} – {note}" if note else title
        if role == Qt.ItemDataRole.EditRole:
            return self._checked.get(record.id, "")
        if role == Qt.ItemDataRole.CheckStateRole:
            return (
                Qt.CheckState.Checked if record.id in self._checked or self._always(record) else Qt.CheckState.Unchecked
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._always(record):
                return self.tr("Kommer altid med på programmet")
            if self.kind == ItemKind.AID:
                return record.description.get(self.language) or record.description.get("da") or title
            return title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return title
        if role == ObjectRole:
            return record
        if role == IdRole:
            return record.id
        if role == SlugRole:
            return record.slug
        if role == SortRole:
            return title.casefold()
        return None

    def _always(self, record) -> bool:
        """The "when to stop and call" module: every handout has it, so its tick is fixed."""
        return self.kind == ItemKind.ADVICE and getattr(record, "kind", "") == AdviceKind.STOP

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        record = self._records[index.row()]
        if self._always(record):
            return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren  # shown ticked and greyed
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if self.kind == ItemKind.AID and record.id in self._checked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.row() >= len(self._records):
            return False
        record = self._records[index.row()]
        title = record.title_in(self.language)
        if self._always(record):
            return False
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = value if isinstance(value, bool) else Qt.CheckState(value) == Qt.CheckState.Checked
            if checked == (record.id in self._checked):
                return True
            if self.kind == ItemKind.AID:
                self.session.set_aid(record.id, checked, title)
            else:
                self.session.set_advice(record.id, checked, title)
            return True
        if role == Qt.ItemDataRole.EditRole and self.kind == ItemKind.AID and record.id in self._checked:
            self.session.set_aid_note(record.id, str(value or "").strip(), title)
            return True
        return False
