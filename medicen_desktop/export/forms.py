"""The funders' own budget forms (``export --format xlsx --form KEY``): which writer, under which call's rules.

Pure data, import-light (the CLI grammar reads it). A form is a view of the
one cost base under its funder's rules: a proposal already under a call of
that family is computed under its own call; any other under the form's
default call (a Bpifrance proposal can still print the EC's table).
"""

from __future__ import annotations

from typing import NamedTuple


class BudgetForm(NamedTuple):
    key: str
    label: str
    writer: str
    """``module:function`` under ``medicen_desktop.export``, an ``export.formats.Writer``."""
    default_template: str
    family: tuple[str, ...]
    """Template keys (prefixes) whose proposals keep their own call's rules."""


FORMS: tuple[BudgetForm, ...] = (
    BudgetForm("he-lump-sum", "Horizon Europe lump-sum detailed budget table", "xlsx_lump_sum:write_lump_sum",
               "he-ria-lump-sum", ("he-ria-lump-sum", "he-ia-lump-sum")),
    BudgetForm("he-part-a", "Horizon Europe Part A budget table", "xlsx_part_a:write_part_a", "he-ria",
               ("he-ria", "he-ia", "he-ria-lump-sum", "he-ia-lump-sum", "he-ria-stage1")),
    BudgetForm("bpi-annex", "Bpifrance financial annex (one sheet per partner)", "xlsx_annex:write_french_annex",
               "bpi-idemo", ("bpi-idemo", "bpi-idemo-idf", "fui-collaborative", "pspc-regions")),
    BudgetForm("anr", "ANR budget table", "xlsx_annex:write_french_annex", "anr-prce",
               ("anr-prce", "anr-prce-stage1")),
)
FORM_KEYS: tuple[str, ...] = tuple(f.key for f in FORMS)
FORM_BY_KEY = {f.key: f for f in FORMS}


def template_key_for(form: BudgetForm, proposal_template: str) -> str:
    """The call whose rules the form is computed under, for a proposal under ``proposal_template``."""
    return proposal_template if proposal_template in form.family else form.default_template
