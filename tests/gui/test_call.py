"""Call step: switching calls goes through the rules' retarget, shows its report, and undoes in one step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from medicen_desktop.gui.steps.call import CallPage


def _choose(qtbot, page: CallPage, key: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.template.findData(key) >= 0, timeout=10_000)  # every call, loaded in the background
    page.template.setFocus()
    page.template.setCurrentIndex(page.template.findData(key))
    page.template.activated.emit(page.template.currentIndex())


def test_switching_calls_reports_and_undoes(qtbot, opened):  # type: ignore[no-untyped-def]
    opened.workspace.go_to("call")
    page = opened.workspace.page("call")
    assert isinstance(page, CallPage)
    session = opened.session
    before = session.document
    old_key = before.proposal.template_key
    target = "anr-prce" if old_key != "anr-prce" else "fui-collaborative"
    _choose(qtbot, page, target)
    after = session.document
    assert after.proposal.template_key == target
    assert page.report.isVisibleTo(page)
    text = page.report.text.text()
    assert "Switched from" in text and "Nothing was deleted" in text
    assert "What carried over" in text
    # not a character lost: every old section's text is still there
    assert {s.body for s in before.sections} <= {s.body for s in after.sections}
    # one undo step brings the old call and exactly the old sections back
    QTest.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.document.proposal.template_key == old_key
    assert [(s.uuid, s.key, s.body) for s in session.document.sections] == \
        [(s.uuid, s.key, s.body) for s in before.sections]
    assert not page.report.isVisibleTo(page)
    assert page.template.currentData() == old_key
    session.undo_stack.redo()
    assert session.document.proposal.template_key == target
    assert sorted(s.uuid for s in session.document.sections) == sorted(s.uuid for s in after.sections)
