"""Every key passed to UserError (or a subclass) anywhere in src is worded in MESSAGES, in both
languages with the same placeholders: a typo'd or raw-sentence key is a bug this test catches."""

import ast
import re
import string
from pathlib import Path

from exercise_builder.domain.messages import MESSAGES

SRC = Path(__file__).parent.parent / "src" / "exercise_builder"
KEY = re.compile(r"^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*$")  # dotted.names, words joined by hyphens


def _trees():
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in SRC.rglob("*.py")}


def _error_classes(trees) -> set[str]:
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
    found = {"UserError"}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def _raised_keys():
    """(file:line, first argument) of every call of UserError or a subclass; a constant argument as
    itself, anything else as its source text. FieldError takes a field name, not a key."""
    trees = _trees()
    classes = _error_classes(trees) - {"FieldError"}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in classes:
                first = node.args[0]
                where = f"{path.relative_to(SRC)}:{node.lineno}"
                constant = isinstance(first, ast.Constant)
                yield where, first.value if constant else ast.unparse(first), constant


# Sentences still written out in English at the raise, per file: this budget only shrinks. Each
# one moved into MESSAGES (Danish and English) lowers its file's number here.
RAW_SENTENCES_LEFT: dict[str, int] = {}  # none left (issue 14 §4, issue 16 §5): every raise passes a key
# keys made from a table in the raising module (each table's entries are checked below)
COMPUTED = {
    "_WRONG_TYPE[expected] + '-not-boolean'",
    "_WRONG_TYPE[expected]",
    "_UNKNOWN[kind] + '-did-you-mean'",
    "_UNKNOWN[kind]",
    "_FOREIGN[tag]",
}


def test_every_raised_key_is_in_messages():
    raised = list(_raised_keys())
    keys = [(where, key) for where, key, constant in raised if constant and KEY.match(key)]
    assert len(keys) > 30
    assert [f"{where}: {key!r}" for where, key in keys if key not in MESSAGES] == []


def test_no_new_raw_sentences():
    """A raised sentence that is not a key shows English in the Danish window: no new ones."""
    left: dict[str, int] = {}
    for where, key, constant in _raised_keys():
        if not (constant and KEY.match(key)) and key not in COMPUTED:
            file = where.split(":")[0]
            left[file] = left.get(file, 0) + 1
    assert {f: n for f, n in left.items() if n > RAW_SENTENCES_LEFT.get(f, 0)} == {}


def test_computed_program_file_keys_are_in_messages():
    from exercise_builder.domain import program_file

    keys = [
        *program_file._WRONG_TYPE.values(),
        *program_file._UNKNOWN.values(),
        *(key + "-not-boolean" for kind, key in program_file._WRONG_TYPE.items() if kind is not bool),
        *(key + "-did-you-mean" for key in program_file._UNKNOWN.values()),
    ]
    assert [key for key in keys if key not in MESSAGES] == []


def test_computed_svg_keys_are_in_messages():
    from exercise_builder.library import safety

    assert len(safety._FOREIGN) > 5
    assert [key for key in safety._FOREIGN.values() if key not in MESSAGES] == []


def test_keys_are_named_one_way():
    assert [key for key in MESSAGES if not KEY.match(key)] == []


def test_both_languages_have_the_same_placeholders():
    def fields(text):
        return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)

    assert [key for key, (da, en) in MESSAGES.items() if fields(da) != fields(en)] == []


PASSED_ON = {"domain/os_reasons.py", "domain/models.py"}


def test_every_phrase_and_field_reason_key_is_in_messages():
    """A Phrase's key, a FieldError's reason key (its second argument) and the OS reasons' table
    are worded too: each is a value put into a sentence in the sentence's language (issue 16 §5)."""
    from exercise_builder.domain import os_reasons

    found = []
    for path, tree in _trees().items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            index = {"Phrase": 0, "FieldError": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            key = node.args[index]
            where = f"{path.relative_to(SRC)}:{node.lineno}"
            if not isinstance(key, ast.Constant) and where.split(":")[0] in PASSED_ON:
                continue  # a key passed on (FieldError's own Phrase) or taken from a table checked below
            assert isinstance(key, ast.Constant) and KEY.match(key.value), f"{where}: {ast.unparse(key)}"
            found.append((where, key.value))
    assert len([key for _, key in found if key.startswith("field.")]) > 30
    assert [f"{where}: {key!r}" for where, key in found if key not in MESSAGES] == []
    table = [*os_reasons._KEYS.values(), *os_reasons._SQLITE_KEYS.values()]
    assert [key for key in table if key not in MESSAGES] == []
