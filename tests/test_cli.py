import json
import subprocess
import sys

import pytest

from exercise_builder.cli import main
from test_handout_core import four_exercise_program


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dd(data_dir):
    return ["--data-dir", str(data_dir)]


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("exercise-builder 0.")


@pytest.mark.parametrize("query", ["bæk", "baekken", "bækkenløsning"])
def test_search_json_finds_pelvic_exercises(capsys, dd, query):
    code, out, _ = run(capsys, "search", query, "--json", *dd)
    assert code == 0
    hits = json.loads(out)
    assert {"baekkenvip-rygliggende", "baekkenvip-siddende"} <= {h["slug"] for h in hits}
    assert all({"id", "slug", "title", "region", "position"} <= set(h) for h in hits)
    assert all(h["region"] == "pelvis" for h in hits[:2])


def test_search_empty_lists_all_by_title_with_limit(capsys, dd):
    code, out, _ = run(capsys, "search", "", "--json", *dd)
    everything = json.loads(out)
    assert len(everything) >= 40
    titles = [h["title"] for h in everything]
    assert titles == sorted(titles, key=str.casefold)
    code, out, _ = run(capsys, "search", "--json", "--limit", "3", *dd)
    assert len(json.loads(out)) == 3


def test_data_dir_from_environment(capsys, data_dir, monkeypatch):
    monkeypatch.setenv("EXERCISE_BUILDER_DATA_DIR", str(data_dir / "env"))
    assert run(capsys, "search", "kat", "--json")[0] == 0
    assert (data_dir / "env" / "library.db").exists()


def test_handout_command(capsys, dd, tmp_path):
    out_pdf = tmp_path / "out" / "mette.pdf"
    code, out, err = run(capsys, "handout", str(four_exercise_program(tmp_path)), "-o", str(out_pdf), *dd)
    assert code == 0, err
    assert out_pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not valid JSON"),
        (
            '{"format": "exercise-builder-program", "format_version": 1, "items": [{"exercise": "nope"}]}',
            "unknown exercise 'nope'",
        ),
    ],
)
def test_handout_bad_input_exit_2_one_sentence(capsys, dd, tmp_path, content, message):
    bad = tmp_path / "bad.ebprog"
    bad.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "handout", str(bad), "-o", str(tmp_path / "x.pdf"), *dd)
    assert code == 2 and message in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output_is_one_sentence(capsys, dd, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "handout", str(four_exercise_program(tmp_path)), "-o", str(blocker / "x.pdf"), *dd)
    assert code == 2 and "could not be written" in err


def test_no_display_says_so(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "exercise_builder", "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2
    assert "no display" in result.stderr and "search" in result.stderr
    assert "Traceback" not in result.stderr


def test_gui_starts_offscreen(tmp_path):
    """`exercise-builder` with a display (offscreen here) opens the window and runs its event loop."""
    code = (
        "import sys; from PySide6.QtCore import QTimer; from PySide6.QtWidgets import QApplication;"
        "app = QApplication(sys.argv); QTimer.singleShot(1500, app.quit);"
        "from exercise_builder.cli import main; sys.exit(main(['--data-dir', sys.argv[1]]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "d")],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_unknown_filter_codes_are_named(capsys, dd):
    code, _, err = run(capsys, "search", "bæk", "--region", "bækken", *dd)
    assert code == 2 and "--region 'bækken' is not known" in err and "pelvis" in err


def test_empty_result_says_so(capsys, dd):
    code, out, _ = run(capsys, "search", "xylofon", *dd)
    assert code == 0 and out.strip() == "No exercises found."


def test_output_piped_into_head_is_no_traceback(tmp_path):
    """The reader goes away before we print (as `| head` does): exit quietly, no traceback."""
    process = subprocess.Popen(
        [sys.executable, "-m", "exercise_builder", "search", "", "--data-dir", str(tmp_path / "d")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    process.stdout.close()  # no reader: the first print meets a broken pipe
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0 and b"Traceback" not in err, err.decode()


@pytest.mark.parametrize("damage", ["not a database", "damaged pages"])
def test_a_broken_database_gives_one_sentence_and_is_left_alone(capsys, data_dir, damage):
    """Before: "file is not a database" came out as a traceback."""
    path = data_dir / "library.db"
    if damage == "not a database":
        path.write_bytes(bytes(range(256)) * 40)
    else:
        main(["search", "x", "--data-dir", str(data_dir)])  # a real database first
        for suffix in ("-wal", "-shm"):
            (data_dir / f"library.db{suffix}").unlink(missing_ok=True)
        raw = bytearray(path.read_bytes())
        raw[4096:] = b"\xff" * (len(raw) - 4096)  # the header survives, the pages do not
        path.write_bytes(bytes(raw))
    capsys.readouterr()
    before = path.read_bytes()
    assert main(["search", "bækken", "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("exercise-builder: ") and err.count("\n") == 1 and "Traceback" not in err
    assert path.read_bytes() == before
