"""Errors in the window are worded in the window's language (the CLI's stay English)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox


def test_the_danish_window_says_a_missing_programme_file_in_danish(window, monkeypatch, tmp_path):
    missing = tmp_path / "væk.ebprog"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(missing), ""))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window.workbench.lifecycle.open_program_file()
    assert warned == [f"Programfilen {missing} findes ikke."]


def test_the_english_window_says_it_in_english(qapp):
    from exercise_builder.store.catalogue import ConcurrentEditError
    from exercise_builder.ui.translation import current_language, error_text, use_language

    error = ConcurrentEditError("store.program-saved-elsewhere")
    before = current_language()
    use_language(qapp, "en")
    try:
        assert error_text(error).startswith("The programme was saved elsewhere")
    finally:
        use_language(qapp, before)
    assert error_text(error).startswith("Programmet er blevet gemt et andet sted")
