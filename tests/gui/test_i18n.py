"""French and English UI; the language switch in Preferences rebuilds the views live."""

from __future__ import annotations

from medicen_desktop.gui import i18n
from medicen_desktop.gui import settings as keys
from medicen_desktop.gui.preferences import PreferencesDialog


def test_switch_to_french_and_back(qtbot, opened, settings, monkeypatch):
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, language, parent=None: "fr"))
    opened.workspace.go_to("workplan")
    opened.preferences()
    try:
        assert settings.get(keys.LANGUAGE) == "fr"
        assert opened.menuBar().actions()[0].text() == "&Fichier"
        assert opened.workspace.current_step() == "workplan", "the step survives the switch"
        page = opened.workspace.page("workplan")
        assert page.title.text() == "Programme de travail"
        assert opened.workspace.navigator.list.item(4).text() == "Programme de travail"
        assert "enregistré" in opened.windowTitle()
        opened.workspace.go_to("project")
        assert opened.workspace.page("project").domains["imaging"].text() == "Imagerie"
        monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, language, parent=None: "en"))
        opened.preferences()
        assert opened.menuBar().actions()[0].text() == "&File"
    finally:
        i18n.install("en")


def test_every_gui_string_is_in_the_ts_and_translated(tmp_path):
    """The .ts is the one source of French: lupdate over today's sources finds nothing new or unfinished."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from medicen_desktop.resources import resource

    ts = tmp_path / "medicen_fr.ts"
    shutil.copy(resource("translations", "medicen_fr.ts"), ts)
    update = resource("translations", "update.py")
    sys.path.insert(0, str(update.parent))
    try:
        import update as updater  # the project's own script: the same file list
    finally:
        sys.path.pop(0)
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), *updater.sources(), "-no-obsolete",
                    "-locations", "none", "-source-language", "en", "-target-language", "fr", "-ts", str(ts)],
                   check=True, capture_output=True)
    assert updater.untranslated(ts) == [], "run resources/translations/update.py and translate what it lists"
    assert resource("translations", "medicen_fr.qm").stat().st_size > 1000


def test_organisation_kinds_read_the_same_in_the_gui_and_the_dossier():
    from medicen_desktop.document.schema import OrganisationKind
    from medicen_desktop.export.labels import Labels
    from medicen_desktop.gui.dialogs import kind_label

    try:
        for language in ("fr", "en"):
            i18n.install(language)
            assert [kind_label(k.value) for k in OrganisationKind] == [Labels(language).kind(k.value) for k in OrganisationKind]
        i18n.install("fr")
        assert kind_label("academic") == "Laboratoire académique"
    finally:
        i18n.install("en")


def test_the_export_page_offers_the_registrys_formats_in_the_users_language(qtbot, opened, settings, monkeypatch):
    """One check box per ``export.formats`` entry, in its order, checked as it says, its label translated."""
    from PySide6.QtWidgets import QCheckBox

    from medicen_desktop.export.formats import REGISTRY

    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, language, parent=None: "fr"))
    opened.preferences()
    try:
        opened.workspace.go_to("export")
        page = opened.workspace.page("export")
        boxes = [page.formats_row.itemAt(i).widget() for i in range(page.formats_row.count())]
        boxes = [box for box in boxes if isinstance(box, QCheckBox)]
        assert [box.objectName() for box in boxes] == [f.key for f in REGISTRY] == list(page.formats)
        assert [box.isChecked() for box in boxes] == [f.checked for f in REGISTRY]
        assert page.formats["xlsx"].text() == "Classeur &budgétaire (.xlsx)"
    finally:
        i18n.install("en")
