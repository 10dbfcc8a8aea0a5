"""From raw corpus to processed tables: the chain the build runs.

Per-document stages (clean, structure, segmentation, targets) run in
:func:`process_document`, in parallel processes when asked, and their results
can be cached by content; corpus-level stages (themes, shared passages) run
once over all documents. Parallel, cached and serial runs give identical
tables. :func:`process_corpus` does no file I/O beyond the optional cache;
:func:`build` adds the edges: it reads a raw folder and writes the tables.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
import time
import warnings
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from .cleaning import clean_text, han_count
from .config import PROJECT_ROOT, RESOURCES_DIR
from .corpus import METADATA_COLUMNS, Corpus, Document, SkippedFile, read_corpus
from .keywords import select_tokens
from .overlap import PASSAGE_COLUMNS, shared_passages
from .segment import TOKEN_COLUMNS, PlanTokenizer, get_tokenizer, token_columns, token_frame
from .structure import ITEM_COLUMNS, StructureWarning, parse_plan
from .tables import atomic_write_bytes, ensure_not_raw, write_table, write_text
from .targets import target_frame, target_records
from .themes import ITEM_THEME_COLUMNS, code_items

__all__ = [
    "ProcessedCorpus",
    "DocumentResult",
    "process_document",
    "process_corpus",
    "process_documents",
    "add_corpus_level",
    "worker_pool",
    "build",
    "BuildResult",
    "MIN_HAN_CHARS",
    "DEFAULT_CACHE_DIR",
    "code_fingerprint",
]

#: A document with fewer Chinese characters than this after cleaning has no plan text.
MIN_HAN_CHARS = 20
DEFAULT_CACHE_DIR = PROJECT_ROOT / "build" / "cache"
#: Below this many documents :func:`build` runs in one process (starting workers costs more).
PARALLEL_MIN_DOCS = 20

CLEANING_COLUMNS = (
    "doc_id", "step", "description", "changes", "lines_removed", "lines_joined",
    "chars_removed", "chars_changed", "examples",
)
DOCUMENT_COLUMNS = METADATA_COLUMNS + (
    "encoding", "sha256", "raw_chars", "clean_chars", "cover_chars", "traditional", "structure",
    "n_sections", "n_items", "n_paragraphs", "n_annex_rows", "n_tokens",
)
ANNEX_CELL_COLUMNS = ("doc_id", "item_id", "column", "start", "end")
TABLES = (
    "documents", "items", "tokens", "cleaning_report", "annex_schedule", "annex_cells",
    "targets", "item_themes", "shared_passages", "skipped",
)
#: The tables that need every document (see :func:`add_corpus_level`).
CORPUS_LEVEL_TABLES = ("item_themes", "shared_passages")


@dataclass(frozen=True)
class ProcessedCorpus:
    """The processed tables of a corpus plus the cleaned texts (by doc_id)."""

    documents: pd.DataFrame
    items: pd.DataFrame
    tokens: pd.DataFrame
    cleaning: pd.DataFrame
    annex: pd.DataFrame
    annex_cells: pd.DataFrame
    targets: pd.DataFrame
    item_themes: pd.DataFrame
    shared_passages: pd.DataFrame
    skipped: pd.DataFrame
    clean_texts: dict = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    #: Cache keys of the processed documents (what the corpus-level results depend on).
    document_keys: tuple[str, ...] = ()

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by the name :func:`build` writes it under."""
        return dict(zip(TABLES, (
            self.documents, self.items, self.tokens, self.cleaning, self.annex, self.annex_cells,
            self.targets, self.item_themes, self.shared_passages, self.skipped,
        )))


@dataclass(frozen=True)
class DocumentResult:
    """Everything computed from one document alone."""

    doc_row: dict
    items: list  # item rows (dicts)
    annex_rows: list
    annex_cells: list  # (doc_id, item_id, column, start, end)
    cleaning: list
    text: str
    notes: list
    tokens: dict  # columns, see analysis.segment.token_columns
    targets: list  # records, see analysis.targets.target_records
    seconds: dict


