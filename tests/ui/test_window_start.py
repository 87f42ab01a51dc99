"""Starting the app: the window frame paints before the store opens, then the workbench fills it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from exercise_builder.app import GuiStart, build_window, run_gui
from exercise_builder.store.early_settings import read_early_settings

HEAVY = (
    "sqlite_utils",
    "reportlab",
    "PySide6.QtPdf",
    "PySide6.QtSvg",
    "exercise_builder.ui.workbench",
    "exercise_builder.library.folder",
    "exercise_builder.handout",
)

_START = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
HEAVY = json.loads(sys.argv[2])
seen = {}
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.objectName() == "mainWindow":
            seen.setdefault("at_first_paint", [m for m in HEAVY if m in sys.modules])
        return False
watch = FirstPaint()
app.installEventFilter(watch)
from exercise_builder.app import GuiStart
start = GuiStart(sys.argv[1], offer_draft=False)
start.window.workbenchAttached.connect(lambda: app.quit())
app.exec()
window = start.window
print(json.dumps({"at_first_paint": seen.get("at_first_paint"), "rows": window.workbench.library.view.model().rowCount(),
                  "error": repr(start.error) if start.error else None}))
"""


def test_the_frame_paints_before_the_store_and_the_panes_are_loaded(data_dir):
    """What the start-up goal rests on: nothing heavy is imported before the first paint."""
    src = Path(__file__).resolve().parents[2] / "src"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(src))
    out = subprocess.run(
        [sys.executable, "-c", _START, str(data_dir), json.dumps(HEAVY)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["error"] is None
    assert result["at_first_paint"] == [], f"imported before the first paint: {result['at_first_paint']}"
    assert result["rows"] >= 40  # then the shipped library is listed in the same window


def test_the_workbench_arrives_after_the_first_paint(data_dir, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    start = GuiStart(data_dir)
    window = start.window
    try:
        assert window.isVisible() and window.workbench is None
        assert window.centralWidget() is None  # an empty frame: no text, so no fonts to load yet
        with qtbot.waitSignal(window.workbenchAttached, timeout=20000):
            pass
        assert window.workbench.library.view.model().rowCount() >= 40
        assert window.centralWidget().objectName() == "mainSplitter"
        assert window.windowTitle().startswith("Nyt program")
        assert asked == []  # no draft, no question
    finally:
        if window.workbench is not None:
            window.workbench.runner.wait(5000)
        window.close()
        window.deleteLater()


def test_the_frame_opens_in_the_saved_language_and_place(data_dir, qtbot, qapp):
    from exercise_builder.ui.settings import UI_LANGUAGE
    from exercise_builder.ui.translation import use_language

    first = build_window(data_dir)
    qtbot.wait(10)  # its start-up events (the shared-folder check) run before its store is closed below
    first.workbench.settings.set(UI_LANGUAGE, "en")
    first.show()
    first.showNormal()  # the first start maximises on a small screen; a saved place is a normal window
    first.resize(700, 500)  # within the offscreen screen (800 × 600); the panes' minimum widths may widen it
    qtbot.waitUntil(lambda: not first.isMaximized() and first.height() == 500)
    saved_size = (first.width(), first.height())
    assert saved_size != (1366, 768)  # not the default size
    first.workbench.runner.wait(5000)
    first.close()  # saves the layout
    first.workbench.store.close()
    first.deleteLater()
    try:
        start = GuiStart(data_dir, offer_draft=False)
        window = start.window
        assert window.workbench is None
        assert window.windowTitle() == "Exercise Builder"  # English before the store is open
        # the saved window (at least 928 px wide with its panes) does not fit the 800 × 600 offscreen
        # screen, so it is fitted to it (test_a_saved_place_that_fits_is_restored covers the rest)
        assert window.isMaximized() or window.height() == saved_size[1]
        with qtbot.waitSignal(window.workbenchAttached, timeout=20000):
            pass
        assert window.windowTitle().startswith("New programme")
        window.workbench.runner.wait(5000)
        window.close()
        window.deleteLater()
    finally:
        use_language(qapp, "da")


def test_a_saved_place_that_fits_is_restored(qtbot):
    from exercise_builder.ui.main_window import MainWindow

    first = MainWindow()  # the bare frame: no panes, so no minimum width
    qtbot.addWidget(first)
    first.show()
    first.showNormal()
    first.setGeometry(40, 30, 600, 400)
    qtbot.waitUntil(lambda: not first.isMaximized() and first.height() == 400)
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.isMaximized()  # the first-start fit on this small screen
    again.restore_geometry(first.saved_geometry())
    assert not again.isMaximized() and (again.width(), again.height()) == (600, 400)


def test_closing_the_frame_before_the_store_opens_opens_nothing(data_dir, qtbot):
    start = GuiStart(data_dir)
    start.window.close()
    qtbot.wait(200)
    assert start.window.workbench is None and start.error is None
    assert not (data_dir / "library.db").exists()
    start.window.deleteLater()


def test_a_database_that_cannot_open_gives_one_sentence_and_changes_nothing(data_dir, monkeypatch, qtbot):
    broken = data_dir / "library.db"
    broken.write_bytes(b"this is not a database, but a patient's file might be here\n" * 50)
    before = broken.read_bytes()

    def open_windows():
        return {w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()}

    already_open = open_windows()
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: said.append((title, text)))
    exits = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))

    def event_loop(_app):
        # not the real exec(): once it returns, Qt is closing down and no widget of this test
        # process would paint again
        qtbot.waitUntil(lambda: bool(exits), timeout=20000)
        return exits[0]

    monkeypatch.setattr(QApplication, "exec", event_loop)
    with pytest.raises(Exception) as raised:
        run_gui(data_dir)
    assert exits == [2]
    assert said and said[0][0] == "Øvelsesprogram kan ikke starte"
    sentence = said[0][1]
    assert sentence.count("\n") == 0 and "Traceback" not in sentence and len(sentence) < 300
    assert str(raised.value) in sentence or "Databasen" in sentence
    assert broken.read_bytes() == before
    assert open_windows() <= already_open  # the frame has closed


