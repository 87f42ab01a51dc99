"""Issue 12: the patient group (pregnant / after birth / other) through file, store and templates."""

import json

import pytest

from exercise_builder.domain.kinds import PatientGroup
from exercise_builder.domain.program_file import ProgramFileError
from exercise_builder.services.program_io import read_program_file, write_program_file
from test_program_file import base_program, write


@pytest.mark.parametrize("group", list(PatientGroup))
def test_the_program_file_keeps_the_group(store, tmp_path, group):
    program = read_program_file(store, write(tmp_path, base_program(patient={"name": "Mette", "group": group.value})))
    assert program.patient_group == group
    out = tmp_path / "again.ebprog"
    write_program_file(program, out)
    assert json.loads(out.read_text(encoding="utf-8"))["patient"]["group"] == group.value
    assert read_program_file(store, out) == program


def test_the_group_defaults_to_other(store, tmp_path):
    program = read_program_file(store, write(tmp_path, base_program(patient={"name": "Mette"})))
    assert program.patient_group == PatientGroup.OTHER


def test_an_unknown_group_is_named(store, tmp_path):
    with pytest.raises(ProgramFileError) as error:
        read_program_file(store, write(tmp_path, base_program(patient={"name": "Mette", "group": "gravid"})))
    assert "'gravid'" in str(error.value) and "patient.group" in str(error.value)


@pytest.mark.parametrize("group", list(PatientGroup))
def test_the_store_keeps_the_group(store, group):
    from exercise_builder.domain.models import Program

    saved = store.programs.save(Program(patient_name="Mette", patient_group=group))
    assert store.programs.load(saved.id).patient_group == group


def test_shipped_templates_set_the_group(shipped_store):
    groups = {t.slug: t.patient_group for t in shipped_store.catalogue.all("template")}
    assert groups["skabelon-efter-foedslen"] == PatientGroup.AFTER_BIRTH
    assert groups["skabelon-baekkensmerter-basis"] == PatientGroup.PREGNANT
