"""The quick start: the window is on screen before the database is open, and nothing asked meanwhile is lost."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest

from medicen_desktop.gui import i18n
from medicen_desktop.gui import settings as keys
from medicen_desktop.gui.library import local_time
from medicen_desktop.gui.database_open import CannotOpenDatabase
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.gui.settings import Settings
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database, DatabaseError
from medicen_desktop.store.listing import quick_summaries
from tests.conftest import sha256_of


@pytest.fixture
def two_proposals(db: Database) -> tuple[str, str]:
    first = proposals.create_demo(db)
    second = proposals.duplicate(db, first)
    db.close()  # the quick start reads the file on its own
    return first, second


@pytest.fixture
def starting(qtbot, db_path: Path, settings: Settings,  # type: ignore[no-untyped-def]
             two_proposals: tuple[str, str]) -> Iterator[MainWindow]:
    """The window as ``run_gui`` builds it: no database yet, the library from the quick read."""
    i18n.install("en")
    window = MainWindow(None, settings, "en", summaries=quick_summaries(str(db_path)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    if window.db is not None:
        window.db.close()


def test_the_library_shows_the_call_names_remembered_from_the_last_run(  # type: ignore[no-untyped-def]
        qtbot, starting: MainWindow, db_path: Path, settings: Settings) -> None:
    """Before the templates load (on the worker, after the database), the Call column shows the names the
    last run loaded, not the calls' keys (``bpi-idemo``)."""
    model = starting.library.model
    key = model.rows()[0].template_key
    assert model.item(0, 2).text() == key  # first run: nothing remembered yet
    name = dict(starting.catalogue.all_choices())[key]  # the templates load (emits ``loaded``)
    assert name != key and model.item(0, 2).text() == name
    second = MainWindow(None, settings, "en", summaries=quick_summaries(str(db_path)))
    qtbot.addWidget(second)
    assert second.catalogue.choices is None
    assert second.library.model.item(0, 2).text() == name


def test_the_library_lists_the_proposals_before_the_database_is_open(starting: MainWindow,
                                                                       two_proposals: tuple[str, str]) -> None:
    assert starting.db is None
    assert sorted(starting.library.model.uuids()) == sorted(two_proposals)
    acronym = starting.library.model.data(starting.library.model.index(0, 0))
    assert acronym == "ÉPI-DIAG" or acronym.startswith("ÉPI-DIAG")
    assert starting.library.model.data(starting.library.model.index(0, 3))  # last change shown


def test_a_proposal_opened_while_the_database_opens_is_opened_once_it_is(  # type: ignore[no-untyped-def]
        qtbot, starting: MainWindow, db_path: Path, two_proposals: tuple[str, str]) -> None:
    wanted = two_proposals[1]
    row = starting.library.model.row_of(wanted)
    view = starting.library.table
    rect = view.visualRect(starting.library.model.index(row, 0))
    with qtbot.waitSignal(starting.library.openRequested, timeout=1000):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert starting.session is None and "Opening the database" in starting.statusBar().currentMessage()
    with qtbot.waitSignal(starting.library.model.modelReset, timeout=20_000):
        starting.open_database(str(db_path))
    qtbot.waitUntil(lambda: starting.session is not None, timeout=20_000)
    assert starting.session is not None and starting.session.proposal_uuid == wanted
    assert starting.central.currentWidget() is starting.workspace


def test_the_last_proposal_reopens_when_the_database_is_open(  # type: ignore[no-untyped-def]
        qtbot, db_path: Path, settings: Settings, two_proposals: tuple[str, str]) -> None:
    settings.set(keys.LAST_PROPOSAL, two_proposals[0])
    window = MainWindow(None, settings, "en", summaries=quick_summaries(str(db_path)))
    qtbot.addWidget(window)
    assert window.reopen_last()
    window.show()
    assert window.session is None and window.library.current_uuid() == two_proposals[0]
    assert "Reopening" in window.statusBar().currentMessage()
    window.open_database_after_first_paint(str(db_path))
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    assert window.session is not None and window.session.proposal_uuid == two_proposals[0]
    assert window.step_actions[0].shortcut().toString() == "Ctrl+1"  # bound after the first frame
    qtbot.waitUntil(lambda: window.db is not None, timeout=20_000)  # shown from the quick snapshot, then attached
    assert window.session.attached and window.session.db is window.db
    window.close()
    assert window.db is not None
    window.db.close()


def test_an_action_asked_meanwhile_runs_instead_of_reopening(  # type: ignore[no-untyped-def]
        qtbot, db_path: Path, settings: Settings, two_proposals: tuple[str, str]) -> None:
    settings.set(keys.LAST_PROPOSAL, two_proposals[0])
    window = MainWindow(None, settings, "en", summaries=quick_summaries(str(db_path)))
    qtbot.addWidget(window)
    window.reopen_last()
    window.show()
    window.library.select(two_proposals[1])
    window.library.duplicate_button.click()  # before the database is open: remembered, not lost
    assert window.library.model.rowCount() == 2
    window.open_database(str(db_path))
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 3, timeout=20_000)
    assert window.session is None  # the user asked for something else: no surprise switch
    assert len(proposals.list_proposals(window.db)) == 3  # type: ignore[arg-type]
    model = window.library.model  # the completeness column is measured once, when the database is open
    qtbot.waitUntil(lambda: all(model.data(model.index(row, 4)).endswith("%") for row in range(3)), timeout=20_000)
    window.close()
    window.db.close()  # type: ignore[union-attr]


