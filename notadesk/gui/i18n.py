"""The window's language: Dutch or English, from the system locale or the user's choice.

The source strings are English; ``resources/translations/notadesk_nl.qm`` holds the Dutch.
The nota itself keeps its Dutch labels whatever the window speaks.
"""

from __future__ import annotations

from notadesk.gui.qt import QtCore
from notadesk.resources import resource_path

LANGUAGES = ("nl", "en")
SYSTEM = "system"

_installed: list[QtCore.QTranslator] = []
_language = ["en"]


def system_language() -> str:
    """Return the language the system locale asks for: Dutch for nl_*, English otherwise."""
    return "nl" if QtCore.QLocale.system().name().lower().startswith("nl") else "en"


def resolve_language(choice: str | None) -> str:
    """Return the language to use for a stored choice (``system``, ``nl``, ``en``)."""
    return choice if choice in LANGUAGES else system_language()


def translation_file(language: str) -> QtCore.QFileInfo:
    """Return the compiled translation for a language."""
    return QtCore.QFileInfo(str(resource_path("translations", f"notadesk_{language}.qm")))


def install_language(language: str) -> str:
    """Install the translator for a language in the running application; return it."""
    app = QtCore.QCoreApplication.instance()
    assert app is not None, "install_language needs a running QApplication"
    while _installed:
        app.removeTranslator(_installed.pop())
    _language[0] = language
    QtCore.QLocale.setDefault(language_locale(language))  # dates and numbers in its words
    files = [translation_file(language).absoluteFilePath()]  # English: its plural forms
    if language != "en":
        qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        files.append(f"{qt_dir}/qtbase_{language}.qm")
    for path in files:
        translator = QtCore.QTranslator(app)
        if QtCore.QFileInfo(path).exists() and translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def language_locale(language: str) -> QtCore.QLocale:
    """Return the locale whose dates and numbers the window shows in a language.

    The system's own when it speaks that language (its region's customs stay), else the
    language's home: Dutch as in the Netherlands, English as in the United Kingdom.
    """
    system = QtCore.QLocale.system()
    if system.name().lower().startswith(language):
        return system
    if language == "nl":
        return QtCore.QLocale(QtCore.QLocale.Language.Dutch, QtCore.QLocale.Country.Netherlands)
    return QtCore.QLocale(QtCore.QLocale.Language.English, QtCore.QLocale.Country.UnitedKingdom)


def current_language() -> str:
    """Return the language the window speaks now."""
    return _language[0]
