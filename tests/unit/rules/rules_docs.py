"""Small proposals and sample variants for the rules tests (pure builders, no fixtures)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from pathlib import Path

from medicen_desktop.document.jsonio import load_document
from medicen_desktop.document.rekey import with_fresh_uuids
from medicen_desktop.document.sample import make_sample
from medicen_desktop.document.schema import (
    BudgetLine,
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Participation,
    Proposal,
    ProposalDocument,
)


def sample() -> ProposalDocument:
    """The ÉPI-DIAG sample with reproducible UUIDs."""
    return make_sample(random.Random(1))


TYPED_SAMPLE = Path(__file__).parents[2] / "data" / "epi-diag-typed-personnel.json"
"""The sample as it was before the cost base: personnel typed as amounts per year (with person-months)."""


def typed_sample() -> ProposalDocument:
    """The sample with personnel typed as amounts (an older budget), reproducible UUIDs."""
    document = load_document(TYPED_SAMPLE.read_bytes(), source=str(TYPED_SAMPLE))
    seeded = random.Random(1)
    return with_fresh_uuids(document, lambda: str(uuid.UUID(int=seeded.getrandbits(128), version=4)))


def new_id() -> str:
    return str(uuid.uuid4())


def tiny(
    template_key: str,
    partners: Sequence[tuple[OrganisationKind, str, str]],
    lines: Sequence[tuple[int, str, int, str]],
    **proposal: Any,
) -> ProposalDocument:
    """A proposal with ``partners`` (kind, country, region) and budget ``lines`` (partner, category, period, amount)."""
    organisations = [
        Organisation(uuid=new_id(), legal_name=f"Org {i}", short_name=f"O{i}", kind=kind, country=country, region=region)
        for i, (kind, country, region) in enumerate(partners)
    ]
    participations = [
        Participation(
            uuid=new_id(),
            organisation_uuid=o.uuid,
            position=i,
            role=ParticipantRole.COORDINATOR if i == 0 else ParticipantRole.PARTNER,
        )
        for i, o in enumerate(organisations)
    ]
    budget = [
        BudgetLine(uuid=new_id(), participation_uuid=participations[p].uuid, category=c, period=y, amount=Decimal(a))
        for p, c, y, a in lines
    ]
    return ProposalDocument(
        proposal=Proposal(uuid=new_id(), acronym="TINY", title="Tiny", template_key=template_key, **proposal),
        organisations=organisations,
        participations=participations,
        budget_lines=budget,
    )


def edit(document: ProposalDocument, list_name: str, index: int, **changes: Any) -> ProposalDocument:
    """A copy of ``document`` with entity ``list_name[index]`` changed (validated again)."""
    data = document.model_dump()
    data[list_name][index].update(changes)
    return ProposalDocument.model_validate(data)


def edit_where(
    document: ProposalDocument, list_name: str, match: Callable[[dict[str, Any]], bool], **changes: Any
) -> ProposalDocument:
    """A copy of ``document`` with every entity of ``list_name`` matching ``match`` changed."""
    data = document.model_dump()
    for entity in data[list_name]:
        if match(entity):
            entity.update(changes)
    return ProposalDocument.model_validate(data)


def edit_proposal(document: ProposalDocument, **changes: Any) -> ProposalDocument:
    data = document.model_dump()
    data["proposal"].update(changes)
    return ProposalDocument.model_validate(data)


def drop(document: ProposalDocument, list_name: str, match: Callable[[dict[str, Any]], bool]) -> ProposalDocument:
    """A copy of ``document`` without the entities of ``list_name`` matching ``match``."""
    data = document.model_dump()
    data[list_name] = [e for e in data[list_name] if not match(e)]
    return ProposalDocument.model_validate(data)
