"""Horizon Europe's country rules, evaluated on a proposal's partners.

``consortium`` checks the minimum composition (by default: at least three
independent legal entities, each in a different Member State or Associated
Country, at least one in a Member State); ``third_countries`` flags each
partner established elsewhere, which is not funded by default. Which
countries are Member States or associated, since when and to which part of
the programme, is data (``document.geography``).

That the entities are *independent* of each other (no control of one over
another) is not recorded in the proposal and so not checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from medicen_desktop.document import geography
from medicen_desktop.document.schema import Organisation, ProposalDocument
from medicen_desktop.rules import eligibility_model as m


def eligible_country(code: str, part: geography.ProgrammePart, on: dt.date | None = None) -> str | None:
    """The country a partner established in ``code`` counts for (RE counts as FR), or None if it counts for none."""
    state = geography.member_state_of(code)
    if state is not None:
        return state
    return code if geography.is_associated_country(code, part, on) else None


def consortium(rule: m.EuConsortiumRule, document: ProposalDocument,
               on: dt.date | None = None) -> tuple[bool, str, str]:
    """(holds, what the proposal has in French, in English)."""
    countries: set[str] = set()
    for organisation in _partners(document):
        country = eligible_country(organisation.country, rule.part, on)
        if country is not None:
            countries.add(country)
    states = sorted(c for c in countries if geography.is_member_state(c))
    others = sorted(countries.difference(states))
    holds = len(countries) >= rule.min_countries and len(states) >= rule.min_member_states
    fr = (f"{len(states)} État(s) membre(s) ({_names(states, 'fr')}), "
          f"{len(others)} pays associé(s) ({_names(others, 'fr')})")
    en = (f"{len(states)} Member State(s) ({_names(states, 'en')}), "
          f"{len(others)} Associated Countr{'y' if len(others) == 1 else 'ies'} ({_names(others, 'en')})")
    return holds, fr, en


def third_countries(rule: m.ThirdCountryFundingRule, document: ProposalDocument,
                    on: dt.date | None = None) -> Iterator[tuple[str, str, str]]:
    """(organisation UUID, French, English) for each partner whose country is not funded by default."""
    organisations = {o.uuid: o for o in document.organisations}
    for participation in sorted(document.participations, key=lambda p: p.position):
        organisation = organisations[participation.organisation_uuid]
        code = organisation.country
        if eligible_country(code, rule.part, on) is not None or geography.is_overseas_territory(code):
            continue
        name = organisation.short_name or organisation.legal_name
        yield (organisation.uuid, f"{name} : {geography.country_name(code, 'fr')}",
               f"{name}: {geography.country_name(code, 'en')}")


def _partners(document: ProposalDocument) -> Iterator[Organisation]:
    organisations = {o.uuid: o for o in document.organisations}
    for participation in document.participations:
        yield organisations[participation.organisation_uuid]


def _names(codes: list[str], lang: geography.Lang) -> str:
    return ", ".join(geography.country_name(code, lang) for code in codes) or "—"
