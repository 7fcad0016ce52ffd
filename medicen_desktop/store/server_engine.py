"""The engine of a team server (PostgreSQL): a dropped connection is replaced without a round trip per transaction.

SQLAlchemy's ``pool_pre_ping`` sends ``SELECT 1`` every time a pooled
connection is taken: one more round trip per transaction, the price of every
autosave on a distant server. Here a connection is pinged only when it was
left unused for ``PING_IDLE_SECONDS`` or more (the connections a firewall or
a server restart may have dropped while the user was away); a connection that
served a moment ago is trusted. When it was dropped in that moment anyway
(the server restarted between two keystrokes' autosaves):

- a write is retried once, on a new connection, by ``Database.transaction``:
  its first statement is its advisory lock (or its own reads before the lock),
  so nothing of the unit of work ran yet;
- a read fails once with the ``EnvironmentFault`` a lost connection gives
  ("cannot reach the database server… try again"), and SQLAlchemy has by then
  invalidated every connection of the pool made before, so the next one
  reconnects.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import DisconnectionError

PING_IDLE_SECONDS = 5.0
"""A pooled connection unused this long is pinged before use (a dropped one is replaced at once)."""


def server_engine(url: URL) -> Engine:
    """An engine for ``url`` that pings only the connections left idle for ``PING_IDLE_SECONDS``."""
    engine = create_engine(url)
    dialect = engine.dialect

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < PING_IDLE_SECONDS:
            return  # new, or used a moment ago
        try:
            dialect.do_ping(dbapi_connection)
        except dialect.loaded_dbapi.Error as exc:
            if dialect.is_disconnect(exc, dbapi_connection, None):
                raise DisconnectionError(str(exc)) from exc  # the pool connects anew and checks out again
            raise

    return engine
