"""`exercise-builder library export|import`: the sharing services, printed for the terminal."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .domain.kinds import ImportPolicy, Origin
from .domain.messages import one_line
from .library import merge
from .store import Store


def run_library_command(
    args: argparse.Namespace, store: Store, before_writing: Callable[[], None] = lambda: None
) -> int:
    """Export, or preview and import; `before_writing` runs once the bundle is accepted and only
    if something will be written (the start's backup and sweeps, put off until then)."""
    from .services.sharing_export import export_bundle
    from .services.sharing_import import apply_import, preview_import

    if args.library_command == "export":
        report = export_bundle(store, args.output, Origin.CUSTOM if args.custom_only else "all")
        print(report.summary())
        for line in report.missing_references:
            print(f"  warning: {one_line(line, 400)}")
        return 0
    preview = preview_import(store, args.bundle)
    for line in preview.lines():
        print(line)
    if args.dry_run:
        print(
            f"Dry run: nothing was changed (policy {args.policy} would apply to "
            f"{preview.counts[merge.CONFLICT]} conflicts)."
        )
        return 0
    before_writing()
    result = apply_import(store, preview, ImportPolicy(args.policy))
    for line in result.lines():
        print(line)
    return 0
