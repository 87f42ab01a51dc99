"""Two clinics edit the same exercise, then exchange bundles: conflicts and the three policies."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sharing_helpers import add_custom_exercise, png

from exercise_builder.library import merge
from exercise_builder.services.opening import open_store
from exercise_builder.services.sharing_export import export_bundle, export_meta
from exercise_builder.services.sharing_import import apply_import, preview_import, replaced_versions

SAME = "baekkenvip-rygliggende"  # edited in both clinics
ONLY_A = "kat-ko"  # edited in A only: B keeps the shipped one and gets A's as a copy
ONLY_B = "muslingen"  # edited in B only: B sees "edited here"


def _edit(store, slug: str, **changes):
    record = store.catalogue.get("exercise", slug)
    store.catalogue.save("exercise", replace(record, **changes))
    return store.catalogue.get("exercise", slug)


@pytest.fixture
def clinics(tmp_path: Path):
    a, b = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    for slug in (SAME, ONLY_A, ONLY_B):
        assert a.catalogue.get("exercise", slug) and b.catalogue.get("exercise", slug)
    mine_a = _edit(a, SAME, title={"da": "Bækkenvip – klinik A", "en": "Pelvic tilt – clinic A"})
    _edit(a, ONLY_A, steps={"da": ["Klinik A's trin ét.", "Trin to."], "en": ["One.", "Two."]})
    new_a = add_custom_exercise(a, "klinik-a-ny", "Ny fra A", {"figure.png": png(11)})
    mine_b = _edit(b, SAME, steps={"da": ["Klinik B's første trin.", "Klinik B's andet trin."], "en": ["B1.", "B2."]})
    _edit(b, ONLY_B, title={"da": "Muslingen – klinik B", "en": "Clam – clinic B"})
    meta_a = export_meta(a, name="Klinik A", publisher="Klinik A", version="7")
    bundle_a = export_bundle(a, tmp_path / "a.eblib", meta=meta_a).path
    meta_b = export_meta(b, name="Klinik B", publisher="Klinik B", version="3")
    bundle_b = export_bundle(b, tmp_path / "b.eblib", meta=meta_b).path
    yield a, b, bundle_a, bundle_b, mine_a, mine_b, new_a
    a.close()
    b.close()


def _content(record):
    return (record.title, record.steps, record.images)


def test_preview_reports_the_conflict_and_the_rest(clinics):
    a, b, bundle_a, bundle_b, *_ = clinics
    preview = preview_import(b, bundle_a)
    status = {p.incoming.slug: p.status for p in preview.planned}
    assert status[SAME] == "conflict"
    assert status[ONLY_A] == "shipped-kept"
    assert status[ONLY_B] == "edited-here"
    assert status["klinik-a-ny"] == "new"
    assert preview.counts["conflict"] == 1 and preview.counts["new"] == 1
    assert preview.counts["unchanged"] == len(preview.planned) - 4
    assert any("conflict: exercise baekkenvip-rygliggende" in line for line in preview.lines())
    # and the other way round
    back = preview_import(a, bundle_b)
    assert {p.incoming.slug: p.status for p in back.planned}[SAME] == "conflict"


def _common_checks(b, mine_b, new_a):
    assert b.catalogue.get("exercise", "klinik-a-ny").title == new_a.title  # new arrives
    shipped = b.catalogue.get("exercise", ONLY_A)  # only an app update changes a shipped item ...
    assert shipped.steps["da"][0] != "Klinik A's trin ét." and not b.catalogue.info("exercise", ONLY_A).edited
    theirs = [r for r in b.catalogue.all("exercise") if r.steps["da"][0] == "Klinik A's trin ét."]
    assert (
        len(theirs) == 1 and b.catalogue.info("exercise", theirs[0].id).origin == "imported"
    )  # ... theirs comes beside
    assert b.catalogue.get("exercise", ONLY_B).title["da"] == "Muslingen – klinik B"  # my edit stays


def test_keep_mine(clinics):
    a, b, bundle_a, _, mine_a, mine_b, new_a = clinics
    apply_import(b, preview_import(b, bundle_a), "keep-mine")
    _common_checks(b, mine_b, new_a)
    kept = b.catalogue.get("exercise", SAME)
    assert _content(kept) == _content(mine_b)
    assert b.catalogue.info("exercise", SAME).edited
    # theirs is not lost: it is now the original this edit can be reset to
    assert _content(b.catalogue.original("exercise", SAME)) == _content(mine_a)
    # seen once: the next import of the same bundle no longer calls it a conflict
    again = preview_import(b, bundle_a)
    assert {p.incoming.slug: p.status for p in again.planned}[SAME] == "edited-here"


def test_take_theirs(clinics):
    a, b, bundle_a, _, mine_a, mine_b, new_a = clinics
    result = apply_import(b, preview_import(b, bundle_a), "take-theirs")
    assert result.by_op["replace"] == 1
    _common_checks(b, mine_b, new_a)
    taken = b.catalogue.get("exercise", SAME)
    assert _content(taken) == _content(mine_a)
    assert not b.catalogue.info("exercise", SAME).edited
    # mine is not lost: it is kept as a replaced version
    ((when, backup),) = replaced_versions(b, mine_b.id)
    assert _content(backup) == _content(mine_b)
    info = b.catalogue.info("exercise", SAME)
    assert (info.source_version, info.origin) == ("7", "shipped")


def test_keep_both(clinics):
    a, b, bundle_a, _, mine_a, mine_b, new_a = clinics
    before = b.catalogue.count("exercise")
    result = apply_import(b, preview_import(b, bundle_a), "keep-both")
    assert result.by_op["copy"] == 2  # the conflict, and their version of a shipped item
    _common_checks(b, mine_b, new_a)
    assert _content(b.catalogue.get("exercise", SAME)) == _content(mine_b)
    assert b.catalogue.count("exercise") == before + 3  # the new one and the two copies
    copy_note = next(action for action in result.actions if action.op == "copy" and action.status == "conflict")
    theirs = b.catalogue.get("exercise", copy_note.data["slug"])
    assert theirs.id != mine_b.id and theirs.slug != SAME
    assert theirs.title["da"] == "Bækkenvip – klinik A (fra Klinik A)"
    assert theirs.title["en"] == "Pelvic tilt – clinic A (from Klinik A)"
    assert theirs.steps == mine_a.steps
    assert b.catalogue.info("exercise", theirs.id).origin == "imported"
    # importing the same bundle again does not make a second copy
    again = apply_import(b, preview_import(b, bundle_a), "keep-both")
    assert again.by_op["copy"] == 0 and b.catalogue.count("exercise") == before + 3


def test_an_edit_after_the_preview_is_not_overwritten(clinics):
    a, b, bundle_a, *_ = clinics
    preview = preview_import(b, bundle_a)
    assert {p.incoming.slug: p.status for p in preview.planned}[ONLY_A] == "shipped-kept"
    edited = _edit(b, ONLY_A, title={"da": "Ændret efter forhåndsvisningen", "en": "x"})
    apply_import(b, preview, "keep-mine")
    assert b.catalogue.get("exercise", ONLY_A).title == edited.title


# --- the pure merge rules -------------------------------------------------------------------


def _item(kind, ident, slug, hash_, **extra):
    data = {"id": ident, "slug": slug, "title": {"da": slug.title()}, **extra}
    return merge.Incoming(kind, data, hash_)


def test_classify_all_five():
    local = {
        ("exercise", i): merge.Local("exercise", i, f"s{i}", "imported", cur, base)
        for i, cur, base in [("2", "h", "h"), ("3", "base", "base"), ("4", "mine", "h"), ("5", "mine", "base")]
    }
    incoming = [
        _item("exercise", "1", "s1", "x"),
        _item("exercise", "2", "s2", "h"),
        _item("exercise", "3", "s3", "theirs"),
        _item("exercise", "4", "s4", "h"),
        _item("exercise", "5", "s5", "theirs"),
    ]
    statuses = [p.status for p in merge.classify(incoming, local)]
    assert statuses == ["new", "unchanged", "updated-upstream", "edited-here", "conflict"]


def test_a_shipped_item_is_never_updated_from_a_bundle():
    """Unedited shipped items and shipped advice (the stop box) only change with the app."""
    local = {
        (kind, i): merge.Local(kind, i, f"s{i}", "shipped", cur, base)
        for kind, i, cur, base in [
            ("exercise", "1", "base", "base"),
            ("exercise", "2", "mine", "base"),
            ("advice", "3", "base", "base"),
            ("advice", "4", "mine", "base"),
        ]
    }
    incoming = [
        _item(kind, i, f"s{i}", "theirs")
        for kind, i in [("exercise", "1"), ("exercise", "2"), ("advice", "3"), ("advice", "4")]
    ]
    planned = merge.classify(incoming, local)
    assert [p.status for p in planned] == ["shipped-kept", "conflict", "shipped-kept", "shipped-kept"]
    for policy in merge.POLICIES:
        ops = {a.data["title"]["da"]: a.op for a in merge.decide(planned, policy, "X", {}, set(local))}
        assert [ops[k] for k in ("S1 (fra X)", "S3 (fra X)", "S4 (fra X)")] == ["copy"] * 3


def test_custom_item_changed_elsewhere_is_a_conflict():
    local = {("exercise", "1"): merge.Local("exercise", "1", "s1", "custom", "mine", None)}
    assert merge.classify([_item("exercise", "1", "s1", "theirs")], local)[0].status == "conflict"


def test_keep_both_points_their_template_at_their_copy_and_slug_clash_renames():
    local = {("exercise", "e1"): merge.Local("exercise", "e1", "oevelse", "custom", "mine", None)}
    incoming = [
        _item("exercise", "e1", "oevelse", "theirs"),
        _item("exercise", "e2", "optaget", "n"),
        _item(
            "template",
            "t1",
            "skabelon",
            "t",
            items=[{"exercise": "oevelse"}, {"exercise": "optaget"}],
            aids=[],
            advice=[],
        ),
    ]
    planned = merge.classify(incoming, local)
    actions = merge.decide(planned, "keep-both", "Klinik A", {"oevelse": "e1", "optaget": "someone-else"}, set(local))
    by_slug = {a.data["id"]: a for a in actions}
    copy = next(a for a in actions if a.op == "copy")
    assert copy.data["title"]["da"] == "Oevelse (fra Klinik A)" and copy.data["slug"].startswith("oevelse-")
    assert by_slug["e2"].data["slug"].startswith("optaget-") and "in use here" in by_slug["e2"].note
    template = by_slug["t1"].data
    assert [i["exercise"] for i in template["items"]] == [copy.data["id"], "e2"]
    with pytest.raises(ValueError):
        merge.decide(planned, "overwrite-all", "x", {}, set())


def test_a_policy_without_a_conflict_rule_is_refused_not_taken_as_theirs(monkeypatch):
    """decide() names every policy: one added to POLICIES but not to decide() must not replace."""
    local = {("exercise", "1"): merge.Local("exercise", "1", "s1", "custom", "mine", None)}
    planned = merge.classify([_item("exercise", "1", "s1", "theirs")], local)
    monkeypatch.setattr(merge, "POLICIES", (*merge.POLICIES, "ask-each-time"))
    with pytest.raises(ValueError):
        merge.decide(planned, "ask-each-time", "X", {}, set(local))
    assert [a.op for a in merge.decide(planned, "take-theirs", "X", {}, set(local))] == ["replace"]
