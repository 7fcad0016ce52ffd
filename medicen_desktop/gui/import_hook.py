"""Stop PySide6 reading the source of every module imported after it.

Importing PySide6 replaces ``builtins.__import__`` with a hook serving its
opt-in ``from __feature__ import snake_case, true_property``: after each new
module is imported, ``shibokensupport.feature._mod_uses_pyside`` reads the
module's whole source (``inspect.getsource``) to find the word "PySide6".
SQLAlchemy, pydantic and the rules, imported on the worker while the
database opens, paid about three times their import time for it (740-910 ms
instead of about 250 ms for ``store.database`` on the test machine).

No module of this application uses ``__feature__``, and no module outside
``medicen_desktop.gui`` may import Qt (``tests/unit/test_boundaries.py``): the
answer for every other module is known without reading it. The GUI's own
modules and PySide6's are still checked the library's way (does the source
say "PySide6"?), reading a module's file directly rather than through
``inspect.getsource``, whose ``linecache`` kept the text of every GUI
module for as long as the window ran (about 1.5 MB).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

_CHECKED = ("medicen_desktop.gui", "PySide6", "shiboken6", "__main__")
"""Modules that may use PySide6: left to the library's check."""


def skip_source_scans() -> bool:
    """Answer PySide6's question without reading the source for every other module; True if installed.

    Call after PySide6 is imported. A PySide6 without this hook is left as it is (False).
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "_medicen", False):
        return original is not None and getattr(original, "_medicen", False)

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if not name.startswith(_CHECKED):
            return False
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:  # the library's own test, on the file's bytes: its inspect.getsource kept every GUI module's
                return b"PySide6" in Path(path).read_bytes()  # lines in linecache for the process's life
            except OSError:
                return False  # as the library answers a module whose source cannot be read
        return bool(original(module))

    uses_pyside._medicen = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (a private name of PySide6)
    return True
