"""Reading back a Word package computes, for unchanged paragraphs, what the writer and the reader make of them;
``reader_form`` does so from the blocks without writing Word XML. It must agree with the real round trip."""

from __future__ import annotations

import random

import pytest

from medicen_desktop.document.sample import make_sample
from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.services.word_packages import _Canonical, reader_form
from tests.large_proposal import make_large

EXTRA = ["**H~2~O** et *1^er^* janvier, m^2\\ ou\\ plus^", "# Titre\n\n## Sous-titre",
         "1. un\n2. deux\n\n- a\n- b", "3. trois\n4. quatre", "- ligne\\\nsuite", "| A | B |\n| --- | ---: |\n| 1 | **2** |",
         "a \\* b \\_ c \\[1\\] <x> & | d", "<!-- pagebreak -->", "Texte\\\navec un saut"]


@pytest.fixture(scope="module")
def canonical() -> _Canonical:
    return _Canonical()


def _corpus() -> list[str]:
    found = list(EXTRA)
    for document in (make_sample(random.Random(3)), make_large(partners=4, work_packages=2, deliverables=4, words=3_000)):
        for section in document.sections:
            found.extend(paragraphs(section.body))
    return found


def test_the_fast_reading_is_the_round_trips(canonical: _Canonical) -> None:
    corpus = _corpus()
    assert len(corpus) > 30
    for paragraph in corpus:
        fast = reader_form(paragraph)
        if fast is not None:
            assert fast == canonical.read(paragraph), paragraph


def test_quotes_and_code_go_the_slow_way() -> None:
    assert reader_form("> cité") is None and reader_form("```\ncode\n```") is None
