"""Word packages: a partner without the app gets a ``.docx``, and what it sends back merges like a contribution.

- ``create_word_package`` (coordinator): records the package as
  ``packages.create_package`` does (base snapshot, secret, assignment) and
  writes the ``.docx`` (``export.word_package``) instead of the zip.
- ``read_word_contribution``: the returned file checked (zip caps, no
  macros), its parts found and their marks verified against the packages of
  this database (a changed tag, another proposal's package, a part whose
  control and bookmark are both gone: refused, nothing written), read back
  to Markdown, and made into an ordinary contribution of that package (the
  package base with the parts' new text, signed with the package's secret).
  ``merging.preview_merge``/``merge_contribution`` then take it: the same
  ownership check, three-way merge, conflict window and undo as a zip
  contribution. Its ``WordReport`` says what the Word file held besides:
  tracked changes applied, comments, formatting reduced to text, and text
  found outside the parts, to place by hand.

Unchanged text stays byte for byte what was sent: a paragraph that reads
back exactly as the package wrote it is the base's own Markdown again.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree
from sqlalchemy import select

from medicen_desktop.document import word_marks
from medicen_desktop.document.comments import Comment
from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.jsonio import load_document
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.word_marks import PartMark
from medicen_desktop.exchange.annotations import annotation_members
from medicen_desktop.exchange.archive import DEFAULT_CAPS, Caps
from medicen_desktop.exchange.assignment import Assignment, partner_name
from medicen_desktop.exchange.contribution import build_contribution
from medicen_desktop.exchange.merge_result import Resolution
from medicen_desktop.exchange.textmerge import Side
from medicen_desktop.exchange.word_file import W, WordFile, open_word_file
from medicen_desktop.exchange.word_markdown import NOTE_TEXT, BlockReader, ReadStats, Segment, inline_markdown
from medicen_desktop.exchange.word_reading import WordReading, read_parts
from medicen_desktop.export.tree import Heading, ListBlock, Metadata, PageBreak, Paragraph, ParagraphKind, Table
from medicen_desktop.export.word_package import (
    WordPackagePlan,
    build_word_package,
    context_texts,
    part_numbers,
    section_blocks,
)
from medicen_desktop.model import ExchangePackage, Proposal
from medicen_desktop.exchange.signature import KeyPair
from medicen_desktop.services import merging, packages, signing
from medicen_desktop.services.packages import PackageFile
from medicen_desktop.services.proposals import resolve
from medicen_desktop.services.validation import template_of
from medicen_desktop.store.database import Database

_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")  # textmerge's paragraph separator


class PartsMissing(InterchangeError):
    """A part's content control and bookmark are both gone: refused, with the text found outside the parts."""

    def __init__(self, message: str, source: str, orphans: tuple[Orphan, ...]) -> None:
        super().__init__(message, source)
        self.orphans = orphans


@dataclass(frozen=True)
class Orphan:
    """Text found outside the parts, between sections ``after`` and ``before`` ("": the start or the end),
    to place by hand."""

    after: str
    markdown: str
    before: str = ""


@dataclass(frozen=True)
class WordComment:
    section: str
    author: str
    date: str
    text: str


@dataclass(frozen=True)
class WordNote:
    """Something the Word file held that did not become section text as such.

    ``kind``: a formatting kind of ``word_markdown.NOTE_TEXT`` reduced to text (``count`` times), "footnote"
    (``text``: its text), "bookmark" (the part's control was removed, its text found by its bookmark),
    "no section" (assigned, but the proposal has no such section any more) or "outside changes" (tracked
    changes outside the parts, ignored). ``section``: the section's key ("" for the whole file).
    """

    section: str
    kind: str
    count: int = 1
    text: str = ""

    def message(self) -> str:
        """The note in English, for the command line and the JSON report."""
        if self.kind == "footnote":
            body = f"footnote not kept, its text: {self.text}"
        elif self.kind == "bookmark":
            body = "its content control was removed; its text was found by its bookmark"
        elif self.kind == "no section":
            body = "assigned, but the proposal has no such section any more; its text is not merged"
        elif self.kind == "outside changes":
            return "tracked changes outside the parts were ignored (that text is read-only)"
        else:
            body = f"{NOTE_TEXT.get(self.kind, self.kind)} ×{self.count}, reduced to text"
        return f"{self.section}: {body}"


