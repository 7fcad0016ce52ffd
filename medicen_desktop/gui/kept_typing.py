"""Typed text never lost at start-up: keys typed while the library still shows, and text the database refused.

- ``EarlyTyping(view)``: while the last proposal is being reopened (a server
  being reached, a file to migrate), the library is on screen; text keys typed
  into its table are kept (not a jump to another line of the library) and
  ``replay``-ed into the proposal's first field once it shows.
- ``keep_on_failure``: the database failed to open after the quick reopen let
  the user type: what was typed is written to a ``store.unsaved`` file, and
  the "cannot open" message says where (or, when no folder takes it, shows the
  text itself to copy).
- ``offer_kept``: when a proposal opens and a file of text kept for it waits,
  ``KeptTyping.ask`` offers to type it in again (merged three-way with what
  changed since, as the autosave merges); the file is removed once it is back.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from medicen_desktop.gui.session import ProposalSession
    from medicen_desktop.store.unsaved import Unsaved

log = logging.getLogger("medicen_desktop")

_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


class EarlyTyping(QObject):
    """Text typed into ``view`` (the library's table) while a proposal is reopening, kept for it."""

    captured = Signal()
    """A key was kept (the window says so in its status bar)."""

    def __init__(self, view: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self._view: QWidget | None = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = cast(QKeyEvent, event)
        if key.modifiers() & _COMMAND_MODIFIERS:
            return False  # a shortcut (Ctrl+O, Ctrl+Q…): the window's
        typed = key.text()
        if typed and typed.isprintable():
            self.text += typed
            self.captured.emit()
            return True
        if key.key() == Qt.Key.Key_Backspace and self.text:
            self.text = self.text[:-1]
            return True
        return False  # arrows, Enter, Tab: the library's own keys

    def stop(self) -> str:
        """Stop keeping keys; the text kept."""
        if self._view is not None:
            self._view.removeEventFilter(self)
            self._view = None
        return self.text

    @staticmethod
    def replay(text: str, widget: QWidget) -> None:
        """Type ``text`` into ``widget`` key by key, as the user did (its editing signals, its autosave)."""
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                code = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
                QCoreApplication.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, char))


def keep_on_failure(location: str, session: ProposalSession | None, last_uuid: str, early_text: str) -> str:
    """Keep what was typed before the database failed to open; the sentence to add to the message ("")."""
    from medicen_desktop.store import unsaved

    fields: list[unsaved.TypedField] = []
    acronym, uuid = "", last_uuid
    if session is not None:
        uuid, acronym = session.proposal_uuid, session.document.proposal.acronym
        fields = [unsaved.TypedField(list_name, entity, field, base, value)
                  for (list_name, entity, field), value, base in session.autosave.unsaved()]
    if not fields and not early_text:
        return ""
    try:
        path = unsaved.keep(location, uuid, acronym, fields, early_text)
    except OSError as exc:
        log.warning("typed text not kept in a file: %s", exc)
        typed = "\n\n".join([str(f.value) for f in fields] + ([early_text] if early_text else []))
        return QCoreApplication.translate(
            "KeptTyping", "What you typed meanwhile could not be saved anywhere; copy it from here before closing "
            "this message:") + "\n\n" + typed
    return QCoreApplication.translate(
        "KeptTyping", "What you typed meanwhile is not lost: it is kept in {path} and offered again when this "
        "proposal next opens.").format(path=path)


class KeptTyping:
    @classmethod
    def ask(cls, parent: QWidget | None, acronym: str, kept_at: dt.datetime, fields: list[str], loose: str) -> bool:
        """Whether to type the kept text into the proposal again now."""
        from PySide6.QtWidgets import QMessageBox

        what = ", ".join(fields) or QCoreApplication.translate("KeptTyping", "text typed before the proposal showed")
        text = QCoreApplication.translate(
            "KeptTyping", "On {when}, text typed in {acronym} could not be saved (the database did not open): "
            "{fields}. Type it in again now? Where someone changed the same text since, both versions are kept for "
            "you to choose.").format(when=kept_at.astimezone().strftime("%d/%m %H:%M"), acronym=acronym, fields=what)
        title = QCoreApplication.translate("KeptTyping", "Text typed earlier, not saved yet")
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        restore = box.addButton(QCoreApplication.translate("KeptTyping", "&Type it in again"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("KeptTyping", "&Later"), QMessageBox.ButtonRole.RejectRole)
        if loose:
            box.setDetailedText(loose)
        box.exec()
        return box.clickedButton() is restore


def offer_kept(parent: QWidget, session: ProposalSession, location: str, language: str) -> str:
    """Offer the text kept for the session's proposal; what the status bar should say ("" when none waits)."""
    from medicen_desktop.gui.exchange_names import Names
    from medicen_desktop.store import unsaved

    said: list[str] = []
    names = Names(session.document, language)
    for kept in unsaved.waiting(location, session.proposal_uuid):
        present = [f for f in kept.fields if _holds(session, f.list_name, f.uuid)]
        labels = [" › ".join(filter(None, (names.entity(f.uuid, ""), names.field(f.field)))) for f in present]
        if not KeptTyping.ask(parent, kept.acronym or session.document.proposal.acronym, kept.kept_at, labels,
                              kept.loose_text):
            said.append(QCoreApplication.translate("KeptTyping", "Text typed earlier stays kept in {path}.").format(
                path=kept.path))
            continue
        _restore(session, kept)
        said.append(QCoreApplication.translate("KeptTyping", "Text typed earlier is back; it is saved in a moment."))
    return " ".join(said)


def _restore(session: ProposalSession, kept: Unsaved) -> None:
    from medicen_desktop.store import unsaved

    for f in kept.fields:
        if _holds(session, f.list_name, f.uuid):
            session.autosave.restore((f.list_name, f.uuid, f.field), f.value, f.base)
    if kept.loose_text:
        QGuiApplication.clipboard().setText(kept.loose_text)
    unsaved.discard(kept)


def _holds(session: ProposalSession, list_name: str, uuid: str) -> bool:
    """Whether the field's entity is still in the proposal (one deleted since: its text cannot go back)."""
    return uuid == session.proposal_uuid if list_name == "proposal" else session.holds(uuid)

