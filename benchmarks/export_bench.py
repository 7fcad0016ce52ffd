"""Export benchmark: our DOCX and PDF against straightforward library use and LibreOffice.

Run: ``.venv/bin/python benchmarks/export_bench.py [--runs N] [--scales 1,2,4]``.
For each size (the large proposal at 1×, 2×, 4×: partners, work packages,
deliverables and words all scaled) it prints the median of N runs of: our
DOCX, a plain python-docx baseline (same text and tables, ``add_row().cells``,
default styles), our PDF (one layout pass, TOC numbers drawn at save time),
a stock reportlab baseline (same story, TOC through ``multiBuild``, stock
``TTFont`` and stock settings), and LibreOffice converting our DOCX to PDF
(its own throwaway profile, warmed up once); then the ratios against the
targets (DOCX ≤ 1.0× its baseline, PDF ≤ 0.5× its baseline and ≥ 4× faster
than LibreOffice) and, per size, how each time grew against the previous size
(linear growth: time ratio ≈ size ratio). Runs are interleaved (each job
once per round) and reported twice: wall time and CPU time (LibreOffice's
child process included); on a shared machine CPU time is the steadier. The
load average is printed first and last.
"""

from __future__ import annotations

import argparse
import os
import resource as rusage
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from docx import Document
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table
from reportlab.platypus.tableofcontents import TableOfContents

from tests.large_proposal import make_large
from medicen_desktop.export import tree as t
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.docx_render import render_docx
from medicen_desktop.export.pdf_render import render_pdf
from medicen_desktop.resources import resource
from medicen_desktop.rules.templates import get_template

BASE, BASE_BOLD = "BaselineSans", "BaselineSans-Bold"


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
    def afterFlowable(self, flowable: object) -> None:
        level = getattr(flowable, "toc_level", None)
        if level is not None:
            self.notify("TOCEntry", (level, flowable.getPlainText(), self.page))  # type: ignore[attr-defined]


def baseline_pdf(tree: t.DocumentTree, path: Path) -> None:
    """Stock reportlab: its own TTFont objects (not ours, which cache widths) and its default settings, in the
    same family as ours (the call's: Liberation Serif for Times New Roman…), so both set the same words."""
    if BASE not in pdfmetrics.getRegisteredFontNames():
        family = tree.metadata.typography.family
        pdfmetrics.registerFont(TTFont(BASE, str(resource("fonts", family.regular))))
        pdfmetrics.registerFont(TTFont(BASE_BOLD, str(resource("fonts", family.bold))))
    ours, rl_config.useA85 = rl_config.useA85, 1  # reportlab's default; our renderer turns it off
    try:
        _baseline_pdf(tree, path)
    finally:
        rl_config.useA85 = ours


def _baseline_pdf(tree: t.DocumentTree, path: Path) -> None:
    body = ParagraphStyle("b", fontName=BASE, fontSize=11, leading=13.2)
    cell = ParagraphStyle("c", fontName=BASE, fontSize=8.5, leading=10.5)
    heads = {n: ParagraphStyle(f"h{n}", fontName=BASE_BOLD, fontSize=15 - 1.5 * n, leading=18) for n in (1, 2, 3)}
    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("t1", fontName=BASE, fontSize=11), ParagraphStyle("t2", fontName=BASE, fontSize=11, leftIndent=16)]
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
    _TocDoc(str(path), pagesize=A4, initialFontName=BASE).multiBuild(story)


