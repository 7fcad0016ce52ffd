"""LibreOffice, standing in for Word, converts the DOCX to PDF without error."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from medicen_desktop.export.docx_render import render_docx
from medicen_desktop.export.tree import DocumentTree
from tests.unit.export.helpers import pdf_pages, squash

SOFFICE = shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice, package libreoffice-writer-nogui) is not installed")
def test_libreoffice_converts_the_docx(tree: DocumentTree, tmp_path: Path) -> None:
    docx_path = tmp_path / "dossier.docx"
    render_docx(tree, docx_path)
    profile = tmp_path / "profile"
    subprocess.run([str(SOFFICE), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx_path)], capture_output=True, check=True, timeout=180)
    pages = pdf_pages(tmp_path / "dossier.pdf")
    assert len(pages) > 5
    text = squash("".join(pages))
    assert all(squash(h.label) in text for h in tree.headings())
