"""The Qt models pass pytest-qt's model tester, and the proxy filters."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from exercise_builder.store.programs import ProgramSummary
from exercise_builder.ui.library_model import IdRole, ObjectRole
from exercise_builder.ui.open_program_dialog import ProgramSummaryModel

# one model per test: the qtmodeltester fixture follows the last model it was given


def test_library_model(window, qtmodeltester):
    qtmodeltester.check(window.workbench.library.model, force_py=True)
    window.workbench.library.search.setText("bækken")
    window.workbench.library.refresh()
    window.workbench.library.model.fetchMore()


def test_library_proxy(window, qtmodeltester):
    from exercise_builder.ui import library_model

    # more than one page: the view pages in rows while the tester watches every reset
    assert window.workbench.store.catalogue.count("exercise") > library_model.PAGE
    window.workbench.library.refresh()
    qtmodeltester.check(window.workbench.library.proxy, force_py=True)
    window.workbench.library.search.setText("bækken")
    window.workbench.library.refresh()
    window.workbench.library.proxy.set_region("pelvis")
    window.workbench.library.search.setText("")
    window.workbench.library.refresh()


def test_library_proxy_filters_by_region_and_position(window):
    proxy = window.workbench.library.proxy
    everything = proxy.rowCount()
    proxy.set_region("pelvis")
    rows = [proxy.index(r, 0).data(ObjectRole) for r in range(proxy.rowCount())]
    assert 0 < len(rows) < everything and all(hit.region == "pelvis" for hit in rows)
    proxy.set_position("supine")
    assert all(proxy.index(r, 0).data(ObjectRole).position == "supine" for r in range(proxy.rowCount()))
    proxy.set_region("")
    proxy.set_position("")
    assert proxy.rowCount() == everything


def test_library_pages_in_rows_lazily(window):
    model = window.workbench.library.model
    from exercise_builder.ui import library_model

    hits = [replace(hit, id=f"{hit.id}-{n}") for n in range(10) for hit in window.workbench.store.search("")]
    model.set_hits(hits)
    assert model.rowCount() == library_model.PAGE and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == len(hits)


def test_program_model(window, qtmodeltester):
    window.workbench.add_exercises([hit.id for hit in window.workbench.store.search("bækken")[:4]])
    qtmodeltester.check(window.workbench.program_model, force_py=True)
    window.workbench.session.remove_items([1], ["x"])
    window.workbench.session.move_item(0, 3, "x")
    window.workbench.session.undo_stack.undo()
    window.workbench.session.undo_stack.undo()
    window.workbench.session.undo_stack.undo()


def test_advice_model(window, qtmodeltester):
    qtmodeltester.check(window.workbench.advice_model, force_py=True)
    model = window.workbench.advice_model
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert window.workbench.session.program.advice == (model.index(0, 0).data(IdRole),)


def test_aids_model(window, qtmodeltester):
    qtmodeltester.check(window.workbench.aids_model, force_py=True)
    model = window.workbench.aids_model
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(0, 0), "Brug den om dagen", Qt.ItemDataRole.EditRole)
    assert window.workbench.session.program.aids[0].note == "Brug den om dagen"
    assert model.index(0, 0).data().endswith("Brug den om dagen")
    window.workbench.session.undo_stack.undo()
    window.workbench.session.undo_stack.undo()


def test_program_summary_model(qtmodeltester):
    model = ProgramSummaryModel()
    model.set_rows([ProgramSummary("a", "Mette", "2026-11-22", "Anne", 3, 1, "")])
    qtmodeltester.check(model, force_py=True)


def test_library_search_pages_and_filters_in_the_store(window):
    from exercise_builder.store import Filters

    store = window.workbench.store
    assert store.search_page("").total == len(store.search(""))
    page = store.search_page("bækken", Filters(region="pelvis"), limit=3)
    assert len(page.hits) == 3 and all(hit.region == "pelvis" for hit in page.hits)
    assert page.total == len(store.search("bækken", Filters(region="pelvis")))
    assert {h.id for h in store.search_page("bækken").hits} == {h.id for h in store.search("bækken")}


def test_reorder_by_drag_and_drop_is_one_undo_step(window):
    hits = window.workbench.store.search("bækken")[:3]
    window.workbench.add_exercises([hit.id for hit in hits])
    model = window.workbench.program_model
    mime = model.mimeData([model.index(0, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert [i.exercise_id for i in window.workbench.session.program.items] == [hits[1].id, hits[2].id, hits[0].id]
    window.workbench.session.undo_stack.undo()
    assert [i.exercise_id for i in window.workbench.session.program.items] == [h.id for h in hits]


def test_several_rows_dragged_together_move_as_a_block_in_one_undo_step(window):
    hits = window.workbench.store.search("bækken")[:5]
    window.workbench.add_exercises([hit.id for hit in hits])
    model = window.workbench.program_model
    ids = lambda: [i.exercise_id for i in window.workbench.session.program.items]  # noqa: E731
    mime = model.mimeData([model.index(0, 0), model.index(2, 1), model.index(2, 0)])  # rows 0 and 2
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 4, 0, model.index(-1, -1))  # before row 4
    assert ids() == [hits[1].id, hits[3].id, hits[0].id, hits[2].id, hits[4].id]
    assert window.workbench.session.undo_stack.undoText() == "Flyt 2 øvelser"
    window.workbench.session.undo_stack.undo()
    assert ids() == [h.id for h in hits]
    mime = model.mimeData([model.index(3, 0), model.index(4, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))  # to the top
    assert ids() == [hits[3].id, hits[4].id, hits[0].id, hits[1].id, hits[2].id]
    window.workbench.session.forget_changes()


def test_drop_from_the_library_adds_at_the_drop_row(window):
    hits = window.workbench.store.search("bækken")[:3]
    window.workbench.add_exercises([hits[0].id, hits[1].id])
    library = window.workbench.library.model
    row = next(r for r in range(library.rowCount()) if library.index(r, 0).data(IdRole) == hits[2].id)
    mime = library.mimeData([library.index(row, 0)])
    window.workbench.program_model.dropMimeData(
        mime, Qt.DropAction.CopyAction, 1, 0, window.workbench.program_model.index(-1, -1)
    )
    assert [i.exercise_id for i in window.workbench.session.program.items] == [hits[0].id, hits[2].id, hits[1].id]


def test_program_table_tooltips_show_the_whole_title_and_the_note(window):
    from PySide6.QtCore import Qt

    from exercise_builder.ui.program_model import NOTE, TITLE

    hit = window.workbench.store.search("bækkenvip stående")[0]
    window.workbench.add_exercises([hit.id])
    model = window.workbench.program_model
    model.setData(model.index(0, NOTE), "Roligt, og kun til det strammer", Qt.ItemDataRole.EditRole)
    assert model.data(model.index(0, TITLE), Qt.ItemDataRole.ToolTipRole).startswith(hit.title)
    assert model.data(model.index(0, NOTE), Qt.ItemDataRole.ToolTipRole) == "Roligt, og kun til det strammer"
    window.workbench.session.forget_changes()


def test_the_stop_advice_is_shown_ticked_and_cannot_be_unticked(window):
    """Every handout carries "when to stop and call": its tick in the list says so and is fixed."""
    from PySide6.QtCore import Qt

    model = window.workbench.advice_model
    rows = {model.data(model.index(r), Qt.ItemDataRole.AccessibleTextRole): r for r in range(model.rowCount())}
    stop = model.index(rows["Hvornår skal du stoppe og ringe?"])
    other = model.index(next(r for title, r in rows.items() if title != "Hvornår skal du stoppe og ringe?"))
    assert model.data(stop, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not model.flags(stop) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(stop, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.data(stop, Qt.ItemDataRole.ToolTipRole) == "Kommer altid med på programmet"
    assert model.data(other, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.flags(other) & Qt.ItemFlag.ItemIsUserCheckable
