"""Helpers for the sharing tests: images, custom items, zips built entry by entry, dumps."""

from __future__ import annotations

import io
import struct
import uuid
import zipfile
import zlib
from pathlib import Path

from PIL import Image

from exercise_builder.domain.dosage import Dosage
from exercise_builder.domain.models import Exercise, ImageRef, Template, TemplateItem


def png(seed: int, size: tuple[int, int] = (6, 5)) -> bytes:
    """A small PNG whose pixels depend on `seed`, so every seed gives different bytes."""
    image = Image.new("RGB", size, ((seed * 37) % 256, (seed * 91) % 256, (seed // 256) % 256))
    image.putpixel((0, 0), (seed % 251, seed % 241, seed % 239))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares width × height in its header and holds almost nothing (a bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def add_custom_exercise(store, slug: str, title: str, images: dict[str, bytes]) -> Exercise:
    refs = []
    for name, data in images.items():
        sha = store.media.add(data, Path(name).suffix)
        refs.append(ImageRef(name, author="Klinik Test", licence="CC-BY-4.0", sha256=sha))
    record = Exercise(
        id=str(uuid.uuid4()),
        slug=slug,
        title={"da": title, "en": title + " (en)"},
        steps={"da": ["Stå roligt.", "Løft armene."], "en": ["Stand still.", "Lift your arms."]},
        region="upper-back",
        position="standing",
        tags=("mobility",),
        dosage=Dosage.from_json({"sets": 2, "reps": "8–12", "per_side": True}),
        images=tuple(refs),
    )
    store.catalogue.save("exercise", record)
    return store.catalogue.get("exercise", record.id)


def add_custom_template(store, slug: str, exercises: list[str], aid: str = "", advice: list[str] = ()) -> Template:
    from exercise_builder.domain.models import TemplateAid

    record = Template(
        id=str(uuid.uuid4()),
        slug=slug,
        title={"da": "Klinikkens skabelon", "en": "Clinic template"},
        frequency="2 gange dagligt",
        items=tuple(TemplateItem(ref, Dosage.from_json({"reps": 10})) for ref in exercises),
        aids=(TemplateAid(aid, ""),) if aid else (),
        advice=tuple(advice),
    )
    store.catalogue.save("template", record)
    return store.catalogue.get("template", record.id)


def folder_entries(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def write_zip(
    path: Path, entries: dict[str, bytes], links: dict[str, str] | None = None, compression: int = zipfile.ZIP_DEFLATED
) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), data, compression)
        for name, target in (links or {}).items():
            info = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            info.create_system = 3
            info.external_attr = 0o120777 << 16
            archive.writestr(info, target)
    return path


def dump(db) -> dict[str, list]:
    """Every row of every table, sorted: compared before and after a refused import."""
    tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {table: sorted(map(repr, db.execute(f'SELECT * FROM "{table}"').fetchall())) for table in tables}


def files_under(path: Path) -> list[str]:
    return sorted(p.relative_to(path).as_posix() for p in path.rglob("*")) if path.exists() else []


def edit_exercise(store, ref: str, **changes):
    from dataclasses import replace

    record = store.catalogue.get("exercise", ref)
    store.catalogue.save("exercise", replace(record, **changes))
    return store.catalogue.get("exercise", ref)


def publishing_worker(data_dir: str, own: list[str], shared: str, tag: str, iterations: int, barrier) -> None:
    """One therapist's machine: edit, publish, again and again (run in its own process)."""
    from exercise_builder.services.shared_folder_sync import publish_own_items
    from exercise_builder.store import Store

    store = Store.open(Path(data_dir))
    barrier.wait(timeout=30)
    for number in range(iterations):
        slug = own[number % len(own)]
        edit_exercise(store, slug, title={"da": f"{slug} {tag} v{number}", "en": f"{slug} {tag} v{number}"})
        if number % 10 == 0:
            edit_exercise(store, shared, steps={"da": [f"{tag} v{number}", "Trin to."], "en": ["One.", "Two."]})
        report = publish_own_items(store)
        if report.message or report.refused:
            raise RuntimeError(f"{tag}: {report.message} {report.refused}")
    store.close()


def racing_worker(folder: str, slug: str, tag: str, iterations: int, barrier, log: str) -> None:
    """Read the item, change it, publish it with what was read as the base: as fast as possible."""
    import json
    from dataclasses import replace

    from exercise_builder.library.shared_folder import _read_folder, publish_item
    from exercise_builder.store.catalogue import content_hash

    root = Path(folder)
    lines = []
    barrier.wait(timeout=30)
    for number in range(iterations):
        found = None
        while found is None:  # mid-swap by the other one: look again
            found = _read_folder(root / slug, slug, content_hash)
        mine = replace(found.record, title={"da": f"{tag} v{number}", "en": f"{tag} v{number}"})
        outcome = publish_item(root, "exercise", mine, lambda image: b"", found.hash, content_hash)
        from exercise_builder.domain import records

        lines.append(
            {"own": content_hash(records.exercise_to_dict(mine)), "base": found.hash, "status": outcome.status}
        )
    Path(log).write_text(json.dumps(lines))


def write_zip_of_copies(path: Path, entries: dict[str, bytes], copies: int, block: bytes) -> Path:
    """A zip of `entries` plus `copies` entries of `block`, compressed once and written raw (a
    2 GB bundle that costs a second to build)."""
    files = [(name, data, zlib.compress(data)[2:-4], zlib.crc32(data)) for name, data in entries.items()]
    packed = zlib.compressobj(6, zlib.DEFLATED, -15)
    raw = packed.compress(block) + packed.flush()
    crc = zlib.crc32(block)
    files += [(f"padding/{index}.bin", None, raw, crc) for index in range(copies)]
    central, offset = [], 0
    with open(path, "wb") as out:
        for name, data, compressed, checksum in files:
            if data is not None:  # entries: compressed with a fresh raw deflate stream
                stream = zlib.compressobj(6, zlib.DEFLATED, -15)
                compressed = stream.compress(data) + stream.flush()
            size = len(block) if data is None else len(data)
            encoded = name.encode()
            header = struct.pack(
                "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x5C21, checksum, len(compressed), size, len(encoded), 0
            )
            out.write(header + encoded + compressed)
            central.append(
                struct.pack(
                    "<IHHHHHHIIIHHHHHII",
                    0x02014B50,
                    20,
                    20,
                    0,
                    8,
                    0,
                    0x5C21,
                    checksum,
                    len(compressed),
                    size,
                    len(encoded),
                    0,
                    0,
                    0,
                    0,
                    0o644 << 16,
                    offset,
                )
                + encoded
            )
            offset += len(header) + len(encoded) + len(compressed)
        directory = b"".join(central)
        out.write(directory)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(directory), offset, 0))
    return path
