"""Which of our budget forms a workbook is, and its reader (``import-budget``).

The form is recognised from the workbook itself, not from its file name:

- ``he-lump-sum``: beneficiary sheets BE1, BE2… (with "BE list" / "WP list");
- ``he-part-a``: a sheet "Part A budget";
- ``bpi-annex`` / ``anr``: a first sheet "Budget" whose header row starts
  with "Partenaire"; the two share one layout, told apart by the call the
  summary names in B1 (the call the form was computed under).

A workbook that is none of them, or a form of another funder than the
proposal's call (an ANR table for a Bpifrance proposal), is refused naming
the file, as is a form computed under another call than the one the
proposal's figures are computed under now (the proposal was retargeted
since: its categories may differ, export the form again). A proposal whose
call has no form of its own (a labelling dossier, EIC Pathfinder) reads any
form, under the form's default call, as the export writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.export.forms import FORM_BY_KEY, FORMS, BudgetForm, template_key_for
from medicen_desktop.export.xlsx_annex_read import read_annex
from medicen_desktop.export.xlsx_lump_sum_read import read_lump_sum
from medicen_desktop.export.xlsx_part_a_read import read_part_a
from medicen_desktop.export.xlsx_read_cells import BudgetWorkbookRefused, CellChange, open_workbook, text_of

FUNDER_OF_FORM = {"he-lump-sum": "the European Commission", "he-part-a": "the European Commission",
                  "bpi-annex": "Bpifrance", "anr": "the ANR"}
"""Forms of one funder read each other's proposals; forms of another funder are refused."""
PART_A_SHEET = "Part A budget"
ANNEX_SUMMARY = "Budget"
ANNEX_PARTNER_HEADER = "Partenaire"


@dataclass(frozen=True)
class FormRead:
    form: BudgetForm
    document: ProposalDocument
    """The proposal with the partner's figures applied (nothing stored)."""
    changes: list[CellChange]


def read_budget_form(document: ProposalDocument, participation_uuid: str, path: Path) -> FormRead:
    """Recognise the form of ``path``, check it belongs to the proposal's funder and call, read the partner's cells.

    Raises BudgetWorkbookRefused (not a workbook, not one of our forms, another funder's or call's, or cells
    refused: nothing applied).
    """
    from medicen_desktop.rules.templates import get_template

    workbook = open_workbook(path)
    form, named = _recognise(workbook, path)
    proposal_call = document.proposal.template_key
    own_funders = {FUNDER_OF_FORM[f.key] for f in FORMS if proposal_call in f.family}
    if own_funders and FUNDER_OF_FORM[form.key] not in own_funders:
        raise BudgetWorkbookRefused(path, [
            f"this is the {form.label}, a form of {FUNDER_OF_FORM[form.key]}, but the proposal is under the call "
            f"{proposal_call!r} of {' / '.join(sorted(own_funders))}: export that funder's form and read it back"])
    template = get_template(template_key_for(form, proposal_call))
    if named is not None and named != template.name:
        raise BudgetWorkbookRefused(path, [
            f"the form was computed under the call {named!r}; the proposal's figures are now computed under "
            f"{template.name!r}: export the form again and have the partner fill that one"])
    reader = _READERS[form.key]
    changed, changes = reader(document, template, participation_uuid, workbook, path)
    return FormRead(form, changed, changes)


def _recognise(workbook: Any, path: Path) -> tuple[BudgetForm, str | None]:
    """The form and the call name the workbook states (None: checked by the form's reader)."""
    from medicen_desktop.rules.templates import get_template

    names: list[str] = list(workbook.sheetnames)
    if any(re.fullmatch(r"BE[0-9]+", name) for name in names):
        first = next(name for name in names if re.fullmatch(r"BE[0-9]+", name))
        return FORM_BY_KEY["he-lump-sum"], text_of(workbook[first]["A2"].value)
    if PART_A_SHEET in names:
        heading = text_of(workbook[PART_A_SHEET]["A1"].value)
        match = re.fullmatch(r".*? — (.*): estimated eligible costs per participant", heading)
        return FORM_BY_KEY["he-part-a"], match.group(1) if match else heading
    if names and names[0] == ANNEX_SUMMARY and text_of(workbook[names[0]]["A3"].value) == ANNEX_PARTNER_HEADER:
        named = text_of(workbook[names[0]]["B1"].value)
        for form in (FORM_BY_KEY["bpi-annex"], FORM_BY_KEY["anr"]):
            for key in form.family:
                if get_template(key).name == named:
                    return form, named
        raise BudgetWorkbookRefused(path, [
            f"{ANNEX_SUMMARY}!B1: the budget workbook of the call {named!r}, not a Bpifrance annex or an ANR "
            "table (export --form bpi-annex or --form anr writes those)"])
    raise BudgetWorkbookRefused(path, [
        "not one of our budget forms (the HE lump-sum table, the HE Part A table, the Bpifrance annex, the ANR "
        f"table): no sheet BE1, '{PART_A_SHEET}' or '{ANNEX_SUMMARY}' (sheets: {', '.join(names)})"])


_READERS = {"he-lump-sum": read_lump_sum, "he-part-a": read_part_a, "bpi-annex": read_annex, "anr": read_annex}
