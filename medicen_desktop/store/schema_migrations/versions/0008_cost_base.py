"""one cost base: staff rates (personnel from the effort matrix), cost items per work package with a justification

Revision ID: 0008_cost
Revises: 0008_versions
Create Date: 2026-12-06 16:20:00

Personnel was typed as amounts per partner and year. A partner's typed
personnel lines (category ``personnel``, the key every shipped call uses)
become one staff rate when the effort matrix × that rate gives the same
total to the cent and the lines' person-months equal the matrix's
(``rules.personnel_conversion``): every partner's eligible cost and aid stay
the same. Otherwise the lines are kept as typed and the difference is listed
in ``config.attributes["notes"]`` (the budget checks then report it too).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import sqlalchemy as sa
from alembic import op

revision = "0008_cost"
down_revision = "0008_versions"  # main's head when rebased (the lead re-chains)
branch_labels = None
depends_on = None

_PERSONNEL = "personnel"


def upgrade() -> None:
    op.create_table(
        "staff_rates",
        sa.Column("participation_uuid", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("monthly_rate", sa.String(length=40), nullable=False),
        sa.Column("proposal_uuid", sa.String(length=36), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["participation_uuid"], ["participations.uuid"],
                                name=op.f("fk_staff_rates_participation_uuid_participations"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["proposal_uuid"], ["proposals.uuid"],
                                name=op.f("fk_staff_rates_proposal_uuid_proposals"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_staff_rates")),
    )
    with op.batch_alter_table("staff_rates") as batch:
        batch.create_index(batch.f("ix_staff_rates_proposal_uuid"), ["proposal_uuid"], unique=False)
    with op.batch_alter_table("efforts") as batch:
        batch.add_column(sa.Column("staff_rate_uuid", sa.String(length=36), nullable=True))
        batch.create_foreign_key(batch.f("fk_efforts_staff_rate_uuid_staff_rates"), "staff_rates",
                                 ["staff_rate_uuid"], ["uuid"], ondelete="SET NULL")
    with op.batch_alter_table("budget_lines") as batch:
        batch.add_column(sa.Column("work_package_uuid", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("justification", sa.Text(), nullable=False, server_default=""))
        batch.create_foreign_key(batch.f("fk_budget_lines_work_package_uuid_work_packages"), "work_packages",
                                 ["work_package_uuid"], ["uuid"], ondelete="SET NULL")
    notes = _personnel_to_rates()
    op.get_context().config.attributes.setdefault("notes", []).extend(notes)  # type: ignore[union-attr]


def _personnel_to_rates() -> list[str]:
    from medicen_desktop.rules.personnel_conversion import TypedLine, convert_partner, rate_uuid

    connection = op.get_bind()
    lines: dict[str, list[TypedLine]] = defaultdict(list)
    for uuid, participation, amount, months in connection.execute(sa.text(
            "SELECT uuid, participation_uuid, amount, person_months FROM budget_lines WHERE category = :c"
            " ORDER BY participation_uuid, period, uuid"), {"c": _PERSONNEL}):
        lines[participation].append(TypedLine(uuid, Decimal(amount), None if months is None else Decimal(months)))
    efforts: dict[str, list[Decimal]] = defaultdict(list)
    for participation, months in connection.execute(sa.text("SELECT participation_uuid, person_months FROM efforts")):
        efforts[participation].append(Decimal(months))
    notes = []
    for participation, proposal, short_name, legal_name in connection.execute(sa.text(
            "SELECT p.uuid, p.proposal_uuid, o.short_name, o.legal_name FROM participations p"
            " JOIN organisations o ON o.uuid = p.organisation_uuid ORDER BY p.proposal_uuid, p.position")).all():
        if participation not in lines:
            continue
        conversion = convert_partner(participation, short_name or legal_name, lines[participation],
                                     efforts.get(participation, []))
        if conversion.rate is None:
            notes.append(str(conversion.note))
            continue
        connection.execute(sa.text(
            "INSERT INTO staff_rates (uuid, revision, proposal_uuid, participation_uuid, position, label, monthly_rate)"
            " VALUES (:uuid, 1, :proposal, :participation, 0, 'Personnel', :rate)"),
            {"uuid": rate_uuid(lines[participation]), "proposal": proposal, "participation": participation,
             "rate": format(conversion.rate, "f")})
        for line in lines[participation]:
            connection.execute(sa.text("DELETE FROM budget_lines WHERE uuid = :uuid"), {"uuid": line.uuid})
    return notes


def downgrade() -> None:
    _rates_to_personnel()
    with op.batch_alter_table("budget_lines") as batch:
        batch.drop_constraint("fk_budget_lines_work_package_uuid_work_packages", type_="foreignkey")
        batch.drop_column("justification")
        batch.drop_column("work_package_uuid")
    with op.batch_alter_table("efforts") as batch:
        batch.drop_constraint("fk_efforts_staff_rate_uuid_staff_rates", type_="foreignkey")
        batch.drop_column("staff_rate_uuid")
    with op.batch_alter_table("staff_rates") as batch:
        batch.drop_index(batch.f("ix_staff_rates_proposal_uuid"))
    op.drop_table("staff_rates")


def _rates_to_personnel() -> None:
    """The personnel the rates derive, typed back as lines per partner and year (the figures stay the same)."""
    import uuid as uuids

    from medicen_desktop.rules.cost_base import split_by_year, year_months
    from medicen_desktop.rules.money import ZERO, cents
    from medicen_desktop.rules.personnel_conversion import RATE_NAMESPACE

    connection = op.get_bind()
    rates: dict[str, list[tuple[str, Decimal]]] = defaultdict(list)
    first: dict[str, str] = {}
    proposal_of: dict[str, str] = {}
    for uuid, participation, proposal, rate in connection.execute(sa.text(
            "SELECT uuid, participation_uuid, proposal_uuid, monthly_rate FROM staff_rates ORDER BY position, uuid")):
        rates[participation].append((uuid, Decimal(rate)))
        first.setdefault(participation, uuid)
        proposal_of[participation] = proposal
    spans = {uuid: year_months(start, end) for uuid, start, end in connection.execute(sa.text(
        "SELECT uuid, start_month, end_month FROM work_packages"))}
    amounts: dict[tuple[str, int], Decimal] = defaultdict(lambda: ZERO)
    months: dict[tuple[str, int], Decimal] = defaultdict(lambda: ZERO)
    for participation, wp, pm, rate_uuid in connection.execute(sa.text(
            "SELECT participation_uuid, work_package_uuid, person_months, staff_rate_uuid FROM efforts")):
        own = dict(rates.get(participation, []))
        rate = own.get(rate_uuid) if rate_uuid in own else (rates[participation][0][1] if own else None)
        if rate is None or not Decimal(pm):
            continue
        parts = split_by_year(cents(Decimal(pm) * rate), spans.get(wp, {1: 1}))
        for index, (year, part) in enumerate(parts):
            amounts[participation, year] += part
            if index == 0:
                months[participation, year] += Decimal(pm)
    for (participation, year), amount in sorted(amounts.items()):
        # The first year's line takes the rate's UUID: an upgrade gives the same rate back.
        line_uuid = first[participation] if year == min(y for p, y in amounts if p == participation) else \
            str(uuids.uuid5(RATE_NAMESPACE, f"{first[participation]}/{year}"))
        connection.execute(sa.text(
            "INSERT INTO budget_lines (uuid, revision, proposal_uuid, participation_uuid, category, period, amount,"
            " person_months, description) VALUES (:uuid, 1, :proposal, :participation, :category, :period, :amount,"
            " :months, '')"),
            {"uuid": line_uuid, "proposal": proposal_of[participation],
             "participation": participation, "category": _PERSONNEL, "period": year, "amount": format(amount, "f"),
             "months": format(months[participation, year], "f")})
