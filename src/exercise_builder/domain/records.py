"""Records to and from plain dicts (the TOML files and the JSON kept in the store).

`*_from_dict` validate and raise FieldError naming the field; `*_to_dict` give the file form.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from . import vocabulary
from .dosage import Dosage
from .kinds import AdviceKind, ImageVariant, ItemKind, PatientGroup
from .models import (
    ADVICE_KINDS,
    AdviceModule,
    Aid,
    Exercise,
    FieldError,
    ImageRef,
    Template,
    TemplateAid,
    TemplateItem,
)
from .plain_text import bad_character

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _printable(text: str) -> str:
    """A key as it can be shown in one line: control characters written as escapes."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _check_keys(data: dict, allowed: set[str], prefix: str = "") -> None:
    for key in data:
        if key not in allowed:
            raise FieldError(prefix + _printable(str(key)), "field.unknown-key")


def _text(data: dict, key: str, *, required: bool = False, prefix: str = "") -> str:
    value = data.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise FieldError(prefix + key, "field.must-be-text")
    if required and not value.strip():
        raise FieldError(prefix + key, "field.missing")
    return value


def _timestamp(data: dict) -> str:
    value = data.get("updated", "")
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if not isinstance(value, str):
        raise FieldError("updated", "field.must-be-timestamp")
    return value


def _ident(data: dict) -> tuple[str, str]:
    ident = _text(data, "id", required=True)
    if not UUID.match(ident):
        raise FieldError("id", "field.not-a-uuid", value=ident)
    slug = _text(data, "slug", required=True)
    if not SLUG.match(slug):
        raise FieldError("slug", "field.bad-slug", value=slug)
    return ident.lower(), slug


def _localized(data: dict, key: str, *, required: bool) -> dict[str, str]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise FieldError(key, "field.must-be-language-table")
    out = {}
    for language, text in value.items():
        if not isinstance(text, str):
            raise FieldError(f"{key}.{language}", "field.must-be-text")
        out[str(language)] = text
    if required and not (out.get("da") or "").strip():
        raise FieldError(f"{key}.da", "field.missing")
    return out


def _localized_list(data: dict, key: str, *, required: bool) -> dict[str, list[str]]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise FieldError(key, "field.must-be-language-lists")
    out = {}
    for language, items in value.items():
        if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
            raise FieldError(f"{key}.{language}", "field.must-be-text-list")
        out[str(language)] = list(items)
    if required and not out.get("da"):
        raise FieldError(f"{key}.da", "field.missing")
    return out


def _images(data: dict) -> tuple[ImageRef, ...]:
    value = data.get("images", [])
    if not isinstance(value, list):
        raise FieldError("images", "field.must-be-image-tables")
    images = []
    for index, image in enumerate(value):
        prefix = f"images[{index}]."
        if not isinstance(image, dict):
            raise FieldError(f"images[{index}]", "field.must-be-table")
        _check_keys(image, {"file", "author", "licence", "sha256", "variant"}, prefix)
        file = _text(image, "file", required=True, prefix=prefix)
        if "/" in file or "\\" in file or file.startswith("."):
            raise FieldError(prefix + "file", "field.must-be-plain-file-name", value=file)
        images.append(
            ImageRef(
                file=file,
                author=_text(image, "author", prefix=prefix),
                licence=_text(image, "licence", prefix=prefix),
                sha256=_text(image, "sha256", prefix=prefix),
                variant=_variant(image, prefix),
            )
        )
    return tuple(images)


def _variant(image: dict, prefix: str) -> ImageVariant:
    value = _text(image, "variant", prefix=prefix)
    try:
        return ImageVariant(value)
    except ValueError:
        allowed = ", ".join(repr(v.value) for v in ImageVariant if v.value)
        raise FieldError(prefix + "variant", "field.bad-variant", choices=allowed, value=value) from None


