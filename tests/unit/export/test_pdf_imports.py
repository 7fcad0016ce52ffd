"""What the PDF path loads, and how: reportlab without compiling its URL pattern (``export.pdf_platypus``), only the font files it draws with (``export.pdf_fonts``)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from medicen_desktop.export.pdf_platypus import URL_PATTERN_START, DeferredPattern
from tests.unit.export.helpers import pdf_font_names

PROBE = """
import contextlib, io, json, re, sys
stock_compile = re.compile
from medicen_desktop.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    code = main(sys.argv[1:])
from reportlab.platypus import paragraph
from medicen_desktop.export import pdf_fonts
print(json.dumps({"code": code, "fonts": sorted(pdf_fonts._loaded), "modules": sorted(sys.modules), "compile_restored": re.compile is stock_compile,
                  "uri_pat": type(paragraph.uri_pat).__name__,
                  "uri_pat_compiled": getattr(paragraph.uri_pat, "compiled", "n/a") is not None}))
"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The sample exported to PDF by the command, in a fresh interpreter, and what it left in ``sys.modules``."""
    folder = tmp_path_factory.mktemp("pdf-imports")
    db = str(folder / "sample.db")
    subprocess.run([sys.executable, "-m", "medicen_desktop", "--db", db, "demo"], check=True, capture_output=True)
    target = folder / "dossier.pdf"
    out = subprocess.run([sys.executable, "-c", PROBE, "--db", db, "export", "EPI-DIAG", "-o", str(target)],
                         capture_output=True, text=True, check=True).stdout
    result: dict[str, object] = json.loads(out)
    assert result["code"] in (0, 1) and Path(target).read_bytes().startswith(b"%PDF")
    result["embedded"] = sorted(pdf_font_names(target))
    return result


def test_the_pdf_export_never_compiles_reportlabs_url_pattern(exported: dict[str, object]) -> None:
    assert exported["uri_pat"] == "DeferredPattern"  # reportlab's pattern still begins as URL_PATTERN_START says
    assert exported["uri_pat_compiled"] is False  # the sample's paragraphs never split a URL
    assert exported["compile_restored"] is True


def test_the_pdf_export_parses_only_the_font_files_it_embeds(exported: dict[str, object]) -> None:
    # The sample has neither bold italic nor code: Liberation Sans Bold Italic and Liberation Mono stay unread
    assert exported["embedded"] == ["LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic"]
    assert exported["fonts"] == ["LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-Regular"]


def _present(modules: list[str], *names: str) -> list[str]:
    return sorted(name for name in names if any(m == name or m.startswith(name + ".") for m in modules))


def test_the_pdf_export_loads_no_network_no_other_renderer_and_no_orm(exported: dict[str, object]) -> None:
    modules = exported["modules"]
    assert isinstance(modules, list)
    assert _present(modules, "urllib.request", "http.client", "docx", "openpyxl", "sqlalchemy", "PySide6") == []


URLS = ["https://example.org/a/b/c", "http://user:pw@192.168.0.1:8080/x?q=1", "ftp://[::1]/f", "localhost",
        "www.exämple.fr/chemin", "HTTPS://EXAMPLE.ORG", "not a url", "", "a.b", "x://-bad-.com", "médecine.eu/a"]


def test_the_deferred_pattern_matches_as_reportlabs_compiled_one() -> None:
    from reportlab.platypus import paragraph

    deferred = paragraph.uri_pat
    assert isinstance(deferred, DeferredPattern) and deferred.deferred[0].startswith(URL_PATTERN_START)
    compiled = re.compile(*deferred.deferred)
    for url in URLS:
        got, want = deferred.match(url), compiled.match(url)
        assert (got and got.groups()) == (want and want.groups()), url
    assert deferred.pattern == compiled.pattern and deferred.flags == compiled.flags
    assert paragraph._uri_split_pairs("https://example.org/a/b") == [
        ("https://example.org/a/", "b"), ("https://example.org/", "a/b"), ("https://", "example.org/a/b")]


def test_only_the_url_pattern_is_deferred() -> None:
    from medicen_desktop.export import pdf_platypus

    with pdf_platypus._url_pattern_deferred():
        other = re.compile(URL_PATTERN_START + "x")  # the same beginning without re.I
        url = re.compile(URL_PATTERN_START + "y", re.I)
    assert isinstance(other, re.Pattern) and isinstance(url, DeferredPattern)
    assert url.match("https://y") is not None


def test_reportlab_runs_with_its_c_accelerator(exported: dict[str, object]) -> None:
    """reportlab formats every number it writes and checksums every font subset; ``rl_accel`` (its ``accel`` extra)
    does it in C. Without it reportlab silently falls back to Python, a few per cent of each PDF export."""
    from reportlab.lib import rl_accel

    assert sorted(rl_accel._c_funcs) == sorted(rl_accel.__all__) and rl_accel._py_funcs == {}
    modules = exported["modules"]
    assert isinstance(modules, list) and "_rl_accel" in modules
