"""A cache of build results that holds data, never code.

A build reuses what it computed before for the same input, code and library
versions. Entries are Arrow IPC files (tables) with a JSON header: reading one
never runs code, whatever its bytes are. An entry is validated when read (its
format, its key, the columns and types it must have); a damaged, foreign or
outdated entry is ignored and recomputed, never trusted.

Keys are SHA-256 hashes of what the result depends on: the input's bytes and
metadata, the package's code and resources (:func:`code_fingerprint`) and the
versions of the libraries whose output is stored (:data:`VERSIONED_PACKAGES`).

Old entries are pruned after each build (:func:`prune`): entries not used for
``max_age_days`` (default 30) go first, then the least recently used until the
cache is below ``max_bytes`` (default 2 GiB). ``python -m analysis build
--clear-cache`` or ``make clean-cache`` empties it.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import shutil
import struct
import sys
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pyarrow as pa

from .metadata import infer_metadata
from .tables import atomic_file

__all__ = [
    "VERSIONED_PACKAGES",
    "ResultCache",
    "code_fingerprint",
    "library_versions",
    "prune",
    "clear",
    "InferredMetadata",
    "file_entry",
    "file_of_entry",
]

#: Libraries whose output a cached result holds: a new version of any invalidates the cache.
VERSIONED_PACKAGES = ("jieba", "rjieba", "opencc", "numpy", "pandas", "pyarrow", "scikit-learn", "scipy")
_FORMAT = "analysis-cache/1"
_HEADER_KEY = b"analysis-cache"
_SUFFIX = ".arrow"


def library_versions() -> str:
    """Python's and each :data:`VERSIONED_PACKAGES` library's version, as one string.

    Returns
    -------
    str
        ``name=version`` entries joined by ``;``, Python first (major and
        minor version only); a library that is not installed is ``absent``.

    Examples
    --------
    >>> [entry.split("=")[0] for entry in library_versions().split(";")][:3]
    ['python', 'jieba', 'rjieba']
    """
    versions = [f"python={sys.version_info.major}.{sys.version_info.minor}"]
    for name in VERSIONED_PACKAGES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=absent")
    return ";".join(versions)


def code_fingerprint(package_dir: Path | None = None, *, resources_dir: Path | None = None,
                     extra_files=(), exclude=()) -> str:
    """A hash of the package's modules, the resource files, any ``extra_files`` and :func:`library_versions`.

    Only regular files count (a folder or other entry is passed over). Each
    file counts with its name and bytes, so renaming a file changes the hash.

    Parameters
    ----------
    package_dir : pathlib.Path or None, default None
        The folder whose ``*.py`` modules count; ``None`` means this package.
    resources_dir : pathlib.Path or None, default None
        The folder whose files count; ``None`` means ``resources/`` in
        ``package_dir``.
    extra_files : iterable of path, default ()
        Further files that count (empty entries are skipped).
    exclude : iterable of str, default ()
        Glob patterns (``plotting/*``, ``themes*.csv``) of modules, relative to
        ``package_dir``, and of resource file names that do not count: what a
        stage does not read (see :mod:`analysis.build`).

    Returns
    -------
    str
        The SHA-256 hex digest.

    Examples
    --------
    >>> len(code_fingerprint())
    64
    """
    package_dir = Path(package_dir) if package_dir else Path(__file__).resolve().parent
    resources_dir = Path(resources_dir) if resources_dir else package_dir / "resources"
    digest = hashlib.sha256(library_versions().encode())
    groups = (sorted(package_dir.rglob("*.py")), sorted(resources_dir.glob("*")),
              [Path(p) for p in extra_files if p])
    for label, paths in zip(("code", "resources", "extra"), groups):
        for path in (p for p in paths if p.is_file()):
            name = path.relative_to(package_dir).as_posix() if label == "code" else path.name
            if label != "extra" and any(fnmatch.fnmatch(name, pattern) for pattern in exclude):
                continue
            digest.update(f"{label}/{name}".encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class _Entry:
    """A decoded cache entry: its JSON header and its tables."""
    header: dict
    tables: dict[str, pa.Table]


class ResultCache:
    """Results stored under ``directory/<key[:2]>/<key>.arrow``, written whole or not at all.

    An entry is a JSON header (any JSON value under ``"data"``) plus named
    Arrow tables. :meth:`get` returns ``None`` for a missing, damaged or
    foreign entry (and removes it), so the caller recomputes.

    Parameters
    ----------
    directory : pathlib.Path, str or None
        The folder of the cache (created when the first entry is stored).
        ``None`` turns the cache off: :meth:`get` finds nothing and
        :meth:`put` stores nothing.

    Examples
    --------
    >>> ResultCache(None).get("0" * 64) is None
    True
    """

    def __init__(self, directory: Path | str | None):
        self.directory = Path(directory) if directory else None

    def _path(self, key: str) -> Path:
        """The file of ``key``; raises ``ValueError`` when it is not a SHA-256 hex digest."""
        if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
            raise ValueError(f"cache key {key!r} is not a SHA-256 hex digest")
        return self.directory / key[:2] / f"{key}{_SUFFIX}"

    def has(self, key: str) -> bool:
        """True when an entry is stored under ``key`` (it may still prove damaged when read)."""
        return bool(self.directory) and self._path(key).is_file()

    def get(self, key: str) -> tuple[object, dict[str, pa.Table]] | None:
        """The stored ``(data, tables)`` for ``key``, or ``None``.

        A hit counts as a use of the entry (for :func:`prune`).

        Parameters
        ----------
        key : str
            A SHA-256 hex digest (64 lower-case hexadecimal digits).

        Returns
        -------
        tuple of (object, dict of str to pyarrow.Table) or None
            The entry's data and tables; ``None`` when the cache is off or the
            entry is missing, damaged or foreign.

        Raises
        ------
        ValueError
            When ``key`` is not a SHA-256 hex digest (with the cache on).
        """
        if not self.directory:
            return None
        path = self._path(key)
        if not path.is_file():
            return None
        try:
            entry = _decode(path.read_bytes())
            if entry.header.get("key") != key:
                raise ValueError("the entry was stored under another key")
        except Exception:  # noqa: BLE001 - any damage means: recompute (the bytes are never executed)
            path.unlink(missing_ok=True)
            return None
        try:
            os.utime(path)  # a hit counts as a use, for pruning
        except OSError:
            pass
        return entry.header.get("data"), entry.tables

    def put(self, key: str, data: object, tables: dict[str, pa.Table] | None = None) -> None:
        """Store ``data`` (JSON-serialisable) and ``tables`` under ``key``.

        Nothing is stored when the cache is off.

        Parameters
        ----------
        key : str
            A SHA-256 hex digest (64 lower-case hexadecimal digits).
        data : object
            Any JSON-serialisable value.
        tables : dict of str to pyarrow.Table or None, default None
            Named tables stored with it.

        Raises
        ------
        ValueError
            When ``key`` is not a SHA-256 hex digest (with the cache on).
        TypeError
            When ``data`` is not JSON-serialisable.
        """
        if self.directory:
            with atomic_file(self._path(key)) as f:
                _write_entry(pa.PythonFile(f, mode="w"), {"format": _FORMAT, "key": key, "data": data}, tables or {})


#: The table name of an entry that holds a file (:func:`file_entry`).
_FILE_TABLE = "file"


def file_entry(data: bytes) -> dict[str, pa.Table]:
    """The bytes of a file as an entry's tables (:meth:`ResultCache.put`); :func:`file_of_entry`
    gives them back. A table's Parquet file is cached so, without the table in memory."""
    return {_FILE_TABLE: pa.table({"bytes": pa.array([data], type=pa.large_binary())})}


def file_of_entry(tables: dict[str, pa.Table]) -> bytes:
    """The file of an entry made by :func:`file_entry`.

    Raises
    ------
    KeyError or ValueError
        When the entry holds no file.
    """
    column = tables[_FILE_TABLE].column("bytes")
    data = column[0].as_py() if len(column) == 1 else None
    if not isinstance(data, bytes):
        raise ValueError("the entry holds no file")
    return data


def _write_entry(sink, header: dict, tables: dict[str, pa.Table]) -> None:
    """One IPC stream into ``sink``: a column per table (its own IPC stream), the header and the table
    names in the schema metadata. Written straight to the file: no copy of the whole entry in memory."""
    names = sorted(tables)
    columns = {name: _one_value(_table_bytes(tables[name])) for name in names}
    meta = {_HEADER_KEY: json.dumps({**header, "tables": names}, ensure_ascii=False, allow_nan=True).encode()}
    batch = pa.record_batch(columns or {"_": pa.array([], type=pa.null())}, metadata=meta)
    with pa.ipc.new_stream(sink, batch.schema) as writer:
        writer.write_batch(batch)


def _one_value(data: pa.Buffer) -> pa.Array:
    """A binary array of one value made of ``data`` itself (no copy)."""
    offsets = pa.py_buffer(struct.pack("<2q", 0, data.size))
    return pa.Array.from_buffers(pa.large_binary(), 1, [None, offsets, data])


def _table_bytes(table: pa.Table) -> pa.Buffer:
    """One table as an Arrow IPC stream (a buffer, not copied into Python bytes)."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def _decode(data: bytes) -> _Entry:
    """Read an entry written by :func:`_write_entry`; raise on anything unexpected."""
    with pa.ipc.open_stream(data) as reader:
        schema = reader.schema
        batches = list(reader)
    header = json.loads((schema.metadata or {})[_HEADER_KEY].decode())
    if not isinstance(header, dict) or header.get("format") != _FORMAT:
        raise ValueError("not an analysis cache entry")
    names = header.get("tables")
    if not isinstance(names, list) or sorted(names) != sorted(n for n in schema.names if n != "_"):
        raise ValueError("the entry's tables do not match its header")
    tables = {}
    for name in names:
        if len(batches) != 1 or batches[0].num_rows != 1:
            raise ValueError("the entry has no table data")
        blob = batches[0].column(name)[0].as_py()
        with pa.ipc.open_stream(blob) as reader:
            tables[name] = reader.read_all()
    return _Entry(header, tables)


def _entries(directory: Path) -> list[tuple[float, int, Path]]:
    """(last use, size, path) of every entry of the cache, oldest use first."""
    out = []
    for path in directory.glob(f"*/*{_SUFFIX}"):
        try:
            st = path.stat()
        except OSError:
            continue
        out.append((st.st_mtime, st.st_size, path))
    return sorted(out)


def prune(directory: Path | str | None, *, max_bytes: int = 2 << 30, max_age_days: float = 30,
          keep_since: float | None = None) -> int:
    """Remove entries unused for ``max_age_days``, then the least recently used above ``max_bytes``; never
    an entry used since ``keep_since`` (the build that just ran: a corpus whose entries alone pass
    ``max_bytes``, 10,000 plans and more, keeps them, or its next build would compute most of it again).

    Temporary files of interrupted writes (older than an hour) go too.

    Parameters
    ----------
    directory : pathlib.Path, str or None
        The folder of the cache; nothing is done when it is ``None`` or does
        not exist.
    max_bytes : int, default 2 << 30
        The largest total size of the entries kept (2 GiB).
    max_age_days : float, default 30
        Entries not used for this many days are removed.
    keep_since : float or None, default None
        A time (seconds since the epoch): entries used since then are kept.

    Returns
    -------
    int
        The number of entries removed.
    """
    if not directory or not Path(directory).is_dir():
        return 0
    directory = Path(directory)
    for stale in directory.glob("*/.*.tmp"):
        try:  # another build may finish or remove it meanwhile
            if time.time() - stale.stat().st_mtime > 3600:
                stale.unlink(missing_ok=True)
        except FileNotFoundError:
            pass
    entries = _entries(directory)
    cutoff = time.time() - max_age_days * 86400
    total = sum(size for _, size, _ in entries)
    removed = 0
    for mtime, size, path in entries:  # oldest use first
        if (mtime >= cutoff and total <= max_bytes) or (keep_since is not None and mtime >= keep_since):
            break
        path.unlink(missing_ok=True)
        total -= size
        removed += 1
    return removed


def clear(directory: Path | str | None) -> None:
    """Remove the whole cache folder.

    Parameters
    ----------
    directory : pathlib.Path, str or None
        The folder of the cache; nothing is done when it is ``None`` or does
        not exist.
    """
    if directory and Path(directory).is_dir():
        shutil.rmtree(directory)


class InferredMetadata:
    """:func:`analysis.metadata.infer_metadata`, remembering in the cache what it inferred from each file
    (by its name and text) under the code and resources it ran with: a rebuild infers only for new or
    changed files. What is kept is the metadata of the last corpus read.

    Parameters
    ----------
    cache : ResultCache
        The build's cache (off: everything is inferred).
    fingerprint : str
        The code and resources the inference reads (the document stages' fingerprint).
    """

    def __init__(self, cache: ResultCache, fingerprint: str):
        self.cache = cache
        self.key = hashlib.sha256(f"{fingerprint}|inferred-metadata".encode()).hexdigest()
        hit = cache.get(self.key)
        known = hit[0] if hit is not None else None
        self._known = known if isinstance(known, dict) else {}
        self._used: dict[str, dict] = {}

    def __call__(self, text: str, file_name: str, resources) -> dict:
        key = hashlib.sha256(f"{file_name}\0{text}".encode()).hexdigest()
        metadata = self._known.get(key)
        if not isinstance(metadata, dict):
            metadata = infer_metadata(text, file_name, resources)
        self._used[key] = metadata
        return dict(metadata)

    def save(self) -> None:
        """Keep what this corpus's files gave (nothing is written when it is what was kept)."""
        if self._used != self._known:
            self.cache.put(self.key, self._used)
