"""Read a partner's budget back from one of our budget forms and store it (``import-budget``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from medicen_desktop.export.xlsx_read_cells import CellChange
from medicen_desktop.services import lookup
from medicen_desktop.store.database import Database


@dataclass(frozen=True)
class BudgetImport:
    partner: str
    form: str
    """The form recognised in the workbook (``export.forms`` key: he-lump-sum, he-part-a, bpi-annex, anr)."""
    changes: list[CellChange]
    applied: bool


def import_budget(db: Database, ref: str, partner_ref: str, path: Path, *, dry_run: bool = False) -> BudgetImport:
    """Apply the partner's figures in the form ``path`` to the proposal named by ``ref`` (nothing when ``dry_run``).

    The form is recognised from the workbook (``export.xlsx_form_read``). Raises ProposalNotFound, NotFound (no
    such partner), BudgetWorkbookRefused (nothing changed), and WriteConflict when the proposal changed meanwhile
    on the same figures.
    """
    from medicen_desktop.exchange.assignment import find_participation, partner_name
    from medicen_desktop.export.xlsx_form_read import read_budget_form
    from medicen_desktop.services import proposals

    document = lookup.get_document(db, ref)
    participation = find_participation(document, partner_ref)
    read = read_budget_form(document, participation, path)
    applied = bool(read.changes) and not dry_run
    if applied:
        proposals.replace_document(db, read.document, base_revision=document.proposal.revision)
    return BudgetImport(partner_name(document, participation), read.form.key, read.changes, applied)
