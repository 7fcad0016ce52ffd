"""Whole-proposal operations: list, read, import, replace, demo, duplicate, delete.

Every function is one transaction on the database it is given; every write
normalises the text it stores (exchange.text), whoever calls it.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.jsonio import document_from_data, parse_json
from medicen_desktop.document.jsonio import dump_document as dump_document
from medicen_desktop.document.part_states import (
    PartStateData,
    check_part_states,
    dump_interchange,
    split_part_states,
)
from medicen_desktop.document.parts import PartStatus, legacy_section_statuses
from medicen_desktop.document.rekey import with_fresh_uuids
from medicen_desktop.document.sample import make_sample
from medicen_desktop.document.schema import (
    Language,
    Organisation,
    ParticipantRole,
    Participation,
    ProposalDocument,
    Section,
)
from medicen_desktop.document.schema import Proposal as ProposalEntity
from medicen_desktop.document.text import normalise_document
from medicen_desktop.errors import NotFound, Refused
from medicen_desktop.model import Organisation as OrganisationRow
from medicen_desktop.model import Proposal
from medicen_desktop.services import assignment
from medicen_desktop.services.edit import OutsideAssignment
from medicen_desktop.services.lookup import AmbiguousProposal as AmbiguousProposal
from medicen_desktop.services.lookup import ProposalNotFound as ProposalNotFound
from medicen_desktop.services.lookup import audit as audit
from medicen_desktop.services.lookup import get_document as get_document
from medicen_desktop.services.lookup import list_proposals as list_proposals
from medicen_desktop.services.lookup import resolve as resolve
from medicen_desktop.store import snapshot, versions
from medicen_desktop.store.database import Database


class ProposalExists(Refused):
    """Importing a proposal whose UUID is already in the database (use update)."""


def import_document(db: Database, document: ProposalDocument, actor: str = "local",
                    statuses: Mapping[str, PartStatus] | None = None,
                    states: Sequence[PartStateData] | None = None) -> str:
    """Store a new proposal; raise ProposalExists if its UUID is already there.

    ``states``: the part states (owners, statuses, due dates) a file carries; ``statuses``: an older file's
    section statuses (``document.parts.legacy_section_statuses``), for sections without a state. Both are
    stored in the same transaction."""
    document = normalise_document(document)
    with db.transaction() as session:
        _insert(session, document, actor)
        if states or statuses:
            from medicen_desktop.services.parts import adopt_legacy_statuses, take_states

            take_states(session, document.proposal.uuid, states or (), actor)
            adopt_legacy_statuses(session, document.proposal.uuid, statuses or {}, actor)
    return document.proposal.uuid


def _insert(session: Session, document: ProposalDocument, actor: str) -> None:
    if session.get(Proposal, document.proposal.uuid) is not None:
        raise ProposalExists(
            f"proposal {document.proposal.acronym} ({document.proposal.uuid}) is already in the database; "
            "use --update to replace its content"
        )
    snapshot.save_document(session, document)
    audit(session, document.proposal.uuid, actor, "import", {"acronym": document.proposal.acronym})


def _refuse_outside_assignment(session: Session, document: ProposalDocument) -> None:
    """Partner mode: a partner copy refuses a replacement that changes anything outside its assignment."""
    from medicen_desktop.services import assignment, edit  # both import this module

    reason = assignment.replace_refusal(session, document)
    if reason is not None:
        raise edit.OutsideAssignment(reason)


def replace_document(db: Database, document: ProposalDocument, actor: str = "local", *,
                     base_revision: int | None = None, version: tuple[str, str] | None = None,
                     statuses: Mapping[str, PartStatus] | None = None,
                     states: Sequence[PartStateData] | None = None) -> str:
    """Make the stored proposal with the document's UUID the document, as one revision.

    ``base_revision`` is the revision the document was read at: when the
    proposal changed since, the document's changes are merged three-way into
    it (services.revisions) instead of overwriting what others wrote; a field
    changed differently on both sides raises WriteConflict and nothing is
    written. Without it, the document replaces the stored content.

    ``version`` (kind, name): keep the proposal as it was before as a named
    version (``store.versions``), in the same transaction.

    ``states``: a file's part states, taken where set after the stored ones
    (``services.parts.take_states``); ``statuses``: an older file's section statuses.

    Raises ProposalNotFound, HistoryTooShort, WriteConflict, or
    edit.OutsideAssignment in a partner copy when the document changes
    anything outside the partner's assignment (parts.CoordinatorOnly when
    its part states would change there).
    """
    from medicen_desktop.services import parts, revisions

    document = normalise_document(document)
    with db.transaction() as session:
        stored = session.get(Proposal, document.proposal.uuid)
        if stored is None:
            raise ProposalNotFound(document.proposal.uuid)
        _refuse_outside_assignment(session, document)
        if version is not None:
            versions.record(session, document.proposal.uuid, version[1], version[0], actor)
        if base_revision is None or stored.revision == base_revision:
            parts.refuse_frozen_replacement(session, document)
            changed = snapshot.save_document(session, document)
        else:
            base = revisions.base_at(session, document.proposal.uuid, base_revision)
            outcome = revisions.write_based_on(session, document.proposal.uuid, base, document,
                                               what=f"this update (based on revision {base_revision})")
            changed = len(outcome.edits.upserts) + len(outcome.edits.deletions)
        audit(session, document.proposal.uuid, actor, "replace",
              {"entities_changed": changed, "base_revision": base_revision})
        if states:
            parts.take_states(session, document.proposal.uuid, states, actor)
        if statuses:
            parts.adopt_legacy_statuses(session, document.proposal.uuid, statuses, actor)
    return document.proposal.uuid


def import_json(db: Database, raw: bytes, source: str, *, update: bool = False, actor: str = "local") -> str:
    """Strictly parse interchange JSON and import it, or with ``update`` merge it into the stored proposal.

    An update is based on the revision the file was exported at (its
    ``proposal.revision``): what changed in the database since is kept, and a
    field changed both there and in the file raises WriteConflict (nothing
    written). The file's part states (``parts``: owners, statuses, due
    dates) are stored with it, an update taking those set after the stored
    ones. Other refusals raise InterchangeError naming the file.
    """
    from medicen_desktop.services.parts import CoordinatorOnly
    from medicen_desktop.services.revisions import HistoryTooShort

    data, states = split_part_states(parse_json(raw, source), source)
    statuses = legacy_section_statuses(data)  # a file written before the one status: done is in review
    document = document_from_data(data, source)
    check_part_states(document, states or (), source)
    try:
        if update:
            return replace_document(db, document, actor, base_revision=document.proposal.revision,
                                    version=("import", source), statuses=statuses, states=states)
        return import_document(db, document, actor, statuses, states)
    except (ProposalExists, ProposalNotFound, OutsideAssignment, HistoryTooShort, CoordinatorOnly,
            snapshot.EntityOfAnotherProposal) as exc:
        raise InterchangeError(str(exc), source) from None
    except InterchangeError as exc:  # raised by normalisation, which does not know the file
        raise InterchangeError(exc.message, source) from None


def export_json(db: Database, ref: str) -> bytes:
    """The canonical interchange JSON of a proposal, with its parts' owners, statuses and due dates."""
    from medicen_desktop.services.parts import stored_states

    document = get_document(db, ref)
    with db.read() as session:
        return dump_interchange(document, stored_states(session, document.proposal.uuid))


