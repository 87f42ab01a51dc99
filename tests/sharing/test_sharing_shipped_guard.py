"""A bundle cannot change the app's own shipped items, least of all the "when to stop" advice.

End to end: a bundle is built from the shipped library with the stop advice rewritten, imported
with the CLI under the default policy, and a handout is rendered: its stop box is unchanged."""

from __future__ import annotations

import gc
import json
import tomllib
from pathlib import Path

import pytest
import tomli_w
from sharing_helpers import folder_entries, write_zip

from exercise_builder.cli import main
from exercise_builder.paths import shipped_library_dir
from pdf_reading import all_text, flat

STOP = "hvornaar-stoppe"
FORGED = "Fortsæt bare med øvelserne, uanset hvad der sker"
SHIPPED_LINE = "Ring 112 med det samme"  # the app's own stop box (issue 12)


def _entries(library_id: str | None = None, name: str | None = None, publisher: str | None = None) -> dict[str, bytes]:
    entries = folder_entries(shipped_library_dir())
    stop = tomllib.loads(entries[f"{STOP}/advice.toml"].decode())
    stop["body"] = {"da": [FORGED + "."], "en": ["Just keep going."]}
    stop["updated"] = "2027-01-01T00:00:00Z"
    entries[f"{STOP}/advice.toml"] = tomli_w.dumps(stop).encode()
    meta = tomllib.loads(entries["library.toml"].decode())
    meta["version"] = "2099.1.1"
    if library_id:
        meta["id"] = library_id
    if name:
        meta["name"] = name
    if publisher:
        meta["publisher"] = publisher
    entries["library.toml"] = tomli_w.dumps(meta).encode()
    return entries


def _program(tmp_path: Path) -> Path:
    path = tmp_path / "p.ebprog"
    path.write_text(
        json.dumps(
            {
                "format": "exercise-builder-program",
                "format_version": 1,
                "patient": {"name": "Mette"},
                "items": [{"exercise": "kat-ko"}],
            }
        )
    )
    return path


def _stop_box(capsys, data_dir: Path, tmp_path: Path) -> str:
    out = tmp_path / "h.pdf"
    code = main(["handout", str(_program(tmp_path)), "-o", str(out), "--data-dir", str(data_dir)])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    return flat(all_text(out.read_bytes()))


def _library_db(data_dir: Path) -> bytes:
    return (data_dir / "library.db").read_bytes()


def test_a_bundle_claiming_to_be_the_shipped_library_is_refused(tmp_path, data_dir, capsys):
    assert SHIPPED_LINE in _stop_box(capsys, data_dir, tmp_path)
    bundle = write_zip(tmp_path / "forged.eblib", _entries())
    before = _library_db(data_dir)
    code = main(["library", "import", str(bundle), "--data-dir", str(data_dir)])
    captured = capsys.readouterr()
    assert code == 2, captured.out
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert "shipped" in captured.err
    assert _library_db(data_dir) == before
    text = _stop_box(capsys, data_dir, tmp_path)
    assert SHIPPED_LINE in text and FORGED not in text


@pytest.mark.parametrize("command", ["handout", "search"])
def test_a_refused_import_after_another_command_leaves_library_db_unwritten(tmp_path, data_dir, capsys, command):
    """The earlier command's database connection is closed when it returns, so no write-ahead log of
    it reaches library.db later, when the garbage collector runs (it ran during a refused import)."""
    if command == "handout":
        _stop_box(capsys, data_dir, tmp_path)
    else:
        assert main(["search", "kat", "--data-dir", str(data_dir)]) == 0
    assert not (data_dir / "library.db-wal").exists()  # the last connection closed folds the log in
    before = _library_db(data_dir)
    bundle = write_zip(tmp_path / "forged.eblib", _entries())
    assert main(["library", "import", str(bundle), "--data-dir", str(data_dir)]) == 2
    gc.collect()
    assert _library_db(data_dir) == before


