"""Normalising text pasted from Word: what python-docx and reportlab cannot take."""

from __future__ import annotations

from medicen_desktop.document.text import PAGE_BREAK, normalise_document, normalise_markdown, normalise_plain


def test_windows_line_endings_become_newlines() -> None:
    assert normalise_plain("a\r\nb\rc") == "a\nb\nc"


def test_vertical_tab_is_a_line_break() -> None:
    assert normalise_plain("ligne 1\x0bligne 2") == "ligne 1\nligne 2"
    assert normalise_markdown("ligne 1\x0bligne 2") == "ligne 1\\\nligne 2"


def test_form_feed_is_a_page_break_in_markdown() -> None:
    assert normalise_markdown("avant\x0capres") == f"avant\n\n{PAGE_BREAK}\n\napres"


def test_other_controls_and_noncharacters_are_dropped() -> None:
    text = "a\x00b\x01c\x08d\x0ee\x1ff\x7fg\x85h\ufffei\uffffj"
    assert normalise_plain(text) == "abcdefghij"


def test_tab_newline_nbsp_and_unicode_are_kept() -> None:
    text = "µ ≤ ± β\u00a0%\tα\nœ « » 😀"
    assert normalise_plain(text) == text


def test_unicode_separators_and_lone_surrogates() -> None:
    assert normalise_plain("a\u2028b\u2029c") == "a\nb\n\nc"
    assert normalise_plain("x\ud800y") == "x\ufffdy"


def test_document_normalisation_covers_every_entity(sample) -> None:  # type: ignore[no-untyped-def]
    dirty = sample.model_copy(deep=True)
    dirty.proposal.title = "Titre\x0bsur deux lignes\x07"
    dirty.work_packages[0].title = "LT1\x00"
    dirty.sections[0].body = "para\r\n\x0cnext"
    clean = normalise_document(dirty)
    assert clean.proposal.title == "Titre\nsur deux lignes"
    assert clean.work_packages[0].title == "LT1"
    assert clean.sections[0].body == f"para\n\n\n{PAGE_BREAK}\n\nnext"
    assert normalise_document(clean) == clean


def test_a_field_left_empty_by_normalisation_is_refused_by_name(sample) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from medicen_desktop.document.errors import InterchangeError

    dirty = sample.model_copy(deep=True)
    dirty.proposal.acronym = "\x1b\x07"
    with pytest.raises(InterchangeError, match="proposal.acronym: String should have at least 1 character once control"):
        normalise_document(dirty)
