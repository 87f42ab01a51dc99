"""Every .ts compiles, translates every message, and keeps the placeholders of its source."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from exercise_builder.paths import translations_dir

PLACEHOLDER = re.compile(r"%\d+|\{[a-z_]+\}")
TS_FILES = sorted(translations_dir().glob("*.ts"))


def lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else shutil.which("pyside6-lrelease") or "pyside6-lrelease"


def test_there_is_an_english_translation():
    assert [p.name for p in TS_FILES] == ["exercise_builder_en.ts"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_ts_compiles(ts: Path, tmp_path: Path):
    out = tmp_path / ts.with_suffix(".qm").name
    result = subprocess.run([lrelease(), str(ts), "-qm", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0
    assert "0 unfinished" in result.stdout or "unfinished" not in result.stdout, result.stdout


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_placeholders_match_and_nothing_is_left_untranslated(ts: Path):
    for message in ET.parse(ts).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and (translation.text or "").strip(), f"untranslated: {source!r}"
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source
        assert source.count("&") == translation.text.count("&"), f"accelerator lost: {source!r}"


def test_english_user_interface(qapp, data_dir, tmp_path):
    from exercise_builder.app import build_window
    from exercise_builder.services.opening import open_store
    from exercise_builder.ui.settings import UI_LANGUAGE, AppSettings
    from exercise_builder.ui.translation import use_language

    qm = translations_dir() / "exercise_builder_en.qm"
    if not qm.exists():
        subprocess.run([lrelease(), str(TS_FILES[0]), "-qm", str(qm)], check=True, capture_output=True)
    store = open_store(data_dir)
    AppSettings(store.settings).set(UI_LANGUAGE, "en")
    store.close()
    try:
        window = build_window(data_dir)
        from PySide6.QtGui import QAction

        assert window.findChild(QAction, "actionExportPdf").text() == "&Export PDF …"
        assert (
            window.workbench.program_model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
            == "Sets"
        )
        window.workbench.runner.wait(5000)
        window.deleteLater()
    finally:
        use_language(qapp, "da")


def test_every_ui_string_is_in_the_ts_and_translated(tmp_path: Path):
    """lupdate over the ui sources finds nothing new: no Danish string is left without English."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    copy = tmp_path / "check_en.ts"
    shutil.copyfile(TS_FILES[0], copy)
    sources = sorted(str(p) for p in (translations_dir().parent / "ui").glob("*.py"))
    result = subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    missing = [
        m.findtext("source")
        for m in ET.parse(copy).iter("message")
        if (m.find("translation").get("type") == "unfinished")
    ]
    assert not missing, f"run pyside6-lupdate and translate: {missing}"
