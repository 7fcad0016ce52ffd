"""The command line's grammar: every subcommand, its arguments and the handler that runs it.

Built from argparse alone: no command module is imported to describe its
arguments (``--help`` and a mistyped option answer at once). Each handler is
named ``"module:function"`` (the module under ``medicen_desktop.commands``)
and imported only when its command runs, so a command pays for the
libraries it uses and no more (``tests/unit/test_command_imports.py`` pins
them).
"""

from __future__ import annotations

import argparse
from typing import Any

from medicen_desktop.export.forms import FORM_KEYS
from medicen_desktop.export.formats import FORMATS

EXPORT_FORMATS = FORMATS  # the registry's keys: a format added there is offered here


def build_parser() -> argparse.ArgumentParser:
    """The parser of ``medicen-desktop``; each subcommand sets ``handler`` to ``"module:function"``."""
    parser = argparse.ArgumentParser(
        prog="medicen-desktop",
        description="Build, merge, check and export collaborative R&D funding proposals.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $MEDICEN_DB, else the per-user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    _foundation(subparsers)
    _rules(subparsers)
    _export(subparsers)
    _exchange(subparsers)
    _fields(subparsers)
    _versions(subparsers)
    _workflow(subparsers)
    _server(subparsers)
    return parser


def _server(subparsers: argparse._SubParsersAction[Any]) -> None:
    roles = subparsers.add_parser(
        "server-roles", help="PostgreSQL team server: one role per partner of the proposal, and row-level security "
        "so that each partner's role sees only its own budget, team and effort rows")
    roles.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    roles.add_argument("--json", action="store_true", help="print JSON instead of a table")
    roles.set_defaults(handler="server:server_roles")

    editing = subparsers.add_parser(
        "editing", help="who has which part of the proposal open for editing now (presence in the app's windows; "
        "a window closed or a process or connection gone is no longer listed)")
    editing.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    editing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    editing.set_defaults(handler="presence:editing")


def _foundation(subparsers: argparse._SubParsersAction[Any]) -> None:
    demo = subparsers.add_parser("demo", help="create the sample proposal (ÉPI-DIAG) and print its UUID")
    demo.set_defaults(handler="core:demo")

    listing = subparsers.add_parser("list", help="list the proposals in the database")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler="listing:list_proposals")

    importer = subparsers.add_parser("import-json", help="import a proposal from interchange JSON")
    importer.add_argument("file", metavar="FILE")
    importer.add_argument("--update", action="store_true",
                          help="merge the file into the proposal with the same UUID, keeping what changed since it was "
                          "exported; exit 1 listing the conflicts, nothing written, if a field changed on both sides")
    importer.set_defaults(handler="core:import_json")

    exporter = subparsers.add_parser("export-json", help="write a proposal as interchange JSON")
    exporter.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    exporter.add_argument("-o", "--output", metavar="FILE", required=True)
    exporter.set_defaults(handler="core:export_json")


def _rules(subparsers: argparse._SubParsersAction[Any]) -> None:
    templates = subparsers.add_parser(
        "templates", help="list the funder templates (calls, shipped and your own) and refused files")
    templates.add_argument("--json", action="store_true", help="print JSON instead of a table")
    templates.add_argument("--check", metavar="FILE", help="check one template file; exit 2 naming the problem")
    templates.set_defaults(handler="rules:templates")

    budget = subparsers.add_parser("budget", help="a proposal's budget: costs, overheads, rates, aid and shares")
    budget.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    budget.add_argument("--json", action="store_true", help="print JSON (amounts as decimal strings)")
    budget.add_argument("--language", choices=("fr", "en"), default="en", help="language of the rules' wording")
    budget.add_argument("--by", choices=("partner", "wp", "category", "year"),
                        help="break the budget down by partner, work package, cost category or year")
    budget.set_defaults(handler="rules:budget")
    reader = subparsers.add_parser("import-budget", help="read a partner's budget back from one of the budget forms "
                                                         "(export --form he-lump-sum, he-part-a, bpi-annex or anr: "
                                                         "recognised from the workbook), showing every changed cell")
    reader.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    reader.add_argument("--partner", required=True, metavar="P", help="the partner's short name, name or UUID")
    reader.add_argument("file", metavar="FILE.xlsx")
    reader.add_argument("--dry-run", action="store_true", help="show the changes, write nothing")
    reader.add_argument("--json", action="store_true", help="print JSON")
    reader.set_defaults(handler="budget_import:run_import_budget")

    validate = subparsers.add_parser("validate", help="check a proposal against its call; exit 1 on errors")
    validate.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    validate.add_argument("--json", action="store_true", help="print the findings as JSON")
    validate.add_argument("--language", choices=("fr", "en"), default="en", help="language of the messages")
    validate.set_defaults(handler="rules:validate")

    retarget = subparsers.add_parser("retarget", help="switch a proposal to another call")
    retarget.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    retarget.add_argument("--template", metavar="KEY",
                          help="key of the new call (see `templates`); default: the proposal's own call, "
                               "moved to its current edition")
    retarget.add_argument("--json", action="store_true", help="print the report as JSON")
    retarget.add_argument("--dry-run", action="store_true",
                          help="say what the switch would do, and which limits or rules it would break; write nothing")
    retarget.set_defaults(handler="rules:retarget")


