"""Hostile text in both formats: every input comes out verbatim, nothing read, no box, no foreign font."""

from __future__ import annotations

import builtins
import datetime as dt
import random
import shutil
import socket
import subprocess
from pathlib import Path

import pytest
from docx import Document

from medicen_desktop.document.sample import make_sample
from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.text import PAGE_BREAK, normalise_markdown
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.docx_render import render_docx
from medicen_desktop.export.pdf_fonts import missing_glyphs
from medicen_desktop.export.pdf_render import render_pdf
from medicen_desktop.rules.templates import get_template
from tests.unit.export.helpers import ARIAL_EMBEDDED, docx_text, pdf_font_names, pdf_pages, squash

MARKUP = ["a<b", "p < 0.05 & n > 10", "gene <BRCA1> mutated", "AT&T", "x &lt; y", "<b>bold",
          "<img src='/etc/passwd'/>", "<a href='javascript:x'>"]
UNICODE = "α β γ Δ µ ≤ ≥ ± → ‰ « guillemets » œuvre Ærø ñ ü 😀 🔬 ❤"
CONTROLS = "ctl\x00a\x01b\x07c\x0bd\x1fe\x0cf\r\ng\u00a0h\u2028i"
LONG_WORD = "X" * 5000
LONG_TITLE = "Titre " + "très long " * 40


def hostile_document() -> ProposalDocument:
    document = make_sample(random.Random(5))
    bodies = ["\n\n".join(MARKUP), UNICODE, CONTROLS, ("Lorem ipsum dolor sit amet " * 1100).strip(),
              f"| Key | Value |\n| --- | --- |\n| long | {LONG_WORD} |"]
    sections = list(document.sections)
    for section, body in zip(sections, bodies):
        section.body = body
    document.proposal.title = LONG_TITLE
    return document


def expected_texts() -> list[str]:
    controls = [line for line in normalise_markdown(CONTROLS).replace("\\", "").split("\n")
                if line.strip() and line.strip() != PAGE_BREAK]
    return [*MARKUP, *UNICODE.split(), *controls, LONG_WORD, LONG_TITLE.strip()[:200]]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    document = hostile_document()
    tree = build_tree(document, get_template(document.proposal.template_key), today=dt.date(2026, 1, 1))
    folder = tmp_path_factory.mktemp("hostile")
    opened: list[str] = []
    real_open = builtins.open

    def watching_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    def no_network(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a connection was opened because of user text")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(builtins, "open", watching_open)
        patch.setattr(socket.socket, "connect", no_network)
        render_docx(tree, folder / "hostile.docx")
        render_pdf(tree, folder / "hostile.pdf")
    assert not any("passwd" in name for name in opened)
    return folder / "hostile.docx", folder / "hostile.pdf"


def test_docx_reopens_and_has_every_input(rendered: tuple[Path, Path]) -> None:
    docx_path, _ = rendered
    Document(str(docx_path))
    text = squash(docx_text(docx_path))
    for expected in expected_texts():
        assert squash(expected) in text, expected[:60]


def test_pdf_has_every_input_in_embedded_fonts_only(rendered: tuple[Path, Path]) -> None:
    _, pdf_path = rendered
    text = squash("".join(pdf_pages(pdf_path)))
    for expected in expected_texts():
        if expected == LONG_WORD:  # split across pages: the repeated header row comes between the halves
            assert text.count("X") >= len(LONG_WORD)
            continue
        assert squash(expected) in text, expected[:60]
    assert pdf_font_names(pdf_path) <= ARIAL_EMBEDDED
    assert "Symbola" in pdf_font_names(pdf_path)  # 🔬 drawn by the fallback, not a box


ASTRAL = ("😀", "🔬")


def test_astral_emoji_in_pdf(rendered: tuple[Path, Path]) -> None:
    """Code points above U+FFFF extract as themselves (reportlab's ToUnicode CMap is corrected in pdf_fonts)."""
    text = "".join(pdf_pages(rendered[1]))
    assert all(emoji in text for emoji in ASTRAL)
    if shutil.which("pdftotext"):
        extracted = subprocess.run(["pdftotext", str(rendered[1]), "-"], capture_output=True, check=True).stdout
        assert all(emoji in extracted.decode("utf-8") for emoji in ASTRAL)


def test_no_character_lacks_a_glyph() -> None:
    assert missing_glyphs(UNICODE + "".join(MARKUP)) == set()


def test_long_title_is_clipped_only_in_word_properties(rendered: tuple[Path, Path]) -> None:
    docx_path, _ = rendered
    assert len(Document(str(docx_path)).core_properties.title) == 255


def test_four_hundred_partners(tmp_path: Path) -> None:
    from medicen_desktop.document.schema import (
        Organisation,
        OrganisationKind,
        Participation,
    )

    document = make_sample(random.Random(6))
    rng = random.Random(7)
    for index in range(400 - len(document.participations)):
        org = Organisation(uuid=_uuid(rng), legal_name=f"Org <{index}> & Co", short_name=f"O{index}",
                           kind=OrganisationKind.SME)
        document.organisations.append(org)
        document.participations.append(Participation(uuid=_uuid(rng), organisation_uuid=org.uuid, position=10 + index))
    tree = build_tree(document, get_template(document.proposal.template_key))
    render_docx(tree, tmp_path / "many.docx")
    render_pdf(tree, tmp_path / "many.pdf")
    last = f"Org <{400 - 6}> & Co"
    assert squash(last) in squash(docx_text(tmp_path / "many.docx"))
    assert squash(last) in squash("".join(pdf_pages(tmp_path / "many.pdf")))


def _uuid(rng: random.Random) -> str:
    import uuid

    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