# --- the early read ------------------------------------------------------------------------------


def _db_with_settings(data_dir: Path, **values) -> Path:
    path = data_dir / "library.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
        conn.executemany("INSERT INTO settings VALUES (?, ?)", list(values.items()))
    conn.close()
    return path


def test_early_read_gets_the_stored_values(data_dir):
    _db_with_settings(data_dir, **{"ui.language": '"en"', "ui.window_geometry": '"AdnQyw=="', "other": "1"})
    assert read_early_settings(data_dir, ["ui.language", "ui.window_geometry"]) == {
        "ui.language": "en",
        "ui.window_geometry": "AdnQyw==",
    }


@pytest.mark.parametrize("case", ["no database", "not a database", "no settings table", "bad json", "no keys"])
def test_early_read_gives_nothing_rather_than_failing(data_dir, case):
    if case == "not a database":
        (data_dir / "library.db").write_bytes(b"\0" * 4096)
    elif case == "no settings table":
        sqlite3.connect(data_dir / "library.db").close()
    elif case == "bad json":
        _db_with_settings(data_dir, **{"ui.language": "{not json", "ui.window_geometry": '"x"'})
    keys = [] if case == "no keys" else ["ui.language"]
    assert read_early_settings(data_dir, keys) == {}


def test_early_read_does_not_wait_for_a_writer(data_dir):
    path = _db_with_settings(data_dir, **{"ui.language": '"en"'})
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode = DELETE")  # a rollback-journal writer blocks readers outright
    writer.execute("BEGIN EXCLUSIVE")
    try:
        assert read_early_settings(data_dir, ["ui.language"]) == {}
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_a_workbench_that_fails_half_built_still_lets_the_window_close(data_dir, qtbot, monkeypatch):
    from exercise_builder.ui import workbench

    def broken(*args, **kwargs):
        raise RuntimeError("a pane could not be built")

    monkeypatch.setattr(workbench, "ProgramPane", broken)  # fails after the frame was attached
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: said.append(text))
    monkeypatch.setattr(QApplication, "exit", lambda code=0: None)
    start = GuiStart(data_dir)
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert said == ["Der skete en uventet fejl: a pane could not be built"]
    assert isinstance(start.error, RuntimeError) and start.window.workbench is None
    assert not start.window.isVisible()
    start.window.deleteLater()


def test_a_state_set_before_the_first_show_wins_over_the_small_screens_fit(qtbot):
    """The first start maximises on a small screen as the window is shown; a state or a normal
    show asked for before that is kept (the preview test's 1366×768 window came up maximised)."""
    from PySide6.QtCore import Qt

    from exercise_builder.ui.main_window import MainWindow

    for ask in ("state", "normal"):
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.isMaximized()  # this offscreen screen is small
        if ask == "state":
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.show()
        else:
            window.showNormal()
        qtbot.waitExposed(window)
        assert not window.isMaximized(), ask
