"""What the live status line says when other writers' changes arrive ("Claire changed Summary, “Methodology”").

A changed field is named by the label the user sees for it in the form or
table where it is edited, in the UI language: ``LABELS`` points at that very
source text (its translation context and string), so the line and the form
cannot drift apart. A section is named by its title in the call template, an
entry by its number or name (WP2, D2.1, the partner's short name).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.gui.step_names import plain
from medicen_desktop.gui.wp_names import wp_label

translate = QCoreApplication.translate

_WORK = {"number": ("WorkPlanPage", "No."), "title": ("WorkPlanPage", "Title"),
         "leader_participation_uuid": ("WorkPlanPage", "Leader"), "work_package_uuid": ("WorkPlanPage", "WP"),
         "start_month": ("WorkPlanPage", "Start"), "end_month": ("WorkPlanPage", "End"),
         "due_month": ("WorkPlanPage", "Due (month)"), "type": ("WorkPlanPage", "Type"),
         "dissemination": ("WorkPlanPage", "Dissemination"), "verification": ("WorkPlanPage", "Means of verification")}
_PARTNER = {"legal_name": "&Legal name:", "short_name": "&Short name:", "kind": "&Kind:", "country": "&Country:",
            "region": "&Region:", "city": "Cit&y:", "pic": "&PIC:", "siret": "S&IRET / SIREN:", "vat": "&VAT number:",
            "website": "&Website:", "headcount": "Headco&unt:", "turnover": "&Turnover (€):",
            "balance_sheet": "B&alance sheet (€):", "is_public_body": "Pu&blic body", "is_non_profit": "Non-pro&fit",
            "is_research_organisation": "Research or&ganisation", "is_higher_education": "Higher e&ducation",
            "contact_name": "Contact &name:", "contact_email": "&E-mail:", "contact_phone": "P&hone:"}

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "proposal": {
        "acronym": ("ProjectPage", "&Acronym:"), "title": ("ProjectPage", "&Title:"),
        "start_date": ("ProjectPage", "&Start date:"), "duration_months": ("ProjectPage", "&Duration:"),
        "domains": ("ProjectPage", "Domains:"), "clinical_aims": ("ProjectPage", "Clinical aim:"),
        "trl_start": ("ProjectPage", "&TRL:"), "trl_end": ("ProjectPage", "&TRL:"),
        "keywords": ("ProjectPage", "&Keywords:"), "summary": ("ProjectPage", "Su&mmary:"),
        "template_key": ("CallPage", "&Call template:"), "template_edition": ("CallPage", "Edition:"),
        "language": ("CallPage", "Dossier &language:"), "deadline": ("CallPage", "Submission &deadline:"),
    },
    "organisations": {k: ("PartnerDialog", v) for k, v in _PARTNER.items() if not k.startswith("contact")},
    "participations": {**{k: ("PartnerDialog", v) for k, v in _PARTNER.items() if k.startswith("contact")},
                       "role": ("ConsortiumPage", "Role")},
    "team_members": {"name": ("ConsortiumPage", "Name"), "job_title": ("ConsortiumPage", "Job title"),
                     "person_months": ("ConsortiumPage", "Person-months")},
    "staff_rates": {"label": ("PersonnelRatesPanel", "Staff category or person"),
                    "monthly_rate": ("PersonnelRatesPanel", "Monthly cost (€)")},
    "work_packages": _WORK, "tasks": _WORK, "deliverables": _WORK, "milestones": _WORK,
    "efforts": {"person_months": ("ConsortiumPage", "Person-months")},
    "budget_lines": {
        "category": ("BudgetLinesPanel", "Category"), "work_package_uuid": ("BudgetLinesPanel", "WP"),
        "amount": ("BudgetLinesPanel", "Amount (€)"), "purchase_cost": ("BudgetLinesPanel", "Purchase cost (€)"),
        "depreciation_months": ("BudgetLinesPanel", "Depreciation (months)"),
        "use_months": ("BudgetLinesPanel", "Months in the project"),
        "use_percent": ("BudgetLinesPanel", "Use for the project (%)"),
        "description": ("BudgetLinesPanel", "Description"), "justification": ("BudgetLinesPanel", "Justification"),
    },
    "risks": {"description": ("RisksPage", "Risk"), "work_package_uuid": ("RisksPage", "WP"),
              "likelihood": ("RisksPage", "Likelihood"), "severity": ("RisksPage", "Severity"),
              "mitigation": ("RisksPage", "Mitigation")},
    "attachments": {"kind": ("AnnexesPage", "Kind"), "participation_uuid": ("AnnexesPage", "Partner"),
                    "description": ("AnnexesPage", "Description")},
    "part_states": {"status": ("TodoDialog", "&Status:"), "owner_participation_uuid": ("TodoDialog", "&Owner:"),
                    "owner_person": ("TodoDialog", "&Person:"), "due_date": ("TodoDialog", "&Due date:")},
}
"""List → field → (translation context, source text) of the label or column header the field is edited under."""


def field_label(list_name: str, field: str) -> str:
    """The field's label as its form shows it, in the UI language, without mnemonic nor colon."""
    source = LABELS.get(list_name, {}).get(field)
    if source is None:
        from medicen_desktop.gui.exchange_names import field_names

        return field_names().get(field, field.replace("_", " "))
    return plain(translate(*source)).replace("\n", " ").rstrip(" :\u00a0\u202f")


