"""Hostile bundles, each built here, are refused with one sentence and change nothing."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import tomli_w
from sharing_helpers import dump, files_under, folder_entries, png, png_header_only, write_zip

from exercise_builder.library import LibraryError
from exercise_builder.services.sharing_import import preview_import

SVG_HEAD = b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">'


def _with_image(entries: dict[str, bytes], name: str, data: bytes, slug: str = "muslingen") -> None:
    """Point the exercise `slug` at image `name` and put `data` there."""
    key = f"{slug}/exercise.toml"
    toml = tomllib.loads(entries[key].decode())
    toml["images"] = [{"file": name, "author": "X", "licence": "CC0-1.0"}]
    entries[key] = tomli_w.dumps(toml).encode()
    entries[f"{slug}/{name}"] = data


def _svg(body: bytes) -> callable:
    return lambda e: _with_image(e, "figure.svg", SVG_HEAD + body + b"</svg>")


def _edit_toml(key: str, change) -> callable:
    def mutate(entries):
        data = tomllib.loads(entries[key].decode())
        change(data)
        entries[key] = tomli_w.dumps(data).encode()

    return mutate


def _many(entries):
    for index in range(20_001):
        entries[f"f{index}.txt"] = b""


def _duplicate_id(entries):
    data = tomllib.loads(entries["muslingen/exercise.toml"].decode())
    other = tomllib.loads(entries["kat-ko/exercise.toml"].decode())
    other["id"] = data["id"]
    entries["kat-ko/exercise.toml"] = tomli_w.dumps(other).encode()


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    b'<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>'
)

CASES = {
    "dot-dot": (lambda e: e.update({"../evil.txt": b"x"}), "points outside the bundle"),
    "dot-dot inside": (lambda e: e.update({"muslingen/../../evil.txt": b"x"}), "points outside the bundle"),
    "absolute": (lambda e: e.update({"/etc/evil.txt": b"x"}), "absolute path"),
    "drive letter": (lambda e: e.update({"C:/Windows/evil.txt": b"x"}), "absolute path"),
    "backslash": (lambda e: e.update({"muslingen\\..\\..\\evil.txt": b"x"}), "backslash"),
    "too many entries": (_many, "at most 20,000 are allowed"),
    "entry bomb": (lambda e: e.update({"notes.txt": b"\0" * (5 * 1024 * 1024)}), "decompression bomb"),
    "pixel bomb (Pillow's limit)": (
        lambda e: _with_image(e, "figure.png", png_header_only(100_000, 100_000)),
        "too large in pixels",
    ),
    "pixel bomb (our limit)": (
        lambda e: _with_image(e, "figure.png", png_header_only(10_000, 6_000)),
        "at most 50,000,000 pixels",
    ),
    "png that is not": (lambda e: _with_image(e, "figure.png", b"GIF89a not really"), "not a readable PNG"),
    "svg entities": (lambda e: _with_image(e, "figure.svg", BILLION_LAUGHS), "DOCTYPE or entities"),
    "svg doctype": (
        lambda e: _with_image(e, "figure.svg", b'<!DOCTYPE svg SYSTEM "http://x/y.dtd">' + SVG_HEAD + b"</svg>"),
        "DOCTYPE or entities",
    ),
    "svg script": (_svg(b"<script>alert(1)</script>"), "contains a script"),
    "svg onload": (_svg(b'<rect width="1" height="1" onload="alert(1)"/>'), "event handler"),
    "svg external href": (_svg(b'<image href="http://evil.example/x.png" width="1" height="1"/>'), "external resource"),
    "svg xlink file": (_svg(b'<image xlink:href="file:///etc/passwd" width="1" height="1"/>'), "external resource"),
    "svg use other file": (_svg(b'<use href="other.svg#shape"/>'), "external resource"),
    "svg css url": (
        _svg(b'<rect style="fill: url(http://evil.example/a)" width="1" height="1"/>'),
        "external resource",
    ),
    "svg style import": (_svg(b"<style>@import url(http://evil.example/a.css);</style>"), "external style sheet"),
    "svg data svg": (
        _svg(b'<image href="data:image/svg+xml;base64,PHN2Zz4=" width="1" height="1"/>'),
        "external resource",
    ),
    "svg embedded bomb": (
        _svg(
            b'<image href="data:image/png;base64,'
            + __import__("base64").b64encode(png_header_only(20_000, 20_000))
            + b'" width="1" height="1"/>'
        ),
        "embeds a picture that is too large",
    ),
    "svg foreignObject": (_svg(b"<foreignObject><p>hi</p></foreignObject>"), "foreign content"),
    "svg not xml": (lambda e: _with_image(e, "figure.svg", b"<svg><unclosed></svg>"), "not well-formed XML"),
    "malformed toml": (lambda e: e.update({"muslingen/exercise.toml": b'id = "unterminated\n'}), "is not valid TOML"),
    "deeply nested toml": (
        lambda e: e.update({"muslingen/exercise.toml": b"a = " + b"[" * 100_000 + b"]" * 100_000}),
        "nested too deeply",
    ),
    "toml not utf-8": (
        lambda e: e.update({"muslingen/exercise.toml": 'title = "Bækken"'.encode("latin-1")}),
        "is not UTF-8 text",
    ),
    "toml over 1 MB": (
        lambda e: e.update({"muslingen/exercise.toml": b"# " + b"x" * (1024 * 1024) + b"\n"}),
        "at most 1 MB is allowed",
    ),
    "unknown key": (_edit_toml("muslingen/exercise.toml", lambda d: d.update({"evil": 1})), "unknown key"),
    "format version": (
        _edit_toml("library.toml", lambda d: d.update({"format_version": 2})),
        "format_version 2 is not supported",
    ),
    "no library.toml": (lambda e: e.pop("library.toml"), "library.toml is missing"),
    "duplicate ids": (_duplicate_id, "is also used by"),
    "missing image": (lambda e: e.pop("muslingen/figure.svg"), "figure.svg, which is missing"),
    "nested folder": (lambda e: e.update({"muslingen/sub/figure.svg": b"<svg/>"}), "nested folder"),
    "image hash": (
        _edit_toml("muslingen/exercise.toml", lambda d: d["images"][0].update({"sha256": "0" * 64})),
        "does not match its recorded sha256",
    ),
    "slug and folder": (
        _edit_toml("muslingen/exercise.toml", lambda d: d.update({"slug": "noget-andet"})),
        "but the folder is 'muslingen'",
    ),
}


@pytest.fixture
def valid_entries(mini_library: Path) -> dict[str, bytes]:
    entries = folder_entries(mini_library)
    # a new item too, so the bundle would write something if it were let in
    entries["ny-oevelse/exercise.toml"] = (
        entries["muslingen/exercise.toml"]
        .replace(b"muslingen", b"ny-oevelse")
        .replace(b"Muslingen", b"Ny")
        .replace(tomllib.loads(entries["muslingen/exercise.toml"].decode())["id"][:8].encode(), b"aaaaaaaa")
    )
    entries["ny-oevelse/figure.svg"] = entries["muslingen/figure.svg"]
    # a clinic's bundle, not the library the store was seeded with (that one only updates with the app)
    meta = tomllib.loads(entries["library.toml"].decode())
    entries["library.toml"] = tomli_w.dumps({**meta, "id": "0c0ffee0-0000-4000-8000-000000000001"}).encode()
    return entries


def test_the_valid_base_bundle_is_accepted(store, valid_entries, tmp_path):
    preview = preview_import(store, write_zip(tmp_path / "ok.eblib", valid_entries))
    assert preview.counts["new"] == 1 and preview.counts["unchanged"] == 11


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_bundle_is_refused_and_nothing_changes(case, store, data_dir, valid_entries, tmp_path):
    mutate, sentence = CASES[case]
    mutate(valid_entries)
    bundle = write_zip(tmp_path / "hostile.eblib", valid_entries)
    before, media_before = dump(store.db), files_under(data_dir / "media")
    with pytest.raises(LibraryError, match=sentence) as refused:
        preview_import(store, bundle)
    message = str(refused.value)
    assert "\n" not in message and message.endswith(".")
    assert dump(store.db) == before
    assert files_under(data_dir / "media") == media_before


def test_a_link_in_the_bundle_is_refused(store, data_dir, valid_entries, tmp_path):
    bundle = write_zip(tmp_path / "link.eblib", valid_entries, links={"muslingen/figure2.svg": "/etc/passwd"})
    before = dump(store.db)
    with pytest.raises(LibraryError, match="is a link"):
        preview_import(store, bundle)
    assert dump(store.db) == before


def test_a_link_in_a_library_folder_is_refused(store, mini_library, tmp_path):
    (mini_library / "muslingen" / "extra.svg").symlink_to("/etc/passwd")
    with pytest.raises(LibraryError, match="link"):
        preview_import(store, mini_library)


def test_not_a_zip_is_refused(store, tmp_path):
    bundle = tmp_path / "x.eblib"
    bundle.write_bytes(b"this is not a zip")
    with pytest.raises(LibraryError, match="not a valid .eblib bundle"):
        preview_import(store, bundle)


def test_a_png_and_a_jpeg_within_limits_pass(store, valid_entries, tmp_path):
    import io

    from PIL import Image

    _with_image(valid_entries, "figure.png", png(7, (400, 300)))
    photo = io.BytesIO()
    Image.new("RGB", (4000, 3000), (200, 180, 160)).save(photo, "JPEG")  # a 12-megapixel photo
    _with_image(valid_entries, "photo.jpg", photo.getvalue(), slug="kat-ko")
    preview = preview_import(store, write_zip(tmp_path / "ok.eblib", valid_entries))
    assert preview.counts["shipped-kept"] == 2
    assert {(info.ext, info.width, info.height) for info in preview.images.values()} >= {
        (".png", 400, 300),
        (".jpg", 4000, 3000),
    }


def test_a_jpeg_named_png_is_refused(store, valid_entries, tmp_path):
    import io

    from PIL import Image

    photo = io.BytesIO()
    Image.new("RGB", (10, 10)).save(photo, "JPEG")
    _with_image(valid_entries, "figure.png", photo.getvalue())
    with pytest.raises(LibraryError, match="named .png but holds JPEG"):
        preview_import(store, write_zip(tmp_path / "x.eblib", valid_entries))


def test_cli_refuses_a_hostile_bundle_with_one_sentence(tmp_path, valid_entries, capsys):
    from exercise_builder.cli import main

    valid_entries["../../evil.txt"] = b"x"
    bundle = write_zip(tmp_path / "hostile.eblib", valid_entries)
    code = main(["library", "import", str(bundle), "--data-dir", str(tmp_path / "d")])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.count("\n") == 1 and "points outside the bundle" in captured.err
    assert "Traceback" not in captured.err


def test_a_plain_svg_with_internal_references_passes(store, valid_entries, tmp_path):
    """(An embedded PNG is refused: see test_sharing_limits.)"""
    body = (
        b'<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>'
        b'<rect style="fill: url(#g)" width="5" height="5"/><use href="#g"/>'
    )
    _svg(body)(valid_entries)
    preview = preview_import(store, write_zip(tmp_path / "ok.eblib", valid_entries))
    assert preview.counts["shipped-kept"] == 1


def test_a_bundle_over_2_gb_is_refused(store, data_dir, valid_entries, tmp_path):
    from sharing_helpers import write_zip_of_copies

    bundle = write_zip_of_copies(tmp_path / "big.eblib", valid_entries, 100, b"\0" * (21 * 1024 * 1024))
    assert bundle.stat().st_size < 5 * 1024 * 1024
    import zipfile

    with zipfile.ZipFile(bundle) as archive:  # a well-formed zip: the reader would accept its structure
        assert archive.read("muslingen/exercise.toml") == valid_entries["muslingen/exercise.toml"]
        assert sum(info.file_size for info in archive.infolist()) > 2 * 1024**3
        assert archive.read("padding/99.bin") == b"\0" * (21 * 1024 * 1024)  # genuinely that big
    before, media = dump(store.db), files_under(data_dir / "media")
    with pytest.raises(LibraryError, match="would unpack to 2.1 GB; at most 2 GB is allowed"):
        preview_import(store, bundle)
    assert dump(store.db) == before and files_under(data_dir / "media") == media
