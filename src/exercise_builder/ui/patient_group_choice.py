"""Who the programme is for, chosen in one click: three toggle buttons beside the patient's name."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from ..domain.kinds import PatientGroup


class PatientGroupChoice(QWidget):
    """objectName `patientGroup`; its buttons are `patientGroup-<value>` (pregnant, after-birth, other)."""

    chosen = Signal(object)  # PatientGroup, on a click (not when set from the programme)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="patientGroup")
        labels = {
            PatientGroup.PREGNANT: self.tr("Gravid"),
            PatientGroup.AFTER_BIRTH: self.tr("Efter fødsel"),
            PatientGroup.OTHER: self.tr("Andet"),
        }
        tips = {
            PatientGroup.PREGNANT: self.tr(
                "Gravid: stopboksen nævner fødegangen, og tip til sidst i graviditeten vises"
            ),
            PatientGroup.AFTER_BIRTH: self.tr(
                "Efter fødslen: stopboksen nævner tegn efter fødslen; ingen graviditetstip"
            ),
            PatientGroup.OTHER: self.tr("Andre patienter: stopboksen uden graviditet og fødsel"),
        }
        self.setAccessibleName(self.tr("Patientgruppe"))
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for group, label in labels.items():
            button = QToolButton(self, objectName=f"patientGroup-{group.value}", text=label, checkable=True)
            button.setToolTip(tips[group])
            button.setAccessibleName(label)
            self.buttons.addButton(button)
            layout.addWidget(button)
            button.clicked.connect(lambda _checked=False, g=group: self.chosen.emit(g))
        self._by_group = {group: self.findChild(QToolButton, f"patientGroup-{group.value}") for group in labels}
        self.set_value(PatientGroup.OTHER)

    def set_value(self, group: PatientGroup) -> None:
        button = self._by_group.get(group)
        if button is not None and not button.isChecked():
            button.setChecked(True)

    def value(self) -> PatientGroup:
        return next(group for group, button in self._by_group.items() if button.isChecked())
