"""The build: read a raw folder, run the pipeline, write the processed tables whole or not at all.

This module owns what :mod:`analysis.pipeline` leaves out: worker processes,
the result cache (:mod:`analysis.cache`), the build key, timing, and the output
folder. The tables are the same whatever the number of workers and whether the
cache is used.

The outputs are replaced as one set. Every table, cleaned text and the build key
are written into a staging folder beside ``--out`` (``.NAME.staging-PID``), which
then takes the place of ``--out`` in one step (an atomic exchange of the two
folders where the system offers it, else two renames with a moment where no
folder is there); the old set is removed after. A reader sees the old
complete set or the new complete set, never a mix. A build holds a lock on the
output folder for its whole run, so a second build into the same folder stops
at once with a clear message; staging folders left by an interrupted build are
removed by the next one. The build writes nowhere else: every path is checked to
lie inside the staging folder, and an output folder that holds files the build
did not write, or that lies inside the raw folder (or holds it), is refused.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import re
import shutil
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from . import cache as result_cache
from .config import PROJECT_ROOT
from .corpus import Corpus, Document, SkippedFile, read_corpus
from .pipeline import (
    CORPUS_LEVEL_TABLES,
    TABLES,
    DocumentResult,
    ProcessedCorpus,
    UnusableDocument,
    _result,
    assemble,
    code_themes,
    document_targets,
    find_shared_passages,
    parse_document,
    segment_document,
)
from .segment import TOKEN_COLUMNS, PlanTokenizer, get_tokenizer
from .tables import write_table, write_text

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; concurrent builds into one folder are not detected
    fcntl = None

__all__ = [
    "DEFAULT_CACHE_DIR",
    "PARALLEL_MIN_DOCS",
    "OutputFolderError",
    "OutputError",
    "OutputBusyError",
    "BuildResult",
    "check_folders",
    "process",
    "build",
    "default_jobs",
]

DEFAULT_CACHE_DIR = PROJECT_ROOT / "build" / "cache"
#: Below this many documents :func:`build` runs in one process (starting workers costs more).
PARALLEL_MIN_DOCS = 20
_KEY_FILE = ".build-key"
_TEXT_DIR = "clean_text"
#: Names an output folder may hold: what this build (or an older version of it) writes.
_RE_OUTPUT_NAME = re.compile(r"[\w.\-]+\.(?:csv|parquet|json|html|txt)|\.build-key")


class OutputFolderError(ValueError):
    """The output folder given may not be replaced (it is, holds or lies in the raw folder, or holds other files)."""


class OutputError(OSError):
    """The outputs cannot be written (read-only folder, no space, no permission); ``path`` says where."""


class OutputBusyError(OutputError):
    """Another build is writing into the same output folder."""


def check_folders(raw_dir: Path, out_dir: Path) -> None:
    """Refuse an output folder that is, holds or lies inside the raw folder (after resolving links),
    or that holds files the build did not write. Raises :class:`OutputFolderError` saying what to do."""
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
    if path.name == _TEXT_DIR and path.is_dir() and not path.is_symlink():
        return all(p.suffix == ".txt" and p.is_file() and not p.is_symlink() for p in path.iterdir())
    return path.is_file() and not path.is_symlink() and _RE_OUTPUT_NAME.fullmatch(path.name) is not None


# --- The output folder: lock, staging, swap ------------------------------------------------------


class _OutputSet:
    """A locked output folder and the staging folder its new contents are written into."""

    def __init__(self, out_dir: Path):
        self.out = Path(out_dir).absolute()
        self.staging = self.out.parent / f".{self.out.name}.staging-{os.getpid()}"
        self._lock_fd: int | None = None

    @property
    def lock_fd(self) -> int | None:
        """The descriptor that holds the lock (``None`` where the system has no locks)."""
        return self._lock_fd

    def __enter__(self) -> "_OutputSet":
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
            raise _output_error(err, self.out) from None
        return self

    def _make_staging(self) -> None:
        self.staging.mkdir()
        (self.staging / ".probe").write_bytes(b"")  # can files be written here? (found now, not after the work)
        (self.staging / ".probe").unlink()

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
        self._unlock()

    def path(self, relative: str) -> Path:
        """A path inside the staging folder; refuses anything that would land outside it."""
        path = (self.staging / relative).resolve()
        if not path.is_relative_to(self.staging.resolve()):
            raise ValueError(f"{relative!r}: refusing to write outside the output folder")
        return path

    def commit(self) -> None:
        """Make the staging folder the output folder, in one step where the system allows."""
        try:
            if not _exchange(self.staging, self.out):
                old = self.out.parent / f".{self.out.name}.old-{os.getpid()}"
                os.rename(self.out, old)
                os.rename(self.staging, self.out)
                os.rename(old, self.staging)
        except OSError as err:
            raise _output_error(err, self.out) from None
        shutil.rmtree(self.staging, ignore_errors=True)  # the old set

    def _lock(self) -> None:
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


def _output_error(err: OSError, where: Path) -> OutputError:
    reasons = {
        errno.ENOSPC: "no space left on the device",
        errno.EDQUOT: "disk quota exceeded",
        errno.EROFS: "the file system is read-only",
        errno.EACCES: "permission denied",
        errno.EPERM: "operation not permitted",
    }
    reason = reasons.get(err.errno, err.strerror or str(err))
    return OutputError(err.errno, f"{reason}; the outputs were not changed", str(err.filename or where))


# --- Stages with workers and cache ----------------------------------------------------------------


def _document_key(doc: Document, fingerprint: str) -> str:
    meta = json.dumps(doc.metadata, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(f"{fingerprint}|{doc.sha256}|{doc.doc_id}|{meta}".encode()).hexdigest()


def _timed_process(doc: Document, tokenizer: PlanTokenizer | None = None) -> tuple[object, dict]:
    """:func:`analysis.pipeline.process_or_skip` with the seconds of each stage."""
    tokenizer = tokenizer or get_tokenizer()
    seconds = {}
    t0 = time.perf_counter()
    try:
        parsed = parse_document(doc)
    except UnusableDocument as err:
        return SkippedFile(err.file, err.reason), {}
    t1 = time.perf_counter()
    tokens = segment_document(parsed, tokenizer)
    t2 = time.perf_counter()
    targets = document_targets(parsed)
    t3 = time.perf_counter()
    seconds = {"read_clean_structure": t1 - t0, "segmentation": t2 - t1, "targets": t3 - t2}
    return _result(parsed, tokens, targets), seconds


def _to_cache(result: DocumentResult | SkippedFile) -> tuple[dict, dict]:
    if isinstance(result, SkippedFile):
        return {"skipped": [result.file, result.reason]}, {}
    data = {k: getattr(result, k) for k in ("doc_row", "items", "annex_rows", "annex_cells", "cleaning", "text",
                                              "notes", "targets")}
    return data, {"tokens": pa.table({c: result.tokens[c] for c in TOKEN_COLUMNS})}


def _from_cache(data: object, tables: dict) -> DocumentResult | SkippedFile:
    """A cached result, checked field by field (raises on anything unexpected)."""
    if isinstance(data, dict) and set(data) == {"skipped"}:
        file, reason = data["skipped"]
        return SkippedFile(str(file), str(reason))
    fields = ("doc_row", "items", "annex_rows", "annex_cells", "cleaning", "text", "notes", "targets")
    if not isinstance(data, dict) or set(data) != set(fields) or not isinstance(data["text"], str):
        raise ValueError("not a document result")
    tokens = tables["tokens"]
    if tokens.schema.names != list(TOKEN_COLUMNS):
        raise ValueError("unexpected token columns")
    columns = {}
    for name in TOKEN_COLUMNS:
        column = tokens.column(name)
        if name in ("doc_id", "item_id", "token"):
            columns[name] = column.cast(pa.large_string()).combine_chunks()
        else:
            columns[name] = column.to_numpy()
    return DocumentResult(
        doc_row=dict(data["doc_row"]),
        items=[dict(r) for r in data["items"]],
        annex_rows=[dict(r) for r in data["annex_rows"]],
        annex_cells=[tuple(c) for c in data["annex_cells"]],
        cleaning=[dict(r) for r in data["cleaning"]],
        text=data["text"],
        notes=list(data["notes"]),
        tokens=columns,
        targets=[dict(r) for r in data["targets"]],
    )


def _given_or_own(pool: Executor | None, workers: int):
    """``pool`` when one was given (left running), else a pool of ``workers`` processes for this block."""
    return nullcontext(pool) if pool is not None else ProcessPoolExecutor(max_workers=workers)


def _progress(iterable, total: int, desc: str):
    if total < 50:
        return iterable
    import sys

    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit="doc", file=sys.stderr, leave=False)


def _process_documents(corpus: Corpus, tokenizer, *, jobs: int, cache: result_cache.ResultCache,
                       fingerprint: str, pool: Executor | None, timings: dict) -> ProcessedCorpus:
    """The per-document tables of a corpus (corpus-level tables left empty)."""
    use_cache = tokenizer is None
    keys = {doc.doc_id: _document_key(doc, fingerprint) for doc in corpus.documents}
    results: dict[str, object] = {}
    for doc in corpus.documents:
        hit = cache.get(keys[doc.doc_id]) if use_cache else None
        if hit is not None:
            try:
                results[doc.doc_id] = _from_cache(*hit)
            except (ValueError, KeyError, TypeError, AttributeError, pa.ArrowException):
                pass  # a damaged or foreign entry: computed again below
    todo = [doc for doc in corpus.documents if doc.doc_id not in results]
    stage_seconds = dict.fromkeys(("read_clean_structure", "segmentation", "targets"), 0.0)
    if todo:
        if jobs > 1 and tokenizer is None and len(todo) > 1:
            with _given_or_own(pool, jobs) as workers:
                chunk = max(1, len(todo) // (jobs * 8))
                computed = list(_progress(workers.map(_timed_process, todo, chunksize=chunk), len(todo), "documents"))
        else:
            tok = tokenizer or get_tokenizer()
            computed = [_timed_process(doc, tok) for doc in _progress(todo, len(todo), "documents")]
        for doc, (result, seconds) in zip(todo, computed):
            results[doc.doc_id] = result
            for stage, s in seconds.items():
                stage_seconds[stage] += s
            if use_cache:
                cache.put(keys[doc.doc_id], *_to_cache(result))
    timings.update(stage_seconds)
    done = [results[d.doc_id] for d in corpus.documents]
    skipped = list(corpus.skipped) + [r for r in done if isinstance(r, SkippedFile)]
    return assemble([r for r in done if not isinstance(r, SkippedFile)], skipped)


def _corpus_key(processed: ProcessedCorpus, fingerprint: str) -> str:
    """What the corpus-level tables depend on: every document's text and rows, and the code."""
    digest = hashlib.sha256(fingerprint.encode())
    for doc_id in sorted(processed.clean_texts):
        digest.update(doc_id.encode() + b"\0" + processed.clean_texts[doc_id].encode() + b"\0")
    digest.update(pd.util.hash_pandas_object(processed.items, index=False).to_numpy().tobytes())
    digest.update(pd.util.hash_pandas_object(processed.tokens, index=False).to_numpy().tobytes())
    return digest.hexdigest()


