"""The interchange model: one whole proposal as a versioned JSON document.

This is the snapshot every pure part of the application works on (rules,
export, merge) and the format partners exchange. Entities are flat lists
keyed by UUID, each with a revision counter, so that two snapshots taken on
different machines can be matched entity by entity and field by field.

Field names are the same as the ORM's columns (see ``medicen_desktop.model``)
so that ``store.snapshot`` converts between the two generically.

Amounts and person-months are ``Decimal`` serialised as strings: no float
ever touches a euro cent.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, model_validator

from medicen_desktop.document.depreciation import eligible_amount
from medicen_desktop.document.identity import NORMALISED_FIELDS, normalise
from medicen_desktop.document.reference_fields import REFERENCES, TASK_IN_ANOTHER_WP, effort_outside_its_task
from medicen_desktop.document.withheld_fields import canonical_marker

FORMAT_NAME: Final = "medicen-proposal"
FORMAT_VERSION: Final = 1

UUIDStr = Annotated[
    str,
    Field(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]


def _decimal_text(value: Decimal) -> str:
    """Canonical text of a decimal: no exponent, no trailing zeros past cents."""
    text = format(value, "f")
    if "." in text:
        whole, frac = text.split(".")
        frac = frac.rstrip("0")
        if len(frac) < 2 and frac:
            frac = frac.ljust(2, "0")
        text = f"{whole}.{frac}" if frac else whole
    return "0" if text in ("-0", "") else text


Amount = Annotated[
    Decimal,
    Field(max_digits=18, decimal_places=2, allow_inf_nan=False),
    PlainSerializer(_decimal_text, return_type=str, when_used="json"),
]
PersonMonths = Annotated[
    Decimal,
    Field(ge=0, max_digits=8, decimal_places=2, allow_inf_nan=False),
    PlainSerializer(_decimal_text, return_type=str, when_used="json"),
]
_LARGEST_AMOUNT = Decimal(10) ** 16
"""Amounts have 18 digits, 2 of them cents."""
MAX_INTEGER = 2**31 - 1
"""The largest integer every database column holds (PostgreSQL ``integer``; SQLite stops at 2**63 - 1)."""
Month = Annotated[int, Field(ge=1, le=240)]
ShortText = Annotated[str, Field(max_length=2_000)]
LongText = Annotated[str, Field(max_length=1_000_000)]


class Language(StrEnum):
    FR = "fr"
    EN = "en"


class Domain(StrEnum):
    """The cluster's current strategic areas (first), then the domains it was founded on."""

    BIOLOGICAL_DIAGNOSTICS = "biological-diagnostics"
    BIOTHERAPIES_MOLECULES = "biotherapies-molecules"
    TECHNO_THERAPIES = "techno-therapies"
    MEDICAL_IMAGING = "medical-imaging"
    DIGITAL_HEALTH = "digital-health"
    IMAGING = "imaging"
    BIOMARKERS = "biomarkers"
    BIO_ENGINEERING = "bio-engineering"
    BIOTHERAPIES = "biotherapies"
    BIO_DIGITAL = "bio-digital"
    BIO_INSTRUMENTATION = "bio-instrumentation"


CURRENT_STRATEGIC_AREAS = frozenset({
    Domain.BIOLOGICAL_DIAGNOSTICS, Domain.BIOTHERAPIES_MOLECULES, Domain.TECHNO_THERAPIES,
    Domain.MEDICAL_IMAGING, Domain.DIGITAL_HEALTH,
})
"""Medicen's strategic areas since 2019 (prod.medicen.org); the other domains are the founding ones."""


class ClinicalAim(StrEnum):
    PROGNOSIS = "prognosis"
    DIAGNOSIS = "diagnosis"
    THERAPY = "therapy"


class OrganisationKind(StrEnum):
    ACADEMIC = "academic"
    CLINICAL = "clinical"
    SME = "sme"
    YOUNG_INNOVATIVE = "young-innovative"
    MIDCAP = "midcap"
    LARGE = "large"
    OTHER = "other"


