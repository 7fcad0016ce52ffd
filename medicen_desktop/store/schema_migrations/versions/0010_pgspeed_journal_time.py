"""when each change-journal entry was written, so that entries no reader can still need are pruned

Revision ID: 0010_pgspeed
Revises: 0010_presence
Create Date: 2026-12-06 19:30:00
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0010_pgspeed"
down_revision = "0010_private"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_journal") as batch:
        batch.add_column(sa.Column("written_at", sa.DateTime(), nullable=True))
    # Entries written before this version: as of now, so that they are kept the whole window from today.
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    op.execute(sa.text("UPDATE change_journal SET written_at = :now").bindparams(now=now))
    op.create_index("ix_change_journal_written_at", "change_journal", ["written_at"])


def downgrade() -> None:
    op.drop_index("ix_change_journal_written_at", table_name="change_journal")
    with op.batch_alter_table("change_journal") as batch:
        batch.drop_column("written_at")