def _add_corpus_level(processed: ProcessedCorpus, *, jobs: int, cache: result_cache.ResultCache,
                      fingerprint: str, use_cache: bool, pool: Executor | None, timings: dict) -> ProcessedCorpus:
    """Themes and shared passages; with ``jobs`` > 1 the passages are found in a worker meanwhile."""
    key = _corpus_key(processed, fingerprint) if use_cache else None
    hit = cache.get(key) if key else None
    if hit is not None:
        try:
            _, tables = hit
            return replace(processed, item_themes=tables["item_themes"].to_pandas(),
                           shared_passages=tables["shared_passages"].to_pandas())
        except (KeyError, pa.ArrowException):
            pass
    parallel = jobs > 1 and len(processed.clean_texts) >= PARALLEL_MIN_DOCS
    with _given_or_own(pool, 1) if parallel else nullcontext() as workers:
        t0 = time.perf_counter()
        reuse = workers.submit(_timed_passages, processed.clean_texts, processed.items) if workers else None
        item_themes = code_themes(processed)
        timings["themes"] = time.perf_counter() - t0
        if reuse is not None:
            passages, timings["text_reuse"] = reuse.result()
        else:
            passages, timings["text_reuse"] = _timed_passages(processed.clean_texts, processed.items)
    if key:
        cache.put(key, None, {"item_themes": pa.Table.from_pandas(item_themes, preserve_index=False),
                              "shared_passages": pa.Table.from_pandas(passages, preserve_index=False)})
    return replace(processed, item_themes=item_themes, shared_passages=passages)


