"""The physiotherapist's second content review (issue 17, docs/content-review-round2.md): the
shipped files say what the review found right. Reads the TOML files as shipped."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

LIBRARY = Path(__file__).resolve().parents[1] / "resources" / "exercises"


def load(slug: str) -> dict:
    folder = LIBRARY / slug
    (path,) = [p for p in folder.glob("*.toml")]
    with path.open("rb") as f:
        return tomllib.load(f)


def all_of(kind: str) -> dict[str, dict]:
    found = {}
    for path in sorted(LIBRARY.glob(f"*/{kind}.toml")):
        with path.open("rb") as f:
            found[path.parent.name] = tomllib.load(f)
    return found


def test_forearm_turns_start_with_the_short_lever_and_progress_down_the_handle():
    # must: holding a hammer at the far end is the long lever (hardest); moving the grip up made it easier
    steps = load("underarm-drej")["steps"]
    for language, start, progress in (
        ("da", "tæt under hovedet", "længere nede"),
        ("en", "just below its head", "further down"),
    ):
        text = " ".join(steps[language])
        assert start in text and progress in text, steps[language]
        assert "nederste ende" not in text and "længere oppe" not in text and "lower end" not in text


def test_slow_wrist_lowering_has_a_danish_title():
    # must: "Langsom sænk af håndleddet" uses the verb "sænk" as a noun
    title = load("haandled-vaegt-ned")["title"]
    assert title == {"da": "Sænk håndleddet langsomt", "en": "Slow wrist lowering"}


def test_a_band_in_a_door_follows_the_band_aid_s_own_door_rule():
    aid = " ".join(load("elastikbaand")["usage"]["da"])
    assert "lukket dør, der åbner væk fra dig" in aid
    in_a_door = {
        slug: data for slug, data in all_of("exercise").items() if any("dør" in step for step in data["steps"]["da"])
    }
    assert len(in_a_door) >= 4
    for slug, data in in_a_door.items():
        da, en = " ".join(data["steps"]["da"]), " ".join(data["steps"]["en"])
        assert "lukket dør, der åbner væk fra dig" in da, slug
        assert "closed door that opens away from you" in en, slug


def test_the_strength_templates_use_the_full_bridge_and_kort_bro_reads_as_a_start_not_a_limit():
    kort_bro = " ".join(load("kort-bro")["steps"]["da"])
    assert "Løft kun lidt" not in kort_bro and "Løft højere" in kort_bro
    assert load("kort-bro")["harder"] == "bro-efter-foedsel"
    assert load("bro-efter-foedsel")["harder"] == "bro-med-march" and load("bro-med-march")["harder"] == "bro-et-ben"
    assert load("bro-efter-foedsel")["title"]["da"] == "Bro"
    for slug in ("skabelon-hofteartrose", "skabelon-forreste-knaesmerter", "skabelon-langvarige-laendesmerter"):
        used = {item["exercise"]: item for item in load(slug)["items"]}
        assert "kort-bro" not in used and used["bro-efter-foedsel"]["sets"] == 3, slug


def test_long_lasting_back_pain_is_not_told_it_usually_goes_away_by_itself():
    template = load("skabelon-langvarige-laendesmerter")
    for advice in template["advice"]:
        assert "går som regel over af sig selv" not in " ".join(load(advice)["body"]["da"]), advice
    assert "langvarige-rygsmerter" in template["advice"]


@pytest.mark.parametrize("slug", ["skabelon-efter-foedslen", "skabelon-loeb-efter-foedsel"])
def test_after_birth_advice_does_not_speak_of_the_baby_as_if_still_pregnant(slug):
    for advice in load(slug)["advice"]:
        body = load(advice)["body"]
        assert "både dig og barnet" not in " ".join(body["da"]) and "you and your baby" not in " ".join(body["en"]), (
            advice
        )


def test_the_hip_arthritis_crutch_note_talks_about_crutches():
    aids = {aid["aid"]: aid for aid in load("skabelon-hofteartrose")["aids"]}
    note = aids["krykker"]["note"]
    assert "stok" not in note["da"].lower() and "krykke" in note["da"].lower()
    assert "stick" not in note["en"].lower() and "crutch" in note["en"].lower()


def test_frozen_shoulder_turns_the_arm_outward_with_the_stiff_arm_only():
    items = {item["exercise"]: item for item in load("skabelon-frossen-skulder")["items"]}
    assert any(slug.startswith("udadrotation") for slug in items)
    for slug in ("vaegkravl", "haandklaede-bag-ryggen"):
        assert not items[slug].get("per_side", False) and "stive arm" in items[slug]["note"]["da"], slug


def test_a_harder_strength_step_starts_with_no_fewer_sets_than_its_easier_step():
    # "hofte-udad-elastik 1 × 10 after hofte-udad-staaende 2 × 12"; "udfald 1 × 8 after udfald-bagud 3 × 8"
    exercises = all_of("exercise")
    fewer = []
    for slug, data in exercises.items():
        easier = data.get("easier")
        if "strength" in data["tags"] and easier:
            sets, easier_sets = data["dosage"].get("sets", 1), exercises[easier]["dosage"].get("sets", 1)
            if sets < easier_sets:
                fewer.append((slug, sets, easier, easier_sets))
    assert not fewer, fewer


def test_dead_bug_finds_the_dead_bug():
    with (LIBRARY / "synonyms.toml").open("rb") as f:
        synonyms = tomllib.load(f)["synonyms"]
    assert synonyms["dead bug"] == ["død bille"]
    for word in ("tennisalbue", "frossen skulder", "akillessene", "ankelforstuvning", "whiplash", "mckenzie"):
        assert word in synonyms, word
