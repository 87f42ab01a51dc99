"""Work-arounds for bugs in the PySide6 we ship with, each with the reason.

PySide6 6.12 on CPython 3.11 drops references to the singletons None, True and False: every
emit of a Python-declared signal loses one on True, every Python model data() call that
returns None loses one on None, every void virtual (QUndoCommand.redo) too (measured with
sys.getrefcount). Painting a list calls data() thousands of times, so a session ends in
"Fatal Python error: none_dealloc" / "bool_dealloc". CPython 3.12 made these objects immortal;
on older versions we give them the same protection by raising their reference counts far out
of reach once at start.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 40
_applied = False


def protect_singletons() -> None:
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BALLAST
    _applied = True
