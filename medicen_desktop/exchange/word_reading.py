"""Finding the parts of a returned Word package, and what lies outside them.

A part is the blocks inside its content control (tag ``mdc1:…``) or, where
the control is gone (LibreOffice drops content controls' tags; a partner may
remove a control), inside its bookmark ``_mdc…`` (``document.word_marks``).
Blocks outside every part are the package's read-only context, or text the
partner wrote there: ``strays``, by the part they follow, for the
coordinator to place by hand. Read-only context is recognised by its
control's tag, or by its text when LibreOffice dropped the tag
(``context_texts``: what the package wrote there). Pure: no database; the
marks are verified by the caller, which knows the packages' secrets.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from lxml.etree import _Element

from medicen_desktop.document import word_marks
from medicen_desktop.document.word_marks import PartMark
from medicen_desktop.exchange.word_file import WordFile, w
from medicen_desktop.exchange.word_markdown import BlockReader, ReadStats

_CONTEXT = "context"
Bookmarks = dict[str, "PartMark | str"]
"""Open bookmarks of ours: name → mark, and "#id" → the name that id opened."""


@dataclass
class StrayText:
    """Text found outside every part: where it was (after the part numbered ``after`` and before the one
    numbered ``before``; 0 = none, at the start or the end)."""

    after: int
    markdown: str
    before: int = 0


@dataclass
class PartReading:
    """One part as read back: its Markdown blocks and what reading them met."""

    number: int
    blocks: list[str] = field(default_factory=list)
    by_control: bool = False
    by_bookmark: bool = False
    stats: ReadStats = field(default_factory=ReadStats)


@dataclass
class WordReading:
    """Everything read from a returned package, before its marks are verified."""

    marks: list[PartMark]
    changed_tags: list[str]
    parts: dict[int, PartReading]
    strays: list[StrayText]
    outside: ReadStats
    """Comments and tracked changes met outside the parts."""


def read_parts(word: WordFile, context: Callable[[list[PartMark]], Collection[str]] | None = None) -> WordReading:
    """The parts of ``word`` by number, the marks met and the text outside the parts.

    ``context`` gives, from the marks found (once every part is located), the texts of the package's read-only
    paragraphs: those are not strays. It is called only when blocks lie outside both the parts and the locked
    context controls (LibreOffice drops those controls' tags), and may raise (the marks do not verify).
    """
    marks: list[PartMark] = []
    changed: list[str] = []
    blocks: list[tuple[_Element, PartMark | str | None]] = []
    _flatten(word.body, None, blocks, marks, changed)
    reader = BlockReader(word)
    parts: dict[int, PartReading] = {}
    members: list[tuple[_Element, int | None, bool]] = []  # (block, part number, by control)
    active: Bookmarks = {}  # open bookmarks of ours, by bookmark id
    for element, owner in blocks:
        if element.tag in (w("bookmarkStart"), w("bookmarkEnd")):
            _bookmark(element, active, marks)
            continue
        if isinstance(owner, PartMark):
            members.append((element, owner.number, True))
            _scan(element, active, marks)  # keeps the bookmarks' state in step
            continue
        touched = _scan(element, active, marks)
        if owner == _CONTEXT:
            continue
        members.append((element, touched.number if touched is not None else None, False))
    context_texts: Collection[str] = ()
    if context is not None and any(number is None for _element, number, _control in members):
        context_texts = context(marks)  # only when something lies outside the parts and their locked context
    strays: list[StrayText] = []
    outside = ReadStats()
    last = 0
    run: list[_Element] = []

    def end_stray() -> None:
        kept = [element for element in run if _plain(element) and _plain(element) not in context_texts]
        if kept:
            texts = reader.blocks(kept, outside)
            if texts:
                strays.append(StrayText(last, "\n\n".join(texts)))
        run.clear()

    current: int | None = None
    group: list[_Element] = []

    def end_group() -> None:
        if current is not None and group:
            part = parts.setdefault(current, PartReading(current))
            part.blocks.extend(reader.blocks(list(group), part.stats))
        group.clear()

    for element, number, by_control in members:
        if number is None:
            end_group()
            current = None
            run.append(element)
            continue
        end_stray()
        if strays and not strays[-1].before and strays[-1].after == last:
            strays[-1].before = number
        if number != current:
            end_group()
            current = number
        part = parts.setdefault(number, PartReading(number))
        part.by_control = part.by_control or by_control
        part.by_bookmark = part.by_bookmark or not by_control
        group.append(element)
        last = number
    end_group()
    end_stray()
    for mark in marks:  # a part whose control and bookmark hold nothing is still there, empty
        parts.setdefault(mark.number, PartReading(mark.number, by_control=bool(mark.base8),
                                                  by_bookmark=not mark.base8))
    return WordReading(marks, changed, parts, strays, outside)


def _flatten(container: _Element, owner: PartMark | str | None, out: list[tuple[_Element, PartMark | str | None]],
             marks: list[PartMark], changed: list[str]) -> None:
    """Block-level elements in document order, each with the part control (or context control) it is in."""
    for child in container:
        tag = child.tag
        if tag == w("sdt"):
            props = child.find(w("sdtPr"))
            tag_element = props.find(w("tag")) if props is not None else None
            value = tag_element.get(w("val"), "") if tag_element is not None else ""
            inner: PartMark | str | None = owner
            if value == word_marks.CONTEXT_TAG:
                inner = _CONTEXT
            elif value.startswith(word_marks.TAG_PREFIX):
                mark = word_marks.parse_tag(value)
                if mark is None:
                    changed.append(value)
                else:
                    marks.append(mark)
                    inner = mark
            content = child.find(w("sdtContent"))
            if content is not None:
                _flatten(content, inner, out, marks, changed)
        elif tag in (w("p"), w("tbl"), w("bookmarkStart"), w("bookmarkEnd")):
            out.append((child, owner))
        elif tag == w("customXml"):
            _flatten(child, owner, out, marks, changed)


def _bookmark(element: _Element, active: Bookmarks, marks: list[PartMark]) -> None:
    """Open or close a bookmark of ours. ``active`` is keyed by name, and each id is remembered under the name it
    opened: LibreOffice writes a second start of a bookmark spanning a list, under a new id, and ends only that one."""
    ident = element.get(w("id"), "")
    if element.tag == w("bookmarkEnd"):
        name = active.pop("#" + ident, None)
        if isinstance(name, str):
            active.pop(name, None)
        return
    name = element.get(w("name"), "")
    if name.startswith(word_marks.BOOKMARK_PREFIX):
        mark = word_marks.parse_bookmark(name)
        if mark is not None:
            if name not in active:
                active[name] = mark
            active["#" + ident] = name
            marks.append(mark)


def _scan(block: _Element, active: Bookmarks, marks: list[PartMark]) -> PartMark | None:
    """Follow the bookmarks through ``block``; the part mark it belongs to by them (None: none).

    A block belongs to a bookmark open when text of it is read, or open at its end (an empty paragraph
    inside the range); a range that ends before the block's first text does not take it.
    """
    found: PartMark | None = None
    for element in block.iter(w("bookmarkStart"), w("bookmarkEnd"), w("t")):
        if element.tag == w("t"):
            if found is None and (element.text or ""):
                found = _open(active)
        else:
            _bookmark(element, active, marks)
    return found if found is not None else _open(active)


def _plain(block: _Element) -> str:
    """A block's text as the package wrote it, white space collapsed (deleted text left out)."""
    return " ".join("".join(t.text or "" for t in block.iter(w("t"))).split())


def _open(active: Bookmarks) -> PartMark | None:
    return next((mark for mark in active.values() if isinstance(mark, PartMark)), None)
