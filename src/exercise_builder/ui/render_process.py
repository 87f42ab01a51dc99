"""Rendering the handout in a helper process, so the PDF's pure-Python work never holds the GUI
thread's GIL (a worker thread alone stalled the GUI by up to ~170 ms while svglib parsed a figure).

The helper is a one-worker ProcessPoolExecutor with the "spawn" start method, started after the
window is shown: it imports the renderer once (render_child.warm) and renders each `HandoutData`
sent to it. Spawn works the same from a source checkout, an installed wheel and a frozen bundle
(the bundle's entry calls multiprocessing.freeze_support()). If the helper cannot start or dies,
the request is rendered in the calling worker thread and a new helper starts with the next one.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from . import render_child

log = logging.getLogger(__name__)
_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_said_where = False  # the log says once per helper where handouts are rendered (dist-check reads it)


def _start() -> ProcessPoolExecutor | None:
    global _pool, _said_where
    if _pool is None:
        _said_where = False
        try:
            _pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=render_child.warm
            )
        except OSError:
            _pool = None
    return _pool


def _forget(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def warm_up() -> None:
    """Start the helper process (it imports the renderer at once). Safe to call again."""
    with _lock:
        pool = _start()
    if pool is not None:
        try:
            pool.submit(render_child.helper_pid).add_done_callback(_say_started)
        except (BrokenProcessPool, RuntimeError):
            _forget(pool)


def _say_started(future: Future) -> None:
    """The helper answered: it runs our code in its own process (dist-check reads this line)."""
    if not future.cancelled() and future.exception() is None:
        log.info("Render helper started (pid %d, this process %d)", future.result(), os.getpid())


def helper_pid() -> int | None:
    """The helper's process id (the bench measures its memory), starting it if needed."""
    with _lock:
        pool = _start()
    try:
        return pool.submit(render_child.helper_pid).result(timeout=60) if pool is not None else None
    except (BrokenProcessPool, RuntimeError):
        if pool is not None:
            _forget(pool)
        return None


def render(request) -> bytes:
    """The PDF of a HandoutData. Blocks: call it from a worker thread. A renderer error is raised
    as it was raised in the helper."""
    global _said_where
    with _lock:
        pool = _start()
    if pool is not None:
        try:
            pdf = pool.submit(render_child.render, request).result()
        except (BrokenProcessPool, RuntimeError) as error:  # the helper died (or was shut down): render here
            log.warning("Render helper unavailable (%s); rendering in this thread", type(error).__name__)
            _forget(pool)
        else:
            if not _said_where:
                _said_where = True
                log.info("Handouts are rendered in the helper process")
            return pdf
    return render_child.render(request)


def shutdown() -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)
