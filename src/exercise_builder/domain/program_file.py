"""The `.ebprog` program file: JSON with validation that names the offending key."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

from .dosage import Dosage
from .errors import UserError
from .kinds import ItemKind, PatientGroup
from .messages import one_line
from .models import LANGUAGES, LAYOUTS, Program, ProgramAid, ProgramItem, ProgramOptions
from .plain_text import bad_character

FORMAT = "exercise-builder-program"
FORMAT_VERSION = 1

Resolver = Callable[[str], str | None]  # UUID or slug → UUID, None if unknown
Suggester = Callable[[str], list[str]]  # an unknown reference → the closest known slugs

_TOP = {
    "format",
    "format_version",
    "patient",
    "date",
    "therapist",
    "frequency",
    "message",
    "items",
    "aids",
    "advice",
    "options",
    "id",
    "library",
}
_ITEM = {"exercise", "sets", "reps", "hold_seconds", "duration_minutes", "per_side", "frequency", "note"}
_OPTIONS = {"layout", "large_print", "diary", "language"}

# What one field may hold: generous for real use, and bounded so a file cannot make the
# handout run for minutes (characters per text, entries per list, size of a count).
MAX_CHARS = {"patient.name": 200, "therapist": 200, "frequency": 500, "message": 5_000, "note": 2_000, "reference": 200}
MAX_ENTRIES = {"items": 200, "aids": 100, "advice": 100}
MAX_COUNT = 10_000
# all of the programme's text together (message, frequencies, notes): 200 items × 2,000-character
# notes took 55–145 s to render; this much renders in bounded time (docs/formats.md)
MAX_TOTAL_CHARS = 20_000


class ProgramFileError(UserError, ValueError):
    """One plain sentence about what is wrong with a program file."""


class ProgramFileRefusal(ProgramFileError, UserError):
    """A program-file refusal worded through `messages.MESSAGES` (caught as either type)."""

    def __init__(self, key: str, **values: Any) -> None:
        UserError.__init__(self, key, **values)


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def program_id(value: str) -> str | None:
    """The id in its usual lowercase spelling if `value` is a UUID, else None.
    Ids name the draft files, so nothing but a UUID may pass."""
    return value.lower() if isinstance(value, str) and _UUID.fullmatch(value) else None


def _get(data: dict, key: str, expected: type, default: Any, where: str) -> Any:
    value = data.get(key, default)
    if value is None:
        return default
    if expected is not bool and isinstance(value, bool):
        raise ProgramFileError(_WRONG_TYPE[expected] + "-not-boolean", field=f"{where}{key}")
    if not isinstance(value, expected):
        raise ProgramFileError(_WRONG_TYPE[expected], field=f"{where}{key}")
    return value


_MULTI_LINE = {"message", "note", "frequency"}
_CALENDAR_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _plain(value: str, field: str, multi_line: bool) -> str:
    """Refuse a lone surrogate, a control character or a bidi override (saving would fail, or
    the printed text be reordered)."""
    char = bad_character(value, multi_line=multi_line)
    if char:
        raise ProgramFileRefusal("program-file.bad-character", field=field, char=char)
    return value


def _text(data: dict, key: str, where: str, limit: int) -> str:
    value = _get(data, key, str, "", where)
    if len(value) > limit:
        raise ProgramFileRefusal("program-file.too-long", field=f"{where}{key}", length=len(value), limit=limit)
    return _plain(value, f"{where}{key}", key in _MULTI_LINE)


def _entries(data: dict, key: str) -> list:
    value = _get(data, key, list, [], "")
    if len(value) > MAX_ENTRIES[key]:
        raise ProgramFileRefusal("program-file.too-many", field=key, count=len(value), limit=MAX_ENTRIES[key])
    return value


def _no_unknown(data: dict, allowed: set[str], where: str) -> None:
    for key in data:
        if key not in allowed:
            raise ProgramFileError("program-file.unknown-key", field=f"{where}{key}")


def _bounded(dosage: Dosage, where: str) -> None:
    """Counts a person can do, and a frequency of at most MAX_CHARS["frequency"] characters."""
    for key in ("sets", "reps", "hold_seconds", "duration_minutes"):
        value = getattr(dosage, key)
        high = value if isinstance(value, int) else getattr(value, "high", 0)
        if high > MAX_COUNT:
            raise ProgramFileRefusal("program-file.count-too-big", field=f"{where}{key}", limit=MAX_COUNT)
    if len(dosage.frequency) > MAX_CHARS["frequency"]:
        raise ProgramFileRefusal(
            "program-file.too-long",
            field=f"{where}frequency",
            length=len(dosage.frequency),
            limit=MAX_CHARS["frequency"],
        )
    _plain(dosage.frequency, f"{where}frequency", True)


def _unknown(kind: ItemKind, ref: str, field: str, number: int | None, suggest: Suggester | None) -> ProgramFileError:
    """An unknown reference, with the closest slug when there is one ("did you mean")."""
    close = suggest(ref) if suggest else []
    numbered = {"number": number} if number is not None else {}
    if close:
        return ProgramFileError(_UNKNOWN[kind] + "-did-you-mean", ref=ref, field=field, suggestion=close[0], **numbered)
    return ProgramFileError(_UNKNOWN[kind], ref=ref, field=field, **numbered)


# the keys of messages.MESSAGES for a wrong type and an unknown reference (each a constant there)
_WRONG_TYPE = {
    str: "program-file.must-be-text",
    int: "program-file.must-be-whole-number",
    list: "program-file.must-be-list",
    dict: "program-file.must-be-object",
    bool: "program-file.must-be-true-or-false",
}
_UNKNOWN = {
    ItemKind.EXERCISE: "program-file.unknown-exercise",
    ItemKind.AID: "program-file.unknown-aid",
    ItemKind.ADVICE: "program-file.unknown-advice",
}


def _object(pairs: list[tuple[str, Any]]) -> dict:
    """A JSON object whose keys are unique: with a key twice, which one counts is anyone's guess."""
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        key = ""
        for key, _ in pairs:
            if key in seen:
                break
            seen.add(key)
        raise ProgramFileRefusal("program-file.duplicate-key", name=one_line(key)[:80])
    return data


