"""Long, odd and huge fields in a programme file: the handout renders what is realistic and the
command line refuses the rest in one sentence (exit 2), in bounded time, never with a traceback."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from exercise_builder.cli import main
from exercise_builder.services.handout_jobs import handout_data, render_data
from exercise_builder.services.program_io import read_program_file
from exercise_builder.store import Store

SENTENCES = "Husk at trække vejret roligt. " * 400
LINES = "Husk at trække vejret.\n" * 400


def _program(**changes) -> dict:
    data = {
        "format": "exercise-builder-program",
        "format_version": 1,
        "patient": {"name": "Åse Ærø"},
        "date": "2026-11-22",
        "therapist": "Fys. T",
        "frequency": "2–3 gange dagligt",
        "items": [{"exercise": "muslingen", "reps": 10}, {"exercise": "kat-ko", "reps": 5}],
        "aids": [],
        "advice": [],
    }
    for key, value in changes.items():
        if key == "note":
            data["items"][0]["note"] = value
        elif key == "item_frequency":
            data["items"][0]["frequency"] = value
        elif key == "name":
            data["patient"]["name"] = value
        else:
            data[key] = value
    return data


def _run(tmp_path: Path, data_dir: Path, capsys, text: str) -> tuple[int, str, Path]:
    source = tmp_path / "p.ebprog"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out.pdf"
    started = time.monotonic()
    code = main(["handout", str(source), "-o", str(out), "--data-dir", str(data_dir)])
    assert time.monotonic() - started < 30
    return code, capsys.readouterr().err, out


def _refused(code: int, err: str, out: Path, *words: str) -> None:
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err and len(err) < 400
    assert all(word in err for word in words), err
    assert not out.exists()


REALISTIC = {
    "message 4,000 in large print": dict(message=SENTENCES[:4000], options={"large_print": True}),
    "message 4,000 in lines": dict(message=LINES[:4000]),
    "message of one 4,000-character word": dict(message="a" * 4000),
    "note 1,500 in compact": dict(note=SENTENCES[:1500], options={"layout": "compact"}),
    "note 1,500 in lines in compact": dict(note=LINES[:1500], options={"layout": "compact"}),
    "note of one 1,500-character word in compact": dict(note="b" * 1500, options={"layout": "compact"}),
    "a 3,000-character word in the message": dict(message="x" * 3000),
    "aid note 1,500": dict(aids=[{"aid": "satinlagen", "note": SENTENCES[:1500]}]),
    "frequency 500": dict(frequency=SENTENCES[:500]),
    "therapist of one 200-character word": dict(therapist="c" * 200),
    "year 9999 with the diary": dict(date="9999-12-30", options={"diary": True}),
}


@pytest.mark.parametrize("changes", REALISTIC.values(), ids=REALISTIC.keys())
def test_long_realistic_texts_render(changes, seeded_dir: Path, tmp_path: Path, capsys):
    code, err, out = _run(tmp_path, seeded_dir, capsys, json.dumps(_program(**changes), ensure_ascii=False))
    assert code == 0, err
    assert len(PdfReader(out).pages) >= 1


TOO_LONG = {
    "frequency 3,500": (dict(frequency=SENTENCES[:3500]), "'frequency'"),
    "item frequency 3,500": (dict(item_frequency=SENTENCES[:3500]), "'items[0].frequency'"),
    "name of one 3,000-character word": (dict(name="n" * 3000), "'patient.name'"),
    "title-sized message of 1 MB": (dict(message="m" * 1_000_000), "'message'"),
    "note of 1 MB": (dict(note=SENTENCES * 90), "'items[0].note'"),
    "20,000 exercises": (dict(items=[{"exercise": "muslingen"}] * 20_000), "'items'"),
}


@pytest.mark.parametrize("changes, key", TOO_LONG.values(), ids=TOO_LONG.keys())
def test_too_long_fields_are_refused_in_one_sentence(changes, key, seeded_dir: Path, tmp_path: Path, capsys):
    code, err, out = _run(tmp_path, seeded_dir, capsys, json.dumps(_program(**changes), ensure_ascii=False))
    _refused(code, err, out, key)


def test_a_json_integer_of_5000_digits_is_refused(seeded_dir: Path, tmp_path: Path, capsys):
    text = json.dumps(_program()).replace('"reps": 10', '"reps": ' + "9" * 5000)
    code, err, out = _run(tmp_path, seeded_dir, capsys, text)
    _refused(code, err, out, "number")


def test_a_huge_library_title_renders_in_bounded_time(seeded_dir: Path, tmp_path: Path):
    """A library may hold a title of 1 MB (older readers let it in): the handout cuts it."""
    store = Store.open(seeded_dir)
    try:
        source = tmp_path / "p.ebprog"
        source.write_text(json.dumps(_program(), ensure_ascii=False), encoding="utf-8")
        data = handout_data(store, read_program_file(store, source))
    finally:
        store.close()
    ident, exercise = next(iter(data.exercises.items()))
    huge = dataclasses.replace(
        exercise, title={"da": "Ordet " * 200_000}, steps={"da": ["x" * 300_000, "Trin " * 50_000]}
    )
    data = dataclasses.replace(data, exercises={**data.exercises, ident: huge})
    started = time.monotonic()
    pdf = render_data(data)
    assert time.monotonic() - started < 30
    assert pdf.startswith(b"%PDF")


# --- property: whatever the reader accepts, the handout renders -------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from exercise_builder.domain.program_file import ProgramFileError  # noqa: E402

_words = st.text(alphabet=st.sampled_from("abcæøå ÅÆØ\n\t-–×<>&\"'"), max_size=60) | st.builds(
    lambda n, c: c * n, st.integers(0, 3000), st.sampled_from("aW–")
)
_texts = st.lists(_words, max_size=120).map(" ".join)


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(
    name=_texts,
    message=_texts,
    frequency=_texts,
    note=_texts,
    aid_note=_texts,
    layout=st.sampled_from(["detailed", "compact"]),
    large=st.booleans(),
    diary=st.booleans(),
    date=st.sampled_from(["2026-11-22", "9999-12-31", "0001-01-01", "2024-02-29"]),
)
def test_whatever_is_accepted_renders(
    seeded_dir: Path, name, message, frequency, note, aid_note, layout, large, diary, date
):
    import tempfile

    data = _program(
        name=name,
        message=message,
        frequency=frequency,
        note=note,
        date=date,
        aids=[{"aid": "satinlagen", "note": aid_note}],
        options={"layout": layout, "large_print": large, "diary": diary},
    )
    store = Store.open(seeded_dir)
    try:
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "p.ebprog"
            source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            try:
                program = read_program_file(store, source)
            except ProgramFileError as error:
                assert "\n" not in str(error)
                return
            started = time.monotonic()
            pdf = render_data(handout_data(store, program))
            assert time.monotonic() - started < 30
            assert pdf.startswith(b"%PDF")
    finally:
        store.close()


REFUSED_TEXTS = {
    "lone surrogate in the name": (json.dumps(_program(name="Mette \ud800")), "U+D800"),
    "lone surrogate in a note": (json.dumps(_program(note="Rolig \udfff")), "U+DFFF"),
    "escape control in the message": (json.dumps(_program(message="Hej \x1b[2J")), "U+001B"),
    "C1 control in the therapist": (json.dumps(_program(therapist="Fys.\x85T")), "U+0085"),
    "bidi override in the name": (json.dumps(_program(name="Mette \u202eHansen")), "U+202E"),
    "bidi isolate in the message": (json.dumps(_program(message="\u2066Hej\u2069")), "U+2066"),
    "NUL in a reference": (json.dumps(_program(items=[{"exercise": "muslingen\x00"}])), "U+0000"),
    "a newline in the name": (json.dumps(_program(name="Mette\nHansen")), "U+000A"),
    "a key twice": (
        '{"format": "exercise-builder-program", "format_version": 1, "items": [], "message": "a", "message": "b"}',
        "'message'",
    ),
    "a week date": (json.dumps(_program(date="2026-W01")), "2026-W01"),
    "a date without dashes": (json.dumps(_program(date="20261122")), "20261122"),
}


@pytest.mark.parametrize("case", REFUSED_TEXTS)
def test_hostile_characters_and_shapes_are_refused_in_one_sentence(case, seeded_dir: Path, tmp_path: Path, capsys):
    text, word = REFUSED_TEXTS[case]
    code, err, out = _run(tmp_path, seeded_dir, capsys, text)
    _refused(code, err, out, word)


def test_a_lone_surrogate_never_reaches_the_autosave(seeded_dir: Path, tmp_path: Path):
    """Opening the file is refused, so no draft with a character UTF-8 cannot hold is ever written."""
    source = tmp_path / "p.ebprog"
    source.write_text(json.dumps(_program(note="x\ud800")), encoding="utf-8")
    store = Store.open(seeded_dir)
    try:
        with pytest.raises(ProgramFileError) as refused:
            read_program_file(store, source)
        assert "U+D800" in str(refused.value)
    finally:
        store.close()


def test_a_programme_within_every_field_limit_but_too_much_text_in_all_is_refused(
    seeded_dir: Path, tmp_path: Path, capsys
):
    """200 items with 2,000-character notes (each within its own limit) took 55–145 s to render."""
    data = _program(message="M " * 2500, options={"layout": "detailed", "large_print": True, "diary": True})
    data["items"] = [{"exercise": "muslingen", "note": "n " * 1000, "frequency": "f " * 250}] * 200
    code, err, out = _run(tmp_path, seeded_dir, capsys, json.dumps(data))
    _refused(code, err, out, "20000", "in all")
