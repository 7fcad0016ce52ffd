"""Comment threads and to-do markers of a proposal (``document.comments``).

``add_comment`` starts a thread on a part (and a paragraph, table row or
budget cell inside it) or replies to one; ``set_resolved`` resolves or
reopens a thread; ``list_threads`` and ``list_todos`` read them back.
Packages and contributions carry the comments (``comments.json``); what
arrives is merged with ``merge_into``: the union by UUID, the latest resolved
flag winning, so a comment is never a conflict and never lost.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from medicen_desktop.document import comments as core
from medicen_desktop.document.comments import Comment, Todo
from medicen_desktop.document.parts import PartRef, key_of, part_of_entity, resolve_key
from medicen_desktop.document.schema import ENTITY_LISTS, ProposalDocument
from medicen_desktop.document.text import normalise_plain
from medicen_desktop.errors import NotFound, Refused
from medicen_desktop.model import CommentRow
from medicen_desktop.services.lookup import audit, get_document
from medicen_desktop.store.database import Database

_FIELDS = tuple(Comment.model_fields)


@dataclass(frozen=True)
class Thread:
    """A root comment, its replies (oldest first) and the user's key of its part."""

    root: Comment
    replies: tuple[Comment, ...]
    part_key: str

    @property
    def resolved(self) -> bool:
        return self.root.resolved

    def to_data(self) -> dict[str, Any]:
        def one(c: Comment) -> dict[str, Any]:
            return {"id": c.uuid, "author": c.author, "at": c.created_at.isoformat(), "text": c.body}

        return {**one(self.root), "part": self.part_key, "anchor": self.root.anchor or None,
                "resolved": self.resolved, "resolved_by": self.root.resolved_by or None,
                "replies": [one(r) for r in self.replies]}


@dataclass
class Listing:
    """What ``comments PROPOSAL`` shows: the threads and the to-do markers."""

    threads: list[Thread] = field(default_factory=list)
    todos: list[Todo] = field(default_factory=list)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _comment(row: CommentRow) -> Comment:
    return Comment.model_validate({name: getattr(row, name) for name in _FIELDS})


def stored_comments(session: Session, proposal_uuid: str) -> list[Comment]:
    """Every comment of a proposal, oldest first."""
    rows = session.scalars(select(CommentRow).where(CommentRow.proposal_uuid == proposal_uuid)
                           .order_by(CommentRow.created_at, CommentRow.uuid))
    return [_comment(row) for row in rows]


def merge_into(session: Session, proposal_uuid: str, incoming: Iterable[Comment]) -> int:
    """Merge comments from elsewhere into the stored ones (inside the caller's transaction); returns how many changed."""
    stored = {row.uuid: row for row in session.scalars(select(CommentRow).where(CommentRow.proposal_uuid == proposal_uuid))}
    changed = 0
    for comment in incoming:
        row = stored.get(comment.uuid)
        if row is None:
            if session.get(CommentRow, comment.uuid) is not None:
                continue  # the same UUID in another proposal: not ours to change
            session.add(CommentRow(proposal_uuid=proposal_uuid, **comment.model_dump()))
            changed += 1
            continue
        merged = core.merge_comments([_comment(row)], [comment])[0]
        if (merged.resolved, merged.resolved_at) != (row.resolved, row.resolved_at):
            row.resolved, row.resolved_at, row.resolved_by = merged.resolved, merged.resolved_at, merged.resolved_by
            changed += 1
    session.flush()
    return changed


def _anchor(document: ProposalDocument, part: PartRef, paragraph: int | None, row: str | None,
            cell: str | None) -> str:
    given = [a for a in (paragraph, row, cell) if a is not None]
    if len(given) > 1:
        raise Refused("a comment is anchored to one place: a paragraph, a row or a cell")
    if paragraph is not None:
        if part.kind != "section":
            raise Refused("--paragraph anchors a comment in a section; use --row or --cell for other parts")
        body = "\n\n".join(s.body for s in document.sections if s.key == part.target)
        count = len(core.section_paragraphs(body))
        if not 1 <= paragraph <= count:
            raise Refused(f"section {part.target} has {count} paragraph(s); there is no paragraph {paragraph}")
        return f"paragraph:{paragraph}"
    if row is not None:
        for list_name in ENTITY_LISTS:
            for entity in getattr(document, list_name):
                if entity.uuid == row and part_of_entity(list_name, entity.model_dump()) == part:
                    return f"row:{row}"
        raise Refused(f"{row}: no row of that part has this UUID")
    if cell is not None:
        if part.kind != "budget":
            raise Refused("--cell anchors a comment in a partner's budget (budget:PARTNER)")
        category, _, period = cell.rpartition(":")
        if not category or not period.isdigit():
            raise Refused(f"{cell}: a budget cell is CATEGORY:PERIOD (for example personnel:1)")
        return f"cell:{category}:{int(period)}"
    return ""


