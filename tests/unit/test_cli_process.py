"""The command's process (``cli.run``): rare cyclic collections while one command runs, none at exit; the GUI keeps Python's."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from medicen_desktop.cli import ONE_SHOT_GC_THRESHOLD

PROBE = """
import atexit, gc, json, sys
from medicen_desktop import cli
seen = {"default": gc.get_threshold()}
def main():
    seen["during"] = gc.get_threshold()
    seen["frozen_during"] = gc.get_freeze_count()
    atexit.register(at_exit)
    print("written by the command", end="")  # no newline: only a flush writes it
    return 3
def at_exit():
    seen["frozen_after"] = gc.get_freeze_count()
    sys.stderr.write(json.dumps(seen))
cli.main = main
try:
    cli.run()
except SystemExit as exc:
    seen["exited"] = "sys.exit"
    raise
"""


def _probe(*argv: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True)
    seen: dict[str, object] = json.loads(done.stderr)
    assert done.stdout == "written by the command"  # flushed before the process ended
    seen["code"] = done.returncode
    return seen


@pytest.mark.parametrize("argv", [("list",), ("--db", "x.db", "export", "P", "-o", "p.pdf"), ("--help",)])
def test_a_command_runs_with_rare_collections_and_exits_with_every_object_frozen(argv: tuple[str, ...]) -> None:
    seen = _probe(*argv)
    assert seen["during"] == list(ONE_SHOT_GC_THRESHOLD) != seen["default"]
    assert seen["frozen_during"] == 0  # nothing is hidden from the collector while the command runs
    assert seen["code"] == 3  # main's exit code is the process's
    assert isinstance(seen["frozen_after"], int) and seen["frozen_after"] > 1000
    assert "exited" not in seen  # ended without the interpreter's teardown (cli._exit_without_teardown)


def test_a_command_whose_thread_still_runs_exits_through_python_which_waits_for_it() -> None:
    probe = PROBE.replace("    return 3\n", "    import threading, time\n"
                          "    threading.Thread(target=lambda: (time.sleep(0.2), print(' and by its thread', end=''))).start()\n"
                          "    return 3\n")
    done = subprocess.run([sys.executable, "-c", probe, "list"], capture_output=True, text=True)
    assert done.returncode == 3 and done.stdout == "written by the command and by its thread"
    assert json.loads(done.stderr)["exited"] == "sys.exit"


@pytest.mark.parametrize("argv", [(), ("--db", "team.db"), ("--db=team.db",)])
def test_the_gui_keeps_pythons_collector_at_exit_too(argv: tuple[str, ...]) -> None:
    seen = _probe(*argv)
    assert seen["during"] == seen["default"]
    assert seen["frozen_after"] == 0