def _phrase(data: dict, key: str, phrases: dict[str, dict[str, str]], prefix: str = "") -> str:
    """A text that may be given per language (`note = {da = "…", en = "…"}`): the Danish is what a
    programme holds; the table is kept in `phrases` so the handout prints the patient's language."""
    value = data.get(key, "")
    if not isinstance(value, dict):
        return _text(data, key, prefix=prefix)
    table = {}
    for language, text in value.items():
        if not isinstance(text, str):
            raise FieldError(f"{prefix}{key}.{language}", "field.must-be-text")
        table[str(language)] = text
    danish = table.get("da", "").strip()
    if not danish:
        raise FieldError(f"{prefix}{key}.da", "field.missing")
    phrases[danish] = table
    return table["da"]


def _phrase_out(text: str, phrases: dict[str, dict[str, str]]) -> str | dict[str, str]:
    table = phrases.get(text.strip()) if text else None
    return dict(table) if table else text


def _dosage(value: Any, prefix: str, phrases: dict[str, dict[str, str]] | None = None) -> Dosage:
    if not isinstance(value, dict):
        raise FieldError(prefix.rstrip("."), "field.must-be-table")
    if isinstance(value.get("frequency"), dict):
        value = {**value, "frequency": _phrase(value, "frequency", phrases if phrases is not None else {}, prefix)}
    try:
        return Dosage.from_json(value)
    except ValueError as error:
        raise FieldError(prefix.rstrip("."), "field.bad-dosage", reason=error) from None


def _images_to_list(images: tuple[ImageRef, ...]) -> list[dict]:
    out = []
    for image in images:
        entry = {"file": image.file, "author": image.author, "licence": image.licence}
        if image.sha256:
            entry["sha256"] = image.sha256
        if image.variant != ImageVariant.GENERAL:
            entry["variant"] = image.variant.value
        out.append(entry)
    return out


def _drop_none(data: dict) -> dict:
    return {key: value for key, value in data.items() if value is not None}


def _dosage_out(dosage: Dosage, phrases: dict[str, dict[str, str]]) -> dict:
    data = _drop_none(dosage.to_json())
    if "frequency" in data:
        data["frequency"] = _phrase_out(data["frequency"], phrases)
    return data


# --- exercises -------------------------------------------------------------------------------

EXERCISE_KEYS = {
    "id",
    "slug",
    "updated",
    "region",
    "position",
    "tags",
    "title",
    "steps",
    "late_pregnancy",
    "dosage",
    "images",
    "aids",
    "easier",
    "harder",
}


def _aid_references(data: dict) -> tuple[str, ...]:
    """The exercise's aids as written: slugs or UUIDs (UUIDs in lower case)."""
    value = data.get("aids", [])
    if not isinstance(value, list):
        raise FieldError("aids", "field.must-be-aid-list")
    out = []
    for index, ref in enumerate(value):
        if not isinstance(ref, str) or not (SLUG.match(ref) or UUID.match(ref)):
            raise FieldError(f"aids[{index}]", "field.bad-aid-reference", value=ref)
        out.append(ref.lower() if UUID.match(ref) else ref)
    return tuple(out)


def _variant_reference(data: dict, key: str) -> str:
    """An easier or harder variant, named by slug or UUID (UUIDs in lower case)."""
    ref = data.get(key, "")
    if not isinstance(ref, str) or (ref and not (SLUG.match(ref) or UUID.match(ref))):
        raise FieldError(key, "field.bad-exercise-reference", value=ref)
    if ref and ref in (data.get("slug"), str(data.get("id", "")).lower()):
        raise FieldError(key, "field.names-itself")
    return ref.lower() if UUID.match(ref) else ref


def exercise_from_dict(data: dict) -> Exercise:
    _check_keys(data, EXERCISE_KEYS)
    ident, slug = _ident(data)
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise FieldError("tags", "field.must-be-text-list")
    phrases: dict[str, dict[str, str]] = {}
    return Exercise(
        id=ident,
        slug=slug,
        title=_localized(data, "title", required=True),
        steps=_localized_list(data, "steps", required=True),
        region=vocabulary.current_region(_text(data, "region")),
        position=_text(data, "position"),
        tags=tuple(tags),
        dosage=_dosage(data.get("dosage", {}), "dosage.", phrases),
        images=_images(data),
        late_pregnancy=_localized(data, "late_pregnancy", required=False),
        updated=_timestamp(data),
        aids=_aid_references(data),
        phrases=phrases,
        easier=_variant_reference(data, "easier"),
        harder=_variant_reference(data, "harder"),
    )


