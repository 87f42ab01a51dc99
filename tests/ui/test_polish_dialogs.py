"""Small polish of the dialogs: Danish dates in 'Åbn program', the editor's pictures and hints,
the weekly choices of a row's own frequency."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from exercise_builder.domain.models import Program


# --- Åbn program ---------------------------------------------------------------------------------

@pytest.fixture
def open_dialog(window, qtbot):
    from exercise_builder.ui.open_program_dialog import OpenProgramDialog

    for name, date in (("Mette Hansen", "2026-11-22"), ("Ole Berg", "2026-11-03"), ("Lise Holm", "2025-02-07")):
        window.store.programs.save(Program(patient_name=name, date=date))
    dialog = OpenProgramDialog(window.store, window)
    qtbot.addWidget(dialog)
    return dialog


def shown(dialog) -> list[tuple[str, str]]:
    model = dialog.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_open_dialog_shows_dates_the_danish_way(open_dialog):
    assert shown(open_dialog) == [("Mette Hansen", "22-11-2026"), ("Ole Berg", "03-11-2026"),
                                  ("Lise Holm", "07-02-2025")]
    assert open_dialog.date.placeholderText() == "fx 22-11-2026 eller 11-2026"


@pytest.mark.parametrize("typed, names", [
    ("22-11-2026", ["Mette Hansen"]), ("22.11.2026", ["Mette Hansen"]), ("3-11-2026", ["Ole Berg"]),
    ("11-2026", ["Mette Hansen", "Ole Berg"]), ("11.2026", ["Mette Hansen", "Ole Berg"]),
    ("2-2025", ["Lise Holm"]), ("2026", ["Mette Hansen", "Ole Berg"]), (" 2025 ", ["Lise Holm"]),
    ("2026-11-22", ["Mette Hansen"]), ("2026-11", ["Mette Hansen", "Ole Berg"]), ("", None),
    ("22-11", []), ("1999", []),
])
def test_open_dialog_finds_dates_typed_the_danish_or_the_iso_way(open_dialog, typed, names):
    open_dialog.date.setText(typed)
    found = [name for name, _ in shown(open_dialog)]
    assert found == (names if names is not None else ["Mette Hansen", "Ole Berg", "Lise Holm"])


def test_open_dialog_delete_question_names_the_danish_date(open_dialog, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.No)
    open_dialog.table.selectRow(0)
    open_dialog.delete_selected()
    assert asked == ["Slet programmet for Mette Hansen fra 22-11-2026?"]
