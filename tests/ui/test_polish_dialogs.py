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
        window.workbench.store.programs.save(Program(patient_name=name, date=date))
    dialog = OpenProgramDialog(window.workbench.store, window)
    qtbot.addWidget(dialog)
    return dialog


def shown(dialog) -> list[tuple[str, str]]:
    model = dialog.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_open_dialog_shows_dates_the_danish_way(open_dialog):
    assert shown(open_dialog) == [
        ("Mette Hansen", "22-11-2026"),
        ("Ole Berg", "03-11-2026"),
        ("Lise Holm", "07-02-2025"),
    ]
    assert open_dialog.date.placeholderText() == "fx 22-11-2026 eller 11-2026"


@pytest.mark.parametrize(
    "typed, names",
    [
        ("22-11-2026", ["Mette Hansen"]),
        ("22.11.2026", ["Mette Hansen"]),
        ("3-11-2026", ["Ole Berg"]),
        ("11-2026", ["Mette Hansen", "Ole Berg"]),
        ("11.2026", ["Mette Hansen", "Ole Berg"]),
        ("2-2025", ["Lise Holm"]),
        ("2026", ["Mette Hansen", "Ole Berg"]),
        (" 2025 ", ["Lise Holm"]),
        ("2026-11-22", ["Mette Hansen"]),
        ("2026-11", ["Mette Hansen", "Ole Berg"]),
        ("", None),
        ("22-11", []),
        ("1999", []),
    ],
)
def test_open_dialog_finds_dates_typed_the_danish_or_the_iso_way(open_dialog, typed, names):
    open_dialog.date.setText(typed)
    found = [name for name, _ in shown(open_dialog)]
    assert found == (names if names is not None else ["Mette Hansen", "Ole Berg", "Lise Holm"])


def test_open_dialog_delete_question_names_the_danish_date(open_dialog, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No
    )
    open_dialog.table.selectRow(0)
    open_dialog.delete_selected()
    assert asked == ["Slet programmet for Mette Hansen fra 22-11-2026?"]


# --- the exercise editor -------------------------------------------------------------------------


def open_editor(window, qtbot, slug=None):
    from PySide6.QtWidgets import QDialog

    editor = window.workbench.exercise_editor(
        window.workbench.store.catalogue.resolve("exercise", slug) if slug else None
    )
    editor.show()  # not qtbot.addWidget: its close at teardown would ask about the changes; the window owns it
    qtbot.waitExposed(editor)
    yield editor
    editor.done(QDialog.DialogCode.Rejected)  # hidden: no discard question at the end of the test


@pytest.fixture
def new_editor(window, qtbot):
    yield from open_editor(window, qtbot)


@pytest.fixture
def muslingen_editor(window, qtbot):
    yield from open_editor(window, qtbot, "muslingen")


def test_dosage_placeholders_are_not_cut_at_the_default_size(new_editor):
    from PySide6.QtWidgets import QLineEdit

    fields = [
        w
        for w in new_editor.findChildren(QLineEdit)
        if w.placeholderText() and w.objectName() in ("exerciseReps", "exerciseHold", "exerciseMinutes")
    ]
    assert len(fields) == 3
    for field in fields:
        room = field.contentsRect().width() - field.textMargins().left() - field.textMargins().right() - 8
        needed = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert needed <= room, f"{field.objectName()}: {field.placeholderText()!r} needs {needed} px of {room}"
    assert new_editor.reps.placeholderText() == "fx 8–12"


def picture(tmp_path, name, colour="darkgreen"):
    from PySide6.QtGui import QColor, QImage

    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = tmp_path / name
    image.save(str(path))
    return str(path)


