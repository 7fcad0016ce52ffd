"""Rounds: a newer package for a partner copy that exists updates it in place.

The partner's local edits are rebased onto the new package's base with the
three-way merge (exchange/merge.py): base = the snapshot of the package the
copy was opened from, or the partner's last contribution when the new
package says the coordinator merged it (``rebase_base``), ours = the copy
now, theirs = the new package's base.
Disjoint changes both land; a field the package holds exactly as the
partner's last contribution sent it, and that the partner edited since, keeps
the partner's later text; any other conflict left unresolved writes nothing and is
raised (``RebaseConflicts``) so that the partner's words are never lost. The
copy then answers as the new package: its contribution carries the new
package's UUID, secret and base hash, so the coordinator merges it against
the new base.

``rebase_copy`` runs inside the caller's transaction (services/packages.py
``open_package``), after the package was verified and its attachments stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.jsonio import load_document
from medicen_desktop.errors import Refused
from medicen_desktop.exchange.digest import sha256_hex
from medicen_desktop.exchange.confidentiality import keep_own_budget, without_own_totals
from medicen_desktop.exchange.private_rates import has_own_rates, keep_own_rates, partners_giving_totals
from medicen_desktop.exchange.merge import merge_documents
from medicen_desktop.document.schema import ENTITY_LISTS, ProposalDocument
from medicen_desktop.exchange.merge_result import Conflict, FieldChange, MergeOutcome, RefusedChange, Resolution
from medicen_desktop.exchange.package import Package
from medicen_desktop.exchange.textmerge import Side
from medicen_desktop.model import PartnerCopy
from medicen_desktop.services import sharing
from medicen_desktop.store import snapshot


class RebaseConflicts(Refused):
    """The partner's edits and the new package changed the same things: nothing was written."""

    def __init__(self, source: str, conflicts: tuple[Conflict, ...]) -> None:
        self.source = source
        self.conflicts = conflicts
        names = ", ".join(f"{c.label} {c.field}".strip() if c.field else c.label for c in conflicts)
        super().__init__(f"{source}: your edits and the new package both changed {names}; "
                         "nothing was written")


@dataclass(frozen=True)
class RebasePreview:
    """What a newer package would change in the partner copy, for the rebase window.

    ``changes`` are the package's changes that land in the copy (with the
    partner's edits kept); ``conflicts`` are those the partner has to settle.
    Shaped like a merge report, so the merge window shows it.
    """

    partner: str
    round: int
    changes: tuple[FieldChange, ...]
    conflicts: tuple[Conflict, ...]
    refused: tuple[RefusedChange, ...] = ()
    applied: bool = False


def naive_utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo is not None else value


def check_newer(copy: PartnerCopy, package: Package, source: str) -> None:
    """Refuse (InterchangeError) a package of another partner, an older one, or one the copy cannot rebase."""
    manifest = package.manifest
    if copy.package_uuid == manifest.package_uuid:
        raise InterchangeError("this package is already open in this database", source)
    if copy.participation_uuid != manifest.partner.participation_uuid:
        raise InterchangeError(
            f"this package is for {manifest.partner.name}, but this database holds another partner's copy of "
            f"{package.base.proposal.acronym}; open it in {manifest.partner.name}'s own database", source)
    if copy.base_snapshot is None or copy.package_created_at is None:
        raise InterchangeError(
            "this copy was opened by an older version of Medicen Desktop, which did not keep its package's "
            "snapshot, so it cannot be updated in place: send your contribution, then open the new package "
            "in a new database", source)
    new, old = naive_utc(manifest.created_at), naive_utc(copy.package_created_at)
    if new <= old:
        raise InterchangeError(
            f"this package (made {new:%Y-%m-%d %H:%M:%S} UTC) is older than the one this copy was opened from "
            f"(made {old:%Y-%m-%d %H:%M:%S} UTC): the copy's is newer; nothing changed", source)


def _field_values(document: ProposalDocument) -> dict[tuple[str, str, str], Any]:
    data = document.model_dump()
    values = {("proposal", data["proposal"]["uuid"], k): v for k, v in data["proposal"].items()}
    for name in ENTITY_LISTS:
        for entity in data[name]:
            values.update({(name, entity["uuid"], k): v for k, v in entity.items()})
    return values


def superseded(conflicts: Iterable[Conflict], earlier: bytes | None, side: Side) -> dict[str, Resolution]:
    """Conflicts to resolve with ``side``: the other side holds exactly the partner's earlier words.

    ``earlier`` is a snapshot the partner sent (its last contribution). On the
    partner's side (``side`` "ours"): the partner sent, the coordinator merged
    it as it was, the partner kept editing the same field; the package's value
    is the partner's own earlier text, which its later edit supersedes. On the
    coordinator's side (``side`` "theirs"): the same when a contribution of
    the previous round was merged after the next package was made. Nothing of
    the coordinator's is lost; any other conflict stays a conflict.
    """
    if earlier is None:
        return {}
    values = _field_values(load_document(earlier, "<partner's earlier contribution>"))
    other = "theirs" if side == "ours" else "ours"
    return {c.id: side for c in conflicts
            if c.field is not None and (c.list_name, c.uuid, c.field) in values
            and values[(c.list_name, c.uuid, c.field)] == getattr(c, other)}


