"""Export the whole library from one data dir and import it into a fresh one: all identical."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sharing_helpers import add_custom_exercise, add_custom_template, png

from exercise_builder.domain import records
from exercise_builder.library import LibraryError
from exercise_builder.services.opening import open_store
from exercise_builder.services.sharing_export import export_bundle, export_meta
from exercise_builder.services.sharing_import import apply_import, library_sources, preview_import
from exercise_builder.store import Filters, Store

KINDS = ("exercise", "aid", "advice", "template")


def _everything(store: Store) -> dict[str, dict[str, dict]]:
    return {kind: {r.id: records.KINDS[kind][1](r) for r in store.catalogue.all(kind)} for kind in KINDS}


def _images(store: Store) -> dict[str, str]:
    """sha256 → sha256 of the bytes actually in media/ (they must agree)."""
    import hashlib

    out = {}
    for kind in ("exercise", "aid"):
        for record in store.catalogue.all(kind):
            for image in record.images:
                out[image.sha256] = hashlib.sha256(store.media.read(image.sha256)).hexdigest()
    return out


def _rows(store: Store) -> dict[str, list[tuple]]:
    """The catalogue rows' content columns (origin and provenance differ by design)."""
    out = {}
    for table in ("exercises", "aids", "advice", "templates"):
        extra = ", region, position, tags" if table == "exercises" else ""
        out[table] = store.db.execute(
            f"SELECT id, slug, title, data, updated{extra} FROM {table} ORDER BY id"
        ).fetchall()
    return out


def _media_rows(store: Store) -> set[tuple]:
    return set(store.db.execute("SELECT sha256, ext, size FROM media").fetchall())  # sizes in pixels may be new


def _unused_media(store: Store) -> set[tuple]:
    used = set(_images(store))
    return {row for row in _media_rows(store) if row[0] not in used}


@pytest.fixture
def clinic(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "clinic")
    add_custom_exercise(store, "klinik-skulderrul", "Skulderrul", {"front.png": png(1), "side.png": png(2)})
    add_custom_exercise(store, "klinik-armhaevning", "Armhævning", {"figure.png": png(3, (40, 30))})
    add_custom_template(
        store,
        "klinik-skabelon",
        ["klinik-skulderrul", "klinik-armhaevning", "baekkenvip-rygliggende"],
        aid="baekkenbaelte",
        advice=["om-baekkensmerter"],
    )
    yield store
    store.close()


@pytest.mark.parametrize("seeded", [False, True], ids=["empty data dir", "seeded data dir"])
def test_round_trip_whole_library(clinic, tmp_path, seeded):
    bundle = export_bundle(clinic, tmp_path / "all.eblib").path
    fresh = open_store(tmp_path / "fresh") if seeded else Store.open(tmp_path / "fresh")
    preview = preview_import(fresh, bundle)
    expected_new = 3 if seeded else sum(clinic.catalogue.count(k) for k in KINDS)
    assert preview.counts["new"] == expected_new
    assert preview.counts["conflict"] == 0
    result = apply_import(fresh, preview, "keep-mine")
    assert not result.cancelled
    assert _everything(fresh) == _everything(clinic)
    assert _rows(fresh) == _rows(clinic)
    assert _images(fresh) == _images(clinic)
    assert _media_rows(fresh) >= _media_rows(clinic) - _unused_media(clinic)
    assert all(sha == actual for sha, actual in _images(fresh).items())
    assert len(_images(fresh)) >= 3 + 51
    # provenance of what was new here: the clinic's library id and version, searchable
    meta_id = json.loads(clinic.db.execute("SELECT value FROM settings WHERE key = 'export_library'").fetchone()[0])[
        "id"
    ]
    info = fresh.catalogue.info("exercise", "klinik-skulderrul")
    assert (info.origin, info.source_library) == ("imported", meta_id)
    assert info.source_version == preview.meta.version
    hits = fresh.search("", Filters(source_library=meta_id))
    assert {"klinik-skulderrul", "klinik-armhaevning"} <= {hit.slug for hit in hits}
    assert library_sources(fresh)[meta_id]["name"] == preview.meta.name
    # importing again changes nothing
    again = preview_import(fresh, bundle)
    assert again.counts["unchanged"] == len(again.planned)
    fresh.close()


def test_bundle_carries_library_identity_and_image_credits(clinic, tmp_path):
    meta = export_meta(clinic, name="Fysio Nord – øvelser", publisher="Fysio Nord", version="2026.1")
    bundle = export_bundle(clinic, tmp_path / "x.eblib", meta=meta).path
    with zipfile.ZipFile(bundle) as archive:
        library = archive.read("library.toml").decode()
        exercise = archive.read("klinik-skulderrul/exercise.toml").decode()
        names = set(archive.namelist())
    assert 'name = "Fysio Nord – øvelser"' in library and 'publisher = "Fysio Nord"' in library
    assert 'version = "2026.1"' in library and "format_version = 1" in library
    assert 'author = "Klinik Test"' in exercise and 'licence = "CC-BY-4.0"' in exercise
    assert {"klinik-skulderrul/front.png", "klinik-skulderrul/side.png"} <= names
    # the same library gives the same bytes
    again = export_bundle(clinic, tmp_path / "y.eblib", meta=meta).path
    assert again.read_bytes() == bundle.read_bytes()


