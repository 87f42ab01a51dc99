"""Why the system refused a file operation, in the user's words: the OS's own text (strerror)
is English whatever the desktop speaks, so the common errno values are worded in messages.py
and any other is named by its errno name (EIO), never by the English text."""

from __future__ import annotations

import errno

from .messages import Phrase

# errno -> message key (each worded in MESSAGES, Danish and English)
_KEYS: dict[int, str] = {
    errno.ENOSPC: "os.no-space",
    errno.EDQUOT: "os.no-space",
    errno.EACCES: "os.permission-denied",
    errno.EPERM: "os.permission-denied",
    errno.EROFS: "os.read-only",
    errno.ENOENT: "os.not-found",
    errno.EISDIR: "os.is-a-folder",
    errno.ENOTDIR: "os.not-a-folder",
    errno.ENAMETOOLONG: "os.name-too-long",
    errno.ELOOP: "os.link-loop",
    errno.EEXIST: "os.exists",
    errno.ENOTEMPTY: "os.folder-not-empty",
    errno.EBUSY: "os.busy",
    errno.ETXTBSY: "os.busy",
    errno.EFBIG: "os.file-too-large",
    errno.EMFILE: "os.too-many-open",
    errno.ENFILE: "os.too-many-open",
    errno.EXDEV: "os.other-disk",
    errno.EIO: "os.input-output",
    errno.ETIMEDOUT: "os.timed-out",
    errno.EHOSTDOWN: "os.unreachable",
    errno.EHOSTUNREACH: "os.unreachable",
    errno.ENETUNREACH: "os.unreachable",
    errno.ESTALE: "os.unreachable",
    errno.ENOMEM: "os.no-memory",
    errno.EINVAL: "os.invalid",
}


# SQLite's primary result codes (sqlite3.Error.sqlite_errorname, e.g. "SQLITE_IOERR_WRITE") -> key
_SQLITE_KEYS: dict[str, str] = {
    "SQLITE_FULL": "os.no-space",
    "SQLITE_PERM": "os.permission-denied",
    "SQLITE_READONLY": "os.read-only",
    "SQLITE_IOERR": "os.input-output",
    "SQLITE_CANTOPEN": "os.cannot-open",
    "SQLITE_BUSY": "os.database-busy",
    "SQLITE_LOCKED": "os.database-busy",
    "SQLITE_CORRUPT": "os.damaged",
    "SQLITE_NOTADB": "os.not-a-database",
    "SQLITE_NOMEM": "os.no-memory",
}


def os_reason(error: BaseException) -> Phrase:
    """The reason for an OSError or a sqlite3.Error (or any error) as a Phrase in the sentence's
    language: never the library's English text."""
    name = getattr(error, "sqlite_errorname", None)
    if isinstance(name, str):
        primary = "_".join(name.split("_")[:2])
        return Phrase(_SQLITE_KEYS.get(primary, "os.other"), name=name)
    code = getattr(error, "errno", None)
    if isinstance(code, int):
        key = _KEYS.get(code)
        if key:
            return Phrase(key)
        return Phrase("os.other", name=errno.errorcode.get(code, str(code)))
    return Phrase("os.unknown", name=type(error).__name__)


def os_sentence(error: BaseException) -> Phrase:
    """A whole sentence for an OSError or a sqlite3.Error that no caller worded (it reached the
    window as it was raised): the file it names, if any, and why, in the user's language."""
    reason = os_reason(error)
    if hasattr(error, "sqlite_errorname"):
        return Phrase("os.database-failed", reason=reason)
    filename = getattr(error, "filename", None)
    if filename:
        return Phrase("os.file-failed", path=filename, reason=reason)
    return Phrase("os.failed", reason=reason)
