"""Issue 12's clinical case, built once: for tests/test_handout_case.py and docs/make_handout_samples.py.

A 33-year-old, week 32+2, pelvic girdle pain: four exercises at 2–3 times daily, two aids, the
advice on pain, movement, sleep and turning, changing position, return to training, the stop box
and the diary; handed over by a clinic that filled in its whole profile (name, address, phone,
e-mail), as a real clinic does. The page limits are measured with that clinic block.

It lives under tests/ (the test is what holds the case to its limits); the docs script puts this
folder on sys.path to draw the same case.
"""

from __future__ import annotations

from pathlib import Path

from exercise_builder.domain.kinds import PatientGroup
from exercise_builder.domain.models import ClinicProfile, Program, ProgramAid, ProgramItem, ProgramOptions

NAME = "Mette Hansen"
DATE = "2026-11-22"
THERAPIST = "Anne Holm"
CLINIC = ClinicProfile(
    name="Fysioterapi Havnegade",
    address="Havnegade 12, 8000 Aarhus C",
    phone="86 12 34 56",
    email="kontakt@havnefys.dk",
    therapist_name=THERAPIST,
    therapist_title="fysioterapeut",
)
EXERCISES = ("kat-ko", "baekkencirkler-paa-bold", "knaesving-rygliggende", "vaegtskift-staaende")
AIDS = ("satinlagen", "baekkenbaelte")
ADVICE = (
    "om-baekkensmerter",
    "bevaegelse-er-godt",
    "soevn-og-vending",
    "skift-stilling",
    "tilbage-til-traening",
    "hvornaar-stoppe",
)


def open_case_store(folder: Path):
    """A store in `folder`, seeded with the shipped library, with the case's clinic filled in."""
    from exercise_builder.services.opening import open_store

    store = open_store(folder)
    store.settings.set_clinic(CLINIC)
    return store


def case(store, options: ProgramOptions, group: PatientGroup = PatientGroup.PREGNANT) -> Program:
    """The case as a programme in `options` (layout, print size, language, diary)."""
    catalogue = store.catalogue
    items = tuple(
        ProgramItem(catalogue.resolve("exercise", slug), catalogue.get("exercise", slug).dosage) for slug in EXERCISES
    )
    return Program(
        patient_name=NAME,
        patient_group=group,
        date=DATE,
        therapist=THERAPIST,
        frequency="2–3 gange dagligt",
        items=items,
        aids=tuple(ProgramAid(catalogue.resolve("aid", slug)) for slug in AIDS),
        advice=tuple(catalogue.resolve("advice", slug) for slug in ADVICE),
        options=options,
    )
