"""Issue #18 item 11: before Qt loads, the launcher checks the system libraries Qt needs and names the
Debian packages to install."""

from __future__ import annotations

import subprocess
import sys

from medicen_desktop import system_libraries as libs


def test_a_bare_debian_desktop_is_told_which_packages_to_install() -> None:
    bare = {"libxcb-cursor.so.0", "libxcb-icccm.so.4"}
    absent = libs.missing(libs.needed({"DISPLAY": ":0"}, "linux"), loads=lambda name: name not in bare)
    assert absent == {"libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4"}
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in libs.advice(absent)


def test_what_is_needed_follows_the_platform() -> None:
    assert "libxcb-cursor.so.0" in libs.needed({"DISPLAY": ":0"}, "linux")
    assert "libxcb-cursor.so.0" not in libs.needed({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"},
                                                   "linux")
    assert libs.needed({"QT_QPA_PLATFORM": "offscreen"}, "linux") == {}
    assert libs.needed({}, "win32") == {}


def test_the_launcher_says_it_and_exits_before_qt(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The GUI entry with a library that cannot load: the advice on stderr, exit 2, no Qt traceback."""
    code = ("import sys; from medicen_desktop import system_libraries as l, cli;"
            "l.XCB['libmedicen-absent.so.9'] = 'libmedicen-absent9';"
            f"sys.exit(cli.main(['--db', {str(tmp_path / 'x.db')!r}]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "DISPLAY": ":99", "HOME": str(tmp_path)})
    assert done.returncode == 2, done.stderr
    assert "sudo apt install libmedicen-absent9" in done.stderr
    assert "PySide6" not in done.stderr and "Traceback" not in done.stderr
