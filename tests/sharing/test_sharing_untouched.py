"""A refused or dry-run import leaves library.db byte-identical, even on the day's first start
(when the media sweep and the start backup are due), and prints untrusted text escaped."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import tomli_w
from sharing_helpers import files_under, folder_entries, write_zip

from exercise_builder.cli import main
from exercise_builder.services.opening import open_store

OTHER_ID = "0c0ffee0-0000-4000-8000-000000000003"


@pytest.fixture
def due_data_dir(tmp_path: Path) -> Path:
    """A seeded data dir whose daily sweep and start backup are due again."""
    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    store.settings.set("media_swept", "2000-01-01")
    store.close()
    for backup in (data_dir / "backups").glob("*"):
        backup.unlink()
    return data_dir


def _bundle(tmp_path: Path, mini_library: Path, change=None) -> Path:
    entries = folder_entries(mini_library)
    meta = tomllib.loads(entries["library.toml"].decode())
    entries["library.toml"] = tomli_w.dumps({**meta, "id": OTHER_ID}).encode()
    if change:
        change(entries)
    return write_zip(tmp_path / "b.eblib", entries)


@pytest.mark.parametrize("how", ["refused", "dry-run"])
def test_the_database_is_byte_identical(how, due_data_dir, mini_library, tmp_path, capsys):
    change = (lambda e: e.update({"../evil.txt": b"x"})) if how == "refused" else None
    bundle = _bundle(tmp_path, mini_library, change)
    before = (due_data_dir / "library.db").read_bytes()
    listing = files_under(due_data_dir)
    code = main(
        [
            "library",
            "import",
            str(bundle),
            *(["--dry-run"] if how == "dry-run" else []),
            "--data-dir",
            str(due_data_dir),
        ]
    )
    captured = capsys.readouterr()
    assert code == (2 if how == "refused" else 0), captured.err
    assert (due_data_dir / "library.db").read_bytes() == before
    assert files_under(due_data_dir) == listing  # no backup taken, nothing swept, nothing written
    if how == "refused":
        assert captured.err.count("\n") == 1 and "Traceback" not in captured.err


def test_an_accepted_import_still_takes_the_start_backup(due_data_dir, mini_library, tmp_path, capsys):
    assert main(["library", "import", str(_bundle(tmp_path, mini_library)), "--data-dir", str(due_data_dir)]) == 0
    assert list((due_data_dir / "backups").glob("*.db"))


FORGED = "\n  new: exercise forged (Forged line)\x1b[2K\x1b[1A\r"


def _hostile_texts(entries: dict[str, bytes]) -> None:
    meta = tomllib.loads(entries["library.toml"].decode())
    entries["library.toml"] = tomli_w.dumps(
        {**meta, "name": "Klinik" + FORGED, "publisher": "X\x1b]0;title\x07", "version": "1\n2"}
    ).encode()
    key = "muslingen/exercise.toml"
    item = tomllib.loads(entries[key].decode())
    item["title"] = {"da": "Muslingen" + FORGED, "en": "Clam"}
    entries[key] = tomli_w.dumps(item).encode()


def test_the_dry_run_shows_untrusted_text_escaped_on_one_line(due_data_dir, mini_library, tmp_path, capsys):
    """Control characters in a bundle's texts are refused (issue 13, round 2); the refusal itself
    is one escaped line on stderr, so the bundle can neither forge nor hide preview lines."""
    bundle = _bundle(tmp_path, mini_library, _hostile_texts)
    code = main(["library", "import", str(bundle), "--dry-run", "--data-dir", str(due_data_dir)])
    captured = capsys.readouterr()
    assert code == 2
    assert "\x1b" not in captured.out + captured.err and "\r" not in captured.err and "\x07" not in captured.err
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert not any(line.startswith("  new: exercise forged") for line in (captured.out + captured.err).splitlines())


def test_an_error_naming_a_hostile_folder_is_one_escaped_line(due_data_dir, mini_library, tmp_path, capsys):
    def nested(entries):
        entries["muslingen/sub\x1b[31m\nexercise-builder: all fine/x.txt"] = b"x"

    code = main(["library", "import", str(_bundle(tmp_path, mini_library, nested)), "--data-dir", str(due_data_dir)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "\x1b" not in err and "Traceback" not in err