def measure(jobs: dict[str, Callable[[], object]], runs: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds of each job, run in interleaved rounds so that the machine's
    noise hits ours and the baselines alike. CPU time counts child processes (LibreOffice) too:
    on a shared machine it is the steadier of the two."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in jobs}
    for _ in range(runs):
        for name, job in jobs.items():
            wall, cpu = time.perf_counter(), _cpu()
            job()
            samples[name].append((time.perf_counter() - wall, _cpu() - cpu))
    return {name: (statistics.median(w for w, _ in runs_), statistics.median(c for _, c in runs_))
            for name, runs_ in samples.items()}


def _cpu() -> float:
    children = rusage.getrusage(rusage.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def libreoffice(soffice: str, docx_path: Path, folder: Path) -> Callable[[], object]:
    profile = folder / "lo-profile"

    def convert() -> object:
        return subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                               "--outdir", str(folder / "lo"), str(docx_path)], capture_output=True, check=True,
                              timeout=900)
    return convert


def load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


COLUMNS = ("docx", "docx0", "pdf", "pdf0", "lo")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scales", default="1,2,4")
    parser.add_argument("--no-libreoffice", action="store_true")
    args = parser.parse_args()
    soffice = None if args.no_libreoffice else shutil.which("soffice")
    folder = Path(tempfile.mkdtemp(prefix="medicen-bench-"))
    print(f"load average before: {load()}   ({os.cpu_count()} CPUs, median of {args.runs} interleaved runs, seconds)")
    header = (f"{'':5} {'size':>5} {'pages':>6} " + " ".join(f"{c:>7}" for c in COLUMNS)
              + f" {'docx/docx0':>10} {'pdf/pdf0':>9} {'lo/pdf':>7}   growth vs previous size (docx, pdf)")
    print(header)
    previous: tuple[int, dict[str, tuple[float, float]]] | None = None
    for scale in (int(s) for s in args.scales.split(",")):
        document = make_large(partners=25 * scale, work_packages=12 * scale, deliverables=96 * scale,
                              words=30_000 * scale)
        tree = build_tree(document, get_template(document.proposal.template_key))
        docx_path, pdf_path = folder / f"ours{scale}.docx", folder / f"ours{scale}.pdf"
        render_docx(tree, docx_path)
        pages = render_pdf(tree, pdf_path).pages
        jobs: dict[str, Callable[[], object]] = {
            "docx": lambda tree=tree, path=docx_path: render_docx(tree, path),
            "docx0": lambda tree=tree: baseline_docx(tree, folder / "base.docx"),
            "pdf": lambda tree=tree, path=pdf_path: render_pdf(tree, path),
            "pdf0": lambda tree=tree: baseline_pdf(tree, folder / "base.pdf"),
        }
        if soffice:
            jobs["lo"] = libreoffice(soffice, docx_path, folder)
            jobs["lo"]()  # warm-up: creates the profile, loads the libraries
        times = measure(jobs, args.runs)
        cells = sum(len(b.rows) * b.columns for b in tree.blocks if isinstance(b, t.Table))
        words = sum(len(b.text.split()) for b in tree.blocks if isinstance(b, t.Paragraph))
        print(f"input {scale}×: {cells} table cells, {words} words of paragraphs "
              "(the effort matrix is partners × work packages: it grows with the square of the size)")
        times.setdefault("lo", (float("nan"), float("nan")))
        for kind, index in (("wall", 0), ("cpu", 1)):
            value = {name: pair[index] for name, pair in times.items()}
            growth = ""
            if previous:
                before = {name: pair[index] for name, pair in previous[1].items()}
                growth = (f"×{scale / previous[0]:g} size: docx ×{value['docx'] / before['docx']:.2f}, "
                          f"pdf ×{value['pdf'] / before['pdf']:.2f}")
            print(f"{kind:5} {scale:>4}× {pages:>6} " + " ".join(f"{value[c]:7.2f}" for c in COLUMNS)
                  + f" {value['docx'] / value['docx0']:10.2f} {value['pdf'] / value['pdf0']:9.2f}"
                  f" {value['lo'] / value['pdf']:7.1f}   {growth}", flush=True)
        previous = (scale, times)
    print(f"load average after: {load()}")
    print("targets: docx/docx0 ≤ 1.0, pdf/pdf0 ≤ 0.5, lo/pdf ≥ 4, growth ≈ size factor")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
