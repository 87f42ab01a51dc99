"""Filer → Seneste programmer: the last ten programmes saved, each opened with one click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from ..store import Store
from .open_program_dialog import display_date

RECENT = 10


class RecentPrograms(QObject):
    """Fills the menu each time it opens, so it always shows what is saved now."""

    def __init__(self, menu: QMenu, store: Store, open_program: Callable[[str], None]) -> None:
        super().__init__(menu)
        self.menu, self.store, self.open_program = menu, store, open_program
        menu.aboutToShow.connect(self.refill)

    def refill(self) -> None:
        self.menu.clear()
        recent = self.store.programs.recent(RECENT)
        if not recent:
            self.menu.addAction(self.tr("(ingen gemte programmer endnu)")).setEnabled(False)
            return
        for number, summary in enumerate(recent, start=1):
            name = (summary.patient_name or self.tr("(uden navn)")).replace("&", "&&")
            handed = self.tr(", udleveret") if summary.handed_out else ""
            text = f"&{number % 10} {name} – {display_date(summary.date)}{handed}"
            action = self.menu.addAction(text)
            action.setObjectName(f"recentProgram{number}")
            action.triggered.connect(lambda _checked=False, ident=summary.id: self.open_program(ident))
