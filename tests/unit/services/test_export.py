"""Export service: what the PDF cannot show is reported, never silently dropped."""

from __future__ import annotations

import random
from pathlib import Path

from medicen_desktop.document.sample import make_sample
from medicen_desktop.services.export import export_document


def test_pdf_export_warns_about_characters_no_embedded_font_can_draw(tmp_path: Path) -> None:
    """🧬 🦠 🩺 🫀 (DNA, microbe, stethoscope, anatomical heart) are in neither DejaVu nor the
    fallback font: the PDF drops them, so the export must say so instead of losing them quietly."""
    document = make_sample(random.Random(3))
    document.sections[0].body = "Séquençage 🧬 du microbiote 🦠 et suivi 🩺 cardiaque 🫀."
    result = export_document(document, "pdf", tmp_path / "d.pdf")
    glyphs = [f for f in result.findings if f.code == "export.missing_glyphs"]
    assert len(glyphs) == 1 and glyphs[0].severity == "warning"
    for char in "🧬🦠🩺🫀":
        assert char in glyphs[0].message("en") and char in glyphs[0].message("fr")


def test_pdf_export_of_drawable_text_has_no_glyph_warning(tmp_path: Path) -> None:
    document = make_sample(random.Random(3))
    document.sections[0].body = "α β µ ≤ ± « guillemets » 😀 🔬"
    result = export_document(document, "pdf", tmp_path / "d.pdf")
    assert not [f for f in result.findings if f.code == "export.missing_glyphs"]


def test_exported_files_get_the_usual_permissions_not_the_temporary_files_0600(tmp_path: Path) -> None:
    """A dossier written to a shared folder must be readable by colleagues as any file the user saves."""
    import os
    import stat

    umask = os.umask(0o022)
    try:
        document = make_sample(random.Random(3))
        for fmt in ("docx", "xlsx"):
            target = tmp_path / f"d.{fmt}"
            export_document(document, fmt, target)
            assert stat.S_IMODE(target.stat().st_mode) == 0o644, fmt
    finally:
        os.umask(umask)
