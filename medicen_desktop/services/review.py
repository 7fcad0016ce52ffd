"""What the comments mean at export: a finding while threads are open, and the review copy.

The dossier never carries a comment (they live outside the snapshot, and
to-do paragraphs are dropped by the builder). ``export_findings`` reports
the unresolved threads with the export's other findings;
``export_review_copy`` writes the DOCX dossier with every thread as a Word
comment, for the consortium's own reading.
"""

from __future__ import annotations

import os
from pathlib import Path

from medicen_desktop.document.parts import PartRef
from medicen_desktop.progress import NO_PROGRESS, Progress
from medicen_desktop.rules.findings import Finding
from medicen_desktop.services import comments
from medicen_desktop.services.export import ExportResult, export_document
from medicen_desktop.services.files import replace_atomically
from medicen_desktop.services.lookup import get_document
from medicen_desktop.store.database import Database


def export_findings(db: Database, ref: str) -> list[Finding]:
    """One warning when comment threads are still open (their count, and the first one)."""
    open_threads = comments.list_comments(db, ref, open_only=True).threads
    if not open_threads:
        return []
    first = open_threads[0]
    text = " ".join(first.root.body.split())
    return [Finding("warning", "comments.unresolved", {
        "count": len(open_threads), "part": first.part_key, "text": text if len(text) <= 80 else text[:79] + "…"})]


def export_review_copy(db: Database, ref: str, path: str | os.PathLike[str],
                       progress: Progress = NO_PROGRESS) -> ExportResult:
    """The DOCX dossier with the comment threads as Word comments, written atomically to ``path``."""
    from medicen_desktop.export.review_comments import ReviewNote, add_review_comments

    document = get_document(db, ref)
    threads = comments.list_comments(db, ref).threads
    notes = []
    for thread in threads:
        lines = [thread.root.body] + [f"— {r.author}: {r.body}" for r in thread.replies]
        if thread.resolved:
            lines.append(f"(resolved by {thread.root.resolved_by})" if thread.root.resolved_by else "(resolved)")
        notes.append(ReviewNote(PartRef.parse(thread.root.part), thread.root.anchor, thread.root.author,
                                thread.root.created_at, "\n".join(lines)))
    results: list[ExportResult] = []

    def write(temp: Path) -> None:
        results.append(export_document(document, "docx", temp, progress))
        add_review_comments(temp, document, notes)

    replace_atomically(Path(path), write)
    result = results[0]
    result.path = Path(path)
    result.findings += export_findings(db, ref)
    return result
