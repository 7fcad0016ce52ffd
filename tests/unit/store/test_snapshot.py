"""Every entity round-trips through the database; updates are one revision."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from medicen_desktop.document.schema import ENTITY_LISTS, Attachment, ProposalDocument
from medicen_desktop.model import AttachmentBlob
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database


def _with_attachment(sample: ProposalDocument) -> ProposalDocument:
    doc = sample.model_copy(deep=True)
    doc.attachments.append(
        Attachment(uuid="5b0c8d52-1b8e-4c1e-9a57-6a1a7d7d0001", filename="lettre-engagement-APHP.pdf",
                   media_type="application/pdf", sha256="ab" * 32, size=12, kind="letter",
                   participation_uuid=doc.participations[2].uuid)
    )
    return doc


def test_every_entity_round_trips(db: Database, sample: ProposalDocument) -> None:
    doc = _with_attachment(sample)
    with db.transaction() as session:
        session.add(AttachmentBlob(sha256="ab" * 32, size=12, content=b"%PDF-1.7 ..."))
    proposals.import_document(db, doc)
    back = proposals.get_document(db, doc.proposal.uuid)
    assert back.proposal == doc.proposal
    for name in ENTITY_LISTS:
        ours = sorted(getattr(doc, name), key=lambda e: e.uuid)
        theirs = sorted(getattr(back, name), key=lambda e: e.uuid)
        assert theirs == ours, name
        assert theirs, f"the sample should exercise {name}"


def test_decimal_amounts_keep_every_cent(db: Database, sample: ProposalDocument) -> None:
    doc = sample.model_copy(deep=True)
    for line in doc.budget_lines:
        line.amount = Decimal("0.10")
    doc.budget_lines[0].amount = Decimal("123456789012.99")
    proposals.import_document(db, doc)
    back = proposals.get_document(db, doc.proposal.uuid)
    total = sum((line.amount for line in back.budget_lines), Decimal(0))
    assert total == Decimal("123456789012.99") + Decimal("0.10") * (len(doc.budget_lines) - 1)


def test_update_changes_only_what_differs_as_one_revision(db: Database, sample: ProposalDocument) -> None:
    proposals.import_document(db, sample)
    edited = sample.model_copy(deep=True)
    edited.sections[0].body += "\n\nUn paragraphe ajouté."
    removed = edited.risks.pop()
    edited.milestones[0].title = "Protocole IRM figé et signé"
    proposals.replace_document(db, edited)
    back = proposals.get_document(db, sample.proposal.uuid)
    revisions = {e.uuid: e.revision for name in ENTITY_LISTS for e in getattr(back, name)}
    assert revisions[edited.sections[0].uuid] == 2
    assert revisions[edited.milestones[0].uuid] == 2
    assert revisions[edited.sections[1].uuid] == 1
    assert removed.uuid not in revisions
    assert back.proposal.revision == sample.proposal.revision + 1
    proposals.replace_document(db, edited)  # same content again: nothing changes
    assert proposals.get_document(db, sample.proposal.uuid).proposal.revision == back.proposal.revision


def test_deleting_a_proposal_removes_its_rows_but_keeps_organisations(db: Database, sample_in_db: str) -> None:
    proposals.delete(db, sample_in_db)
    with db.read() as session:
        for table in ("sections", "work_packages", "tasks", "budget_lines", "participations", "efforts"):
            assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table
        assert session.execute(text("SELECT count(*) FROM organisations")).scalar() == 5


def test_two_writers_cannot_silently_overwrite_each_other(db: Database, sample_in_db: str) -> None:
    """The revision is a version column: a stale UPDATE fails instead of losing the other write,
    and the user gets a message, never a raw StaleDataError."""
    from medicen_desktop.model import Section
    from medicen_desktop.store.errors import EnvironmentFault

    doc = proposals.get_document(db, sample_in_db)
    with db.read() as reader:  # the second writer read the row first...
        stale = reader.get(Section, doc.sections[0].uuid)
        reader.expunge(stale)
    with db.transaction() as first:  # ...then the first writer committed a change
        row = first.get(Section, doc.sections[0].uuid)
        row.body, row.revision = "première version", row.revision + 1
    stale.body, stale.revision = "seconde version", stale.revision + 1
    with pytest.raises(EnvironmentFault, match="another writer changed the same data"), db.transaction() as second:
        second.add(stale)
    assert proposals.get_document(db, sample_in_db).sections[0].body == "première version"
