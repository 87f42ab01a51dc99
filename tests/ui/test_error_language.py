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


def _hostile_bundle(path):
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("library.toml", 'format_version = 1\nid = "x"\nname = "Ond"\npublisher = ""\nversion = "1"\n')
        archive.writestr("../ond.txt", "x")
    return path


def test_the_danish_window_refuses_a_bundle_in_danish(window, qtbot, monkeypatch, tmp_path):
    bundle = _hostile_bundle(tmp_path / "ond.eblib")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append((a[1], a[2])))
    handle = window.workbench.library_actions.import_library(bundle)
    qtbot.waitUntil(lambda: handle.done, timeout=30000)
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert warned == [
        (
            "Importér bibliotek",
            "Filen ../ond.txt i biblioteket peger ud af biblioteket ('..'), og det tager programmet ikke imod.",
        )
    ]


def test_the_english_window_refuses_a_bundle_in_the_cli_s_english(make_window, data_dir, qtbot, monkeypatch, tmp_path):
    from exercise_builder.services.opening import open_store
    from exercise_builder.ui.settings import UI_LANGUAGE, AppSettings

    store = open_store(data_dir)
    AppSettings(store.settings).set(UI_LANGUAGE, "en")
    store.close()
    window = make_window()  # English (the fixture makes the next test's app Danish again)
    bundle = _hostile_bundle(tmp_path / "bad.eblib")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    handle = window.workbench.library_actions.import_library(bundle)
    qtbot.waitUntil(lambda: handle.done, timeout=30000)
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert warned == ["The bundle entry ../ond.txt points outside the bundle ('..'), which is not allowed."]


def _full_disk(path):
    import errno

    raise OSError(errno.ENOSPC, "No space left on device", str(path))


def test_an_os_error_from_long_work_is_said_in_the_window_s_language(window, qtbot, qapp, tmp_path):
    """An OSError no service worded reaches the window through the task runner: its strerror (and
    Python's '[Errno 28]') is English, so the window says it in its own language (issue 16 §5)."""
    from exercise_builder.ui.translation import current_language, use_language

    target = tmp_path / "program.pdf"

    def run() -> list[str]:
        said = []
        handle = window.workbench.runner.run(_full_disk, target, on_error=said.append)
        qtbot.waitUntil(lambda: handle.done and bool(said), timeout=10000)
        return said

    assert run() == [f"{target} kunne ikke bruges: der er ikke mere plads på disken."]
    before = current_language()
    use_language(qapp, "en")
    try:
        assert run() == [f"{target} could not be used: there is no space left on the disk."]
    finally:
        use_language(qapp, before)
