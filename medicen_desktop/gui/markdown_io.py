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

Block quotes and code blocks (fenced or indented) keep their Markdown: Qt
marks a quoted block with ``BlockQuoteLevel`` (indented by margins) and a
code line with ``BlockCodeLanguage``/``BlockCodeFence`` (fixed-pitch font);
``load_markdown`` leaves code lines untouched and tags each block with the
quote or code block it came from, so two neighbouring quotes or code blocks
are written back as two, and a fence's whole info string is kept.

"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.token import Token
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextListFormat,
    QTextTable,
)

from medicen_desktop.document import markdown as markdown_dialect
from medicen_desktop.document.text import PAGE_BREAK
from medicen_desktop.gui.markdown_scripts import (
    SCRIPT_OF,
    apply_scripts,
    has_script_marks,
    mark_scripts,
    scripted,
    segment_lines,
    trimmed,
)

_TABLES = 0x0100  # md4c's MD_FLAG_TABLES, as QTextDocument::MarkdownFeature
FEATURES = QTextDocument.MarkdownFeature(_TABLES | QTextDocument.MarkdownFeature.MarkdownNoHTML.value)
_UNESCAPED_AMPERSAND = re.compile(r"(?<!\\)((?:\\\\)*)&")
_HARD_BREAK_END = re.compile(r"(?:(?<!\\)((?:\\\\)*)\\| {2,})$")
_QUOTE_MARKER = re.compile(r"^ {0,3}> ?")
_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~^#!])")
_LINE_START = re.compile(r"^([-+=>]|\d+(?=[.)]))")
LINE_SEPARATOR = "\u2028"
_ORDERED = {QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
            QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
            QTextListFormat.Style.ListUpperRoman}
_Prop = QTextFormat.Property
QUOTE_LEVEL = _Prop.BlockQuoteLevel.value
CODE_LANGUAGE = _Prop.BlockCodeLanguage.value
CODE_FENCE = _Prop.BlockCodeFence.value
QUOTE_GROUP = _Prop.UserProperty.value + 0x4D51  # which block quote of the source (1, 2, ...): neighbours stay apart
CODE_GROUP = _Prop.UserProperty.value + 0x4D43  # which code block of the source (1, 2, ...)
CODE_INFO = _Prop.UserProperty.value + 0x4D49  # the fence's whole info string (Qt keeps its first word)
CODE_FENCE_LENGTH = _Prop.UserProperty.value + 0x4D4C  # ```` or ~~~~~: Qt keeps only the character


def _parser() -> MarkdownIt:
    """The dialect's block structure (``document/markdown.py``); inline parsing is off: only blocks are read."""
    return markdown_dialect.parser(inline=False)


def load_markdown(document: QTextDocument, markdown: str) -> None:
    """Show ``markdown`` as the exporter reads it (no raw HTML, no entity references).

    Hard line breaks become line separators (Qt would make them paragraph breaks).
    Code lines are given to Qt as they are; quote and code blocks are tagged
    with the source block they belong to.
    """
    tokens = _parser().parse(markdown)
    source = _qt_source(markdown, tokens)
    document.setMarkdown(source, FEATURES)
    if has_script_marks(source):
        apply_scripts(document)
    _tag_blocks(document, tokens)


def _qt_source(markdown: str, tokens: list[Token]) -> str:
    """``markdown`` with ``&`` escaped and hard breaks made line separators, outside code blocks."""
    lines = markdown.split("\n")
    code: set[int] = set()
    breaks: dict[int, int] = {}  # line ending a hard break -> quote depth of its paragraph
    depth = 0
    for token in tokens:
        if token.type == "blockquote_open":
            depth += 1
        elif token.type == "blockquote_close":
            depth -= 1
        elif token.type in ("fence", "code_block") and token.map:
            code.update(range(*token.map))
        elif token.type == "paragraph_open" and token.map:
            for n in range(token.map[0], token.map[1] - 1):
                breaks[n] = depth
    out: list[str] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        if n in code:
            out.append(line)
            n += 1
            continue
        line = _UNESCAPED_AMPERSAND.sub(r"\1\\&", mark_scripts(line, escape))
        while n in breaks and n + 1 < len(lines) and lines[n + 1].strip():
            match = _HARD_BREAK_END.search(line)
            if match is None:
                break
            following = lines[n + 1]
            for _ in range(breaks[n]):
                following = _QUOTE_MARKER.sub("", following, count=1)
            line = line[:match.start()] + (match.group(1) or "") + LINE_SEPARATOR + _UNESCAPED_AMPERSAND.sub(
                r"\1\\&", mark_scripts(following, escape))
            n += 1
        out.append(line)
        n += 1
    return "\n".join(out)


