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
    assert window.session.program.patient_group == PatientGroup.AFTER_BIRTH
    assert button.isChecked()
    window.findChild(type(window.findChild(QWidget, "patientGroup")), "patientGroup")
    window.session.undo_stack.undo()
    assert window.session.program.patient_group == PatientGroup.OTHER
    assert window.findChild(QAbstractButton, "patientGroup-other").isChecked()


def test_a_template_sets_the_group(window):
    template = window.store.catalogue.get("template", "skabelon-efter-foedslen")
    window.templates.apply_template(template)
    assert window.session.program.patient_group == PatientGroup.AFTER_BIRTH
    assert window.findChild(QAbstractButton, "patientGroup-after-birth").isChecked()


def test_a_saved_programme_and_a_draft_keep_the_group(make_window, qtbot):
    first = make_window()
    qtbot.mouseClick(first.findChild(QAbstractButton, "patientGroup-pregnant"), Qt.MouseButton.LeftButton)
    first.session.set_field("patient_name", "Mette Hansen")
    saved = first.session.save()
    assert first.store.programs.load(saved.id).patient_group == PatientGroup.PREGNANT
    qtbot.mouseClick(first.findChild(QAbstractButton, "patientGroup-after-birth"), Qt.MouseButton.LeftButton)
    assert first.session.autosave() is not None
    shiboken6.delete(first)
    second = make_window()
    restored = second.restore_draft()
    assert restored.patient_group == PatientGroup.AFTER_BIRTH
