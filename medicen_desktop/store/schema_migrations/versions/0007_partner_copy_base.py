"""a partner copy keeps the base snapshot and date of its package, and its last contribution (rounds)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 15:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Copies opened before this revision get NULL: a newer package cannot be rebased onto them.
    with op.batch_alter_table("partner_copies") as batch:
        batch.add_column(sa.Column("base_snapshot", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("package_created_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("sent_snapshot", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("partner_copies") as batch:
        batch.drop_column("sent_snapshot")
        batch.drop_column("package_created_at")
        batch.drop_column("base_snapshot")
