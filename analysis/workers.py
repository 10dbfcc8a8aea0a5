"""The build's worker processes, and the corpus stages they run from the files the build wrote.

A pool (:func:`worker_pool`) is started while the build's process is small; each worker gets the
resource files, builds its own tokenizer when it first segments, lets it go before a corpus stage,
and exits when the build's process is gone (a killed build leaves no worker behind). The corpus
stages read what they need (item columns, the theme coder's terms, the cleaned texts) from the
staging folder, a row group at a time where they can, instead of being sent it; :class:`TokenSink`
writes the tokens file they read the terms from.
"""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
from collections import deque
from collections.abc import Iterator, Sequence
from itertools import islice
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import union_categoricals
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .cache import ResultCache, file_entry
from .corpus import Document, SkippedFile
from .loader import Resources, load_resources
from .outputs import TEXT_DIR
from .corpus_stages import (
    PASSAGE_ITEM_COLUMNS,
    PROMISE_ITEM_COLUMNS,
    PROMISE_KINDS,
    THEME_ITEM_COLUMNS,
    THEME_TOKEN_COLUMNS,
    find_promises_in,
    theme_terms,
)
from .pipeline import DocumentResult, empty_tokens, process_or_skip
from .theme_coding import item_theme_frames
from .reuse import shared_passage_frames
from .schema import empty_table
from .tables import TableStream, filtered_row_groups, read_rows

__all__ = [
    "worker_pool",
    "start_worker",
    "exit_with_parent",
    "process_in_worker",
    "results_in_order",
    "corpus_stage_in_worker",
    "return_freed_memory",
    "joined_terms",
    "write_item_themes",
    "theme_parts_of_files",
    "TextFiles",
    "write_shared_passages",
    "promises_of_files",
    "promises_of_file_groups",
    "TokenSink",
]


#: The resource files of a worker process (set when it starts; the pool's processes only).
_worker_resources: Resources | None = None


def start_worker(directory: str, themes_file: str | None, close_fd: int | None) -> None:
    """Give a new worker its resource files; close the output lock it inherited (the lock goes with
    the build's own process: a worker left running after the build is killed does not hold it).

    A worker forked from the build inherits the build's resources (their tokenizer not built: each
    worker builds its own when it first segments); a worker started afresh (spawn, on Windows and
    macOS) loads them.
    """
    global _worker_resources
    exit_with_parent(os.getppid())
    same = _worker_resources is not None and (str(_worker_resources.directory), _worker_resources.themes_file and
                                               str(_worker_resources.themes_file)) == (directory, themes_file)
    if not same:
        _worker_resources = load_resources(directory, themes_file=themes_file)
    if close_fd is not None:
        os.close(close_fd)


def exit_with_parent(parent: int, every: float = 1.0) -> None:
    """Make this worker exit once its build process is gone (killed: it cannot shut its pool down).

    A worker waiting for work would otherwise wait for ever, holding its memory. A daemon thread
    looks every ``every`` seconds whether the process has been handed to another parent.
    """
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-build", daemon=True).start()


def process_in_worker(doc: Document) -> DocumentResult | SkippedFile:
    """Process one document in a worker, with the worker's resource files."""
    return process_or_skip(doc, _worker_resources)


def process_chunk_in_worker(docs: list[Document]) -> list[DocumentResult | SkippedFile]:
    """Process a few documents in a worker (one task: one round trip)."""
    return [process_in_worker(doc) for doc in docs]


def results_in_order(pool, docs: list[Document], chunk: int, window: int):
    """The results of ``docs`` processed by the pool's workers, in order, ``chunk`` documents a task and at
    most ``window`` tasks given out at a time: results the build has not taken yet do not pile up (with
    ``Executor.map`` every task is given out at once, and the workers' results wait in this process
    however far ahead of it they run)."""
    tasks = (docs[i:i + chunk] for i in range(0, len(docs), chunk))
    running = deque(pool.submit(process_chunk_in_worker, task) for task in islice(tasks, window))
    while running:
        results = running.popleft().result()
        for task in islice(tasks, 1):
            running.append(pool.submit(process_chunk_in_worker, task))
        yield from results


def corpus_stage_in_worker(stage, *args):
    """Run a corpus-level stage in a worker that has done its documents: its tokenizer is let go first
    (built again if it ever segments again)."""
    if _worker_resources is not None:
        _worker_resources.__dict__.pop("tokenizer", None)
    return_freed_memory()
    return stage(*args)


