"""The shipped templates pass the app's own checks (physio review: "Efter fødslen" had 7 exercises
and drew the "hold dig til de 6 vigtigste" hint the moment it was chosen)."""

from __future__ import annotations

from exercise_builder.ui.program_pane import HINT_AFTER


def test_no_shipped_template_trips_the_too_many_exercises_hint(shipped_store):
    templates = shipped_store.catalogue.all("template")
    assert templates, "no shipped templates"
    over = {t.slug: len(t.items) for t in templates if len(t.items) > HINT_AFTER}
    assert not over, over
