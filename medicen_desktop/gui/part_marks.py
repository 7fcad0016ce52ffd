"""Small marks of a part's state for lists and editors: frozen, in review, late, open comments.

``PartMarks`` reads once (``load``) the parts and the open threads of a
proposal and answers per part: the glyphs a list shows after a title, and
the note a frozen part's editor shows. ``cursor_paragraph`` says which
paragraph of a section's Markdown the editor's cursor is in, for anchoring
a comment there.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextEdit

from medicen_desktop.document.comments import section_paragraphs
from medicen_desktop.document.markdown import visible_text
from medicen_desktop.document.parts import PartRef, PartStatus

if TYPE_CHECKING:  # the services (and the ORM) are imported by ``load``, once the database is open
    from medicen_desktop.services import parts
    from medicen_desktop.store.database import Database

FROZEN, REVIEW, APPROVED, LATE, COMMENTS, DRAFT = "❄", "⚑", "✔", "⚠", "✉", "○"
STATUS_GLYPHS = {PartStatus.DRAFT: DRAFT, PartStatus.IN_REVIEW: REVIEW, PartStatus.APPROVED: APPROVED,
                 PartStatus.FROZEN: FROZEN}


class PartMarks:
    """The state of every part of one proposal, read at once."""

    def __init__(self) -> None:
        self.parts: dict[PartRef, parts.PartInfo] = {}
        self.open_threads: Counter[str] = Counter()

    def load(self, db: Database, proposal_uuid: str) -> PartMarks:
        from medicen_desktop.services import comments, parts

        self.parts = {p.ref: p for p in parts.list_parts(db, proposal_uuid)}
        self.open_threads = Counter(t.root.part for t in comments.list_comments(db, proposal_uuid, open_only=True).threads)
        return self

    def status(self, ref: PartRef) -> PartStatus:
        """The part's status (a part without a row is a draft)."""
        info = self.parts.get(ref)
        return info.status if info is not None else PartStatus.DRAFT

    def status_glyph(self, ref: PartRef) -> str:
        """○ draft, ⚑ in review, ✔ approved, ❄ frozen."""
        return STATUS_GLYPHS[self.status(ref)]

    def glyphs(self, ref: PartRef, with_status: bool = True) -> str:
        """" ❄ ⚠ ✉2": frozen or in review or approved (unless ``with_status`` is False: a list that shows the
        status before the title), late, open threads (empty when nothing to say)."""
        info = self.parts.get(ref)
        marks = []
        if info is not None:
            if with_status:
                marks += {PartStatus.FROZEN: [FROZEN], PartStatus.IN_REVIEW: [REVIEW],
                          PartStatus.APPROVED: [APPROVED]}.get(info.status, [])
            if info.late:
                marks.append(LATE)
        count = self.open_threads.get(ref.stored, 0)
        if count:
            marks.append(f"{COMMENTS}{count}")
        return ("  " + " ".join(marks)) if marks else ""

    def summary(self) -> str:
        """"⚠ 2 late · ⚑ 1 in review · ❄ 1 frozen · ✉ 3 open" (only what is there; "" when nothing is)."""
        infos = self.parts.values()
        pieces = [
            (LATE, sum(p.late for p in infos), QCoreApplication.translate("PartMarks", "late")),
            (REVIEW, sum(p.status is PartStatus.IN_REVIEW for p in infos),
             QCoreApplication.translate("PartMarks", "in review")),
            (FROZEN, sum(p.status is PartStatus.FROZEN for p in infos), QCoreApplication.translate("PartMarks", "frozen")),
            (COMMENTS, sum(self.open_threads.values()), QCoreApplication.translate("PartMarks", "open")),
        ]
        return " · ".join(f"{glyph} {count} {word}" for glyph, count, word in pieces if count)

    def frozen(self, ref: PartRef) -> bool:
        info = self.parts.get(ref)
        return info is not None and info.status is PartStatus.FROZEN

    def frozen_note(self, ref: PartRef) -> str:
        """Why a frozen part's editor is read-only ("" when it is not frozen)."""
        if not self.frozen(ref):
            return ""
        return QCoreApplication.translate(
            "PartMarks", "Frozen: this part was approved and frozen by the coordinator. No one can edit it "
                         "until the coordinator unfreezes it (Proposal › To do).")


def cursor_paragraph(editor: QTextEdit, markdown: str) -> int | None:
    """The 1-based paragraph of ``markdown`` the editor's cursor is in (None: cannot tell)."""
    block = " ".join(editor.textCursor().block().text().split())
    if not block:
        return None
    for index, paragraph in enumerate(section_paragraphs(markdown), start=1):
        if block[:60] in visible_text(paragraph):
            return index
    return None
