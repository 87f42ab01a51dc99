"""Real full and read-only file systems for the fault tests, where the machine allows them.

A tiny tmpfs (disk full) and a read-only bind mount need root with mount rights (a CI container
running as root usually has them); as an ordinary user a read-only folder is made with chmod.
When neither works the test is skipped with the reason, and the RLIMIT_FSIZE test still runs.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> str | None:
    try:
        result = subprocess.run(["mount", *args], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as error:
        return str(error)
    return None if result.returncode == 0 else (result.stderr.strip() or f"exit {result.returncode}")


def _umount(path: Path) -> None:
    # A connection the test left for the garbage collector may still hold a file: detach lazily then.
    if subprocess.run(["umount", str(path)], capture_output=True, timeout=20).returncode != 0:
        subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=20)


@contextlib.contextmanager
def small_disk(path: Path, size: str = "8m") -> Iterator[Path]:
    """A tmpfs of `size` at `path` (skips the test if it cannot be mounted)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("a small tmpfs needs root; the RLIMIT_FSIZE test covers a full disk instead")
    problem = _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path))
    if problem:
        pytest.skip(f"tmpfs cannot be mounted here ({problem}); the RLIMIT_FSIZE test covers a full disk")
    try:
        yield path
    finally:
        _umount(path)


def fill(disk: Path) -> Path:
    """Fill the file system until it reports ENOSPC; returns the filler file (delete to free)."""
    filler = disk / "filler.bin"
    block = b"\0" * 65536
    with open(filler, "ab", buffering=0) as out:
        for size in (65536, 4096, 512, 1):
            while True:
                try:
                    out.write(block[:size])
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    break
    return filler


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[str]:
    """Make the folder `path` read-only for this process; yields how it was done."""
    if os.geteuid() != 0:
        modes = {}
        for folder in [path, *[p for p in path.rglob("*") if p.is_dir()]]:
            modes[folder] = folder.stat().st_mode
            folder.chmod(stat.S_IMODE(modes[folder]) & ~0o222)
        try:
            yield "chmod a-w (not root)"
        finally:
            for folder, mode in modes.items():
                folder.chmod(stat.S_IMODE(mode))
        return
    problem = _mount("--bind", str(path), str(path))
    if problem:
        pytest.skip(f"a read-only bind mount is not possible here ({problem}) and root ignores chmod")
    problem = _mount("-o", "remount,bind,ro", str(path))
    if problem:
        _umount(path)
        pytest.skip(f"the bind mount cannot be made read-only here ({problem})")
    try:
        yield "read-only bind mount (root)"
    finally:
        _umount(path)