def load_program_json(text: str | bytes) -> Any:
    """The file's JSON, or one sentence about why it is not JSON."""
    try:
        data = json.loads(text, object_pairs_hook=_object)
    except ProgramFileError:
        raise
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        if isinstance(error, json.JSONDecodeError):
            raise ProgramFileError("program-file.not-json-at-line", line=error.lineno) from None
        raise ProgramFileError("program-file.not-json") from None
    except ValueError:  # an integer of more than 4,300 digits (Python's int-from-text limit)
        raise ProgramFileRefusal("program-file.big-number") from None
    except RecursionError:
        raise ProgramFileError("program-file.too-deep") from None
    return data


def parse_program_text(
    text: str | bytes, exercise: Resolver, aid: Resolver, advice: Resolver, suggest: Suggester | None = None
) -> Program:
    return parse_program(load_program_json(text), exercise, aid, advice, suggest)


def parse_program(
    data: Any,
    exercise: Resolver,
    aid: Resolver,
    advice: Resolver,
    suggest: Suggester | None = None,
    missing: list[tuple[ItemKind, str]] | None = None,
) -> Program:
    """A Program from the file's JSON; every reference resolved to a UUID. With a `missing`
    list, an unknown exercise, aid or advice module is left out and noted there as (kind, ref)
    instead of failing the whole file."""
    if not isinstance(data, dict):
        raise ProgramFileError("program-file.not-an-object")
    _no_unknown(data, _TOP, "")
    if data.get("format") != FORMAT:
        raise ProgramFileError("program-file.wrong-format", format=FORMAT)
    version = _get(data, "format_version", int, None, "")
    if version != FORMAT_VERSION:
        raise ProgramFileError("program-file.wrong-version", version=repr(version), expected=FORMAT_VERSION)

    patient = _get(data, "patient", dict, {}, "")
    _no_unknown(patient, {"name", "group"}, "patient.")
    group_text = _get(patient, "group", str, PatientGroup.OTHER.value, "patient.")
    try:
        group = PatientGroup(group_text)
    except ValueError:
        choices = ", ".join(f'"{g.value}"' for g in PatientGroup)
        raise ProgramFileError("program-file.bad-patient-group", choices=choices, group=repr(group_text)) from None
    date = _text(data, "date", "", 40) or dt.date.today().isoformat()
    try:
        if not _CALENDAR_DATE.match(date):  # fromisoformat also takes week dates (2026-W01) and 20260101
            raise ValueError(date)
        dt.date.fromisoformat(date)
    except ValueError:
        raise ProgramFileError("program-file.bad-date", date=repr(date)) from None

    items = []
    for index, raw in enumerate(_entries(data, "items")):
        where = f"items[{index}]."
        if not isinstance(raw, dict):
            raise ProgramFileError("program-file.item-not-an-object", index=index, number=index + 1)
        _no_unknown(raw, _ITEM, where)
        ref = _text(raw, "exercise", where, MAX_CHARS["reference"])
        if not ref:
            raise ProgramFileError("program-file.item-without-exercise", index=index, number=index + 1)
        exercise_id = exercise(ref)
        if exercise_id is None and missing is not None:
            missing.append((ItemKind.EXERCISE, ref))
            continue
        if exercise_id is None:
            raise _unknown(ItemKind.EXERCISE, ref, f"{where}exercise", index + 1, suggest)
        try:
            dosage = Dosage.from_json({k: v for k, v in raw.items() if k not in ("exercise", "note")})
        except ValueError as error:
            raise ProgramFileError(
                "program-file.bad-dosage", index=index, number=index + 1, ref=ref, reason=error
            ) from None
        _bounded(dosage, where)
        items.append(ProgramItem(exercise_id, dosage, _text(raw, "note", where, MAX_CHARS["note"])))
    if "items" not in data:
        raise ProgramFileError("program-file.no-items")

    aids = []
    for index, raw in enumerate(_entries(data, "aids")):
        where = f"aids[{index}]."
        if isinstance(raw, str):
            raw = {"aid": raw}
        if not isinstance(raw, dict):
            raise ProgramFileError("program-file.aid-not-an-object", index=index)
        _no_unknown(raw, {"aid", "note"}, where)
        ref = _text(raw, "aid", where, MAX_CHARS["reference"])
        aid_id = aid(ref) if ref else None
        if aid_id is None and ref and missing is not None:
            missing.append((ItemKind.AID, ref))
            continue
        if aid_id is None:
            raise _unknown(ItemKind.AID, ref, f"{where}aid", None, suggest)
        aids.append(ProgramAid(aid_id, _text(raw, "note", where, MAX_CHARS["note"])))

    advice_ids = []
    for index, ref in enumerate(_entries(data, "advice")):
        if not isinstance(ref, str):
            raise ProgramFileError("program-file.advice-not-text", index=index)
        if len(ref) > MAX_CHARS["reference"]:
            raise ProgramFileRefusal(
                "program-file.too-long", field=f"advice[{index}]", length=len(ref), limit=MAX_CHARS["reference"]
            )
        _plain(ref, f"advice[{index}]", False)
        advice_id = advice(ref)
        if advice_id is None and missing is not None:
            missing.append((ItemKind.ADVICE, ref))
            continue
        if advice_id is None:
            raise _unknown(ItemKind.ADVICE, ref, f"advice[{index}]", None, suggest)
        advice_ids.append(advice_id)

    raw_options = _get(data, "options", dict, {}, "")
    _no_unknown(raw_options, _OPTIONS, "options.")
    options = ProgramOptions(
        layout=_get(raw_options, "layout", str, "detailed", "options."),
        large_print=_get(raw_options, "large_print", bool, False, "options."),
        diary=_get(raw_options, "diary", bool, False, "options."),
        language=_get(raw_options, "language", str, "da", "options."),
    )
    if options.layout not in LAYOUTS:
        raise ProgramFileError("program-file.bad-layout", choices=", ".join(LAYOUTS))
    if options.language not in LANGUAGES:
        raise ProgramFileError("program-file.bad-language", choices=", ".join(LANGUAGES))

    fields: dict[str, Any] = {}
    if data.get("id"):
        raw_id = _get(data, "id", str, "", "")
        fields["id"] = program_id(raw_id)
        if fields["id"] is None:
            raise ProgramFileRefusal("program-file.bad-id", value=raw_id)
    program = Program(
        patient_name=_text(patient, "name", "patient.", MAX_CHARS["patient.name"]),
        patient_group=group,
        date=date,
        therapist=_text(data, "therapist", "", MAX_CHARS["therapist"]),
        frequency=_text(data, "frequency", "", MAX_CHARS["frequency"]),
        message=_text(data, "message", "", MAX_CHARS["message"]),
        items=tuple(items),
        aids=tuple(aids),
        advice=tuple(advice_ids),
        options=options,
        **fields,
    )
    total = (
        len(program.message)
        + len(program.frequency)
        + sum(len(a.note) for a in program.aids)
        + sum(len(i.note) + len(i.dosage.frequency) for i in program.items)
    )
    if total > MAX_TOTAL_CHARS:
        raise ProgramFileRefusal("program-file.too-much-text", length=total, limit=MAX_TOTAL_CHARS)
    return program


def program_to_json(program: Program) -> dict:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": program.id,
        "patient": {"name": program.patient_name, "group": program.patient_group.value},
        "date": program.date,
        "therapist": program.therapist,
        "frequency": program.frequency,
        "message": program.message,
        "items": [
            {
                "exercise": item.exercise_id,
                **{k: v for k, v in item.dosage.to_json().items() if v is not None},
                "note": item.note,
            }
            for item in program.items
        ],
        "aids": [{"aid": a.aid_id, "note": a.note} for a in program.aids],
        "advice": list(program.advice),
        "options": {
            "layout": program.options.layout,
            "large_print": program.options.large_print,
            "diary": program.options.diary,
            "language": program.options.language,
        },
    }


def program_to_text(program: Program) -> str:
    return json.dumps(program_to_json(program), ensure_ascii=False, indent=2) + "\n"
