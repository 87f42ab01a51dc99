"""One vocabulary: the kinds as StrEnums, every user-facing error a UserError worded per language."""

from __future__ import annotations

import pytest

from exercise_builder.domain.errors import UserError
from exercise_builder.domain.kinds import KIND_ORDER, ImportPolicy, ItemKind, MergeStatus, Origin
from exercise_builder.domain.messages import MESSAGES


def test_the_kinds_are_the_words_files_and_the_database_hold():
    assert list(KIND_ORDER) == ["exercise", "aid", "advice", "template"] and KIND_ORDER[0] is ItemKind.EXERCISE
    assert [str(p) for p in ImportPolicy] == ["keep-mine", "take-theirs", "keep-both"]
    assert {str(o) for o in Origin} == {"shipped", "custom", "imported"}
    assert MergeStatus.UPDATED_UPSTREAM == "updated-upstream"


def test_the_cli_and_the_merge_offer_the_same_policies():
    from exercise_builder.cli import _parser
    from exercise_builder.library import merge

    library = next(a for a in _parser()._actions if a.dest == "command").choices["library"]
    imp = next(a for a in library._actions if a.dest == "library_command").choices["import"]
    policy = next(a for a in imp._actions if a.dest == "policy")
    assert list(policy.choices) == list(merge.POLICIES) == list(ImportPolicy)


def test_every_error_class_shares_the_base():
    from exercise_builder.domain.models import FieldError
    from exercise_builder.domain.program_file import ProgramFileError
    from exercise_builder.library import LibraryCancelled, LibraryError
    from exercise_builder.store import StoreError
    from exercise_builder.store.backups import BackupError
    from exercise_builder.store.catalogue import ConcurrentEditError
    from exercise_builder.store.migrations import SchemaTooNewError
    from exercise_builder.ui.pictures import PictureError
    from exercise_builder.ui.worker import Cancelled

    for cls in (
        FieldError,
        ProgramFileError,
        LibraryError,
        LibraryCancelled,
        StoreError,
        BackupError,
        ConcurrentEditError,
        SchemaTooNewError,
        PictureError,
        Cancelled,
    ):
        assert issubclass(cls, UserError), cls


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_each_message_has_both_languages_with_the_same_placeholders(key):
    import string

    da, en = MESSAGES[key]
    names = [{f for _, f, _, _ in string.Formatter().parse(text) if f} for text in (da, en)]
    assert da.strip() and en.strip() and names[0] == names[1]


def test_an_error_is_worded_in_the_language_asked_and_the_cli_reads_english():
    from exercise_builder.store.backups import BackupError

    error = BackupError("backup.unknown", name="x.db")
    assert error.text("da").startswith("Der er ingen sikkerhedskopi ved navn x.db")
    assert (
        error.text("en") == str(error) == "There is no backup called x.db; `exercise-builder backup list` shows them."
    )


def test_untrusted_values_stay_on_one_line():
    error = UserError("program-file.missing", path="a\nb\x1b[31m")
    assert "\n" not in error.text("da") and "\x1b" not in error.text("en")


def test_fill_fills_each_placeholder_once():
    from exercise_builder.ui.translation import fill

    assert fill("%1 kl. %2", "1. maj", "10:00") == "1. maj kl. 10:00"
    assert fill("«%1» og %2", "%2", "B") == "«%2» og B", "a value holding %2 is not filled again"
    assert fill("%1 øvelser", 3) == "3 øvelser"
