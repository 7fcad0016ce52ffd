"""The built wheel on its own: installed into a fresh virtual environment that cannot see this checkout,
``medicen-desktop demo``, ``validate`` and ``export`` (PDF and Word) work from it, with the templates,
fonts, reference .docx, schema, examples, translations and migrations it carries.

The fresh environment borrows the project's installed dependencies (a ``.pth`` line naming the
test environment's site-packages, whose own ``.pth`` files — among them the editable install of
this checkout — are not read), so the test needs no download; the package itself comes only from
the wheel.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from medicen_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc",
                                     ".pytest_cache", ".hypothesis", ".import_linter_cache", ".mypy_cache")

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` folder of a fresh venv where only the wheel built from this checkout provides the package."""
    base = tmp_path_factory.mktemp("wheel")
    source, wheels, venv = base / "source", base / "wheels", base / "venv"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)  # the build writes build/ and *.egg-info beside its sources
    built = _run([sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "-w", str(wheels), str(source)], base)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert re.search(r"compiled \d+ forms with", built.stdout + built.stderr), "the build hook compiles the forms"
    [wheel] = wheels.glob("medicen_desktop-*.whl")
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], base)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     base).stdout.strip())
    (site / "project-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    done = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                 str(wheel)], base)
    assert done.returncode == 0, done.stdout + done.stderr
    return venv / "bin"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """No path to this checkout, and a home of its own."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k != "MEDICEN_DB"}
    return {**clean, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}


def _without_uuids(findings: list[dict[str, str]]) -> list[dict[str, str]]:
    """Each ``demo`` makes new UUIDs: the rest of a finding says the same in two databases."""
    return [{k: v for k, v in f.items() if k != "entity_uuid"} for f in findings]


def test_the_installed_package_and_its_resources_come_from_the_wheel(installed: Path, tmp_path: Path,
                                                                      env: dict[str, str]) -> None:
    code = ("import json, medicen_desktop, medicen_desktop.resources as r\n"
            "from medicen_desktop.gui.forms import ui_preferences_dialog\n"
            "names = ['templates/anr-prce.yaml', 'fonts/DejaVuSans.ttf', 'docx/reference.docx',\n"
            "         'translations/medicen_fr.qm', 'schema/proposal-v1.schema.json', 'examples/epi-diag.json']\n"
            "print(json.dumps({'package': medicen_desktop.__file__, 'resources': str(r.RESOURCES),\n"
            "                  'form': ui_preferences_dialog.__file__,\n"
            "                  'present': [n for n in names if r.resource(*n.split('/')).is_file()]}))\n")
    out = _run([str(installed / "python"), "-c", code], tmp_path, env)
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    venv = installed.parent
    assert Path(found["package"]).is_relative_to(venv) and not Path(found["package"]).is_relative_to(ROOT)
    assert Path(found["resources"]) == Path(found["package"]).parent / "resources"
    assert Path(found["form"]).is_relative_to(venv)
    assert len(found["present"]) == 6, found["present"]


def test_demo_validate_and_export_run_from_the_installed_wheel(installed: Path, tmp_path: Path, env: dict[str, str],
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "wheel.db"
    cli = [str(installed / "medicen-desktop"), "--db", str(db)]
    demo = _run([*cli, "demo"], tmp_path, env)
    assert demo.returncode == 0, demo.stderr
    assert len(demo.stdout.strip()) == 36  # the new proposal's UUID: the migrations ran, the example loaded
    validate = _run([*cli, "validate", "ÉPI-DIAG", "--json", "--language", "fr"], tmp_path, env)
    assert validate.returncode in (0, 1), validate.stderr
    findings = _without_uuids(json.loads(validate.stdout))
    assert findings and all(f["message_fr"] for f in findings)
    # The same check from this checkout says the same: the installed templates are the repository's.
    here = tmp_path / "here.db"
    assert main(["--db", str(here), "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(here), "validate", "ÉPI-DIAG", "--json", "--language", "fr"]) == validate.returncode
    assert _without_uuids(json.loads(capsys.readouterr().out)) == findings
    for fmt in ("pdf", "docx"):
        target = tmp_path / f"dossier.{fmt}"
        export = _run([*cli, "export", "ÉPI-DIAG", "--format", fmt, "-o", str(target)], tmp_path, env)
        assert export.returncode == 0, export.stderr
    reader = PdfReader(str(tmp_path / "dossier.pdf"))
    assert len(reader.pages) > 5 and "ÉPI-DIAG" in (reader.pages[0].extract_text() or "")
    fonts = {str(font["/BaseFont"]) for page in reader.pages[:3]
             for font in (page["/Resources"].get("/Font") or {}).values()}  # type: ignore[union-attr]
    assert any("DejaVu" in name or "Liberation" in name for name in fonts), fonts  # the shipped fonts, embedded
    document = Document(str(tmp_path / "dossier.docx"))
    assert any(p.style is not None and p.style.name == "Heading 1" for p in document.paragraphs)
    assert any("ÉPI-DIAG" in p.text for p in document.paragraphs)