def test_a_database_refused_in_the_background_is_reported_and_the_application_exits(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, tmp_path: Path, settings: Settings) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("not a database, just notes\n", encoding="utf-8")
    before = sha256_of(bad)
    shown: list[str] = []
    monkeypatch.setattr(CannotOpenDatabase, "ask", classmethod(lambda cls, parent, message: shown.append(message)))
    exit_codes: list[int] = []
    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(exit_codes.append))  # no loop to leave here
    window = MainWindow(None, settings, "en", summaries=None)
    qtbot.addWidget(window)
    window.show()
    assert window.library.empty.isVisible() and window.library.empty.text() == "Opening the database…"
    job = window.open_database(str(bad))
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert str(bad) in shown[0] and "not a database" in shown[0]
    assert exit_codes == [2] and not window.isVisible() and window.db is None and not job.running
    assert sha256_of(bad) == before


def test_the_quick_read_refuses_a_bad_file_naming_it_and_leaves_it_alone(tmp_path: Path) -> None:
    bad = tmp_path / "proposal.db"
    bad.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    before = sha256_of(bad)
    with pytest.raises(DatabaseError, match=r"proposal\.db: not a database file; it looks like a ZIP archive"):
        quick_summaries(str(bad))
    assert sha256_of(bad) == before
    assert quick_summaries(str(tmp_path / "new.db")) == [] and not (tmp_path / "new.db").exists()
    assert quick_summaries("postgresql://server/medicen") is None  # only the full open can say


def test_the_quick_read_waits_for_the_full_open_when_a_migration_is_due(db: Database, db_path: Path) -> None:
    proposals.create_demo(db)
    db.close()
    import sqlite3

    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
    assert quick_summaries(str(db_path)) is None


def test_the_quick_read_lists_like_the_service(db: Database, db_path: Path, two_proposals: tuple[str, str]) -> None:
    reopened = Database.open(db_path)
    try:
        assert quick_summaries(str(db_path)) == proposals.list_proposals(reopened)
    finally:
        reopened.close()


def test_last_change_is_shown_in_local_time(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Times are stored in UTC; the library showed them as if they were local (an hour off in Paris)."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        assert local_time(dt.datetime(2026, 11, 28, 13, 5)) == "28/11/2026 14:05"
        assert local_time(dt.datetime(2026, 7, 1, 22, 30)) == "02/07/2026 00:30"
        assert local_time(None) == ""
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_the_first_frame_needs_neither_sqlalchemy_nor_pydantic() -> None:
    """What the window needs before its first frame stays light; the rest loads on the worker."""
    code = (
        "import sys\n"
        "import medicen_desktop.cli, medicen_desktop.gui.app, medicen_desktop.gui.mainwindow\n"
        "import medicen_desktop.store.listing\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'pydantic', 'alembic', 'yaml', "
        "'markdown_it', 'docx', 'reportlab', 'openpyxl', 'platformdirs'})\n"
        "print(','.join(heavy))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize(("argv", "location"), [
    ([], ""), (["--db", "x.db"], "x.db"), (["--db=x.db"], "x.db"),
    (["list"], None), (["--db"], None), (["--db", "x.db", "list"], None), (["--help"], None), (["--db", "--help"], None),
])
def test_only_a_bare_start_takes_the_quick_way(argv: list[str], location: str | None) -> None:
    from medicen_desktop.cli import _gui_request

    assert _gui_request(argv) == location