def create(db: Database, template_key: str, acronym: str, title: str, language: str,
           coordinator: str | Organisation) -> str:
    """Start a proposal answering the call ``template_key``; return its UUID.

    ``coordinator`` is the UUID of a known organisation profile, or a new
    ``Organisation`` to create. The proposal gets the coordinator's
    participation and one empty section per section of the call, titled in
    ``language``. Raises UnknownTemplate, NotFound (no such profile) or
    pydantic's ValidationError (an empty acronym, a title too long...).
    """
    from medicen_desktop.rules.templates import get_template

    template = get_template(template_key)
    if isinstance(coordinator, str):
        with db.read() as session:
            row = session.get(OrganisationRow, coordinator)
            if row is None:
                raise NotFound(f"no organisation profile {coordinator}")
            organisation = Organisation.model_validate(snapshot.row_values(row, Organisation))
    else:
        organisation = coordinator
    document = ProposalDocument(
        proposal=ProposalEntity(uuid=str(uuidlib.uuid4()), acronym=acronym, title=title,
                                template_key=template.key, template_edition=template.edition,
                                language=Language(language)),
        organisations=[organisation],
        participations=[Participation(uuid=str(uuidlib.uuid4()), organisation_uuid=organisation.uuid,
                                      role=ParticipantRole.COORDINATOR)],
        sections=[Section(uuid=str(uuidlib.uuid4()), key=spec.key,
                          title=template.section_title(spec.key, language))
                  for spec in template.sections],
    )
    return import_document(db, document, actor="create")


def create_demo(db: Database) -> str:
    """Create the ÉPI-DIAG sample proposal, with an assignment for every partner; return its UUID."""
    document = normalise_document(make_sample())
    with db.transaction() as session:  # one transaction: never a sample without its assignments
        _insert(session, document, "demo")
        assignment.store_defaults(session, document.proposal.uuid, actor="demo")
    return document.proposal.uuid


def duplicate(db: Database, ref: str, acronym: str | None = None) -> str:
    """Copy a proposal with fresh UUIDs (organisations stay shared profiles)."""
    document = with_fresh_uuids(get_document(db, ref), keep_organisations=True)
    acronym = acronym or f"{document.proposal.acronym}-copy"[:40]
    document = document.model_copy(update={"proposal": document.proposal.model_copy(update={"acronym": acronym})})
    return import_document(db, document, actor="duplicate")


def delete(db: Database, ref: str, actor: str = "local") -> ProposalDocument:
    """Delete a proposal; return its last snapshot (what undo re-imports)."""
    document = get_document(db, ref)
    with db.transaction() as session:
        row = session.get(Proposal, document.proposal.uuid)
        if row is not None:
            session.delete(row)
        audit(session, document.proposal.uuid, actor, "delete", {"acronym": document.proposal.acronym})
    from medicen_desktop.document import markdown_cache  # noqa: PLC0415  (a deletion's only use of it)

    markdown_cache.forget(document.proposal.uuid)  # its parsed texts: no export of it will read them again
    return document
