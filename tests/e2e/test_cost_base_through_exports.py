"""One person-month more in the effort matrix: personnel, eligible cost, aid and every export follow."""

from __future__ import annotations

import random
import shutil
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl

from medicen_desktop.document.sample import make_sample
from medicen_desktop.export.labels import Labels
from medicen_desktop.export.lump_sum_layout import ROW_OF
from medicen_desktop.rules.budget import compute_budget
from medicen_desktop.rules.templates import get_template
from medicen_desktop.services.export import export_document


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    return "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)


def test_one_effort_change_reaches_every_export(tmp_path: Path) -> None:
    before = make_sample(random.Random(5))
    index = next(i for i, e in enumerate(before.efforts) if e.participation_uuid == before.participations[0].uuid)
    efforts = list(before.efforts)
    efforts[index] = efforts[index].model_copy(update={"person_months": efforts[index].person_months + 1})
    after = before.model_copy(update={"efforts": efforts})
    template = get_template(after.proposal.template_key)
    old, new = compute_budget(before, template).partners[0], compute_budget(after, template).partners[0]
    assert new.by_category["personnel"].value - old.by_category["personnel"].value == Decimal("7800.00")
    assert new.eligible.value > old.eligible.value and new.requested_aid.value > old.requested_aid.value

    labels = Labels(after.proposal.language.value)
    export_document(after, "docx", tmp_path / "dossier.docx")
    text = _docx_text(tmp_path / "dossier.docx")
    assert labels.amount(new.eligible.value) in text and labels.amount(new.requested_aid.value) in text
    assert labels.amount(old.eligible.value) not in text

    export_document(after, "xlsx", tmp_path / "budget.xlsx")
    cached = openpyxl.load_workbook(tmp_path / "budget.xlsx", data_only=True)
    values = {c.value for row in cached.worksheets[1].iter_rows() for c in row}
    assert float(new.eligible.value) in values and float(new.requested_aid.value) in values

    export_document(after, "xlsx", tmp_path / "lump.xlsx", form="he-lump-sum")
    he = compute_budget(after, get_template("he-ria-lump-sum")).partners[0]
    sheet = openpyxl.load_workbook(tmp_path / "lump.xlsx", data_only=True)["BE1"]
    total = openpyxl.utils.get_column_letter(sheet.max_column)
    assert sheet[f"{total}{ROW_OF['personnel']}"].value == float(new.by_category["personnel"].value)
    assert sheet[f"{total}{ROW_OF['total']}"].value == float(he.eligible.value)
    assert sheet[f"{total}{ROW_OF['contribution']}"].value == float(he.requested_aid.value)
    if shutil.which("soffice"):  # LibreOffice recalculates the changed workbooks: the same figures
        from tests.unit.export.libreoffice_recalc import compare_recalculated

        assert compare_recalculated(tmp_path / "lump.xlsx", tmp_path / "lo-lump") > 100
        assert compare_recalculated(tmp_path / "budget.xlsx", tmp_path / "lo-budget") > 30
