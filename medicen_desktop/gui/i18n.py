"""Installs the UI translation (resources/translations/medicen_<lang>.qm and Qt's own)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from medicen_desktop.resources import resource

LANGUAGES = ("fr", "en")
_installed: list[QTranslator] = []


def effective_language(preference: str) -> str:
    """The preference if set, else the system language if supported, else English."""
    if preference in LANGUAGES:
        return preference
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else "en"


def current() -> str:
    """The language the UI is shown in now ("fr" or "en")."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def install(language: str) -> str:
    """Replace the installed translators by those of ``language``; return it."""
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale("fr_FR" if language == "fr" else "en_GB"))
    if language == "en":
        return language
    if app is None:
        raise RuntimeError("a translation is installed into the application object: create it first")
    from PySide6.QtCore import QLibraryInfo  # here: the class and its enum cost a start in English for nothing

    for name, folder in (
        (f"medicen_{language}", str(resource("translations"))),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