def return_freed_memory() -> None:
    """Give the memory freed by Python and Arrow back to the system, where the C library keeps it
    otherwise (glibc): what a build's processes show is then close to what they hold."""
    pa.default_memory_pool().release_unused()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).malloc_trim(0)
        except (OSError, AttributeError):  # a C library without malloc_trim (musl)
            pass


@contextmanager
def worker_pool(jobs: int, resources: Resources, *, close_fd: int | None = None):
    """Worker processes for both phases (``None`` for one job), started while this process is small.

    Each worker builds its own tokenizer when it first segments (0.2 s): the build's own process
    never segments then, and does not hold one.
    """
    if jobs <= 1:
        yield None
        return
    global _worker_resources
    _worker_resources = resources
    themes = str(resources.themes_file) if resources.themes_file else None
    with ProcessPoolExecutor(max_workers=jobs, initializer=start_worker,
                             initargs=(str(resources.directory), themes, close_fd)) as pool:
        yield pool


def joined_terms(batches: list[pd.DataFrame]) -> pd.DataFrame:
    """Terms of several batches joined, in order (categorical columns: the coder reads them alike)."""
    if not batches:
        return theme_terms(empty_tokens())
    return pd.DataFrame({column: union_categoricals([batch[column] for batch in batches])
                         for column in ("item_id", "token")})


def write_item_themes(folder: Path, themes: pd.DataFrame, cache_dir: str | None, key: str) -> int:
    """Code the items in the files a build wrote into ``folder`` with the taxonomy ``themes``, write the
    item_themes table there and put its Parquet file in the cache under ``key``; the number of rows.

    The items and tokens are read in parts of whole documents (:func:`theme_parts_of_files`) and the rows
    written a part at a time (:func:`analysis.theme_coding.item_theme_frames`): the table is never held,
    and never travels back to the build's process.
    """
    parts = theme_parts_of_files(folder) if pq.ParquetFile(folder / "items.parquet").metadata.num_rows else ()
    return _write_and_cache(folder, "item_themes", item_theme_frames(_released_after_each(parts), themes),
                            cache_dir, key)


def _released_after_each(items):
    """``items``, the memory freed given back to the system after each (what a part's texts held)."""
    for item in items:
        yield item
        return_freed_memory()


def _write_and_cache(folder: Path, name: str, frames: Iterator[pd.DataFrame], cache_dir: str | None, key: str) -> int:
    """Write the table ``name`` into ``folder`` from its rows a frame at a time, and put its Parquet file in
    the cache under ``key`` (:func:`analysis.cache.file_entry`); the number of rows."""
    stream = TableStream(folder, name, empty=empty_table(name))
    rows = 0
    try:
        for frame in frames:
            stream.write(frame)
            rows += len(frame)
        stream.close()
    finally:
        stream.abort()
    ResultCache(cache_dir).put(key, None, file_entry((folder / f"{name}.parquet").read_bytes()))
    return rows


#: Items the theme coder reads from the files at a time (a part ends where a document ends).
THEME_PART_ITEMS = 4_096


def theme_parts_of_files(folder: Path, part_items: int | None = None):
    """The parts :func:`analysis.theme_coding.code_item_parts` reads, from the items and tokens files in
    ``folder`` (both in the documents' reading order): the items (:data:`THEME_ITEM_COLUMNS`) of
    consecutive documents, about ``part_items`` a part (:data:`THEME_PART_ITEMS`), and their terms."""
    size = part_items or THEME_PART_ITEMS
    terms = _TermStream(folder / "tokens.parquet")
    held = None
    for batch in pq.ParquetFile(folder / "items.parquet").iter_batches(batch_size=size, columns=list(THEME_ITEM_COLUMNS)):
        held = pa.Table.from_batches([batch]) if held is None else pa.concat_tables([held, pa.Table.from_batches([batch])])
        doc_ids = held.column("doc_id")
        others = np.flatnonzero(pc.not_equal(doc_ids, doc_ids[-1]).to_numpy(zero_copy_only=False))
        if len(held) >= size and len(others):  # the last document may go on in the next batch: it waits
            cut = int(others[-1]) + 1
            part, held = held.slice(0, cut), held.slice(cut)
            yield part.to_pandas(), terms.take(pc.unique(part.column("doc_id")))
    if held is not None and len(held):
        yield held.to_pandas(), terms.take(pc.unique(held.column("doc_id")))


