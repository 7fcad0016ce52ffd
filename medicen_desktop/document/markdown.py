"""The one Markdown dialect of section text: its parser, and what a funder counts in it.

Section bodies are CommonMark with pipe tables, plus subscript ``H~2~O`` and
superscript ``10^6^`` (``document/scripts``); raw HTML and entity
references are off, so whatever the user typed (``<b>``, ``&lt;``) is text.
The editor (``gui/markdown_io``), the rules (word and character limits) and
the exporters (``export/markdown``) all parse through ``parse`` here, so a
backslash the editor wrote to escape ``[12]`` is markup, never a character
the funder counts.

Counting follows the funder's forms: the visible text (what the dossier
shows), with every run of whitespace counted as one space; a word is a run of
letters or digits, with an apostrophe or hyphen inside it ("d'un",
"bio-marqueur") keeping it one word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from medicen_desktop.document import markdown_cache
from medicen_desktop.document.scripts import enable_scripts
from medicen_desktop.document.text import PAGE_BREAK, normalise_markdown

if TYPE_CHECKING:  # markdown-it is imported when a parser is first made: an export's cached texts need none
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~^#!])")
_LINE_START = re.compile(r"^([-+=>]|\d+(?=[.)]))")
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_SPACE = re.compile(r"\s+")
INLINE_STARTS = "\n\\`*_~^[]!<"
"""Where an inline rule of the dialect may start: line break, backslash escape, code span, emphasis, subscript,
superscript, link (its label's end too, which a link's label scan stops at), image, autolink."""


@lru_cache(maxsize=2)
def parser(inline: bool = True) -> MarkdownIt:
    """The dialect's parser; ``inline=False`` reads only the blocks (faster, for the editor's structure)."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.disable(["entity", "html_inline", "html_block", *(() if inline else ("inline",))])
    enable_scripts(md)
    # markdown-it's ``text`` rule reads up to the next character of a set that also holds what its plugins start at
    # ("%", "-", ":", "&", "=", "+"...): at each, every rule of the dialect was tried and failed, and the character
    # went to the same pending text. Stopping only where a rule of the dialect may start gives the same tokens.
    md.inline.terminator_re = re.compile(f"[{re.escape(INLINE_STARTS)}]")
    return md


def parse(source: str) -> list[Token]:
    """Tokens of a normalised Markdown body (blocks with their inline children)."""
    return parser().parse(normalise_markdown(source))


def visible_text(source: str) -> str:
    """The text the dossier shows for ``source``, on one line (blocks separated by one space).

    During an export, from the proposal's cache of parsed texts when this text was parsed before (``markdown_cache``).
    """
    return markdown_cache.cached("visible", source, None, _visible_text)


def _visible_text(source: str, _: None) -> str:
    pieces: list[str] = []
    for token in parse(source):
        if token.type == "inline":
            text = _inline_text(token)
            if text.strip() != PAGE_BREAK:
                pieces.append(text)
        elif token.type in ("fence", "code_block"):
            pieces.append(token.content)
    return _SPACE.sub(" ", " ".join(pieces)).strip()


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def count_words(source: str) -> int:
    """Words of the visible text (a number counts as a word; "d'un" counts as one)."""
    return len(_WORD.findall(visible_text(source)))


def counts(source: str) -> tuple[int, int]:
    """(words, characters) of the visible text, parsed once."""
    text = visible_text(source)
    return len(_WORD.findall(text)), len(text)


def count_chars(source: str) -> int:
    """Characters of the visible text, spaces included."""
    return len(visible_text(source))


def escape_inline(text: str) -> str:
    """``text`` as Markdown of the dialect that reads back as exactly ``text`` (inside a line)."""
    return _SPECIAL.sub(r"\\\1", text)


def escape_line_start(line: str) -> str:
    """``line`` with what would open a block at its start (a list marker, a quote, a heading rule) escaped."""
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match.group(1).isdigit():
        return line[:match.end()] + "\\" + line[match.end():]
    return "\\" + line
