"""Wording hints for fear-inducing or restrictive phrases in Danish patient texts."""

import re

import pytest

from exercise_builder.domain.wording import RULES, WordingHint, find_wording_issues


def phrases(text):
    return [hint.phrase for hint in find_wording_issues(text)]


def test_clean_text_has_no_hints():
    text = (
        "Det er trygt at bevæge sig. Tag dine normale skridt, og gå gerne på trapper. "
        "Det må gerne mærkes, men det skal ikke gøre mere ondt bagefter."
    )
    assert find_wording_issues(text) == []
    assert find_wording_issues("") == []


def test_old_name_is_found_with_position_and_suggestion():
    text = "Du har bækkenløsning."
    [hint] = find_wording_issues(text)
    assert isinstance(hint, WordingHint)
    assert hint.phrase == "bækkenløsning"
    assert (hint.start, hint.end) == (7, 20)
    assert text[hint.start : hint.end] == hint.found == "bækkenløsning"
    assert "bækkensmerter" in hint.suggestion


@pytest.mark.parametrize("text", ["Bækkenløsning", "BÆKKENLØSNING", "Om bækkenløsningen", "bækkenløsninger"])
def test_matching_ignores_case_and_takes_inflections(text):
    assert phrases(text) == ["bækkenløsning"]


def test_ban_is_found_case_insensitive_and_across_spaces():
    text = "Husk det.  Du  må\nikke gå på trapper."
    [hint] = find_wording_issues(text)
    assert hint.phrase == "du må ikke"
    assert text[hint.start : hint.end] == "Du  må\nikke"
    assert hint.suggestion.startswith("det er en god idé at")


def test_longest_phrase_wins_where_phrases_overlap():
    hints = find_wording_issues("Undgå asymmetriske bevægelser i hverdagen.")
    assert [h.phrase for h in hints] == ["undgå asymmetriske bevægelser"]
    assert hints[0].start == 0


def test_small_steps_suggest_normal_steps():
    [hint] = find_wording_issues("Gå med små skridt.")
    assert hint.phrase == "små skridt"
    assert hint.suggestion == "dine normale skridt"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Skån dit bækken.", ["skån"]),
        ("Det er vigtigt at skåne ryggen.", ["skån"]),
        ("Lav en skånsom øvelse.", []),  # a different word: no boundary after "skån"
        ("Det er farligt at løfte.", ["farligt"]),
        ("Det er ufarligt.", []),  # no boundary before "farligt"
        ("Du har løse led.", ["løse led"]),
        ("Pas på ikke at bøje for meget.", ["pas på ikke at"]),
        ("Bækkenet kan falde fra hinanden.", ["falde fra hinanden"]),
        ("Hold knæene samlet, når du vender dig.", ["hold knæene samlet"]),
        ("Undgå trapper.", ["undgå trapper"]),
        ("Bid smerten i dig.", ["bid smerten i dig"]),
        ("Du har et skævt bækken.", ["skævt bækken"]),
    ],
)
def test_word_boundaries(text, expected):
    assert phrases(text) == expected


def test_several_hints_come_in_text_order():
    text = "Med bækkenløsning skal du gå med små skridt, og du må ikke løfte."
    hints = find_wording_issues(text)
    assert [h.phrase for h in hints] == ["bækkenløsning", "små skridt", "du må ikke"]
    assert [h.start for h in hints] == sorted(h.start for h in hints)
    for hint in hints:
        assert text[hint.start : hint.end] == hint.found


def test_rules_are_complete_and_consistent():
    assert 10 <= len(RULES) <= 20
    assert len({r.phrase for r in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.suggestion.strip(), rule.phrase
        assert rule.phrase == rule.phrase.lower()
        # every rule finds its own phrase, also inside a sentence
        found = find_wording_issues(f"Her står: {rule.phrase} i en sætning.")
        assert found and found[0].found.lower() == rule.phrase, rule.phrase
        re.compile(rule.pattern or re.escape(rule.phrase))


def test_suggestions_are_themselves_kind():
    for rule in RULES:
        assert find_wording_issues(rule.suggestion) == [], rule.phrase
