"""`exercise-builder library export/import` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sharing_helpers import add_custom_exercise, dump, edit_exercise, png

from exercise_builder.cli import main
from exercise_builder.services.opening import open_store

SAME = "baekkenvip-rygliggende"


@pytest.fixture
def two_clinics(tmp_path: Path):
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    add_custom_exercise(a, "klinik-a-ny", "Ny fra A", {"figure.png": png(5)})
    edit_exercise(a, SAME, title={"da": "A's bækkenvip", "en": "A"})
    edit_exercise(b, SAME, title={"da": "B's bækkenvip", "en": "B"})
    a.close()
    b.close()
    return tmp_path / "a", tmp_path / "b"


def _export(data_dir: Path, out: Path, *extra: str) -> int:
    return main(["library", "export", str(out), "--data-dir", str(data_dir), *extra])


def test_export_whole_and_custom_only(two_clinics, tmp_path, capsys):
    a, _ = two_clinics
    assert _export(a, tmp_path / "all.eblib") == 0
    out = capsys.readouterr().out
    store = open_store(a)
    expected = f"{store.catalogue.count('exercise')} exercises, {store.catalogue.count('aid')} aids"
    store.close()
    assert expected in out and (tmp_path / "all.eblib").is_file()
    assert _export(a, tmp_path / "own.eblib", "--custom-only") == 0
    assert "1 exercise, 0 aids, 0 advice modules, 0 templates, 1 image." in capsys.readouterr().out


def test_dry_run_shows_the_conflict_and_changes_nothing(two_clinics, tmp_path, capsys):
    a, b = two_clinics
    _export(a, tmp_path / "a.eblib")
    capsys.readouterr()
    store = open_store(b)
    before = dump(store.db)
    store.close()
    code = main(["library", "import", str(tmp_path / "a.eblib"), "--dry-run", "--data-dir", str(b)])
    out = capsys.readouterr().out
    assert code == 0
    assert "1 new, 0 updated upstream, 0 edited here, 1 conflict," in out
    assert f"conflict: exercise {SAME}" in out and "Dry run: nothing was changed" in out
    store = open_store(b)
    assert dump(store.db) == before
    store.close()


@pytest.mark.parametrize(
    "policy, expected_title, copies",
    [
        ("keep-mine", "B's bækkenvip", 0),
        ("take-theirs", "A's bækkenvip", 0),
        ("keep-both", "B's bækkenvip", 1),
    ],
)
def test_import_with_each_policy(two_clinics, tmp_path, capsys, policy, expected_title, copies):
    a, b = two_clinics
    _export(a, tmp_path / "a.eblib")
    capsys.readouterr()
    code = main(["library", "import", str(tmp_path / "a.eblib"), "--policy", policy, "--data-dir", str(b)])
    out = capsys.readouterr().out
    assert code == 0 and f"({policy})" in out and "1 added" in out
    store = open_store(b)
    assert store.catalogue.get("exercise", SAME).title["da"] == expected_title
    assert store.catalogue.get("exercise", "klinik-a-ny") is not None
    found = [r for r in store.catalogue.all("exercise") if r.title["da"].endswith("(fra Klinikkens bibliotek)")]
    assert len(found) == copies
    store.close()


def test_default_policy_is_keep_mine(two_clinics, tmp_path, capsys):
    a, b = two_clinics
    _export(a, tmp_path / "a.eblib")
    assert main(["library", "import", str(tmp_path / "a.eblib"), "--data-dir", str(b)]) == 0
    assert "(keep-mine)" in capsys.readouterr().out


def test_missing_bundle_is_one_sentence_and_status_2(tmp_path, capsys):
    code = main(["library", "import", str(tmp_path / "nowhere.eblib"), "--data-dir", str(tmp_path / "d")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "does not exist" in err and "Traceback" not in err


def test_export_to_an_unwritable_place(tmp_path, capsys):
    code = _export(tmp_path / "d", tmp_path / "no-such-folder" / "x.eblib")
    err = capsys.readouterr().err
    assert code == 2 and "could not be written" in err and err.count("\n") == 1
