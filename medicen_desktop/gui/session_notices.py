"""What the main window tells the user about the open proposal's writes: kept-both paragraphs,
unsaved typing, and where an undo or redo landed. Messages only; the window shows them.

Each text is a literal in ``QCoreApplication.translate("MainWindow", …)``: lupdate finds no string passed
through a helper, and such strings stayed English in the French UI."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import QWidget

from medicen_desktop.gui.step_names import step_label

if TYPE_CHECKING:
    from medicen_desktop.gui.session import ProposalSession
    from medicen_desktop.gui.workspace import Workspace


def kept_both(session: ProposalSession, language: str, list_name: str, uuid: str, paragraphs: int) -> str:
    """Autosave kept two versions of a paragraph: which text, and that the user must pick one."""
    from medicen_desktop.gui.exchange_assign import section_titles

    entity = session.entity(list_name, uuid)
    titles = dict(section_titles(session.document, language)) if list_name == "sections" else {}
    name = titles.get(getattr(entity, "key", "")) or getattr(entity, "title", "") or list_name
    return QCoreApplication.translate(
        "MainWindow", "“{name}” was also changed meanwhile (a merge or another window) in {count} paragraph(s) you "
        "were editing: both versions are kept, yours first. Keep the one you want and delete the other.").format(
        name=name, count=paragraphs)


def may_lose_typing(parent: QWidget, session: ProposalSession) -> bool:
    """After a last flush, True if nothing typed is unsaved or the user accepts to lose it."""
    session.flush()
    if not session.saving:
        return True
    from medicen_desktop.gui.dialogs import Confirm

    return Confirm.ask(parent, QCoreApplication.translate("MainWindow", "Not saved"), QCoreApplication.translate(
        "MainWindow", "What you typed last could not be saved: {reason}\n\nClose anyway and lose it? "
        "(Cancel, fix the cause, and it is saved again within seconds.)").format(reason=session.save_error),
        QCoreApplication.translate("MainWindow", "Close and lose it"))


def undo_or_redo(group: QUndoGroup, session: ProposalSession | None, workspace: Workspace | None,
                 redo: bool = False) -> str | None:
    """Undo (or redo) the active stack's step, after writing what is typed; then show what it changed.

    An undo never changes another step out of sight: the step it landed in is
    shown with the field selected, and the returned line (None: nothing to
    say) names it for the status bar.
    """
    if session is not None:
        session.flush()
    stack = group.activeStack()
    if redo:
        group.redo()
    else:
        group.undo()
    if stack is None or workspace is None:
        return None
    command = stack.command(stack.index() - 1 if redo else stack.index())
    target = getattr(command, "target", None)
    if target is None:
        return None
    step = workspace.reveal(*target)
    if step is None:
        return None
    line = (QCoreApplication.translate("MainWindow", "Redone in {step}: {what}") if redo
            else QCoreApplication.translate("MainWindow", "Undone in {step}: {what}"))
    return line.format(step=step_label(step).replace("&", ""), what=command.text())
