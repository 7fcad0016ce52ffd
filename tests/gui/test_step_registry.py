"""The step registry drives the navigator, the Proposal menu's shortcuts and the last step remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt

from medicen_desktop.gui import settings as keys
from medicen_desktop.rules.steps import REGISTRY, STEPS


def test_navigator_and_menu_follow_the_registry(qtbot, opened):
    navigator = opened.workspace.navigator.list
    assert navigator.count() == len(REGISTRY)
    assert [navigator.item(row).text() for row in range(navigator.count())][:2] == ["Call", "Project"]
    shortcuts = {a.text(): a.shortcut().toString() for a in opened.step_actions}
    assert shortcuts == {step.label: step.shortcut for step in REGISTRY}
    assert len(set(shortcuts.values())) == len(REGISTRY), "no two steps share a shortcut"


def test_the_last_step_is_remembered_by_key(qtbot, opened, settings):
    qtbot.keyClick(opened, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert opened.workspace.current_step() == "budget"
    assert settings.get(keys.LAST_STEP) == "budget"
    assert STEPS.index("budget") == 5
