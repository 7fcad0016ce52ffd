"""A generator of large proposals for benchmarks (25 partners, 12 WPs, ~60 pages)."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from decimal import Decimal

from medicen_desktop.document.schema import (
    BudgetLine,
    ClinicalAim,
    Deliverable,
    Domain,
    Effort,
    Language,
    Milestone,
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Participation,
    Proposal,
    ProposalDocument,
    Risk,
    Section,
    Task,
    TeamMember,
    WorkPackage,
)


def _ids(rng: random.Random):  # type: ignore[no-untyped-def]
    return lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4))


_LOREM = (
    "Quantitative imaging biomarkers need harmonised acquisition, calibrated models and prospective "
    "validation before they reach routine care. The consortium measures T1ρ relaxation, diffusion "
    "and stiffness (kPa ± 5 %) in cohorts of patients, compares them with circulating markers such as "
    "β-amyloid and µRNA panels, and reports sensitivity ≥ 0.90 with confidence intervals. Data are "
    "pseudonymised, stored in a certified health data host and shared under FAIR principles."
).split()

LARGE_SECTIONS = ("excellence", "impact", "implementation")
LARGE_TEMPLATE = "he-ria"
_COUNTRIES = ["FR", "DE", "IT", "ES", "NL", "BE", "SE", "PT", "AT", "DK", "FI", "IE"]


def _prose(rng: random.Random, words: int) -> str:
    """Markdown paragraphs of about ``words`` words, with some bold, italic and lists."""
    paragraphs = []
    while words > 0:
        size = min(words, rng.randint(60, 140))
        tokens = [rng.choice(_LOREM) for _ in range(size)]
        tokens[rng.randrange(size)] = f"**{rng.choice(_LOREM)}**"
        tokens[rng.randrange(size)] = f"*{rng.choice(_LOREM)}*"
        paragraphs.append(" ".join(tokens).capitalize().rstrip(".") + ".")
        if rng.random() < 0.15:
            paragraphs.append("\n".join(f"- {' '.join(rng.choices(_LOREM, k=8))}" for _ in range(4)))
        words -= size
    return "\n\n".join(paragraphs)


def make_large(
    partners: int = 25,
    work_packages: int = 12,
    deliverables: int = 96,
    words: int = 30_000,
    seed: int = 7,
) -> ProposalDocument:
    """A large EU-style proposal for benchmarks (default: about 60 pages of text)."""
    rng = random.Random(seed)
    new_id = _ids(rng)
    kinds = [OrganisationKind.SME, OrganisationKind.ACADEMIC, OrganisationKind.CLINICAL, OrganisationKind.LARGE,
             OrganisationKind.YOUNG_INNOVATIVE, OrganisationKind.MIDCAP]
    orgs = [
        Organisation(uuid=new_id(), legal_name=f"Partner {i + 1} Biomedical Research Organisation",
                     short_name=f"P{i + 1}", kind=kinds[i % len(kinds)], pic=f"{900000000 + i}",
                     country=_COUNTRIES[i % len(_COUNTRIES)], city="Paris", headcount=50 + i,
                     description=_prose(rng, 80))
        for i in range(partners)
    ]
    parts = [
        Participation(uuid=new_id(), organisation_uuid=o.uuid, position=i,
                      role=ParticipantRole.COORDINATOR if i == 0 else ParticipantRole.PARTNER,
                      contact_name=f"Contact {i + 1}", contact_email=f"contact{i + 1}@p{i + 1}.example",
                      role_description=_prose(rng, 60))
        for i, o in enumerate(orgs)
    ]
    members = [
        TeamMember(uuid=new_id(), participation_uuid=p.uuid, position=j, name=f"Researcher {i + 1}.{j + 1}",
                   job_title="Senior scientist", cv=_prose(rng, 50), person_months=Decimal(12))
        for i, p in enumerate(parts) for j in range(2)
    ]
    section_words = max(words - partners * 240, 3 * 100) // len(LARGE_SECTIONS)
    sections = [
        Section(uuid=new_id(), key=key, body=_prose(rng, section_words), assigned_participation_uuid=parts[k].uuid)
        for k, key in enumerate(LARGE_SECTIONS)
    ]
    duration = 60
    wps, tasks, delivs, efforts, budget = [], [], [], [], []
    for n in range(1, work_packages + 1):
        start = 1 + (n - 1) * 3 % 24
        wp = WorkPackage(uuid=new_id(), number=n, title=f"Work package {n}: {' '.join(rng.choices(_LOREM, k=4))}",
                         leader_participation_uuid=parts[n % partners].uuid, start_month=start,
                         end_month=min(duration, start + 30), objectives=_prose(rng, 40))
        wps.append(wp)
        for t in range(1, 5):
            tasks.append(Task(uuid=new_id(), work_package_uuid=wp.uuid, number=t, title=f"Task {n}.{t}",
                              leader_participation_uuid=parts[(n + t) % partners].uuid, start_month=start,
                              end_month=min(duration, start + 6 * t), description=_prose(rng, 30)))
    for d in range(deliverables):
        wp = wps[d % work_packages]
        index = d // work_packages + 1
        delivs.append(Deliverable(uuid=new_id(), work_package_uuid=wp.uuid, number=f"D{wp.number}.{index}",
                                  title=f"Deliverable {wp.number}.{index}", due_month=min(wp.end_month, wp.start_month + index),
                                  leader_participation_uuid=wp.leader_participation_uuid))
    for i, p in enumerate(parts):
        for w, wp in enumerate(wps):
            if (i + w) % 3 == 0:
                efforts.append(Effort(uuid=new_id(), participation_uuid=p.uuid, work_package_uuid=wp.uuid,
                                      person_months=Decimal(6)))
        for year in range(1, 6):
            for category, amount in (("personnel", "84000"), ("equipment", "12000"), ("other", "9000")):
                budget.append(BudgetLine(uuid=new_id(), participation_uuid=p.uuid, category=category, period=year,
                                         amount=Decimal(amount)))
    milestones = [
        Milestone(uuid=new_id(), number=f"MS{k + 1}", title=f"Milestone {k + 1}", work_package_uuid=wps[k].uuid,
                  due_month=wps[k].end_month)
        for k in range(work_packages)
    ]
    risks = [
        Risk(uuid=new_id(), position=k, description=_prose(rng, 25), work_package_uuid=wps[k].uuid,
             mitigation=_prose(rng, 25))
        for k in range(work_packages)
    ]
    proposal = Proposal(uuid=new_id(), acronym="LARGE-EU", title="A large multi-partner imaging biomarker programme",
                        template_key=LARGE_TEMPLATE, language=Language.EN, start_date=dt.date(2027, 1, 1),
                        duration_months=duration, summary=_prose(rng, 150)[:1900], keywords=["imaging", "biomarker"],
                        domains=[Domain.IMAGING], clinical_aims=[ClinicalAim.DIAGNOSIS], trl_start=3, trl_end=5)
    return ProposalDocument(proposal=proposal, organisations=orgs, participations=parts, team_members=members,
                            sections=sections, work_packages=wps, tasks=tasks, deliverables=delivs,
                            milestones=milestones, efforts=efforts, budget_lines=budget, risks=risks)
