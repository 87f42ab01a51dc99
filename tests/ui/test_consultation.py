"""The consultation flow (issue 16): favourites, the journal note, shortcuts from every field,
the shared-folder picker, the window on small and large screens, errors in the UI's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLineEdit, QListView, QToolButton


def shown_active(window, qtbot):
    """Shortcuts fire only in the active window, as under a real window manager."""
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def row_of(window, slug: str):
    view = window.findChild(QListView, "libraryView")
    wanted = window.workbench.store.catalogue.resolve("exercise", slug)
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        if index.data(Qt.ItemDataRole.UserRole + 3) == wanted:
            return view, index
    raise AssertionError(f"{slug} is not listed")


# --- item 9: favourites ------------------------------------------------------------------------


def test_star_an_exercise_with_ctrl_d_and_filter_my_favourites(make_window, qtbot, data_dir):
    window = shown_active(make_window(), qtbot)
    search = window.findChild(QLineEdit, "librarySearch")
    qtbot.keyClicks(search, "kat og ko")
    qtbot.waitUntil(lambda: row_of(window, "kat-ko") is not None)
    view, index = row_of(window, "kat-ko")
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.workbench.store.favourites.ids() == {window.workbench.store.catalogue.resolve("exercise", "kat-ko")}
    assert row_of(window, "kat-ko")[1].data(Qt.ItemDataRole.DisplayRole).startswith("★ ")

    search.clear()
    qtbot.mouseClick(window.findChild(QToolButton, "favouritesFilter"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model().rowCount() == 1)
    assert (
        "(filtreret)"
        in window.findChild(QListView, "libraryView")
        .parent()
        .findChild(type(window.workbench.library.count), "libraryCount")
        .text()
    )

    again = make_window(data_dir)  # kept in the data dir
    assert again.workbench.store.favourites.ids() == window.workbench.store.favourites.ids()


# --- item 2: Bibliotek → Delt mappe … ------------------------------------------------------------


def test_shared_folder_menu_opens_a_folder_picker_and_keeps_the_choice(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: told.append(args[2]))
    folder = tmp_path / "klinikkens-mappe"
    folder.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: asked.append(args) or str(folder))
    window.findChild(QAction, "actionSharedFolder").trigger()  # what a click in the menu does
    assert asked, "no folder picker was opened"
    from exercise_builder.services.shared_folder_sync import shared_folder

    assert shared_folder(window.workbench.store) == folder
    assert window.findChild(QAction, "actionRefreshShared").isEnabled()
    assert window.findChild(QAction, "actionPublishShared").isEnabled()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)  # the first fetch reports


# --- item 1: every documented shortcut from every field -----------------------------------------


class X11FieldKeys(QObject):
    """What a QLineEdit does under the X11, KDE and GNOME keyboard schemes (which the offscreen
    platform does not use): it claims Ctrl+E, end of line, as in Emacs."""

    def eventFilter(self, watched, event):
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.key() == Qt.Key.Key_E
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return True
        return False


def test_ctrl_e_exports_from_the_patient_name_and_the_search_field(make_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = shown_active(make_window(), qtbot)
    x11 = X11FieldKeys(window)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: asked.append(args) or ("", ""))
    window.workbench.add_exercises([window.workbench.store.catalogue.resolve("exercise", "kat-ko")])
    for name in ("patientName", "librarySearch"):
        field = window.findChild(QLineEdit, name)
        field.installEventFilter(x11)
        field.setFocus()
        qtbot.keyClicks(field, "Mette")
        before = len(asked)
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda before=before: len(asked) > before, timeout=3000)
        assert field.text().endswith("Mette")


# --- item 10: Kopiér til journal ------------------------------------------------------------------


def test_ctrl_j_from_the_patient_name_puts_the_journal_note_on_the_clipboard(make_window, qtbot):
    window = shown_active(make_window(), qtbot)
    bench = window.workbench
    bench.add_exercises([bench.store.catalogue.resolve("exercise", slug) for slug in ("kat-ko", "vaegtskift-staaende")])
    bench.session.set_aid(bench.store.catalogue.resolve("aid", "satinlagen"), True, "Satinlagen")
    patient = window.findChild(QLineEdit, "patientName")
    patient.setFocus()
    qtbot.keyClicks(patient, "Mette")
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(patient, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    note = QGuiApplication.clipboard().text()
    assert note.startswith("Hjemmetræningsprogram udleveret ")
    assert "- Kat og ko:" in note and "- Vægtskift stående:" in note and "Hjælpemidler: Satinlagen." in note
    assert "Mette" not in note  # the record already knows the patient; the note names no one
    assert window.findChild(QAction, "actionCopyJournalNote").shortcut().toString() == "Ctrl+J"


# --- item 7: Seneste programmer ----------------------------------------------------------------


def test_recent_programmes_menu_opens_one_of_the_last_ten(window, qtbot):
    from PySide6.QtWidgets import QMenu

    bench = window.workbench
    for name in ("Anna", "Birte", "Carla"):
        bench.lifecycle.new_program()
        bench.add_exercises([bench.store.catalogue.resolve("exercise", "kat-ko")])
        bench.session.set_field("patient_name", name)
        bench.lifecycle.save_program()
    menu = window.findChild(QMenu, "recentProgramsMenu")
    menu.aboutToShow.emit()
    texts = [action.text() for action in menu.actions()]
    assert [text.split(" ", 1)[1].split(" –")[0] for text in texts] == ["Carla", "Birte", "Anna"]
    bench.lifecycle.new_program()
    menu.actions()[2].trigger()
    assert bench.session.program.patient_name == "Anna" and not bench.session.is_dirty


# --- item 3 in the window: a colleague's programme file ------------------------------------------


def test_programme_file_with_an_own_exercise_opens_in_a_fresh_data_dir(make_window, qtbot, tmp_path, monkeypatch):
    import sys
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    sys.path.insert(0, str(Path(__file__).parent.parent / "sharing"))
    from sharing_helpers import add_custom_exercise, png

    mine = make_window(tmp_path / "mine")
    own = add_custom_exercise(mine.workbench.store, "skulderrul-vaeg", "Skulderrul ved væggen", {"foto.png": png(3)})
    mine.workbench.library_changed()
    mine.workbench.add_exercises([own.id, mine.workbench.store.catalogue.resolve("exercise", "kat-ko")])
    path = tmp_path / "mette.ebprog"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    mine.workbench.lifecycle.save_program_file()
    assert path.exists()

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    theirs = make_window(tmp_path / "colleague")
    theirs.workbench.lifecycle.open_program_file()
    assert not warned
    titles = [theirs.workbench.program_model.title(row) for row in range(2)]
    assert titles == ["Skulderrul ved væggen", "Kat og ko"]
    assert theirs.workbench.store.catalogue.info("exercise", own.id).origin == "imported"


def test_a_truly_missing_exercise_is_named_in_danish_and_the_rest_opens(window, tmp_path, monkeypatch):
    import json

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    path = tmp_path / "p.ebprog"
    path.write_text(
        json.dumps(
            {
                "format": "exercise-builder-program",
                "format_version": 1,
                "items": [{"exercise": "kat-ko"}, {"exercise": "findes-ikke"}],
            }
        ),
        encoding="utf-8",
    )
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.workbench.lifecycle.open_program_file()
    assert len(window.workbench.session.program.items) == 1
    assert warned == ["Programmet er åbnet uden øvelsen «findes-ikke», som ikke findes i biblioteket."]


# --- item 4: the window fits the screen ---------------------------------------------------------

PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QDeadlineTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from exercise_builder.app import build_window
window = build_window(Path(sys.argv[1]))
window.show()
deadline = QDeadlineTimer(2000)
while not deadline.hasExpired():
    app.processEvents()
area, frame, status = window.screen().availableGeometry(), window.frameGeometry(), window.statusBar()
corner = status.mapToGlobal(status.rect().bottomRight())
print(json.dumps({"fits": area.contains(frame), "maximised": window.isMaximized(), "frame": frame.getRect(),
                  "status_on_screen": status.isVisible() and area.contains(corner)}))
window.workbench.session.forget_changes()
"""


