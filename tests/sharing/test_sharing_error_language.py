"""A refused bundle or library folder is worded in Danish for the window (error.text("da")) and
in the same English as before for the command line (str(error)): the errors come from the real
readers (safety, bundle, folder, synonyms), raised by a bad bundle or folder built here."""

from __future__ import annotations

import string
import tomllib
from pathlib import Path

import pytest
import tomli_w
from sharing_helpers import folder_entries, png_header_only, write_zip

from exercise_builder.domain.messages import MESSAGES, word
from exercise_builder.library import LibraryError, read_library, safety
from exercise_builder.services.sharing_import import preview_import

SVG_HEAD = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'


def _with_image(entries: dict[str, bytes], name: str, data: bytes) -> None:
    toml = tomllib.loads(entries["muslingen/exercise.toml"].decode())
    toml["images"] = [{"file": name, "author": "X", "licence": "CC0-1.0"}]
    entries["muslingen/exercise.toml"] = tomli_w.dumps(toml).encode()
    entries[f"muslingen/{name}"] = data


def _english_phrases(key: str) -> list[str]:
    """The English sentence's own words (between its placeholders), where they are whole phrases."""
    english = MESSAGES[key][1]
    return [text.strip() for text, *_ in string.Formatter().parse(english) if len(text.strip()) > 12]


# (how the bundle is spoiled, the English sentence the CLI printed before and prints now, the Danish one)
CASES = {
    "path outside (safety)": (
        lambda e: e.update({"../evil.txt": b"x"}),
        "The bundle entry ../evil.txt points outside the bundle ('..'), which is not allowed.",
        "Filen ../evil.txt i biblioteket peger ud af biblioteket ('..'), og det tager programmet ikke imod.",
    ),
    "svg script (safety, a key from a table)": (
        lambda e: _with_image(e, "figure.svg", SVG_HEAD + b"<script>alert(1)</script></svg>"),
        "The SVG muslingen/figure.svg contains a script (<script>), which is not allowed.",
        "SVG-filen muslingen/figure.svg indeholder et script (<script>), og det tager programmet ikke imod.",
    ),
    "large png (safety, numbers)": (
        lambda e: _with_image(e, "figure.png", png_header_only(7000, 7000)),
        "The PNG image muslingen/figure.png is 7,000 × 7,000 pixels; at most 4,194,304 pixels (2,048 × 2,048) "
        "are allowed, as every handout decodes it whole; save it smaller or as JPEG.",
        "PNG-billedet muslingen/figure.png er 7.000 × 7.000 pixels; det må højst have 4.194.304 pixels "
        "(2.048 × 2.048), fordi hvert program læser hele billedet, når det skrives ud; gem det mindre eller som JPEG.",
    ),
    "nested folder (bundle)": (
        lambda e: e.update({"muslingen/sub/figure.svg": b"<svg/>"}),
        "The entry muslingen/sub/figure.svg is in a nested folder; an item folder holds only files.",
        "Filen muslingen/sub/figure.svg ligger i en mappe inde i en elementmappe; en elementmappe må kun have filer.",
    ),
    "no item file (bundle)": (
        lambda e: e.update({"tom/README.txt": b"x"}),
        "tom: an item folder must hold exactly one of exercise.toml, aid.toml, advice.toml or "
        "template.toml (found none).",
        "tom: en elementmappe skal have præcis én af filerne exercise.toml, aid.toml, advice.toml eller "
        "template.toml (her er ingen af dem).",
    ),
    "toml not utf-8 (folder)": (
        lambda e: e.update({"muslingen/exercise.toml": 'title = "Bækken"'.encode("latin-1")}),
        "muslingen/exercise.toml is not UTF-8 text.",
        "muslingen/exercise.toml er ikke tekst i UTF-8.",
    ),
    "synonyms not a list (synonyms)": (
        lambda e: e.update({"synonyms.toml": tomli_w.dumps({"synonyms": {"ryg": 7}}).encode()}),
        "synonyms.toml: the field 'synonyms.ryg' must be a list of 1 to 20 words or phrases.",
        "synonyms.toml: feltet 'synonyms.ryg' skal være en liste med 1 til 20 ord eller udtryk.",
    ),
}


