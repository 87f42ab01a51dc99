"""The clinic library in a shared folder: subscribe, publish, refresh, conflicts, concurrency."""

from __future__ import annotations

import multiprocessing
import time
import tomllib
from pathlib import Path

import pytest
from sharing_helpers import add_custom_exercise, edit_exercise, png, publishing_worker

from exercise_builder.library import read_library
from exercise_builder.services.shared_folder_sync import (
    publish_own_items,
    refresh_subscription,
    subscribe_shared_folder,
)
from exercise_builder.services.sharing_import import preview_import
from exercise_builder.store import Filters, Store


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "OneDrive - Klinik" / "Øvelser"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def therapists(tmp_path: Path, shared: Path):
    a, b = Store.open(tmp_path / "anne"), Store.open(tmp_path / "bo")
    subscribe_shared_folder(a, shared)
    subscribe_shared_folder(b, shared)
    yield a, b
    a.close()
    b.close()


def _titles(folder: Path) -> dict[str, str]:
    content = read_library(folder)
    return {record.slug: record.title["da"] for kind in content.items for record in content.items[kind]}


def test_publish_then_refresh(therapists, shared):
    a, b = therapists
    first = add_custom_exercise(a, "annes-oevelse", "Annes øvelse", {"figure.png": png(1)})
    report = publish_own_items(a)
    assert report.ok and report.published == ["annes-oevelse"]
    assert _titles(shared) == {"annes-oevelse": "Annes øvelse"}
    assert not [p for p in shared.iterdir() if p.name.startswith(".")]  # nothing temporary left
    assert publish_own_items(a).published == []  # nothing new to publish
    refreshed = refresh_subscription(b)
    assert refreshed.ok and refreshed.result.by_op["insert"] == 1
    got = b.catalogue.get("exercise", "annes-oevelse")
    assert got.title == first.title and b.media.read(got.images[0].sha256) == png(1)
    library_id = tomllib.loads((shared / "library.toml").read_text())["id"]
    assert b.catalogue.info("exercise", got.id).source_library == library_id
    assert [hit.slug for hit in b.search("", Filters(source_library=library_id))] == ["annes-oevelse"]
    # Bo improves it and publishes: no conflict, Anne's refresh takes it
    edit_exercise(b, "annes-oevelse", title={"da": "Annes øvelse, rettet af Bo", "en": "x"})
    assert publish_own_items(b).published == ["annes-oevelse"]
    refresh_subscription(a)
    assert a.catalogue.get("exercise", "annes-oevelse").title["da"] == "Annes øvelse, rettet af Bo"
    assert refresh_subscription(b).result.by_op["skip"] == 1


def test_concurrent_edit_becomes_a_visible_conflict_copy(therapists, shared):
    a, b = therapists
    add_custom_exercise(a, "faelles", "Fælles øvelse", {"figure.png": png(2)})
    publish_own_items(a)
    refresh_subscription(b)
    edit_exercise(a, "faelles", title={"da": "Annes udgave", "en": "Anne's"})
    edit_exercise(b, "faelles", title={"da": "Bos udgave", "en": "Bo's"})
    assert publish_own_items(a).published == ["faelles"]
    report = publish_own_items(b)
    assert report.published == [] and len(report.conflicts) == 1
    titles = _titles(shared)  # still loads cleanly
    assert titles["faelles"] == "Annes udgave"
    (copy_slug,) = [slug for slug in titles if slug.startswith("faelles-konflikt-")]
    assert titles[copy_slug] == "Bos udgave (konfliktkopi)"
    assert publish_own_items(b).conflicts  # again: same copy, not a second one
    assert len([s for s in _titles(shared) if "konflikt" in s]) == 1
    # Anne sees Bo's version as its own item; her own stays hers
    refresh_subscription(a)
    assert a.catalogue.get("exercise", copy_slug).title["da"] == "Bos udgave (konfliktkopi)"
    assert a.catalogue.get("exercise", "faelles").title["da"] == "Annes udgave"


def test_unreachable_folder_keeps_the_local_copy(therapists, shared, tmp_path):
    a, b = therapists
    add_custom_exercise(a, "annes-oevelse", "Annes øvelse", {"figure.png": png(1)})
    publish_own_items(a)
    refresh_subscription(b)
    gone = tmp_path / "gone"
    shared.rename(gone)  # the network drive drops out
    report = refresh_subscription(b)
    assert not report.reachable and "cannot be reached" in str(report.message)
    assert "local copy" in str(report.message)
    assert not publish_own_items(a).reachable
    assert b.catalogue.get("exercise", "annes-oevelse") is not None
    gone.rename(shared)
    assert refresh_subscription(b).ok


def test_a_broken_item_in_the_folder_is_skipped_and_named(therapists, shared):
    a, b = therapists
    add_custom_exercise(a, "god", "God", {"figure.png": png(1)})
    add_custom_exercise(a, "halv", "Halvt synkroniseret", {"figure.png": png(2)})
    publish_own_items(a)
    (shared / "halv" / "figure.png").unlink()  # a sync tool has not brought the image yet
    report = refresh_subscription(b)
    assert report.ok and report.result.by_op["insert"] == 1
    assert len(report.refused) == 1 and "figure.png, which is missing" in str(report.refused[0])
    assert b.catalogue.get("exercise", "halv") is None


def test_no_folder_set(tmp_path):
    store = Store.open(tmp_path / "x")
    assert str(refresh_subscription(store).message) == "No shared folder is set."
    store.close()