@dataclass(frozen=True)
class WordReport:
    """What the Word file said besides its parts' text, for the merge report."""

    package_uuid: str
    partner: str
    notes: tuple[WordNote, ...] = ()
    comments: tuple[WordComment, ...] = ()
    orphans: tuple[Orphan, ...] = ()
    tracked: dict[str, tuple[int, int]] = field(default_factory=dict)
    """section key → (insertions, deletions) accepted."""

    def to_data(self) -> dict[str, Any]:
        return {"package": self.package_uuid, "partner": self.partner, "notes": [n.message() for n in self.notes],
                "tracked_changes": {k: {"insertions": i, "deletions": d} for k, (i, d) in self.tracked.items()},
                "comments": [vars(c) for c in self.comments],
                "orphans": [{"after": o.after, "before": o.before, "markdown": o.markdown} for o in self.orphans]}


@dataclass(frozen=True)
class WordContribution:
    """The returned file as a contribution of its package (``data``: the zip the merge services read)."""

    data: bytes
    report: WordReport


@dataclass(frozen=True)
class _Package:
    uuid: str
    proposal_uuid: str
    participation_uuid: str
    partner: str
    secret: str
    base_sha256: str
    section_keys: tuple[str, ...]

    def key_of(self, number: int) -> str | None:
        keys = sorted(self.section_keys)
        return keys[number - 1] if 1 <= number <= len(keys) else None

    def verifies(self, mark: PartMark) -> bool:
        key = self.key_of(mark.number)
        if key is None or (mark.key and mark.key != key[:word_marks.KEY_IN_TAG].replace(":", "_")):
            return False
        return word_marks.verifies(mark, self.secret, self.uuid, key, self.base_sha256)


def create_word_package(db: Database, ref: str, partner: str, actor: str = "local", output: Path | None = None,
                        language: str | None = None) -> PackageFile:
    """Record a package for ``partner`` and write it as a Word file (``language`` "fr" or "en"; default: the
    partner's, ``partner_language``). Raises like ``packages.create_package``."""

    def write(base: ProposalDocument, assignment: Assignment, name: str, uuid: str, secret: str, sha: str) -> bytes:
        template, _findings = template_of(base)
        plan = WordPackagePlan(uuid, secret, sha, assignment.section_keys, name, _coordinator(base),
                               language or partner_language(base, assignment.participation_uuid))
        return build_word_package(base, template, plan)

    return packages.create_package(db, ref, partner, actor, output, writer=write)


def read_word_contribution(db: Database, ref: str, raw: bytes, source: str,
                           caps: Caps = DEFAULT_CAPS) -> WordContribution:
    """The returned Word file as a contribution of its package; raises InterchangeError (PartsMissing)."""
    proposal_uuid = resolve(db, ref)
    word = open_word_file(raw, source, caps)
    with db.read() as session:
        rows = session.execute(select(
            ExchangePackage.uuid, ExchangePackage.proposal_uuid, ExchangePackage.participation_uuid,
            ExchangePackage.partner_name, ExchangePackage.secret, ExchangePackage.base_sha256,
            ExchangePackage.section_keys)).all()
        known = [_Package(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6])) for r in rows]
        found: dict[str, Any] = {}

        def identify(marks: list[PartMark]) -> None:
            if "package" not in found:
                package = _identify(marks, known, proposal_uuid, source, session)
                row = session.get(ExchangePackage, package.uuid)
                assert row is not None
                found.update(package=package, base=load_document(row.base_snapshot, "<stored base>"))

        def context(marks: list[PartMark]) -> set[str]:
            identify(marks)
            package, base = found["package"], found["base"]
            template, _findings = template_of(base)
            plan = WordPackagePlan(package.uuid, package.secret, package.base_sha256,
                                   frozenset(package.section_keys), package.partner, _coordinator(base), "fr")
            return context_texts(base, template, plan)

        reading = read_parts(word, context)
        if reading.changed_tags:
            raise InterchangeError(f"a part's content control tag was changed ({reading.changed_tags[0]!r}): "
                                   "this is not the package as it was sent", source)
        identify(reading.marks)
    package = found["package"]
    base = found["base"]
    assert isinstance(package, _Package) and isinstance(base, ProposalDocument)
    with db.transaction() as session:  # signed by this database: its parts' tags carry the package's MAC
        key = signing.own_key(session, proposal_uuid)
    return _contribution(package, base, word, reading, source, key)


