"""A picture shown by many items of a programme (the largest accepted has 200) costs once: a
photo is decoded and scaled once, not for every item and every render of the preview, and a
figure's shapes are in the PDF once, drawn by every item (issue 13: such a handout took ~16 s)."""

from __future__ import annotations

import io
from dataclasses import replace

from PIL import Image
from PIL.JpegImagePlugin import JpegImageFile

from exercise_builder.domain.dosage import Dosage, Range
from exercise_builder.domain.models import ImageRef, Program, ProgramItem
from exercise_builder.services.handout_jobs import render_program
from pdf_reading import reader


def _photo(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (2000, 1500), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def _with_photo(store, slug: str, colour: tuple[int, int, int]) -> str:
    sha = store.media.add(_photo(colour), ".jpg")
    exercise = store.catalogue.get("exercise", slug)
    store.catalogue.save("exercise", replace(exercise, images=(ImageRef("foto.jpg", "Klinik", "", sha),)))
    return exercise.id


def _decodes(monkeypatch) -> list[tuple[int, int]]:
    """The photos decoded for scaling (draft mode: reportlab's own reading of the scaled copy
    does not ask for it)."""
    calls: list[tuple[int, int]] = []
    draft = JpegImageFile.draft

    def counted(image, mode, size):
        calls.append(image.size)
        return draft(image, mode, size)

    monkeypatch.setattr(JpegImageFile, "draft", counted)
    return calls


def test_a_photo_used_by_many_items_is_decoded_once(store, monkeypatch):
    same = _with_photo(store, "muslingen", (200, 120, 40))
    other = _with_photo(store, "kat-ko", (40, 120, 200))
    items = [ProgramItem(same, Dosage(reps=Range(10, 10)), "") for _ in range(12)]
    items.append(ProgramItem(other, Dosage(reps=Range(10, 10)), ""))
    program = Program(patient_name="P", therapist="A", items=tuple(items))
    decodes = _decodes(monkeypatch)
    first = render_program(store, program)
    assert len(decodes) == 2  # each photo once
    again = render_program(store, program)
    assert len(decodes) == 2  # the next render of the preview decodes nothing
    assert len(first) == len(again)
    pictures = {
        (xobject["/Width"], xobject["/Height"])
        for page in reader(first).pages
        for xobject in (page["/Resources"].get("/XObject") or {}).values()
        for xobject in [xobject.get_object()]
        if xobject.get("/Subtype") == "/Image"
    }
    assert len(pictures) == 1, pictures  # both photos scaled to the same size for the same column
    assert reader(first).pages  # a valid PDF with both photos


def test_a_changed_photo_is_not_taken_from_the_cache(store):
    """The cache is by content: a new photo on the same exercise is the one printed."""
    for colour in ((255, 0, 0), (0, 0, 255)):
        exercise = _with_photo(store, "muslingen", colour)
        pdf = render_program(store, Program(items=(ProgramItem(exercise, Dosage(reps=Range(10, 10)), ""),)))
        (printed,) = [image.image for page in reader(pdf).pages for image in page.images]
        red, _green, blue = printed.convert("RGB").getpixel((5, 5))
        assert (red > blue) == (colour[0] > colour[2]), (colour, printed.getpixel((5, 5)))


def _forms(pdf: bytes) -> tuple[set, int]:
    """(the form XObjects the pages use, how many times the pages draw one)."""
    forms, drawn = set(), 0
    for page in reader(pdf).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        names = {name for name, ref in xobjects.items() if ref.get_object().get("/Subtype") == "/Form"}
        forms |= {xobjects.raw_get(name).idnum for name in names}
        content = page.get_contents().get_data().decode("latin-1")
        drawn += sum(content.count(f"{name} Do") for name in names)
    return forms, drawn


def test_a_figure_used_by_many_items_is_in_the_pdf_once(shipped_store):
    store = shipped_store
    muslingen = store.catalogue.resolve("exercise", "muslingen")
    bridge = store.catalogue.resolve("exercise", "kort-bro")
    items = [ProgramItem(muslingen, Dosage(reps=Range(10, 10)), "") for _ in range(6)]
    items.append(ProgramItem(bridge, Dosage(reps=Range(10, 10)), ""))
    pdf = render_program(store, Program(patient_name="P", therapist="A", items=tuple(items)))
    forms, drawn = _forms(pdf)
    assert len(forms) == 2  # one figure each
    assert drawn == 7
    one = render_program(store, Program(items=(ProgramItem(muslingen, Dosage(reps=Range(10, 10)), ""),)))
    assert len(pdf) < 3 * len(one)  # six copies of the figure would be far larger
