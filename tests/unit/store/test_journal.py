"""The change journal rebuilds a proposal exactly as it was at every revision since it began."""

from __future__ import annotations

from decimal import Decimal

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.services import edit, proposals
from medicen_desktop.store import history, journal
from medicen_desktop.store.database import Database


def _at(db: Database, uuid: str, revision: int) -> ProposalDocument | None:
    with db.read() as session:
        return history.document_at(session, uuid, revision)


def _same(a: ProposalDocument | None, b: ProposalDocument) -> bool:
    """Equal as the interchange compares them: every list in UUID order, revisions aside for entities."""
    assert a is not None
    def key(doc: ProposalDocument) -> dict[str, object]:
        data = doc.model_dump(mode="json")
        for name, items in data.items():
            if isinstance(items, list):
                data[name] = sorted(({k: v for k, v in i.items() if k != "revision"} for i in items),
                                    key=lambda v: v["uuid"])
        data["proposal"].pop("updated_at", None)
        return data
    return key(a) == key(b)


def test_every_revision_is_rebuilt_exactly(db: Database, sample_in_db: str) -> None:
    uuid = sample_in_db
    seen: dict[int, ProposalDocument] = {}

    def snap() -> None:
        doc = proposals.get_document(db, uuid)
        seen[doc.proposal.revision] = doc

    snap()
    doc = proposals.get_document(db, uuid)
    edit.update_fields(db, "proposal", uuid, {"title": "Nouveau titre", "keywords": ["a", "b"], "trl_end": 7})
    snap()
    edit.update_fields(db, "sections", doc.sections[0].uuid, {"body": "Premier.\n\nSecond."})
    snap()
    edit.update_fields(db, "organisations", doc.organisations[0].uuid, {"city": "Évry"})
    snap()
    new = edit.add_entity(db, uuid, "budget_lines", {
        "participation_uuid": doc.participations[1].uuid, "category": "other", "period": 2, "amount": Decimal("12.50")})
    snap()
    removal = edit.delete_entity(db, "participations", doc.participations[1].uuid)  # cascades, clears references
    snap()
    edit.restore(db, removal)
    snap()
    edit.delete_entity(db, "budget_lines", new)
    snap()
    changed = proposals.get_document(db, uuid)
    changed = changed.model_copy(update={
        "proposal": changed.proposal.model_copy(update={"acronym": "NOUVEAU"}),
        "risks": changed.risks[1:]})
    proposals.replace_document(db, changed)
    snap()
    assert sorted(seen) == list(range(1, 10)), "one revision per write"
    for revision, expected in seen.items():
        assert _same(_at(db, uuid, revision), expected), revision


def test_no_rebuild_before_the_journal_began_or_past_the_present(db: Database, sample_in_db: str) -> None:
    current = proposals.get_document(db, sample_in_db).proposal.revision
    assert _at(db, sample_in_db, current - 1) is None
    assert _at(db, sample_in_db, current + 1) is None


def test_entries_record_who_and_the_revision(db: Database, sample_in_db: str) -> None:
    db.user = "claire"
    change = edit.update_fields(db, "proposal", sample_in_db, {"title": "Titre"})
    with db.read() as session:
        entries = [(e.field, e.after, e.actor, e.revision)
                   for e in journal.entries_since(session, sample_in_db, change.revision - 1)]
    revision = proposals.get_document(db, sample_in_db).proposal.revision
    assert entries == [("title", "Titre", "claire", revision)]


def test_a_partner_deleted_with_the_only_use_of_its_organisation_is_rebuilt(db: Database, sample_in_db: str) -> None:
    """The current snapshot no longer holds its organisation (profiles are never deleted, only unused): the
    earlier revisions still have it, as it was then."""
    before = proposals.get_document(db, sample_in_db)
    partner = before.participations[3]
    assert sum(1 for p in before.participations if p.organisation_uuid == partner.organisation_uuid) == 1
    edit.update_fields(db, "organisations", partner.organisation_uuid, {"city": "Évry"})
    renamed = proposals.get_document(db, sample_in_db)
    edit.delete_entity(db, "participations", partner.uuid)
    after = proposals.get_document(db, sample_in_db)
    assert partner.organisation_uuid not in {o.uuid for o in after.organisations}
    assert _same(_at(db, sample_in_db, renamed.proposal.revision), renamed)
    assert _same(_at(db, sample_in_db, before.proposal.revision), before)
