"""Row-level security per partner on a shared PostgreSQL database (the team server).

``create_partner_roles`` (the coordinator, connected as the role that owns
the application's tables) makes, for each participation of a proposal, one
PostgreSQL **group role** (``NOLOGIN``): nobody logs in as it; the
coordinator grants it to each of the partner's people's own login roles
(``GRANT epidiag_epi_diag_inserm TO claire``;
named database_acronym_partner, as roles belong to the whole server), so passwords stay with the
people and a person leaving is one ``REVOKE``. The mapping role →
participation goes into ``partner_roles`` (in the same transaction).

The confidential tables are those whose rows belong to one partner and that
the packages' default sharing level ("none", exchange/confidentiality.py)
withholds from the other partners: ``budget_lines`` (amounts), ``staff_rates`` (monthly rates: salaries),
``team_members`` (people, CVs), ``efforts`` (person-months per work package)
and ``attachments`` of a partner (CVs, letters; proposal-wide attachments,
with no partner, stay visible) with the content of those attachments in
``attachment_blobs``. On each: ``ENABLE`` and ``FORCE ROW LEVEL SECURITY``
and two policies, ``medicen_owner`` (the tables' owner, the coordinator's
connection: every row; FORCE would otherwise hide them from the owner too)
and ``medicen_partner`` (any role: the rows of the participations whose
partner roles it is a member of, for reading and for writing, so another
partner's rows can be neither seen nor written).

Not row-level, so not covered: the organisations' figures (SIRET, turnover...)
and the participations' contacts are columns of rows every partner needs
(names, roles); the change journal, the audit log, the named versions and the
exchange tables' snapshots hold copies of confidential values. A partner role gets the
privileges the application needs on every table (reading ``partner_roles``
only): run the command again after an upgrade that adds tables.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from medicen_desktop.errors import Refused
from medicen_desktop.model import Organisation, Participation, PartnerRole, Proposal
from medicen_desktop.services.proposals import audit, resolve
from medicen_desktop.store.database import Database

OWNED_TABLES = ("budget_lines", "staff_rates", "team_members", "efforts")
"""Confidential tables whose every row belongs to one participation."""

_MEMBER_OF = ("(SELECT pr.participation_uuid FROM partner_roles pr JOIN pg_roles r ON r.rolname = pr.role_name "
              "WHERE pg_has_role(current_user, r.oid, 'MEMBER'))")
"""The participations of the partner roles the current user is (or inherits) a member of; a role dropped
behind the application's back simply matches nobody."""

POLICIES: dict[str, str] = {
    **{table: f"participation_uuid IN {_MEMBER_OF}" for table in OWNED_TABLES},
    "attachments": f"participation_uuid IS NULL OR participation_uuid IN {_MEMBER_OF}",
}
"""The partner policy of each confidential table: which rows a partner role sees and may write."""

BLOB_POLICY = "EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = attachment_blobs.sha256)"
"""A blob is read through an attachment the reader may see (that subquery is itself under RLS)."""


class ServerRolesRefused(Refused):
    """Row-level security needs a PostgreSQL database and the right to create roles."""


@dataclass(frozen=True)
class PartnerRoleInfo:
    role_name: str
    participation_uuid: str
    short_name: str
    created: bool
    """False when the role existed from an earlier run (kept, its members too)."""


def _slug(text_: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text_).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", ascii_).strip("_") or "x"


def _quote(session: Session, name: str) -> str:
    return session.get_bind().dialect.identifier_preparer.quote_identifier(name)


def create_partner_roles(db: Database, ref: str, actor: str = "cli") -> list[PartnerRoleInfo]:
    """One NOLOGIN role per participation of proposal ``ref``, the mapping, the privileges and the policies.

    Idempotent: a participation that has its role keeps it. Raises ServerRolesRefused on SQLite, or when
    the connected role does not own the tables or may not create roles (nothing is changed then).
    """
    if db.path is not None or db.url.split(":", 1)[0].split("+", 1)[0] != "postgresql":
        raise ServerRolesRefused(f"{db.path or db.url}: row-level security needs a PostgreSQL database "
                                 "(--db postgresql+psycopg://…); a SQLite file is one person's")
    proposal_uuid = resolve(db, ref)
    with db.transaction() as session:
        owner = _check_rights(session)
        partners = session.execute(
            select(Participation, Organisation.short_name)
            .join(Organisation, Organisation.uuid == Participation.organisation_uuid)
            .where(Participation.proposal_uuid == proposal_uuid)
            .order_by(Participation.position)).all()
        taken: set[str] = set()
        result = [_role_for(session, proposal_uuid, participation, short_name, taken)
                  for participation, short_name in partners]
        session.flush()
        for info in result:
            _grant(session, info.role_name)
        _policies(session, owner)
        audit(session, proposal_uuid, actor, "server-roles",
              {"roles": {info.role_name: info.participation_uuid for info in result}})
    return result