def test_two_processes_publishing_at_once(tmp_path, shared):
    """200 publishes from each of two machines at the same time leave a clean, complete folder."""
    iterations = 200
    dirs, own = {}, {}
    for tag in ("anne", "bo"):
        store = Store.open(tmp_path / tag)
        subscribe_shared_folder(store, shared)
        own[tag] = [
            add_custom_exercise(store, f"{tag}-{n}", f"{tag} {n}", {"figure.png": png(n + 100 * len(tag))}).slug
            for n in range(5)
        ]
        dirs[tag] = store
    add_custom_exercise(dirs["anne"], "faelles", "Fælles", {"figure.png": png(999)})
    publish_own_items(dirs["anne"])
    refresh_subscription(dirs["bo"])
    for store in dirs.values():
        store.close()

    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    workers = [
        context.Process(
            target=publishing_worker, args=(str(tmp_path / tag), own[tag], "faelles", tag, iterations, barrier)
        )
        for tag in ("anne", "bo")
    ]
    started = time.monotonic()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=max(1.0, 90 - (time.monotonic() - started)))
    for worker in workers:
        if worker.is_alive():
            worker.terminate()
    assert [worker.exitcode for worker in workers] == [0, 0]

    content = read_library(shared)  # loads cleanly
    assert not [p.name for p in shared.iterdir() if p.name.startswith(".")]
    in_folder = {r.slug: r for kind in content.items for r in content.items[kind]}
    fresh = Store.open(tmp_path / "fresh")
    assert preview_import(fresh, shared).counts["new"] == len(in_folder)  # the strict reader agrees
    shared_versions = {r.steps["da"][0] for slug, r in in_folder.items() if slug.startswith("faelles")}
    for tag in ("anne", "bo"):
        store = Store.open(tmp_path / tag)
        for slug in own[tag]:  # every item, in its last version
            assert in_folder[slug].title == store.catalogue.get("exercise", slug).title
        # my last version of the shared item is there: as the item itself or as a conflict copy
        assert store.catalogue.get("exercise", "faelles").steps["da"][0] in shared_versions
        store.close()
    fresh.close()


def test_racing_publishers_lose_no_update(tmp_path, shared):
    """Two processes repeatedly read, change and publish the same item. Every version is
    replaced at most once, and only by someone who had read it; every loser is a conflict copy."""
    import json

    from sharing_helpers import racing_worker

    from exercise_builder.domain import records
    from exercise_builder.library.folder import LibraryMeta
    from exercise_builder.library.writer import write_item_folder, write_library_toml
    from exercise_builder.store.catalogue import content_hash

    store = Store.open(tmp_path / "seed")
    record = add_custom_exercise(store, "kampen", "Kampen", {})
    store.close()
    write_library_toml(shared, LibraryMeta("0d6f3b8e-1c1a-4e55-9a0b-5f0c8a0e7d11", "Fælles", "Klinik", "1"))
    write_item_folder(shared, "exercise", record, lambda image: b"")
    first = content_hash(records.exercise_to_dict(record))

    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    logs = [tmp_path / f"{tag}.json" for tag in ("anne", "bo")]
    workers = [
        context.Process(target=racing_worker, args=(str(shared), "kampen", tag, 200, barrier, str(log)))
        for tag, log in zip(("anne", "bo"), logs, strict=True)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
        if worker.is_alive():
            worker.terminate()
    assert [worker.exitcode for worker in workers] == [0, 0]

    entries = [entry for log in logs for entry in json.loads(log.read_text())]
    published = [entry for entry in entries if entry["status"] == "published"]
    conflicts = [entry for entry in entries if entry["status"] == "conflict-copy"]
    assert len(published) + len(conflicts) == 400 and published and conflicts
    content = read_library(shared)
    in_folder = {r.slug: r for r in content.exercises}
    final = content_hash(records.exercise_to_dict(in_folder["kampen"]))
    replaced_by: dict[str, int] = {}
    for entry in published:
        replaced_by[entry["base"]] = replaced_by.get(entry["base"], 0) + 1
    assert all(count == 1 for count in replaced_by.values())  # no version replaced twice
    for version in [first] + [entry["own"] for entry in published]:
        assert replaced_by.get(version, 0) == (0 if version == final else 1)
    for entry in conflicts:  # every loser kept visibly
        assert f"kampen-konflikt-{entry['own'][:6]}" in in_folder
    assert not [p.name for p in shared.iterdir() if p.name.startswith(".")]


def test_hostile_content_in_the_shared_folder_is_skipped(therapists, shared):
    a, b = therapists
    add_custom_exercise(a, "god", "God", {"figure.png": png(1)})
    add_custom_exercise(a, "ond", "Ond", {"figure.png": png(2)})
    publish_own_items(a)
    toml = (shared / "ond" / "exercise.toml").read_text().replace("figure.png", "figure.svg")
    toml = "\n".join(line for line in toml.splitlines() if not line.startswith("sha256"))
    (shared / "ond" / "exercise.toml").write_text(toml)
    (shared / "ond" / "figure.svg").write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
    report = refresh_subscription(b)
    assert [slug for slug in ("god", "ond") if b.catalogue.get("exercise", slug)] == ["god"]
    assert len(report.refused) == 1 and "contains a script" in str(report.refused[0])


def test_an_item_whose_image_is_gone_is_refused_the_rest_published(therapists, shared):
    a, _ = therapists
    add_custom_exercise(a, "god", "God", {"figure.png": png(1)})
    broken = add_custom_exercise(a, "uden-billede", "Uden billede", {"figure.png": png(2)})
    a.media.path(broken.images[0].sha256).unlink()
    report = publish_own_items(a)
    assert report.published == ["god"] and len(report.refused) == 1
    assert "missing from the media folder" in str(report.refused[0])
