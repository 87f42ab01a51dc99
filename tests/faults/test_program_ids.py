"""A programme file's `id` names the draft files: a hostile id must never reach outside drafts/.

The old code trusted it as a file name: `"id": "../../outside/x"` made the autosave write
`x.ebprog` (with the patient's name) outside the data dir, and saving deleted that name wherever
it pointed. Now the reader refuses an id that is not a UUID, and the draft paths are checked too.
"""

from __future__ import annotations

import json
import shutil
import uuid
from pathlib import Path

import pytest

from exercise_builder.cli import main
from exercise_builder.domain.program_file import ProgramFileError, parse_program
from exercise_builder.services.program_io import read_program_file
from exercise_builder.store import Store

HOSTILE_IDS = [
    "../../outside/evil",
    "/ABS/evil",
    "..",
    "a/b",
    "x\\..\\y",
    "abc",
    "\0",
    "12345678-1234-1234-1234-1234567890ab/../../x",
    " " + str(uuid.uuid4()),
]


def _file(tmp_path: Path, ident: str) -> Path:
    path = tmp_path / "in.ebprog"
    path.write_text(
        json.dumps(
            {
                "format": "exercise-builder-program",
                "format_version": 1,
                "id": ident,
                "patient": {"name": "Åse Ærø"},
                "items": [],
            }
        ),
        encoding="utf-8",
    )
    return path


def _resolve(ref: str) -> str | None:
    return ref


def _hostile(ident: str, outside: Path) -> str:
    return ident.replace("/ABS", str(outside)).replace("../../outside", f"../../../{outside.name}")


@pytest.mark.parametrize("ident", HOSTILE_IDS)
def test_the_reader_refuses_an_id_that_is_not_a_uuid(ident: str, tmp_path: Path):
    data = {"format": "exercise-builder-program", "format_version": 1, "id": ident, "items": []}
    with pytest.raises(ProgramFileError) as info:
        parse_program(data, _resolve, _resolve, _resolve)
    assert "'id'" in str(info.value) and "\n" not in str(info.value)


def test_a_uuid_id_is_kept_in_its_usual_spelling():
    ident = str(uuid.uuid4())
    data = {"format": "exercise-builder-program", "format_version": 1, "id": ident.upper(), "items": []}
    assert parse_program(data, _resolve, _resolve, _resolve).id == ident


@pytest.mark.parametrize("ident", ["../../outside/evil", "/ABS/evil"])
def test_opening_a_hostile_file_writes_and_deletes_nothing_outside(ident: str, seeded_dir: Path, tmp_path: Path, qapp):
    from exercise_builder.ui.program_session import ProgramSession
    from exercise_builder.ui.settings import AppSettings

    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "evil.ebprog"
    victim.write_text("the clinic's own file", encoding="utf-8")
    source = _file(tmp_path, _hostile(ident, outside))
    # drafts/../../../outside is tmp_path/outside
    data = tmp_path / "a" / "data"
    data.parent.mkdir()
    shutil.move(seeded_dir, data)
    store = Store.open(data)
    try:
        session = ProgramSession(store, AppSettings(store.settings))
        try:
            program = read_program_file(store, source)
        except ProgramFileError:
            program = None
        if program is not None:  # the old code: open it, edit, autosave, save
            session.replace(program, dirty=True)
            try:
                session.autosave()
                session.save()
            except ValueError:
                pass
    finally:
        store.close()
    assert victim.read_text(encoding="utf-8") == "the clinic's own file"
    assert sorted(p.name for p in outside.iterdir()) == ["evil.ebprog"]
    assert not list(tmp_path.glob("**/*.session.json"))


@pytest.mark.parametrize("ident", ["../../escape", "/tmp/escape", "..", "a/../../b", "x" * 400])
def test_a_draft_path_stays_in_drafts_whatever_the_stored_id(ident: str, store: Store, qapp):
    """Ids stored in the database by older code are not re-checked there: the draft name is."""
    from exercise_builder.ui.program_session import ProgramSession
    from exercise_builder.ui.settings import AppSettings

    session = ProgramSession(store, AppSettings(store.settings))
    path = session.draft_path(ident)
    assert path.parent == store.data_dir / "drafts"
    assert uuid.UUID(path.name.removesuffix(".ebprog"))
    session.replace(session.program.with_(id=ident, patient_name="Åse"), dirty=True)
    written = session.autosave()
    assert written is not None and written.parent == store.data_dir / "drafts"
    session.discard_draft()
    assert not list((store.data_dir / "drafts").iterdir())


@pytest.mark.parametrize("ident", ["../../outside/evil", "/tmp/evil"])
def test_cli_refuses_a_hostile_id_in_one_sentence(ident: str, seeded_dir: Path, tmp_path: Path, capsys):
    source = _file(tmp_path, ident)
    code = main(["handout", str(source), "-o", str(tmp_path / "out.pdf"), "--data-dir", str(seeded_dir)])
    err = capsys.readouterr().err
    assert code == 2
    assert "'id'" in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out.pdf").exists()
