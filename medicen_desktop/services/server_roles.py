"""Row-level security per partner on a shared PostgreSQL database (the team server).

``create_partner_roles`` (the coordinator, connected as the role that owns
the application's tables) makes, for each participation of a proposal, one
PostgreSQL **group role** (``NOLOGIN``): nobody logs in as it; the
coordinator grants it to each of the partner's people's own login roles
(``GRANT epidiag_epi_diag_inserm TO claire``;
named database_acronym_partner, as roles belong to the whole server), so passwords stay with the
people and a person leaving is one ``REVOKE``. The mapping role →
participation goes into ``partner_roles`` (in the same transaction).

What the roles may then read and write is ``store.server_security``'s
(privileges, masking views, row-level security), applied here and again by
every schema upgrade: the confidential rows of the other partners, their
confidential columns, the change journal's entries carrying them, the audit
log, the versions and the exchange tables' snapshots are kept from a
partner's role.
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
from medicen_desktop.store import server_security
from medicen_desktop.store.database import Database


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
        server_security.protect(session, owner, server_security.recorded_roles(session))
        audit(session, proposal_uuid, actor, "server-roles",
              {"roles": {info.role_name: info.participation_uuid for info in result}})
    return result


def _check_rights(session: Session) -> str:
    row = session.execute(text(
        "SELECT current_user, r.rolcreaterole OR r.rolsuper FROM pg_roles r WHERE r.rolname = current_user")).one()
    user, owner, may_create = str(row[0]), server_security.owner_of_tables(session), bool(row[1])
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
