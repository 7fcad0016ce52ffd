"""``set --base-revision`` reads the base of one field from the journal, without rebuilding the proposal:
the value must be the one the whole proposal rebuilt at that revision holds, at every revision."""

from __future__ import annotations

from typing import Any

import pytest

from medicen_desktop.services import edit, fields, proposals, revisions
from medicen_desktop.store.database import Database


def test_one_fields_base_is_the_whole_proposals_at_every_revision(db: Database) -> None:
    uuid = proposals.create_demo(db)
    start = revisions.current_revision(db, uuid)
    document = proposals.get_document(db, uuid)
    section, risk = document.sections[0], document.risks[0]
    edit.update_fields(db, "sections", section.uuid, {"title": "Un"})
    edit.update_fields(db, "proposal", uuid, {"title": "Titre deux", "duration_months": 30})
    added = edit.add_entity(db, uuid, "risks", {"description": "Nouveau risque", "likelihood": "high"})
    edit.update_fields(db, "risks", added, {"severity": "low"})
    edit.update_fields(db, "sections", section.uuid, {"title": "Trois", "body": "Deux paragraphes.\n\nVoici."})
    edit.delete_entity(db, "risks", risk.uuid)
    edit.delete_entity(db, "risks", added)
    edit.update_fields(db, "organisations", document.organisations[0].uuid, {"short_name": "ORG"})
    now = revisions.current_revision(db, uuid)
    assert start is not None and now is not None and now - start >= 8
    targets = [("proposal", uuid, "title"), ("proposal", uuid, "duration_months"),
               ("sections", section.uuid, "title"), ("sections", section.uuid, "body"),
               ("risks", risk.uuid, "description"), ("risks", added, "severity"), ("risks", added, "likelihood"),
               ("organisations", document.organisations[0].uuid, "short_name")]
    compared = 0
    for revision in range(start, now + 1):
        with db.read() as session:
            whole = revisions.base_at(session, uuid, revision)
            for list_name, entity_uuid, field in targets:
                entity: Any = whole.proposal if list_name == "proposal" else next(
                    (e for e in getattr(whole, list_name) if e.uuid == entity_uuid), None)
                expected = getattr(entity, field) if entity is not None else None
                assert fields._value_at(session, uuid, revision, list_name, entity_uuid, field) == expected, \
                    (revision, list_name, field)
                compared += expected is not None
    assert compared > 30


def test_a_base_older_than_the_journal_is_refused(db: Database) -> None:
    uuid = proposals.create_demo(db)
    with pytest.raises(revisions.HistoryTooShort, match="newer than the stored proposal"):
        fields.set_field(db, uuid, "proposal.title", "x", base_revision=10_000)
