"""Compile the Qt Designer forms of ``ui/`` into ``medicen_desktop/gui/forms/`` with pyside6-uic.

Usage: .venv/bin/python scripts/compile_forms.py [--check]
(``--check`` compiles nothing: it lists the compiled forms that are missing or older than their
``.ui`` and exits 1 if there is any.) The build hook (``scripts/build_hooks.py``) runs the same
compilation when the package is built or installed; ``tests/unit/test_forms.py`` fails while a
committed compiled form differs from what its ``.ui`` compiles to.

How to add a form
-----------------
1. Draw it in Qt Designer (``.venv/bin/pyside6-designer``) and save it as ``ui/<name>.ui``, where
   ``<name>`` is the snake_case of the form's class (the top widget's object name, say
   ``PartnerDialog`` -> ``ui/partner_dialog.ui``). Layout only: widgets, layouts, texts, tooltips,
   buddies, tab order, a button box's accepted/rejected. Give every widget the code touches a
   name: it becomes an attribute of the widget class. A label styled by the application's sheet
   (``gui/style.py``) carries the dynamic property ``role`` (``panelTitle``, ``fieldError``,
   ``counter``). Promote only to ``FieldError`` / ``ReadOnlyNote`` (header
   ``medicen_desktop/gui/field_messages.h``): a form imports nothing else of the application, so
   it never takes part in an import cycle. Texts that are not to be translated (a language's own
   name) are marked "translatable: off".
2. Run ``.venv/bin/python scripts/compile_forms.py``: it writes
   ``medicen_desktop/gui/forms/ui_<name>.py`` with the class ``Ui_<Class>``. Commit both files.
3. In ``medicen_desktop/gui``, mix the form into the widget class and set it up first thing::

       class PartnerDialog(QDialog, Ui_PartnerDialog):
           def __init__(self, parent: QWidget | None = None) -> None:
               super().__init__(parent)
               self.setupUi(self)

   (a step page sets its form up on an inner widget: ``form = QWidget(); self.setupUi(form);
   self.body.addWidget(form)``). Behaviour stays in that class: signals, list items from data,
   icons, validation, custom buttons. ``tests/unit/test_forms.py`` checks that no widget name of
   the form hides an attribute of the class it is mixed into.
4. Run ``resources/translations/update.py`` and translate the new strings in ``medicen_fr.ts``
   (their context is the form's class).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "medicen_desktop" / "gui" / "forms"
STAMP = "## Compiled by scripts/compile_forms.py from ui/{name}, sha256 {digest}"
STAMP_RE = re.compile(r"^## Compiled by scripts/compile_forms\.py from ui/(\S+), sha256 ([0-9a-f]{64})$", re.M)


class FormError(Exception):
    """A form cannot be compiled: uic is missing or refused the file (the message says which)."""


def forms(ui_dir: Path = UI_DIR) -> list[Path]:
    """Every Designer form, sorted."""
    return sorted(ui_dir.glob("*.ui"))


def module_name(ui: Path) -> str:
    """``ui/new_proposal_wizard.ui`` -> ``ui_new_proposal_wizard``."""
    return f"ui_{ui.stem}"


def digest(ui: Path) -> str:
    return hashlib.sha256(ui.read_bytes()).hexdigest()


def find_uic() -> list[str] | None:
    """The command that runs pyside6-uic: PySide6's own uic when PySide6 is importable, else
    ``pyside6-uic`` beside this Python or on the PATH; None when there is none."""
    try:
        import PySide6
    except ImportError:
        pass
    else:
        binary = Path(PySide6.__file__).parent / "Qt" / "libexec" / "uic"
        if binary.is_file():
            return [str(binary), "-g", "python"]
    beside = Path(sys.executable).parent / "pyside6-uic"
    found = str(beside) if beside.is_file() else shutil.which("pyside6-uic")
    return [found] if found else None


def compile_form(ui: Path, uic: list[str]) -> str:
    """The Python module uic makes of ``ui``, typed for mypy and stamped with the form's hash.

    Raises FormError naming the file when uic refuses it or the form has no top widget."""
    try:
        top = ET.parse(ui).getroot().find("widget")
    except ET.ParseError as exc:
        raise FormError(f"{ui}: not a Designer form: {exc}") from None
    if top is None:
        raise FormError(f"{ui}: no top-level widget")
    base = top.get("class", "QWidget")
    # -a: no connectSlotsByName (the code connects its signals itself).
    # A build backend runs in an isolated environment (PYTHONPATH and the like) that would hide
    # PySide6 from the pyside6-uic wrapper: uic runs with the Python variables left out.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    done = subprocess.run([*uic, "-a", ui.name], cwd=ui.parent, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise FormError(f"{ui}: pyside6-uic failed: {done.stderr.strip()}")
    text = re.sub(r"def (setupUi|retranslateUi)\(self, (\w+)\):",
                  lambda m: f"def {m[1]}(self, {m[2]}: {base}) -> None:", done.stdout)
    header_end = text.index("#" * 80, text.index("#" * 80) + 1)
    return (text[:header_end] + STAMP.format(name=ui.name, digest=digest(ui)) + "\n" + text[header_end:])


def compile_all(out_dir: Path = FORMS_DIR, ui_dir: Path = UI_DIR, uic: list[str] | None = None) -> list[Path]:
    """Compile every form of ``ui_dir`` into ``out_dir`` (and remove the compiled forms whose ``.ui``
    is gone); the modules written. Raises FormError."""
    uic = uic or find_uic()
    if uic is None:
        raise FormError("pyside6-uic not found: install PySide6 (the project's .venv has it)")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ui in forms(ui_dir):
        target = out_dir / f"{module_name(ui)}.py"
        target.write_text(compile_form(ui, uic), encoding="utf-8")
        written.append(target)
    for orphan in set(out_dir.glob("ui_*.py")) - set(written):
        orphan.unlink()
    return written


def stale(forms_dir: Path = FORMS_DIR, ui_dir: Path = UI_DIR) -> list[str]:
    """What is wrong with the compiled forms, without running uic: a form never compiled, or
    changed since (its hash differs from the stamp), or a compiled form whose ``.ui`` is gone."""
    problems = []
    for ui in forms(ui_dir):
        compiled = forms_dir / f"{module_name(ui)}.py"
        if not compiled.is_file():
            problems.append(f"{ui.name}: not compiled")
            continue
        found = STAMP_RE.search(compiled.read_text(encoding="utf-8"))
        if found is None or found[2] != digest(ui):
            problems.append(f"{ui.name}: changed since {compiled.name} was compiled")
    names = {module_name(ui) for ui in forms(ui_dir)}
    problems += [f"{p.name}: its .ui is gone" for p in sorted(forms_dir.glob("ui_*.py")) if p.stem not in names]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="list stale compiled forms, compile nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    try:
        for path in compile_all():
            print(path.relative_to(ROOT))
    except FormError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
