"""The system libraries Qt needs on Linux, checked before Qt is loaded, with the Debian package of each.

On a bare Debian desktop Qt 6 does not start without ``libxcb-cursor0``,
``libxcb-icccm4`` and their neighbours, and says so in terms a coordinator
cannot act on (a core dump after "could not load the Qt platform plugin").
``missing()`` tries to load each library (``dlopen``, as Qt will do a moment
later) and ``advice()`` names what to install. No Qt import here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

CORE = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libxkbcommon.so.0": "libxkbcommon0", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
"""What Qt's core, GUI and widgets libraries load, whatever the display."""
XCB = {
    "libxcb.so.1": "libxcb1", "libX11-xcb.so.1": "libx11-xcb1", "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
"""What Qt's X11 (xcb) platform plugin loads."""


def _loads(name: str) -> bool:
    """Whether the library is there: found in the usual folders (a few stat calls), else loaded to be sure
    (dlopen, a few milliseconds each: only for what the folders did not show)."""
    if any(os.path.exists(os.path.join(folder, name)) for folder in _folders()):
        return True
    import ctypes

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def _folders() -> list[str]:
    arch = str(getattr(sys.implementation, "_multiarch", ""))  # "x86_64-linux-gnu" (sysconfig takes 20 ms)
    usual = ["/usr/lib", "/lib", "/usr/lib64", "/lib64"]
    if arch:
        usual = [f"/usr/lib/{arch}", f"/lib/{arch}", *usual]
    return [*filter(None, os.environ.get("LD_LIBRARY_PATH", "").split(":")), *usual]


def needed(environ: Mapping[str, str] | None = None, platform: str | None = None) -> dict[str, str]:
    """The libraries the GUI will load here (library → Debian package); none off Linux."""
    environ = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return {}
    qpa = environ.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith("xcb"):
        return dict(CORE) if qpa.split(":")[0] not in ("offscreen", "minimal", "vnc") else {}
    wayland = bool(environ.get("WAYLAND_DISPLAY")) and environ.get("XDG_SESSION_TYPE") == "wayland"
    return dict(CORE) if wayland and not qpa else {**CORE, **XCB}


def missing(libraries: Mapping[str, str], loads: Callable[[str], bool] = _loads) -> dict[str, str]:
    """The libraries of ``libraries`` that cannot be loaded, with their packages."""
    return {name: package for name, package in libraries.items() if not loads(name)}


def advice(absent: Mapping[str, str]) -> str:
    """What to tell the user about ``absent`` libraries (one paragraph and the command to run)."""
    packages = " ".join(sorted(set(absent.values())))
    return (f"Medicen Desktop cannot open its window: these system libraries are missing: "
            f"{', '.join(sorted(absent))}.\n"
            f"On Debian or Ubuntu, install them with:\n    sudo apt install {packages}\n"
            f"(The command-line commands, e.g. `./medicen list`, work without them.)")


def check_or_explain() -> bool:
    """True when the GUI can load; else print the advice on stderr and return False."""
    absent = missing(needed())
    if absent:
        print(advice(absent), file=sys.stderr)
        return False
    return True
