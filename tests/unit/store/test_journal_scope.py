"""The change journal's partner scope (store.journal_scope), on SQLite: what the team server's policies read."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.model import JournalEntry
from medicen_desktop.services import edit, proposals
from medicen_desktop.services.fields import _value_at
from medicen_desktop.store.database import Database


def _entries(db: Database, revision: int) -> list[JournalEntry]:
    with db.read() as session:
        entries = list(session.scalars(select(JournalEntry).where(JournalEntry.revision > revision)
                                       .order_by(JournalEntry.id)))
        session.expunge_all()
        return entries


def test_confidential_values_are_scoped_to_their_partner_and_the_rest_shared(db: Database, sample_in_db: str,
                                                                            sample: ProposalDocument) -> None:
    partner = sample.participations[2]
    rate = next(r for r in sample.staff_rates if r.participation_uuid == partner.uuid)
    start = proposals.get_document(db, sample_in_db).proposal.revision
    edit.update_fields(db, "organisations", partner.organisation_uuid,
                       {"turnover": Decimal("1234.50"), "legal_name": "Assistance Publique"})
    edit.update_fields(db, "participations", partner.uuid, {"contact_email": "x@aphp.example", "role_description": "r"})
    edit.update_fields(db, "staff_rates", rate.uuid, {"monthly_rate": Decimal("7000")})
    edit.update_fields(db, "sections", sample.sections[0].uuid, {"body": "Shared"})
    scopes = {(e.list_name, e.field): e.partner_scope for e in _entries(db, start)}
    assert scopes == {
        ("organisations", "turnover"): partner.uuid, ("organisations", "legal_name"): None,
        ("participations", "contact_email"): partner.uuid, ("participations", "role_description"): None,
        ("staff_rates", "monthly_rate"): partner.uuid, ("sections", "body"): None,
    }


def test_a_deleted_partner_is_journaled_masked_for_all_and_whole_for_itself(db: Database, sample_in_db: str,
                                                                          sample: ProposalDocument) -> None:
    partner = sample.participations[2]
    before = proposals.get_document(db, sample_in_db)
    edit.delete_entity(db, "participations", partner.uuid)
    entries = [e for e in _entries(db, before.proposal.revision) if e.entity_uuid == partner.uuid]
    shared = [e for e in entries if e.partner_scope is None]
    assert len(shared) == 1 and shared[0].field is None
    assert shared[0].before["contact_email"] == "" and shared[0].before["role"] == partner.role.value
    scoped = {e.field: e.before for e in entries if e.partner_scope == partner.uuid}
    assert scoped["contact_email"] == partner.contact_email
    assert entries[-1] is shared[0]  # read backwards, the row comes back first, then its values
    with db.read() as session:  # the participation as it was, from the journal (services.fields)
        then = {name: _value_at(session, sample_in_db, before.proposal.revision, "participations", partner.uuid, name)
                for name in ("contact_email", "contact_name", "role", "position")}
    assert then == {name: getattr(partner, name) for name in then}
