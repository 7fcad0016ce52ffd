"""equipment with a depreciation share on cost items; effort per task

Revision ID: 0010_depr
Revises: 0010_private
Create Date: 2026-12-06 19:00:00

Additive. ``budget_lines`` gain the purchase cost, depreciation period,
months of use and rate of use of equipment charged by depreciation
(``document.depreciation``); ``efforts`` gain the task they are for.

Existing equipment items (category ``equipment``, the key every shipped call
uses) become items charged at 100 %: their purchase cost is their amount and
their rate of use 100 %, so every figure stays the same and the share is now
visible (the checks then ask for a depreciation period). Existing efforts
stay on their work package as a whole.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_depr"
down_revision = "0010_status"
branch_labels = None
depends_on = None

_EQUIPMENT = "equipment"


def upgrade() -> None:
    with op.batch_alter_table("budget_lines") as batch:
        batch.add_column(sa.Column("purchase_cost", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("depreciation_months", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("use_months", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("use_percent", sa.String(length=40), nullable=True))
    with op.batch_alter_table("efforts") as batch:
        batch.add_column(sa.Column("task_uuid", sa.String(length=36), nullable=True))
        batch.create_foreign_key(batch.f("fk_efforts_task_uuid_tasks"), "tasks", ["task_uuid"], ["uuid"],
                                 ondelete="SET NULL")
    op.get_bind().execute(sa.text(
        "UPDATE budget_lines SET purchase_cost = amount, use_percent = '100' WHERE category = :c"),
        {"c": _EQUIPMENT})


def downgrade() -> None:
    with op.batch_alter_table("efforts") as batch:
        batch.drop_constraint("fk_efforts_task_uuid_tasks", type_="foreignkey")
        batch.drop_column("task_uuid")
    with op.batch_alter_table("budget_lines") as batch:
        batch.drop_column("use_percent")
        batch.drop_column("use_months")
        batch.drop_column("depreciation_months")
        batch.drop_column("purchase_cost")