def rebase_base(copy: PartnerCopy, package: Package) -> bytes:
    """The common base of the copy and the new package: what the partner last sent, if the coordinator merged it.

    Then the coordinator decided on every word of it (a conflict resolved
    either way, a change refused) and the package holds those decisions:
    what the partner has not touched since sending follows them, and only
    the partner's unsent edits are rebased. Otherwise, the copy's package.
    """
    sent = copy.sent_snapshot
    merged = package.manifest.merged_sha256
    if sent is not None and merged is not None and sha256_hex(sent) == merged:
        return sent
    assert copy.base_snapshot is not None
    return copy.base_snapshot


def _rebase(session: Session, copy: PartnerCopy, package: Package, take: Side | None,
            resolutions: Mapping[str, Resolution] | None,
            keep_budget: bool = False) -> tuple[MergeOutcome, tuple[Conflict, ...]]:
    """The rebase merged in memory, and the conflicts the user has to settle (those ``superseded`` does not)."""
    assert copy.base_snapshot is not None
    old_base = load_document(rebase_base(copy, package), "<partner copy's base>")
    ours = snapshot.load_document(session, copy.proposal_uuid)
    new_base = package.base
    gave_totals = copy.participation_uuid in partners_giving_totals(new_base)
    # The coordinator's totals of a partner's private budget never stand beside the partner's own detail.
    old_base = without_own_totals(old_base, ours, copy.participation_uuid)
    new_base = without_own_totals(new_base, ours, copy.participation_uuid)
    if keep_budget:
        old_base = keep_own_budget(old_base, ours, copy.participation_uuid)
        new_base = keep_own_budget(new_base, ours, copy.participation_uuid)
    if has_own_rates(ours, copy.participation_uuid) and (keep_budget or gave_totals):
        # The coordinator holds the partner's personnel as totals: it has no rate to send back.
        old_base = keep_own_rates(old_base, ours, copy.participation_uuid)
        new_base = keep_own_rates(new_base, ours, copy.participation_uuid)
    first = merge_documents(old_base, ours, new_base)
    auto = superseded(first.unresolved, copy.sent_snapshot, "ours")
    to_settle = tuple(c for c in first.unresolved if c.id not in auto)
    chosen = {**auto, **(resolutions or {})}
    outcome = merge_documents(old_base, ours, new_base, resolutions=chosen, take=take) \
        if first.unresolved else first
    return outcome, to_settle


def preview_rebase(session: Session, copy: PartnerCopy, package: Package, source: str) -> RebasePreview:
    """What opening ``package`` would do to the copy (never writes); raises InterchangeError like ``check_newer``."""
    check_newer(copy, package, source)
    outcome, to_settle = _rebase(session, copy, package, None, None, sharing.private_in(session, copy.proposal_uuid))
    return RebasePreview(package.manifest.partner.name, package.manifest.round, tuple(outcome.changes), to_settle)


def rebase_copy(session: Session, copy: PartnerCopy, package: Package, source: str,
                take: Side | None = None, resolutions: Mapping[str, Resolution] | None = None, *,
                keep_budget: bool = False) -> MergeOutcome:
    """Rebase the copy's edits onto ``package``'s base and make the copy answer as that package.

    ``resolutions`` (conflict id → "ours", "theirs" or ``Custom``) and
    ``take`` settle the conflicts, as in a merge. With ``keep_budget`` (the
    partner keeps its budget private), the partner's own budget lines are
    left as the copy holds them: the package has only the totals the
    coordinator was sent. Raises InterchangeError (see ``check_newer``) or
    RebaseConflicts; in both cases nothing was written.
    """
    check_newer(copy, package, source)
    manifest = package.manifest
    outcome, _ = _rebase(session, copy, package, take, resolutions, keep_budget)
    if outcome.unresolved:
        raise RebaseConflicts(source, tuple(outcome.unresolved))
    edits = outcome.edits
    snapshot.apply_changes(session, copy.proposal_uuid, edits.upserts, edits.deletions)
    assignment = manifest.to_assignment()
    copy.package_uuid = manifest.package_uuid
    copy.section_keys = sorted(assignment.section_keys)
    copy.wp_numbers = sorted(assignment.wp_numbers)
    copy.secret = manifest.secret
    copy.base_sha256 = manifest.base_sha256
    copy.base_snapshot = package.base_bytes
    copy.package_created_at = naive_utc(manifest.created_at)
    copy.sent_snapshot = None  # sent from the copy's previous package: the next rebase's base is this package's
    copy.opened_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    session.flush()
    return outcome
