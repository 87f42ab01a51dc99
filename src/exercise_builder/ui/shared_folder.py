"""The clinic's shared library folder: choose it, take its items, publish ours, follow changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ..domain.messages import one_line
from ..store import Store
from .library_sharing_task import publish_task, refresh_task
from .translation import said
from .worker import TaskRunner

REFRESH_AFTER_CHANGE_MS = 2000  # a sync client writes in bursts: wait for it to settle


class SharedFolder(QObject):
    def __init__(
        self, window: QMainWindow, store: Store, runner: TaskRunner, library_changed: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self.window, self.store, self.runner, self.library_changed = window, store, runner, library_changed
        self._busy = False
        self.watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self, singleShot=True, interval=REFRESH_AFTER_CHANGE_MS)
        self._settle.timeout.connect(lambda: self.refresh(quiet=True))
        self.watcher.directoryChanged.connect(lambda _path: self._settle.start())

        self.actionChoose = QAction(self.tr("&Delt mappe …"), window, objectName="actionSharedFolder")
        self.actionChoose.setStatusTip(self.tr("Vælg klinikkens fælles mappe med øvelser (eller ingen)"))
        self.actionRefresh = QAction(self.tr("&Hent fra delt mappe"), window, objectName="actionRefreshShared")
        self.actionPublish = QAction(
            self.tr("&Del klinikkens øvelser i mappen"), window, objectName="actionPublishShared"
        )
        self.actionChoose.triggered.connect(lambda: self.choose())  # not choose(checked): False is no folder
        self.actionRefresh.triggered.connect(lambda: self.refresh(quiet=False))
        self.actionPublish.triggered.connect(self.publish)
        QTimer.singleShot(0, self, self._follow)  # after the first paint with the panes; dropped if gone first

    def actions(self) -> list[QAction]:
        return [self.actionChoose, self.actionRefresh, self.actionPublish]

    def folder(self) -> Path | None:
        from ..services.shared_folder_sync import shared_folder  # ~50 ms of imports: not before the first paint

        return shared_folder(self.store)

    def _follow(self) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        folder = self.folder()
        has = folder is not None
        self.actionRefresh.setEnabled(has)
        self.actionPublish.setEnabled(has)
        if has and folder.is_dir():
            self.watcher.addPath(str(folder))

    def choose(self, folder: Path | None = None) -> None:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self.window, self.tr("Vælg delt mappe"), str(self.folder() or Path.home())
            )
            if not chosen:
                return
            folder = Path(chosen)
        from ..services.shared_folder_sync import subscribe_shared_folder

        subscribe_shared_folder(self.store, folder)
        self._follow()
        self.refresh(quiet=False)

    def stop(self) -> None:
        from ..services.shared_folder_sync import subscribe_shared_folder

        subscribe_shared_folder(self.store, None)
        self._follow()

    def _report(self, report, quiet: bool) -> None:
        self._busy = False
        self.library_changed()
        message = said(report.message) if getattr(report, "message", None) else ""
        if message and not quiet:
            QMessageBox.information(self.window, self.tr("Delt mappe"), message)
        elif message:
            self.window.statusBar().showMessage(message, 8000)
        elif getattr(report, "refused", None):  # taken what could be; what was skipped is listed
            skipped = self.tr("Den delte mappe er læst; %1 ting blev sprunget over:").replace(
                "%1", str(len(report.refused))
            )
            if quiet:
                self.window.statusBar().showMessage(f"{skipped} {one_line(said(report.refused[0]))}", 8000)
            else:
                shown = "\n".join(f"• {one_line(said(line))}" for line in report.refused[:10])
                QMessageBox.information(self.window, self.tr("Delt mappe"), f"{skipped}\n\n{shown}")
        else:
            self.window.statusBar().showMessage(self.tr("Den delte mappe er læst."), 5000)

    def _failed(self, message: str, quiet: bool) -> None:
        self._busy = False
        if quiet:
            self.window.statusBar().showMessage(message, 8000)
        else:
            QMessageBox.warning(self.window, self.tr("Delt mappe"), message)

    def refresh(self, quiet: bool = True):
        if self._busy or self.folder() is None:
            return None
        self._busy = True
        run = self.runner.run if quiet else self._with_progress(self.tr("Henter fra den delte mappe …"))
        return run(
            refresh_task,
            self.store.data_dir,
            on_result=lambda report: self._report(report, quiet),
            on_error=lambda message: self._failed(message, quiet),
            context=True,
        )

    def publish(self):
        if self._busy or self.folder() is None:
            return None
        self._busy = True
        return self.runner.run_with_progress(
            self.window,
            self.tr("Deler klinikkens øvelser …"),
            publish_task,
            self.store.data_dir,
            on_result=lambda report: self._report(report, False),
            on_error=lambda message: self._failed(message, False),
            context=True,
        )

    def _with_progress(self, title: str):
        def run(function, *args, **kwargs):
            return self.runner.run_with_progress(self.window, title, function, *args, **kwargs)

        return run
