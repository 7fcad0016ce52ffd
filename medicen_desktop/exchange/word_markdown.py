"""Word paragraphs and tables back to the section dialect's Markdown.

Kept: bold, italic, sub- and superscript, headings ("Heading n" is ``#`` × n−1:
the package writes a section's headings one level below the part's title),
bulleted and numbered lists (by style or by Word numbering), tables (first
row as header), quotes and code (by the renderer's styles), line breaks.
Tracked changes are accepted: inserted and moved-in text is read, deleted
and moved-out text is not, and each is counted. Anything else keeps its text
and leaves a note (underline, strike-through, colour, highlight, hyperlinks,
equations, symbols, footnotes, pictures and text boxes, merged cells):
nothing is dropped without the coordinator being told.

``BlockReader.blocks`` returns one Markdown string per block as
``exchange.textmerge`` splits paragraphs: a list or a table is one block.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from lxml.etree import _Element

from medicen_desktop.document.markdown import escape_inline, escape_line_start
from medicen_desktop.document.scripts import SUB, SUP, script_markdown
from medicen_desktop.exchange.word_file import W, WordFile, w

M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
HEADING_SHIFT = 1
_NUMBERED_TEXT = re.compile(r"^(\d+)[.)]\t")
_FALSE = {"0", "false", "off", "none"}
_SKIPPED = {w("pPr"), w("rPr"), w("proofErr"), w("bookmarkStart"), w("bookmarkEnd"), w("commentRangeEnd"),
            w("permStart"), w("permEnd"), w("lastRenderedPageBreak"), w("fldChar"), w("instrText"),
            w("commentReference"), w("annotationRef"), w("del"), w("moveFrom"), w("softHyphen")}
NOTE_TEXT = {
    "underline": "underline", "strike": "strike-through", "colour": "text colour", "highlight": "highlight",
    "caps": "capitals or small capitals", "hyperlink": "hyperlink (its text is kept, not its address)",
    "equation": "equation (reduced to its text)", "symbol": "symbol font character",
    "footnote": "footnote (its text is in this note)", "picture": "picture or text box (not kept)",
    "merged cells": "merged table cells (split)", "nested table": "table inside a table (its text kept)",
    "page break": "page break (a line break instead)",
}


@dataclass
class Segment:
    text: str
    bold: bool = False
    italic: bool = False
    script: str = ""


@dataclass
class ReadStats:
    """What reading met besides the text: tracked changes, notes, comment anchors."""

    insertions: int = 0
    deletions: int = 0
    notes: Counter[str] = field(default_factory=Counter)
    footnotes: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    """Ids of the comments anchored in what was read."""


class BlockReader:
    """Reads block elements (``w:p``, ``w:tbl``) of one Word file into Markdown blocks."""

    def __init__(self, word: WordFile) -> None:
        self.word = word

    def blocks(self, elements: list[_Element], stats: ReadStats) -> list[str]:
        out: list[str] = []
        items: list[str] = []  # the list being read
        kind = ""
        code: list[str] = []

        def end_list() -> None:
            nonlocal kind
            if items:
                out.append("\n".join(items))
                items.clear()
            kind = ""

        def end_code() -> None:
            if code:
                fence = "~~~" if any(line.lstrip().startswith("```") for line in code) else "```"
                out.append("\n".join([fence, *code, fence]))
                code.clear()

        for element in elements:
            if element.tag == w("tbl"):
                end_list()
                end_code()
                table = self._table(element, stats)
                if table:
                    out.append(table)
                continue
            if element.tag != w("p") or _mark_deleted(element) and not _text(element):
                continue
            style = self._style(element)
            if style == "code":
                end_list()
                code.extend(self._plain(element, stats).split("\n"))
                continue
            end_code()
            listed = self._list_kind(element, style)
            segments = self._segments(element, stats)
            text = inline_markdown(segments)
            if listed is not None:
                marker_kind, level, number = listed
                if marker_kind == "ordered" and style == "numbered item":
                    text, number = _strip_number(segments, number)
                if not text.strip():
                    continue
                if kind and kind != marker_kind and level == 0:
                    end_list()
                kind = kind or marker_kind
                count = sum(1 for item in items if not item.startswith(" ")) + 1
                marker = f"{number or count}. " if marker_kind == "ordered" else "- "
                items.append("  " * level + marker + text.replace("\n", "\n" + "  " * level + " " * len(marker)))
                continue
            end_list()
            if not text.strip():
                continue
            heading = _heading_level(style)
            if heading:
                out.append("#" * heading + " " + text.replace("\\\n", " "))
            elif style in ("quote", "intense quote"):
                out.append("\n".join("> " + line for line in text.split("\n")))
            else:
                out.append(text)
        end_list()
        end_code()
        return out

    # -- paragraphs ---------------------------------------------------------------------
    def _style(self, paragraph: _Element) -> str:
        style = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
        return self.word.styles.get(style.get(w("val"), ""), "") if style is not None else ""

    def _list_kind(self, paragraph: _Element, style: str) -> tuple[str, int, int] | None:
        """("bullet" | "ordered", level, number or 0) of a list item; None for other paragraphs."""
        num = paragraph.find(f"{w('pPr')}/{w('numPr')}")
        if style.startswith("list bullet"):
            return "bullet", 0, 0
        if style == "numbered item" or style.startswith("list number"):
            return "ordered", 0, 0
        if num is not None:
            num_id, ilvl = num.find(w("numId")), num.find(w("ilvl"))
            key = (num_id.get(w("val"), "") if num_id is not None else "",
                   ilvl.get(w("val"), "0") if ilvl is not None else "0")
            if key[0] in ("", "0"):
                return None
            fmt = self.word.numbering.get(key, "bullet")
            return ("bullet" if fmt in ("bullet", "none") else "ordered"), min(int(key[1] or 0), 3), 0
        return None

    def _plain(self, paragraph: _Element, stats: ReadStats) -> str:
        return "".join(s.text for s in self._segments(paragraph, stats))

    def _segments(self, container: _Element, stats: ReadStats) -> list[Segment]:
        out: list[Segment] = []
        self._walk(container, out, stats)
        return out

    def _walk(self, container: _Element, out: list[Segment], stats: ReadStats) -> None:
        for child in container:
            tag = child.tag
            if tag == w("r"):
                self._run(child, out, stats)
            elif tag in (w("ins"), w("moveTo")):
                stats.insertions += 1
                self._walk(child, out, stats)
            elif tag in (w("del"), w("moveFrom")):
                if any(True for _ in child.iter(w("delText"))) or tag == w("moveFrom"):
                    stats.deletions += 1
            elif tag == w("hyperlink"):
                stats.notes["hyperlink"] += 1
                self._walk(child, out, stats)
            elif tag == w("commentRangeStart"):
                stats.comments.append(child.get(w("id"), ""))
            elif tag in (f"{{{M}}}oMath", f"{{{M}}}oMathPara"):
                stats.notes["equation"] += 1
                out.append(Segment("".join(t.text or "" for t in child.iter(f"{{{M}}}t"))))
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    self._walk(content, out, stats)
            elif tag in _SKIPPED or not isinstance(tag, str):
                continue
            else:  # smartTag, customXml, fldSimple, dir, bdo...: their runs
                self._walk(child, out, stats)

    def _run(self, run: _Element, out: list[Segment], stats: ReadStats) -> None:
        props = run.find(w("rPr"))
        bold, italic, script = _flag(props, "b"), _flag(props, "i"), ""
        style = props.find(w("rStyle")) if props is not None else None
        if style is not None:  # Word's "Strong" and "Emphasis" character styles
            name = self.word.styles.get(style.get(w("val"), ""), "")
            bold, italic = bold or name in ("strong", "intense emphasis"), italic or name in ("emphasis", "subtle emphasis")
        if props is not None:
            align = props.find(w("vertAlign"))
            value = align.get(w("val"), "") if align is not None else ""
            script = SUB if value == "subscript" else SUP if value == "superscript" else ""
            self._note_formatting(props, stats)
        for child in run:
            tag = child.tag
            text = ""
            if tag == w("t"):
                text = child.text or ""
            elif tag == w("tab"):
                text = "\t"
            elif tag in (w("br"), w("cr")):
                if child.get(w("type")) == "page":
                    stats.notes["page break"] += 1
                text = "\n"
            elif tag == w("noBreakHyphen"):
                text = "\u2011"
            elif tag == w("sym"):
                stats.notes["symbol"] += 1
                code = child.get(w("char"), "")
                text = chr(int(code, 16)) if re.fullmatch(r"[0-9A-Fa-f]{2,4}", code) and int(code, 16) >= 0x20 else ""
            elif tag in (w("drawing"), w("pict"), w("object")):
                stats.notes["picture"] += 1
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                kind = "footnote" if tag == w("footnoteReference") else "endnote"
                stats.notes["footnote"] += 1
                stats.footnotes.append(self.word.footnotes.get(f"{kind}:{child.get(w('id'), '')}", ""))
            if text:
                out.append(Segment(text, bold, italic, script))

    @staticmethod
    def _note_formatting(props: _Element, stats: ReadStats) -> None:
        underline = props.find(w("u"))
        if underline is not None and underline.get(w("val"), "single") not in _FALSE:
            stats.notes["underline"] += 1
        if _flag(props, "strike") or _flag(props, "dstrike"):
            stats.notes["strike"] += 1
        colour = props.find(w("color"))
        if colour is not None and colour.get(w("val"), "auto").lower() not in ("auto", "000000"):
            stats.notes["colour"] += 1
        highlight = props.find(w("highlight"))
        if highlight is not None and highlight.get(w("val"), "none") != "none":
            stats.notes["highlight"] += 1
        if _flag(props, "caps") or _flag(props, "smallCaps"):
            stats.notes["caps"] += 1

    # -- tables -------------------------------------------------------------------------
    def _table(self, table: _Element, stats: ReadStats) -> str:
        rows: list[list[str]] = []
        for row in table.iterchildren(w("tr")):
            if row.find(f"{w('trPr')}/{w('del')}") is not None:
                stats.deletions += 1
                continue
            cells: list[str] = []
            for cell in row.iterchildren(w("tc")):
                span = cell.find(f"{w('tcPr')}/{w('gridSpan')}")
                if span is not None or cell.find(f"{w('tcPr')}/{w('vMerge')}") is not None:
                    stats.notes["merged cells"] += 1
                if any(True for _ in cell.iter(w("tbl"))):
                    stats.notes["nested table"] += 1
                texts = [inline_markdown(self._segments(p, stats)).replace("\\\n", " ")
                         for p in cell.iter(w("p")) if not _mark_deleted(p) or _text(p)]
                cells.append(" ".join(t for t in texts if t.strip()))
                extra = int(span.get(w("val"), "1")) - 1 if span is not None and span.get(w("val"), "1").isdigit() else 0
                cells.extend([""] * min(extra, 50))
            rows.append(cells)
        if not rows or not any(any(c.strip() for c in row) for row in rows):
            return ""
        width = max(len(row) for row in rows)
        lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
        lines.insert(1, "|" + "|".join(" --- " for _ in range(width)) + "|")
        return "\n".join(lines)


def inline_markdown(segments: list[Segment]) -> str:
    """Markdown of one paragraph's segments: emphasis around each run of equal emphasis, scripts inside it,
    line breaks as hard breaks, literal characters escaped."""
    groups: list[tuple[bool, bool, list[Segment]]] = []
    for segment in segments:
        for n, piece in enumerate(segment.text.split("\n")):
            if n:
                groups.append((False, False, [Segment("\n")]))
            if piece:
                part = Segment(piece, segment.bold, segment.italic, segment.script)
                if groups and groups[-1][:2] == (part.bold, part.italic) and groups[-1][2][0].text != "\n":
                    groups[-1][2].append(part)
                else:
                    groups.append((part.bold, part.italic, [part]))
    out: list[str] = []
    for bold, italic, parts in groups:
        if parts[0].text == "\n":
            out.append("\\\n")
            continue
        whole = "".join(p.text for p in parts)
        core = whole.strip()
        if not core:
            out.append(whole)
            continue
        lead, trail = whole[:len(whole) - len(whole.lstrip())], whole[len(whole.rstrip()):]
        body = _scripted(parts, len(lead), len(trail))
        marker = ("**" if bold else "") + ("*" if italic else "")
        out.append(f"{lead}{marker}{body}{marker[::-1]}{trail}")
    text = "".join(out).replace("\t", " ")
    while text.endswith("\\\n"):
        text = text[:-2]
    return "\n".join(escape_line_start(line) for line in text.split("\n")).strip(" ")


def _scripted(parts: list[Segment], lead: int, trail: int) -> str:
    total = sum(len(p.text) for p in parts)
    merged: list[tuple[str, str]] = []
    at = 0
    for part in parts:
        start, end = max(lead - at, 0), min(total - trail - at, len(part.text))
        at += len(part.text)
        if start >= end:
            continue
        piece = part.text[start:end]
        if merged and merged[-1][1] == part.script:
            merged[-1] = (merged[-1][0] + piece, part.script)
        else:
            merged.append((piece, part.script))
    return "".join(script_markdown(text, script, escape_inline) if script and text.strip() else escape_inline(text)
                   for text, script in merged)


def _flag(props: _Element | None, name: str) -> bool:
    if props is None:
        return False
    element = props.find(w(name))
    return element is not None and element.get(w("val"), "true").lower() not in _FALSE


def _mark_deleted(paragraph: _Element) -> bool:
    return paragraph.find(f"{w('pPr')}/{w('rPr')}/{w('del')}") is not None


def _text(paragraph: _Element) -> str:
    return "".join(t.text or "" for t in paragraph.iter(w("t")))


def _heading_level(style: str) -> int:
    match = re.fullmatch(r"heading (\d)", style)
    return max(int(match.group(1)) - HEADING_SHIFT, 1) if match else 0


def _strip_number(segments: list[Segment], number: int) -> tuple[str, int]:
    """The renderer writes a numbered item's number as text ("3.<tab>"): read it as the list's number."""
    text = "".join(s.text for s in segments)
    match = _NUMBERED_TEXT.match(text)
    if match is None:
        return inline_markdown(segments), number
    cut = match.end()
    kept: list[Segment] = []
    for segment in segments:
        if cut >= len(segment.text):
            cut -= len(segment.text)
            continue
        kept.append(Segment(segment.text[cut:], segment.bold, segment.italic, segment.script))
        cut = 0
    return inline_markdown(kept), int(match.group(1))


__all__ = ["BlockReader", "NOTE_TEXT", "ReadStats", "Segment", "W", "inline_markdown"]
