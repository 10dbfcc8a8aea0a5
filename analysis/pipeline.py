"""From a read corpus to processed tables: the chain of stages, pure and serial.

Per-document stages (:func:`process_document`) take one document and return
plain records: clean and parse (:func:`parse_document`), segment
(:func:`segment_document`), extract quantities (:func:`document_targets`).
:func:`assemble` joins the per-document results into tables; the corpus-level
stages (:mod:`analysis.corpus_stages`) need every document. :func:`process_corpus`
runs the whole chain in this process.

No function here touches the disk, a cache or a worker pool: the build
(:mod:`analysis.build`) owns those, and gives the same tables.
"""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .cleaning import CleanedText, clean_text, han_count
from .corpus import Corpus, Document, SkippedFile
from .corpus_stages import add_corpus_level
from .loader import Resources, load_resources
from .schema import (
    ANNEX_CELL_COLUMNS, CLEANING_COLUMNS, CORPUS_LEVEL_TABLES, DOCUMENT_COLUMNS, ITEM_COLUMNS, ITEM_THEME_COLUMNS,
    PASSAGE_COLUMNS, PROMISE_DELIVERY_COLUMNS, SKIPPED_COLUMNS, TABLES, THEME_TAXONOMY_COLUMNS, TOKEN_COLUMNS, typed,
)
from .segment import PlanTokenizer, token_columns, token_frame
from .structure import ParsedPlan, StructureWarning, parse_plan
from .targets import target_frame, target_records

__all__ = [
    "MIN_HAN_CHARS",
    "TABLES",
    "CORPUS_LEVEL_TABLES",
    "UnusableDocument",
    "ParsedDocument",
    "DocumentResult",
    "ProcessedCorpus",
    "parse_document",
    "segment_document",
    "document_targets",
    "process_document",
    "process_or_skip",
    "Assembler",
    "BATCH_DOCUMENTS",
    "batch_bounds",
    "plan_period",
    "JoinedBatch",
    "join_results",
    "assemble",
    "item_frame",
    "empty_tokens",
    "process_corpus",
]

#: A document with fewer Chinese characters than this after cleaning has no plan text.
MIN_HAN_CHARS = 20



class UnusableDocument(ValueError):
    """A document that holds no plan text once cleaned; ``reason`` says why, without the file name."""

    def __init__(self, file: str, reason: str):
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


@dataclass(frozen=True)
class ParsedDocument:
    """A document cleaned and parsed: its cleaned text, rows, document row and notes."""

    doc: Document
    cleaned: CleanedText
    parsed: ParsedPlan
    doc_row: dict
    notes: list

    @property
    def annex_cells(self) -> list[tuple]:
        """(doc_id, item_id, column, start, end) of every annex cell."""
        return [(r["doc_id"], r["item_id"], c, s, e) for r in self.parsed.annex_rows for c, s, e in r["cell_spans"]]


@dataclass(frozen=True)
class DocumentResult:
    """Everything computed from one document alone (plain records, ready to store)."""

    doc_row: dict
    items: list  # item rows (dicts)
    annex_rows: list
    annex_cells: list  # (doc_id, item_id, column, start, end)
    cleaning_report: list
    text: str
    notes: list
    tokens: dict  # columns, see analysis.segment.token_columns
    targets: list  # records, see analysis.targets.target_records

    _FIELDS = ("doc_row", "items", "annex_rows", "annex_cells", "cleaning_report", "text", "notes", "targets")

    def to_data(self) -> tuple[dict, dict]:
        """The result as plain data: JSON values and Arrow tables (for the cache)."""
        import pyarrow as pa

        return ({k: getattr(self, k) for k in self._FIELDS},
                {"tokens": pa.table({c: self.tokens[c] for c in TOKEN_COLUMNS})})

    @classmethod
    def from_data(cls, data: dict, tables: dict) -> "DocumentResult":
        """A result from :meth:`to_data` output, checked field by field (raises ``ValueError`` if it is not one)."""
        import pyarrow as pa

        if not isinstance(data, dict) or set(data) != set(cls._FIELDS) or not isinstance(data["text"], str):
            raise ValueError("not a document result")
        tokens = tables.get("tokens")
        if tokens is None or tokens.schema.names != list(TOKEN_COLUMNS):
            raise ValueError("unexpected token columns")
        columns = {}
        for name in TOKEN_COLUMNS:
            column = tokens.column(name)
            columns[name] = (column.cast(pa.large_string()).combine_chunks() if name in ("doc_id", "item_id", "token")
                             else column.to_numpy())
        try:
            return cls(
                doc_row=dict(data["doc_row"]),
                items=[dict(r) for r in data["items"]],
                annex_rows=[dict(r) for r in data["annex_rows"]],
                annex_cells=[tuple(c) for c in data["annex_cells"]],
                cleaning_report=[dict(r) for r in data["cleaning_report"]],
                text=data["text"],
                notes=[str(n) for n in data["notes"]],
                tokens=columns,
                targets=[dict(r) for r in data["targets"]],
            )
        except (TypeError, ValueError) as err:
            raise ValueError(f"not a document result ({err})") from None


