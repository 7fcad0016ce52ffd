"""Consortium step: partners (participations and their organisation profiles), team members."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QPushButton, QSplitter

from medicen_desktop.document import geography
from medicen_desktop.document.schema import OrganisationKind, ParticipantRole
from medicen_desktop.document.withheld import owner_name
from medicen_desktop.gui.dialogs import kind_label
from medicen_desktop.gui.exchange_scope import is_editable, own_participation
from medicen_desktop.gui.models import Column, EntityTableModel, hidden_note
from medicen_desktop.gui.partner_dialog import (
    AddPartnerDialog,
    ExistingPartner,
    NewPartner,
)
from medicen_desktop.gui.partner_identity import IDENTITY_FIELDS, PartnerDialog, ui_language
from medicen_desktop.gui.session import Notice
from medicen_desktop.gui.steps.base import StepContext, StepPage
from medicen_desktop.gui.steps.cv_editor import CvEditor
from medicen_desktop.gui.steps.tables import EntityTable
from medicen_desktop.services.edit_errors import EditError

__all__ = ["AddPartnerDialog", "ConsortiumPage", "ExistingPartner", "NewPartner", "PartnerDialog"]


class ConsortiumPage(StepPage):
    step = "consortium"

    def __init__(self, context: StepContext) -> None:
        super().__init__(context)
        self.title.setText(self.tr("Consortium"))

        def org(entity: Any) -> tuple[str, str]:
            return "organisations", entity.organisation_uuid

        kinds = [(k.value, kind_label(k.value)) for k in OrganisationKind]
        roles = [(ParticipantRole.COORDINATOR.value, self.tr("Coordinator")), (ParticipantRole.PARTNER.value, self.tr("Partner"))]
        self.partners = EntityTableModel(self.session, "participations", [
            Column("short_name", self.tr("Short name"), target=org),
            Column("legal_name", self.tr("Legal name"), target=org, width=-1, wrap=True),
            Column("kind", self.tr("Kind"), "choice", choices=lambda: kinds, target=org, wrap=True),
            Column("role", self.tr("Role"), "choice", choices=lambda: roles),
            Column("country", self.tr("Country"), "readonly", target=org,
                   display=lambda code: geography.country_name(code, ui_language())),
            Column("siret", self.tr("SIRET"), target=org),
            Column("contact_name", self.tr("Contact"), wrap=True),
            Column("contact_email", self.tr("E-mail")),
        ], order=lambda p: p.position, watch=("organisations",), parent=self)
        self.partner_table = EntityTable(
            self.partners, self.tr("Partners"), self.tr("No partners yet — add the coordinator first."),
            self.add_partner, self.tr("&Add partner…"), self.tr("Remove partner"), movable=True)
        self.members = EntityTableModel(self.session, "team_members", [
            Column("name", self.tr("Name"), wrap=True),
            Column("job_title", self.tr("Job title"), width=-1, wrap=True),
            Column("person_months", self.tr("Person-months"), "decimal"),
        ], keep=lambda m: False, order=lambda m: m.position, parent=self)
        self._no_members = self.tr("Select a partner above, then add the people who will work on the project.")
        self.member_table = EntityTable(
            self.members, self.tr("Team of the selected partner"), self._no_members,
            self.add_member, self.tr("Add &member"), self.tr("Remove member"), movable=True,
            new_values=lambda: {"participation_uuid": self.partner_table.current_uuid()})
        self.identity_button = QPushButton(self.tr("&Identity…"))
        self.identity_button.setToolTip(self.tr("Every identity field of the selected partner: country, region, "
                                                "PIC, SIRET, VAT, legal status, size, contact"))
        self.identity_button.clicked.connect(lambda: self.edit_identity())
        self.identity_button.setEnabled(False)  # until a partner is selected (in a partner copy: its own)
        self.partner_table.head.insertWidget(self.partner_table.head.indexOf(self.partner_table.add_button) + 1,
                                             self.identity_button)
        self.partner_table.view.doubleClicked.connect(self._double_clicked)
        self.partner_table.view.selectionModel().selectionChanged.connect(self._partner_selected)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.partner_table)
        self.cv = CvEditor(self.session)
        team = QSplitter(Qt.Orientation.Horizontal)
        team.addWidget(self.member_table)
        team.addWidget(self.cv)
        team.setSizes([520, 320])
        splitter.addWidget(team)
        splitter.setSizes([300, 220])
        self.member_table.view.selectionModel().selectionChanged.connect(
            lambda *_: self.cv.show_member(self.member_table.current_uuid()))
        self.members.modelReset.connect(self._team_withheld)  # after the table's own update_buttons
        self.body.addWidget(splitter)
        self.read_only = self.add_scope_note()
        if self.partners.rowCount():
            self.partner_table.select(self._first_partner())

    def _first_partner(self) -> str:
        """The partner shown first: in a partner copy its own (the team it can edit), else the coordinator."""
        own = own_participation(self.session.scope)
        return own if own is not None and self.partners.row_of(own) >= 0 else self.partners.uuid_at(0)

    def add_partner(self) -> str | None:
        """Ask for a known profile or a new organisation; add it as a partner (one undo step)."""
        from medicen_desktop.services import organisations  # not for the page's first paint: it imports the ORM

        session = self.session
        taken = {p.organisation_uuid for p in session.document.participations}
        answer = AddPartnerDialog.ask(organisations.list_organisations(session.db), taken, self)
        if answer is None:
            return None
        name = answer.name if isinstance(answer, ExistingPartner) else answer.short_name or answer.legal_name
        session.undo_stack.beginMacro(self.tr("Add partner {name}").format(name=name))
        try:
            if isinstance(answer, ExistingPartner):
                org_uuid = answer.organisation_uuid
            else:
                org_uuid = session.add("organisations", {"legal_name": answer.legal_name,
                                                         "short_name": answer.short_name, "kind": answer.kind,
                                                         "country": answer.country},
                                       self.tr("Add organisation"))
            role = "partner" if session.document.participations else "coordinator"
            position = max((p.position for p in session.document.participations), default=-1) + 1
            return session.add("participations", {"organisation_uuid": org_uuid, "role": role, "position": position},
                               self.tr("Add partner"))
        finally:
            session.undo_stack.endMacro()

    def edit_identity(self, participation_uuid: str | None = None, focus: str | None = None) -> bool:
        """Open the partner dialog on a partner (the selected one by default), on the field ``focus`` if given;
        apply its changes as one undo step."""
        session = self.session
        participation_uuid = participation_uuid or self.partner_table.current_uuid()
        if participation_uuid is None:
            self.partner_table.error.show_message(self.tr("Select a partner first."))
            return False
        participation = session.entity("participations", participation_uuid)
        organisation = session.entity("organisations", participation.organisation_uuid)
        withheld = session.document.withheld  # another partner's values the reader may not see: said hidden
        hidden = {*withheld.get(organisation.uuid, ()), *withheld.get(participation_uuid, ())}
        if hidden:
            changes = PartnerDialog.ask(organisation, participation, self, focus=focus, hidden=hidden,
                                        hidden_note=hidden_note(session.document, participation_uuid))
        else:
            changes = PartnerDialog.ask(organisation, participation, self, focus=focus)
        if changes is None or not (changes.organisation or changes.participation):
            return False
        session.undo_stack.beginMacro(self.tr("Edit identity of {name}").format(
            name=organisation.short_name or organisation.legal_name))
        try:
            if changes.organisation:
                session.update("organisations", organisation.uuid, changes.organisation, self.tr("Edit identity"))
            if changes.participation:
                session.update("participations", participation_uuid, changes.participation, self.tr("Edit contact"))
        except EditError as exc:
            self.partner_table.error.show_message(str(exc))
            return False
        finally:
            session.undo_stack.endMacro()
        return True

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.partners.columns[index.column()].kind == "readonly":
            self.edit_identity(self.partners.uuid_at(index.row()))

    def add_member(self) -> str | None:
        partner = self.partner_table.current_uuid()
        if partner is None:
            self.member_table.error.show_message(self.tr("Select a partner first."))
            return None
        count = sum(1 for m in self.session.document.team_members if m.participation_uuid == partner)
        return self.session.add("team_members", {"participation_uuid": partner, "name": self.tr("New member"),
                                                 "position": count}, self.tr("Add team member"))

    def _partner_selected(self) -> None:
        partner = self.partner_table.current_uuid()
        self.identity_button.setEnabled(partner is not None and is_editable(
            self.session.scope, "participations", self.session.entity("participations", partner).model_dump()))
        self.members.set_filter(lambda m: m.participation_uuid == partner)
        self.member_table.update_buttons()
        self._team_withheld()
        if self.members.rowCount():
            self.member_table.view.selectRow(0)  # the first member's CV shows; focus stays where it is
        self.cv.show_member(self.member_table.current_uuid())

    def _team_withheld(self) -> None:
        """Another partner's team the reader does not have (``document.withheld``): the team table says whose
        it is, and adds no one to it."""
        partner = self.partner_table.current_uuid()
        withheld = partner is not None and "team_members" in self.session.document.withheld.get(partner, ())
        if withheld and partner:
            empty = hidden_note(self.session.document, partner)
        elif partner is not None:  # it said "Select a partner above" while one was selected
            empty = self.tr("No one in the team of {partner} yet: add the people who will work on the project "
                            "with “Add member”.").format(partner=owner_name(self.session.document, partner))
        else:
            empty = self._no_members
        self.member_table.empty.setText(empty)
        if withheld:
            self.member_table.add_button.setEnabled(False)

    def refresh(self, notice: Notice) -> None:
        if notice.touches("participations") and self.partner_table.current_uuid() is None and self.partners.rowCount():
            self.partner_table.select(self._first_partner())

    def scope_note(self) -> str:
        return self.tr("Partner copy for {partner}: you can edit your organisation's profile, your contact and "
                       "your team (with their CVs). The other partners, the roles and the order are read-only: "
                       "the coordinator owns them.").format(partner=self.session.partner)

    def server_note(self) -> str:
        return self.tr("On the team server as {partner}: you can edit your team and your organisation's "
                       "confidential values. Adding or removing partners, the roles and the order are the "
                       "coordinator's; the other partners' teams and confidential values are theirs.").format(
            partner=self.session.partner)

    def focus_field(self, entity_uuid: str | None, field: str | None) -> bool:
        if entity_uuid is None:
            self.partner_table.view.setFocus()
            return True
        participation_uuid = entity_uuid if self.partners.row_of(entity_uuid) >= 0 else next(
            (p.uuid for p in self.session.document.participations if p.organisation_uuid == entity_uuid), None)
        if participation_uuid is not None:
            shown = self.partner_table.select(participation_uuid, field)
            if field in IDENTITY_FIELDS and self.partners.column_of(field) < 0:
                # A field only the partner dialog shows: open it there, once the finding's click is done.
                QTimer.singleShot(0, lambda: self.edit_identity(participation_uuid, focus=field))
            return shown
        member = next((m for m in self.session.document.team_members if m.uuid == entity_uuid), None)
        if member is not None:
            self.partner_table.select(member.participation_uuid)
            return self.member_table.select(entity_uuid, field)
        return False

    def guidance(self) -> str:
        return self.tr("List every partner with its legal identity; the coordinator comes first. "
                       "Select a partner to list its team; Identity… (or a double-click on its country) edits "
                       "its country, region, identifiers, legal status, size and contact.")
