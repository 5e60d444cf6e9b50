"""The window's languages (docs/i18n.md): ``translate(context, text)`` for every string a user reads, and
the translators of the chosen language.

Contexts are explicit, one per panel or module ("ModelPanel", "Menus", …), never taken from the runtime
class as ``self.tr()`` would (a string of a base class would go untranslated in a subclass). The context
and the text must be plain string literals at the call, because ``pyside6-lupdate`` reads them from the
source: fill numbers in afterwards with ``.format(name=…)``, and give a plural its count as the fourth
positional argument, with ``%n`` in the text::

    translate("TimeBar", "t = {t} of {steps}").format(t=3, steps=4)
    translate("Training", "%n epoch(s)", None, epochs)

The language is the one named by LSTM_STUDIO_LANGUAGE, else the one chosen in View ▸ Language (the
setting ``language``), else the system's (``QLocale.system()``), else English.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lstm_studio import paths
from lstm_studio.document.errors import InputError, short_line
from lstm_studio.document.wording import Message

#: The shipped languages, each named in itself: whoever opens the menu may not read the current one.
LANGUAGES = {"en": "English", "de": "Deutsch", "vi": "Tiếng Việt", "zh_CN": "简体中文"}
SOURCE_LANGUAGE = "en"
ENV = "LSTM_STUDIO_LANGUAGE"
#: The settings key; its value is a code of LANGUAGES or SYSTEM.
SETTING = "language"
SYSTEM = "system"
#: The app's catalogues are ``CATALOGUE_<code>.qm`` in resources/translations/.
CATALOGUE = "lstm_studio"

#: Qt's standard buttons and a dock's title-bar buttons (same context and texts as Qt's own): Qt's catalogues
#: translate them, but Qt has no Vietnamese one, so the app's catalogues carry them too.
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"), QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"), QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"), QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"), QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"), QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    # the buttons of a dock's title bar, which screen readers announce
    QT_TRANSLATE_NOOP("QDockWidget", "Float"), QT_TRANSLATE_NOOP("QDockWidget", "Close"),
    QT_TRANSLATE_NOOP("QDockWidget", "Undocks and re-attaches the dock widget"),
    QT_TRANSLATE_NOOP("QDockWidget", "Closes the dock widget"),
)

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the present language (itself when there is no translation)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def shown(text: str, context: str | None = None) -> str:
    """A text of the Qt-free layers in the present language: a :class:`~lstm_studio.document.wording.Message`
    as its template translated in its context with its values filled in (a value that is a Message shown
    the same way); any other text translated in ``context`` (a fixed text of the catalogue of Qt-free
    texts) or, without one, as it is. A translation that lost a placeholder falls back to English."""
    if not isinstance(text, Message):
        return QCoreApplication.translate(context, text) if context else text
    fields = {name: shown(value) if isinstance(value, str) else value for name, value in text.fields.items()}
    try:
        return QCoreApplication.translate(text.context, text.template).format(**fields)
    except (KeyError, IndexError, ValueError):
        return text.template.format(**fields)


def shown_error(err: Exception) -> str:
    """An error's one line in the present language: an error made from a Message (an InputError's
    ``wording``, or any exception raised with a Message, as SpecError) translated, one line and short as
    ``str(err)`` is; any other as it is (docs/i18n.md says which stay English and why)."""
    wording = getattr(err, "wording", None) or (err.args[0] if err.args else None)
    return short_line(shown(wording)) if isinstance(wording, Message) else str(err)


def match(locale_name: str) -> str | None:
    """The shipped language for a locale name ("de_AT", "de-DE", "zh-Hans-CN", "vi"), or None.

    Chinese in traditional characters (Hant, Taiwan, Hong Kong, Macau) is not Simplified Chinese: such a
    system gets English rather than a script its readers did not choose."""
    parts = locale_name.replace("-", "_").split(".")[0].split("_")
    language = parts[0].lower()
    if language == "zh":
        if {p.upper() for p in parts[1:]} & {"HANT", "TW", "HK", "MO"}:
            return None
        return "zh_CN"
    return language if language in LANGUAGES else None


def system_language() -> str:
    """The first shipped language among the system's UI languages, else English."""
    for name in QLocale.system().uiLanguages():
        found = match(name)
        if found:
            return found
    return SOURCE_LANGUAGE


def chosen_language(settings) -> str:
    """LSTM_STUDIO_LANGUAGE, else the saved choice, else the system's language.

    An unknown code in the variable is the user's mistake: InputError names it and the choices."""
    forced = os.environ.get(ENV, "").strip()
    if forced:
        if forced not in LANGUAGES:
            raise InputError(f"{ENV}: unknown language {forced!r} (choose from {', '.join(LANGUAGES)})")
        return forced
    saved = str(settings.value(SETTING, SYSTEM)) if settings is not None else SYSTEM
    return saved if saved in LANGUAGES else system_language()


def current() -> str:
    """The language installed last (English until :func:`install` is called)."""
    return _current


def catalogue_path(language: str) -> Path:
    return paths.resource_dir() / "translations" / f"{CATALOGUE}_{language}.qm"


def qt_translations_dir() -> Path:
    """Where Qt's own catalogues are: inside the PySide6 package (also in the bundle), else where Qt says."""
    import PySide6

    bundled = Path(PySide6.__file__).resolve().parent / "Qt" / "translations"
    if bundled.is_dir():
        return bundled
    return Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath))


def install(language: str) -> bool:
    """Make ``language`` the application's language for every string translated from now on.

    Loads Qt's own ``qtbase_<code>.qm`` (standard buttons, where Qt has one) and then the app's catalogue,
    which is searched first; English has a catalogue too, holding only the plural forms ("1 step", "2
    steps"). Returns False when the catalogue of a translated language is missing (not built: ``make
    translations``); the window then stays in English."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    _current = SOURCE_LANGUAGE
    own = QTranslator(app)
    if not own.load(str(catalogue_path(language))):
        return language == SOURCE_LANGUAGE
    if language != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        if qt.load(str(qt_translations_dir() / f"qtbase_{language}.qm")):
            _installed.append(qt)
    _installed.append(own)
    for translator in _installed:  # the one installed last is searched first
        app.installTranslator(translator)
    _current = language
    return True
