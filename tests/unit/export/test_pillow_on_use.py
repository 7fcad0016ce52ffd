"""reportlab loads without Pillow; a PDF with a picture still draws it, and Pillow is itself everywhere else (issue 19)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

PROBE = """
import io, json, sys
from medicen_desktop.export.pdf_render import render_pdf
from medicen_desktop.export.tree import DocumentTree, Image, Metadata, Paragraph, Run
out = {"after_import": "PIL.Image" in sys.modules}
text = DocumentTree(Metadata("t", "T", "a", "s", "en-GB"), [Paragraph([Run("No picture here.")])])
render_pdf(text, io.BytesIO())
out["after_text_pdf"] = "PIL.Image" in sys.modules
from PIL import Image as Pillow
buffer = io.BytesIO()
Pillow.new("RGB", (40, 20), (200, 30, 30)).save(buffer, "PNG")
out["elsewhere_real"] = type(Pillow).__name__ == "module" and hasattr(Pillow, "Image")
picture = DocumentTree(Metadata("t", "T", "a", "s", "en-GB"),
                       [Paragraph([Run("Figure:")]), Image(buffer.getvalue(), 40, 20, "A red bar")])
render_pdf(picture, sys.argv[1])
from reportlab.lib import utils
out["reportlab_knows_pillow_images"] = utils._isPILImage(Pillow.new("RGB", (1, 1)))
print(json.dumps(out))
"""


def test_reportlab_reads_pillow_only_for_a_picture(tmp_path: Path) -> None:
    target = tmp_path / "picture.pdf"
    done = subprocess.run([sys.executable, "-c", PROBE, str(target)], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[3])
    out = json.loads(done.stdout.splitlines()[-1])
    assert out == {"after_import": False, "after_text_pdf": False, "elsewhere_real": True,
                   "reportlab_knows_pillow_images": True}
    page = PdfReader(str(target)).pages[0]
    images = list(page.images)
    assert len(images) == 1 and images[0].image is not None and images[0].image.size == (40, 20)
    assert "A red bar" in page.extract_text()