def exercise_to_dict(exercise: Exercise) -> dict:
    data = {
        "id": exercise.id,
        "slug": exercise.slug,
        "updated": exercise.updated,
        "region": exercise.region,
        "position": exercise.position,
        "tags": list(exercise.tags),
        "title": dict(exercise.title),
        "steps": {lang: list(steps) for lang, steps in exercise.steps.items()},
        "dosage": _dosage_out(exercise.dosage, exercise.phrases),
        "images": _images_to_list(exercise.images),
    }
    if exercise.late_pregnancy:
        data["late_pregnancy"] = dict(exercise.late_pregnancy)
    if exercise.aids:  # left out when empty, so exercises without aids keep their content hash
        data["aids"] = list(exercise.aids)
    for key in ("easier", "harder"):  # likewise left out when there is no variant
        if getattr(exercise, key):
            data[key] = getattr(exercise, key)
    return data


# --- aids ------------------------------------------------------------------------------------

AID_KEYS = {"id", "slug", "updated", "title", "description", "usage", "images"}


def aid_from_dict(data: dict) -> Aid:
    _check_keys(data, AID_KEYS)
    ident, slug = _ident(data)
    return Aid(
        id=ident,
        slug=slug,
        title=_localized(data, "title", required=True),
        description=_localized(data, "description", required=False),
        usage=_localized_list(data, "usage", required=False),
        images=_images(data),
        updated=_timestamp(data),
    )


def aid_to_dict(aid: Aid) -> dict:
    return {
        "id": aid.id,
        "slug": aid.slug,
        "updated": aid.updated,
        "title": dict(aid.title),
        "description": dict(aid.description),
        "usage": {lang: list(items) for lang, items in aid.usage.items()},
        "images": _images_to_list(aid.images),
    }


# --- advice modules --------------------------------------------------------------------------

ADVICE_KEYS = {"id", "slug", "updated", "kind", "title", "body"}


def advice_from_dict(data: dict) -> AdviceModule:
    _check_keys(data, ADVICE_KEYS)
    ident, slug = _ident(data)
    kind = _text(data, "kind") or AdviceKind.INFO
    if kind not in ADVICE_KINDS:
        raise FieldError("kind", "field.must-be-one-of", choices=", ".join(ADVICE_KINDS), value=kind)
    return AdviceModule(
        id=ident,
        slug=slug,
        kind=kind,
        title=_localized(data, "title", required=True),
        body=_localized_list(data, "body", required=True),
        updated=_timestamp(data),
    )


def advice_to_dict(advice: AdviceModule) -> dict:
    return {
        "id": advice.id,
        "slug": advice.slug,
        "updated": advice.updated,
        "kind": advice.kind,
        "title": dict(advice.title),
        "body": {lang: list(items) for lang, items in advice.body.items()},
    }


# --- templates -------------------------------------------------------------------------------

TEMPLATE_KEYS = {
    "id",
    "slug",
    "updated",
    "title",
    "description",
    "frequency",
    "items",
    "aids",
    "advice",
    "patient_group",
}
DOSAGE_KEYS = {"sets", "reps", "hold_seconds", "duration_minutes", "per_side", "frequency"}