def parse_document(doc: Document, resources: Resources) -> ParsedDocument:
    """Clean and parse one document; its document row without the token count.

    Raises :class:`UnusableDocument` when no plan text is left after cleaning. A document whose text was
    not kept is read from its file (:meth:`analysis.corpus.Document.with_text`).
    """
    doc = doc.with_text()
    cleaned = clean_text(doc.text, resources)
    if han_count(cleaned.text[cleaned.cover_end:]) < MIN_HAN_CHARS:
        raise UnusableDocument(
            doc.file,
            f"no plan text left after removing web-page clutter ({han_count(doc.text)} Chinese characters "
            "before cleaning); check that the file holds the plan",
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        period = plan_period(doc.metadata.get("year_start"), doc.metadata.get("year_end"),
                             doc.metadata.get("doc_type", ""), resources)
        parsed = parse_plan(doc.doc_id, cleaned.text, cover_end=cleaned.cover_end, resources=resources, period=period,
                            doc_type=doc.metadata.get("doc_type", ""), title=doc.metadata.get("title", ""))
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
        n_items=sum(r["unit_type"] == "item" for r in rows),
        n_paragraphs=sum(r["unit_type"] == "paragraph" for r in rows),
        n_annex_rows=sum(r["unit_type"] == "annex_row" for r in rows),
    )
    own = f"{doc.doc_id}: "
    notes = [f"{doc.file}: {n}" for n in cleaned.notes] + [
        f"{doc.file}: {w[len(own):]}" if w.startswith(own) else w for w in parsed.warnings
    ]
    return ParsedDocument(doc, cleaned, parsed, doc_row, notes)


def plan_period(year_start, year_end, doc_type: str, resources: Resources) -> tuple[int | None, int | None]:
    """The years a document plans for, as its parts and quantities are read: its own years; but a document
    of a genre that reports first (body_leans review, mixed or news: a progress report, a summary and plan, a
    news story) whose years are two in a row reviews the first and plans the second (…2024年…计划执行情况与
    2025年…计划的报告; 会议总结2023年工作，部署2024年任务): the second alone, so that the first is a past year.

    >>> from analysis.loader import load_resources
    >>> plan_period(2023, 2024, "news_report", load_resources()), plan_period(2018, 2020, "action_plan", load_resources())
    ((2024, 2024), (2018, 2020))
    """
    first, last = _year(year_start), _year(year_end)
    if first and last == first + 1 and resources.doc_type_leanings.get(doc_type) in _REPORTS_FIRST:
        return last, last
    return first, last


#: The genres' body_leans (resources/doc_types.csv) of a document that reports before it plans.
_REPORTS_FIRST = ("review", "mixed", "news")


