"""services.proposals.create: a new proposal from a call, with a new or a known coordinator."""

from __future__ import annotations

import uuid

import pytest
from pydantic import ValidationError

from medicen_desktop.document.schema import Organisation, OrganisationKind
from medicen_desktop.errors import NotFound
from medicen_desktop.rules.templates import UnknownTemplate, get_template
from medicen_desktop.services import organisations, proposals
from medicen_desktop.store.database import Database


def _new_org(name: str = "Acme Imaging SAS") -> Organisation:
    return Organisation(uuid=str(uuid.uuid4()), legal_name=name, kind=OrganisationKind.SME)


def test_create_with_a_new_coordinator(db: Database) -> None:
    new_uuid = proposals.create(db, "fui-collaborative", "NEWPROJ", "A new project", "fr", _new_org())
    document = proposals.get_document(db, new_uuid)
    assert (document.proposal.acronym, document.proposal.language.value) == ("NEWPROJ", "fr")
    assert [p.role.value for p in document.participations] == ["coordinator"]
    template = get_template("fui-collaborative")
    assert sorted(s.key for s in document.sections) == sorted(s.key for s in template.sections)
    titles = {s.key: s.title for s in document.sections}
    assert all(titles[spec.key] == spec.title_fr for spec in template.sections)


def test_create_with_a_known_profile_reuses_it(db: Database, sample_in_db: str) -> None:
    profile = organisations.list_organisations(db)[0]
    new_uuid = proposals.create(db, "bpi-idemo", "REUSE", "Reuse", "en", profile.uuid)
    document = proposals.get_document(db, new_uuid)
    assert document.participations[0].organisation_uuid == profile.uuid
    assert next(p for p in organisations.list_organisations(db) if p.uuid == profile.uuid).proposals == 2


def test_refusals_write_nothing(db: Database) -> None:
    with pytest.raises(UnknownTemplate):
        proposals.create(db, "no-such-call", "X", "X", "en", _new_org())
    with pytest.raises(NotFound):
        proposals.create(db, "bpi-idemo", "X", "X", "en", str(uuid.uuid4()))
    with pytest.raises(ValidationError):
        proposals.create(db, "bpi-idemo", "", "X", "en", _new_org())
    assert proposals.list_proposals(db) == []
