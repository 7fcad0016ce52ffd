"""For any proposal, partner and level: a cut-down package withholds every other partner's line, and a
contribution that changed nothing merges as nothing (the withheld data is never touched)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.assignment import Assignment, Scope
from medicen_desktop.exchange.confidentiality import ShareLevel, for_partner, own_totals
from medicen_desktop.exchange.merge import merge_documents
from tests.strategies import proposals


@settings(max_examples=60, deadline=None)
@given(proposals(), st.sampled_from(ShareLevel), st.data())
def test_withheld_and_untouched(document: ProposalDocument, level: ShareLevel, data: st.DataObject) -> None:
    partner = data.draw(st.sampled_from([p.uuid for p in document.participations]))
    cut = for_partner(document, partner, level)
    original = {b.uuid for b in document.budget_lines if b.participation_uuid != partner}
    kept = {b.uuid for b in cut.budget_lines if b.participation_uuid != partner}
    assert (kept == original) if level is ShareLevel.FULL else not (kept & original)
    assert {b.uuid for b in cut.budget_lines if b.participation_uuid == partner} == {
        b.uuid for b in document.budget_lines if b.participation_uuid == partner}
    if level is ShareLevel.NONE:
        assert all(e.participation_uuid == partner for e in cut.efforts)
    outcome = merge_documents(cut, document, cut, Scope(Assignment(partner), cut))
    assert not outcome.edits.upserts and not outcome.edits.deletions and not outcome.refused
    assert own_totals(document, document, partner) == document  # nothing changed since the base: nothing summed
