"""`export PROPOSAL --format docx|pdf|xlsx -o FILE`: files written whole, or not at all."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader

from medicen_desktop.cli import main
from medicen_desktop.progress import CancellableProgress, Cancelled
from medicen_desktop.services import edit, proposals
from medicen_desktop.services import export as export_service
from medicen_desktop.store.database import Database


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_exports_three_formats(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    code, out, _ = run(capsys, db_path, "demo")
    assert code == 0
    for fmt in ("docx", "pdf", "xlsx"):
        target = tmp_path / f"dossier.{fmt}"
        code, out, err = run(capsys, db_path, "export", "ÉPI-DIAG", "--format", fmt, "-o", str(target))
        assert code == 0, err
        assert str(target) in out
    assert any(p.style.name == "Heading 1" for p in Document(str(tmp_path / "dossier.docx")).paragraphs)
    assert len(PdfReader(str(tmp_path / "dossier.pdf")).pages) > 5
    workbook = openpyxl.load_workbook(tmp_path / "dossier.xlsx")
    assert str(workbook.worksheets[0]["B9"].value).startswith("=SUM(")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.docx", "dossier.pdf", "dossier.xlsx"]


def test_quotes_and_code_reach_both_files(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    """A section stored with a quoted call text and a command listing (as the editor keeps them) exports as
    a "Quote" paragraph and a monospace "Code" listing in Word, and in an embedded monospace face in the PDF."""
    assert run(capsys, db_path, "demo")[0] == 0
    db = Database.open(db_path)
    try:
        section = next(s for s in proposals.get_document(db, "ÉPI-DIAG").sections if s.body.strip())
        body = section.body + "\n\n> Les projets doivent associer un partenaire clinique.\n\n```\nrun --seuil 0.05\n    --sortie x.csv\n```"
        edit.update_fields(db, "sections", section.uuid, {"body": body})
    finally:
        db.close()
    for fmt in ("docx", "pdf"):
        code, _, err = run(capsys, db_path, "export", "ÉPI-DIAG", "--format", fmt, "-o", str(tmp_path / f"d.{fmt}"))
        assert code == 0, err
    paragraphs = Document(str(tmp_path / "d.docx")).paragraphs
    assert [p.text for p in paragraphs if p.style.name == "Quote"] == ["Les projets doivent associer un partenaire clinique."]
    assert [p.text for p in paragraphs if p.style.name == "Code"] == ["run --seuil 0.05\n    --sortie x.csv"]
    reader = PdfReader(str(tmp_path / "d.pdf"))
    page = next(p for p in reader.pages if "--sortie" in (p.extract_text() or ""))
    assert "run --seuil 0.05\n    --sortie x.csv" in page.extract_text()
    fonts = {str(ref.get_object()["/BaseFont"]).split("+", 1)[-1] for ref in page["/Resources"]["/Font"].values()}
    assert "LiberationMono" in fonts


def test_unknown_proposal_and_bad_format(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    code, _, err = run(capsys, db_path, "export", "NOPE", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and err.startswith("medicen-desktop:")
    code, _, err = run(capsys, db_path, "export", "NOPE", "-o", str(tmp_path / "x.txt"))
    assert code == 2 and "format" in err
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_the_target_untouched(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "dossier.pdf"
    target.write_bytes(b"previous version")
    progress = CancellableProgress()
    progress.cancel()
    with pytest.raises(Cancelled):
        export_service.export_document(sample, "pdf", target, progress)
    assert target.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.pdf"]


def test_pdf_export_reports_pages(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = export_service.export_document(sample, "pdf", tmp_path / "d.pdf")
    assert result.pages and result.technical_pages and result.technical_pages < result.pages
    assert all(f.code.startswith("export.") for f in result.findings)


def test_cli_start_does_not_load_the_renderers() -> None:
    """Every command pays for the parser's imports: the export command's libraries load only when it runs."""
    import subprocess
    import sys

    code = ("import sys, medicen_desktop.cli, medicen_desktop.commands.export\n"
            "heavy = [m for m in ('matplotlib', 'reportlab', 'docx', 'openpyxl', 'PIL') if m in sys.modules]\n"
            "print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""
