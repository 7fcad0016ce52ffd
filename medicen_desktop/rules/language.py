"""Text in a language the call does not accept: a section or summary written in French for an English-only call.

The language is detected by lingua (``lingua-language-detector``) on the
visible text (``document.markdown``), among the languages the application
writes (French, English). Short texts (under ``MIN_WORDS`` words) and texts
lingua cannot tell apart are not judged: a finding must be certain.
"""

from __future__ import annotations

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


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    return (LanguageDetectorBuilder.from_languages(Language.FRENCH, Language.ENGLISH)
            .with_minimum_relative_distance(0.2).build())


def detect(text: str) -> str | None:
    """"fr", "en", or None when the text is too short or unclear."""
    # Parse only the first paragraphs: the sample needs SAMPLE_CHARS of visible text, and parsing a
    # whole long section took most of validate's time on the large proposal.
    cut = text.find("\n\n", 2 * SAMPLE_CHARS)
    sample = visible_text(text if cut < 0 else text[:cut])[:SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS:
        return None
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    return "fr" if language.name == "FRENCH" else "en"


def check(document: ProposalDocument, template: FunderTemplate) -> Iterator[Finding]:
    """A finding for the summary and each section written in a language the call does not accept."""
    accepted = template.languages
    wanted_fr = " ou ".join(_NAMES[code][0] for code in accepted)
    wanted_en = " or ".join(_NAMES[code][1] for code in accepted)
    texts = [("summary", "le résumé", "the summary", document.proposal.uuid, document.proposal.summary)]
    for section in document.sections:
        spec = template.section(section.key)
        if spec is not None:
            texts.append(("body", f"« {spec.title_fr} »", f"'{spec.title_en}'", section.uuid, section.body))
    for field, name_fr, name_en, uuid, text in texts:
        found = detect(text)
        if found is not None and found not in accepted:
            yield Finding(
                "error", "text.language-not-accepted",
                {"text": Localized(f"{name_fr[0].upper()}{name_fr[1:]}", f"{name_en[0].upper()}{name_en[1:]}"),
                 "found": Localized(*_NAMES[found]), "wanted": Localized(wanted_fr, wanted_en)},
                uuid, field,
            )
