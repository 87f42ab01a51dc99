"""The log file in the data dir, the excepthook, and render failures in export and print."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

PATIENT = "Mette Testesen"


def add(window, *slugs):
    window.workbench.add_exercises([window.workbench.store.catalogue.resolve("exercise", slug) for slug in slugs])


@pytest.fixture
def log_file(data_dir):
    from exercise_builder.services.log_file import start_log_file, stop_log_file

    path = start_log_file(data_dir)
    yield path
    stop_log_file()


def _failing_render(*_args, **_kwargs):
    raise RuntimeError(f"the renderer fell over on {PATIENT}")


def test_a_render_failure_in_export_is_one_sentence_and_writes_nothing(window, monkeypatch, tmp_path, log_file):
    from exercise_builder.ui import render_process

    add(window, "muslingen")
    window.workbench.session.set_field("patient_name", PATIENT)
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(render_process, "render", _failing_render)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    assert window.workbench.lifecycle is not None
    assert window.workbench.handing_out.export_pdf() is None
    assert len(warned) == 1 and warned[0].startswith("PDF'en kunne ikke laves") and "\n" not in warned[0]
    assert "RuntimeError" not in warned[0]  # the class name is English and for the log, not the user
    assert not target.exists() and not window.workbench.session.program.handed_out
    assert "RuntimeError" in log_file.read_text(encoding="utf-8")


def test_a_render_failure_in_print_is_one_sentence(window, monkeypatch, log_file):
    from PySide6.QtPrintSupport import QPrintDialog

    from exercise_builder.ui import render_process

    class AcceptingDialog(QPrintDialog):
        def exec(self):
            return QPrintDialog.DialogCode.Accepted

    add(window, "muslingen")
    monkeypatch.setattr("PySide6.QtPrintSupport.QPrintDialog", AcceptingDialog)
    monkeypatch.setattr(render_process, "render", _failing_render)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    window.workbench.handing_out.print_program()
    assert len(warned) == 1 and warned[0].startswith("PDF'en kunne ikke laves")
    assert not window.workbench.session.program.handed_out


def test_the_excepthook_logs_the_stack_and_shows_one_sentence(qapp, monkeypatch, log_file):
    from exercise_builder.ui.excepthook import handle_unexpected

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    try:
        raise ValueError(f"a message holding {PATIENT}")
    except ValueError:
        handle_unexpected(*sys.exc_info())
    assert len(shown) == 1 and shown[0].count(".") <= 2 and "Traceback" not in shown[0]
    assert "ValueError" in shown[0] and str(log_file.parent) in shown[0]
    text = log_file.read_text(encoding="utf-8")
    assert "ValueError" in text and "test_the_excepthook_logs_the_stack" in text, "the stack is in the log"


def test_the_log_is_a_rotating_file_in_the_data_dir(data_dir, log_file):
    from logging.handlers import RotatingFileHandler

    assert log_file.parent == data_dir / "logs" and log_file.is_file()
    handlers = [h for h in logging.getLogger("exercise_builder").handlers if isinstance(h, RotatingFileHandler)]
    assert len(handlers) == 1 and handlers[0].maxBytes > 0 and handlers[0].backupCount > 0


def test_no_patient_name_reaches_the_log(make_window, monkeypatch, tmp_path, log_file):
    from exercise_builder.ui.excepthook import handle_unexpected

    window = make_window()
    add(window, "muslingen", "kort-bro")
    window.workbench.session.set_field("patient_name", PATIENT)
    window.workbench.lifecycle.save_program()
    window.workbench.session.set_field("message", f"Hej {PATIENT}")
    window.workbench.session.autosave()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / f"{PATIENT}.pdf"), ""))
    assert window.workbench.handing_out.export_pdf() is not None
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    try:
        raise OSError(2, "No such file", str(tmp_path / f"{PATIENT}.ebprog"))
    except OSError:
        handle_unexpected(*sys.exc_info())
    window.workbench.patient_data.delete_patient(PATIENT)
    text = log_file.read_text(encoding="utf-8")
    assert "saved" in text and "exported" in text and "FileNotFoundError" in text, "the log says what happened"
    for part in PATIENT.split():
        assert part not in text


def test_the_render_helper_is_its_own_process_and_says_so(qtbot, log_file):
    import os

    from exercise_builder.ui import render_process

    render_process.warm_up()
    qtbot.waitUntil(lambda: "Render helper started" in log_file.read_text(encoding="utf-8"), timeout=30000)
    assert f"this process {os.getpid()})" in log_file.read_text(encoding="utf-8")
    assert render_process.helper_pid() != os.getpid()
