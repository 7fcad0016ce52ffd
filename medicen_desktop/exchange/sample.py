"""The sample proposal (ÉPI-DIAG); the large-proposal generator is re-exported here.

ÉPI-DIAG is a realistic i-Démo application of the kind the Paris Region
health cluster labels: an SME coordinating a hospital radiology department,
an academic imaging lab, a young innovative company and a large medical
device maker, around a quantitative MRI biomarker for the early diagnosis
of liver cancer. It is the main test fixture and what `demo` creates.

Both builders are pure: they return a ProposalDocument with fresh UUIDs
(or UUIDs drawn from ``rng`` for reproducible tests).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from decimal import Decimal

from medicen_desktop.document.schema import (
    BudgetLine,
    ClinicalAim,
    Deliverable,
    DeliverableType,
    Dissemination,
    Domain,
    Effort,
    Language,
    Level,
    Milestone,
    Organisation,
    OrganisationKind,
    ParticipantRole,
    Participation,
    Proposal,
    ProposalDocument,
    Risk,
    Section,
    SectionStatus,
    Task,
    TeamMember,
    WorkPackage,
)

from medicen_desktop.exchange.sample_large import LARGE_SECTIONS, LARGE_TEMPLATE, make_large  # noqa: E402

SAMPLE_TEMPLATE = "bpi-idemo"

__all__ = ["LARGE_SECTIONS", "LARGE_TEMPLATE", "SAMPLE_TEMPLATE", "make_large", "make_sample"]


class _Ids:
    def __init__(self, rng: random.Random | None) -> None:
        self._rng = rng

    def __call__(self) -> str:
        if self._rng is None:
            return str(uuid.uuid4())
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


_ORGS = [
    # short, legal name, kind, siret, city, headcount, turnover, role text
    (
        "NVI",
        "NeuroVision Imaging SAS",
        OrganisationKind.SME,
        "81234567800029",
        "Paris",
        38,
        "4850000",
        "Coordinateur. Éditeur du logiciel d'analyse quantitative IRM ; porte le développement du "
        "biomarqueur, l'intégration logicielle et la stratégie de mise sur le marché (marquage CE).",
    ),
    (
        "QTB",
        "Quantibio SAS",
        OrganisationKind.YOUNG_INNOVATIVE,
        "90123456700014",
        "Évry-Courcouronnes",
        12,
        "640000",
        "Jeune entreprise innovante spécialisée dans les biomarqueurs sanguins (panel α-fœtoprotéine, "
        "AFP-L3, DCP) ; développe le test compagnon combiné à l'imagerie.",
    ),
    (
        "APHP",
        "Assistance Publique – Hôpitaux de Paris, Service de radiologie, Hôpital Beaujon",
        OrganisationKind.CLINICAL,
        "26750045200011",
        "Clichy",
        None,
        None,
        "Promoteur de l'étude clinique prospective (n = 420 patients cirrhotiques) ; définit le besoin "
        "clinique, annote les examens et évalue le bénéfice patient.",
    ),
    (
        "LIB",
        "Laboratoire d'Imagerie Biomédicale, Sorbonne Université – CNRS – Inserm",
        OrganisationKind.ACADEMIC,
        "19751722000019",
        "Paris",
        None,
        None,
        "Laboratoire académique : séquences IRM quantitatives (T1ρ, élastographie par résonance "
        "magnétique), modèles d'apprentissage profond et validation statistique.",
    ),
    (
        "MTS",
        "MedTech Systems France SA",
        OrganisationKind.LARGE,
        "34567890100042",
        "Saint-Denis",
        2300,
        "612000000",
        "Industriel de l'imagerie : intégration du biomarqueur dans la console IRM, industrialisation "
        "et distribution internationale.",
    ),
]

_SECTIONS: list[tuple[str, str]] = [
    (
        "context_objectives",
        "Le carcinome hépatocellulaire (CHC) est la troisième cause de mortalité par cancer dans le "
        "monde. En France, **plus de 10 000 nouveaux cas** sont diagnostiqués chaque année, dont moins "
        "d'un tiers à un stade accessible à un traitement curatif.\n\n"
        "ÉPI-DIAG vise à :\n\n"
        "1. développer un biomarqueur d'imagerie quantitatif combinant IRM multiparamétrique et "
        "apprentissage profond ;\n"
        "2. le combiner à un panel sanguin (AFP, AFP-L3, DCP) dans un score de risque unique ;\n"
        "3. valider ce score dans une étude prospective multicentrique et préparer le marquage CE.\n\n"
        "L'objectif chiffré est une sensibilité ≥ 90 % pour les lésions de moins de 2 cm, avec une "
        "spécificité ≥ 85 %, contre environ 63 % de sensibilité pour l'échographie semestrielle.",
    ),
    (
        "state_of_the_art",
        "La surveillance des patients cirrhotiques repose sur l'échographie tous les six mois, "
        "*opérateur-dépendante* et peu sensible pour les petites lésions. L'IRM abrégée améliore la "
        "détection mais reste qualitative.\n\n"
        "Les approches quantitatives publiées (temps de relaxation T1ρ, élastographie par résonance "
        "magnétique, coefficient de diffusion apparent) montrent des aires sous la courbe de 0,78 à "
        "0,86. Aucune n'est aujourd'hui intégrée à une console clinique ni combinée à des biomarqueurs "
        "circulants.\n\n"
        "**Innovation** : un modèle multimodal calibré, dont l'incertitude (± 2 σ) est affichée au "
        "radiologue, et une chaîne d'acquisition standardisée en moins de 12 minutes.",
    ),
    (
        "clinical_need",
        "Environ 200 000 patients cirrhotiques relèvent d'une surveillance en France. Un diagnostic "
        "précoce permet une résection ou une ablation percutanée, avec une survie à 5 ans supérieure à "
        "70 %, contre moins de 20 % aux stades avancés.\n\n"
        "Bénéfices attendus pour les patients :\n\n"
        "- détection plus précoce des lésions de moins de 2 cm ;\n"
        "- moins d'examens inutiles grâce à une meilleure spécificité ;\n"
        "- un parcours de soins plus court entre le dépistage et la décision thérapeutique.",
    ),
    (
        "methodology",
        "Le programme s'organise en cinq lots de travail sur 48 mois.\n\n"
        "Le **LT2** standardise l'acquisition IRM (protocole de 12 min à 1,5 T et 3 T) et constitue une "
        "base d'images annotées. Le **LT3** développe le modèle d'apprentissage profond et le panel "
        "sanguin ; le **LT4** conduit l'étude clinique prospective ; le **LT5** industrialise le "
        "logiciel et prépare le dossier réglementaire (classe IIa, règlement (UE) 2017/745).\n\n"
        "| Indicateur | Cible | Échéance |\n"
        "| --- | --- | --- |\n"
        "| Examens annotés | ≥ 1 200 | M18 |\n"
        "| AUC du score combiné | ≥ 0,90 | M36 |\n"
        "| Temps d'analyse | ≤ 90 s | M40 |",
    ),
    (
        "consortium",
        "Le consortium réunit l'ensemble de la chaîne de valeur : une PME éditrice de logiciel "
        "(coordinateur), une jeune entreprise innovante de biomarqueurs, un service hospitalier de "
        "référence, un laboratoire académique et un industriel de l'imagerie.\n\n"
        "Les partenaires ont déjà collaboré dans le projet FIBRO-Q (2021–2024), labellisé par le pôle.",
    ),
    (
        "market_business",
        "Le marché adressable de l'analyse quantitative d'images hépatiques est estimé à 310 M€ en "
        "2030 (croissance annuelle de 14 %). Le modèle économique combine une licence logicielle par "
        "site (24 k€/an) et un paiement à l'examen pour le test sanguin.\n\n"
        "Premières ventes prévues 18 mois après la fin du projet, en France puis en Allemagne et aux "
        "États-Unis (procédure 510(k)).",
    ),
    (
        "ip_strategy",
        "Les connaissances antérieures de chaque partenaire restent sa propriété. Les résultats "
        "communs feront l'objet d'un accord de consortium signé avant T0 + 6 mois, sur le modèle "
        "DESCA.\n\n"
        "Deux dépôts de brevet sont envisagés : la séquence d'acquisition combinée et la méthode de "
        "calibration du score.",
    ),
    (
        "impact_jobs",
        "Le projet créera **27 emplois directs** en Île-de-France d'ici 2032 (ingénieurs, data "
        "scientists, attachés de recherche clinique) et renforcera la filière française de l'imagerie "
        "médicale. Les retombées économiques cumulées sont estimées à 48 M€ sur 5 ans.",
    ),
]

# WP number, title, leader index, start, end, [(task title, start, end)], [(deliv title, type, month)]
_WPS = [
    (
        1,
        "Coordination et gestion de projet",
        0,
        1,
        48,
        [("Pilotage et comités", 1, 48), ("Gestion de la qualité et des données", 1, 48)],
        [("Plan de gestion des données", DeliverableType.REPORT, 6), ("Rapport final", DeliverableType.REPORT, 48)],
    ),
    (
        2,
        "Standardisation de l'acquisition IRM",
        3,
        1,
        18,
        [("Protocole IRM 1,5 T / 3 T", 1, 9), ("Base d'images annotées", 4, 18)],
        [("Protocole d'acquisition validé", DeliverableType.REPORT, 9), ("Base annotée (1 200 examens)", DeliverableType.DATA, 18)],
    ),
    (
        3,
        "Biomarqueur multimodal",
        0,
        7,
        36,
        [("Modèle d'apprentissage profond", 7, 30), ("Panel sanguin AFP-L3 / DCP", 7, 24), ("Score combiné et calibration", 20, 36)],
        [("Modèle v1", DeliverableType.SOFTWARE, 24), ("Score combiné calibré", DeliverableType.SOFTWARE, 36)],
    ),
    (
        4,
        "Étude clinique prospective",
        2,
        10,
        44,
        [("Autorisations et inclusion", 10, 20), ("Suivi et analyse", 20, 44)],
        [("Avis du CPP et autorisation ANSM", DeliverableType.REPORT, 14), ("Rapport d'analyse clinique", DeliverableType.REPORT, 44)],
    ),
    (
        5,
        "Industrialisation et marquage CE",
        4,
        30,
        48,
        [("Intégration console", 30, 42), ("Dossier technique réglementaire", 36, 48)],
        [("Démonstrateur intégré", DeliverableType.DEMONSTRATOR, 42), ("Dossier technique CE", DeliverableType.REPORT, 48)],
    ),
]

# Person-months per partner and WP, in partner order.
_EFFORT = [
    [18, 6, 40, 6, 20],
    [2, 0, 30, 4, 2],
    [3, 24, 6, 60, 0],
    [3, 30, 36, 8, 0],
    [2, 4, 6, 2, 36],
]
_MONTHLY_COST = [Decimal("7800"), Decimal("7200"), Decimal("6100"), Decimal("6400"), Decimal("9500")]
_OTHER = {
    # partner index: {category: per-year amount}
    0: {"equipment": Decimal("45000"), "subcontracting": Decimal("60000"), "other": Decimal("18000")},
    1: {"equipment": Decimal("30000"), "other": Decimal("42000")},
    2: {"other": Decimal("95000"), "subcontracting": Decimal("40000")},
    3: {"equipment": Decimal("80000"), "other": Decimal("15000")},
    4: {"equipment": Decimal("20000"), "subcontracting": Decimal("55000"), "other": Decimal("10000")},
}

_RISKS = [
    ("Recrutement des patients plus lent que prévu", 4, Level.MEDIUM, Level.HIGH,
     "Deux centres associés prêts à inclure ; suivi mensuel des inclusions."),
    ("Performance du modèle inférieure à la cible (AUC < 0,90)", 3, Level.MEDIUM, Level.MEDIUM,
     "Architecture alternative et augmentation de la base ; jalon de décision à M24."),
    ("Évolution des exigences réglementaires (MDR)", 5, Level.LOW, Level.HIGH,
     "Veille réglementaire et pré-soumission à l'organisme notifié à M30."),
    ("Hétérogénéité des IRM entre constructeurs", 2, Level.HIGH, Level.MEDIUM,
     "Harmonisation des images et fantôme de calibration commun (précision ± 3 %)."),
]


def make_sample(rng: random.Random | None = None) -> ProposalDocument:
    """The ÉPI-DIAG sample proposal."""
    new_id = _Ids(rng)
    years = 4
    orgs = [
        Organisation(
            uuid=new_id(),
            legal_name=name,
            short_name=short,
            kind=kind,
            siret=siret,
            city=city,
            region="Île-de-France",
            headcount=headcount,
            turnover=Decimal(turnover) if turnover else None,
            description=role,
        )
        for short, name, kind, siret, city, headcount, turnover, role in _ORGS
    ]
    contacts = [
        ("Claire Dubois", "claire.dubois@neurovision.example"),
        ("Malik Benali", "m.benali@quantibio.example"),
        ("Pr Hélène Lefèvre", "helene.lefevre@aphp.example"),
        ("Dr Thomas Nguyen", "thomas.nguyen@lib.example"),
        ("Sophie Martin", "sophie.martin@medtech.example"),
    ]
    parts = [
        Participation(
            uuid=new_id(),
            organisation_uuid=org.uuid,
            role=ParticipantRole.COORDINATOR if i == 0 else ParticipantRole.PARTNER,
            position=i,
            contact_name=contacts[i][0],
            contact_email=contacts[i][1],
            contact_phone=f"+33 1 {40 + i} 12 34 5{i}",
            role_description=_ORGS[i][7],
        )
        for i, org in enumerate(orgs)
    ]
    members = []
    for i, part in enumerate(parts):
        for j, (name, title) in enumerate(
            [(contacts[i][0], "Responsable scientifique"), (f"Ingénieur·e de recherche {_ORGS[i][0]}", "Ingénieur·e de recherche")]
        ):
            members.append(
                TeamMember(
                    uuid=new_id(),
                    participation_uuid=part.uuid,
                    position=j,
                    name=name,
                    job_title=title,
                    cv=f"{title} ; 12 ans d'expérience en imagerie quantitative et biomarqueurs (µ-IRM, β-test).",
                    person_months=Decimal(sum(_EFFORT[i])) / 2,
                )
            )
    sections = [
        Section(
            uuid=new_id(),
            key=key,
            body=body,
            assigned_participation_uuid=parts[min(k % 4, 4)].uuid if k % 3 else parts[0].uuid,
            status=SectionStatus.DRAFTING if k % 2 else SectionStatus.DONE,
        )
        for k, (key, body) in enumerate(_SECTIONS)
    ]
    wps, tasks, delivs, efforts = [], [], [], []
    for number, title, leader, start, end, wp_tasks, wp_delivs in _WPS:
        wp = WorkPackage(
            uuid=new_id(),
            number=number,
            title=title,
            leader_participation_uuid=parts[leader].uuid,
            start_month=start,
            end_month=end,
            objectives=f"Objectifs du LT{number} : {title.lower()}.",
            description=f"Le lot {number} est piloté par {_ORGS[leader][0]}.",
        )
        wps.append(wp)
        for t, (t_title, t_start, t_end) in enumerate(wp_tasks, start=1):
            tasks.append(
                Task(
                    uuid=new_id(),
                    work_package_uuid=wp.uuid,
                    number=t,
                    title=t_title,
                    leader_participation_uuid=parts[leader].uuid,
                    start_month=t_start,
                    end_month=t_end,
                    description=f"Tâche {number}.{t} : {t_title}.",
                )
            )
        for d, (d_title, d_type, month) in enumerate(wp_delivs, start=1):
            delivs.append(
                Deliverable(
                    uuid=new_id(),
                    work_package_uuid=wp.uuid,
                    number=f"D{number}.{d}",
                    title=d_title,
                    leader_participation_uuid=parts[leader].uuid,
                    type=d_type,
                    dissemination=Dissemination.PUBLIC if d_type == DeliverableType.REPORT else Dissemination.SENSITIVE,
                    due_month=month,
                )
            )
    for i, part in enumerate(parts):
        for w, wp in enumerate(wps):
            if _EFFORT[i][w]:
                efforts.append(
                    Effort(uuid=new_id(), participation_uuid=part.uuid, work_package_uuid=wp.uuid, person_months=Decimal(_EFFORT[i][w]))
                )
    milestones = [
        Milestone(uuid=new_id(), number="MS1", title="Protocole IRM figé", work_package_uuid=wps[1].uuid, due_month=9,
                  verification="Protocole signé par les trois centres."),
        Milestone(uuid=new_id(), number="MS2", title="Go/no-go du modèle (AUC ≥ 0,85)", work_package_uuid=wps[2].uuid,
                  due_month=24, verification="Rapport d'évaluation interne."),
        Milestone(uuid=new_id(), number="MS3", title="Dernier patient inclus", work_package_uuid=wps[3].uuid, due_month=36,
                  verification="Registre d'inclusion."),
        Milestone(uuid=new_id(), number="MS4", title="Dépôt du dossier CE", work_package_uuid=wps[4].uuid, due_month=48,
                  verification="Accusé de réception de l'organisme notifié."),
    ]
    budget = []
    for i, part in enumerate(parts):
        pm_total = Decimal(sum(_EFFORT[i]))
        for year in range(1, years + 1):
            pm = (pm_total / years).quantize(Decimal("0.01"))
            budget.append(
                BudgetLine(uuid=new_id(), participation_uuid=part.uuid, category="personnel", period=year,
                           amount=(pm * _MONTHLY_COST[i]).quantize(Decimal("0.01")), person_months=pm,
                           description="Personnel permanent et contractuel")
            )
            for category, amount in _OTHER[i].items():
                budget.append(
                    BudgetLine(uuid=new_id(), participation_uuid=part.uuid, category=category, period=year, amount=amount)
                )
    risks = [
        Risk(uuid=new_id(), position=k, description=desc, work_package_uuid=wps[wp - 1].uuid, likelihood=like,
             severity=sev, mitigation=mit)
        for k, (desc, wp, like, sev, mit) in enumerate(_RISKS)
    ]
    proposal = Proposal(
        uuid=new_id(),
        acronym="ÉPI-DIAG",
        title="Biomarqueur d'imagerie IRM quantitative et panel sanguin pour le diagnostic précoce "
        "du carcinome hépatocellulaire chez le patient cirrhotique",
        template_key=SAMPLE_TEMPLATE,
        language=Language.FR,
        start_date=dt.date(2027, 9, 1),
        duration_months=48,
        summary="ÉPI-DIAG développe et valide un score de risque combinant IRM quantitative (T1ρ, "
        "élastographie) et biomarqueurs sanguins (AFP-L3, DCP) pour détecter le carcinome "
        "hépatocellulaire à un stade précoce (lésions ≤ 2 cm) chez les patients cirrhotiques. "
        "Cible : sensibilité ≥ 90 %, spécificité ≥ 85 %, analyse en moins de 90 s.",
        keywords=["IRM quantitative", "carcinome hépatocellulaire", "biomarqueur", "intelligence artificielle"],
        domains=[Domain.IMAGING, Domain.BIOMARKERS, Domain.BIO_DIGITAL],
        clinical_aims=[ClinicalAim.DIAGNOSIS, ClinicalAim.PROGNOSIS],
        trl_start=4,
        trl_end=7,
    )
    return ProposalDocument(
        proposal=proposal,
        organisations=orgs,
        participations=parts,
        team_members=members,
        sections=sections,
        work_packages=wps,
        tasks=tasks,
        deliverables=delivs,
        milestones=milestones,
        efforts=efforts,
        budget_lines=budget,
        risks=risks,
    )

