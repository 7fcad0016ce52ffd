"""The one message catalogue of the rules engine: every finding's words, in French and English.

A check never writes a sentence: it emits a ``Finding`` with a code and
parameters, and the message is rendered from this catalogue in the
language asked for. Parameters are plain values (numbers, names the user
typed), ``Localized`` pairs (labels the user sees: a section's title, a
category's label, a rule's own text), euro amounts (``Eur``) and shares
(``Pct``), each formatted the way its language writes it.

Messages name what the user sees on screen, never an internal key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from medicen_desktop.rules.money import eur_en, eur_fr, share_en, share_fr


@dataclass(frozen=True)
class Localized:
    """A text the user sees, in both languages."""

    fr: str
    en: str

    def text(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


@dataclass(frozen=True)
class Eur:
    """An amount in euros (rendered ``1 234,50 €`` / ``€1,234.50``)."""

    value: Decimal


@dataclass(frozen=True)
class Pct:
    """A share 0..1 (rendered ``43,51 %`` / ``43.51%``)."""

    value: Decimal


Param = str | int | Decimal | Localized | Eur | Pct


def render(value: Param, language: str) -> str:
    """One parameter as text in ``language``."""
    if isinstance(value, Localized):
        return value.text(language)
    if isinstance(value, Eur):
        return eur_fr(value.value) if language == "fr" else eur_en(value.value)
    if isinstance(value, Pct):
        return share_fr(value.value) if language == "fr" else share_en(value.value)
    return str(value)


def to_json(value: Param) -> object:
    """One parameter as JSON: labels as ``{"fr", "en"}``, amounts and shares as decimal strings."""
    if isinstance(value, Localized):
        return {"fr": value.fr, "en": value.en}
    if isinstance(value, (Eur, Pct)):
        return format(value.value, "f")
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def message(key: str, params: Mapping[str, Param], language: str) -> str:
    """The message ``key`` in ``language`` ("fr"; anything else is English) with ``params`` filled in."""
    fr, en = MESSAGES[key]
    return (fr if language == "fr" else en).format(**{k: render(v, language) for k, v in params.items()})


KINDS: dict[str, Localized] = {
    "academic": Localized("Laboratoire académique", "Academic lab"),
    "clinical": Localized("Hôpital / clinique", "Hospital / clinical"),
    "sme": Localized("PME", "SME"),
    "young-innovative": Localized("Jeune entreprise innovante", "Young innovative company"),
    "midcap": Localized("ETI", "Mid-cap"),
    "large": Localized("Grande entreprise", "Large company"),
    "other": Localized("Autre", "Other"),
}
"""Organisation kinds as the Consortium step and the dossier name them (``export.labels`` reads them here)."""

_CATEGORIES: dict[str, Localized] = {
    "personnel": Localized("Frais de personnel", "Personnel costs"),
    "overheads": Localized("Frais généraux", "Overheads"),
    "equipment": Localized("Équipement", "Equipment"),
    "subcontracting": Localized("Sous-traitance", "Subcontracting"),
    "services": Localized("Prestations de service", "External services"),
    "buildings": Localized("Bâtiments et terrains", "Buildings and land"),
    "travel": Localized("Déplacements", "Travel"),
    "consumables": Localized("Consommables", "Consumables"),
    "other": Localized("Autres dépenses", "Other costs"),
}


def key_label(key: str) -> str:
    """A key written as words ("impact_jobs" → "Impact jobs"), for what has no label of its own."""
    return key.replace("_", " ").replace("-", " ").strip().capitalize()


def category_label(key: str) -> Localized:
    """How a budget category the current call does not define is shown (its usual label, else its name)."""
    known = _CATEGORIES.get(key)
    if known is not None:
        return known
    return Localized(key_label(key), key_label(key))


MESSAGES: dict[str, tuple[str, str]] = {
    # Completeness
    "proposal.summary-empty": ("Le résumé est vide.", "The summary is empty."),
    "proposal.summary-too-long": (
        "Le résumé compte {length} caractères pour {limit} autorisés.",
        "The summary has {length} characters; the limit is {limit}.",
    ),
    "proposal.template-unknown": (
        "L'appel « {key} » est inconnu : choisissez un appel ({known}).",
        "The call '{key}' is unknown: choose a call ({known}).",
    ),
    "template.newer-edition": (
        "Une édition plus récente de l'appel {call} existe ({new} ; vérifié selon {old}) : "
        "voyez ce qui change avant de passer à la nouvelle édition.",
        "A newer edition of the call {call} exists ({new}; checked against {old}): "
        "see what changes before switching to it.",
    ),
    "template.edition-gone": (
        "L'édition {old} de l'appel {call} n'est plus disponible : le dossier est vérifié selon l'édition {new}.",
        "Edition {old} of the call {call} is no longer available: the proposal is checked against edition {new}.",
    ),
    "template.historical": (
        "L'appel {call} n'est plus ouvert ; il est conservé comme modèle historique ({successor}).",
        "The call {call} is no longer open; it is kept as a historical model ({successor}).",
    ),
    "template.unconfirmed-values": (
        "Certaines règles de l'appel {call} n'ont pas pu être confirmées ({rules}) : "
        "vérifiez-les dans le texte de l'appel.",
        "Some rules of the call {call} could not be confirmed ({rules}): check them against the call text.",
    ),
    "template.unconfirmed-notes": (
        "Certaines valeurs de l'appel {call} n'ont pas pu être confirmées{rules} : "
        "voyez les notes de l'appel et vérifiez-les dans son texte.",
        "Some values of the call {call} could not be confirmed{rules}: see the call's notes and check them "
        "against its text.",
    ),
    "section.required-missing": (
        "La section obligatoire « {section} » manque.",
        "The required section '{section}' is missing.",
    ),
    "section.not-in-template": (
        "La section « {section} » n'existe pas dans l'appel {call} : son texte est conservé mais ne sera pas exporté.",
        "Section '{section}' is not part of the call {call}: its text is kept but will not be exported.",
    ),
    "section.duplicate-key": (
        "Plusieurs sections « {section} » : leurs textes seront exportés à la suite.",
        "Several '{section}' sections: their texts will be exported one after the other.",
    ),
    "section.required-empty": (
        "La section obligatoire « {section} » est vide.",
        "The required section '{section}' is empty.",
    ),
    "section.too-many-words": (
        "« {section} » compte {count} mots pour {limit} autorisés.",
        "'{section}' has {count} words; the limit is {limit}.",
    ),
    "section.too-many-chars": (
        "« {section} » compte {count} caractères pour {limit} autorisés.",
        "'{section}' has {count} characters; the limit is {limit}.",
    ),
    "section.todo-left": (
        "« {section} », paragraphe {paragraph} : une tâche reste à faire (TODO: {text}).",
        "'{section}', paragraph {paragraph}: a to-do remains (TODO: {text}).",
    ),
    "comments.unresolved": (
        "{count} fil(s) de commentaires non résolu(s), dont {part} : « {text} ».",
        "{count} unresolved comment thread(s), among them {part}: '{text}'.",
    ),
    "partner.legal-id-missing": (
        "{partner} : le numéro {identifier} manque.",
        "{partner}: the {identifier} number is missing.",
    ),
    "partner.contact-name-missing": ("{partner} : le nom du contact manque.", "{partner}: the contact name is missing."),
    "partner.contact-email-missing": (
        "{partner} : l'adresse électronique du contact manque.",
        "{partner}: the contact email is missing.",
    ),
    "withheld.consortium-checks": (
        "Les budgets ou l'effort d'autres partenaires ne vous sont pas montrés : les contrôles qui les comparent à "
        "l'ensemble du consortium (coût total, parts, poids d'un partenaire, effort des responsables de LT) "
        "relèvent du coordinateur.",
        "Other partners' budgets or effort are not shown to you: the checks that weigh them against the whole "
        "consortium (total cost, shares, a partner's weight, work-package leaders' effort) are the coordinator's.",
    ),
    "partner.team-empty": (
        "{partner} : aucun membre de l'équipe n'est décrit.",
        "{partner}: no team member is described.",
    ),
    "identity.problem": ("{partner}, {field} : {problem}.", "{partner}, {field}: {problem}."),
    "identity.kind-contradiction": ("{partner} : {problem}.", "{partner}: {problem}."),
    "text.language-not-accepted": (
        "{text} est rédigé en {found} ; l'appel attend un texte en {wanted}.",
        "{text} is written in {found}; the call expects {wanted}.",
    ),
    "workplan.empty": ("Le plan de travail est vide : ajoutez au moins un lot.",
                       "The work plan is empty: add at least one work package."),
    "wp.no-deliverable": ("LT{number} ne produit aucun livrable.", "WP{number} has no deliverable."),
    "risk.no-mitigation": ("Le risque {number} n'a pas de mesure d'atténuation.", "Risk {number} has no mitigation."),
    "annex.letter-missing": ("Aucune lettre d'engagement jointe pour {partner}.",
                             "No commitment letter attached for {partner}."),
    # Consistency
    "wp.number-duplicate": (
        "Le numéro de lot {number} est utilisé plusieurs fois.",
        "Work package number {number} is used more than once.",
    ),
    "wp.dates-reversed": (
        "LT{number} finit (M{end}) avant de commencer (M{start}).",
        "WP{number} ends (M{end}) before it starts (M{start}).",
    ),
    "wp.outside-project": (
        "LT{number} finit au mois {end}, après la fin du projet (M{duration}).",
        "WP{number} ends in month {end}, after the project ends (M{duration}).",
    ),
    "wp.leader-missing": ("LT{number} n'a pas de responsable.", "WP{number} has no leader."),
    "task.number-duplicate": (
        "La tâche {task} est numérotée deux fois.",
        "Task number {task} is used more than once.",
    ),
    "task.dates-reversed": ("La tâche {task} finit avant de commencer.", "Task {task} ends before it starts."),
    "task.outside-wp": (
        "La tâche {task} (M{start}–M{end}) déborde de son lot (M{wp_start}–M{wp_end}).",
        "Task {task} (M{start}–M{end}) falls outside its work package (M{wp_start}–M{wp_end}).",
    ),
    "deliverable.number-duplicate": (
        "Le numéro de livrable {number} est utilisé plusieurs fois.",
        "Deliverable number {number} is used more than once.",
    ),
    "deliverable.number-format": (
        "Le livrable {number} n'est pas numéroté D<lot>.<n> (par exemple D{wp}.1).",
        "Deliverable {number} is not numbered D<wp>.<n> (for instance D{wp}.1).",
    ),
    "deliverable.number-mismatch": (
        "Le livrable {number} appartient au LT{wp} : son numéro devrait commencer par D{wp}.",
        "Deliverable {number} belongs to WP{wp}: its number should start with D{wp}.",
    ),
    "deliverable.outside-wp": (
        "Le livrable {number} est dû au mois {due}, hors de son lot (M{wp_start}–M{wp_end}).",
        "Deliverable {number} is due in month {due}, outside its work package (M{wp_start}–M{wp_end}).",
    ),
    "milestone.wp-missing": (
        "Le jalon {number} n'est rattaché à aucun lot.",
        "Milestone {number} is not linked to a work package.",
    ),
    "milestone.outside-wp": (
        "Le jalon {number} (M{due}) tombe hors de LT{wp} (M{wp_start}–M{wp_end}).",
        "Milestone {number} (M{due}) falls outside WP{wp} (M{wp_start}–M{wp_end}).",
    ),
    "milestone.outside-project": (
        "Le jalon {number} est prévu au mois {due}, après la fin du projet (M{duration}).",
        "Milestone {number} is due in month {due}, after the project ends (M{duration}).",
    ),
    "budget.person-months-missing": (
        "{partner} : {planned} personnes·mois au plan de travail, mais aucune ligne de personnel "
        "n'indique de personnes·mois.",
        "{partner}: {planned} person-months in the work plan, but no personnel line states person-months.",
    ),
    "effort.personnel-mismatch": (
        "{partner} : {planned} personnes·mois au plan de travail, {budgeted} dans le budget de personnel.",
        "{partner}: {planned} person-months in the work plan, {budgeted} in the personnel budget.",
    ),
    "budget.personnel-typed": (
        "{partner} : personnel saisi en montants ({amount} pour {typed} personnes·mois) au lieu d'être calculé "
        "depuis la matrice d'effort ({planned} personnes·mois) : indiquez un coût mensuel dans les taux de "
        "personnel et supprimez ces lignes.",
        "{partner}: personnel typed as amounts ({amount} for {typed} person-months) instead of computed from "
        "the effort matrix ({planned} person-months): give a monthly cost in the personnel rates and delete "
        "these lines.",
    ),
    "budget.rate-missing": (
        "{partner} : {planned} personnes·mois à la matrice d'effort mais aucun coût mensuel de personnel : "
        "ses frais de personnel sont nuls.",
        "{partner}: {planned} person-months in the effort matrix but no monthly personnel cost: its "
        "personnel costs nothing.",
    ),
    "budget.given-totals-stale": (
        "{partner} : personnel donné en totaux pour {given} personnes·mois en {wp}, la matrice d'effort en prévoit "
        "maintenant {planned} : ses frais de personnel restent ceux que {partner} a donnés (ses taux sont privés) "
        "jusqu'à sa prochaine contribution ; envoyez-lui un paquet.",
        "{partner}: personnel given as totals for {given} person-months in {wp}, the effort matrix now plans "
        "{planned}: its personnel costs stay as {partner} gave them (its rates are private) until its next "
        "contribution; send it a package.",
    ),
    "budget.rates-given-as-totals": (
        "{partner} garde ses taux de personnel privés et a donné son personnel en totaux par lot et par année : "
        "ses taux ne sont pas comparés à ceux du consortium.",
        "{partner} keeps its personnel rates private and gave its personnel as totals per work package and "
        "year: its rates are not compared with the consortium's.",
    ),
    "budget.pm-text-mismatch": (
        "{wp} : {stated} personnes·mois dans le tableau de « {section} », {planned} à la matrice d'effort.",
        "{wp}: {stated} person-months in the table of '{section}', {planned} in the effort matrix.",
    ),
    "budget.rate-outlier": (
        "{partner} ({label}) : coût mensuel {rate}, soit {ratio} de la médiane du consortium ({median}, "
        "{count} taux, {group}) : les évaluateurs demanderont pourquoi.",
        "{partner} ({label}): monthly cost {rate}, {ratio} of the consortium's median ({median}, {count} "
        "rates, {group}): evaluators will ask why.",
    ),
    "budget.partner-dominant": (
        "{partner} porte {share} du coût éligible ({amount} sur {total}) : un {company} domine le consortium.",
        "{partner} carries {share} of the eligible cost ({amount} of {total}): one {company} dominates the "
        "consortium.",
    ),
    "wp.leader-little-effort": (
        "{wp} : son responsable {partner} n'y consacre que {own} personnes·mois sur {total} ({share}).",
        "{wp}: its leader {partner} puts only {own} of its {total} person-months into it ({share}).",
    ),
    "budget.purchases-unjustified": (
        "{partner} : achats {purchases}, soit {share} des frais de personnel ({personnel}), au-delà de "
        "{limit} : justifiez les postes les plus coûteux ({rule}).",
        "{partner}: purchase costs {purchases}, {share} of its personnel costs ({personnel}), above "
        "{limit}: justify the most expensive items ({rule}).",
    ),
    "budget.outside-wp-lump-sum": (
        "{partner} : {count} poste(s) de coût ({amount}) hors de tout lot : une somme forfaitaire est versée par "
        "lot, chaque euro doit appartenir à un lot.",
        "{partner}: {count} cost item(s) ({amount}) outside any work package: a lump sum is paid per work "
        "package, every euro must belong to one.",
    ),
    "budget.equipment-share-over-100": (
        "{partner} : « {item} » impute {share} de son coût d'achat ({cost}), soit {amount} : plus qu'il n'a coûté.",
        "{partner}: '{item}' charges {share} of its purchase cost ({cost}), {amount}: more than it cost.",
    ),
    "budget.equipment-full-share-unjustified": (
        "{partner} : « {item} » ({cost}, amorti sur {period} mois) est imputé à 100 % sur un projet de {duration} "
        "mois : seul l'amortissement de la durée du projet est éligible ({depreciation}) ; justifiez le coût "
        "complet ou réduisez la part.",
        "{partner}: '{item}' ({cost}, depreciated over {period} months) is charged at 100 % to a {duration}-month "
        "project: only the depreciation over the project is eligible ({depreciation}); justify the full cost or "
        "lower the share.",
    ),
    "budget.subcontracting-unjustified": (
        "{partner} : {count} poste(s) de sous-traitance ({amount}) sans justification.",
        "{partner}: {count} subcontracting item(s) ({amount}) without a justification.",
    ),
    # Budget
    "budget.unknown-category": (
        "La catégorie « {category} » n'existe pas dans l'appel {call} (catégories : {known}).",
        "Category '{category}' does not exist in the call {call} (categories: {known}).",
    ),
    "budget.period-outside-project": (
        "Ligne de budget en année {period}, au-delà de la durée du projet ({years} ans).",
        "Budget line in year {period}, beyond the project's duration ({years} years).",
    ),
    "budget.negative-amount": ("Montant négatif dans une ligne de budget.", "Negative amount in a budget line."),
    "budget.partner-empty": ("{partner} n'a aucune ligne de budget.", "{partner} has no budget line."),
    "budget.no-funding-rate": (
        "Aucun taux d'aide de l'appel ne s'applique à {partner} ({kind}) : aide comptée à 0.",
        "No funding rate of the call applies to {partner} ({kind}): aid counted as 0.",
    ),
    "budget.legal-status-unknown": (
        "{partner} : le statut juridique (à but lucratif ou non) décide du taux d'aide et n'est pas renseigné : "
        "aide comptée à 0.",
        "{partner}: the legal status (profit-making or not) decides the funding rate and is not given: "
        "aid counted as 0.",
    ),
    "budget.region-unknown": (
        "{partner} : la région décide du taux d'aide et n'est pas reconnue (« {region} ») : "
        "le taux hors territoire est appliqué.",
        "{partner}: the region decides the funding rate and is not recognised ('{region}'): "
        "the rate outside the territory is applied.",
    ),
    # Eligibility: {rule} is the rule's own text, from the template.
    "eligibility.total_cost": ("{rule} : non respecté ({value}).", "{rule}: not met ({value})."),
    "eligibility.total_aid": ("{rule} : non respecté (aide demandée {value}).", "{rule}: not met (requested aid {value})."),
    "eligibility.partner_aid": ("{rule} : non respecté ({partner} : {value}).", "{rule}: not met ({partner}: {value})."),
    "eligibility.partner_aid.info": ("{rule} ({partner} : {value}).", "{rule} ({partner}: {value})."),
    "eligibility.duration": ("{rule} : non respecté ({value} mois).", "{rule}: not met ({value} months)."),
    "eligibility.partner_count": ("{rule} : non respecté (partenaires : {count}).", "{rule}: not met (partners: {count})."),
    "eligibility.kind_count": (
        "{rule} : non respecté ({count} partenaire(s) de ce type).",
        "{rule}: not met ({count} partner(s) of this kind).",
    ),
    "eligibility.coordinator_missing": ("{rule} : non respecté (aucun coordinateur).", "{rule}: not met (no coordinator)."),
    "eligibility.coordinator_kind": (
        "{rule} : non respecté ({partner} est de type {kind}).",
        "{rule}: not met ({partner} is of kind {kind}).",
    ),
    "eligibility.share": ("{rule} : non respecté ({value}).", "{rule}: not met ({value})."),
    "eligibility.partner_share": ("{rule} : non respecté ({partner} : {value}).", "{rule}: not met ({partner}: {value})."),
    "eligibility.aid_share": (
        "{rule} ({value} de l'aide demandée) : ajoutez la justification au dossier.",
        "{rule} ({value} of the requested aid): add the justification to the proposal.",
    ),
    "eligibility.country_count": (
        "{rule} : non respecté (pays distincts : {count}).",
        "{rule}: not met (distinct countries: {count}).",
    ),
    "eligibility.eu_consortium": ("{rule} : non respecté ({actual}).", "{rule}: not met ({actual})."),
    "eligibility.third_country_funding": ("{rule} ({actual}).", "{rule} ({actual})."),
    "eligibility.trl_missing": ("{rule} : non respecté ({which} non renseigné).", "{rule}: not met ({which} not given)."),
    "eligibility.trl": ("{rule} : non respecté ({which} {value}).", "{rule}: not met ({which} {value})."),
    "eligibility.domains": ("{rule} : non respecté (aucun domaine choisi).", "{rule}: not met (no domain chosen)."),
    # Export preflight
    "export.technical_pages": (
        "Le dossier fait {pages} pages comptées pour une limite de {limit} pages (tableaux et figures compris).",
        "The dossier has {pages} counted pages; the limit is {limit} pages (tables and figures included).",
    ),
    "export.section_pages": (
        "La section « {section} » occupe {pages} pages pour {budget} prévues.",
        "Section '{section}' takes {pages} pages; its budget is {budget}.",
    ),
    "export.missing_glyphs": (
        "Le PDF ne peut pas afficher ces caractères (absents des polices intégrées) : {chars}. "
        "Remplacez-les ou exportez en Word.",
        "The PDF cannot show these characters (no embedded font has them): {chars}. "
        "Replace them, or export to Word.",
    ),
}

FIELD_LABELS: dict[str, Localized] = {
    "country": Localized("Pays", "Country"),
    "region": Localized("Région", "Region"),
    "siret": Localized("SIRET", "SIRET"),
    "pic": Localized("PIC", "PIC"),
    "vat": Localized("N° de TVA", "VAT number"),
    "website": Localized("Site web", "Website"),
    "contact_email": Localized("E-mail du contact", "Contact e-mail"),
}
"""Identity fields as the partner dialog labels them."""

NOT_GIVEN = Localized("non renseignée", "not given")
"""What a finding says of a value the user left empty."""


def listing(items: list[Localized], limit: int = 3) -> Localized:
    """Up to ``limit`` texts joined as each language lists them, with an ellipsis when there were more."""
    shown, more = items[:limit], "…" if len(items) > limit else ""
    return Localized(" ; ".join(i.fr for i in shown) + more, "; ".join(i.en for i in shown) + more)


TRL_WHICH = {
    "trl_start": Localized("TRL de départ", "starting TRL"),
    "trl_end": Localized("TRL visé", "target TRL"),
}
