"""The Word dossier's document part is written as text, never parsed into a tree: the bytes are the ones
python-docx wrote when the body was parsed into its tree and serialised again, and bad XML is never written."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.parsers import expat

import pytest
from docx.opc.oxml import serialize_part_xml
from docx.oxml.parser import parse_xml

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.document.text import normalise_plain
from medicen_desktop.export import docx_xml as x
from medicen_desktop.export.builder import build_tree
from medicen_desktop.export.docx_render import DocxComposer, render_docx
from medicen_desktop.export.tree import DocumentTree, Metadata, Orientation, Paragraph, Run, Table, Align
from medicen_desktop.rules.templates import get_template
from tests.large_proposal import make_large
from tests.unit.export.test_hostile_text import CONTROLS, MARKUP, UNICODE, hostile_document


def _document_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as package:
        return package.read("word/document.xml")


def _as_python_docx_wrote_it(blob: bytes) -> bytes:
    """What the earlier path wrote for the same text: parsed by python-docx's parser into its tree, then
    serialised by python-docx's part serialiser."""
    return serialize_part_xml(parse_xml(blob))


def _tree(document: ProposalDocument) -> DocumentTree:
    return build_tree(document, get_template(document.proposal.template_key), today=dt.date(2026, 11, 28))


@pytest.mark.parametrize("case", ["sample", "quotes-and-code", "hostile", "large"])
def test_the_document_part_is_what_parsing_and_serialising_it_gave(case: str, request: pytest.FixtureRequest,
                                                                 tmp_path: Path) -> None:
    document: ProposalDocument = {
        "sample": lambda: request.getfixturevalue("sample_doc"),
        "quotes-and-code": lambda: request.getfixturevalue("quoted_doc"),
        "hostile": hostile_document,
        "large": make_large,  # the benchmark's proposal
    }[case]()
    path = tmp_path / "dossier.docx"
    render_docx(_tree(document), path)
    written = _document_xml(path)
    assert written == _as_python_docx_wrote_it(written)
    assert written.startswith(b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<w:document ")
    assert b"<w:body><w:p>" in written and written.endswith(b"</w:body></w:document>")


def test_hostile_text_and_landscape_sections_in_a_composed_body(tmp_path: Path) -> None:
    """Markup-like text, quotes, every script, controls as normalised, section ends: byte-identical too."""
    composer = DocxComposer(Metadata(title='Titre "cité" <x> & co', acronym="A&B", author="O'Neil", subject="s",
                                     language="fr-FR"))
    runs = [Run(text) for text in [*MARKUP, UNICODE, "tab\there", "  spaces kept  ", "]]> and --> too"]]
    composer.add_blocks([Paragraph(runs), Orientation(True),
                         Table([["a<b", "AT&T"], ["\"q\"", "'s'"]], [50.0, 50.0], [Align.LEFT, Align.RIGHT]),
                         Orientation(False), Paragraph([Run(normalise_plain(CONTROLS))])])  # the writer's contract
    path = tmp_path / "composed.docx"
    path.write_bytes(composer.save())
    written = _document_xml(path)
    assert written == _as_python_docx_wrote_it(written)
    assert written.count(b"<w:sectPr") == 3  # two section ends and the body's own


def test_text_that_is_not_well_formed_raises_before_anything_is_written(tmp_path: Path) -> None:
    composer = DocxComposer(Metadata(title="t", acronym="a", author="o", subject="s", language="en-GB"))
    composer.add_xml("<w:p><w:r><w:t>unclosed</w:r></w:p>")
    with pytest.raises(expat.ExpatError):
        composer.save()
    composer = DocxComposer(Metadata(title="t", acronym="a", author="o", subject="s", language="en-GB"))
    composer.add_xml("<w:p><undeclared:r/></w:p>")  # an undeclared prefix: lxml would have refused it too
    target = tmp_path / "never.docx"
    with pytest.raises(expat.ExpatError):
        x.save(composer._writer.doc, str(target), composer._writer.out)
    assert not target.exists()


def test_the_package_holds_what_python_docx_writes_with_the_document_part_streamed(tmp_path: Path) -> None:
    """``docx_xml.save`` streams the document part into the zip (never one joined string): every other member,
    the content types and the relationships are python-docx's own, in its order."""
    composer = DocxComposer(Metadata(title="t", acronym="a", author="o", subject="s", language="en-GB"))
    composer.add_blocks([Paragraph([Run("streamed " * 2000)]), Orientation(True), Orientation(False)])
    ours = tmp_path / "ours.docx"
    ours.write_bytes(composer.save())
    theirs = tmp_path / "theirs.docx"
    composer._writer.doc.save(str(theirs))  # python-docx's PackageWriter, the body left out of its tree
    with zipfile.ZipFile(ours) as mine, zipfile.ZipFile(theirs) as reference:
        assert mine.testzip() is None and mine.namelist() == reference.namelist()
        for name in mine.namelist():
            if name != "word/document.xml":
                assert mine.read(name) == reference.read(name), name
        assert mine.read("word/document.xml").count(b"streamed") == 2000
