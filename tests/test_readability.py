"""LIX readability: each expected value is worked out by hand in the comment beside it.

LIX = words / sentences + 100 × long words / words; a long word has more than 6 letters.
"""

import pytest

from exercise_builder.domain.readability import count_long_words, count_sentences, count_words, lix


def test_two_short_sentences():
    # words: Lig på ryggen | Bøj knæene = 5; sentences 2;
    # long: none ("ryggen" and "knæene" have exactly 6 letters) -> 5/2 + 0 = 2.5
    assert lix("Lig på ryggen. Bøj knæene.") == pytest.approx(2.5)


def test_easy_text_is_below_25():
    # words: Sid på en stol (4) | Løft armen (2) | Sænk den roligt igen (4) = 10;
    # sentences 3; long: none ("roligt" has 6 letters) -> 10/3 + 0 = 3.33
    value = lix("Sid på en stol. Løft armen. Sænk den roligt igen.")
    assert value == pytest.approx(10 / 3)
    assert value < 25


def test_some_long_words():
    # words: Træk vejret roligt (3) | Slap af i skuldrene og gentag bevægelsen (7) = 10;
    # sentences 2; long: skuldrene (9), bevægelsen (10) = 2 -> 10/2 + 100*2/10 = 5 + 20 = 25.0
    assert lix("Træk vejret roligt. Slap af i skuldrene, og gentag bevægelsen.") == pytest.approx(25.0)


def test_long_word_heavy_text_is_above_50():
    # words (10): Graviditetsrelaterede bækkensmerter behandles fysioterapeutisk gennem
    # individualiseret vejledning og superviseret træning; sentences 1;
    # long (8): all but "gennem" (6) and "og" (2) -> 10/1 + 100*8/10 = 10 + 80 = 90.0
    text = (
        "Graviditetsrelaterede bækkensmerter behandles fysioterapeutisk gennem "
        "individualiseret vejledning og superviseret træning."
    )
    value = lix(text)
    assert value == pytest.approx(90.0)
    assert value > 50


def test_digits_and_dashes_are_not_words():
    # words: Gå gange dagligt i minutter = 5 ("2–3" and "20" are not words); sentences 1;
    # long: dagligt (7), minutter (8) = 2 -> 5/1 + 100*2/5 = 5 + 40 = 45.0
    assert count_words("Gå 2–3 gange dagligt i 20 minutter.") == 5
    assert lix("Gå 2–3 gange dagligt i 20 minutter.") == pytest.approx(45.0)


def test_danish_letters_count_as_letters():
    # words: Øvelse for åndedræt = 3; sentences 1; long: åndedræt (8) = 1 ("Øvelse" has 6)
    # -> 3/1 + 100*1/3 = 3 + 33.33 = 36.33
    assert count_long_words("Øvelse for åndedræt.") == 1
    assert lix("Øvelse for åndedræt.") == pytest.approx(3 + 100 / 3)


def test_hyphenated_word_is_two_words():
    # "Kat-ko" = Kat, ko; plus "på alle fire" = 5 words; 1 sentence; no long word -> 5.0
    assert count_words("Kat-ko på alle fire.") == 5
    assert lix("Kat-ko på alle fire.") == pytest.approx(5.0)


def test_question_and_exclamation_marks_end_sentences():
    # words: Gør det ondt (3) | Stop (1) | Hvil (1) = 5; sentences 3; no long -> 5/3 = 1.67
    assert count_sentences("Gør det ondt? Stop! Hvil.") == 3
    assert lix("Gør det ondt? Stop! Hvil.") == pytest.approx(5 / 3)


def test_colon_ends_a_sentence():
    # words: Husk | Træk vejret = 3; sentences 2; no long -> 3/2 = 1.5
    assert lix("Husk: Træk vejret.") == pytest.approx(1.5)


def test_new_line_with_capital_starts_a_sentence():
    # words: Lig på siden (3) | Læg en pude mellem knæene (5) = 8; sentences 2 (line break
    # before a capital); long: none ("mellem", "knæene" have 6) -> 8/2 = 4.0
    assert lix("Lig på siden\nLæg en pude mellem knæene") == pytest.approx(4.0)


def test_new_line_with_small_letter_continues_the_sentence():
    # words: lig på siden og slap af = 6; one sentence (no capital after the break) -> 6.0
    assert count_sentences("lig på siden\nog slap af") == 1
    assert lix("lig på siden\nog slap af") == pytest.approx(6.0)


def test_bullets_are_sentences():
    # words: Gør mere | Gør mindre = 4; sentences 2; no long -> 2.0
    assert count_sentences("- Gør mere\n- Gør mindre") == 2
    assert lix("- Gør mere\n- Gør mindre") == pytest.approx(2.0)


def test_text_without_final_full_stop_still_counts_one_sentence():
    # words: Bøj knæene = 2; sentences 1 -> 2.0
    assert lix("Bøj knæene") == pytest.approx(2.0)


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "123 – 456", "...", "2–3 × 10"])
def test_text_without_words_is_zero(text):
    assert lix(text) == 0.0
    assert count_words(text) == 0
