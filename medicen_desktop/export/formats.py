"""The export formats: the one registry the CLI grammar, the export service and the Export page read.

Pure data, import-light (the CLI parser reads it before anything heavy is
loaded): each format is its key, its file suffix, its label (the English
source text with its mnemonic; the GUI translates it in the "ExportFormats"
context), its writer named as ``module:function`` under
``medicen_desktop.export`` (imported only when that format is exported),
whether the file is the dossier (the dossier's text checks then apply) and
whether the Export page checks it by default.

To add a format: one ``ExportFormat`` here and its writer module (see the
README's "How to add an export format").
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from pathlib import Path

    from medicen_desktop.document.schema import ProposalDocument
    from medicen_desktop.progress import Progress
    from medicen_desktop.rules.budget import BudgetReport
    from medicen_desktop.rules.findings import Finding
    from medicen_desktop.rules.template_model import FunderTemplate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` (read by lupdate; translated by the GUI)."""
    return text


@dataclass
class Written:
    """What a writer reports beside the file: the PDF's pages and its preflight findings."""

    pages: int | None = None
    technical_pages: int | None = None
    findings: list[Finding] = field(default_factory=list)


class Writer(Protocol):
    """Write ``document`` to ``path`` (a temporary file the service renames); raise ``Cancelled`` from ``progress``."""

    def __call__(self, document: ProposalDocument, template: FunderTemplate, report: BudgetReport, path: Path,
                 progress: Progress) -> Written: ...


class ExportFormat(NamedTuple):
    key: str
    suffix: str
    label: str
    writer: str
    """``module:function`` under ``medicen_desktop.export``, a ``Writer``."""
    dossier: bool = True
    """The file is the dossier: the dossier's text checks (empty required sections, language) apply."""
    checked: bool = False
    """Checked by default on the Export page."""


REGISTRY: tuple[ExportFormat, ...] = (
    ExportFormat("docx", ".docx", QT_TRANSLATE_NOOP("ExportFormats", "&Word (.docx)"), "docx_render:write_docx",
                 checked=True),
    ExportFormat("pdf", ".pdf", QT_TRANSLATE_NOOP("ExportFormats", "&PDF"), "pdf_export:write_pdf", checked=True),
    ExportFormat("xlsx", ".xlsx", QT_TRANSLATE_NOOP("ExportFormats", "&Budget workbook (.xlsx)"),
                 "xlsx_render:write_xlsx", dossier=False),
)

FORMATS: tuple[str, ...] = tuple(f.key for f in REGISTRY)
BY_KEY: dict[str, ExportFormat] = {f.key: f for f in REGISTRY}


def load_writer(export_format: ExportFormat) -> Writer:
    """Import the format's writer (and so its renderer's libraries) now."""
    module, function = export_format.writer.split(":")
    writer: Writer = getattr(importlib.import_module(f"medicen_desktop.export.{module}"), function)
    return writer
