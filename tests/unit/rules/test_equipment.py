"""Equipment charged by depreciation: the share, the derived amount, the checks, the budget and the forms."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from medicen_desktop.document.depreciation import eligible_amount, share
from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.jsonio import dump_document, load_document
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.checks import check
from medicen_desktop.rules.templates import get_template
from medicen_desktop.services.export import export_document
from tests.unit.rules.rules_docs import edit, sample

CODES = {"budget.equipment-share-over-100", "budget.equipment-full-share-unjustified"}


def _equipment(document: ProposalDocument) -> int:
    return next(i for i, b in enumerate(document.budget_lines) if b.category == "equipment")


def _depreciated(**fields: object) -> ProposalDocument:
    """The sample with its first equipment item bought for €120,000 and charged by ``fields``."""
    doc = sample()
    return edit(doc, "budget_lines", _equipment(doc), **{"purchase_cost": Decimal("120000"), "justification": "", **fields})


def test_the_share_is_months_in_the_project_over_the_period_times_the_rate_of_use() -> None:
    assert share(60, 36, Decimal(50)) == Decimal("0.3")
    assert share(None, None, Decimal(40)) == Decimal("0.4")  # a percentage alone
    assert share(None, None, None) == 1
    assert eligible_amount(Decimal("1000"), 36, 7, None) == Decimal("194.44")  # 1000 × 7/36, half up


def test_the_amount_of_an_equipment_item_is_derived_and_enters_the_budget() -> None:
    doc = sample()
    template = get_template(doc.proposal.template_key)
    index = _equipment(doc)
    line = doc.budget_lines[index]
    before = compute_budget(doc, template)
    charged = edit(doc, "budget_lines", index, purchase_cost=Decimal("120000"), depreciation_months=60,
                   use_months=36, use_percent=Decimal(50), amount=Decimal("999999"))  # a typed amount is ignored
    assert charged.budget_lines[index].amount == Decimal("36000.00")
    after = compute_budget(charged, template)
    partner = next(p for p in after.partners if p.participation_uuid == line.participation_uuid)
    old = next(p for p in before.partners if p.participation_uuid == line.participation_uuid)
    assert partner.by_category["equipment"].value - old.by_category["equipment"].value == Decimal(36000) - line.amount
    assert partner.eligible.value != old.eligible.value and partner.requested_aid.value != old.requested_aid.value
    # The justification is kept, and the JSON carries the inputs both ways.
    again = load_document(dump_document(charged), "again.json")
    assert again == charged and again.budget_lines[index].use_percent == Decimal(50)


def test_older_json_without_the_new_fields_reads_as_typed_amounts() -> None:
    data = json.loads(dump_document(sample()))
    for line in data["budget_lines"]:
        for name in ("purchase_cost", "depreciation_months", "use_months", "use_percent"):
            del line[name]
    for effort in data["efforts"]:
        del effort["task_uuid"]
    old = load_document(json.dumps(data).encode(), "old.json")
    assert old == sample()


def test_an_absurd_share_is_refused_by_the_interchange() -> None:
    data = json.loads(dump_document(_depreciated()))
    data["budget_lines"][_equipment(sample())]["use_percent"] = "1e3000"
    with pytest.raises(InterchangeError):
        load_document(json.dumps(data).encode(), "bad.json")


def _found(doc: ProposalDocument) -> list[tuple[str, str, str | None, str]]:
    return [(f.severity, f.code, f.field, f.message_en) for f in check(doc, get_template(doc.proposal.template_key))
            if f.code in CODES]


def test_a_share_over_100_percent_is_an_error() -> None:
    [(severity, code, field, message)] = _found(_depreciated(use_percent=Decimal(150)))
    assert (severity, code, field) == ("error", "budget.equipment-share-over-100", "use_percent")
    assert "charges 150.00% of its purchase cost (€120,000.00), €180,000.00: more than it cost" in message


def test_full_share_on_long_lived_equipment_needs_a_justification() -> None:
    doc = _depreciated(depreciation_months=96, use_months=96, use_percent=Decimal(100))  # 8 years, 48-month project
    [(severity, code, field, message)] = _found(doc)
    assert (severity, code, field) == ("warning", "budget.equipment-full-share-unjustified", "justification")
    assert "depreciated over 96 months) is charged at 100 % to a 48-month project" in message
    assert "(€60,000.00)" in message  # 48 of 96 months
    justified = edit(doc, "budget_lines", _equipment(doc), justification="Consumed by the trial")
    assert _found(justified) == []
    assert _found(_depreciated(depreciation_months=96, use_months=48, use_percent=Decimal(100))) == []
    assert _found(_depreciated(depreciation_months=36, use_months=36)) == []  # lives no longer than the project
    assert _found(sample()) == []


def test_the_forms_export_the_eligible_amount_and_the_purchase_cost(tmp_path: Path) -> None:
    doc = _depreciated(depreciation_months=60, use_months=36, use_percent=Decimal(50), justification="Imager")
    line = doc.budget_lines[_equipment(doc)]
    export_document(doc, "xlsx", tmp_path / "lump.xlsx", form="he-lump-sum")
    book = openpyxl.load_workbook(tmp_path / "lump.xlsx", data_only=True)
    rows = [[c.value for c in row] for row in book["Any comments"].iter_rows(min_row=2)]
    assert ["Imager", 120000.0, 0.3] == [r for r in rows if r[5] == "Imager"][0][5:8]
    assert [r for r in rows if r[5] == "Imager"][0][4] == 36000.0
    he = compute_budget(doc, get_template("he-ria-lump-sum"))
    partner = next(p for p in he.partners if p.participation_uuid == line.participation_uuid)
    export_document(doc, "xlsx", tmp_path / "annex.xlsx", form="bpi-annex")
    annex = openpyxl.load_workbook(tmp_path / "annex.xlsx", data_only=True)
    values = {c.value for sheet in annex.worksheets for row in sheet.iter_rows() for c in row}
    bpi = compute_budget(doc, get_template("bpi-idemo"))
    bpi_partner = next(p for p in bpi.partners if p.participation_uuid == line.participation_uuid)
    assert float(bpi_partner.by_category["equipment"].value) in values
    assert float(bpi_partner.eligible.value) in values
    assert partner.by_category["equipment"].value >= Decimal(36000)
    if shutil.which("soffice"):  # LibreOffice recalculates both forms: the same figures as cached
        from tests.unit.export.libreoffice_recalc import compare_recalculated

        assert compare_recalculated(tmp_path / "lump.xlsx", tmp_path / "lo-lump") > 100
        assert compare_recalculated(tmp_path / "annex.xlsx", tmp_path / "lo-annex") > 30
