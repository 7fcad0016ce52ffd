"""Word's "keep with next" in the PDF: a heading stays with the start of its text, not all of it.

reportlab's ``KeepTogether`` moves its whole content to the next page when it does not fit; Word keeps a
heading with the first line of the next paragraph (two, with its widow and orphan control) or the first
row of a table, and breaks the rest where it falls. A PDF that moved a heading on with a 60-row table
left the foot of the page empty where LibreOffice filled it, and the two drifted a page apart.
"""

from __future__ import annotations

from medicen_desktop.export.pdf_plain import PlainText, trailing_space
from medicen_desktop.export.pdf_platypus import Flowable, KeepTogether, list_wrap_on
from medicen_desktop.export.pdf_text import TextParagraph


class KeptWithHeading(KeepTogether):  # type: ignore[misc]
    """A heading kept with the start of its text, as Word's "keep with next" keeps it: with the first lines of a
    paragraph (two, its widow and orphan rules) or the first rows of a long table, not with all of it.

    ``whole``: the block moves with the heading or not at all (a small table, a picture and its caption). The
    block's last line may let its trailing space hang into the bottom margin (``pdf_plain.foot_height``).
    """

    def __init__(self, flowables: list[Flowable], whole: bool) -> None:
        super().__init__(flowables)
        self.whole = whole

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size = super().wrap(availWidth, availHeight)
        last = self._content[-1]
        if isinstance(last, (PlainText, TextParagraph)):
            self._H -= trailing_space(last.style)
        return size  # type: ignore[no-any-return]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if getattr(self, "_wrapInfo", None) != (availWidth, availHeight):
            self.wrap(availWidth, availHeight)
        if not self.whole and self._H > availHeight and frame is not None and not frame._atTop:
            *head, block = self._content
            _, head_height = list_wrap_on(head, availWidth, self.canv)
            gap = max(head[-1].getSpaceAfter(), block.getSpaceBefore()) if head else 0.0
            room = availHeight - head_height - gap
            parts = block.splitOn(self.canv, availWidth, room) if room > 0 else []
            if len(parts) > 1:  # the heading and the block's first part fit here: the rest goes on
                return [*head, *parts]
        return super().split(availWidth, availHeight)  # type: ignore[no-any-return]
