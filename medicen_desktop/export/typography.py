"""The dossier's page and type, as the renderers need them: built once from the call's ``formatting``.

Renderers never read the template: ``typography_for`` turns its
``Formatting`` into a ``Typography`` that travels in the tree's metadata.
Sizes derive from the call's: headings bold and slightly larger than the
body, tables at the call's table minimum, Gantt labels, captions and the
running header at its figure minimum (never below). Line spacing is the
call's multiple of the family's own single spacing (Word's meaning), so the
PDF's leading is the line height Word gives the same paragraph.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from medicen_desktop.export.font_faces import DEFAULT_FAMILY, Family, family
from medicen_desktop.export.font_metrics import metrics
from medicen_desktop.rules.template_model import Formatting

PAPER_MM = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
DEFAULT_FOOTER = "Page {page} / {pages}"
_FIELD = re.compile(r"\{(acronym|call)\}")


@dataclass(frozen=True, slots=True)
class Typography:
    """Page size and margins (mm), the family Word names, sizes (pt), line spacing, running texts.

    ``header`` and ``footer`` are final text except for ``{page}`` and ``{pages}``.
    """

    family_name: str = DEFAULT_FAMILY
    page_mm: tuple[float, float] = PAPER_MM["A4"]
    margins_mm: tuple[float, float, float, float] = (20.0, 20.0, 20.0, 20.0)
    """top, right, bottom, left"""
    body_pt: float = 11.0
    table_pt: float = 9.0
    figure_pt: float = 8.0
    line_spacing: float = 1.2
    header: str = ""
    footer: str = DEFAULT_FOOTER

    @property
    def family(self) -> Family:
        return family(self.family_name)

    @property
    def min_pt(self) -> float:
        """The smallest size any text of the dossier is set in."""
        return min(self.body_pt, self.table_pt, self.figure_pt)

    def heading_pt(self, level: int) -> float:
        return self.body_pt + {1: 4.0, 2: 2.0}.get(level, 1.0)

    @property
    def small_pt(self) -> float:
        """Captions, notes, running header and footer: a little under the body, never under the figure minimum."""
        return max(self.figure_pt, self.body_pt - 1.5)

    def leading(self, size: float, spacing: float | None = None) -> float:
        """Baseline-to-baseline distance in points of a ``size``-point line at ``spacing`` (default: the call's).

        In whole twips, as a word processor lays lines out: the single line rounded, the multiple cut down
        (LibreOffice: Arial 11 pt single is 253 twips, at 1.2 it is 303, 15.15 pt, not 15.18; those 0.03 pt
        a line are 1.3 pt a page, enough for a heading and its line to fit at a page's foot or not).
        """
        single = round(size * metrics(self.family.regular).line_height * 20)
        return math.floor(single * (self.line_spacing if spacing is None else spacing) + 1e-9) / 20

    @property
    def below_picture(self) -> float:
        """Points under a picture in the DOCX: it stands on its line's baseline, and the line keeps the body
        font's descent and line gap below it (LibreOffice: 2.6 pt in Arial 11 pt); in whole twips."""
        face = metrics(self.family.regular)
        return round(self.body_pt * (face.line_gap - face.descender) / face.units_per_em * 20) / 20

    def footer_text(self, page: int, pages: int) -> str:
        return self.footer.replace("{page}", str(page)).replace("{pages}", str(pages))


def typography_for(formatting: Formatting, acronym: str, call: str, mark: str = "") -> Typography:
    """The ``Typography`` of a call's ``formatting`` for a proposal ``acronym`` (running texts filled in);
    ``mark`` (a confidentiality mark the call asks for) opens the running header."""
    margin = float(formatting.margins_mm)

    values = {"acronym": acronym, "call": call}

    def fill(text: str) -> str:  # {page} and {pages} stay for the renderers
        return _FIELD.sub(lambda match: values[match.group(1)], text)

    body = float(formatting.body_pt)
    return Typography(
        family_name=formatting.font,
        page_mm=PAPER_MM[formatting.paper],
        margins_mm=(margin, margin, margin, margin),
        body_pt=body,
        table_pt=float(formatting.table_min_pt),
        figure_pt=float(formatting.figure_min_pt),
        line_spacing=float(formatting.line_spacing),
        header=f"{mark} · {fill(formatting.header)}" if mark else fill(formatting.header),
        footer=fill(formatting.footer or DEFAULT_FOOTER),
    )


@dataclass(frozen=True, slots=True)
class TextStyle:
    """One paragraph style, the same in both renderers: size (pt), emphasis, space before/after (pt),
    line spacing as a multiple of the family's single spacing (None: the call's), keep with the next one."""

    size: float
    bold: bool = False
    italic: bool = False
    before: float = 0.0
    after: float = 0.0
    spacing: float | None = None
    keep_next: bool = False


def text_styles(typography: Typography) -> dict[str, TextStyle]:
    """The dossier's paragraph styles by name, derived from the call's sizes (nothing under its minimums)."""
    t = typography
    body, small = t.body_pt, t.small_pt
    return {
        "body": TextStyle(body, after=round(body * 0.55, 1)),
        "note": TextStyle(small, italic=True, after=round(body * 0.55, 1)),
        "caption": TextStyle(small, italic=True, before=2, after=10),
        "h1": TextStyle(t.heading_pt(1), bold=True, before=18, after=6, spacing=1.0, keep_next=True),
        "h2": TextStyle(t.heading_pt(2), bold=True, before=12, after=6, spacing=1.0, keep_next=True),
        "h3": TextStyle(t.heading_pt(3), bold=True, before=10, after=6, spacing=1.0, keep_next=True),
        "bullet": TextStyle(body, after=3),
        "cell": TextStyle(t.table_pt, spacing=1.0),
        "code": TextStyle(t.table_pt, before=3, after=9, spacing=1.0),
        "header": TextStyle(small, spacing=1.0),
        "toc_title": TextStyle(t.heading_pt(1), bold=True, after=10, spacing=1.0),
        "toc1": TextStyle(body, bold=True, before=4, after=1),
        "toc2": TextStyle(body, after=1),
        "toc3": TextStyle(body, after=1),
        "cover_acronym": TextStyle(max(30.0, body * 2.7), bold=True, after=10, spacing=1.0),
        "cover_title": TextStyle(body + 4, after=14),
        "cover_label": TextStyle(max(small, 9.5), bold=True, after=1),
        "cover_text": TextStyle(body, after=5),
    }
