"""Render sample handouts to PNG for docs/: page 1 of each layout (the clinical article's case:
week 32+2, pelvic girdle pain, built by tests/handout_case.py as the page-limit test builds it),
and every page of the basic template.

Run: .venv/bin/python docs/make_handout_samples.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pypdfium2

from exercise_builder.domain.kinds import PatientGroup
from exercise_builder.domain.models import LAYOUTS, Program, ProgramAid, ProgramItem, ProgramOptions
from exercise_builder.services.handout_jobs import render_program

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent / "tests"))  # the case lives with the test that holds it to its page limits
from handout_case import NAME, THERAPIST, case, open_case_store  # noqa: E402


def program_from_template(store, slug: str, options: ProgramOptions) -> Program:
    template = store.catalogue.get("template", slug)
    resolve = store.catalogue.resolve
    return Program(
        patient_name=NAME,
        therapist=THERAPIST,
        date="2026-11-22",
        frequency=template.frequency,
        message="Husk: det må gerne mærkes, men det skal ikke gøre mere ondt bagefter. Ring, hvis du er i tvivl.",
        items=tuple(ProgramItem(resolve("exercise", i.exercise), i.dosage, i.note) for i in template.items),
        aids=tuple(ProgramAid(resolve("aid", a.aid), a.note) for a in template.aids),
        advice=tuple(resolve("advice", a) for a in template.advice),
        options=options,
    )


def save_pages(pdf: bytes, stem: str, pages: int = 1, scale: float = 1.4) -> None:
    document = pypdfium2.PdfDocument(pdf)
    for old in DOCS.glob(f"{stem}-p*.png"):
        old.unlink()  # a handout that got shorter leaves no stale pages behind
    for index in range(min(pages, len(document))):
        suffix = f"-p{index + 1}" if pages > 1 else ""
        document[index].render(scale=scale).to_pil().save(DOCS / f"{stem}{suffix}.png")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_case_store(Path(tmp))  # the case's clinic: name, address, phone, e-mail
        for layout in LAYOUTS:  # every layout the domain knows: a new one is drawn without editing this
            for large in (False, True):
                for language in ("da", "en"):
                    options = ProgramOptions(layout=layout, large_print=large, language=language, diary=True)
                    program = case(store, options)
                    stem = f"handout-{layout}-{'large' if large else 'normal'}-{language}"
                    save_pages(render_program(store, program), stem)
        basic = program_from_template(store, "skabelon-baekkensmerter-basis", ProgramOptions(diary=True))
        basic = basic.with_(patient_group=PatientGroup.PREGNANT)
        save_pages(render_program(store, basic), "handout-template-basis", pages=5, scale=1.2)
        store.close()


if __name__ == "__main__":
    main()
