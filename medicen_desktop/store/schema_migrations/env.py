"""Alembic environment: run on the connection handed in by store.migrations."""

from __future__ import annotations

from alembic import context

from medicen_desktop.model import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: recreate tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
