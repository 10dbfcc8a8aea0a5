"""The pipeline's stages run with a worker pool and a cache (:class:`Stages`), for :mod:`analysis.build`.

The per-document stages are joined a batch at a time, each document's result (and each batch) cached
under a key of the code and resources those stages read and the document; the corpus-level stages
(themes, shared passages, promises) are cached apart, each under a key of what it reads, and run in
workers that read the files the build has written. The tables are the same whatever the number of
workers and whether the cache is used.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import cache as result_cache
from . import pipeline
from .corpus import Corpus, Document, SkippedFile
from .corpus_stages import (
    PASSAGE_ITEM_COLUMNS, THEME_ITEM_COLUMNS, code_item_themes, find_promises, find_shared_passages,
)
from .loader import Resources
from .outputs import TEXT_DIR
from .pipeline import (
    CORPUS_LEVEL_TABLES, TABLES, Assembler, DocumentResult, JoinedBatch, ProcessedCorpus, join_results, process_or_skip,
)
from .schema import empty_table, typed
from .staging import StagedOutputs
from .tables import parquet_bytes, write_table_of_parquet
from .themes import taxonomy_table
from .workers import (
    TokenSink,
    corpus_stage_in_worker,
    promises_of_file_groups,
    promises_of_files,
    results_in_order,
    return_freed_memory,
    write_item_themes,
    write_shared_passages,
    worker_pool,
)

__all__ = ["Stages", "PARALLEL_MIN_DOCS", "NOT_READ_BY_PIPELINE", "NOT_READ_BY_DOCUMENT_STAGES", "WRITTEN_BY_STAGES"]

#: Modules no stage of the build runs (charts, notebooks, reports, analyses of the written tables).
NOT_READ_BY_PIPELINE = ("plotting/*", "figures.py", "report.py", "explorer.py", "notebooks.py", "trends.py",
                        "overview.py", "evaluation.py", "__main__.py")
#: What the per-document stages do not read: the above and the corpus-level resources (taxonomies,
#: comparable indicators, chart text).
NOT_READ_BY_DOCUMENT_STAGES = NOT_READ_BY_PIPELINE + ("themes*.csv", "indicators.csv", "chart_labels.csv")
#: The tables of corpus stages written into the staging folder (by a worker), never held by the build.
WRITTEN_BY_STAGES = ("item_themes", "shared_passages")
#: Below this many documents :func:`build` runs in one process (starting workers costs more).
PARALLEL_MIN_DOCS = 20
#: Documents a worker takes at a time: its results are held until the chunk is done.
MAX_CHUNK_DOCUMENTS = 16
#: Documents whose promises are found at a time (whole places): what the promises hold grows with it.
PROMISE_GROUP_DOCUMENTS = 2_000
#: Tasks given out to each worker at a time (:func:`analysis.workers.results_in_order`).
TASKS_IN_FLIGHT = 4


def _progress(iterable, total: int, desc: str):
    """``iterable`` with a progress bar on stderr when there are 50 documents or more."""
    if total < 50:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit="doc", file=sys.stderr, leave=False)


@dataclass
class Stages:
    """The pipeline's stages run with a worker pool and a cache."""

    resources: Resources
    jobs: int = 1
    cache: result_cache.ResultCache = field(default_factory=lambda: result_cache.ResultCache(None))
    pool: Executor | None = None

    def __post_init__(self):
        # The whole build (up-to-date check) depends on everything; each cached stage only on what it reads,
        # so a new seed term in a taxonomy recomputes the themes, not every document.
        self.fingerprint = result_cache.code_fingerprint(resources_dir=self.resources.directory,
                                                         extra_files=[self.resources.themes_file])
        self.document_fingerprint = result_cache.code_fingerprint(
            resources_dir=self.resources.directory, exclude=NOT_READ_BY_DOCUMENT_STAGES)
        self.promises_fingerprint = result_cache.code_fingerprint(
            resources_dir=self.resources.directory, exclude=NOT_READ_BY_PIPELINE + ("themes*.csv",))
        self.themes_fingerprint = result_cache.code_fingerprint(
            resources_dir=self.resources.directory, extra_files=[self.resources.themes_file],
            exclude=NOT_READ_BY_PIPELINE)

    def _document_key(self, doc: Document) -> str:
        """The cache key of one document: the code, its bytes, its id and its metadata."""
        meta = json.dumps(doc.metadata, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(f"{self.document_fingerprint}|{doc.sha256}|{doc.doc_id}|{meta}".encode()).hexdigest()

    def documents(self, corpus: Corpus, staged: StagedOutputs | None = None) -> ProcessedCorpus:
        """The per-document tables of a corpus (corpus-level tables left empty).

        Results are joined a batch at a time, in reading order, and not kept as records;
        with ``staged`` outputs the tokens, items, targets and cleaned texts go to their
        files batch by batch, and the returned tables and texts are empty.
        """
        assembler = Assembler() if staged is None else Assembler(
            on_tokens=staged.tokens, on_rows=staged.rows, on_texts=staged.texts)
        for batch in self._batches(corpus):
            assembler.add_batch(batch)
            return_freed_memory()  # what the batch's results held
        return assembler.finish(list(corpus.skipped))

    def _batches(self, corpus: Corpus):
        """The documents joined a batch at a time (:func:`analysis.pipeline.batch_bounds`), in reading order.

        A batch cached before with the same document keys is read whole; in the others each
        document's result is read from the cache or computed (by the workers), and the batch is
        cached. One changed, added or removed document of a thousand joins one batch again, not sixteen.
        """
        docs = corpus.documents
        keys = [self._document_key(doc) for doc in docs]
        bounds = pipeline.batch_bounds([doc.doc_id for doc in docs], pipeline.BATCH_DOCUMENTS)  # a test sets the size
        batch_keys = {start: self._key(self.document_fingerprint, *(k.encode() for k in keys[start:end]))
                      for start, end in bounds}
        whole = {start for start, _ in bounds if self.cache.has(batch_keys[start])}
        todo = [i for start, end in bounds if start not in whole
                for i in range(start, end) if not self.cache.has(keys[i])]
        with self._computed([docs[i] for i in todo]) as computed:
            todo = set(todo)
            for start, end in bounds:
                batch = self._cached_batch(batch_keys[start]) if start in whole else None
                if batch is None:
                    results = [self._result(docs[i], keys[i], next(computed) if i in todo else None)
                               for i in range(start, end)]
                    batch = join_results([r for r in results if not isinstance(r, SkippedFile)],
                                         tuple(r for r in results if isinstance(r, SkippedFile)))
                    self.cache.put(batch_keys[start], *batch.to_data())
                yield batch

    def _result(self, doc: Document, key: str, computed: DocumentResult | SkippedFile | None):
        """One document's result: ``computed`` by a worker, else the cached one, else computed here (an entry
        damaged or pruned since the build looked). A result computed is cached."""
        if computed is None:
            cached = self._cached_document(key)
            if cached is not None:
                return cached
            computed = process_or_skip(doc, self.resources)
        data = ({"skipped": [computed.file, computed.reason]}, {}) if isinstance(computed, SkippedFile) \
            else computed.to_data()
        self.cache.put(key, *data)
        return computed

    @contextmanager
    def _computed(self, todo: list[Document]):
        """An iterator over the results of ``todo``, in order (by the workers when there are some)."""
        if self.jobs > 1 and len(todo) > 1:
            with nullcontext(self.pool) if self.pool is not None else worker_pool(self.jobs, self.resources) as workers:
                # a few documents a task: a worker holds (and sends back) the results of one chunk at a time
                chunk = max(1, min(MAX_CHUNK_DOCUMENTS, len(todo) // (self.jobs * 8)))
                yield iter(_progress(results_in_order(workers, todo, chunk, window=TASKS_IN_FLIGHT * self.jobs),
                                     len(todo), "documents"))
        else:
            yield (process_or_skip(doc, self.resources) for doc in _progress(todo, len(todo), "documents"))

    def _cached_batch(self, key: str) -> JoinedBatch | None:
        """A batch joined before, or ``None`` when missing or unreadable."""
        hit = self.cache.get(key)
        if hit is None:
            return None
        try:
            return JoinedBatch.from_data(*hit)
        except (ValueError, KeyError, TypeError, pa.ArrowException):
            return None  # a damaged or foreign entry: joined again

    def _cached_document(self, key: str) -> DocumentResult | SkippedFile | None:
        """The cached result of one document, or ``None`` when missing or unreadable."""
        hit = self.cache.get(key)
        if hit is None:
            return None
        data, tables = hit
        try:
            if isinstance(data, dict) and set(data) == {"skipped"}:
                file, reason = data["skipped"]
                return SkippedFile(str(file), str(reason))
            return DocumentResult.from_data(data, tables)
        except (ValueError, KeyError, TypeError, pa.ArrowException):
            return None  # a damaged or foreign entry: computed again

    def inputs_digest(self, corpus: Corpus) -> bytes:
        """What every per-document result of ``corpus`` is computed from: each document's cache key, in
        reading order. The corpus-level keys hold it instead of hashing the tables themselves (a document's
        tables are a function of its key), so a rebuild hashes no table and no token."""
        digest = hashlib.sha256()
        self.document_keys = {doc.doc_id: self._document_key(doc) for doc in corpus.documents}
        for doc_id, key in self.document_keys.items():
            digest.update(f"{doc_id}\0{key}\n".encode())
        return digest.digest()

    def output_keys(self, corpus: Corpus, inputs: bytes) -> dict[str, str]:
        """What each output file is made from, by table name (``clean_text/<doc_id>.txt`` for the texts):
        a rebuild links the old file when its key is the same (:class:`analysis.outputs.Manifest`)."""
        skipped = json.dumps(sorted((s.file, s.reason) for s in corpus.skipped), ensure_ascii=False).encode()
        per_document = self._key(self.document_fingerprint, inputs, skipped)
        keys = {name: per_document for name in TABLES if name not in CORPUS_LEVEL_TABLES}
        keys.update(item_themes=self._key(self.themes_fingerprint, inputs),
                    shared_passages=self._key(self.document_fingerprint, inputs),
                    promise_delivery=self._key(self.promises_fingerprint, inputs),
                    theme_taxonomy=self._key(self.themes_fingerprint))
        keys.update({f"{TEXT_DIR}/{doc.doc_id}.txt": self._document_key(doc) for doc in corpus.documents})
        return keys

    def corpus_level(self, processed: ProcessedCorpus, inputs: bytes, tokens: "TokenSink | None" = None, *,
                     written: Path | None = None, link: Callable[[str], bool] | None = None
                     ) -> tuple[ProcessedCorpus, bool]:
        """Themes, shared passages and promises, each cached apart; with workers, themes and passages are
        found in one each while this process finds the promises.

        ``inputs`` is the :meth:`inputs_digest` of the corpus ``processed`` was made from. Each stage's key
        holds it and the fingerprint of the code and resources the stage reads: a changed seed term codes
        the items again and reuses the passages. With a ``tokens`` sink (the tokens streamed to disk) the
        terms come from it. ``written`` is a folder that holds the items, tokens and cleaned texts of
        ``processed`` already (the staging folder): a worker reads from it the columns and texts its stage
        needs, instead of being sent them, and writes its table (item_themes, shared_passages) there; from
        the cache a table is written there, or linked from the old set by ``link`` when it can.

        Returns the tables, and whether the item_themes and shared_passages tables are in ``written``
        (then the tables returned are empty).
        """
        if tokens is None:
            tokens = TokenSink(None)
            tokens(processed.tokens)
        themes_key = self._key(self.themes_fingerprint, inputs)
        passages_key = self._key(self.document_fingerprint, inputs)
        doc_ids = sorted(processed.documents["doc_id"])
        to_code, to_find = not self.cache.has(themes_key), not self.cache.has(passages_key)
        # Workers when both stages run (each in one, meanwhile this process writes); one stage alone runs here.
        parallel = to_code and to_find and self.jobs > 1 and len(processed.documents) >= PARALLEL_MIN_DOCS
        own_pool = parallel and self.pool is None
        with (ProcessPoolExecutor(max_workers=2) if own_pool else nullcontext(self.pool if parallel else None)) as workers:
            # Each stage in a worker of its own, meanwhile this process writes the tables. A worker reads the
            # files written, or is sent only the columns its stage reads (the whole table would be pickled).
            if written is not None:  # the worker writes its table there too, and caches it
                reuse_args = (write_shared_passages, written, doc_ids, self.cache.directory, passages_key)
                coding_args = (write_item_themes, written, self.resources.themes, self.cache.directory, themes_key)
            else:
                reuse_args = (find_shared_passages, processed.clean_texts, processed.items[list(PASSAGE_ITEM_COLUMNS)])
                coding_args = (code_item_themes, processed.items[list(THEME_ITEM_COLUMNS)], tokens.terms(),
                               self.resources.themes)
            reuse = workers.submit(corpus_stage_in_worker, *reuse_args) if workers else None
            coding = workers.submit(corpus_stage_in_worker, *coding_args) if workers else None
            promises = self._promises(processed, inputs, written)  # here, meanwhile: it reads neither themes
            item_themes = self._corpus_table(  # nor passages
                "item_themes", themes_key, coding, written, link,
                lambda: code_item_themes(processed.items[list(THEME_ITEM_COLUMNS)], tokens.terms(), self.resources.themes)
                if written is None else write_item_themes(*coding_args[1:]))
            passages = self._corpus_table(
                "shared_passages", passages_key, reuse, written, link,
                lambda: find_shared_passages(processed.clean_texts, processed.items)
                if written is None else write_shared_passages(*reuse_args[1:]))
        return_freed_memory()  # what the stages' inputs and results in transit held
        return replace(processed, item_themes=item_themes, shared_passages=passages,
                       theme_taxonomy=taxonomy_table(self.resources.themes, self.resources.taxonomy_id),
                       promise_delivery=promises), written is not None

    def _corpus_table(self, name: str, key: str, worker: Future | None, written: Path | None,
                      link: Callable[[str], bool] | None, here: Callable[[], object]) -> pd.DataFrame:
        """A table of a corpus stage (item_themes, shared_passages): from the ``worker``, from the cache (its
        Parquet file) or made ``here``. With a folder ``written`` the worker or ``here`` writes the table
        there and caches it (a cached one is linked from the old set by ``link`` when it can, else written
        from the cache), and the frame returned is empty; without, the table is returned (and cached)."""
        empty = empty_table(name)
        if worker is not None:
            table = worker.result()
        elif written is not None and link and self.cache.has(key) and link(name):
            return empty
        else:
            cached = self._cached_file(key)
            if cached is not None and written is not None:
                write_table_of_parquet(cached, written, name, empty=empty)
                return empty
            if cached is not None:
                return pq.read_table(pa.BufferReader(cached)).to_pandas()
            table = here()
        if written is not None:
            return empty
        self.cache.put(key, None, result_cache.file_entry(parquet_bytes(table)))
        return table

    def _promises(self, processed: ProcessedCorpus, inputs: bytes, written: Path | None = None) -> pd.DataFrame:
        """The promise_delivery table, cached by the documents it reads and the code (not the taxonomy); read
        from the files ``written`` (the targets and items) if any."""
        key = self._key(self.promises_fingerprint, inputs)
        promises = self._cached_table(key, "promise_delivery")
        if promises is None:
            promises = find_promises(processed, self.resources) if written is None \
                else self._promises_by_place(processed.documents, written)
            self.cache.put(key, None, {"promise_delivery": pa.Table.from_pandas(promises, preserve_index=False)})
        return promises

    def _promises_by_place(self, documents: pd.DataFrame, written: Path) -> pd.DataFrame:
        """The promise_delivery table place by place (a promise and its outcome are of one place), each
        place's rows cached by its documents' keys: a changed document computes its place's promises again,
        reading only that place's targets and items from the files ``written``. The places' rows, in the
        table's order of places, are the table computed whole (the tests compare them)."""
        places = documents.assign(place=documents["place"].fillna("")).groupby("place", sort=True)["doc_id"]
        tables, todo = {}, {}  # each place's rows as an Arrow table, joined and made a frame once
        for place, doc_ids in places:
            ids = sorted(doc_ids)
            key = self._key(self.promises_fingerprint, place.encode(),
                            *(f"{d}\0{self.document_keys[d]}".encode() for d in ids))
            tables[place] = self._cached_arrow(key, "promise_delivery")
            if tables[place] is None:
                todo[place] = (ids, key)
        groups = _place_groups({place: ids for place, (ids, _) in todo.items()}, PROMISE_GROUP_DOCUMENTS)
        computed_groups = promises_of_file_groups(written, documents, self.resources,
                                                  [[d for place in group for d in todo[place][0]] for group in groups])
        for group, computed in zip(groups, computed_groups):
            for place in group:
                rows = computed[computed["place"] == place] if len(computed) else computed
                tables[place] = pa.Table.from_pandas(rows, preserve_index=False)
                self.cache.put(todo[place][1], None, {"promise_delivery": tables[place]})
        if not tables:  # no document
            return promises_of_files(written, documents, self.resources)
        joined = pa.concat_tables(list(tables.values()), promote_options="permissive")
        return typed(joined.to_pandas(), "promise_delivery")

    def _cached_file(self, key: str) -> bytes | None:
        """The file of a cache entry (:func:`analysis.cache.file_entry`), or ``None`` when missing or unreadable."""
        hit = self.cache.get(key)
        try:
            return result_cache.file_of_entry(hit[1]) if hit is not None else None
        except (KeyError, TypeError, ValueError, pa.ArrowException):
            return None

    def _cached_arrow(self, key: str, name: str) -> pa.Table | None:
        """The table ``name`` of a cache entry as Arrow, or ``None`` when missing or unreadable."""
        hit = self.cache.get(key)
        try:
            return hit[1][name] if hit is not None else None
        except (KeyError, TypeError):
            return None

    def _cached_table(self, key: str, name: str) -> pd.DataFrame | None:
        """The table ``name`` of a cache entry as a frame (:meth:`_cached_arrow`), or ``None`` when missing
        or unreadable."""
        table = self._cached_arrow(key, name)
        try:
            return table.to_pandas() if table is not None else None
        except pa.ArrowException:
            return None

    @staticmethod
    def _key(fingerprint: str, *parts: bytes) -> str:
        """A cache key: the stage's fingerprint and the bytes it reads."""
        digest = hashlib.sha256(fingerprint.encode())
        for part in parts:
            digest.update(len(part).to_bytes(8, "little") + part)
        return digest.hexdigest()


def _place_groups(doc_ids: dict[str, list[str]], most: int) -> list[list[str]]:
    """Places (in order) in groups of at most ``most`` documents (a larger place is a group alone).

    >>> _place_groups({"a": ["1", "2"], "b": ["3"], "c": ["4", "5", "6"], "d": ["7"]}, 3)
    [['a', 'b'], ['c'], ['d']]
    """
    groups, size = [], 0
    for place, ids in doc_ids.items():
        if not groups or size + len(ids) > most:
            groups.append([])
            size = 0
        groups[-1].append(place)
        size += len(ids)
    return groups
