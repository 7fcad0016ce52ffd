"""reportlab imported without Pillow: ``PIL.Image`` is imported when reportlab first reads an image (issue 19).

``reportlab/lib/utils.py`` (which every reportlab module imports) starts
with ``from PIL import Image``, and uses it only to read a picture (an
``ImageReader``) or to recognise a Pillow image. Pillow's ``Image`` and its
C library cost the window about 2.2 MB from the first page-meter reading
on, although no dossier layout that draws no picture needs them.

``install()`` (run by ``medicen_desktop/export/__init__.py``, before any
reportlab import of this package) adds a one-shot import hook: when
``reportlab.lib.utils`` is imported, its ``Image`` name is bound to
``ImageOnUse``, a module that imports the real ``PIL.Image`` on its first
attribute read (``Image.open``, ``Image.Image``…) and answers from it from
then on. The stand-in is in ``sys.modules`` only while reportlab's module
runs; any other ``from PIL import Image`` gets Pillow itself. If Pillow or
reportlab is already imported, nothing changes.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import threading
import types
from collections.abc import Sequence
from typing import Any

_UTILS = "reportlab.lib.utils"
_IMAGE = "PIL.Image"
_lock = threading.Lock()


class ImageOnUse(types.ModuleType):
    """Stands for ``PIL.Image``: imports it on the first attribute read, then answers from it."""

    def __getattr__(self, name: str) -> Any:  # only for what the stand-in itself lacks: all of Pillow's names
        with _lock:
            if sys.modules.get(_IMAGE) is self:  # read while reportlab's module runs: Pillow's own module now
                del sys.modules[_IMAGE]
        return getattr(importlib.import_module(_IMAGE), name)


class _Loader(importlib.abc.Loader):
    """reportlab's own loader, running its module with the stand-in as ``PIL.Image``."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        module: types.ModuleType | None = self.loader.create_module(spec)
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        if _IMAGE in sys.modules:  # Pillow came meanwhile: reportlab takes it
            self.loader.exec_module(module)
            return
        stand_in = sys.modules[_IMAGE] = ImageOnUse(_IMAGE)
        try:
            self.loader.exec_module(module)
        finally:
            with _lock:
                if sys.modules.get(_IMAGE) is stand_in:
                    del sys.modules[_IMAGE]

    def __getattr__(self, name: str) -> Any:  # get_source, get_data, is_package…: reportlab's loader answers
        return getattr(self.loader, name)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname != _UTILS:
            return None
        uninstall()  # once: reportlab's module is imported once
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None and _IMAGE not in sys.modules:
            spec.loader = _Loader(spec.loader)
        return spec


_finder = _Finder()


def install() -> None:
    """Defer Pillow for reportlab's next (first) import; nothing if reportlab's utilities are imported already."""
    if _UTILS not in sys.modules and _finder not in sys.meta_path:
        sys.meta_path.insert(0, _finder)


def uninstall() -> None:
    if _finder in sys.meta_path:
        sys.meta_path.remove(_finder)