def test_custom_only_brings_what_templates_need(clinic, tmp_path):
    report = export_bundle(clinic, tmp_path / "own.eblib", "custom")
    with zipfile.ZipFile(report.path) as archive:
        folders = {name.split("/")[0] for name in archive.namelist() if "/" in name}
    assert folders == {
        "klinik-skulderrul",
        "klinik-armhaevning",
        "klinik-skabelon",
        "baekkenvip-rygliggende",
        "baekkenbaelte",
        "om-baekkensmerter",
    }
    assert report.counts == {"exercise": 3, "aid": 1, "advice": 1, "template": 1}


def test_chosen_items_and_unknown_ref(clinic, tmp_path):
    report = export_bundle(clinic, tmp_path / "one.eblib", ["klinik-armhaevning"])
    assert report.counts == {"exercise": 1, "aid": 0, "advice": 0, "template": 0}
    assert report.images == 1
    with pytest.raises(LibraryError, match="'findes-ikke'"):
        export_bundle(clinic, tmp_path / "none.eblib", ["findes-ikke"])
    assert not (tmp_path / "none.eblib").exists()


def test_import_from_a_library_folder(store, tmp_path, mini_library):
    fresh = Store.open(tmp_path / "other")
    preview = preview_import(fresh, mini_library)
    assert preview.counts["new"] == 11
    apply_import(fresh, preview)
    assert _everything(fresh) == _everything(store)
    fresh.close()


def test_cancelled_import_leaves_everything_as_it_was(clinic, tmp_path):
    from sharing_helpers import dump, files_under

    bundle = export_bundle(clinic, tmp_path / "all.eblib").path
    fresh = Store.open(tmp_path / "fresh")
    before, media = dump(fresh.db), files_under(tmp_path / "fresh" / "media")
    preview = preview_import(fresh, bundle)
    seen = []
    result = apply_import(
        fresh, preview, "keep-mine", progress=lambda done, total: seen.append(done), cancelled=lambda: len(seen) >= 30
    )
    assert result.cancelled and len(seen) == 30
    assert dump(fresh.db) == before
    assert files_under(tmp_path / "fresh" / "media") == media
    fresh.close()


def test_export_progress_and_cancel(clinic, tmp_path):
    seen = []
    export_bundle(clinic, tmp_path / "a.eblib", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] == _items(clinic)
    assert export_bundle(clinic, tmp_path / "b.eblib", cancelled=lambda: True).cancelled
    assert not list(tmp_path.glob("*b.eblib*"))


def test_orphan_media_from_a_killed_import_can_be_swept(clinic, tmp_path):
    import os

    from exercise_builder.services.sharing_import import remove_orphan_media

    orphan = clinic.media.dir / "ab" / ("ab" + "0" * 62 + ".png")
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(png(77))
    kept = {p for p in clinic.media.dir.rglob("*") if p.is_file()} - {orphan}
    assert remove_orphan_media(clinic) == 0  # young: maybe an import still running
    os.utime(orphan, (0, 0))
    assert remove_orphan_media(clinic) == 1
    assert {p for p in clinic.media.dir.rglob("*") if p.is_file()} == kept


def test_preview_reports_progress_and_can_be_cancelled(clinic, tmp_path):
    from exercise_builder.library import LibraryCancelled

    bundle = export_bundle(clinic, tmp_path / "all.eblib").path
    seen = []
    preview_import(clinic, bundle, progress=lambda done, total: seen.append((done, total)))
    total = _items(clinic)
    assert seen[-1] == (total, total) and len(seen) == total
    with pytest.raises(LibraryCancelled):
        preview_import(clinic, bundle, cancelled=lambda: True)


def test_a_bundle_carries_the_synonyms_of_what_it_holds_and_another_clinic_gets_them(clinic, tmp_path):
    import tomllib

    own = export_meta(clinic).id
    clinic.catalogue.merge_synonyms({"wobblepush": ["armhævning"]}, own)
    clinic.catalogue.merge_synonyms({"fremmedord": ["armhævning"]}, "a-library-not-exported")
    bundle = export_bundle(clinic, tmp_path / "one.eblib", ["klinik-armhaevning"]).path
    with zipfile.ZipFile(bundle) as archive:
        names = {name.rsplit("/", 1)[-1]: name for name in archive.namelist()}
        carried = tomllib.loads(archive.read(names["synonyms.toml"]).decode("utf-8"))["synonyms"]
    assert carried == {"wobblepush": ["armhævning"]}  # not the other library's, not the shipped ones
    whole = export_bundle(clinic, tmp_path / "all.eblib").path
    with zipfile.ZipFile(whole) as archive:
        name = next(n for n in archive.namelist() if n.endswith("synonyms.toml"))
        everything = tomllib.loads(archive.read(name).decode("utf-8"))["synonyms"]
    assert {"wobblepush", "clamshell", "si-led"} <= set(everything) and "fremmedord" not in everything

    fresh = Store.open(tmp_path / "fresh")
    assert fresh.search("wobblepush") == []
    apply_import(fresh, preview_import(fresh, bundle), "keep-mine")
    assert [hit.slug for hit in fresh.search("wobblepush")] == ["klinik-armhaevning"]
    fresh.close()


def _items(store) -> int:
    """Every exercise, aid, advice module and template in the store: what a whole export holds."""
    return sum(len(store.catalogue.all(kind)) for kind in ("exercise", "aid", "advice", "template"))
