"""Reading and writing `.ebprog` files against the store (slugs and UUIDs resolved)."""

from __future__ import annotations

import difflib
import os
import stat
from pathlib import Path

from ..atomic_write import write_atomically
from ..domain.models import Program
from ..domain.program_file import ProgramFileError, ProgramFileRefusal, parse_program_text, program_to_text
from ..domain.slugs import slugify
from ..store import Store

MAX_BYTES = 5_000_000


def read_bounded(path: Path) -> bytes:
    """The file's bytes, at most MAX_BYTES. Opened without blocking and refused unless it is a
    regular file: a FIFO or a device (/dev/zero) would block or never end, whatever stat says."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb", closefd=True) as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise ProgramFileRefusal("program_file_not_a_file", name=path.name)
        raw = stream.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise ProgramFileError("program-file.too-large", name=path.name)
    return raw


def read_program_file(store: Store, path: Path) -> Program:
    try:
        raw = read_bounded(path)
    except FileNotFoundError:
        raise ProgramFileError("program-file.missing", path=path) from None
    except IsADirectoryError:
        raise ProgramFileError("program-file.is-folder", path=path) from None
    except OSError as error:
        raise ProgramFileError("program-file.unreadable", path=path, reason=error.strerror) from None
    def resolver(kind: str):
        def resolve(ref: str) -> str | None:
            # people type slugs with æøå or capitals: "hvornår-stoppe" is "hvornaar-stoppe"
            return store.catalogue.resolve(kind, ref) or store.catalogue.resolve(kind, slugify(ref))
        return resolve

    def suggest(ref: str) -> list[str]:
        slugs = [row[0] for table in ("exercises", "aids", "advice")
                 for row in store.db.execute(f"SELECT slug FROM {table}")]
        return difflib.get_close_matches(slugify(ref), slugs, n=1, cutoff=0.6)

    return parse_program_text(raw, resolver("exercise"), resolver("aid"), resolver("advice"), suggest)


def write_program_file(program: Program, path: Path) -> None:
    write_atomically(path, program_to_text(program).encode("utf-8"))