def describe(changes: Iterable[tuple[str, str, str | None]], actors: Iterable[str], documents: list[ProposalDocument],
             language: str) -> str:
    """The status line for ``changes`` (list, entity UUID, field or None: added or deleted) by ``actors``, the
    entries named from the first of ``documents`` that holds them (the new snapshot, then the one before)."""
    names = _EntryNames(documents, language)
    shown: list[str] = []
    for list_name, uuid, field in changes:
        text = names.change(list_name, uuid, field)
        if text not in shown:
            shown.append(text)
    who = ", ".join(actors) or translate("LiveChanges", "another writer")
    what = ", ".join(shown[:6]) + ("…" if len(shown) > 6 else "")
    return translate("LiveChanges", "{who} changed {what}").format(who=who, what=what)


class _EntryNames:
    def __init__(self, documents: list[ProposalDocument], language: str) -> None:
        self._documents = documents
        self._language = language
        self._present = {e.uuid for lst in _lists(documents[0]) for e in lst} if documents else set()

    def change(self, list_name: str, uuid: str, field: str | None) -> str:
        if list_name == "comments" or (list_name == "part_states" and field is None):
            return _list_label(list_name)
        entry = self._entry(list_name, uuid)
        if list_name == "sections":
            return translate("LiveChanges", "“{title}”").format(title=entry)
        if field is None:
            state = (translate("LiveChanges", "{entry} (added)") if uuid in self._present
                     else translate("LiveChanges", "{entry} (deleted)"))
            return state.format(entry=entry or _list_label(list_name))
        label = field_label(list_name, field)
        return translate("LiveChanges", "{entry}: {field}").format(entry=entry, field=label) if entry else label

    def _entry(self, list_name: str, uuid: str) -> str:
        for document in self._documents:
            entity = next((e for e in getattr(document, list_name, ()) if e.uuid == uuid), None) \
                if list_name != "proposal" else None
            if entity is not None:
                return self._name(document, list_name, entity)
        return ""

    def _name(self, document: ProposalDocument, list_name: str, entity: Any) -> str:
        if list_name == "sections":
            from medicen_desktop.gui import rules_bridge

            template = rules_bridge.template_for(document.proposal.template_key)
            return str(template.section_title(entity.key, self._language, entity.title) if template is not None
                       else (entity.title or entity.key))
        if list_name == "work_packages":
            return wp_label(entity.number)
        if list_name == "tasks":
            wp = next((w.number for w in document.work_packages if w.uuid == entity.work_package_uuid), "?")
            return translate("LiveChanges", "Task {wp}.{number}").format(wp=wp, number=entity.number)
        if list_name in ("deliverables", "milestones"):
            return str(entity.number)
        if list_name == "organisations":
            return str(entity.short_name or entity.legal_name)
        if list_name in ("team_members", "staff_rates", "attachments"):
            return str(getattr(entity, {"team_members": "name", "staff_rates": "label"}.get(list_name, "filename")))
        if list_name == "risks":
            return translate("LiveChanges", "Risk {n}").format(n=entity.position + 1)
        partner = _partner(document, getattr(entity, "participation_uuid", None))
        if list_name == "budget_lines":
            return translate("LiveChanges", "{partner}, year {year}").format(partner=partner, year=entity.period)
        return partner


def _partner(document: ProposalDocument, participation_uuid: str | None) -> str:
    participation = next((p for p in document.participations if p.uuid == participation_uuid), None)
    organisation = next((o for o in document.organisations
                         if participation is not None and o.uuid == participation.organisation_uuid), None)
    return (organisation.short_name or organisation.legal_name) if organisation is not None else ""


def _lists(document: ProposalDocument) -> list[list[Any]]:
    from medicen_desktop.document.schema import ENTITY_LISTS

    return [getattr(document, name) for name in ENTITY_LISTS]


def _list_label(list_name: str) -> str:
    return {
        "sections": translate("LiveChanges", "a section"), "work_packages": translate("LiveChanges", "a work package"),
        "tasks": translate("LiveChanges", "a task"), "deliverables": translate("LiveChanges", "a deliverable"),
        "milestones": translate("LiveChanges", "a milestone"), "risks": translate("LiveChanges", "a risk"),
        "budget_lines": translate("LiveChanges", "a budget line"), "efforts": translate("LiveChanges", "an effort"),
        "organisations": translate("LiveChanges", "a partner"), "participations": translate("LiveChanges", "a partner"),
        "team_members": translate("LiveChanges", "a team member"),
        "staff_rates": translate("LiveChanges", "a staff category"),
        "attachments": translate("LiveChanges", "an annex"), "comments": translate("LiveChanges", "a comment"),
        "part_states": translate("LiveChanges", "a part's status"),
    }.get(list_name, list_name.replace("_", " "))
