"""The section editor never changes what the user wrote: typed characters stay literal, the dossier says
what the editor showed, and paragraphs the user did not touch are stored as they were."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument, QTextFormat
from PySide6.QtTest import QTest

from medicen_desktop.export.markdown import markdown_blocks, markdown_text
from medicen_desktop.gui.markdown_io import load_markdown, to_markdown
from medicen_desktop.services import edit, proposals

LITERALS = ["_pas italique_", "__init__", "> pas une citation", "**pas gras**", "~~pas barré~~",
            "p < 0.05 & <b>x</b>", "AT&amp;T", "1. pas une liste", "# pas un titre", "Résultat\u00a0: « oui\u00a0»"]


def _section_page(window):  # type: ignore[no-untyped-def]
    ws = window.workspace
    ws.go_to("sections")
    page = ws.page("sections")
    page.list.setCurrentRow(0)
    return page


def _body(db, uuid: str, section_uuid: str) -> str:  # type: ignore[no-untyped-def]
    return next(s.body for s in proposals.get_document(db, uuid).sections if s.uuid == section_uuid)


@pytest.mark.parametrize("literal", LITERALS)
def test_typed_markup_characters_reach_the_dossier_as_typed(qtbot, opened, db, literal: str) -> None:  # type: ignore[no-untyped-def]
    page = _section_page(opened)
    uuid, section = opened.session.proposal_uuid, page.current
    page.editor.setFocus()
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(page.editor, Qt.Key.Key_Return)
    page.editor.insertPlainText(literal)
    opened.session.flush()
    stored = _body(db, uuid, section)
    assert markdown_text(stored).split("\n")[-1] == literal, repr(stored[-300:])
    page.show_section(None)
    page.show_section(section)
    assert page.editor.toPlainText().split("\n")[-1] == literal.replace("\u00a0", " ")  # toPlainText shows NBSP as a space


def test_shift_enter_line_break_survives(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    page = _section_page(opened)
    uuid, section = opened.session.proposal_uuid, page.current
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(page.editor, Qt.Key.Key_Return)
    QTest.keyClicks(page.editor, "ligne 1")
    QTest.keyClick(page.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(page.editor, "ligne 2")
    opened.session.flush()
    assert markdown_text(_body(db, uuid, section)).endswith("ligne 1\nligne 2")


def test_one_keystroke_leaves_the_other_paragraphs_as_stored(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    """Tables, lists, bold and italic, NBSP before ':' and '»', hard breaks, 30,000 characters:
    typing one character at the end changes nothing else in the stored text."""
    words = random.Random(7).choices(["IRM", "biomarqueur", "*italique*", "**gras**", "patient", "l'étude"], k=4000)
    paragraphs = [" ".join(words[i:i + 80]) for i in range(0, len(words), 80)]
    body = "\n\n".join([
        *paragraphs[:10],
        "Bénéfices attendus\u00a0:\n\n- détection plus précoce\u00a0;\n- moins d'examens\n\n1. premier\n2. second",
        "| Indicateur | Cible | Échéance |\n| --- | --- | --- |\n| Examens annotés | ≥ 1 200 | M18 |",
        "« Citation\u00a0» et ligne\\\ncoupée",
        *paragraphs[10:],
    ])
    assert len(body) > 30_000
    uuid = opened.session.proposal_uuid
    page, section = _open(opened, db, body)  # opening writes nothing
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(page.editor, "Z")
    opened.session.flush()
    assert _body(db, uuid, section) == body + "Z"
    assert markdown_blocks(_body(db, uuid, section)[:-1]) == markdown_blocks(body)


# -- block quotes and code blocks --------------------------------------------------------------------------------

QUOTE_ONE = "Appel à projets\u00a0:\n\n> Les projets **doivent** associer un *partenaire* clinique.\n\nNous le faisons."
QUOTE_SEVERAL = "> Premier paragraphe cité.\n>\n> Deuxième, avec \\_x\\_ littéral et une ligne\\\n> coupée.\n>\n> - point un\n> - point deux"
NESTED_QUOTES = "> Dehors\n>\n> > Dedans\n>\n> Dehors encore\n\n> Une autre citation, voisine"
FENCED = ("Séquence et commande\u00a0:\n\n```bash\n# aligner\nbwa mem ref.fa \\\n    reads_1.fq  reads_2.fq > out.sam\n\n"
          "\tsamtools sort -o x.bam <b>&amp; _x_ **y**\n\n\n```\n\nFin.")
INDENTED = "Exemple\u00a0:\n\n    ATGCGT  TTAG\n\n      indentation gardée\n    GGCA\n\nSuite."
MIXED = ("**Objectifs**\n\n- un\n- deux\n\n```\nx = 1\n```\n\n```python title\ny = 2\n```\n\n1. premier\n2. second\n\n"
         "> cité\n>\n> ```\n> code cité\n> ```\n\n~~~~\n```\n~~~~\n\n| A | B |\n| --- | --- |\n| 1 | 2 |")


def _round_trip(markdown: str) -> str:
    document = QTextDocument()
    load_markdown(document, markdown)
    return to_markdown(document)


@pytest.mark.parametrize("body", [QUOTE_ONE, QUOTE_SEVERAL, NESTED_QUOTES, FENCED, INDENTED, MIXED],
                         ids=["quote", "quote-paragraphs", "nested-quotes", "fenced", "indented", "mixed"])
def test_quotes_and_code_blocks_are_written_back_as_read(qtbot, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _round_trip(body) == body
    assert markdown_blocks(_round_trip(body)) == markdown_blocks(body)


def test_quotes_and_code_are_shown_as_such(qtbot) -> None:  # type: ignore[no-untyped-def]
    document = QTextDocument()
    load_markdown(document, QUOTE_ONE + "\n\n" + FENCED)
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    quote = next(b for b in blocks if b.text().startswith("Les projets"))
    assert quote.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel) == 1
    assert quote.blockFormat().leftMargin() > 0
    code = [b for b in blocks if b.blockFormat().hasProperty(QTextFormat.Property.BlockCodeLanguage)]
    assert [b.text() for b in code] == ["# aligner", "bwa mem ref.fa \\", "    reads_1.fq  reads_2.fq > out.sam", "",
                                        "\tsamtools sort -o x.bam <b>&amp; _x_ **y**", "", ""]
    assert all(b.charFormat().fontFixedPitch() for b in code if b.text())
    plain = next(b for b in blocks if b.text() == "Fin.")
    assert not plain.blockFormat().hasProperty(QTextFormat.Property.BlockCodeLanguage)
    assert plain.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel) == 0


def _open(opened, db, body: str):  # type: ignore[no-untyped-def]
    page = _section_page(opened)
    section = page.current
    edit.update_fields(db, "sections", section, {"body": body})
    opened.session.reload()
    page.show_section(None)
    page.show_section(section)
    assert _body(db, opened.session.proposal_uuid, section) == body  # opening writes nothing
    return page, section


def _go_to_block(page, text: str) -> None:  # type: ignore[no-untyped-def]
    """Put the editor's cursor at the end of the block whose text starts with ``text``."""
    page.editor.setFocus()
    block = page.editor.document().begin()
    while not block.text().startswith(text):
        block = block.next()
        assert block.isValid(), text
    cursor = page.editor.textCursor()
    cursor.setPosition(block.position() + block.length() - 1)
    page.editor.setTextCursor(cursor)


