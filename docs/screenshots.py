"""Screenshots of the window and the exercise editor, in Danish and English, on three screens.

    .venv/bin/python docs/screenshots.py [OUT_DIR]

Each screen size runs in its own process on an offscreen screen of that size (Qt's offscreen
platform reads the screen from a config file), so the window opens as on a first start there:
maximised on 1024×600 and 1366×768, most of a 2560×1440 screen. Each run uses a fresh
temporary data dir seeded with the shipped library.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1024, 600), (1366, 768), (2560, 1440))
LANGUAGES = ("da", "en")


def wait(app, condition, timeout_ms: int = 15000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QThread

    deadline = QDeadlineTimer(timeout_ms)
    while not condition() and not deadline.hasExpired():
        app.processEvents()
        QThread.msleep(20)
    app.processEvents()


def compile_translations() -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (ROOT / "src/exercise_builder/translations").glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def shrink(path: Path) -> None:
    """256 colours are plenty for a screenshot and keep the repository small."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def prepare(data_dir: Path, language: str) -> None:
    from exercise_builder.domain.models import ClinicProfile
    from exercise_builder.services.opening import open_store
    from exercise_builder.ui.settings import UI_LANGUAGE, AppSettings

    store = open_store(data_dir)
    store.settings.set_clinic(
        ClinicProfile(
            name="Fysioterapi Nord",
            address="Havnegade 12, 9000 Aalborg",
            phone="98 12 34 56",
            therapist_name="Anne Jensen",
            therapist_title="Fysioterapeut",
        )
    )
    AppSettings(store.settings).set(UI_LANGUAGE, language)
    store.close()


def shoot(app, out: Path, language: str, width: int, height: int) -> list[Path]:
    from exercise_builder.app import build_window

    written = []
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        prepare(data_dir, language)
        window = build_window(data_dir)
        window.show()  # fitted to the screen as on a first start
        wait(app, lambda: False, 300)
        window.workbench.runner.wait(10000)  # the thumbnails of the first rows
        wait(app, lambda: False, 100)
        suffix = f"{language}-{width}x{height}.png"

        def grab(name: str, widget=None) -> None:
            app.processEvents()
            path = out / f"{name}-{suffix}"
            (widget or window).grab().save(str(path))
            shrink(path)
            written.append(path)

        grab("window-empty")

        template = window.workbench.store.catalogue.get("template", "skabelon-baekkensmerter-basis")
        window.workbench.templates.apply_template(template)
        window.workbench.session.set_field("patient_name", "Mette Hansen")
        window.workbench.program.sync_from_program()
        window.workbench.library.search.setText("bækken")
        window.workbench.library.refresh()
        window.workbench.library.view.setCurrentIndex(window.workbench.library.proxy.index(1, 0))
        window.workbench.program.select_row(1)
        wait(app, lambda: window.workbench.preview.is_idle() and window.workbench.preview.document.pageCount() > 0)
        wait(app, lambda: False, 300)
        grab("window-program")

        total = sum(window.workbench.splitter.sizes())
        window.workbench.splitter.setSizes(
            [int(total * 0.22), int(total * 0.41), total - int(total * 0.22) - int(total * 0.41)]
        )
        window.workbench.library.set_view_mode("grid")
        window.workbench.program.tabs.setCurrentIndex(0)
        wait(app, lambda: False, 800)
        grab("window-preview")

        exercise = window.workbench.store.catalogue.get("exercise", "baekkenvip-rygliggende")
        editor = window.workbench.exercise_editor(exercise.id)
        editor.resize(min(980, width - 80), min(700, height - 60))
        editor.show()
        wait(app, lambda: False, 300)
        grab("editor", editor)
        editor.reject()

        window.workbench.session.forget_changes()
        window.workbench.runner.wait(10000)
        window.close()
        window.workbench.store.close()
    return written


def one_screen(out: Path, width: int, height: int) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    for language in LANGUAGES:
        for path in shoot(app, out, language, width, height):
            print(path.relative_to(out.parent) if out.parent in path.parents else path)


def main() -> int:
    if sys.argv[1:2] == ["--screen"]:
        one_screen(Path(sys.argv[4]), int(sys.argv[2]), int(sys.argv[3]))
        return 0
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    compile_translations()
    with tempfile.TemporaryDirectory() as tmp:
        for width, height in SIZES:
            config = Path(tmp) / f"screen-{width}x{height}.json"
            config.write_text(
                json.dumps(
                    {
                        "screens": [
                            {
                                "name": "screen",
                                "x": 0,
                                "y": 0,
                                "width": width,
                                "height": height,
                                "logicalDpi": 96,
                                "logicalBaseDpi": 96,
                                "dpr": 1,
                            }
                        ]
                    }
                )
            )
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
            subprocess.run(
                [sys.executable, __file__, "--screen", str(width), str(height), str(out)], env=env, check=True
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
