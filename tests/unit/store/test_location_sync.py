"""A database in a synced folder or on a network file system gets a warning; a local one none."""

from __future__ import annotations

from pathlib import Path

import pytest

from medicen_desktop.cli import main
from medicen_desktop.store.location import sync_warning

MOUNTS = """/dev/sda1 / ext4 rw 0 0
server:/export /home/claire/shared nfs4 rw 0 0
//nas/projets /mnt/nas\\040projets cifs rw 0 0
"""


@pytest.mark.parametrize(("path", "where"), [
    ("/home/claire/Dropbox/medicen.db", "Dropbox"),
    ("/home/claire/OneDrive - CHU/Projets/medicen.db", "OneDrive"),
    ("/Users/claire/Library/Mobile Documents/com~apple~CloudDocs/medicen.db", "iCloud Drive"),
    ("/home/claire/Nextcloud/medicen.db", "Nextcloud"),
    ("/home/claire/shared/epi/medicen.db", "a network file system (nfs4)"),
    ("/mnt/nas projets/medicen.db", "a network file system (cifs)"),
])
def test_synced_and_network_folders_are_named(path: str, where: str) -> None:
    warning = sync_warning(Path(path), MOUNTS)
    assert warning is not None and f"synced by {where}" in warning and "local disk" in warning


def test_a_local_folder_gets_no_warning() -> None:
    assert sync_warning(Path("/home/claire/Documents/medicen.db"), MOUNTS) is None


def test_the_cli_warns_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    assert main(["--db", str(folder / "medicen.db"), "demo"]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and "Dropbox" in err
