"""The app's log: a rotating file in the data dir (logs/exercise-builder.log), so a packaged
windowed app, which has no console, keeps what went wrong.

What is logged names ids, counts and error types, never a patient's name: messages of errors
are left out (a path or a text in them may hold one), and callers log no programme content.
"""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_DIR = "logs"
LOG_NAME = "exercise-builder.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

log = logging.getLogger("exercise_builder")
_handler: RotatingFileHandler | None = None


def start_log_file(data_dir: Path) -> Path:
    """Log the package's INFO and worse to data_dir/logs; returns the file's path."""
    global _handler
    stop_log_file()
    folder = Path(data_dir) / LOG_DIR
    folder.mkdir(parents=True, exist_ok=True)
    _handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(_handler)
    log.setLevel(logging.INFO)
    return folder / LOG_NAME


def stop_log_file() -> None:
    global _handler
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None


def log_file_path() -> Path | None:
    return Path(_handler.baseFilename) if _handler is not None else None


def describe_error(error_type: type[BaseException], traceback_: TracebackType | None) -> str:
    """The error's type and where it happened, without its message (which may hold user text)."""
    lines = [f"{error_type.__module__}.{error_type.__qualname__}"]
    for frame in traceback.extract_tb(traceback_):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
    return "\n".join(lines)
