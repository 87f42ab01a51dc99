"""Update exercise_builder_en.ts from the UI sources and fill in the English of `english.py`.

Run from the repository root:  .venv/bin/python src/exercise_builder/translations/fill_ts.py
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "exercise_builder_en.ts"


def main() -> int:
    sys.path.insert(0, str(HERE))
    from english import ENGLISH

    sources = sorted(str(p) for p in (HERE.parent / "ui").glob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "relative", *sources, "-ts", str(TS)],
                   check=True)
    tree = ET.parse(TS)
    tree.getroot().set("language", "en_GB")
    tree.getroot().set("sourcelanguage", "da_DK")
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in ENGLISH:
            translation.text = ENGLISH[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    ET.indent(tree)
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
