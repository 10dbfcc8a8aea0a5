"""The output folder of a build: checked, locked, and replaced as one set.

Every table, cleaned text and the build key are written into a staging folder
beside ``--out`` (``.NAME.staging-PID``), which then takes the place of
``--out`` in one step (an atomic exchange of the two folders where the system
offers it, else two renames with a moment where no folder is there); the old
set is removed after. A reader sees the old complete set or the new complete
set, never a mix. A lock on the output folder, held for the whole build, makes
a second build into the same folder stop at once with a clear message; staging
folders left by an interrupted build are removed by the next one. Nothing is
written anywhere else: every path is checked to lie inside the staging folder,
and an output folder that holds files the build did not write, or that lies
inside the raw folder (or holds it), is refused.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import re
import shutil
import threading
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; concurrent builds into one folder are not detected
    fcntl = None

__all__ = ["OutputFolderError", "OutputError", "OutputBusyError", "OutputSet", "Manifest", "MANIFEST", "TEXT_DIR", "check_folders",
           "output_error"]

#: The folder of the cleaned texts in an output (or staging) folder.
TEXT_DIR = "clean_text"
#: Names an output folder may hold: what this build (or an older version of it) writes.
_RE_OUTPUT_NAME = re.compile(r"[\w.\-]+\.(?:csv|parquet|json|html|txt)|\.build-key")
#: The file of a build's :class:`Manifest`.
MANIFEST = ".build-manifest.json"
_MANIFEST_FORMAT = "analysis-manifest/1"


class OutputFolderError(ValueError):
    """The output folder given may not be replaced (it is, holds or lies in the raw folder, or holds other files).

    Raised by :func:`check_folders`; the message says what to do.
    """


class OutputError(OSError):
    """The outputs cannot be written (read-only folder, no space, no permission); ``filename`` says where.

    An :class:`OSError`: ``errno`` is the system's error number, ``strerror``
    the reason (ending "the outputs were not changed" when made by
    :func:`output_error`) and ``filename`` the path concerned.
    """


class OutputBusyError(OutputError):
    """Another build is writing into the same output folder.

    An :class:`OutputError` with ``errno`` ``EBUSY``, raised on entering an
    :class:`OutputSet` whose folder another build holds locked.
    """


def check_folders(raw_dir: Path, out_dir: Path) -> None:
    """Refuse an output folder that the build may not replace.

    The output folder may not be, hold or lie inside the raw folder (after
    resolving links), be a file, or hold files the build did not write. A
    folder that does not exist yet, or holds only build outputs, passes.

    Parameters
    ----------
    raw_dir : pathlib.Path
        The raw folder (the plan documents).
    out_dir : pathlib.Path
        The output folder.

    Raises
    ------
    OutputFolderError
        When the output folder may not be replaced (the message says why and
        what to do).

    Examples
    --------
    >>> check_folders(Path("raw"), Path("raw/out"))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    analysis.outputs.OutputFolderError: raw/out: the output folder must not be, hold or lie inside the raw folder ...
    """
    raw, out = Path(raw_dir).resolve(), Path(out_dir).resolve()
    if out == raw or out.is_relative_to(raw) or raw.is_relative_to(out):
        raise OutputFolderError(
            f"{out_dir}: the output folder must not be, hold or lie inside the raw folder {raw_dir} "
            "(raw data is never modified); choose another --out"
        )
    if out.exists() and not out.is_dir():
        raise OutputFolderError(f"{out_dir}: exists and is not a folder; choose another --out")
    if out.is_dir():
        foreign = sorted(p.name for p in out.iterdir() if not _is_build_output(p))
        if foreign:
            raise OutputFolderError(
                f"{out_dir}: holds files the build did not write ({', '.join(foreign[:3])}"
                f"{' …' if len(foreign) > 3 else ''}); the build replaces the whole folder, so choose an empty "
                "or new --out"
            )


def _is_build_output(path: Path) -> bool:
    """True for a file (or the clean_text folder) that a build writes, symbolic links excluded."""
    if path.name == TEXT_DIR and path.is_dir() and not path.is_symlink():
        return all(p.suffix == ".txt" and p.is_file() and not p.is_symlink() for p in path.iterdir())
    return path.is_file() and not path.is_symlink() and _RE_OUTPUT_NAME.fullmatch(path.name) is not None


# --- What each file was made from: unchanged files are linked, not written again -----------------


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Manifest:
    """What each file of an output set was made from (a key) and its SHA-256, read from the old set and
    written with the new one (``.build-manifest.json``).

    A rebuild links a file of the old set into the staging folder instead of writing it again when it was
    made from the same key and its bytes are still the ones recorded (a file edited by hand is written
    again). The new set does not depend on the old one: the old set is only read, and a file that cannot
    be linked is copied.

    Parameters
    ----------
    previous_dir : pathlib.Path
        The output folder as it is before the build (its manifest may be missing or damaged: then
        nothing is reused).
    """

    def __init__(self, previous_dir: Path):
        self.previous_dir = Path(previous_dir)
        self._old = self._read(self.previous_dir / MANIFEST)
        self._new: dict[str, list[str]] = {}
        self._guard = threading.Lock()

    @staticmethod
    def _read(path: Path) -> dict:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            files = data["files"] if data.get("format") == _MANIFEST_FORMAT else {}
            return {str(k): [str(v[0]), str(v[1])] for k, v in files.items()}
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return {}

    def reuse(self, relative: str, key: str, staging: Path) -> bool:
        """Link ``relative`` of the old set into ``staging`` when it was made from ``key`` and is unchanged."""
        old = self._old.get(relative)
        source = self.previous_dir / relative
        if old is None or old[0] != key or source.is_symlink() or not source.is_file() or _sha256(source) != old[1]:
            return False
        target = staging / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
        self.record(relative, key, digest=old[1])
        return True

    def record(self, relative: str, key: str, *, digest: str | None = None, path: Path | None = None) -> None:
        """Note that ``relative`` (written at ``path``, or with ``digest``) was made from ``key``."""
        digest = digest or _sha256(path)
        with self._guard:
            self._new[relative] = [key, digest]

    def text(self) -> str:
        """The manifest of the files recorded, as the JSON the next build reads."""
        return json.dumps({"format": _MANIFEST_FORMAT, "files": dict(sorted(self._new.items()))},
                          ensure_ascii=False, indent=0)


# --- The output folder: lock, staging, swap ------------------------------------------------------


class OutputSet:
    """A locked output folder and the staging folder its new contents are written into.

    Use it as a context manager. Entering creates the output folder if needed,
    locks it, removes staging folders left by interrupted builds and makes a
    new staging folder ``.NAME.staging-PID`` beside it; :meth:`commit` puts
    the staging folder in place of the output folder; leaving removes what is
    left of the staging folder and releases the lock.

    Parameters
    ----------
    out_dir : pathlib.Path
        The output folder.

    Attributes
    ----------
    out : pathlib.Path
        The output folder (absolute).
    staging : pathlib.Path
        The staging folder.

    Raises
    ------
    OutputBusyError
        On entering, when another build holds the folder locked.
    OutputError
        On entering, when the folders cannot be made or written.
    """

    def __init__(self, out_dir: Path):
        self.out = Path(out_dir).absolute()
        self.staging = self.out.parent / f".{self.out.name}.staging-{os.getpid()}"
        self._lock_fd: int | None = None
        self._folders: dict[str, Path] = {}

    @property
    def lock_fd(self) -> int | None:
        """The descriptor that holds the lock (``None`` outside the ``with`` block or where the system has no locks)."""
        return self._lock_fd

    def __enter__(self) -> "OutputSet":
        try:
            self.out.mkdir(parents=True, exist_ok=True)
            self._lock()
            self._remove_stale_staging()
            if not os.access(self.out, os.W_OK | os.X_OK):
                raise PermissionError(errno.EACCES, "the folder is read-only", str(self.out))
            self._make_staging()
        except OutputError:
            self._unlock()
            raise
        except OSError as err:
            self._unlock()
            raise output_error(err, self.out) from None
        return self

    def _make_staging(self) -> None:
        """Create the staging folder and check that files can be written in it."""
        self.staging.mkdir()
        (self.staging / ".probe").write_bytes(b"")  # can files be written here? (found now, not after the work)
        (self.staging / ".probe").unlink()

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
        self._unlock()

    def path(self, relative: str) -> Path:
        """A path inside the staging folder; refuses anything that would land outside it.

        Parameters
        ----------
        relative : str
            The path relative to the staging folder (``clean_text/a.txt``).

        Returns
        -------
        pathlib.Path
            The resolved path.

        Raises
        ------
        ValueError
            When the path would lie outside the staging folder.
        """
        path = (self.staging / relative).resolve()
        if not path.is_relative_to(self.staging.resolve()):
            raise ValueError(f"{relative!r}: refusing to write outside the output folder")
        return path

    def file_path(self, folder: str, name: str) -> Path:
        """``folder/name`` inside the staging folder, for many names of one folder: the folder is checked
        (:meth:`path`) once per call of a new folder, and ``name`` must be a plain file name.

        Raises
        ------
        ValueError
            When ``name`` is not a plain file name or the folder lies outside the staging folder.
        """
        if not name or name in (".", "..") or "/" in name or "\\" in name or "\0" in name:
            raise ValueError(f"{name!r}: not a plain file name; refusing to write it")
        if folder not in self._folders:
            self._folders[folder] = self.path(folder)
        return self._folders[folder] / name

    def commit(self) -> None:
        """Make the staging folder the output folder, in one step where the system allows.

        The two folders are exchanged atomically where the system offers it,
        else by two renames; the old set is removed after.

        Raises
        ------
        OutputError
            When the folders cannot be exchanged.
        """
        try:
            if not _exchange(self.staging, self.out):
                old = self.out.parent / f".{self.out.name}.old-{os.getpid()}"
                os.rename(self.out, old)
                os.rename(self.staging, self.out)
                os.rename(old, self.staging)
        except OSError as err:
            raise output_error(err, self.out) from None
        shutil.rmtree(self.staging, ignore_errors=True)  # the old set

    def _lock(self) -> None:
        """Lock the output folder, or raise :class:`OutputBusyError` at once when another build holds it."""
        if fcntl is None:
            return
        while True:
            fd = os.open(self.out, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise OutputBusyError(
                    errno.EBUSY, "another build is writing into this folder; wait for it to finish or choose "
                    "another --out", str(self.out),
                ) from None
            # The folder may have been swapped for a new one while we waited: lock the one at the path.
            if os.fstat(fd).st_ino == os.stat(self.out).st_ino:
                self._lock_fd = fd
                return
            os.close(fd)

    def _unlock(self) -> None:
        """Release the lock, if held."""
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing releases the lock
            self._lock_fd = None

    def _remove_stale_staging(self) -> None:
        """Staging and old-set folders of builds into this folder that were interrupted (we hold the lock)."""
        for pattern in (f".{self.out.name}.staging-*", f".{self.out.name}.old-*"):
            for stale in self.out.parent.glob(pattern):
                if stale.is_dir() and not stale.is_symlink():
                    shutil.rmtree(stale, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux ``renameat2`` with ``RENAME_EXCHANGE``); False when unsupported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def output_error(err: OSError, where: Path) -> OutputError:
    """The :class:`OutputError` that says, in plain words, why the outputs could not be written.

    Parameters
    ----------
    err : OSError
        The error raised while writing.
    where : pathlib.Path
        The path named when ``err`` names none.

    Returns
    -------
    OutputError
        An error with the same ``errno``, the reason followed by "the outputs
        were not changed", and the path concerned.

    Examples
    --------
    >>> str(output_error(OSError(errno.ENOSPC, "No space left on device"), Path("out")))
    "[Errno 28] no space left on the device; the outputs were not changed: 'out'"
    """
    reasons = {
        errno.ENOSPC: "no space left on the device",
        errno.EDQUOT: "disk quota exceeded",
        errno.EROFS: "the file system is read-only",
        errno.EACCES: "permission denied",
        errno.EPERM: "operation not permitted",
    }
    reason = reasons.get(err.errno, err.strerror or str(err))
    return OutputError(err.errno, f"{reason}; the outputs were not changed", str(err.filename or where))
