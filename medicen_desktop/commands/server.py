"""``server-roles``: the coordinator's partner roles and row-level security on a PostgreSQL database."""

from __future__ import annotations

import argparse
import json

from medicen_desktop.commands.common import CommandError, Context


def server_roles(context: Context, args: argparse.Namespace) -> int:
    """Create (or keep) one NOLOGIN role per partner of the proposal; print each with the GRANT to run."""
    from medicen_desktop.services import server_roles as service

    try:
        infos = service.create_partner_roles(context.database(), args.proposal)
    except service.ServerRolesRefused as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        print(json.dumps([{"role": i.role_name, "partner": i.short_name, "participation_uuid": i.participation_uuid,
                           "created": i.created} for i in infos], ensure_ascii=False, indent=2))
        return 0
    for info in infos:
        state = "created" if info.created else "kept"
        print(f"{info.role_name:<40}  {info.short_name:<16}  {state}")
    print("Grant each partner's role to its people's login roles, e.g.:  "
          f"GRANT {infos[0].role_name if infos else 'ROLE'} TO claire;")
    return 0
