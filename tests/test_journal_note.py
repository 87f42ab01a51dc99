"""The journal note for the patient record (issue 16, item 10): the issue-12 case, in Danish."""

from exercise_builder.domain.dosage import Dosage
from exercise_builder.domain.kinds import PatientGroup
from exercise_builder.domain.models import Program, ProgramAid, ProgramItem, ProgramOptions
from exercise_builder.services.handout_jobs import handout_data
from exercise_builder.services.journal_note import journal_note


def case_programme(store, **changes) -> Program:
    ref = store.catalogue.resolve
    fields = dict(
        date="2026-12-01",
        therapist="Anne Holm",
        patient_group=PatientGroup.PREGNANT,
        frequency="2–3 gange dagligt",
        items=(
            ProgramItem(ref("exercise", "kat-ko"), Dosage.from_json({"reps": 10})),
            ProgramItem(ref("exercise", "baekkencirkler-paa-bold"), Dosage.from_json({"reps": 10, "per_side": True})),
            ProgramItem(ref("exercise", "knaesving-rygliggende"), Dosage.from_json({"reps": "8–10"}), "Små\nudsving"),
            ProgramItem(ref("exercise", "vaegtskift-staaende"), Dosage.from_json({"duration_minutes": 1})),
        ),
        aids=(ProgramAid(ref("aid", "satinlagen")), ProgramAid(ref("aid", "baekkenbaelte"), "Ved gang")),
        advice=(ref("advice", "om-baekkensmerter"),),
        options=ProgramOptions(diary=True),
    )
    fields.update(changes)
    return Program(**fields)


def test_note_for_the_issue_12_case(shipped_store):
    note = journal_note(handout_data(shipped_store, case_programme(shipped_store)))
    assert note == (
        "Hjemmetræningsprogram udleveret 01.12.2026 af Anne Holm.\n"
        "Patientgruppe: gravid.\n"
        "Øvelser:\n"
        "- Kat og ko: 10 gentagelser. Formål: bevægelighed, lænd.\n"
        "- Bækkencirkler på bold: 10 gentagelser på hver side. Formål: bevægelighed, bækken.\n"
        "- Knæsving på ryggen: 8–10 gentagelser (Små udsving). Formål: bevægelighed, lænd.\n"
        "- Vægtskift stående: 1 minut. Formål: balance, stabilitet, bækken.\n"
        "Samlet hyppighed: 2–3 gange dagligt.\n"
        "Hjælpemidler: Satinlagen, Bækkenbælte (Ved gang).\n"
        "Råd givet: Om bækkensmerter i graviditeten, Hvornår skal du stoppe og ringe?\n"
        "Udleveret som skriftligt program (PDF): detaljeret layout, dansk, med træningsdagbog.\n"
    )


def test_note_is_danish_for_an_english_handout_and_names_it(shipped_store):
    program = case_programme(
        shipped_store,
        items=(),
        aids=(),
        advice=(),
        therapist="",
        patient_group=PatientGroup.OTHER,
        options=ProgramOptions(layout="compact", language="en", large_print=True),
    )
    note = journal_note(handout_data(shipped_store, program))
    assert note.splitlines()[0] == "Hjemmetræningsprogram udleveret 01.12.2026."
    assert "Patientgruppe" not in note  # said only for pregnancy and after birth
    assert "Øvelser: ingen." in note
    assert "Råd givet: Hvornår skal du stoppe og ringe?" in note  # the stop box is always handed out
    assert note.endswith("kompakt layout, engelsk, stor skrift.\n")
