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
)
FORM_KEYS: tuple[str, ...] = tuple(f.key for f in FORMS)
FORM_BY_KEY = {f.key: f for f in FORMS}


def template_key_for(form: BudgetForm, proposal_template: str) -> str:
    """The call whose rules the form is computed under, for a proposal under ``proposal_template``."""
    return proposal_template if proposal_template in form.family else form.default_template
