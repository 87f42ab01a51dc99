"""A programme file carries the clinic's own exercises and aids it uses, so it opens and prints
on a colleague's machine (issue 16, item 3)."""

import json
import sys
import uuid
from pathlib import Path

import pytest

from exercise_builder.domain.dosage import Dosage
from exercise_builder.domain.models import Aid, ImageRef, Program, ProgramAid, ProgramItem
from exercise_builder.services.program_io import open_program_file, read_program_file, write_program_file
from exercise_builder.store.catalogue import IMPORTED
from pdf_reading import all_text, flat, reader

sys.path.insert(0, str(Path(__file__).parent / "sharing"))
from sharing_helpers import add_custom_exercise, png  # noqa: E402


def own_programme(store) -> Program:
    """Kat-ko (shipped) and the clinic's own exercise and aid, each with a photo."""
    own = add_custom_exercise(store, "skulderrul-vaeg", "Skulderrul ved væggen", {"foto.png": png(7, (40, 30))})
    sha = store.media.add(png(8, (30, 30)), ".png")
    aid = Aid(
        id=str(uuid.uuid4()),
        slug="klinikkens-pude",
        title={"da": "Klinikkens pude", "en": "The clinic's cushion"},
        description={"da": "En fast pude.", "en": "A firm cushion."},
        images=(ImageRef("pude.png", "Klinik Test", "CC-BY-4.0", sha),),
    )
    store.catalogue.save("aid", aid)
    return Program(
        patient_name="Mette",
        therapist="Anne",
        frequency="2–3 gange dagligt",
        items=(
            ProgramItem(store.catalogue.resolve("exercise", "kat-ko"), Dosage.from_json({"reps": 10})),
            ProgramItem(own.id, Dosage.from_json({"reps": 8}), "Roligt"),
        ),
        aids=(ProgramAid(aid.id, "Under knæene"),),
    )


def test_file_with_own_exercise_renders_and_opens_in_a_fresh_data_dir(shipped_store, tmp_path, capsys):
    from exercise_builder.cli import main

    store = shipped_store
    program = own_programme(store)
    path = tmp_path / "mette.ebprog"
    write_program_file(program, path, store=store)
    assert "library" in json.loads(path.read_text(encoding="utf-8"))

    fresh = tmp_path / "colleague"
    out = tmp_path / "mette.pdf"
    assert main(["handout", str(path), "-o", str(out), "--data-dir", str(fresh)]) == 0, capsys.readouterr().err
    text = flat(all_text(out.read_bytes()))
    assert "Skulderrul ved væggen" in text and "Klinikkens pude" in text and "Kat og ko" in text
    assert len(reader(out.read_bytes()).pages) >= 1

    from exercise_builder.store import Store

    colleague = Store.open(fresh)
    try:
        info = colleague.catalogue.info("exercise", "skulderrul-vaeg")
        assert info is not None and info.origin == IMPORTED
        image = colleague.catalogue.get("exercise", "skulderrul-vaeg").images[0]
        assert colleague.media.read(image.sha256) == png(7, (40, 30))
        again = read_program_file(colleague, path)  # opening twice adds nothing twice
        assert [item.exercise_id for item in again.items] == [item.exercise_id for item in program.items]
        assert (
            colleague.catalogue.count("exercise")
            == colleague.db.execute("SELECT count(*) FROM exercises").fetchone()[0]
        )
    finally:
        colleague.close()


def test_truly_missing_exercise_opens_the_rest_and_says_so_in_danish(store, tmp_path):
    path = tmp_path / "p.ebprog"
    path.write_text(
        json.dumps(
            {
                "format": "exercise-builder-program",
                "format_version": 1,
                "frequency": "2 gange dagligt",
                "items": [{"exercise": "kat-ko", "reps": 10}, {"exercise": "knaesving-paa-ryggen-ukendt", "reps": 5}],
                "aids": [{"aid": "satinlagen"}, {"aid": "ukendt-hjaelpemiddel"}],
                "advice": ["om-baekkensmerter"],
            }
        ),
        encoding="utf-8",
    )
    opened = open_program_file(store, path)
    assert [store.catalogue.get("exercise", i.exercise_id).slug for i in opened.program.items] == ["kat-ko"]
    assert len(opened.program.aids) == 1 and len(opened.program.advice) == 1
    assert opened.notice("da") == (
        "Programmet er åbnet uden øvelsen «knaesving-paa-ryggen-ukendt» og "
        "hjælpemidlet «ukendt-hjaelpemiddel», som ikke findes i biblioteket."
    )
    assert opened.notice("en").startswith("The programme was opened without the exercise")
    with pytest.raises(ValueError, match="unknown exercise"):  # the command line stays strict
        read_program_file(store, path)


def test_file_of_shipped_items_only_carries_nothing(store, tmp_path):
    program = Program(items=(ProgramItem(store.catalogue.resolve("exercise", "kat-ko")),))
    path = tmp_path / "p.ebprog"
    write_program_file(program, path, store=store)
    assert "library" not in json.loads(path.read_text(encoding="utf-8"))


def test_carried_library_that_is_not_base64_is_one_sentence(store, tmp_path):
    path = tmp_path / "p.ebprog"
    path.write_text(
        json.dumps(
            {
                "format": "exercise-builder-program",
                "format_version": 1,
                "items": [{"exercise": "ukendt"}],
                "library": "***",
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="not valid base64"):
        read_program_file(store, path)