def template_from_dict(data: dict) -> Template:
    _check_keys(data, TEMPLATE_KEYS)
    ident, slug = _ident(data)
    phrases: dict[str, dict[str, str]] = {}
    for name in ("items", "aids"):
        if not isinstance(data.get(name, []) or [], list):
            raise FieldError(name, "field.must-be-table-list")
    items = []
    for index, item in enumerate(data.get("items", []) or []):
        prefix = f"items[{index}]."
        if not isinstance(item, dict):
            raise FieldError(f"items[{index}]", "field.must-be-table")
        _check_keys(item, DOSAGE_KEYS | {"exercise", "note"}, prefix)
        dosage = _dosage({k: v for k, v in item.items() if k in DOSAGE_KEYS}, prefix, phrases)
        items.append(
            TemplateItem(
                exercise=_text(item, "exercise", required=True, prefix=prefix),
                dosage=dosage,
                note=_phrase(item, "note", phrases, prefix),
            )
        )
    aids = []
    for index, aid in enumerate(data.get("aids", []) or []):
        prefix = f"aids[{index}]."
        if not isinstance(aid, dict):
            raise FieldError(f"aids[{index}]", "field.must-be-table")
        _check_keys(aid, {"aid", "note"}, prefix)
        aids.append(TemplateAid(_text(aid, "aid", required=True, prefix=prefix), _phrase(aid, "note", phrases, prefix)))
    advice = data.get("advice", []) or []
    if not isinstance(advice, list) or not all(isinstance(ref, str) for ref in advice):
        raise FieldError("advice", "field.must-be-reference-list")
    return Template(
        id=ident,
        slug=slug,
        title=_localized(data, "title", required=True),
        description=_localized(data, "description", required=False),
        frequency=_text(data, "frequency"),
        items=tuple(items),
        aids=tuple(aids),
        advice=tuple(advice),
        updated=_timestamp(data),
        patient_group=_patient_group(data),
        phrases=phrases,
    )


def _patient_group(data: dict) -> PatientGroup:
    value = data.get("patient_group", PatientGroup.OTHER.value)
    try:
        return PatientGroup(value)
    except ValueError:
        choices = ", ".join(f'"{g.value}"' for g in PatientGroup)
        raise FieldError("patient_group", "field.must-be-one-of", choices=choices, value=value) from None


def template_to_dict(template: Template) -> dict:
    return {
        "id": template.id,
        "slug": template.slug,
        "updated": template.updated,
        "title": dict(template.title),
        "description": dict(template.description),
        "frequency": template.frequency,
        "patient_group": template.patient_group.value,
        "advice": list(template.advice),
        "items": [
            {
                "exercise": item.exercise,
                **_dosage_out(item.dosage, template.phrases),
                "note": _phrase_out(item.note, template.phrases),
            }
            for item in template.items
        ],
        "aids": [{"aid": aid.aid, "note": _phrase_out(aid.note, template.phrases)} for aid in template.aids],
    }


# kind -> (from a dict, to a dict)
KINDS: dict[str, tuple[Callable[[dict], Any], Callable[[Any], dict]]] = {
    ItemKind.EXERCISE: (exercise_from_dict, exercise_to_dict),
    ItemKind.AID: (aid_from_dict, aid_to_dict),
    ItemKind.ADVICE: (advice_from_dict, advice_to_dict),
    ItemKind.TEMPLATE: (template_from_dict, template_to_dict),
}


# --- bounds on what a bundle or folder may bring in --------------------------------------------
# The same bounds as a programme file (program_file.MAX_*), so an imported item cannot make a
# handout run for minutes; checked where items come in from outside, not on the store's own rows.

MAX_TITLE = 200
# docs/formats.md: 1–6 steps. The shipped exercises have 2–6; a clinic's own may have one ("Gå
# en tur i 20 minutter"), as the app's editor allows, and imports as it was exported.
MAX_STEPS = 6
MAX_PARAGRAPH = 2_000  # one step, paragraph, usage line or description
MAX_PARAGRAPHS = 30  # paragraphs of an advice module or usage lines of an aid
MAX_LANGUAGES = 10
MAX_TAGS = 50
MAX_IMAGES = 20
MAX_IMAGE_NAME = 100


def _check_length(field: str, text: str, limit: int) -> None:
    if len(text) > limit:
        raise FieldError(field, "field.too-long", length=len(text), limit=limit)
    char = bad_character(text)
    if char:
        raise FieldError(field, "field.bad-character", char=char)


