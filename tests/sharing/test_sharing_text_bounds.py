"""Bundle texts are bounded like a programme file: steps, characters per field, template items,
counts and image file names beyond the limits are refused in one sentence, fast, nothing written."""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pytest
import tomli_w
from sharing_helpers import files_under, folder_entries, write_zip

from exercise_builder.library import LibraryError, read_library
from exercise_builder.paths import shipped_library_dir
from exercise_builder.services.sharing_import import preview_import

OTHER_ID = "0c0ffee0-0000-4000-8000-000000000003"
TEMPLATE_ID = "0c0ffee0-0000-4000-8000-0000000000aa"


@pytest.fixture
def entries(mini_library: Path) -> dict[str, bytes]:
    found = folder_entries(mini_library)
    meta = tomllib.loads(found["library.toml"].decode())
    found["library.toml"] = tomli_w.dumps({**meta, "id": OTHER_ID, "name": "Klinik Syd"}).encode()
    return found


def _edit(entries: dict[str, bytes], key: str, **changes) -> None:
    data = tomllib.loads(entries[key].decode())
    data.update(changes)
    entries[key] = tomli_w.dumps(data).encode()


def _template(entries: dict[str, bytes], items: list[dict]) -> None:
    exercise = tomllib.loads(entries["muslingen/exercise.toml"].decode())["slug"]
    entries["stor-skabelon/template.toml"] = tomli_w.dumps(
        {
            "id": TEMPLATE_ID,
            "slug": "stor-skabelon",
            "title": {"da": "Stor"},
            "items": [{"exercise": exercise, **item} for item in items],
        }
    ).encode()


CASES = {
    "60,000 steps": lambda e: _edit(e, "muslingen/exercise.toml", steps={"da": ["Løft."] * 60_000}),
    "7 steps": lambda e: _edit(e, "muslingen/exercise.toml", steps={"da": ["Løft."] * 7}),
    "300,000-character title": lambda e: _edit(e, "muslingen/exercise.toml", title={"da": "T" * 300_000}),
    "3,000-character step": lambda e: _edit(e, "muslingen/exercise.toml", steps={"da": ["L" * 3_000, "Sænk."]}),
    "15,000 template items": lambda e: _template(e, [{"reps": 10}] * 15_000),
    "reps of 10**15": lambda e: _template(e, [{"reps": 10**15}]),
    "300-character image name": lambda e: _edit(
        e, "muslingen/exercise.toml", images=[{"file": "x" * 296 + ".png", "author": "X", "licence": "CC0-1.0"}]
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_an_oversized_bundle_text_is_refused_in_one_sentence(store, entries, tmp_path, case):
    CASES[case](entries)
    bundle = write_zip(tmp_path / "big.eblib", entries)
    db = store.data_dir / "library.db"
    before, media = db.read_bytes(), files_under(store.data_dir / "media")
    started = time.perf_counter()
    with pytest.raises(LibraryError) as refused:
        preview_import(store, bundle)
    assert time.perf_counter() - started < 20
    message = str(refused.value)
    assert "\n" not in message and message.endswith(".") and len(message) < 300, message
    assert "allowed" in message or "more than" in message
    assert db.read_bytes() == before and files_under(store.data_dir / "media") == media


def test_the_shipped_library_is_within_the_bounds():
    content = read_library(shipped_library_dir())
    assert len(content.items["exercise"]) > 100


CHARACTERS = {
    "escape control in a step": lambda e: _edit(e, "muslingen/exercise.toml", steps={"da": ["Løft\x1b[2J.", "Sænk."]}),
    "bidi override in a title": lambda e: _edit(e, "muslingen/exercise.toml", title={"da": "Musling \u202een"}),
    "C1 control in a template note": lambda e: _template(e, [{"reps": 10, "note": "Rolig\x85"}]),
}


@pytest.mark.parametrize("case", CHARACTERS)
def test_control_and_bidi_characters_in_bundle_texts_are_refused(store, entries, tmp_path, case):
    CHARACTERS[case](entries)
    with pytest.raises(LibraryError, match=r"not allowed \(U\+") as refused:
        preview_import(store, write_zip(tmp_path / "odd.eblib", entries))
    assert "\n" not in str(refused.value)
