"""Writing files so that a crash, a full disk or a refused write never leaves half a file.

Every file the app writes (model files, autosaves, worksheets, exports, SVGs, screenshots) goes through
:func:`atomic_write` or, when several files belong together (an exported state dict and its loading
script), :func:`atomic_write_many`. The data goes to a temporary file in the target's folder, is flushed
to the disk, and only then renamed over the target: the target holds either its old contents or the new
ones. A write that fails (ENOSPC, EFBIG, EIO) removes the temporary file and leaves the target as it was.

A read-only target (no write permission bit, or one this user may not write) is refused rather than
replaced: a rename would silently succeed, since it needs only the folder's permission.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path


def _target(path: str | os.PathLike) -> Path:
    """The file to replace: a symbolic link's target, so that saving keeps the link."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _refuse_read_only(path: Path) -> int | None:
    """The permission bits ``path`` keeps, or None for a new file; PermissionError when it is read-only,
    OSError when it is a device, a pipe or a socket (renaming over ``/dev/full`` replaced the device for
    everyone when the writer ran as root; it is a place to write into, not a file to replace)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
        raise OSError(errno.EINVAL, "not a regular file (a device, a pipe or a socket), left as it is", str(path))
    mode = stat.S_IMODE(info.st_mode)
    if stat.S_ISREG(info.st_mode) and (not mode & 0o222 or not os.access(path, os.W_OK)):
        raise PermissionError(errno.EACCES, "the file is read-only", str(path))
    return mode


def _write_temp(path: Path, payload: bytes) -> Path:
    """``payload`` in a new temporary file next to ``path``, flushed to the disk; its name is returned."""
    folder = path.parent
    for _ in range(100):
        tmp = folder / f".{path.name}.{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(f"{folder}: no free name for a temporary file")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as err:
        tmp.unlink(missing_ok=True)
        if isinstance(err, OSError) and err.filename is None:
            err.filename = str(path)  # which of several files could not be written
        raise
    return tmp


def atomic_write(path: str | os.PathLike, data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` via a temporary file in the same folder and a rename, so
    that ``path`` holds either the old or the new contents, never half of them; returns ``path``. The one
    atomic writer of the package (:func:`~lstm_studio.document.errors.writing` turns its OSError into a
    one-line InputError).

    The file gets the permissions of the file it replaces, or a new file's usual ones (0666 less the umask):
    the temporary file is made with ``os.open`` rather than ``tempfile.mkstemp``, whose files are private
    (0600), which would make every saved model and worksheet unreadable to others after its first save.
    Raises OSError (PermissionError for a read-only target) and leaves ``path`` untouched."""
    atomic_write_many([(path, data)])
    return Path(path)


def atomic_write_many(files: list[tuple[str | os.PathLike, str | bytes]]) -> None:
    """Write files that belong together: every one is written to its temporary file first, and only when
    all of them are on the disk are they renamed into place. If any write fails, no target is touched
    and every temporary file is removed. (The renames themselves do not fail on a full disk.)"""
    targets = [_target(path) for path, _ in files]
    modes = [_refuse_read_only(path) for path in targets]
    temps: list[Path] = []
    try:
        for path, (_, data) in zip(targets, files):
            payload = data.encode("utf-8") if isinstance(data, str) else data
            temps.append(_write_temp(path, payload))
        for tmp, mode in zip(temps, modes):
            if mode is not None:
                os.chmod(tmp, mode)
        for tmp, path in zip(temps, targets):
            os.replace(tmp, path)
    except BaseException:
        for tmp in temps:
            tmp.unlink(missing_ok=True)
        raise
