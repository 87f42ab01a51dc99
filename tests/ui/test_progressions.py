"""The programme table swaps a row for its easier or harder variant, keeping the dosage; undoable."""

from __future__ import annotations

from PySide6.QtGui import QAction

from exercise_builder.domain.dosage import Dosage


def _row(window, slug: str, dosage: Dosage, note: str) -> None:
    workbench = window.workbench
    exercise = workbench.store.catalogue.get("exercise", slug)
    workbench.session.add_exercises([(exercise.id, dosage, exercise.title["da"])])
    item = workbench.session.program.items[0]
    workbench.session.set_item(0, item.__class__(item.exercise_id, item.dosage, note), "t", "note")
    workbench.program.select_row(0)


def test_swap_to_harder_and_easier_keeps_the_dosage_and_undoes(window):
    catalogue = window.workbench.store.catalogue
    dosage = Dosage.from_json({"sets": 2, "reps": 7, "per_side": True})
    _row(window, "taahaev", dosage, "Hold fast i stolen.")
    harder = window.findChild(QAction, "actionHarderVariant")
    easier = window.findChild(QAction, "actionEasierVariant")
    assert harder.isEnabled() and easier.isEnabled()

    harder.trigger()
    item = window.workbench.session.program.items[0]
    assert item.exercise_id == catalogue.resolve("exercise", "haelloeft-trin")
    assert item.dosage == dosage and item.note == "Hold fast i stolen."
    assert window.workbench.program_model.rowCount() == 1
    assert not harder.isEnabled() and easier.isEnabled()  # the step heel raise ends the chain

    window.workbench.session.undo_stack.undo()
    assert window.workbench.session.program.items[0].exercise_id == catalogue.resolve("exercise", "taahaev")
    window.workbench.session.undo_stack.redo()
    assert window.workbench.session.program.items[0].exercise_id == catalogue.resolve("exercise", "haelloeft-trin")

    window.workbench.program.select_row(0)
    easier.trigger()
    easier.trigger()
    item = window.workbench.session.program.items[0]
    assert item.exercise_id == catalogue.resolve("exercise", "taa-ned-elastik") and item.dosage == dosage
    assert window.workbench.session.undo_stack.text(window.workbench.session.undo_stack.index() - 1).startswith("Skift")


def test_no_variant_no_swap(window):
    _row(window, "pendul", Dosage.from_json({"reps": 10}), "")
    for name in ("actionEasierVariant", "actionHarderVariant"):
        action = window.findChild(QAction, name)
        assert not action.isEnabled()
        action.trigger()
    assert window.workbench.session.undo_stack.count() == 1  # the add: nothing swapped
