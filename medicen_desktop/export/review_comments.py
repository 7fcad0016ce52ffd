"""A review copy of the DOCX dossier: the consortium's comment threads as Word comments.

Only when the user asks for it (``export ... --review``): the dossier sent to
the funder never carries a comment. Each thread becomes one Word comment
(its replies and resolution in its text), anchored where its anchor points:

- ``paragraph:N`` of a section: the dossier paragraph showing that
  paragraph's text (found by its visible text), else the section's heading;
- a work package: its heading or first paragraph naming ``WPn``;
- a partner's budget: the first table cell naming the partner;
- otherwise (or when nothing matches): the dossier's first paragraph.

Works on the written file (python-docx), after the renderer: the document
tree and its renderers stay free of anything internal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from medicen_desktop.document.comments import section_paragraphs
from medicen_desktop.document.markdown import visible_text
from medicen_desktop.document.parts import PartRef, partner_label
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.text import normalise_plain

_PREFIX = 60
"""Characters of a paragraph's visible text that identify it in the dossier."""


@dataclass(frozen=True)
class ReviewNote:
    """One thread to show: where it is anchored, who started it, its whole text."""

    part: PartRef
    anchor: str
    author: str
    created_at: dt.datetime
    text: str


def add_review_comments(path: Path, document: ProposalDocument, notes: Sequence[ReviewNote]) -> int:
    """Add ``notes`` to the DOCX at ``path`` as Word comments (the file is rewritten); returns how many."""
    if not notes:
        return 0
    docx = Document(str(path))
    paragraphs = [p for p in _all_paragraphs(docx.element.body, docx) if p.runs]
    if not paragraphs:
        return 0
    for note in notes:
        target = _target(note, document, paragraphs) or paragraphs[0]
        author = normalise_plain(note.author)[:200] or "?"
        initials = "".join(word[0] for word in author.split()[:3]).upper()
        docx.add_comment(target.runs, text=normalise_plain(note.text), author=author, initials=initials)
    docx.save(str(path))
    return len(notes)


def _all_paragraphs(body: object, docx: object) -> Iterator[Paragraph]:
    """Every paragraph of the body in document order, those inside tables included."""
    from docx.oxml.ns import qn

    for child in body.iterchildren():  # type: ignore[attr-defined]
        if child.tag == qn("w:p"):
            yield Paragraph(child, docx)  # type: ignore[arg-type]
        elif child.tag == qn("w:tbl"):
            table = Table(child, docx)  # type: ignore[arg-type]
            for row in table.rows:
                for cell in row.cells:
                    yield from cell.paragraphs


def _find(paragraphs: Sequence[Paragraph], needle: str, start: int = 0) -> Paragraph | None:
    folded = " ".join(needle.split()).casefold()
    if not folded:
        return None
    for paragraph in paragraphs[start:]:
        if folded in " ".join(paragraph.text.split()).casefold():
            return paragraph
    return None


def _target(note: ReviewNote, document: ProposalDocument, paragraphs: Sequence[Paragraph]) -> Paragraph | None:
    part = note.part
    if part.kind == "section":
        body = "\n\n".join(s.body for s in document.sections if s.key == part.target)
        chunks = section_paragraphs(body)
        if note.anchor.startswith("paragraph:"):
            index = int(note.anchor.split(":")[1]) - 1
            if 0 <= index < len(chunks):
                found = _find(paragraphs, visible_text(chunks[index])[:_PREFIX])
                if found is not None:
                    return found
        return next((found for chunk in chunks if (found := _find(paragraphs, visible_text(chunk)[:_PREFIX]))),
                    None)
    if part.kind == "wp":
        wp = next((w for w in document.work_packages if w.uuid == part.target), None)
        if wp is not None:
            return _find(paragraphs, wp.title[:_PREFIX]) or _find(paragraphs, f"WP{wp.number}")
        return None
    name = partner_label(document, part.target)
    return _find(paragraphs, name)
