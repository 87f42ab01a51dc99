"""Whatever an input reader accepts can be printed (hypothesis): programme files, exercise and
template TOML, and bundle layouts are generated, and every one let in is rendered to a handout.
The examples are few and unhurried (no deadline) so the suite stays fast."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path

import tomli_w
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_bad_input import _zip, library_tomls, mutated_items, odd_images, program_dicts, store, toml_values  # noqa: F401

from exercise_builder.domain.models import Program, ProgramAid, ProgramItem
from exercise_builder.domain.program_file import ProgramFileError
from exercise_builder.library import LibraryError, merge
from exercise_builder.services.handout_jobs import render_program
from exercise_builder.services.program_io import read_program_file
from exercise_builder.services.sharing_import import apply_import, preview_import
from library_factory import SVG, stable_id

RENDERING = settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

TEMPLATE = {
    "id": stable_id("fuzz-tpl"),
    "slug": "fuzz-skabelon",
    "updated": "2026-11-01T00:00:00Z",
    "title": {"da": "Skabelon", "en": "Template"},
    "frequency": "2 gange dagligt",
    "advice": ["hvornaar-stoppe"],
    "items": [{"exercise": "muslingen", "reps": 10, "note": "Roligt"}],
    "aids": [{"aid": "satinlagen", "note": ""}],
}


@st.composite
def mutated_templates(draw) -> dict:
    data = copy.deepcopy(TEMPLATE)
    for _ in range(draw(st.integers(0, 2))):
        key = draw(st.sampled_from(sorted(data)))
        action = draw(st.sampled_from(["replace", "item", "drop"]))
        if action == "drop":
            data.pop(key, None)
        elif action == "replace":
            data[key] = draw(toml_values)
        elif isinstance(data.get("items"), list) and data["items"]:
            data["items"][0][draw(st.sampled_from(["exercise", "reps", "sets", "hold_seconds", "note", "x"]))] = draw(
                toml_values | st.sampled_from(["muslingen", "fuzz-a", "8–12", "0"])
            )
    return data


@st.composite
def bundle_layouts(draw) -> list[tuple[str, str, bytes]]:
    """A few item folders (exercises, a template), mostly valid, at the top or under one folder."""
    files = []
    for _ in range(draw(st.integers(1, 3))):
        data = draw(mutated_items())
        folder = data.get("slug") if isinstance(data.get("slug"), str) else "fuzz-a"
        files.append((folder, "exercise.toml", tomli_w.dumps(data).encode()))
        files.append((folder, "figure.svg", SVG if draw(st.integers(0, 3)) else draw(odd_images)))
    if draw(st.booleans()):
        template = draw(mutated_templates())
        folder = template.get("slug") if isinstance(template.get("slug"), str) else "fuzz-skabelon"
        files.append((folder, "template.toml", tomli_w.dumps(template).encode()))
    return files


def _program_of(store, actions: list[merge.Action]) -> Program:
    """A programme with everything the import wrote: its exercises, aids, advice and templates' items."""
    items, aids, advice = [], [], []
    for action in actions:
        if action.op == merge.SKIP:
            continue
        ident = action.data["id"]
        if action.kind == "exercise":
            items.append(ProgramItem(ident))
        elif action.kind == "aid":
            aids.append(ProgramAid(ident))
        elif action.kind == "advice":
            advice.append(ident)
        elif action.kind == "template":
            template = store.catalogue.get("template", ident)
            for entry in template.items:
                found = store.catalogue.resolve("exercise", entry.exercise)
                if found:
                    items.append(ProgramItem(found, entry.dosage))
            aids += [ProgramAid(found) for aid in template.aids if (found := store.catalogue.resolve("aid", aid.aid))]
    return Program(patient_name="Åse Ærø", items=tuple(items), aids=tuple(aids), advice=tuple(advice))


@RENDERING
@given(library_toml=library_tomls, files=bundle_layouts(), nested=st.booleans(), policy=st.sampled_from(merge.POLICIES))
def test_whatever_a_bundle_lets_in_prints(store, library_toml, files, nested, policy):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.eblib"
        if nested:
            files = [(f"lib/{name}", file, data) for name, file, data in files]
        (_zip_nested if nested else _zip)(path, library_toml, files)
        try:
            result = apply_import(store, preview_import(store, path), policy)
        except LibraryError as error:
            assert str(error).strip()
            event("refused")
            return
    pdf = render_program(store, _program_of(store, result.actions))
    assert pdf.startswith(b"%PDF")
    event("imported and printed")


def _zip_nested(path: Path, library_toml: bytes, files) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("lib/library.toml", library_toml)
        for folder, name, data in files:
            archive.writestr(f"{folder}/{name}", data)
    return path


@RENDERING
@given(data=program_dicts())
def test_whatever_programme_file_is_read_prints(store, data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.ebprog"
        path.write_text(json.dumps(data), encoding="utf-8")
        try:
            program = read_program_file(store, path)
        except ProgramFileError as error:
            assert str(error).strip()
            event("refused")
            return
    assert render_program(store, program).startswith(b"%PDF")
    event("read and printed")
