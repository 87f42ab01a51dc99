"""The shipped templates pass the app's own checks (physio review: "Efter fødslen" had 7 exercises
and drew the "hold dig til de 6 vigtigste" hint the moment it was chosen)."""

from __future__ import annotations

from exercise_builder.ui.program_pane import HINT_AFTER


def test_no_shipped_template_trips_the_too_many_exercises_hint(shipped_store):
    templates = shipped_store.catalogue.all("template")
    assert templates, "no shipped templates"
    over = {t.slug: len(t.items) for t in templates if len(t.items) > HINT_AFTER}
    assert not over, over


def _words(text: str) -> set[str]:
    import re

    return set(re.findall(r"\w+", text.lower()))


def test_no_template_aid_note_repeats_its_aid_s_own_usage(shipped_store):
    """The handout prints the aid's usage lines and then the template's note: the note must add something."""
    catalogue = shipped_store.catalogue
    repeats = []
    for template in catalogue.all("template"):
        for chosen in template.aids:
            aid = catalogue.get("aid", chosen.aid)
            note = chosen.note if isinstance(chosen.note, str) else chosen.note.get("da", "")
            note = template.phrases.get(note, {}).get("da", note) if note else note
            words = _words(note)
            for line in [aid.description.get("da", ""), *aid.usage.get("da", [])]:
                if words and len(words & _words(line)) >= 0.7 * len(words):
                    repeats.append((template.slug, aid.slug, note, line))
    assert not repeats, repeats


def test_the_picker_offers_the_patient_group_s_templates_first(shipped_store):
    from exercise_builder.domain.kinds import PatientGroup
    from exercise_builder.ui.template_picker import in_offer_order

    templates = shipped_store.catalogue.all("template")
    for group in (PatientGroup.PREGNANT, PatientGroup.AFTER_BIRTH):
        offered = [t.patient_group for t in in_offer_order(templates, group, "da")]
        own = offered.count(group)
        assert own and offered[:own] == [group] * own, (group, offered)
        others = [g for g in offered if g not in (group, PatientGroup.OTHER)]
        assert offered[own : len(offered) - len(others)] == [PatientGroup.OTHER] * (len(offered) - own - len(others))
    plain = [t.patient_group for t in in_offer_order(templates, PatientGroup.OTHER, "da")]
    assert plain[0] == PatientGroup.OTHER and plain.index(PatientGroup.PREGNANT) > plain.count(PatientGroup.OTHER) - 1