def _export(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser("export", help="export a proposal as a Word or PDF dossier or a budget workbook")
    parser.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym of the proposal")
    parser.add_argument("--format", "-f", choices=EXPORT_FORMATS, help="file format (default: from FILE's extension)")
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help="file to write (replaced atomically)")
    parser.add_argument("--form", choices=FORM_KEYS,
                        help="with --format xlsx: a funder's own budget form (he-lump-sum: the EC's lump-sum "
                             "detailed budget table; he-part-a: the Part A budget table; bpi-annex: Bpifrance's "
                             "financial annex; anr: ANR's budget table)")
    parser.add_argument("--review", action="store_true",
                        help="a review copy for the consortium: the DOCX with the comment threads as Word comments "
                             "(never send it to the funder)")
    parser.set_defaults(handler="export:run_export")
    preflight = subparsers.add_parser(
        "preflight", help="lay the dossier out as the PDF export does and count the pages the funder counts")
    preflight.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym of the proposal")
    preflight.add_argument("--json", action="store_true", help="print the count as JSON")
    preflight.set_defaults(handler="export:run_preflight")


def _exchange(subparsers: argparse._SubParsersAction[Any]) -> None:
    assign = subparsers.add_parser("assign", help="set (or, with no --section/--wp, show) partners' assignments")
    assign.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    assign.add_argument("--partner", metavar="PARTNER", help="participation UUID or organisation short name")
    assign.add_argument("--section", metavar="KEY", action="append", default=[], help="template section key")
    assign.add_argument("--wp", metavar="NUMBER", type=int, action="append", default=[], help="work package number")
    assign.set_defaults(handler="exchange:assign")

    package = subparsers.add_parser(
        "package", help="write a package for one partner",
        description="--format docx writes a Word package for a partner without the app: its parts in content "
                    "controls, to edit in Word or LibreOffice and give back to `merge`.")
    package.add_argument("proposal", metavar="PROPOSAL")
    package.add_argument("--partner", metavar="PARTNER", required=True)
    package.add_argument("--format", choices=("zip", "docx"), default="zip",
                         help="zip (for the app, default) or docx (a Word package)")
    package.add_argument("--language", choices=("fr", "en"),
                         help="language of a Word package's instructions (default: French for a partner in France, "
                              "English elsewhere)")
    package.add_argument("-o", "--output", metavar="FILE", required=True)
    package.set_defaults(handler="exchange:package")

    opener = subparsers.add_parser(
        "open-package", help="open a package as a partner copy, or update the copy with a newer round; print its UUID",
        description="A newer package for a partner copy already in this database updates it in place: your edits "
                    "are kept (exit 1 listing the conflicts, nothing written, if the package changed the same text); "
                    "an older package is refused (exit 2).")
    opener.add_argument("file", metavar="FILE")
    opener.add_argument("--take", choices=("ours", "theirs"),
                        help="resolve every conflict of a new round: keep your edits (ours) or the package's (theirs)")
    opener.set_defaults(handler="exchange:open_package")

    contribution = subparsers.add_parser("contribution", help="write the partner copy's contribution")
    contribution.add_argument("proposal", metavar="PROPOSAL")
    contribution.add_argument("-o", "--output", metavar="FILE", required=True)
    contribution.set_defaults(handler="exchange:contribution")

    merge = subparsers.add_parser(
        "merge", help="merge a partner's contribution (exit 1 while conflicts remain)",
        description="FILE is a contribution (.zip) or a returned Word package (.docx); both merge the same way.")
    merge.add_argument("proposal", metavar="PROPOSAL")
    merge.add_argument("file", metavar="FILE")
    merge.add_argument("--take", choices=("ours", "theirs"), help="resolve every conflict with this side")
    merge.add_argument("--json", action="store_true", help="print the report (conflicts, refused changes) as JSON")
    merge.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    merge.set_defaults(handler="exchange:merge")

    share = subparsers.add_parser(
        "share", help="show or set what partners see of each other in their packages (full, totals, none)",
        description="The coordinator chooses what the packages written from now on carry of the other partners: "
                    "full, totals (one budget total per partner; no lines, rates, CVs, identifiers or attachments) "
                    "or none. In a partner copy, --private-budget on keeps your budget lines here and sends totals.")
    share.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    share.add_argument("--level", choices=("full", "totals", "none"), help="the coordinator's sharing level")
    share.add_argument("--private-budget", choices=("on", "off"),
                       help="partner copy: keep your budget detail private and send totals per category and year")
    share.add_argument("--json", action="store_true", help="print the settings as JSON")
    share.set_defaults(handler="sharing:share")

    reset = subparsers.add_parser(
        "reset-key", help="coordinator: forget a partner's registered signing key (its next contribution "
                          "registers a new one)",
        description="A partner's public key is registered with its first merged contribution and required after. "
                    "When the partner signs with a new key (a reinstall, another computer), forget the old one; "
                    "the reset is recorded in the audit log.")
    reset.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    reset.add_argument("--partner", required=True, metavar="PARTNER", help="short name, legal name or UUID")
    reset.set_defaults(handler="partner_keys:reset_key")

    undo = subparsers.add_parser(
        "undo-merge", help="undo a merge of a proposal (the last one, or --merge); what changed since stays",
        description="A merge that a later merge depends on (it changed the same field, or the same paragraph of a "
                    "text) is refused, even with --force: undo the later one first. `packages` lists the merges.")
    undo.add_argument("proposal", metavar="PROPOSAL")
    undo.add_argument("--merge", metavar="MERGE", help="the merge's UUID, or its first 8 characters (see `packages`)")
    undo.add_argument("--force", action="store_true",
                      help="even if someone changed the merged text since (loses those changes)")
    undo.set_defaults(handler="exchange:undo_merge")

    draft = subparsers.add_parser(
        "import-docx", help="import a Word draft into a proposal, its headings matched to the call's sections",
        description="Each heading of FILE is matched to a section of the proposal's call (by number and title, "
                    "French or English, fuzzy); unmatched parts go to the 'Imported, not placed' section, kept out "
                    "of the dossier. Run with --dry-run first to see the mapping.")
    draft.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    draft.add_argument("file", metavar="FILE", help="the .docx to import")
    draft.add_argument("--map", metavar="HEADING=SECTION_KEY", action="append", default=[],
                       help="put the part under HEADING (as the file writes it, with or without its number) in "
                            "section SECTION_KEY, or 'summary' (the proposal's summary), 'above' (inside the part above), "
                            "'holding' or 'skip'")
    draft.add_argument("--existing", metavar="[KEY=]POLICY", action="append", default=[],
                       help="a section that already holds text: append (default), replace, or keep it and put the "
                            "imported text in the holding section; KEY=POLICY for one section (summary=POLICY: the summary)")
    draft.add_argument("--dry-run", action="store_true", help="print the proposed mapping; write nothing")
    draft.add_argument("--json", action="store_true", help="print the mapping (or the result) as JSON")
    draft.set_defaults(handler="drafts:import_docx")

    sent = subparsers.add_parser("packages", help="per partner: packages sent (round, date, scope) and "
                                 "contributions merged, with which can be undone")
    sent.add_argument("proposal", metavar="PROPOSAL")
    sent.add_argument("--json", action="store_true", help="print JSON")
    sent.set_defaults(handler="rounds:packages")


