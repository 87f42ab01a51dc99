"""Bad input everywhere (hypothesis): the program file reader, the library folder reader and the
bundle importer fail only with their documented error, and a refused import writes nothing.

GUI text fields fed through the models are the desktop tests' part, not this file's.
"""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
import warnings
import zipfile
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from exercise_builder.domain import program_file
from exercise_builder.domain.program_file import ProgramFileError, parse_program_text
from exercise_builder.library import LibraryError, read_library
from exercise_builder.services.program_io import read_program_file
from exercise_builder.services.sharing_import import apply_import, preview_import
from exercise_builder.store import Store
from library_factory import EXERCISES, SVG, exercise, make_library, stable_id

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

scalars = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
toml_scalars = st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.floats(allow_nan=False) | st.text(max_size=30)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(min_size=1, max_size=12), inner, max_size=4),
    max_leaves=12,
)

# the keys the reader knows (but not the embedded library, which carries a whole bundle), and one it does not
TOP_KEYS = [*sorted(program_file._TOP - {"library"}), "unknown"]
ITEM_KEYS = [*sorted(program_file._ITEM), "x"]


@pytest.fixture(scope="module")
def store(tmp_path_factory, seeded_template):
    target = tmp_path_factory.mktemp("bad-input") / "data"
    shutil.copytree(seeded_template, target)
    opened = Store.open(target)
    yield opened
    opened.close()


def snapshot(store: Store) -> tuple:
    tables = (
        "exercises",
        "aids",
        "advice",
        "templates",
        "media",
        "programs",
        "library_sources",
        "replaced_items",
        "settings",
    )
    rows = tuple(tuple(map(tuple, store.db.execute(f"SELECT * FROM {t} ORDER BY 1"))) for t in tables)
    files = tuple(
        sorted(p.relative_to(store.data_dir).as_posix() for p in (store.data_dir / "media").rglob("*") if p.is_file())
    )
    return rows, files


# --- program files ---------------------------------------------------------------------------

VALID_PROGRAM = {
    "format": "exercise-builder-program",
    "format_version": 1,
    "patient": {"name": "Åse Ærø"},
    "date": "2026-11-22",
    "therapist": "Fys. T",
    "frequency": "2–3 gange dagligt",
    "message": "Hej",
    "items": [
        {"exercise": "muslingen", "sets": 2, "reps": "8-12", "per_side": True, "note": "Roligt"},
        {"exercise": stable_id("kat-ko"), "hold_seconds": 5},
    ],
    "aids": [{"aid": "satinlagen", "note": ""}],
    "advice": ["hvornaar-stoppe"],
    "options": {"layout": "compact", "large_print": False, "diary": True, "language": "da"},
}
KEYS_INSIDE = {"patient": ["name", "cpr"], "options": ["layout", "large_print", "diary", "language", "x"]}


@st.composite
def program_dicts(draw) -> dict:
    """A valid program file with up to four fields dropped, replaced or added, at any depth."""
    data = copy.deepcopy(VALID_PROGRAM)
    for _ in range(draw(st.integers(0, 4))):
        action = draw(st.sampled_from(["drop", "replace", "add", "item", "inside"]))
        if action == "drop" and data:
            data.pop(draw(st.sampled_from(sorted(data))))
        elif action == "replace":
            data[draw(st.sampled_from(TOP_KEYS))] = draw(json_values)
        elif action == "add":
            data[draw(st.text(max_size=10))] = draw(json_values)
        elif (
            action == "item"
            and isinstance(data.get("items"), list)
            and data["items"]
            and isinstance(data["items"][0], dict)
        ):
            data["items"][0][draw(st.sampled_from(ITEM_KEYS))] = draw(
                json_values | st.sampled_from(["muslingen", "8–12", "8-12-14", "0", "-1", "12–8", "", "x"])
            )
        elif action == "inside":
            key = draw(st.sampled_from(sorted(KEYS_INSIDE)))
            if isinstance(data.get(key), dict):
                data[key][draw(st.sampled_from(KEYS_INSIDE[key]))] = draw(
                    json_values | st.sampled_from(["compact", "detailed", "da", "en", "de"])
                )
    return data


