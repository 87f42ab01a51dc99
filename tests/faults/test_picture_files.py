"""Picking a FIFO, a device or a too-large file as a logo or exercise picture is refused in one
sentence at once; the window never blocks on it. Run in a child process, so a hang fails the test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from exercise_builder.ui.pictures import PictureError, read_picture_file
try:
    image = read_picture_file(Path(sys.argv[1]))
    print("read", image.width(), image.height())
except PictureError as error:
    print("refused", str(error))
"""


def _read(path: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=30, env=env)
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout.strip()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    out = _read(fifo)
    assert out.startswith("refused") and "logo.png" in out and "\n" not in out


def test_a_device_is_refused(tmp_path):
    out = _read(Path("/dev/zero"))
    assert out.startswith("refused")


def test_a_picture_still_reads(tmp_path):
    from PIL import Image

    path = tmp_path / "foto.jpg"
    Image.new("RGB", (40, 30), (200, 10, 10)).save(path)
    assert _read(path) == "read 40 30"
