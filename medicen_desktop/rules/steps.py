"""The guided navigator's steps: the one registry every part of the app reads.

Kept import-free (the window's menus need it before the rules load) and
Qt-free (the rules map findings to steps). A step is its key, its label (the
English source text, with its mnemonic; the GUI translates it in the
"Steps" context), the module and class of its editor under
``medicen_desktop/gui/steps/``, the entity lists its editor edits (where a
finding on such an entity leads) and its keyboard shortcut.

To add a step: one ``Step`` here, in navigator order, and its page module.
"""

from __future__ import annotations

from typing import NamedTuple


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` (read by lupdate; translated by the GUI)."""
    return text


class Step(NamedTuple):
    key: str
    label: str
    page: str
    """``module:Class`` of the editor, under ``medicen_desktop.gui.steps``."""
    entity_lists: tuple[str, ...] = ()
    shortcut: str = ""


REGISTRY: tuple[Step, ...] = (
    Step("call", QT_TRANSLATE_NOOP("Steps", "&Call"), "call:CallPage", (), "Ctrl+1"),
    Step("project", QT_TRANSLATE_NOOP("Steps", "&Project"), "project:ProjectPage", (), "Ctrl+2"),
    Step("consortium", QT_TRANSLATE_NOOP("Steps", "C&onsortium"), "consortium:ConsortiumPage",
         ("organisations", "participations", "team_members"), "Ctrl+3"),
    Step("sections", QT_TRANSLATE_NOOP("Steps", "&Sections"), "sections:SectionsPage", ("sections",), "Ctrl+4"),
    Step("workplan", QT_TRANSLATE_NOOP("Steps", "&Work plan"), "workplan:WorkPlanPage",
         ("work_packages", "tasks", "deliverables", "milestones", "efforts"), "Ctrl+5"),
    Step("budget", QT_TRANSLATE_NOOP("Steps", "&Budget"), "budget:BudgetPage", ("budget_lines", "staff_rates"), "Ctrl+6"),
    Step("risks", QT_TRANSLATE_NOOP("Steps", "&Risks"), "risks:RisksPage", ("risks",), "Ctrl+7"),
    Step("annexes", QT_TRANSLATE_NOOP("Steps", "&Annexes"), "annexes:AnnexesPage", ("attachments",), "Ctrl+8"),
    Step("review", QT_TRANSLATE_NOOP("Steps", "Re&view"), "review:ReviewPage", (), "Ctrl+9"),
    Step("export", QT_TRANSLATE_NOOP("Steps", "&Export"), "export:ExportPage", (), "Ctrl+0"),
)

STEPS: tuple[str, ...] = tuple(step.key for step in REGISTRY)
"""The navigator's steps, in the order a call needs them."""

STEP: dict[str, Step] = {step.key: step for step in REGISTRY}

LIST_STEP: dict[str, str] = {name: step.key for step in REGISTRY for name in step.entity_lists}
"""Which step edits each entity list."""
