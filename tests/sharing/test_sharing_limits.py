"""Bundles that cost too much, or crash later, are refused in one sentence, fast; camera JPEGs pass.

Each case: one sentence, exit status 2 on the command line, no traceback, bounded time, the
database byte-identical and nothing written outside."""

from __future__ import annotations

import base64
import io
import os
import struct
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
import tomli_w
from PIL import Image
from sharing_helpers import files_under, folder_entries, png, write_zip

from exercise_builder.library import LibraryError
from exercise_builder.services.sharing_import import preview_import

SVG_HEAD = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
OTHER_ID = "0c0ffee0-0000-4000-8000-000000000002"


@pytest.fixture
def entries(mini_library: Path) -> dict[str, bytes]:
    found = folder_entries(mini_library)
    meta = tomllib.loads(found["library.toml"].decode())
    found["library.toml"] = tomli_w.dumps({**meta, "id": OTHER_ID}).encode()
    return found


def _images(entries: dict[str, bytes], files: dict[str, bytes], names: list[str], slug: str = "muslingen") -> None:
    key = f"{slug}/exercise.toml"
    toml = tomllib.loads(entries[key].decode())
    toml["images"] = [{"file": name, "author": "X", "licence": "CC0-1.0"} for name in names]
    entries[key] = tomli_w.dumps(toml).encode()
    entries.update({f"{slug}/{name}": data for name, data in files.items()})


def _refused(store, bundle: Path, sentence: str, seconds: float) -> str:
    db = store.data_dir / "library.db"
    before, media = db.read_bytes(), files_under(store.data_dir / "media")
    started = time.perf_counter()
    with pytest.raises(LibraryError, match=sentence) as refused:
        preview_import(store, bundle)
    assert time.perf_counter() - started < seconds
    message = str(refused.value)
    assert "\n" not in message and message.endswith(".")
    assert db.read_bytes() == before and files_under(store.data_dir / "media") == media
    return message


