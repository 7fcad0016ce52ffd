"""Sub- and superscripts between the dialect's ``~x~``/``^x^`` and the editor's character formats.

Qt's Markdown reader (md4c) knows no sub/superscript: ``load_markdown``
hands it each script of the source between two private-use characters
(``mark_scripts``), then ``apply_scripts`` removes them and lowers or raises
the text between. Writing back, ``inline_markdown`` cuts a block's emphasis
pieces into (text, script) segments and writes them with ``scripted``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from medicen_desktop.document.scripts import SUB, SUP, script_markdown, script_spans

Segment = tuple[str, str]
"""(text, script): script "sub", "sup" or ""."""
LINE_SEPARATOR = "\u2028"
_OPEN = {SUB: "\ue000", SUP: "\ue002"}
_CLOSE = {SUB: "\ue001", SUP: "\ue003"}
_ALIGN = {SUB: QTextCharFormat.VerticalAlignment.AlignSubScript,
          SUP: QTextCharFormat.VerticalAlignment.AlignSuperScript}
SCRIPT_OF = {align: kind for kind, align in _ALIGN.items()}


def mark_scripts(line: str, escape: Callable[[str], str]) -> str:
    """``line`` with each ``~x~``/``^x^`` as ``x`` (``escape``d for Qt) between private-use marks."""
    spans = script_spans(line)
    if not spans:
        return line
    out: list[str] = []
    at = 0
    for start, end, kind, text in spans:
        out.append(line[at:start] + _OPEN[kind] + escape(text) + _CLOSE[kind])
        at = end
    out.append(line[at:])
    return "".join(out)


def has_script_marks(source: str) -> bool:
    return _OPEN[SUB] in source or _OPEN[SUP] in source


def apply_scripts(document: QTextDocument) -> None:
    """Replace each pair of marks of the loaded ``document`` by the script's character format."""
    for kind in (SUB, SUP):
        fmt = QTextCharFormat()
        fmt.setVerticalAlignment(_ALIGN[kind])
        while True:
            opener = document.find(_OPEN[kind])
            if opener.isNull():
                break
            opener.removeSelectedText()
            closer = document.find(_CLOSE[kind], opener.position())
            if closer.isNull():
                break
            closer.removeSelectedText()
            opener.setPosition(closer.position(), QTextCursor.MoveMode.KeepAnchor)
            opener.mergeCharFormat(fmt)


def segment_lines(segments: list[Segment]) -> list[list[Segment]]:
    """The segments of one emphasis piece, cut into lines at its line separators."""
    lines: list[list[Segment]] = [[]]
    for text, script in segments:
        for n, part in enumerate(text.split(LINE_SEPARATOR)):
            if n:
                lines.append([])
            if part:
                lines[-1].append((part, script))
    return lines


def trimmed(line: list[Segment], lead: int, trail: int) -> list[Segment]:
    """``line`` without its first ``lead`` and last ``trail`` characters (its outer white space)."""
    out: list[Segment] = []
    total = sum(len(text) for text, _script in line)
    at = 0
    for text, script in line:
        start, end = max(lead - at, 0), min(total - trail - at, len(text))
        if start < end:
            out.append((text[start:end], script))
        at += len(text)
    return out


def scripted(line: list[Segment], escape: Callable[[str], str]) -> str:
    """Escaped Markdown of a line's segments; neighbours of one script are written as one."""
    merged: list[Segment] = []
    for text, script in line:
        if merged and merged[-1][1] == script:
            merged[-1] = (merged[-1][0] + text, script)
        else:
            merged.append((text, script))
    return "".join(script_markdown(text, script, escape) if script and text.strip() else escape(text)
                   for text, script in merged)
