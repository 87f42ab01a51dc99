"""A refresh of the shared folder that skipped something says what, escaped, in the window's
language (issue 16 §5: the list was English sentences in the Danish window), and takes the rest."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QMessageBox

from exercise_builder.services.shared_folder_sync import publish_own_items, subscribe_shared_folder


def _refresh_with_a_pipe(make_window, qtbot, tmp_path, monkeypatch, language=None) -> str:
    folder = tmp_path / "delt"
    folder.mkdir()
    first = make_window()
    editor = first.workbench.exercise_editor(None)
    editor.title_da.setText("Fælles øvelse")
    editor.steps_da.setPlainText("Gør sådan.")
    assert editor.save()
    subscribe_shared_folder(first.workbench.store, folder)
    assert publish_own_items(first.workbench.store).published
    os.mkfifo(folder / "README\x1b[2J.txt")  # a pipe with a hostile name

    other = tmp_path / "other"
    other.mkdir()
    if language:
        from exercise_builder.services.opening import open_store
        from exercise_builder.ui.settings import UI_LANGUAGE, AppSettings

        store = open_store(other)
        AppSettings(store.settings).set(UI_LANGUAGE, language)
        store.close()
    second = make_window(other)
    subscribe_shared_folder(second.workbench.store, folder)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    handle = second.workbench.shared_folder.refresh(quiet=False)
    qtbot.waitUntil(lambda: handle.done, timeout=30000)
    assert second.workbench.store.search("Fælles øvelse")
    (text,) = shown
    assert "\x1b" not in text
    return text


def test_the_refresh_lists_what_it_skipped_in_danish(make_window, qtbot, tmp_path, monkeypatch):
    text = _refresh_with_a_pipe(make_window, qtbot, tmp_path, monkeypatch)
    assert "1 ting blev sprunget over" in text
    assert "README\\x1b[2J.txt er ikke en almindelig fil (fx et rør eller en enhed); den blev ikke læst." in text
    assert "regular file" not in text and "not read" not in text


def test_the_english_window_lists_it_in_english(make_window, qtbot, tmp_path, monkeypatch):
    text = _refresh_with_a_pipe(make_window, qtbot, tmp_path, monkeypatch, language="en")
    assert "README\\x1b[2J.txt is not a regular file (a pipe or a device, say); it was not read." in text
