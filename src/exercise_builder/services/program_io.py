"""Reading and writing `.ebprog` files against the store (slugs and UUIDs resolved).

A file the app writes carries the clinic's own exercises, aids and advice it uses (a small
`.eblib` bundle, base64, under the key `library`), so it opens and prints on any machine:
reading it imports what this library lacks, under the sharing rules (keep mine)."""

from __future__ import annotations

import base64
import binascii
import difflib
import json
import os
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..atomic_write import write_atomically
from ..domain.kinds import ItemKind
from ..domain.messages import word
from ..domain.models import Program
from ..domain.os_reasons import os_reason
from ..domain.program_file import (
    ProgramFileError,
    ProgramFileRefusal,
    load_program_json,
    parse_program,
    program_to_json,
)
from ..domain.slugs import slugify
from ..library import LibraryError
from ..store import Store

MAX_BYTES = 60_000_000  # room for the pictures of a clinic's own exercises
MISSING_KINDS = {
    ItemKind.EXERCISE: "program.missing-exercise",
    ItemKind.AID: "program.missing-aid",
    ItemKind.ADVICE: "program.missing-advice",
}


@dataclass(frozen=True, slots=True)
class OpenedProgram:
    """A programme read leniently: what was missing was left out, and is named in `notice`."""

    program: Program
    missing: tuple[tuple[ItemKind, str], ...] = ()  # (kind, reference) left out
    imported: int = 0  # items added to the library from the file

    def notice(self, language: str = "da") -> str:
        """One sentence naming what the file needed and this library lacks ('' if nothing)."""
        if not self.missing:
            return ""
        names = [word(MISSING_KINDS[kind], language, ref=ref) for kind, ref in self.missing]
        joiner = word("program.missing-and", language)
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {joiner} " + names[-1]
        return word("program.missing", language, items=listed)


def read_bounded(path: Path) -> bytes:
    """The file's bytes, at most MAX_BYTES. Opened without blocking and refused unless it is a
    regular file: a FIFO or a device (/dev/zero) would block or never end, whatever stat says."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb", closefd=True) as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise ProgramFileRefusal("program-file.not-a-file", name=path.name)
        raw = stream.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise ProgramFileError("program-file.too-large", name=path.name)
    return raw


def _read_json(path: Path) -> object:
    try:
        raw = read_bounded(path)
    except FileNotFoundError:
        raise ProgramFileError("program-file.missing", path=path) from None
    except IsADirectoryError:
        raise ProgramFileError("program-file.is-folder", path=path) from None
    except OSError as error:
        raise ProgramFileError("program-file.unreadable", path=path, reason=os_reason(error)) from None
    return load_program_json(raw)


def _parse(store: Store, data: object, missing: list[tuple[ItemKind, str]] | None) -> Program:
    def resolver(kind: ItemKind):
        def resolve(ref: str) -> str | None:
            # people type slugs with æøå or capitals: "hvornår-stoppe" is "hvornaar-stoppe"
            return store.catalogue.resolve(kind, ref) or store.catalogue.resolve(kind, slugify(ref))

        return resolve

    def suggest(ref: str) -> list[str]:
        slugs = store.catalogue.all_slugs()
        return difflib.get_close_matches(slugify(ref), slugs, n=1, cutoff=0.6)

    return parse_program(
        data, resolver(ItemKind.EXERCISE), resolver(ItemKind.AID), resolver(ItemKind.ADVICE), suggest, missing
    )


def _import_carried(store: Store, data: object) -> int:
    """Add the exercises, aids and advice the file carries (its `library`) to this library."""
    if not isinstance(data, dict) or not data.get("library"):
        return 0
    if not isinstance(data["library"], str):
        raise ProgramFileError("program-file.library-not-base64")
    try:
        bundle = base64.b64decode(data["library"], validate=True)
    except (binascii.Error, ValueError):
        raise ProgramFileError("program-file.library-not-base64") from None
    from .sharing_import import apply_import, preview_import

    temporary = store.data_dir / f".program-library-{uuid.uuid4().hex[:12]}.eblib"
    try:
        temporary.write_bytes(bundle)
        result = apply_import(store, preview_import(store, temporary))
    except LibraryError as error:
        raise ProgramFileError("program-file.library-unreadable", reason=error) from None
    except OSError as error:
        raise ProgramFileError("program-file.library-not-added", reason=os_reason(error)) from None
    finally:
        temporary.unlink(missing_ok=True)
    return sum(1 for action in result.actions if action.op in ("insert", "copy"))


def _parse_with_carried(store: Store, data: object, missing: list[tuple[ItemKind, str]]) -> tuple[Program, int]:
    program = _parse(store, data, missing)
    if not missing:
        return program, 0  # everything is here: the carried copies are not needed
    imported = _import_carried(store, data)
    missing.clear()
    return _parse(store, data, missing), imported


def read_program_file(store: Store, path: Path) -> Program:
    """The programme of a file; anything it names that is neither here nor carried by the file
    is an error naming it (the command line prints no handout with an exercise missing)."""
    data = _read_json(Path(path))
    missing: list[tuple[ItemKind, str]] = []
    program, _ = _parse_with_carried(store, data, missing)
    if missing:
        return _parse(store, data, None)  # raises the sentence naming the first unknown one
    return program


def open_program_file(store: Store, path: Path) -> OpenedProgram:
    """The programme of a file for the window: what is truly missing is left out and named."""
    data = _read_json(Path(path))
    missing: list[tuple[ItemKind, str]] = []
    program, imported = _parse_with_carried(store, data, missing)
    return OpenedProgram(program, tuple(missing), imported)


def carried_library(store: Store, program: Program) -> str:
    """The clinic's own items the programme uses, as a base64 `.eblib` ('' if it uses none)."""
    from ..store.catalogue import SHIPPED
    from .sharing_export import export_bundle

    refs = (
        [(ItemKind.EXERCISE, item.exercise_id) for item in program.items]
        + [(ItemKind.AID, aid.aid_id) for aid in program.aids]
        + [(ItemKind.ADVICE, ref) for ref in program.advice]
    )
    own = []
    for kind, ref in refs:
        info = store.catalogue.info(kind, ref)
        if info is not None and info.origin != SHIPPED and info.id not in own:
            own.append(info.id)
    if not own:
        return ""
    temporary = store.data_dir / f".program-library-{uuid.uuid4().hex[:12]}.eblib"
    try:
        export_bundle(store, temporary, own)
        return base64.b64encode(temporary.read_bytes()).decode("ascii")
    except LibraryError as error:
        raise ProgramFileError("program-file.cannot-carry", reason=error) from None
    finally:
        temporary.unlink(missing_ok=True)


def program_file_text(program: Program, library: str = "") -> str:
    data = program_to_json(program)
    if library:
        data["library"] = library
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_program_file(program: Program, path: Path, store: Store | None = None) -> None:
    """Write the file; with the store, it carries the clinic's own items the programme uses."""
    library = carried_library(store, program) if store is not None else ""
    write_atomically(path, program_file_text(program, library).encode("utf-8"))
