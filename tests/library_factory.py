"""Builds small library folders for tests, item by item, in the real format."""

from __future__ import annotations

import uuid
from pathlib import Path

import tomli_w

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 60" width="100" height="60">'
    b'<circle cx="30" cy="30" r="20" fill="white" stroke="black" stroke-width="3"/>'
    b'<path d="M55 30 L90 30" stroke="black" stroke-width="3"/></svg>'
)

EXERCISES = [
    ("baekkenvip-rygliggende", "Bækkenvip på ryggen", "Pelvic tilt on your back", "pelvis", "supine"),
    ("baekkenvip-siddende", "Bækkenvip siddende", "Pelvic tilt sitting", "pelvis", "sitting"),
    ("muslingen", "Muslingen", "Clam shell", "hip", "side-lying"),
    ("kat-ko", "Kat og ko", "Cat and cow", "low-back", "hands-knees"),
    ("ankelpumpe", "Ankelpumper", "Ankle pumps", "legs", "sitting"),
    (
        "gang-normale-skridt",
        "Gå en tur med dine normale skridt",
        "Walk with your normal stride",
        "whole-body",
        "walking",
    ),
]


def stable_id(name: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"test:{name}"))


def write_item(
    root: Path, kind: str, data: dict, images: dict[str, bytes] | None = None, folder_name: str | None = None
) -> Path:
    folder = root / (folder_name or data["slug"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{kind}.toml").write_bytes(tomli_w.dumps(data).encode())
    for name, content in (images or {}).items():
        (folder / name).write_bytes(content)
    return folder


def exercise(slug: str, title_da: str, title_en: str, region: str, position: str, **extra) -> dict:
    data = {
        "id": stable_id(slug),
        "slug": slug,
        "updated": "2026-11-01T00:00:00Z",
        "region": region,
        "position": position,
        "tags": ["mobility", "pregnancy"],
        "title": {"da": title_da, "en": title_en},
        "steps": {
            "da": ["Find en god stilling.", "Bevæg dig roligt."],
            "en": ["Find a comfortable position.", "Move calmly."],
        },
        "dosage": {"sets": 1, "reps": 10},
        "images": [{"file": "figure.svg", "author": "Test", "licence": "CC0-1.0"}],
    }
    data.update(extra)
    return data


def make_library(root: Path, version: str = "1") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "library.toml").write_bytes(
        tomli_w.dumps(
            {
                "format_version": 1,
                "id": stable_id("library"),
                "name": "Testbibliotek",
                "publisher": "Tests",
                "version": version,
            }
        ).encode()
    )
    for slug, da, en, region, position in EXERCISES:
        write_item(root, "exercise", exercise(slug, da, en, region, position), {"figure.svg": SVG})
    for slug, da, en in (("baekkenbaelte", "Bækkenbælte", "Pelvic belt"), ("satinlagen", "Satinlagen", "Satin sheet")):
        write_item(
            root,
            "aid",
            {
                "id": stable_id(slug),
                "slug": slug,
                "updated": "2026-11-01T00:00:00Z",
                "title": {"da": da, "en": en},
                "description": {"da": f"{da} kan hjælpe i hverdagen.", "en": f"A {en.lower()} can help."},
                "usage": {"da": ["Brug det, når det hjælper."], "en": ["Use it when it helps."]},
                "images": [{"file": "figure.svg", "author": "Test", "licence": "CC0-1.0"}],
            },
            {"figure.svg": SVG},
        )
    write_item(
        root,
        "advice",
        {
            "id": stable_id("om"),
            "slug": "om-baekkensmerter",
            "updated": "2026-11-01T00:00:00Z",
            "kind": "info",
            "title": {"da": "Om bækkensmerter", "en": "About pelvic pain"},
            "body": {
                "da": ["Smerterne er ikke farlige for barnet.", "- Bevæg dig gerne."],
                "en": ["The pain does not harm the baby.", "- Keep moving."],
            },
        },
    )
    write_item(
        root,
        "advice",
        {
            "id": stable_id("stop"),
            "slug": "hvornaar-stoppe",
            "updated": "2026-11-01T00:00:00Z",
            "kind": "stop",
            "title": {"da": "Hvornår skal du stoppe", "en": "When to stop"},
            "body": {
                "da": ["- Blødning eller veer: ring til din jordemoder."],
                "en": ["- Bleeding or contractions: call your midwife."],
            },
        },
    )
    write_item(
        root,
        "template",
        {
            "id": stable_id("tpl"),
            "slug": "skabelon-basis",
            "updated": "2026-11-01T00:00:00Z",
            "title": {"da": "Basis", "en": "Basic"},
            "frequency": "2–3 gange dagligt",
            "advice": ["om-baekkensmerter"],
            "items": [{"exercise": "baekkenvip-rygliggende", "reps": 10}],
            "aids": [{"aid": "satinlagen", "note": ""}],
        },
    )
    return root
