"""The shipped starter library (resources/exercises): structure and patient-text quality.

Reads the TOML files directly with tomllib, so it checks the files as shipped, independent of
the library reader.
"""

from __future__ import annotations

import re
import tomllib
import uuid
from pathlib import Path

import pytest

from exercise_builder.domain import vocabulary
from exercise_builder.domain.readability import lix
from exercise_builder.domain.wording import find_wording_issues

LIBRARY = Path(__file__).resolve().parents[1] / "resources" / "exercises"
KINDS = ("exercise", "aid", "advice", "template")
MAX_LIX = 35

REGIONS = set(vocabulary.REGIONS)  # "legs" is retired: a shipped exercise names the knee or the ankle
POSITIONS = set(vocabulary.POSITIONS)
TAGS = set(vocabulary.TAGS)
DOSAGE_KEYS = {"sets", "reps", "hold_seconds", "duration_minutes", "per_side", "frequency"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# a hyphen between numbers ("2-3") where Danish typography wants an en dash ("2–3")
HYPHEN_RANGE = re.compile(r"\d\s?-\s?\d")


def _load_items() -> dict[str, list[tuple[Path, dict]]]:
    items: dict[str, list[tuple[Path, dict]]] = {kind: [] for kind in KINDS}
    for folder in sorted(p for p in LIBRARY.iterdir() if p.is_dir()):
        for kind in KINDS:
            path = folder / f"{kind}.toml"
            if path.exists():
                with path.open("rb") as f:
                    items[kind].append((folder, tomllib.load(f)))
    return items


ITEMS = _load_items()
EXERCISES = ITEMS["exercise"]
AIDS = ITEMS["aid"]
ADVICE = ITEMS["advice"]
TEMPLATES = ITEMS["template"]
ALL = [(kind, folder, data) for kind in KINDS for folder, data in ITEMS[kind]]


def _ids(items):
    return [folder.name for folder, _ in items]


def _danish_patient_texts() -> list[tuple[str, str]]:
    """Every Danish text a patient can read, labelled with where it comes from."""
    texts: list[tuple[str, str]] = []
    for kind, folder, data in ALL:
        where = f"{folder.name}/{kind}.toml"
        texts.append((f"{where} title", data["title"]["da"]))
        if kind == "exercise":
            texts += [(f"{where} step {i}", s) for i, s in enumerate(data["steps"]["da"], 1)]
            if "late_pregnancy" in data:
                texts.append((f"{where} late_pregnancy", data["late_pregnancy"]["da"]))
        elif kind == "aid":
            texts.append((f"{where} description", data["description"]["da"]))
            texts += [(f"{where} usage {i}", s) for i, s in enumerate(data["usage"]["da"], 1)]
        elif kind == "advice":
            texts += [(f"{where} body {i}", s) for i, s in enumerate(data["body"]["da"], 1)]
        elif kind == "template":
            texts.append((f"{where} description", data["description"]["da"]))
            for item in data.get("items", []):
                if item.get("note"):
                    texts.append((f"{where} note for {item['exercise']}", _danish(item["note"])))
                if item.get("frequency"):
                    texts.append((f"{where} frequency for {item['exercise']}", _danish(item["frequency"])))
            for aid in data.get("aids", []):
                if aid.get("note"):
                    texts.append((f"{where} note for {aid['aid']}", _danish(aid["note"])))
        if kind == "exercise" and data.get("dosage", {}).get("frequency"):
            texts.append((f"{where} frequency", _danish(data["dosage"]["frequency"])))
    texts += [(f"stop box ({group})", text) for group, text in _stop_box_texts("da")]
    return texts


def _danish(value) -> str:
    return value["da"] if isinstance(value, dict) else value


def _stop_box_texts(language: str) -> list[tuple[str, str]]:
    """The app's own stop box, per patient group, as one text each (LIX counts the whole box)."""
    from exercise_builder.domain.kinds import PatientGroup
    from exercise_builder.domain.stop_signs import stop_advice

    out = []
    for group in PatientGroup:
        box = stop_advice(group, language, back_or_pelvis=True, clinic_phone="12 34 56 78")
        lines = [
            box.title,
            box.intro,
            *(line for route in box.routes for line in (route.where, *route.signs, route.after) if line),
            box.closing,
        ]
        out.append((group.value, "\n".join(lines)))
    return out


def _library_phrases() -> list[tuple[str, object]]:
    """Every text the library gives per language where a plain string once stood."""
    found = []
    for kind, folder, data in ALL:
        if kind == "exercise":
            found.append((folder.name, data.get("dosage", {}).get("frequency")))
        if kind == "template":
            found += [
                (folder.name, entry.get(key))
                for entry in (*data.get("items", []), *data.get("aids", []))
                for key in ("note", "frequency")
            ]
    return [(where, value) for where, value in found if value]


def test_library_notes_and_frequencies_exist_in_both_languages():
    """Issue 12: a per-exercise frequency or a template note prints in the handout's language, so
    a free-text one is a da/en table (a counted one such as "3 gange dagligt" is translated)."""
    from exercise_builder.domain.frequency import parse_frequency

    for where, value in _library_phrases():
        if isinstance(value, str):
            assert parse_frequency(value) is not None, f"{where}: {value!r} has no English"
        else:
            assert value.get("da", "").strip() and value.get("en", "").strip(), where
            assert not re.search(r"[æøå]", value["en"]), where


def test_library_toml():
    with (LIBRARY / "library.toml").open("rb") as f:
        lib = tomllib.load(f)
    assert lib["format_version"] == 1
    uuid.UUID(lib["id"])
    assert lib["name"] == "Exercise Builder – grundbibliotek"
    assert lib["publisher"] == "Exercise Builder"
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", lib["version"]), "a version every start compares"


def test_counts():
    assert len(EXERCISES) >= 40
    assert len(AIDS) == 12
    assert len(ADVICE) == 16
    assert len(TEMPLATES) == 18


def test_each_folder_holds_exactly_one_item():
    for folder in (p for p in LIBRARY.iterdir() if p.is_dir()):
        present = [kind for kind in KINDS if (folder / f"{kind}.toml").exists()]
        assert len(present) == 1, f"{folder.name}: {present}"


def test_ids_and_slugs_are_unique_and_well_formed():
    ids = [data["id"] for _, _, data in ALL]
    slugs = [data["slug"] for _, _, data in ALL]
    assert len(set(ids)) == len(ids)
    assert len(set(slugs)) == len(slugs)
    for _kind, folder, data in ALL:
        assert str(uuid.UUID(data["id"])) == data["id"].lower(), folder.name
        assert data["slug"] == folder.name
        assert data["slug"].isascii() and SLUG.match(data["slug"]), data["slug"]
        assert str(data["updated"]).startswith("2026-"), folder.name


def test_both_languages_present():
    for kind, folder, data in ALL:
        for key in {
            "exercise": ("title", "steps"),
            "aid": ("title", "description", "usage"),
            "advice": ("title", "body"),
            "template": ("title", "description"),
        }[kind]:
            for lang in ("da", "en"):
                value = data[key][lang]
                assert value, f"{folder.name} {key}.{lang} is empty"
                if isinstance(value, list):
                    assert all(isinstance(v, str) and v.strip() for v in value), folder.name
        if kind in ("aid", "advice"):
            key = "usage" if kind == "aid" else "body"
            assert len(data[key]["da"]) == len(data[key]["en"]), folder.name


@pytest.mark.parametrize("folder,data", EXERCISES, ids=_ids(EXERCISES))
def test_exercise_structure(folder, data):
    assert data["region"] in REGIONS
    assert data["position"] in POSITIONS
    assert data["tags"] and set(data["tags"]) <= TAGS
    da, en = data["steps"]["da"], data["steps"]["en"]
    assert 2 <= len(da) <= 6
    assert len(da) == len(en)
    assert set(data["dosage"]) <= DOSAGE_KEYS
    assert data["images"], "a shipped exercise has at least one image"
    for image in data["images"]:
        assert image["file"] and image["author"] and image["licence"]


def test_supine_exercises_offer_a_late_pregnancy_alternative():
    supine = [(folder, data) for folder, data in EXERCISES if data["position"] == "supine"]
    assert supine
    lacking = [
        folder.name
        for folder, data in supine
        if not (data.get("late_pregnancy", {}).get("da") and data.get("late_pregnancy", {}).get("en"))
    ]
    assert not lacking


@pytest.mark.parametrize("folder,data", EXERCISES, ids=_ids(EXERCISES))
def test_exercise_steps_are_easy_to_read(folder, data):
    assert lix("\n".join(data["steps"]["da"])) <= MAX_LIX


@pytest.mark.parametrize("folder,data", ADVICE, ids=_ids(ADVICE))
def test_advice_is_easy_to_read(folder, data):
    assert data["kind"] in ("info", "stop")
    assert 2 <= len(data["body"]["da"]) <= 6
    assert lix("\n".join(data["body"]["da"])) <= MAX_LIX


def test_other_patient_texts_are_easy_to_read():
    texts = [(folder.name, data["late_pregnancy"]["da"]) for folder, data in EXERCISES if "late_pregnancy" in data]
    texts += [(folder.name, data["description"]["da"]) for folder, data in AIDS + TEMPLATES]
    texts += [(folder.name, "\n".join(data["usage"]["da"])) for folder, data in AIDS]
    too_hard = {name: round(lix(text), 1) for name, text in texts if lix(text) > MAX_LIX}
    assert not too_hard


def test_there_is_one_stop_box():
    stops = [folder.name for folder, data in ADVICE if data["kind"] == "stop"]
    assert stops == ["hvornaar-stoppe"]


def test_aids_have_two_to_five_usage_points():
    for folder, data in AIDS:
        assert 2 <= len(data["usage"]["da"]) <= 5, folder.name
    assert {"baekkenbaelte", "satinlagen"} <= {folder.name for folder, _ in AIDS}


def test_danish_patient_texts_have_no_fearful_or_restrictive_wording():
    problems = [
        f"{where}: '{hint.found}' -> {hint.suggestion}"
        for where, text in _danish_patient_texts()
        for hint in find_wording_issues(text)
    ]
    assert not problems, "\n".join(problems)


def test_ranges_use_an_en_dash():
    texts = _danish_patient_texts()
    for _, _, data in ALL:
        texts.append(("frequency", str(data.get("frequency", ""))))
        for item in data.get("items", []) + [data.get("dosage", {})]:
            for key in ("reps", "hold_seconds", "duration_minutes", "frequency"):
                texts.append((key, str(item.get(key, ""))))
    assert not [(where, t) for where, t in texts if HYPHEN_RANGE.search(t)]


def test_templates_name_only_shipped_items():
    by_kind = {
        kind: {data["slug"] for _, data in ITEMS[kind]} | {data["id"] for _, data in ITEMS[kind]} for kind in KINDS
    }
    for folder, data in TEMPLATES:
        assert data["frequency"], folder.name
        assert data["items"], folder.name
        for item in data["items"]:
            assert item["exercise"] in by_kind["exercise"], (folder.name, item["exercise"])
        for aid in data.get("aids", []):
            assert aid["aid"] in by_kind["aid"], (folder.name, aid["aid"])
        assert data["advice"], folder.name
        for advice in data["advice"]:
            assert advice in by_kind["advice"], (folder.name, advice)


def test_every_named_image_exists():
    named = [folder / image["file"] for _, folder, data in ALL for image in data.get("images", [])]
    assert named
    if not any(path.exists() for path in named):
        pytest.skip(
            "no figure.svg drawn yet: the illustrations are being made in parallel; "
            "this check runs as soon as the first one exists"
        )
    missing = [str(path.relative_to(LIBRARY)) for path in named if not path.exists()]
    assert not missing


def test_progressions_name_other_shipped_exercises_and_form_chains():
    slugs = {data["slug"] for _, data in EXERCISES}
    linked = set()
    for folder, data in EXERCISES:
        for key in ("easier", "harder"):
            if key in data:
                assert data[key] in slugs and data[key] != data["slug"], (folder.name, key, data[key])
                linked |= {data["slug"], data[key]}
    assert len(linked) >= 40, len(linked)
    harder = {data["slug"]: data.get("harder") for _, data in EXERCISES}
    for start in harder:  # following "harder" always ends: no circles
        seen, step = set(), start
        while step:
            assert step not in seen, f"circle through {start}"
            seen.add(step)
            step = harder[step]
