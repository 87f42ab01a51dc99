"""The handout helper process ends when the app ends, however it ends. A crashed or killed app
left its helper running for ever (a ProcessPoolExecutor worker holds both ends of its own call
queue, so it never sees end of file): one orphan per crash, ~120 MB each, and an open pipe that
kept `make bench` waiting for the keystroke run until its 300 s timeout."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

_APP = r"""
import os, sys
from exercise_builder.ui import render_process
print(render_process.helper_pid(), flush=True)
if sys.argv[1] == "exit":
    os._exit(0)         # no shutdown(): as a crash or a frozen app's hard exit
os.kill(os.getpid(), 9)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead for our purpose (no init to reap it in some containers)
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


@pytest.mark.parametrize("how", ["exit", "kill"])
def test_the_helper_ends_when_the_app_dies(how, tmp_path):
    said = tmp_path / "helper.pid"
    with said.open("w") as stdout:  # a file, not a pipe: an orphan would hold a pipe open
        subprocess.run([sys.executable, "-c", _APP, how], stdout=stdout, stderr=subprocess.DEVNULL, timeout=120)
    helper = int(said.read_text().split()[0])
    deadline = time.monotonic() + 15
    while _alive(helper) and time.monotonic() < deadline:
        time.sleep(0.1)
    still = _alive(helper)
    if still:
        os.kill(helper, signal.SIGKILL)
    assert not still, "the helper process outlived the app by 15 s"
