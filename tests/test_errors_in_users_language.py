"""Issue 16 §5: the Danish window gets no English *inside* a Danish sentence. A bad field's reason,
tomllib's parse error, the OS's strerror and SQLite's message were English values put into Danish
sentences; each is now worded in the sentence's language (the CLI's str() stays English)."""

from __future__ import annotations

import base64
import errno
import io
import json
import re
import sqlite3
import tomllib
import zipfile
from pathlib import Path

import pytest
import tomli_w

from exercise_builder.domain.program_file import ProgramFileError
from exercise_builder.library import LibraryError, read_library
from exercise_builder.services.program_io import read_program_file
from exercise_builder.services.sharing_import import preview_import

# English words that have no business in a Danish sentence (whole words, any case), and the
# English the libraries and the OS speak
ENGLISH = re.compile(
    r"\b(the|is|must|missing|expected|allowed|characters|skipped|denied|space|device|was|which|"
    r"file system|directory|permission|regular|invalid|value|line|column)\b",
    re.IGNORECASE,
)


def _danish_only(text: str) -> str:
    assert ENGLISH.findall(text) == [], text
    return text


def _edit_exercise(root: Path, change) -> None:
    path = root / "muslingen" / "exercise.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(tomli_w.dumps(data), encoding="utf-8")


# --- 1. a field's reason ------------------------------------------------------------------------


def test_a_library_folder_with_a_missing_field_says_why_in_danish(mini_library):
    _edit_exercise(mini_library, lambda data: data.update(title={"en": "Clam"}))
    with pytest.raises(LibraryError) as refused:
        read_library(mini_library)
    assert _danish_only(refused.value.text("da")) == "muslingen/exercise.toml: feltet 'title.da' mangler."
    assert str(refused.value) == "muslingen/exercise.toml: the field 'title.da' is missing."


@pytest.mark.parametrize(
    ("change", "danish", "english"),
    [
        (
            lambda data: data["title"].update(da="x" * 201),
            "muslingen/exercise.toml: feltet 'title.da' har 201 tegn; der må højst være 200.",
            "muslingen/exercise.toml: the field 'title.da' is 201 characters long; at most 200 are allowed.",
        ),
        (
            lambda data: data.update(tags="ryg"),
            "muslingen/exercise.toml: feltet 'tags' skal være en liste med tekster.",
            "muslingen/exercise.toml: the field 'tags' must be a list of texts.",
        ),
        (
            lambda data: data["dosage"].update(reps="mange"),
            "muslingen/exercise.toml: feltet 'dosage' er ikke en gyldig dosering: 'reps': skal være et tal "
            "eller et interval som 8–12, ikke «mange».",
            "muslingen/exercise.toml: the field 'dosage' is not a valid dosage: 'reps': expected a number "
            "or a range such as 8–12, got 'mange'.",
        ),
    ],
    ids=["too long", "wrong type", "dosage"],
)
def test_a_bundle_with_a_bad_field_says_why_in_danish(store, mini_library, tmp_path, change, danish, english):
    _edit_exercise(mini_library, change)
    with pytest.raises(LibraryError) as refused:
        preview_import(store, mini_library)
    assert refused.value.text("da") == danish
    assert str(refused.value) == english


def _bundle_of(root: Path) -> bytes:
    """The library folder as an .eblib under an id of its own (the store's is the shipped one)."""
    meta = tomllib.loads((root / "library.toml").read_text(encoding="utf-8"))
    meta["id"] = "0c0ffee0-0000-4000-8000-000000000016"
    (root / "library.toml").write_text(tomli_w.dumps(meta), encoding="utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                archive.writestr(path.relative_to(root).as_posix(), path.read_bytes())
    return out.getvalue()


def test_a_programme_file_carrying_a_bad_exercise_is_said_in_danish(store, mini_library, tmp_path):
    """Opened through the service the window uses: the carried library's own refusal goes into the
    programme file's Danish sentence in Danish, not as its English str()."""
    _edit_exercise(mini_library, lambda data: data.update(title={"en": "Clam"}))
    path = tmp_path / "p.ebprog"
    program = {
        "format": "exercise-builder-program",
        "format_version": 1,
        "items": [{"exercise": "klinikkens-egen"}],  # not here: the carried library is read
        "library": base64.b64encode(_bundle_of(mini_library)).decode("ascii"),
    }
    path.write_text(json.dumps(program), encoding="utf-8")
    with pytest.raises(ProgramFileError) as refused:
        read_program_file(store, path)
    assert _danish_only(refused.value.text("da")) == (
        "Øvelserne, som programfilen har med, kunne ikke læses: muslingen/exercise.toml: feltet 'title.da' mangler."
    )


def test_a_programme_file_with_a_bad_dosage_is_said_in_danish(store, tmp_path):
    path = tmp_path / "p.ebprog"
    program = {"format": "exercise-builder-program", "format_version": 1, "items": [{"exercise": "muslingen"}]}
    program["items"][0]["reps"] = "mange"
    path.write_text(json.dumps(program), encoding="utf-8")
    with pytest.raises(ProgramFileError) as refused:
        read_program_file(store, path)
    assert refused.value.text("da") == (
        "Nøglen 'items[0]' (øvelse 1, 'muslingen') har en forkert værdi: "
        "'reps': skal være et tal eller et interval som 8–12, ikke «mange»."
    )


# --- 2. TOML that tomllib cannot read --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "danish", "english"),
    [
        (
            'id = "x"\nslug = [muslingen\n',
            "muslingen/exercise.toml er ikke gyldig TOML (linje 2, kolonne 9).",
            "muslingen/exercise.toml is not valid TOML (line 2, column 9).",
        ),
        (
            'id = "x"\nslug',
            "muslingen/exercise.toml er ikke gyldig TOML (fejlen er ved filens slutning).",
            "muslingen/exercise.toml is not valid TOML (at the end of the file).",
        ),
    ],
    ids=["line and column", "at the end"],
)
def test_toml_that_cannot_be_read_is_said_in_danish_with_where(mini_library, text, danish, english):
    (mini_library / "muslingen" / "exercise.toml").write_text(text, encoding="utf-8")
    with pytest.raises(LibraryError) as refused:
        read_library(mini_library)
    assert refused.value.text("da") == danish
    assert str(refused.value) == english
    assert "Expected" not in str(refused.value) and "Invalid" not in str(refused.value)


