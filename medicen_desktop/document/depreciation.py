"""Equipment charged by depreciation: the share of its purchase cost a project may charge.

The funders charge equipment by its depreciation, not its price:

- Horizon Europe (Annotated Model Grant Agreement, art. 6.2.C.2 "Equipment
  costs (depreciation costs)"): the depreciation costs of equipment used for
  the action, written off under the beneficiary's usual accounting practice,
  and only the portion for the action's duration and its rate of actual use
  for the action (EMDESK's annotated AGA, help.emdesk.com/article/643;
  FFG, ffg.at/en/europe/heu/legal-financial/equipment; both read December
  2026). The full purchase cost only where the grant agreement's data sheet
  says so ("full cost for listed equipment").
- Bpifrance and the cluster-labelled collaborative projects: the financial
  annex asks for "equipment depreciation" (FUNDERS.md, FUI model); the
  pro-rata rule is the usual one but was not read in a Bpifrance text.
- ANR: "instruments and equipment" (FUNDERS.md); whether a partner funded at
  full cost charges depreciation or the purchase was not confirmed.

So an item carries its purchase cost and the share charged: months of its
depreciation period within the project ÷ that period, × the rate of use for
the project (a percentage alone where no period is given). Pure, exact.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)
FULL = Decimal(1)


def share(depreciation_months: int | None, use_months: int | None, use_percent: Decimal | None) -> Decimal:
    """The share of the purchase cost charged: (use months ÷ depreciation months) × use percent ÷ 100.

    Without a depreciation period (or months of use), the share is the
    percentage alone; without a percentage, use is 100 %. A share above 1 is
    returned as it is: the checks report it (``rules.equipment_checks``).
    """
    ratio = FULL
    if depreciation_months and use_months is not None:
        ratio = Decimal(use_months) / Decimal(depreciation_months)
    if use_percent is not None:
        ratio *= use_percent / HUNDRED
    return ratio


def eligible_amount(purchase_cost: Decimal, depreciation_months: int | None, use_months: int | None,
                    use_percent: Decimal | None) -> Decimal:
    """The eligible amount of an equipment item: purchase cost × share, rounded half up to the cent."""
    return (purchase_cost * share(depreciation_months, use_months, use_percent)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP)
