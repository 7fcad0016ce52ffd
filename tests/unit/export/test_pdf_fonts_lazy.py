"""A face's file is parsed when reportlab first uses it, and its family's bold and italic still apply (``pdf_fonts``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.unit.export.helpers import pdf_font_names

PROBE = """
import json, sys
from reportlab.lib.fonts import ps2tt
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate
from medicen_desktop.export import pdf_fonts
from medicen_desktop.export.font_faces import family
from medicen_desktop.export.pdf_text import TextParagraph

arial = family("Arial")
regular = pdf_fonts.register_family(arial)
named = sorted(pdf_fonts._loaded)
style = ParagraphStyle("body", fontName=regular, fontSize=10, leading=12)
text = "plain <b>bold</b> <i>italic</i> <b><i>both</i></b> " + pdf_fonts.markup("and 😀", regular)  # DejaVu Sans draws it
story = [TextParagraph(text, style)] if sys.argv[2] == "all" else [TextParagraph("plain <b>bold</b>", style)]
SimpleDocTemplate(sys.argv[1], initialFontName=regular).build(story)
print(json.dumps({"before": named, "after": sorted(pdf_fonts._loaded),
                  "ps2tt": {name: list(ps2tt(name)) for name in ("LiberationSans-Regular", "LiberationSans-Bold",
                                                                "LiberationSans-Italic", "LiberationSans-BoldItalic")}}))
"""


def _probe(path: Path, story: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", PROBE, str(path), story], capture_output=True, text=True,
                         check=True).stdout
    result: dict[str, object] = json.loads(out)
    return result


def test_only_the_faces_drawn_are_parsed(tmp_path: Path) -> None:
    result = _probe(tmp_path / "two.pdf", "two")
    assert result["before"] == []  # naming the family parses nothing
    assert result["after"] == ["LiberationSans-Bold", "LiberationSans-Regular"]  # reportlab's names: the files' stems
    assert pdf_font_names(tmp_path / "two.pdf") == {"LiberationSans", "LiberationSans-Bold"}


def test_bold_italic_and_fallbacks_in_markup_pick_the_real_faces_when_parsed_late(tmp_path: Path) -> None:
    result = _probe(tmp_path / "all.pdf", "all")
    faces = {"LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic", "DejaVuSans"}
    after = result["after"]
    assert isinstance(after, list) and set(after) == faces | {"LiberationSans-Regular"}
    # The PDF names the regular face by its PostScript name; no Helvetica, no face falling back to another
    assert pdf_font_names(tmp_path / "all.pdf") == faces | {"LiberationSans"}
    # Each face still maps to its family with its own emphasis, though registering a font maps it to itself
    family = "liberationsans-regular"
    assert result["ps2tt"] == {"LiberationSans-Regular": [family, 0, 0], "LiberationSans-Bold": [family, 1, 0],
                               "LiberationSans-Italic": [family, 0, 1], "LiberationSans-BoldItalic": [family, 1, 1]}
