"""The exercise editor asks before Annuller, Esc or closing throws unsaved changes away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QSpinBox, QWidget


@pytest.fixture
def answer(monkeypatch):
    """Answer the discard question with a button's text; records every question asked."""
    asked = []

    def set_answer(button_text: str):
        def fake_exec(box: QMessageBox) -> int:
            asked.append(
                {
                    "title": box.windowTitle(),
                    "text": box.text(),
                    "buttons": sorted(b.text() for b in box.buttons()),
                    "default": box.defaultButton().text(),
                    "escape": box.escapeButton().text(),
                }
            )
            next(b for b in box.buttons() if b.text() == button_text).click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", fake_exec)
        return asked

    return set_answer


def muslingen(window):
    return window.workbench.store.catalogue.resolve("exercise", "muslingen")


def open_editor(window, qtbot, exercise_id):
    editor = window.workbench.exercise_editor(exercise_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_nothing_changed_closes_without_a_question(window, qtbot, answer):
    asked = answer("Kassér")
    for ident in (None, muslingen(window)):
        editor = open_editor(window, qtbot, ident)
        editor.reject()
        assert not editor.isVisible() and editor.result() == QDialog.DialogCode.Rejected
    assert asked == []


def test_a_change_asks_and_keep_editing_keeps_the_text(window, qtbot, answer):
    asked = answer("Fortsæt redigering")
    editor = open_editor(window, qtbot, muslingen(window))
    editor.title_da.setText("Muslingen med elastik")
    editor.reject()
    assert asked == [
        {
            "title": "Kassér ændringerne?",
            "text": "Du har ændret øvelsen uden at gemme. Vil du kassere ændringerne?",
            "buttons": ["Fortsæt redigering", "Kassér"],
            "default": "Fortsæt redigering",
            "escape": "Fortsæt redigering",
        }
    ]
    assert editor.isVisible() and editor.title_da.text() == "Muslingen med elastik"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Esc and the window's close button ask too
    editor.close()
    assert len(asked) == 3 and editor.isVisible()
    assert editor.title_da.text() == "Muslingen med elastik"
    editor.done(QDialog.DialogCode.Rejected)  # hidden, so closing at the end of the test asks nothing


def test_discard_closes_and_leaves_the_store_as_it_was(window, qtbot, answer, tmp_path):
    asked = answer("Kassér")
    ident = muslingen(window)
    before = window.workbench.store.catalogue.get("exercise", ident)
    editor = open_editor(window, qtbot, ident)
    editor.title_da.setText("Muslingen med elastik")
    editor.steps_da.setPlainText("Et nyt trin.")
    editor.tags.item(0).setCheckState(
        Qt.CheckState.Checked if editor.tags.item(0).checkState() != Qt.CheckState.Checked else Qt.CheckState.Unchecked
    )
    editor.reject()
    assert len(asked) == 1
    assert not editor.isVisible() and editor.result() == QDialog.DialogCode.Rejected
    assert window.workbench.store.catalogue.get("exercise", ident) == before
    assert not window.workbench.store.catalogue.info("exercise", ident).edited


def test_a_discarded_picture_leaves_no_exercise_and_can_be_used_again(window, qtbot, answer, tmp_path):
    """The picture's file stays in media/ unreferenced (content-addressed; nothing shows it)."""
    from exercise_builder.services.sharing_import import remove_orphan_media

    answer("Kassér")
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    path = tmp_path / "picture.jpg"
    image.save(str(path))
    count = len(window.workbench.store.catalogue.all("exercise"))
    editor = open_editor(window, qtbot, None)
    editor.add_picture_from_file(str(path))
    assert editor.has_changes(), "a picture alone is a change"
    editor.reject()
    assert not editor.isVisible() and len(window.workbench.store.catalogue.all("exercise")) == count
    remove_orphan_media(window.workbench.store, older_than_seconds=0)  # the daily sweep does no harm either

    editor = open_editor(window, qtbot, None)
    editor.title_da.setText("Med det samme billede")
    editor.steps_da.setPlainText("Stå.")
    editor.add_picture_from_file(str(path))
    editor.licence.setCurrentText("CC-BY-4.0")  # a photo is saved with its licence
    assert editor.save()
    saved = [e for e in window.workbench.store.catalogue.all("exercise") if e.title["da"] == "Med det samme billede"][0]
    assert window.workbench.store.media.path(saved.images[0].sha256).is_file()


def _change_and_revert(qtbot, widget):
    """Change one field the way a user would, then put it back; yields between the two."""
    if isinstance(widget, QLineEdit):
        widget.end(False)
        qtbot.keyClicks(widget, "7")
        yield
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    elif isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        widget.setPlainText(text + "\nmere")
        yield
        widget.setPlainText(text)
    elif isinstance(widget, QComboBox) and widget.isEditable():
        text = widget.currentText()
        widget.setCurrentText(text + "x")
        yield
        widget.setCurrentText(text)
    elif isinstance(widget, QComboBox):
        index = widget.currentIndex()
        widget.setCurrentIndex((index + 1) % widget.count())
        yield
        widget.setCurrentIndex(index)
    elif isinstance(widget, QSpinBox):
        value = widget.value()
        widget.setValue(value + 1 if value < widget.maximum() else value - 1)
        yield
        widget.setValue(value)
    elif isinstance(widget, QCheckBox):
        widget.toggle()
        yield
        widget.toggle()


def test_every_field_of_the_editor_counts_as_a_change(window, qtbot):
    """Guards form_state: a field added to the editor but not to form_state fails here."""
    editor = open_editor(window, qtbot, muslingen(window))
    assert editor.images, "the credit fields need a picture to edit"
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QCheckBox)
    fields = [
        w
        for w in editor.findChildren(QWidget)
        if isinstance(w, kinds) and w.objectName() and not w.objectName().startswith("qt_")
    ]
    assert len(fields) >= 14
    for widget in fields:
        assert widget.isEnabled(), widget.objectName()
        steps = _change_and_revert(qtbot, widget)
        next(steps)
        assert editor.has_changes(), f"{widget.objectName()} is not in form_state"
        next(steps, None)
        assert not editor.has_changes(), f"{widget.objectName()} put back is still a change"
    for checklist in (editor.tags, editor.aids):
        item = checklist.item(1)
        state = item.checkState()
        item.setCheckState(Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked)
        assert editor.has_changes(), checklist.objectName()
        item.setCheckState(state)
        assert not editor.has_changes(), checklist.objectName()
    editor.remove_current_picture()
    assert editor.has_changes()
    editor.done(QDialog.DialogCode.Rejected)
