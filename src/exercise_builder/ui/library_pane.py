"""The library pane: search as you type, filters, list or thumbnail grid, details of the selection."""

from __future__ import annotations

import html
from urllib.parse import quote, unquote

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import vocabulary
from ..domain.kinds import ItemKind, Origin
from ..domain.messages import one_line
from ..store import Filters, Store
from .icons import icon
from .library_model import PAGE, IdRole, LibraryFilterProxy, LibraryModel
from .record_cache import RecordCache
from .thumbnails import ThumbnailCache
from .translation import fill

SEARCH_DELAY_MS = 60


class LibraryPane(QWidget):
    addRequested = Signal(list)  # exercise ids
    viewModeChanged = Signal(str)

    def __init__(
        self, store: Store, records: RecordCache, thumbnails: ThumbnailCache, language: str = "da", parent=None
    ) -> None:
        super().__init__(parent)
        self.store, self.records, self.language = store, records, language
        self.model = LibraryModel(thumbnails, language, store.media.path, self)
        self.proxy = LibraryFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(self.tr("Søg i øvelser (Ctrl+F) …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Søg i øvelser"))

        self.region = self._filter_combo(
            self.tr("Alle områder"), vocabulary.REGIONS, "regionFilter", self.tr("Filtrér efter område")
        )
        self.position = self._filter_combo(
            self.tr("Alle stillinger"), vocabulary.POSITIONS, "positionFilter", self.tr("Filtrér efter stilling")
        )
        self.tag = self._filter_combo(
            self.tr("Alle typer"), vocabulary.TAGS, "tagFilter", self.tr("Filtrér efter type")
        )
        self.origin = QComboBox(self, objectName="originFilter")
        self.origin.addItem(self.tr("Alle øvelser"), "")
        self.origin.addItem(self.tr("Grundbiblioteket"), Origin.SHIPPED.value)
        self.origin.addItem(self.tr("Klinikkens egne"), Origin.CUSTOM.value)
        self.origin.addItem(self.tr("Importerede"), Origin.IMPORTED.value)
        self.origin.setAccessibleName(self.tr("Filtrér efter oprindelse"))
        self.aid = QComboBox(self, objectName="aidFilter")
        self.aid.setAccessibleName(self.tr("Filtrér efter hjælpemiddel"))
        self.aid.setToolTip(self.tr("Filtrér efter hjælpemiddel"))
        self._reload_aids()

        self.favourites_only = QToolButton(self, objectName="favouritesFilter", checkable=True)
        self.favourites_only.setText(self.tr("★ Favoritter"))  # short: the pane may be 280 px wide
        self.favourites_only.setToolTip(self.tr("Vis kun mine favoritter"))
        self.favourites_only.setAccessibleName(self.tr("Vis kun mine favoritter"))
        self.favourite_action = QAction(self.tr("Favorit (til/fra)"), self, objectName="actionToggleFavourite")
        self.favourite_action.setShortcut(QKeySequence("Ctrl+D"))
        self.favourite_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.favourite_action.setToolTip(self.tr("Sæt eller fjern stjernen på de valgte øvelser (Ctrl+D)"))

        self.grid_button = QToolButton(self, objectName="libraryGridToggle", checkable=True)
        self.grid_button.setIcon(icon("grid"))
        self.grid_button.setToolTip(self.tr("Vis som billeder"))
        self.grid_button.setAccessibleName(self.tr("Vis som billeder"))

        self.view = QListView(self)
        self.view.setObjectName("libraryView")
        self.view.setAccessibleName(self.tr("Øvelser i biblioteket"))
        self.view.setModel(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.addAction(self.favourite_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        # "nothing found", "Mente du …?" links, and where an aid or advice module the query names is
        self.help = QLabel(self, objectName="librarySearchHelp")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.help.linkActivated.connect(lambda link: self.search.setText(unquote(link)))
        self.help.hide()

        self.count = QLabel(self, objectName="libraryCount")
        self.details = QLabel(self, objectName="exerciseDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(90)
        self.details.setMaximumHeight(130)
        self.details.setAccessibleName(self.tr("Detaljer om den valgte øvelse"))

        # two filters a row keep their "Alle …" legible in a narrow pane
        filters = QGridLayout()
        filters.setSpacing(4)
        filters.addWidget(self.region, 0, 0)
        filters.addWidget(self.position, 0, 1)
        filters.addWidget(self.tag, 1, 0)
        filters.addWidget(self.aid, 1, 1)
        filters.addWidget(self.origin, 2, 0)
        toggles = QHBoxLayout()
        toggles.addWidget(self.favourites_only, 1)
        toggles.addWidget(self.grid_button)
        filters.addLayout(toggles, 2, 1)
        filters.setColumnStretch(0, 1)
        filters.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        title = QLabel(self.tr("<b>Øvelser</b>"), self)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.help)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.details)

        # typing restarts a short timer; the query and model update then take one frame
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._search)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._add_from_search)
        self.search.installEventFilter(self)
        for combo, setter in (
            (self.region, self.proxy.set_region),
            (self.position, self.proxy.set_position),
            (self.tag, self.proxy.set_tag),
            (self.origin, self.proxy.set_origin),
            (self.aid, self.proxy.set_aid),
        ):
            combo.currentIndexChanged.connect(lambda _i, c=combo, s=setter: (s(c.currentData() or ""), self._search()))
        self.grid_button.toggled.connect(lambda on: self.set_view_mode("grid" if on else "list"))
        self.favourites_only.toggled.connect(lambda on: (self.proxy.set_favourites_only(on), self._search()))
        self.favourite_action.triggered.connect(self.toggle_favourite)
        self.view.doubleClicked.connect(lambda index: self.addRequested.emit([index.data(IdRole)]))
        self.view.selectionModel().currentChanged.connect(self._show_details)
        self.proxy.modelReset.connect(lambda: self._show_details(self.view.currentIndex(), QModelIndex()))
        self.proxy.layoutChanged.connect(lambda: self._show_details(self.view.currentIndex(), QModelIndex()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_selected)
        self.set_view_mode("list")
        self._search()

    def _filter_combo(self, everything: str, table: dict, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self, objectName=name)
        combo.addItem(everything, "")
        for code in table:
            combo.addItem(vocabulary.name(table, code, self.language), code)
        combo.setAccessibleName(accessible)
        combo.setToolTip(accessible)
        return combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.view.setFocus()
            if not self.view.currentIndex().isValid() and self.proxy.rowCount():
                self.view.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    # --- searching -------------------------------------------------------------------------------

    def _reload_aids(self) -> None:
        """The aid filter's choices: every aid by its title; the chosen one stays chosen if it is
        still there. Cheap when nothing changed, so it runs whenever the library may have."""
        choices = sorted(
            ((aid.title_in(self.language), aid.id) for aid in self.store.catalogue.all(ItemKind.AID)),
            key=lambda choice: choice[0].casefold(),
        )
        everything = self.tr("Alle hjælpemidler")
        shown = [(self.aid.itemText(i), self.aid.itemData(i)) for i in range(self.aid.count())]
        if shown == [(everything, ""), *choices]:
            return
        chosen = self.aid.currentData() or ""
        self.aid.blockSignals(True)
        self.aid.clear()
        self.aid.addItem(everything, "")
        for title, ident in choices:
            self.aid.addItem(title, ident)
        self.aid.setCurrentIndex(max(0, self.aid.findData(chosen)) if chosen else 0)
        self.aid.blockSignals(False)
        self.proxy.set_aid(self.aid.currentData() or "")

    def filters(self) -> Filters:
        return Filters(
            region=self.region.currentData() or "",
            position=self.position.currentData() or "",
            tag=self.tag.currentData() or "",
            origin=self.origin.currentData() or "",
            aid=self.aid.currentData() or "",
            favourites=self.favourites_only.isChecked(),
        )

    def refresh(self, *_args) -> None:
        """After the library changed: the aid choices again, then the search."""
        self._reload_aids()
        self._search()

    def _search(self) -> None:
        """Query the store (filters in the SQL as well as in the proxy) and show the first page."""
        self._debounce.stop()
        query, filters = self.search.text(), self.filters()
        page = self.store.search_page(query, filters, PAGE, language=self.language)

        def fetch(limit: int):
            more = self.store.search_page(query, filters, limit, page.total, self.language)
            return more.hits, more.pictures

        self.model.set_favourites(self.store.favourites.ids())
        self.model.set_page(page.hits, page.total, fetch, page.pictures)
        self._update_count()
        self._update_help(query, page.total)

    def _update_help(self, query: str, total: int) -> None:
        """Says when nothing is found and offers the nearest words; says where an aid or advice
        module the query names is. Every text from the user or the library is escaped."""
        found = self.store.search_help(query, total == 0, self.language) if query.strip() else None
        lines = []
        if found is not None and total == 0:
            lines.append(html.escape(fill(self.tr("Ingen øvelser passer til »%1«."), one_line(query, 60))))
            if found.suggestions:
                links = [f'<a href="{quote(s)}">{html.escape(s)}</a>' for s in found.suggestions]
                lines.append(fill(html.escape(self.tr("Mente du %1?")), html.escape(self.tr(" eller ")).join(links)))
        for kind, title in found.places if found is not None else ():
            text = (
                self.tr("%1 er et hjælpemiddel – se fanen Hjælpemidler.")
                if kind == ItemKind.AID
                else self.tr("%1 er et råd – se fanen Råd.")
            )
            lines.append(html.escape(fill(text, one_line(title, 80))))
        self.help.setText("<br>".join(lines))
        self.help.setVisible(bool(lines))

    def all_picture_paths(self) -> list:
        """Every exercise's first picture (for rebuilding the thumbnails)."""
        page = self.store.search_page("", Filters(), limit=1_000_000)
        return [self.store.media.path(sha, ext) for sha, ext in dict.fromkeys(page.pictures.values())]

    def _update_count(self) -> None:
        total = self.model.total()
        text = fill(self.tr("%1 øvelser"), str(total)) if total != 1 else self.tr("1 øvelse")
        if self.proxy.is_filtering():
            text = (
                fill(self.tr("%1 øvelser (filtreret)"), str(total)) if total != 1 else self.tr("1 øvelse (filtreret)")
            )
        self.count.setText(text)

    def set_view_mode(self, mode: str) -> None:
        grid = mode == "grid"
        self.grid_button.blockSignals(True)
        self.grid_button.setChecked(grid)
        self.grid_button.blockSignals(False)
        self.model.set_show_thumbnails(True)
        if grid:
            self.view.setViewMode(QListView.ViewMode.IconMode)
            self.view.setIconSize(QSize(96, 96))
            self.view.setGridSize(QSize(118, 148))
            self.view.setWordWrap(True)
            self.view.setResizeMode(QListView.ResizeMode.Adjust)
            self.view.setMovement(QListView.Movement.Static)
        else:
            self.view.setViewMode(QListView.ViewMode.ListMode)
            self.view.setIconSize(QSize(40, 40))
            self.view.setGridSize(QSize())
            self.view.setWordWrap(False)
        self.view.setDragEnabled(True)
        self.viewModeChanged.emit(mode)

    # --- adding ----------------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        ids = [index.data(IdRole) for index in rows]
        if not ids and self.view.currentIndex().isValid():
            ids = [self.view.currentIndex().data(IdRole)]
        return ids

    def toggle_favourite(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self.store.favourites.toggle(ids)
        if self.favourites_only.isChecked():
            self._search()  # an unstarred exercise leaves the list
        else:
            self.model.set_favourites(self.store.favourites.ids())

    def add_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.addRequested.emit(ids)

    def _add_from_search(self) -> None:
        if self._debounce.isActive():
            self._search()
        index = self.view.currentIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        if index.isValid():
            self.addRequested.emit([index.data(IdRole)])

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        exercise = self.records.exercise(current.data(IdRole))
        if exercise is None:
            self.details.clear()
            return
        lang = self.language
        lines = [
            exercise.title_in(lang),
            " · ".join(
                filter(
                    None,
                    (
                        vocabulary.name(vocabulary.REGIONS, exercise.region, lang),
                        vocabulary.name(vocabulary.POSITIONS, exercise.position, lang),
                    ),
                )
            ),
            exercise.dosage.wording(lang),
        ]
        lines += [f"{n}. {step}" for n, step in enumerate(exercise.steps_in(lang)[:3], 1)]
        self.details.setText("\n".join(line for line in lines if line))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
