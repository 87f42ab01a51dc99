import pytest

from exercise_builder.domain.dosage import Dosage, Range
from exercise_builder.domain.frequency import daily_frequency, sessions_per_day, translate


@pytest.mark.parametrize(
    ("dosage", "language", "expected"),
    [
        (Dosage(reps=Range(1, 1)), "da", "1 gentagelse"),
        (Dosage(reps=Range(10, 10)), "da", "10 gentagelser"),
        (Dosage(sets=3, reps=Range(10, 10)), "da", "3 × 10 gentagelser"),
        (Dosage(reps=Range(8, 12)), "da", "8–12 gentagelser"),
        (Dosage(hold_seconds=Range(1, 1)), "da", "Hold i 1 sekund"),
        (Dosage(hold_seconds=Range(5, 5)), "da", "Hold i 5 sekunder"),
        (
            Dosage(reps=Range(5, 5), hold_seconds=Range(5, 10), per_side=True),
            "da",
            "5 gentagelser på hver side, hold i 5–10 sekunder",
        ),
        (Dosage(sets=2, reps=Range(10, 10), per_side=True), "da", "2 × 10 gentagelser på hver side"),
        (Dosage(duration_minutes=Range(1, 1)), "da", "1 minut"),
        (Dosage(duration_minutes=Range(10, 20)), "da", "10–20 minutter"),
        (Dosage(sets=3), "da", "3 sæt"),
        (Dosage(reps=Range(10, 10), frequency="1 gang dagligt"), "da", "10 gentagelser, 1 gang dagligt"),
        (Dosage(reps=Range(10, 10), frequency="morgen og aften"), "da", "10 gentagelser, morgen og aften"),
        (Dosage(), "da", ""),
        (
            Dosage(sets=3, reps=Range(1, 1), hold_seconds=Range(30, 30), per_side=True),
            "en",
            "3 × 1 repetition on each side, hold for 30 seconds",
        ),
        (Dosage(reps=Range(10, 10)), "en", "10 repetitions"),
        (Dosage(hold_seconds=Range(30, 30), per_side=True), "da", "Hold i 30 sekunder på hver side"),
    ],
)
def test_dosage_wording(dosage, language, expected):
    assert dosage.wording(language) == expected


def test_programme_frequency_used_unless_item_has_its_own():
    assert Dosage(reps=Range(10, 10)).wording("da", "2–3 gange dagligt") == "10 gentagelser, 2–3 gange dagligt"
    own = Dosage(reps=Range(10, 10), frequency="1 gang dagligt")
    assert own.wording("da", "2–3 gange dagligt") == "10 gentagelser, 1 gang dagligt"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (10, Range(10, 10)),
        ("10", Range(10, 10)),
        ("8–12", Range(8, 12)),
        ("8-12", Range(8, 12)),
        ([8, 12], Range(8, 12)),
        (None, None),
        (0, None),
        ("", None),
    ],
)
def test_range_reading(value, expected):
    assert Range.of(value) == expected


@pytest.mark.parametrize("value", ["ti", "12–8", [1], True, -3, "1-2-3", 2.5])
def test_range_rejects(value):
    with pytest.raises(ValueError):
        Range.of(value)


def test_from_json_names_the_bad_key():
    with pytest.raises(ValueError, match="'reps'"):
        Dosage.from_json({"reps": "mange"})
    with pytest.raises(ValueError, match="'sets'"):
        Dosage.from_json({"sets": 0})
    with pytest.raises(ValueError, match="unknown key 'repz'"):
        Dosage.from_json({"repz": 3})
    with pytest.raises(ValueError, match="'per_side'"):
        Dosage.from_json({"per_side": "yes"})


@pytest.mark.parametrize(
    ("low", "high", "language", "expected"),
    [
        (1, 1, "da", "1 gang dagligt"),
        (2, 2, "da", "2 gange dagligt"),
        (2, 3, "da", "2–3 gange dagligt"),
        (1, 1, "en", "once daily"),
        (2, 3, "en", "2–3 times daily"),
    ],
)
def test_daily_frequency(low, high, language, expected):
    assert daily_frequency(low, high, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2–3 gange dagligt", (2, 3)),
        ("1 gang dagligt", (1, 1)),
        ("3 gange om dagen", (3, 3)),
        ("2-3 times daily", (2, 3)),
        ("once daily", (1, 1)),
        ("når du har tid", None),
        ("", None),
        ("2–3 gange om ugen", None),
        ("10 gange dagligt i 3 uger", None),
    ],
)
def test_sessions_per_day(text, expected):
    assert sessions_per_day(text) == expected


@pytest.mark.parametrize(
    ("text", "en", "da"),
    [
        ("2–3 gange dagligt", "2–3 times daily", "2–3 gange dagligt"),
        ("1 gang dagligt", "once daily", "1 gang dagligt"),
        ("2-3 gange om ugen", "2–3 times a week", "2–3 gange om ugen"),
        ("once a week", "once a week", "1 gang om ugen"),
        ("3 times daily", "3 times daily", "3 gange dagligt"),
        ("hver morgen", "hver morgen", "hver morgen"),
    ],
)
def test_translate(text, en, da):
    assert translate(text, "en") == en
    assert translate(text, "da") == da
