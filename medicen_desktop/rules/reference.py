"""The rules reference: one Markdown page per call in ``docs/calls/``, generated from the templates.

Every rule in words (the template's own English and French text), its
figure, its source and that source's date, and whether it was confirmed;
earlier editions follow the current one on the same page. A reviewer holds
each page against the sources it lists. ``python -m medicen_desktop.rules.reference``
rewrites the folder; a test fails while a page is out of date.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path

from medicen_desktop.resources import RESOURCES
from medicen_desktop.rules import eligibility_model as m
from medicen_desktop.rules.messages import KINDS
from medicen_desktop.rules.template_base import Provenance
from medicen_desktop.rules.template_model import FunderTemplate
from medicen_desktop.rules.templates import TemplateSet, load_templates

DOCS = RESOURCES.parent / "docs" / "calls"

_MODEL = {"grant": "grant (actual costs)", "grant_and_advance": "grant and repayable advance", "lump_sum": "lump sum"}
_SCOPE = {"public_private": "public/private consortia only (a company and a research partner)",
          "companies_only": "consortia of companies only", "any": ""}


def pages(templates: TemplateSet) -> dict[str, str]:
    """File name → Markdown text, one page per call plus an index."""
    result = {f"{key}.md": _page(templates.editions(key)) for key in sorted(templates.templates)}
    index = ["# Calls: the rules reference", "",
             "Generated from `resources/templates/` by `python -m medicen_desktop.rules.reference`; do not edit.", "",
             "| Call | Funder | Edition | Sources read |", "|---|---|---|---|"]
    for key in sorted(templates.templates):
        t = templates.templates[key]
        flag = " (historical)" if t.historical else ""
        index.append(f"| [{_cell(t.name)}]({key}.md){flag} | {_cell(t.funder)} | {_cell(t.edition)} | {t.source_date} |")
    result["README.md"] = "\n".join(index) + "\n"
    return result


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _pct(value: Decimal) -> str:
    return f"{format((value * 100).normalize(), 'f')} %"


def _eur(value: Decimal) -> str:
    return f"€{value:,.0f}" if value == value.to_integral() else f"€{value:,.2f}"


def _provenance(template: FunderTemplate, item: Provenance) -> tuple[str, str, str]:
    """(source, date, confirmed) cells for a rule."""
    source = template.source_of(item.source)
    if source is None:
        return "the template's sources", str(template.source_date), "yes" if item.confirmed else "**no**"
    label = f"[{source.id}]({source.url})" if source.url else str(source.id)
    return label, str(source.date or template.source_date), "yes" if item.confirmed else "**no**"


def _kinds(kinds: Iterable[object]) -> str:
    return ", ".join(KINDS[str(getattr(k, "value", k))].en for k in kinds)


def _bounds(rule: m._Bounded) -> str:
    share = isinstance(rule, (m.KindShareRule, m.KindAidShareRule, m.PartnerShareRule, m.SubcontractingShareRule,
                              m.RegionShareRule))
    money = isinstance(rule, (m.TotalCostRule, m.TotalAidRule, m.PartnerAidRule))
    unit = " months" if isinstance(rule, m.DurationRule) else ""

    def show(value: Decimal) -> str:
        return _pct(value) if share else _eur(value) if money else f"{value.normalize()}{unit}"

    parts = []
    if rule.min is not None:
        parts.append(f"{'>' if rule.min_exclusive else '≥'} {show(rule.min)}")
    if rule.max is not None:
        parts.append(f"{'<' if rule.max_exclusive else '≤'} {show(rule.max)}")
    return " and ".join(parts)


def _figure(rule: m.EligibilityRule, template: FunderTemplate) -> str:
    if isinstance(rule, m.TrlRule):
        return f"TRL {rule.start_min}–{rule.start_max} at start, {rule.end_min}–{rule.end_max} at end"
    if isinstance(rule, m.CoordinatorKindRule):
        return f"coordinator: {_kinds(rule.kinds)}"
    if isinstance(rule, m.DomainsRule):
        return "at least one domain"
    if isinstance(rule, m.EuConsortiumRule):
        return (f"≥ {rule.min_countries} distinct Member States or Associated Countries ({rule.part}), "
                f"≥ {rule.min_member_states} Member State(s)")
    if isinstance(rule, m.ThirdCountryFundingRule):
        return f"each partner outside the Member States and Associated Countries ({rule.part}) is flagged"
    assert isinstance(rule, m._Bounded)
    what = {
        "total_cost": "total eligible cost", "total_aid": "total requested aid", "partner_aid": "aid per partner",
        "duration": "duration", "partner_count": "partners", "country_count": "distinct countries",
        "subcontracting_share": "subcontracting / eligible cost",
    }.get(rule.type, "")
    if isinstance(rule, m.KindCountRule):
        what = f"partners of kind {_kinds(rule.kinds)}"
    elif isinstance(rule, m.KindShareRule):
        what = f"eligible cost of {_kinds(rule.kinds)} / total"
    elif isinstance(rule, m.KindAidShareRule):
        what = f"aid of {_kinds(rule.kinds)} / total aid"
    elif isinstance(rule, m.PartnerShareRule):
        what = f"each {_kinds(rule.kinds)}'s eligible cost / total"
    elif isinstance(rule, m.RegionShareRule):
        regions = rule.regions if rule.regions is not None else template.territory
        what = f"eligible cost located in {', '.join(regions)} / total"
    return f"{what} {_bounds(rule)}"


def _page(editions: list[FunderTemplate]) -> str:
    current = editions[0]
    lines = [f"# {current.name}", "",
             "Generated from `resources/templates/` by `python -m medicen_desktop.rules.reference`; do not edit.", ""]
    lines += _edition(current, level=2)
    for earlier in editions[1:]:
        lines += ["", f"## Earlier edition: {earlier.edition}", ""]
        lines += _edition(earlier, level=3)
    return "\n".join(lines).rstrip() + "\n"


def _edition(t: FunderTemplate, level: int) -> list[str]:
    h = "#" * level
    lines = [f"- Key: `{t.key}`; funder: {t.funder}",
             f"- Edition: {t.edition} (published {t.edition_date}); sources read {t.source_date}",
             f"- Funding model: {_MODEL[t.funding_model]}; stage: {t.stage}; languages: {', '.join(t.languages)}"]
    if t.historical:
        lines.append(f"- **Historical model**: the call is closed; successor: `{t.successor or '-'}`")
    if t.replaces:
        lines.append(f"- Replaces the key(s): {', '.join(f'`{k}`' for k in t.replaces)}")
    if t.territory:
        lines.append(f"- Territory (ISO 3166-2): {', '.join(t.territory)}")
    lines += ["", f"{h} Sources", "", "| Id | Source | Date | Kind |", "|---|---|---|---|"]
    for s in t.source:
        text = f"[{_cell(s.description)}]({s.url})" if s.url else _cell(s.description)
        lines.append(f"| {s.id or '-'} | {text} | {s.date or '-'} | {'secondary' if s.secondary else 'funder'} |")
    lines += ["", f"{h} Outline and limits", "", "| Part | Required | Limit | Written by |", "|---|---|---|---|"]
    for part in t.sections:
        limit = "; ".join(x for x in (f"{part.limit_words} words" if part.limit_words else "",
                                      f"{part.limit_chars} characters" if part.limit_chars else "") if x) or "-"
        lines.append(f"| {_cell(part.title_en)} / {_cell(part.title_fr)} | {'yes' if part.required else 'no'} | "
                     f"{limit} | {part.written_by} |")
    lines.append("")
    if t.summary_limit_chars:
        lines.append(f"- Summary: at most {t.summary_limit_chars} characters"
                     + (f" (source: {t.summary_source})" if t.summary_source else ""))
    if t.page_limit is not None:
        source, date, confirmed = _provenance(t, t.page_limit)
        counts = f"; counts: {t.page_limit.counts_en}" if t.page_limit.counts_en else ""
        lines.append(f"- Page limit: {t.page_limit.pages} pages{counts} (source: {source}, {date}; confirmed: {confirmed})")
    f = t.formatting
    unconfirmed = sorted({field for source in f.sources if not source.confirmed for field in source.fields})
    lines.append(f"- Formatting: {f.paper}, {f.font} {f.body_pt:g} pt (tables at least {f.table_min_pt:g} pt, "
                 f"figures {f.figure_min_pt:g} pt), line spacing {f.line_spacing:g}, margins {f.margins_mm:g} mm"
                 + (f" (not confirmed: {', '.join(unconfirmed)})" if unconfirmed else " (confirmed)"))
    for given in f.sources:
        lines.append(f"  - {', '.join(given.fields)}: {given.description}"
                     + (f" <{given.url}>" if given.url else "") + ("" if given.confirmed else " (**not confirmed**)"))
    lines += ["", f"{h} Budget", "", "Categories: " + "; ".join(f"{c.label_en} (`{c.key}`)" for c in t.budget_categories), ""]
    lines += ["| Rule | Figure | Applies to | Source | Date | Confirmed |", "|---|---|---|---|---|---|"]
    for o in t.overheads:
        base = ", ".join(o.base_categories) if o.base_categories is not None else "direct costs counted for overheads"
        lines.append(f"| {_cell(o.text_en)} / *{_cell(o.text_fr)}* | overheads {_pct(o.rate)} of {base} | "
                     f"{_kinds(o.kinds) or 'every partner'} | {' | '.join(_provenance(t, o))} |")
    for r in t.funding_rates:
        who = [_kinds(r.kinds) or "every partner"]
        if r.legal_status:
            who.append("non-profit legal entity" if r.legal_status == "non_profit" else "profit-making legal entity")
        if r.in_territory is not None:
            who.append(("in" if r.in_territory else "outside") + f" {', '.join(t.territory)}")
        lines.append(f"| {_cell(r.text_en)} / *{_cell(r.text_fr)}* | funding rate {_pct(r.rate)} "
                     f"({_MODEL[r.aid_form]}) | {'; '.join(who)} | {' | '.join(_provenance(t, r))} |")
    if not t.overheads and not t.funding_rates:
        lines.append("| No overhead or funding rate | - | - | - | - | - |")
    lines += ["", f"{h} Eligibility", "", "| Rule | Figure | Severity | Source | Date | Confirmed |",
              "|---|---|---|---|---|---|"]
    for rule in t.eligibility:
        scope = _SCOPE[rule.applies_to]
        figure = _figure(rule, t) + (f"; {scope}" if scope else "")
        lines.append(f"| {_cell(rule.text_en)} / *{_cell(rule.text_fr)}* | {figure} | {rule.severity} | "
                     f"{' | '.join(_provenance(t, rule))} |")
    if t.notes:
        lines += ["", f"{h} Notes (not confirmed, reconstructions to adjust)", ""]
        lines += [f"- {note}" for note in t.notes]
    return lines


def write(folder: Path = DOCS) -> list[Path]:
    """Rewrite the reference from the shipped templates; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    wanted = pages(load_templates())
    for stale in folder.glob("*.md"):
        if stale.name not in wanted:
            stale.unlink()
    for name, text in wanted.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write():
        print(written_path, file=sys.stderr)