def process_document(doc: Document, tokenizer: PlanTokenizer | None = None) -> DocumentResult:
    """Clean, parse, segment and extract the targets of one document.

    Raises ``ValueError`` naming the file when no plan text is left after cleaning.
    """
    tokenizer = tokenizer or get_tokenizer()
    seconds = {}
    t0 = time.perf_counter()
    cleaned = clean_text(doc.text)
    if han_count(cleaned.text[cleaned.cover_end:]) < MIN_HAN_CHARS:
        raise ValueError(
            f"{doc.file}: no plan text left after removing web-page clutter "
            f"({han_count(doc.text)} Chinese characters before cleaning); check that the file holds the plan"
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        parsed = parse_plan(doc.doc_id, cleaned.text, cover_end=cleaned.cover_end)
    rows = parsed.items
    doc_row = dict(doc.metadata)
    doc_row.update(
        doc_id=doc.doc_id,
        file=doc.file,
        encoding=doc.encoding,
        sha256=doc.sha256,
        raw_chars=len(doc.text),
        clean_chars=len(cleaned.text),
        cover_chars=cleaned.cover_end,
        traditional=cleaned.is_traditional,
        structure=parsed.structure,
        n_sections=len({r["section_no"] for r in rows if r["section_no"] is not None and r["part"] != "annex"}),
        n_items=sum(r["unit"] == "item" for r in rows),
        n_paragraphs=sum(r["unit"] == "paragraph" for r in rows),
        n_annex_rows=sum(r["unit"] == "annex_row" for r in rows),
    )
    report = [
        {"doc_id": doc.doc_id, **{k: getattr(step, k) for k in CLEANING_COLUMNS if k != "doc_id"}}
        for step in cleaned.steps
    ]
    notes = list(parsed.warnings)
    if parsed.structure == "paragraphs":
        notes.insert(0, f"{doc.file}: no numbered sections or items found; the text was split into paragraphs")
    annex_cells = [(row["doc_id"], row["item_id"], c, s, e) for row in parsed.annex_rows for c, s, e in row["cell_spans"]]
    seconds["read_clean_structure"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    tokens = token_columns(
        ((r["doc_id"], r["item_id"], r["text"], r["start"], r["content_end"]) for r in rows), tokenizer
    )
    doc_row["n_tokens"] = int(tokens["is_word"].sum())
    seconds["segmentation"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    periods = {doc.doc_id: (doc_row.get("year_start"), doc_row.get("year_end"))}
    targets = target_records(rows, periods, [c[1:] for c in annex_cells])
    seconds["targets"] = time.perf_counter() - t0
    return DocumentResult(doc_row, rows, parsed.annex_rows, annex_cells, report, cleaned.text, notes, tokens, targets, seconds)


# --- Cache --------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the library's code and resources: any change invalidates every cached result."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(list(package.glob("*.py")) + list(RESOURCES_DIR.glob("*"))):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _document_key(doc: Document) -> str:
    meta = json.dumps(doc.metadata, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(f"{code_fingerprint()}|{doc.sha256}|{doc.doc_id}|{meta}".encode()).hexdigest()


class _Cache:
    """Pickled results under ``directory/<key[:2]>/<key>.pkl``, written whole or not at all."""

    def __init__(self, directory: Path | None):
        self.directory = Path(directory) if directory else None

    def get(self, key: str):
        if not self.directory:
            return None
        path = self.directory / key[:2] / f"{key}.pkl"
        if not path.is_file():
            return None
        try:
            return pickle.loads(path.read_bytes())
        except Exception:  # a damaged entry is recomputed
            return None

    def put(self, key: str, value) -> None:
        if self.directory:
            atomic_write_bytes(self.directory / key[:2] / f"{key}.pkl", pickle.dumps(value, protocol=5))


# --- The corpus ---------------------------------------------------------------------------------


def _process_or_skip(doc: Document):
    try:
        return process_document(doc)
    except ValueError as err:
        return SkippedFile(doc.file, str(err).split(": ", 1)[1])


def _progress(iterable, total: int, desc: str):
    if total < 50:
        return iterable
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc=desc, unit="doc", file=sys.stderr, leave=False)


def process_corpus(
    corpus: Corpus,
    tokenizer: PlanTokenizer | None = None,
    *,
    jobs: int = 1,
    cache_dir: Path | str | None = None,
    timings: dict | None = None,
) -> ProcessedCorpus:
    """Build every processed table from a read corpus.

    ``jobs`` > 1 runs the per-document stages in that many processes (only with
    the default tokenizer; a custom one runs in this process); results are the
    same as a serial run. ``cache_dir`` reuses per-document and corpus-level
    results computed before from the same bytes, metadata and code.
    ``timings``, when given, receives seconds per stage (per-document stages
    summed over documents, so in a parallel run they add up to more than the
    wall time).
    """
    with worker_pool(jobs) as pool:
        options = dict(jobs=jobs, cache_dir=cache_dir, timings=timings, pool=pool)
        documents_only = process_documents(corpus, tokenizer, **options)
        return add_corpus_level(documents_only, custom_tokenizer=tokenizer is not None, **options)


@contextmanager
def worker_pool(jobs: int):
    """Worker processes for both phases of a corpus (``None`` for one job).

    Started before the documents are processed, so the workers are forked from
    a small parent and the text-reuse worker does not carry the finished tables.
    """
    if jobs <= 1:
        yield None
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield pool


def _given_or_own(pool: ProcessPoolExecutor | None, workers: int):
    """``pool`` when one was given (left running), else a pool of ``workers`` processes for this block."""
    return nullcontext(pool) if pool is not None else ProcessPoolExecutor(max_workers=workers)


def process_documents(
    corpus: Corpus,
    tokenizer: PlanTokenizer | None = None,
    *,
    jobs: int = 1,
    cache_dir: Path | str | None = None,
    timings: dict | None = None,
    pool: ProcessPoolExecutor | None = None,
) -> ProcessedCorpus:
    """The per-document tables of a corpus; ``item_themes`` and ``shared_passages`` are left empty.

    The first half of :func:`process_corpus` (same arguments; ``pool``, from
    :func:`worker_pool`, runs the documents when ``jobs`` > 1); finish with
    :func:`add_corpus_level`.
    """
    cache = _Cache(Path(cache_dir) if cache_dir else None)
    default_tokenizer = tokenizer is None
    results: dict[str, object] = {}
    todo: list[Document] = []
    keys = {doc.doc_id: _document_key(doc) for doc in corpus.documents}
    for doc in corpus.documents:
        hit = cache.get(keys[doc.doc_id]) if default_tokenizer else None
        if hit is not None:
            results[doc.doc_id] = hit
        else:
            todo.append(doc)
    if todo:
        if jobs > 1 and default_tokenizer and len(todo) > 1:
            with _given_or_own(pool, jobs) as workers:
                chunk = max(1, len(todo) // (jobs * 8))
                computed = list(_progress(workers.map(_process_or_skip, todo, chunksize=chunk), len(todo), "documents"))
        else:
            tok = tokenizer or get_tokenizer()
            computed = [
                _process_or_skip(doc) if default_tokenizer else _skip_or(doc, tok)
                for doc in _progress(todo, len(todo), "documents")
            ]
        for doc, result in zip(todo, computed):
            results[doc.doc_id] = result
            if default_tokenizer:
                cache.put(keys[doc.doc_id], result)
        del computed

    skipped = list(corpus.skipped)
    done: list[DocumentResult] = []
    for doc in corpus.documents:
        result = results[doc.doc_id]
        if isinstance(result, SkippedFile):
            skipped.append(result)
        else:
            done.append(result)
    stage_seconds = {"read_clean_structure": 0.0, "segmentation": 0.0, "targets": 0.0}
    for result in done:
        for stage, s in result.seconds.items():
            stage_seconds[stage] += s

    items = pd.DataFrame([row for r in done for row in r.items], columns=list(ITEM_COLUMNS))
    for col in ("section_no", "group_no", "item_no"):
        items[col] = items[col].astype("Int64")
    tokens = token_frame(_concat_columns([r.tokens for r in done]))
    targets = target_frame([rec for r in done for rec in r.targets])
    annex_cells = pd.DataFrame([c for r in done for c in r.annex_cells], columns=list(ANNEX_CELL_COLUMNS))
    clean_texts = {r.doc_row["doc_id"]: r.text for r in done}
    documents = pd.DataFrame([r.doc_row for r in done]).reindex(columns=list(DOCUMENT_COLUMNS))
    for col in ("year_start", "year_end"):
        documents[col] = pd.to_numeric(documents[col], errors="coerce").astype("Int64")
    annex = _annex_table([row for r in done for row in r.annex_rows])
    cleaning_rows = [row for r in done for row in r.cleaning]
    notes = tuple(n for r in done for n in r.notes)
    del results, done, todo  # the joined tables hold it all now

    if timings is not None:
        timings.update(stage_seconds)
    skipped_df = pd.DataFrame([(s.file, s.reason) for s in sorted(skipped, key=lambda s: s.file)], columns=["file", "reason"])
    return ProcessedCorpus(
        documents=documents,
        items=items,
        tokens=tokens,
        cleaning=pd.DataFrame(cleaning_rows, columns=list(CLEANING_COLUMNS)),
        annex=annex,
        annex_cells=annex_cells,
        targets=targets,
        item_themes=pd.DataFrame(columns=list(ITEM_THEME_COLUMNS)),
        shared_passages=pd.DataFrame(columns=list(PASSAGE_COLUMNS)),
        skipped=skipped_df,
        clean_texts=clean_texts,
        notes=notes,
        document_keys=tuple(sorted(keys[d] for d in clean_texts)),
    )


def add_corpus_level(
    processed: ProcessedCorpus,
    *,
    jobs: int = 1,
    cache_dir: Path | str | None = None,
    timings: dict | None = None,
    custom_tokenizer: bool = False,
    pool: ProcessPoolExecutor | None = None,
) -> ProcessedCorpus:
    """Add the stages that need every document: ``item_themes`` and ``shared_passages``.

    With ``jobs`` > 1 the shared passages are found in a worker process (of
    ``pool`` when given) while this one codes the themes. ``cache_dir`` reuses
    the results for the same documents and code (not with a custom tokenizer).
    """
    cache = _Cache(Path(cache_dir) if cache_dir and not custom_tokenizer else None)
    corpus_key = hashlib.sha256(("|".join(processed.document_keys) + code_fingerprint()).encode()).hexdigest()
    corpus_level = cache.get("corpus-" + corpus_key)
    stage_seconds = {}
    items, clean_texts = processed.items, processed.clean_texts
    if corpus_level is None:
        parallel = jobs > 1 and len(clean_texts) >= PARALLEL_MIN_DOCS
        with _given_or_own(pool, 1) if parallel else nullcontext() as workers:
            t0 = time.perf_counter()
            spans = items[["doc_id", "item_id", "start", "end"]]
            reuse = workers.submit(_timed_passages, clean_texts, spans) if workers else None
            # Only the columns term selection and coding read (a filtered copy of the whole table is large).
            terms = select_tokens(processed.tokens[["item_id", "token", "is_word", "is_stopword", "is_boilerplate"]])
            item_themes = code_items(items, terms) if len(items) else pd.DataFrame()
            del terms
            stage_seconds["themes"] = time.perf_counter() - t0
            if reuse is not None:
                passages, stage_seconds["text_reuse"] = reuse.result()
            else:
                passages, stage_seconds["text_reuse"] = _timed_passages(clean_texts, spans)
        cache.put("corpus-" + corpus_key, (item_themes, passages))
    else:
        item_themes, passages = corpus_level
    if timings is not None:
        timings.update(stage_seconds)
    return replace(processed, item_themes=item_themes, shared_passages=passages)


def _timed_passages(clean_texts: dict, items: pd.DataFrame):
    t0 = time.perf_counter()
    passages = shared_passages(clean_texts, items)
    return passages, time.perf_counter() - t0


def _skip_or(doc: Document, tokenizer: PlanTokenizer):
    try:
        return process_document(doc, tokenizer)
    except ValueError as err:
        return SkippedFile(doc.file, str(err).split(": ", 1)[1])


def _concat_columns(parts: list[dict]) -> dict:
    """Join the token columns (arrow strings, numpy arrays) of several documents."""
    import pyarrow as pa

    out: dict = {}
    for name in TOKEN_COLUMNS:
        values = [part[name] for part in parts]
        if name in ("doc_id", "item_id", "token"):
            out[name] = pa.chunked_array(values, type=pa.large_string())
        elif values:
            out[name] = np.concatenate(values)
        else:
            out[name] = np.zeros(0, dtype=bool if name.startswith("is_") else np.int64)
    return out


def _annex_table(annex_rows: list[dict]) -> pd.DataFrame:
    annex = pd.DataFrame(annex_rows)
    if not len(annex):
        return annex
    year_cols = sorted(c for c in annex.columns if c.isdigit())
    first = ["doc_id", "item_id", "row_no", "project", "content"]
    annex = annex.drop(columns=["cell_spans"])
    rest = [c for c in annex.columns if c not in first + year_cols + ["start", "end", "merged"]]
    annex = annex[[c for c in first if c in annex.columns] + year_cols + rest + ["merged", "start", "end"]]
    annex["row_no"] = annex["row_no"].astype(int)
    return annex


# --- The build ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote (nothing when the outputs were up to date) and what it skipped."""

    processed: ProcessedCorpus
    written: tuple[Path, ...]
    up_to_date: bool = False

    @property
    def ok(self) -> bool:
        return self.processed.skipped.empty


def build(
    raw_dir: Path | str,
    out_dir: Path | str,
    *,
    tokenizer: PlanTokenizer | None = None,
    jobs: int = 1,
    cache_dir: Path | str | None = None,
    timings: dict | None = None,
) -> BuildResult:
    """Read ``raw_dir``, process every good document and write the tables into ``out_dir``.

    Writes ``documents``, ``items``, ``tokens``, ``cleaning_report``,
    ``annex_schedule``, ``annex_cells``, ``targets``, ``item_themes``,
    ``shared_passages`` and ``skipped`` (CSV + Parquet) and the cleaned texts
    in ``clean_text/<doc_id>.txt`` (the texts all offsets refer to). With a
    ``cache_dir``, unchanged documents are not processed again, and when the
    outputs already hold this exact build (same inputs and code, recorded in
    ``out_dir/.build-key``) they are not rewritten.
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    ensure_not_raw(out_dir, raw_dir)
    corpus = read_corpus(raw_dir)
    jobs = jobs if len(corpus.documents) >= PARALLEL_MIN_DOCS else 1
    with worker_pool(jobs) as pool:
        return _process_and_write(corpus, raw_dir, out_dir, tokenizer, jobs=jobs, cache_dir=cache_dir,
                                  timings=timings, pool=pool)


def _process_and_write(corpus: Corpus, raw_dir: Path, out_dir: Path, tokenizer: PlanTokenizer | None, *,
                       jobs: int, cache_dir: Path | str | None, timings: dict | None,
                       pool: ProcessPoolExecutor | None) -> BuildResult:
    """The body of :func:`build` once the corpus is read and the worker pool started."""
    options = dict(jobs=jobs, cache_dir=cache_dir, timings=timings, pool=pool)
    documents_only = process_documents(corpus, tokenizer, **options)
    build_key = hashlib.sha256(
        (code_fingerprint() + "|" + "|".join(f"{d.doc_id}:{d.sha256}" for d in corpus.documents)
         + "|" + json.dumps(sorted((s.file, s.reason) for s in corpus.skipped), ensure_ascii=False)
         + "|" + "|".join(sorted(p.name + ":" + hashlib.sha256(p.read_bytes()).hexdigest()
                                 for p in raw_dir.glob("metadata.csv")))).encode()
    ).hexdigest()
    key_file = out_dir / ".build-key"
    expected = [out_dir / f"{name}.{ext}" for name in TABLES for ext in ("csv", "parquet")]
    expected += [out_dir / "clean_text" / f"{d}.txt" for d in documents_only.clean_texts]
    if (cache_dir and tokenizer is None and key_file.is_file() and key_file.read_text() == build_key
            and all(p.is_file() for p in expected)):
        processed = add_corpus_level(documents_only, **options)
        return BuildResult(processed=processed, written=(), up_to_date=True)
    if key_file.exists():
        key_file.unlink()  # the outputs are being replaced: no longer this build's until done
    t0 = time.perf_counter()
    # The per-document tables and texts are written (pyarrow and file writes, mostly outside
    # the GIL) while the corpus-level stages run; their two tables follow.
    with ThreadPoolExecutor(max_workers=max(2, jobs)) as threads:  # writes wait on I/O: two at least
        early = [
            threads.submit(write_table, table, out_dir, name)
            for name, table in documents_only.tables().items() if name not in CORPUS_LEVEL_TABLES
        ]
        early.append(threads.submit(_write_clean_texts, documents_only.clean_texts, out_dir / "clean_text"))
        processed = add_corpus_level(documents_only, custom_tokenizer=tokenizer is not None, **options)
        late = [threads.submit(write_table, processed.tables()[name], out_dir, name) for name in CORPUS_LEVEL_TABLES]
        written = [path for future in early + late for path in future.result()]
    if tokenizer is None:
        atomic_write_bytes(key_file, build_key.encode())
    if timings is not None:
        timings["write_tables"] = time.perf_counter() - t0  # overlaps the corpus-level stages
    return BuildResult(processed=processed, written=tuple(written))


def _write_clean_texts(clean_texts: dict[str, str], text_dir: Path) -> list[Path]:
    """Write each cleaned text as ``<doc_id>.txt`` and remove texts of documents no longer there."""
    written = []
    for doc_id, text in sorted(clean_texts.items()):
        path = text_dir / f"{doc_id}.txt"
        write_text(path, text)
        written.append(path)
    if text_dir.is_dir():
        for stale in text_dir.glob("*.txt"):
            if stale.stem not in clean_texts:
                stale.unlink()
    return written


def default_jobs() -> int:
    """Worker processes for a build: the machine's cores."""
    return max(1, os.cpu_count() or 1)