def _fields(subparsers: argparse._SubParsersAction[Any]) -> None:
    setter = subparsers.add_parser(
        "set", help="set one field: TARGET is proposal.FIELD or ENTITY_UUID.FIELD",
        description="Set one field of a proposal. A list is a JSON array or items separated by ';'; "
                    "an empty VALUE unsets a field that may be unset.")
    setter.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    setter.add_argument("target", metavar="TARGET", help="proposal.FIELD or ENTITY_UUID.FIELD")
    setter.add_argument("value", metavar="VALUE")
    setter.add_argument("--base-revision", metavar="N", type=int,
                        help="the proposal revision VALUE was decided on: a conflicting change made since "
                             "is refused (exit 1)")
    setter.add_argument("--json", action="store_true", help="print the result as JSON")
    setter.set_defaults(handler="fields:set_field")


def _versions(subparsers: argparse._SubParsersAction[Any]) -> None:
    snapshot = subparsers.add_parser("snapshot", help="keep the proposal as it is now as a named version")
    snapshot.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    snapshot.add_argument("name", metavar="NAME")
    snapshot.set_defaults(handler="versions:snapshot")

    listing = subparsers.add_parser(
        "versions", help="list a proposal's versions (taken on demand, and before each merge, switch of call, "
                         "import and round)",
        description="Named versions (taken with `snapshot`) are kept forever. Automatic ones (before a merge, a "
                    "switch of call, an import, a new round, a restore) are kept for the last 20 and for 30 days; "
                    "older ones are removed each time a new automatic one is written, or with --prune.")
    listing.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.add_argument("--prune", action="store_true",
                         help="remove the automatic versions past the policy (the last 20 and 30 days are kept)")
    listing.add_argument("--dry-run", action="store_true", help="with --prune: list what would go, remove nothing")
    listing.set_defaults(handler="versions:list_versions")

    diff = subparsers.add_parser("diff", help="what changed between two versions, or a version and now")
    diff.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    diff.add_argument("before", metavar="FROM", help="a version: its number (3 or v3), name or UUID")
    diff.add_argument("after", metavar="TO", nargs="?", help="another version (default: the proposal now)")
    diff.add_argument("--json", action="store_true",
                      help="print JSON: every entity added, removed or changed, each field with word marks")
    diff.set_defaults(handler="versions:diff")

    restore = subparsers.add_parser(
        "restore", help="bring back a part, or everything, from a version (the proposal as it was is kept first)",
        description="A version of the proposal as it is just before is kept, so a restore can be restored away. "
                    "Exit 1, listing them and writing nothing, if the part changed meanwhile in another window.")
    restore.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    restore.add_argument("version", metavar="VERSION", help="its number (3 or v3), name or UUID")
    restore.add_argument("--part", metavar="KEY",
                         help="project, section:KEY, wp:N, budget:PARTNER, partner:PARTNER, risks or annexes "
                              "(default: everything)")
    restore.set_defaults(handler="versions:restore")
