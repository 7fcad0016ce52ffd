"""Generate resources/docx/reference.docx: the styles of the exported Word dossier.

Run after changing a style: ``.venv/bin/python scripts/make_reference_docx.py``.
Starting from python-docx's own template (English style names whatever the
user's Word locale), it sets one font family throughout, A4 paper, heading
styles that keep with the next paragraph, and adds the dossier's own
paragraph styles. The exporter refers to styles by id, never by name.

Trimmed (``_trim``): the template's 98 Word 2010 table styles ("Light Shading
Accent 1"…, 88 % of styles.xml) and its ``stylesWithEffects`` part (Word
2010's copy of the styles, which Word 2013+ neither reads nor writes) go:
every export parses styles.xml, and they were 5 MB of the DOCX export's
peak memory. Word still offers its built-in table styles (it adds one's
definition when it is applied); every paragraph and character style stays.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING, WD_PARAGRAPH_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

FAMILY = "Arial"  # the exporter sets the call's family (export/docx_typography.py)
MONO = "Courier New"
MONO_FALLBACK = "Liberation Mono"  # fontTable altName
INK = RGBColor(0x1F, 0x2A, 0x37)
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)
QUOTE_INK = RGBColor(0x3A, 0x48, 0x56)
RULE = "9AA5B1"  # the PDF's table and quote rule colour
CODE_FILL = "F3F5F7"
CODE_EDGE = "D5DCE3"
QUOTE_INDENT_MM = 7.0  # per quote level; the exporter indents nested quotes by multiples of it


def _font(style, size: float, bold: bool = False, italic: bool = False, colour: RGBColor = INK,  # type: ignore[no-untyped-def]
          family: str = FAMILY) -> None:
    style.font.name = family
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), family)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = italic
    style.font.color.rgb = colour


def _paragraph(style, before: float, after: float, spacing: float = 1.2, keep: bool = False) -> None:  # type: ignore[no-untyped-def]
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
    fmt.line_spacing = spacing
    fmt.keep_with_next = keep


def build(path: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(section, side, Mm(20))
    styles = document.styles
    _font(styles["Normal"], 11)
    _paragraph(styles["Normal"], 0, 6)
    for level, size, before in ((1, 15, 18), (2, 12.5, 12), (3, 11.5, 10)):
        heading = styles[f"Heading {level}"]
        _font(heading, size, bold=True, colour=ACCENT if level < 3 else INK)
        _paragraph(heading, before, 6, 1.1, keep=True)
        heading.paragraph_format.keep_together = True
    _font(styles["Title"], 30, bold=True, colour=ACCENT)
    _paragraph(styles["Title"], 0, 12, 1.0)
    for name in ("List Bullet", "List Number", "Caption", "TOC Heading"):
        if name in [s.name for s in styles]:
            _font(styles[name], 11 if name != "Caption" else 9, italic=name == "Caption",
                  colour=GREY if name == "Caption" else INK)
    for level in (1, 2, 3):
        toc = styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = styles["Normal"]
        toc.paragraph_format.left_indent = Mm(6 * (level - 1))
        toc.paragraph_format.space_after = Pt(2)
        _font(toc, 11, bold=level == 1)
    own = {
        "Cover Title": (15, False, False, INK, 0, 18),
        "Cover Label": (10, True, False, GREY, 0, 0),
        "Cover Text": (11, False, False, INK, 0, 8),
        "Table Text": (8.5, False, False, INK, 0, 0),
        "Table Header": (8.5, True, False, INK, 0, 0),
        "Note": (10, False, True, GREY, 0, 6),
        "Numbered Item": (11, False, False, INK, 0, 3),
        "Running Header": (8.5, False, False, GREY, 0, 0),
        "Contents Title": (15, True, False, ACCENT, 0, 10),
    }
    for name, (size, bold, italic, colour, before, after) in own.items():
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        _font(style, size, bold, italic, colour)
        _paragraph(style, before, after, 1.1 if "Table" in name else 1.2)
    styles["Numbered Item"].paragraph_format.left_indent = Mm(7)
    styles["Numbered Item"].paragraph_format.first_line_indent = Mm(-7)
    styles["Table Header"].paragraph_format.keep_with_next = True
    styles["Running Header"].paragraph_format.alignment = WD_PARAGRAPH_ALIGNMENT.RIGHT
    _quote_and_code(styles)
    _mono_font_entry(document)
    _trim(document)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


KEPT_TABLE_STYLES = ("Normal Table", "Table Grid")
"""The table styles kept: Word's default table style and the one the dossier's tables use."""


def _trim(document) -> None:  # type: ignore[no-untyped-def]
    """Drop the table styles nothing uses and Word 2010's stylesWithEffects part."""
    root = document.styles.element
    for style in root.findall(qn("w:style")):
        name = style.find(qn("w:name"))
        if style.get(qn("w:type")) == "table" and (name is None or name.get(qn("w:val")) not in KEPT_TABLE_STYLES):
            root.remove(style)
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            document.part.drop_rel(rel_id)


