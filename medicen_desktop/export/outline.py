"""A builder of numbered tree blocks: headings get "1", "1.1", "1.1.1" as they come.

Every plain string that enters the tree through it is normalised
(``exchange.text.normalise_plain``): no control character reaches a renderer.
"""

from __future__ import annotations

from medicen_desktop.document.text import normalise_plain
from medicen_desktop.export.markdown import markdown_blocks
from medicen_desktop.export.tree import (
    Align,
    Block,
    Heading,
    Paragraph,
    ParagraphKind,
    Run,
    Table,
)


class Outline:
    """Blocks in reading order, with heading numbers kept by level."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._counters = [0, 0, 0]

    def heading(self, level: int, text: str, numbered: bool = True) -> Heading:
        number = ""
        if numbered:
            self._counters[level - 1] += 1
            for deeper in range(level, len(self._counters)):
                self._counters[deeper] = 0
            number = ".".join(str(n) for n in self._counters[:level])
        heading = Heading(level, normalise_plain(text), number)
        self.blocks.append(heading)
        return heading

    def restart(self, number: int) -> None:
        """Make the next level-1 heading number ``number`` (a funder's own section numbers)."""
        self._counters[0] = number - 1

    def paragraph(self, text: str, bold: bool = False, kind: ParagraphKind = ParagraphKind.BODY) -> None:
        if text:
            self.blocks.append(Paragraph([Run(normalise_plain(text), bold=bold)], kind))

    def markdown(self, source: str, heading_level: int = 3) -> None:
        """Append the blocks of a Markdown field (nothing for an empty field)."""
        if source.strip():
            self.blocks.extend(markdown_blocks(source, heading_level))

    def table(self, header: list[str], rows: list[list[str]], widths: list[float], numeric: set[int] | None = None,
              total_rows: int = 0, caption: str = "") -> Table:
        """A table with one header row; ``numeric`` columns are right-aligned; the last ``total_rows`` rows are bold."""
        numeric = numeric or set()
        align = [Align.RIGHT if column in numeric else Align.LEFT for column in range(len(header))]
        bold = frozenset(range(len(rows) - total_rows + 1, len(rows) + 1)) if total_rows else frozenset()
        clean = [[normalise_plain(cell) for cell in row] for row in (header, *rows)]
        table = Table(rows=clean, widths=widths, align=align, header_rows=1, bold_rows=bold, caption=caption)
        self.blocks.append(table)
        return table
