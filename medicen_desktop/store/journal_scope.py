"""Which partner's confidential values a change journal entry carries (its ``partner_scope``).

On a team server (``store.server_security``) a partner's role reads only the
journal entries whose scope is NULL (shared: the text, the work plan, the
partners' names) or one of its own participations. The write path
(``store.journal``) scopes each entry:

- a row of a partner's own table (``OWNED_LISTS``: budget lines, monthly
  rates, team members, efforts, the partner's attachments): that partner;
- a confidential column of an organisation or a participation (``MASKED``:
  SIRET, PIC, VAT, the SME figures and the address; the contacts): the
  participation(s) of that organisation in the proposal;
- an organisation or participation added or deleted as a whole: split in
  two, the shared entry carrying the row with its confidential columns
  masked as the server shows them to the other partners (``MASKED``), then
  one scoped field entry per confidential value. Read backwards
  (``store.history``) the pair rebuilds the row exactly; a partner reading
  only the shared entry rebuilds the row as it sees it today.

Scope "" is no partner: the tables' owner only (entries written before the
scope existed, schema revision 0011_rls).
"""

from __future__ import annotations

from typing import Any

OWNED_LISTS = frozenset({"budget_lines", "staff_rates", "team_members", "efforts", "attachments"})
"""Lists whose every row belongs to one participation (``participation_uuid``; NULL: a proposal-wide annex)."""

MASKED: dict[str, dict[str, Any]] = {
    "organisations": {"siret": "", "pic": "", "vat": "", "headcount": None, "turnover": None,
                      "balance_sheet": None, "address": ""},
    "participations": {"contact_name": "", "contact_email": "", "contact_phone": ""},
}
"""The confidential columns of rows every partner reads, and what the server shows the other partners instead
(what a package at the default sharing level blanks: ``exchange.confidentiality``)."""

NO_PARTNER = ""


def row_scope(list_name: str, row: Any) -> str | None:
    """The scope of an entry about ``row`` (organisations: resolved per proposal by the caller, here None)."""
    if list_name in OWNED_LISTS:
        owner = getattr(row, "participation_uuid", None)
        return str(owner) if owner is not None else None
    if list_name == "participations":
        return str(row.uuid)
    return None


def scoped(entry: dict[str, Any], scopes: list[str]) -> list[dict[str, Any]]:
    """``entry`` (a journal row's values) as the scoped rows to write, in order.

    ``scopes``: the participations whose confidential values a row of ``MASKED`` carries (an organisation:
    its participations in the entry's proposal; a participation: itself); an owned row's entry already
    carries its ``partner_scope``."""
    masked = MASKED.get(entry["list_name"])
    if masked is None:
        return [entry]
    scopes = scopes or [NO_PARTNER]
    field = entry["field"]
    if field is not None:
        if field not in masked:
            return [{**entry, "partner_scope": None}]
        return [{**entry, "partner_scope": scope} for scope in scopes]
    values = entry["after"] if entry["after"] is not None else entry["before"]
    hidden = {name: values[name] for name in masked if name in values and values[name] != masked[name]}
    shared_values = {**values, **{name: masked[name] for name in hidden}}
    shared = {**entry, "partner_scope": None,
              "before": shared_values if entry["before"] is not None else None,
              "after": shared_values if entry["after"] is not None else None}
    inserted = entry["after"] is not None
    details = [{**entry, "partner_scope": scope, "field": name,
                "before": masked[name] if inserted else value, "after": value if inserted else masked[name]}
               for name, value in hidden.items() for scope in scopes]
    return [shared, *details] if inserted else [*details, shared]
