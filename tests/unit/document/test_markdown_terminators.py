"""The dialect's parser stops its text rule only where one of its inline rules may start (``INLINE_STARTS``), and
reads exactly the tokens markdown-it's default stopping set gives: hypothesis over every ASCII punctuation mark, and
the large proposal's sections."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from medicen_desktop.document import markdown
from medicen_desktop.document.markdown import INLINE_STARTS, parse
from medicen_desktop.document.text import normalise_markdown
from tests.large_proposal import make_large

PIECES = st.sampled_from(["a", "mot", " ", "  ", "\n", "\n\n", "1.", "- ", "* ", "> ", "# ", "| a | b |\n|---|---|\n",
                          "`", "```\n", "H~2~O", "10^6^", "\\", "[x]", "[x](y)", "![i](j)", "<http://a.b>", "<b>",
                          "&amp;", "**", "__", "_", "~", "^", "%", ":", "=", "+", "@", "$", "{", "}", "#", "!", "[",
                          "]", "<", ">", "&", "-", "—", "é", "µ", "≥"])


def stock_parser() -> MarkdownIt:
    """The dialect's parser with markdown-it's own text-rule stopping set."""
    md = markdown.parser.__wrapped__()
    md.inline.terminator_re = MarkdownIt().inline.terminator_re
    return md


STOCK = stock_parser()


def tokens(items: list[Token]) -> list[dict[str, object]]:
    return [token.as_dict() for token in items]


def test_the_stopping_set_is_narrower_than_markdown_its() -> None:
    default = MarkdownIt().inline.terminator_re.pattern
    assert set(INLINE_STARTS) < {c for c in map(chr, range(128)) if re.fullmatch(default, c)}
    assert markdown.parser().inline.terminator_re.pattern != default


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_the_same_tokens_as_with_markdown_its_stopping_set(source: str) -> None:
    assert tokens(parse(source)) == tokens(STOCK.parse(normalise_markdown(source)))


def test_the_same_tokens_for_the_large_proposal() -> None:
    document = make_large(partners=3, work_packages=2, deliverables=4, words=6_000)
    for body in [section.body for section in document.sections] + [task.description for task in document.tasks]:
        assert tokens(parse(body)) == tokens(STOCK.parse(normalise_markdown(body)))
