import json

import pytest

from exercise_builder.domain.program_file import ProgramFileError, program_to_text
from exercise_builder.services.program_io import read_program_file, write_program_file
from test_library_folder import dump


def base_program(**changes):
    data = {
        "format": "exercise-builder-program",
        "format_version": 1,
        "patient": {"name": "Mette Hansen"},
        "date": "2026-11-22",
        "therapist": "Anne",
        "frequency": "2–3 gange dagligt",
        "items": [
            {"exercise": "baekkenvip-rygliggende", "sets": 3, "reps": 10},
            {"exercise": "muslingen", "reps": "8–12", "per_side": True},
            {"exercise": "kat-ko", "hold_seconds": 5, "note": "Roligt"},
        ],
        "aids": [{"aid": "baekkenbaelte", "note": ""}, {"aid": "satinlagen"}],
        "advice": ["om-baekkensmerter"],
        "options": {"layout": "detailed", "large_print": False, "diary": True, "language": "da"},
    }
    data.update(changes)
    return data


def write(tmp_path, data, name="p.ebprog"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_reads_slugs_and_uuids(store, tmp_path):
    uuid = store.catalogue.resolve("exercise", "ankelpumpe")
    data = base_program()
    data["items"].append({"exercise": uuid.upper()})
    program = read_program_file(store, write(tmp_path, data))
    assert program.patient_name == "Mette Hansen"
    assert [store.catalogue.get("exercise", i.exercise_id).slug for i in program.items] == [
        "baekkenvip-rygliggende",
        "muslingen",
        "kat-ko",
        "ankelpumpe",
    ]
    assert program.items[1].dosage.wording("da") == "8–12 gentagelser på hver side"
    assert program.options.diary is True


def test_defaults_for_missing_optional_keys(store, tmp_path):
    program = read_program_file(
        store, write(tmp_path, {"format": "exercise-builder-program", "format_version": 1, "items": []})
    )
    assert program.patient_name == "" and program.options.layout == "detailed"
    assert program.options.language == "da" and program.aids == ()


def test_write_then_read_is_identical(store, tmp_path):
    program = read_program_file(store, write(tmp_path, base_program()))
    out = tmp_path / "again.ebprog"
    write_program_file(program, out)
    again = read_program_file(store, out)
    assert again == program
    assert program_to_text(again) == out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"colour": "red"}, "unknown key 'colour'"),
        ({"items": [{"exercise": "flyvning"}]}, "unknown exercise 'flyvning'"),
        ({"items": [{"exercise": "muslingen", "speed": 3}]}, r"unknown key 'items\[0\].speed'"),
        (
            {"items": [{"exercise": "muslingen", "reps": "mange"}]},
            r"'items\[0\]' \(exercise 1, 'muslingen'\) has a wrong value",
        ),
        ({"items": [{"exercise": "muslingen", "per_side": "ja"}]}, "per_side"),
        ({"aids": [{"aid": "jetpack"}]}, "unknown aid 'jetpack'"),
        ({"advice": ["no-such-advice"]}, "unknown advice module 'no-such-advice'"),
        ({"patient": {"name": 42}}, "'patient.name' must be text"),
        ({"patient": "Mette"}, "'patient' must be an object"),
        ({"frequency": ["2"]}, "'frequency' must be text"),
        ({"date": "22/11/2026"}, "'date' must be a date"),
        ({"format_version": 7}, "format_version 7 is not supported"),
        ({"format": "something-else"}, "'format' must be"),
        ({"options": {"layout": "poster"}}, "options.layout"),
        ({"options": {"diary": "yes"}}, "'options.diary' must be true or false"),
        ({"options": {"font": "x"}}, "unknown key 'options.font'"),
    ],
)
def test_bad_program_files_are_named_and_change_nothing(store, tmp_path, change, message):
    before = dump(store)
    with pytest.raises(ProgramFileError, match=message):
        read_program_file(store, write(tmp_path, base_program(**change)))
    assert dump(store) == before


@pytest.mark.parametrize("text", ["{", "", "null", "[]", "\ufeff{}", '{"format": "exercise-builder-program"'])
def test_malformed_json(store, tmp_path, text):
    with pytest.raises(ProgramFileError):
        read_program_file(store, write(tmp_path, text))


def test_missing_items_key(store, tmp_path):
    with pytest.raises(ProgramFileError, match="no 'items' key"):
        read_program_file(store, write(tmp_path, {"format": "exercise-builder-program", "format_version": 1}))


def test_missing_file_and_folder(store, tmp_path):
    with pytest.raises(ProgramFileError, match="does not exist"):
        read_program_file(store, tmp_path / "nope.ebprog")
    with pytest.raises(ProgramFileError, match="is a folder"):
        read_program_file(store, tmp_path)


def test_unknown_exercise_is_counted_from_one_with_a_suggestion(store, tmp_path):
    data = base_program(items=[{"exercise": "muslingen"}, {"exercise": "kat-koo"}])
    with pytest.raises(ProgramFileError, match=r"unknown exercise 'kat-koo' \(exercise 2, .*did you mean 'kat-ko'\?"):
        read_program_file(store, write(tmp_path, data))


def test_slugs_typed_with_danish_letters_or_capitals(store, tmp_path):
    from exercise_builder.domain.slugs import slugify

    data = base_program(
        items=[{"exercise": "Muslingen"}, {"exercise": "Bækkenvip rygliggende"}],
        advice=["hvornår-stoppe"],
        aids=[{"aid": "Bækkenbælte"}],
    )
    program = read_program_file(store, write(tmp_path, data))
    slugs = [store.catalogue.get("exercise", item.exercise_id).slug for item in program.items]
    assert slugs == ["muslingen", "baekkenvip-rygliggende"]
    assert store.catalogue.get("advice", program.advice[0]).slug == "hvornaar-stoppe"
    assert store.catalogue.get("aid", program.aids[0].aid_id).slug == "baekkenbaelte"
    assert slugify("Bækkenvip på ryggen") == "baekkenvip-paa-ryggen"


@pytest.mark.parametrize(
    ("text", "danish", "english"),
    [
        ('{"format": "x"}', "Nøglen 'format' skal være", "The key 'format' must be"),
        ("{not json", "ikke gyldig JSON (linje 1)", "not valid JSON (line 1)"),
        (
            '{"format": "exercise-builder-program", "format_version": 1, "items": [{"exercise": "muslinge"}]}',
            "ukendt øvelse 'muslinge' (øvelse 1, items[0].exercise)",
            "unknown exercise 'muslinge' (exercise 1",
        ),
    ],
)
def test_a_program_file_refusal_reads_in_the_window_language(text, danish, english):
    """The sentences are message keys now: the Danish window shows Danish, the CLI English."""
    from exercise_builder.domain.program_file import parse_program_text

    with pytest.raises(ProgramFileError) as info:
        parse_program_text(text, lambda ref: None, lambda ref: None, lambda ref: None)
    assert danish in info.value.text("da") and english in info.value.text("en") and english in str(info.value)