def preview_word_merge(db: Database, ref: str, raw: bytes, source: str, *, take: Side | None = None,
                       resolutions: Mapping[str, Resolution] | None = None) -> tuple[merging.MergeReport, WordReport]:
    """``merging.preview_merge`` of the returned Word file; never writes."""
    made = read_word_contribution(db, ref, raw, source)
    return merging.preview_merge(db, ref, made.data, source, take=take, resolutions=resolutions), made.report


def merge_word(db: Database, ref: str, raw: bytes, source: str, *, take: Side | None = None,
               resolutions: Mapping[str, Resolution] | None = None,
               actor: str = "local") -> tuple[merging.MergeReport, WordReport]:
    """``merging.merge_contribution`` of the returned Word file (nothing written while conflicts remain)."""
    made = read_word_contribution(db, ref, raw, source)
    report = merging.merge_contribution(db, ref, made.data, source, take=take, resolutions=resolutions, actor=actor)
    return report, made.report


# -- identifying the package ----------------------------------------------------------------------------------
def _identify(marks: list[PartMark], known: list[_Package], proposal_uuid: str, source: str,
              session: Any) -> _Package:
    if not marks:
        raise InterchangeError("no part of a Word package found: not a package, or its content controls and "
                               "bookmarks were removed", source)
    whole = [p for p in known if all(p.verifies(mark) for mark in marks)]
    if not whole:
        if any(p.verifies(mark) for p in known for mark in marks):
            raise InterchangeError("some parts' marks (content control tags or bookmarks) were changed or come "
                                   "from another package: this is not the package as it was sent", source)
        raise InterchangeError("not a Word package made from this database (or its marks were changed)", source)
    package = whole[0]
    if package.proposal_uuid != proposal_uuid:
        other = session.get(Proposal, package.proposal_uuid)
        ours = session.get(Proposal, proposal_uuid)
        raise InterchangeError(
            f"this Word package was cut from another proposal ({other.acronym if other else package.proposal_uuid}), "
            f"not from {ours.acronym if ours else proposal_uuid}", source)
    return package


