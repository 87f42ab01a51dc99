"""The library pane says when nothing is found, offers "Mente du …?" links that search with one
click, and says where an aid or advice module the query names is."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from exercise_builder.ui.library_model import ObjectRole


def type_query(window, text: str) -> QLabel:
    window.workbench.library.search.setText(text)
    window.workbench.library.refresh()
    return window.findChild(QLabel, "librarySearchHelp")


def first_slugs(window, n: int = 5) -> list[str]:
    proxy = window.workbench.library.proxy
    return [proxy.index(row, 0).data(ObjectRole).slug for row in range(min(n, proxy.rowCount()))]


def test_nothing_found_says_so_and_offers_a_word_it_knows(window, qtbot):
    label = type_query(window, "muslingen trappeløb")
    assert window.workbench.library.model.total() == 0
    assert not label.isHidden()
    assert "Ingen øvelser passer til »muslingen trappeløb«." in label.text()
    assert "Mente du" in label.text() and 'href="muslingen"' in label.text()
    label.linkActivated.emit("muslingen")  # what a click on the link does
    window.workbench.library.refresh()
    assert window.workbench.library.search.text() == "muslingen"
    assert first_slugs(window)[:1] == ["muslingen"]
    assert label.isHidden()


def test_a_query_naming_an_aid_says_where_it_is(window):
    label = type_query(window, "satinlagen")
    assert "Satinlagen er et hjælpemiddel – se fanen Hjælpemidler." in label.text()
    label = type_query(window, "vending")
    assert "Søvn og vending i sengen er et råd – se fanen Råd." in label.text()
    assert first_slugs(window)[:1] == ["vende-sig-i-sengen"]


def test_the_query_is_shown_as_text_not_markup(window):
    label = type_query(window, "<b>zzqx</b>")
    assert "&lt;b&gt;zzqx&lt;/b&gt;" in label.text() and "<b>zzqx" not in label.text()


def test_search_as_you_type_still_finds_on_the_fourth_key(window):
    type_query(window, "bækk")
    assert set(first_slugs(window)) & {"baekkenvip-rygliggende", "baekkenvip-siddende"}
    type_query(window, "bækkenvip på")
    assert first_slugs(window)[0] in {"baekkenvip-rygliggende", "baekkenvip-sideliggende"}
