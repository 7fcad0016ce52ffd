"""Assign parts to partners: the dialog, and the undoable command that saves it.

For each partner the coordinator checks the sections and work packages it
may edit in its package; its own data (organisation, team, budget lines,
effort, attachments) is always its own. ``AssignmentDialog.ask`` returns
every partner's new assignment; ``AssignCommand`` writes the changed ones
through ``services.assignment.set_assignment`` and undoes them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from medicen_desktop.exchange.assignment import default_assignments
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.gui import rules_bridge, style
from medicen_desktop.gui.forms.ui_assignment_dialog import Ui_AssignmentDialog
from medicen_desktop.services import assignment
from medicen_desktop.services.assignment import PartnerAssignment
from medicen_desktop.store.database import Database

ACTOR = "gui"


class AssignmentDialog(QDialog, Ui_AssignmentDialog):
    """Partners on the left; the chosen partner's sections and work packages, checkable, on the right
    (layout: ``ui/assignment_dialog.ui``)."""

    def __init__(self, document: ProposalDocument, assignments: Sequence[PartnerAssignment],
                 parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.setupUi(self)
        style.style_tree(self)  # the form's headings are picked by their role
        self._document = document
        self._chosen = {a.participation_uuid: (set(a.section_keys), set(a.wp_numbers)) for a in assignments}
        self._names = {a.participation_uuid: a.partner for a in assignments}
        self._current: str | None = None
        for key, title in section_titles(document, language):
            self._add_check(self.sections, title, key)
        for wp in sorted(document.work_packages, key=lambda w: w.number):
            self._add_check(self.work_packages, self.tr("WP{number} {title}").format(number=wp.number, title=wp.title),
                            wp.number)
        legal = legal_names(document)
        for a in assignments:
            item = QListWidgetItem(a.partner)
            item.setData(Qt.ItemDataRole.UserRole, a.participation_uuid)
            item.setToolTip(legal.get(a.participation_uuid, a.partner))
            self.partners.addItem(item)
        self._count_all()
        self.partners.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.sections.itemChanged.connect(lambda _item: self._store())
        self.work_packages.itemChanged.connect(lambda _item: self._store())
        self.defaults_button = self.buttons.addButton(self.tr("Use &defaults (sections assigned, work packages led)"),
                                                      QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.clicked.connect(self.use_defaults)
        if self.partners.count():
            self.partners.setCurrentRow(0)

    @staticmethod
    def _add_check(widget: QListWidget, text: str, data: object) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setToolTip(text)
        widget.addItem(item)

    def _show(self, item: QListWidgetItem | None) -> None:
        self._current = None  # no storing while the checks are set
        uuid: str | None = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        keys, numbers = self._chosen.get(uuid or "", (set(), set()))
        for widget, chosen in ((self.sections, keys), (self.work_packages, numbers)):
            for row in range(widget.count()):
                check = widget.item(row)
                on = check.data(Qt.ItemDataRole.UserRole) in chosen
                check.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            widget.setEnabled(uuid is not None)
        self._current = uuid

    def _store(self) -> None:
        if self._current is None:
            return
        self._chosen[self._current] = (self._checked(self.sections), self._checked(self.work_packages))
        self._count_all()

    def _count_all(self) -> None:
        """Each partner's line says how much it has: "LIB / sections: 1 · work packages: 1"."""
        for row in range(self.partners.count()):
            item = self.partners.item(row)
            uuid = item.data(Qt.ItemDataRole.UserRole)
            keys, numbers = self._chosen.get(uuid, (set(), set()))
            counts = self.tr("sections: {n} · work packages: {m}").format(n=len(keys), m=len(numbers))
            item.setText(f"{self._names[uuid]}\n{counts}")

    @staticmethod
    def _checked(widget: QListWidget) -> set[Any]:  # section keys or work package numbers
        return {widget.item(r).data(Qt.ItemDataRole.UserRole) for r in range(widget.count())
                if widget.item(r).checkState() == Qt.CheckState.Checked}

    def set_checked(self, partner_uuid: str, section_keys: Sequence[str], wp_numbers: Sequence[int]) -> None:
        """Select a partner and check exactly these (what a user does by clicking)."""
        for row in range(self.partners.count()):
            if self.partners.item(row).data(Qt.ItemDataRole.UserRole) == partner_uuid:
                self.partners.setCurrentRow(row)
                break
        for widget, chosen in ((self.sections, set(section_keys)), (self.work_packages, set(wp_numbers))):
            for row in range(widget.count()):
                item = widget.item(row)
                on = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def use_defaults(self) -> None:
        for default in default_assignments(self._document):
            self._chosen[default.participation_uuid] = (set(default.section_keys), set(default.wp_numbers))
        self._show(self.partners.currentItem())

    def value(self) -> list[PartnerAssignment]:
        return [PartnerAssignment(uuid, self._names[uuid], tuple(sorted(keys)), tuple(sorted(numbers)))
                for uuid, (keys, numbers) in self._chosen.items()]

    @classmethod
    def ask(cls, parent: QWidget | None, document: ProposalDocument,
            assignments: Sequence[PartnerAssignment], language: str = "en") -> list[PartnerAssignment] | None:
        dialog = cls(document, assignments, parent, language)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def section_titles(document: ProposalDocument, language: str) -> list[tuple[str, str]]:
    """(key, title) of the proposal's sections in the call template's order, titles in ``language``."""
    template = rules_bridge.template_for(document.proposal.template_key)
    if template is None:
        return [(s.key, s.title or s.key) for s in sorted(document.sections, key=lambda s: s.key)]
    return [(s.key, template.section_title(s.key, language, s.title))
            for s in template.in_section_order(document.sections)]


