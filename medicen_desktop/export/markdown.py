"""Markdown (the dialect of ``document.markdown``) to tree blocks.

Raw HTML and entity references are disabled: whatever the user typed,
``<b>``, ``<img src=...>`` or ``&lt;``, comes out as the same text. A
paragraph made only of ``<!-- pagebreak -->`` is a page break. Soft line
breaks are spaces (Qt's ``toMarkdown`` wraps long lines); hard breaks are
kept as line breaks. A block quote becomes a ``Quote`` holding its blocks
(nested quotes one level deeper); a fenced or indented code block becomes a
``CodeBlock`` of its literal lines (inside a list item, which holds only
runs, its lines join the item's text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from medicen_desktop.document import markdown_cache
from medicen_desktop.document.markdown import parse
from medicen_desktop.document.text import PAGE_BREAK
from medicen_desktop.export.tree import (
    Align,
    Block,
    CodeBlock,
    Heading,
    ListBlock,
    PageBreak,
    Paragraph,
    Quote,
    Run,
    Table,
)

if TYPE_CHECKING:
    from markdown_it.token import Token  # the tokens come from document.markdown.parse, which imports markdown-it

LINE_BREAK = Run("\n")
TAB_SIZE = 4
"""Columns between tab stops in code blocks (CommonMark's)."""


def markdown_blocks(source: str, heading_level: int | None = 3) -> list[Block]:
    """Blocks of ``source``; Markdown headings become unnumbered headings of ``heading_level``.

    With ``heading_level`` None a heading keeps its Markdown level (``##`` is 2): the outline nests it.
    During an export, from the proposal's cache of parsed texts when this text was parsed before (``markdown_cache``).
    """
    return markdown_cache.cached("blocks", source, heading_level, _parsed_blocks)


def _parsed_blocks(source: str, heading_level: int | None) -> list[Block]:
    return _Walker(parse(source), heading_level).blocks()


def inline_runs(token: Token) -> list[Run]:
    """Runs of one ``inline`` token, with bold/italic/sub/superscript state and line breaks."""
    runs: list[Run] = []
    bold = italic = 0
    script = ""
    for child in token.children or []:
        kind = child.type
        if kind in ("text", "code_inline", "html_inline"):
            if child.content:
                runs.append(Run(child.content, bold > 0, italic > 0, script))
        elif kind in ("sub_open", "sup_open"):
            script = child.tag
        elif kind in ("sub_close", "sup_close"):
            script = ""
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "softbreak":
            runs.append(Run(" ", bold > 0, italic > 0))
        elif kind == "hardbreak":
            runs.append(LINE_BREAK)
        elif kind == "image":
            runs.append(Run(child.content or str(child.attrs.get("alt", "")), bold > 0, italic > 0))
    return _merge(runs)


def code_block(token: Token) -> CodeBlock:
    """The ``CodeBlock`` of a ``fence`` or ``code_block`` token: lines verbatim, tabs expanded, no trailing blank line."""
    lines = [line.expandtabs(TAB_SIZE) for line in token.content.split("\n")]
    while lines and not lines[-1].strip():
        lines.pop()
    language = token.info.split()[0] if token.type == "fence" and token.info.strip() else ""
    return CodeBlock(lines, language)


def _merge(runs: list[Run]) -> list[Run]:
    """Join neighbouring runs of the same emphasis (fewer runs, faster renderers)."""
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if last is not None and "\n" not in (run.text, last.text) and (last.bold, last.italic, last.script) == (
            run.bold,
            run.italic,
            run.script,
        ):
            merged[-1] = Run(last.text + run.text, run.bold, run.italic, run.script)
        else:
            merged.append(run)
    return merged


class _Walker:
    def __init__(self, tokens: list[Token], heading_level: int | None) -> None:
        self._tokens = tokens
        self._heading_level = heading_level
        self._pos = 0

    def blocks(self, quote_level: int = 0) -> list[Block]:
        """Blocks up to the end of the tokens, or of the enclosing quote when ``quote_level`` > 0."""
        out: list[Block] = []
        while self._pos < len(self._tokens):
            token = self._tokens[self._pos]
            kind = token.type
            if kind == "paragraph_open":
                runs = inline_runs(self._tokens[self._pos + 1])
                if "".join(r.text for r in runs).strip() == PAGE_BREAK:
                    out.append(PageBreak())
                elif runs:
                    out.append(Paragraph(runs))
                self._pos += 3
            elif kind == "heading_open":
                runs = inline_runs(self._tokens[self._pos + 1])
                if quote_level:  # a quoted heading is quoted text, not a chapter of the dossier
                    if runs:
                        out.append(Paragraph([Run(r.text, True, r.italic, r.script) for r in runs]))
                else:
                    level = self._heading_level or int(token.tag[1:])
                    out.append(Heading(level, "".join(r.text for r in runs)))
                self._pos += 3
            elif kind in ("bullet_list_open", "ordered_list_open"):
                out.append(self._list(kind == "ordered_list_open", token))
            elif kind == "table_open":
                out.append(self._table())
            elif kind in ("fence", "code_block"):
                code = code_block(token)
                if code.lines:
                    out.append(code)
                self._pos += 1
            elif kind == "blockquote_open":
                self._pos += 1
                inner = self.blocks(quote_level + 1)
                if inner:
                    out.append(Quote(inner, quote_level + 1))
            elif kind == "blockquote_close":
                self._pos += 1
                if quote_level:
                    return out
            else:  # hr and anything else: walk through
                self._pos += 1
        return out

    def _list(self, ordered: bool, opener: Token) -> ListBlock:
        start = int(opener.attrs.get("start", 1) or 1) if ordered else 1
        items: list[list[Run]] = []
        depth = 0
        current: list[Run] | None = None
        while self._pos < len(self._tokens):
            token = self._tokens[self._pos]
            self._pos += 1
            if token.type in ("bullet_list_open", "ordered_list_open"):
                depth += 1
            elif token.type in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
                if depth == 0:
                    break
            elif token.type == "list_item_open":
                current = []
                items.append(current)
            elif token.type == "inline" and current is not None:
                if current:
                    current.append(LINE_BREAK)
                current.extend(inline_runs(token))
            elif token.type in ("fence", "code_block") and current is not None:
                for line in code_block(token).lines:  # a list item holds runs: its code keeps its lines
                    if current:
                        current.append(LINE_BREAK)
                    if line:
                        current.append(Run(line))
        return ListBlock(ordered, [item for item in items if item], start)

    def _table(self) -> Table:
        rows: list[list[str]] = []
        aligns: list[Align] = []
        while self._pos < len(self._tokens):
            token = self._tokens[self._pos]
            self._pos += 1
            if token.type == "table_close":
                break
            if token.type == "tr_open":
                rows.append([])
            elif token.type in ("th_open", "td_open") and len(rows) == 1:
                style = str(token.attrs.get("style", ""))
                aligns.append(Align.RIGHT if "right" in style else Align.CENTER if "center" in style else Align.LEFT)
            elif token.type == "inline" and rows:
                rows[-1].append("".join(r.text for r in inline_runs(token)))
        columns = max((len(row) for row in rows), default=1)
        rows = [row + [""] * (columns - len(row)) for row in rows]
        aligns += [Align.LEFT] * (columns - len(aligns))
        return Table(rows=rows, widths=[1.0] * columns, align=aligns[:columns], header_rows=1)


def markdown_text(source: str) -> str:
    """The text of ``source`` without markup, one line per paragraph, item or code line (for table cells)."""
    lines: list[str] = []
    _text_lines(markdown_blocks(source), lines)
    return "\n".join(lines)


def _text_lines(blocks: list[Block], lines: list[str]) -> None:
    for block in blocks:
        if isinstance(block, (Paragraph, Heading)):
            lines.append(block.text)
        elif isinstance(block, ListBlock):
            for number, item in enumerate(block.items, start=block.start):
                bullet = f"{number}. " if block.ordered else "• "
                lines.append(bullet + "".join(run.text for run in item))
        elif isinstance(block, Table):
            lines.extend(" | ".join(row) for row in block.rows)
        elif isinstance(block, CodeBlock):
            lines.extend(block.lines)
        elif isinstance(block, Quote):
            _text_lines(block.blocks, lines)