@pytest.fixture
def entries(mini_library: Path) -> dict[str, bytes]:
    found = folder_entries(mini_library)
    meta = tomllib.loads(found["library.toml"].decode())
    found["library.toml"] = tomli_w.dumps({**meta, "id": "0c0ffee0-0000-4000-8000-000000000002"}).encode()
    return found


@pytest.mark.parametrize("case", list(CASES))
def test_a_refused_bundle_is_worded_in_danish_and_in_the_same_english(case, store, entries, tmp_path):
    spoil, english, danish = CASES[case]
    spoil(entries)
    with pytest.raises(LibraryError) as refused:
        preview_import(store, write_zip(tmp_path / "dårlig.eblib", entries))
    error = refused.value
    assert str(error) == english
    assert error.text("en") == english
    assert error.text("da") == danish
    assert [phrase for phrase in _english_phrases(error.key) if phrase in error.text("da")] == []


def test_a_library_folder_is_refused_in_danish(mini_library):
    path = mini_library / "muslingen" / "exercise.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('slug = "muslingen"', 'slug = "andet"'), encoding="utf-8")
    with pytest.raises(LibraryError) as refused:
        read_library(mini_library)
    assert str(refused.value) == "muslingen/exercise.toml: the field 'slug' is 'andet' but the folder is 'muslingen'."
    assert refused.value.text("da") == (
        "muslingen/exercise.toml: feltet 'slug' er 'andet', men mappen hedder 'muslingen'; de skal være ens."
    )


def test_a_file_that_is_no_bundle_is_refused_in_danish(store, tmp_path):
    bundle = tmp_path / "noter.eblib"
    bundle.write_bytes(b"this is not a zip")
    with pytest.raises(LibraryError) as refused:
        preview_import(store, bundle)
    assert str(refused.value) == "noter.eblib is not a valid .eblib bundle (not a zip file)."
    assert refused.value.text("da") == "noter.eblib er ikke et gyldigt .eblib-bibliotek (det er ikke en zip-fil)."


def test_sizes_read_the_danish_way_in_danish_and_as_before_in_english():
    with pytest.raises(LibraryError) as refused:
        safety.check_totals(20_001, 2_254_857_830)  # 2.1 GB
    # the count is checked first
    assert str(refused.value) == "The bundle holds 20,001 entries; at most 20,000 are allowed."
    assert refused.value.text("da") == "Biblioteket har 20.001 filer; der må højst være 20.000."
    with pytest.raises(LibraryError) as refused:
        safety.check_totals(3, 2_254_857_830)
    assert str(refused.value) == "The bundle would unpack to 2.1 GB; at most 2 GB is allowed."
    assert refused.value.text("da") == "Biblioteket fylder 2,1 GB, når det pakkes ud; det må højst fylde 2 GB."


def test_only_numbers_get_danish_separators_and_text_values_stay_escaped():
    """A name holding commas and dots is text: it keeps them; a control character is escaped."""
    sentence = word("bundle.entry-too-large", "da", entry="a,b.1\x1b.png", size=1234.56, limit=25.0)
    assert sentence == "Filen a,b.1\\x1b.png i biblioteket fylder 1234,6 MB; sådan en fil må højst fylde 25 MB."
    english = word("bundle.entry-too-large", "en", entry="a,b.1\x1b.png", size=1234.56, limit=25.0)
    assert english == "The bundle entry a,b.1\\x1b.png is 1234.6 MB; at most 25 MB is allowed for such a file."
    assert word("bundle.entry-twice", "da", entry=True) == "Biblioteket har filen True to gange."