def test_the_application_starts_lists_then_reopens_the_last_proposal(tmp_path: Path, db_path: Path,  # type: ignore[no-untyped-def]
                                                                      two_proposals: tuple[str, str]) -> None:
    """The real entry point, as a user starts it: the window first, then the database and the last proposal."""
    from PySide6.QtCore import QSettings

    config = tmp_path / "config"
    Settings(QSettings(str(config / "Medicen" / "Medicen Desktop.conf"), QSettings.Format.IniFormat)).set(
        keys.LAST_PROPOSAL, two_proposals[1])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    process = subprocess.Popen([sys.executable, "-m", "medicen_desktop", "--db", str(db_path)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    lines: list[str] = []
    watchdog = threading.Timer(60, process.kill)  # a hung start ends the read loop instead of the test run
    watchdog.start()
    try:
        for line in process.stdout:
            lines.append(line)
            if "database open" in line:
                break
    finally:
        watchdog.cancel()
        process.terminate()
        process.wait(timeout=30)
        process.stdout.close()
    text = "".join(lines)
    assert "window usable: 2 proposals listed" in text, text
    usable = text.index("window usable")
    assert text.index("database open", usable) > usable and "reopened" in text[usable:], text


def test_the_database_starts_opening_after_the_first_frame_is_painted(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, db_path: Path, settings: Settings, two_proposals: tuple[str, str]) -> None:
    """The imports on the worker must not delay the first frame: the list is painted before they start."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    painted: list[str] = []

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(watched.objectName())
            return False

    spy = PaintSpy()
    QApplication.instance().installEventFilter(spy)
    try:
        window = MainWindow(None, settings, "en", summaries=quick_summaries(str(db_path)))
        qtbot.addWidget(window)
        seen_at_open: list[bool] = []
        monkeypatch.setattr(MainWindow, "open_database",
                            lambda self, *_args: seen_at_open.append("qt_scrollarea_viewport" in painted))
        window.show()
        window.open_database_after_first_paint(str(db_path))
        qtbot.waitUntil(lambda: bool(seen_at_open), timeout=5000)
        assert seen_at_open == [True], painted
    finally:
        QApplication.instance().removeEventFilter(spy)


def test_the_first_frame_does_not_create_the_qt_namespace_enums(tmp_path: Path, db_path: Path,
                                                                two_proposals: tuple[str, str]) -> None:
    """PySide creates the ~100 enums of the ``Qt`` namespace on its first use (about 17 ms, a sixth of a
    bare window's start). The start screen avoids it until after its first frame; one ``from PySide6.QtCore
    import Qt`` in a module it imports brings the cost back (it happened once, through a helper module).
    Likewise ``QEvent.Type`` (~170 members): any event class imported, or an event filter in Python, creates it."""
    code = (
        "import enum, sys\n"
        "created = []\n"
        "original = enum.EnumType._create_\n"
        "def spy(*args, **kwargs):\n"
        "    created.append(original(*args, **kwargs))\n"
        "    return created[-1]\n"
        "enum.EnumType._create_ = spy\n"
        "import medicen_desktop.cli as cli\n"
        "from medicen_desktop.gui import mainwindow\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "def first_frame(self):\n"  # the first thing after the first frame
        "    print('ENUMS', ','.join(kind.__qualname__ for kind in created), flush=True)\n"
        "    QCoreApplication.exit(0)\n"
        "mainwindow.MainWindow.bind_shortcuts = first_frame\n"
        "sys.exit(cli.main(['--db', sys.argv[1]]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, env=env,
                         timeout=120)
    line = next(line for line in out.stdout.splitlines() if line.startswith("ENUMS"))
    created = set(line.split(" ", 1)[1].split(","))
    assert "QEvent.Type" not in created, sorted(created)
    assert "Qt.ItemDataRole" not in created and "Qt.AlignmentFlag" not in created, sorted(created)
    assert "QAbstractItemView.SelectionMode" in created  # the spy sees the library's table being built


def test_the_gui_path_imports_its_pure_python_modules_before_pyside(tmp_path: Path) -> None:
    """PySide6 reads the source of every module named by an import statement run after it is loaded (its
    ``__feature__`` hook): the database's location (platformdirs) and listing (sqlite3) are imported first."""
    code = (
        "import sys, types\n"
        "def run_gui(location):\n"
        "    loaded = [name for name in ('platformdirs', 'sqlite3', 'medicen_desktop.store.listing',\n"
        "              'medicen_desktop.progress', 'PySide6') if name in sys.modules]\n"
        "    print('LOADED', location, ','.join(loaded), flush=True)\n"
        "    return 0\n"
        "sys.modules['medicen_desktop.gui.app'] = types.SimpleNamespace(run_gui=run_gui)\n"
        "import medicen_desktop.cli as cli\n"
        "sys.exit(cli.main([]))\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("MEDICEN_DB", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    _, location, loaded = next(line for line in out.stdout.splitlines() if line.startswith("LOADED")).split(" ")
    assert location == str(tmp_path / "data" / "medicen-desktop" / "medicen.db")
    assert loaded.split(",") == ["platformdirs", "sqlite3", "medicen_desktop.store.listing", "medicen_desktop.progress"]


def test_preload_imports_every_step_editor() -> None:
    """Run on the worker once the database is open, so that a step's first visit does not import its module."""
    code = (
        "import sys\n"
        "from medicen_desktop.gui import steps\n"
        "before = {m for m in sys.modules if m.startswith('medicen_desktop.gui.steps.')}\n"
        "steps.preload()\n"
        "after = {m for m in sys.modules if m.startswith('medicen_desktop.gui.steps.')}\n"
        "print(len(before), ','.join(sorted(m.rsplit('.', 1)[1] for m in after)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    before, after = out.stdout.split()
    assert before == "0"
    assert {"call", "project", "consortium", "sections", "workplan", "budget", "risks", "annexes", "review",
            "export"} <= set(after.split(","))


def test_the_step_editors_are_preloaded_when_the_database_opens(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, starting: MainWindow, db_path: Path) -> None:
    submitted: list[str] = []
    original = starting.worker.submit
    monkeypatch.setattr(starting.worker, "submit", lambda job: submitted.append(job.label) or original(job))
    starting.database_ready(Database.open(str(db_path)))
    qtbot.waitUntil(lambda: "step editors" in submitted, timeout=5000)