def test_pictures_are_captioned_by_number_not_by_author(muslingen_editor, tmp_path):
    editor = muslingen_editor
    assert editor.images[0].author == "Exercise Builder"
    shipped = len(editor.images)  # the general figure, and the pregnant one where it has one
    editor.add_picture_from_file(picture(tmp_path, "a.png"))
    editor.add_picture_from_file(picture(tmp_path, "b.png", "navy"))
    captions = [editor.pictures.item(r).text() for r in range(editor.pictures.count())]
    assert captions == [f"Billede {n}" for n in range(1, shipped + 3)]
    mine = shipped  # the first picture added here
    editor.pictures.setCurrentRow(mine)
    editor.author.setText("Anne Holm")
    editor.author.textEdited.emit("Anne Holm")
    assert editor.images[mine].author == "Anne Holm"
    assert editor.pictures.item(mine).text() == f"Billede {mine + 1}"
    assert "Anne Holm" in editor.pictures.item(mine).toolTip()
    editor.pictures.setCurrentRow(0)
    editor.remove_current_picture()
    captions = [editor.pictures.item(r).text() for r in range(editor.pictures.count())]
    assert captions == [f"Billede {n}" for n in range(1, shipped + 2)]


def test_no_pictures_shows_a_hint_where_the_picture_would_be(new_editor, muslingen_editor, tmp_path):
    hint = "Tilføj et billede fra en fil, eller indsæt et fra udklipsholderen (Ctrl+V)"
    assert new_editor.picture_view.text() == hint and new_editor.picture_view.isVisible()
    new_editor.add_picture_from_file(picture(tmp_path, "a.png"))
    assert new_editor.picture_view.text() == "" and not new_editor.picture_view.pixmap().isNull()
    new_editor.remove_current_picture()
    assert new_editor.picture_view.text() == hint
    assert muslingen_editor.picture_view.text() == ""


def test_ctrl_v_outside_a_text_field_pastes_a_picture(new_editor, qtbot):
    from PySide6.QtGui import QColor, QGuiApplication, QImage

    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("darkred"))
    QGuiApplication.clipboard().setImage(image)
    new_editor.activateWindow()
    new_editor.pictures.setFocus()
    qtbot.keyClick(new_editor.pictures, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(new_editor.images) == 1)  # a button's shortcut clicks after a short animation
    QGuiApplication.clipboard().setText("Muslingen")
    new_editor.title_da.setFocus()
    qtbot.keyClick(new_editor.title_da, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(300)
    assert new_editor.title_da.text() == "Muslingen" and len(new_editor.images) == 1


def test_picture_credit_fields_have_accessible_names(muslingen_editor):
    assert muslingen_editor.author.accessibleName() == "Billedets ophavsperson"
    assert muslingen_editor.licence.accessibleName() == "Billedets licens"


# --- a row's own frequency -----------------------------------------------------------------------


def open_frequency_editor(window):
    from PySide6.QtWidgets import QComboBox

    from exercise_builder.ui.program_model import FREQUENCY

    if not window.workbench.session.program.items:
        window.workbench.add_exercises([window.workbench.store.catalogue.resolve("exercise", "muslingen")])
    view = window.workbench.program.view
    index = view.model().index(0, FREQUENCY)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QComboBox)
    return view, editor


WEEKLY_DA = ["1 gang om ugen", "2 gange om ugen", "2–3 gange om ugen", "3 gange om ugen"]


def test_own_frequency_offers_weekly_choices_and_keeps_free_text(window):
    from PySide6.QtWidgets import QAbstractItemDelegate

    from exercise_builder.domain.frequency import CHOICES_DA, parse_frequency

    view, editor = open_frequency_editor(window)
    choices = [editor.itemText(i) for i in range(editor.count())]
    assert choices == ["", *CHOICES_DA, *WEEKLY_DA]
    assert all(parse_frequency(text).per == "week" for text in WEEKLY_DA)
    assert editor.isEditable()
    widest = max(editor.view().fontMetrics().horizontalAdvance(text) for text in choices)
    assert editor.view().minimumWidth() > widest, "the list opens wider than the narrow column, words whole"
    editor.setCurrentIndex(choices.index("2 gange om ugen"))
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert window.workbench.session.program.items[0].dosage.frequency == "2 gange om ugen"

    view, editor = open_frequency_editor(window)
    editor.setCurrentText("hver anden dag")
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert window.workbench.session.program.items[0].dosage.frequency == "hver anden dag"


def test_exercise_editor_offers_the_same_frequency_choices(new_editor):
    choices = [new_editor.own_frequency.itemText(i) for i in range(new_editor.own_frequency.count())]
    assert choices[-4:] == WEEKLY_DA and new_editor.own_frequency.isEditable()
