"""PySide6's import hook no longer reads the source of every module imported after it (gui/import_hook.py)."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import inspect, json, sys
import medicen_desktop.gui.app  # installs the shortcut, as the application does
read = []
original = inspect.getsource
inspect.getsource = lambda obj: read.append(getattr(obj, "__name__", "?")) or original(obj)
from medicen_desktop.rules import money  # __import__ returns medicen_desktop.rules: the module PySide6 checks
from medicen_desktop.gui.steps import base
import linecache
feature = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(json.dumps({"read": read, "rules": feature.get("medicen_desktop.rules"),
                  "gui": feature.get("medicen_desktop.gui.steps"), "worker": feature.get("medicen_desktop.gui.worker"),
                  "kept": [name for name in linecache.cache if "medicen_desktop" in name]}))
"""


def test_modules_outside_the_gui_are_imported_without_reading_their_source() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}).stdout
    result = json.loads(out)
    assert "medicen_desktop.rules" not in result["read"]
    assert result["rules"] == -1  # "does not use PySide6", as the library would have found
    assert all(name.startswith(("medicen_desktop.gui", "PySide6", "shiboken6")) for name in result["read"])
    # The GUI's modules: the library's own check (the word "PySide6" in the source), on the file's bytes,
    # so that their text is not kept in linecache for the process's life.
    assert result["worker"] == 0 and result["gui"] == -1  # gui/worker.py imports PySide6, steps/__init__.py not
    assert [name for name in result["kept"] if not name.endswith("import_hook.py")] == []  # (read to install it)