class _TermStream:
    """The theme coder's terms of a tokens file, taken document by document in the file's order, a row
    group read at a time (kept as Arrow tables: doc_id, item_id, token)."""

    def __init__(self, path: Path):
        self._parquet = pq.ParquetFile(path)
        self._next_group = 0
        self._held: list[pa.Table] = []

    def _read(self) -> bool:
        if self._next_group >= self._parquet.num_row_groups:
            return False
        table = self._parquet.read_row_group(self._next_group, columns=list(THEME_TOKEN_COLUMNS) + ["doc_id"])
        self._next_group += 1
        # only words that are neither stopwords nor boilerplate can be terms: the others never reach pandas
        words = table.filter(pc.and_(table["is_word"], pc.invert(pc.or_(table["is_stopword"], table["is_boilerplate"]))))
        kept = theme_terms(words.select(list(THEME_TOKEN_COLUMNS)).to_pandas()).index.to_numpy()
        self._held.append(words.select(["doc_id", "item_id", "token"]).take(pa.array(kept, type=pa.int64())))
        return True

    def take(self, doc_ids: pa.Array) -> pd.DataFrame:
        """The terms (item_id, token) of the documents ``doc_ids``, the next ones in the file."""
        taken = []
        while self._held or self._read():
            table = self._held[0]
            outside = pc.index(pc.is_in(table.column("doc_id"), value_set=doc_ids), False).as_py()
            if outside < 0:  # the whole table is theirs: the next may hold more
                taken.append(self._held.pop(0))
                continue
            taken.append(table.slice(0, outside))
            self._held[0] = table.slice(outside)
            break
        if not taken:
            return theme_terms(empty_tokens())
        return pa.concat_tables(taken).select(["item_id", "token"]).to_pandas()


class TextFiles(Sequence):
    """The cleaned texts of ``doc_ids`` in a build's folder, each read from its file when asked (none held)."""

    def __init__(self, folder: Path, doc_ids: list[str]):
        self.paths = [folder / TEXT_DIR / f"{doc_id}.txt" for doc_id in doc_ids]

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, k: int) -> str:
        return self.paths[k].read_bytes().decode("utf-8")

    def size(self) -> int:
        """A bound of the texts' total length in characters: their files' bytes."""
        return sum(path.stat().st_size for path in self.paths)


def promises_of_files(folder: Path, documents: pd.DataFrame, resources: Resources, *,
                      doc_ids: list[str] | None = None) -> pd.DataFrame:
    """The promise_delivery table from the targets and items files a build wrote into ``folder``: only the
    figures a promise can be made of (targets and achieved figures) are read, and of the items only those
    figures are in and the columns the promises read. With ``doc_ids``, the promises of those documents
    only (whole places: a promise and its outcome are of one place)."""
    selected = pc.field("kind").isin(list(PROMISE_KINDS))
    if doc_ids is not None:
        selected &= pc.field("doc_id").isin(list(doc_ids))
    targets = read_rows(folder / "targets.parquet", selected).to_pandas()
    if doc_ids is not None:
        documents = documents[documents["doc_id"].isin(set(doc_ids))]
    path = folder / "items.parquet"
    item_ids = pa.array(sorted(set(targets["item_id"])), type=pq.read_schema(path).field("item_id").type)
    items = read_rows(path, pc.field("item_id").isin(item_ids), columns=list(PROMISE_ITEM_COLUMNS)).to_pandas()
    return find_promises_in(targets, documents, items, resources)


def promises_of_file_groups(folder: Path, documents: pd.DataFrame, resources: Resources,
                            groups: list[list[str]]) -> Iterator[pd.DataFrame]:
    """:func:`promises_of_files` of each group of documents (whole places), in order.

    With several groups the files are read once: the rows a group's promises read go to that group's
    files in a scratch folder in ``folder`` (removed after), and one group's rows are held at a time. A
    file read again for each group would cost the corpus times the number of groups.
    """
    if len(groups) <= 1:
        yield from (promises_of_files(folder, documents, resources, doc_ids=ids) for ids in groups)
        return
    group_of = {doc_id: k for k, ids in enumerate(groups) for doc_id in ids}
    with tempfile.TemporaryDirectory(prefix=".promises-", dir=folder) as scratch:
        targets_at, items_at = Path(scratch) / "targets", Path(scratch) / "items"
        target_schema, item_ids = _rows_by_group(folder / "targets.parquet", pc.field("kind").isin(list(PROMISE_KINDS)),
                                                 None, group_of, targets_at)
        path = folder / "items.parquet"
        item_ids = pa.array(sorted(item_ids), type=pq.read_schema(path).field("item_id").type)
        item_schema, _ = _rows_by_group(path, pc.field("item_id").isin(item_ids), ["doc_id", *PROMISE_ITEM_COLUMNS],
                                        group_of, items_at)
        for k, ids in enumerate(groups):
            targets = _rows_of_group(targets_at, k, target_schema).to_pandas()
            items = _rows_of_group(items_at, k, item_schema).select(list(PROMISE_ITEM_COLUMNS)).to_pandas()
            yield find_promises_in(targets, documents[documents["doc_id"].isin(set(ids))], items, resources)


