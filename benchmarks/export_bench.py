"""Export benchmark: our DOCX and PDF against straightforward library use and LibreOffice.

Run: ``.venv/bin/python benchmarks/export_bench.py [--runs N] [--scales 1,2,4]``.
For each size (the large proposal at 1×, 2×, 4×) it prints the median of N
runs of: our DOCX, a plain python-docx baseline (same text and tables,
``add_row().cells``, default styles), our PDF (one layout pass, TOC numbers
drawn at save time), a stock reportlab baseline (same story, TOC through
``multiBuild``), and LibreOffice converting our DOCX to PDF; then the ratios.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docx import Document  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table  # noqa: E402
from reportlab.platypus.tableofcontents import TableOfContents  # noqa: E402
from xml.sax.saxutils import escape  # noqa: E402

from medicen_desktop.exchange.sample import make_large  # noqa: E402
from medicen_desktop.export import tree as t  # noqa: E402
from medicen_desktop.export.builder import build_tree  # noqa: E402
from medicen_desktop.export.docx_render import render_docx  # noqa: E402
from medicen_desktop.export.pdf_fonts import FAMILY, BOLD, register_fonts  # noqa: E402
from medicen_desktop.export.pdf_render import render_pdf  # noqa: E402
from medicen_desktop.rules.templates import get_template  # noqa: E402


def baseline_docx(tree: t.DocumentTree, path: Path) -> None:
    doc = Document()
    for block in tree.blocks:
        if isinstance(block, t.Heading):
            doc.add_heading(block.label, level=block.level)
        elif isinstance(block, t.Paragraph):
            doc.add_paragraph(block.text)
        elif isinstance(block, t.ListBlock):
            for item in block.items:
                doc.add_paragraph("".join(r.text for r in item), style="List Number" if block.ordered else "List Bullet")
        elif isinstance(block, t.Table):
            table = doc.add_table(rows=0, cols=block.columns)
            for row in block.rows:
                for cell, value in zip(table.add_row().cells, row):
                    cell.text = value
    doc.save(str(path))


class _TocDoc(SimpleDocTemplate):  # type: ignore[misc]
    def afterFlowable(self, flowable: object) -> None:  # noqa: N802
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))  # type: ignore[attr-defined]


def baseline_pdf(tree: t.DocumentTree, path: Path) -> None:
    register_fonts()
    body = ParagraphStyle("b", fontName=FAMILY, fontSize=11, leading=13.2)
    cell = ParagraphStyle("c", fontName=FAMILY, fontSize=8.5, leading=10.5)
    heads = {n: ParagraphStyle(f"h{n}", fontName=BOLD, fontSize=15 - 1.5 * n, leading=18) for n in (1, 2, 3)}
    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("t1", fontName=FAMILY, fontSize=11), ParagraphStyle("t2", fontName=FAMILY, fontSize=11, leftIndent=16)]
    story: list[object] = [toc, PageBreak()]
    width = A4[0] - 2 * 56.7
    for block in tree.blocks:
        if isinstance(block, t.Heading):
            p = Paragraph(escape(block.label), heads[block.level])
            if block.level <= 2:
                p.toc_level = block.level - 1
            story.append(p)
        elif isinstance(block, t.Paragraph):
            story.append(Paragraph(escape(block.text), body))
        elif isinstance(block, t.ListBlock):
            story += [Paragraph(escape("".join(r.text for r in item)), body, bulletText="•") for item in block.items]
        elif isinstance(block, t.Table):
            scale = width / sum(block.widths)
            story.append(Table([[Paragraph(escape(v), cell) for v in row] for row in block.rows],
                               colWidths=[w * scale for w in block.widths], repeatRows=1, splitInRow=1))
    _TocDoc(str(path), pagesize=A4, initialFontName=FAMILY).multiBuild(story)


def timed(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scales", default="1,2,4")
    args = parser.parse_args()
    soffice = shutil.which("soffice")
    folder = Path(tempfile.mkdtemp(prefix="medicen-bench-"))
    print(f"{'size':>5} {'pages':>6} {'docx':>7} {'docx0':>7} {'pdf':>7} {'pdf0':>7} {'lo':>7} "
          f"{'docx/docx0':>10} {'pdf/pdf0':>9} {'lo/pdf':>7}")
    for scale in (int(s) for s in args.scales.split(",")):
        document = make_large(partners=25 * scale, work_packages=12 * scale, deliverables=96 * scale, words=30_000 * scale)
        tree = build_tree(document, get_template(document.proposal.template_key))
        docx_path, pdf_path = folder / f"ours{scale}.docx", folder / f"ours{scale}.pdf"
        ours_docx = timed(lambda: render_docx(tree, docx_path), args.runs)
        base_docx = timed(lambda: baseline_docx(tree, folder / "base.docx"), args.runs)
        ours_pdf = timed(lambda: render_pdf(tree, pdf_path), args.runs)
        base_pdf = timed(lambda: baseline_pdf(tree, folder / "base.pdf"), args.runs)
        pages = render_pdf(tree, pdf_path).pages
        lo = float("nan")
        if soffice:
            lo = timed(lambda: subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder / "lo"),
                                               str(docx_path)], capture_output=True, check=True), max(1, args.runs // 2))
        print(f"{scale:>4}× {pages:>6} {ours_docx:7.2f} {base_docx:7.2f} {ours_pdf:7.2f} {base_pdf:7.2f} {lo:7.2f} "
              f"{ours_docx / base_docx:10.2f} {ours_pdf / base_pdf:9.2f} {lo / ours_pdf:7.1f}", flush=True)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
