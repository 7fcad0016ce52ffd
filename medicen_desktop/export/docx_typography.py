"""The call's typography applied to the Word file: family, sizes and spacing in its styles, the font table.

The reference document (``resources/docx/reference.docx``) holds the
dossier's styles; ``apply_typography`` rewrites, per call, every style's
family to the funder's (Times New Roman, Arial, Calibri: Word then uses
the font itself, LibreOffice its metric-compatible twin), sizes and
spacing from ``typography.text_styles`` (the PDF renderer reads the same
table), code in Courier New, and names the families in the font table. It
also takes the file out of Word's compatibility mode (the python-docx
template is a Word 2010 file: Word 2013+ layout, ``compatibilityMode`` 15).
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from lxml import etree
from lxml.etree import _Element

from medicen_desktop.export.font_faces import MONO
from medicen_desktop.export.typography import TextStyle, Typography, text_styles

STYLE_OF = {"Normal": "body", "Heading 1": "h1", "Heading 2": "h2", "Heading 3": "h3", "Caption": "caption",
            "Note": "note", "List Bullet": "bullet", "Numbered Item": "bullet", "Table Text": "cell",
            "Table Header": "cell", "Code": "code", "Running Header": "header", "Contents Title": "toc_title",
            "TOC 1": "toc1", "TOC 2": "toc2", "TOC 3": "toc3", "Title": "cover_acronym", "Cover Title": "cover_title",
            "Cover Label": "cover_label", "Cover Text": "cover_text", "Quote": "body"}
"""Word style name → the shared style it is set in (``typography.text_styles``)."""
_FONT_ATTRS = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme")
_RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
              "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w",
              "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
              "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]
_PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
              "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc"]


def apply_typography(document: DocxDocument, typography: Typography, style_ids: dict[str, str]) -> None:
    """Set the call's family, sizes and spacing on ``document``'s styles; name the families; leave compat mode."""
    family = typography.family.name
    specs = text_styles(typography)
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        for fonts in defaults.iter(qn("w:rFonts")):
            _set_family(fonts, family)
        for ppr in defaults.iter(qn("w:pPr")):  # no widow or orphan line, as in the PDF (off when unsaid)
            _child(ppr, "widowControl", _PPR_ORDER)
    ids = {style_id: name for name, style_id in style_ids.items()}
    for style in styles.iterchildren(qn("w:style")):
        name = ids.get(style.get(qn("w:styleId")) or "")
        for fonts in style.iter(qn("w:rFonts")):  # table styles keep theme fonts in their conditional parts too
            _set_family(fonts, MONO.name if name == "Code" else family)
        if name in STYLE_OF:
            _set_style(style, specs[STYLE_OF[name]], typography.line_spacing)
    _font_table(document, [family, MONO.name])
    _leave_compatibility_mode(document)


def _set_family(fonts: _Element, family: str) -> None:
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    for attr in _FONT_ATTRS:
        fonts.set(qn(attr), family)


def _child(parent: _Element, tag: str, order: list[str]) -> _Element:
    """``parent``'s child ``w:tag``, created at its place in the schema's order when missing."""
    found = parent.find(qn(f"w:{tag}"))
    if found is not None:
        return found
    element = OxmlElement(f"w:{tag}")
    rank = order.index(tag)
    for child in parent:
        name = etree.QName(child).localname
        if name in order and order.index(name) > rank:
            child.addprevious(element)
            return element
    parent.append(element)
    return element


def _set_style(style: _Element, spec: TextStyle, call_spacing: float) -> None:
    rpr = style.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        style.append(rpr)
    half_points = str(round(spec.size * 2))
    _child(rpr, "sz", _RPR_ORDER).set(qn("w:val"), half_points)
    _child(rpr, "szCs", _RPR_ORDER).set(qn("w:val"), half_points)
    ppr = style.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        rpr.addprevious(ppr)
    for contextual in ppr.findall(qn("w:contextualSpacing")):  # the PDF spaces every item of a list alike
        ppr.remove(contextual)
    spacing = _child(ppr, "spacing", _PPR_ORDER)
    spacing.set(qn("w:before"), str(round(spec.before * 20)))
    spacing.set(qn("w:after"), str(round(spec.after * 20)))
    spacing.set(qn("w:line"), str(round(240 * (call_spacing if spec.spacing is None else spec.spacing))))
    spacing.set(qn("w:lineRule"), "auto")
    for attr in ("w:beforeAutospacing", "w:afterAutospacing"):
        spacing.attrib.pop(qn(attr), None)


def _font_table(document: DocxDocument, families: list[str]) -> None:
    """Make sure ``word/fontTable.xml`` names each family (Word lists the document's fonts from it)."""
    part = next(p for p in document.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml")
    root = parse_xml(part.blob)
    named = {font.get(qn("w:name")) for font in root.iterchildren(qn("w:font"))}
    for family in families:
        if family in named:
            continue
        font = OxmlElement("w:font")
        font.set(qn("w:name"), family)
        pitch = "fixed" if family == MONO.name else "variable"
        kind = "modern" if family == MONO.name else "roman" if family == "Times New Roman" else "swiss"
        for tag, value in (("w:charset", "00"), ("w:family", kind), ("w:pitch", pitch)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            font.append(child)
        root.append(font)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _leave_compatibility_mode(document: DocxDocument) -> None:
    settings = document.settings.element
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
            return
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        settings.append(compat)
    setting = OxmlElement("w:compatSetting")
    for name, value in (("w:name", "compatibilityMode"), ("w:uri", "http://schemas.microsoft.com/office/word"),
                        ("w:val", "15")):
        setting.set(qn(name), value)
    compat.append(setting)