COMPANY_KINDS = frozenset(
    {OrganisationKind.SME, OrganisationKind.YOUNG_INNOVATIVE, OrganisationKind.MIDCAP, OrganisationKind.LARGE}
)
RESEARCH_KINDS = frozenset({OrganisationKind.ACADEMIC, OrganisationKind.CLINICAL})


class ParticipantRole(StrEnum):
    COORDINATOR = "coordinator"
    PARTNER = "partner"


LEGACY_SECTION_STATUSES = ("todo", "drafting", "done")
"""The section status files written before 0010_status carry (``"status"`` on a section): read, not kept on the
section (``document.parts.LEGACY_STATUS`` maps each to the part status that replaced it)."""


class DeliverableType(StrEnum):
    REPORT = "report"
    DATA = "data"
    SOFTWARE = "software"
    DEMONSTRATOR = "demonstrator"
    OTHER = "other"


class Dissemination(StrEnum):
    PUBLIC = "PU"
    SENSITIVE = "SEN"


class Level(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class AttachmentKind(StrEnum):
    LETTER = "letter"
    CV = "cv"
    LOGO = "logo"
    OTHER = "other"


class _Model(BaseModel):
    # Validators are built on first use (``defer_build``): a snapshot validates ``ProposalDocument`` alone, whose
    # validator holds every entity's, and a command never pays for building each entity's own as well.
    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False, defer_build=True)


class Entity(_Model):
    """Anything that can be matched across machines: a UUID and a revision."""

    uuid: UUIDStr
    revision: int = Field(default=1, ge=1, le=MAX_INTEGER)


class Proposal(Entity):
    acronym: Annotated[str, Field(min_length=1, max_length=40)]
    title: ShortText
    template_key: Annotated[str, Field(min_length=1, max_length=80)]
    template_edition: Annotated[str, Field(max_length=80)] = ""
    """The edition of the call the proposal was checked against ("": none recorded, the current one)."""
    language: Language = Language.FR
    start_date: dt.date | None = None
    deadline: dt.date | None = None
    """When the dossier is due at the funder (the coordinator's topic or cut-off; templates are per call, not per date)."""
    duration_months: Annotated[int, Field(ge=1, le=240)] = 36
    summary: LongText = ""
    keywords: list[ShortText] = Field(default_factory=list, max_length=50)
    domains: list[Domain] = Field(default_factory=list)
    clinical_aims: list[ClinicalAim] = Field(default_factory=list)
    trl_start: Annotated[int, Field(ge=1, le=9)] | None = None
    trl_end: Annotated[int, Field(ge=1, le=9)] | None = None