@pytest.mark.parametrize("policy", ["keep-mine", "take-theirs", "keep-both"])
def test_a_bundle_reusing_the_shipped_ids_never_replaces_the_stop_advice(tmp_path, data_dir, capsys, policy):
    """Another library id, but the shipped items' ids: imported items of its own, never an update."""
    _stop_box(capsys, data_dir, tmp_path)  # seeds the store
    bundle = write_zip(
        tmp_path / "lookalike.eblib", _entries("11111111-2222-4333-8444-555555555555", "Lookalike", "Klinik Nord")
    )
    code = main(["library", "import", str(bundle), "--policy", policy, "--data-dir", str(data_dir)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    text = _stop_box(capsys, data_dir, tmp_path)
    assert SHIPPED_LINE in text and FORGED not in text
    from exercise_builder.services.opening import open_store

    store = open_store(data_dir)
    try:
        info = store.catalogue.info("advice", STOP)
        assert info.origin == "shipped" and not info.edited
        original = store.catalogue.original("advice", STOP)
        assert FORGED not in " ".join(original.body["da"])  # "restore original" cannot bring it in either
    finally:
        store.close()


def test_the_dry_run_of_a_lookalike_says_the_shipped_items_stay(tmp_path, data_dir, capsys):
    _stop_box(capsys, data_dir, tmp_path)
    bundle = write_zip(
        tmp_path / "lookalike.eblib", _entries("11111111-2222-4333-8444-555555555555", "Lookalike", "Klinik Nord")
    )
    before = _library_db(data_dir)
    code = main(["library", "import", str(bundle), "--dry-run", "--data-dir", str(data_dir)])
    out = capsys.readouterr().out
    assert code == 0
    assert f"advice {STOP}" in out and "shipped" in out
    assert f"updated upstream: advice {STOP}" not in out
    assert _library_db(data_dir) == before


def test_a_new_stop_advice_from_a_bundle_is_not_the_default_stop_box(tmp_path, data_dir, capsys):
    """An imported stop module titled to sort first does not take over every handout's stop box."""
    _stop_box(capsys, data_dir, tmp_path)
    entries = {
        "library.toml": tomli_w.dumps(
            {
                "format_version": 1,
                "id": "22222222-2222-4333-8444-555555555555",
                "name": "Andet",
                "publisher": "X",
                "version": "1",
            }
        ).encode()
    }
    entries["aaa-stop/advice.toml"] = tomli_w.dumps(
        {
            "id": "33333333-2222-4333-8444-555555555555",
            "slug": "aaa-stop",
            "updated": "2027-01-01T00:00:00Z",
            "kind": "stop",
            "title": {"da": "Aaa stop", "en": "Aaa stop"},
            "body": {"da": [FORGED + "."], "en": ["Just keep going."]},
        }
    ).encode()
    bundle = write_zip(tmp_path / "new-stop.eblib", entries)
    assert main(["library", "import", str(bundle), "--data-dir", str(data_dir)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    text = _stop_box(capsys, data_dir, tmp_path)
    assert SHIPPED_LINE in text and FORGED not in text


@pytest.mark.parametrize(
    "name, publisher",
    [
        ("Exercise Builder – grundbibliotek", "Klinik Nord"),
        ("Klinik Nord", "Exercise Builder"),
        ("exercise builder \u2013 GRUNDBIBLIOTEK\u200b", "Klinik Nord"),
    ],
)
def test_a_bundle_named_or_published_like_the_shipped_library_is_refused(tmp_path, data_dir, capsys, name, publisher):
    """A new library id does not make a lookalike of the app's own library acceptable."""
    _stop_box(capsys, data_dir, tmp_path)
    bundle = write_zip(tmp_path / "lookalike.eblib", _entries("11111111-2222-4333-8444-555555555555", name, publisher))
    before = _library_db(data_dir)
    for dry in ([], ["--dry-run"]):
        code = main(["library", "import", str(bundle), *dry, "--data-dir", str(data_dir)])
        captured = capsys.readouterr()
        assert code == 2, captured.out
        assert captured.err.count("\n") == 1 and "shipped" in captured.err
    assert _library_db(data_dir) == before


def _new_ids(entries: dict[str, bytes]) -> dict[str, bytes]:
    """Every item of the shipped library under a new id: the same slugs and titles."""
    import uuid

    out = {}
    for name, data in entries.items():
        if name.endswith(".toml") and name != "library.toml" and "/" in name:
            record = tomllib.loads(data.decode())
            if "id" in record:
                record["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, name))
            data = tomli_w.dumps(record).encode()
        out[name] = data
    return out


def test_items_whose_slug_is_taken_come_in_visibly_renamed(tmp_path, data_dir, capsys):
    """The shipped slugs and titles under new ids: each copy's title says where it is from."""
    _stop_box(capsys, data_dir, tmp_path)
    entries = _new_ids(_entries("11111111-2222-4333-8444-555555555555", "Klinik Nord", "Klinik Nord"))
    bundle = write_zip(tmp_path / "lookalike.eblib", entries)
    code = main(["library", "import", str(bundle), "--data-dir", str(data_dir)])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    from exercise_builder.app import open_store

    store = open_store(data_dir)
    try:
        shipped = store.catalogue.get("advice", STOP)
        copy_id = str(__import__("uuid").uuid5(__import__("uuid").NAMESPACE_URL, f"{STOP}/advice.toml"))
        copy = store.catalogue.get("advice", copy_id)
        assert copy is not None and copy.slug != STOP
        assert copy.title["da"] == shipped.title["da"] + " (fra Klinik Nord)"
        kat = store.catalogue.get(
            "exercise", str(__import__("uuid").uuid5(__import__("uuid").NAMESPACE_URL, "kat-ko/exercise.toml"))
        )
        assert kat.title["da"].endswith(" (fra Klinik Nord)")
    finally:
        store.close()
    text = _stop_box(capsys, data_dir, tmp_path)
    assert SHIPPED_LINE in text and FORGED not in text
