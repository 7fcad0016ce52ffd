"""The diff of two snapshots: word marks, table cells, budget cells, parts; and restoring a part (pure)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medicen_desktop.document.schema import ProposalDocument, Task
from medicen_desktop.exchange.diff import diff_documents, table_cells, word_runs
from medicen_desktop.exchange.restore import PartDoesNotFit, UnknownPart, normalise_part, parts, restored


def _with(doc: ProposalDocument, list_name: str, index: int, **changes: object) -> ProposalDocument:
    items = list(getattr(doc, list_name))
    items[index] = items[index].model_copy(update=changes)
    return doc.model_copy(update={list_name: items})


_TEXT = st.text(alphabet=st.sampled_from(list("ab cé.\n|-")), max_size=60)


@given(_TEXT, _TEXT)
def test_word_runs_give_back_both_texts(before: str, after: str) -> None:
    runs = word_runs(before, after)
    assert "".join(r.text for r in runs if r.op != "+") == before
    assert "".join(r.text for r in runs if r.op != "-") == after
    assert all(a.op != b.op for a, b in zip(runs, runs[1:], strict=False))  # adjacent runs are merged


def test_word_runs_mark_whole_words() -> None:
    runs = word_runs("Le patient cirrhotique est suivi.", "Le patient cirrhotique est suivi tous les six mois.")
    assert [(r.op, r.text) for r in runs] == [("=", "Le patient cirrhotique est suivi"),
                                              ("+", " tous les six mois"), ("=", ".")]
    runs = word_runs("survie à 5 ans", "survie à 10 ans")
    assert [r for r in runs if r.op != "="][0].text == "5"  # never half a number


def test_table_cells_name_the_changed_cell() -> None:
    before = "Intro.\n\n| Lot | Coût |\n|---|---|\n| WP1 | 100 |\n| WP2 | 200 |"
    after = "Intro.\n\n| Lot | Coût |\n|---|---|\n| WP1 | 100 |\n| WP2 | 250 |\n| WP3 | 5 |"
    cells = table_cells(before, after)
    assert [(c.table, c.row, c.column, c.before, c.after) for c in cells] == [
        (0, 2, 1, "200", "250"), (0, 3, 0, "", "WP3"), (0, 3, 1, "", "5")]


def test_diff_lists_sections_budget_cells_and_fields_by_name(sample: ProposalDocument) -> None:
    section = sample.sections[0]
    after = _with(sample, "sections", 0, body=section.body + "\n\nA new closing paragraph.")
    line = after.budget_lines[3]
    after = _with(after, "budget_lines", 3, amount=line.amount + Decimal("1000.50"))
    after = after.model_copy(update={"proposal": after.proposal.model_copy(update={"duration_months": 42})})
    wp = after.work_packages[1]
    task = Task(uuid="00000000-0000-4000-8000-00000000abcd", work_package_uuid=wp.uuid, number=9, title="Extra")
    after = after.model_copy(update={"tasks": [*after.tasks, task], "risks": after.risks[1:]})

    diff = diff_documents(sample, after).to_data()

    by_part = {(e["part"], e["change"]): e for e in diff["entities"]}
    assert diff["counts"] == {"added": 1, "removed": 1, "changed": 3}
    body = by_part[(f"section:{section.key}", "changed")]["fields"][0]
    assert body["field"] == "body" and body["words"][-1] == {"op": "+", "text": "\n\nA new closing paragraph."}
    budget = next(e for e in diff["entities"] if e["entity"] == "budget_lines")
    partner = next(o.short_name for o in sample.organisations if o.uuid == next(
        p.organisation_uuid for p in sample.participations if p.uuid == line.participation_uuid))
    assert budget["part"] == f"budget:{partner}"
    assert budget["fields"] == [{"field": "amount", "before": format(line.amount, "f"),
                                 "after": format(line.amount + Decimal("1000.50"), "f")}]
    assert by_part[("project", "changed")]["fields"] == [{"field": "duration_months", "before": 48, "after": 42}]
    added = by_part[(f"wp:{wp.number}", "added")]
    assert added["label"] == f"task T{wp.number}.9" and added["values"]["title"] == "Extra"
    assert by_part[("risks", "removed")]["values"]["description"] == sample.risks[0].description


def test_identical_snapshots_have_no_diff(sample: ProposalDocument) -> None:
    bumped = _with(sample, "sections", 0, revision=7)  # a revision alone is no change
    assert not diff_documents(sample, bumped)


def test_restoring_a_part_changes_only_that_part(sample: ProposalDocument) -> None:
    old_body = sample.sections[0].body
    now = _with(sample, "sections", 0, body="rewritten")
    now = _with(now, "sections", 1, body="also rewritten")
    wp = now.work_packages[0]
    extra = Task(uuid="00000000-0000-4000-8000-00000000abce", work_package_uuid=wp.uuid, number=9, title="Later")
    now = now.model_copy(update={"tasks": [*now.tasks, extra]})

    back = restored(now, sample, f"section:{sample.sections[0].key}")
    assert back.sections[0].body == old_body and back.sections[1].body == "also rewritten"
    assert extra in back.tasks

    back = restored(now, sample, normalise_part(f"WP{wp.number}"))
    assert extra not in back.tasks and back.sections[0].body == "rewritten"
    assert diff_documents(sample, back).parts == tuple(f"section:{s.key}" for s in sample.sections[:2])


def test_restoring_a_part_that_refers_to_a_removed_partner_is_refused(sample: ProposalDocument) -> None:
    line = sample.budget_lines[0]
    partner = next(p for p in sample.participations if p.uuid == line.participation_uuid)
    now = sample.model_copy(update={
        "participations": [p for p in sample.participations if p.uuid != partner.uuid],
        "budget_lines": [b for b in sample.budget_lines if b.participation_uuid != partner.uuid],
        "efforts": [e for e in sample.efforts if e.participation_uuid != partner.uuid],
        "team_members": [t for t in sample.team_members if t.participation_uuid != partner.uuid],
        "attachments": [a for a in sample.attachments if a.participation_uuid != partner.uuid],
        "sections": [s.model_copy(update={"assigned_participation_uuid": None}) for s in sample.sections],
        "work_packages": [w.model_copy(update={"leader_participation_uuid": None}) for w in sample.work_packages],
        "tasks": [t.model_copy(update={"leader_participation_uuid": None}) for t in sample.tasks],
        "deliverables": [d.model_copy(update={"leader_participation_uuid": None}) for d in sample.deliverables],
    })
    key = next(p for p in parts(sample) if p.startswith("budget:") and p not in parts(now))
    with pytest.raises(PartDoesNotFit, match="restore everything"):
        restored(now, sample, key)
    with pytest.raises(UnknownPart, match="section:nothing"):
        restored(now, sample, "section:nothing")


def test_restoring_the_general_information_keeps_the_call(sample: ProposalDocument) -> None:
    now = sample.model_copy(update={"proposal": sample.proposal.model_copy(
        update={"title": "Autre titre", "template_key": "he-ria", "template_edition": "2026"})})
    back = restored(now, sample, "project")
    assert back.proposal.title == sample.proposal.title
    assert (back.proposal.template_key, back.proposal.template_edition) == ("he-ria", "2026")
    assert restored(now, sample).proposal.template_key == sample.proposal.template_key  # everything: the call too


def test_a_work_packages_part_key_reads_in_every_spelling_the_commands_print() -> None:
    """``status`` prints ``wp:WP1``; ``versions``/``restore`` list ``wp:1``; users type ``WP1``: one part."""
    assert {normalise_part(key) for key in ("wp:WP1", "wp:1", "WP1", "wp 1", "Wp:wp 1")} == {"wp:1"}
    assert normalise_part("section:impact") == "section:impact" and normalise_part("Risks") == "risks"
