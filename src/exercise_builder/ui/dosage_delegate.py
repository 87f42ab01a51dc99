"""Inline editors for the programme table: spin box for sets, ranges as text, frequency choices."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QStyledItemDelegate, QToolTip, QWidget

from ..domain import frequency
from ..domain.number_words import digits_for_words
from .program_model import FREQUENCY, NOTE, RANGE_COLUMNS, SETS

RANGE_PATTERN = QRegularExpression(r"^\s*(\d{1,3}(\s*[-–]\s*\d{0,3})?)?\s*$")
# the table also takes a number written as a word ("ti"): it is turned into digits, not dropped
WORDS_PATTERN = QRegularExpression(r"^[\w\s\-–]{0,40}$")


def frequency_choices(language: str = "da") -> list[str]:
    """An exercise's own frequency: the same choices as the programme's (free text allowed)."""
    return frequency.choices(language)


class DosageDelegate(QStyledItemDelegate):
    ROW_PADDING = 8  # a two-line title keeps some air above and below

    def sizeHint(self, option, index: QModelIndex):
        size = super().sizeHint(option, index)
        size.setHeight(size.height() + self.ROW_PADDING)
        return size

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        column = index.column()
        if column == SETS:
            editor = QSpinBox(parent, minimum=1, maximum=99)
            editor.setAccessibleName(self.tr("Antal sæt"))
            return editor
        if column in RANGE_COLUMNS:
            editor = QLineEdit(parent)
            editor.setValidator(QRegularExpressionValidator(WORDS_PATTERN, editor))
            editor.setPlaceholderText(self.tr("fx 8–12"))
            editor.setAccessibleName(
                index.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            )
            return editor
        if column == FREQUENCY:
            editor = QComboBox(parent, editable=True)
            editor.addItems(["", *frequency_choices(getattr(index.model(), "language", "da"))])
            editor.view().setMinimumWidth(
                editor.view().sizeHintForColumn(0) + 24
            )  # the column is narrower than the words
            editor.setAccessibleName(self.tr("Egen hyppighed"))
            return editor
        editor = super().createEditor(parent, option, index)
        if column == NOTE:
            editor.setAccessibleName(self.tr("Note"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value or 1))
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(str(value or ""))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit) and index.column() in RANGE_COLUMNS:
            digits = digits_for_words(editor.text())
            if digits is None:
                QToolTip.showText(
                    editor.mapToGlobal(editor.rect().bottomLeft()),
                    self.tr("»%1« er ikke et tal; skriv fx 10 eller 8–12.").replace("%1", editor.text()),
                    editor,
                )
                return
            model.setData(index, digits, Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text().replace("-", "–"), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