@pytest.mark.parametrize("width, height, maximised", [(1024, 600, True), (1366, 768, True), (2560, 1440, False)])
def test_first_start_fits_the_window_to_the_screen(tmp_path, width, height, maximised):
    """A screen of each size (the offscreen platform's screen set by a config file)."""
    import json
    import os
    import subprocess
    import sys

    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "s",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["fits"] and seen["status_on_screen"], seen
    assert seen["maximised"] == maximised
    if not maximised:
        assert seen["frame"][2] >= width * 0.8 and seen["frame"][3] >= height * 0.8, seen


def test_the_layout_is_usable_at_1024_by_560(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 560, hint


def test_placement_on_small_and_large_screens():
    from exercise_builder.ui.window_fit import first_placement

    assert first_placement(0, 0, 1024, 600).maximised
    assert first_placement(0, 27, 1366, 741).maximised
    large = first_placement(0, 0, 2560, 1440)
    assert not large.maximised and (large.width, large.height) == (2176, 1224) and (large.x, large.y) == (192, 108)


# --- item 5: the UI's language everywhere -----------------------------------------------------------


def english_data_dir(data_dir):
    from exercise_builder.services.opening import open_store
    from exercise_builder.ui.settings import UI_LANGUAGE, AppSettings

    store = open_store(data_dir)
    AppSettings(store.settings).set(UI_LANGUAGE, "en")
    store.close()
    return data_dir


def title_bar(window) -> str:
    """What a window manager shows: Qt appends the app's display name unless the title ends with it."""
    title, name = window.windowTitle().replace("[*]", ""), QGuiApplication.applicationDisplayName()
    return title if title.endswith(name) else f"{title} — {name}"


def test_window_title_follows_the_language(make_window, data_dir, tmp_path):
    from PySide6.QtCore import QCoreApplication

    english = make_window(english_data_dir(data_dir))
    assert title_bar(english) == "New programme – Exercise Builder"
    danish = make_window(tmp_path / "dansk")
    assert title_bar(danish) == "Nyt program – Øvelsesprogram"
    # Qt's own dialogs in Danish: the file dialog's buttons and labels
    assert QCoreApplication.translate("QFileDialog", "Files of type:") != "Files of type:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"


def test_a_bad_programme_file_is_told_in_the_windows_language(make_window, data_dir, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    path = tmp_path / "p.ebprog"
    path.write_text(
        '{"format": "exercise-builder-program", "format_version": 1, '
        '"items": [{"exercise": "kat-ko"}, {"exercise": "nowhere"}]}',
        encoding="utf-8",
    )
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window = make_window(english_data_dir(data_dir))
    window.workbench.lifecycle.open_program_file()
    assert told == ["The programme was opened without the exercise 'nowhere', which this library does not have."]


# --- item 6: the smaller things ------------------------------------------------------------------


def add_slugs(window, *slugs):
    bench = window.workbench
    bench.add_exercises([bench.store.catalogue.resolve("exercise", slug) for slug in slugs])


def test_focus_at_start_is_in_the_search(data_dir, qtbot):
    """As the app starts: the frame is shown first, the workbench built into it after its first paint."""
    from PySide6.QtWidgets import QApplication

    from exercise_builder.app import GuiStart

    start = GuiStart(data_dir, offer_draft=False)
    window = start.window
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: window.workbench is not None, timeout=20000)
        qtbot.wait(200)
        assert QApplication.focusWidget() is window.findChild(QLineEdit, "librarySearch")
    finally:
        window.workbench.runner.wait(5000)
        window.workbench.session.forget_changes()
        window.close()


def test_ctrl_end_then_delete_removes_the_last_exercise(make_window, qtbot):
    from PySide6.QtWidgets import QAbstractItemView

    window = shown_active(make_window(), qtbot)
    add_slugs(window, "kat-ko", "vaegtskift-staaende", "baekkencirkler-paa-bold")
    view = window.findChild(QAbstractItemView, "programView")
    view.setFocus()
    window.workbench.program.select_row(0)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    slugs = [
        window.workbench.store.catalogue.get("exercise", item.exercise_id).slug
        for item in window.workbench.session.program.items
    ]
    assert slugs == ["kat-ko", "vaegtskift-staaende"]


def test_adding_an_exercise_twice_is_said_in_the_programme_pane(make_window, qtbot):
    from PySide6.QtWidgets import QLabel

    window = shown_active(make_window(), qtbot)
    add_slugs(window, "kat-ko")
    add_slugs(window, "kat-ko")
    notice = window.findChild(QLabel, "programNotice")
    assert notice is not None and notice.isVisible() and "to gange" in notice.text()


def test_reps_typed_as_a_danish_word(make_window, qtbot):
    from PySide6.QtWidgets import QAbstractItemView

    window = shown_active(make_window(), qtbot)
    add_slugs(window, "kat-ko")
    view = window.findChild(QAbstractItemView, "programView")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 2))  # Gent.
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication_focus()
    editor.selectAll()
    qtbot.keyClicks(editor, "tolv")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: str(window.workbench.session.program.items[0].dosage.reps) == "12", timeout=2000)


