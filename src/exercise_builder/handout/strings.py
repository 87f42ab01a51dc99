"""The handout's fixed wording in Danish and English."""

from __future__ import annotations

import datetime as dt

STRINGS = {
    "da": {
        "title": "Dit træningsprogram",
        "patient": "Til",
        "phone": "Tlf.",
        "date": "Dato",
        "therapist": "Fysioterapeut",
        "frequency": "Lav øvelserne {frequency}.",
        "frequency_unless": "Lav øvelserne {frequency}, hvis der ikke står andet ved øvelsen.",
        "exercises": "Dine øvelser",
        "dosage": "Sådan doserer du",
        "note": "Bemærk",
        "aids": "Hjælpemidler",
        "how_to_use": "Sådan bruger du det",
        "advice": "Gode råd",
        "message": "Besked fra din fysioterapeut",
        "continued": "{title} (fortsat)",
        "page": "Side {page} af {pages}",
        "late_pregnancy": "Tip",
        "tip_as_before": "Se tippet ved øvelse {letter}.",
        "diary": "Dagbog – to uger",
        "diary_howto": (
            "Sæt et kryds, hver gang du har lavet øvelserne. Giv én gang om dagen dine smerter "
            "et tal fra 0 til 10 (0 = ingen smerter, 10 = værst tænkelige)."
        ),
        "diary_optional_means": "Et felt med \"evt.\" er til en ekstra gang, hvis du har lyst og tid.",
        "diary_day": "Dag",
        "diary_date": "Dato",
        "diary_sessions": "Øvelser lavet",
        "diary_optional": "evt.",
        "diary_notes": "Noter",
        "diary_pain": "Smerter i dag (0–10)",
        "subject": "Hjemmeøvelser",
        "months": (
            "januar",
            "februar",
            "marts",
            "april",
            "maj",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "december",
        ),
    },
    "en": {
        "title": "Your exercise programme",
        "patient": "For",
        "phone": "Tel.",
        "date": "Date",
        "therapist": "Physiotherapist",
        "frequency": "Do the exercises {frequency}.",
        "frequency_unless": "Do the exercises {frequency}, unless the exercise says otherwise.",
        "exercises": "Your exercises",
        "dosage": "How much",
        "note": "Note",
        "aids": "Aids",
        "how_to_use": "How to use it",
        "advice": "Advice",
        "message": "A message from your physiotherapist",
        "continued": "{title} (continued)",
        "page": "Page {page} of {pages}",
        "late_pregnancy": "Tip",
        "tip_as_before": "See the tip for exercise {letter}.",
        "diary": "Diary – two weeks",
        "diary_howto": (
            "Tick a box each time you have done the exercises. Once a day, give your pain "
            "a number from 0 to 10 (0 = no pain, 10 = worst imaginable)."
        ),
        "diary_optional_means": "A box marked \"extra\" is for one more time, if you feel like it and have time.",
        "diary_day": "Day",
        "diary_date": "Date",
        "diary_sessions": "Exercises done",
        "diary_optional": "extra",
        "diary_notes": "Notes",
        "diary_pain": "Pain today (0–10)",
        "subject": "Home exercises",
        "months": (
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
    },
}


def text(language: str, key: str, **values: object) -> str:
    table = STRINGS.get(language, STRINGS["da"])
    template = str(table[key])
    return template.format(**values) if values else template


def long_date(iso: str, language: str) -> str:
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    month = STRINGS.get(language, STRINGS["da"])["months"][day.month - 1]
    return f"{day.day} {month} {day.year}" if language == "en" else f"{day.day}. {month} {day.year}"
