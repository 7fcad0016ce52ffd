"""The command's process (``cli.run``): rare cyclic collections while one command runs, none at exit; the GUI keeps Python's."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from medicen_desktop.cli import ONE_SHOT_GC_THRESHOLD

PROBE = """
import gc, json, sys
from medicen_desktop import cli
seen = {"default": gc.get_threshold()}
def main():
    seen["during"] = gc.get_threshold()
    seen["frozen_during"] = gc.get_freeze_count()
    return 3
cli.main = main
try:
    cli.run()
except SystemExit as exc:
    seen["code"] = exc.code
seen["frozen_after"] = gc.get_freeze_count()
print(json.dumps(seen))
"""


def _probe(*argv: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, check=True).stdout
    seen: dict[str, object] = json.loads(out)
    return seen


@pytest.mark.parametrize("argv", [("list",), ("--db", "x.db", "export", "P", "-o", "p.pdf"), ("--help",)])
def test_a_command_runs_with_rare_collections_and_exits_with_every_object_frozen(argv: tuple[str, ...]) -> None:
    seen = _probe(*argv)
    assert seen["during"] == list(ONE_SHOT_GC_THRESHOLD) != seen["default"]
    assert seen["frozen_during"] == 0  # nothing is hidden from the collector while the command runs
    assert seen["code"] == 3  # main's exit code is the process's
    assert isinstance(seen["frozen_after"], int) and seen["frozen_after"] > 1000


@pytest.mark.parametrize("argv", [(), ("--db", "team.db"), ("--db=team.db",)])
def test_the_gui_keeps_pythons_collector_at_exit_too(argv: tuple[str, ...]) -> None:
    seen = _probe(*argv)
    assert seen["during"] == seen["default"]
    assert seen["frozen_after"] == 0
