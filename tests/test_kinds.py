"""The words the programme stores are StrEnums in domain/kinds.py, and the old tuples follow them."""

import json
import re
from pathlib import Path

from exercise_builder.domain.kinds import AdviceKind, Language, Layout
from exercise_builder.domain.models import ADVICE_KINDS, LANGUAGES, LAYOUTS, AdviceModule
from exercise_builder.domain.records import advice_from_dict, advice_to_dict

SRC = Path(__file__).parent.parent / "src" / "exercise_builder"


def test_the_old_tuples_are_the_enums():
    assert LAYOUTS == tuple(Layout) == ("detailed", "compact")
    assert ADVICE_KINDS == tuple(AdviceKind) == ("info", "stop")
    assert LANGUAGES == tuple(Language) == ("da", "en")


def test_an_advice_kind_is_stored_as_its_plain_word():
    module = advice_from_dict(
        {"id": "9b2f1a4e-0c1d-4e5f-8a9b-0c1d2e3f4a5b", "slug": "x", "title": {"da": "X"}, "body": {"da": ["y"]}}
    )
    assert module.kind == AdviceKind.INFO and json.loads(json.dumps(advice_to_dict(module)))["kind"] == "info"
    assert isinstance(module, AdviceModule)


def test_stop_is_not_typed_out_outside_the_domain_and_the_handout():
    """handout/ is another engineer's for now; everywhere else names AdviceKind.STOP."""
    found = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if path.relative_to(SRC).parts[0] not in ("handout", "domain")
        and re.search(r"==\s*[\"']stop[\"']", path.read_text(encoding="utf-8"))
    ]
    assert found == []
