"""The retired region code "legs" gives way to knee and ankle-foot, in libraries read and in
databases migrated; the vocabulary names every region of the body in both languages."""

import json

from exercise_builder.domain import vocabulary
from exercise_builder.domain.records import exercise_from_dict
from exercise_builder.store import Store
from exercise_builder.store.catalogue import content_hash
from exercise_builder.store.database import DB_NAME, connect
from exercise_builder.store.migrations import migrate
from exercise_builder.store.search import Filters

CUSTOM_ID = "0b4f8a4e-0000-4000-8000-0000000000c1"
SHIPPED_ID = "0b4f8a4e-0000-4000-8000-0000000000c2"


def _exercise(ident: str, slug: str, title: str) -> dict:
    return {
        "id": ident,
        "slug": slug,
        "updated": "2026-01-01T00:00:00Z",
        "region": "legs",
        "position": "standing",
        "tags": ["strength"],
        "title": {"da": title, "en": title},
        "steps": {"da": ["Stå.", "Bøj."], "en": ["Stand.", "Bend."]},
        "dosage": {},
        "images": [],
    }


def test_every_body_region_has_both_names():
    assert set(vocabulary.REGIONS) == {
        "neck",
        "shoulder",
        "upper-back",
        "elbow-wrist-hand",
        "low-back",
        "pelvis",
        "hip",
        "knee",
        "ankle-foot",
        "pelvic-floor",
        "whole-body",
    }
    assert {
        "mobility",
        "strength",
        "stretch",
        "balance",
        "endurance",
        "motor-control",
        "nerve-mobility",
        "relaxation",
    } <= set(vocabulary.TAGS)
    for table in (vocabulary.REGIONS, vocabulary.POSITIONS, vocabulary.TAGS):
        assert all(da and en for da, en in table.values())
    assert vocabulary.name(vocabulary.REGIONS, "upper-back") == "Øvre ryg"


def test_a_library_with_the_old_code_reads_as_knee():
    assert exercise_from_dict(_exercise(CUSTOM_ID, "benboej", "Benbøj")).region == "knee"


def test_a_database_with_the_old_code_is_migrated(data_dir):
    db = connect(data_dir / DB_NAME)
    migrate(db, upto=6)
    custom = _exercise(CUSTOM_ID, "benboej", "Benbøj")
    shipped = _exercise(SHIPPED_ID, "taahaev", "Tåhæv")
    edited = dict(shipped, title={"da": "Tåhæv, mit", "en": "Heel raise"})
    for data, origin, upstream, flag in ((custom, "custom", None, 0), (edited, "shipped", shipped, 1)):
        db["exercises"].insert(
            {
                "id": data["id"],
                "slug": data["slug"],
                "title": data["title"]["da"],
                "data": json.dumps(data, ensure_ascii=False),
                "origin": origin,
                "edited": flag,
                "base_hash": content_hash(upstream) if upstream else None,
                "upstream_data": json.dumps(upstream, ensure_ascii=False) if upstream else None,
                "region": "legs",
                "position": "standing",
                "tags": '["strength"]',
            }
        )
    db.conn.commit()
    db.close()

    store = Store.open(data_dir)
    try:
        catalogue = store.catalogue
        assert catalogue.get("exercise", CUSTOM_ID).region == "knee"
        assert catalogue.get("exercise", SHIPPED_ID).region == "ankle-foot"
        assert catalogue.original("exercise", SHIPPED_ID).region == "ankle-foot"
        assert catalogue.get("exercise", SHIPPED_ID).title["da"] == "Tåhæv, mit", "the local edit is kept"
        assert catalogue.info("exercise", SHIPPED_ID).edited
        row = store.db.execute("SELECT base_hash, upstream_data FROM exercises WHERE id = ?", [SHIPPED_ID]).fetchone()
        assert row[0] == content_hash(json.loads(row[1]))
        hits = store.search("", Filters(region="ankle-foot"))
        assert [hit.slug for hit in hits] == ["taahaev"]
        assert not store.search("", Filters(region="legs"))
    finally:
        store.close()


def test_easier_and_harder_variants_round_trip_and_are_checked():
    import pytest

    from exercise_builder.domain.models import FieldError
    from exercise_builder.domain.records import exercise_to_dict

    data = _exercise(CUSTOM_ID, "benboej", "Benbøj") | {
        "region": "knee",
        "easier": "stol-rejs",
        "harder": "0B4F8A4E-0000-4000-8000-0000000000C2",
    }
    exercise = exercise_from_dict(data)
    assert (exercise.easier, exercise.harder) == ("stol-rejs", SHIPPED_ID)
    assert exercise_from_dict(exercise_to_dict(exercise)) == exercise
    assert "easier" not in exercise_to_dict(exercise_from_dict(_exercise(CUSTOM_ID, "benboej", "Benbøj")))
    for bad in ("Not a slug!", "benboej", 7):
        with pytest.raises(FieldError, match="harder"):
            exercise_from_dict(data | {"harder": bad})
