"""Named versions of a proposal: take one, list them, compare two, restore a part or all of one.

- ``take_snapshot``: the proposal as it is now, kept under a name (the
  merge, retarget, import and round services take one themselves before they
  write, through ``store.versions.record_document``).
- ``compare``: what changed between two versions, or a version and now
  (``exchange.diff``, pure, run on the snapshots read here).
- ``restore``: a part (``section:KEY``, ``wp:N``, ``budget:PARTNER``...)
  or the whole proposal as a version has it. A version of the proposal as it
  was just before is kept first, so a restore can itself be restored away.
  The write is three-way (services.revisions) against the snapshot the
  restore was decided on (``base_revision``, or the proposal as read in the
  same transaction): another writer's change made since, outside the part,
  stays; inside it, it is a WriteConflict and nothing is written.

Each function is one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.errors import Refused
from medicen_desktop.exchange.diff import DocumentDiff, diff_documents
from medicen_desktop.exchange.restore import normalise_part, restored
from medicen_desktop.services import assignment, edit, revisions
from medicen_desktop.services.lookup import audit, resolve
from medicen_desktop.store import snapshot, versions
from medicen_desktop.store.database import Database
from medicen_desktop.store.versions import VersionInfo, VersionNotFound

__all__ = ["Comparison", "Restored", "VersionInfo", "VersionNotFound", "compare", "list_versions", "load_pair",
           "prune_versions", "restore", "take_snapshot"]

NOW = "now"
"""The reference of the proposal as it is now (``compare``'s default ``to``)."""


class EmptyName(Refused):
    """A version needs a name."""


@dataclass(frozen=True)
class Comparison:
    """Two versions (``after`` None: the proposal now, at ``revision``) and what changed between them."""

    proposal_uuid: str
    before: VersionInfo
    after: VersionInfo | None
    revision: int
    diff: DocumentDiff

    def to_data(self) -> dict[str, object]:
        def side(info: VersionInfo | None) -> dict[str, object]:
            if info is None:
                return {"version": NOW, "revision": self.revision}
            return {"version": info.number, "name": info.name, "kind": info.kind, "revision": info.revision,
                    "created_at": info.created_at.isoformat(timespec="seconds")}
        return {"proposal": self.proposal_uuid, "from": side(self.before), "to": side(self.after),
                **self.diff.to_data()}


@dataclass(frozen=True)
class Restored:
    """What a restore wrote: the version kept just before it, the version restored, the part, the fields."""

    proposal_uuid: str
    saved: VersionInfo
    version: VersionInfo
    part: str | None
    changed: tuple[str, ...]
    before: ProposalDocument
    after: ProposalDocument


def take_snapshot(db: Database, ref: str, name: str, actor: str = "local") -> VersionInfo:
    """Keep the proposal as it is now as a version named ``name``. Raises EmptyName, ProposalNotFound."""
    if not name.strip():
        raise EmptyName("a version needs a name")
    proposal_uuid = resolve(db, ref)
    with db.transaction() as session:
        info = versions.record(session, proposal_uuid, name.strip(), "manual", actor)
        audit(session, proposal_uuid, actor, "snapshot", {"version": info.number, "name": info.name})
    return info


def prune_versions(db: Database, ref: str, *, dry_run: bool = False, actor: str = "local") -> list[VersionInfo]:
    """Remove the automatic versions the policy no longer keeps (``store.versions.prune``: named ones are
    kept forever, automatic ones for the last 20 and 30 days); ``dry_run`` only lists them. One transaction."""
    proposal_uuid = resolve(db, ref)
    with db.transaction() as session:
        gone = versions.prune(session, proposal_uuid, dry_run=dry_run)
        if gone and not dry_run:
            audit(session, proposal_uuid, actor, "prune-versions", {"versions": [v.number for v in gone]})
    return gone


def list_versions(db: Database, ref: str) -> list[VersionInfo]:
    """The proposal's versions, oldest first."""
    proposal_uuid = resolve(db, ref)
    with db.read() as session:
        return versions.list_versions(session, proposal_uuid)


def load_pair(db: Database, ref: str, before: str, after: str | None = None
              ) -> tuple[str, VersionInfo, ProposalDocument, VersionInfo | None, ProposalDocument]:
    """(proposal UUID, version ``before`` and its snapshot, version ``after`` or None for now, and its snapshot).

    Raises VersionNotFound, ProposalNotFound.
    """
    proposal_uuid = resolve(db, ref)
    with db.read() as session:
        old_info, old = versions.load(session, proposal_uuid, before)
        if after is None or after.strip().casefold() == NOW:
            return proposal_uuid, old_info, old, None, snapshot.load_document(session, proposal_uuid)
        new_info, new = versions.load(session, proposal_uuid, after)
        return proposal_uuid, old_info, old, new_info, new


def compare(db: Database, ref: str, before: str, after: str | None = None) -> Comparison:
    """What changed from version ``before`` to version ``after`` (None or "now": the proposal now)."""
    proposal_uuid, old_info, old, new_info, new = load_pair(db, ref, before, after)
    return Comparison(proposal_uuid, old_info, new_info, new.proposal.revision, diff_documents(old, new))


def restore(db: Database, ref: str, version: str, part: str | None = None, *, actor: str = "local",
            base_revision: int | None = None) -> Restored:
    """Bring back ``part`` (None: everything) of ``version``; see the module docstring.

    Raises VersionNotFound, exchange.restore.UnknownPart / PartDoesNotFit,
    WriteConflict, HistoryTooShort (``base_revision`` older than the
    journal), edit.OutsideAssignment (a partner copy restoring outside its
    assignment); in every case nothing is written.
    """
    proposal_uuid = resolve(db, ref)
    wanted_part = None if part is None or normalise_part(part) == "all" else normalise_part(part)
    with db.transaction() as session:
        info, kept = versions.load(session, proposal_uuid, version)
        current = snapshot.load_document(session, proposal_uuid)
        base = current if base_revision is None or base_revision == current.proposal.revision \
            else revisions.base_at(session, proposal_uuid, base_revision)
        wanted = restored(base, kept, wanted_part)
        reason = assignment.replace_refusal(session, restored(current, kept, wanted_part))
        if reason is not None:
            raise edit.OutsideAssignment(reason)
        what = f"restoring {wanted_part or 'everything'} from version {info.number}"
        saved = versions.record_document(session, current, f"{info.number}:{wanted_part or 'all'}", "restore", actor,
                                         keep=frozenset({info.uuid}))  # the version restored from stays
        outcome = revisions.write_based_on(session, proposal_uuid, base, wanted, what=what)
        changed = tuple(c.path for c in outcome.changes)
        audit(session, proposal_uuid, actor, "restore",
              {"version": info.number, "part": wanted_part, "saved_as": saved.number, "fields": list(changed)})
        after = snapshot.load_document(session, proposal_uuid)
    return Restored(proposal_uuid, saved, info, wanted_part, changed, current, after)
