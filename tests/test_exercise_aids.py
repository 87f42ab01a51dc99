"""Exercises record the aids they use: the file format, the store's aid filter, bundles, the CLI."""

from __future__ import annotations

import json
import shutil
import tomllib
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from exercise_builder.domain import records
from exercise_builder.library import LibraryError, read_library, read_meta
from exercise_builder.library.bundle import open_tree, read_tree
from exercise_builder.library.writer import write_library_folder
from exercise_builder.services.shipped_library import seed_shipped
from exercise_builder.store import Filters, Store, search
from library_factory import SVG, exercise, make_library, stable_id, write_item
from test_library_folder import dump

BELT, SHEET = stable_id("baekkenbaelte"), stable_id("satinlagen")
FOREIGN = "0b4f8a4e-0000-4000-8000-00000000f00d"  # an aid that is not in the test library


def with_aids(root: Path, slug: str, aids: list, **fields) -> Path:
    data = exercise(
        slug,
        f"Øvelse {slug}",
        f"Exercise {slug}",
        fields.pop("region", "pelvis"),
        fields.pop("position", "standing"),
        aids=aids,
        **fields,
    )
    return write_item(root, "exercise", data, {"figure.svg": SVG})


@pytest.fixture
def aid_library(tmp_path: Path) -> Path:
    """The mini library plus exercises naming their aids by slug, by UUID (any case) and both."""
    root = make_library(tmp_path / "aidlib")
    with_aids(root, "gang-med-baelte", ["baekkenbaelte"], position="walking", tags=["daily-life"])
    with_aids(root, "vend-med-lagen", [SHEET.upper()], region="low-back", position="supine")
    with_aids(root, "begge-dele", ["satinlagen", BELT, "baekkenbaelte"], tags=["daily-life"])
    return root


@pytest.fixture
def aid_store(data_dir: Path, aid_library: Path):
    store = Store.open(data_dir)
    seed_shipped(store, aid_library)
    yield store
    store.close()


def by_slug(content) -> dict:
    return {record.slug: record for record in content.exercises}


# --- the folder and bundle format --------------------------------------------------------------


def test_folder_names_aids_by_slug_or_uuid_and_they_are_read_as_uuids(aid_library):
    exercises = by_slug(read_library(aid_library))
    assert exercises["gang-med-baelte"].aids == (BELT,)
    assert exercises["vend-med-lagen"].aids == (SHEET,)  # upper-case UUID, read in lower case
    assert exercises["begge-dele"].aids == (SHEET, BELT)  # the same aid named twice counts once
    assert exercises["muslingen"].aids == ()  # no field: no aids


def test_bundle_reader_resolves_aids_like_the_folder_reader(aid_library):
    with open_tree(aid_library) as tree:
        source = read_tree(tree)
    assert {r.slug: r.aids for r in source.items["exercise"]} == {
        r.slug: r.aids for r in read_library(aid_library).exercises
    }


def test_uuid_of_an_aid_outside_the_library_is_kept(aid_library):
    """A clinic's exercise may use an aid that comes from elsewhere (the shipped library)."""
    with_aids(aid_library, "fremmed", [FOREIGN, "satinlagen"])
    assert by_slug(read_library(aid_library))["fremmed"].aids == (FOREIGN, SHEET)


@pytest.mark.parametrize("reader", ["folder", "bundle"])
def test_unknown_aid_is_one_error_naming_file_and_field_and_changes_nothing(aid_library, data_dir, reader):
    with_aids(aid_library, "ny", ["baekkenbaelte", "trampolin"])
    pattern = r"^ny/exercise.toml: the field 'aids\[1\]' names the aid 'trampolin', which is not in this library\.$"
    if reader == "folder":
        store = Store.open(data_dir)
        before = dump(store)
        with pytest.raises(LibraryError, match=pattern):
            seed_shipped(store, aid_library)
        assert dump(store) == before
        store.close()
    else:
        with open_tree(aid_library) as tree, pytest.raises(LibraryError, match=pattern):
            read_tree(tree)


