"""French funders' per-partner budget forms: the Bpifrance financial annex and the ANR budget table.

Both ask each partner for its expenses by nature (the call's categories:
personnel, overheads, equipment and depreciation, subcontracting and
services, other costs) per year, with the aid: the budget workbook's
partner sheets (``xlsx_render``: one sheet per partner, categories × years,
overheads, eligible cost, rate and aid as formulas with cached values),
computed under that funder's call and written in French, the language of
these forms. Reconstructions of the funders' annexes, to be copied into
their own files when they impose one.
"""

from __future__ import annotations

from pathlib import Path

from medicen_desktop.document.schema import Language, ProposalDocument
from medicen_desktop.export.formats import Written
from medicen_desktop.export.xlsx_render import render_xlsx
from medicen_desktop.progress import NO_PROGRESS, Progress
from medicen_desktop.rules.budget import BudgetReport
from medicen_desktop.rules.template_model import FunderTemplate


def write_french_annex(document: ProposalDocument, template: FunderTemplate, report: BudgetReport, path: Path,
                       progress: Progress = NO_PROGRESS) -> Written:
    """The per-partner annex under ``template`` (the form's call), in French."""
    french = document.model_copy(update={"proposal": document.proposal.model_copy(update={"language": Language.FR})})
    render_xlsx(french, report, template, path, progress)
    return Written()
