"""A crash (the window destroyed without saving) leaves a draft that the next start offers."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt

from exercise_builder.domain.dosage import Dosage, Range


def build_programme(window):
    session = window.workbench.session
    hits = window.workbench.store.search("bækken")[:2]
    window.workbench.add_exercises([hit.id for hit in hits])
    model = window.workbench.program_model
    model.setData(model.index(0, 1), 3)
    session.set_field("patient_name", "Mette Hansen")
    session.set_field("message", "Husk at trække vejret.")
    aid = window.workbench.store.catalogue.get("aid", "satinlagen")
    session.set_aid(aid.id, True, "Satinlagen")
    session.set_aid_note(aid.id, "Om natten", "Satinlagen")
    session.set_option("diary", True)
    items = list(session.program.items)
    items[1] = items[1].__class__(
        items[1].exercise_id, Dosage(sets=2, reps=Range(8, 12), per_side=True, frequency="1 gang dagligt"), "Langsomt"
    )
    session.set_item(1, items[1], "x")
    return session.program


def test_crash_leaves_a_draft_that_restores_exactly(make_window, data_dir):
    first = make_window()
    program = build_programme(first)
    assert first.workbench.session.autosave() is not None
    shiboken6.delete(first)  # no closeEvent, no save: as if the process died

    second = make_window()
    draft = second.workbench.session.pending_draft()
    assert draft is not None and draft.patient_name == "Mette Hansen"
    restored = second.workbench.session.restore_draft()
    assert restored == program
    assert second.workbench.session.program == program
    assert second.workbench.session.is_dirty
    assert second.findChild(type(second.workbench.program.patient), "patientName").text() == "Mette Hansen"
    assert second.workbench.program_model.rowCount() == 2


def test_autosave_happens_by_itself_after_an_edit(window, qtbot):
    window.workbench.session.set_field("patient_name", "Ib")
    qtbot.waitUntil(lambda: window.workbench.session.draft_path().exists(), timeout=5000)


def test_saving_removes_the_draft_and_a_clean_close_leaves_none(make_window, qtbot):
    window = make_window()
    build_programme(window)
    window.workbench.session.autosave()
    window.workbench.session.save()
    assert not window.workbench.session.draft_path().exists()
    window.close()
    assert make_window().workbench.session.pending_draft() is None


def test_declining_the_draft_drops_it(make_window):
    first = make_window()
    build_programme(first)
    first.workbench.session.autosave()
    shiboken6.delete(first)
    second = make_window()
    second.workbench.session.drop_pending_draft()
    assert second.workbench.session.pending_draft() is None


def test_saved_programme_reopens_and_handed_out_versions_are_kept(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    build_programme(window)
    window.workbench.lifecycle.save_program()
    program_id = window.workbench.session.program.id
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "a.pdf"), ""))
    window.workbench.handing_out.export_pdf()
    assert window.workbench.session.program.handed_out
    window.workbench.session.set_field("patient_name", "Mette H.")
    window.workbench.lifecycle.save_program()
    assert [v for v, _saved, _text in window.workbench.store.programs.history(program_id)] == [1]
    assert window.workbench.store.programs.load(program_id).patient_name == "Mette H."
    assert window.workbench.program_model.data(window.workbench.program_model.index(0, 0), Qt.ItemDataRole.DisplayRole)


def test_run_gui_asks_about_the_draft_with_a_message_box(make_window, data_dir, monkeypatch, qapp, qtbot):
    """The real start: the frame paints, the store opens after it, then the draft is offered."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from exercise_builder import app as app_module

    first = make_window()
    program = build_programme(first)
    first.workbench.session.autosave()
    shiboken6.delete(first)

    asked, starts = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    real_start = app_module.GuiStart
    monkeypatch.setattr(app_module, "GuiStart", lambda *a, **k: starts.append(real_start(*a, **k)) or starts[-1])

    def event_loop(_app):
        window = starts[0].window
        assert window.workbench is None  # shown as a frame, the store not yet open
        qtbot.waitUntil(lambda: bool(asked), timeout=10000)
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert app_module.run_gui(data_dir) == 0
    window = starts[0].window
    assert "Mette Hansen" in asked[0]
    assert window.workbench.session.program == program
    window.workbench.runner.wait(5000)
    window.workbench.session.forget_changes()
    window.hide()
    window.deleteLater()
