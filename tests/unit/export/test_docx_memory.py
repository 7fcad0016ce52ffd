"""What the Word export loads: the trimmed reference styles, and neither an image library nor unneeded dictionaries.

The DOCX export's peak memory was 1.9× careful python-docx's (issue #19): Pillow for the Gantt chart's PNG,
python-docx's 98 Word 2010 table styles parsed on every export, pyphen loaded with the writer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE

from medicen_desktop import derived_cache
from medicen_desktop.export.docx_typography import STYLE_OF
from medicen_desktop.resources import resource

PROBE = """
import contextlib, io, json, sys
from medicen_desktop.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

RENDERER_STYLES = {"Normal", "Table Grid", "Table Text", "Table Header", "Caption", "Note", "Code", "Quote",
                   "List Bullet", "Numbered Item", "Title", "Cover Title", "Cover Label", "Cover Text",
                   "Contents Title", "TOC 1", "TOC 2", "TOC 3", "Running Header", "Heading 1", "Heading 2",
                   "Heading 3"}
"""Every style ``docx_render``, ``docx_gantt`` and the Word package name."""
WRITING_STYLES = {"Heading 4", "Heading 5", "Subtitle", "List Paragraph", "List Number", "List Bullet 2",
                  "No Spacing", "Intense Quote", "Strong", "Emphasis", "Subtle Emphasis", "Book Title", "Body Text",
                  "Header", "Footer", "TOC Heading"}
"""Styles a partner finds in Word's gallery for ordinary writing."""


def test_the_reference_keeps_every_style_used_and_the_writing_styles_but_no_unused_table_style() -> None:
    path = resource("docx", "reference.docx")
    styles = Document(str(path)).styles
    names = {style.name for style in styles}
    assert RENDERER_STYLES | set(STYLE_OF) | WRITING_STYLES <= names
    assert {s.name for s in styles if s.type == WD_STYLE_TYPE.TABLE} == {"Normal Table", "Table Grid"}
    assert len(styles.latent_styles) > 100  # Word's other built-in styles stay offered
    parts = zipfile.ZipFile(str(path)).namelist()
    assert not [name for name in parts if "stylesWithEffects" in name]
    assert len(zipfile.ZipFile(str(path)).read("word/styles.xml")) < 60_000  # was 356 kB


def _loaded(*args: str, cache: Path | None = None) -> tuple[int, list[str]]:
    env = {**os.environ, derived_cache.CACHE_ENV: str(cache)} if cache else None
    out = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True,
                         env=env).stdout
    result = json.loads(out)
    return result["code"], result["modules"]


def _present(modules: list[str], *names: str) -> list[str]:
    return sorted(name for name in names if any(m == name or m.startswith(name + ".") for m in modules))


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("docx-memory") / "sample.db")
    subprocess.run([sys.executable, "-m", "medicen_desktop", "--db", path, "demo"], check=True, capture_output=True)
    return path


def test_a_word_export_loads_no_image_library_nor_pycountry_once_its_names_are_cached(database: str,
                                                                                      tmp_path: Path) -> None:
    target = tmp_path / "dossier.docx"
    first = _loaded("--db", database, "export", "EPI-DIAG", "-o", str(target), cache=tmp_path / "cache")[1]
    code, modules = _loaded("--db", database, "export", "EPI-DIAG", "-o", str(target), cache=tmp_path / "cache")
    assert code in (0, 1) and "docx" in modules
    tables = [t for t in Document(str(target)).tables if len(t.columns) > 25]  # the Gantt chart: months as columns
    assert tables
    assert _present(modules, "PIL", "pycountry") == []
    assert _present(modules, "importlib.metadata", "email") == []  # pydantic's plugin loader (medicen_desktop.cli)
    assert "pycountry" in first  # the participants' countries and regions, named once from pycountry's data
    text = "\n".join(cell.text for table in Document(str(target)).tables for row in table.rows for cell in row.cells)
    assert "Île-de-France" in text and "France" in text
    assert "pyphen" in modules  # the sample's tables hold long French words: hyphenated as in the PDF


def test_the_word_writer_loads_pyphen_only_for_a_word_to_hyphenate() -> None:
    probe = ("import sys, json\nfrom medicen_desktop.export import docx_render, docx_xml\n"
             "before = 'pyphen' in sys.modules\n"
             "docx_xml.run_xml('short words only', language='fr-FR')\nshort = 'pyphen' in sys.modules\n"
             "docx_xml.run_xml('anticonstitutionnellement', language='fr-FR')\n"
             "print(json.dumps([before, short, 'pyphen' in sys.modules]))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == [False, False, True]


def test_a_word_package_loads_no_image_library(database: str, tmp_path: Path) -> None:
    target = tmp_path / "qtb.docx"
    code, modules = _loaded("--db", database, "package", "EPI-DIAG", "--partner", "QTB", "--format", "docx",
                            "-o", str(target))
    assert code == 0 and target.stat().st_size > 1000
    assert _present(modules, "PIL", "pyphen") == []
