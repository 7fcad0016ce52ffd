"""The proposal reopened at launch is the one last open in that database (file or server), not the last one
anywhere; the setting of before (one for all) still reopens in the database it was saved with."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from medicen_desktop.gui import i18n
from medicen_desktop.gui import settings as keys
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.settings import Settings
from medicen_desktop.services import edit, proposals
from medicen_desktop.store.database import Database
from medicen_desktop.store.listing import quick_summaries


def _database(path: Path) -> str:
    db = Database.open(path)
    try:
        return proposals.create_demo(db)
    finally:
        db.close()


def _start(qtbot: Any, settings: Settings, location: str) -> MainWindow:
    """The window as ``run_gui`` starts it on ``location``, once its database is open."""
    i18n.install("en")
    window = MainWindow(None, settings, "en", summaries=quick_summaries(location))
    qtbot.addWidget(window)
    window.reopen_last(location)
    window.show()
    window.open_database_after_first_paint(location)
    qtbot.waitUntil(lambda: window.db is not None, timeout=20_000)
    return window


def _close(window: MainWindow) -> None:
    window.close()
    assert window.db is not None
    window.db.close()


def test_each_database_reopens_its_own_last_proposal(qtbot: Any, tmp_path: Path, settings: Settings) -> None:
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    in_a, in_b = _database(Path(a)), _database(Path(b))
    for location, uuid in ((a, in_a), (b, in_b)):
        window = _start(qtbot, settings, location)
        window.open_proposal(uuid)
        _close(window)
    for location, uuid in ((a, in_a), (b, in_b), (a, in_a)):
        window = _start(qtbot, settings, location)
        qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)  # noqa: B023 - used at once
        assert window.session is not None and window.session.proposal_uuid == uuid
        _close(window)


def test_the_setting_of_before_reopens_only_in_its_database(qtbot: Any, tmp_path: Path, settings: Settings) -> None:
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    in_a, in_b = _database(Path(a)), _database(Path(b))
    settings.set(keys.LAST_PROPOSAL, in_a)  # saved by an earlier version, in A
    window = _start(qtbot, settings, b)
    assert window.session is None and "Reopening" not in window.statusBar().currentMessage()
    window.open_proposal(in_b)
    _close(window)
    assert settings.get(keys.LAST_PROPOSAL) == in_a  # B has its own now; A still finds its proposal
    window = _start(qtbot, settings, a)
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    assert window.session is not None and window.session.proposal_uuid == in_a
    _close(window)
    assert settings.get(keys.LAST_PROPOSAL) == ""  # taken over by A's own entry
    assert settings.last_proposal(a) == in_a and settings.last_proposal(b) == in_b


def test_a_database_is_named_by_its_file_or_its_url_without_password(tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    (tmp_path / "work").mkdir()
    os.symlink(tmp_path / "work", tmp_path / "link")
    settings.remember_last(str(tmp_path / "work" / "a.db"), "proposal-a")
    assert settings.last_proposal(str(tmp_path / "link" / "a.db")) == "proposal-a"
    assert settings.last_proposal(f"sqlite:///{tmp_path / 'work' / 'a.db'}") == "proposal-a"
    assert settings.last_proposal(str(tmp_path / "work" / "b.db")) == ""
    settings.remember_last("postgresql://marc:s3cret@db.example.org/medicen", "proposal-server")
    assert settings.last_proposal("postgresql://marc:other@db.example.org/medicen") == "proposal-server"
    assert settings.last_proposal("postgresql://claire:s3cret@db.example.org/medicen") == ""
    settings.sync()
    again = Settings(QSettings(str(ini), QSettings.Format.IniFormat))  # read back from the file
    assert again.last_proposal(str(tmp_path / "work" / "a.db")) == "proposal-a"
    assert sorted(again.get(keys.LAST_PROPOSALS)) == [str(tmp_path / "work" / "a.db"),
                                                      "postgresql://marc@db.example.org/medicen"]


def _recent(window: MainWindow) -> list[str]:
    """The acronyms File ▸ Recent lists."""
    return [action.text().split(" — ")[0] for action in window.recent_menu.actions()]


def _copies(path: Path, count: int) -> list[str]:
    """``count`` demo proposals in the database at ``path``, their acronyms made unique (D1, D2…)."""
    db = Database.open(path)
    try:
        uuids = [proposals.create_demo(db) for _ in range(count)]
        for number, uuid in enumerate(uuids, 1):
            edit.update_fields(db, "proposal", uuid, {"acronym": f"{path.stem.upper()}{number}"})
        return uuids
    finally:
        db.close()


def test_each_database_keeps_its_own_recent_proposals(qtbot: Any, tmp_path: Path, settings: Settings) -> None:
    """Eight proposals opened in B no longer push A's out of A's Recent menu; the list of before (one for all
    databases) is shared out: each database takes what it holds of it, the rest stays for the others."""
    a, b = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    in_a, in_b = _copies(Path(a), 2), _copies(Path(b), 9)
    settings.set(keys.RECENT_PROPOSALS, [in_b[0], in_a[1], in_a[0]])  # saved by an earlier version
    window = _start(qtbot, settings, a)
    window._fill_recent()
    assert _recent(window) == ["A2", "A1"]  # what A holds of the list of before, in its order
    window.open_proposal(in_a[0])
    assert _recent(window) == ["A1", "A2"]
    assert settings.get(keys.RECENT_PROPOSALS) == [in_b[0]]  # B's, kept for B
    _close(window)
    window = _start(qtbot, settings, b)
    window._fill_recent()
    assert _recent(window) == ["B1"]
    for uuid in in_b[1:]:
        window.open_proposal(uuid)
    assert _recent(window) == [f"B{n}" for n in range(9, 1, -1)]  # eight at most
    assert not settings._backend.contains(keys.RECENT_PROPOSALS.key)  # every entry taken over
    _close(window)
    settings.sync()
    window = _start(qtbot, settings, a)
    window._fill_recent()
    assert _recent(window) == ["A1", "A2"]  # B's eight did not push A's out
    _close(window)