def _year(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def segment_document(parsed: ParsedDocument, tokenizer: PlanTokenizer) -> dict:
    """The tokens of every text unit's content, as columns (see :func:`analysis.segment.token_columns`)."""
    rows = parsed.parsed.items
    return token_columns(((r["doc_id"], r["item_id"], r["text"], r["start"], r["content_end"]) for r in rows), tokenizer)


def document_targets(parsed: ParsedDocument, resources: Resources) -> list[dict]:
    """Every quantity of the document's text units (see :func:`analysis.targets.target_records`)."""
    row = parsed.doc_row
    periods = {row["doc_id"]: plan_period(row.get("year_start"), row.get("year_end"), row.get("doc_type", ""),
                                          resources)}
    first = _year(row.get("year_start"))
    # a report given at the start of its year, reviewing, then planning (body_leans mixed: a government work
    # report): its review reports on the year before (2026年政府工作报告 reviews 2025)
    reviewed = {row["doc_id"]: (first - 1, first - 1)} \
        if first and resources.doc_type_leanings.get(row.get("doc_type", "")) == "mixed" else {}
    return target_records(parsed.parsed.items, periods, [c[1:] for c in parsed.annex_cells], resources=resources,
                          reviewed=reviewed)


def _result(parsed: ParsedDocument, tokens: dict, targets: list[dict]) -> DocumentResult:
    doc_row = dict(parsed.doc_row, n_tokens=int(tokens["is_word"].sum()))
    report = [
        {"doc_id": parsed.doc.doc_id, **{k: getattr(step, k) for k in CLEANING_COLUMNS if k != "doc_id"}}
        for step in parsed.cleaned.steps
    ]
    return DocumentResult(
        doc_row, parsed.parsed.items, parsed.parsed.annex_rows, parsed.annex_cells, report, parsed.cleaned.text,
        parsed.notes, tokens, targets,
    )


def process_document(doc: Document, resources: Resources | None = None, *,
                     tokenizer: PlanTokenizer | None = None) -> DocumentResult:
    """Clean, parse, segment and extract the quantities of one document.

    ``resources`` are the resource files (:func:`analysis.loader.load_resources`);
    ``tokenizer`` replaces their tokenizer. Raises :class:`UnusableDocument`
    when no plan text is left after cleaning.
    """
    resources = resources or load_resources()
    parsed = parse_document(doc, resources)
    tokens = segment_document(parsed, tokenizer or resources.tokenizer)
    return _result(parsed, tokens, document_targets(parsed, resources))


def process_or_skip(doc: Document, resources: Resources | None = None, *,
                    tokenizer: PlanTokenizer | None = None) -> DocumentResult | SkippedFile:
    """:func:`process_document`, or the file with its reason when it holds no plan text."""
    try:
        return process_document(doc, resources, tokenizer=tokenizer)
    except UnusableDocument as err:
        return SkippedFile(err.file, err.reason)


@dataclass(frozen=True)
class ProcessedCorpus:
    """The processed tables of a corpus plus the cleaned texts (by doc_id)."""

    documents: pd.DataFrame
    items: pd.DataFrame
    tokens: pd.DataFrame
    cleaning_report: pd.DataFrame
    annex_schedule: pd.DataFrame
    annex_cells: pd.DataFrame
    targets: pd.DataFrame
    item_themes: pd.DataFrame
    theme_taxonomy: pd.DataFrame
    shared_passages: pd.DataFrame
    skipped: pd.DataFrame
    promise_delivery: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(PROMISE_DELIVERY_COLUMNS)))
    clean_texts: dict = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by its name (the attribute's name, and the file name the build writes it under)."""
        return {name: getattr(self, name) for name in TABLES}


#: Documents joined into tables at a time by :class:`Assembler`.
BATCH_DOCUMENTS = 64


def batch_bounds(doc_ids: list[str], size: int) -> list[tuple[int, int]]:
    """Where each batch of documents begins and ends (``[start, end)``, in reading order): about ``size``
    documents a batch, cut where the documents themselves say.

    A batch ends after a document whose id hashes to 0 modulo ``size``, once it holds a quarter of
    ``size`` documents, and at the latest at twice ``size``. The cuts move with the ids, not with
    the positions: a document added or removed changes the batch it falls in (and seldom the next), so
    a rebuild reads every other batch joined from the cache.

    >>> batch_bounds(["a", "b", "c"], 64)
    [(0, 3)]
    >>> sum(end - start for start, end in batch_bounds([str(i) for i in range(1000)], 64))
    1000
    """
    bounds, start = [], 0
    for i, doc_id in enumerate(doc_ids):
        run = i + 1 - start
        cut = int.from_bytes(hashlib.blake2b(doc_id.encode("utf-8"), digest_size=8).digest(), "big") % size == 0
        if (cut and run >= max(1, size // 4)) or run >= 2 * size:
            bounds.append((start, i + 1))
            start = i + 1
    if start < len(doc_ids):
        bounds.append((start, len(doc_ids)))
    return bounds


def item_frame(records: list[dict]) -> pd.DataFrame:
    """The items table of item rows: the columns of ``ITEM_COLUMNS``, typed alike for any rows."""
    return typed(pd.DataFrame(records, columns=list(ITEM_COLUMNS)), "items")


def cleaning_frame(records: list[dict]) -> pd.DataFrame:
    """The cleaning_report table of its rows, typed alike for any rows."""
    return typed(pd.DataFrame(records, columns=list(CLEANING_COLUMNS)), "cleaning_report")


@dataclass(frozen=True)
class JoinedBatch:
    """The results of a batch of documents joined: typed frames, the rows of the small tables, the texts.

    What :class:`Assembler` takes a batch at a time. The build caches a batch whole
    (:meth:`to_data`), so a rebuild reads a batch of unchanged documents as three tables
    instead of reading and joining its documents' results again.
    """

    items: pd.DataFrame
    targets: pd.DataFrame
    tokens: pd.DataFrame  # index 0 .. n-1
    records: dict  # "documents", "cleaning_report", "annex_rows", "annex_cells", "notes": lists, in order
    texts: dict  # doc_id -> cleaned text
    skipped: tuple = ()  # SkippedFile of the batch's documents without plan text

    _RECORDS = ("documents", "cleaning_report", "annex_rows", "annex_cells", "notes")
    _FRAMES = ("items", "targets", "tokens")

    def to_data(self) -> tuple[dict, dict]:
        """The batch as plain data: JSON values and Arrow tables (for the cache)."""
        import pyarrow as pa

        data = {"records": self.records, "texts": self.texts, "skipped": [[s.file, s.reason] for s in self.skipped]}
        return data, {name: pa.Table.from_pandas(getattr(self, name), preserve_index=False) for name in self._FRAMES}

    @classmethod
    def from_data(cls, data: dict, tables: dict) -> "JoinedBatch":
        """A batch from :meth:`to_data` output, checked (raises ``ValueError`` if it is not one)."""
        if not isinstance(data, dict) or set(data) != {"records", "texts", "skipped"} \
                or set(data["records"]) != set(cls._RECORDS) or set(tables) != set(cls._FRAMES):
            raise ValueError("not a joined batch")
        frames = {name: typed(tables[name].to_pandas(), name) for name in cls._FRAMES}
        if list(frames["tokens"].columns) != list(TOKEN_COLUMNS) or list(frames["items"].columns) != list(ITEM_COLUMNS):
            raise ValueError("unexpected columns in a joined batch")
        records = {name: list(data["records"][name]) for name in cls._RECORDS}
        records["annex_cells"] = [tuple(cell) for cell in records["annex_cells"]]
        try:
            return cls(**frames, records=records, texts={str(k): str(v) for k, v in data["texts"].items()},
                       skipped=tuple(SkippedFile(str(f), str(r)) for f, r in data["skipped"]))
        except (TypeError, ValueError, AttributeError) as err:
            raise ValueError(f"not a joined batch ({err})") from None


def join_results(results: list[DocumentResult], skipped: tuple = ()) -> JoinedBatch:
    """The results of a batch of documents joined into typed frames (in the order given)."""
    tokens = token_frame(_concat_columns([r.tokens for r in results]))
    records = {
        "documents": [r.doc_row for r in results],
        "cleaning_report": [row for r in results for row in r.cleaning_report],
        "annex_rows": [row for r in results for row in r.annex_rows],
        "annex_cells": [cell for r in results for cell in r.annex_cells],
        "notes": [note for r in results for note in r.notes],
    }
    return JoinedBatch(items=item_frame([row for r in results for row in r.items]),
                       targets=target_frame([rec for r in results for rec in r.targets]),
                       tokens=tokens, records=records, texts={r.doc_row["doc_id"]: r.text for r in results},
                       skipped=tuple(skipped))


class Assembler:
    """Joins per-document results, in reading order, into the tables (:func:`assemble` in one go).

    Results are turned into typed frames a batch of :data:`BATCH_DOCUMENTS` at a
    time (:func:`join_results`), so what is held is columns, not records; a batch
    joined before comes in whole (:meth:`add_batch`). With ``on_tokens`` each
    batch's tokens (index: the row numbers in the whole table) are handed to it
    and not kept: the build streams them to disk; so with ``on_rows`` the items,
    targets and cleaning report, and with ``on_texts`` the cleaned texts.

    Parameters
    ----------
    on_tokens : callable or None, default None
        Called with each batch's tokens frame; ``None`` keeps the tokens.
    on_rows : callable or None, default None
        Called with ``"items"``, ``"targets"`` or ``"cleaning_report"`` and
        that table's rows of each batch; ``None`` keeps them.
    on_texts : callable or None, default None
        Called with each batch's cleaned texts (doc_id → text); ``None`` keeps
        them.
    """

    def __init__(self, on_tokens=None, on_rows=None, on_texts=None):
        self.on_tokens, self.on_rows, self.on_texts = on_tokens, on_rows, on_texts
        self._pending: list[DocumentResult] = []
        self._frames: dict[str, list[pd.DataFrame]] = {"items": [], "targets": [], "tokens": []}
        self._records: dict[str, list] = {name: [] for name in JoinedBatch._RECORDS}
        self._texts: dict[str, str] = {}
        self._skipped: list[SkippedFile] = []
        self._token_rows = 0

    def add(self, result: DocumentResult) -> None:
        """Add the next document's result."""
        self._pending.append(result)
        if len(self._pending) >= BATCH_DOCUMENTS:
            self._flush()

    def _flush(self) -> None:
        batch, self._pending = self._pending, []
        if batch:
            self._take(join_results(batch))

    def add_batch(self, batch: JoinedBatch) -> None:
        """Add the next documents' results, joined (after any added one by one)."""
        self._flush()
        self._take(batch)

    def _take(self, batch: JoinedBatch) -> None:
        for name in ("items", "targets"):
            if self.on_rows is None:
                self._frames[name].append(getattr(batch, name))
            else:
                self.on_rows(name, getattr(batch, name))
        records = batch.records
        if self.on_rows is not None:  # the report has rows per document too: streamed with the tables
            self.on_rows("cleaning_report", cleaning_frame(records["cleaning_report"]))
            records = {name: rows for name, rows in records.items() if name != "cleaning_report"}
        tokens = batch.tokens.set_axis(pd.RangeIndex(self._token_rows, self._token_rows + len(batch.tokens)))
        self._token_rows += len(tokens)
        if self.on_tokens is None:
            self._frames["tokens"].append(tokens)
        else:
            self.on_tokens(tokens)
        for name, rows in records.items():
            self._records[name].extend(rows)
        if self.on_texts is None:
            self._texts.update(batch.texts)
        else:
            self.on_texts(batch.texts)
        self._skipped.extend(batch.skipped)

    def finish(self, skipped: list[SkippedFile]) -> ProcessedCorpus:
        """The tables of every result added (tokens, items, targets or texts empty when handed on);
        corpus-level tables left empty."""
        self._flush()
        skipped = list(skipped) + self._skipped
        documents = pd.DataFrame(self._records["documents"]).reindex(columns=list(DOCUMENT_COLUMNS))
        for col in ("year_start", "year_end"):
            documents[col] = pd.to_numeric(documents[col], errors="coerce").astype("Int64")
        skipped_df = pd.DataFrame(
            [(s.file, s.reason) for s in sorted(skipped, key=lambda s: s.file)], columns=list(SKIPPED_COLUMNS)
        )
        return ProcessedCorpus(
            documents=documents,
            items=self._joined("items", item_frame([])),
            tokens=self._joined("tokens", empty_tokens()),
            cleaning_report=cleaning_frame(self._records["cleaning_report"]),
            annex_schedule=_annex_table(self._records["annex_rows"]),
            annex_cells=pd.DataFrame(self._records["annex_cells"], columns=list(ANNEX_CELL_COLUMNS)),
            targets=self._joined("targets", target_frame([])),
            item_themes=pd.DataFrame(columns=list(ITEM_THEME_COLUMNS)),
            theme_taxonomy=pd.DataFrame(columns=list(THEME_TAXONOMY_COLUMNS)),
            shared_passages=pd.DataFrame(columns=list(PASSAGE_COLUMNS)),
            skipped=skipped_df,
            clean_texts=self._texts,
            notes=tuple(self._records["notes"]),
        )

    def _joined(self, name: str, empty: pd.DataFrame) -> pd.DataFrame:
        frames = self._frames[name]
        if not frames:
            return empty
        return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def empty_tokens() -> pd.DataFrame:
    """A tokens table without rows (typed as a full one)."""
    return token_frame(_concat_columns([]))


def assemble(results: list[DocumentResult], skipped: list[SkippedFile]) -> ProcessedCorpus:
    """Join per-document results (in doc_id order) into the tables; corpus-level tables left empty."""
    assembler = Assembler()
    for result in results:
        assembler.add(result)
    return assembler.finish(skipped)


def process_corpus(corpus: Corpus, resources: Resources | None = None, *,
                   tokenizer: PlanTokenizer | None = None) -> ProcessedCorpus:
    """Every processed table of a read corpus, computed in this process.

    ``resources`` default to :func:`analysis.loader.load_resources`; ``tokenizer`` replaces theirs.
    """
    resources = resources or load_resources()
    results, skipped = [], list(corpus.skipped)
    for doc in corpus.documents:
        result = process_or_skip(doc, resources, tokenizer=tokenizer)
        (skipped if isinstance(result, SkippedFile) else results).append(result)
    return add_corpus_level(assemble(results, skipped), resources)


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
