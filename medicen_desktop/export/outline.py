"""A builder of numbered tree blocks: headings numbered inside the part they belong to.

The builder opens a scope per part of the call's outline (``scope``); inside
it, ``sub_heading`` gives the next number under the part ("3.1" → "3.1.1",
"3.1.2") and the headings a user wrote in a section are numbered the same
way, so they nest below the section's own heading. Below level 3 a sub-heading
is a bold paragraph (the dossier has three heading levels).

Every plain string that enters the tree through it is normalised
(``document.text.normalise_plain``): no control character reaches a renderer.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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

MAX_LEVEL = 3


class Outline:
    """Blocks in reading order, with the numbering scope of the part being built."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._children: dict[str, int] = {}
        self._scope: tuple[str, int, bool] = ("", 0, True)
        """(number, level, numbered) of the heading whose children are being added."""

    def next_number(self, parent: str) -> str:
        """The next child number under ``parent`` ("" → "1", "2"…; "3.1" → "3.1.1"…)."""
        count = self._children.get(parent, 0) + 1
        self._children[parent] = count
        return f"{parent}.{count}" if parent else str(count)

    def claim(self, parent: str, number: str) -> None:
        """A funder's own number ("4", "3.1") under ``parent``: automatic numbers continue after it."""
        last = number.rsplit(".", 1)[-1]
        if last.isdigit():
            self._children[parent] = max(self._children.get(parent, 0), int(last))

    def heading(self, level: int, text: str, number: str = "") -> Heading:
        """A heading with exactly this level and number ("" for an unnumbered one)."""
        heading = Heading(min(level, MAX_LEVEL), normalise_plain(text), number)
        self.blocks.append(heading)
        return heading

    @contextmanager
    def scope(self, number: str, level: int, numbered: bool = True) -> Iterator[None]:
        """Within the block, sub-headings are children of heading ``number`` at ``level``."""
        saved = self._scope
        self._scope = (number, level, numbered)
        try:
            yield
        finally:
            self._scope = saved

    def sub_heading(self, text: str) -> None:
        """A heading one level below the current scope, numbered under it (a bold paragraph below level 3)."""
        number, level, numbered = self._scope
        if level >= MAX_LEVEL:
            self.paragraph(text, bold=True)
            return
        self.heading(level + 1, text, self.next_number(number) if numbered else "")

    def paragraph(self, text: str, bold: bool = False, kind: ParagraphKind = ParagraphKind.BODY) -> None:
        if text:
            self.blocks.append(Paragraph([Run(normalise_plain(text), bold=bold)], kind))

    def markdown(self, source: str) -> None:
        """Append the blocks of a Markdown field; its headings nest below the scope, numbered.

        The section's highest headings (``##`` when it has no ``#``) are the scope's children, deeper
        ones their children ("2.1", then "2.1.1"); past level 3 a heading is a bold paragraph.
        """
        if not source.strip():
            return
        blocks = markdown_blocks(source, None)
        top = min((b.level for b in blocks if isinstance(b, Heading)), default=1)
        number, level, numbered = self._scope
        parents = [(number, level)]  # the scope, then each open heading, outermost first
        for block in blocks:
            if not isinstance(block, Heading):
                self.blocks.append(block)
                continue
            del parents[max(1, min(block.level - top + 1, len(parents))):]
            parent_number, parent_level = parents[-1]
            if parent_level >= MAX_LEVEL:
                self.paragraph(block.text, bold=True)
                continue
            child = self.next_number(parent_number) if numbered else ""
            self.heading(parent_level + 1, block.text, child)
            parents.append((child, parent_level + 1))

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
