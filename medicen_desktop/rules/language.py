"""Text in a language the call does not accept: a section or summary written in French for an English-only call.

The language is detected by lingua (``lingua-language-detector``) on the
visible text (``document.markdown``), among the languages the application
writes (French, English). Short texts (under ``MIN_WORDS`` words) and texts
lingua cannot tell apart are not judged: a finding must be certain.

Lingua's models cost a command about 11 MB and 25 ms to load, for texts
that are nearly always in the language the call asks for. So a call that
accepts both languages is not checked at all (no finding is possible), and
a text whose function words ("the", "with"; "les", "avec") are plainly
those of an accepted language is taken as such without lingua
(``plainly``). Lingua still judges every other text, and only lingua's
verdict ever makes a finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from medicen_desktop.document.markdown import visible_text
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.messages import Localized
from medicen_desktop.rules.template_model import FunderTemplate

if TYPE_CHECKING:
    from lingua import LanguageDetector

MIN_WORDS = 12
SAMPLE_CHARS = 2_000
"""Characters of each text read: the language of a long section shows in its first paragraphs."""
_NAMES = {"fr": ("français", "French"), "en": ("anglais", "English")}
_FUNCTION_WORDS = {
    "en": frozenset("the and of to in is are with for this that we will be by which from at its it has have our "
                    "their these was were been not".split()),
    "fr": frozenset("le la les de des du un une et est sont en pour dans avec sur qui que nous ce cette ces au aux "
                    "leur leurs pas été être".split()),
}
"""Words frequent in one language. The English ones are never French words ("on", "a", "an", "or", "as" are left
out), so a French text never counts as plainly English; French names in an English text ("Institut de la Vision")
only add French words, which sends the text to lingua, never past it."""
PLAIN_MIN = 8
"""Function words of one language a sample needs to be plainly in it..."""
PLAIN_RATIO = 4
"""... and how many times more of them than of the other's."""
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    return (LanguageDetectorBuilder.from_languages(Language.FRENCH, Language.ENGLISH)
            .with_minimum_relative_distance(0.2).build())


def _sample(text: str) -> str | None:
    """The visible text judged (its first ``SAMPLE_CHARS``), or None when it is too short to judge."""
    # Parse only the first paragraphs: the sample needs SAMPLE_CHARS of visible text, and parsing a
    # whole long section took most of validate's time on the large proposal.
    cut = text.find("\n\n", 2 * SAMPLE_CHARS)
    sample = visible_text(text if cut < 0 else text[:cut])[:SAMPLE_CHARS]
    return sample if len(sample.split()) >= MIN_WORDS else None


def plainly(sample: str) -> str | None:
    """"fr" or "en" when ``sample``'s function words are plainly of that language, else None (lingua decides)."""
    words = _WORD.findall(sample.casefold())
    counts = {code: sum(word in vocabulary for word in words) for code, vocabulary in _FUNCTION_WORDS.items()}
    for code, other in (("en", "fr"), ("fr", "en")):
        if counts[code] >= PLAIN_MIN and counts[other] * PLAIN_RATIO <= counts[code]:
            return code
    return None


def detect(text: str) -> str | None:
    """"fr", "en", or None when the text is too short or unclear (lingua's verdict)."""
    sample = _sample(text)
    return None if sample is None else _lingua(sample)


def _lingua(sample: str) -> str | None:
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    return "fr" if language.name == "FRENCH" else "en"


def check(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    """A finding for the summary and each section written in a language the call does not accept."""
    accepted = template.languages
    if set(_NAMES) <= set(accepted):
        return  # every language the detector can name is accepted: no finding is possible
    wanted_fr = " ou ".join(_NAMES[code][0] for code in accepted)
    wanted_en = " or ".join(_NAMES[code][1] for code in accepted)
    texts = [("summary", "le résumé", "the summary", document.proposal.uuid, document.proposal.summary)]
    for section in document.sections:
        spec = template.section(section.key)
        if spec is not None:
            texts.append(("body", f"« {spec.title_fr} »", f"'{spec.title_en}'", section.uuid, section.body))
    for field, name_fr, name_en, uuid, text in texts:
        sample = _sample(text)
        plain = None if sample is None else plainly(sample)
        if sample is None or (plain is not None and plain in accepted):
            continue
        found = _lingua(sample)
        if found is not None and found not in accepted:
            yield Finding(
                "error", "text.language-not-accepted",
                {"text": Localized(f"{name_fr[0].upper()}{name_fr[1:]}", f"{name_en[0].upper()}{name_en[1:]}"),
                 "found": Localized(*_NAMES[found]), "wanted": Localized(wanted_fr, wanted_en)},
                uuid, field,
            )
