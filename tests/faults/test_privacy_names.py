""" "Slet en patients data" finds the patient however the name was typed (trailing space, another
Unicode normal form, other case), in earlier handed-out versions, in the export folder kept in the
settings, and in the fresh backup the delete itself takes: afterwards no byte of the data dir
holds the name, in NFC or in NFD."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from exercise_builder.domain.models import Program, ProgramAid, ProgramItem
from exercise_builder.services.program_io import write_program_file
from exercise_builder.store import Store
from exercise_builder.store.backups import list_backups, rolling_backup
from exercise_builder.store.privacy import delete_patient

NAME = "Åse Müller-Østergård"
NFD = unicodedata.normalize("NFD", NAME)
OTHER = "Bodil Bevares"
RENAMED = "Anna Andersen"


def _program(store: Store, name: str, message: str = "Husk at trække vejret.") -> Program:
    hits = store.search("")
    return Program(
        patient_name=name,
        therapist="Fys. Test",
        message=message,
        items=tuple(ProgramItem(hit.id, note="Roligt") for hit in hits[:2]),
        aids=(ProgramAid(store.catalogue.resolve("aid", "satinlagen")),),
    )


def _files_holding_name(folder: Path) -> list[str]:
    needles = {form.encode("utf-8") for form in (NAME, NFD)}
    needles |= {json.dumps(form).encode("ascii") for form in (NAME, NFD)}  # \\u escapes in JSON
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and any(n in p.read_bytes() for n in needles)
    )


def test_delete_finds_every_spelling_and_trace_of_the_name(store: Store):
    data = store.data_dir
    assert NFD != NAME
    spaced = store.programs.save(_program(store, NAME + " "))
    decomposed = store.programs.save(_program(store, NFD, "Opfølgning"))
    shouting = store.programs.save(_program(store, NAME.upper(), "Tredje"))
    renamed = store.programs.save(_program(store, NAME, "Først til Åse"))
    store.programs.mark_handed_out(renamed.id)
    renamed = store.programs.save(renamed.with_(patient_name=RENAMED, message="Nu til Anna"))
    other = store.programs.save(_program(store, OTHER))
    store.settings.set("ui.last_export_dir", f"/home/fys/Patienter/{NFD}")
    older = rolling_backup(store.db, data, once_a_day=False)
    drafts = data / "drafts"
    write_program_file(_program(store, NFD + "  ", "kladde"), drafts / "0b4f8a4e-0000-4000-8000-0000000000b2.ebprog")
    assert _files_holding_name(data), "the test would prove nothing"

    result = delete_patient(store, " " + NAME.lower() + " ")

    assert result.programs == 3 and result.drafts == 1 and result.problems == []
    assert {p.id for p in store.programs.find()} == {renamed.id, other.id}
    assert [row[0] for row in store.programs.history(renamed.id)] == []  # the version naming Åse
    assert store.programs.load(renamed.id).patient_name == RENAMED
    assert store.settings.get("ui.last_export_dir") is None
    assert older.name in result.backups_removed
    assert result.fresh_backup in [b.name for b in list_backups(data)]
    for gone in (spaced, decomposed, shouting):
        assert store.programs.load(gone.id) is None
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert _files_holding_name(data) == [], "no byte of the data dir holds the name, in NFC or NFD"


def test_names_are_stored_in_one_form(store: Store):
    saved = store.programs.save(_program(store, "  " + NFD + " "))
    assert saved.patient_name == NAME
    assert store.programs.load(saved.id).patient_name == NAME
    assert [p.id for p in store.programs.find(patient=NFD)] == [saved.id]


INVISIBLE = {
    "zero-width space": "Mette Hansen\u200b",
    "byte order mark": "\ufeffMette Hansen",
    "soft hyphen": "Met\u00adte Hansen",
    "zero-width joiner": "Mette\u200d Hansen",
    "right-to-left mark": "Mette Hansen\u200f",
    "left-to-right isolate": "\u2066Mette Hansen\u2069",
}


def test_invisible_characters_do_not_hide_a_name_from_delete(store: Store):
    """Six spellings that look like 'Mette Hansen' are the same patient when stored and deleted."""
    from exercise_builder.domain.patient_names import name_key, stored_name

    for spelling in INVISIBLE.values():
        assert stored_name(spelling) == "Mette Hansen", ascii(spelling)
        assert name_key(spelling) == name_key("mette hansen"), ascii(spelling)
    saved = [store.programs.save(_program(store, spelling)) for spelling in INVISIBLE.values()]
    result = delete_patient(store, "Mette Hansen")
    assert result.programs == len(saved)
    assert all(store.programs.load(p.id) is None for p in saved)
