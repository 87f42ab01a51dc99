"""The desktop app's figures with a 10,000-exercise library: start-up against a bare PySide6
window (same run), search-as-you-type per keystroke, and memory. Every measurement runs in a
fresh subprocess (offscreen Qt), so one doesn't warm the next."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.big_library import WORDS, make_library

STARTS = 5

# typed in the keystroke figure: the words the big library is built from, and ones read as a compound, a typo, a synonym
TYPED = WORDS + ("bækkenbundsøvelser", "lægstræk", "bækenvip", "clamshell")

_FIRST_PAINT = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
KIND = sys.argv[1]

def rss_of(pid):
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024

class Watch(QObject):
    # the first paint of the main window; for the app also its first paint with the workbench in it
    painted = ready = None
    rss = helper_rss = 0.0
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.objectName() == "mainWindow":
            now = time.time()
            if self.painted is None:
                self.painted = now
                if KIND == "bare":
                    QTimer.singleShot(0, app.quit)
            if self.ready is None and obj.__dict__.get("workbench") is not None:
                self.ready = now
                QTimer.singleShot(1500, lambda: self.measure(obj))  # settled: preview, thumbnails
        return False
    def measure(self, window):
        window.workbench.library.search.setText("bækken")
        app.processEvents()
        self.rss = rss_of("self")
        from exercise_builder.ui import render_process
        helper = render_process.helper_pid()
        self.helper_rss = rss_of(helper) if helper is not None else 0.0
        window.workbench.session.forget_changes()
        app.quit()

watch = Watch()
app.installEventFilter(watch)
if KIND == "bare":
    from PySide6.QtWidgets import QMainWindow
    window = QMainWindow(objectName="mainWindow")
    window.resize(1366, 768)
    window.show()
    app.exec()
else:
    # the real start, as `exercise-builder --data-dir DIR` runs it
    from exercise_builder.cli import main
    main(["--data-dir", sys.argv[2]])
print(repr((watch.painted, watch.ready or 0.0, watch.rss, watch.helper_rss)))
os._exit(0)
"""

_TYPING = r"""
import json, os, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from exercise_builder.app import build_window
window = build_window(sys.argv[1])
window.showNormal()
window.resize(1366, 768)
window.show()
app.processEvents()
search = window.workbench.library.search
words = json.loads(sys.argv[2])
times, cpu = [], []
for measured in (False, True):               # the first pass fills the thumbnail cache
    for word in words:
        search.clear()
        window.workbench.library.refresh()
        app.processEvents()
        for end in range(1, len(word) + 1):
            started, started_cpu = time.perf_counter(), time.thread_time()
            search.setText(word[:end])
            window.workbench.library.refresh()         # what the debounce timer runs: query + model update
            app.processEvents()              # and the view's relayout and repaint
            if measured:
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.thread_time() - started_cpu) * 1000)
    window.workbench.runner.wait(10000)
    app.processEvents()
print(json.dumps([times, cpu]))
os._exit(0)
"""


def _env() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    source = str(Path(__file__).resolve().parent.parent / "src")
    env["PYTHONPATH"] = source + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _first_paint(kind: str, data_dir: Path) -> tuple[float, float, float, float]:
    """(ms to the first paint, ms to the first paint with the workbench, RSS MB, helper RSS MB)."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT, kind, str(data_dir)],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    painted, ready, rss, helper = eval(out.stdout.strip().splitlines()[-1])  # our own repr of floats
    return (painted - started) * 1000, (ready - started) * 1000 if ready else 0.0, rss, helper


_IMPORTS = r"""
import time
from PySide6.QtWidgets import QApplication
app = QApplication([])
started = time.perf_counter()
import exercise_builder.cli, exercise_builder.app, exercise_builder.ui.main_window
import exercise_builder.store.early_settings, exercise_builder.ui.settings, exercise_builder.ui.translation
frame = time.perf_counter()
import exercise_builder.store.database, exercise_builder.services.shipped_library, exercise_builder.ui.workbench
rest = time.perf_counter()
print(repr(((frame - started) * 1000, (rest - frame) * 1000)))
"""


def _imports() -> tuple[float, float]:
    """(before the frame, after it) import times in ms: where the start-up time goes."""
    out = subprocess.run([sys.executable, "-c", _IMPORTS], env=_env(), capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return eval(out.stdout.strip().splitlines()[-1])


def _row(figure: str, goal: str, values: list[float], unit: str, met: bool | None = None) -> dict:
    return {
        "figure": figure,
        "goal": goal,
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "unit": unit,
        "met": met,
    }


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        data_dir.mkdir()
        make_library(data_dir)
        _first_paint("app", data_dir)  # first start: thumbnails cache, backups; not measured

        bare, app, ready, rss, helper = [], [], [], [], []
        for _ in range(STARTS):
            bare.append(_first_paint("bare", data_dir)[0])
            took, took_ready, memory, helper_memory = _first_paint("app", data_dir)
            app.append(took)
            ready.append(took_ready)
            rss.append(memory)
            helper.append(helper_memory)
        ratios = [a / b for a, b in zip(app, bare, strict=True)]
        ready_ratios = [r / b for r, b in zip(ready, bare, strict=True)]
        imports = [_imports() for _ in range(STARTS)]

        out = subprocess.run(
            [sys.executable, "-c", _TYPING, str(data_dir), json.dumps(TYPED)],
            env=_env(),
            capture_output=True,
            text=True,
            timeout=300,
        )
        if out.returncode != 0:
            raise RuntimeError(out.stderr[-2000:])
        keystrokes, keystrokes_cpu = json.loads(out.stdout.strip().splitlines()[-1])
    p95 = statistics.quantiles(keystrokes, n=20)[-1]
    p95_cpu = statistics.quantiles(keystrokes_cpu, n=20)[-1]
    ratio = statistics.median(ratios)
    return [
        _row("GUI start to first paint, 10k library, ÷ bare window", "≤ 1.5", ratios, "×", ratio <= 1.5),
        _row("GUI start to first paint, 10k library", "", app, "ms"),
        _row("  then to the first paint with the library, programme and preview panes", "", ready, "ms"),
        _row("  the same ÷ bare window (no goal; the frame shows while the store opens)", "", ready_ratios, "×"),
        _row("bare PySide6 window start to first paint", "", bare, "ms"),
        _row(
            "  before the first paint: importing the command line, app and window frame",
            "",
            [c for c, _ in imports],
            "ms",
        ),
        _row(
            "  after it: importing the store, the library reader and the workbench", "", [u for _, u in imports], "ms"
        ),
        {
            "figure": f"search-as-you-type p95 per keystroke ({len(keystrokes)} keys)",
            "goal": "≤ 10",
            "median": p95,
            "min": min(keystrokes),
            "max": max(keystrokes),
            "unit": "ms",
            "met": p95 <= 10,
        },
        _row("search-as-you-type median per keystroke", "", [statistics.median(keystrokes)], "ms"),
        {
            "figure": "  the same, GUI thread CPU time only (p95; less sensitive to other load)",
            "goal": "",
            "median": p95_cpu,
            "min": min(keystrokes_cpu),
            "max": max(keystrokes_cpu),
            "unit": "ms",
            "met": None,
        },
        _row("RSS with the 10k library open", "≤ 250", rss, "MB", statistics.median(rss) <= 250),
        _row("  plus the handout helper process (reportlab), started 1 s after the window", "", helper, "MB"),
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
