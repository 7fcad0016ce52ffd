"""The names ``ProposalDocument.withheld`` may hold, and what each sharing level withholds (``document.withheld``
says what the marker means; this module imports nothing, so the schema's validator can read it)."""

from __future__ import annotations

FIGURES = ("siret", "pic", "vat", "headcount", "turnover", "balance_sheet")
ORGANISATION_FIELDS = (*FIGURES, "address")
PARTICIPATION_FIELDS = ("contact_name", "contact_email", "contact_phone")
PARTNER_LISTS = ("attachments", "budget_lines", "efforts", "staff_rates", "team_members")
"""Lists whose rows belong to one participation (an annex without one is the proposal's, never withheld)."""

ALLOWED: dict[str, frozenset[str]] = {
    "organisations": frozenset(ORGANISATION_FIELDS),
    "participations": frozenset((*PARTICIPATION_FIELDS, *PARTNER_LISTS)),
}
"""What may be marked withheld on an entity of each list."""

AT_LEVEL: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "full": ((), ()),
    "totals": (FIGURES, ("attachments", "staff_rates")),
    "none": (ORGANISATION_FIELDS, (*PARTICIPATION_FIELDS, *PARTNER_LISTS)),
}
"""Per sharing level (``exchange.confidentiality.ShareLevel``'s values): what of another partner is withheld,
(organisation fields, participation fields and lists). The team server withholds as "none"."""


def canonical_marker(withheld: dict[str, list[str]], present: dict[str, set[str]]) -> dict[str, list[str]]:
    """``withheld`` with its names sorted and unique (the JSON stays canonical), once each entity is checked to be
    an organisation or a participation (``present``: list name → UUIDs of the document) and each name one the marker
    may hold for it; raises ValueError otherwise (the schema's validator calls this)."""
    for uuid, names in withheld.items():
        list_name = next((name for name in ALLOWED if uuid in present[name]), None)
        if list_name is None:
            raise ValueError(f"withheld.{uuid}: no organisation or participation with that UUID in the document")
        unknown = sorted(set(names) - ALLOWED[list_name])
        if unknown:
            raise ValueError(f"withheld.{uuid}: {unknown[0]!r} is not something withheld of {list_name}")
    return {uuid: sorted(set(names)) for uuid, names in sorted(withheld.items())}
