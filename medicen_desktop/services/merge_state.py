"""Whether a proposal has merged contributions, without loading the merge itself.

The window asks this each time it opens a proposal (to enable "Undo last
merge"); ``services.merging`` imports the whole exchange (packages,
signatures and their cryptography library), which the window should only
load when the user merges or undoes a merge.
"""

from __future__ import annotations

from sqlalchemy import select

from medicen_desktop.model import AppliedContribution, ExchangePackage
from medicen_desktop.store.database import Database


def has_merges(db: Database, proposal_uuid: str) -> bool:
    """Whether ``merging.list_merges(db, proposal_uuid)`` would list any merge (the same rows, the first only)."""
    with db.read() as session:
        first = session.execute(
            select(AppliedContribution.uuid)
            .join(ExchangePackage, ExchangePackage.uuid == AppliedContribution.package_uuid)
            .where(AppliedContribution.proposal_uuid == proposal_uuid)
            .limit(1)
        ).first()
    return first is not None
