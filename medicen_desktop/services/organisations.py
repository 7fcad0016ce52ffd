"""Organisation profiles: the legal identities reused from one proposal to the next.

A profile (legal name, kind, SIRET, region...) belongs to no proposal; a
proposal takes part through a participation. These read-only queries let a
coordinator pick an organisation already known instead of typing it again.

Search is done in Python, not with SQL ``LIKE``: SQLite folds case for ASCII
only, and "hopital" must find "Hôpital".
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from medicen_desktop.document import identity
from medicen_desktop.document.schema import Organisation as OrganisationEntity
from medicen_desktop.model import Organisation, Participation
from medicen_desktop.store.database import Database
from medicen_desktop.store.snapshot import row_values


@dataclass(frozen=True)
class OrganisationProfile:
    """A profile and how many proposals it takes part in."""

    organisation: OrganisationEntity
    proposals: int

    @property
    def uuid(self) -> str:
        return self.organisation.uuid

    @property
    def name(self) -> str:
        """Short name when it has one, else the legal name."""
        return self.organisation.short_name or self.organisation.legal_name


def list_organisations(db: Database) -> list[OrganisationProfile]:
    """Every profile, by name (accents and case ignored)."""
    with db.read() as session:
        counts: dict[str, int] = {
            uuid: count for uuid, count in session.execute(
                select(Participation.organisation_uuid, func.count(func.distinct(Participation.proposal_uuid)))
                .group_by(Participation.organisation_uuid))
        }
        profiles = [
            OrganisationProfile(OrganisationEntity.model_validate(row_values(row, OrganisationEntity)),
                                counts.get(row.uuid, 0))
            for row in session.scalars(select(Organisation))
        ]
    return sorted(profiles, key=lambda p: (folded(p.organisation.legal_name), p.uuid))


def search(db: Database, text: str, limit: int | None = None) -> list[OrganisationProfile]:
    """Profiles whose legal name, short name, SIRET, PIC or city contains every word of ``text``.

    Case and accents are ignored; an empty text matches every profile.
    """
    words = folded(text).split()
    found = [p for p in list_organisations(db) if all(word in _haystack(p.organisation) for word in words)]
    return found[:limit] if limit is not None else found


def folded(text: str) -> str:
    """Lower case without accents: "Hôpital Européen" -> "hopital europeen"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _haystack(organisation: OrganisationEntity) -> str:
    parts = (organisation.legal_name, organisation.short_name, organisation.siret, organisation.pic, organisation.city)
    return folded(" ".join(part for part in parts if part))


def field_problem(field: str, value: str, country: str, language: str) -> str:
    """What is wrong with ``value`` typed into an identity field, in ``language``; "" when nothing is.

    The same check ``validate`` reports as a finding (``rules.identity_checks``).
    """
    found = identity.problem(field, value, country)
    return "" if found is None else found.message(language)


def size_verdict(kind: str, headcount: int | None, turnover: Decimal | None, balance_sheet: Decimal | None,
                 language: str) -> tuple[str, bool]:
    """(what the SME figures say, whether it contradicts ``kind``), in ``language``; ("", False) when undecided."""
    contradiction = identity.kind_contradiction(kind, headcount, turnover, balance_sheet)
    if contradiction is not None:
        return contradiction.message(language), True
    size = identity.size_class(headcount, turnover, balance_sheet)
    if size is None:
        return "", False
    name = identity.size_name(size, language)
    return (f"D'après ces chiffres : {name}." if language == "fr" else f"By these figures: {name}."), False


def stored_region(text: str, country: str) -> str:
    """What is stored for a region chosen or typed: its ISO 3166-2 code, or the text when no code matches."""
    return identity.normalise("region", text, country)
