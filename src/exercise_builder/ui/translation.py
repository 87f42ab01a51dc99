"""Loading translations: our .qm (English; the source strings are Danish) and Qt's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import translations_dir

APP_NAMES = {"da": "Øvelsesprogram", "en": "Exercise Builder"}


def qt_translation_dirs() -> list[str]:
    """Where Qt's own .qm files may be: Qt's configured folder, else beside the PySide6 package
    (a bundled app's Qt may point at a folder that is not there)."""
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(package / "Qt" / "translations"),
        str(package / "translations"),
    ]


# Qt's own Danish (qtbase_da.qm) misses these labels of its file dialog, so they showed in English
QT_DANISH_GAPS = {
    ("QFileDialog", "&Look in:"): "&Kig i:",
    ("QFileDialog", "Look in:"): "Kig i:",
    ("QFileDialog", "Files of &type:"): "Fil&type:",
    ("QFileDialog", "Files of type:"): "Filtype:",
}


class QtGaps(QTranslator):
    """Danish for the few strings of Qt's own dialogs that qtbase_da.qm lacks."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return QT_DANISH_GAPS.get((context, source_text))  # None: not ours, Qt asks the next translator

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language` ("da" or "en"); returns them (keep them alive)."""
    installed = []
    qt_own = QTranslator(app)
    if any(qt_own.load(f"qtbase_{language}", folder) for folder in qt_translation_dirs()):
        app.installTranslator(qt_own)  # "Annuller", "Filtype" in Qt's own dialogs
        installed.append(qt_own)
    if language == "da":
        gaps = QtGaps(app)
        app.installTranslator(gaps)
        installed.append(gaps)
    else:
        ours = QTranslator(app)
        if ours.load(f"exercise_builder_{language}", str(translations_dir())):
            app.installTranslator(ours)
            installed.append(ours)
    QLocale.setDefault(QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English))
    return installed


_current: dict[str, object] = {"language": None, "translators": []}


def use_language(app: QCoreApplication, language: str) -> None:
    """Switch the app's translators to `language` (no-op if it is already in use)."""
    if _current["language"] == language:
        return
    remove_translators(app, _current["translators"])
    _current["translators"] = install_translators(app, language)
    _current["language"] = language
    if hasattr(app, "setApplicationDisplayName"):  # the title bar's app name, in the UI's language
        app.setApplicationDisplayName(APP_NAMES.get(language, APP_NAMES["da"]))


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def current_language() -> str:
    """The UI's language now ("da" until another is chosen)."""
    language = _current["language"]
    return language if isinstance(language, str) else "da"


def error_text(error: BaseException) -> str:
    """An error as the user reads it: a UserError, an OSError or a SQLite error in the UI's
    language, anything else (a bug) as it is."""
    from ..domain.errors import UserError

    if isinstance(error, UserError):
        return error.text(current_language())
    if isinstance(error, OSError) or hasattr(error, "sqlite_errorname"):  # their text is English
        from ..domain.os_reasons import os_sentence

        return os_sentence(error).text(current_language())
    return str(error) or type(error).__name__


def said(sentence: object) -> str:
    """A sentence a service handed back (a UserError or a Phrase) in the UI's language."""
    from ..domain.errors import UserError
    from ..domain.messages import Phrase

    if isinstance(sentence, UserError | Phrase):
        return sentence.text(current_language())
    return str(sentence)


def reason_text(error: BaseException) -> str:
    """Why a file or the database could not be used, in the UI's language (an OSError's strerror
    and SQLite's messages are English whatever the desktop speaks)."""
    from ..domain.os_reasons import os_reason

    return os_reason(error).text(current_language())


def fill(text: str, *values: object) -> str:
    """A translated text with %1, %2 … filled in one pass (QString.arg's job; PySide6 has no arg):
    a value that itself contains "%2" is not filled again."""
    import re

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 0 < number <= len(values) else match.group(0)

    return re.sub(r"%(\d+)", value, text)
