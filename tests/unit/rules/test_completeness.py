"""Completeness checks: each with a proposal that passes and one that fails."""

from __future__ import annotations

from medicen_desktop.rules.checks import check
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.templates import get_template
from tests.unit.rules.rules_docs import drop, edit, edit_proposal, sample


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def idemo(document) -> list[Finding]:  # type: ignore[no-untyped-def]
    return check(document, get_template("bpi-idemo"))


def test_sample_is_complete() -> None:
    found = idemo(sample())
    assert [f for f in found if f.severity != "info"] == []


def test_required_section_missing_points_at_the_section_key() -> None:
    doc = drop(sample(), "sections", lambda s: s["key"] == "ip_strategy")
    [finding] = [f for f in idemo(doc) if f.code == "section.required-missing"]
    assert finding.severity == "error" and finding.entity_uuid is None and finding.field == "sections.ip_strategy"
    assert "Propriété intellectuelle" in finding.message_fr and "Intellectual property" in finding.message_en


def test_required_section_empty_points_at_its_body() -> None:
    doc = sample()
    doc = edit(doc, "sections", 2, body="  \n\n ")
    [finding] = [f for f in idemo(doc) if f.code == "section.required-empty"]
    assert (finding.entity_uuid, finding.field) == (doc.sections[2].uuid, "body")


def test_word_limit() -> None:
    template = get_template("medicen-labelling")
    doc = sample()
    assert "section.too-many-words" not in codes(check(doc, template))
    index = next(i for i, s in enumerate(doc.sections) if s.key == "consortium")
    doc = edit(doc, "sections", index, body="**mot** " * 801)
    [finding] = [f for f in check(doc, template) if f.code == "section.too-many-words"]
    assert finding.entity_uuid == doc.sections[index].uuid
    assert "801 words; the limit is 800" in finding.message_en


def test_summary_char_limit_and_empty_summary() -> None:
    template = get_template("he-ria")
    from tests.large_proposal import make_large

    large = make_large(partners=3, work_packages=2, deliverables=4, words=600)
    assert not codes(check(large, template)) & {"proposal.summary-too-long", "proposal.summary-empty"}
    long = edit_proposal(large, summary="x" * 2001)
    assert "proposal.summary-too-long" in codes(check(long, template))
    assert "proposal.summary-empty" in codes(check(edit_proposal(large, summary=""), template))


def test_section_unknown_to_the_call_is_reported_not_dropped() -> None:
    found = check(sample(), get_template("medicen-labelling"))
    [finding] = [f for f in found if f.code == "section.not-in-template"]
    assert finding.severity == "warning" and finding.field == "key"


def test_legal_identifier_missing() -> None:
    doc = edit(sample(), "organisations", 1, siret="")
    [finding] = [f for f in idemo(doc) if f.code == "partner.legal-id-missing"]
    assert (finding.entity_uuid, finding.field) == (doc.organisations[1].uuid, "siret")
    assert "SIRET" in finding.message_fr


def test_contact_missing() -> None:
    doc = edit(sample(), "participations", 3, contact_email="")
    [finding] = [f for f in idemo(doc) if f.code == "partner.contact-missing"]
    assert (finding.entity_uuid, finding.field) == (doc.participations[3].uuid, "contact_email")


def test_team_missing() -> None:
    doc = sample()
    target = doc.participations[2].uuid
    doc = drop(doc, "team_members", lambda m: m["participation_uuid"] == target)
    [finding] = [f for f in idemo(doc) if f.code == "partner.team-empty"]
    assert finding.severity == "warning" and finding.entity_uuid == target