def test_toml_line_and_column_are_taken_from_the_error_where_python_gives_them():
    """Python 3.14's TOMLDecodeError carries lineno and colno: they are used, not the message."""
    from exercise_builder.library.folder import toml_error

    error = tomllib.TOMLDecodeError("Whatever tomllib says next")
    error.lineno, error.colno = 7, 3  # type: ignore[attr-defined]
    assert toml_error(error, "a.toml").text("da") == "a.toml er ikke gyldig TOML (linje 7, kolonne 3)."
    plain = tomllib.TOMLDecodeError("Something new")
    assert toml_error(plain, "a.toml").text("da") == "a.toml er ikke gyldig TOML."


# --- 3. the OS's (and SQLite's) reasons ------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "danish", "english"),
    [
        (errno.ENOSPC, "der er ikke mere plads på disken", "there is no space left on the disk"),
        (errno.EACCES, "du har ikke adgang", "permission denied"),
        (errno.EROFS, "disken kan kun læses, ikke skrives", "the disk is read-only"),
        (errno.ENOENT, "filen eller mappen findes ikke", "the file or folder does not exist"),
        (errno.EISDIR, "det er en mappe, ikke en fil", "it is a folder, not a file"),
        (errno.ENAMETOOLONG, "filnavnet er for langt", "the file name is too long"),
        (errno.ELOOP, "genveje peger i ring", "links point round in a loop"),
        (
            errno.EIO,
            "disken kunne ikke læses eller skrives (I/O-fejl)",
            "the disk could not be read or written (I/O error)",
        ),
        (errno.ENXIO, "systemet afviste det (fejl ENXIO)", "the system refused (error ENXIO)"),
    ],
)
def test_an_os_error_is_said_in_the_user_s_language(code, danish, english):
    from exercise_builder.domain.os_reasons import os_reason

    error = OSError(code, "English text from strerror")
    assert os_reason(error).text("da") == danish
    assert os_reason(error).text("en") == english


def test_a_full_disk_while_exporting_is_said_in_danish(store, tmp_path, monkeypatch):
    from exercise_builder.services import sharing_export

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sharing_export, "write_bundle", full)
    target = tmp_path / "klinik.eblib"
    with pytest.raises(LibraryError) as refused:
        sharing_export.export_bundle(store, target)
    assert refused.value.text("da") == (
        f"Biblioteket kunne ikke gemmes som {target} (der er ikke mere plads på disken); "
        "vælg et andet sted, eller frigør plads."
    )
    assert "No space" not in refused.value.text("da")


def test_a_database_file_that_is_no_database_is_said_in_danish(tmp_path):
    from exercise_builder.store import Store, StoreError

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "library.db").write_bytes(b"this is no database at all, just text" * 100)
    with pytest.raises(StoreError) as refused:
        Store.open(data_dir)
    sentence = refused.value.text("da")
    assert "(filen er ikke en database)" in sentence
    assert "file is not a database" not in sentence


def test_sqlite_s_reason_is_named_by_its_code():
    from exercise_builder.domain.os_reasons import os_reason

    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
    assert os_reason(error).text("da") == "der er ikke mere plads på disken"
    assert os_reason(ValueError("x")).text("da") == "systemet afviste det (ValueError)"


# --- 4. what a refresh of the shared folder skipped ------------------------------------------------


def test_what_the_shared_folder_skipped_is_kept_as_sentences_worded_when_shown(store, mini_library, tmp_path):
    from exercise_builder.services.shared_folder_sync import refresh_subscription, subscribe_shared_folder

    meta = tomllib.loads((mini_library / "library.toml").read_text(encoding="utf-8"))
    meta["id"] = "0c0ffee0-0000-4000-8000-000000000017"
    (mini_library / "library.toml").write_text(tomli_w.dumps(meta), encoding="utf-8")
    _edit_exercise(mini_library, lambda data: data.update(title={"en": "Clam"}))
    (mini_library / "noter").mkdir()
    (mini_library / "noter" / "README.txt").write_text("x", encoding="utf-8")
    subscribe_shared_folder(store, mini_library)
    report = refresh_subscription(store)
    assert report.ok
    danish = sorted(item.text("da") for item in report.refused)
    assert danish == [
        "muslingen/exercise.toml: feltet 'title.da' mangler.",
        "noter: en elementmappe skal have præcis én af filerne exercise.toml, aid.toml, advice.toml "
        "eller template.toml (her er ingen af dem).",
    ]
    assert (
        sorted(str(item) for item in report.refused)[0] == "muslingen/exercise.toml: the field 'title.da' is missing."
    )


def test_a_skipped_large_file_reads_the_danish_way():
    from exercise_builder.domain.messages import Phrase

    phrase = Phrase("shared-folder.skipped-large-file", name="video.mp4", size=3072.0)
    assert phrase.text("da") == "video.mp4 fylder 3.072 MB, mere end sådan en fil må; den blev sprunget over."
    assert str(phrase) == "video.mp4 is 3,072 MB, more than such a file may be; it was skipped."
