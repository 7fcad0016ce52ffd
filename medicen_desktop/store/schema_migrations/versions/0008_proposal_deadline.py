"""the submission deadline the coordinator targets

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 16:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing proposals have no deadline set (NULL): the Call page invites the coordinator to set it.
    with op.batch_alter_table("proposals") as batch:
        batch.add_column(sa.Column("deadline", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("proposals") as batch:
        batch.drop_column("deadline")
