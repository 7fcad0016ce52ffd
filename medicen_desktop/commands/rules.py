"""Subcommands of the rules capability: templates, validate, budget, retarget.

Exit codes: 0 done (for ``validate``: no error-level finding); 1 the proposal
has errors; 2 bad input (unknown proposal or template, a template file
``templates --check`` refuses), with one line on stderr naming it.
"""

from __future__ import annotations

import argparse
import json

from medicen_desktop.commands.common import CommandError, Context
from medicen_desktop.rules.findings import Finding, has_errors
from medicen_desktop.rules.templates import UnknownTemplate, all_templates
from medicen_desktop.services import lookup, validation


def templates(context: Context, args: argparse.Namespace) -> int:
    if args.check is not None:
        return _check_template(args.check, args.json)
    loaded = all_templates()
    if args.json:
        print(json.dumps({
            "templates": [
                {"key": t.key, "name": t.name, "funder": t.funder, "edition": t.edition,
                 "earlier_editions": [e.edition for e in loaded.editions(t.key)[1:]], "historical": t.historical,
                 "languages": list(t.languages), "source_date": t.source_date.isoformat(),
                 "sections": [s.key for s in t.sections], "budget_categories": [c.key for c in t.budget_categories],
                 "technical_page_limit": t.technical_page_limit, "has_unconfirmed": t.has_unconfirmed}
                for t in loaded.templates.values()
            ],
            "errors": [{"path": str(e.path), "line": e.line, "reason": e.reason} for e in loaded.errors],
        }, ensure_ascii=False, indent=2))
        return 0
    for t in loaded.templates.values():
        historical = ", historical" if t.historical else ""
        print(f"{t.key:<26}  {t.name}  ({t.funder}, edition {t.edition}{historical}, read {t.source_date.isoformat()})")
    for error in loaded.errors:
        print(f"refused: {error}")
    from medicen_desktop.rules.templates import user_template_folder

    print(f"your own templates: {user_template_folder()}")
    return 0


def _check_template(path: str, as_json: bool) -> int:
    from pathlib import Path

    from medicen_desktop.rules.templates import TemplateFileError, load_template_file

    try:
        template = load_template_file(Path(path))
    except TemplateFileError as exc:
        raise CommandError(str(exc.error)) from None
    if as_json:
        print(json.dumps({"path": path, "key": template.key, "edition": template.edition, "ok": True}))
    else:
        print(f"{path}: ok ({template.key}, edition {template.edition})")
    return 0


def budget(context: Context, args: argparse.Namespace) -> int:
    from medicen_desktop.rules.budget_json import budget_json, budget_text

    by = getattr(args, "by", None)
    try:
        if by:
            report, template, rows = validation.budget_by(context.database(), args.proposal, by)
        else:
            report, template = validation.budget(context.database(), args.proposal)
            rows = []
    except (lookup.ProposalNotFound, UnknownTemplate) as exc:
        raise CommandError(str(exc)) from None
    data = budget_json(report, template, args.language)
    if by:
        data["by"] = {"key": by, "rows": rows}
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if by:
        from medicen_desktop.rules.budget_json import breakdown_text

        print("\n".join(breakdown_text(rows, template, by, args.language)))
        return 0
    print("\n".join(budget_text(report, template, args.language)))
    return 0


def validate(context: Context, args: argparse.Namespace) -> int:
    findings = validation.validate_document(context.document(args.proposal))  # read without the ORM when it can
    if args.json:
        print(json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=2))
    else:
        for f in findings:
            where = f" [{f.entity_uuid or '-'} {f.field or ''}]".rstrip() if f.entity_uuid or f.field else ""
            print(f"{f.severity:<7}  {f.code:<32}  {f.message(args.language)}{where}")
        counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
        print(f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info(s)")
    return 1 if has_errors(findings) else 0


def retarget(context: Context, args: argparse.Namespace) -> int:
    exceeded: tuple[Finding, ...] = ()
    try:
        document = context.document(args.proposal)
        key = args.template or document.proposal.template_key
        if args.dry_run:
            preview = validation.preview_retarget(document, key)
            report, exceeded = preview.report, preview.exceeded
        else:
            report = validation.retarget(context.database(), args.proposal, key, actor="cli")
    except UnknownTemplate as exc:
        raise CommandError(str(exc)) from None
    except lookup.ProposalNotFound as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        data = report.to_json()
        if args.dry_run:
            data |= {"dry_run": True, "exceeded": [finding.to_json() for finding in exceeded]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    arrow = "-> (dry run: nothing written)" if args.dry_run else "->"
    print(f"{report.proposal_uuid}: {report.old_template} (edition {report.old_edition or '-'}) {arrow} "
          f"{report.new_template} (edition {report.new_edition})")
    for old, new in report.renamed_sections:
        print(f"  section {old} -> {new}")
    for key in report.added_sections:
        print(f"  section {key}: added, empty")
    for key in report.unmatched_sections:
        print(f"  section {key}: no place in the new call (text kept, not exported)")
    for old, new in report.renamed_categories:
        print(f"  budget category {old} -> {new}")
    for key in report.unknown_categories:
        print(f"  budget category {key}: unknown to the new call (lines kept, to reassign)")
    for finding in exceeded:
        print(f"  would break: {finding.severity} {finding.code}: {finding.message('en')}")
    return 0