def QApplication_focus():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def test_overall_frequency_offers_weekly_choices(window):
    from PySide6.QtWidgets import QComboBox

    combo = window.findChild(QComboBox, "programFrequency")
    choices = [combo.itemText(i) for i in range(combo.count())]
    assert "2 gange om ugen" in choices and "3 gange om ugen" in choices and "2–3 gange dagligt" in choices


# --- item 8: the template picker -------------------------------------------------------------------


def test_template_picker_shows_the_contents_and_adds_to_the_programme(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

    from exercise_builder.ui.template_picker import TemplatePicker

    bench = window.workbench
    add_slugs(window, "kat-ko")
    shown = []

    def pick(picker):
        shown.append(picker)
        names = [picker.list.item(i).text() for i in range(picker.list.count())]
        picker.list.setCurrentRow(next(i for i, name in enumerate(names) if "basis" in name.lower()))
        contents = picker.findChild(QLabel, "templateContents").text()
        assert "Øvelser (" in contents and "Råd:" in contents
        assert picker.findChild(QListWidget, "templateList").minimumWidth() >= picker.list.sizeHintForColumn(0)
        qtbot.mouseClick(picker.findChild(QPushButton, "templateAdd"), Qt.MouseButton.LeftButton)
        return picker.result()

    monkeypatch.setattr(TemplatePicker, "exec", pick)
    template = bench.store.catalogue.get("template", "skabelon-baekkensmerter-basis")
    window.findChild(QAction, "actionStartFromTemplate").trigger()
    assert shown
    items = bench.session.program.items
    assert len(items) == 1 + len(template.items)
    assert bench.store.catalogue.get("exercise", items[0].exercise_id).slug == "kat-ko"
    bench.session.undo_stack.undo()
    assert len(bench.session.program.items) == 1


# --- item 11: the user guide inside the app -----------------------------------------------------------


def test_help_user_guide_opens_inside_the_app(window, monkeypatch):
    from PySide6.QtWidgets import QTextBrowser

    from exercise_builder.ui.user_guide import UserGuide

    opened = []
    monkeypatch.setattr(UserGuide, "exec", lambda dialog: opened.append(dialog) or 0)
    window.findChild(QAction, "actionUserGuide").trigger()
    assert opened
    text = opened[0].findChild(QTextBrowser, "userGuideText").toPlainText()
    assert "Øvelsesprogram" in text and len(text) > 2000


def test_exercise_editor_has_the_late_pregnancy_tip_and_asks_for_a_photo_licence(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

    bench = window.workbench
    shipped = bench.store.catalogue.get("exercise", "baekkenvip-rygliggende")
    editor = bench.exercise_editor(shipped.id)
    qtbot.addWidget(editor)
    assert shipped.late_pregnancy.get("da")
    assert editor.findChild(QPlainTextEdit, "exerciseLatePregnancyDa").toPlainText() == shipped.late_pregnancy["da"]
    editor.reject()

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[1]))
    editor = bench.exercise_editor(None)
    qtbot.addWidget(editor)
    editor.title_da.setText("Min egen øvelse")
    editor.steps_da.setPlainText("Stå op.")
    editor.findChild(QPlainTextEdit, "exerciseLatePregnancyDa").setPlainText("Lav den siddende sidst i graviditeten.")
    photo = QImage(64, 48, QImage.Format.Format_RGB32)
    photo.fill(QColor("steelblue"))
    photo.save(str(tmp_path / "foto.png"))
    editor.add_picture_from_file(str(tmp_path / "foto.png"))
    editor.licence.setCurrentText("")
    assert not editor.save() and warned == ["Billedet mangler en licens"]
    editor.licence.setCurrentText("CC-BY-4.0")
    assert editor.save()
    saved = bench.store.catalogue.get("exercise", bench.store.search("Min egen øvelse")[0].id)
    assert saved.late_pregnancy == {"da": "Lav den siddende sidst i graviditeten."}
    assert saved.images[0].licence == "CC-BY-4.0"