def _restore_leading_blank_lines(document: QTextDocument, codes: list[tuple[int, str, list[str], int]]) -> None:
    """Qt drops the blank lines a code block starts with when it starts the document: put them back."""
    first = document.begin()
    if not codes or not _is_code(first.blockFormat()):
        return
    wanted = 0
    for count, _info, lines, _fence in codes:  # the code blocks the document starts with, up to a non-blank line
        lines = lines[:count]
        wanted += len(lines) - len(list(itertools.dropwhile(lambda line: not line, lines)))
        if any(lines):
            break
    block, present = first, 0
    while block.isValid() and _is_code(block.blockFormat()) and not block.text() and present < wanted:
        present += 1
        block = block.next()
    cursor = QTextCursor(document)
    for _ in range(wanted - present):
        cursor.insertBlock(first.blockFormat(), first.charFormat())


def _is_code(fmt: QTextBlockFormat) -> bool:
    return fmt.hasProperty(CODE_LANGUAGE) or fmt.hasProperty(CODE_FENCE)


def _tag_blocks(document: QTextDocument, tokens: list[Token]) -> None:
    """Number each quote and code block of the source on its Qt blocks (one Qt block per paragraph or code line).

    Nothing is tagged if Qt's blocks do not match the source's: neighbouring
    quotes or code blocks are then written back as one.
    """
    codes: list[tuple[int, str, list[str], int]] = []  # (number of lines, info, lines, fence length) of each code block
    quotes: list[int] = []  # Qt blocks of each outermost block quote
    depth = 0
    for token in tokens:
        if token.type == "blockquote_open":
            if depth == 0:
                quotes.append(0)
            depth += 1
        elif token.type == "blockquote_close":
            depth -= 1
        elif token.type in ("fence", "code_block"):
            content = token.content
            count = content.count("\n") + (0 if content.endswith("\n") or not content else 1)
            fence = token.type == "fence"
            codes.append((count, token.info.strip() if fence else "", content.split("\n"), len(token.markup) if fence else 0))
            if depth:
                quotes[-1] += count
        elif token.type == "paragraph_open" and depth:
            quotes[-1] += 1
    if not codes and not quotes:
        return
    code_tags: list[tuple[QTextBlock, int]] = []
    quote_tags: list[tuple[QTextBlock, int]] = []
    _restore_leading_blank_lines(document, codes)
    for tags, sizes, test in ((code_tags, [c[0] for c in codes], _is_code),
                              (quote_tags, quotes, lambda f: f.intProperty(QUOTE_LEVEL) > 0)):
        group = left = 0
        block = document.begin()
        while block.isValid():
            if test(block.blockFormat()):
                while not left and group < len(sizes):
                    group += 1
                    left = sizes[group - 1]
                if not left:
                    tags.clear()
                    break
                tags.append((block, group))
                left -= 1
            elif left:
                tags.clear()
                break
            block = block.next()
        if left or any(sizes[group:]):
            tags.clear()
    cursor = QTextCursor(document)
    line = 0
    for n, (block, group) in enumerate(code_tags):
        line = line + 1 if n and code_tags[n - 1][1] == group else 0
        fmt = QTextBlockFormat()
        fmt.setProperty(CODE_GROUP, group)
        _count, info, lines, fence_length = codes[group - 1]
        if info:
            fmt.setProperty(CODE_INFO, info)
        if fence_length > 3:
            fmt.setProperty(CODE_FENCE_LENGTH, fence_length)
        cursor.setPosition(block.position())
        cursor.mergeBlockFormat(fmt)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        if block.text() != lines[line]:  # Qt expands a leading tab
            cursor.insertText(lines[line], block.charFormat())
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
        chars = QTextCharFormat()
        chars.setFontFixedPitch(True)
        cursor.mergeCharFormat(chars)
        cursor.mergeBlockCharFormat(chars)
    for block, group in quote_tags:
        fmt = QTextBlockFormat()
        fmt.setProperty(QUOTE_GROUP, group)
        cursor.setPosition(block.position())
        cursor.mergeBlockFormat(fmt)


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


