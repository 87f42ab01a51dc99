"""The plain records of the domain: exercises, aids, advice, templates, programmes, clinic."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from .dosage import Dosage
from .errors import UserError
from .kinds import AdviceKind, ImageVariant, Language, Layout, PatientGroup
from .messages import Phrase

# the old names, kept for their many callers: the StrEnums in kinds.py are the declarations
LANGUAGES: tuple[str, ...] = tuple(Language)
LAYOUTS: tuple[str, ...] = tuple(Layout)
ADVICE_KINDS: tuple[str, ...] = tuple(AdviceKind)


class FieldError(UserError, ValueError):
    """A record field with a wrong or missing value; `field` names it (dotted for nesting).
    `reason` is what is wrong with it: a message key ("field.missing") and its values, worded in
    the language of the sentence it goes into (a Phrase)."""

    def __init__(self, field_name: str, reason_key: str, /, **values: Any) -> None:
        self.field = field_name
        self.reason = Phrase(reason_key, **values)
        super().__init__("record.field", field=field_name, reason=self.reason)


def new_id() -> str:
    return str(uuid.uuid4())


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def in_language(text: str, phrases: dict[str, dict[str, str]], language: str) -> str:
    """A text the library supplied, in `language` when the library gave it one; typed text as is."""
    table = phrases.get(text.strip())
    return (table.get(language) or text) if table else text


def pick(texts: dict[str, Any], language: str) -> Any:
    """The text in `language`, falling back to Danish, then to any language present."""
    if texts.get(language):
        return texts[language]
    if texts.get("da"):
        return texts["da"]
    return next((value for value in texts.values() if value), "")


@dataclass(frozen=True, slots=True)
class ImageRef:
    file: str
    author: str = ""
    licence: str = ""
    sha256: str = ""
    variant: ImageVariant = ImageVariant.GENERAL  # PREGNANT: drawn for pregnancy only


def images_for(images: tuple[ImageRef, ...], group: PatientGroup) -> tuple[ImageRef, ...]:
    """The pictures a patient's handout shows: in pregnancy the pregnant variants when there are
    any, else the general ones; for everyone else only the general ones."""
    if group == PatientGroup.PREGNANT:
        pregnant = tuple(image for image in images if image.variant == ImageVariant.PREGNANT)
        if pregnant:
            return pregnant
    return tuple(image for image in images if image.variant == ImageVariant.GENERAL)


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    slug: str
    title: dict[str, str]
    steps: dict[str, list[str]]
    region: str = ""
    position: str = ""
    tags: tuple[str, ...] = ()
    dosage: Dosage = field(default_factory=Dosage)
    images: tuple[ImageRef, ...] = ()
    late_pregnancy: dict[str, str] = field(default_factory=dict)
    updated: str = ""
    aids: tuple[str, ...] = ()  # UUIDs of the aids the exercise uses (a file may name them by slug)
    phrases: dict[str, dict[str, str]] = field(default_factory=dict)  # library text (Danish) → per language
    easier: str = ""  # slug or UUID of the easier variant in its progression chain ("" if none)
    harder: str = ""  # slug or UUID of the harder variant

    def title_in(self, language: str) -> str:
        return pick(self.title, language)

    def steps_in(self, language: str) -> list[str]:
        return list(pick(self.steps, language) or [])


@dataclass(frozen=True, slots=True)
class Aid:
    id: str
    slug: str
    title: dict[str, str]
    description: dict[str, str] = field(default_factory=dict)
    usage: dict[str, list[str]] = field(default_factory=dict)
    images: tuple[ImageRef, ...] = ()
    updated: str = ""

    def title_in(self, language: str) -> str:
        return pick(self.title, language)


@dataclass(frozen=True, slots=True)
class AdviceModule:
    id: str
    slug: str
    title: dict[str, str]
    body: dict[str, list[str]]
    kind: str = AdviceKind.INFO
    updated: str = ""

    def title_in(self, language: str) -> str:
        return pick(self.title, language)


@dataclass(frozen=True, slots=True)
class TemplateItem:
    exercise: str  # UUID or slug
    dosage: Dosage = field(default_factory=Dosage)
    note: str = ""


@dataclass(frozen=True, slots=True)
class TemplateAid:
    aid: str  # UUID or slug
    note: str = ""


@dataclass(frozen=True, slots=True)
class Template:
    id: str
    slug: str
    title: dict[str, str]
    description: dict[str, str] = field(default_factory=dict)
    frequency: str = ""
    items: tuple[TemplateItem, ...] = ()
    aids: tuple[TemplateAid, ...] = ()
    advice: tuple[str, ...] = ()
    updated: str = ""
    patient_group: PatientGroup = PatientGroup.OTHER  # set on the programme the template starts
    phrases: dict[str, dict[str, str]] = field(default_factory=dict)  # its notes and frequencies per language

    def title_in(self, language: str) -> str:
        return pick(self.title, language)


@dataclass(frozen=True, slots=True)
class ProgramItem:
    exercise_id: str
    dosage: Dosage = field(default_factory=Dosage)
    note: str = ""


@dataclass(frozen=True, slots=True)
class ProgramAid:
    aid_id: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class ProgramOptions:
    layout: str = "detailed"
    large_print: bool = False
    diary: bool = False
    language: str = "da"


@dataclass(frozen=True, slots=True)
class Program:
    """A patient's programme. `version` counts saves, for the lost-update check."""

    id: str = field(default_factory=new_id)
    patient_name: str = ""
    patient_group: PatientGroup = PatientGroup.OTHER
    date: str = field(default_factory=lambda: dt.date.today().isoformat())
    therapist: str = ""
    frequency: str = ""
    message: str = ""
    items: tuple[ProgramItem, ...] = ()
    aids: tuple[ProgramAid, ...] = ()
    advice: tuple[str, ...] = ()
    options: ProgramOptions = field(default_factory=ProgramOptions)
    version: int = 0
    handed_out: bool = False
    parent_id: str = ""

    def with_(self, **changes: Any) -> Program:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class ClinicProfile:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    therapist_name: str = ""
    therapist_title: str = ""
    logo_sha256: str = ""
