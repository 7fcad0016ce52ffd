"""Undoing a merge (the last one, or any chosen in the packages list) and showing that list.

``undo_merge`` asks for confirmation, then undoes through the session's
undo stack when the merge is its last step, else through the service
(``merging.undo_merge``: three-way, so what others changed since stays, and
refused while a later merge depends on it). ``show_packages`` opens the
packages and merges list and undoes what the user asks there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from medicen_desktop.errors import Refused
from medicen_desktop.gui.exchange_commands import MergeCommand
from medicen_desktop.gui.exchange_dialogs import ConfirmUndoMerge
from medicen_desktop.services import merging
from medicen_desktop.services.merging import MergeRecord

if TYPE_CHECKING:
    from medicen_desktop.gui.exchange_log_view import PackagesDialog
    from medicen_desktop.gui.session import ProposalSession
    from medicen_desktop.store.database import Database

translate = QCoreApplication.translate
ACTOR = "gui"


class _Host(Protocol):
    @property
    def session(self) -> ProposalSession | None: ...
    @property
    def language(self) -> str: ...


class ExchangeActions(Protocol):
    """What these functions use of ``gui.exchange_actions.ExchangeActions`` (which imports this module)."""

    @property
    def host(self) -> _Host: ...
    @property
    def window(self) -> QWidget: ...
    def show_refusal(self, title: str, exc: BaseException) -> None: ...
    def report(self, message: str) -> None: ...
    def _db(self) -> Database: ...


def undo_merge(actions: ExchangeActions, record: MergeRecord) -> bool:
    """Undo ``record`` in the open proposal after confirmation; True when it was undone."""
    session = actions.host.session
    if session is None:
        return False
    title = translate("Exchange", "Cannot undo the merge")
    if not ConfirmUndoMerge.ask(actions.window, record.partner):
        return False
    session.flush()
    stack = session.undo_stack
    top = stack.command(stack.index() - 1) if stack.index() > 0 else None
    if isinstance(top, MergeCommand) and top.merge_uuid == record.merge_uuid:
        stack.undo()
        if any(m.merge_uuid == record.merge_uuid for m in merging.list_merges(actions._db(), session.proposal_uuid)):
            return False  # refused (the command told the session why)
    else:
        try:
            merging.undo_merge(actions._db(), record.merge_uuid, ACTOR)
        except (Refused, OSError) as exc:  # the service's refusal, shown as one line
            actions.show_refusal(title, exc)
            return False
        # The stack may hold this merge, or steps after it: replaying them now would be based on a proposal
        # they did not see.
        stack.clear()
        session.reload()
    actions.report(translate("Exchange", "Merge of {partner}'s contribution undone").format(partner=record.partner))
    return True


def show_packages(actions: ExchangeActions) -> PackagesDialog | None:
    """The packages and merges list of the open proposal (not modal: it stays open while undoing)."""
    from medicen_desktop.gui import rules_bridge
    from medicen_desktop.gui.exchange_log_view import PackagesDialog
    from medicen_desktop.gui.exchange_names import Names
    from medicen_desktop.services.exchange_log import exchange_log

    session = actions.host.session
    if session is None:
        return None
    db, uuid, language = actions._db(), session.proposal_uuid, actions.host.language
    document = session.document
    template = rules_bridge.template_for(document.proposal.template_key)
    sections = {}
    for section in document.sections:
        spec = rules_bridge.section_spec(template, section.key)
        sections[section.key] = rules_bridge.text(spec, "title", language) if spec is not None else section.key
    dialog = PackagesDialog(exchange_log(db, uuid), Names(document, language), sections, actions.window)

    def undo(record: MergeRecord) -> None:
        if undo_merge(actions, record):
            dialog.set_log(exchange_log(db, uuid))

    dialog.undoRequested.connect(undo)
    dialog.show()
    return dialog
