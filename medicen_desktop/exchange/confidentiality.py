"""What a partner sees of the other partners, and what it keeps of its own.

The coordinator chooses, per proposal, a sharing level (``ShareLevel``);
``for_partner`` cuts a snapshot down to it *before* the package is built, so
what is withheld is absent from the package's bytes, not merely hidden.
Of the other partners (every participation but the package's own, the
coordinator's included):

================================  ========  ====================  =========
                                  full      totals                none
================================  ========  ====================  =========
budget lines                      every     one total line each   none
effort (person-months per WP)     every     every                 none
team members                      every     name, job, months     none
CV text                           yes       no                    no
SIRET, PIC, VAT, headcount,       yes       no                    no
turnover, balance sheet
contacts (name, e-mail, phone,    yes       yes                   no
postal address)
their attachments (CVs, letters)  yes       no                    no
================================  ========  ====================  =========

Names, kinds, countries, roles and the proposal's text, work plan and
proposal-wide attachments always travel. The snapshot says what it withholds
(``ProposalDocument.withheld``, ``document.withheld``). The partner's own data always
travels whole.

Merging stays exact: what was withheld is absent from (or blank in) both the
package's base and the partner's snapshot, so the three-way merge sees no
change there and keeps the coordinator's data; a total line is in the base
and the contribution but not in the coordinator's proposal, so it is not
written back either.

The other way, a partner may keep its own budget detail (its salary rates)
in its copy: ``own_totals`` turns the partner's lines into one line per
category and period for the contribution, except where the partner left a
category and period exactly as its package had them (nothing private there,
and the coordinator's lines stay as they are). Pure: functions of
snapshots.
"""

from __future__ import annotations

import uuid as uuidlib
from collections import defaultdict
from decimal import Decimal
from enum import StrEnum
from typing import Any

from medicen_desktop.document.schema import SHARED_TOTAL_CATEGORY, ProposalDocument
from medicen_desktop.document.withheld import of_others


class ShareLevel(StrEnum):
    """What partners see of each other (the coordinator's choice, per proposal)."""

    FULL = "full"
    TOTALS = "totals"
    NONE = "none"


DEFAULT_LEVEL = ShareLevel.NONE
"""For a proposal whose coordinator never chose: a partner learns nothing of the others until the
coordinator decides to share it (what was sent cannot be taken back; what was withheld can be sent)."""

_NAMESPACE = uuidlib.UUID("5b0e7f2c-3c1d-4d8e-9a57-6f1c2e8d4b10")
_FIGURES = {"siret": "", "pic": "", "vat": "", "headcount": None, "turnover": None, "balance_sheet": None}
_CONTACTS = {"contact_name": "", "contact_email": "", "contact_phone": ""}
SHARED_TOTAL_DESCRIPTION = "Total (detail not shared)"
OWN_TOTAL_DESCRIPTION = "Total (detail kept by the partner)"


def total_line_uuid(participation_uuid: str, *key: object) -> str:
    """The stable UUID of a total line (the same in every round, so a new total is an edit, not a new line)."""
    return str(uuidlib.uuid5(_NAMESPACE, "/".join((participation_uuid, *map(str, key)))))


def for_partner(document: ProposalDocument, participation_uuid: str, level: ShareLevel) -> ProposalDocument:
    """``document`` as the partner ``participation_uuid`` may see it at ``level`` (see the module's table)."""
    if level is ShareLevel.FULL:
        return document
    data = document.model_dump()
    own_organisations = {p["organisation_uuid"] for p in data["participations"] if p["uuid"] == participation_uuid}

    def other(values: dict[str, Any]) -> bool:
        owner = values.get("participation_uuid")
        return owner is not None and owner != participation_uuid

    for organisation in data["organisations"]:
        if organisation["uuid"] not in own_organisations:
            organisation.update(_FIGURES)
            if level is ShareLevel.NONE:
                organisation["address"] = ""
    # Other partners' monthly rates are salaries: only "full" shares them (their personnel cost is in the totals).
    personnel = _personnel_costs(data, participation_uuid)
    data["staff_rates"] = [r for r in data["staff_rates"] if not other(r)]
    for effort in data["efforts"]:
        if other(effort):
            effort["staff_rate_uuid"] = None
    if level is ShareLevel.NONE:
        for participation in data["participations"]:
            if participation["uuid"] != participation_uuid:
                participation.update(_CONTACTS)
        data["team_members"] = [m for m in data["team_members"] if not other(m)]
        data["efforts"] = [e for e in data["efforts"] if not other(e)]
        data["budget_lines"] = [b for b in data["budget_lines"] if not other(b)]
    else:
        for member in data["team_members"]:
            if other(member):
                member["cv"] = ""
        data["budget_lines"] = _with_partner_totals(data["budget_lines"], participation_uuid, personnel)
    data["attachments"] = [a for a in data["attachments"] if not other(a)]
    # Said in the snapshot, so that the partner's rules and window tell a withheld value from a missing one.
    data["withheld"] = of_others(document, {participation_uuid}, level.value)
    return ProposalDocument.model_validate(data)