def inline_markdown(block: QTextBlock, plain_bold: bool = False) -> str:
    """The block's text with bold/italic/sub/superscript/links as Markdown, literal characters escaped."""
    pieces: list[tuple[list[tuple[str, str]], bool, bool, str]] = []  # ((text, script) segments, bold, italic, href)
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            bold, italic = _emphasis(fmt)
            bold = bold and not plain_bold
            href = fmt.anchorHref() if fmt.isAnchor() else ""
            script = SCRIPT_OF.get(fmt.verticalAlignment(), "")
            text = fragment.text().replace("\ufffc", "")  # object replacement (images): not in the subset
            if pieces and pieces[-1][1:] == (bold, italic, href):
                pieces[-1][0].append((text, script))
            elif text:
                pieces.append(([(text, script)], bold, italic, href))
        iterator += 1
    out: list[str] = []
    for segments, bold, italic, href in pieces:
        for n, line in enumerate(segment_lines(segments)):
            if n:
                out.append("\\\n")
            whole = "".join(text for text, _script in line)
            if not whole:
                continue
            core = whole.strip()
            lead, trail = whole[:len(whole) - len(whole.lstrip())], whole[len(whole.rstrip()):]
            marker = ("**" if bold else "") + ("*" if italic else "")
            body = scripted(trimmed(line, len(lead), len(trail)), escape)
            if href:
                body = f"[{body}]({href.replace(' ', '%20').replace(')', '%29')})"
            out.append(f"{lead}{marker}{body}{marker[::-1]}{trail}" if core else whole)
    lines = "".join(out).split("\n")
    return "\n".join(_escape_line_start(line) for line in lines).rstrip()


Inline = Callable[[QTextBlock, bool], str]
"""Computes a block's inline Markdown: ``inline_markdown``, or a cache of it (``markdown_cache``)."""


def _paragraph(block: QTextBlock, inline: Inline) -> str:
    if block.text().strip() == PAGE_BREAK:
        return PAGE_BREAK
    level = block.blockFormat().headingLevel()
    text = inline(block, level > 0)  # a heading's bold is the heading's: "## **X**" was written back for "## X"
    if level and text:
        return "#" * level + " " + text
    return text


def _table(table: QTextTable, inline: Inline) -> str:
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
                    texts.append(inline(block, r == 0).replace("\\\n", " ").replace("\n", " "))
                it += 1
            cells.append(" ".join(t for t in texts if t))
        rows.append("| " + " | ".join(cells) + " |")
        if r == 0:
            rows.append("|" + "|".join(" --- " for _ in range(table.columns())) + "|")
    return "\n".join(rows)


def _fence(lines: list[str], fmt: QTextBlockFormat) -> list[str]:
    char = fmt.stringProperty(CODE_FENCE) or "`"
    info = fmt.stringProperty(CODE_INFO) or fmt.stringProperty(CODE_LANGUAGE)
    if char == "`" and "`" in info:
        char = "~"
    longest = max((len(line.lstrip(" ")) - len(line.lstrip(" ").lstrip(char)) for line in lines), default=0)
    fence = char * max(3, longest + 1, fmt.intProperty(CODE_FENCE_LENGTH))
    return [fence + info, *lines, fence]


def _code(blocks: list[QTextBlock], after_list: bool) -> str:
    """Lines of one code block, as they are: fenced, or indented if they were and still can be."""
    lines = "\n".join(b.text().replace("\ufffc", "") for b in blocks).replace(LINE_SEPARATOR, "\n").split("\n")
    fmt = blocks[0].blockFormat()
    if fmt.hasProperty(CODE_FENCE) or after_list or not lines[0].strip() or not lines[-1].strip():
        return "\n".join(_fence(lines, fmt))
    return "\n".join("    " + line if line else "" for line in lines)


def _code_key(fmt: QTextBlockFormat) -> tuple[str, str, int, int]:
    return (fmt.stringProperty(CODE_FENCE), fmt.stringProperty(CODE_LANGUAGE), fmt.intProperty(CODE_GROUP),
            fmt.intProperty(QUOTE_LEVEL))