# -- the contribution -----------------------------------------------------------------------------------------
def _contribution(package: _Package, base: ProposalDocument, word: WordFile, reading: WordReading,
                  source: str, signing_key: KeyPair) -> WordContribution:
    keys = {n: k for k, n in part_numbers(package.section_keys).items()}
    orphans = tuple(Orphan(keys.get(s.after, ""), s.markdown, keys.get(s.before, "")) for s in reading.strays)
    missing = [keys[n] for n in sorted(keys) if n not in reading.parts]
    if missing:
        raise PartsMissing(
            f"the content control of {', '.join(missing)} was removed (with its bookmark): nothing was merged; "
            + ("the text found outside the parts is shown to place by hand" if orphans else
               "no text was found in its place"), source, orphans)
    canonical = _Lazy()
    by_key = {s.key: s for s in base.sections}
    notes: list[WordNote] = []
    tracked: dict[str, tuple[int, int]] = {}
    comments_at: dict[str, str] = {}
    sections = []
    controls = any(part.by_control for part in reading.parts.values())
    for section in base.sections:
        number = part_numbers(package.section_keys).get(section.key)
        part = reading.parts.get(number) if number is not None else None
        if part is None:
            sections.append(section)
            continue
        body = canonical.restore(part.blocks, section.body)
        sections.append(section.model_copy(update={"body": body}) if body != section.body else section)
        notes.extend(_notes(section.key, part.stats))
        if part.stats.insertions or part.stats.deletions:
            tracked[section.key] = (part.stats.insertions, part.stats.deletions)
        comments_at.update({ident: section.key for ident in part.stats.comments})
        if controls and not part.by_control:
            notes.append(WordNote(section.key, "bookmark"))
    for key in package.section_keys:
        if key not in by_key:
            notes.append(WordNote(key, "no section"))
    if reading.outside.insertions or reading.outside.deletions:
        notes.append(WordNote("", "outside changes"))
    comments = tuple(WordComment(comments_at.get(ident, ""), author, date, text)
                     for ident, (author, date, text) in word.comments.items())
    theirs = base.model_copy(update={"sections": sections})
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    data = build_contribution(theirs, {}, package_uuid=package.uuid, participation_uuid=package.participation_uuid,
                              base_sha256=package.base_sha256, secret=package.secret, created_at=now,
                              app_version=packages.app_version(), key=signing_key,
                              annotations=annotation_members(_part_comments(package.uuid, comments, now), None))
    report = WordReport(package.uuid, package.partner, tuple(notes), comments, orphans, tracked)
    return WordContribution(data, report)


def _part_comments(package_uuid: str, comments: tuple[WordComment, ...], now: dt.datetime) -> list[Comment]:
    """Word comments inside a part as comment threads on that section (merged with the contribution, never a
    conflict); the same file merged twice gives the same comments (UUIDs derived from the package and the text)."""
    made = []
    for number, comment in enumerate(comments):
        if not comment.section or not comment.text.strip():
            continue  # outside the parts: the merge report's note says where it was
        try:
            when = dt.datetime.fromisoformat(comment.date).astimezone(dt.UTC).replace(tzinfo=None)
        except ValueError:
            when = now
        made.append(Comment(
            uuid=str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"medicen-word:{package_uuid}:{number}:{comment.text}")),
            part=f"section:{comment.section}", author=(comment.author or "Word")[:200], created_at=when,
            body=comment.text.strip()[:20_000]))
    return made


def _notes(key: str, stats: ReadStats) -> list[WordNote]:
    out = [WordNote(key, kind, count) for kind, count in sorted(stats.notes.items()) if kind != "footnote"]
    out += [WordNote(key, "footnote", text=text) for text in stats.footnotes if text]
    return out


class _Lazy:
    """``_Canonical``, made on first use; its readings come from ``reader_form`` where that knows the blocks, so the
    renderer and its reference document are loaded only for quotes and code."""

    def __init__(self) -> None:
        self._made: _Canonical | None = None

    def restore(self, blocks: list[str], base: str) -> str:
        paragraphs = [p for p in _BLANK_LINES.split(base.strip()) if p.strip()] if base.strip() else []
        if blocks == paragraphs:
            return base
        if self._made is None:
            self._made = _Canonical(fast=True)
        return self._made.restore(blocks, base)


