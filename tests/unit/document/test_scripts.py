"""Subscript ``~x~`` and superscript ``^x^`` in the section dialect."""

from __future__ import annotations

import pytest

from medicen_desktop.document.markdown import count_chars, count_words, parse, visible_text
from medicen_desktop.document.scripts import SUB, SUP, script_markdown, script_spans
from medicen_desktop.export.markdown import markdown_blocks
from medicen_desktop.export.tree import Paragraph, Run


def _spans(source: str) -> list[tuple[str, str]]:
    children = parse(source)[1].children or []
    return [(children[n].tag, children[n + 1].content) for n, child in enumerate(children)
            if child.type in ("sub_open", "sup_open")]


def test_sub_and_superscripts_are_parsed() -> None:
    assert _spans("H~2~O, CO~2~ and 10^6^ cells, le 1^er^ janvier") == [
        ("sub", "2"), ("sub", "2"), ("sup", "6"), ("sup", "er")]
    assert _spans("m^2\\ ou\\ plus^") == [("sup", "2 ou plus")]
    assert _spans("**H~2~O**") == [("sub", "2")]


@pytest.mark.parametrize("literal", ["~5 kg and ~10 patients", "x^2 + y^2", "a ~~ b", "\\~x\\~ and \\^y\\^",
                                     "`H~2~O` in code", "a ^ b ^ c"])
def test_what_is_not_a_script_stays_literal(literal: str) -> None:
    assert _spans(literal) == []


def test_scripts_are_counted_as_the_funder_sees_them() -> None:
    assert visible_text("H~2~O and 10^6^ cells") == "H2O and 106 cells"
    assert count_words("H~2~O") == 1
    assert count_chars("m^2\\ ou\\ plus^") == len("m2 ou plus")


def test_the_writer_reads_back_as_written() -> None:
    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("~", "\\~").replace("^", "\\^").replace("*", "\\*")

    for text in ("2", "er", "a b", "x~y", "5^3", "*", "a\u00a0b"):
        for kind in (SUB, SUP):
            assert _spans("x" + script_markdown(text, kind, escape)) == [(kind, text)]


def test_export_runs_carry_the_script() -> None:
    [paragraph] = markdown_blocks("**H~2~O** at 10^-3^ M")
    assert isinstance(paragraph, Paragraph)
    assert paragraph.runs == [Run("H", True), Run("2", True, script="sub"), Run("O", True), Run(" at 10"),
                              Run("-3", script="sup"), Run(" M")]


@pytest.mark.parametrize("line", [
    "H~2~O, CO~2~ and 10^6^ cells", "~5 kg and ~10", "x^2 + y^2", "`H~2~O` then H~2~O", "``a ` ~b~ `` c~d~",
    "\\~x~ y~", "m^2\\ ou\\ plus^", "**H~2~O** *1^er^*", "a~\\~b~", "`open ~x~", "\\`a~b~`",
    "| CO~2~ | 10^3^ |",
])
def test_line_scanner_agrees_with_the_parser(line: str) -> None:
    assert [(kind, text) for _s, _e, kind, text in script_spans(line)] == _spans(line)
