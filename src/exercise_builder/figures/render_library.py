"""Write `<slug>/figure.svg` (general) for every scene in the catalogue, and
`<slug>/figure-pregnant.svg` for the ones that suit pregnancy.

    python -m exercise_builder.figures.render_library resources/exercises

Creates missing folders; never touches any other file in them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .library_figures import PREGNANCY, SCENES, render


def write_all(root: Path, slugs: list[str] | None = None) -> list[Path]:
    written = []
    for slug in sorted(slugs or SCENES):
        folder = root / slug
        folder.mkdir(parents=True, exist_ok=True)
        variants = [("figure.svg", False)] + ([("figure-pregnant.svg", True)] if slug in PREGNANCY else [])
        for name, pregnant in variants:
            target = folder / name
            svg = render(slug, pregnant=pregnant)
            if not target.exists() or target.read_text(encoding="utf-8") != svg:
                target.write_text(svg, encoding="utf-8", newline="\n")
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the library's figures to SVG.")
    parser.add_argument("root", type=Path, help="library folder, e.g. resources/exercises")
    parser.add_argument("slugs", nargs="*", help="only these slugs (default: all)")
    args = parser.parse_args(argv)
    unknown = [s for s in args.slugs if s not in SCENES]
    if unknown:
        print(f"Unknown slug: {', '.join(unknown)}", file=sys.stderr)
        return 2
    paths = write_all(args.root, args.slugs or None)
    print(f"{len(paths)} figures in {args.root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
