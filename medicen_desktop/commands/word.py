"""Word packages on the command line: ``package --format docx`` and ``merge PROPOSAL FILE.docx``.

The same exit codes as zip packages and contributions: 0 done; 1 conflicts left (listed, nothing
written); 2 refused file (one line naming it and the problem, nothing written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from medicen_desktop.commands.common import CommandError, Context, refused
from medicen_desktop.commands.merge_report import print_report
from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.errors import Refused
from medicen_desktop.services import word_packages


def package(context: Context, args: argparse.Namespace) -> int:
    context.check_output(args.output)
    ref = context.document(args.proposal).proposal.uuid
    try:
        made = word_packages.create_word_package(context.database(), ref, args.partner, actor="cli",
                                                 output=Path(args.output), language=args.language)
    except Refused as exc:
        raise CommandError(str(exc).strip("'\"")) from None
    except OSError as exc:
        raise CommandError(f"{args.output}: cannot write ({exc.strerror})") from None
    print(made.package_uuid)
    return 0


def merge(context: Context, args: argparse.Namespace, raw: bytes) -> int:
    db = context.database()
    ref = context.document(args.proposal).proposal.uuid
    try:
        if args.dry_run:
            report, word = word_packages.preview_word_merge(db, ref, raw, args.file, take=args.take)
        else:
            report, word = word_packages.merge_word(db, ref, raw, args.file, take=args.take, actor="cli")
    except word_packages.PartsMissing as exc:
        for orphan in exc.orphans:
            print(f"text found outside the parts (after {orphan.after or 'the start'}), to place by hand:",
                  file=sys.stderr)
            print(orphan.markdown, file=sys.stderr)
        raise refused(exc) from None
    except InterchangeError as exc:
        raise refused(exc) from None
    if args.json:
        print(json.dumps({**report.to_data(), "word": word.to_data()}, ensure_ascii=False, indent=2))
    else:
        print_report(report)
        _print_word(word)
    return 1 if report.unresolved else 0


def _print_word(word: word_packages.WordReport) -> None:
    for key, (insertions, deletions) in word.tracked.items():
        print(f"  tracked  {key}: {insertions} insertion(s) and {deletions} deletion(s) applied")
    for note in word.notes:
        print(f"  note     {note.message()}")
    for comment in word.comments:
        print(f"  comment  {comment.section or '(outside the parts)'} · {comment.author}: {comment.text}")
    for orphan in word.orphans:
        print(f"  outside  text after {orphan.after or 'the start'} (not merged, place it by hand): "
              f"{' '.join(orphan.markdown.split())[:120]}")
