"""The checks tell a value withheld from the reader from a missing one, and still check what the reader sees."""

from __future__ import annotations

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.confidentiality import ShareLevel, for_partner
from medicen_desktop.rules.checks import check
from medicen_desktop.rules.templates import get_template
from medicen_desktop.rules.withheld_findings import CONSORTIUM_CODES, WITHHELD_CODE
from tests.unit.rules.rules_docs import edit_where, sample

TEMPLATE = "bpi-idemo"


def _partner(document: ProposalDocument, short: str) -> tuple[str, str]:
    organisation = next(o.uuid for o in document.organisations if o.short_name == short)
    return next(p.uuid for p in document.participations if p.organisation_uuid == organisation), organisation


def _codes(document: ProposalDocument) -> set[tuple[str, str | None, str | None]]:
    return {(f.code, f.entity_uuid, f.field) for f in check(document, get_template(TEMPLATE))}


def test_a_partners_package_reports_none_of_the_others_blanks_but_its_own() -> None:
    document = sample()
    qtb, qtb_org = _partner(document, "QTB")
    aphp, aphp_org = _partner(document, "APHP")
    document = edit_where(document, "organisations", lambda o: o["uuid"] == qtb_org, siret="", vat="FR00123")
    document = edit_where(document, "risks", lambda r: r["position"] == 0, mitigation="")
    coordinator = _codes(document)
    seen = _codes(for_partner(document, qtb, ShareLevel.NONE))
    assert ("partner.legal-id-missing", qtb_org, "siret") in seen  # its own blank is still missing
    assert any(code.startswith("identity.vat") and uuid == qtb_org  # its own malformed VAT is still checked
               for code, uuid, _field in seen)
    assert not any(uuid in (aphp, aphp_org) for _code, uuid, _field in seen)
    assert not {code for code, _uuid, _field in seen} & CONSORTIUM_CODES
    assert (WITHHELD_CODE, document.proposal.uuid, "budget_lines") in seen  # listed under Budget
    # What the package does not withhold is judged as the coordinator judges it.
    shared = {f for f in coordinator if f[0].startswith(("section.", "wp.no-", "risk.", "task.", "deliverable."))}
    assert ("risk.no-mitigation", document.risks[0].uuid, "mitigation") in shared and shared <= seen


def test_at_totals_only_the_figures_rates_and_annexes_are_withheld() -> None:
    document = sample()
    qtb, _ = _partner(document, "QTB")
    aphp, aphp_org = _partner(document, "APHP")
    document = edit_where(document, "participations", lambda p: p["uuid"] == aphp, contact_email="")
    seen = _codes(for_partner(document, qtb, ShareLevel.TOTALS))
    assert ("partner.contact-missing", aphp, "contact_email") in seen  # shared at "totals": really missing
    assert not any(code == "budget.rate-missing" for code, _uuid, _field in seen)  # its rates are not shared
    assert not any(code == "partner.legal-id-missing" and uuid == aphp_org for code, uuid, _field in seen)
    assert not any(code == WITHHELD_CODE for code, _uuid, _field in seen)  # every budget is there, as totals


def test_a_snapshot_withholding_nothing_gets_every_finding() -> None:
    document = sample()
    aphp, aphp_org = _partner(document, "APHP")
    blank = edit_where(document, "organisations", lambda o: o["uuid"] == aphp_org, siret="")
    assert ("partner.legal-id-missing", aphp_org, "siret") in _codes(blank)
    # Withholding one value leaves the rest reported: the marker is per value, not per partner.
    blank = edit_where(blank, "participations", lambda p: p["uuid"] == aphp, contact_email="")
    marked = ProposalDocument.model_validate({**blank.model_dump(), "withheld": {aphp_org: ["siret"]}})
    found = _codes(marked)
    assert ("partner.legal-id-missing", aphp_org, "siret") not in found
    assert ("partner.contact-missing", aphp, "contact_email") in found
