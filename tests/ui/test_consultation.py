"""The consultation flow (issue 16): favourites, the journal note, shortcuts from every field,
the shared-folder picker, the window on small and large screens, errors in the UI's language."""

from __future__ import annotations

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
    assert "(filtreret)" in window.findChild(QListView, "libraryView").parent().findChild(
        type(window.workbench.library.count), "libraryCount").text()

    again = make_window(data_dir)   # kept in the data dir
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
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *args, **kwargs: asked.append(args) or str(folder))
    window.findChild(QAction, "actionSharedFolder").trigger()   # what a click in the menu does
    assert asked, "no folder picker was opened"
    from exercise_builder.services.sharing import shared_folder

    assert shared_folder(window.workbench.store) == folder
    assert window.findChild(QAction, "actionRefreshShared").isEnabled()
    assert window.findChild(QAction, "actionPublishShared").isEnabled()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)   # the first fetch reports


# --- item 1: every documented shortcut from every field -----------------------------------------

class X11FieldKeys(QObject):
    """What a QLineEdit does under the X11, KDE and GNOME keyboard schemes (which the offscreen
    platform does not use): it claims Ctrl+E, end of line, as in Emacs."""

    def eventFilter(self, watched, event):
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_E
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
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
        qtbot.waitUntil(lambda: len(asked) > before, timeout=3000)
        assert field.text().endswith("Mette")
