"""Where each part of a Word draft goes: its headings matched to the call's outline.

A draft (``docx_reader.Draft``) is cut at every heading into ``DraftPart``s;
the text before the first heading is a part without heading. Each part gets
a proposed destination, which the user confirms or changes before anything
is written (the preview, ``import-docx --dry-run``):

- a section key of the call: the heading resembles that section's title (FR
  or EN, the funder's number or the number the dossier gives it, fuzzy:
  ``difflib`` on accent- and case-folded words, with a score);
- ``ABOVE``: an unmatched heading below the part above it (deeper level)
  stays inside it, as a heading of that section's text;
- ``SUMMARY``: the proposal's summary (a heading resembling the call's
  summary: "Résumé", "Summary");
- ``HOLDING``: anything else, and a heading that resembles a part the app
  generates from its tables (work packages, budget…): the proposal's
  "Imported, not placed" section (``HOLDING_KEY``), which keeps the text
  visible in the Sections step, out of the dossier, until the user moves it;
- ``SKIP``: only when the user chooses it.

A draft without any Word heading (titles typed in bold in the Normal
style) is cut at its short paragraphs set wholly in bold instead.

Pure: no database, no file.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from medicen_desktop.document.markdown import count_words
from medicen_desktop.exchange.docx_reader import Draft, DraftHeading, DraftRefused, DraftText
from medicen_desktop.rules.outline_model import OutlineItem, split_number
from medicen_desktop.rules.template_model import FunderTemplate

ABOVE = "@above"
HOLDING = "@holding"
SUMMARY = "@summary"
SKIP = "@skip"
SPECIAL = {"above": ABOVE, "holding": HOLDING, "skip": SKIP, "summary": SUMMARY}
"""The words ``--map HEADING=WORD`` accepts besides a section key."""
HOLDING_KEY = "imported_draft"
"""The key of the "Imported, not placed" section: no call has it, so the dossier never shows it."""
THRESHOLD = 0.7
"""A heading scoring below this against every part of the outline is not matched."""

_NUMBER = re.compile(r"^\s*((?:\d+|[A-Z])(?:\.\d+)*[a-z]?)[.)]?\s+(\S.*)$")
_WORD = re.compile(r"[^\W_]+")
_BOLD_TITLE = re.compile(r"^\*\*((?:[^*\n]|\\\*){1,150}?[^.:;,\s*])\*\*$")
"""A paragraph wholly in bold, up to 150 characters, not ending as a sentence does."""
_ESCAPED = re.compile(r"\\(.)")
_STOPWORDS = frozenset("a au aux d de des du en et l la le les pour sur un une and for in of on the to".split())


@dataclass(frozen=True)
class Target:
    """A part of the call's outline a heading can match: a section, or a part the app generates."""

    section: str | None
    block: str | None
    number: str
    title_fr: str
    title_en: str

    def label(self, language: str) -> str:
        title = self.title_fr if language == "fr" else self.title_en
        return f"{self.number} {title}".strip()


@dataclass(frozen=True)
class DraftPart:
    """One heading of the draft and the text under it, with the destination proposed for it."""

    index: int
    heading: str
    """The heading as the file writes it; "" for the text before the first heading."""
    level: int
    """1–6; 0 for the text before the first heading."""
    markdown: str
    images: tuple[int, ...]
    proposed: str
    """A section key, SUMMARY, ABOVE, HOLDING or SKIP."""
    score: float
    matched: str
    """What the heading resembles in the outline ("4 Programme de travail et méthodologie"), or ""."""
    generated: str | None
    """The kind of generated part it resembles ("wp_list", "budget"…), else None."""

    @property
    def words(self) -> int:
        return count_words(self.markdown)

    @property
    def title(self) -> str:
        """The heading without its number ("Programme de travail" for "4 Programme de travail")."""
        match = _NUMBER.match(self.heading)
        return match.group(2) if match else self.heading


def outline_targets(template: FunderTemplate, language: str) -> list[Target]:
    """The outline's sections and titled generated parts, numbered as the dossier numbers them."""
    found: list[Target] = []
    counters: dict[str, int] = {}

    def walk(items: list[OutlineItem], parent: str, parent_numbered: bool) -> None:
        for item in items:
            spec = template.section(item.section) if item.section else None
            fr = item.title_fr or (split_number(spec.title_fr)[1] if spec else None)
            en = item.title_en or (split_number(spec.title_en)[1] if spec else None)
            numbered = item.numbered and parent_numbered
            number = ""
            if (fr or en) and numbered:
                if item.number:
                    number = item.number
                    last = number.rsplit(".", 1)[-1]
                    if last.isdigit():
                        counters[parent] = max(counters.get(parent, 0), int(last))
                else:
                    counters[parent] = counters.get(parent, 0) + 1
                    number = f"{parent}.{counters[parent]}" if parent else str(counters[parent])
            if fr or en:
                kind = None if item.section else item.block
                if item.section or kind:
                    found.append(Target(item.section, kind, number, fr or en or "", en or fr or ""))
            walk(item.children, number if (fr or en) else parent, numbered)

    walk(template.dossier_outline(), "", True)
    return found


