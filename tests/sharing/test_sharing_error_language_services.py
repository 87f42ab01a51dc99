"""Sharing, shared-folder, picture and command-line refusals are worded in Danish for the window
(issue 14 §4), while str() — what the command line prints — keeps its English sentence word for word."""

from __future__ import annotations

import errno
import tomllib

import pytest
import tomli_w
from sharing_helpers import folder_entries, write_zip

from exercise_builder.cli import main
from exercise_builder.library import LibraryError
from exercise_builder.paths import shipped_library_dir
from exercise_builder.services.sharing_export import export_bundle
from exercise_builder.services.sharing_import import apply_import, preview_import


def _refusal(call, *args, **kwargs) -> LibraryError:
    with pytest.raises(LibraryError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_a_bundle_that_cannot_be_read(store, tmp_path, monkeypatch):
    from exercise_builder.services import sharing_import

    def refused(path):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(sharing_import, "open_tree", refused)
    bundle = tmp_path / "låst.eblib"
    error = _refusal(preview_import, store, bundle)
    assert str(error) == f"{bundle} could not be read (permission denied)."
    # the OS's English text (strerror) is not shown in the Danish sentence (issue 16 §5)
    assert error.text("da") == (
        f"Biblioteket {bundle} kunne ikke læses (du har ikke adgang); tjek, at det findes, og at du må åbne det."
    )


def test_a_bundle_passing_itself_off_as_the_shipped_library(store, tmp_path):
    entries = folder_entries(shipped_library_dir())
    meta = tomllib.loads(entries["library.toml"].decode())
    entries["library.toml"] = tomli_w.dumps({**meta, "id": "11111111-2222-4333-8444-555555555555"}).encode()
    error = _refusal(preview_import, store, write_zip(tmp_path / "forged.eblib", entries))
    name = meta["name"]
    assert str(error) == (
        f"'{name}' claims to be the app's own shipped library, which only a new version of the app "
        "updates; it was not imported."
    )
    assert error.text("da").startswith(f"»{name}« giver sig ud for at være programmets eget grundbibliotek")


def test_an_unknown_policy(store, mini_library):
    meta = tomllib.loads((mini_library / "library.toml").read_text())
    other = {**meta, "id": "11111111-2222-4333-8444-555555555555", "name": "Andet", "publisher": "Anden klinik"}
    (mini_library / "library.toml").write_text(tomli_w.dumps(other))
    preview = preview_import(store, mini_library)
    error = _refusal(apply_import, store, preview, "take-all\n")
    assert str(error) == "The policy 'take-all\\n' is not one of keep-mine, take-theirs, keep-both."
    assert error.text("da") == "Importvalget «take-all\\n» kendes ikke; brug en af keep-mine, take-theirs, keep-both."


def test_exporting_something_the_library_does_not_have(store, tmp_path):
    error = _refusal(export_bundle, store, tmp_path / "x.eblib", ["findes-ikke"])
    assert str(error) == "Nothing in the library has the id or slug 'findes-ikke'."
    assert error.text("da") == "Der er intet i biblioteket med id'et eller navnet «findes-ikke»."
    assert not (tmp_path / "x.eblib").exists()


def test_a_shared_folder_without_library_toml(tmp_path):
    from exercise_builder.library.shared_folder import read_meta

    error = _refusal(read_meta, tmp_path)
    assert str(error) == f"The shared folder {tmp_path} has no readable library.toml."
    assert error.text("da") == (
        f"Den delte mappe {tmp_path} har ingen library.toml, der kan læses; vælg den rigtige mappe."
    )


def test_a_picture_that_cannot_be_opened(tmp_path):
    from exercise_builder.ui.pictures import PictureError, read_picture_file

    with pytest.raises(PictureError) as caught:
        read_picture_file(tmp_path / "logo.png")
    assert caught.value.text("da") == "logo.png kunne ikke åbnes."
    assert caught.value.text("en") == str(caught.value) == "logo.png could not be opened."


def test_the_command_line_still_speaks_english(data_dir, capsys):
    assert main(["search", "x", "--limit", "-1", "--data-dir", str(data_dir)]) == 2
    assert capsys.readouterr().err == "exercise-builder: --limit must be 0 or more.\n"
    assert main(["search", "x", "--position", "hængende", "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("exercise-builder: --position 'hængende' is not known; use one of: ")
    assert err.count("\n") == 1
