"""Found in a walk at 1024×700 in French: a new proposal's Consortium page held the window 110 pixels wider than
the screen ("Remove partner", the SIRET, contact and e-mail columns and the CV were off-screen).

The unwrapped French titles of the tables ("Équipe du partenaire sélectionné") and of the CV panel ("CV —
sélectionnez un membre de l'équipe", shown while no member is selected) made the page's minimum width.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from medicen_desktop.document.schema import Organisation
from medicen_desktop.gui import i18n
from medicen_desktop.gui.mainwindow import MainWindow
from medicen_desktop.rules.steps import STEPS
from medicen_desktop.services import proposals


@pytest.fixture
def french() -> Iterator[None]:
    i18n.install("fr")
    yield
    i18n.install("en")


def test_a_new_french_proposal_fits_1024_pixels_on_every_step(qtbot, db, settings, french) -> None:  # type: ignore[no-untyped-def]
    coordinator = Organisation(uuid=str(uuid.uuid4()), legal_name="Cardiométrix SAS", short_name="CMX",
                               kind="sme", country="FR")
    created = proposals.create(db, "bpi-idemo-idf", "CARDIO", "Détection précoce", "fr", coordinator)
    window = MainWindow(db, settings, "fr")
    qtbot.addWidget(window)
    window.show()
    window.resize(1024, 700)
    window.library.reload()
    window.open_proposal(created)
    workspace = window.workspace
    assert workspace is not None
    for step in STEPS:
        workspace.go_to(step)
        page = workspace.page(step)
        qtbot.waitUntil(page.isVisible)
        QApplication.processEvents()  # the posted layout requests: the window grows to the page's minimum here
        assert window.width() == 1024 and window.minimumSizeHint().width() <= 1024, (step, page.minimumSizeHint())
    assert workspace.page("consortium").cv.heading.text().startswith("CV —")  # the long heading was measured
    window.close()