def _borders(style, sides: tuple[str, ...], size: int, space: int, colour: str) -> None:  # type: ignore[no-untyped-def]
    """Paragraph borders (``size`` in eighths of a point, ``space`` in points) in the schema's place in pPr."""
    ppr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for side in sides:
        edge = OxmlElement(f"w:{side}")
        for name, value in (("val", "single"), ("sz", str(size)), ("space", str(space)), ("color", colour)):
            edge.set(qn(f"w:{name}"), value)
        borders.append(edge)
    _insert_in_order(ppr, borders)


def _shading(style, fill: str) -> None:  # type: ignore[no-untyped-def]
    ppr = style.element.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    _insert_in_order(ppr, shd)


_PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
              "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc"]


def _insert_in_order(ppr, element) -> None:  # type: ignore[no-untyped-def]
    """Put ``element`` into ``ppr`` before the first child that the schema places after it."""
    rank = _PPR_ORDER.index(element.tag.split("}")[1])
    for child in ppr:
        name = child.tag.split("}")[1]
        if name in _PPR_ORDER and _PPR_ORDER.index(name) > rank:
            child.addprevious(element)
            return
    ppr.append(element)


def _quote_and_code(styles) -> None:  # type: ignore[no-untyped-def]
    """"Quote": indented, muted ink, a thin rule on the left (as in the PDF). "Code": monospace, small,
    lightly shaded box, no spelling marks; the exporter keeps its spaces and keeps a short listing on one page
    (a long one may split: kept whole, it would leave most of a page blank)."""
    quote = styles["Quote"]
    _font(quote, 11, colour=QUOTE_INK)
    rpr = quote.element.get_or_add_rPr()
    for name in ("w:iCs",):
        for element in rpr.findall(qn(name)):
            rpr.remove(element)
    _paragraph(quote, 0, 6)
    quote.paragraph_format.left_indent = Mm(QUOTE_INDENT_MM)
    quote.paragraph_format.right_indent = Mm(4)
    _borders(quote, ("left",), 10, 8, RULE)
    quote.next_paragraph_style = quote
    code = styles.add_style("Code", WD_STYLE_TYPE.PARAGRAPH)
    code.base_style = styles["Normal"]
    code.next_paragraph_style = styles["Normal"]
    _font(code, 9, family=MONO)
    colour = code.element.get_or_add_rPr().find(qn("w:color"))
    colour.addprevious(OxmlElement("w:noProof"))  # no spelling squiggles under a listing (schema: before w:color)
    _paragraph(code, 3, 9, 1.0)
    code.paragraph_format.left_indent = Pt(5)
    code.paragraph_format.right_indent = Pt(5)
    code.paragraph_format.widow_control = True
    _borders(code, ("top", "left", "bottom", "right"), 4, 4, CODE_EDGE)
    _shading(code, CODE_FILL)


def _mono_font_entry(document) -> None:  # type: ignore[no-untyped-def]
    """Tell Word what the monospace family is (fixed pitch, with its substitute) where it is not installed."""
    table = next(part for part in document.part.package.iter_parts() if str(part.partname) == "/word/fontTable.xml")
    root = parse_xml(table.blob)
    font = OxmlElement("w:font")
    font.set(qn("w:name"), MONO)
    for tag, value in (("w:altName", MONO_FALLBACK), ("w:family", "modern"), ("w:pitch", "fixed")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        font.append(child)
    root.append(font)
    table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "resources" / "docx" / "reference.docx"
    build(target)
    print(target)