def _timed_passages(clean_texts: dict, items: pd.DataFrame):
    t0 = time.perf_counter()
    passages = find_shared_passages(clean_texts, items)
    return passages, time.perf_counter() - t0


@contextmanager
def _worker_pool(jobs: int, *, close_fd: int | None = None):
    """Worker processes for both phases (``None`` for one job), started while this process is small.

    ``close_fd`` (the output lock) is closed in each worker as it starts, so the lock goes with
    this process: a worker left running after this process is killed does not hold it.
    """
    if jobs <= 1:
        yield None
        return
    init = dict(initializer=os.close, initargs=(close_fd,)) if close_fd is not None else {}
    with ProcessPoolExecutor(max_workers=jobs, **init) as pool:
        yield pool


def process(corpus: Corpus, tokenizer: PlanTokenizer | None = None, *, jobs: int = 1,
            cache_dir: Path | str | None = None, timings: dict | None = None) -> ProcessedCorpus:
    """Every processed table of a read corpus, as :func:`analysis.pipeline.process_corpus` gives them.

    ``jobs`` > 1 runs the per-document stages in that many processes (only with
    the default tokenizer; a custom one runs here). ``cache_dir`` reuses results
    computed before from the same bytes, metadata, code and library versions.
    ``timings``, when given, receives seconds per stage (per-document stages
    summed over documents).
    """
    cache = result_cache.ResultCache(cache_dir if tokenizer is None else None)
    fingerprint = result_cache.code_fingerprint()
    timings = {} if timings is None else timings
    with _worker_pool(jobs) as pool:
        options = dict(jobs=jobs, cache=cache, fingerprint=fingerprint, pool=pool, timings=timings)
        documents_only = _process_documents(corpus, tokenizer, **options)
        return _add_corpus_level(documents_only, use_cache=tokenizer is None, **options)


