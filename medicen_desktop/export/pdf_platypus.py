"""reportlab's layout engine (``reportlab.platypus``) for the PDF modules, imported without its URL pattern's cost.

Importing ``reportlab.platypus`` runs ``platypus/paragraph.py``, which
compiles a case-insensitive URL pattern (``uri_pat``, from Django's
validator) whose ranges up to U+FFFF take Python's regular-expression
compiler about 20 ms: two fifths of reportlab's whole import, paid by every
PDF export and preflight. reportlab uses it only to split a URL too long
for its line inside a markup ``Paragraph``. Here the package is imported
with that one pattern deferred (``DeferredPattern``: compiled on its first
use, then the compiled pattern's methods); every other pattern is compiled
as always. If reportlab is already imported, or its pattern changes, nothing
is deferred and the pattern is compiled as before (slower, never wrong):
``tests/unit/export/test_pdf_imports.py`` notices.

Every PDF module takes its platypus names from here, so whichever is
imported first, reportlab is imported this way.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

URL_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
"""How reportlab's ``paragraph.uri_pat`` begins (reportlab 3.5 to 5.1); it is compiled with ``re.I``."""


class DeferredPattern:
    """A regular expression compiled on first use; then it answers as the compiled ``re.Pattern`` does."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.deferred = (pattern, flags)
        self.compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:  # match, search, pattern, flags…: only what this class lacks
        compiled = self.compiled
        if compiled is None:
            compiled = self.compiled = re.compile(*self.deferred)
        return getattr(compiled, name)


@contextmanager
def _url_pattern_deferred() -> Iterator[None]:
    stock = re.compile

    def compile_(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith(URL_PATTERN_START) and flags == re.I:
            return DeferredPattern(pattern, flags)
        return stock(pattern, flags)

    re.compile = compile_
    try:
        yield
    finally:
        re.compile = stock


if "reportlab.platypus" not in sys.modules:
    with _url_pattern_deferred():
        import reportlab.platypus  # noqa: F401

from reportlab.platypus import (  # noqa: E402  (after the import above, which they reuse)
    ActionFlowable,
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import _listWrapOn as list_wrap_on  # noqa: E402

__all__ = ["ActionFlowable", "BaseDocTemplate", "CondPageBreak", "DeferredPattern", "Flowable", "Frame",
           "HRFlowable", "Image", "KeepTogether", "NextPageTemplate", "PageBreak", "PageTemplate", "Paragraph",
           "Spacer", "Table", "TableStyle", "list_wrap_on"]
