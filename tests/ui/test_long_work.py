"""Long work runs in the worker with progress, can be cancelled, and reports on the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QInputDialog

from exercise_builder.ui.worker import TaskRunner


def counting(total: int, gate: threading.Event | None = None):
    for done in range(total):
        if gate is not None:
            gate.wait(0.01)
        yield done, total, f"{done}"
    return "finished"


def test_generator_progress_arrives_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen, threads, results = [], [], []

    def progress(done, total, text):
        seen.append(done)
        threads.append(QThread.currentThread() is QApplication.instance().thread())

    runner.run(counting, 5, on_progress=progress, on_result=results.append)
    qtbot.waitUntil(lambda: results == ["finished"])
    assert seen == [0, 1, 2, 3, 4] and all(threads)


def test_cancel_stops_the_task_and_reports_cancelled(qtbot):
    runner = TaskRunner()
    gate, outcome = threading.Event(), []

    handle = runner.run(
        counting, 10_000, gate, on_result=lambda r: outcome.append(r), on_cancel=lambda: outcome.append("cancelled")
    )
    time.sleep(0.05)
    handle.cancel()
    qtbot.waitUntil(lambda: outcome == ["cancelled"])


def test_errors_arrive_as_one_message(qtbot):
    def broken():
        raise ValueError("det gik galt")

    runner, errors = TaskRunner(), []
    runner.run(broken, on_error=errors.append)
    qtbot.waitUntil(lambda: errors == ["det gik galt"])


def test_progress_dialog_can_cancel(window, qtbot):
    gate, outcome = threading.Event(), []
    handle = window.workbench.runner.run_with_progress(
        window, "Tæller …", counting, 100_000, gate, on_result=outcome.append
    )
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    dialog = window.findChild(QProgressDialog, "taskProgress")
    assert dialog is not None
    dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: handle.done)
    assert outcome == []


def test_rebuild_thumbnails_writes_the_cache(window, qtbot):
    handle = window.workbench.library_actions.rebuild_thumbnails()
    qtbot.waitUntil(lambda: handle.done, timeout=30000)
    cached = list((window.workbench.store.data_dir / "thumbnails").glob("*.png"))
    assert len(cached) >= 40


def test_library_export_and_import_through_the_window(make_window, qtbot, tmp_path, monkeypatch):
    first = make_window()
    editor = first.workbench.exercise_editor(None)
    editor.title_da.setText("Klinikkens specialøvelse")
    editor.steps_da.setPlainText("Gør sådan.")
    assert editor.save()
    bundle = tmp_path / "egne.eblib"
    handle = first.workbench.library_actions.export_library(bundle, "custom")
    assert handle is not None, "library_sharing is present, so export is offered"
    qtbot.waitUntil(lambda: handle.done, timeout=30000)
    assert bundle.is_file()

    other = tmp_path / "other"
    other.mkdir()
    second = make_window(other)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    handle = second.workbench.library_actions.import_library(bundle)
    qtbot.waitUntil(lambda: handle.done, timeout=30000)
    qtbot.waitUntil(lambda: bool(second.workbench.store.search("specialøvelse")), timeout=30000)
    second.workbench.library.search.setText("specialøvelse")
    second.workbench.library.refresh()
    assert second.workbench.library.model.rowCount() == 1


def test_shared_folder_publish_and_take(make_window, qtbot, tmp_path):
    folder = tmp_path / "delt"
    folder.mkdir()
    first = make_window()
    editor = first.workbench.exercise_editor(None)
    editor.title_da.setText("Fælles øvelse fra klinikken")
    editor.steps_da.setPlainText("Gør sådan.")
    assert editor.save()
    from exercise_builder.services.shared_folder_sync import subscribe_shared_folder

    subscribe_shared_folder(first.workbench.store, folder)
    first.workbench.shared_folder._follow()
    handle = first.workbench.shared_folder.publish()
    qtbot.waitUntil(lambda: handle.done, timeout=30000)
    assert any(p.is_dir() for p in folder.iterdir())

    other = tmp_path / "other"
    other.mkdir()
    second = make_window(other)
    subscribe_shared_folder(second.workbench.store, folder)
    handle = second.workbench.shared_folder.refresh(quiet=True)
    qtbot.waitUntil(lambda: handle.done, timeout=30000)
    assert second.workbench.store.search("Fælles øvelse")


def test_a_cancelled_import_preview_is_a_cancel_not_a_failure(data_dir, monkeypatch):
    import pytest

    from exercise_builder.library import LibraryCancelled
    from exercise_builder.ui.library_sharing_task import preview_task
    from exercise_builder.ui.worker import Cancelled

    class Context:
        def progress(self, done, total, text=""):
            pass

        def cancelled(self):
            return True

    def preview_import(store, path, progress, cancelled):
        raise LibraryCancelled()

    monkeypatch.setattr("exercise_builder.services.sharing_import.preview_import", preview_import)
    from exercise_builder.store import Store

    Store.open(data_dir).close()
    with pytest.raises(Cancelled):
        preview_task(Context(), data_dir, data_dir / "x.eblib")
