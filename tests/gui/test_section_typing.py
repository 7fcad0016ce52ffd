"""A keystroke in the section editor costs what the edit costs: nothing converted or counted over the
whole section; the autosave converts the blocks changed, the counts follow once the typing pauses, and
what was typed is read before anything could replace it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from medicen_desktop.gui import markdown_cache, rules_bridge
from medicen_desktop.gui.steps import sections
from medicen_desktop.services import proposals


def _page(window):  # type: ignore[no-untyped-def]
    window.workspace.go_to("sections")
    page = window.workspace.page("sections")
    page.list.setCurrentRow(0)
    page.editor.setFocus()
    page.editor.moveCursor(QTextCursor.MoveOperation.End)
    return page


def test_keystrokes_convert_nothing_and_the_autosave_converts_one_block(qtbot, opened, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(opened)
    counted: list[str] = []
    converted: list[int] = []
    real_measure, real_inline = rules_bridge.measure, markdown_cache.inline_markdown
    monkeypatch.setattr(rules_bridge, "measure", lambda md: counted.append(md) or real_measure(md))
    monkeypatch.setattr(markdown_cache, "inline_markdown",
                        lambda block, bold=False: converted.append(block.blockNumber()) or real_inline(block, bold))
    blocks = page.editor.document().blockCount()
    assert blocks > 3
    block = page.editor.textCursor().block().blockNumber()
    QTest.keyClicks(page.editor, "encore")
    assert counted == [] and converted == []  # nothing converted nor counted while typing a word
    QTest.keyClicks(page.editor, " plus")  # the space after a word ends an undo step: the text before it is read
    assert converted == [block]
    opened.session.flush()  # the autosave reads the Markdown: the block typed into is converted, once more
    assert converted == [block, block]
    assert counted == []


def test_the_counts_follow_once_the_typing_pauses(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    page = _page(opened)
    before = page.counter.text()
    QTest.keyClicks(page.editor, " mot1 mot2 mot3")
    assert page.counter.text() == before  # not yet: counted after the pause, on the worker
    words, chars = rules_bridge.measure(page.markdown.markdown())
    qtbot.waitUntil(lambda: page.counter.text().startswith(f"{words} "), timeout=5_000)
    assert f"{chars} " in page.counter.text()


def test_a_count_of_older_text_never_overwrites_the_shown_section(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    page = _page(opened)
    QTest.keyClicks(page.editor, " un deux trois quatre")
    page._count_in_background()  # the pause: a count of section 1 is on its way
    page.list.setCurrentRow(1)  # another section is shown, and counted at once
    shown = page.counter.text()
    qtbot.waitUntil(lambda: page._counting is None, timeout=5_000)
    assert page.counter.text() == shown
    assert shown.startswith(f"{rules_bridge.measure(page.markdown.markdown())[0]} ")


def test_typed_text_is_written_on_step_switch_without_waiting(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    page = _page(opened)
    section = page.current
    QTest.keyClicks(page.editor, " ajoute")
    QTest.keyClick(page.editor, Qt.Key.Key_Return)
    QTest.keyClicks(page.editor, "dernier mot")
    opened.workspace.go_to("project")  # the step switch flushes what was typed
    stored = next(s.body for s in proposals.get_document(db, opened.session.proposal_uuid).sections
                  if s.uuid == section)
    assert stored.endswith(" ajoute\n\ndernier mot")
    assert sections.COUNT_DELAY_MS <= 500


def test_typed_text_is_read_before_another_writer_s_version_is_shown(qtbot, opened, db) -> None:  # type: ignore[no-untyped-def]
    """A change to the shown section from elsewhere (here: another field's undo step reloading the page)
    replaces the editor's text: what was typed and not yet read is read first, and merged when written."""
    page = _page(opened)
    section = page.current
    QTest.keyClicks(page.editor, " tape avant")
    stored = opened.session.entity("sections", section).body
    page._load_body(stored + "\n\nAutre version.")  # as ``refresh`` does for another writer's change
    opened.session.flush()
    body = next(s.body for s in proposals.get_document(db, opened.session.proposal_uuid).sections
                if s.uuid == section)
    assert " tape avant" in body
