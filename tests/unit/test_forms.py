"""The Designer forms of ``ui/`` and their compiled modules: a compiled form never lags behind its ``.ui``."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def compile_forms() -> ModuleType:
    return _load("compile_forms")


def test_every_compiled_form_is_what_its_ui_compiles_to(compile_forms: ModuleType, tmp_path: Path) -> None:
    """Recompile every form into a temporary folder: the committed modules are the same, text for text."""
    uic = compile_forms.find_uic()
    assert uic is not None, "pyside6-uic is part of PySide6, a dependency"
    compile_forms.compile_all(tmp_path, uic=uic)
    committed = sorted(p.name for p in compile_forms.FORMS_DIR.glob("ui_*.py"))
    assert committed == sorted(p.name for p in tmp_path.glob("ui_*.py")), "run scripts/compile_forms.py"
    for name in committed:
        assert (compile_forms.FORMS_DIR / name).read_text(encoding="utf-8") == \
            (tmp_path / name).read_text(encoding="utf-8"), f"{name} is stale: run scripts/compile_forms.py"
    assert compile_forms.stale() == []


def test_the_stamp_check_names_an_edited_form_without_uic(compile_forms: ModuleType, tmp_path: Path) -> None:
    """The build falls back on the stamps when it has no uic: they must see a changed, new or removed form."""
    ui, forms = tmp_path / "ui", tmp_path / "forms"
    shutil.copytree(compile_forms.UI_DIR, ui)
    shutil.copytree(compile_forms.FORMS_DIR, forms)
    assert compile_forms.stale(forms, ui) == []
    edited = ui / "preferences_dialog.ui"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Preferences", "Settings"), encoding="utf-8")
    shutil.copy(ui / "error_dialog.ui", ui / "extra_dialog.ui")
    (ui / "error_dialog.ui").unlink()
    assert compile_forms.stale(forms, ui) == [
        "extra_dialog.ui: not compiled",
        "preferences_dialog.ui: changed since ui_preferences_dialog.py was compiled",
        "ui_error_dialog.py: its .ui is gone",
    ]
    compile_forms.compile_all(forms, ui)
    assert compile_forms.stale(forms, ui) == []
    assert "Settings" in (forms / "ui_preferences_dialog.py").read_text(encoding="utf-8")
    assert not (forms / "ui_error_dialog.py").exists()


def test_a_broken_form_is_refused_naming_the_file(compile_forms: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "broken.ui").write_text("<ui version='4.0'><widget class='QDialog' name='Broken'>", encoding="utf-8")
    with pytest.raises(compile_forms.FormError, match="broken.ui: not a Designer form"):
        compile_forms.compile_all(tmp_path / "out", tmp_path)


def test_a_build_without_uic_keeps_fresh_forms_and_stops_on_a_stale_one(compile_forms: ModuleType, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    build_hooks = _load("build_hooks")
    monkeypatch.setattr(compile_forms, "find_uic", lambda: None)
    log: list[str] = []
    build_hooks.build_forms(tmp_path, log, compile_forms)
    assert log == ["pyside6-uic not found: the committed compiled forms are up to date, kept"]
    assert not (tmp_path / "gui").exists()  # the committed modules, copied by build_py, stay as they are
    monkeypatch.setattr(compile_forms, "stale", lambda: ["error_dialog.ui: changed since ui_error_dialog.py was compiled"])
    with pytest.raises(SystemExit, match="error_dialog.ui: changed since"):
        build_hooks.build_forms(tmp_path, log, compile_forms)


def test_a_build_with_uic_compiles_into_the_built_package(compile_forms: ModuleType, tmp_path: Path) -> None:
    build_hooks = _load("build_hooks")
    log: list[str] = []
    build_hooks.build_forms(tmp_path, log, compile_forms)
    built = sorted(p.name for p in (tmp_path / "gui" / "forms").glob("ui_*.py"))
    assert built == sorted(p.name for p in compile_forms.FORMS_DIR.glob("ui_*.py")) and built
    assert log[0].startswith(f"compiled {len(built)} forms with ")
    build_hooks.copy_resources(tmp_path, log)
    assert (tmp_path / "resources" / "templates" / "anr-prce.yaml").is_file()
    assert not list((tmp_path / "resources").rglob("*.py")), "maintainer scripts stay in the repository"
