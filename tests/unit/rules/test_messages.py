"""Findings are codes with parameters; their words come from one catalogue, in the user's labels."""

from __future__ import annotations

import ast
import inspect
import string
from decimal import Decimal

import pytest

from medicen_desktop.export import preflight
from medicen_desktop.rules import budget_checks, completeness, consistency, eligibility, messages
from medicen_desktop.rules.checks import check
from medicen_desktop.rules.templates import get_template
from medicen_desktop.services import validation
from tests.unit.rules.rules_docs import edit_where, sample


@pytest.mark.parametrize("module", [completeness, consistency, eligibility, budget_checks, validation, preflight])
def test_checks_write_no_sentences(module: object) -> None:
    """Every string literal in a check module is a code, a key or a field name: no words, no spaces."""
    tree = ast.parse(inspect.getsource(module))  # type: ignore[arg-type]
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    sentences = [node.value for node in ast.walk(tree)
                 if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                 and " " in node.value.strip() and not node.value.startswith(("no template", "-"))]
    assert sentences == []


def test_catalogue_entries_have_the_same_placeholders_in_both_languages() -> None:
    for key, (fr, en) in messages.MESSAGES.items():
        names = {name for _, name, _, _ in string.Formatter().parse(fr) if name}
        assert names == {name for _, name, _, _ in string.Formatter().parse(en) if name}, key


def test_every_finding_of_the_checks_renders_in_both_languages() -> None:
    document = edit_where(sample(), "budget_lines", lambda b: b["category"] == "equipment", category="overheads_x")
    document = edit_where(document, "sections", lambda s: s["key"] == "clinical_need", key="clinical_need_old",
                          title="Besoin clinique")
    found = check(document, get_template("he-ria"))
    assert {"budget.unknown-category", "section.not-in-template"} <= {f.code for f in found}
    for finding in found:
        assert finding.message("fr") and finding.message("en")


def test_no_finding_names_an_internal_key() -> None:
    document = edit_where(sample(), "sections", lambda s: s["key"] == "clinical_need", title="Besoin clinique")
    document = edit_where(document, "budget_lines", lambda b: b["category"] == "equipment", category="overheads")
    findings = check(document, get_template("anr-prce"))
    found = {f.code: f for f in findings}
    unmatched = [f.message_en for f in findings if f.code == "section.not-in-template"]
    assert "Section 'Besoin clinique' is not part of the call" in " ".join(unmatched)
    assert "Section 'Impact jobs' is not part of the call" in " ".join(unmatched)  # untitled: its key in words
    assert not any("_" in message for message in unmatched)
    del found
    categories = [f for f in findings if f.code == "budget.unknown-category"]
    category = next(f for f in categories if "Overheads" in f.message_en)
    assert not any("'overheads'" in f.message_en for f in categories)
    assert "« Frais généraux »" in category.message_fr
    assert "Personnel, Instruments and equipment" in category.message_en  # the call's categories by label


def test_params_travel_as_json() -> None:
    finding = next(f for f in check(sample(), get_template("fui-collaborative"))
                   if f.code == "eligibility.kind-aid-share")
    data = finding.to_json()
    params = data["params"]
    assert isinstance(params, dict)
    assert params["rule"] == {"fr": "Les laboratoires justifient leur part quand elle dépasse 40 % de l'aide totale",
                              "en": "Laboratories justify their share when it exceeds 40% of the total aid"}
    assert Decimal(str(params["value"])) > Decimal("0.4")
    assert "%" in str(data["message_en"]) and "\u00a0%" in str(data["message_fr"])


def test_the_unconfirmed_notice_names_the_rules_to_check() -> None:
    [notice] = [f for f in check(sample(), get_template("bpi-idemo")) if f.code == "template.unconfirmed-values"]
    assert "indicative rate 45%" in notice.message_en and "taux indicatif 45 %" in notice.message_fr
    [notes] = [f for f in check(sample(), get_template("medicen-labelling")) if f.code == "template.unconfirmed-values"]
    assert "company" in notes.message_en  # its one unconfirmed rule: at least one company


def test_a_lone_partner_is_not_written_in_the_plural() -> None:
    """Found in a walk: "At least 3 independent legal entities: not met (1 partners)."."""
    from medicen_desktop.rules.messages import message

    params = {"rule": "At least 3 independent legal entities", "count": 1}
    assert message("eligibility.partner_count", params, "en") == \
        "At least 3 independent legal entities: not met (partners: 1)."
    assert message("eligibility.partner_count", params, "fr") == \
        "At least 3 independent legal entities : non respecté (partenaires : 1)."
