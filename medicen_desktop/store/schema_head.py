"""The schema revisions this version of the application knows, without importing Alembic.

Opening an up-to-date database (the common case) compares the revision the
read-only probe found with ``HEAD`` and never imports Alembic, which costs
about a tenth of a second at start-up. ``tests/unit/store/test_schema_head.py``
keeps these constants equal to the migration scripts.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0008_versions",
                                   "0008_cost", "0009_status", "0008_share", "0009_server",
                                   "0010_presence", "0010_private", "0010_pgspeed", "0010_status",
                                   "0010_depr", "0011_rls")
"""Every migration in ``schema_migrations/versions``, oldest first."""

HEAD = KNOWN_REVISIONS[-1]
