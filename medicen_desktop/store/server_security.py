"""What a partner's role may read and write on the team server: PostgreSQL's own privileges, views and
row-level security, applied by the tables' owner (``services.server_roles``) and again after every schema
upgrade (``store.migrations``), so that a table or a column a new version adds is covered at once.

For every partner role recorded in ``partner_roles`` (those that still exist):

- **rows of one partner** (``ROW_POLICIES``: budget lines, monthly rates, team members, efforts, a
  partner's attachments and their content): ``ENABLE`` and ``FORCE ROW LEVEL SECURITY``, a policy for the
  owner (every row) and one for any role (the rows of the participations whose partner roles it is a
  member of, to read and to write);
- **the change journal**: an entry carries the participation whose confidential values it holds
  (``partner_scope``, written by ``store.journal_scope``); a partner reads the shared entries (NULL) and
  its own, may add entries of those scopes only, and never changes or deletes one;
- **the audit log** (its details name fields, values refused by a merge): written by every role, read by
  the owner only;
- **versions and the exchange tables** (``OWNER_ONLY``: whole snapshots, the package secrets, the signing
  keys): the owner's only; a partner's role reads none of their rows and may write none;
- **the confidential columns of shared rows** (``journal_scope.MASKED``: an organisation's SIRET, PIC,
  VAT, SME figures and address; a participation's contacts): the partner roles may not read the tables
  ``organisations`` and ``participations`` at all; they read and write them through security-barrier
  views of the same names in the schema ``medicen_partner`` (``PARTNER_SCHEMA``), which show another
  partner's confidential columns masked (as a package at the default sharing level blanks them) and
  whose writes go through ``INSTEAD OF`` triggers that refuse to change another partner's confidential
  columns or to delete another partner's row (its cascade would take that partner's rows). The application puts that schema first in a partner's ``search_path`` when it connects
  (``store.database``), so its queries are the same for every role.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from medicen_desktop.store.errors import ServerRefused
from medicen_desktop.store.journal_scope import MASKED

PARTNER_SCHEMA = "medicen_partner"

OWNED_TABLES = ("budget_lines", "staff_rates", "team_members", "efforts")
"""Confidential tables whose every row belongs to one participation."""

MEMBER_OF = ("(SELECT pr.participation_uuid FROM {schema}.partner_roles pr JOIN pg_roles r ON r.rolname = "
             "pr.role_name WHERE pg_has_role(current_user, r.oid, 'MEMBER'))")
"""The participations of the partner roles the current user is (or inherits) a member of; a role dropped
behind the application's back simply matches nobody."""

ROW_POLICIES: dict[str, str] = {
    **{table: "participation_uuid IN {member_of}" for table in OWNED_TABLES},
    "attachments": "participation_uuid IS NULL OR participation_uuid IN {member_of}",
}
"""The partner policy of each confidential table: which rows a partner role sees and may write."""

BLOB_POLICY = "EXISTS (SELECT 1 FROM {schema}.attachments a WHERE a.sha256 = attachment_blobs.sha256)"
"""A blob is read through an attachment the reader may see (that subquery is itself under RLS)."""

JOURNAL_POLICY = "partner_scope IS NULL OR partner_scope IN {member_of}"

OWNER_ONLY = ("versions", "exchange_packages", "applied_contributions", "partner_copies", "signing_keys")
"""Tables holding whole snapshots, package secrets or private keys: no partner role reads or writes a row."""

INSERT_ONLY = ("audit_log",)
"""Tables every role writes to and only the owner reads."""

_POLICY_NAMES = ("medicen_owner", "medicen_partner", "medicen_partner_insert")

PROTECTION_VERSION = "2"
"""The version of what ``protect`` puts in place, recorded in ``app_info`` (``PROTECTION_KEY``). Raise it with
every change to the grants, views, triggers or policies here: a server whose recorded version differs gets
them again at the coordinator's next open (``keep_current``), with no migration and no ``server-roles``.
2: a partner adds journal entries of its own scope or shared only; partners may not write ``app_info``."""

PROTECTION_KEY = "server_protection"


def _quote(session: Session | Connection, name: str) -> str:
    bind = session.get_bind() if isinstance(session, Session) else session
    return bind.dialect.identifier_preparer.quote_identifier(name)


_TABLES = ("FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
           "WHERE c.oid = to_regclass('budget_lines')")


