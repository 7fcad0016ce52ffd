"""Properties of the three-way merge over generated proposals and edits (hypothesis)."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from medicen_desktop.exchange.merge import merge_documents
from medicen_desktop.document.sample import make_sample
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.textmerge import merge_markdown, paragraphs

SETTINGS = settings(max_examples=40, deadline=None)

# An edit: (kind, entity index, paragraph index, tag)
edit = st.tuples(st.sampled_from(["paragraph", "append", "amount", "title"]), st.integers(0, 200),
                 st.integers(0, 10), st.integers(0, 10**6))


def apply_edits(doc: ProposalDocument, edits: list[tuple[str, int, int, int]], who: str) -> ProposalDocument:
    data: dict[str, Any] = doc.model_dump()
    for kind, index, paragraph, tag in edits:
        if kind in ("paragraph", "append"):
            section = data["sections"][index % len(data["sections"])]
            paras = paragraphs(section["body"])
            if kind == "append":
                paras.append(f"Paragraph added by {who} #{tag}.")
            else:
                paras[paragraph % len(paras)] += f" [{who} #{tag}]"
            section["body"] = "\n\n".join(paras)
        elif kind == "amount":
            line = data["budget_lines"][index % len(data["budget_lines"])]
            line["amount"] += Decimal(tag % 1000 + 1)
        else:
            deliverable = data["deliverables"][index % len(data["deliverables"])]
            deliverable["title"] = f"{deliverable['title']} ({who} #{tag})"
    return ProposalDocument.model_validate(data)


def base_doc(seed: int) -> ProposalDocument:
    return make_sample(random.Random(seed))


@SETTINGS
@given(seed=st.integers(0, 2**32), ours_edits=st.lists(edit, max_size=6))
def test_merging_an_unchanged_contribution_is_a_noop(seed: int, ours_edits: list[tuple[str, int, int, int]]) -> None:
    base = base_doc(seed)
    ours = apply_edits(base, ours_edits, "ours")
    outcome = merge_documents(base, ours, base)
    assert outcome.is_noop and not outcome.refused
    assert outcome.document == ours


@SETTINGS
@given(seed=st.integers(0, 2**32), ours_edits=st.lists(edit, max_size=6), theirs_edits=st.lists(edit, max_size=6),
       take=st.sampled_from(["ours", "theirs"]))
def test_merging_twice_equals_merging_once(seed: int, ours_edits: list[Any], theirs_edits: list[Any], take: str) -> None:
    base = base_doc(seed)
    ours = apply_edits(base, ours_edits, "ours")
    theirs = apply_edits(base, theirs_edits, "theirs")
    once = merge_documents(base, ours, theirs, take=take)  # type: ignore[arg-type]
    twice = merge_documents(base, once.document, theirs, take=take)  # type: ignore[arg-type]
    assert twice.document == once.document


def _by_entity(edits: list[Any], parity: int) -> list[Any]:
    """Edits restricted to entities of one parity, so two partners' edits are disjoint."""
    return [(kind, index * 2 + parity, paragraph, tag) for kind, index, paragraph, tag in edits]


@SETTINGS
@given(seed=st.integers(0, 2**32), a_edits=st.lists(edit, max_size=6), b_edits=st.lists(edit, max_size=6))
def test_disjoint_edits_from_two_partners_commute(seed: int, a_edits: list[Any], b_edits: list[Any]) -> None:
    base = base_doc(seed)
    a = apply_edits(base, _by_entity(a_edits, 0), "A")
    b = apply_edits(base, _by_entity(b_edits, 1), "B")
    ab = merge_documents(base, merge_documents(base, base, a).document, b)
    ba = merge_documents(base, merge_documents(base, base, b).document, a)
    assert not ab.conflicts and not ba.conflicts
    assert ab.document == ba.document


# Distinct paragraphs: with repeated identical paragraphs "which one was edited" is ambiguous
# (merge3 aligns them as it can), so positions would not define "untouched".
texts = st.lists(st.text(alphabet="abcdefgh ", min_size=1, max_size=12).map(str.strip).filter(bool),
                 min_size=1, max_size=8, unique=True)


@settings(max_examples=200, deadline=None)
@given(base=texts, ours_at=st.sets(st.integers(0, 7)), theirs_at=st.sets(st.integers(0, 7)),
       appended=st.booleans(), side=st.sampled_from(["ours", "theirs"]))
def test_no_text_untouched_by_the_other_side_is_lost(
    base: list[str], ours_at: set[int], theirs_at: set[int], appended: bool, side: str
) -> None:
    ours = [f"{p} OURS{i}" if i in ours_at else p for i, p in enumerate(base)]
    theirs = [f"{p} THEIRS{i}" if i in theirs_at else p for i, p in enumerate(base)]
    if appended:
        theirs.append("A paragraph the partner added.")
    merged = merge_markdown("\n\n".join(base), "\n\n".join(ours), "\n\n".join(theirs))
    result = paragraphs(merged.resolve(side))  # type: ignore[arg-type]
    for i, paragraph in enumerate(ours):
        if i not in theirs_at or (i in ours_at and side == "ours"):
            assert paragraph in result
    for i, paragraph in enumerate(theirs):
        if i >= len(base) or i not in ours_at or (i in theirs_at and side == "theirs"):
            assert paragraph in result
    if not ours_at & theirs_at & set(range(len(base))):
        assert merged.clean


@SETTINGS
@given(seed=st.integers(0, 2**32), ours_edits=st.lists(edit, max_size=6), theirs_edits=st.lists(edit, max_size=6),
       take=st.sampled_from(["ours", "theirs"]))
def test_edits_are_exactly_what_the_merge_changes_in_ours(
    seed: int, ours_edits: list[Any], theirs_edits: list[Any], take: str
) -> None:
    """What is written (``edits``, applied to the coordinator's snapshot) is the merged document."""
    base = base_doc(seed)
    ours = apply_edits(base, ours_edits, "ours")
    theirs = apply_edits(base, theirs_edits, "theirs")
    outcome = merge_documents(base, ours, theirs, take=take)  # type: ignore[arg-type]
    data: dict[str, Any] = ours.model_dump()
    for name, entity in outcome.edits.upserts:
        if name == "proposal":
            data["proposal"] = entity.model_dump()
        else:
            data[name] = [e for e in data[name] if e["uuid"] != entity.uuid] + [entity.model_dump()]
    for name, uuid in outcome.edits.deletions:
        data[name] = [e for e in data[name] if e["uuid"] != uuid]
    merged = outcome.document.model_dump()
    for name in merged:
        if isinstance(merged[name], list):
            assert sorted(data[name], key=lambda e: e["uuid"]) == sorted(merged[name], key=lambda e: e["uuid"]), name
        else:
            assert data[name] == merged[name], name
    assert bool(outcome.edits) == (outcome.document != ours)
