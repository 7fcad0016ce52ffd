"""GUI fixtures: headless Qt, isolated settings, a main window on a fresh database.

QT_QPA_PLATFORM is set before anything imports Qt.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from medicen_desktop.gui import exchange_dialogs, i18n  # noqa: E402
from medicen_desktop.gui.error_dialog import ErrorDialog  # noqa: E402
from medicen_desktop.gui.mainwindow import MainWindow  # noqa: E402
from medicen_desktop.gui.session import ProposalSession  # noqa: E402
from medicen_desktop.gui.settings import Settings  # noqa: E402
from medicen_desktop.store.database import Database  # noqa: E402


@pytest.fixture(autouse=True)
def english_after_each_test(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A test that switches the UI to French must not leave it so for the next one on its worker."""
    yield
    i18n.install("en")


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The exchange refusals shown (their messages); any bug dialog fails the test."""
    shown: list[str] = []
    monkeypatch.setattr(exchange_dialogs.ExchangeRefused, "ask",
                        classmethod(lambda cls, parent, title, message: shown.append(message)))

    def unexpected(cls, summary, details, parent=None):  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected error dialog: {details}")

    monkeypatch.setattr(ErrorDialog, "ask", classmethod(unexpected))
    return shown


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, db: Database, settings: Settings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window in English on an empty database (the library is shown)."""
    i18n.install("en")
    win = MainWindow(db, settings, "en")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


@pytest.fixture
def opened(qtbot, window: MainWindow, sample_in_db: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window with the sample proposal open and its first check done."""
    window.library.reload()
    window.open_proposal(sample_in_db)
    assert window.workspace is not None
    qtbot.waitUntil(lambda: bool(window.workspace.findings.items), timeout=10_000)
    return window


@pytest.fixture
def session(qtbot, db: Database, sample_in_db: str) -> Iterator[ProposalSession]:  # type: ignore[no-untyped-def]
    s = ProposalSession(db, sample_in_db)
    yield s
    s.deleteLater()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns that it cannot propagate size hints; it is
    # not a bug of ours, and every other Qt warning still fails the test.
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))