def test_lenient_reading_skips_only_the_exercise_with_an_unknown_aid(aid_library):
    with_aids(aid_library, "ny", ["trampolin"])
    with open_tree(aid_library) as tree:
        source = read_tree(tree, lenient=True)
    slugs = {record.slug for record in source.items["exercise"]}
    assert "ny" not in slugs and "gang-med-baelte" in slugs
    assert [str(p) for p in source.problems if "'trampolin'" in str(p)] == [
        "ny/exercise.toml: the field 'aids[0]' names the aid 'trampolin', which is not in this library."
    ]


@pytest.mark.parametrize(
    ("aids", "message"),
    [
        ("baekkenbaelte", r"the field 'aids' must be a list of slugs or UUIDs of aids"),
        (["baekkenbaelte", "Bækken bælte"], r"the field 'aids\[1\]' must be the slug or UUID of an aid"),
        ([3], r"the field 'aids\[0\]' must be the slug or UUID of an aid"),
    ],
)
def test_malformed_aids_field(aid_library, aids, message):
    with_aids(aid_library, "ny", aids)
    with pytest.raises(LibraryError, match=r"ny/exercise.toml: " + message):
        read_library(aid_library)


def test_writer_names_aids_in_the_library_by_slug_and_round_trips(aid_library, tmp_path):
    with_aids(aid_library, "fremmed", [FOREIGN, "satinlagen"])
    content = read_library(aid_library)
    out = tmp_path / "written"
    write_library_folder(out, content.meta, content.items, lambda image: SVG)
    written = tomllib.loads((out / "begge-dele" / "exercise.toml").read_text(encoding="utf-8"))
    assert written["aids"] == ["satinlagen", "baekkenbaelte"]
    foreign = tomllib.loads((out / "fremmed" / "exercise.toml").read_text(encoding="utf-8"))
    assert foreign["aids"] == [FOREIGN, "satinlagen"]  # not in the library: its UUID
    plain = tomllib.loads((out / "muslingen" / "exercise.toml").read_text(encoding="utf-8"))
    assert "aids" not in plain
    again = read_library(out)
    for kind in ("exercise", "aid", "advice", "template"):
        assert sorted(again.items[kind], key=lambda r: r.id) == sorted(content.items[kind], key=lambda r: r.id)


def test_an_exercise_without_aids_keeps_its_file_form_and_content_hash():
    """Hashes recorded before exercises had aids stay valid: no spurious 'updated upstream'."""
    data = exercise("muslingen", "Muslingen", "Clam shell", "hip", "side-lying")
    assert "aids" not in records.exercise_to_dict(records.exercise_from_dict(data))
    with_aid = records.exercise_from_dict(data | {"aids": [BELT]})
    assert records.exercise_to_dict(with_aid)["aids"] == [BELT]


# --- the store: the aid filter ----------------------------------------------------------------


def slugs(store, query="", **filters) -> list[str]:
    return [hit.slug for hit in store.search(query, Filters(**filters))]


def page_slugs(store, query="", **filters) -> tuple[int, list[str]]:
    page = store.search_page(query, Filters(**filters), limit=50)
    return page.total, sorted(hit.slug for hit in page.hits)


@pytest.mark.parametrize("rank_at_most", [search.RANK_AT_MOST, 0], ids=["ranked", "unranked"])
def test_search_filters_by_aid_alone_with_text_and_with_other_filters(aid_store, monkeypatch, rank_at_most):
    monkeypatch.setattr(search, "RANK_AT_MOST", rank_at_most)
    assert sorted(slugs(aid_store, aid=BELT)) == ["begge-dele", "gang-med-baelte"]
    assert sorted(slugs(aid_store, aid=SHEET)) == ["begge-dele", "vend-med-lagen"]
    assert slugs(aid_store, "gang", aid=BELT) == ["gang-med-baelte"]  # text and aid
    assert slugs(aid_store, "gang", aid=SHEET) == []
    assert slugs(aid_store, "øvelse", aid=SHEET, region="low-back") == ["vend-med-lagen"]
    assert slugs(aid_store, "", aid=BELT, position="walking") == ["gang-med-baelte"]
    assert slugs(aid_store, "øvelse", aid=BELT, tag="daily-life", region="pelvis") == ["begge-dele", "gang-med-baelte"]
    assert slugs(aid_store, aid=BELT.upper()) == slugs(aid_store, aid=BELT)
    assert slugs(aid_store, aid=FOREIGN) == []
    # the paged search and the count agree with the plain one
    for query, filters in (
        ("", {"aid": BELT}),
        ("øvelse", {"aid": SHEET}),
        ("ø", {"aid": BELT, "tag": "daily-life"}),
        ("gang", {"aid": BELT, "position": "walking"}),
    ):
        expected = sorted(slugs(aid_store, query, **filters))
        assert page_slugs(aid_store, query, **filters) == (len(expected), expected)
        assert aid_store.count_matches(query, Filters(**filters)) == len(expected)


