"""Personnel a partner gave as totals (its rates private) is the partner's: no one edits it here.

``refusal`` is asked by every edit (services/edit.py): a given total line is
neither changed, added nor deleted by hand, and no rate is added for a
partner whose personnel is given as totals (it would count twice). Only the
partner's next contribution changes them (exchange/private_rates.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from medicen_desktop.model import BudgetLine, Organisation, Participation


def refusal(session: Session, proposal_uuid: str, list_name: str,
            before: dict[str, Any] | None, after: dict[str, Any] | None) -> str | None:
    """Why this edit (``before`` → ``after``, None for an addition or a deletion) is refused, or None."""
    values = after if after is not None else before
    if values is None:
        return None
    partner = values.get("participation_uuid")
    if list_name == "budget_lines" and any(v is not None and v.get("given_total") for v in (before, after)):
        name = _name(session, partner)
        return (f"the personnel given as totals by {name} changes only with {name}'s next contribution "
                "(its rates stay in its own copy)")
    if list_name == "staff_rates" and before is None and partner is not None and session.scalar(
            select(BudgetLine.uuid).where(BudgetLine.proposal_uuid == proposal_uuid,
                                          BudgetLine.participation_uuid == partner,
                                          BudgetLine.given_total.is_(True)).limit(1)) is not None:
        name = _name(session, partner)
        return (f"{name} gave its personnel as totals (its rates are private): a rate here would count it twice; "
                f"{name}'s next contribution with rates replaces the totals")
    return None


def _name(session: Session, participation_uuid: Any) -> str:
    participation = session.get(Participation, participation_uuid) if isinstance(participation_uuid, str) else None
    organisation = session.get(Organisation, participation.organisation_uuid) if participation is not None else None
    if organisation is None:
        return "the partner"
    return organisation.short_name or organisation.legal_name
