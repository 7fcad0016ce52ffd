"""What a partner's checks may say when the snapshot withholds other partners' values (``document.withheld``).

A blank the reader was not allowed to see is not a missing value: a finding
on a withheld value (``partner.legal-id-missing`` on another partner's
SIRET, ``partner.team-empty`` on a team the reader does not have) is left
out, and so are the findings that weigh every partner's budget or effort
against the whole (``CONSORTIUM_CODES``) when some partner's are withheld:
one information finding then says those checks are the coordinator's. What
the reader sees (its own values, the text, the work plan) is checked as
everywhere. A snapshot with nothing withheld (the coordinator's) gets its
findings unchanged.
"""

from __future__ import annotations

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.withheld import pairs, withheld_lists
from medicen_desktop.rules.findings import Finding

CONSORTIUM_CODES = frozenset({
    "eligibility.total_cost", "eligibility.total_aid", "eligibility.share", "eligibility.aid_share",
    "eligibility.partner_share", "budget.partner-dominant", "wp.leader-little-effort",
})
"""Findings (by message) that compare a partner's or the consortium's budget or effort with the whole."""

_WEIGHED = frozenset({"budget_lines", "efforts"})

WITHHELD_CODE = "withheld.consortium-checks"


def without_withheld(document: ProposalDocument, found: list[Finding]) -> list[Finding]:
    """``found`` without what the snapshot's withheld values make untrue (see the module)."""
    if not document.withheld:
        return found
    hidden = pairs(document)
    weighed = {list_name for _uuid, list_name in withheld_lists(document.withheld)} & _WEIGHED
    kept: list[Finding] = []
    skipped_whole = False
    for finding in found:
        if (finding.entity_uuid, finding.field) in hidden:
            continue
        if weighed and (finding.message_key or finding.code) in CONSORTIUM_CODES:
            skipped_whole = True
            continue
        kept.append(finding)
    if skipped_whole:
        kept.append(Finding("info", WITHHELD_CODE, {}, document.proposal.uuid, "budget_lines"))  # shown under Budget
    return kept
