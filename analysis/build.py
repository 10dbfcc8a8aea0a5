"""The build: read a raw folder, run the pipeline with workers and a cache, replace the output folder.

This module owns what :mod:`analysis.pipeline` leaves out: worker processes
and the result cache (the stages run with them: :mod:`analysis.stages`), the
build key, and writing the tables as one set (:mod:`analysis.outputs`). The tables are the same whatever the
number of workers and whether the cache is used.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from . import cache as result_cache
from .workers import (
    worker_pool,
)
from .config import PROJECT_ROOT, RESOURCES_DIR
from .corpus import Corpus, read_corpus
from .loader import Resources, load_resources
from .outputs import (
    MANIFEST, TEXT_DIR, Manifest, OutputBusyError, OutputError, OutputFolderError, OutputSet, check_folders,
    output_error,
)
from .pipeline import (
    CORPUS_LEVEL_TABLES,
    TABLES,
    ProcessedCorpus,
)
from .schema import empty_table
from .tables import read_table, table_files, write_table, write_text
from .staging import STREAMED_TABLES, StagedOutputs
from .stages import NOT_READ_BY_DOCUMENT_STAGES, PARALLEL_MIN_DOCS, WRITTEN_BY_STAGES, Stages

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
_KEY_FILE = ".build-key"


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
        stages = Stages(resources, jobs, result_cache.ResultCache(cache_dir), pool)
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
        are processed, and workers write the item themes and the shared
        passages, without holding them (``read_table("targets", out_dir)``
        reads them); here they are empty tables (and no texts).
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
        corpus = read_corpus(raw_dir, infer=inferred, keep_text=False)  # each text read again where processed
        inferred.save()
        jobs = jobs if len(corpus.documents) >= PARALLEL_MIN_DOCS else 1
        with worker_pool(jobs, resources, close_fd=outputs.lock_fd) as pool:
            stages = Stages(resources, jobs, result_cache.ResultCache(cache_dir), pool)
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
                    written_tables = {name: read_table(name, out_dir) if name not in WRITTEN_BY_STAGES
                                      else empty_table(name) for name in CORPUS_LEVEL_TABLES}
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
    return BuildResult(processed=processed, written=final)


def _write_all(documents_only: ProcessedCorpus, stages: Stages, outputs: OutputSet, key: str,
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

    def linked(name: str) -> bool:  # every file of the table linked from the old set
        return all(manifest.reuse(file, keys[name], staging) for file in table_files(name))

    def table(name: str, frame: pd.DataFrame) -> list[Path]:
        if linked(name):
            return [staging / file for file in table_files(name)]
        return recorded(name, write_table(frame, staging, name))

    first = staged.close()
    with ThreadPoolExecutor(max_workers=max(2, stages.jobs)) as threads:  # writes wait on I/O: two at least
        early = [
            threads.submit(table, name, frame) for name, frame in documents_only.tables().items()
            if name not in CORPUS_LEVEL_TABLES + ("tokens",) + STREAMED_TABLES
        ]
        processed, stage_tables_written = stages.corpus_level(documents_only, inputs, staged.tokens, written=staging,
                                                              link=linked)
        late = [threads.submit(table, name, processed.tables()[name]) for name in CORPUS_LEVEL_TABLES
                if not (name in WRITTEN_BY_STAGES and stage_tables_written)]
        if stage_tables_written:  # written by the workers that made them, or from the cache
            first += [path for name in WRITTEN_BY_STAGES for path in recorded(name, [staging / f for f in table_files(name)])]
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
