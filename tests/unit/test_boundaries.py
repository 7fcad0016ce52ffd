"""DESIGN.md boundary 1: nothing outside medicen_desktop/gui imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import medicen_desktop

PACKAGE = Path(medicen_desktop.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _qt_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        else:
            continue
        found += [f"{path}:{node.lineno} imports {n}" for n in names if n.split(".")[0] in QT_MODULES]
    return found


def test_no_qt_import_outside_gui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" not in path.relative_to(PACKAGE).parts[:1]:
            offenders += _qt_imports(path)
    assert offenders == []


def test_the_check_would_catch_one(tmp_path: Path) -> None:
    sample = tmp_path / "probe.py"
    sample.write_text("import os\nfrom PySide6.QtGui import QTextDocument\nimport shiboken6\n")
    assert len(_qt_imports(sample)) == 2


def test_core_runs_without_qt_loaded() -> None:
    """Importing the CLI and every core package does not load Qt."""
    code = (
        "import sys, medicen_desktop.cli, medicen_desktop.services.proposals, medicen_desktop.document.jsonio;"
        "import pkgutil, importlib, medicen_desktop;"
        "[importlib.import_module(m.name) for m in pkgutil.walk_packages(medicen_desktop.__path__, 'medicen_desktop.')"
        " if '.gui' not in m.name and not m.name.endswith('__main__')];"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
