"""SQLAlchemy 2 typed models, one file per aggregate.

Column names equal the interchange model's field names
(``medicen_desktop.document.schema``), so ``store.snapshot`` maps one onto
the other without a hand-written converter per entity.
"""

from typing import Any

from medicen_desktop.document.schema import ENTITY_LISTS

from medicen_desktop.model.attachment import Attachment, AttachmentBlob
from medicen_desktop.model.audit import AppInfo, AuditEntry
from medicen_desktop.model.base import Base
from medicen_desktop.model.budget import BudgetLine, StaffRate
from medicen_desktop.model.journal import JournalEntry
from medicen_desktop.model.exchange_records import AppliedContribution, Assignment, ExchangePackage, PartnerCopy
from medicen_desktop.model.organisation import Organisation, Participation, TeamMember
from medicen_desktop.model.presence import PresenceRow
from medicen_desktop.model.proposal import Proposal, Risk, Section
from medicen_desktop.model.server import PartnerRole
from medicen_desktop.model.version import Version
from medicen_desktop.model.sharing import SharingSetting, SigningKey, TrustedKey
from medicen_desktop.model.workplan import Deliverable, Effort, Milestone, Task, WorkPackage
from medicen_desktop.model.workflow import CommentRow, PartState

_MAPPED = {mapper.class_.__name__: mapper.class_ for mapper in Base.registry.mappers}
ENTITY_TABLES: dict[str, Any] = {name: _MAPPED[entity.__name__] for name, entity in ENTITY_LISTS.items()}
"""ORM class of each entity list of the interchange document, in its order (classes share their names)."""

__all__ = [
    "ENTITY_TABLES",
    "AppliedContribution",
    "Assignment",
    "ExchangePackage",
    "JournalEntry",
    "PartnerCopy",
    "AppInfo",
    "Attachment",
    "AttachmentBlob",
    "AuditEntry",
    "Base",
    "BudgetLine",
    "CommentRow",
    "Deliverable",
    "Effort",
    "Milestone",
    "Organisation",
    "Participation",
    "PartState",
    "PartnerRole",
    "PresenceRow",
    "Proposal",
    "Risk",
    "Section",
    "SharingSetting",
    "SigningKey",
    "StaffRate",
    "Task",
    "TeamMember",
    "Version",
    "TrustedKey",
    "WorkPackage",
]
