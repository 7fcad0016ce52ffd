"""Section bodies between their stored Markdown and the WYSIWYG editor's QTextDocument.

The exporter reads bodies as CommonMark with tables, raw HTML and entity
references off (``export/markdown.py``): ``<b>`` or ``&amp;`` are text.
``load_markdown`` reads them the same way, so the editor shows what the
dossier will show. ``to_markdown`` writes the document back instead of
``QTextDocument.toMarkdown``, which does not escape what the user typed
(``_x_``, ``__init__``, ``> note``, ``**`` become italic, bold, a quote),
turns a Shift+Enter line break into a space, and wraps every paragraph at
80 columns. Here every literal character is escaped, line breaks are hard
breaks and paragraphs are never wrapped.
"""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
    QTextFrame,
    QTextListFormat,
    QTextTable,
)

from medicen_desktop.exchange.text import PAGE_BREAK

_TABLES = 0x0100  # md4c's MD_FLAG_TABLES, as QTextDocument::MarkdownFeature
FEATURES = QTextDocument.MarkdownFeature(_TABLES | QTextDocument.MarkdownFeature.MarkdownNoHTML.value)
_UNESCAPED_AMPERSAND = re.compile(r"(?<!\\)((?:\\\\)*)&")
_HARD_BREAK = re.compile(r"(?:(?<!\\)((?:\\\\)*)\\| {2,})\n(?=[^\n])")
_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~#!])")
_LINE_START = re.compile(r"^([-+=>]|\d+(?=[.)]))")
LINE_SEPARATOR = "\u2028"
_ORDERED = {QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
            QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
            QTextListFormat.Style.ListUpperRoman}


def load_markdown(document: QTextDocument, markdown: str) -> None:
    """Show ``markdown`` as the exporter reads it (no raw HTML, no entity references).

    Hard line breaks become line separators (Qt would make them paragraph breaks).
    """
    markdown = _UNESCAPED_AMPERSAND.sub(r"\1\\&", markdown)
    markdown = _HARD_BREAK.sub(lambda m: (m.group(1) or "") + LINE_SEPARATOR, markdown)
    document.setMarkdown(markdown, FEATURES)


def escape(text: str) -> str:
    """``text`` as CommonMark that reads back as exactly ``text`` (inline, one line)."""
    return _SPECIAL.sub(r"\\\1", text)


def _escape_line_start(line: str) -> str:
    line = line.lstrip(" \t")  # leading blanks: an indented code block, or nothing
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match.group(1).isdigit():
        return line[:match.end()] + "\\" + line[match.end():]
    return "\\" + line


def _emphasis(fmt: QTextCharFormat) -> tuple[bool, bool]:
    return fmt.fontWeight() >= QFont.Weight.DemiBold, fmt.fontItalic()


def _inline(block: QTextBlock, plain_bold: bool = False) -> str:
    """The block's text with bold/italic/links as Markdown, literal characters escaped."""
    pieces: list[tuple[str, bool, bool, str]] = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            bold, italic = _emphasis(fmt)
            bold = bold and not plain_bold
            href = fmt.anchorHref() if fmt.isAnchor() else ""
            text = fragment.text().replace("\ufffc", "")  # object replacement (images): not in the subset
            if pieces and pieces[-1][1:] == (bold, italic, href):
                pieces[-1] = (pieces[-1][0] + text, bold, italic, href)
            elif text:
                pieces.append((text, bold, italic, href))
        iterator += 1
    out: list[str] = []
    for text, bold, italic, href in pieces:
        for n, line in enumerate(text.split(LINE_SEPARATOR)):
            if n:
                out.append("\\\n")
            if not line:
                continue
            core = line.strip()
            lead, trail = line[:len(line) - len(line.lstrip())], line[len(line.rstrip()):]
            marker = ("**" if bold else "") + ("*" if italic else "")
            body = escape(core)
            if href:
                body = f"[{body}]({href.replace(' ', '%20').replace(')', '%29')})"
            out.append(f"{lead}{marker}{body}{marker[::-1]}{trail}" if core else line)
    lines = "".join(out).split("\n")
    return "\n".join(_escape_line_start(line) for line in lines).rstrip()


def _paragraph(block: QTextBlock) -> str:
    if block.text().strip() == PAGE_BREAK:
        return PAGE_BREAK
    text = _inline(block)
    level = block.blockFormat().headingLevel()
    if level and text:
        return "#" * level + " " + text
    return text


def _table(table: QTextTable) -> str:
    rows: list[str] = []
    for r in range(table.rows()):
        cells: list[str] = []
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            texts = []
            it = cell.begin()
            while not it.atEnd():
                block = it.currentBlock()
                if block.isValid():
                    texts.append(_inline(block, plain_bold=r == 0).replace("\\\n", " ").replace("\n", " "))
                it += 1
            cells.append(" ".join(t for t in texts if t))
        rows.append("| " + " | ".join(cells) + " |")
        if r == 0:
            rows.append("|" + "|".join(" --- " for _ in range(table.columns())) + "|")
    return "\n".join(rows)


def to_markdown(document: QTextDocument) -> str:
    """The document as the stored CommonMark subset: paragraphs, headings, bold, italic, lists, tables."""
    chunks: list[str] = []
    list_lines: list[str] = []
    current_list = None

    def end_list() -> None:
        nonlocal current_list
        if list_lines:
            chunks.append("\n".join(list_lines))
            list_lines.clear()
        current_list = None

    root: QTextFrame = document.rootFrame()
    it = root.begin()
    while not it.atEnd():
        frame = it.currentFrame()
        block = it.currentBlock()
        if frame is not None:
            end_list()
            if isinstance(frame, QTextTable):
                chunks.append(_table(frame))
        elif block.isValid():
            text_list = block.textList()
            if text_list is not None:
                if current_list is not None and text_list is not current_list:
                    end_list()
                current_list = text_list
                fmt = text_list.format()
                depth = max(fmt.indent() - 1, 0)
                if fmt.style() in _ORDERED:
                    number = text_list.itemNumber(block) + max(fmt.start(), 1)
                    bullet = f"{number}. "
                else:
                    bullet = "- "
                item = _inline(block).replace("\n", "\n" + " " * (len(bullet) + 2 * depth))
                list_lines.append("  " * depth + bullet + item)
            else:
                end_list()
                text = _paragraph(block)
                if text:
                    chunks.append(text)
        it += 1
    end_list()
    return "\n\n".join(chunks)
