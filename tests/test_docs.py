"""The documents that are made from code match the code."""

import runpy
from pathlib import Path

DOCS = Path(__file__).parent.parent / "docs"


def test_the_vocabulary_table_in_formats_md_matches_the_code():
    made = runpy.run_path(str(DOCS / "make_vocabulary_table.py"))
    text = (DOCS / "formats.md").read_text(encoding="utf-8")
    assert made["section"]() in text, "run: python docs/make_vocabulary_table.py"


def test_the_handout_samples_script_loads_and_draws_every_layout():
    """It imported a module that had moved (exercise_builder.handouts); it takes the layouts from the domain."""
    from exercise_builder.domain.models import LAYOUTS

    made = runpy.run_path(str(DOCS / "make_handout_samples.py"))
    assert made["LAYOUTS"] == LAYOUTS and "for layout in LAYOUTS" in (DOCS / "make_handout_samples.py").read_text()


def test_the_figure_review_has_a_verdict_for_every_shipped_figure():
    """Issue 12 §5 / 17 §3: every shipped figure was looked at against its own steps with fresh
    eyes, and the verdict is kept in docs/figure-review.md (a table row starting with its slug)."""
    import re

    library = Path(__file__).parent.parent / "resources" / "exercises"
    shipped = {folder.name for folder in library.iterdir() if (folder / "figure.svg").exists()}
    review = (DOCS / "figure-review.md").read_text(encoding="utf-8")
    reviewed = set(re.findall(r"^\| ([a-z0-9-]+)", review, flags=re.M))
    assert sorted(shipped - reviewed) == []
