"""A fresh Linux desktop without libxcb-cursor0 (issue 16, item 12): one sentence naming the
packages, before Qt starts, instead of Qt's abort."""

import subprocess
import sys

from exercise_builder.system_libraries import NEEDED, missing_packages, uses_x11

LINUX_X11 = {"DISPLAY": ":0"}


def test_names_the_package_when_the_library_is_missing():
    assert missing_packages(LINUX_X11, "linux", lambda name: name != "libxcb-cursor.so.0") == ["libxcb-cursor0"]
    assert missing_packages(LINUX_X11, "linux", lambda name: True) == []


def test_names_every_missing_package_not_only_the_cursor():
    """A minimal Debian 12 with Xvfb had libxcb-cursor0 but lacked libxcb-icccm4 and
    libxcb-keysyms1: Qt aborted in its own words, because only the cursor library was checked."""
    missing = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    assert missing_packages(LINUX_X11, "linux", lambda name: name not in missing) == [
        "libxcb-icccm4",
        "libxcb-keysyms1",
    ]


def test_every_library_qts_xcb_plugin_links_is_checked():
    """What the installed plugin links (ldd) beyond libxcb itself and the basics is in NEEDED."""
    import shutil
    from pathlib import Path

    import PySide6

    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        import pytest

        pytest.skip("ldd on Linux lists the plugin's libraries")
    qpa = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6XcbQpa.so.6"
    out = subprocess.run(["ldd", str(qpa)], capture_output=True, text=True, timeout=60).stdout
    linked = {
        line.split()[0]
        for line in out.splitlines()
        if line.strip().startswith(("libxcb-", "libxkbcommon-x11", "libX11-xcb"))
    }
    assert linked - set(NEEDED) == set()


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
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in lines[0]
    assert lines[0].startswith("exercise-builder: Programmet kan ikke starte")
