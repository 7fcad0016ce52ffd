"""``import-docx``: a Word draft into an open proposal, its headings matched to the call's sections.

``--dry-run`` prints the proposed mapping (with ``--json``, as JSON) and
writes nothing; ``--map HEADING=SECTION_KEY`` changes one part's
destination (also ``above``, ``holding`` or ``skip``); ``--existing`` says
what to do with a section that already holds text (``append``, the
default, ``replace`` or ``keep``; ``KEY=POLICY`` for one section, ``summary=POLICY``
for the proposal's summary).

Exit codes: 0 done; 1 a conflicting change made meanwhile (nothing
written); 2 refused input (the file, a --map line, the proposal), one line
naming it, nothing written.
"""

from __future__ import annotations

import argparse
import json
import sys

from medicen_desktop.commands.common import CommandError, Context, print_conflicts
from medicen_desktop.errors import Refused, WriteConflict
from medicen_desktop.exchange.docx_reader import NOTES
from medicen_desktop.exchange.draft_apply import POLICIES, Placement, Policy
from medicen_desktop.exchange.draft_plan import ABOVE, HOLDING, SKIP, SUMMARY
from medicen_desktop.services import drafts

_SHOWN = {ABOVE: "(inside the part above)", HOLDING: "(imported, not placed)", SKIP: "(left out)",
          SUMMARY: "(the proposal's summary)"}


def import_docx(context: Context, args: argparse.Namespace) -> int:
    db = context.database()
    try:
        preview = drafts.preview_draft(db, args.proposal, args.file)
        destinations = preview.destinations(args.map)
        policies = _policies(args.existing, [*preview.section_keys, SUMMARY])
        if args.dry_run:
            _print_preview(preview, destinations, policies, args.json)
            return 0
        placement = drafts.import_draft(db, preview, destinations, policies, actor="cli")
    except WriteConflict as exc:
        print_conflicts(args.file, exc)
        return 1
    except Refused as exc:
        raise CommandError(str(exc)) from None
    _print_result(placement, args.json)
    return 0


def _policies(lines: list[str], keys: list[str]) -> dict[str, Policy]:
    chosen: dict[str, Policy] = {}
    default: Policy = "append"
    for line in lines:
        key, _sep, value = line.rpartition("=")
        key = SUMMARY if key == "summary" else key
        if value not in POLICIES:
            raise CommandError(f"--existing {line!r}: expected append, replace or keep (or KEY=one of them)")
        policy: Policy = value  # narrowed by the check against POLICIES above
        if not key:
            default = policy
        elif key not in keys:
            raise CommandError(f"--existing {line!r}: {key!r} is not a section of the call")
        else:
            chosen[key] = policy
    return {key: chosen.get(key, default) for key in keys}


def _print_preview(preview: drafts.DraftPreview, destinations: dict[int, str], policies: dict[str, Policy],
                   as_json: bool) -> None:
    if as_json:
        data = preview.to_json(destinations) | {"dry_run": True, "existing": {
            key: policies[key] for key in sorted(preview.with_text)}}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    print(f"{preview.draft.source}: {len(preview.parts)} parts (dry run: nothing written)")
    for part in preview.parts:
        heading = part.heading or "(text before the first heading)"
        destination = destinations[part.index]
        shown = _SHOWN.get(destination, destination)
        if destination in preview.with_text:
            shown += f" [has text: {policies[destination]}]"
        score = f"  {part.score:.2f} ~ {part.matched}" if part.matched else ""
        print(f"  {'  ' * max(part.level - 1, 0)}{heading[:70]}  ->  {shown}  ({part.words} words){score}")
    for note in preview.draft.notes:
        print(f"  note: {NOTES[note]}")


def _print_result(placement: Placement, as_json: bool) -> None:
    if as_json:
        print(json.dumps({
            "sections": [{"key": r.key, "action": r.action, "words": r.words} for r in placement.sections],
            "holding_words": placement.holding_words, "left_out": placement.left_out,
            "annexes": [image.filename for image in placement.images],
        }, ensure_ascii=False, indent=2))
        return
    for result in placement.sections:
        print(f"{result.key}: {result.action} ({result.words} words)")
    if placement.holding_words:
        print(f"imported, not placed: {placement.holding_words} words (Sections step)")
    for heading in placement.left_out:
        print(f"left out: {heading or '(text before the first heading)'}", file=sys.stderr)
    if placement.images:
        print(f"annexes: {', '.join(image.filename for image in placement.images)}")
