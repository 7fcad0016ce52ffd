"""What the reader of a stored proposal may not see of the other partners (``document.withheld``), set on the
snapshot as it is loaded (``store.snapshot``, ``store.quick_snapshot``); never stored as data.

- A partner's login on the team server reads the organisations and participations through views that blank
  another partner's confidential columns, and none of its rows (``store.server_security``): withheld as the
  "none" sharing level, for every participation the view does not call the reader's own.
- A partner copy (a proposal opened from a package) holds what its package carried: withheld at the sharing
  level recorded from that package (``services.sharing.record_package_level``; a copy with none recorded
  came from a package made before the levels, which held everything).
- Anywhere else (the coordinator's proposal), nothing is withheld.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.withheld import of_others, with_marker
from medicen_desktop.model import PartnerCopy, SharingSetting
from medicen_desktop.store.server_security import is_partner

SERVER_LEVEL = "none"
"""What the team server's views withhold of another partner (``server_security``), whatever the coordinator
chose for packages."""


def mark(session: Session, document: ProposalDocument) -> ProposalDocument:
    """``document`` (just loaded through ``session``) with what its reader may not see marked withheld."""
    proposal_uuid = document.proposal.uuid
    if is_partner(session):
        own = set(session.execute(text("SELECT uuid FROM participations WHERE proposal_uuid = :p AND medicen_own"),
                                  {"p": proposal_uuid}).scalars())
        return with_marker(document, of_others(document, own, SERVER_LEVEL))
    copy = session.get(PartnerCopy, proposal_uuid)
    if copy is None:
        return with_marker(document, {})
    setting = session.get(SharingSetting, proposal_uuid)
    return with_marker(document, of_others(document, {copy.participation_uuid}, copy_level(setting)))


def copy_level(setting: SharingSetting | None) -> str:
    """The sharing level a partner copy's package was cut at."""
    return setting.level if setting is not None and setting.level is not None else "full"
