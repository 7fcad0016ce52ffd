"""The ``reset-key`` subcommand: the coordinator forgets a partner's registered public key.

A partner's key is registered with its first merged contribution and
required after (trust on first use). A partner that reinstalled, lost its
copy or moved to another computer signs with a new key, which is refused;
``reset-key PROPOSAL --partner P`` forgets the registered key (recorded in
the audit log) so that P's next contribution registers its new one. Exit 0
done; 2 refused (no such partner, no key registered, a partner copy).
"""

from __future__ import annotations

import argparse

from medicen_desktop.commands.common import CommandError, Context
from medicen_desktop.errors import Refused


def reset_key(context: Context, args: argparse.Namespace) -> int:
    from medicen_desktop.services import signing

    try:
        name, forgotten = signing.reset_partner_key(context.database(), args.proposal, args.partner, actor="cli")
    except Refused as exc:
        raise CommandError(f"{args.proposal}: {exc}") from None
    print(f"{name}'s registered key {forgotten} is forgotten (kept in the audit log). {name}'s next merged "
          f"contribution registers its key again: before merging it, check with {name} that the fingerprint "
          "its copy shows is the one the merge reports.")
    return 0
