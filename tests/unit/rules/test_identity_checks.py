"""Identity findings: what the partner dialog says beside a field, ``validate`` reports too."""

from __future__ import annotations

from decimal import Decimal

from medicen_desktop.document.schema import OrganisationKind as K
from medicen_desktop.rules.checks import check
from medicen_desktop.rules.findings import Finding
from medicen_desktop.rules.templates import get_template
from tests.unit.rules.rules_docs import edit, sample


def identity(document) -> list[Finding]:  # type: ignore[no-untyped-def]
    return [f for f in check(document, get_template("bpi-idemo")) if f.code.startswith("identity.")]


def test_the_sample_has_a_clean_identity() -> None:
    assert identity(sample()) == []


def test_a_bad_siret_is_an_error_on_its_field() -> None:
    document = edit(sample(), "organisations", 0, siret="812 345 676 00026")
    [finding] = identity(document)
    assert (finding.severity, finding.code, finding.field) == ("error", "identity.siret-checksum", "siret")
    assert finding.entity_uuid == document.organisations[0].uuid
    assert finding.message_en.startswith("NVI, SIRET: Invalid SIRET")


def test_pic_vat_website_region_and_contact_email() -> None:
    document = edit(sample(), "organisations", 1, pic="12345", vat="FR00000000000", website="not a site",
                    region="Gondor")
    document = edit(document, "participations", 2, contact_email="someone@")
    found = {(f.code, f.field, f.severity) for f in identity(document)}
    assert found == {("identity.pic-format", "pic", "error"), ("identity.vat-invalid", "vat", "error"),
                     ("identity.website-invalid", "website", "warning"),
                     ("identity.region-unknown", "region", "warning"),
                     ("identity.email-invalid", "contact_email", "error")}


def test_an_sme_with_the_figures_of_a_large_company_is_a_warning() -> None:
    document = edit(sample(), "organisations", 0, kind=K.SME, headcount=320, turnover=Decimal("80000000"),
                    balance_sheet=Decimal("60000000"))
    [finding] = identity(document)
    assert (finding.severity, finding.code, finding.field) == ("warning", "identity.size-contradiction", "kind")
    assert "mid-cap" in finding.message_en and "ETI" in finding.message_fr
    within = edit(document, "organisations", 0, headcount=240, balance_sheet=Decimal("40000000"))
    assert identity(within) == []  # balance sheet under €43 M: still a medium-sized enterprise
