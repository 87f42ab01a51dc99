"""Long work on QThreadPool: generator progress becomes signals, results arrive on the GUI thread.

A task function may be a plain function or a generator that yields (done, total, text) and
returns its result. It must not touch Qt models or the store; the GUI thread does that with
the result.
"""

from __future__ import annotations

import inspect
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.errors import UserError
from .translation import error_text


class Cancelled(UserError):
    """The user cancelled the task."""

    def __init__(self) -> None:
        super().__init__("cancelled")


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class TaskHandle(QObject):
    """Lives on the GUI thread; its slots receive the worker's signals there."""

    def __init__(
        self,
        on_result: Callable[[Any], None] | None,
        on_error: Callable[[str], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
        on_cancel: Callable[[], None] | None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self._owner = owner
        self._cancel = threading.Event()
        self._on_result, self._on_error = on_result, on_error
        self._on_progress, self._on_cancel = on_progress, on_cancel
        self.done = False
        self.on_done: Callable[[TaskHandle], None] | None = None
        self.signals = _Signals()
        self.signals.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.signals.cancelled.connect(self._cancelled, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self._cancel.set()

    def _owner_gone(self) -> bool:
        """The widget that asked for the work is gone: its callbacks must not run."""
        return self._owner is not None and not shiboken6.isValid(self._owner)

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress and not self.done and not self._owner_gone():
            self._on_progress(done, total, text)

    @Slot(object)
    def _finished(self, result: Any) -> None:
        self.done = True
        if self.on_done:
            self.on_done(self)
        if self._on_result and not self._owner_gone():
            self._on_result(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.done = True
        if self.on_done:
            self.on_done(self)
        if self._on_error and not self._owner_gone():
            self._on_error(message)

    @Slot()
    def _cancelled(self) -> None:
        self.done = True
        if self.on_done:
            self.on_done(self)
        if self._on_cancel and not self._owner_gone():
            self._on_cancel()


class TaskContext:
    """Handed to callback-style tasks: report progress, ask whether the user cancelled."""

    def __init__(self, handle: TaskHandle) -> None:
        self._handle = handle

    def progress(self, done: int, total: int, text: str = "") -> None:
        _Runnable._emit(self._handle.signals.progress, int(done), int(total), str(text))

    def cancelled(self) -> bool:
        return self._handle.is_cancelled


class _Runnable(QRunnable):
    def __init__(self, handle: TaskHandle, function: Callable[..., Any], args: tuple, context: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.handle, self.function, self.args, self.context = handle, function, args, context
        self.signals = handle.signals

    def run(self) -> None:
        try:
            args = (TaskContext(self.handle), *self.args) if self.context else self.args
            result = self.function(*args)
            if inspect.isgenerator(result):
                result = self._drive(result)
        except Cancelled:
            self._emit(self.signals.cancelled)
        except Exception as error:  # the message goes to the GUI; the trace to stderr
            traceback.print_exc()
            self._emit(self.signals.failed, error_text(error))
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal, *values) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:  # the handle went with the app or window that asked: nobody to tell
            pass

    def _drive(self, generator) -> Any:
        while True:
            if self.handle.is_cancelled:
                generator.close()
                raise Cancelled
            try:
                done, total, text = next(generator)
            except StopIteration as stop:
                return stop.value
            self._emit(self.signals.progress, int(done), int(total), str(text))


class TaskRunner:
    """Starts tasks on a thread pool; keeps each handle alive until it has reported."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[TaskHandle] = set()

    def run(
        self,
        function: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        context: bool = False,
        owner: QObject | None = None,
    ) -> TaskHandle:
        """`context=True` passes a TaskContext as the task's first argument. If `owner` is
        destroyed before the task reports, the callbacks are dropped."""
        handle = TaskHandle(on_result, on_error, on_progress, on_cancel, owner)
        self._running.add(handle)
        handle.on_done = self._running.discard
        self.pool.start(_Runnable(handle, function, args, context))
        return handle

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def run_with_progress(
        self,
        parent: QWidget,
        title: str,
        function: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        context: bool = False,
    ) -> TaskHandle:
        """Run a generator (or context) task behind a modal, cancellable QProgressDialog."""
        dialog = QProgressDialog(parent)  # its Cancel button is translated by Qt's own catalogue
        dialog.setLabelText(title)
        dialog.setRange(0, 0)
        dialog.setObjectName("taskProgress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        def finish(callback: Callable[..., None] | None, *values: Any) -> None:
            dialog.reset()
            dialog.deleteLater()
            if callback:
                callback(*values)

        handle = self.run(
            function,
            *args,
            on_progress=progress,
            on_result=lambda result: finish(on_result, result),
            on_error=lambda message: finish(on_error, message),
            on_cancel=lambda: finish(on_cancel),
            context=context,
            owner=parent,
        )
        dialog.canceled.connect(handle.cancel)
        dialog.show()
        return handle
