"""Read a partner's budget back from a lump-sum workbook and store it (``import-budget``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from medicen_desktop.export.xlsx_lump_sum_read import CellChange, read_partner_budget
from medicen_desktop.services import lookup
from medicen_desktop.store.database import Database


@dataclass(frozen=True)
class BudgetImport:
    partner: str
    changes: list[CellChange]
    applied: bool


def import_budget(db: Database, ref: str, partner_ref: str, path: Path, *, dry_run: bool = False) -> BudgetImport:
    """Apply the partner's sheet of ``path`` to the proposal named by ``ref`` (nothing when ``dry_run``).

    Raises ProposalNotFound, NotFound (no such partner), BudgetWorkbookRefused (nothing changed), and
    WriteConflict when the proposal changed meanwhile on the same figures.
    """
    from medicen_desktop.exchange.assignment import find_participation, partner_name
    from medicen_desktop.export.forms import FORM_BY_KEY, template_key_for
    from medicen_desktop.rules.templates import get_template
    from medicen_desktop.services import proposals

    document = lookup.get_document(db, ref)
    participation = find_participation(document, partner_ref)
    template = get_template(template_key_for(FORM_BY_KEY["he-lump-sum"], document.proposal.template_key))
    changed, changes = read_partner_budget(document, template, participation, path)
    applied = bool(changes) and not dry_run
    if applied:
        proposals.replace_document(db, changed, base_revision=document.proposal.revision)
    return BudgetImport(partner_name(document, participation), changes, applied)
