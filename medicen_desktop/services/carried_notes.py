"""Comments and part states in packages and contributions (``exchange.annotations``).

``for_package`` is what a package carries: every part state, and the
comments, but those on another partner's budget; ``for_contribution`` is the
partner's comments and part states. ``receive_package`` stores what a
package carries in the partner copy (its part states replace the copy's:
the coordinator sets them); ``receive_contribution`` merges a
contribution's comments and the statuses the partner may set (its own
parts, in review or back to draft). All run inside the caller's transaction.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Mapping

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from medicen_desktop.document.parts import PartRef
from medicen_desktop.exchange.annotations import annotation_members, read_comments, read_parts
from medicen_desktop.document.parts import PartStatus
from medicen_desktop.model import ExchangePackage, PartState
from medicen_desktop.services.parts import PARTNER_STATUSES, in_assignment, stored_states
from medicen_desktop.store.snapshot import load_document
from medicen_desktop.services.comments import merge_into, stored_comments


def for_package(session: Session, proposal_uuid: str, participation_uuid: str) -> dict[str, bytes]:
    """The members a package for ``participation_uuid`` carries."""
    comments = [c for c in stored_comments(session, proposal_uuid)
                if not _others_budget(c.part, participation_uuid)]
    return annotation_members(comments, stored_states(session, proposal_uuid))


def _others_budget(part: str, participation_uuid: str) -> bool:
    return part.startswith("budget:") and part != PartRef("budget", participation_uuid).stored


def for_contribution(session: Session, proposal_uuid: str) -> dict[str, bytes]:
    """The members a contribution carries: the copy's comments and part states (a partner may have marked
    its parts in review)."""
    return annotation_members(stored_comments(session, proposal_uuid), stored_states(session, proposal_uuid))


def receive_package(session: Session, proposal_uuid: str, members: Mapping[str, bytes], source: str) -> None:
    """Store a package's part states (replacing the copy's) and merge its comments."""
    comments = read_comments(members, source)
    states = read_parts(members, source)
    if states is not None:
        session.execute(delete(PartState).where(PartState.proposal_uuid == proposal_uuid))
        for state in states:
            session.add(PartState(uuid=str(uuidlib.uuid4()), proposal_uuid=proposal_uuid, kind=state.kind,
                                  target=state.target, owner_participation_uuid=state.owner_participation_uuid,
                                  owner_person=state.owner_person, status=state.status.value,
                                  due_date=state.due_date, updated_at=state.updated_at, updated_by=state.updated_by))
    merge_into(session, proposal_uuid, comments)


def receive_contribution(session: Session, proposal_uuid: str, members: Mapping[str, bytes], source: str,
                         package: ExchangePackage | None = None) -> int:
    """Merge a contribution's comments and the statuses its partner set; returns how many changed.

    A status is taken from the partner only for a part of the package's
    assignment, only draft or in review, only while the coordinator's is
    one of those too (not approved, not frozen), and only when set after
    the coordinator's (last writer wins).
    """
    changed = merge_into(session, proposal_uuid, read_comments(members, source))
    states = read_parts(members, source)
    if package is None or not states:
        return changed
    document = load_document(session, proposal_uuid)
    stored = {(r.kind, r.target): r for r in session.scalars(select(PartState).where(
        PartState.proposal_uuid == proposal_uuid))}
    for state in states:
        ref = PartRef(state.kind, state.target)
        if state.status not in PARTNER_STATUSES or not in_assignment(
                document, ref, package.participation_uuid, package.section_keys, package.wp_numbers):
            continue
        row = stored.get((state.kind, state.target))
        if row is None:
            if state.status is PartStatus.DRAFT:
                continue
            row = PartState(uuid=str(uuidlib.uuid4()), proposal_uuid=proposal_uuid, kind=state.kind,
                            target=state.target, owner_person="", status=PartStatus.DRAFT.value,
                            updated_at=state.updated_at, updated_by="")
            session.add(row)
        elif PartStatus(row.status) not in PARTNER_STATUSES or state.updated_at <= row.updated_at \
                or row.status == state.status.value:
            continue
        row.status, row.updated_at = state.status.value, state.updated_at
        row.updated_by = f"{package.partner_name}: {state.updated_by}"[:200]
        changed += 1
    session.flush()
    return changed