def schema_of_tables(session: Session | Connection) -> str:
    """The schema the application's tables are in."""
    return str(session.execute(text(f"SELECT n.nspname {_TABLES}")).scalar())


def owner_of_tables(session: Session | Connection) -> str:
    """The role that owns the application's tables (the coordinator's login)."""
    return str(session.execute(text(f"SELECT pg_get_userbyid(c.relowner) {_TABLES}")).scalar())


def recorded_roles(session: Session | Connection) -> list[str]:
    """The partner roles ``partner_roles`` records that exist on the server."""
    return [str(name) for name in session.execute(text(
        "SELECT pr.role_name FROM partner_roles pr JOIN pg_roles r ON r.rolname = pr.role_name "
        "ORDER BY pr.role_name")).scalars()]


def protect(session: Session | Connection, owner: str, roles: list[str]) -> None:
    """Grant ``roles`` what the application needs and put every protection in place (idempotent)."""
    schema = schema_of_tables(session)
    names = {"schema": _quote(session, schema), "member_of": MEMBER_OF.format(schema=_quote(session, schema))}
    session.execute(text(f"CREATE SCHEMA IF NOT EXISTS {PARTNER_SCHEMA}"))
    for table in MASKED:
        _masking_view(session, schema, table, names["member_of"])
    for role in roles:
        _grant(session, schema, _quote(session, role))
    owner_q = _quote(session, owner)
    for table, condition in ROW_POLICIES.items():
        _policies(session, table, owner_q, partner=condition.format(**names))
    _policies(session, "attachment_blobs", owner_q, partner=BLOB_POLICY.format(**names), insert=True)
    journal = JOURNAL_POLICY.format(**names)
    _policies(session, "change_journal", owner_q, read=journal, insert=journal)
    for table in INSERT_ONLY:
        _policies(session, table, owner_q, insert=True)
    for table in OWNER_ONLY:
        _policies(session, table, owner_q)
    session.execute(text("DELETE FROM app_info WHERE key = :k"), {"k": PROTECTION_KEY})
    session.execute(text("INSERT INTO app_info (key, value) VALUES (:k, :v)"),
                    {"k": PROTECTION_KEY, "v": PROTECTION_VERSION})


def _grant(session: Session | Connection, schema: str, role: str) -> None:
    schema_q = _quote(session, schema)
    shadowed = ", ".join(f"{schema_q}.{table}" for table in MASKED)
    views = ", ".join(f"{PARTNER_SCHEMA}.{table}" for table in MASKED)
    for statement in (
        f"GRANT USAGE ON SCHEMA {schema_q}, {PARTNER_SCHEMA} TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema_q} TO {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema_q} TO {role}",
        f"REVOKE INSERT, UPDATE, DELETE ON {schema_q}.partner_roles, {schema_q}.alembic_version, "
        f"{schema_q}.app_info FROM {role}",
        f"REVOKE ALL ON {shadowed} FROM {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {views} TO {role}",
    ):
        session.execute(text(statement))


