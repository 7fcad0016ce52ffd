"""#15: a writer killed midway leaves a ``.part`` that the next write into the folder removes; a living
writer's ``.part`` is never touched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.services import files

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kill -9 and flock are POSIX")

_KILLED_WRITER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from medicen_desktop.services import files

    def write(temporary):
        temporary.write_bytes(b"half of a dossier")
        print("writing", flush=True)
        time.sleep(60)  # killed here, as a crash midway through an export

    files.replace_atomically(Path(sys.argv[1]), write)
""")


def _age(path: Path, seconds: float = 10.0) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_killed_export_leaves_a_part_the_next_command_sweeps(tmp_path: Path, db_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    writer = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(out / "dossier.docx")],
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    with writer.stdout:
        assert writer.stdout.readline().strip() == "writing"
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    [litter] = _parts(out)
    assert litter.startswith(".dossier.docx.")
    _age(out / litter)
    # The user runs another command writing into the same folder (the CLI, a real file).
    assert main(["--db", str(db_path), "demo"]) == 0
    uuid = capsys.readouterr().out.strip()
    assert main(["--db", str(db_path), "export-json", uuid, "-o", str(out / "epi.json")]) == 0
    assert _parts(out) == []
    assert sorted(p.name for p in out.iterdir()) == ["epi.json"]


def test_a_living_writers_part_is_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "dossier.pdf"
    handle, temporary = files.temporary_beside(target)  # this process is still writing it (and holds its lock)
    try:
        _age(temporary)
        assert files.sweep_litter(tmp_path) == []
        files.write_atomically(tmp_path / "other.json", b"{}")
        assert temporary.exists()
    finally:
        os.close(handle)
    assert files.sweep_litter(tmp_path) == [temporary]  # unlocked now: a dead writer's, as far as anyone can tell


def test_only_our_temporary_names_are_swept(tmp_path: Path) -> None:
    for name in ("notes.part", ".report.docx.part", ".report.docx.0123456789ab.part.keep", "draft.0123456789ab.part"):
        (tmp_path / name).write_bytes(b"the user's")
        _age(tmp_path / name)
    ours = tmp_path / ".report.docx.0123456789ab.part"
    ours.write_bytes(b"half")
    _age(ours)
    fresh = tmp_path / ".report.pdf.ba9876543210.part"  # just created: its writer may not hold the lock yet
    fresh.write_bytes(b"half")
    assert files.sweep_litter(tmp_path) == [ours]
    assert fresh.exists() and all((tmp_path / n).exists() for n in ("notes.part", "draft.0123456789ab.part"))


def test_a_package_staged_then_abandoned_leaves_nothing(tmp_path: Path) -> None:
    staged = files.stage_beside(tmp_path / "p.medicen-package", b"package bytes")
    assert files.sweep_litter(tmp_path) == []  # fresh and locked
    staged.discard()
    assert _parts(tmp_path) == []
    staged = files.stage_beside(tmp_path / "p.medicen-package", b"package bytes")
    staged.publish(tmp_path / "p.medicen-package")
    assert (tmp_path / "p.medicen-package").read_bytes() == b"package bytes" and _parts(tmp_path) == []
