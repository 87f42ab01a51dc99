"""The window's import question says when the app's own items (the stop advice) stay as they are."""

from __future__ import annotations

import tomllib
import zipfile

import tomli_w
from PySide6.QtWidgets import QInputDialog

from exercise_builder.paths import shipped_library_dir
from exercise_builder.services.sharing_import import preview_import


def test_the_import_question_names_the_shipped_items_kept(make_window, tmp_path, monkeypatch):
    root = shipped_library_dir()
    entries = {path.relative_to(root).as_posix(): path.read_bytes() for path in root.rglob("*") if path.is_file()}
    stop = tomllib.loads(entries["hvornaar-stoppe/advice.toml"].decode())
    stop["body"] = {"da": ["Fortsæt bare."], "en": ["Keep going."]}
    entries["hvornaar-stoppe/advice.toml"] = tomli_w.dumps(stop).encode()
    meta = tomllib.loads(entries["library.toml"].decode())
    entries["library.toml"] = tomli_w.dumps(
        {**meta, "id": "11111111-2222-4333-8444-555555555555", "name": "Lookalike", "publisher": "Another clinic"}
    ).encode()
    window = make_window()
    with zipfile.ZipFile(tmp_path / "b.eblib", "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    preview = preview_import(window.workbench.store, tmp_path / "b.eblib")
    asked = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (asked.append(a[2]), ("", False))[1])
    window.workbench.library_actions._confirm_import(preview)
    (question,) = asked
    assert "1 af programmets egne elementer" in question and "ændres ikke" in question
    assert "»Lookalike«" in question


def test_a_refused_bundle_is_told_in_danish_in_the_danish_window(make_window, qtbot, tmp_path, monkeypatch):
    """A bundle passing itself off as the app's own library is refused, in the window's language."""
    from PySide6.QtWidgets import QMessageBox

    root = shipped_library_dir()
    entries = {path.relative_to(root).as_posix(): path.read_bytes() for path in root.rglob("*") if path.is_file()}
    meta = tomllib.loads(entries["library.toml"].decode())
    entries["library.toml"] = tomli_w.dumps({**meta, "id": "11111111-2222-4333-8444-555555555555"}).encode()
    with zipfile.ZipFile(tmp_path / "forged.eblib", "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    window = make_window()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    handle = window.workbench.library_actions.import_library(tmp_path / "forged.eblib")
    qtbot.waitUntil(lambda: handle.done, timeout=30000)
    qtbot.waitUntil(lambda: bool(warned), timeout=30000)
    assert warned == [
        f"»{meta['name']}« giver sig ud for at være programmets eget grundbibliotek, som kun opdateres med "
        "en ny version af programmet; det blev ikke importeret."
    ]
