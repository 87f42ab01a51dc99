"""Wording hints: fear-inducing or restrictive phrases in Danish patient texts.

Modern guidance for pregnancy-related pelvic girdle pain says that movement is not dangerous
and that needless restrictions ("avoid asymmetric movements", "walk with small steps") make
people afraid to move and keep the pain going. ``find_wording_issues`` points out such phrases
in a text and offers a kinder way to say it. It is a hint for the writer, not a ban: the
therapist decides.

Matching is case-insensitive and word-boundary aware ("skån" does not match "skånsom").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["WordingRule", "WordingHint", "RULES", "find_wording_issues"]


@dataclass(frozen=True)
class WordingRule:
    """A phrase to reconsider, how it is matched, and a kinder suggestion."""

    phrase: str
    """The phrase as a writer would recognise it."""
    suggestion: str
    """A kinder way to say it (Danish)."""
    reason: str = ""
    """Why the phrase is a problem (English, for the writer)."""
    pattern: str = ""
    """Regular expression for the phrase and its inflections; empty means the phrase itself."""

    def regex(self) -> re.Pattern[str]:
        body = self.pattern or re.escape(self.phrase).replace(r"\ ", r"\s+")
        return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class WordingHint:
    """One place in a text where a phrase could be said more kindly."""

    phrase: str
    """The rule's phrase (its canonical form)."""
    found: str
    """The text as it stands at that place."""
    start: int
    """Index of the first character in the text."""
    end: int
    """Index just after the last character."""
    suggestion: str


RULES: tuple[WordingRule, ...] = (
    WordingRule(
        "bækkenløsning",
        "bækkensmerter (graviditetsrelaterede bækkensmerter)",
        "The old name suggests a loose pelvis and frightens people; keep it as a search word only.",
        r"bækkenløsning(?:en|er|erne)?",
    ),
    WordingRule(
        "løse led",
        "ømme led – bækkenet er stærkt og stabilt",
        "Women with pelvic pain do not have looser joints; the image breeds fear of movement.",
        r"løse\s+led(?:dene)?|løst\s+bækken|løse\s+bækken(?:led)?",
    ),
    WordingRule(
        "du må ikke",
        "det er en god idé at …",
        "A ban; say what helps instead.",
        r"du\s+må\s+ikke|man\s+må\s+ikke",
    ),
    WordingRule(
        "undgå asymmetriske bevægelser",
        "bevæg dig, som det føles godt – også med ét ben ad gangen",
        "Asymmetric everyday movements are safe; the restriction creates odd movement patterns.",
        r"undgå\s+asymmetriske\s+(?:bevægelser|stillinger)",
    ),
    WordingRule(
        "asymmetriske bevægelser",
        "bevægelser med ét ben ad gangen",
        "Often part of a restriction; asymmetric movement is not harmful.",
    ),
    WordingRule(
        "små skridt",
        "dine normale skridt",
        "A normal stride is safe; small steps keep a stiff, guarded gait.",
        r"(?:små|korte)\s+skridt",
    ),
    WordingRule(
        "undgå trapper",
        "gå gerne på trapper i dit eget tempo",
        "Stairs are safe; use the rail and your own pace.",
        r"undgå\s+(?:at\s+gå\s+på\s+)?trapper(?:ne)?",
    ),
    WordingRule(
        "skån",
        "bevæg dig i et tempo, der føles godt",
        "Protecting the pelvis implies it is fragile.",
        r"skån(?:e|er|es|et)?",
    ),
    WordingRule(
        "pas på ikke at",
        "prøv at …",
        "Warns instead of guiding; say what to do.",
        r"pas\s+på\s+(?:med\s+)?ikke\s+at",
    ),
    WordingRule(
        "farligt",
        "det er trygt at …",
        "Movement is not dangerous; even a denial ('ikke farligt') plants the idea.",
        r"farlig(?:t|e)?",
    ),
    WordingRule(
        "skævt bækken",
        "smerter i bækkenet",
        "The pelvis does not go crooked from moving; the image breeds fear.",
        r"skæv(?:t|e)?\s+bækken(?:et)?|bækkenet\s+(?:bliver|er|går)\s+skævt",
    ),
    WordingRule(
        "falde fra hinanden",
        "bækkenet er stærkt",
        "A frightening image of the pelvis.",
    ),
    WordingRule(
        "hold knæene samlet",
        "bevæg benene, som det føles naturligt",
        "Legs apart or crossed is safe.",
        r"hold\s+(?:knæene|benene)\s+samle(?:t|de)|(?:knæene|benene)\s+skal\s+være\s+samlet",
    ),
    WordingRule(
        "bid smerten i dig",
        "det må gerne mærkes, men det skal ikke gøre mere ondt bagefter",
        "Pushing through strong pain is not the aim; let pain guide the dose.",
        r"bid\s+smerten?\s+i\s+dig|bide\s+smerten?\s+i\s+sig",
    ),
    WordingRule(
        "forbudt",
        "vent lidt med det, og prøv igen senere",
        "A ban; say what to do instead.",
        r"forbudt(?:e)?",
    ),
    WordingRule(
        "hvil mest muligt",
        "veksl mellem bevægelse og korte pauser",
        "Bed rest is not a treatment; variation helps.",
        r"hvil\s+(?:dig\s+)?mest\s+muligt|(?:hold|hav)\s+sengeleje|sengeleje",
    ),
)

_COMPILED: tuple[tuple[WordingRule, re.Pattern[str]], ...] = tuple((r, r.regex()) for r in RULES)


def find_wording_issues(text: str) -> list[WordingHint]:
    """Places in ``text`` where a phrase could be said more kindly, in text order.

    Overlapping matches are reported once: the longest match at a place wins, so "undgå
    asymmetriske bevægelser" is one hint, not two.
    """
    if not text:
        return []
    found: list[WordingHint] = []
    for rule, regex in _COMPILED:
        for match in regex.finditer(text):
            found.append(WordingHint(rule.phrase, match.group(0), match.start(), match.end(), rule.suggestion))
    found.sort(key=lambda h: (h.start, -(h.end - h.start)))
    result: list[WordingHint] = []
    for hint in found:
        if result and hint.start < result[-1].end:
            continue  # inside a longer hint already reported
        result.append(hint)
    return result
