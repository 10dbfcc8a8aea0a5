"""The build: read a raw folder, run the pipeline with workers and a cache, replace the output folder.

This module owns what :mod:`analysis.pipeline` leaves out: worker processes,
the result cache (:mod:`analysis.cache`), the build key, and writing the tables
as one set (:mod:`analysis.outputs`). The tables are the same whatever the
number of workers and whether the cache is used.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
import pyarrow as pa

from . import cache as result_cache
from . import pipeline
from .workers import (
    TokenSink,
    corpus_stage_in_worker,
    item_themes_of_files,
    promises_of_files,
    results_in_order,
    return_freed_memory,
    write_shared_passages,
    worker_pool,
)
from .config import PROJECT_ROOT, RESOURCES_DIR
from .corpus import Corpus, Document, SkippedFile, read_corpus
from .loader import Resources, load_resources
from .outputs import (
    MANIFEST, TEXT_DIR, Manifest, OutputBusyError, OutputError, OutputFolderError, OutputSet, check_folders,
    output_error,
)
from .corpus_stages import (
    PASSAGE_ITEM_COLUMNS, THEME_ITEM_COLUMNS, code_item_themes, find_promises, find_shared_passages,
)
from .pipeline import (
    CORPUS_LEVEL_TABLES,
    TABLES,
    Assembler,
    DocumentResult,
    JoinedBatch,
    ProcessedCorpus,
    join_results,
    process_or_skip,
)
from .schema import PASSAGE_COLUMNS, typed
from .tables import read_table, table_files, write_table, write_text
from .staging import STREAMED_TABLES, StagedOutputs
from .themes import taxonomy_table

__all__ = [
    "DEFAULT_CACHE_DIR",
    "PARALLEL_MIN_DOCS",
    "OutputFolderError",
    "OutputError",
    "OutputBusyError",
    "BuildResult",
    "process",
    "build",
    "default_jobs",
    "rebuild_with_taxonomy",
]

DEFAULT_CACHE_DIR = PROJECT_ROOT / "build" / "cache"
#: Modules no stage of the build runs (charts, notebooks, reports, analyses of the written tables).
NOT_READ_BY_PIPELINE = ("plotting/*", "figures.py", "report.py", "explorer.py", "notebooks.py", "trends.py",
                        "overview.py", "evaluation.py", "__main__.py")
#: What the per-document stages do not read: the above and the corpus-level resources (taxonomies,
#: comparable indicators, chart text).
NOT_READ_BY_DOCUMENT_STAGES = NOT_READ_BY_PIPELINE + ("themes*.csv", "indicators.csv", "chart_labels.csv")
#: Below this many documents :func:`build` runs in one process (starting workers costs more).
PARALLEL_MIN_DOCS = 20
#: Documents a worker takes at a time: its results are held until the chunk is done.
MAX_CHUNK_DOCUMENTS = 16
#: Tasks given out to each worker at a time (:func:`analysis.workers.results_in_order`).
TASKS_IN_FLIGHT = 4
_KEY_FILE = ".build-key"


def _progress(iterable, total: int, desc: str):
    """``iterable`` with a progress bar on stderr when there are 50 documents or more."""
    if total < 50:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit="doc", file=sys.stderr, leave=False)


@dataclass
class _Stages:
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
                     written: Path | None = None) -> tuple[ProcessedCorpus, bool]:
        """Themes, shared passages and promises, each cached apart; with workers, themes and passages are
        found in one each while this process finds the promises.

        ``inputs`` is the :meth:`inputs_digest` of the corpus ``processed`` was made from. Each stage's key
        holds it and the fingerprint of the code and resources the stage reads: a changed seed term codes
        the items again and reuses the passages. With a ``tokens`` sink (the tokens streamed to disk) the
        terms come from it. ``written`` is a folder that holds the items, tokens and cleaned texts of
        ``processed`` already (the staging folder): a worker reads from it the columns and texts its stage
        needs, instead of being sent them, and the passages' worker writes the shared_passages table there.

        Returns the tables, and whether a worker wrote the shared_passages table into ``written`` (then the
        table returned is empty).
        """
        if tokens is None:
            tokens = TokenSink(None)
            tokens(processed.tokens)
        themes_key = self._key(self.themes_fingerprint, inputs)
        passages_key = self._key(self.document_fingerprint, inputs)
        item_themes = self._cached_table(themes_key, "item_themes")
        passages = self._cached_table(passages_key, "shared_passages")
        # Workers when both stages run (each in one, meanwhile this process writes); one stage alone runs here.
        parallel = passages is None and item_themes is None and self.jobs > 1 \
            and len(processed.documents) >= PARALLEL_MIN_DOCS
        own_pool = parallel and self.pool is None
        with (ProcessPoolExecutor(max_workers=2) if own_pool else nullcontext(self.pool if parallel else None)) as workers:
            # Each stage in a worker of its own, meanwhile this process writes the tables. A worker reads the
            # files written, or is sent only the columns its stage reads (the whole table would be pickled).
            if written is not None:  # the worker writes the passages there too, and caches them
                reuse_args = (write_shared_passages, written, sorted(processed.documents["doc_id"]),
                              self.cache.directory, passages_key)
                coding_args = (item_themes_of_files, written, self.resources.themes)
            else:
                reuse_args = (find_shared_passages, processed.clean_texts, processed.items[list(PASSAGE_ITEM_COLUMNS)])
                coding_args = (code_item_themes, processed.items[list(THEME_ITEM_COLUMNS)], tokens.terms(),
                               self.resources.themes)
            reuse = workers.submit(corpus_stage_in_worker, *reuse_args) if workers and passages is None else None
            coding = workers.submit(corpus_stage_in_worker, *coding_args) if workers and item_themes is None else None
            promises = self._promises(processed, inputs, written)  # here, meanwhile: it reads neither themes
            if item_themes is None:  # nor passages
                item_themes = coding.result() if coding else self._themes_here(processed, tokens, written)
                self.cache.put(themes_key, None, {"item_themes": pa.Table.from_pandas(item_themes, preserve_index=False)})
            passages_written = passages is None and written is not None
            if passages_written:
                if reuse:
                    reuse.result()
                else:  # one stage alone: here
                    write_shared_passages(written, sorted(processed.documents["doc_id"]), self.cache.directory,
                                          passages_key)
                passages = _no_passages()
            elif passages is None:
                passages = reuse.result() if reuse else find_shared_passages(processed.clean_texts, processed.items)
                self.cache.put(passages_key, None, {"shared_passages": pa.Table.from_pandas(passages, preserve_index=False)})
        return_freed_memory()  # what the stages' inputs and results in transit held
        return replace(processed, item_themes=item_themes, shared_passages=passages,
                       theme_taxonomy=taxonomy_table(self.resources.themes, self.resources.taxonomy_id),
                       promise_delivery=promises), passages_written

    def _themes_here(self, processed: ProcessedCorpus, tokens: TokenSink, written: Path | None) -> pd.DataFrame:
        """The item_themes table coded in this process (one stage alone), from the files ``written`` if any."""
        if written is not None:
            return item_themes_of_files(written, self.resources.themes)
        return code_item_themes(processed.items[list(THEME_ITEM_COLUMNS)], tokens.terms(), self.resources.themes)

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
        tables, todo = {}, {}
        for place, doc_ids in places:
            ids = sorted(doc_ids)
            key = self._key(self.promises_fingerprint, place.encode(),
                            *(f"{d}\0{self.document_keys[d]}".encode() for d in ids))
            tables[place] = self._cached_table(key, "promise_delivery")
            if tables[place] is None:
                todo[place] = (ids, key)
        if todo:
            computed = promises_of_files(written, documents, self.resources,
                                         doc_ids=[d for ids, _ in todo.values() for d in ids])
            for place, (ids, key) in todo.items():
                tables[place] = computed[computed["place"] == place] if len(computed) else computed
                self.cache.put(key, None, {"promise_delivery": pa.Table.from_pandas(tables[place], preserve_index=False)})
        if not tables:  # no document
            return promises_of_files(written, documents, self.resources)
        return typed(pd.concat(list(tables.values()), ignore_index=True), "promise_delivery")

    def _cached_table(self, key: str, name: str) -> pd.DataFrame | None:
        """The table ``name`` of a cache entry, or ``None`` when missing or unreadable."""
        hit = self.cache.get(key)
        try:
            return hit[1][name].to_pandas() if hit is not None else None
        except (KeyError, TypeError, pa.ArrowException):
            return None

    @staticmethod
    def _key(fingerprint: str, *parts: bytes) -> str:
        """A cache key: the stage's fingerprint and the bytes it reads."""
        digest = hashlib.sha256(fingerprint.encode())
        for part in parts:
            digest.update(len(part).to_bytes(8, "little") + part)
        return digest.hexdigest()