def test_writing_an_aids_note_keeps_its_name_in_sight(make_window, qtbot):
    from PySide6.QtWidgets import QLabel, QListView

    window = shown_active(make_window(), qtbot)
    bench = window.workbench
    satin = bench.store.catalogue.resolve("aid", "satinlagen")
    bench.session.set_aid(satin, True, "Satinlagen")
    bench.program.tabs.setCurrentIndex(0)
    aids = window.findChild(QListView, "aidsList")
    row = next(
        r
        for r in range(aids.model().rowCount())
        if aids.model().index(r, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Satinlagen"
    )
    index = aids.model().index(row, 0)
    aids.setFocus()
    aids.setCurrentIndex(index)
    qtbot.keyClick(aids, Qt.Key.Key_F2)
    name = aids.findChild(QLabel, "aidNoteName")
    assert name is not None and name.isVisible() and name.text() == "Satinlagen"
    qtbot.keyClicks(aids.findChild(QLineEdit, "aidNoteEdit"), "under lagnet")
    qtbot.keyClick(aids.findChild(QLineEdit, "aidNoteEdit"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(a.note == "under lagnet" for a in bench.session.program.aids), timeout=2000)


def test_printing_sends_the_pdf_itself_to_a_cups_printer(qtbot, monkeypatch):
    """Not 300-dpi pictures of the pages (3.5 MB for 5 pages): the PDF's own bytes go to CUPS."""
    import subprocess

    from PySide6.QtPrintSupport import QPrinter

    from exercise_builder.ui import printing

    class ChosenPrinter:  # what the print dialog leaves in a QPrinter for a CUPS printer
        def printerName(self):
            return "Klinikprinter"

        def outputFormat(self):
            return QPrinter.OutputFormat.NativeFormat

        def copyCount(self):
            return 2

        def docName(self):
            return "Mette – Øvelsesprogram"

        def duplex(self):
            return QPrinter.DuplexMode.DuplexLongSide

        def printRange(self):
            return QPrinter.PrintRange.AllPages

        def fromPage(self):
            return 0

        def toPage(self):
            return 0

    sent = []
    monkeypatch.setattr(printing.shutil, "which", lambda name: "/usr/bin/lp")
    monkeypatch.setattr(printing.sys, "platform", "linux")
    monkeypatch.setattr(
        subprocess,
        "run",
        lambda command, **kw: sent.append((command, kw["input"])) or subprocess.CompletedProcess(command, 0),
    )
    pdf = _two_page_pdf()
    assert printing.print_pdf(pdf, ChosenPrinter()) == 2
    command, data = sent[0]
    assert data == pdf  # the same bytes as the PDF: vector, sharp, small
    assert command == [
        "/usr/bin/lp",
        "-d",
        "Klinikprinter",
        "-n",
        "2",
        "-t",
        "Mette – Øvelsesprogram",
        "-o",
        "sides=two-sided-long-edge",
    ]


def _two_page_pdf() -> bytes:
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Side 1")
    page.showPage()
    page.drawString(72, 720, "Side 2")
    page.showPage()
    page.save()
    return out.getvalue()


def test_printing_without_cups_draws_no_frame_round_a_white_picture(qtbot, tmp_path):
    """Issue 16 §6: printed pages showed a thin grey frame round every figure. QtPdf renders a page
    on a transparent background, and the edge of a figure's white canvas came out grey on paper.
    A page holding only a white rectangle must print as a white page."""
    import io

    import pypdfium2
    from PySide6.QtPrintSupport import QPrinter
    from reportlab.pdfgen import canvas

    from exercise_builder.ui import printing

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFillColorRGB(1, 1, 1)
    page.rect(100.3, 400.7, 150.2, 120.4, stroke=0, fill=1)  # a figure's canvas, off the pixel grid
    page.showPage()
    page.save()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a file QPainter can draw into: the rendered path
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printing._print_rendered(out.getvalue(), printer) == 1
    image = pypdfium2.PdfDocument(str(tmp_path / "printed.pdf"))[0].render(scale=3).to_pil().convert("L")
    assert image.getextrema()[0] >= 250, image.getextrema()  # no grey edge anywhere


def test_printing_to_a_pdf_file_writes_the_handout_itself(qtbot, tmp_path):
    """Issue 16 §6: "print the same page as the PDF, sharp, and small". Printing to a file (the
    print dialog's PDF printer) wrote every page as a 300-dpi picture: 100 times the PDF's size."""
    from PySide6.QtPrintSupport import QPrinter

    from exercise_builder.ui import printing

    pdf = _two_page_pdf()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert printing.print_pdf(pdf, printer) == 2
    assert (tmp_path / "printed.pdf").read_bytes() == pdf  # vector text, the same bytes
