"""The GUI automation contract: drive the window only through the object names in design.md."""

from __future__ import annotations

import os
import re
import signal

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFileDialog, QLineEdit


def child(window, kind, name):
    found = window.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name}"
    return found


def action(window, name) -> QAction:
    return child(window, QAction, name)


def column(model, label: str) -> int:
    for section in range(model.columnCount()):
        if model.headerData(section, Qt.Orientation.Horizontal) == label:
            return section
    raise AssertionError(f"no column {label!r}")


def pdf_text(path) -> str:
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", text)


def test_every_named_widget_and_action_exists(window):
    child(window, QLineEdit, "librarySearch")
    child(window, QAbstractItemView, "libraryView")
    child(window, QAbstractItemView, "programView")
    child(window, QLineEdit, "patientName")
    assert isinstance(
        window.findChild(QComboBox, "programFrequency") or window.findChild(QLineEdit, "programFrequency"),
        (QComboBox, QLineEdit),
    )
    child(window, QAbstractItemView, "aidsList")
    child(window, QPdfView, "pdfPreview")
    for name in (
        "actionNewProgram",
        "actionSaveProgram",
        "actionAddExercise",
        "actionRemoveExercise",
        "actionExportPdf",
        "actionPrint",
        "actionUndo",
        "actionRedo",
    ):
        action(window, name)


def program_state(window):
    program_view = child(window, QAbstractItemView, "programView")
    aids = child(window, QAbstractItemView, "aidsList").model()
    model = program_view.model()
    rows = [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        + (model.index(r, column(model, "Hver side")).data(Qt.ItemDataRole.CheckStateRole),)
        for r in range(model.rowCount())
    ]
    ticked = [
        aids.index(r, 0).data()
        for r in range(aids.rowCount())
        if aids.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    ]
    return rows, ticked, child(window, QLineEdit, "patientName").text()


def test_build_a_programme_export_it_and_undo_every_step(window, qtbot, tmp_path, monkeypatch):
    search = child(window, QLineEdit, "librarySearch")
    library = child(window, QAbstractItemView, "libraryView")
    program_view = child(window, QAbstractItemView, "programView")
    aids_view = child(window, QAbstractItemView, "aidsList")
    patient = child(window, QLineEdit, "patientName")
    empty = program_state(window)

    hits = library.model()
    everything = hits.rowCount()
    qtbot.keyClicks(search, "bækken")
    qtbot.waitUntil(lambda: 3 <= hits.rowCount() < everything)  # the search runs a moment after typing
    titles = [hits.index(row, 0).data() for row in range(3)]
    for row in range(3):
        library.selectionModel().setCurrentIndex(hits.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        action(window, "actionAddExercise").trigger()
    program = program_view.model()
    assert [program.index(r, 0).data() for r in range(program.rowCount())] == titles

    sets, reps, hold = column(program, "Sæt"), column(program, "Gent."), column(program, "Hold (s)")
    minutes, per_side = column(program, "Min."), column(program, "Hver side")
    assert program.setData(program.index(0, sets), 3)
    assert program.setData(program.index(0, reps), "10")
    assert program.setData(program.index(1, sets), 1)
    assert program.setData(program.index(1, reps), "")
    assert program.setData(program.index(1, minutes), "")
    assert program.setData(program.index(1, hold), "5")
    assert program.setData(program.index(1, per_side), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    aids = aids_view.model()
    for wanted in ("Bækkenbælte", "Satinlagen"):
        row = next(r for r in range(aids.rowCount()) if aids.index(r, 0).data() == wanted)
        assert aids.setData(aids.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtbot.keyClicks(patient, "Mette Hansen")
    full = program_state(window)

    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    action(window, "actionExportPdf").trigger()
    text = pdf_text(target)
    for expected in (
        *titles,
        "3 × 10 gentagelser",
        "Hold i 5 sekunder",
        "på hver side",
        "Bækkenbælte",
        "Satinlagen",
        "Mette Hansen",
    ):
        assert expected in text, expected

    undo, redo = action(window, "actionUndo"), action(window, "actionRedo")
    steps = 0
    while undo.isEnabled():
        undo.trigger()
        steps += 1
        assert steps < 100
    assert steps >= 3 + 3 + 2 + 1  # adds, dosage edits that changed something, aids, name
    assert program_state(window) == empty
    assert program_view.model().rowCount() == 0 and patient.text() == ""
    for _ in range(steps):
        assert redo.isEnabled()
        redo.trigger()
    assert not redo.isEnabled()
    assert program_state(window) == full


def test_preview_shows_the_rendered_pdf(window, qtbot):
    search = child(window, QLineEdit, "librarySearch")
    library = child(window, QAbstractItemView, "libraryView")
    everything = library.model().rowCount()
    qtbot.keyClicks(search, "bro")
    qtbot.waitUntil(lambda: 0 < library.model().rowCount() < everything)
    library.selectionModel().setCurrentIndex(
        library.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    action(window, "actionAddExercise").trigger()
    view = child(window, QPdfView, "pdfPreview")
    qtbot.waitUntil(lambda: view.document() is not None and view.document().pageCount() >= 1, timeout=10000)


def test_preview_keeps_its_scroll_position_across_a_re_render(window, qtbot):
    window.setWindowState(Qt.WindowState.WindowNoState)  # a window of this size, not the screen's
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.workbench.add_exercises([hit.id for hit in window.workbench.store.search("")[:14]])
    view = child(window, QPdfView, "pdfPreview")
    qtbot.waitUntil(lambda: window.workbench.preview.is_idle() and view.document().pageCount() >= 3, timeout=20000)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000)
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    rendered = []
    window.workbench.preview.rendered.connect(lambda: rendered.append(1))
    window.workbench.session.set_field("patient_name", "Ny patient")
    qtbot.waitUntil(lambda: bool(rendered) and window.workbench.preview.is_idle(), timeout=20000)
    qtbot.wait(50)
    assert abs(bar.value() - kept) <= 2
    window.workbench.session.forget_changes()


def test_the_handout_helper_falls_back_to_the_worker_when_it_dies(window, qtbot):
    from exercise_builder.services.handout_jobs import handout_data
    from exercise_builder.ui import render_process

    window.workbench.add_exercises([hit.id for hit in window.workbench.store.search("bro")[:1]])
    request = handout_data(window.workbench.store, window.workbench.session.program)
    assert render_process.render(request).startswith(b"%PDF")
    pid = render_process.helper_pid()
    assert pid is not None and pid != os.getpid(), "rendered in a helper process"
    os.kill(pid, signal.SIGKILL)
    assert render_process.render(request).startswith(b"%PDF")  # the worker itself, after the helper died
    assert render_process.helper_pid() not in (None, pid), "a new helper starts for the next request"