def test_hits_carry_their_aids(aid_store):
    hits = {hit.slug: hit for hit in aid_store.search("")}
    assert hits["begge-dele"].aids == (SHEET, BELT) and hits["muslingen"].aids == ()
    assert hits["begge-dele"].to_json()["aids"] == [SHEET, BELT]
    page = {hit.slug: hit for hit in aid_store.search_page("", limit=100).hits}
    assert page["vend-med-lagen"].aids == (SHEET,)


def test_aid_filter_follows_edits_restores_and_deletes(aid_store):
    walk = aid_store.catalogue.get("exercise", "gang-med-baelte")
    aid_store.catalogue.save("exercise", replace(walk, aids=(SHEET,)))
    assert "gang-med-baelte" not in slugs(aid_store, aid=BELT)
    assert "gang-med-baelte" in slugs(aid_store, aid=SHEET)
    aid_store.catalogue.restore_original("exercise", "gang-med-baelte")
    assert "gang-med-baelte" in slugs(aid_store, aid=BELT)
    aid_store.catalogue.delete("exercise", "gang-med-baelte")
    assert slugs(aid_store, aid=BELT) == ["begge-dele"]
    assert (
        aid_store.db.execute("SELECT count(*) FROM exercise_aids WHERE exercise_id = ?", [walk.id]).fetchone()[0] == 0
    )


def test_newer_library_version_brings_aids_to_unedited_exercises(tmp_path, data_dir):
    """How an existing install gets the aids of the shipped exercises: the version bump."""
    root = make_library(tmp_path / "v1", version="1")
    store = Store.open(data_dir)
    seed_shipped(store, root)
    assert slugs(store, aid=BELT) == []
    newer = tmp_path / "v2"
    shutil.copytree(root, newer)
    make_library(newer, version="2")
    with_aids(newer, "kat-ko", ["baekkenbaelte"], region="low-back", position="hands-knees")
    report = seed_shipped(store, newer)
    assert report["exercise"].updated == 1 and report["exercise"].unchanged == 5
    assert slugs(store, aid=BELT) == ["kat-ko"]
    store.close()


# --- bundles ----------------------------------------------------------------------------------


def test_bundle_round_trip_keeps_aids(aid_store, tmp_path):
    from exercise_builder.services.sharing_export import export_bundle
    from exercise_builder.services.sharing_import import apply_import, preview_import

    bundle = export_bundle(aid_store, tmp_path / "all.eblib").path
    with zipfile.ZipFile(bundle) as archive:
        written = tomllib.loads(archive.read("begge-dele/exercise.toml").decode())
    assert written["aids"] == ["satinlagen", "baekkenbaelte"]
    other = Store.open(tmp_path / "other")
    apply_import(other, preview_import(other, bundle))
    for slug in ("gang-med-baelte", "vend-med-lagen", "begge-dele", "muslingen"):
        assert other.catalogue.get("exercise", slug).aids == aid_store.catalogue.get("exercise", slug).aids
    assert sorted(slugs(other, aid=BELT)) == ["begge-dele", "gang-med-baelte"]
    # nothing differs, so importing again changes nothing
    again = preview_import(other, bundle)
    assert again.counts["unchanged"] == len(again.planned)
    other.close()


