"""The last catch: an error nothing else handled is logged with its stack and told to the user in
one sentence, instead of vanishing (a packaged windowed app has no console for a traceback)."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ..services.log_file import describe_error, log_file_path
from .translation import fill

log = logging.getLogger(__name__)


def handle_unexpected(error_type: type[BaseException], error: BaseException, traceback_: TracebackType | None) -> None:
    if issubclass(error_type, KeyboardInterrupt):
        sys.__excepthook__(error_type, error, traceback_)
        return
    log.error("Unexpected error:\n%s", describe_error(error_type, traceback_))
    path = log_file_path()
    if path is not None:
        text = fill(
            QCoreApplication.translate("excepthook", "Der skete en uventet fejl (%1); den er skrevet i logfilen %2."),
            error_type.__name__,
            str(path),
        )
    else:
        text = fill(QCoreApplication.translate("excepthook", "Der skete en uventet fejl (%1)."), error_type.__name__)
    if QApplication.instance() is not None:
        QMessageBox.critical(
            QApplication.activeWindow(), QCoreApplication.translate("excepthook", "Uventet fejl"), text
        )
    else:
        print(text, file=sys.stderr)


def install_excepthook() -> None:
    sys.excepthook = handle_unexpected
