"""Child processes for the fault tests: they work on a data dir and report each step to a file.

Children are forked from a multiprocessing forkserver that has the app already imported, so a
child starts in milliseconds and never inherits the test process's threads (Qt's among them).
Reports are single `os.write` calls to an O_APPEND file, so a SIGKILL leaves whole lines (a
torn last line, without its newline, is ignored by the reader).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import sqlite3
import time
import zipfile
from pathlib import Path

from exercise_builder.domain.dosage import Dosage, Range
from exercise_builder.domain.models import Program, ProgramAid, ProgramItem, ProgramOptions
from exercise_builder.domain.program_file import program_to_json
from exercise_builder.services.program_io import read_program_file, write_program_file

PRELOAD = [
    "exercise_builder.store",
    "exercise_builder.app",
    "exercise_builder.services.sharing_import",
    "exercise_builder.services.program_io",
    "fault_workers",
]
PATIENTS = ["Karen Bækgaard", "Søren Ørsted", "Åse Ærø", "Mette Frederiksen-Holm", "Line Ø"]

_context = None


def context():
    """The forkserver context, with the app preloaded in the server (started once per run)."""
    global _context
    if _context is None:
        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
    return _context


class Reporter:
    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def __call__(self, *fields: object) -> None:
        os.write(self.fd, ("\t".join(str(f) for f in fields) + "\n").encode("utf-8"))


def read_report(path: Path) -> list[list[str]]:
    """Whole lines only: a line cut by the kill has no newline and is dropped."""
    try:
        text = path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return []
    lines = text.split("\n")[:-1]
    return [line.split("\t") for line in lines]


def program_content(program: Program) -> dict:
    return program_to_json(program)


def draft_path(data_dir: Path, program_id: str) -> Path:
    return data_dir / "drafts" / f"{program_id}.ebprog"


def _edit(
    rng: random.Random, program: Program, exercises: list[str], aids: list[str], advice: list[str], counter: int
) -> Program:
    items = list(program.items)
    choice = rng.random()
    if choice < 0.4 or not items:
        items.append(
            ProgramItem(
                rng.choice(exercises),
                Dosage(
                    sets=rng.randint(1, 4), reps=Range.of(rng.choice([5, 8, 10, "8-12"])), per_side=rng.random() < 0.5
                ),
                note=f"note {counter} æøå",
            )
        )
    elif choice < 0.6 and len(items) > 1:
        items.pop(rng.randrange(len(items)))
    else:
        index = rng.randrange(len(items))
        items[index] = ProgramItem(
            items[index].exercise_id, items[index].dosage, note=f"changed {counter} – «{rng.randint(0, 999)}»"
        )
    return program.with_(
        items=tuple(items[:12]),
        message=f"message {counter}",
        frequency=rng.choice(["1 gang dagligt", "2–3 gange dagligt", ""]),
        aids=tuple(ProgramAid(a, f"aid note {counter}") for a in rng.sample(aids, rng.randint(0, len(aids)))),
        advice=tuple(rng.sample(advice, rng.randint(0, len(advice)))),
        options=ProgramOptions(layout=rng.choice(["detailed", "compact"]), diary=rng.random() < 0.5),
    )


def save_loop(data_dir: str, report: str, seed: int) -> None:
    """Edit and save programmes for ever; an autosaved draft is written before each save."""
    from exercise_builder.store import Store

    data = Path(data_dir)
    say = Reporter(Path(report))
    rng = random.Random(seed)
    store = Store.open(data)
    exercises = [r[0] for r in store.db.execute("SELECT id FROM exercises ORDER BY slug")]
    aids = [r[0] for r in store.db.execute("SELECT id FROM aids ORDER BY slug")]
    advice = [r[0] for r in store.db.execute("SELECT id FROM advice ORDER BY slug")]
    programs = {s.id: store.programs.load(s.id) for s in store.programs.find(limit=10_000)}
    say("ready")
    counter = seed * 100_000
    while True:
        counter += 1
        if len(programs) < 8 and (not programs or rng.random() < 0.3):
            program = Program(patient_name=rng.choice(PATIENTS), therapist="Fys. Test")
        else:
            program = programs[rng.choice(sorted(programs))]
        program = _edit(rng, program, exercises, aids, advice, counter)
        say("begin", program.id, program.version, json.dumps(program_content(program), ensure_ascii=False))
        write_program_file(program, draft_path(data, program.id))
        say("drafted", program.id)
        saved = store.programs.save(program)
        programs[saved.id] = saved
        say("done", saved.id, saved.version)


def import_once(data_dir: str, report: str, bundle: str) -> None:
    from exercise_builder.services.sharing_import import apply_import, preview_import
    from exercise_builder.store import Store

    say = Reporter(Path(report))
    store = Store.open(Path(data_dir))
    say("ready")
    preview = preview_import(store, Path(bundle))
    say("previewed", len(preview.planned))
    apply_import(store, preview, "keep-mine")
    say("done")
    store.close()


def migrate_once(data_dir: str, report: str) -> None:
    from exercise_builder.store import Store

    say = Reporter(Path(report))
    say("ready")
    store = Store.open(Path(data_dir))
    say("done")
    store.close()


def instance_loop(
    data_dir: str,
    report: str,
    who: str,
    seed: int,
    seconds: float,
    program_ids: list[str],
    own_slug: str,
    shared_slug: str,
) -> None:
    """One app instance: edits shared programmes and the library for `seconds`.

    A refused save keeps the user's change and applies it again on the newer version, as the app
    tells the user to. Every sqlite3.OperationalError ("database is locked") is reported."""
    from dataclasses import replace

    from exercise_builder.store import ConcurrentEditError, Store
    from exercise_builder.store.backups import start_backup

    say = Reporter(Path(report))
    rng = random.Random(seed)
    try:
        store = Store.open(Path(data_dir))
        start_backup(store)
    except sqlite3.OperationalError as error:
        say("locked", "open", error)
        return
    say("ready")
    deadline = time.monotonic() + seconds
    counter = 0
    while time.monotonic() < deadline:
        counter += 1
        token = f"{who}{counter}"
        try:
            action = rng.random()
            if action < 0.7:
                ident = rng.choice(program_ids)
                program = store.programs.load(ident)
                time.sleep(rng.uniform(0, 0.004))  # the user typing
                for _attempt in range(50):
                    try:
                        saved = store.programs.save(program.with_(message=f"{program.message} {token}".strip()))
                    except ConcurrentEditError as error:
                        say("refused", ident, token, error.text("da"))
                        program = store.programs.load(ident)  # newer version; the user's text kept
                        continue
                    say("saved", ident, saved.version, token)
                    break
                else:
                    say("error", "gave up", ident, token)
            elif action < 0.95:
                slug = own_slug if action < 0.85 else shared_slug
                for _attempt in range(50):
                    record = store.catalogue.get("exercise", slug)  # (re)open: the newer version
                    try:
                        store.catalogue.save("exercise", replace(record, tags=(*record.tags, token.lower())))
                    except ConcurrentEditError as error:
                        say("refused", slug, token, error.text("da"))  # the user's text kept, saved again
                        continue
                    say("library-own" if slug == own_slug else "library-shared", slug, token)
                    break
                else:
                    say("error", "gave up", slug, token)
            else:
                store.settings.set(f"last-{who}", token)
                store.search(rng.choice(["bækken", "kat", "musling", ""]))
        except sqlite3.OperationalError as error:
            say("locked", token, error)
        except Exception as error:  # anything else is a failure the parent names
            say("error", token, type(error).__name__, error)
    store.close()
    say("finished", counter)


def open_at_once(data_dir: str, barrier, results) -> None:
    """Open the store at the same moment as another instance (both start together)."""
    from exercise_builder.store import Store

    barrier.wait()
    try:
        Store.open(Path(data_dir)).close()
        results.put("ok")
    except Exception as error:  # noqa: BLE001 - the parent names whatever reached the user
        results.put(f"{type(error).__name__}: {error}")


def limited_saver(data_dir: str, report: str, limit: int) -> None:
    """Save ever larger programmes under a file size limit; report each save and the failure."""
    import hashlib
    import resource
    import signal

    from exercise_builder.store import Store, StoreError

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    say = Reporter(Path(report))
    store = Store.open(Path(data_dir))
    exercise = store.db.execute("SELECT id FROM exercises ORDER BY slug").fetchone()[0]
    rng = random.Random(1)
    for number in range(10_000):
        message = "".join(rng.choice("abcæøå ") for _ in range(20_000))
        program = Program(patient_name=f"P{number}", message=message, items=(ProgramItem(exercise),))
        try:
            store.programs.save(program)
        except (sqlite3.Error, StoreError) as error:
            say("refused", type(error).__name__, str(error).replace("\n", " "))
            break
        say("saved", program.id, hashlib.sha256(message.encode()).hexdigest())
    try:
        write_program_file(program, Path(data_dir) / "drafts" / "big.ebprog")
        say("draft", "written")
    except OSError as error:
        say("draft", "refused", error.errno)
    store.close()


def copy_backup_loop(data_dir: str, report: str) -> None:
    """Take rolling backups for ever (to be killed midway through one)."""
    from exercise_builder.store import Store
    from exercise_builder.store.backups import rolling_backup

    store = Store.open(Path(data_dir))
    say = Reporter(Path(report))
    say("ready")
    while True:
        path = rolling_backup(store.db, Path(data_dir), once_a_day=False)
        say("copied", path.name)


def migrate_limited(data_dir: str, report: str, limit: int) -> None:
    """Open (and so migrate) an old database while no file may grow beyond `limit` bytes."""
    import resource
    import signal

    from exercise_builder.store import Store

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    say = Reporter(Path(report))
    try:
        Store.open(Path(data_dir)).close()
        say("opened")
    except Exception as error:  # noqa: BLE001 - the parent checks what kind
        say("refused", type(error).__name__, str(error).replace("\n", " "))


def run_child(target, args: tuple, kill_after: float | None, timeout: float = 30.0, ready: Path | None = None) -> bool:
    """Run `target(*args)` in a forked child; SIGKILL it after `kill_after` seconds, counted from
    when it reported "ready" in the report file `ready` if one is given (start-up time varies
    with the machine's load, and the kill is meant for the work, not the imports).

    Returns True if the child was killed, False if it ended by itself first."""
    process = context().Process(target=target, args=args, daemon=True)
    process.start()
    if ready is not None:
        deadline = time.monotonic() + timeout
        while process.is_alive() and time.monotonic() < deadline and ["ready"] not in read_report(ready):
            time.sleep(0.005)
    if kill_after is None:
        process.join(timeout)
        if process.is_alive():
            process.kill()
            process.join()
            raise AssertionError("the child did not finish in time")
        if process.exitcode != 0:
            raise AssertionError(f"the child failed (exit {process.exitcode})")
        return False
    process.join(kill_after)
    if process.is_alive():
        process.kill()  # SIGKILL: no handlers, no cleanup, like a power cut for the process
        process.join()
        return True
    return False


def integrity(db_path: Path) -> str:
    conn = sqlite3.connect(str(db_path))
    try:
        return "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def user_version(db_path: Path) -> int:
    conn = sqlite3.connect(str(db_path))
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def zip_folder(folder: Path, bundle: Path) -> Path:
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(folder).as_posix())
    return bundle


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


__all__ = [
    "context",
    "read_report",
    "run_child",
    "save_loop",
    "import_once",
    "migrate_once",
    "integrity",
    "user_version",
    "zip_folder",
    "program_content",
    "draft_path",
    "read_program_file",
]
