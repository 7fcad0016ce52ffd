"""Counting words and characters of Markdown as a funder's form would."""

from __future__ import annotations

from medicen_desktop.rules.text_measure import count_chars, count_words, plain_text


def test_markup_is_not_counted() -> None:
    assert plain_text("# Title\n\n**bold** and *it*\n\n- one\n- two") == "Title bold and it one two"
    assert count_words("**bold** and *it*") == 3


def test_tables_count_their_cells_only() -> None:
    table = "| A | B |\n| --- | --- |\n| 1,5 | ≥ 90 % |"
    assert plain_text(table) == "A B 1,5 ≥ 90 %"
    assert count_words(table) == 5  # A, B, 1, 5, 90


def test_french_elisions_and_hyphens_are_one_word() -> None:
    assert count_words("l'imagerie d’un bio-marqueur") == 3


def test_characters_include_single_spaces() -> None:
    assert count_chars("a  b\n\nc") == 5
    assert count_chars("") == 0 and count_words("   ") == 0
