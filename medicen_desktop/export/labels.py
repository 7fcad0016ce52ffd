"""The dossier's fixed words and number formats, in French or English.

Amounts follow each language's typography: ``12 500,00 €`` in French
(narrow no-break space between thousands, no-break space before the sign),
``€12,500.00`` in English.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from medicen_desktop.rules import money
from medicen_desktop.rules.messages import KINDS


_LABELS: dict[str, dict[str, str]] = {
    "toc": {"fr": "Sommaire", "en": "Contents"},
    "summary": {"fr": "Résumé", "en": "Summary"},
    "call": {"fr": "Appel", "en": "Call"},
    "coordinator": {"fr": "Coordinateur", "en": "Coordinator"},
    "duration": {"fr": "Durée", "en": "Duration"},
    "months": {"fr": "mois", "en": "months"},
    "total_budget": {"fr": "Budget total", "en": "Total budget"},
    "requested_aid": {"fr": "Aide demandée", "en": "Requested funding"},
    "start_date": {"fr": "Date de début", "en": "Start date"},
    "partners": {"fr": "Partenaires", "en": "Partners"},
    "keywords": {"fr": "Mots-clés", "en": "Keywords"},
    "consortium": {"fr": "Consortium", "en": "Consortium"},
    "partner": {"fr": "Partenaire", "en": "Partner"},
    "organisation": {"fr": "Organisme", "en": "Organisation"},
    "location": {"fr": "Localisation", "en": "Location"},
    "kind": {"fr": "Type", "en": "Type"},
    "role": {"fr": "Rôle", "en": "Role"},
    "city": {"fr": "Ville", "en": "City"},
    "contact": {"fr": "Contact", "en": "Contact"},
    "team": {"fr": "Équipe", "en": "Team"},
    "partner_descriptions": {"fr": "Présentation des partenaires", "en": "Partner descriptions"},
    "work_plan": {"fr": "Programme de travail", "en": "Work plan"},
    "wp_list": {"fr": "Liste des lots", "en": "List of work packages"},
    "wp": {"fr": "Lot", "en": "WP"},
    "wp_short": {"fr": "LT", "en": "WP"},
    "title": {"fr": "Intitulé", "en": "Title"},
    "leader": {"fr": "Responsable", "en": "Lead"},
    "start": {"fr": "Début", "en": "Start"},
    "end": {"fr": "Fin", "en": "End"},
    "objectives": {"fr": "Objectifs", "en": "Objectives"},
    "description": {"fr": "Description", "en": "Description"},
    "task": {"fr": "Tâche", "en": "Task"},
    "tasks": {"fr": "Tâches", "en": "Tasks"},
    "gantt": {"fr": "Diagramme de Gantt", "en": "Gantt chart"},
    "deliverables": {"fr": "Livrables", "en": "Deliverables"},
    "deliverable": {"fr": "Livrable", "en": "Deliverable"},
    "type": {"fr": "Nature", "en": "Type"},
    "dissemination": {"fr": "Diffusion", "en": "Dissemination"},
    "due": {"fr": "Échéance", "en": "Due"},
    "milestones": {"fr": "Jalons", "en": "Milestones"},
    "milestone": {"fr": "Jalon", "en": "Milestone"},
    "verification": {"fr": "Moyen de vérification", "en": "Means of verification"},
    "effort": {"fr": "Effort (personnes·mois)", "en": "Effort (person-months)"},
    "total": {"fr": "Total", "en": "Total"},
    "budget": {"fr": "Budget", "en": "Budget"},
    "budget_by_partner": {"fr": "Budget par partenaire", "en": "Budget by partner"},
    "budget_by_period": {"fr": "Budget par année", "en": "Budget by year"},
    "year": {"fr": "Année", "en": "Year"},
    "overheads": {"fr": "Frais généraux", "en": "Indirect costs"},
    "eligible": {"fr": "Assiette éligible", "en": "Eligible costs"},
    "rate": {"fr": "Taux", "en": "Rate"},
    "aid": {"fr": "Aide demandée", "en": "Requested funding"},
    "funding_rules": {"fr": "Règles de financement", "en": "Funding rules"},
    "risks": {"fr": "Risques", "en": "Risks"},
    "risk": {"fr": "Risque", "en": "Risk"},
    "likelihood": {"fr": "Probabilité", "en": "Likelihood"},
    "severity": {"fr": "Gravité", "en": "Severity"},
    "mitigation": {"fr": "Mesures d'atténuation", "en": "Mitigation"},
    "annexes": {"fr": "Annexes", "en": "Annexes"},
    "file": {"fr": "Fichier", "en": "File"},
    "page": {"fr": "Page", "en": "Page"},
    "low": {"fr": "faible", "en": "low"},
    "medium": {"fr": "moyenne", "en": "medium"},
    "high": {"fr": "élevée", "en": "high"},
    "M": {"fr": "M", "en": "M"},
    "participant_no": {"fr": "N°", "en": "No."},
    "short_name": {"fr": "Sigle", "en": "Short name"},
    "country": {"fr": "Pays", "en": "Country"},
    "name": {"fr": "Nom", "en": "Name"},
    "position": {"fr": "Fonction", "en": "Position"},
    "cost": {"fr": "Coût", "en": "Cost"},
    "justification": {"fr": "Justification", "en": "Justification"},
    "category": {"fr": "Catégorie", "en": "Category"},
    "cover": {"fr": "Page de garde", "en": "Cover page"},
    "confidential": {"fr": "Confidentiel", "en": "Confidential"},
}

_MONTH_NAMES = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


class Labels:
    """Words and number formats of one dossier language (``"fr"`` or ``"en"``)."""

    def __init__(self, language: str) -> None:
        self.language = "en" if language == "en" else "fr"

    def __call__(self, key: str) -> str:
        """The label for ``key``; raises KeyError for an unknown key (a bug, not user input)."""
        return _LABELS[key][self.language]

    def kind(self, kind: str) -> str:
        return KINDS.get(kind, KINDS["other"]).text(self.language)

    def amount(self, value: Decimal) -> str:
        """A euro amount with cents: ``12 500,00 €`` / ``€12,500.00`` (``rules.money.amount``)."""
        return money.amount(value, self.language)

    def number(self, value: Decimal, places: int = 2) -> str:
        """``value`` rounded half-up to ``places`` with the language's separators."""
        return money.number(value, self.language, places)

    def percent(self, value: Decimal) -> str:
        """A rate given as a fraction (0.45) as ``45 %`` / ``45%``."""
        return money.percent(value, self.language, 0 if (Decimal(value) * 100) % 1 == 0 else 1)

    def date(self, value: dt.date) -> str:
        month = _MONTH_NAMES[self.language][value.month - 1]
        if self.language == "fr":
            return f"{value.day} {month} {value.year}"
        return f"{value.day} {month} {value.year}"

    def month(self, month: int) -> str:
        return f"M{month}"