@SETTINGS
@given(
    payload=st.binary(max_size=400)
    | program_dicts().map(lambda d: json.dumps(d).encode())
    | program_dicts().map(lambda d: json.dumps(d).encode()[:-1])
)
def test_program_file_reader_refuses_with_one_error_type(store, payload):
    before = snapshot(store)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.ebprog"
        path.write_bytes(payload)
        try:
            program = read_program_file(store, path)
        except ProgramFileError as error:
            assert str(error).strip()
            event("refused")
        else:
            assert program.items is not None
            event("read")
    assert snapshot(store) == before


def test_deeply_nested_program_file():
    with pytest.raises(ProgramFileError):
        parse_program_text(b"[" * 100_000, lambda r: None, lambda r: None, lambda r: None)


# --- library folders and bundles -------------------------------------------------------------


def _valid_exercise(slug: str) -> dict:
    return exercise(slug, "Prøveøvelse", "Test exercise", "pelvis", "supine", id=stable_id(f"fuzz:{slug}"))


@st.composite
def mutated_items(draw) -> dict:
    """A valid exercise with a few fields dropped, replaced or added."""
    data = copy.deepcopy(_valid_exercise(draw(st.sampled_from(["fuzz-a", "fuzz-b", "muslingen"]))))
    for _ in range(draw(st.integers(0, 2))):
        action = draw(st.sampled_from(["drop", "replace", "add", "deep", "none"]))
        if action == "none":
            continue
        key = draw(st.sampled_from(sorted(data) or ["id"]))
        if action == "drop":
            data.pop(key, None)
        elif action == "replace":
            data[key] = draw(toml_values)
        elif action == "add":
            data[draw(st.text(min_size=1, max_size=10))] = draw(toml_values)
        elif isinstance(data.get(key), dict) and data[key]:
            inner = draw(st.sampled_from(sorted(data[key])))
            data[key][inner] = draw(toml_values)
    return data


VALID_LIBRARY = tomli_w.dumps(
    {"format_version": 1, "id": stable_id("fuzz-lib"), "name": "Fuzz", "publisher": "T", "version": "1"}
).encode()
library_tomls = st.one_of(
    st.just(VALID_LIBRARY),
    st.just(VALID_LIBRARY),
    st.dictionaries(
        st.sampled_from(["format_version", "id", "name", "publisher", "version", "x"]), toml_values, max_size=5
    ).map(lambda d: tomli_w.dumps(d).encode()),
    st.binary(max_size=100),
)
odd_images = st.sampled_from(
    [
        b"",
        b"<svg",
        b"\x89PNG\r\n\x1a\n" + b"\0" * 30,
        b"\xff\xd8\xff\xe0" + b"\0" * 20,
        b'<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
    ]
) | st.binary(max_size=300)


