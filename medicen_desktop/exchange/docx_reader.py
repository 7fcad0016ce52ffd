"""A Word draft read as headings and section Markdown (``document.markdown``'s dialect).

Any ``.docx`` (last year's submission, a partner's annex, the app's own
export) is read by mammoth (docx → HTML, a maintained reader: styles,
numbering, tables, images) and its HTML walked into a flat list of blocks:
each Word heading (Heading 1–6) is a ``DraftHeading``; what lies between two
headings is a ``DraftText`` in the dialect. What the dialect holds survives:
bold, italic, sub- and superscripts, bullet and numbered lists (nested), tables (the first row is
the header), line breaks. Anything else is reduced to its text and said in
``Draft.notes``, never dropped silently: links keep their address in
brackets, struck-through text and footnote markers
become plain text, footnotes come after the text, merged table cells are
split. Images are returned apart (``Draft.images``) to become annexes;
the table of contents Word generates is left out (it is only the headings
again), and so is the Gantt chart of the app's own Word export
(``export.docx_gantt``: a table of months, drawn again from the work plan),
said in the notes.

The file is checked before mammoth opens it (``check_docx``): a file that
is not a Word document, a macro-enabled ``.docm``, an encrypted or corrupt
file, a zip bomb, is refused with ``DraftRefused`` naming the file. Pure:
no database, no Qt.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import Any

import mammoth
from lxml import html as lxml_html

from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.markdown import escape_inline as escape
from medicen_desktop.document.markdown import escape_line_start as _line_start
from medicen_desktop.document.scripts import SUB, SUP, script_markdown
from medicen_desktop.errors import Refused
from medicen_desktop.exchange.archive import Caps
from medicen_desktop.exchange.word_file import read_word_members

MAX_FILE_BYTES = 100 * 1024 * 1024
_DRAFT_CAPS = Caps(max_members=5000, max_member_bytes=400 * 1024 * 1024, max_total_bytes=400 * 1024 * 1024,
                   max_ratio=200)
"""A member that unpacks to more than 200 times its packed size (and past 1 MB) is a zip bomb."""

NOTES = {
    "footnotes": "footnotes were moved after the text",
    "table-in-list": "a table inside a list was reduced to text",
    "table-in-table": "a table inside a table was reduced to text",
    "merged-cells": "merged table cells were split (the text stays in the first)",
    "images": "images became annexes of the proposal",
    "struck": "struck-through text was kept as plain text",
    "footnote-markers": "footnote markers became plain text",
    "links": "links became text followed by their address",
    "gantt": "the Gantt chart the app draws was left out (the app draws it again from the work plan)",
}
"""What each code of ``Draft.notes`` says (the GUI words them in the user's language)."""


# Word's and LibreOffice's table-of-contents paragraphs (the headings again), and the app's own.
_STYLE_MAP = "\n".join(
    [f"p[style-name='{name} {n}'] => !" for name in ("toc", "TOC", "Contents") for n in range(1, 10)]
    + ["p[style-name='TOC Heading'] => !", "p[style-name='Contents Heading'] => !",
       "p[style-name='Contents Title'] => !", "p[style-name='Numbered Item'] => ol > li:fresh"]
)

_SPACES = re.compile(r"[ \t\r\n]+")
_SOFT_HYPHEN = "\u00ad"


class DraftRefused(Refused):
    """A file that cannot be imported as a Word draft; the message names it and says why."""


@dataclass(frozen=True)
class DraftHeading:
    """A Word heading: its level (1–6) and its text as the file writes it (numbers included)."""

    level: int
    text: str


@dataclass(frozen=True)
class DraftText:
    """Blocks between two headings, as section Markdown; ``images``: indexes into ``Draft.images``."""

    markdown: str
    images: tuple[int, ...] = ()
    header: tuple[str, ...] = ()
    """For a table (alone in its block): the plain text of its first row."""


@dataclass(frozen=True)
class DraftImage:
    """An image of the draft: a file name made up from the draft's, its media type, its bytes."""

    filename: str
    media_type: str
    data: bytes
    alt_text: str = ""


@dataclass
class Draft:
    """A Word draft in reading order."""

    source: str
    blocks: list[DraftHeading | DraftText] = field(default_factory=list)
    images: list[DraftImage] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What was reduced to text, as ``NOTES`` codes (each once)."""


def read_draft(data: bytes, source: str) -> Draft:
    """Read a ``.docx`` given as bytes; ``source`` names it in messages. Raises DraftRefused."""
    check_docx(data, source)
    stem = re.sub(r"[^\w.-]+", "-", source.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0]) or "draft"
    draft = Draft(source)

    def keep_image(image: Any) -> dict[str, str]:
        with image.open() as stream:
            content = stream.read()
        media_type = str(image.content_type or "application/octet-stream")
        extension = {"image/jpeg": "jpg", "image/svg+xml": "svg"}.get(media_type, media_type.rsplit("/", 1)[-1])
        index = len(draft.images)
        draft.images.append(DraftImage(f"{stem}-image{index + 1}.{extension}", media_type, content,
                                       str(image.alt_text or "")))
        return {"src": f"#draft-image-{index}"}

    try:
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=_STYLE_MAP, include_embedded_style_map=False,
                                         external_file_access=False,
                                         convert_image=mammoth.images.img_element(keep_image))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, zlib.error) as exc:
        raise DraftRefused(f"{source}: the Word document is damaged and cannot be read ({exc})") from None
    except Exception as exc:  # the XML inside: lxml and mammoth raise their own kinds
        if type(exc).__module__.split(".")[0] in ("lxml", "mammoth", "xml"):
            raise DraftRefused(f"{source}: the Word document is damaged and cannot be read ({exc})") from None
        raise
    _Walker(draft).walk(str(result.value))
    return draft


def check_docx(data: bytes, source: str) -> None:
    """Refuse what is not a plain Word document, before any reader opens it. Raises DraftRefused.

    The checks are the Word package reader's (``word_file.read_word_members``)
    with a draft's larger limits: last year's dossier may hold many images.
    """
    if len(data) > MAX_FILE_BYTES:
        raise DraftRefused(f"{source}: {len(data) // (1024 * 1024)} MB is more than a Word draft may weigh "
                           f"({MAX_FILE_BYTES // (1024 * 1024)} MB)")
    try:
        read_word_members(data, source, _DRAFT_CAPS)
    except InterchangeError as exc:
        raise DraftRefused(str(exc)) from None


class _Walker:
    """mammoth's HTML to blocks; inline formatting to Markdown runs."""

    def __init__(self, draft: Draft) -> None:
        self.draft = draft
        self.paragraphs: list[str] = []
        self.images: list[int] = []

    def note(self, text: str) -> None:
        if text not in self.draft.notes:
            self.draft.notes.append(text)

    def walk(self, html: str) -> None:
        if not html.strip():
            return
        for element in lxml_html.fragments_fromstring(html):
            if isinstance(element, str):
                self._add(escape(_clean(element)).strip())
            else:
                self._block(element)
        self._flush()

    def _flush(self) -> None:
        text = "\n\n".join(p for p in self.paragraphs if p.strip())
        if text or self.images:
            self.draft.blocks.append(DraftText(text, tuple(self.images)))
        self.paragraphs, self.images = [], []

    def _add(self, markdown: str) -> None:
        if markdown.strip():
            self.paragraphs.append(markdown)

    def _block(self, element: Any) -> None:
        tag = element.tag
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            text = _SPACES.sub(" ", _clean(element.text_content())).strip()
            images_before = len(self.draft.images)
            self._inline(element)  # collects images a heading holds
            if text:
                self._flush()
                self.draft.blocks.append(DraftHeading(int(tag[1]), text))
            self.images.extend(range(images_before, len(self.draft.images)))
        elif tag in ("ul", "ol"):
            if element.get("id") is None and any(str(li.get("id", "")).startswith("footnote-") for li in element):
                self.note("footnotes")
            self._add("\n".join(self._list(element, 0)))
        elif tag == "table":
            self._flush()
            if _is_gantt(element):
                self.note("gantt")
                return
            markdown = self._table(element)
            first = element.xpath("(./tr|./thead/tr|./tbody/tr)[1]")
            header = tuple(_SPACES.sub(" ", _clean(c.text_content())).strip()
                           for c in (first[0] if first else []) if c.tag in ("td", "th"))
            if markdown or self.images:
                self.draft.blocks.append(DraftText(markdown, tuple(self.images), header))
            self.images = []
        else:  # p and anything else mammoth writes at block level
            self._add(_line_start(self._inline(element).strip()))

    def _list(self, element: Any, depth: int) -> list[str]:
        lines: list[str] = []
        ordered = element.tag == "ol"
        for number, item in enumerate((c for c in element if c.tag == "li"), start=1):
            marker = f"{number}." if ordered else "-"
            indent = ("    " if ordered else "  ") * depth
            text = self._inline(item).strip()
            if ordered:  # the app's own export writes "1.<tab>text" paragraphs, read as items: drop the number
                text = re.sub(rf"^{number}[.)]\s+", "", text)
            text = _line_start(text)
            lines.append(f"{indent}{marker} {text}".rstrip())
            for child in item:
                if child.tag in ("ul", "ol"):
                    lines.extend(self._list(child, depth + 1))
                elif child.tag == "table":
                    self.note("table-in-list")
                    cells = (_SPACES.sub(" ", _clean(cell.text_content())).strip() for cell in child.iter("td", "th"))
                    lines.append(f"{indent}   {escape(' '.join(c for c in cells if c))}".rstrip())
        return lines

    def _table(self, element: Any) -> str:
        rows: list[list[str]] = []
        spans: dict[int, tuple[int, str]] = {}  # column -> (rows still covered, text)
        for row in element.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
            cells: list[str] = []
            source = [c for c in row if c.tag in ("td", "th")]
            column = 0
            while source or column in spans:
                if column in spans:
                    left, text = spans[column]
                    cells.append(text)
                    spans[column] = (left - 1, text)
                    if left <= 1:
                        del spans[column]
                    column += 1
                    continue
                cell = source.pop(0)
                if cell.find(".//table") is not None:
                    self.note("table-in-table")
                    text = escape(_SPACES.sub(" ", _clean(cell.text_content())).strip())
                else:
                    text = self._inline(cell).replace("\\\n", " ").strip()
                colspan, rowspan = int(cell.get("colspan", "1") or 1), int(cell.get("rowspan", "1") or 1)
                if colspan > 1 or rowspan > 1:
                    self.note("merged-cells")
                for offset in range(colspan):
                    cells.append(text if offset == 0 else "")
                    if rowspan > 1:
                        spans[column] = (rowspan - 1, "")
                    column += 1
            rows.append(cells)
        if not rows:
            return ""
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(lines)

    def _inline(self, element: Any) -> str:
        runs: list[tuple[str, bool, bool]] = []
        self._runs(element, False, False, runs)
        return _render(runs)

    def _runs(self, element: Any, bold: bool, italic: bool, runs: list[tuple[str, bool, bool]]) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "img":
            src = str(element.get("src", ""))
            if src.startswith("#draft-image-"):
                self.images.append(int(src.rsplit("-", 1)[1]))
                self.note("images")
            return
        if tag == "br":
            runs.append(("\\\n", False, False))
        bold = bold or tag in ("strong", "b")
        italic = italic or tag in ("em", "i")
        if tag in ("sub", "sup"):  # the dialect's ~sub~ and ^sup^ (document.scripts)
            text = _SPACES.sub(" ", _clean(element.text_content()))
            if text.strip():
                runs.append((script_markdown(text, SUB if tag == "sub" else SUP, escape), bold, italic))
            return
        if tag == "s":
            self.note("struck")
        link = str(element.get("href", "")) if tag == "a" else ""
        if link.startswith(("#footnote", "#endnote")):
            self.note("footnote-markers")
            link = ""
        if element.text and tag != "br":
            runs.append((escape(_clean(element.text)), bold, italic))
        for child in element:
            child_tag = child.tag if isinstance(child.tag, str) else ""
            if child_tag in ("ul", "ol", "table"):
                pass  # blocks inside a list item or a cell: their caller reads them
            else:
                if child_tag == "p" and runs:
                    runs.append((" ", False, False))  # paragraphs of one cell or item: one line
                self._runs(child, bold, italic, runs)
            if child.tail:
                runs.append((escape(_clean(child.tail)), bold, italic))
        if link and link.startswith(("http:", "https:", "mailto:")) and link != element.text_content().strip():
            self.note("links")
            runs.append((escape(f" ({link})"), bold, italic))


_MONTH = re.compile(r"^M(\d{1,3})$")
_MILESTONES = re.compile(r"^(?:\u2666|[\w.-]{1,8}(?:, [\w.-]{1,8})*)$")
"""A month cell of the app's Word Gantt: its diamond, or the milestone numbers beside it ("MS3, MS4")."""
_ROW_LABEL = re.compile(r"^(?:[A-Z]{1,3}\d+|T?\d+\.\d+)(?:\s|$)")
"""A row of the app's Gantt: a work package ("LT2 …", "WP2 …") or a task ("2.1 …")."""


def _is_gantt(table: Any) -> bool:
    """Whether a table is the app's Word Gantt (``export.docx_gantt``): an empty corner, then month labels
    ("M6", "M12"…) rising, and under them work packages and tasks ("LT2 …", "2.1 …") whose month cells hold
    nothing but milestones."""
    rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    if len(rows) < 2:
        return False
    header = [_SPACES.sub(" ", _clean(c.text_content())).strip() for c in rows[0] if c.tag in ("td", "th")]
    months = [int(m.group(1)) for m in map(_MONTH.match, header[1:]) if m is not None]
    if header[:1] != [""] or len(months) < 2 or len(months) != len(header) - 1 or months != sorted(set(months)):
        return False
    for row in rows[1:]:
        cells = [_SPACES.sub(" ", _clean(c.text_content())).strip() for c in row if c.tag in ("td", "th")]
        if not cells or not _ROW_LABEL.match(cells[0]) or not all(not c or _MILESTONES.match(c) for c in cells[1:]):
            return False
    return True


def _clean(text: str) -> str:
    return text.replace(_SOFT_HYPHEN, "").replace("\t", " ")


def _render(runs: list[tuple[str, bool, bool]]) -> str:
    merged: list[tuple[str, bool, bool]] = []
    for text, bold, italic in runs:
        if merged and merged[-1][1:] == (bold, italic):
            merged[-1] = (merged[-1][0] + text, bold, italic)
        elif text:
            merged.append((text, bold, italic))
    out: list[str] = []
    for text, bold, italic in merged:
        marker = ("**" if bold else "") + ("*" if italic else "")
        core = text.strip(" ")
        if not marker or not core or core.endswith("\\\n"):
            out.append(text)
            continue
        lead, trail = text[:len(text) - len(text.lstrip(" "))], text[len(text.rstrip(" ")):]
        out.append(f"{lead}{marker}{core}{marker[::-1]}{trail}")
    return _SPACES.sub(" ", "".join(out).replace("\\\n", "\x00")).replace("\x00", "\\\n")

