"""the edition of its call a proposal was checked against

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 14:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing proposals have no recorded edition (""): they are checked against the current one.
    with op.batch_alter_table("proposals") as batch:
        batch.add_column(sa.Column("template_edition", sa.String(80), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("proposals") as batch:
        batch.drop_column("template_edition")
