"""The section editor never changes what the user wrote: typed characters stay literal, the dossier says
what the editor showed, and paragraphs the user did not touch are stored as they were."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from medicen_desktop.export.markdown import markdown_blocks, markdown_text
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
    page = _section_page(opened)
    section = page.current
    edit.update_fields(db, "sections", section, {"body": body})
    opened.session.reload() if hasattr(opened.session, "reload") else None
    page.show_section(None)
    page.show_section(section)
    assert _body(db, uuid, section) == body  # opening writes nothing
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(page.editor, "Z")
    opened.session.flush()
    assert _body(db, uuid, section) == body + "Z"
    assert markdown_blocks(_body(db, uuid, section)[:-1]) == markdown_blocks(body)
