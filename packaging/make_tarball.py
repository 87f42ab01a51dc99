"""Linux: pack the built app folder with its desktop integration into one tarball.

    python packaging/make_tarball.py [--dist dist] [--icons build/icons]

Writes dist/exercise-builder-<version>-linux-<machine>.tar.gz containing
    exercise-builder-<version>/exercise-builder/            the PyInstaller folder
    exercise-builder-<version>/share/applications/exercise-builder.desktop
    exercise-builder-<version>/share/metainfo/dk.exercisebuilder.ExerciseBuilder.metainfo.xml
    exercise-builder-<version>/share/icons/hicolor/<n>x<n>/apps/exercise-builder.png
    exercise-builder-<version>/install.sh                   ./install.sh [PREFIX] (~/.local)
"""

from __future__ import annotations

import argparse
import platform
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    if info.isfile() or info.isdir():
        info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
    return info


def main() -> int:
    parser = argparse.ArgumentParser(description="Pack the Linux tarball.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--icons", type=Path, default=ROOT / "build" / "icons")
    args = parser.parse_args()
    app = args.dist / "exercise-builder"
    if not (app / "exercise-builder").is_file():
        print(f"make_tarball: {app} has no executable; run the PyInstaller build first", file=sys.stderr)
        return 2
    hicolor = args.icons / "hicolor"
    if not hicolor.is_dir():
        print(f"make_tarball: {hicolor} is missing; run packaging/prepare_icons.py", file=sys.stderr)
        return 2
    top = f"exercise-builder-{version()}"
    out = args.dist / f"{top}-linux-{platform.machine()}.tar.gz"
    started = time.monotonic()
    with tarfile.open(out, "w:gz", compresslevel=6) as archive:
        archive.add(app, f"{top}/exercise-builder", filter=_normalise)
        archive.add(
            LINUX / "exercise-builder.desktop", f"{top}/share/applications/exercise-builder.desktop", filter=_normalise
        )
        archive.add(
            LINUX / "dk.exercisebuilder.ExerciseBuilder.metainfo.xml",
            f"{top}/share/metainfo/dk.exercisebuilder.ExerciseBuilder.metainfo.xml",
            filter=_normalise,
        )
        archive.add(hicolor, f"{top}/share/icons/hicolor", filter=_normalise)
        archive.add(LINUX / "install.sh", f"{top}/install.sh", filter=_normalise)
    print(
        f"make_tarball: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out} "
        f"({out.stat().st_size / 1_000_000:.1f} MB, {time.monotonic() - started:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
