"""The findings entry point: ordering, JSON shape, and a new call added as a file only."""

from __future__ import annotations

import json
from pathlib import Path

from medicen_desktop.rules.checks import check
from medicen_desktop.rules.findings import SEVERITY_ORDER, Finding, has_errors
from medicen_desktop.rules.templates import get_template, load_templates
from tests.unit.rules.rules_docs import edit, edit_proposal, sample

NEW_CALL = """\
key: region-health-2027
name: Regional health innovation call 2027
funder: A region
edition: "2027"
edition_date: 2026-09-01
languages: [en]
source:
  - description: Call text, section 4
source_date: 2026-11-20
sections:
  - key: clinical_need
    title_fr: Besoin
    title_en: Need
    limit_words: 20
  - key: consortium
    title_fr: Consortium
    title_en: Consortium
budget_categories:
  - key: personnel
    label_fr: Personnel
    label_en: Personnel
    is_personnel: true
  - key: equipment
    label_fr: Équipement
    label_en: Equipment
  - key: subcontracting
    label_fr: Sous-traitance
    label_en: Subcontracting
    is_subcontracting: true
  - key: other
    label_fr: Autres
    label_en: Other
funding_rates:
  - kinds: [sme, young-innovative]
    rate: 0.6
    text_fr: PME 60 %
    text_en: SME 60%
eligibility:
  - type: partner_count
    max: 3
    text_fr: Trois partenaires au plus
    text_en: At most three partners
"""


def test_a_new_call_needs_no_code_change(tmp_path: Path) -> None:
    (tmp_path / "region-health-2027.yaml").write_text(NEW_CALL, encoding="utf-8")
    template = load_templates(tmp_path).get("region-health-2027")
    found = check(edit_proposal(sample(), template_key="region-health-2027"), template)
    codes = {f.code for f in found}
    assert "eligibility.partner-count" in codes  # 5 partners
    assert "section.too-many-words" in codes  # the sample's clinical need is longer than 20 words
    assert {f.field for f in found if f.code == "section.not-in-template"} == {"key"}
    assert "budget.no-funding-rate" in codes  # the call funds SMEs only


def test_errors_come_first_then_warnings_then_infos() -> None:
    doc = edit(sample(), "participations", 1, contact_email="")
    found = check(doc, get_template("medicen-labelling"))
    ranks = [SEVERITY_ORDER[f.severity] for f in found]
    assert ranks == sorted(ranks) and has_errors(found)
    assert not has_errors([f for f in found if f.severity != "error"])


def test_json_shape() -> None:
    finding = check(edit_proposal(sample(), summary=""), get_template("bpi-idemo"))[0]
    data = json.loads(json.dumps(finding.to_json()))
    assert data == {
        "severity": "error",
        "code": "proposal.summary-empty",
        "params": {},
        "message_fr": "Le résumé est vide.",
        "message_en": "The summary is empty.",
        "entity_uuid": finding.entity_uuid,
        "field": "summary",
    }
    assert finding.message("fr") == "Le résumé est vide." and finding.message("de") == "The summary is empty."


def test_finding_is_immutable() -> None:
    finding = Finding("info", "proposal.summary-empty")
    try:
        finding.code = "z"  # type: ignore[misc]
    except AttributeError:
        return
    raise AssertionError("Finding should be frozen")
