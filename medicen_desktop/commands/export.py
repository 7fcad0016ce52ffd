"""Subcommands of the export capability: ``export PROPOSAL --format FORMAT -o FILE`` (``export.formats``), ``preflight PROPOSAL``.

Imported only when ``export`` or ``preflight`` runs (see ``commands.grammar``);
``services.export`` loads the renderer of the format asked for, and only it.
"""

from __future__ import annotations

import argparse
import json
import sys

from medicen_desktop.commands.common import CommandError, Context
from medicen_desktop.export.formats import BY_KEY, FORMATS
from medicen_desktop.rules.templates import UnknownTemplate
from medicen_desktop.services import export as export_service


def run_preflight(context: Context, args: argparse.Namespace) -> int:
    """Print each counted part with its pages, the total and the limit; exit 1 over the limit, else 0."""
    document = context.document(args.proposal)
    try:
        result = export_service.preflight_document(document)
    except UnknownTemplate as exc:
        raise CommandError(str(exc)) from None
    language = document.proposal.language.value
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        width = max((len(title) for title, _ in result.parts), default=10)
        for title, pages in result.parts:
            print(f"{title:<{width}}  {pages:5.1f}")
        limit = f" / {result.limit}" if result.limit is not None else " (no limit)"
        print(f"{'Total (pages counted)':<{width}}  {result.pages:5d}{limit}")
        for finding in result.findings:
            print(f"{finding.severity}: {finding.message(language)}", file=sys.stderr)
    return 1 if result.over_limit else 0


def run_export(context: Context, args: argparse.Namespace) -> int:
    """Export; exit 0 when written, 1 when written but the page limits are exceeded, 2 on bad input."""
    fmt = args.format or args.output.rsplit(".", 1)[-1].lower()
    if fmt not in FORMATS:
        raise CommandError(f"{args.output}: cannot tell the format; give --format {', '.join(FORMATS)}")
    context.check_output(args.output)
    document = context.document(args.proposal)
    if args.review and fmt != "docx":
        raise CommandError("--review: a review copy (with the comments) is a Word file; use --format docx")
    try:
        if args.review:
            from medicen_desktop.services.review import export_review_copy

            result = export_review_copy(context.database(), document.proposal.uuid, args.output)
        else:
            result = export_service.export_document(document, fmt, args.output, form=getattr(args, "form", None))
            if BY_KEY[fmt].dossier and context.may_have_comments(document.proposal.uuid):
                from medicen_desktop.services.review import export_findings

                result.findings += export_findings(context.database(), document.proposal.uuid)
    except (UnknownTemplate, export_service.UnknownFormat) as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"{args.output}: cannot write ({exc.strerror or exc})") from None
    language = document.proposal.language.value
    for finding in result.findings:
        print(f"{finding.severity}: {finding.message(language)}", file=sys.stderr)
    pages = f", {result.pages} pages" if result.pages else ""
    print(f"{result.path} ({fmt}{pages})")
    return 1 if any(f.severity == "error" for f in result.findings) else 0
