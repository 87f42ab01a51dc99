"""The library pane filters by aid: the aidFilter combo, the proxy, and the store query behind it."""

from __future__ import annotations

import subprocess
from dataclasses import replace

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QComboBox, QLabel

from exercise_builder.domain.models import Aid, new_id
from exercise_builder.paths import translations_dir
from exercise_builder.ui.library_model import ObjectRole


def band_exercises(store) -> list[str]:
    """The shipped exercises that use the elastic band (the practice library added several)."""
    band = store.catalogue.resolve("aid", "elastikbaand")
    return sorted(e.slug for e in store.catalogue.all("exercise") if band in e.aids)


def shown(window) -> list[str]:
    proxy = window.workbench.library.proxy
    while window.workbench.library.model.canFetchMore():
        window.workbench.library.model.fetchMore()
    return sorted(proxy.index(row, 0).data(ObjectRole).slug for row in range(proxy.rowCount()))


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_aid_filter_offers_every_aid_by_title(window):
    combo = window.findChild(QComboBox, "aidFilter")
    assert combo is window.workbench.library.aid
    assert combo.accessibleName() == "Filtrér efter hjælpemiddel"
    assert (combo.itemText(0), combo.itemData(0)) == ("Alle hjælpemidler", "")
    titles = [combo.itemText(i) for i in range(1, combo.count())]
    assert titles == sorted(aid.title["da"] for aid in window.workbench.store.catalogue.all("aid"))
    assert {"Bækkenbælte", "Elastikbånd", "Kilepude", "Rollator", "Satinlagen"} <= set(titles)
    assert combo.itemData(combo.findText("Elastikbånd")) == window.workbench.store.catalogue.resolve(
        "aid", "elastikbaand"
    )


def test_choosing_an_aid_narrows_the_view_alone_and_with_text_and_filters(window, qtbot):
    everything = shown(window)
    assert len(everything) > 40
    combo = window.workbench.library.aid
    choose(combo, "Elastikbånd")
    band = band_exercises(window.workbench.store)
    assert {"hofte-udad-elastik", "skulderblade-elastik"} <= set(band)
    assert shown(window) == band
    assert window.findChild(QLabel, "libraryCount").text() == f"{len(band)} øvelser (filtreret)"
    assert window.workbench.library.filters().aid == window.workbench.store.catalogue.resolve("aid", "elastikbaand")
    # with text typed as in the search field
    qtbot.keyClicks(window.workbench.library.search, "hofte")
    window.workbench.library.refresh()
    # the diagonal pull starts with the band at the opposite hip ("hoften"), so it is found too
    assert shown(window) == ["diagonal-elastik", "hofte-udad-elastik", "sidetrin-elastik"]
    window.workbench.library.search.clear()
    window.workbench.library.refresh()
    # with another filter
    choose(window.workbench.library.region, "Øvre ryg")
    assert shown(window) == ["skulderblade-elastik"]
    choose(window.workbench.library.region, "Alle områder")
    choose(combo, "Pude mellem knæene")
    assert shown(window) == ["baekkenvip-sideliggende", "hvil-sideliggende", "knib-sideliggende"]
    assert window.findChild(QLabel, "libraryCount").text() == "3 øvelser (filtreret)"
    choose(combo, "Træningsbold")
    assert shown(window) == [
        "baekkencirkler-paa-bold",
        "baekkenvip-siddende",
        "bro-paa-bold",
        "vaegtskift-paa-bold",
        "vug-over-bold",
    ]
    choose(combo, "Krykker")
    assert shown(window) == []
    choose(combo, "Alle hjælpemidler")
    assert shown(window) == everything


