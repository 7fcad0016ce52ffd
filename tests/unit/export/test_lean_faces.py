"""The page meter's faces hold only what a layout reads; a PDF exported after it embeds the same fonts (issue 19)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFontFace

from medicen_desktop.export.lean_faces import SUBSETTING_ONLY, is_lean, make_lean
from medicen_desktop.resources import resource


@pytest.mark.parametrize("filename", ["LiberationSerif-Regular.ttf", "DejaVuSans.ttf"])
def test_a_lean_face_measures_as_the_full_one_and_embeds_the_same_subset(filename: str) -> None:
    path = str(resource("fonts", filename))
    full, lean = TTFontFace(path), TTFontFace(path)
    make_lean(lean)
    assert is_lean(lean) and not any(name in lean.__dict__ for name in SUBSETTING_ONLY)
    assert lean.charWidths == full.charWidths and lean.defaultWidth == full.defaultWidth
    assert lean.charToGlyph == full.charToGlyph
    assert (lean.ascent, lean.descent, lean.bbox, lean.name) == (full.ascent, full.descent, full.bbox, full.name)
    subset = [0, *sorted({ord(c) for c in "Dossier étendu — 872 800,00 € ½ Ωμ"})]
    assert lean.makeSubset(subset) == full.makeSubset(subset)  # the file read again, once, on first use
    assert not is_lean(lean)
    for name in SUBSETTING_ONLY:
        assert getattr(lean, name) == getattr(full, name)


PROBE = """
import json, sys
from tests.large_proposal import make_large
from medicen_desktop.export import pdf_fonts
from medicen_desktop.export.lean_faces import is_lean
from medicen_desktop.export.page_meter import PageMeter
from medicen_desktop.rules.templates import get_template
from medicen_desktop.services.export import export_document

document = make_large(partners=3, work_packages=2, deliverables=3, words=2_500)
out = {}
if sys.argv[2] == "meter":
    reading = PageMeter(get_template(document.proposal.template_key)).measure_all(document, "impact")
    out["meter_pages"] = reading.pages
    out["lean"] = {name: is_lean(font.face) for name, font in pdf_fonts._loaded.items()}
out["export_pages"] = export_document(document, "pdf", sys.argv[1]).technical_pages
print(json.dumps(out))
"""


def _run(path: Path, mode: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", PROBE, str(path), mode], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[3])
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def _font_programs(path: Path) -> dict[str, bytes]:
    """Each embedded font's name (subset prefix removed) and its font program's bytes."""
    programs: dict[str, bytes] = {}
    for page in PdfReader(str(path)).pages:
        for ref in (page.get("/Resources") or {}).get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            name = str(font["/BaseFont"]).lstrip("/")
            programs[name] = descriptor["/FontFile2"].get_object().get_data()
    return programs


@pytest.mark.slow
def test_after_the_meter_ran_its_faces_are_lean_and_a_pdf_export_embeds_the_same_fonts(tmp_path: Path) -> None:
    metered = _run(tmp_path / "after-meter.pdf", "meter")
    alone = _run(tmp_path / "alone.pdf", "export")
    lean = metered["lean"]
    assert isinstance(lean, dict) and lean and all(lean.values())  # every face the layout parsed
    assert metered["meter_pages"] == metered["export_pages"] == alone["export_pages"]
    programs = _font_programs(tmp_path / "after-meter.pdf")
    assert programs and programs == _font_programs(tmp_path / "alone.pdf")
    assert all(len(data) > 1_000 for data in programs.values())
