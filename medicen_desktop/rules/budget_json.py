"""The budget as the CLI prints it: per partner and in total, amounts as exact decimal strings.

``budget_json(report, template, language)`` is the shape of ``budget PROPOSAL
--json``::

    {"partners": [{"short_name", "kind", "costs": {category: amount}, "direct",
                   "subcontracting", "overheads", "overheads_rule", "eligible", "rate",
                   "rule", "aid_form", "aid", "in_territory", "non_profit"}, ...],
     "totals": {"costs", "direct", "subcontracting", "overheads", "eligible", "aid",
                "shares": {name: {"ratio", "numerator", "denominator", "rule"}}}}

Amounts are strings with two decimals ("12345.60"), rates and shares strings
of the exact fraction ("0.7", "0.4351"): no float ever carries a cent.
"""

from __future__ import annotations

from decimal import Decimal

from medicen_desktop.rules.budget import BudgetReport, Figure, Share
from medicen_desktop.rules.money import cents
from medicen_desktop.rules.template_model import FunderTemplate

SHARES = ("company_share", "academic_share", "subcontracting_share", "largest_company_share",
          "academic_aid_share", "territory_share")
"""The shares eligibility rules are judged on."""


def _amount(value: Decimal) -> str:
    return format(cents(value), "f")


def _rule(figure: Figure | Share, language: str) -> str:
    return figure.rule_fr if language == "fr" else figure.rule_en


def budget_json(report: BudgetReport, template: FunderTemplate, language: str = "en") -> dict[str, object]:
    """The budget report as JSON-ready data (see the module's docstring)."""
    partners = []
    for partner in report.partners:
        rule = template.funding_rate(partner.kind, partner.non_profit,
                                     partner.in_territory if partner.in_territory is not None or not template.territory
                                     else False)
        partners.append({
            "short_name": partner.name,
            "participation_uuid": partner.participation_uuid,
            "kind": partner.kind.value,
            "costs": {key: _amount(f.value) for key, f in partner.by_category.items()},
            "direct": _amount(partner.direct.value),
            "subcontracting": _amount(partner.subcontracting.value),
            "overheads": _amount(partner.overheads.value),
            "overheads_rule": _rule(partner.overheads, language),
            "eligible": _amount(partner.eligible.value),
            "rate": format(partner.funding_rate.value.normalize(), "f"),
            "rule": _rule(partner.funding_rate, language),
            "aid_form": rule.aid_form if rule is not None else None,
            "aid": _amount(partner.requested_aid.value),
            "non_profit": partner.non_profit,
            "in_territory": partner.in_territory,
        })
    shares = {}
    for name in SHARES:
        share: Share = getattr(report, name)
        shares[name] = {"ratio": format(share.ratio, "f"), "numerator": _amount(share.numerator),
                        "denominator": _amount(share.denominator), "rule": _rule(share, language)}
    totals = {
        "costs": {key: _amount(f.value) for key, f in report.by_category.items()},
        "direct": _amount(report.direct.value),
        "subcontracting": _amount(report.subcontracting.value),
        "overheads": _amount(report.overheads.value),
        "eligible": _amount(report.eligible.value),
        "aid": _amount(report.requested_aid.value),
        "shares": shares,
    }
    return {"partners": partners, "totals": totals}


_WORDS = {
    "edition": ("édition", "edition"), "overheads": ("Frais généraux", "Overheads"),
    "eligible": ("Coût éligible", "Eligible cost"), "rate": ("Taux d'aide", "Funding rate"),
    "aid": ("Aide demandée", "Requested aid"), "total": ("Total", "Total"),
    "company_share": ("Part des entreprises", "Companies' share"),
    "academic_share": ("Part des partenaires académiques et cliniques", "Academic and clinical share"),
    "subcontracting_share": ("Part de la sous-traitance", "Subcontracting share"),
    "largest_company_share": ("Part de la plus grande entreprise", "Largest company's share"),
    "academic_aid_share": ("Part académique de l'aide", "Academic share of the aid"),
    "territory_share": ("Part réalisée sur le territoire de l'appel", "Share in the call's territory"),
}


def budget_text(report: BudgetReport, template: FunderTemplate, language: str = "en") -> list[str]:
    """The budget as lines of text for a terminal, in ``language``: per partner, then totals and shares."""
    from medicen_desktop.rules.messages import category_label
    from medicen_desktop.rules.money import amount, percent

    def word(key: str) -> str:
        fr, en = _WORDS[key]
        return fr if language == "fr" else en

    labels = {c.key: c.text("label", language) for c in template.budget_categories}
    lines = [f"{template.name} ({word('edition')} {template.edition})"]
    for partner in report.partners:
        lines.append(partner.name)
        for key, figure in partner.by_category.items():
            lines.append(f"  {labels.get(key) or category_label(key).text(language):<52} {amount(figure.value, language):>18}")
        lines.append(f"  {word('overheads'):<52} {amount(partner.overheads.value, language):>18}")
        lines.append(f"  {word('eligible'):<52} {amount(partner.eligible.value, language):>18}")
        lines.append(f"  {word('rate'):<52} {percent(partner.funding_rate.value, language):>18}  "
                     f"{_rule(partner.funding_rate, language)}")
        lines.append(f"  {word('aid'):<52} {amount(partner.requested_aid.value, language):>18}")
    lines.append(word("total"))
    lines.append(f"  {word('eligible'):<52} {amount(report.eligible.value, language):>18}")
    lines.append(f"  {word('aid'):<52} {amount(report.requested_aid.value, language):>18}")
    for name in SHARES:
        if name == "territory_share" and not template.territory:
            continue  # the call names no territory
        share: Share = getattr(report, name)
        lines.append(f"  {word(name):<52} {percent(share.ratio, language, 2):>18}")
    return lines


def breakdown_text(rows: list[dict[str, object]], template: FunderTemplate, by: str, language: str = "en") -> list[str]:
    """A breakdown (``rules.cost_breakdown.breakdown``) as lines of text: one block per row."""
    from decimal import Decimal as D

    from medicen_desktop.rules.messages import category_label
    from medicen_desktop.rules.money import amount

    labels = {c.key: c.text("label", language) for c in template.budget_categories}

    def name(key: str) -> str:
        return labels.get(key) or category_label(key).text(language)

    lines = []
    for row in rows:
        label = name(str(row["key"])) if by == "category" else str(row["label"])
        lines.append(label if by != "year" else f"{'Année' if language == 'fr' else 'Year'} {label}")
        if by == "category":
            for partner, value in dict(row["partners"]).items():  # type: ignore[call-overload]
                lines.append(f"  {partner:<52} {amount(D(value), language):>18}")
            lines.append(f"  {_WORDS['total'][language != 'fr' and 1 or 0]:<52} {amount(D(str(row['total'])), language):>18}")
            continue
        for key, value in dict(row["costs"]).items():  # type: ignore[call-overload]
            lines.append(f"  {name(key):<52} {amount(D(value), language):>18}")
        for key in ("overheads", "eligible", "aid"):
            if key in row:
                lines.append(f"  {_WORDS[key][0 if language == 'fr' else 1]:<52} {amount(D(str(row[key])), language):>18}")
    return lines