def legal_names(document: ProposalDocument) -> dict[str, str]:
    """Participation UUID → the organisation's legal name."""
    organisations = {o.uuid: o.legal_name for o in document.organisations}
    return {p.uuid: organisations.get(p.organisation_uuid, "") for p in document.participations}


def _save(db: Database, proposal_uuid: str, assignments: Sequence[PartnerAssignment]) -> None:
    for a in assignments:
        assignment.set_assignment(db, proposal_uuid, a.participation_uuid, a.section_keys, a.wp_numbers, ACTOR)


class AssignCommand(QUndoCommand):
    """The changed assignments of one dialog session; undo restores the previous ones."""

    def __init__(self, db: Database, proposal_uuid: str, before: list[PartnerAssignment],
                 after: list[PartnerAssignment], text: str, notify: Callable[[], None] = lambda: None) -> None:
        super().__init__(text)
        self._db, self._proposal, self._before, self._after = db, proposal_uuid, before, after
        self._notify = notify
        self._first = True

    @classmethod
    def apply_new(cls, db: Database, proposal_uuid: str, before: Sequence[PartnerAssignment],
                  after: Sequence[PartnerAssignment], text: str) -> AssignCommand | None:
        """Write the assignments that changed; the command to push (None: nothing changed).
        Raises LookupError / ValueError from the service (then nothing of it is on the stack)."""
        old = {a.participation_uuid: a for a in before}
        changed = [a for a in after if _key(a) != _key(old.get(a.participation_uuid))]
        if not changed:
            return None
        _save(db, proposal_uuid, changed)
        previous = [old.get(a.participation_uuid) or PartnerAssignment(a.participation_uuid, a.partner, (), ())
                    for a in changed]
        return cls(db, proposal_uuid, previous, changed, text)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        _save(self._db, self._proposal, self._after)
        self._notify()

    def undo(self) -> None:
        _save(self._db, self._proposal, self._before)
        self._notify()


def _key(a: PartnerAssignment | None) -> tuple[frozenset[str], frozenset[int]] | None:
    return None if a is None else (frozenset(a.section_keys), frozenset(a.wp_numbers))
