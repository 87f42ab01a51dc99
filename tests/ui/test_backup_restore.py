"""Restoring a backup from the settings: the list, the confirmation, the restore and the program closing."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from exercise_builder.domain.models import Program
from exercise_builder.store import Store
from exercise_builder.store.backups import list_backups, rolling_backup
from exercise_builder.store.database import DB_NAME
from exercise_builder.ui.backup_restore import BackupRestoreDialog


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the dialog shows, answered by clicking the button with the given text."""

    class Shown(list):
        answer = {"button": "Gendan og luk"}

    shown = Shown()
    answers = shown.answer

    def fake_exec(box: QMessageBox) -> int:
        shown.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "more": box.informativeText(),
                "buttons": [b.text() for b in box.buttons()],
            }
        )
        wanted = [b for b in box.buttons() if b.text() == answers["button"]] or box.buttons()[:1]
        wanted[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture
def restore_dialog(window, qtbot):
    quits = []
    dialog = BackupRestoreDialog(window.workbench.store.data_dir, window, quit_application=lambda: quits.append(True))
    qtbot.addWidget(dialog)
    dialog.quits = quits
    return dialog


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _patients(data_dir) -> list[str]:
    store = Store.open(data_dir)
    try:
        return sorted(p.patient_name for p in store.programs.find())
    finally:
        store.close()


def test_the_dialog_lists_the_backups_newest_first(window, qtbot):
    for _ in range(2):
        newest = rolling_backup(window.workbench.store.db, window.workbench.store.data_dir, once_a_day=False)
    backups = list_backups(window.workbench.store.data_dir)
    assert len(backups) == 3, "the start of the window took one too"
    dialog = BackupRestoreDialog(window.workbench.store.data_dir, window)
    qtbot.addWidget(dialog)
    rows = [dialog.list.topLevelItem(r) for r in range(dialog.list.topLevelItemCount())]
    assert [row.data(0, 256) for row in rows] == [b.name for b in backups]
    assert rows[0].data(0, 256) == newest.name
    first = rows[0]
    assert " kl. " in first.text(0) and first.text(1) == "ved start" and first.text(2).endswith("B")
    assert dialog.selected() == backups[0] and dialog.restore_button.isEnabled()
    assert dialog.empty.isHidden()


def test_without_backups_the_dialog_says_so(window, qtbot):
    for info in list_backups(window.workbench.store.data_dir):
        info.path.unlink()
    dialog = BackupRestoreDialog(window.workbench.store.data_dir, window)
    qtbot.addWidget(dialog)
    assert dialog.list.isHidden() and not dialog.empty.isHidden()
    assert not dialog.restore_button.isEnabled() and dialog.restore_selected() is False


def test_settings_open_the_backups(window, qtbot, monkeypatch):
    from exercise_builder.ui.settings_dialog import SettingsDialog

    opened = []
    monkeypatch.setattr(BackupRestoreDialog, "exec", lambda self: opened.append(self.data_dir) or 0)
    settings = SettingsDialog(window.workbench.store, window.workbench.settings, window)
    qtbot.addWidget(settings)
    settings.findChild(QPushButton, "openBackups").click()
    assert opened == [window.workbench.store.data_dir]


def test_restore_brings_back_the_old_data_keeps_the_current_and_closes(window, restore_dialog, boxes):
    data_dir = window.workbench.store.data_dir
    window.workbench.store.programs.save(Program(patient_name="Før kopien"))
    copy = rolling_backup(window.workbench.store.db, data_dir, once_a_day=False)
    window.workbench.store.programs.save(Program(patient_name="Efter kopien"))
    restore_dialog.refresh()
    restore_dialog.select(copy.name)
    assert restore_dialog.restore_selected()
    confirm, done = boxes
    assert confirm["title"] == "Gendan kopien?" and confirm["buttons"] == ["Gendan og luk", "Annuller"]
    assert confirm["text"].endswith("der er ændret siden da, forsvinder.")
    assert "gemmes først som en kopi" in confirm["more"] and "lukker Øvelsesprogram" in confirm["more"]
    assert done["title"] == "Kopien er gendannet" and "Øvelsesprogram lukker nu" in done["text"]
    assert restore_dialog.quits == [True], "the program ends instead of working on stale lists"
    assert restore_dialog.result() == restore_dialog.DialogCode.Accepted
    assert _patients(data_dir) == ["Før kopien"]
    kept = [b for b in list_backups(data_dir) if b.kind == "before-restore"]
    assert len(kept) == 1
    conn = sqlite3.connect(kept[0].path)
    assert sorted(r[0] for r in conn.execute("SELECT patient_name FROM programs")) == ["Efter kopien", "Før kopien"]
    conn.close()


def test_an_unsaved_programme_is_asked_about_first(window, restore_dialog, boxes, monkeypatch):
    window.workbench.session.set_field("patient_name", "Ikke gemt endnu")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Cancel
    )
    before = _digest(window.workbench.store.data_dir / DB_NAME)
    assert restore_dialog.restore_selected() is False
    assert asked == ["Gem ændringer?"] and restore_dialog.quits == []
    assert not [b for b in list_backups(window.workbench.store.data_dir) if b.kind == "before-restore"]
    assert _digest(window.workbench.store.data_dir / DB_NAME) == before


def test_cancel_in_the_confirmation_changes_nothing(window, restore_dialog, boxes):
    boxes.answer["button"] = "Annuller"
    before = _digest(window.workbench.store.data_dir / DB_NAME)
    assert restore_dialog.restore_selected() is False
    assert len(boxes) == 1 and restore_dialog.quits == []
    assert _digest(window.workbench.store.data_dir / DB_NAME) == before


def test_a_corrupt_backup_gives_one_sentence_and_changes_nothing(window, restore_dialog, boxes):
    data_dir = window.workbench.store.data_dir
    window.workbench.store.programs.save(Program(patient_name="Bliver"))
    copy = restore_dialog.selected()
    data = bytearray(copy.path.read_bytes())
    for offset in range(200, len(data), 997):
        data[offset] ^= 0x5A
    copy.path.write_bytes(bytes(data))
    before = _digest(data_dir / DB_NAME)
    assert restore_dialog.restore_selected() is False
    assert len(boxes) == 1, "no confirmation for a copy that cannot be restored"
    assert boxes[0]["text"].startswith("Kopien fra ") and boxes[0]["text"].endswith(
        "kan ikke gendannes, fordi filen er beskadiget, ufuldstændig eller lavet af en nyere udgave af "
        "Øvelsesprogram; intet er ændret."
    )
    assert restore_dialog.quits == [] and restore_dialog.result() == 0
    assert _digest(data_dir / DB_NAME) == before
    assert _patients(data_dir) == ["Bliver"]
    assert not [b for b in list_backups(data_dir) if b.kind == "before-restore"]


def test_a_locked_database_gives_one_sentence_and_loses_nothing(window, restore_dialog, boxes, monkeypatch):
    from exercise_builder.store import database

    data_dir = window.workbench.store.data_dir
    window.workbench.store.programs.save(Program(patient_name="Bliver"))
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another instance busy writing
    try:
        assert restore_dialog.restore_selected() is False
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    confirm, failed = boxes
    assert failed["title"] == "Kopien er ikke gendannet"
    assert failed["text"] == (
        "Kopien kunne ikke gendannes – databasen er måske i brug et andet sted, eller "
        "disken er fuld; intet er gået tabt, og du kan prøve igen senere."
    )
    assert restore_dialog.quits == [] and restore_dialog.result() == 0
    assert _patients(data_dir) == ["Bliver"]
