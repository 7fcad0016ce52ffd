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


def test_every_french_string_is_translated():
    import xml.etree.ElementTree as ET

    from medicen_desktop.resources import resource

    tree = ET.parse(resource("translations", "medicen_fr.ts"))
    unfinished = [m.findtext("source") for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    assert resource("translations", "medicen_fr.qm").stat().st_size > 1000
