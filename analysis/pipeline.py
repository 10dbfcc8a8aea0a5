"""From raw corpus to processed tables: the chain the build runs.

:func:`process_corpus` is pure (documents in, tables out);
:func:`build` adds the edges: it reads a raw folder and writes the tables.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .cleaning import clean_text, han_count
from .corpus import METADATA_COLUMNS, Corpus, Document, SkippedFile, read_corpus
from .segment import PlanTokenizer, get_tokenizer, tokenize_items
from .structure import ITEM_COLUMNS, StructureWarning, parse_plan
from .keywords import select_tokens
from .overlap import shared_passages
from .targets import extract_targets
from .themes import code_items
from .tables import ensure_not_raw, write_table, write_text

__all__ = ["ProcessedCorpus", "process_document", "process_corpus", "build", "BuildResult", "MIN_HAN_CHARS"]

#: A document with fewer Chinese characters than this after cleaning has no plan text.
MIN_HAN_CHARS = 20

CLEANING_COLUMNS = (
    "doc_id", "step", "description", "changes", "lines_removed", "lines_joined",
    "chars_removed", "chars_changed", "examples",
)
DOCUMENT_COLUMNS = METADATA_COLUMNS + (
    "encoding", "sha256", "raw_chars", "clean_chars", "cover_chars", "traditional", "structure",
    "n_sections", "n_items", "n_paragraphs", "n_annex_rows", "n_tokens",
)


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


def process_document(doc: Document) -> tuple[dict, list[dict], list[dict], list[dict], str, list[str]]:
    """Clean and parse one document.

    Returns the document row, its item rows, its annex rows, its cleaning
    report rows, the cleaned text and any notes. Raises ``ValueError`` naming
    the file when no plan text is left after cleaning.
    """
    cleaned = clean_text(doc.text)
    if han_count(cleaned.text[cleaned.cover_end:]) < MIN_HAN_CHARS:
        raise ValueError(
            f"{doc.file}: no plan text left after removing web-page clutter "
            f"({han_count(doc.text)} Chinese characters before cleaning); check that the file holds the plan"
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        parsed = parse_plan(doc.doc_id, cleaned.text, cover_end=cleaned.cover_end)
    items = parsed.items
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
        n_sections=len({r["section_no"] for r in items if r["section_no"] is not None and r["part"] != "annex"}),
        n_items=sum(r["unit"] == "item" for r in items),
        n_paragraphs=sum(r["unit"] == "paragraph" for r in items),
        n_annex_rows=sum(r["unit"] == "annex_row" for r in items),
    )
    report = [
        {"doc_id": doc.doc_id, **{k: getattr(step, k) for k in CLEANING_COLUMNS if k != "doc_id"}}
        for step in cleaned.steps
    ]
    notes = list(parsed.warnings)
    if parsed.structure == "paragraphs":
        notes.insert(0, f"{doc.file}: no numbered sections or items found; the text was split into paragraphs")
    return doc_row, items, parsed.annex_rows, report, cleaned.text, notes


def process_corpus(corpus: Corpus, tokenizer: PlanTokenizer | None = None) -> ProcessedCorpus:
    """Build every processed table from a read corpus (no file I/O)."""
    tokenizer = tokenizer or get_tokenizer()
    doc_rows, item_rows, annex_rows, report_rows, notes = [], [], [], [], []
    clean_texts = {}
    skipped = list(corpus.skipped)
    for doc in corpus.documents:
        try:
            doc_row, items, annex, report, text, doc_notes = process_document(doc)
        except ValueError as err:
            skipped.append(SkippedFile(doc.file, str(err).split(": ", 1)[1]))
            continue
        doc_rows.append(doc_row)
        item_rows.extend(items)
        annex_rows.extend(annex)
        report_rows.extend(report)
        clean_texts[doc.doc_id] = text
        notes.extend(doc_notes)

    items = pd.DataFrame(item_rows, columns=list(ITEM_COLUMNS))
    for col in ("section_no", "group_no", "item_no"):
        items[col] = items[col].astype("Int64")
    tokens = tokenize_items(items, tokenizer)
    documents = pd.DataFrame(doc_rows)
    if len(documents):
        n_tokens = tokens[tokens["is_word"]].groupby("doc_id").size()
        documents["n_tokens"] = documents["doc_id"].map(n_tokens).fillna(0).astype(int)
    documents = documents.reindex(columns=list(DOCUMENT_COLUMNS))
    for col in ("year_start", "year_end"):
        documents[col] = pd.to_numeric(documents[col], errors="coerce").astype("Int64")
    annex_cells = pd.DataFrame(
        [
            (row["doc_id"], row["item_id"], column, s, e)
            for row in annex_rows
            for column, s, e in row["cell_spans"]
        ],
        columns=["doc_id", "item_id", "column", "start", "end"],
    )
    annex = pd.DataFrame(annex_rows)
    if len(annex):
        year_cols = sorted(c for c in annex.columns if c.isdigit())
        first = ["doc_id", "item_id", "row_no", "project", "content"]
        annex = annex.drop(columns=["cell_spans"])
        rest = [c for c in annex.columns if c not in first + year_cols + ["start", "end", "merged"]]
        annex = annex[[c for c in first if c in annex.columns] + year_cols + rest + ["merged", "start", "end"]]
        annex["row_no"] = annex["row_no"].astype(int)
    skipped_df = pd.DataFrame([(s.file, s.reason) for s in sorted(skipped, key=lambda s: s.file)], columns=["file", "reason"])
    return ProcessedCorpus(
        documents=documents,
        items=items,
        tokens=tokens,
        cleaning=pd.DataFrame(report_rows, columns=list(CLEANING_COLUMNS)),
        annex=annex,
        annex_cells=annex_cells,
        targets=extract_targets(items, documents, annex_cells),
        item_themes=code_items(items, select_tokens(tokens)),
        shared_passages=shared_passages(clean_texts, items),
        skipped=skipped_df,
        clean_texts=clean_texts,
        notes=tuple(notes),
    )


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote and what it skipped."""

    processed: ProcessedCorpus
    written: tuple[Path, ...]

    @property
    def ok(self) -> bool:
        return self.processed.skipped.empty


