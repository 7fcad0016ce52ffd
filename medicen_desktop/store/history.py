"""A proposal as it was at an earlier revision, rebuilt from the change journal.

``document_at(session, proposal_uuid, revision)`` undoes the journal's
entries after ``revision`` on the current snapshot: the base of a
three-way merge for a write based on that revision (services.revisions).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from medicen_desktop.document import schema
from medicen_desktop.store.journal import entries_since, journal_start
from medicen_desktop.model import Organisation
from medicen_desktop.store.snapshot import load_document, row_values


def document_at(session: Session, proposal_uuid: str, revision: int) -> schema.ProposalDocument | None:
    """The proposal as it was at ``revision`` (None: before the journal began, or a revision never reached)."""
    start = journal_start(session, proposal_uuid)
    current = load_document(session, proposal_uuid)
    if start is None or revision < start or revision > current.proposal.revision:
        return None
    if revision == current.proposal.revision:
        return current
    data = current.model_dump()
    lists: dict[str, dict[str, dict[str, Any]]] = {
        name: {values["uuid"]: values for values in data[name]} for name in schema.ENTITY_LISTS}
    proposal = data["proposal"]
    entries = entries_since(session, proposal_uuid, revision)
    _add_organisations_of_deleted_partners(session, entries, lists["organisations"])
    for entry in reversed(entries):
        if entry.list_name == "proposal":
            if entry.field is not None:
                proposal[entry.field] = entry.before
            continue
        if entry.list_name not in lists:
            continue  # a part state or a comment (store.journal.ANNOTATION_LISTS): not in the snapshot
        items = lists[entry.list_name]
        if entry.field is None:
            if entry.after is not None:
                items.pop(entry.entity_uuid, None)
            if entry.before is not None:
                items[entry.entity_uuid] = dict(entry.before)
        elif entry.entity_uuid in items:
            items[entry.entity_uuid][entry.field] = entry.before
    proposal["revision"] = revision
    used = {values["organisation_uuid"] for values in lists["participations"].values()}
    lists["organisations"] = {uuid: v for uuid, v in lists["organisations"].items() if uuid in used}
    present = {*used, *lists["participations"]}
    withheld = {uuid: names for uuid, names in current.withheld.items() if uuid in present}
    return schema.ProposalDocument.model_validate({"proposal": proposal, **{n: list(v.values()) for n, v in lists.items()},
                                                   "withheld": withheld})


def _add_organisations_of_deleted_partners(session: Session, entries: list[Any],
                                           organisations: dict[str, dict[str, Any]]) -> None:
    """The profiles of the partners deleted since (organisations are never deleted, but the current snapshot
    holds only those its participations use), read as stored now: the entries replayed backwards then take
    them back to what they were."""
    wanted = {entry.before["organisation_uuid"] for entry in entries
              if entry.list_name == "participations" and entry.field is None and entry.before is not None
              and entry.before.get("organisation_uuid") not in organisations}
    if not wanted:
        return
    for row in session.scalars(select(Organisation).where(Organisation.uuid.in_(sorted(wanted)))):
        organisations[row.uuid] = row_values(row, schema.Organisation)
