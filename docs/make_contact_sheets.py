"""One contact sheet per body region (and one of the aids, and the pregnant figures) in
docs/contact-sheets/, drawn the way the handout prints them (svglib → PDF → PNG).

Run: .venv/bin/python docs/make_contact_sheets.py   (or `make figures`)
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from exercise_builder.figures import contact_sheet
from exercise_builder.figures.library_figures import PREGNANCY

ROOT = Path(__file__).resolve().parent.parent
LIBRARY = ROOT / "resources" / "exercises"
OUT = ROOT / "docs" / "contact-sheets"


def by_region() -> dict[str, list[str]]:
    regions: dict[str, list[str]] = {}
    for folder in sorted(LIBRARY.iterdir()):
        if (folder / "exercise.toml").exists() and (folder / "figure.svg").exists():
            region = tomllib.loads((folder / "exercise.toml").read_text(encoding="utf-8")).get("region", "other")
            regions.setdefault(region, []).append(folder.name)
        elif (folder / "aid.toml").exists() and (folder / "figure.svg").exists():
            regions.setdefault("aids", []).append(folder.name)
    return regions


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()  # a region that moved leaves no stale sheet behind
    regions = by_region()
    for region, slugs in regions.items():
        contact_sheet.main([str(LIBRARY), str(OUT / f"{region}.png"), "--scale", "1.2", "--only", *slugs])
    pregnant = sorted(slug for slugs in regions.values() for slug in slugs if slug in PREGNANCY)
    contact_sheet.main([str(LIBRARY), str(OUT / "pregnant.png"), "--scale", "1.2", "--pregnant", "--only", *pregnant])
    print({region: len(slugs) for region, slugs in regions.items()}, "pregnant:", len(pregnant))


if __name__ == "__main__":
    main()