def _workflow(subparsers: argparse._SubParsersAction[Any]) -> None:
    part_help = "a part: section:KEY, wp:WPn or budget:PARTNER (short name)"
    status = subparsers.add_parser(
        "status", help="owner, status and due date of every part; with --part and --set, change one",
        description="Parts are sections (section:KEY), work packages (wp:WP1) and partners' budgets "
                    "(budget:SHORTNAME). A frozen part can be edited by no one until set to another status.")
    status.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    status.add_argument("--part", metavar="KEY", help=part_help)
    status.add_argument("--set", metavar="STATUS", help="draft, in-review, approved or frozen")
    status.add_argument("--owner", metavar="PARTNER", help="the partner who owns the part ('' for the default)")
    status.add_argument("--person", metavar="NAME", help="the person in charge at the owner")
    status.add_argument("--due", metavar="DATE", help="due date, YYYY-MM-DD ('' to clear it)")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler="workflow:status")

    comment = subparsers.add_parser("comment", help="comment on a part (a paragraph, a row, a budget cell) "
                                                    "or reply to a thread; print the comment's ID")
    comment.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    comment.add_argument("text", metavar="TEXT")
    comment.add_argument("--part", metavar="KEY", help=part_help)
    anchor = comment.add_mutually_exclusive_group()
    anchor.add_argument("--paragraph", metavar="N", type=int, help="the N-th paragraph of the section (from 1)")
    anchor.add_argument("--row", metavar="UUID", help="a table row of the part (task, deliverable, budget line...)")
    anchor.add_argument("--cell", metavar="CATEGORY:PERIOD", help="a cell of the partner's budget")
    comment.add_argument("--reply", metavar="ID", help="answer the thread of comment ID")
    comment.add_argument("--author", metavar="NAME", help="author's name (default: your user name)")
    comment.set_defaults(handler="workflow:comment")

    resolve = subparsers.add_parser("resolve", help="mark a comment thread resolved (or, with --reopen, open again)")
    resolve.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    resolve.add_argument("comment", metavar="ID", help="a comment of the thread")
    resolve.add_argument("--reopen", action="store_true", help="reopen the thread")
    resolve.set_defaults(handler="workflow:resolve")

    comments = subparsers.add_parser("comments", help="list the comment threads and the to-do markers (TODO: ...)")
    comments.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    comments.add_argument("--json", action="store_true", help="print JSON")
    comments.add_argument("--open", action="store_true", help="only the threads not resolved")
    comments.set_defaults(handler="workflow:list_comments")
