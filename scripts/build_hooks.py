"""The setuptools side of the build: forms compiled and resources copied into the built package.

``pyproject.toml`` names ``BuildPy`` as the ``build_py`` command. When a wheel is built (``pip wheel``,
``pip install .``, ``python -m build``), after the usual copy of the package it

- compiles every ``ui/*.ui`` with pyside6-uic into ``medicen_desktop/gui/forms/`` of the build
  (``scripts/compile_forms.py``), when uic can be found (PySide6 in the build environment, or
  ``pyside6-uic`` on the PATH); without uic it keeps the committed compiled forms, after checking
  their stamps, and stops the build naming any form changed since it was compiled;
- copies the top-level ``resources/`` (templates, fonts, icons, translations, reference .docx,
  schema, examples) to ``medicen_desktop/resources/``, where ``medicen_desktop.resources`` looks first.

An editable install (``pip install -e``) runs the package from the repository: nothing to do.
"""

from __future__ import annotations

import importlib.util
import logging
import shutil
from pathlib import Path
from types import ModuleType

from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "medicen_desktop"


def _compile_forms() -> ModuleType:
    """``scripts/compile_forms.py``, loaded by path (the build runs it from the source tree)."""
    spec = importlib.util.spec_from_file_location("compile_forms", Path(__file__).with_name("compile_forms.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_forms(package_dir: Path, log: list[str], forms: ModuleType | None = None) -> None:
    """Compile the forms into ``package_dir/gui/forms`` (or check the committed ones without uic).
    ``forms`` is ``scripts/compile_forms.py`` (loaded here by default)."""
    forms = forms or _compile_forms()
    uic = forms.find_uic()
    if uic is None:
        problems = forms.stale()
        if problems:
            raise SystemExit("medicen-desktop build: pyside6-uic not found and compiled forms are stale: "
                             + "; ".join(problems) + " (run scripts/compile_forms.py)")
        log.append("pyside6-uic not found: the committed compiled forms are up to date, kept")
        return
    written = forms.compile_all(package_dir / "gui" / "forms", uic=uic)
    log.append(f"compiled {len(written)} forms with {uic[0]}")


def copy_resources(package_dir: Path, log: list[str]) -> None:
    """``resources/`` into ``package_dir/resources`` (no caches, no maintainer scripts such as
    ``translations/update.py``)."""
    target = package_dir / "resources"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "resources", target, ignore=shutil.ignore_patterns("__pycache__", "*.py", "*.pyc"))
    log.append(f"copied resources/ to {target}")


class BuildPy(build_py):
    """``build_py`` that also compiles the forms and ships the resources inside the package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package_dir = Path(self.build_lib) / PACKAGE
        log: list[str] = []
        build_forms(package_dir, log)
        copy_resources(package_dir, log)
        for line in log:
            self.announce(line, level=logging.INFO)
