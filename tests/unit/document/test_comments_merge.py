"""Comments survive any merge (hypothesis): union by UUID, the latest resolved flag wins, order never matters."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib

from hypothesis import given, settings
from hypothesis import strategies as st

from medicen_desktop.document.comments import Comment, merge_comments, todos, without_todos
from medicen_desktop.document.sample import make_sample

SETTINGS = settings(max_examples=80, deadline=None)
T0 = dt.datetime(2026, 12, 1, 9, 0)

# A replica's view of one comment: (comment index, resolved?, minutes after T0 when the flag last changed or None)
views = st.lists(st.tuples(st.integers(0, 7), st.booleans(), st.none() | st.integers(0, 50)), max_size=12)


def comment(index: int, resolved: bool = False, minute: int | None = None) -> Comment:
    return Comment(uuid=str(uuidlib.UUID(int=index + 1)), part="section:methodology",
                   anchor=f"paragraph:{index % 3 + 1}", author=f"author {index}",
                   created_at=T0 + dt.timedelta(seconds=index), body=f"Comment number {index}",
                   resolved=resolved and minute is not None,
                   resolved_at=None if minute is None else T0 + dt.timedelta(minutes=minute),
                   resolved_by="x" if minute is not None else "")


def replica(view: list[tuple[int, bool, int | None]]) -> list[Comment]:
    return list({i: comment(i, r, m) for i, r, m in view}.values())


@SETTINGS
@given(views, views, views)
def test_comments_survive_any_merge(a: list, b: list, c: list) -> None:  # type: ignore[type-arg]
    ra, rb, rc = replica(a), replica(b), replica(c)
    merged = merge_comments(ra, rb)
    # every comment of either side is there, with its text, author and anchor untouched
    assert {x.uuid for x in merged} == {x.uuid for x in ra} | {x.uuid for x in rb}
    for x in ra + rb:
        kept = next(m for m in merged if m.uuid == x.uuid)
        assert (kept.body, kept.author, kept.anchor, kept.created_at) == (x.body, x.author, x.anchor, x.created_at)
        assert kept.state >= x.state  # the resolved flag is the latest writer's
    # no order of merging changes the result
    assert merge_comments(rb, ra) == merged
    assert merge_comments(merge_comments(ra, rb), rc) == merge_comments(ra, merge_comments(rb, rc))
    assert merge_comments(merged, merged) == merged


def test_a_reopen_after_a_resolve_wins_and_vice_versa() -> None:
    resolved, reopened = comment(1, True, 10), comment(1, False, 20)
    assert merge_comments([resolved], [reopened])[0].resolved is False
    assert merge_comments([reopened], [comment(1, True, 30)])[0].resolved is True
    # at the same instant, resolved wins (whichever side holds it)
    assert merge_comments([comment(1, True, 5)], [comment(1, False, 5)])[0].resolved
    assert merge_comments([comment(1, False, 5)], [comment(1, True, 5)])[0].resolved


def test_todo_markers_are_listed_and_dropped_from_the_text() -> None:
    document = make_sample()
    section = document.sections[0]
    section.body = "Premier paragraphe.\n\nTODO: chiffrer le marché\n\nDernier paragraphe."
    found = [t for t in todos(document) if t.section_key == section.key]
    assert [(t.paragraph, t.text) for t in found] == [(2, "chiffrer le marché")]
    assert without_todos(section.body) == "Premier paragraphe.\n\nDernier paragraphe."
    assert without_todos("Le mot TODO: au milieu reste.") == "Le mot TODO: au milieu reste."