class Organisation(Entity):
    """A reusable profile: the same organisation may join many proposals.

    Identifiers are stored normalised (``document.identity.normalise``): a
    SIRET or VAT number typed with spaces loses them, a region written as a
    name ("Ile-de-France", in an old file too) becomes its ISO 3166-2 code
    (FR-IDF). Whether each value is valid is the rules' business
    (``rules.identity_checks``), so a half-typed number can still be saved.
    """

    legal_name: ShortText
    short_name: Annotated[str, Field(max_length=40)] = ""
    kind: OrganisationKind
    siret: Annotated[str, Field(max_length=20)] = ""
    pic: Annotated[str, Field(max_length=20)] = ""
    vat: Annotated[str, Field(max_length=20)] = ""
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] = "FR"
    region: ShortText = ""
    """An ISO 3166-2 code of the country's top-level subdivisions, or text no code matched (to fix)."""
    city: ShortText = ""
    address: ShortText = ""
    is_public_body: bool = False
    is_non_profit: bool = False
    is_research_organisation: bool = False
    is_higher_education: bool = False
    headcount: Annotated[int, Field(ge=0, le=MAX_INTEGER)] | None = None
    """Staff in annual work units, with partner and linked enterprises (EU SME definition)."""
    turnover: Amount | None = None
    balance_sheet: Amount | None = None
    """Balance-sheet total, euros."""
    website: ShortText = ""
    description: LongText = ""

    @model_validator(mode="before")
    @classmethod
    def _normalised(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        country = data.get("country")
        if isinstance(country, str):
            data["country"] = country = normalise("country", country)
        for name in NORMALISED_FIELDS:
            value = data.get(name)
            if isinstance(value, str):
                data[name] = normalise(name, value, country if isinstance(country, str) and country else "FR")
        return data


class Participation(Entity):
    """An organisation taking part in this proposal."""

    organisation_uuid: UUIDStr
    role: ParticipantRole = ParticipantRole.PARTNER
    position: Annotated[int, Field(ge=0, le=MAX_INTEGER)] = 0
    contact_name: ShortText = ""
    contact_email: ShortText = ""
    contact_phone: ShortText = ""
    role_description: LongText = ""


class TeamMember(Entity):
    participation_uuid: UUIDStr
    position: Annotated[int, Field(ge=0, le=MAX_INTEGER)] = 0
    name: ShortText
    job_title: ShortText = ""
    cv: LongText = ""
    person_months: PersonMonths = Decimal("0")


def _legacy_status_schema(schema: dict[str, Any]) -> None:
    """The JSON Schema still accepts an older file's section ``status`` (read and mapped, never written)."""
    schema.setdefault("properties", {})["status"] = {
        "deprecated": True, "enum": list(LEGACY_SECTION_STATUSES), "title": "Status",
        "description": "Written before the one part status: read as draft (todo, drafting) or in review (done)."}


class Section(Entity):
    """A piece of the dossier's text, keyed by the funder template's section key."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False, defer_build=True,
                              json_schema_extra=_legacy_status_schema)

    key: Annotated[str, Field(min_length=1, max_length=80)]
    title: ShortText = ""
    body: LongText = ""
    assigned_participation_uuid: UUIDStr | None = None

    @model_validator(mode="before")
    @classmethod
    def _without_legacy_status(cls, data: Any) -> Any:
        """An older file's, package's or version's ``status`` (to do / drafting / done) is read and dropped: the
        part status (``document.parts``) is the one status; ``legacy_section_statuses`` reads the old values for
        the importer to map them."""
        if isinstance(data, dict) and "status" in data:
            status = data["status"]
            if status not in LEGACY_SECTION_STATUSES:
                raise ValueError(f"status: {status!r} is not a section status (to do, drafting, done)")
            data = {k: v for k, v in data.items() if k != "status"}
        return data


class WorkPackage(Entity):
    number: Annotated[int, Field(ge=1, le=99)]
    title: ShortText
    leader_participation_uuid: UUIDStr | None = None
    start_month: Month = 1
    end_month: Month = 1
    objectives: LongText = ""
    description: LongText = ""


class Task(Entity):
    work_package_uuid: UUIDStr
    number: Annotated[int, Field(ge=1, le=99)]
    title: ShortText
    leader_participation_uuid: UUIDStr | None = None
    start_month: Month = 1
    end_month: Month = 1
    description: LongText = ""


class Deliverable(Entity):
    work_package_uuid: UUIDStr
    number: Annotated[str, Field(min_length=1, max_length=20)]
    title: ShortText
    leader_participation_uuid: UUIDStr | None = None
    type: DeliverableType = DeliverableType.REPORT
    dissemination: Dissemination = Dissemination.PUBLIC
    due_month: Month = 1
    description: LongText = ""


class Milestone(Entity):
    number: Annotated[str, Field(min_length=1, max_length=20)]
    title: ShortText
    work_package_uuid: UUIDStr | None = None
    due_month: Month = 1
    verification: LongText = ""


class StaffRate(Entity):
    """A staff category or a named person of one partner, with its monthly personnel cost.

    The effort matrix times these rates is the partner's personnel cost: an
    effort names its rate, or takes the partner's first one (by position).
    """

    participation_uuid: UUIDStr
    position: Annotated[int, Field(ge=0, le=MAX_INTEGER)] = 0
    label: ShortText = ""
    monthly_rate: Annotated[Decimal, Field(ge=0, max_digits=18, decimal_places=2, allow_inf_nan=False),
                            PlainSerializer(_decimal_text, return_type=str, when_used="json")]


class Effort(Entity):
    """Person-months of one partner in one work package: the one source of its personnel cost."""

    participation_uuid: UUIDStr
    work_package_uuid: UUIDStr
    person_months: PersonMonths
    staff_rate_uuid: UUIDStr | None = None
    """The staff category or person these months are costed at (None: the partner's first rate)."""
    task_uuid: UUIDStr | None = None
    """The task of ``work_package_uuid`` these months are for (None: the work package as a whole). Where a
    partner's effort in a WP is given per task, the WP's figure is the sum of its tasks."""


class BudgetLine(Entity):
    """A cost item of one partner, in one cost category, for one period (year), in a work package or not.

    Personnel comes from the effort matrix and the staff rates; a line in a
    personnel category is an amount typed by hand (an older budget kept as it
    was, which the checks compare with the effort matrix).
    """

    participation_uuid: UUIDStr
    category: Annotated[str, Field(min_length=1, max_length=40)]
    period: Annotated[int, Field(ge=1, le=20)] = 1
    amount: Amount
    person_months: PersonMonths | None = None
    description: ShortText = ""
    work_package_uuid: UUIDStr | None = None
    justification: LongText = ""
    given_total: bool = False
    """Personnel a partner costed at staff rates it keeps private, given as one total per work package and
    year (exchange/private_rates.py): it stands in for the partner's rates, and only the partner's next
    contribution changes it."""
    purchase_cost: Amount | None = None
    """Equipment charged by depreciation: what it costs to buy (None: ``amount`` is typed as it is). The
    eligible ``amount`` is then this × the share charged to the project (``rules.equipment``)."""
    depreciation_months: Annotated[int, Field(ge=1, le=600)] | None = None
    """The equipment's depreciation period under the partner's accounting practice, in months."""
    use_months: Annotated[int, Field(ge=0, le=600)] | None = None
    """Months of that period within the project (None: the share is ``use_percent`` alone)."""
    use_percent: Annotated[Decimal, Field(ge=0, le=1000, max_digits=7, decimal_places=2, allow_inf_nan=False),
                           PlainSerializer(_decimal_text, return_type=str, when_used="json")] | None = None
    """The rate of actual use for the project, in percent (None: 100)."""

    @model_validator(mode="after")
    def _eligible_from_purchase(self) -> BudgetLine:
        """An equipment item's amount is derived, never typed: purchase cost × the share charged."""
        if self.purchase_cost is not None:
            amount = eligible_amount(self.purchase_cost, self.depreciation_months, self.use_months, self.use_percent)
            if abs(amount) >= _LARGEST_AMOUNT:
                raise ValueError(f"purchase_cost: {amount} charged is more than an amount can hold")
            # Written in place: assigning would validate again (validate_assignment) and recurse.
            self.__dict__["amount"] = amount
        return self


SHARED_TOTAL_CATEGORY: Final = "total"
"""The category of a line that stands for another partner's whole budget in a package shared at
"totals" (exchange/confidentiality.py): no call knows it, and no check reports it."""


class Risk(Entity):
    position: Annotated[int, Field(ge=0, le=MAX_INTEGER)] = 0
    description: LongText
    work_package_uuid: UUIDStr | None = None
    likelihood: Level = Level.MEDIUM
    severity: Level = Level.MEDIUM
    mitigation: LongText = ""


class Attachment(Entity):
    """A file joined to the proposal; its content lives apart, by SHA-256."""

    kind: AttachmentKind = AttachmentKind.OTHER
    participation_uuid: UUIDStr | None = None
    filename: Annotated[str, Field(min_length=1, max_length=255)]
    media_type: Annotated[str, Field(max_length=127)] = "application/octet-stream"
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    size: Annotated[int, Field(ge=0, le=MAX_INTEGER)]
    description: ShortText = ""


ENTITY_LISTS: dict[str, type[Entity]] = {
    "organisations": Organisation,
    "participations": Participation,
    "team_members": TeamMember,
    "staff_rates": StaffRate,
    "sections": Section,
    "work_packages": WorkPackage,
    "tasks": Task,
    "deliverables": Deliverable,
    "milestones": Milestone,
    "efforts": Effort,
    "budget_lines": BudgetLine,
    "risks": Risk,
    "attachments": Attachment,
}
"""The document's entity lists, in the order that satisfies references."""


class ProposalDocument(_Model):
    """One whole proposal: the interchange JSON's root."""

    format: Literal["medicen-proposal"] = "medicen-proposal"
    format_version: Literal[1] = 1
    proposal: Proposal
    organisations: list[Organisation] = Field(default_factory=list)
    participations: list[Participation] = Field(default_factory=list)
    team_members: list[TeamMember] = Field(default_factory=list)
    staff_rates: list[StaffRate] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    work_packages: list[WorkPackage] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    deliverables: list[Deliverable] = Field(default_factory=list)
    milestones: list[Milestone] = Field(default_factory=list)
    efforts: list[Effort] = Field(default_factory=list)
    budget_lines: list[BudgetLine] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)
    attachments: list[Attachment] = Field(default_factory=list)
    withheld: dict[UUIDStr, list[Annotated[str, Field(max_length=40)]]] = Field(default_factory=dict)
    """What the snapshot's reader may not see of another partner (``document.withheld``): entity UUID → names of
    its fields, and of the lists whose rows of it are absent. Left out of the JSON when empty; never dossier data."""

    @model_validator(mode="after")
    def _references_resolve(self) -> ProposalDocument:
        """Every UUID is unique and every reference points at an entity of the document."""
        seen: set[str] = {self.proposal.uuid}
        present: dict[str, set[str]] = {}
        for list_name in ENTITY_LISTS:
            uuids = present[list_name] = set()
            for index, entity in enumerate(getattr(self, list_name)):
                if entity.uuid in seen:
                    raise ValueError(f"{list_name}[{index}].uuid: duplicate UUID {entity.uuid}")
                seen.add(entity.uuid)
                uuids.add(entity.uuid)
        for list_name, fields in _REFERENCE_FIELDS.items():
            for index, entity in enumerate(getattr(self, list_name)):
                values = entity.__dict__  # plain reads: getattr on absent fields is pydantic's slow path
                for field, target in fields:
                    value = values[field]
                    if value is not None and value not in present[target]:
                        raise ValueError(f"{list_name}[{index}].{field}: no entity with UUID {value} in the document")
        if any(effort.task_uuid is not None for effort in self.efforts):  # an effort given for a task is in its WP
            outside = effort_outside_its_task(((e.task_uuid, e.work_package_uuid) for e in self.efforts),
                                              {t.uuid: t.work_package_uuid for t in self.tasks})
            if outside is not None:
                task = self.efforts[outside].task_uuid
                raise ValueError(f"efforts[{outside}].task_uuid: {TASK_IN_ANOTHER_WP} ({task})")
        if self.withheld:
            self.__dict__["withheld"] = canonical_marker(self.withheld, present)
        return self


_REFERENCE_FIELDS: dict[str, list[tuple[str, str]]] = {
    name: [(field, target) for field, target in REFERENCES.items() if field in model.model_fields]
    for name, model in ENTITY_LISTS.items()
    if any(field in model.model_fields for field in REFERENCES)
}
"""Per entity list, its reference fields and the list each points into."""