def test_typing_in_another_paragraph_keeps_quotes_and_code(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    body = f"{QUOTE_SEVERAL}\n\nParagraphe à compléter\n\n{FENCED}\n\n{NESTED_QUOTES}\n\n{INDENTED}"
    page, section = _open(opened, db, body)
    _go_to_block(page, "Paragraphe à compléter")
    QTest.keyClicks(page.editor, " et complete")  # keyClicks: ASCII only
    opened.session.flush()
    assert _body(db, opened.session.proposal_uuid, section) == body.replace(
        "Paragraphe à compléter", "Paragraphe à compléter et complete")


def test_typing_inside_a_quote_or_a_code_block_stays_inside(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    body = f"{QUOTE_ONE}\n\n```\nligne 1\n  ligne 2\n```\n\nFin."
    page, section = _open(opened, db, body)
    _go_to_block(page, "Les projets")
    QTest.keyClick(page.editor, Qt.Key.Key_Return)
    QTest.keyClicks(page.editor, "> pas une citation de plus")
    _go_to_block(page, "  ligne 2")
    QTest.keyClick(page.editor, Qt.Key.Key_Return)
    QTest.keyClicks(page.editor, "    ligne 3  *x*")
    opened.session.flush()
    assert _body(db, opened.session.proposal_uuid, section) == body.replace(
        "clinique.", "clinique.\n>\n> \\> pas une citation de plus").replace("  ligne 2", "  ligne 2\n    ligne 3  *x*")


# Documents made of paragraphs, lists, block quotes and code blocks, written the way to_markdown writes them.
_WORDS = st.sampled_from(["IRM", "patient", "l'étude", "**gras**", "*italique*", "\\_x\\_", "a\\>b", "\\&", "\u00a0:", "3.5"])
_CODE_LINE = st.text(st.sampled_from(list("ab  \t`~>#*_-&<\\1.")), max_size=12).map(str.rstrip)
_paragraphs = st.lists(_WORDS, min_size=1, max_size=6).map(" ".join).filter(lambda t: not t.startswith(("&", "3.5")))
_lists = st.lists(_paragraphs, min_size=1, max_size=3).map(lambda items: "\n".join("- " + i for i in items))
_fenced = st.tuples(st.sampled_from(["", "python", "sh x"]), st.lists(_CODE_LINE, min_size=1, max_size=4).filter(any)).map(
    lambda t: "\n".join(["```" + t[0], *(line.replace("```", "``") for line in t[1]), "```"]))
_indented = st.lists(_CODE_LINE, min_size=1, max_size=4).filter(lambda ls: ls[0].strip() and ls[-1].strip()).map(
    lambda lines: "\n".join("    " + line if line else "" for line in lines))


def _quote(blocks: list[str]) -> str:
    return "\n>\n".join("\n".join("> " + line if line else ">" for line in b.split("\n")) for b in blocks)


_quotes = st.lists(st.one_of(_paragraphs, _lists, _fenced), min_size=1, max_size=3).filter(
    lambda blocks: not any(a.startswith("- ") and b.startswith("- ") for a, b in itertools.pairwise(blocks))).map(_quote)


@st.composite
def _documents(draw: st.DrawFn) -> str:
    blocks: list[str] = []
    for kind in draw(st.lists(st.sampled_from(["p", "list", "quote", "fenced", "indented"]), min_size=1, max_size=6)):
        if kind in ("indented", "list") and blocks and blocks[-1].startswith("- "):
            kind = "fenced"  # after a list, four spaces or a bullet continue the list
        blocks.append(draw({"p": _paragraphs, "list": _lists, "quote": _quotes, "fenced": _fenced, "indented": _indented}[kind]))
    return "\n\n".join(blocks)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=_documents())
def test_round_trip_of_generated_documents(qtbot, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _round_trip(body) == body
