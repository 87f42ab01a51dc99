"""Run every bench module's run() and print one table with the machine noted."""

from __future__ import annotations

import importlib
import os
import platform
import sys
import traceback
from pathlib import Path

MODULES = ["bench_handout", "bench_gui", "bench_import", "bench_store", "bench_search"]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        mem = f"{memory:.0f} GiB"
    except (ValueError, OSError, AttributeError):
        mem = "? GiB"
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), {mem}, Python {platform.python_version()}"


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    rows: list[dict] = []
    for name in MODULES:
        try:
            module = importlib.import_module(f"bench.{name}")
        except ModuleNotFoundError:
            rows.append(
                {"figure": f"({name} not written yet)", "goal": "", "median": "", "min": "", "max": "", "unit": ""}
            )
            continue
        try:
            rows.extend(module.run())
        except Exception:  # one broken bench must not hide the others' figures
            traceback.print_exc()
            rows.append(
                {"figure": f"({name} failed, see above)", "goal": "", "median": "", "min": "", "max": "", "unit": ""}
            )
    print(f"\nMachine: {machine()}\n")
    print(format_table(rows))
    return 0


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.3g}" if value < 100 else f"{value:.0f}"
    return str(value)


def format_table(rows: list[dict]) -> str:
    head = ["figure", "goal", "median", "min", "max", "unit", "met"]
    body = []
    for row in rows:
        met = row.get("met")
        body.append(
            [
                row.get("figure", ""),
                row.get("goal", ""),
                _fmt(row.get("median", "")),
                _fmt(row.get("min", "")),
                _fmt(row.get("max", "")),
                row.get("unit", ""),
                "" if met is None else ("yes" if met else "NO"),
            ]
        )
    widths = [max(len(str(r[i])) for r in [head, *body]) for i in range(len(head))]
    lines = [
        " | ".join(str(c).ljust(w) for c, w in zip(head, widths, strict=True)),
        "-|-".join("-" * w for w in widths),
    ]
    lines += [" | ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in body]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