def _no_passages() -> pd.DataFrame:
    """The shared_passages table without rows (typed as a full one)."""
    return typed(pd.DataFrame(columns=list(PASSAGE_COLUMNS)), "shared_passages")


def process(corpus: Corpus, resources: Resources | None = None, *, jobs: int = 1,
            cache_dir: Path | str | None = None) -> ProcessedCorpus:
    """Every processed table of a read corpus, as :func:`analysis.pipeline.process_corpus` gives them.

    Nothing is written but cache entries. The tables are the same whatever
    ``jobs`` and ``cache_dir``.

    Parameters
    ----------
    corpus : Corpus
        The corpus (:func:`analysis.corpus.read_corpus`).
    resources : Resources or None, default None
        The resource files (default :func:`analysis.loader.load_resources`).
    jobs : int, default 1
        Above 1, the per-document stages run in that many processes.
    cache_dir : pathlib.Path, str or None, default None
        A result cache (:class:`analysis.cache.ResultCache`): results computed
        before from the same bytes, metadata, code, resource files and library
        versions are reused. ``None`` uses no cache.

    Returns
    -------
    ProcessedCorpus
        The processed tables, the cleaned texts and the skipped files.
    """
    resources = resources or load_resources()
    with worker_pool(jobs, resources) as pool:
        stages = _Stages(resources, jobs, result_cache.ResultCache(cache_dir), pool)
        return stages.corpus_level(stages.documents(corpus), stages.inputs_digest(corpus))[0]


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote (nothing when the outputs were up to date) and what it skipped.

    Parameters
    ----------
    processed : ProcessedCorpus
        The processed tables (their ``skipped`` table lists the files left out),
        but for those that grow with the corpus: the build streams the tokens,
        items and targets and the cleaned texts to their files as the documents
        are processed, and a worker writes the shared passages, without holding
        them (``read_table("targets", out_dir)`` reads them); here they are empty
        tables (and no texts).
    written : tuple of pathlib.Path
        The files written in the output folder; empty when up to date.
    up_to_date : bool, default False
        True when the output folder already held this build and nothing was
        written.
    """

    processed: ProcessedCorpus
    written: tuple[Path, ...]
    up_to_date: bool = False

    @property
    def ok(self) -> bool:
        """True when no file was skipped."""
        return self.processed.skipped.empty


def _build_key(corpus: Corpus, raw_dir: Path, fingerprint: str) -> str:
    """What a build's outputs depend on: the code, every document's bytes, the skipped files and the metadata."""
    parts = [fingerprint, "|".join(f"{d.doc_id}:{d.sha256}" for d in corpus.documents),
             json.dumps(sorted((s.file, s.reason) for s in corpus.skipped), ensure_ascii=False)]
    meta = raw_dir / "metadata.csv"
    if meta.is_file():
        parts.append(hashlib.sha256(meta.read_bytes()).hexdigest())
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def _is_up_to_date(out_dir: Path, key: str, doc_ids) -> bool:
    """True when ``out_dir`` holds the build of ``key`` with every table and cleaned text."""
    key_file = out_dir / _KEY_FILE
    if not key_file.is_file() or key_file.read_text(encoding="utf-8", errors="replace") != key:
        return False
    expected = [out_dir / file for name in TABLES for file in table_files(name)]
    expected += [out_dir / TEXT_DIR / f"{d}.txt" for d in doc_ids]
    return all(p.is_file() for p in expected)


def build(
    raw_dir: Path | str,
    out_dir: Path | str,
    *,
    resources: Resources | None = None,
    jobs: int = 1,
    cache_dir: Path | str | None = None,
) -> BuildResult:
    """Read ``raw_dir``, process every good document and replace ``out_dir`` with the tables.

    Writes ``documents``, ``items``, ``tokens``, ``cleaning_report``,
    ``annex_schedule``, ``annex_cells``, ``targets``, ``item_themes``, ``theme_taxonomy``,
    ``shared_passages`` and ``skipped`` (CSV + Parquet) and the cleaned texts in
    ``clean_text/<doc_id>.txt`` (the texts all offsets refer to), as one set
    (see :mod:`analysis.outputs`). With a ``cache_dir``, unchanged documents
    are not processed again, and when the outputs already hold this exact
    build (recorded in ``out_dir/.build-key``) nothing is rewritten.

    Parameters
    ----------
    raw_dir : pathlib.Path or str
        The folder of plan documents (and an optional ``metadata.csv``).
    out_dir : pathlib.Path or str
        The output folder; its contents are replaced as one set.
    resources : Resources or None, default None
        The resource files (default :func:`analysis.loader.load_resources`).
    jobs : int, default 1
        Worker processes, used when the corpus has at least
        :data:`PARALLEL_MIN_DOCS` documents (:func:`default_jobs` gives the
        machine's cores).
    cache_dir : pathlib.Path, str or None, default None
        A result cache, pruned after the build; ``None`` uses no cache.

    Returns
    -------
    BuildResult
        The processed tables, the files written and whether the outputs were
        already up to date.

    Raises
    ------
    FileNotFoundError
        When there is no raw folder.
    OutputFolderError
        When the output folder may not be replaced.
    analysis.corpus.CorpusError
        When a metadata table cannot be read.
    OutputBusyError
        When another build is writing into the output folder.
    OutputError
        When the outputs cannot be written (the old ones are kept).
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    started = time.time() - 1  # cache entries used from here on are this build's (mtime resolution: 1 s at worst)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"{raw_dir}: no such folder of plan documents")
    check_folders(raw_dir, out_dir)
    resources = resources or load_resources()
    with OutputSet(out_dir) as outputs:  # locked, writable, staging ready: checked before the work
        inferred = result_cache.InferredMetadata(result_cache.ResultCache(cache_dir), result_cache.code_fingerprint(
            resources_dir=RESOURCES_DIR, exclude=NOT_READ_BY_DOCUMENT_STAGES))  # the files read_corpus reads
        corpus = read_corpus(raw_dir, infer=inferred)
        inferred.save()
        jobs = jobs if len(corpus.documents) >= PARALLEL_MIN_DOCS else 1
        with worker_pool(jobs, resources, close_fd=outputs.lock_fd) as pool:
            stages = _Stages(resources, jobs, result_cache.ResultCache(cache_dir), pool)
            key = _build_key(corpus, raw_dir, stages.fingerprint)
            inputs = stages.inputs_digest(corpus)
            keys, manifest = stages.output_keys(corpus, inputs), Manifest(out_dir)
            # streamed to the staging folder, not held; or linked from the old set when made from the same key
            staged = StagedOutputs(outputs.path("."), keys, manifest)
            try:
                documents_only = stages.documents(corpus, staged)
                if cache_dir and _is_up_to_date(out_dir, key, documents_only.documents["doc_id"]):
                    # the corpus-level tables of this exact build are the ones in the folder: read, not recomputed
                    staged.abort()
                    written_tables = {name: read_table(name, out_dir) if name != "shared_passages" else _no_passages()
                                      for name in CORPUS_LEVEL_TABLES}
                    return BuildResult(processed=replace(documents_only, **written_tables), written=(),
                                       up_to_date=True)
                processed, written = _write_all(documents_only, stages, outputs, key, staged,
                                                inputs=inputs, keys=keys, manifest=manifest)
            except OSError as err:
                raise output_error(err, out_dir) from None
            finally:
                staged.abort()  # files left open by an error (closed ones are left as they are)
        outputs.commit()
    result_cache.prune(cache_dir, keep_since=started)
    final = tuple(out_dir / p.relative_to(outputs.staging.resolve()) for p in written)
    return BuildResult(processed=replace(processed, shared_passages=_no_passages()), written=final)


def _write_all(documents_only: ProcessedCorpus, stages: _Stages, outputs: OutputSet, key: str,
               staged: StagedOutputs, *, inputs: bytes, keys: dict[str, str],
               manifest: Manifest) -> tuple[ProcessedCorpus, list[Path]]:
    """Write every table into the staging folder; the per-document ones while the corpus level runs.

    The tokens, items, targets and cleaned texts are in the staging folder already (``staged``, streamed
    while the documents were processed, or linked): closed first, as the corpus stages read them. A file
    made from the same key as the old set's (``keys``) is linked from it, not written.
    """
    staging = outputs.path(".")

    def recorded(name: str, paths: list[Path]) -> list[Path]:
        for path in paths:
            manifest.record(path.name, keys[name], path=path)
        return paths

    def table(name: str, frame: pd.DataFrame) -> list[Path]:
        files = table_files(name)
        if all(manifest.reuse(file, keys[name], staging) for file in files):
            return [staging / file for file in files]
        return recorded(name, write_table(frame, staging, name))

    first = staged.close()
    with ThreadPoolExecutor(max_workers=max(2, stages.jobs)) as threads:  # writes wait on I/O: two at least
        early = [
            threads.submit(table, name, frame) for name, frame in documents_only.tables().items()
            if name not in CORPUS_LEVEL_TABLES + ("tokens",) + STREAMED_TABLES
        ]
        processed, passages_written = stages.corpus_level(documents_only, inputs, staged.tokens, written=staging)
        late = [threads.submit(table, name, processed.tables()[name]) for name in CORPUS_LEVEL_TABLES
                if not (name == "shared_passages" and passages_written)]
        if passages_written:  # written by the worker that found them
            first += recorded("shared_passages", [staging / "shared_passages.csv", staging / "shared_passages.parquet"])
        written = first + [path for future in early + late for path in future.result()]
    write_text(outputs.path(MANIFEST), manifest.text())
    write_text(outputs.path(_KEY_FILE), key)
    return processed, written


def default_jobs() -> int:
    """Worker processes for a build: the machine's cores.

    Returns
    -------
    int
        The number of CPU cores, at least 1.

    Examples
    --------
    >>> default_jobs() >= 1
    True
    """
    return max(1, os.cpu_count() or 1)


def rebuild_with_taxonomy(themes_file: Path | str, raw_dir: Path | str, out_dir: Path | str, *,
                          cache_dir: Path | str | None = DEFAULT_CACHE_DIR) -> bool:
    """Make sure the tables in ``out_dir`` are coded with the taxonomy ``themes_file``; rebuild if not.

    A notebook's ``THEMES`` parameter calls this, so its figures still chart what a
    build wrote (the same as ``python -m analysis build --themes FILE``). With the
    cache only the theme stage is computed again.

    Parameters
    ----------
    themes_file : pathlib.Path or str
        A taxonomy file, or the name of a shipped one (:func:`analysis.loader.find_taxonomy`).
    raw_dir, out_dir : pathlib.Path or str
        The build's folders.
    cache_dir : pathlib.Path, str or None, default ``build/cache``
        The result cache.

    Returns
    -------
    bool
        True when the tables were rebuilt, False when they were already coded with it.
    """
    from .loader import find_taxonomy
    from .tables import read_table

    resources = load_resources(themes_file=find_taxonomy(themes_file))
    try:
        recorded = set(read_table("theme_taxonomy", out_dir)["taxonomy"])
    except (FileNotFoundError, KeyError):
        recorded = set()
    if recorded == {resources.taxonomy_id}:
        return False
    build(raw_dir, out_dir, resources=resources, cache_dir=cache_dir)
    return True