def build(raw_dir: Path | str, out_dir: Path | str, *, tokenizer: PlanTokenizer | None = None) -> BuildResult:
    """Read ``raw_dir``, process every good document and write the tables into ``out_dir``.

    Writes ``documents``, ``items``, ``tokens``, ``cleaning_report``,
    ``annex_schedule``, ``annex_cells``, ``targets``, ``item_themes``,
    ``shared_passages`` and ``skipped`` (CSV + Parquet) and the cleaned texts
    in ``clean_text/<doc_id>.txt`` (the texts all offsets refer to).
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    ensure_not_raw(out_dir, raw_dir)
    processed = process_corpus(read_corpus(raw_dir), tokenizer)
    written: list[Path] = []
    for name, df in (
        ("documents", processed.documents),
        ("items", processed.items),
        ("tokens", processed.tokens),
        ("cleaning_report", processed.cleaning),
        ("annex_schedule", processed.annex),
        ("annex_cells", processed.annex_cells),
        ("targets", processed.targets),
        ("item_themes", processed.item_themes),
        ("shared_passages", processed.shared_passages),
        ("skipped", processed.skipped),
    ):
        written.extend(write_table(df, out_dir, name))
    text_dir = out_dir / "clean_text"
    for doc_id, text in sorted(processed.clean_texts.items()):
        path = text_dir / f"{doc_id}.txt"
        write_text(path, text)
        written.append(path)
    if text_dir.is_dir():
        for stale in text_dir.glob("*.txt"):
            if stale.stem not in processed.clean_texts:
                stale.unlink()
    return BuildResult(processed=processed, written=tuple(written))
