"""The neutral document tree: what the dossier says, before any file format.

The dossier is built once (``export.builder.build_tree``) from a proposal
snapshot and its funder template; the DOCX and PDF renderers only walk this
tree, so both files say the same thing. Every string in the tree is already
clean text (no control characters, see ``export.safe_text``): renderers
escape it for their format but never change it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from medicen_desktop.export.typography import Typography


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of inline text with its emphasis; ``script`` is "sub", "sup" or "" (on the line)."""

    text: str
    bold: bool = False
    italic: bool = False
    script: str = ""


@dataclass(slots=True)
class Heading:
    """A numbered heading (level 1..3); ``number`` like "2.1" or "" for unnumbered ones."""

    level: int
    text: str
    number: str = ""

    @property
    def label(self) -> str:
        return f"{self.number} {self.text}" if self.number else self.text


class ParagraphKind(StrEnum):
    BODY = "body"
    CAPTION = "caption"
    NOTE = "note"


@dataclass(slots=True)
class Paragraph:
    """Inline runs; a Run whose text is "\\n" is a line break inside the paragraph."""

    runs: list[Run]
    kind: ParagraphKind = ParagraphKind.BODY

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(slots=True)
class ListBlock:
    """A bullet or numbered list; each item is a list of paragraphs' runs (one level deep)."""

    ordered: bool
    items: list[list[Run]]
    start: int = 1


KEEP_WHOLE_ROWS = 12
"""A code listing of at most this many rows is never split: it moves to the next page whole (both formats)."""


@dataclass(slots=True)
class CodeBlock:
    """A code listing: its lines verbatim (leading spaces and blank lines kept), shown in a monospace font.

    Tabs are already expanded to the next multiple of four columns (CommonMark's tab stop), so both
    renderers line columns up the same way; trailing blank lines are dropped. ``language`` is the
    fence's first word ("" for an indented block); renderers may ignore it.
    """

    lines: list[str]
    language: str = ""

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(slots=True)
class Quote:
    """A block quote: the usual blocks (paragraphs, lists, code, tables, nested quotes), indented.

    ``level`` is 1 for a quote in the body, 2 for a quote inside it, and so on; renderers indent
    by level and mark the quote (a thin rule on its left). A Markdown heading inside a quote is a
    bold paragraph, never a numbered heading or a TOC entry.
    """

    blocks: list[Block]
    level: int = 1


class Align(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"


@dataclass(slots=True)
class Table:
    """A table whose first ``header_rows`` rows repeat on each page.

    ``widths`` are relative column widths (they are scaled to the text
    width); ``align`` gives each column's alignment; rows listed in
    ``bold_rows`` (indices into ``rows``) are totals.
    """

    rows: list[list[str]]
    widths: list[float]
    align: list[Align]
    header_rows: int = 1
    bold_rows: frozenset[int] = frozenset()
    caption: str = ""

    @property
    def columns(self) -> int:
        return len(self.widths)


@dataclass(slots=True)
class Image:
    """A PNG drawn at ``width_fraction`` of the text width, keeping its aspect ratio."""

    png: bytes
    width_px: int
    height_px: int
    caption: str = ""
    width_fraction: float = 1.0


@dataclass(frozen=True, slots=True)
class GanttRow:
    """A bar of the Gantt chart: a work package (``is_task`` false) or one of its tasks; months inclusive."""

    label: str
    start: int
    end: int
    colour: int
    is_task: bool


@dataclass(frozen=True, slots=True)
class GanttMilestone:
    """A diamond at the end of ``month`` on row ``row`` (index into the chart's rows)."""

    label: str
    month: int
    row: int


@dataclass(slots=True)
class Gantt:
    """A Gantt chart drawn by each renderer at its text width (vector in PDF, PNG in DOCX)."""

    rows: list[GanttRow]
    milestones: list[GanttMilestone]
    months: int
    month_label: str = "M"
    caption: str = ""


@dataclass(slots=True)
class PageBreak:
    """Start the next block on a new page."""


@dataclass(slots=True)
class Orientation:
    """Start a new page in landscape (``landscape=True``) or back in portrait.

    Renderers size what follows (table widths, images) to that page's text
    width; wide tables such as the effort matrix sit in a landscape stretch.
    """

    landscape: bool


@dataclass(slots=True)
class TableOfContents:
    """Where the table of contents goes; renderers list every Heading of level ≤ ``depth``."""

    title: str
    depth: int = 2


@dataclass(slots=True)
class Cover:
    """The cover page's fields, already labelled in the dossier's language."""

    acronym: str
    title: str
    call: str
    facts: list[tuple[str, str]]
    partners_title: str
    partners: list[str]
    date: str


Block = (Heading | Paragraph | ListBlock | CodeBlock | Quote | Table | Image | Gantt | PageBreak | Orientation
         | TableOfContents | Cover)


@dataclass(slots=True)
class Metadata:
    """What goes into the file's properties and running header/footer."""

    title: str
    acronym: str
    author: str
    subject: str
    language: str
    keywords: list[str] = field(default_factory=list)
    typography: Typography = field(default_factory=Typography)

    @property
    def margins_mm(self) -> tuple[float, float, float, float]:
        """top, right, bottom, left"""
        return self.typography.margins_mm


@dataclass(frozen=True, slots=True)
class Span:
    """The blocks ``[start, end)`` of one part of the call's outline.

    ``kind`` "part" is a part whose pages count against the call's limit
    (the preflight reports each one); "section" is where a narrative section
    of the template lies (its page budget, the editor's page meter). ``key``
    is the section's key for a section, the part's position for a part.
    """

    kind: str
    key: str
    title: str
    start: int
    end: int


@dataclass(slots=True)
class DocumentTree:
    """The whole dossier: metadata, blocks in reading order, and where the outline's parts lie."""

    metadata: Metadata
    blocks: list[Block]
    spans: list[Span] = field(default_factory=list)

    def parts(self) -> list[Span]:
        """The parts counted against the page limit, in order."""
        return [span for span in self.spans if span.kind == "part"]

    def headings(self) -> list[Heading]:
        return [block for block in self.blocks if isinstance(block, Heading)]
