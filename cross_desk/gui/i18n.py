"""The interface language: French or English catalogues from resources/translations.

French by default when the system locale is French, English otherwise; the choice made in the
Settings menu is kept in QSettings and applied at once (widgets retranslate on LanguageChange).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from cross_desk.gui import labels
from cross_desk.shipped import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("fr", "en")
SETTING = "ui/language"  # "" follows the system

_installed: list[QTranslator] = []


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def chosen_language() -> str:
    """The language the user chose ("" = follow the system)."""
    value = QSettings().value(SETTING, "")
    return value if value in LANGUAGES else ""


def effective_language() -> str:
    return chosen_language() or system_language()


def current_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def apply_language(language: str | None = None, *, remember: bool = False) -> str:
    """Install the catalogues of ``language`` (default: the chosen or system one); return it.

    ``remember`` stores the choice ("" to follow the system again).
    """
    if remember:
        QSettings().setValue(SETTING, language or "")
    lang = language or effective_language()
    if lang not in LANGUAGES:
        lang = "en"
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale("fr_FR" if lang == "fr" else "en_GB"))
    labels.reset()
    if app is None:
        return lang
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"cross_desk_{lang}.qm")):
        _installed.append(ours)
    qt_base = QTranslator(app)  # Qt's own words: dialog buttons, context menus of text fields
    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_base)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)  # sends LanguageChange to every widget
    return lang
