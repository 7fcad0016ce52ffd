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
feature = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(json.dumps({"read": read, "rules": feature.get("medicen_desktop.rules"),
                  "gui": feature.get("medicen_desktop.gui.steps")}))
"""


def test_modules_outside_the_gui_are_imported_without_reading_their_source() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""}).stdout
    result = json.loads(out)
    assert "medicen_desktop.rules" not in result["read"]
    assert result["rules"] == -1  # "does not use PySide6", as the library would have found
    assert "medicen_desktop.gui.steps" in result["read"]  # the GUI's modules: the library's own check
    assert all(name.startswith(("medicen_desktop.gui", "PySide6", "shiboken6")) for name in result["read"])