def reader_form(markdown: str) -> list[str] | None:
    """What the package's writer and reader make of ``markdown`` (``_Canonical.read``), computed from its blocks
    without writing Word XML; None for blocks it does not know (quotes, code, pictures)."""
    out: list[str] = []
    items: list[str] = []
    kind = ""

    def end_list() -> None:
        nonlocal kind
        if items:
            out.append("\n".join(items))
            items.clear()
        kind = ""

    for block in section_blocks(markdown):
        if isinstance(block, ListBlock):
            marker_kind = "ordered" if block.ordered else "bullet"
            if kind and kind != marker_kind:
                end_list()
            kind = marker_kind
            for number, item in enumerate(block.items, start=block.start):
                text = inline_markdown([Segment(r.text, r.bold, r.italic, r.script) for r in item])
                if text.strip():
                    marker = f"{number}. " if block.ordered else "- "
                    items.append(marker + text.replace("\n", "\n" + " " * len(marker)))
            continue
        end_list()
        if isinstance(block, Paragraph) and block.kind == ParagraphKind.BODY:
            text = inline_markdown([Segment(r.text, r.bold, r.italic, r.script) for r in block.runs])
            if text.strip():
                out.append(text)
        elif isinstance(block, Heading):
            text = inline_markdown([Segment(block.label)])
            if text.strip():
                out.append("#" * max(block.level - 1, 1) + " " + text.replace("\\\n", " "))
        elif isinstance(block, Table):
            rows = [[inline_markdown([Segment(cell)]).replace("\\\n", " ") for cell in row] for row in block.rows]
            if rows and any(any(c.strip() for c in row) for row in rows):
                width = max(len(row) for row in rows)
                lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
                lines.insert(1, "|" + "|".join(" --- " for _ in range(width)) + "|")
                out.append("\n".join(lines))
        elif not isinstance(block, PageBreak):
            return None
    end_list()
    return out


class _Canonical:
    """What each base paragraph reads back as when the package wrote it unchanged: that reading → the paragraph.

    ``fast``: from ``reader_form`` where it knows the blocks; the renderer is loaded for the others only.
    """

    def __init__(self, fast: bool = False) -> None:
        self.fast = fast
        self.composer: Any = None
        self.reader: BlockReader | None = None

    def read(self, markdown: str) -> list[str]:
        if self.fast:
            known = reader_form(markdown)
            if known is not None:
                return known
        if self.composer is None:
            from medicen_desktop.export.docx_render import DocxComposer  # only when a paragraph must be written again

            self.composer = DocxComposer(Metadata("", "", "", "", "fr-FR"))
            names = {self.composer.style_id(n): n.lower() for n in (
                "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Heading 5", "Heading 6", "Heading 7",
                "List Bullet", "Numbered Item", "Quote", "Code", "Note", "Caption", "Table Text", "Table Header")}
            self.reader = BlockReader(WordFile(etree.Element(f"{{{W}}}body"), names))
        assert self.reader is not None
        xml = self.composer.blocks_xml(section_blocks(markdown))
        root = etree.fromstring(f'<w:body xmlns:w="{W}">{xml}</w:body>')
        return self.reader.blocks(list(root), ReadStats())

    def restore(self, blocks: list[str], base: str) -> str:
        """The part's Markdown: ``blocks`` read back, each unchanged paragraph as the base wrote it.

        Only the base paragraphs not read back verbatim are written and read again (most plain
        paragraphs read back as they are).
        """
        paragraphs = [p for p in _BLANK_LINES.split(base.strip()) if p.strip()] if base.strip() else []
        if blocks == paragraphs:
            return base
        present, verbatim = set(blocks), set(paragraphs)
        known: dict[str, str] = {}
        readings: dict[str, list[str]] = {}
        if any(block not in verbatim for block in blocks):
            for paragraph in paragraphs:
                if paragraph not in present:
                    readings[paragraph] = self.read(paragraph)
                    if readings[paragraph]:
                        known.setdefault("\n\n".join(readings[paragraph]), paragraph)
        if blocks == [b for p in paragraphs for b in (readings.get(p) or [p])]:
            return base
        return "\n\n".join(known.get(block, block) for block in blocks)


def partner_language(document: ProposalDocument, participation_uuid: str) -> str:
    """The language a Word package explains itself in: French for a partner in France, English for a partner
    elsewhere (the consortium's lingua franca), whatever the proposal is written in."""
    organisations = {o.uuid: o for o in document.organisations}
    for participation in document.participations:
        if participation.uuid == participation_uuid:
            organisation = organisations.get(participation.organisation_uuid)
            if organisation is not None:
                return "fr" if organisation.country == "FR" else "en"
    return document.proposal.language.value


def _coordinator(document: ProposalDocument) -> str:
    for participation in sorted(document.participations, key=lambda p: p.position):
        if participation.role.value == "coordinator":
            return partner_name(document, participation.uuid)
    return ""
