"""A fresh Linux desktop without libxcb-cursor0 (issue 16, item 12): one sentence naming the
package, before Qt starts, instead of Qt's abort."""

import subprocess
import sys

from exercise_builder.system_libraries import missing_package, uses_x11

LINUX_X11 = {"DISPLAY": ":0"}


def test_names_the_package_when_the_library_is_missing():
    assert missing_package(LINUX_X11, "linux", lambda name: False) == "libxcb-cursor0"
    assert missing_package(LINUX_X11, "linux", lambda name: True) == ""


def test_only_where_qt_uses_x11():
    assert not uses_x11({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_x11({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, "linux")
    assert uses_x11({"QT_QPA_PLATFORM": "xcb"}, "linux") and uses_x11(LINUX_X11, "linux")
    assert not uses_x11(LINUX_X11, "win32") and not uses_x11(LINUX_X11, "darwin")


def test_the_app_says_which_package_to_install_without_starting_qt(tmp_path):
    script = (
        "import sys, exercise_builder.system_libraries as s\n"
        "s._loadable = lambda name: False\n"
        "from exercise_builder.cli import main\n"
        "code = main(['--data-dir', sys.argv[1]])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
        "sys.exit(code)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "DISPLAY": ":99", "LANG": "da_DK.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data")], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert "libxcb-cursor0" in lines[0] and "sudo apt install libxcb-cursor0" in lines[0]
    assert lines[0].startswith("exercise-builder: Programmet kan ikke starte")
