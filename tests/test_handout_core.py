"""The first real handout (issue 2): what the patient's PDF must contain."""

import json

from exercise_builder.services.handout_jobs import render_program, render_program_file
from exercise_builder.services.program_io import read_program_file
from pdf_reading import all_text, flat, fonts, is_a4, page_texts, reader


def four_exercise_program(tmp_path, note=""):
    path = tmp_path / "mette.ebprog"
    path.write_text(
        json.dumps(
            {
                "format": "exercise-builder-program",
                "format_version": 1,
                "patient": {"name": "Mette Hansen"},
                "date": "2026-11-22",
                "therapist": "Anne Holm",
                "frequency": "2–3 gange dagligt",
                "items": [
                    {"exercise": "baekkenvip-rygliggende", "sets": 3, "reps": 10},
                    {"exercise": "muslingen", "reps": 10, "per_side": True, "note": note},
                    {"exercise": "kat-ko", "reps": 5, "hold_seconds": 5},
                    {"exercise": "ankelpumpe", "reps": 20},
                ],
                "aids": [{"aid": "baekkenbaelte", "note": "Brug det på lange gåture."}, {"aid": "satinlagen"}],
                "advice": [],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def check_contents(store, pdf):
    text = flat(all_text(pdf))
    assert "Mette Hansen" in text
    for slug in ("baekkenvip-rygliggende", "muslingen", "kat-ko", "ankelpumpe"):
        assert flat(store.catalogue.get("exercise", slug).title["da"]) in text, slug
    assert "2–3 gange dagligt" in text
    assert "bækkenbælte" in text.lower() and "satinlagen" in text.lower()
    assert "3 × 10 gentagelser" in text
    assert "på hver side" in text and "hold i 5 sekunder" in text
    pages = reader(pdf).pages
    assert all(is_a4(page) for page in pages)
    used = fonts(pdf)
    assert used and all(used.values()), used
    assert page_texts(pdf)[0].strip().endswith(f"Side 1 af {len(pages)}")


def test_program_file_to_pdf_mini_library(store, tmp_path):
    check_contents(store, render_program_file(store, four_exercise_program(tmp_path)))


def test_program_file_to_pdf_shipped_library(shipped_store, tmp_path):
    check_contents(shipped_store, render_program_file(shipped_store, four_exercise_program(tmp_path)))


def test_markup_in_user_text_appears_literally(store, tmp_path):
    pdf = render_program_file(store, four_exercise_program(tmp_path, note="<b>Tom & Jerry</b> 5 < 7"))
    assert "<b>Tom & Jerry</b> 5 < 7" in flat(all_text(pdf))


def test_markup_in_patient_name_and_every_text_field(store, tmp_path):
    program = read_program_file(store, four_exercise_program(tmp_path))
    odd = '<font size=40>&amp; "x" </para>'
    program = program.with_(patient_name=odd, therapist=odd, message=odd, frequency=odd)
    text = flat(all_text(render_program(store, program)))
    assert text.count(odd.strip()) >= 3


def test_missing_image_still_renders(store, tmp_path):
    program = read_program_file(store, four_exercise_program(tmp_path))
    for sha_file in (store.data_dir / "media").rglob("*.svg"):
        sha_file.unlink()
    text = flat(all_text(render_program(store, program)))
    assert "Mette Hansen" in text and "Muslingen" in text


def test_metadata(store, tmp_path):
    pdf = render_program_file(store, four_exercise_program(tmp_path))
    meta = reader(pdf).metadata
    assert meta.title == "Dit træningsprogram – Mette Hansen"
    assert meta.author == "Anne Holm"
    assert reader(pdf).trailer["/Root"].get("/Lang") == "da-DK"


def test_stop_box_always_there_with_its_own_title(store, tmp_path):
    """The programme lists no advice; the stop box is printed anyway, with the app's own text
    (issue 12): a library's stop module cannot change where a patient is sent."""
    text = flat(all_text(render_program_file(store, four_exercise_program(tmp_path))))
    assert "Hvornår skal du stoppe og ringe?" in text and "Ring 112 med det samme" in text
    assert "Blødning eller veer: ring til din jordemoder." not in text