def _check_localized(field: str, value: dict, limit: int, entries: int | None = None) -> None:
    if len(value) > MAX_LANGUAGES:
        raise FieldError(field, "field.too-many-languages", count=len(value), limit=MAX_LANGUAGES)
    for language, text in value.items():
        where = f"{field}.{_printable(str(language))[:20]}"
        if isinstance(text, str):
            _check_length(where, text, limit)
            continue
        if entries is not None and len(text) > entries:
            raise FieldError(where, "field.too-many-entries", count=len(text), limit=entries)
        for index, line in enumerate(text):
            _check_length(f"{where}[{index}]", line, limit)


def _check_dosage(prefix: str, dosage: Dosage) -> None:
    from .program_file import MAX_CHARS, MAX_COUNT

    for key in ("sets", "reps", "hold_seconds", "duration_minutes"):
        value = getattr(dosage, key)
        high = value if isinstance(value, int) else getattr(value, "high", 0)
        if high and high > MAX_COUNT:
            raise FieldError(prefix + key, "field.more-than", limit=MAX_COUNT)
    _check_length(prefix + "frequency", dosage.frequency or "", MAX_CHARS["frequency"])


def check_bounds(record: Any) -> None:
    """Raise FieldError when an incoming record holds more than a handout can print in bounded time."""
    from .program_file import MAX_CHARS, MAX_ENTRIES

    _check_localized("title", record.title, MAX_TITLE)
    for images in (getattr(record, "images", ()),):
        if len(images) > MAX_IMAGES:
            raise FieldError("images", "field.too-many-pictures", count=len(images), limit=MAX_IMAGES)
        for index, image in enumerate(images):
            _check_length(f"images[{index}].file", image.file, MAX_IMAGE_NAME)
            _check_length(f"images[{index}].author", image.author, MAX_TITLE)
            _check_length(f"images[{index}].licence", image.licence, MAX_TITLE)
    if isinstance(record, Exercise):
        _check_localized("steps", record.steps, MAX_PARAGRAPH, MAX_STEPS)
        _check_localized("late_pregnancy", record.late_pregnancy, MAX_PARAGRAPH)
        if len(record.tags) > MAX_TAGS or any(len(tag) > MAX_TITLE for tag in record.tags):
            raise FieldError("tags", "field.too-many-tags", count=MAX_TAGS, limit=MAX_TITLE)
        _check_length("position", record.position, MAX_TITLE)
        _check_dosage("dosage.", record.dosage)
        if len(record.aids) > MAX_ENTRIES["aids"]:
            raise FieldError("aids", "field.too-many-aids", limit=MAX_ENTRIES["aids"])
    elif isinstance(record, Aid):
        _check_localized("description", record.description, MAX_PARAGRAPH)
        _check_localized("usage", record.usage, MAX_PARAGRAPH, MAX_PARAGRAPHS)
    elif isinstance(record, AdviceModule):
        _check_localized("body", record.body, MAX_PARAGRAPH, MAX_PARAGRAPHS)
    elif isinstance(record, Template):
        _check_localized("description", record.description, MAX_PARAGRAPH)
        _check_length("frequency", record.frequency, MAX_CHARS["frequency"])
        for name, entries in (("items", record.items), ("aids", record.aids), ("advice", record.advice)):
            if len(entries) > MAX_ENTRIES[name]:
                raise FieldError(name, "field.too-many-entries", count=len(entries), limit=MAX_ENTRIES[name])
        for index, item in enumerate(record.items):
            _check_dosage(f"items[{index}].", item.dosage)
            _check_length(f"items[{index}].note", item.note, MAX_CHARS["note"])
            _check_length(f"items[{index}].exercise", item.exercise, MAX_CHARS["reference"])
        for index, aid in enumerate(record.aids):
            _check_length(f"aids[{index}].note", aid.note, MAX_CHARS["note"])
            _check_length(f"aids[{index}].aid", aid.aid, MAX_CHARS["reference"])
        for index, ref in enumerate(record.advice):
            _check_length(f"advice[{index}]", ref, MAX_CHARS["reference"])
