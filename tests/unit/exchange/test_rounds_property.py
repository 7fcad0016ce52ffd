"""Rebasing then merging equals merging the contribution made on the new base, when edits are disjoint (hypothesis).

Round 1's base B0; the partner edits it (P = B0 + E); the coordinator edits
other paragraphs and fields (B1 = B0 + C) and sends round 2. Path A: the
partner's copy is rebased onto B1 (services/rounds.py does exactly this
three-way merge), its contribution merged into the coordinator's proposal,
which changed again meanwhile (B1 + C2). Path B: the partner had made the
same edits on B1 directly. Both must give the same partner copy and the
same merged proposal. Edits are generated on paragraphs (replaced,
appended to, a paragraph added at the end) with hostile text, and on
titles and amounts; disjoint means no paragraph, section end or field is
edited by both sides.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from medicen_desktop.document.sample import make_sample
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.text import normalise_markdown, normalise_plain
from medicen_desktop.exchange.merge import merge_documents
from medicen_desktop.exchange.textmerge import paragraphs
from tests.strategies import hostile_text

Slot = tuple[str, int, int]
Edit = tuple[str, int, int, str]

KINDS = ("replace", "append", "add", "title", "amount", "wp_title")


@st.composite
def edit_sets(draw: st.DrawFn) -> tuple[list[Edit], list[Edit], list[Edit]]:
    """(partner's, coordinator's before round 2, coordinator's after) edits, the partner's disjoint from the others."""
    def edits(n: int) -> list[Edit]:
        return [(draw(st.sampled_from(KINDS)), draw(st.integers(0, 50)), draw(st.integers(0, 10)),
                 draw(hostile_text)) for _ in range(n)]

    return edits(draw(st.integers(1, 6))), edits(draw(st.integers(0, 6))), edits(draw(st.integers(0, 4)))


def _slot(doc: ProposalDocument, edit: Edit) -> Slot:
    """What an edit touches in ``doc`` (indexes taken modulo the base's sizes)."""
    kind, i, j, _ = edit
    if kind in ("replace", "append", "add"):
        s = i % len(doc.sections)
        if kind == "add":
            return ("end", s, 0)
        return ("paragraph", s, j % max(1, len(paragraphs(doc.sections[s].body))))
    sizes = {"title": len(doc.deliverables), "amount": len(doc.budget_lines), "wp_title": len(doc.work_packages)}
    return (kind, i % sizes[kind], 0)


def _one_paragraph(text: str, tag: str) -> str:
    """Hostile text made one non-empty paragraph (as the editor stores it), unique by its tag."""
    return normalise_markdown(" ".join(f"{text} {tag}".split()))


def apply(doc: ProposalDocument, base: ProposalDocument, edits: list[Edit], who: str) -> ProposalDocument:
    data: dict[str, Any] = doc.model_dump()
    for n, edit in enumerate(edits):
        kind, _i, _j, text = edit
        where, index, paragraph = _slot(base, edit)
        tag = f"⟦{who}{n}⟧"
        if where in ("paragraph", "end"):
            section = data["sections"][index]
            paras = paragraphs(section["body"])
            if where == "end":
                paras.append(_one_paragraph(text, tag))
            elif kind == "replace" and paras:
                paras[paragraph] = _one_paragraph(text, tag)
            elif paras:
                paras[paragraph] = _one_paragraph(f"{paras[paragraph]} {text}", tag)
            section["body"] = "\n\n".join(paras)
        elif where == "title":
            data["deliverables"][index]["title"] = normalise_plain(f"{text} {tag}")[:200]
        elif where == "wp_title":
            data["work_packages"][index]["title"] = normalise_plain(f"{text} {tag}")[:200]
        else:
            data["budget_lines"][index]["amount"] += Decimal(len(text) + n + 1)
    return ProposalDocument.model_validate(data)


@settings(max_examples=100, deadline=None)
@given(seed=st.integers(0, 2**32), sets=edit_sets())
def test_rebase_then_merge_equals_merging_the_contribution_made_on_the_new_base(
        seed: int, sets: tuple[list[Edit], list[Edit], list[Edit]]) -> None:
    b0 = make_sample(random.Random(seed))
    partner, coordinator, later = sets
    partner = list({_slot(b0, e): e for e in partner}.values())  # one edit per slot: each checked at the end
    taken = {_slot(b0, e) for e in partner}
    coordinator = [e for e in coordinator if _slot(b0, e) not in taken]
    later = [e for e in later if _slot(b0, e) not in taken]

    copy = apply(b0, b0, partner, "P")
    b1 = apply(b0, b0, coordinator, "C")
    now = apply(b1, b0, later, "L")

    rebase = merge_documents(b0, copy, b1)  # services.rounds: base, the partner's copy, the new package
    assert not rebase.unresolved
    rebased = rebase.document
    made_on_b1 = apply(b1, b0, partner, "P")
    assert rebased == made_on_b1

    via_rebase = merge_documents(b1, now, rebased)
    direct = merge_documents(b1, now, made_on_b1)
    assert not via_rebase.unresolved and not direct.unresolved
    assert via_rebase.document == direct.document
    # Nothing either side wrote is lost.
    merged = via_rebase.document.model_dump_json()
    for n in range(len(partner)):
        if partner[n][0] != "amount":
            assert f"⟦P{n}⟧" in merged
