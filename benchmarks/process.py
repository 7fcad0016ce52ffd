"""What the process-to-process benchmarks share: run a command as a fresh process, as a user does.

Each run is a new ``python`` process started from this one and timed from
launch to exit (wall clock), with its peak resident memory read from the
kernel (``wait4``'s ``ru_maxrss``). Bytecode caches are allowed
(``PYTHONDONTWRITEBYTECODE`` is dropped for the children), as on a user's
machine after the first run.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


def environment(**extra: str) -> dict[str, str]:
    """The children's environment: this one's, bytecode caches allowed, plus ``extra``."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **extra}


@dataclass
class Samples:
    """Wall seconds and peak RSS (MB) of each run of one command."""

    wall: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    """User + system CPU seconds of each run (the process's own): less moved by the machine's load than wall."""

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def peak(self) -> float:
        return max(self.peak_mb)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu) if self.cpu else float("nan")


TIME = shutil.which("time", path="/usr/bin:/bin")
"""GNU time: it reports the command's own peak RSS. A child forked from this (large) benchmark process
reports the parent's size as its ``ru_maxrss`` until it execs, so ``wait4`` alone overstates small commands."""


def run_once(command: Sequence[str], env: Mapping[str, str] | None = None, *, check: bool = True) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of one run of ``command`` as a new process; output discarded."""
    wall, peak, _ = run_measured(command, env, check=check)
    return wall, peak


def run_measured(command: Sequence[str], env: Mapping[str, str] | None = None, *,
                 check: bool = True) -> tuple[float, float, float]:
    """(wall seconds, peak RSS in MB, user + system CPU seconds) of one run of ``command`` as a new process."""
    argv = list(command)
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as report:
        wrapped = [TIME, "-f", "%U %S %M", "-o", report.name, *argv] if TIME else argv
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                env=dict(env if env is not None else environment()))
        assert proc.stderr is not None
        error = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if check and proc.returncode not in (0, 1):
            raise RuntimeError(f"{' '.join(argv)}: exit {proc.returncode}\n{error.decode(errors='replace')}")
        fields = report.read().split()  # GNU time may write "Command exited with non-zero status" first
        measured = TIME and len(fields) >= 3 and fields[-1].isdigit()
        peak_kb = int(fields[-1]) if measured else usage.ru_maxrss
        cpu = float(fields[-3]) + float(fields[-2]) if measured else usage.ru_utime + usage.ru_stime
    return wall, peak_kb / 1024, cpu


def interleaved(commands: Mapping[str, Sequence[str]], runs: int, env: Mapping[str, str] | None = None) -> dict[str, Samples]:
    """Run every command once per round, ``runs`` rounds, so that the machine's load hits each alike."""
    samples = {name: Samples() for name in commands}
    for command in commands.values():  # warm the OS file cache and the bytecode caches
        run_once(command, env)
    for _ in range(runs):
        for name, command in commands.items():
            wall, peak, cpu = run_measured(command, env)
            samples[name].wall.append(wall)
            samples[name].peak_mb.append(peak)
            samples[name].cpu.append(cpu)
    return samples


PYTHON = sys.executable


def load_average() -> str:
    """The 1, 5 and 15-minute load averages and the CPU count, for the figures printed beside them (a shared
    machine's load moves every figure; the ratios to a baseline run in the same batch move less)."""
    return f"load average {' '.join(f'{v:.2f}' for v in os.getloadavg())} ({os.cpu_count()} CPUs)"