def propose(draft: Draft, template: FunderTemplate, language: str,
            generated_tables: frozenset[tuple[str, ...]] = frozenset()) -> list[DraftPart]:
    """The draft cut at its headings, each part with its proposed destination (see the module's docstring).

    A table whose first row is one of ``generated_tables`` (the headers of the tables the app writes
    without a heading of their own, as the participants table inside the consortium section) is a
    part of its own, proposed for the holding section; the text after it goes on in the part above.
    """
    targets = outline_targets(template, language)
    headers = {tuple(_fold(cell) for cell in header) for header in generated_tables}
    blocks = draft.blocks if any(isinstance(b, DraftHeading) for b in draft.blocks) else _bold_titles(draft.blocks)
    parts: list[DraftPart] = []
    anchor_level: int | None = None
    pending: tuple[str, int] = ("", 0)
    texts: list[str] = []
    images: list[int] = []

    def close() -> None:
        nonlocal anchor_level
        heading, level = pending
        body = "\n\n".join(t for t in texts if t)
        if not heading and not body and not images:
            return
        score, target = _best(heading, targets) if heading else (0.0, None)
        if target is not None and score >= THRESHOLD:
            proposed = target.section or (SUMMARY if target.block == "summary" else HOLDING)
            matched, generated = target.label(language), (None if proposed == SUMMARY else target.block)
            anchor_level = level
        elif level and anchor_level is not None and level > anchor_level:
            proposed, matched, generated = ABOVE, "", None
        else:
            proposed, matched, generated = HOLDING, "", None
            anchor_level = level if heading else None
        parts.append(DraftPart(len(parts), heading, level, body, tuple(images), proposed, round(score, 2),
                               matched if score >= THRESHOLD else "", generated if score >= THRESHOLD else None))

    for block in blocks:
        if isinstance(block, DraftHeading):
            close()
            pending, texts, images = (block.text, block.level), [], []
        elif block.header and tuple(_fold(cell) for cell in block.header) in headers:
            close()
            level = pending[1] + 1
            parts.append(DraftPart(len(parts), f"[{' · '.join(block.header)}]", level, block.markdown, block.images,
                                   HOLDING, 1.0, "", "table"))
            pending, texts, images = ("", level), [], []
        else:
            texts.append(block.markdown)
            images.extend(block.images)
    close()
    return parts


def _bold_titles(blocks: list[DraftHeading | DraftText]) -> list[DraftHeading | DraftText]:
    """A draft without any Word heading: its short paragraphs set wholly in bold are its titles."""
    found: list[DraftHeading | DraftText] = []
    for block in blocks:
        if isinstance(block, DraftHeading) or block.header:
            found.append(block)
            continue
        text: list[str] = []
        for paragraph in block.markdown.split("\n\n"):
            match = _BOLD_TITLE.match(paragraph.strip())
            if match is None:
                text.append(paragraph)
                continue
            if text:
                found.append(DraftText("\n\n".join(text)))
                text = []
            found.append(DraftHeading(1, _ESCAPED.sub(r"\1", match.group(1)).strip()))
        if text or block.images:
            found.append(DraftText("\n\n".join(text), block.images))
    return found


def with_overrides(parts: list[DraftPart], overrides: list[str], section_keys: list[str]) -> dict[int, str]:
    """Destinations per part index: the proposed ones, changed by ``HEADING=DESTINATION`` lines.

    HEADING is a heading as the file writes it, or without its number, in any case ("" for the text
    before the first heading); DESTINATION a section key of the call or summary / above / holding / skip.
    Raises DraftRefused naming an unknown heading or destination.
    """
    chosen = {part.index: part.proposed for part in parts}
    for line in overrides:
        heading, sep, destination = line.rpartition("=")
        if not sep:
            raise DraftRefused(f"--map {line!r}: expected HEADING=SECTION_KEY")
        destination = destination.strip()
        if destination in section_keys:
            value = destination
        elif destination.lower() in SPECIAL:
            value = SPECIAL[destination.lower()]
        else:
            raise DraftRefused(f"--map {line!r}: {destination!r} is not a section of the call "
                               f"(expected one of {', '.join(section_keys)}, or summary, above, holding, skip)")
        wanted = _fold(heading)
        hits = [p for p in parts if _fold(p.heading) == wanted or (heading.strip() and _fold(p.title) == wanted)]
        if not hits:
            raise DraftRefused(f"--map {line!r}: the draft has no heading {heading.strip()!r}")
        for part in hits:
            chosen[part.index] = value
    return chosen


def _fold(text: str) -> str:
    """Lower case, without accents, words separated by one space."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(_WORD.findall(plain))


def _similarity(heading: str, title: str) -> float:
    """0–1: the best of the spelling's likeness, the words shared, and one title's words all in the other
    ("Résumé du projet" holds "Résumé": 0.8)."""
    a, b = _fold(heading), _fold(title)
    if not a or not b:
        return 0.0
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    words_a, words_b = set(a.split()), set(b.split())
    overlap = len(words_a & words_b) / len(words_a | words_b)
    meaning_a, meaning_b = words_a - _STOPWORDS, words_b - _STOPWORDS
    contained = 0.0
    if meaning_a and meaning_b and (meaning_a <= meaning_b or meaning_b <= meaning_a):
        contained = 0.6 + 0.4 * min(len(meaning_a), len(meaning_b)) / max(len(meaning_a), len(meaning_b))
    return max(ratio, overlap, contained)


def _best(heading: str, targets: list[Target]) -> tuple[float, Target | None]:
    match = _NUMBER.match(heading)
    number, title = (match.group(1), match.group(2)) if match else ("", heading)
    best: tuple[float, Target | None] = (0.0, None)
    for target in targets:
        score = max(_similarity(title, target.title_fr), _similarity(title, target.title_en))
        if number and target.number and number == target.number:
            score = min(1.0, score + 0.15)
        if score > best[0]:
            best = (score, target)
    return best