def add_comment(db: Database, ref: str, part_key: str | None, text: str, *, paragraph: int | None = None,
                row: str | None = None, cell: str | None = None, reply_to: str | None = None,
                author: str | None = None, actor: str = "local") -> Comment:
    """Start a thread on ``part_key`` (``section:1.1``...) or, with ``reply_to``, answer a thread.

    Raises NotFound (unknown part or thread) and Refused (empty text, bad
    anchor). One transaction.
    """
    document = get_document(db, ref)
    proposal_uuid = document.proposal.uuid
    body = normalise_plain(text).strip()
    if not body:
        raise Refused("a comment needs some text")
    with db.transaction() as session:
        if reply_to is not None:
            root = session.get(CommentRow, reply_to)
            if root is None or root.proposal_uuid != proposal_uuid:
                raise NotFound(f"no comment {reply_to} in proposal {document.proposal.acronym}")
            thread, part, anchor = root.thread_uuid or root.uuid, root.part, root.anchor
        else:
            if part_key is None:
                raise Refused("a new comment needs a part (--part section:KEY, wp:WPn or budget:PARTNER)")
            ref_part = resolve_key(document, part_key).ref
            thread, part, anchor = None, ref_part.stored, _anchor(document, ref_part, paragraph, row, cell)
        try:
            comment = Comment(uuid=str(uuidlib.uuid4()), thread_uuid=thread, part=part, anchor=anchor,
                              author=(author or db.user or "?")[:200], created_at=_now(), body=body)
        except ValidationError as exc:
            raise Refused(f"comment refused: {exc.errors()[0]['msg']}") from None
        session.add(CommentRow(proposal_uuid=proposal_uuid, **comment.model_dump()))
        audit(session, proposal_uuid, actor, "comment", {"comment": comment.uuid, "part": part, "reply_to": thread})
    return comment


def set_resolved(db: Database, ref: str, comment_uuid: str, resolved: bool = True, *, author: str | None = None,
                 actor: str = "local") -> Comment:
    """Resolve (or reopen) the thread of ``comment_uuid``; raises NotFound."""
    proposal_uuid = get_document(db, ref).proposal.uuid
    with db.transaction() as session:
        row = session.get(CommentRow, comment_uuid)
        if row is None or row.proposal_uuid != proposal_uuid:
            raise NotFound(f"no comment {comment_uuid}")
        root = session.get(CommentRow, row.thread_uuid) if row.thread_uuid else row
        assert root is not None
        root.resolved, root.resolved_at, root.resolved_by = resolved, _now(), (author or db.user or "?")[:200]
        audit(session, proposal_uuid, actor, "resolve" if resolved else "reopen", {"comment": root.uuid})
        session.flush()
        return _comment(root)


def threads(document: ProposalDocument, comments: Iterable[Comment]) -> list[Thread]:
    """Comments grouped into threads, oldest thread first; a reply whose root is missing stands alone."""
    ordered = sorted(comments, key=lambda c: (c.created_at, c.uuid))
    roots = {c.uuid: c for c in ordered if c.thread_uuid is None}
    replies: dict[str, list[Comment]] = {}
    for c in ordered:
        if c.thread_uuid is not None:
            if c.thread_uuid in roots:
                replies.setdefault(c.thread_uuid, []).append(c)
            else:
                roots[c.uuid] = c
    keys: dict[str, str] = {}
    found = []
    for root in roots.values():
        if root.part not in keys:
            try:
                keys[root.part] = key_of(document, PartRef.parse(root.part))
            except NotFound:
                keys[root.part] = root.part
        found.append(Thread(root, tuple(replies.get(root.uuid, ())), keys[root.part]))
    return found


def list_comments(db: Database, ref: str, *, open_only: bool = False) -> Listing:
    """The proposal's threads (only unresolved ones with ``open_only``) and its to-do markers."""
    document = get_document(db, ref)
    with db.read() as session:
        found = threads(document, stored_comments(session, document.proposal.uuid))
    if open_only:
        found = [t for t in found if not t.resolved]
    return Listing(found, core.todos(document))
