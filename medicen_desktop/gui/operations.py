"""Library-level operations the start screen calls (each one service call or a few).

``create_proposal`` composes service calls to start a proposal from a call
template; it belongs in ``services.proposals`` (reported to the foundation's
owner) and moves there when a ``create`` service lands.
"""

from __future__ import annotations

import uuid as uuidlib

from medicen_desktop.exchange.schema import (
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Participation,
    Proposal,
    ProposalDocument,
    Section,
)
from medicen_desktop.gui import rules_bridge
from medicen_desktop.gui.dialogs import NewProposal
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database


def create_proposal(db: Database, request: NewProposal) -> str:
    """A new proposal with its coordinator and the template's sections; return its UUID."""
    template = rules_bridge.template_for(request.template_key)
    organisation = Organisation(
        uuid=str(uuidlib.uuid4()), legal_name=request.coordinator_name, kind=OrganisationKind(request.coordinator_kind)
    )
    participation = Participation(
        uuid=str(uuidlib.uuid4()), organisation_uuid=organisation.uuid, role=ParticipantRole.COORDINATOR
    )
    sections = []
    if template is not None:
        sections = [
            Section(uuid=str(uuidlib.uuid4()), key=s.key, title=rules_bridge.text(s, "title", request.language))
            for s in template.sections
        ]
    document = ProposalDocument(
        proposal=Proposal(
            uuid=str(uuidlib.uuid4()),
            acronym=request.acronym,
            title=request.title,
            template_key=request.template_key,
            language=request.language,
        ),
        organisations=[organisation],
        participations=[participation],
        sections=sections,
    )
    return proposals.import_document(db, document, actor="gui")
