"""How many steps a clinic's own exercise may have (issue 13): one to six, in the editor and on
import alike, so whatever the editor saves can be shared with another clinic and imported."""

from __future__ import annotations

import pytest

from exercise_builder.domain.records import MAX_STEPS


def _editor(store, steps_da: list[str], steps_en: list[str] = ()):
    from exercise_builder.ui.exercise_editor import ExerciseEditor

    editor = ExerciseEditor(store, None, "da")
    editor.title_da.setText("Gå en tur")
    editor.steps_da.setPlainText("\n".join(steps_da))
    editor.steps_en.setPlainText("\n".join(steps_en))
    return editor


@pytest.mark.parametrize(("da", "en"), [(7, 0), (2, 7)])
def test_the_editor_refuses_more_steps_than_an_import_takes(qtbot, store, da, en):
    editor = _editor(store, [f"Trin {n}." for n in range(da)], [f"Step {n}." for n in range(en)])
    qtbot.addWidget(editor)
    with pytest.raises(ValueError, match=f"højst {MAX_STEPS} trin"):
        editor.build()


def test_a_one_step_exercise_from_the_editor_travels_to_another_clinic(qtbot, store, tmp_path):
    from exercise_builder.services.opening import open_store
    from exercise_builder.services.sharing_export import export_bundle
    from exercise_builder.services.sharing_import import import_bundle

    editor = _editor(store, ["Gå en tur i 20 minutter hver dag."])
    qtbot.addWidget(editor)
    built = editor.build()
    store.catalogue.save("exercise", built)
    six = _editor(store, [f"Trin {n}." for n in range(MAX_STEPS)])
    qtbot.addWidget(six)
    assert len(six.build().steps["da"]) == MAX_STEPS  # six is allowed

    bundle = export_bundle(store, tmp_path / "own.eblib", [built.slug]).path
    other = open_store(tmp_path / "other")
    try:
        import_bundle(other, bundle)
        assert other.catalogue.get("exercise", built.id).steps["da"] == ["Gå en tur i 20 minutter hver dag."]
    finally:
        other.close()