def _personnel_costs(data: dict[str, Any], participation_uuid: str) -> dict[str, Decimal]:
    """Each other partner's personnel cost: its effort times its staff rates (an effort's own, else its first)."""
    rates = {r["uuid"]: r for r in data["staff_rates"]}
    first: dict[str, Decimal] = {}
    for rate in sorted(data["staff_rates"], key=lambda r: (r["position"], r["uuid"])):
        first.setdefault(rate["participation_uuid"], rate["monthly_rate"])
    costs: dict[str, Decimal] = defaultdict(Decimal)
    for effort in data["efforts"]:
        owner = effort["participation_uuid"]
        if owner == participation_uuid:
            continue
        rate = rates.get(effort.get("staff_rate_uuid") or "")
        monthly = rate["monthly_rate"] if rate is not None else first.get(owner)
        if monthly is not None:
            costs[owner] += Decimal(str(effort["person_months"])) * monthly
    return {owner: cost.quantize(Decimal("0.01")) for owner, cost in costs.items()}


def _with_partner_totals(lines: list[dict[str, Any]], participation_uuid: str,
                         personnel: dict[str, Decimal]) -> list[dict[str, Any]]:
    """The partner's own lines, then one total line per other partner (all categories and periods, its
    personnel cost from effort and rates included)."""
    kept = [line for line in lines if line["participation_uuid"] == participation_uuid]
    totals: dict[str, Decimal] = defaultdict(Decimal, personnel)
    for line in lines:
        if line["participation_uuid"] != participation_uuid:
            totals[line["participation_uuid"]] += line["amount"]
    for owner, amount in sorted(totals.items()):
        kept.append({
            "uuid": total_line_uuid(owner, "shared-total"), "revision": 1, "participation_uuid": owner,
            "category": SHARED_TOTAL_CATEGORY, "period": 1, "amount": amount, "person_months": None,
            "description": SHARED_TOTAL_DESCRIPTION,
        })
    return kept


def own_totals(document: ProposalDocument, base: ProposalDocument, participation_uuid: str) -> ProposalDocument:
    """``document`` with the partner's budget lines summed per category and period, for its contribution.

    A category and period whose lines are exactly the base's (the package's)
    keep them as they are; any other becomes one line (stable UUID) with the
    sum of the amounts and of the person-months, and no description: the
    coordinator learns the totals, not the rates.
    """
    data = document.model_dump()
    base_lines = [b.model_dump() for b in base.budget_lines if b.participation_uuid == participation_uuid]
    groups: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    base_groups: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    # Personnel given as totals (exchange/private_rates.py) is summed per WP and year already: never regrouped.
    for line in data["budget_lines"]:
        if line["participation_uuid"] == participation_uuid and not line["given_total"]:
            groups[(line["category"], line["period"])].append(line)
    for line in base_lines:
        if not line["given_total"]:
            base_groups[(line["category"], line["period"])].append(line)
    changed = {key for key, group in groups.items() if _key_set(group) != _key_set(base_groups.get(key, []))}
    lines: list[dict[str, Any]] = []
    for line in data["budget_lines"]:  # in their order; a changed group's total where its first line was
        key = (line["category"], line["period"])
        if line["participation_uuid"] != participation_uuid or key not in changed or line["given_total"]:
            lines.append(line)
        elif line is groups[key][0]:
            lines.append(_own_total(participation_uuid, key, groups[key]))
    data["budget_lines"] = lines
    return ProposalDocument.model_validate(data)


def _own_total(participation_uuid: str, key: tuple[str, int], group: list[dict[str, Any]]) -> dict[str, Any]:
    months = [line["person_months"] for line in group if line["person_months"] is not None]
    return {
        "uuid": total_line_uuid(participation_uuid, "own-total", *key), "revision": 1,
        "participation_uuid": participation_uuid, "category": key[0], "period": key[1],
        "amount": sum((line["amount"] for line in group), Decimal(0)),
        "person_months": sum(months, Decimal(0)) if months else None, "description": OWN_TOTAL_DESCRIPTION,
    }


def _key_set(lines: list[dict[str, Any]]) -> frozenset[tuple[Any, ...]]:
    return frozenset(tuple(sorted((k, v) for k, v in line.items() if k != "revision")) for line in lines)


def keep_own_budget(document: ProposalDocument, own: ProposalDocument, participation_uuid: str) -> ProposalDocument:
    """``document`` with the partner's budget lines replaced by those of ``own`` (its private copy).

    A partner keeping its budget private rebases a new package onto its copy
    with this applied to both bases: the coordinator's totals of its budget
    never overwrite the detail it keeps.
    """
    data = document.model_dump()
    data["budget_lines"] = [b for b in data["budget_lines"] if b["participation_uuid"] != participation_uuid] + [
        b.model_dump() for b in own.budget_lines if b.participation_uuid == participation_uuid]
    return ProposalDocument.model_validate(data)


def without_own_totals(document: ProposalDocument, own: ProposalDocument, participation_uuid: str) -> ProposalDocument:
    """``document`` without the partner's own total lines (and given personnel totals) that its copy ``own``
    does not hold.

    They are the coordinator's mirror of detail the partner keeps: a new
    round never brings them into the copy beside that detail, even once the
    partner stopped keeping it private (its next contribution then sends the
    lines, and the coordinator's merge deletes the totals they replace).
    """
    held = {b.uuid for b in own.budget_lines}
    totals = {total_line_uuid(participation_uuid, "own-total", b.category, b.period) for b in document.budget_lines
              if b.participation_uuid == participation_uuid}
    dropped = {b.uuid for b in document.budget_lines if (b.uuid in totals or (
        b.given_total and b.participation_uuid == participation_uuid)) and b.uuid not in held}
    if not dropped:
        return document
    return document.model_copy(update={"budget_lines": [b for b in document.budget_lines if b.uuid not in dropped]})
