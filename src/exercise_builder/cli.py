"""Command line: the headless jobs, and the desktop app when no command is given."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from pathlib import Path

from .domain.errors import UserError
from .domain.kinds import ImportPolicy, ItemKind
from .paths import data_dir as default_data_dir

EXIT_BAD_INPUT = 2
SQLITE_MAX_INT = 2**63 - 1
HEADLESS_COMMANDS = "handout, search, library export, library import"


class _VersionAction(argparse.Action):
    """--version, with the version looked up only when asked (the lookup costs ~40 ms at start)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from . import __version__

        print(f"exercise-builder {__version__}")
        parser.exit()


class _StartError(UserError):
    """Said before the window opens, so in the desktop's language rather than the CLI's English."""

    def __str__(self) -> str:
        return self.text(_system_language())


def _is_users_mistake(error: BaseException) -> bool:
    """Errors worded for the user (one sentence in English, exit 2): every one is a UserError."""
    return isinstance(error, UserError)


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where the database and images are kept (default: the user data dir)",
    )
    parser = argparse.ArgumentParser(
        prog="exercise-builder",
        parents=[common],
        description="Øvelsesprogram: home-exercise handouts. With no command the desktop app starts.",
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    handout = commands.add_parser("handout", parents=[common], help="render a program file to a PDF handout")
    handout.add_argument("program", type=Path, help="the .ebprog program file")
    handout.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")

    search = commands.add_parser("search", parents=[common], help="search the exercise library")
    search.add_argument("query", nargs="?", default="", help="words to search for; empty lists everything")
    search.add_argument("--json", action="store_true", help="print a JSON list")
    search.add_argument("--limit", type=int, default=None, help="at most this many results")
    search.add_argument("--region", default="", help="only this region code (e.g. pelvis)")
    search.add_argument("--position", default="", help="only this position code (e.g. supine)")
    search.add_argument("--tag", default="", help="only exercises with this tag")
    search.add_argument("--aid", default="", help="only exercises that use this aid (slug or UUID)")

    library = commands.add_parser("library", parents=[common], help="share libraries: export and import bundles")
    library_commands = library.add_subparsers(dest="library_command", metavar="ACTION", required=True)
    export = library_commands.add_parser("export", parents=[common], help="write a .eblib bundle")
    export.add_argument("output", type=Path)
    export.add_argument("--custom-only", action="store_true", help="only the clinic's own items")
    imp = library_commands.add_parser("import", parents=[common], help="import a .eblib bundle or library folder")
    imp.add_argument("bundle", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="only show what would change")
    imp.add_argument(
        "--policy", choices=[policy.value for policy in ImportPolicy], default=ImportPolicy.KEEP_MINE.value
    )

    backup = commands.add_parser("backup", parents=[common], help="list the database's backups or restore one")
    backup_commands = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    backup_commands.add_parser("list", parents=[common], help="the backups, newest first")
    restore = backup_commands.add_parser(
        "restore", parents=[common], help="put a backup's content back (the current database is kept as a backup)"
    )
    restore.add_argument("name", help="the backup's name, as `backup list` shows it")
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    return default_data_dir(getattr(args, "data_dir", None))


def _cmd_handout(args: argparse.Namespace) -> int:
    from .services.handout_jobs import render_program_file
    from .services.opening import open_store
    from .services.program_io import write_atomically

    store = open_store(_data_dir(args))
    # every command closes its store before it returns: a store left to the garbage collector
    # checkpoints its write-ahead log into the database file whenever that runs, e.g. in the middle of a
    # later `library import` that is refused and promises to leave the database as it was
    try:
        pdf = render_program_file(store, args.program)
    finally:
        store.close()
    try:
        write_atomically(args.output, pdf)
    except OSError as error:
        from .domain.os_reasons import os_reason

        raise UserError("cli.pdf-not-written", path=args.output, reason=os_reason(error)) from None
    print(f"{args.output} ({len(pdf) // 1024} KB)")
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    from .domain import vocabulary
    from .services.opening import open_store
    from .store import Filters

    if args.limit is not None and args.limit < 0:
        raise UserError("cli.negative-limit")
    for option, value, table in (
        ("--region", args.region, vocabulary.REGIONS),
        ("--position", args.position, vocabulary.POSITIONS),
    ):
        if value and value not in table:
            raise UserError("cli.unknown-choice", option=option, value=repr(value), choices=", ".join(table))
    store = open_store(_data_dir(args))
    try:
        aid = store.catalogue.resolve(ItemKind.AID, args.aid) if args.aid else ""
        if aid is None:
            raise UserError("cli.unknown-aid", value=repr(args.aid))
        limit = None if args.limit is None else min(args.limit, SQLITE_MAX_INT)  # more than exists: all of them
        filters = Filters(region=args.region, position=args.position, tag=args.tag, aid=aid)
        hits = store.search(args.query, filters, limit)
    finally:
        store.close()
    if args.json:
        print(json.dumps([hit.to_json() for hit in hits], ensure_ascii=False, indent=2))
    elif not hits:
        print("No exercises found." if args.query else "The library is empty.")
    else:
        for hit in hits:
            print(f"{hit.title}  [{hit.slug}]")
    return 0


def _cmd_library(args: argparse.Namespace) -> int:
    from .cli_library import run_library_command
    from .services.opening import open_store, start_upkeep

    data_dir = _data_dir(args)
    # a refused bundle leaves an existing database as it was; a new one is seeded first, so the
    # preview compares against the shipped library
    put_off = args.library_command == "import" and (data_dir / "library.db").exists()
    store = open_store(data_dir, maintain=not put_off)
    try:
        return run_library_command(args, store, before_writing=lambda: start_upkeep(store) if put_off else None)
    finally:
        store.close()


def _cmd_backup(args: argparse.Namespace) -> int:
    from .store.backups import list_backups, restore_backup

    data_dir = _data_dir(args)
    if args.backup_command == "list":
        backups = list_backups(data_dir)
        if not backups:
            print(f"There are no backups in {data_dir / 'backups'} yet.")
        for info in backups:
            print(f"{info.name}  {info.created:%Y-%m-%d %H:%M}  {info.kind}  {max(1, info.size // 1024)} KB")
        return 0
    try:
        kept = restore_backup(data_dir, args.name)
    except OSError as error:
        from .domain.os_reasons import os_reason

        raise UserError("cli.backup-not-restored", reason=os_reason(error)) from None
    print(f"Restored {args.name}; the database as it was is kept as {kept.name}.")
    return 0


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _cmd_gui(args: argparse.Namespace) -> int:
    if not _has_display():
        raise UserError("cli.no-display", commands=HEADLESS_COMMANDS)
    from .system_libraries import missing_packages

    packages = missing_packages()
    if packages:
        raise _StartError("start.missing-x11-libraries", packages=" ".join(packages))
    from .app import run_gui

    return run_gui(_data_dir(args))


def _system_language() -> str:
    """Danish unless the desktop speaks something else (the window's setting is not read yet)."""
    value = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or "da"
    return "da" if value in ("C", "POSIX") or value.lower().startswith("da") else "en"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = {"handout": _cmd_handout, "search": _cmd_search, "library": _cmd_library, "backup": _cmd_backup}.get(
        args.command, _cmd_gui
    )
    try:
        code = command(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler, not at interpreter exit
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader stopped early (e.g. `| head`): not an error; keep Python from complaining at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except sqlite3.DatabaseError as error:  # locked, damaged, or not a database (OperationalError too)
        print(f"exercise-builder: the database could not be used ({error}).", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:
        if not _is_users_mistake(error):
            raise
        from .domain.messages import one_line

        # the sentence may quote a file's names and titles: escaped, on one line
        print(f"exercise-builder: {one_line(error, 2000)}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
