"""Subscript ``~x~`` and superscript ``^x^`` in the section dialect (Pandoc's syntax, markdown-it-sub/sup's rules).

``H~2~O``, ``CO~2~``, ``10^6^ cells``, ``1^er^ janvier``: a ``~`` (``^``)
opens a subscript (superscript) that the next ``~`` (``^``) of the same
paragraph closes, with no unescaped white space between them; a space
inside is written ``\\ `` (``m^2\\ ou\\ plus^``). The content is text only
(bold or italic go around it: ``**H~2~O**``). Anything else is literal:
``~5 kg`` or ``x^2 + y^2`` (white space inside), ``~~`` (empty), ``\\~``
and ``\\^`` (escaped; the editor escapes both when the user types them).

GFM's ``~~strike~~`` is not part of the dialect (the parser's CommonMark
preset leaves it off), so ``~`` is free for subscripts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a parser is made (``document.markdown.parser``): an export's cached texts need none
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline

SUB, SUP = "sub", "sup"
MARKS = {SUB: "~", SUP: "^"}
_UNESCAPE = re.compile(r"\\([\s\\!\"#$%&'()*+,./:;<=>?@\[\]^_`{|}~-])")
_UNESCAPED_SPACE = re.compile(r"(?:^|[^\\])(?:\\\\)*\s")
_SPACE = re.compile(r"\s")
_TICKS = re.compile(r"(?<!\\)`+")

InlineRule = Callable[["StateInline", bool], bool]


def _rule(kind: str) -> InlineRule:
    mark = MARKS[kind]

    def rule(state: StateInline, silent: bool) -> bool:
        start, end = state.pos, state.posMax
        if state.src[start] != mark or silent or start + 2 >= end:
            return False
        state.pos = start + 1
        found = False
        while state.pos < end:
            if state.src[state.pos] == mark:
                found = True
                break
            state.md.inline.skipToken(state)
        if not found or state.pos == start + 1:
            state.pos = start
            return False
        content = state.src[start + 1:state.pos]
        if _UNESCAPED_SPACE.search(content):
            state.pos = start
            return False
        close = state.pos
        state.push(f"{kind}_open", kind, 1).markup = mark
        state.push("text", "", 0).content = unescape(content)
        state.push(f"{kind}_close", kind, -1).markup = mark
        state.pos = close + 1
        state.posMax = end
        return True

    return rule


def enable_scripts(md: MarkdownIt) -> None:
    """Teach ``md`` the dialect's subscript and superscript."""
    md.inline.ruler.after("emphasis", SUB, _rule(SUB))
    md.inline.ruler.after(SUB, SUP, _rule(SUP))


def unescape(content: str) -> str:
    """The text of a script's content (between its marks): backslash escapes and ``\\ `` resolved."""
    return _UNESCAPE.sub(r"\1", content)


def script_markdown(text: str, kind: str, escape: Callable[[str], str]) -> str:
    """``text`` as a subscript (``kind`` SUB) or superscript (SUP): escaped by ``escape``, white space as ``\\ ``."""
    return MARKS[kind] + _SPACE.sub(lambda m: "\\" + m.group(0), escape(text)) + MARKS[kind]


def script_spans(line: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, kind, text)`` of each script in one source ``line``, as ``parse`` reads it.

    For readers that take the Markdown line by line (the editor hands Qt a copy of the source in which
    scripts are marked): backslash escapes and code spans are skipped as the parser skips them.
    """
    spans: list[tuple[int, int, str, str]] = []
    kinds = {mark: kind for kind, mark in MARKS.items()}
    ticks = {m.start(): m.end() for m in _TICKS.finditer(line)}
    i, n = 0, len(line)
    while i < n:
        char = line[i]
        if char == "\\":
            i += 2
        elif i in ticks:
            size = ticks[i] - i
            close = next((start for start, end in ticks.items() if start >= ticks[i] and end - start == size), None)
            i = ticks[close] if close is not None else ticks[i]
        elif char in kinds:
            j = i + 1
            while j < n and line[j] != char and not line[j].isspace():
                j += 2 if line[j] == "\\" else 1
            if j < n and line[j] == char and j > i + 1:
                spans.append((i, j + 1, kinds[char], unescape(line[i + 1:j])))
                i = j + 1
            else:
                i += 1
        else:
            i += 1
    return spans
