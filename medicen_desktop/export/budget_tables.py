"""The budget chapter: tables whose every figure comes from ``rules.budget.compute_budget``.

No arithmetic happens here: the dossier shows the rules' figures, formatted
in the dossier's language, so what a funder reads is what the checks checked.
"""

from __future__ import annotations

from medicen_desktop.export.labels import Labels
from medicen_desktop.export.outline import Outline
from medicen_desktop.export.tree import ListBlock, Run
from medicen_desktop.rules.budget import UNCONFIRMED_EN, UNCONFIRMED_FR, BudgetReport
from medicen_desktop.rules.template_model import FunderTemplate


def category_label(template: FunderTemplate, key: str, labels: Labels) -> str:
    category = template.category(key)
    if category is None:
        return key
    return category.label_fr if labels.language == "fr" else category.label_en


def add_budget(outline: Outline, report: BudgetReport, template: FunderTemplate, labels: Labels) -> None:
    """Append the budget's parts: by partner and category, summary with aid, by year, and the rules applied.

    The rules' texts reach the funder without our "(value not confirmed)" notes: those are for the user
    (the rules engine and the template's notes), not for the dossier.
    """
    amount = labels.amount
    outline.sub_heading(labels("budget_by_partner"))
    keys = list(report.by_category)
    rows = [[p.name, *(amount(p.by_category[k].value) if k in p.by_category else "–" for k in keys),
             amount(p.direct.value)] for p in report.partners]
    rows.append([labels("total"), *(amount(report.by_category[k].value) for k in keys), amount(report.direct.value)])
    outline.table([labels("partner"), *(category_label(template, k, labels) for k in keys), labels("total")], rows,
                  [1.1, *([1.35] * len(keys)), 1.5], numeric=set(range(1, len(keys) + 2)), total_rows=1)

    grants_aid = bool(template.funding_rates)  # a labelling grants none: no aid table, no funding rules
    if grants_aid:
        _add_aid(outline, report, labels)

    outline.sub_heading(labels("budget_by_period"))
    periods = list(report.by_period)
    rows = [[p.name, *(amount(p.by_period[y].value) if y in p.by_period else "–" for y in periods),
             amount(p.direct.value)] for p in report.partners]
    rows.append([labels("total"), *(amount(report.by_period[y].value) for y in periods), amount(report.direct.value)])
    outline.table([labels("partner"), *(f"{labels('year')} {y}" for y in periods), labels("total")], rows,
                  [1.1, *([1.4] * len(periods)), 1.55], numeric=set(range(1, len(periods) + 2)), total_rows=1)

    if not grants_aid:
        return
    outline.sub_heading(labels("funding_rules"))
    fr = labels.language == "fr"
    items = []
    for p in report.partners:
        overheads = _for_funder(p.overheads.rule_fr if fr else p.overheads.rule_en)
        rate = _for_funder(p.funding_rate.rule_fr if fr else p.funding_rate.rule_en)
        aid = _for_funder(p.requested_aid.rule_fr if fr else p.requested_aid.rule_en)
        items.append([Run(f"{p.name} ({labels.kind(p.kind.value)})", bold=True), Run(" — "),
                      Run(f"{labels('overheads')} : " if fr else f"{labels('overheads')}: "), Run(overheads),
                      Run(". "), Run(f"{labels('rate')} : " if fr else f"{labels('rate')}: "), Run(rate),
                      Run(". "), Run(f"{labels('aid')} : " if fr else f"{labels('aid')}: "), Run(aid), Run(".")])
    outline.blocks.append(ListBlock(False, items))


def _for_funder(rule: str) -> str:
    """A rule's text without the notes meant for the user."""
    return rule.replace(UNCONFIRMED_FR, "").replace(UNCONFIRMED_EN, "")


def _add_aid(outline: Outline, report: BudgetReport, labels: Labels) -> None:
    amount = labels.amount
    outline.sub_heading(labels("requested_aid"))
    rows = [[p.name, amount(p.direct.value), amount(p.overheads.value), amount(p.eligible.value),
             labels.percent(p.funding_rate.value), amount(p.requested_aid.value)] for p in report.partners]
    rows.append([labels("total"), amount(report.direct.value), amount(report.overheads.value),
                 amount(report.eligible.value), "", amount(report.requested_aid.value)])
    outline.table([labels("partner"), labels("total_budget"), labels("overheads"), labels("eligible"), labels("rate"),
                   labels("aid")], rows, [1.1, 1.5, 1.4, 1.5, 0.7, 1.5], numeric={1, 2, 3, 4, 5}, total_rows=1)