def _policies(session: Session | Connection, table: str, owner: str, *, partner: str | None = None,
              read: str | None = None, insert: bool | str = False) -> None:
    """``FORCE`` row-level security on ``table``: every row to the owner; to any role, the rows of
    ``partner`` (read and write) or of ``read`` (read only), and any new row if ``insert`` (True), or a new
    row meeting the condition ``insert``."""
    session.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
    session.execute(text(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"))
    for policy in _POLICY_NAMES:
        session.execute(text(f"DROP POLICY IF EXISTS {policy} ON {table}"))
    session.execute(text(f"CREATE POLICY medicen_owner ON {table} TO {owner} USING (true) WITH CHECK (true)"))
    if partner is not None:
        session.execute(text(f"CREATE POLICY medicen_partner ON {table} USING ({partner}) WITH CHECK ({partner})"))
    elif read is not None:
        session.execute(text(f"CREATE POLICY medicen_partner ON {table} FOR SELECT USING ({read})"))
    if insert:
        # Written before anything names it (a blob), or a record every role adds (the journal, of its own
        # scope or shared; the audit log).
        check = "true" if insert is True else insert
        session.execute(text(f"CREATE POLICY medicen_partner_insert ON {table} FOR INSERT WITH CHECK ({check})"))


def _columns(session: Session | Connection, schema: str, table: str) -> dict[str, str | None]:
    """The table's columns in order, with their defaults (the view gets them: an INSERT may omit a column)."""
    return {str(name): default for name, default in session.execute(text(
        "SELECT column_name, column_default FROM information_schema.columns WHERE table_schema = :s "
        "AND table_name = :t ORDER BY ordinal_position"), {"s": schema, "t": table})}


def _literal(value: Any) -> str:
    return "NULL" if value is None else "'" + str(value).replace("'", "''") + "'"


_MINE = {
    "organisations": "t.uuid IN (SELECT p.organisation_uuid FROM {schema}.participations p WHERE p.uuid IN {member_of})",
    "participations": "t.uuid IN {member_of}",
}


def _masking_view(session: Session | Connection, schema: str, table: str, member_of: str) -> None:
    """``medicen_partner.TABLE``: the table with another partner's confidential columns masked, written
    through a trigger that refuses changing them; ``medicen_own`` says whether the row is the reader's."""
    schema_q = _quote(session, schema)
    masked = MASKED[table]
    columns = _columns(session, schema, table)
    shown = ", ".join(f"CASE WHEN m.own THEN t.{c} ELSE {_literal(masked[c])} END AS {c}" if c in masked
                      else f"t.{c}" for c in columns)
    mine = _MINE[table].format(schema=schema_q, member_of=member_of)
    view = f"{PARTNER_SCHEMA}.{table}"
    session.execute(text(f"DROP VIEW IF EXISTS {view}"))
    session.execute(text(
        f"CREATE VIEW {view} WITH (security_barrier) AS SELECT {shown}, m.own AS medicen_own "
        f"FROM {schema_q}.{table} t CROSS JOIN LATERAL (SELECT coalesce({mine}, false) AS own) m"))
    for column, default in columns.items():
        if default is not None:
            session.execute(text(f"ALTER VIEW {view} ALTER COLUMN {column} SET DEFAULT {default}"))
    public = [c for c in columns if c not in masked and c != "uuid"]
    confidential = [c for c in columns if c in masked]
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in confidential)
    assignments = ", ".join([*(f"{c} = NEW.{c}" for c in public),
                             *(f"{c} = CASE WHEN OLD.medicen_own THEN NEW.{c} ELSE {c} END" for c in confidential)])
    names = ", ".join(columns)
    values = ", ".join(f"NEW.{c}" for c in columns)
    function = f"{PARTNER_SCHEMA}.write_{table}"
    session.execute(text(f"""
        CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, pg_temp AS $body$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO {schema_q}.{table} ({names}) VALUES ({values});
                RETURN NEW;
            ELSIF TG_OP = 'DELETE' THEN
                IF NOT OLD.medicen_own THEN  -- its cascade would take another partner's rows with it
                    RAISE EXCEPTION 'permission denied: another partner''s {table} row %', OLD.uuid
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                DELETE FROM {schema_q}.{table} WHERE uuid = OLD.uuid;
                RETURN OLD;
            END IF;
            IF NOT OLD.medicen_own AND ({changed}) THEN
                RAISE EXCEPTION 'permission denied: the confidential columns of another partner''s {table} row %',
                    OLD.uuid USING ERRCODE = 'insufficient_privilege';
            END IF;
            UPDATE {schema_q}.{table} SET uuid = NEW.uuid, {assignments} WHERE uuid = OLD.uuid;
            RETURN NEW;
        END
        $body$"""))
    session.execute(text(f"REVOKE ALL ON FUNCTION {function}() FROM PUBLIC"))
    session.execute(text(f"CREATE TRIGGER write_{table} INSTEAD OF INSERT OR UPDATE OR DELETE ON {view} "
                         f"FOR EACH ROW EXECUTE FUNCTION {function}()"))


def lift(connection: Connection) -> None:
    """Before a schema upgrade on PostgreSQL, in its transaction: drop the views and the partners' policies,
    which name columns (a migration may alter them; the owner's, which names none, stays so the migration
    reads and writes every row); ``reapply`` puts them back before the transaction commits."""
    for table, policy in connection.execute(text(
            "SELECT tablename, policyname FROM pg_policies WHERE policyname IN :names "
            "AND schemaname = current_schema()").bindparams(bindparam("names", expanding=True)),
            {"names": [name for name in _POLICY_NAMES if name != "medicen_owner"]}).all():
        connection.execute(text(f"DROP POLICY {_quote(connection, policy)} ON {_quote(connection, table)}"))
    for table in MASKED:
        connection.execute(text(f"DROP VIEW IF EXISTS {PARTNER_SCHEMA}.{table}"))


def reapply(connection: Connection) -> None:
    """After a schema upgrade on PostgreSQL, as the tables' owner: the protections again, for the recorded
    partner roles (nothing when ``server-roles`` never ran)."""
    exists = connection.execute(text("SELECT to_regclass('partner_roles') IS NOT NULL")).scalar()
    if not exists:
        return
    roles = recorded_roles(connection)
    if not roles:
        return
    protect(connection, owner_of_tables(connection), roles)


class ProtectionsOutdated(ServerRefused):
    """The team server's protections are older than this version's, and this login may not renew them."""


def keep_current(connection: Connection) -> bool:
    """At an open of a team server: put the protections in place again when the recorded version is not this
    version's (a change here that came without a migration). Returns whether they were renewed.

    Only the role owning the tables may (the coordinator's login); another raises ProtectionsOutdated. A server
    where ``server-roles`` never ran has no protections to keep. Serialised by an advisory lock, so two
    coordinators' windows opening at once renew them once."""
    if not _due(connection):
        return False
    if not connection.execute(text(f"SELECT pg_has_role(current_user, c.relowner, 'USAGE') {_TABLES}")).scalar():
        raise ProtectionsOutdated(f"the team server's protections are older than this version's "
                                  f"({_recorded(connection) or 'none recorded'}, this version's {PROTECTION_VERSION})")
    connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PROTECTION_LOCK})
    if not _due(connection):  # another coordinator's open renewed them meanwhile
        return False
    protect(connection, owner_of_tables(connection), recorded_roles(connection))
    return True


