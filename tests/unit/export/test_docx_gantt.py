"""The Word Gantt chart: a table (a column per month), read back from the .docx, carrying what the PDF's chart shows."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from lxml.etree import _Element

from medicen_desktop.export.docx_gantt import BAND, DIAMOND, YEAR_RULE
from medicen_desktop.export.docx_render import render_docx
from medicen_desktop.export.font_faces import family
from medicen_desktop.export.gantt import LABEL_SHARE, PALETTE, fit, tint
from medicen_desktop.export.tree import DocumentTree, Gantt, GanttMilestone, GanttRow, Metadata, Paragraph, Run
from medicen_desktop.export.typography import Typography
from tests.unit.export.helpers import pdf_pages, squash

SOFFICE = shutil.which("soffice")
TYPOGRAPHY = Typography(family_name="Arial", figure_pt=8.0)
LONG = "WP2 " + "Very long title " * 10


def chart() -> Gantt:
    rows = [GanttRow("WP1 Coordination", 1, 24, 0, False), GanttRow("1.1 Meetings", 1, 12, 0, True),
            GanttRow(LONG, 6, 30, 1, False), GanttRow("2.1 Task β", 10, 20, 1, True),
            GanttRow("2.2 Task", 20, 30, 1, True)]
    milestones = [GanttMilestone("MS1", 12, 0), GanttMilestone("MS2", 29, 2), GanttMilestone("MS3", 30, 2),
                  GanttMilestone("MS4", 8, 3)]
    return Gantt(rows, milestones, months=30, month_label="M", caption="Gantt chart")


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = DocumentTree(Metadata("T", "ACR", "me", "s", "en-GB", typography=TYPOGRAPHY),
                        [Paragraph([Run("Before the chart.")]), chart(), Paragraph([Run("After the chart.")])])
    path = tmp_path_factory.mktemp("gantt") / "gantt.docx"
    render_docx(tree, path)
    return path


def _cells(tr: _Element) -> list[tuple[int, str, str, _Element]]:
    """(grid columns spanned, fill, text, tc) of each cell of a row."""
    out = []
    for tc in tr.iterchildren(qn("w:tc")):
        span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
        shd = tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}")
        text = "".join(t.text or "" for t in tc.iter(qn("w:t")))
        out.append((int(span.get(qn("w:val"))) if span is not None else 1,
                    shd.get(qn("w:fill")) if shd is not None else "", text, tc))
    return out


def _months(tr: _Element) -> list[tuple[str, str]]:
    """(fill, text) of each month of a body row, a merged cell repeated over its months (text on its first)."""
    months: list[tuple[str, str]] = []
    for span, fill, text, _tc in _cells(tr)[1:]:
        months += [(fill, text)] + [(fill, "")] * (span - 1)
    return months


def _table(path: Path) -> Table:
    (table,) = Document(str(path)).tables
    return table


def test_the_chart_is_a_table_with_a_column_per_month_and_no_picture(docx_path: Path) -> None:
    document = Document(str(docx_path))
    assert len(document.inline_shapes) == 0
    assert not [n for n in zipfile.ZipFile(docx_path).namelist() if n.startswith("word/media/")]
    table = _table(docx_path)
    grid = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.iterchildren(qn("w:gridCol"))]
    section = document.sections[0]
    text_width = (section.page_width - section.left_margin - section.right_margin) / 635
    assert len(grid) == 31 and abs(grid[0] - text_width * LABEL_SHARE) <= 20 and sum(grid) <= text_width
    assert max(grid[1:]) - min(grid[1:]) <= 1  # months alike
    rows = table._tbl.tr_lst
    assert len(rows) == 6 and all(tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for tr in rows)
    header = rows[0]
    assert header.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None  # months repeated on each page
    labels = [(span, text) for span, _fill, text, _tc in _cells(header)[1:]]
    assert sum(span for span, _ in labels) == 30
    ends, month = [], 0
    for span, text in labels:  # each label names the last month of the months it spans
        month += span
        ends.append(f"M{month}")
    assert [text for _, text in labels] == ends and ends[-1] == "M30"
    ruled = [tc.find(f".//{qn('w:pBdr')}/{qn('w:bottom')}") is not None for *_, tc in _cells(header)]
    assert ruled == [False] + [True] * len(labels)  # the rule under the months, not under the label column
    body = [p.text for p in document.paragraphs]
    assert body.index("Before the chart.") < body.index("Gantt chart") < body.index("After the chart.")


def test_bars_in_the_work_packages_colours_banded_rows_and_year_rules(docx_path: Path) -> None:
    rows = _table(docx_path)._tbl.tr_lst[1:]
    for index, (row, tr) in enumerate(zip(chart().rows, rows)):
        colour = PALETTE[row.colour]
        bar = (tint(colour, 0.45) if row.is_task else colour)[1:].upper()
        band = BAND if index % 2 == 0 else ""
        months = _months(tr)
        assert len(months) == 30
        for month, (fill, text) in enumerate(months, start=1):
            if row.start <= month <= row.end and not text and fill != band:
                assert fill == bar
            elif not (row.start <= month <= row.end):
                assert fill == band, (index, month)
        assert sum(fill == bar for fill, _ in months) >= (row.end - row.start + 1) - 4  # bar minus a label's cells
    first = rows[0]
    year_ends = [sum(span for span, *_ in _cells(first)[1 : i + 1]) for i, (_s, _f, _t, tc) in enumerate(_cells(first))
                 if tc.find(f"{qn('w:tcPr')}/{qn('w:tcBorders')}/{qn('w:right')}") is not None]
    assert year_ends == [12, 24]
    rule = first.find(f".//{qn('w:tcBorders')}/{qn('w:right')}")
    assert rule.get(qn("w:color")) == YEAR_RULE


def test_labels_fitted_as_in_the_pdf_bold_work_packages_indented_tasks(docx_path: Path) -> None:
    arial = family("Arial")
    table = _table(docx_path)
    grid_pt = int(table._tbl.tblGrid[0].get(qn("w:w"))) / 20
    for row, tr in zip(chart().rows, table._tbl.tr_lst[1:]):
        _span, _fill, text, tc = _cells(tr)[0]
        font, indent = (arial.regular, 3 + 8.0) if row.is_task else (arial.bold, 3.0)
        assert text == fit(row.label, font, 8.0, grid_pt - indent - 6)
        bold = tc.find(f".//{qn('w:r')}/{qn('w:rPr')}/{qn('w:b')}") is not None
        assert bold == (not row.is_task)
        ind = tc.find(f".//{qn('w:pPr')}/{qn('w:ind')}")
        assert (ind is not None) == row.is_task
    assert _cells(table._tbl.tr_lst[3])[0][2].endswith("…") and _cells(table._tbl.tr_lst[3])[0][2].startswith("WP2 Very")


def test_milestones_are_diamonds_at_their_month_with_their_number_beside(docx_path: Path) -> None:
    rows = _table(docx_path)._tbl.tr_lst[1:]
    wp1 = _months(rows[0])
    assert wp1[11][1] == DIAMOND and wp1[12][1] == "MS1"  # end of month 12, number in month 13 on
    wp2 = _months(rows[2])  # MS2 and MS3 a month apart at the chart's end: one shared label, before them
    assert wp2[28][1] == DIAMOND and wp2[29][1] == DIAMOND
    shared = [i for i, (_f, text) in enumerate(wp2) if text == "MS2, MS3"]
    assert len(shared) == 1 and shared[0] < 28
    (label_cell,) = [cell for cell in _cells(rows[2]) if cell[2] == "MS2, MS3"]
    assert label_cell[1] == PALETTE[1][1:].upper()  # on the bar, which goes on under it: in white
    assert label_cell[3].find(f".//{qn('w:color')}").get(qn("w:val")) == "FFFFFF"
    white = [fill for tr in rows for _s, fill, text, tc in _cells(tr)
             if text == DIAMOND and tc.find(f".//{qn('w:color')}").get(qn("w:val")) == "FFFFFF"]
    # MS1, MS2, MS3 on work packages' bars: white; MS4 on a task's row, off its bar: ink
    assert white == [PALETTE[0][1:].upper(), PALETTE[1][1:].upper(), PALETTE[1][1:].upper()]
    task = _months(rows[3])  # a milestone on a task row, before its bar starts
    assert task[7][1] == DIAMOND and task[8][1] == "MS4"
    diamonds = sum(text == DIAMOND for tr in rows for _f, text in _months(tr))
    assert diamonds == len(chart().milestones)


def test_a_work_package_keeps_with_its_tasks_and_the_last_row_with_the_caption(docx_path: Path) -> None:
    rows = _table(docx_path)._tbl.tr_lst[1:]
    kept = [all(p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None for p in tr.iter(qn("w:p"))) for tr in rows]
    loose = [not any(p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None for p in tr.iter(qn("w:p")))
             for tr in rows]
    # WP1, its task | WP2, its two tasks, kept with the caption under the table
    assert kept == [True, False, True, True, True] and loose[1]


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice, package libreoffice-writer-nogui) is not installed")
def test_libreoffice_lays_out_the_chart_on_one_page_with_its_labels(docx_path: Path, tmp_path: Path) -> None:
    subprocess.run([str(SOFFICE), f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_path)], capture_output=True,
                   check=True, timeout=180)
    pages = pdf_pages(tmp_path / "gantt.pdf")
    assert len(pages) == 1
    text = squash(pages[0])
    for label in ("WP1Coordination", "1.1Meetings", "2.1Taskβ", "MS1", "MS2,MS3", "MS4", "M12", "M30", "Ganttchart"):
        assert label in text
    assert text.count(DIAMOND) == 4
