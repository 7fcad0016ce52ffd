"""Values withheld from a snapshot's reader: what a partner may not see of the other partners.

A partner reads the proposal either from a package cut to the coordinator's
sharing level (``exchange.confidentiality.for_partner``) or on the team
server through views that blank another partner's confidential columns
(``store.server_security``). Either way a blank there is not a missing value:
the snapshot says so in ``ProposalDocument.withheld``, a map from the UUID of
an organisation or a participation to the names of what is withheld:

- an organisation's confidential fields (``ORGANISATION_FIELDS``);
- a participation's contact (``PARTICIPATION_FIELDS``), and the partner's own
  rows of a list (``PARTNER_LISTS``: its team, effort, budget lines, monthly
  rates, annexes), which the reader does not have at all.

The rules skip "missing" findings on what is withheld, the GUI shows it as
hidden and read-only, and neither a save nor a merge ever writes a withheld
value back as if it were the partner's (``untouched``). The marker is never
data of the dossier. Pure: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from medicen_desktop.document.withheld_fields import (  # noqa: F401 - re-exported: the names live there
    ALLOWED as ALLOWED,
    AT_LEVEL as AT_LEVEL,
    FIGURES as FIGURES,
    ORGANISATION_FIELDS as ORGANISATION_FIELDS,
    PARTICIPATION_FIELDS as PARTICIPATION_FIELDS,
    PARTNER_LISTS as PARTNER_LISTS,
)

if TYPE_CHECKING:
    from medicen_desktop.document.schema import ProposalDocument


def of_others(document: ProposalDocument, own: Collection[str], level: str) -> dict[str, list[str]]:
    """The marker of a reader who is the participations ``own`` and sees the others at sharing ``level``."""
    organisation_fields, participation_fields = AT_LEVEL[level]
    if not organisation_fields and not participation_fields:
        return {}
    own_organisations = {p.organisation_uuid for p in document.participations if p.uuid in own}
    marker: dict[str, list[str]] = {}
    for participation in document.participations:
        if participation.uuid in own:
            continue
        if participation_fields:
            marker[participation.uuid] = sorted(participation_fields)
        if organisation_fields and participation.organisation_uuid not in own_organisations:
            marker[participation.organisation_uuid] = sorted(organisation_fields)
    return dict(sorted(marker.items()))


def with_marker(document: ProposalDocument, marker: Mapping[str, list[str]]) -> ProposalDocument:
    """``document`` carrying ``marker`` (the same document when it already does)."""
    if dict(document.withheld) == dict(marker):
        return document
    return document.model_copy(update={"withheld": dict(marker)})


def pairs(document: ProposalDocument) -> frozenset[tuple[str, str]]:
    """(entity UUID, field or list name) of every withheld value."""
    return frozenset((uuid, name) for uuid, names in document.withheld.items() for name in names)


def withheld_field(document: ProposalDocument, uuid: str, field: str) -> bool:
    """Whether ``field`` of the entity ``uuid`` is withheld from this snapshot's reader."""
    return field in document.withheld.get(uuid, ())


def owner_name(document: ProposalDocument, uuid: str) -> str:
    """The short (else legal) name of the partner a withheld value of entity ``uuid`` belongs to."""
    organisation_uuid = next((p.organisation_uuid for p in document.participations if p.uuid == uuid), uuid)
    organisation = next((o for o in document.organisations if o.uuid == organisation_uuid), None)
    return "" if organisation is None else organisation.short_name or organisation.legal_name


def withheld_lists(marker: Mapping[str, Collection[str]]) -> Iterator[tuple[str, str]]:
    """(participation UUID, list name) of every list withheld in ``marker``."""
    for uuid, names in marker.items():
        for name in names:
            if name in PARTNER_LISTS:
                yield uuid, name


def untouched(document: ProposalDocument, reference: ProposalDocument,
              marker: Mapping[str, Collection[str]] | None = None) -> ProposalDocument:
    """``document`` with each value withheld from its reader (``marker``, by default its own) as ``reference``
    holds it: the fields of an entity ``reference`` has, and a participation's withheld lists whole.

    A partner's snapshot compared with the coordinator's (a contribution merged against its base, a file
    imported over the stored proposal) then changes nothing it could not see: a withheld value is "not
    touched", never "emptied"."""
    marker = document.withheld if marker is None else marker
    if not marker:
        return document
    data = document.model_dump()
    references: dict[str, dict[str, Any]] = {e.uuid: e.model_dump() for name in ALLOWED
                                             for e in getattr(reference, name)}
    for name in ALLOWED:
        for values in data[name]:
            known = references.get(values["uuid"])
            for field in marker.get(values["uuid"], ()):
                if known is not None and field in known:
                    values[field] = known[field]
    hidden = set(withheld_lists(marker))
    for list_name in PARTNER_LISTS:
        if not any(name == list_name for _uuid, name in hidden):
            continue
        kept = [v for v in data[list_name] if (v.get("participation_uuid"), list_name) not in hidden]
        data[list_name] = kept + [e.model_dump() for e in getattr(reference, list_name)
                                  if (e.participation_uuid, list_name) in hidden]
    return type(document).model_validate(data)