_PROTECTION_LOCK = 0x6D656463  # "medc": the advisory lock of ``keep_current``


def _recorded(connection: Connection) -> str | None:
    value = connection.execute(text("SELECT value FROM app_info WHERE key = :k"), {"k": PROTECTION_KEY}).scalar()
    return None if value is None else str(value)


def _due(connection: Connection) -> bool:
    exists = connection.execute(text("SELECT to_regclass('partner_roles') IS NOT NULL")).scalar()
    return bool(exists) and bool(recorded_roles(connection)) and _recorded(connection) != PROTECTION_VERSION


PARTNER_SEARCH_PATH = (
    f"SELECT set_config('search_path', '{PARTNER_SCHEMA}, ' || current_setting('search_path'), false) "
    f"FROM pg_namespace n WHERE n.nspname = '{PARTNER_SCHEMA}' AND has_schema_privilege(n.oid, 'USAGE') "
    "AND NOT coalesce(has_column_privilege(to_regclass('organisations'), 'siret', 'SELECT'), true)")
"""Run by the application on each new connection: a role that may not read the organisations' confidential
columns (a partner's) reads the masking views instead, under the tables' own names."""


def refuse_partner(session: Session, what: str) -> None:
    """Raise ServerRefused on a partner's connection to a team server: ``what`` is the coordinator's."""
    if is_partner(session):
        raise ServerRefused(f"On a team server, {what} are the coordinator's: your partner's role may not read or "
                            "write them (ask the coordinator, or work from a package)")


def is_partner(session: Session) -> bool:
    """Whether this connection is a partner's on a team server (reads through the masking views)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    info = session.connection().info  # the search path is set once per connection: asked once per connection
    if _PARTNER_KEY not in info:
        info[_PARTNER_KEY] = str(session.execute(text("SELECT current_schema()")).scalar()) == PARTNER_SCHEMA
    return bool(info[_PARTNER_KEY])


_PARTNER_KEY = "medicen_partner_login"


def own_participations(session: Session, proposal_uuid: str) -> list[tuple[str, str]] | None:
    """On a partner's connection to a team server, the (participation, organisation) UUIDs the views call its own
    in this proposal, in the partners' order; None on any other connection."""
    if not is_partner(session):
        return None
    return [(str(p), str(o)) for p, o in session.execute(text(
        "SELECT uuid, organisation_uuid FROM participations WHERE proposal_uuid = :p AND medicen_own "
        "ORDER BY position"), {"p": proposal_uuid}).all()]
