"""The stop box, "when to stop and whom to call": safety text the app owns, per patient group.

Each sign is grouped under the place to turn to (112, the labour ward, the own doctor, the
emergency service, the clinic), following the Danish routes in the clinical notes. It is not a
library item, so no bundle or local edit can change where a bleeding pregnant woman is sent.
Ordinary, known pain is deliberately absent: only new pain, unlike the pain you know, is a sign.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .kinds import PatientGroup

# what makes a programme a back or pelvis programme, which gets the back-pain emergency signs (cauda equina)
BACK_REGIONS = frozenset({"low-back", "pelvis", "pelvic-floor"})
BACK_GROUPS = frozenset({PatientGroup.PREGNANT, PatientGroup.AFTER_BIRTH})
BACK_AIDS = frozenset({"baekkenbaelte"})  # library slugs
BACK_ADVICE = frozenset({"om-baekkensmerter", "ondt-i-ryggen", "langvarige-rygsmerter"})


def treats_back_or_pelvis(group: PatientGroup, regions: set[str], aids: set[str], advice: set[str]) -> bool:
    """Whether a programme (its group, exercise regions, aid and advice slugs) treats the back or pelvis."""
    return bool(group in BACK_GROUPS or regions & BACK_REGIONS or aids & BACK_AIDS or advice & BACK_ADVICE)


@dataclass(frozen=True, slots=True)
class Route:
    """Where to turn, and the signs that send you there."""

    where: str
    signs: tuple[str, ...]
    after: str = ""  # one line under the signs (e.g. the out-of-hours number)


@dataclass(frozen=True, slots=True)
class StopAdvice:
    title: str
    intro: str
    routes: tuple[Route, ...]
    closing: str


_TEXT: dict[str, dict[str, Any]] = {
    "da": {
        "title": "Hvornår skal du stoppe og ringe?",
        "intro": (
            "Smerter, som du kender i forvejen, er ikke et faresignal. "
            "Stop øvelserne og få hjælp, hvis du mærker et af tegnene her."
        ),
        "112": "Ring 112 med det samme",
        "112_signs": (
            "Smerter eller trykken i brystet.",
            "Du får pludselig svært ved at få luft.",
            "Du besvimer eller får krampe.",
            "Du bløder meget og føler dig ved at besvime.",
        ),
        "ward": "Ring til fødegangen med det samme – dag og nat",
        "ward_signs": (
            "Blod fra skeden.",
            "Vand, der løber fra skeden.",
            "Faste veer eller sammentrækninger før uge 37.",
            "Barnet bevæger sig mindre, end det plejer.",
            "Stærke smerter i maven, som ikke går væk.",
            "Slem hovedpine, flimren for øjnene, eller ansigt og hænder hæver pludselig.",
        ),
        "doctor": "Kontakt din egen læge samme dag",
        "doctor_after_birth": "Kontakt din egen læge samme dag (de første dage: stedet, hvor du fødte)",
        "birth_signs": (
            "Du bløder, så et bind er gennemblødt på en time, eller du får store klumper.",
            "Feber.",
            "Et sår eller sting, der er rødt, varmt eller væsker.",
            "Det svier, når du tisser.",
        ),
        "doctor_signs": (
            "En øm og hævet læg i den ene side.",
            "Nye smerter, der er anderledes end dem, du kender, og som ikke letter.",
        ),
        "fever_back": ("Feber og samtidig ondt i ryg eller bækken.",),
        "doctor_after": "Uden for lægens åbningstid: ring til lægevagten (i Region Hovedstaden 1813).",
        "back": "Ring straks til lægevagten eller 112",
        "back_signs": (
            "Du mister følelsen mellem benene eller omkring endetarmen.",
            "Du får nyt besvær med at holde på eller komme af med urin eller afføring.",
            "Dine ben bliver hurtigt mere og mere svage.",
        ),
        "clinic_phone": "Har du spørgsmål om øvelserne, eller gør en øvelse ondt, så ring til os på {phone}.",
        "clinic": "Har du spørgsmål om øvelserne, eller gør en øvelse ondt, så spørg din fysioterapeut.",
    },
    "en": {
        "title": "When to stop and whom to call",
        "intro": (
            "Pain you already know is not a warning sign. "
            "Stop the exercises and get help if you notice one of the signs below."
        ),
        "112": "Call 112 straight away",
        "112_signs": (
            "Pain or pressure in your chest.",
            "Sudden difficulty breathing.",
            "You faint or have a seizure.",
            "Heavy bleeding and you feel faint.",
        ),
        "ward": "Call the labour ward straight away – day or night",
        "ward_signs": (
            "Bleeding from the vagina.",
            "Fluid running from the vagina.",
            "Regular tightenings or contractions before week 37.",
            "Your baby moves less than usual.",
            "Strong pain in your belly that does not go away.",
            "A bad headache, flickering in front of your eyes, or sudden swelling of your face and hands.",
        ),
        "doctor": "Contact your own doctor the same day",
        "doctor_after_birth": "Contact your own doctor the same day (in the first days: the place where you gave birth)",
        "birth_signs": (
            "Bleeding that soaks a pad within an hour, or large clots.",
            "A fever.",
            "A wound or stitches that are red, hot or leaking.",
            "It burns when you pass water.",
        ),
        "doctor_signs": (
            "A sore, swollen calf on one side.",
            "New pain that is different from the pain you know and does not ease.",
        ),
        "fever_back": ("A fever together with back or pelvic pain.",),
        "doctor_after": "Outside your doctor's opening hours: call the out-of-hours doctor (in the Capital Region: 1813).",
        "back": "Call the out-of-hours doctor or 112 at once",
        "back_signs": (
            "You lose feeling between your legs or around your back passage.",
            "New trouble holding or passing urine or stool.",
            "Your legs quickly get weaker and weaker.",
        ),
        "clinic_phone": "If you have questions about the exercises, or an exercise hurts, call us on {phone}.",
        "clinic": "If you have questions about the exercises, or an exercise hurts, ask your physiotherapist.",
    },
}


def stop_advice(group: PatientGroup, language: str, back_or_pelvis: bool = False, clinic_phone: str = "") -> StopAdvice:
    """The stop box for this patient: pregnancy signs only in pregnancy, after-birth signs only
    after birth, the back-pain emergency signs for a back or pelvis programme."""
    t = _TEXT["en" if language == "en" else "da"]
    routes = [Route(t["112"], t["112_signs"])]  # by urgency: 112, the back emergency, the ward, the doctor
    if back_or_pelvis:
        routes.append(Route(t["back"], t["back_signs"]))
    if group == PatientGroup.PREGNANT:
        routes.append(Route(t["ward"], t["ward_signs"]))
    if group == PatientGroup.AFTER_BIRTH:
        # any fever is a sign after birth ("Feber."), so no second line for fever with back pain
        routes.append(Route(t["doctor_after_birth"], t["birth_signs"] + t["doctor_signs"], t["doctor_after"]))
    else:
        calf, *rest = t["doctor_signs"]
        routes.append(Route(t["doctor"], (calf, *t["fever_back"], *rest), t["doctor_after"]))
    phone = " ".join(clinic_phone.split())
    closing = t["clinic_phone"].format(phone=phone) if phone else t["clinic"]
    return StopAdvice(t["title"], t["intro"], tuple(routes), closing)


def all_texts(language: str) -> list[str]:
    """Every sentence the box can print, for readability and wording checks."""
    t = _TEXT[language]
    return [value for value in t.values() if isinstance(value, str)] + [
        sign for value in t.values() if isinstance(value, tuple) for sign in value
    ]