def test_proxy_filters_by_aid_on_its_own(window):
    proxy = window.workbench.library.proxy
    band = window.workbench.store.catalogue.resolve("aid", "elastikbaand")
    while window.workbench.library.model.canFetchMore():  # the library is longer than one page now
        window.workbench.library.model.fetchMore()
    everything = proxy.rowCount()
    proxy.set_aid(band)
    assert proxy.is_filtering()
    rows = [proxy.index(r, 0).data(ObjectRole) for r in range(proxy.rowCount())]
    assert sorted(hit.slug for hit in rows) == band_exercises(window.workbench.store) and all(
        band in hit.aids for hit in rows
    )
    proxy.set_aid("")
    assert proxy.rowCount() == everything and not proxy.is_filtering()


def test_aid_choices_follow_the_library_and_keep_the_choice(window):
    store, combo = window.workbench.store, window.workbench.library.aid
    choose(combo, "Satinlagen")
    sheet = combo.currentData()
    own = Aid(id=new_id(), slug="skumpude", title={"da": "Skumpude", "en": "Foam cushion"})
    store.catalogue.save("aid", own)
    window.workbench.library_changed()
    assert combo.findText("Skumpude") > 0 and combo.currentData() == sheet
    assert shown(window) == ["ind-og-ud-af-bil", "vende-sig-i-sengen"]
    # an exercise of the clinic's own that uses the new aid is found by it
    walk = store.catalogue.get("exercise", "gang-normale-skridt")
    store.catalogue.save("exercise", replace(walk, aids=(own.id,)))
    window.workbench.library_changed()
    choose(combo, "Skumpude")
    assert shown(window) == ["gang-normale-skridt"]
    # the chosen aid goes away: the filter falls back to every aid
    store.catalogue.delete("aid", own.id)
    window.workbench.library_changed()
    assert combo.findText("Skumpude") < 0 and combo.currentIndex() == 0
    assert not window.workbench.library.proxy.is_filtering() and len(shown(window)) > 40


def test_english_pane_names_the_aids_in_english(qapp, shipped_store, tmp_path):
    from test_translations import lrelease

    from exercise_builder.ui.library_pane import LibraryPane
    from exercise_builder.ui.record_cache import RecordCache

    qm = tmp_path / "exercise_builder_en.qm"
    subprocess.run(
        [lrelease(), str(translations_dir() / "exercise_builder_en.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        pane = LibraryPane(shipped_store, RecordCache(shipped_store), None, "en")
        combo = pane.aid
        assert combo.itemText(0) == "All aids" and combo.accessibleName() == "Filter by aid"
        assert "Resistance band" in [combo.itemText(i) for i in range(combo.count())]
        pane.deleteLater()
    finally:
        qapp.removeTranslator(translator)


def test_the_exercise_editor_keeps_and_sets_the_aids(window, qtbot):
    """Saving in the editor keeps the aids an exercise uses, and ticking one adds it."""
    from PySide6.QtCore import Qt

    store = window.workbench.store
    band = store.catalogue.get("exercise", "hofte-udad-elastik")
    elastic = store.catalogue.get("aid", "elastikbaand")
    pillow = store.catalogue.get("aid", "graviditetspude")
    assert band.aids == (elastic.id,)
    editor = window.workbench.exercise_editor(band.id)
    qtbot.addWidget(editor)
    checked = [
        editor.aids.item(r).text()
        for r in range(editor.aids.count())
        if editor.aids.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert checked == [elastic.title_in("da")]
    editor.steps_da.setPlainText(editor.steps_da.toPlainText() + "\nHvil lidt bagefter.")
    assert editor.save()
    assert store.catalogue.get("exercise", band.id).aids == (elastic.id,)  # not lost by the edit

    editor = window.workbench.exercise_editor(band.id)
    qtbot.addWidget(editor)
    row = next(r for r in range(editor.aids.count()) if editor.aids.item(r).data(Qt.ItemDataRole.UserRole) == pillow.id)
    editor.aids.item(row).setCheckState(Qt.CheckState.Checked)
    assert editor.save()
    assert set(store.catalogue.get("exercise", band.id).aids) == {elastic.id, pillow.id}
    from exercise_builder.store import Filters

    hits = store.search("", Filters(aid=pillow.id))
    assert band.id in {hit.id for hit in hits}
