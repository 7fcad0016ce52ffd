"""personnel given as totals: a partner keeping its staff rates private sends its personnel per WP and year

Revision ID: 0010_private
Revises: 0010_presence
Create Date: 2026-12-06 18:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_private"
down_revision = "0010_presence"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing lines are cost items typed at the coordinator or by a partner: none is a given total.
    with op.batch_alter_table("budget_lines") as batch:
        batch.add_column(sa.Column("given_total", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("budget_lines") as batch:
        batch.drop_column("given_total")
