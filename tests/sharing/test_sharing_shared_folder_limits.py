"""The shared folder takes what it can: a FIFO, a junk folder or a huge file is skipped and listed,
never a hang or a refusal of everything; publishing needs no hard links (FAT, SMB, synced folders)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import threading
from pathlib import Path

import pytest
from sharing_helpers import add_custom_exercise, png

from exercise_builder.services.shared_folder_sync import (
    publish_own_items,
    refresh_subscription,
    subscribe_shared_folder,
)
from exercise_builder.store import Store


@pytest.fixture
def published(tmp_path: Path):
    """Anne has published two exercises into the shared folder; Bo is subscribed to it."""
    shared = tmp_path / "delt"
    shared.mkdir()
    anne, bo = Store.open(tmp_path / "anne"), Store.open(tmp_path / "bo")
    for store in (anne, bo):
        subscribe_shared_folder(store, shared)
    add_custom_exercise(anne, "annes-oevelse", "Annes øvelse", {"figure.png": png(1)})
    add_custom_exercise(anne, "anden-oevelse", "Anden øvelse", {"figure.png": png(2)})
    assert publish_own_items(anne).published == ["anden-oevelse", "annes-oevelse"]
    yield shared, bo
    anne.close()
    bo.close()


def _refresh_within(bo, seconds: float, fifos: list[Path] = ()):
    """Refresh in a thread; if it hangs on a FIFO, open the FIFO to free it, then fail."""
    outcome = {}
    worker = threading.Thread(target=lambda: outcome.setdefault("report", refresh_subscription(bo)), daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        for fifo in fifos:  # the blocked reader gets an end of file
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(10)
        pytest.fail(f"the refresh hung for {seconds} s")
    return outcome["report"]


def _taken(bo) -> set[str]:
    return {record.slug for record in bo.catalogue.all("exercise")}


def test_a_fifo_in_the_shared_folder_is_skipped_and_listed(published):
    shared, bo = published
    fifos = [shared / "annes-oevelse" / "figure.png", shared / "README.txt"]  # the picture an item names
    for fifo in fifos:
        fifo.unlink(missing_ok=True)
        os.mkfifo(fifo)
    report = _refresh_within(bo, 20, fifos)
    assert report.ok, report.message
    assert "anden-oevelse" in _taken(bo) and "annes-oevelse" not in _taken(bo)
    assert any("annes-oevelse/figure.png is not a regular file" in str(line) for line in report.refused)
    assert any("README.txt is not a regular file" in str(line) for line in report.refused)


def test_a_junk_folder_of_25000_files_is_skipped_and_the_rest_taken(published):
    shared, bo = published
    junk = shared / "junk"
    junk.mkdir()
    for index in range(25_000):
        (junk / f"{index}.tmp").touch()
    report = _refresh_within(bo, 60)
    assert report.ok, report.message
    assert {"annes-oevelse", "anden-oevelse"} <= _taken(bo)
    assert any("junk holds 25,000 files" in str(line) for line in report.refused)


def test_a_3_gb_file_is_skipped_and_the_rest_taken(published):
    shared, bo = published
    with open(shared / "anden-oevelse" / "video.mp4", "wb") as out:
        out.truncate(3 * 1024**3)  # sparse: 3 GB as far as the size says
    report = _refresh_within(bo, 30)
    assert report.ok, report.message
    assert {"annes-oevelse", "anden-oevelse"} <= _taken(bo)
    assert any("video.mp4 is 3,072 MB" in str(line) for line in report.refused)


def test_publishing_needs_no_hard_links(tmp_path, monkeypatch):
    def no_links(*_args, **_kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    shared = tmp_path / "delt"
    shared.mkdir()
    store = Store.open(tmp_path / "anne")
    subscribe_shared_folder(store, shared)
    add_custom_exercise(store, "annes-oevelse", "Annes øvelse", {"figure.png": png(1)})
    report = publish_own_items(store)
    store.close()
    assert report.ok and report.published == ["annes-oevelse"] and (shared / "library.toml").is_file()


def test_one_item_that_cannot_be_published_does_not_stop_the_rest(tmp_path):
    """An image file name too long for the share's file system: that item is named, the rest go."""
    shared = tmp_path / "delt"
    shared.mkdir()
    store = Store.open(tmp_path / "anne")
    subscribe_shared_folder(store, shared)
    add_custom_exercise(store, "a-langt-navn", "Langt navn", {"x" * 296 + ".png": png(1)})
    add_custom_exercise(store, "b-kort-navn", "Kort navn", {"figure.png": png(2)})
    report = publish_own_items(store)
    store.close()
    assert report.published == ["b-kort-navn"], report
    assert len(report.refused) == 1 and "a-langt-navn" in str(report.refused[0])
    assert (shared / "b-kort-navn").is_dir()


# --- a real FAT file system -------------------------------------------------------------------


def _vfat(tmp_path: Path):
    """A 32 MB vfat image mounted on a loop device, with its unmount command; or None and the
    reason it cannot be. (fusefat is no stand-in: it loses a renamed folder's files.)"""
    if shutil.which("mkfs.vfat") is None:
        return None, None, "mkfs.vfat is missing (apt-get install dosfstools)"
    image, mount_point = tmp_path / "fat.img", tmp_path / "fat"
    mount_point.mkdir()
    with open(image, "wb") as out:
        out.truncate(32 * 1024**2)
    made = subprocess.run(["mkfs.vfat", str(image)], capture_output=True, text=True)
    if made.returncode != 0:
        return None, None, f"mkfs.vfat failed: {made.stderr.strip()}"
    reasons = []
    if os.geteuid() == 0:
        mounted = subprocess.run(["mount", "-o", "loop", str(image), str(mount_point)], capture_output=True, text=True)
        if mounted.returncode == 0:
            return mount_point, ["umount", str(mount_point)], ""
        reasons.append(f"loop mount: {(mounted.stderr.strip().splitlines() or ['failed'])[0]}")
    else:
        reasons.append("a loop mount needs root")
    return None, None, "a vfat image cannot be mounted here (" + "; ".join(reasons) + ")"


def test_publish_and_refresh_on_a_real_vfat_file_system(tmp_path):
    mount_point, unmount, reason = _vfat(tmp_path)
    if mount_point is None:
        print(f"SKIPPED vfat test: {reason}")
        pytest.skip(reason)
    try:
        probe = mount_point / "probe"
        probe.touch()
        with pytest.raises(OSError):
            os.link(probe, mount_point / "probe-link")  # it is a file system without hard links
        shared = mount_point / "Øvelser"
        shared.mkdir()
        anne, bo = Store.open(tmp_path / "anne"), Store.open(tmp_path / "bo")
        for store in (anne, bo):
            subscribe_shared_folder(store, shared)
        add_custom_exercise(anne, "annes-oevelse", "Annes øvelse", {"figure.png": png(1)})
        report = publish_own_items(anne)
        assert report.ok and report.published == ["annes-oevelse"], report
        refreshed = refresh_subscription(bo)
        assert refreshed.ok and refreshed.result.by_op["insert"] == 1
        assert bo.catalogue.get("exercise", "annes-oevelse") is not None
        anne.close()
        bo.close()
    finally:
        subprocess.run(unmount, capture_output=True)
