import shutil

import pytest

from exercise_builder.library import LibraryError, read_library
from exercise_builder.services.shipped_library import seed_shipped
from exercise_builder.store import Store
from library_factory import exercise, make_library, stable_id, write_item


def dump(store):
    tables = ["exercises", "aids", "advice", "templates", "media", "programs", "settings"]
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def test_reads_a_valid_library(mini_library):
    content = read_library(mini_library)
    assert content.meta.name == "Testbibliotek"
    assert len(content.exercises) == 6 and len(content.aids) == 2
    assert len(content.advice) == 2 and len(content.templates) == 1


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (
            lambda root: (root / "muslingen" / "figure.svg").unlink(),
            r"muslingen/exercise.toml.*images\[0\].file.*figure.svg.*missing",
        ),
        (
            lambda root: (root / "muslingen" / "exercise.toml").write_text("title = [", encoding="utf-8"),
            r"muslingen/exercise.toml is not valid TOML",
        ),
        (
            lambda root: (root / "library.toml").write_text(
                'format_version = 9\nid="x"\nname="y"\npublisher=""\nversion="1"'
            ),
            r"format_version 9",
        ),
        (lambda root: (root / "library.toml").unlink(), r"library.toml is missing"),
        (
            lambda root: write_item(
                root,
                "exercise",
                exercise("kat-ko-2", "Kat", "Cat", "pelvis", "supine") | {"id": stable_id("kat-ko")},
                {"figure.svg": b"<svg/>"},
            ),
            r"kat-ko-2/exercise.toml: the id .* also used by kat-ko",
        ),
        (
            lambda root: write_item(
                root,
                "exercise",
                {k: v for k, v in exercise("ny", "Ny", "New", "pelvis", "supine").items() if k != "title"},
                {"figure.svg": b"<svg/>"},
            ),
            r"ny/exercise.toml: the field 'title.da' is missing",
        ),
        (
            lambda root: write_item(
                root,
                "exercise",
                exercise("ny", "Ny", "New", "pelvis", "supine") | {"dosage": {"reps": "mange"}},
                {"figure.svg": b"<svg/>"},
            ),
            r"ny/exercise.toml: the field 'dosage'.*reps",
        ),
        (
            lambda root: write_item(
                root,
                "exercise",
                exercise("ny", "Ny", "New", "pelvis", "supine") | {"slug": "andet"},
                {"figure.svg": b"<svg/>"},
                "ny",
            ),
            r"ny/exercise.toml: the field 'slug' is 'andet'",
        ),
        (
            lambda root: write_item(
                root,
                "exercise",
                exercise("ny", "Ny", "New", "pelvis", "supine") | {"colour": "red"},
                {"figure.svg": b"<svg/>"},
            ),
            r"ny/exercise.toml: the field 'colour' unknown key",
        ),
        (
            lambda root: write_item(
                root,
                "exercise",
                exercise("ny", "Ny", "New", "pelvis", "supine") | {"id": "not-a-uuid"},
                {"figure.svg": b"<svg/>"},
            ),
            r"ny/exercise.toml: the field 'id' is not a UUID",
        ),
    ],
)
def test_bad_folders_name_file_and_field_and_change_nothing(tmp_path, data_dir, damage, message):
    root = make_library(tmp_path / "lib")
    store = Store.open(data_dir)
    before = dump(store)
    damage(root)
    with pytest.raises(LibraryError, match=message):
        seed_shipped(store, root)
    assert dump(store) == before
    store.close()


def test_seeding_is_done_once_per_version(store, mini_library):
    assert seed_shipped(store, mini_library) is None
    assert store.catalogue.count("exercise") == 6


def test_newer_shipped_version_updates_only_unedited_items(tmp_path, data_dir):
    from exercise_builder.domain import records

    root = make_library(tmp_path / "lib", version="1")
    store = Store.open(data_dir)
    seed_shipped(store, root)
    # the user edits one shipped exercise and adds one of her own
    edited = records.exercise_from_dict(exercise("muslingen", "Min musling", "My clam", "hip", "side-lying"))
    store.catalogue.save("exercise", edited)
    own = records.exercise_from_dict(exercise("egen-oevelse", "Egen øvelse", "Own", "hip", "standing"))
    store.catalogue.save("exercise", own)
    # a newer shipped library changes both the edited and an unedited exercise
    newer = tmp_path / "lib2"
    shutil.copytree(root, newer)
    make_library(newer, version="2")
    for slug, title in (("muslingen", "Muslingen 2"), ("kat-ko", "Kat og ko 2")):
        write_item(newer, "exercise", exercise(slug, title, "x", "hip", "side-lying"))
    report = seed_shipped(store, newer)
    assert report["exercise"].updated == 1 and report["exercise"].kept_local_edit == 1
    assert store.catalogue.get("exercise", "kat-ko").title["da"] == "Kat og ko 2"
    assert store.catalogue.get("exercise", "muslingen").title["da"] == "Min musling"
    assert store.catalogue.get("exercise", "egen-oevelse").title["da"] == "Egen øvelse"
    assert store.catalogue.info("exercise", "egen-oevelse").origin == "custom"
    # restoring the original of the edited one brings the newest shipped version
    store.catalogue.restore_original("exercise", "muslingen")
    assert store.catalogue.get("exercise", "muslingen").title["da"] == "Muslingen 2"
    store.close()


def test_images_are_stored_by_hash(store):
    exercise = store.catalogue.get("exercise", "muslingen")
    sha = exercise.images[0].sha256
    assert len(sha) == 64 and store.media.path(sha).read_bytes().startswith(b"<svg")
