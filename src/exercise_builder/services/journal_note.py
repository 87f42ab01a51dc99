"""The journal note: the Danish plain text a therapist pastes into the patient record, saying
which exercises were given with what dose and purpose, the aids and advice, and the handout.

A pure function of the handout's data, so the note says exactly what the handout says."""

from __future__ import annotations

import datetime as dt

from ..domain.kinds import PatientGroup
from ..domain.models import Exercise
from ..domain.stop_signs import stop_advice
from ..domain.vocabulary import REGIONS, TAGS, name
from ..handout.model import HandoutData

LAYOUT_WORDS = {"detailed": "detaljeret layout", "compact": "kompakt layout"}
LANGUAGE_WORDS = {"da": "dansk", "en": "engelsk"}
GROUP_TAGS = {"pregnancy", "after-birth"}  # say who it is for, not what it trains
GROUP_WORDS = {PatientGroup.PREGNANT: "gravid", PatientGroup.AFTER_BIRTH: "efter fødsel"}


def _date(iso: str) -> str:
    try:
        return dt.date.fromisoformat(iso).strftime("%d.%m.%Y")
    except ValueError:
        return iso


def _line(text: str) -> str:
    """User text on one line: a record system must not get a stray line break mid-entry."""
    return " ".join(str(text).split())


def _sentence(items: list[str]) -> str:
    text = ", ".join(items)
    return text if text.endswith(("?", "!", ".")) else text + "."


def _purpose(exercise: Exercise) -> str:
    """What the exercise is for: its aims (tags) and the body region, in Danish."""
    aims = [name(TAGS, tag).lower() for tag in exercise.tags if tag not in GROUP_TAGS]
    if exercise.region:
        aims.append(name(REGIONS, exercise.region).lower())
    return ", ".join(aims)


def journal_note(data: HandoutData) -> str:
    """The note in Danish (the record's language), whatever the handout's language."""
    program = data.program
    lines = [
        f"Hjemmetræningsprogram udleveret {_date(program.date)}"
        + (f" af {_line(program.therapist)}" if program.therapist.strip() else "")
        + "."
    ]
    if program.patient_group in GROUP_WORDS:
        lines.append(f"Patientgruppe: {GROUP_WORDS[program.patient_group]}.")
    if program.items:
        lines.append("Øvelser:")
        for item in program.items:
            exercise = data.exercises.get(item.exercise_id)
            title = _line(exercise.title_in("da")) if exercise else "(ukendt øvelse)"
            dose = item.dosage.wording("da")
            entry = f"- {title}" + (f": {dose}" if dose else "")
            if item.note.strip():
                entry += f" ({_line(item.note)})"
            purpose = _purpose(exercise) if exercise else ""
            lines.append(entry + (f". Formål: {purpose}." if purpose else ""))
    else:
        lines.append("Øvelser: ingen.")
    if program.frequency.strip():
        lines.append(f"Samlet hyppighed: {_line(program.frequency)}.")
    if program.aids:
        names = []
        for chosen in program.aids:
            aid = data.aids.get(chosen.aid_id)
            name = _line(aid.title_in("da")) if aid else "(ukendt hjælpemiddel)"
            names.append(name + (f" ({_line(chosen.note)})" if chosen.note.strip() else ""))
        lines.append("Hjælpemidler: " + _sentence(names))
    advice = [
        _line(data.advice[ref].title_in("da"))
        for ref in program.advice
        if ref in data.advice and data.advice[ref].kind != "stop"
    ]
    advice.append(stop_advice(program.patient_group, "da").title)  # every handout prints the app's stop box
    lines.append("Råd givet: " + _sentence(advice))
    options = program.options
    handout = [LAYOUT_WORDS.get(options.layout, options.layout), LANGUAGE_WORDS.get(options.language, options.language)]
    if options.large_print:
        handout.append("stor skrift")
    if options.diary:
        handout.append("med træningsdagbog")
    lines.append("Udleveret som skriftligt program (PDF): " + _sentence(handout))
    return "\n".join(lines) + "\n"