def test_a_change_of_aids_counts_as_a_change_upstream(aid_store, tmp_path):
    from exercise_builder.library import merge
    from exercise_builder.services.sharing_export import export_bundle
    from exercise_builder.services.sharing_import import apply_import, preview_import

    other = Store.open(tmp_path / "other")
    apply_import(other, preview_import(other, export_bundle(aid_store, tmp_path / "v1.eblib").path))
    walk = aid_store.catalogue.get("exercise", "gang-med-baelte")
    aid_store.catalogue.save("exercise", replace(walk, aids=(BELT, SHEET)))
    preview = preview_import(other, export_bundle(aid_store, tmp_path / "v2.eblib").path)
    changed = [(p.incoming.slug, p.status) for p in preview.planned if p.status != merge.UNCHANGED]
    assert changed == [("gang-med-baelte", merge.UPDATED)]
    apply_import(other, preview)
    assert other.catalogue.get("exercise", "gang-med-baelte").aids == (BELT, SHEET)
    assert "gang-med-baelte" in slugs(other, aid=SHEET)
    other.close()


def test_exporting_an_exercise_brings_the_aids_it_uses(aid_store, tmp_path):
    from exercise_builder.services.sharing_export import export_bundle

    report = export_bundle(aid_store, tmp_path / "one.eblib", ["begge-dele"])
    assert report.counts == {"exercise": 1, "aid": 2, "advice": 0, "template": 0}
    with zipfile.ZipFile(report.path) as archive:
        folders = {name.split("/")[0] for name in archive.namelist() if "/" in name}
    assert folders == {"begge-dele", "baekkenbaelte", "satinlagen"}


def test_import_warns_about_an_aid_neither_in_the_bundle_nor_here(tmp_path):
    from exercise_builder.services.sharing_import import preview_import

    root = make_library(tmp_path / "lib")
    with_aids(root, "fremmed", [FOREIGN])
    store = Store.open(tmp_path / "data")
    preview = preview_import(store, root)
    assert preview.warnings == [
        f"the exercise fremmed uses the aid '{FOREIGN}', which is neither in the bundle nor here"
    ]
    store.close()


# --- the shipped library, the CLI and program files -------------------------------------------

SHIPPED = Path(__file__).resolve().parents[1] / "resources" / "exercises"


def test_shipped_exercises_name_shipped_aids():
    content = read_library(SHIPPED)
    aids = {aid.id: aid.slug for aid in content.aids}
    used = {record.slug: [aids[ident] for ident in record.aids] for record in content.exercises if record.aids}
    assert used["hofte-udad-elastik"] == ["elastikbaand"] and used["skulderblade-elastik"] == ["elastikbaand"]
    assert used["baekkencirkler-paa-bold"] == ["traeningsbold"]
    assert "pude-mellem-knaeene" in used["hvil-sideliggende"]
    assert used["vende-sig-i-sengen"] == ["satinlagen"]
    assert tuple(map(int, read_meta(SHIPPED).version.split("."))) >= (2026, 12, 1)  # figures and aids came


def test_cli_search_by_aid(capsys, data_dir):
    from exercise_builder.cli import main

    assert main(["search", "--aid", "elastikbaand", "--json", "--data-dir", str(data_dir)]) == 0
    hits = json.loads(capsys.readouterr().out)
    content = read_library(SHIPPED)
    band = next(aid.id for aid in content.aids if aid.slug == "elastikbaand")
    expected = sorted(record.slug for record in content.exercises if band in record.aids)
    assert {"hofte-udad-elastik", "skulderblade-elastik"} <= set(expected)
    assert sorted(hit["slug"] for hit in hits) == expected
    assert main(["search", "hofte", "--aid", "elastikbaand", "--data-dir", str(data_dir)]) == 0
    assert "[hofte-udad-elastik]" in capsys.readouterr().out
    assert main(["search", "--aid", "trampolin", "--data-dir", str(data_dir)]) == 2
    assert "--aid 'trampolin' is not an aid in the library." in capsys.readouterr().err


def test_program_file_without_exercise_aids_still_opens_and_renders(shipped_store, tmp_path):
    """Program files never held exercise aids; one naming exercises that now have aids still works."""
    from exercise_builder.services.handout_jobs import render_program_file

    path = tmp_path / "gammel.ebprog"
    path.write_text(
        json.dumps(
            {
                "format": "exercise-builder-program",
                "format_version": 1,
                "patient": {"name": "Test"},
                "items": [{"exercise": "hofte-udad-elastik", "reps": 10}, {"exercise": "vende-sig-i-sengen"}],
                "aids": [{"aid": "elastikbaand"}],
            }
        ),
        encoding="utf-8",
    )
    assert render_program_file(shipped_store, path).startswith(b"%PDF")
