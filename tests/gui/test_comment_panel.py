"""The comment panel beside the section editor, driven by keys and clicks; read back from the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.services import comments, parts, proposals


def _sections_page(qtbot, opened: MainWindow, key: str):  # type: ignore[no-untyped-def]
    assert opened.workspace is not None
    opened.workspace.go_to("sections")
    page = opened.workspace.page("sections")
    uuid = next(s.uuid for s in opened.workspace.session.document.sections if s.key == key)
    page.select(uuid)
    qtbot.waitUntil(lambda: page.current == uuid)
    return page


def test_comment_on_the_cursor_paragraph_reply_and_resolve(qtbot, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _sections_page(qtbot, opened, "methodology")
    db, uuid = opened.workspace.session.db, opened.workspace.session.proposal_uuid  # type: ignore[union-attr]
    panel = page.comment_panel
    # the cursor in the second paragraph of the text
    page.editor.setFocus()
    cursor = page.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    page.editor.setTextCursor(cursor)
    panel.text.setFocus()
    qtbot.keyClicks(panel.text, "Citer l'etude pilote")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter comments
    (thread,) = comments.list_comments(db, uuid).threads
    assert (thread.part_key, thread.root.anchor, thread.root.body) == ("section:methodology", "paragraph:2",
                                                                       "Citer l'etude pilote")
    assert panel.text.toPlainText() == ""
    assert "✉1" in page.list.currentItem().text()  # the list marks the open thread
    # reply: select the thread with the keyboard, type, Alt+P
    panel.tree.setFocus()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.keyClicks(panel.text, "Ajoutee au paragraphe 2")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    (thread,) = comments.list_comments(db, uuid).threads
    assert [r.body for r in thread.replies] == ["Ajoutee au paragraphe 2"]
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert comments.list_comments(db, uuid).threads[0].resolved
    assert panel.tree.topLevelItemCount() == 1 and not panel.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    panel.show_resolved.setFocus()
    qtbot.keyClick(panel.show_resolved, Qt.Key.Key_Space)  # shown again, greyed, and can be reopened
    assert panel.show_resolved.isChecked()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert panel.resolve_button.text().replace("&", "") == "Reopen"
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert not comments.list_comments(db, uuid).threads[0].resolved


def test_a_frozen_section_is_read_only_with_a_banner(qtbot, db, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    uuid = opened.workspace.session.proposal_uuid  # type: ignore[union-attr]
    parts.set_part(db, uuid, "section:clinical_need", status="frozen")
    opened.workspace.go_to("sections")  # type: ignore[union-attr]
    page = opened.workspace.page("sections")  # type: ignore[union-attr]
    page._fill_list()
    page = _sections_page(qtbot, opened, "clinical_need")
    assert page.editor.isReadOnly()
    assert page.read_only.isVisible() is not False and "Frozen" in page.read_only.text()
    assert "❄" in page.list.currentItem().text()
    before = next(s.body for s in proposals.get_document(db, uuid).sections if s.key == "clinical_need")
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "mots interdits")
    opened.workspace.session.flush()  # type: ignore[union-attr]
    assert next(s.body for s in proposals.get_document(db, uuid).sections if s.key == "clinical_need") == before
    assert "Frozen" in page.comment_panel.state.text()


def test_a_long_comment_wraps_whole_at_the_panels_width(qtbot, db, opened: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A thread and its reply are as tall as their text wrapped at the panel's width, and follow it when the
    panel narrows: never elided, never one line high."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    uuid = opened.workspace.session.proposal_uuid  # type: ignore[union-attr]
    body = " ".join(["Préciser le protocole d'inclusion et le calendrier des visites du centre associé."] * 6)
    thread = comments.add_comment(db, uuid, "section:methodology", body)
    comments.add_comment(db, uuid, "section:methodology", "Réponse : " + body, reply_to=thread.uuid)
    opened.resize(1366, 768)
    page = _sections_page(qtbot, opened, "methodology")
    tree = page.comment_panel.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1 and tree.isVisible())
    metrics = QFontMetrics(tree.font())

    def fits() -> bool:
        for item in (tree.topLevelItem(0), tree.topLevelItem(0).child(0)):
            rect = tree.visualItemRect(item)
            needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 100_000), int(Qt.TextFlag.TextWordWrap),
                                          item.text(0)).height()
            if rect.height() < needed or rect.height() < 4 * metrics.lineSpacing():
                return False
        return True

    qtbot.waitUntil(fits)
    before = tree.visualItemRect(tree.topLevelItem(0)).height()
    tree.resize(tree.width() * 2 // 3, tree.height())  # narrower: taller rows
    qtbot.waitUntil(lambda: tree.visualItemRect(tree.topLevelItem(0)).height() > before)
    qtbot.waitUntil(fits)
