"""Long library work behind a progress dialog: import and export bundles, rebuild thumbnails."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from ..domain.kinds import ImportPolicy, MergeStatus, Origin
from ..domain.messages import one_line
from ..store import Store
from .library_pane import LibraryPane
from .thumbnails import ThumbnailCache, rebuild_thumbnails
from .translation import fill
from .worker import TaskRunner


class LibraryActions(QObject):
    def __init__(
        self,
        window: QMainWindow,
        store: Store,
        runner: TaskRunner,
        thumbnails: ThumbnailCache,
        library: LibraryPane,
        library_changed: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window, self.store, self.runner = window, store, runner
        self.thumbnails, self.library, self.library_changed = thumbnails, library, library_changed

    def rebuild_thumbnails(self):
        jobs = self.thumbnails.rebuild_jobs(self.library.all_picture_paths())
        return self.runner.run_with_progress(
            self.window,
            self.tr("Genopbygger miniaturer …"),
            rebuild_thumbnails,
            jobs,
            self.thumbnails.size,
            on_result=lambda _n: self.library_changed(),
            on_error=lambda message: QMessageBox.warning(self.window, self.tr("Miniaturer"), message),
        )

    def import_library(self, path: Path | None = None):
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Importér bibliotek"), "", self.tr("Biblioteker (*.eblib)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        from .library_sharing_task import preview_task

        return self.runner.run_with_progress(
            self.window,
            self.tr("Læser biblioteket …"),
            preview_task,
            self.store.data_dir,
            path,
            on_result=self._confirm_import,
            on_error=lambda message: QMessageBox.warning(self.window, self.tr("Importér bibliotek"), message),
            context=True,
        )

    def _confirm_import(self, preview) -> None:
        policies = {
            self.tr("Behold mine ændringer"): ImportPolicy.KEEP_MINE,
            self.tr("Tag deres version"): ImportPolicy.TAKE_THEIRS,
            self.tr("Behold begge"): ImportPolicy.KEEP_BOTH,
        }
        counts = preview.counts
        question = self.tr(
            "»%1« indeholder %2 elementer: %3 nye, %4 opdaterede, %5 i konflikt med "
            "dine ændringer.\n\nHvad skal der ske ved konflikter?"
        )
        question = fill(
            question,
            one_line(preview.meta.name),
            len(preview.planned),
            counts.get(MergeStatus.NEW, 0),
            counts.get(MergeStatus.UPDATED_UPSTREAM, 0),
            counts.get(MergeStatus.CONFLICT, 0),
        )
        if counts.get(MergeStatus.SHIPPED_KEPT, 0):  # the therapist sees that the app's own texts stay
            question += "\n\n" + fill(
                self.tr(
                    "%1 af programmets egne elementer (fx rådet om, hvornår man skal stoppe) ændres ikke; "
                    "bibliotekets version tilføjes som en kopi."
                ),
                counts[MergeStatus.SHIPPED_KEPT],
            )
        choice, ok = QInputDialog.getItem(
            self.window, self.tr("Importér bibliotek"), question, list(policies), 0, False
        )
        if not ok:
            return
        from .library_sharing_task import apply_task

        self.runner.run_with_progress(
            self.window,
            self.tr("Importerer bibliotek …"),
            apply_task,
            self.store.data_dir,
            preview,
            policies[choice],
            on_result=lambda _result: (
                self.library_changed(),
                self.window.statusBar().showMessage(self.tr("Biblioteket er importeret."), 5000),
            ),
            on_error=lambda message: QMessageBox.warning(self.window, self.tr("Importér bibliotek"), message),
            context=True,
        )

    def export_library(self, path: Path | None = None, scope: str | None = None):
        if scope is None:
            scopes = {self.tr("Hele biblioteket"): "all", self.tr("Kun klinikkens egne øvelser"): Origin.CUSTOM.value}
            choice, ok = QInputDialog.getItem(
                self.window, self.tr("Eksportér bibliotek"), self.tr("Hvad skal med?"), list(scopes), 1, False
            )
            if not ok:
                return None
            scope = scopes[choice]
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Eksportér bibliotek"), "bibliotek.eblib", self.tr("Biblioteker (*.eblib)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        from .library_sharing_task import export_task

        return self.runner.run_with_progress(
            self.window,
            self.tr("Eksporterer bibliotek …"),
            export_task,
            self.store.data_dir,
            path,
            scope,
            on_result=lambda _report: self.window.statusBar().showMessage(
                fill(self.tr("Biblioteket er gemt: %1"), path.name), 5000
            ),
            on_error=lambda message: QMessageBox.warning(self.window, self.tr("Eksportér bibliotek"), message),
            context=True,
        )