Plain = Callable[[QTextBlock], "tuple[str, int, int] | None"]
"""Says a block is a plain paragraph (or heading): ``plain_paragraph``, or a cache of it."""


def plain_paragraph(block: QTextBlock, inline: Inline = inline_markdown) -> tuple[str, int, int] | None:
    """(Markdown, quote level, quote group) of a block that is a paragraph or a heading; None for a list
    item or a code line, whose Markdown depends on the blocks around it."""
    fmt = block.blockFormat()
    if fmt.objectIndex() >= 0 or _is_code(fmt):
        return None
    return _paragraph(block, inline), fmt.intProperty(QUOTE_LEVEL), fmt.intProperty(QUOTE_GROUP)


def to_markdown(document: QTextDocument, inline: Inline = inline_markdown, plain: Plain | None = None) -> str:
    """The document as the stored CommonMark subset: paragraphs, headings, bold, italic, lists, tables,
    block quotes and code blocks.

    ``inline`` gives each block's inline Markdown, where most of the time goes, and ``plain`` what
    ``plain_paragraph`` says of a block; the editor passes caches of both
    (``markdown_cache.MarkdownMirror``), so that a keystroke converts one block.
    """
    chunks: list[tuple[str, int, int, str]] = []  # (markdown, quote level, quote group, kind)
    list_lines: list[str] = []
    list_quote = (0, 0)
    code_blocks: list[QTextBlock] = []
    current_list = None

    def end_list() -> None:
        nonlocal current_list
        if list_lines:
            chunks.append(("\n".join(list_lines), *list_quote, "list"))
            list_lines.clear()
        current_list = None

    def end_code() -> None:
        if code_blocks:
            fmt = code_blocks[0].blockFormat()
            quote = (fmt.intProperty(QUOTE_LEVEL), fmt.intProperty(QUOTE_GROUP))
            after_list = bool(chunks) and chunks[-1][3] == "list" and chunks[-1][1:3] == quote  # 4 spaces: the list goes on
            chunks.append((_code(code_blocks, after_list), *quote, "code"))
            code_blocks.clear()

    root: QTextFrame = document.rootFrame()
    it = root.begin()
    while not it.atEnd():
        block = it.currentBlock()
        if not block.isValid():  # a child frame (a table)
            end_list()
            end_code()
            frame = it.currentFrame()
            if isinstance(frame, QTextTable):
                chunks.append((_table(frame, inline), 0, 0, "table"))
            it += 1
            continue
        known = plain(block) if plain is not None else None
        if known is not None:
            end_list()
            end_code()
            if known[0]:
                chunks.append((*known, "paragraph"))
            it += 1
            continue
        fmt = block.blockFormat()
        quote = (fmt.intProperty(QUOTE_LEVEL), fmt.intProperty(QUOTE_GROUP))
        text_list = block.textList() if fmt.objectIndex() >= 0 else None
        if _is_code(fmt) and text_list is None:
            end_list()
            if code_blocks and _code_key(code_blocks[0].blockFormat()) != _code_key(fmt):
                end_code()
            code_blocks.append(block)
        elif text_list is not None:
            end_code()
            if current_list is not None and (text_list is not current_list or quote != list_quote):
                end_list()
            current_list = text_list
            list_quote = quote
            lfmt = text_list.format()
            depth = max(lfmt.indent() - 1, 0)
            if lfmt.style() in _ORDERED:
                number = text_list.itemNumber(block) + max(lfmt.start(), 1)
                bullet = f"{number}. "
            else:
                bullet = "- "
            item = inline(block, False).replace("\n", "\n" + " " * (len(bullet) + 2 * depth))
            list_lines.append("  " * depth + bullet + item)
        else:
            end_list()
            end_code()
            text = _paragraph(block, inline)
            if text:
                chunks.append((text, *quote, "paragraph"))
        it += 1
    end_list()
    end_code()
    out: list[str] = []
    previous: tuple[int, int] | None = None
    for text, level, group, _kind in chunks:
        if previous is not None:
            same_quote = level and previous[0] and group == previous[1]
            out.append(" ".join([">"] * min(level, previous[0])) if same_quote else "")
        if level:
            prefix = "> " * level
            text = "\n".join(prefix + line if line else prefix.rstrip() for line in text.split("\n"))
        out.append(text)
        previous = (level, group)
    return "\n".join(out)
