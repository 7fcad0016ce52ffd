"""Organisation profiles: listed once, searched without regard to case or accents."""

from __future__ import annotations

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.services import organisations, proposals
from medicen_desktop.store.database import Database


def test_lists_every_profile_with_its_proposal_count(db: Database, sample_in_db: str, sample: ProposalDocument) -> None:
    proposals.duplicate(db, sample_in_db, "COPY")
    profiles = organisations.list_organisations(db)
    assert {p.uuid for p in profiles} == {o.uuid for o in sample.organisations}
    assert all(p.proposals == 2 for p in profiles if p.uuid in {x.organisation_uuid for x in sample.participations})
    names = [organisations.folded(p.organisation.legal_name) for p in profiles]
    assert names == sorted(names)


def test_search_ignores_case_and_accents(db: Database, sample_in_db: str, sample: ProposalDocument) -> None:
    target = sample.organisations[0]
    plain = organisations.folded(target.legal_name).upper()
    found = organisations.search(db, plain)
    assert target.uuid in {p.uuid for p in found}
    assert organisations.search(db, "no such organisation anywhere") == []
    assert len(organisations.search(db, "")) == len(sample.organisations)
    assert len(organisations.search(db, "", limit=1)) == 1


def test_search_matches_every_word_in_any_field(db: Database, sample_in_db: str, sample: ProposalDocument) -> None:
    target = next(o for o in sample.organisations if o.siret)
    assert target.uuid in {p.uuid for p in organisations.search(db, target.siret)}
    words = organisations.folded(target.legal_name).split()
    assert target.uuid in {p.uuid for p in organisations.search(db, f"{words[-1]} {words[0]}")}


def test_folded() -> None:
    assert organisations.folded("Hôpital Européen GEORGES-Pompidou") == "hopital europeen georges-pompidou"
