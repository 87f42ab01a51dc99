"""Issue 12: the window sets the patient group in one click; templates set it; drafts keep it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from exercise_builder.domain.kinds import PatientGroup


def test_one_click_sets_the_group_and_undo_takes_it_back(window, qtbot):
    choice = window.findChild(QWidget, "patientGroup")
    assert choice is not None and choice.isVisibleTo(window)
    button = window.findChild(QAbstractButton, "patientGroup-after-birth")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.workbench.session.program.patient_group == PatientGroup.AFTER_BIRTH
    assert button.isChecked()
    window.workbench.session.undo_stack.undo()
    assert window.workbench.session.program.patient_group == PatientGroup.OTHER
    assert window.findChild(QAbstractButton, "patientGroup-other").isChecked()


def test_a_template_sets_the_group(window):
    template = window.workbench.store.catalogue.get("template", "skabelon-efter-foedslen")
    window.workbench.templates.apply_template(template)
    assert window.workbench.session.program.patient_group == PatientGroup.AFTER_BIRTH
    assert window.findChild(QAbstractButton, "patientGroup-after-birth").isChecked()


def test_a_saved_programme_and_a_draft_keep_the_group(make_window, qtbot):
    first = make_window()
    qtbot.mouseClick(first.findChild(QAbstractButton, "patientGroup-pregnant"), Qt.MouseButton.LeftButton)
    first.workbench.session.set_field("patient_name", "Mette Hansen")
    saved = first.workbench.session.save()
    assert first.workbench.store.programs.load(saved.id).patient_group == PatientGroup.PREGNANT
    qtbot.mouseClick(first.findChild(QAbstractButton, "patientGroup-after-birth"), Qt.MouseButton.LeftButton)
    assert first.workbench.session.autosave() is not None
    shiboken6.delete(first)
    second = make_window()
    restored = second.workbench.session.restore_draft()
    assert restored.patient_group == PatientGroup.AFTER_BIRTH


def test_export_says_once_when_typed_text_is_in_another_language(window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "p.pdf"), ""))
    hits = window.workbench.store.search("kat")[:1]
    window.workbench.add_exercises([hit.id for hit in hits])
    window.workbench.session.set_field("message", "Husk at trække vejret roligt.")
    window.workbench.session.set_option("language", "en")
    window.workbench.handing_out.export_pdf()
    window.workbench.handing_out.export_pdf()
    assert len(told) == 1 and "engelsk" in told[0]
    window.workbench.session.set_option("language", "da")
    window.workbench.handing_out.export_pdf()
    assert len(told) == 1  # Danish text in a Danish handout: nothing to say


def test_typed_language_guess():
    from exercise_builder.domain.typed_language import guess_language

    assert guess_language("Husk at trække vejret.") == "da"
    assert guess_language("Remember to breathe when you lift the baby.") == "en"
    assert guess_language("Mette") == ""
