"""Choosing a template: what it holds (exercises, aids, advice) is shown before it is used, and
it replaces the programme's content or is added to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..domain.kinds import ItemKind, PatientGroup
from ..domain.models import Template
from ..store import Store

REPLACE, ADD = "replace", "add"


def in_offer_order(templates: list[Template], group: PatientGroup, language: str) -> list[Template]:
    """The patient group's own templates first, then those for anyone, then the other groups' (each by title)."""

    def rank(template: Template) -> int:
        if template.patient_group == group:
            return 0
        return 1 if template.patient_group == PatientGroup.OTHER else 2

    return sorted(templates, key=lambda t: (rank(t), t.title_in(language).casefold()))


class TemplatePicker(QDialog):
    def __init__(self, store: Store, templates: list[Template], language: str, has_content: bool, parent=None) -> None:
        super().__init__(parent)
        self.store, self.templates, self.language = store, templates, language
        self.choice = ""
        self.setObjectName("templatePicker")
        self.setWindowTitle(self.tr("Start fra skabelon"))
        self.resize(820, 480)

        self.list = QListWidget(self, objectName="templateList")
        self.list.setAccessibleName(self.tr("Skabeloner"))
        for template in templates:
            QListWidgetItem(template.title_in(language), self.list)
        self.list.setMinimumWidth(max(260, self.list.sizeHintForColumn(0) + 32))  # whole titles
        self.contents = QLabel(self, objectName="templateContents")
        self.contents.setTextFormat(Qt.TextFormat.PlainText)  # titles from another clinic are not markup
        self.contents.setWordWrap(True)
        self.contents.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.contents.setAccessibleName(self.tr("Skabelonens indhold"))

        buttons = QDialogButtonBox(self)
        self.replace_button = QPushButton(
            self.tr("&Erstat programmets indhold") if has_content else self.tr("&Brug skabelonen"),
            self,
            objectName="templateReplace",
        )
        self.add_button = QPushButton(self.tr("&Tilføj til programmet"), self, objectName="templateAdd")
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if has_content:
            buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            self.add_button.hide()
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.replace_button.clicked.connect(lambda: self._choose(REPLACE))
        self.add_button.clicked.connect(lambda: self._choose(ADD))
        buttons.rejected.connect(self.reject)

        panes = QHBoxLayout()
        panes.addWidget(self.list, 2)
        panes.addWidget(self.contents, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self._choose(REPLACE))
        if templates:
            self.list.setCurrentRow(0)

    def chosen(self) -> Template | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def _choose(self, how: str) -> None:
        if self.chosen() is not None:
            self.choice = how
            self.accept()

    def _titles(self, kind: ItemKind, refs) -> list[str]:
        titles = []
        for ref in refs:
            record = self.store.catalogue.get(kind, ref)
            titles.append(record.title_in(self.language) if record else f"({ref})")
        return titles

    def _show(self, row: int) -> None:
        template = self.chosen()
        if template is None:
            self.contents.clear()
            return
        lines = []
        description = template.description.get(self.language) or template.description.get("da", "")
        if description:
            lines += [description, ""]
        if template.frequency:
            lines += [self.tr("Hyppighed: %1").replace("%1", template.frequency), ""]
        exercises = self._titles(ItemKind.EXERCISE, [item.exercise for item in template.items])
        lines.append(self.tr("Øvelser (%1):").replace("%1", str(len(exercises))))
        lines += [f"  {n}. {title}" for n, title in enumerate(exercises, 1)]
        for heading, kind, refs in (
            (self.tr("Hjælpemidler:"), ItemKind.AID, [aid.aid for aid in template.aids]),
            (self.tr("Råd:"), ItemKind.ADVICE, list(template.advice)),
        ):
            if refs:
                lines += ["", heading] + [f"  • {title}" for title in self._titles(kind, refs)]
        self.contents.setText("\n".join(lines))
