"""the change journal's partner scope: which partner's confidential values an entry carries

Revision ID: 0011_rls
Revises: 0010_depr
Create Date: 2026-12-06 22:00:00

``change_journal.partner_scope`` is the participation whose confidential
values an entry carries (a budget line, a team member, an organisation's
SIRET...), NULL for what every partner may read; on a team server the
row-level security policies hide an entry from the other partners
(``store.server_security``). Entries written before this revision are not
split as new ones are (``store.journal_scope``): those about confidential
rows or values get the scope "" (no partner: the tables' owner only).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_rls"
down_revision = "0010_depr"
branch_labels = None
depends_on = None

_OWNED = ("budget_lines", "staff_rates", "team_members", "efforts", "attachments")
_CONFIDENTIAL_FIELDS = ("siret", "pic", "vat", "headcount", "turnover", "balance_sheet", "address",
                        "contact_name", "contact_email", "contact_phone")


def upgrade() -> None:
    with op.batch_alter_table("change_journal") as batch:
        batch.add_column(sa.Column("partner_scope", sa.String(36), nullable=True))
    owned = ", ".join(f"'{name}'" for name in _OWNED)
    fields = ", ".join(f"'{name}'" for name in _CONFIDENTIAL_FIELDS)
    op.execute(f"UPDATE change_journal SET partner_scope = '' WHERE list_name IN ({owned}) OR "
               f"(list_name IN ('organisations', 'participations') AND (field IS NULL OR field IN ({fields})))")


def downgrade() -> None:
    with op.batch_alter_table("change_journal") as batch:
        batch.drop_column("partner_scope")
