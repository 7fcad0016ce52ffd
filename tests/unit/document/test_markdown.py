"""The one Markdown dialect: counting words and characters as a funder's form would."""

from __future__ import annotations

from medicen_desktop.document.markdown import count_chars, count_words, visible_text


def test_markup_is_not_counted() -> None:
    assert visible_text("# Title\n\n**bold** and *it*\n\n- one\n- two") == "Title bold and it one two"
    assert count_words("**bold** and *it*") == 3


def test_tables_count_their_cells_only() -> None:
    table = "| A | B |\n| --- | --- |\n| 1,5 | ≥ 90 % |"
    assert visible_text(table) == "A B 1,5 ≥ 90 %"
    assert count_words(table) == 5  # A, B, 1, 5, 90


def test_french_elisions_and_hyphens_are_one_word() -> None:
    assert count_words("l'imagerie d’un bio-marqueur") == 3


def test_characters_include_single_spaces() -> None:
    assert count_chars("a  b\n\nc") == 5
    assert count_chars("") == 0 and count_words("   ") == 0


def test_escapes_the_editor_writes_are_not_counted() -> None:
    # the editor writes [12] as \[12\]: the funder sees 4 characters, not 6
    assert count_chars("see \\[12\\]") == len("see [12]")
    assert count_chars("AT\\&T \\<BRCA1\\> 5 \\* 3") == len("AT&T <BRCA1> 5 * 3")
    assert visible_text("a \\# b \\| c \\~ d \\! e") == "a # b | c ~ d ! e"


def test_literal_stars_and_underscores_stay_visible() -> None:
    assert visible_text("2 * 3 * 4 and snake_case_name") == "2 * 3 * 4 and snake_case_name"
    assert count_words("snake_case_name") == 3


def test_code_and_page_breaks() -> None:
    assert visible_text("```\nx = 1\n```\n\n<!-- pagebreak -->\n\nafter") == "x = 1 after"
    assert visible_text("`a*b`") == "a*b"


def test_the_rules_and_the_exporter_read_the_same_text() -> None:
    from medicen_desktop.export.markdown import markdown_text

    source = "# T\n\n**b** \\[1\\] *i*\n\n- one\n- two\n\n| A | B |\n|---|---|\n| 1 | 2 |"
    exported = " ".join(line.lstrip("• ").replace(" | ", " ") for line in markdown_text(source).split("\n"))
    assert visible_text(source) == exported
