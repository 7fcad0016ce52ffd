"""Command line: `medicen-desktop [--db PATH_OR_URL] [COMMAND ...]`.

With no command the GUI starts. ``commands.grammar`` describes every
subcommand without importing its module; the handler's module is imported
when the command runs. Every handler calls the service layer, never the
database or a rule directly.

Exit codes: 0 done; 1 a finding (validation errors, merge conflicts);
2 bad input or refused file, with one line on stderr naming the file and
the problem, and nothing written.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import os
import sys
import types
from collections.abc import Callable, Sequence
from importlib.machinery import ModuleSpec
from typing import TYPE_CHECKING, NoReturn

from medicen_desktop.commands.grammar import build_parser

if TYPE_CHECKING:
    import argparse

    from medicen_desktop.commands.common import Context

__all__ = ["build_parser", "main", "run"]

PYDANTIC_PLUGINS = "PYDANTIC_DISABLE_PLUGINS"
ONE_SHOT_GC_THRESHOLD = (1_000_000, 20, 100)
"""The cyclic collector's thresholds for one command's process (Python's: 700, 10, 10): a collection once a
million container objects more are alive (a PDF export of the large proposal ends with about 100,000), so a
command that builds cyclic garbage in bulk is still collected."""


def _handler(name: str) -> Callable[[Context, argparse.Namespace], int]:
    """The function named ``"module:function"`` under ``medicen_desktop.commands``, its module imported now."""
    module, function = name.split(":")
    handler: Callable[[Context, argparse.Namespace], int] = getattr(
        importlib.import_module(f"medicen_desktop.commands.{module}"), function)
    return handler


def _gui_request(argv: Sequence[str]) -> str | None:
    """The --db value ("" for the default) when the arguments ask for the GUI and nothing else; else None.

    Starting the GUI must not import every command (and with them SQLAlchemy
    and the rules): the window is meant to be on screen in a blink.
    """
    if not argv:
        return ""
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > 5:
        return argv[0][5:]
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return argv[1]
    return None


def _start_gui(option: str) -> int:
    """Start the GUI, importing the start-up's pure-Python modules before PySide6.

    PySide6 hooks ``import``: every module named by an import statement run
    after it is loaded has its source file read (to look for "PySide6", for
    its ``__feature__`` switches). Finding the database (platformdirs) and the
    modules that list it (sqlite3) before the first PySide6 import spares
    those reads, a measurable part of the start-up.
    """
    import medicen_desktop.progress  # noqa: F401  (the worker's, imported here for the reason above)
    import medicen_desktop.store.listing  # noqa: F401  (idem)
    from medicen_desktop.store.location import database_location

    location = database_location(option)
    from medicen_desktop.system_libraries import check_or_explain

    if not check_or_explain():  # before Qt loads: say which Debian package is missing
        return 2
    from medicen_desktop.gui.app import run_gui

    return int(run_gui(location))


PYDANTIC_LOADER = "pydantic.plugin._loader"


class _NoPydanticPlugins:
    """Finds and makes pydantic's plugin loader while every plugin is off (``PYDANTIC_DISABLE_PLUGINS=__all__``).

    pydantic's loader then answers "none" without looking, but importing it imports ``importlib.metadata`` and
    through it ``email``, ``csv``, ``socket``, ``calendar``: 1.8 MB of each command's memory (a tenth of what the
    Word export has over python-docx alone) and 15 ms. This module gives the same answer (pydantic asks it for
    ``get_plugins`` only, when it builds a validator) and is made only when pydantic imports it. A user's own
    ``PYDANTIC_DISABLE_PLUGINS`` naming some plugins keeps pydantic's loader.
    """

    @classmethod
    def find_spec(cls, name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if name != PYDANTIC_LOADER or os.environ.get(PYDANTIC_PLUGINS) != "__all__":
            return None
        return ModuleSpec(name, cls())  # type: ignore[arg-type]  # a loader by its two methods

    def create_module(self, spec: ModuleSpec) -> types.ModuleType:
        return types.ModuleType(spec.name, "pydantic's plugin loader while every plugin is off (medicen_desktop.cli)")

    def exec_module(self, module: types.ModuleType) -> None:
        setattr(module, "_plugins", None)  # never scanned
        setattr(module, "get_plugins", _no_plugins)


def _no_plugins() -> tuple[()]:
    return ()


def _without_pydantic_plugin_loader() -> None:
    if PYDANTIC_LOADER not in sys.modules and _NoPydanticPlugins not in sys.meta_path:
        sys.meta_path.insert(0, _NoPydanticPlugins)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (or the GUI) and return the process exit code."""
    # pydantic looks for plugins by scanning every installed distribution's entry points when it builds
    # its first validator (10-40 ms of each command); the application uses none. Set, it stays the user's.
    os.environ.setdefault(PYDANTIC_PLUGINS, "__all__")
    _without_pydantic_plugin_loader()
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui_location = _gui_request(arguments)
    if gui_location is not None:
        return _start_gui(gui_location)
    from medicen_desktop.commands.common import CommandError, Context
    from medicen_desktop.errors import MedicenError

    parser = build_parser()
    args = parser.parse_args(arguments)
    context = Context(db=args.db)
    try:
        if args.command is None:  # e.g. --db given twice: argparse has had its say
            from medicen_desktop.system_libraries import check_or_explain

            if not check_or_explain():
                return 2
            from medicen_desktop.gui.app import run_gui

            return int(run_gui(context.database_location()))
        return int(_handler(args.handler)(context, args))
    except CommandError as exc:
        print(f"medicen-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    except MedicenError as exc:  # refused input or the environment's fault: a message, never a traceback
        print(f"medicen-desktop: {exc}", file=sys.stderr)
        return 2
    finally:
        context.close()


def run() -> NoReturn:
    """The process's entry point (``python -m medicen_desktop``, the ``medicen-desktop`` script): ``main``, then exit.

    A command's process lives a second at most and creates few reference
    cycles, but with Python's thresholds the cyclic collector walked the
    young objects some 200 times and every long-lived one (pydantic's and
    reportlab's classes, the document) once during a PDF export, then once
    more at exit: about a seventh of the export's time, for no memory back
    (the same peak RSS). A command runs with rare collections, and at its
    exit every object is moved out of the collector's sight (``gc.freeze``):
    they are freed with the process, and reference counting still closes
    files and connections. The GUI keeps Python's collector, at exit too (a
    Qt object in a reference cycle is destroyed by that last collection).
    """
    command = _gui_request(sys.argv[1:]) is None
    if command:
        gc.set_threshold(*ONE_SHOT_GC_THRESHOLD)
    code = main()
    if command:
        gc.freeze()
        _exit_without_teardown(code)
    sys.exit(code)


def _exit_without_teardown(code: int) -> None:
    """End a command's process with ``code`` now, skipping the interpreter's teardown; return if it cannot.

    After a command, Python's exit empties every module and frees the
    objects one by one (the export's document, layout and fonts): some
    10 ms of the PDF export, for memory the system takes back at once. What
    that exit does that matters is done here first: the ``atexit`` callbacks
    run (logging's flush, ``weakref.finalize`` of temporary folders) and
    stdout and stderr are flushed. ``main`` has closed the database by then.
    While another thread runs (Python's exit would wait for it), or when a
    flush fails (a closed pipe: Python's exit says it), this returns and
    ``sys.exit`` ends the process as usual.
    """
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
