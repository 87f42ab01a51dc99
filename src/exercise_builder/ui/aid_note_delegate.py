"""Writing an aid's note in the aids list: the aid's name stays in sight beside the note field
(the plain editor covered the whole row, name and all)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyledItemDelegate, QWidget


class AidNoteEditor(QWidget):
    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.name = QLabel(name, self, objectName="aidNoteName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLineEdit(self, objectName="aidNoteEdit")
        self.note.setPlaceholderText(self.tr("Note til %1").replace("%1", name))
        self.note.setAccessibleName(self.tr("Note til %1").replace("%1", name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 0, 2, 0)  # past the check box
        layout.addWidget(self.name)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.note, 1)
        self.setFocusProxy(self.note)


class AidNoteDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        return AidNoteEditor(str(index.data(Qt.ItemDataRole.AccessibleTextRole) or ""), parent)  # the title

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.note.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        model.setData(index, editor.note.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:
        editor.setGeometry(option.rect)
