"""Read a partner's budget back from one of our budget forms and store it (``import-budget``, the Budget step).

Two steps, so every changed cell is shown before anything is written:
``preview_budget_import`` reads the workbook (nothing stored) and
``apply_budget_import`` stores what was shown, as one revision merged
three-way when the proposal changed meanwhile. ``import_budget`` does both
(the CLI shows the cells with the result; ``--dry-run`` only previews).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.export.xlsx_read_cells import CellChange
from medicen_desktop.services import lookup
from medicen_desktop.store.database import Database


@dataclass(frozen=True)
class BudgetPreview:
    """What a workbook would change: shown, then applied or dropped."""

    partner: str
    form: str
    """The form recognised in the workbook (``export.forms`` key: he-lump-sum, he-part-a, bpi-annex, anr)."""
    form_label: str
    changes: list[CellChange]
    base: ProposalDocument
    """The proposal as it was read."""
    document: ProposalDocument
    """The proposal with the partner's figures applied."""


@dataclass(frozen=True)
class BudgetImport:
    partner: str
    form: str
    changes: list[CellChange]
    applied: bool


def preview_budget_import(db: Database, ref: str, partner_ref: str, path: Path) -> BudgetPreview:
    """Read the partner's figures in the form ``path`` against the proposal named by ``ref``; nothing stored.

    The form is recognised from the workbook (``export.xlsx_form_read``). Raises ProposalNotFound, NotFound (no
    such partner) and BudgetWorkbookRefused (every problem, cell by cell).
    """
    from medicen_desktop.exchange.assignment import find_participation, partner_name
    from medicen_desktop.export.xlsx_form_read import read_budget_form

    document = lookup.get_document(db, ref)
    participation = find_participation(document, partner_ref)
    read = read_budget_form(document, participation, path)
    return BudgetPreview(partner_name(document, participation), read.form.key, read.form.label, read.changes,
                         document, read.document)


def apply_budget_import(db: Database, preview: BudgetPreview, actor: str = "local") -> bool:
    """Store the previewed figures (False: there were none). Raises WriteConflict when the proposal changed
    meanwhile on the same figures (nothing written)."""
    from medicen_desktop.services import proposals

    if not preview.changes:
        return False
    proposals.replace_document(db, preview.document, actor, base_revision=preview.base.proposal.revision)
    return True


def import_budget(db: Database, ref: str, partner_ref: str, path: Path, *, dry_run: bool = False) -> BudgetImport:
    """Preview, then apply unless ``dry_run``; raises as ``preview_budget_import`` and ``apply_budget_import``."""
    preview = preview_budget_import(db, ref, partner_ref, path)
    applied = not dry_run and apply_budget_import(db, preview)
    return BudgetImport(preview.partner, preview.form, preview.changes, applied)