@st.composite
def item_folders(draw) -> list[tuple[str, str, bytes]]:
    """One item folder: mostly a valid exercise and picture, sometimes broken in one way."""
    data = draw(mutated_items())
    folder = (
        data.get("slug")
        if isinstance(data.get("slug"), str) and draw(st.integers(0, 4))
        else draw(st.sampled_from(["fuzz-a", "fuzz-b", "muslingen", "æøå"]))
    )
    toml = tomli_w.dumps(data).encode()
    if not draw(st.integers(0, 7)):
        toml = draw(st.binary(max_size=200) | st.just(toml[: len(toml) // 2]))
    image = SVG if draw(st.integers(0, 3)) else draw(odd_images)
    files = [(folder, "exercise.toml", toml), (folder, "figure.svg", image)]
    if not draw(st.integers(0, 5)):
        files.append((folder, draw(st.sampled_from(["aid.toml", "notes.txt", "figure.png"])), draw(odd_images)))
    return files


stray_entries = st.tuples(
    st.sampled_from(["../up", "/abs", "a/b", "", ".hidden", "__MACOSX"]),
    st.sampled_from(["exercise.toml", "figure.svg", "x.txt"]),
    odd_images,
)
entries = st.tuples(st.lists(item_folders(), max_size=4), st.lists(stray_entries, max_size=1)).map(
    lambda parts: [entry for folder in parts[0] for entry in folder] + parts[1]
)


def _write_folder(root: Path, library_toml: bytes | None, files: list[tuple[str, str, bytes]]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    if library_toml is not None:
        (root / "library.toml").write_bytes(library_toml)
    for folder, name, data in files:
        if folder in ("", "../up", "/abs") or folder.startswith("."):
            continue  # a folder reader sees only real sub-folders; the zip tests take these names
        (root / folder).mkdir(parents=True, exist_ok=True)
        (root / folder / name).write_bytes(data)


@SETTINGS
@given(library_toml=st.none() | library_tomls, files=entries)
def test_library_folder_reader_refuses_with_one_error_type(library_toml, files):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "lib"
        _write_folder(root, library_toml, files)
        listing = sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
        try:
            content = read_library(root)
        except LibraryError as error:
            assert str(error).strip()
            event("refused")
        else:
            assert content.meta.id
            event(f"read, {sum(len(v) for v in content.items.values())} items")
        assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) == listing, "reading writes nothing"


def test_deeply_nested_library_toml(tmp_path: Path):
    (tmp_path / "library.toml").write_text("a = " + "[" * 5000 + "]" * 5000)
    with pytest.raises(LibraryError):
        read_library(tmp_path)


def test_a_hostile_key_stays_on_one_line(tmp_path: Path):
    (tmp_path / "library.toml").write_bytes(VALID_LIBRARY)
    data = _valid_exercise("fuzz-a") | {"\n": False}
    (tmp_path / "fuzz-a").mkdir()
    (tmp_path / "fuzz-a" / "exercise.toml").write_bytes(tomli_w.dumps(data).encode())
    (tmp_path / "fuzz-a" / "figure.svg").write_bytes(SVG)
    with pytest.raises(LibraryError) as refused:
        read_library(tmp_path)
    assert "\n" not in str(refused.value)


def _zip(path: Path, library_toml: bytes | None, files: list[tuple[str, str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are part of the bad input
        if library_toml is not None:
            archive.writestr("library.toml", library_toml)
        for folder, name, data in files:
            archive.writestr(f"{folder}/{name}" if folder else name, data)
    return path


@SETTINGS
@given(
    library_toml=st.none() | library_tomls,
    files=entries,
    raw=st.none() | st.binary(max_size=300),
    policy=st.sampled_from(["keep-mine", "take-theirs", "keep-both"]),
)
def test_bundle_importer_refuses_with_one_error_type_and_writes_nothing(store, library_toml, files, raw, policy):
    before = snapshot(store)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.eblib"
        if raw is not None:
            path.write_bytes(raw)
        else:
            _zip(path, library_toml, files)
        try:
            preview = preview_import(store, path)
        except LibraryError as error:
            assert str(error).strip()
            assert snapshot(store) == before, "a refused bundle writes nothing"
            event("refused at preview")
            return
        assert snapshot(store) == before, "the preview writes nothing"
        try:
            apply_import(store, preview, policy)
            event("imported")
        except LibraryError as error:
            assert str(error).strip()
            assert snapshot(store) == before, "a refused import writes nothing"
            event("refused at apply")
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_valid_bundle_still_imports(store, tmp_path: Path):
    """The fuzzing above must not be refusing everything: a real bundle goes through."""
    root = make_library(tmp_path / "ok")
    # another clinic's library: the one the store was seeded with is the app's own, which no bundle updates
    (root / "library.toml").write_bytes(VALID_LIBRARY)
    with zipfile.ZipFile(tmp_path / "ok.eblib", "w") as archive:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(root).as_posix())
    preview = preview_import(store, tmp_path / "ok.eblib")
    assert not preview.refusals
    result = apply_import(store, preview, "keep-both")
    assert not result.cancelled and result.actions
    for slug, title_da, *_ in EXERCISES:  # every exercise is in the store, as the bundle has it
        imported = store.catalogue.get("exercise", stable_id(slug))
        assert imported is not None and imported.title["da"] == title_da, slug
        assert imported.images and all(store.media.exists(image.sha256) for image in imported.images), slug