def _cli(argv: list[str], timeout: float = 60) -> subprocess.CompletedProcess:
    """The command line in its own process, so a hang fails the test instead of stalling the run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "exercise_builder", *argv], capture_output=True, text=True, timeout=timeout, env=env
    )


# --- SVG --------------------------------------------------------------------------------------


def test_an_svg_embedding_a_png_is_refused(store, entries, tmp_path):
    body = b'<image href="data:image/png;base64,' + base64.b64encode(png(3)) + b'" width="2" height="2"/>'
    _images(entries, {"figure.svg": SVG_HEAD + body + b"</svg>"}, ["figure.svg"])
    _refused(store, write_zip(tmp_path / "x.eblib", entries), "embeds a raster picture", 10)


def test_a_handout_with_an_svg_embedding_a_jpeg_still_renders(store):
    """An SVG that came in before the check (or from the editor): the picture is left out, no crash."""
    from dataclasses import replace

    from exercise_builder.domain.models import ImageRef, Program, ProgramItem
    from exercise_builder.services.handout_jobs import render_program

    photo = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 10, 10)).save(photo, "JPEG")
    svg = (
        SVG_HEAD
        + b'<rect width="5" height="5"/><image href="data:image/jpeg;base64,'
        + base64.b64encode(photo.getvalue())
        + b'" width="4" height="4"/></svg>'
    )
    sha = store.media.add(svg, ".svg")
    exercise = store.catalogue.get("exercise", "muslingen")
    store.catalogue.save("exercise", replace(exercise, images=(ImageRef("x.svg", "X", "CC0-1.0", sha256=sha),)))
    pdf = render_program(store, Program(items=(ProgramItem(exercise.id),)))
    assert pdf.startswith(b"%PDF")


def test_an_svg_with_600000_elements_is_refused_fast(store, entries, tmp_path):
    import zipfile

    _images(entries, {"figure.svg": SVG_HEAD + b"<g/>" * 600_000 + b"</svg>"}, ["figure.svg"])
    bundle = write_zip(tmp_path / "x.eblib", entries, compression=zipfile.ZIP_STORED)  # no bomb ratio
    _refused(store, bundle, "more than 20,000 elements", 5)


def test_a_handout_skips_a_huge_svg_fast(store):
    from dataclasses import replace

    from exercise_builder.domain.models import ImageRef, Program, ProgramItem
    from exercise_builder.services.handout_jobs import render_program

    sha = store.media.add(SVG_HEAD + b'<rect width="1" height="1"/>' * 300_000 + b"</svg>", ".svg")
    exercise = store.catalogue.get("exercise", "muslingen")
    store.catalogue.save("exercise", replace(exercise, images=(ImageRef("x.svg", "X", "CC0-1.0", sha256=sha),)))
    started = time.perf_counter()
    pdf = render_program(store, Program(items=(ProgramItem(exercise.id),)))
    assert pdf.startswith(b"%PDF") and time.perf_counter() - started < 10


def test_one_large_svg_named_many_times_is_read_and_checked_once(store, entries, tmp_path, monkeypatch):
    from exercise_builder.library import safety

    calls = []
    real = safety.check_svg
    big = SVG_HEAD + b'<rect width="1" height="1"/>' * 15_000 + b"</svg>"
    monkeypatch.setattr(
        safety, "check_svg", lambda name, data: (calls.append(name) if data == big else None, real(name, data))[1]
    )
    from exercise_builder.domain.records import MAX_IMAGES

    # named as often as one item may (3,000 times is refused now), and in other item folders
    _images(entries, {"figure.svg": big}, ["figure.svg"] * MAX_IMAGES)
    for slug in ("kat-ko", "baekkenvip-rygliggende"):
        if f"{slug}/exercise.toml" in entries:
            _images(entries, {"figure.svg": big}, ["figure.svg"], slug=slug)
    started = time.perf_counter()
    preview = preview_import(store, write_zip(tmp_path / "ok.eblib", entries))
    assert len(calls) == 1 and time.perf_counter() - started < 20
    assert len(preview.images) >= 1


# --- the container --------------------------------------------------------------------------


def _zip_of_directories(path: Path, count: int) -> Path:
    """A zip holding `count` directory entries (ZIP64 end records), written directly: fast."""
    central = []
    for index in range(count):
        name = f"d{index}/".encode()
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                0,
                0,
                0x5C21,
                0,
                0,
                0,
                len(name),
                0,
                0,
                0,
                0,
                0o40755 << 16 | 0x10,
                0,
            )
            + name
        )
    directory = b"".join(central)
    with open(path, "wb") as out:
        out.write(directory)
        zip64_end = len(directory)
        out.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, count, count, len(directory), 0))
        out.write(struct.pack("<IIQI", 0x07064B50, 0, zip64_end, 1))
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0))
    return path


def test_a_zip_of_300000_directories_is_refused_before_zipfile_lists_them(store, tmp_path, monkeypatch):
    import zipfile

    bundle = _zip_of_directories(tmp_path / "dirs.eblib", 300_000)
    with zipfile.ZipFile(bundle) as archive:  # a well-formed zip
        assert len(archive.infolist()) == 300_000
    monkeypatch.setattr(
        zipfile.ZipFile,
        "_RealGetContents",
        lambda self: pytest.fail("zipfile read the whole directory before the count was checked"),
    )
    _refused(store, bundle, "300,000 entries; at most 20,000", 5)


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_a_fifo_or_a_device_as_bundle_is_refused_without_reading(kind, tmp_path):
    data_dir = tmp_path / "data"
    assert _cli(["search", "kat", "--data-dir", str(data_dir)]).returncode == 0
    if kind == "fifo":
        bundle = tmp_path / "pipe.eblib"
        os.mkfifo(bundle)
    else:
        bundle = Path(kind)
    before = (data_dir / "library.db").read_bytes()
    done = _cli(["library", "import", str(bundle), "--data-dir", str(data_dir)], timeout=30)
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr.count("\n") == 1 and "not a regular file" in done.stderr and "Traceback" not in done.stderr
    assert (data_dir / "library.db").read_bytes() == before


def test_a_fifo_inside_a_library_folder_is_refused(store, mini_library):
    os.mkfifo(mini_library / "muslingen" / "figure2.svg")
    _refused(store, mini_library, "not a regular file", 10)


# --- camera JPEGs ---------------------------------------------------------------------------


def _mpo() -> bytes:
    first, second = Image.new("RGB", (64, 48), (10, 120, 200)), Image.new("RGB", (64, 48), (200, 120, 10))
    out = io.BytesIO()
    first.save(out, "MPO", save_all=True, append_images=[second])
    return out.getvalue()


def test_a_camera_jpeg_read_as_mpo_is_accepted_and_printed(store, entries, tmp_path):
    data = _mpo()
    with Image.open(io.BytesIO(data)) as check:
        assert check.format == "MPO"
    _images(entries, {"photo.jpg": data}, ["photo.jpg"])
    preview = preview_import(store, write_zip(tmp_path / "ok.eblib", entries))
    from exercise_builder.services.sharing_import import apply_import

    apply_import(store, preview, "take-theirs")
    from exercise_builder.domain.models import Program, ProgramItem
    from exercise_builder.services.handout_jobs import render_program

    copies = [r for r in store.catalogue.all("exercise") if any(i.file == "photo.jpg" for i in r.images)]
    assert copies
    pdf = render_program(store, Program(items=(ProgramItem(copies[0].id),)))
    assert pdf.startswith(b"%PDF") and b"/DCTDecode" in pdf


def test_a_zip_whose_end_record_under_declares_its_entries_is_refused_fast(store, tmp_path, monkeypatch):
    """The end record says 1 entry; the directory holds 100,000: counted from the directory itself."""
    import zipfile

    data = b'format_version = 1\n'
    name0 = b"library.toml"
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 0, 0, 0, 0, len(data), len(data), len(name0), 0)
    central = []
    for index in range(100_000):
        name = b"d/%07d" % index
        central.append(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                0,
                0,
                0,
                0,
                len(data),
                len(data),
                len(name),
                0,
                0,
                0,
                0,
                0,
                0,
            )
            + name
        )
    directory = b"".join(central)
    body = local + name0 + data
    bundle = tmp_path / "lying.eblib"
    bundle.write_bytes(
        body + directory + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(directory), len(body), 0)
    )
    monkeypatch.setattr(
        zipfile.ZipFile,
        "_RealGetContents",
        lambda self: pytest.fail("zipfile read the whole directory before the count was checked"),
    )
    _refused(store, bundle, "more than 20,000 entries", 5)


def test_a_large_png_small_on_disk_is_refused(store, entries, tmp_path):
    """7000 × 7000 in 160 KB: every handout would decode all 49 million pixels (4–5 s each)."""
    big = io.BytesIO()
    Image.new("RGB", (7000, 7000), (200, 200, 200)).save(big, "PNG")
    _images(entries, {"figure.png": big.getvalue()}, ["figure.png"])
    message = _refused(store, write_zip(tmp_path / "big.eblib", entries), "7,000 × 7,000 pixels", 20)
    assert "2,048 × 2,048" in message


def test_a_large_jpeg_still_passes(store, entries, tmp_path):
    """A camera JPEG is drawn from a reduced draft, fast: 7000 × 7000 is accepted."""
    photo = io.BytesIO()
    Image.new("RGB", (7000, 7000), (200, 100, 50)).save(photo, "JPEG")
    _images(entries, {"foto.jpg": photo.getvalue()}, ["foto.jpg"])
    preview = preview_import(store, write_zip(tmp_path / "photo.eblib", entries))
    assert len(preview.images) >= 1