def _rows_by_group(path: Path, selected, columns: list[str] | None, group_of: dict[str, int],
                   prefix: Path) -> tuple[pa.Schema, set[str]]:
    """Hand the rows of a Parquet file that ``selected`` keeps and whose ``doc_id`` is in a group to that
    group's Arrow file (``prefix-<group>.arrow``), a row group at a time; the schema and the item ids."""
    schema = pq.read_schema(path)
    schema = schema if columns is None else schema.empty_table().select(columns).schema
    writers, item_ids = {}, set()
    try:
        for rows in filtered_row_groups(path, selected, columns):
            group = np.array([group_of.get(d, -1) for d in rows.column("doc_id").to_pylist()], dtype=np.int64)
            for g in np.unique(group[group >= 0]).tolist():
                part = rows.filter(pa.array(group == g))
                if g not in writers:
                    writers[g] = pa.ipc.new_file(f"{prefix}-{g}.arrow", schema)
                writers[g].write_table(part)
                item_ids.update(part.column("item_id").to_pylist())
            return_freed_memory()  # else the allocators keep what the row groups held, more the more groups
    finally:
        for writer in writers.values():
            writer.close()
    return schema, item_ids


def _rows_of_group(prefix: Path, group: int, schema: pa.Schema) -> pa.Table:
    """The rows :func:`_rows_by_group` handed to ``group`` (none: an empty table)."""
    path = Path(f"{prefix}-{group}.arrow")
    if not path.exists():
        return schema.empty_table()
    with pa.OSFile(str(path)) as f:
        return pa.ipc.open_file(f).read_all()


def write_shared_passages(folder: Path, doc_ids: list[str], cache_dir: str | None, key: str) -> int:
    """Find the shared passages from the files in ``folder``, write the shared_passages table there and
    put its Parquet file in the cache under ``key`` (:func:`analysis.cache.file_entry`).

    The texts are read one at a time, the windows handed between passes through a scratch folder in
    ``folder`` (removed after), and the table written a row group at a time
    (:func:`analysis.reuse.shared_passage_frames`): nothing of the size of the corpus or of the table is
    held, and the table never travels back to the build's process. Returns its number of rows.
    """
    texts = TextFiles(folder, doc_ids)
    items = pd.read_parquet(folder / "items.parquet", columns=list(PASSAGE_ITEM_COLUMNS))
    with tempfile.TemporaryDirectory(prefix=".passages-", dir=folder) as scratch:
        frames = shared_passage_frames(doc_ids, texts, items, scratch=Path(scratch), size=texts.size(),
                                       release=return_freed_memory)
        return _write_and_cache(folder, "shared_passages", frames, cache_dir, key)


class TokenSink:
    """Where the build's tokens go, batch by batch, and where the theme coder's terms come from.

    With a ``path`` the batches are written to that Parquet file (row groups of a fixed number of rows,
    :data:`analysis.tables.ROW_GROUP_ROWS`, whatever the batches: :class:`analysis.tables.TableStream`),
    unless it is ``written`` already (linked from the old set); the theme coder then reads the terms from
    the file (:func:`theme_parts_of_files`), so this process never holds them. Without a path the terms
    of each batch are kept (:func:`analysis.corpus_stages.theme_terms`).

    Parameters
    ----------
    path : pathlib.Path or None
        The Parquet file of the tokens; ``None`` writes nothing and keeps the terms.
    written : bool, default False
        True when the file is there already: the batches are not written again.
    """

    def __init__(self, path: Path | None, *, written: bool = False):
        self.path = path
        self.written = written
        self._stream = TableStream(path.parent, "tokens", empty=empty_tokens()) if path and not written else None
        self._terms: list[pd.DataFrame] = []

    def __call__(self, tokens: pd.DataFrame) -> None:
        """Take one batch of the tokens table (its index: row numbers in the whole table)."""
        if self.path is None:
            self._terms.append(theme_terms(tokens).astype("category"))  # an id once per batch, codes per row
        elif self._stream is not None:
            self._stream.write(tokens)

    def terms(self) -> pd.DataFrame:
        """The terms of every batch taken, in order (none with a path: they are in the file)."""
        return joined_terms(self._terms)

    def close(self) -> list[Path]:
        """Finish the file (an empty table when no batch came); the files written."""
        return self._stream.close() if self._stream is not None else []

    def abort(self) -> None:
        """Close the file as it is (after an error)."""
        if self._stream is not None:
            self._stream.abort()