def _check_rights(session: Session) -> str:
    row = session.execute(text(
        "SELECT current_user, t.tableowner, r.rolcreaterole OR r.rolsuper FROM pg_tables t "
        "JOIN pg_roles r ON r.rolname = current_user "
        "WHERE t.tablename = 'budget_lines' AND t.schemaname = current_schema()")).one()
    user, owner, may_create = str(row[0]), str(row[1]), bool(row[2])
    if not may_create:
        raise ServerRolesRefused(f"the role {user!r} may not create roles: connect as a role with CREATEROLE "
                                 f"(ALTER ROLE {user} CREATEROLE, run by a superuser)")
    if user != owner and not session.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar():
        raise ServerRolesRefused(f"the tables belong to {owner!r}, not to {user!r}: connect as {owner!r}, "
                                 "the role the application's database was created with")
    return owner


def _role_for(session: Session, proposal_uuid: str, participation: Participation, short_name: str,
              taken: set[str]) -> PartnerRoleInfo:
    existing = session.scalars(select(PartnerRole).where(
        PartnerRole.participation_uuid == participation.uuid)).first()
    if existing is not None:
        taken.add(existing.role_name)
        exists = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": existing.role_name}).first()
        if exists is None:
            session.execute(text(f"CREATE ROLE {_quote(session, existing.role_name)} NOLOGIN"))
        return PartnerRoleInfo(existing.role_name, participation.uuid, short_name, exists is None)
    acronym = session.get(Proposal, proposal_uuid).acronym  # type: ignore[union-attr]
    database = str(session.execute(text("SELECT current_database()")).scalar())
    # Roles belong to the whole server (cluster), which may host several consortia's databases.
    base = f"{_slug(database)[:16]}_{_slug(acronym)[:16]}_{_slug(short_name)[:24]}"
    name, n = base, 1
    while name in taken or session.get(PartnerRole, name) is not None:
        n += 1
        name = f"{base}_{n}"
    if session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None:
        raise ServerRolesRefused(f"a PostgreSQL role {name!r} already exists and is not one of this application's "
                                 "partner roles: rename or drop it, then run the command again")
    taken.add(name)
    session.execute(text(f"CREATE ROLE {_quote(session, name)} NOLOGIN"))
    session.add(PartnerRole(role_name=name, proposal_uuid=proposal_uuid, participation_uuid=participation.uuid))
    return PartnerRoleInfo(name, participation.uuid, short_name, True)


def _grant(session: Session, role_name: str) -> None:
    role = _quote(session, role_name)
    for statement in (
        f"GRANT USAGE ON SCHEMA {_quote(session, _schema(session))} TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {_quote(session, _schema(session))} TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_quote(session, _schema(session))} TO {role}",
        f"REVOKE INSERT, UPDATE, DELETE ON partner_roles, alembic_version FROM {role}",
    ):
        session.execute(text(statement))


def _schema(session: Session) -> str:
    return str(session.execute(text("SELECT current_schema()")).scalar())


def _policies(session: Session, owner: str) -> None:
    for table, condition in (*POLICIES.items(), ("attachment_blobs", BLOB_POLICY)):
        session.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        session.execute(text(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"))
        for policy in ("medicen_owner", "medicen_partner", "medicen_partner_insert"):
            session.execute(text(f"DROP POLICY IF EXISTS {policy} ON {table}"))
        session.execute(text(f"CREATE POLICY medicen_owner ON {table} TO {_quote(session, owner)} "
                             "USING (true) WITH CHECK (true)"))
        if table == "attachment_blobs":
            # A blob is written before the attachment that names it: inserting is open, reading is not.
            session.execute(text(f"CREATE POLICY medicen_partner ON {table} USING ({condition})"))
            session.execute(text(f"CREATE POLICY medicen_partner_insert ON {table} FOR INSERT WITH CHECK (true)"))
        else:
            session.execute(text(f"CREATE POLICY medicen_partner ON {table} USING ({condition}) "
                                 f"WITH CHECK ({condition})"))