# --- The build ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote (nothing when the outputs were up to date) and what it skipped."""

    processed: ProcessedCorpus
    written: tuple[Path, ...]
    up_to_date: bool = False

    @property
    def ok(self) -> bool:
        return self.processed.skipped.empty


def _build_key(corpus: Corpus, raw_dir: Path, fingerprint: str) -> str:
    parts = [fingerprint, "|".join(f"{d.doc_id}:{d.sha256}" for d in corpus.documents),
             json.dumps(sorted((s.file, s.reason) for s in corpus.skipped), ensure_ascii=False)]
    meta = raw_dir / "metadata.csv"
    if meta.is_file():
        parts.append(hashlib.sha256(meta.read_bytes()).hexdigest())
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _is_up_to_date(out_dir: Path, key: str, doc_ids) -> bool:
    key_file = out_dir / _KEY_FILE
    if not key_file.is_file() or key_file.read_text(encoding="utf-8", errors="replace") != key:
        return False
    expected = [out_dir / f"{name}.{ext}" for name in TABLES for ext in ("csv", "parquet")]
    expected += [out_dir / _TEXT_DIR / f"{d}.txt" for d in doc_ids]
    return all(p.is_file() for p in expected)


def build(
    raw_dir: Path | str,
    out_dir: Path | str,
    *,
    tokenizer: PlanTokenizer | None = None,
    jobs: int = 1,
    cache_dir: Path | str | None = None,
    timings: dict | None = None,
) -> BuildResult:
    """Read ``raw_dir``, process every good document and replace ``out_dir`` with the tables.

    Writes ``documents``, ``items``, ``tokens``, ``cleaning_report``,
    ``annex_schedule``, ``annex_cells``, ``targets``, ``item_themes``,
    ``shared_passages`` and ``skipped`` (CSV + Parquet) and the cleaned texts in
    ``clean_text/<doc_id>.txt`` (the texts all offsets refer to), as one set
    (see the module docstring). With a ``cache_dir``, unchanged documents are
    not processed again, and when the outputs already hold this exact build
    (recorded in ``out_dir/.build-key``) nothing is rewritten.

    Raises ``FileNotFoundError`` (no raw folder), :class:`OutputFolderError`
    (an output folder that may not be replaced), :class:`analysis.corpus.CorpusError`
    (a metadata table that cannot be read),
    :class:`OutputBusyError` (another build is writing there) or
    :class:`OutputError` (the outputs cannot be written; the old ones are kept).
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"{raw_dir}: no such folder of plan documents")
    check_folders(raw_dir, out_dir)
    timings = {} if timings is None else timings
    with _OutputSet(out_dir) as outputs:  # locked, writable, staging ready: checked before the work
        corpus = read_corpus(raw_dir)
        jobs = jobs if len(corpus.documents) >= PARALLEL_MIN_DOCS else 1
        fingerprint = result_cache.code_fingerprint()
        key = _build_key(corpus, raw_dir, fingerprint)
        cache = result_cache.ResultCache(cache_dir if tokenizer is None else None)
        with _worker_pool(jobs, close_fd=outputs.lock_fd) as pool:
            options = dict(jobs=jobs, cache=cache, fingerprint=fingerprint, pool=pool, timings=timings)
            documents_only = _process_documents(corpus, tokenizer, **options)
            if cache_dir and tokenizer is None and _is_up_to_date(out_dir, key, documents_only.clean_texts):
                processed = _add_corpus_level(documents_only, use_cache=True, **options)
                return BuildResult(processed=processed, written=(), up_to_date=True)
            try:
                processed, written = _write_all(documents_only, outputs, key if tokenizer is None else None,
                                                options, use_cache=tokenizer is None)
            except OSError as err:
                raise _output_error(err, out_dir) from None
        outputs.commit()
    result_cache.prune(cache_dir)
    final = tuple(out_dir / p.relative_to(outputs.staging.resolve()) for p in written)
    return BuildResult(processed=processed, written=final)


def _write_all(documents_only: ProcessedCorpus, outputs: _OutputSet, key: str | None, options: dict, *,
               use_cache: bool) -> tuple[ProcessedCorpus, list[Path]]:
    """Write every table and text into the staging folder; the per-document ones while the corpus level runs."""
    t0 = time.perf_counter()
    staging = outputs.path(".")
    with ThreadPoolExecutor(max_workers=max(2, options["jobs"])) as threads:  # writes wait on I/O: two at least
        early = [
            threads.submit(write_table, table, staging, name)
            for name, table in documents_only.tables().items() if name not in CORPUS_LEVEL_TABLES
        ]
        early.append(threads.submit(_write_clean_texts, documents_only.clean_texts, outputs))
        processed = _add_corpus_level(documents_only, use_cache=use_cache, **options)
        late = [threads.submit(write_table, processed.tables()[name], staging, name) for name in CORPUS_LEVEL_TABLES]
        written = [path for future in early + late for path in future.result()]
    if key:
        write_text(outputs.path(_KEY_FILE), key)
    options["timings"]["write_tables"] = time.perf_counter() - t0  # overlaps the corpus-level stages
    return processed, written


def _write_clean_texts(clean_texts: dict[str, str], outputs: _OutputSet) -> list[Path]:
    """Write each cleaned text as ``clean_text/<doc_id>.txt`` inside the staging folder."""
    written = []
    for doc_id, text in sorted(clean_texts.items()):
        path = outputs.path(f"{_TEXT_DIR}/{doc_id}.txt")
        write_text(path, text)
        written.append(path)
    return written


def default_jobs() -> int:
    """Worker processes for a build: the machine's cores."""
    return max(1, os.cpu_count() or 1)
