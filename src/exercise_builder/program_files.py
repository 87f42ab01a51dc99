"""Reading and writing `.ebprog` files against the store (slugs and UUIDs resolved)."""

from __future__ import annotations

from pathlib import Path

from .atomic_write import write_atomically
from .domain.models import Program
from .domain.program_file import ProgramFileError, parse_program_text, program_to_text
from .store import Store

MAX_BYTES = 5_000_000


def read_program_file(store: Store, path: Path) -> Program:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ProgramFileError(f"The program file {path.name} is too large to be a program file.")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProgramFileError(f"The program file {path} does not exist.") from None
    except IsADirectoryError:
        raise ProgramFileError(f"{path} is a folder, not a program file.") from None
    except OSError as error:
        raise ProgramFileError(f"The program file {path} could not be read ({error.strerror}).") from None
    resolve = store.catalogue.resolve
    return parse_program_text(raw, lambda ref: resolve("exercise", ref), lambda ref: resolve("aid", ref),
                              lambda ref: resolve("advice", ref))


def write_program_file(program: Program, path: Path) -> None:
    write_atomically(path, program_to_text(program).encode("utf-8"))
