"""Hypothesis strategies: whole proposals with consistent references and hostile text."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from hypothesis import strategies as st

from medicen_desktop.document import schema
from medicen_desktop.document.text import normalise_plain

# Any text a partner could paste: controls, NBSP, U+2028, emoji, Greek and maths.
hostile_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(list("\x0b\x0c\r\n\t\u00a0\u2028µβ≤±→‰«»œ😀<>&")),
    ),
    max_size=60,
)
names = st.text(min_size=1, max_size=30).filter(lambda s: normalise_plain(s) != "")
uuids = st.builds(lambda: str(uuid.uuid4()))
amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
months = st.integers(1, 60)


@st.composite
def proposals(draw: st.DrawFn) -> schema.ProposalDocument:
    """A random but valid proposal document."""
    orgs = [
        schema.Organisation(uuid=draw(uuids), legal_name=draw(names), kind=draw(st.sampled_from(schema.OrganisationKind)),
                            description=draw(hostile_text), turnover=draw(st.none() | amounts))
        for _ in range(draw(st.integers(1, 4)))
    ]
    parts = [
        schema.Participation(uuid=draw(uuids), organisation_uuid=o.uuid, position=i, contact_name=draw(hostile_text))
        for i, o in enumerate(orgs)
    ]
    part_ids = st.sampled_from([p.uuid for p in parts])
    wps = [
        schema.WorkPackage(uuid=draw(uuids), number=n, title=draw(names), start_month=draw(months), end_month=draw(months),
                           leader_participation_uuid=draw(st.none() | part_ids), description=draw(hostile_text))
        for n in range(1, draw(st.integers(1, 3)) + 1)
    ]
    wp_ids = st.sampled_from([w.uuid for w in wps])
    sections = [
        schema.Section(uuid=draw(uuids), key=f"s{k}", body=draw(hostile_text), assigned_participation_uuid=draw(st.none() | part_ids))
        for k in range(draw(st.integers(0, 4)))
    ]
    tasks = [
        schema.Task(uuid=draw(uuids), work_package_uuid=draw(wp_ids), number=n, title=draw(names))
        for n in range(1, draw(st.integers(0, 3)) + 1)
    ]
    deliverables = [
        schema.Deliverable(uuid=draw(uuids), work_package_uuid=draw(wp_ids), number=f"D{n}", title=draw(names),
                           due_month=draw(months))
        for n in range(draw(st.integers(0, 3)))
    ]
    budget = [
        schema.BudgetLine(uuid=draw(uuids), participation_uuid=draw(part_ids), category=draw(st.sampled_from(["personnel", "other"])),
                          period=draw(st.integers(1, 5)), amount=draw(amounts))
        for _ in range(draw(st.integers(0, 5)))
    ]
    efforts = [
        schema.Effort(uuid=draw(uuids), participation_uuid=draw(part_ids), work_package_uuid=draw(wp_ids),
                      person_months=draw(st.decimals(0, 500, places=2)))
        for _ in range(draw(st.integers(0, 3)))
    ]
    risks = [
        schema.Risk(uuid=draw(uuids), position=i, description=draw(hostile_text), work_package_uuid=draw(st.none() | wp_ids))
        for i in range(draw(st.integers(0, 2)))
    ]
    proposal = schema.Proposal(
        uuid=draw(uuids), acronym=draw(names), title=draw(hostile_text), template_key="bpi-idemo",
        language=draw(st.sampled_from(schema.Language)), summary=draw(hostile_text),
        start_date=draw(st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2040, 1, 1))),
        keywords=draw(st.lists(names, max_size=3)), domains=draw(st.lists(st.sampled_from(schema.Domain), max_size=3, unique=True)),
        trl_start=draw(st.none() | st.integers(1, 9)),
    )
    return schema.ProposalDocument(
        proposal=proposal, organisations=orgs, participations=parts, sections=sections, work_packages=wps, tasks=tasks,
        deliverables=deliverables, budget_lines=budget, efforts=efforts, risks=risks,
    )


__all__ = ["amounts", "hostile_text", "proposals", "Decimal"]
