"""The participants table: who the partners are, where, and the legal identifier the funder reads."""

from __future__ import annotations

from medicen_desktop.document import geography
from medicen_desktop.document.schema import Organisation, ParticipantRole, ProposalDocument
from medicen_desktop.document.text import normalise_plain
from medicen_desktop.export.labels import Labels
from medicen_desktop.export.outline import Outline


def add_participants(outline: Outline, document: ProposalDocument, labels: Labels, identifier: str) -> None:
    """One row a partner: number, short and legal name, kind, location, PIC or SIRET, contact."""
    orgs = {o.uuid: o for o in document.organisations}
    parts = sorted(document.participations, key=lambda p: p.position)
    outline.table(
        ["#", labels("partner"), labels("organisation"), labels("kind"), labels("location"),
         identifier_header(identifier), labels("contact")],
        [[f"P{i + 1}", orgs[p.organisation_uuid].short_name, normalise_plain(orgs[p.organisation_uuid].legal_name),
          labels.kind(orgs[p.organisation_uuid].kind.value)
          + (f" · {labels('coordinator')}" if p.role == ParticipantRole.COORDINATOR else ""),
          location(orgs[p.organisation_uuid], labels), legal_identifier(orgs[p.organisation_uuid], identifier),
          "\n".join(x for x in (p.contact_name, p.contact_email) if x)]
         for i, p in enumerate(parts)],
        [0.4, 1.0, 2.3, 1.15, 1.35, 1.15, 1.8])


def identifier_header(identifier: str) -> str:
    """The column the funder reads partners' legal identifiers in: PIC for EU calls, SIRET for French ones."""
    return {"pic": "PIC", "siret": "SIRET"}.get(identifier, "SIRET / PIC")


def legal_identifier(org: Organisation, identifier: str) -> str:
    """The organisation's PIC or SIRET as the call asks (``any``: SIRET in France, else PIC), grouped."""
    if identifier == "pic" or (identifier == "any" and org.country != "FR"):
        return _grouped(org.pic, (3, 3, 3)) if org.pic else org.siret
    return _grouped(org.siret, (3, 3, 3, 5)) if org.siret else org.pic


def _grouped(number: str, sizes: tuple[int, ...]) -> str:
    """A number as people read it ("732 829 320 00074"), joined by no-break spaces so it never splits."""
    if not number.isdigit() or len(number) not in (sum(sizes), sum(sizes[:3])):
        return number
    groups, start = [], 0
    for size in sizes:
        if start < len(number):
            groups.append(number[start:start + size])
        start += size
    return "\u00a0".join(groups)


def country(org: Organisation, labels: Labels) -> str:
    """The organisation's country named in the dossier's language."""
    return geography.country_name(org.country, "fr" if labels.language == "fr" else "en")


def location(org: Organisation, labels: Labels) -> str:
    """City, region and country, as the funder's participants table lists them."""
    language: geography.Lang = "fr" if labels.language == "fr" else "en"
    region = geography.region_name(org.region, language) if org.region.startswith(f"{org.country}-") else ""
    parts = [normalise_plain(org.city), region, geography.country_name(org.country, language)]
    return ", ".join(part for part in parts if part)
