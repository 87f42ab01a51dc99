"""A refresh of the shared folder that skipped something says what, escaped, and takes the rest."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QMessageBox

from exercise_builder.services.shared_folder_sync import publish_own_items, subscribe_shared_folder


def test_the_refresh_lists_what_it_skipped(make_window, qtbot, tmp_path, monkeypatch):
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
    second = make_window(other)
    subscribe_shared_folder(second.workbench.store, folder)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    handle = second.workbench.shared_folder.refresh(quiet=False)
    qtbot.waitUntil(lambda: handle.done, timeout=30000)
    assert second.workbench.store.search("Fælles øvelse")
    (text,) = shown
    assert "1 ting blev sprunget over" in text and "README\\x1b[2J.txt is not a regular file" in text
    assert "\x1b" not in text
