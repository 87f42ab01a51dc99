"""Odd inputs on the command line and at start: one sentence, exit 2, no traceback, bounded time,
nothing written outside the data dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from exercise_builder.cli import main
from exercise_builder.library import LibraryError, read_library
from library_factory import make_library, stable_id, write_item


def _one_sentence(code: int, err: str) -> None:
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err and len(err) < 400, err


def _cli(*argv: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """The real program in a child process: a hang is a timeout here, not a stuck test run."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "exercise_builder", *argv], capture_output=True, text=True, timeout=timeout, env=env
    )


@pytest.mark.parametrize("limit", ["99999999999999999999", str(2**63)])
def test_search_limit_beyond_sqlite_integers(limit: str, seeded_dir: Path, capsys):
    code = main(["search", "bækken", "--limit", limit, "--data-dir", str(seeded_dir)])
    out, err = capsys.readouterr()
    assert code == 0 and "Traceback" not in err  # more than there are: everything
    assert out.strip()


def _data_dir_case(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / "data"
    if kind == "a file":
        path.write_text("not a folder", encoding="utf-8")
    elif kind == "a dangling link":
        path.symlink_to(tmp_path / "gone")
    elif kind == "a link loop":
        path.symlink_to(path)
    elif kind == "below a file":
        (tmp_path / "file").write_text("x", encoding="utf-8")
        path = tmp_path / "file" / "data"
    return path


@pytest.mark.parametrize("kind", ["a file", "a dangling link", "a link loop", "below a file"])
def test_data_dir_that_cannot_be_a_folder(kind: str, tmp_path: Path, capsys):
    path = _data_dir_case(kind, tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    code = main(["search", "x", "--data-dir", str(path)])
    _one_sentence(code, capsys.readouterr().err)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not (tmp_path / "gone").exists()


@pytest.mark.parametrize("source", ["fifo", "/dev/zero"])
def test_a_fifo_or_device_as_programme_file_is_refused_at_once(source: str, seeded_dir: Path, tmp_path: Path):
    if source == "fifo":
        source = str(tmp_path / "p.ebprog")
        os.mkfifo(source)
    out = tmp_path / "out.pdf"
    result = _cli("handout", source, "-o", str(out), "--data-dir", str(seeded_dir), timeout=60)
    _one_sentence(result.returncode, result.stderr)
    assert not out.exists()


@pytest.mark.parametrize("field, value", [("items", 5), ("aids", 7), ("items", "abc"), ("aids", {"a": 1})])
def test_a_template_whose_lists_are_not_lists(field: str, value, tmp_path: Path):
    root = make_library(tmp_path / "lib")
    write_item(
        root,
        "template",
        {
            "id": stable_id("tpl"),
            "slug": "skabelon-basis",
            "updated": "2026-11-01T00:00:00Z",
            "title": {"da": "Basis", "en": "Basic"},
            field: value,
        },
    )
    with pytest.raises(LibraryError) as info:
        read_library(root)
    assert field in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize("free_kb", [100, 1000])
def test_first_start_on_a_nearly_full_disk_is_all_or_nothing(free_kb: int, tmp_path: Path, capsys):
    import sqlite3

    from mounts import fill, small_disk

    with small_disk(tmp_path / "disk", "32m") as disk:
        filler = fill(disk)
        os.truncate(filler, max(0, filler.stat().st_size - free_kb * 1024))
        data = disk / "data"
        code = main(["search", "", "--data-dir", str(data)])
        _one_sentence(code, capsys.readouterr().err)
        assert [p for p in (data / "media").rglob("*") if p.is_file()] == [], "no half-seeded images"
        if (data / "library.db").exists():
            conn = sqlite3.connect(data / "library.db")
            try:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                for table in {"exercises", "media"} & tables:
                    assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
            finally:
                conn.close()
        filler.unlink()
        assert main(["search", "", "--json", "--data-dir", str(data)]) == 0
        assert len(json.loads(capsys.readouterr().out)) > 20
