"""Every table's columns in one place: the processed tables the build writes, and the tables the
library's functions return to the notebooks.

One key has one name everywhere: ``doc_id`` (a pair of documents: ``doc_id_a``,
``doc_id_b``), ``item_id``, ``quantity_id``, ``passage_id``; the log-likelihood
statistic is ``g2``; the type of a text unit is ``unit_type`` (item, paragraph,
heading, annex_row) and the unit of a quantity is ``unit`` (元, 人, %).

:data:`PROCESSED` maps each processed table (its file name and the attribute of
:class:`analysis.pipeline.ProcessedCorpus`) to its columns and dtypes;
:func:`check_table` verifies a table against it. :data:`DERIVED` gives the
columns of the tables the notebook-side functions return.
"""

from __future__ import annotations

import pandas as pd

__all__ = [
    "typed",
    "empty_table",
    "METADATA_COLUMNS",
    "DOCUMENT_COLUMNS",
    "ITEM_COLUMNS",
    "TOKEN_COLUMNS",
    "CLEANING_COLUMNS",
    "ANNEX_SCHEDULE_COLUMNS",
    "ANNEX_CELL_COLUMNS",
    "TARGET_COLUMNS",
    "ITEM_THEME_COLUMNS",
    "THEME_TAXONOMY_COLUMNS",
    "PROMISE_DELIVERY_COLUMNS",
    "PASSAGE_COLUMNS",
    "SKIPPED_COLUMNS",
    "PROCESSED",
    "TABLES",
    "CORPUS_LEVEL_TABLES",
    "DERIVED",
    "check_table",
]

#: Columns of ``metadata.csv``; only ``doc_id`` and ``file`` are required.
METADATA_COLUMNS = (
    "doc_id", "file", "title", "place", "place_en", "level", "province", "year_start", "year_end", "period",
    "doc_type", "issuing_body", "inferred", "provenance",
)
DOCUMENT_COLUMNS = METADATA_COLUMNS + (
    "encoding", "sha256", "raw_chars", "clean_chars", "cover_chars", "traditional", "structure",
    "n_sections", "n_items", "n_paragraphs", "n_annex_rows", "n_tokens",
)
ITEM_COLUMNS = (
    "doc_id", "item_id", "seq", "part", "unit_type", "section_no", "section_title", "group_no", "group_title",
    "item_no", "item_title", "text", "start", "end", "n_chars", "content_end", "responsible_units",
)
TOKEN_COLUMNS = ("doc_id", "item_id", "token_no", "token", "start", "end", "is_word", "is_stopword", "is_boilerplate")
CLEANING_COLUMNS = (
    "doc_id", "step", "description", "changes", "lines_removed", "lines_joined", "chars_removed", "chars_changed",
    "examples",
)
#: The fixed columns of annex_schedule; one column per year (``2018`` …) and any other header stand between.
ANNEX_SCHEDULE_COLUMNS = ("doc_id", "item_id", "row_no", "project", "content", "merged", "start", "end")
ANNEX_CELL_COLUMNS = ("doc_id", "item_id", "column", "start", "end")
TARGET_COLUMNS = (
    "quantity_id", "doc_id", "item_id", "part", "span", "start", "end", "number", "value", "value_max",
    "unit", "unit_category", "qualifier", "direction", "kind", "evidence", "year", "indicator", "sentence",
)
ITEM_THEME_COLUMNS = ("doc_id", "item_id", "theme", "score", "is_primary", "is_secondary", "dict_hits", "similarity")
THEME_TAXONOMY_COLUMNS = ("theme_id", "label_zh", "label_en", "seed_terms", "parts", "taxonomy")
PASSAGE_COLUMNS = ("passage_id", "text", "length", "n_plans", "doc_id", "item_id", "start", "end")
SKIPPED_COLUMNS = ("file", "reason")
PROMISE_DELIVERY_COLUMNS = (
    "place", "indicator", "label_zh", "label_en", "year",
    "target_doc_id", "target_quantity_id", "target_phrase", "target_span", "target_value", "target_value_max",
    "target_qualifier", "target_direction", "unit", "target_sentence",
    "outcome_doc_id", "outcome_quantity_id", "outcome_phrase", "outcome_span", "outcome_value", "outcome_qualifier",
    "outcome_year_evidence", "outcome_sentence", "n_outcomes", "gap", "side", "status",
)

_INT, _FLOAT, _BOOL, _STR, _NULLABLE_INT = "int64", "float64", "bool", "str", "Int64"
#: Processed tables: name → {column: dtype kind}. ``str`` accepts any string dtype.
PROCESSED: dict[str, dict[str, str]] = {
    "documents": {c: _STR for c in DOCUMENT_COLUMNS} | {
        "year_start": _NULLABLE_INT, "year_end": _NULLABLE_INT, "raw_chars": _INT, "clean_chars": _INT,
        "cover_chars": _INT, "traditional": _BOOL, "n_sections": _INT, "n_items": _INT, "n_paragraphs": _INT,
        "n_annex_rows": _INT, "n_tokens": _INT,
    },
    "items": {c: _STR for c in ITEM_COLUMNS} | {
        "seq": _INT, "section_no": _NULLABLE_INT, "group_no": _NULLABLE_INT, "item_no": _NULLABLE_INT,
        "start": _INT, "end": _INT, "n_chars": _INT, "content_end": _INT,
    },
    "tokens": {c: _STR for c in TOKEN_COLUMNS} | {
        "token_no": _INT, "start": _INT, "end": _INT, "is_word": _BOOL, "is_stopword": _BOOL, "is_boilerplate": _BOOL,
    },
    "cleaning_report": {c: _STR for c in CLEANING_COLUMNS} | {
        c: _INT for c in ("changes", "lines_removed", "lines_joined", "chars_removed", "chars_changed")
    },
    "annex_schedule": {c: _STR for c in ANNEX_SCHEDULE_COLUMNS} | {
        "row_no": _INT, "merged": _BOOL, "start": _INT, "end": _INT,
    },
    "annex_cells": {c: _STR for c in ANNEX_CELL_COLUMNS} | {"start": _INT, "end": _INT},
    "targets": {c: _STR for c in TARGET_COLUMNS} | {
        "start": _INT, "end": _INT, "value": _FLOAT, "value_max": _FLOAT,
    },
    "item_themes": {c: _STR for c in ITEM_THEME_COLUMNS} | {
        "score": _FLOAT, "is_primary": _BOOL, "is_secondary": _BOOL, "dict_hits": _INT, "similarity": _FLOAT,
    },
    "theme_taxonomy": {c: _STR for c in THEME_TAXONOMY_COLUMNS},
    "shared_passages": {c: _STR for c in PASSAGE_COLUMNS} | {
        "length": _INT, "n_plans": _INT, "start": _INT, "end": _INT,
    },
    "promise_delivery": {c: _STR for c in PROMISE_DELIVERY_COLUMNS} | {
        "target_value": _FLOAT, "target_value_max": _FLOAT, "outcome_value": _FLOAT, "n_outcomes": _INT, "gap": _FLOAT,
    },
    "skipped": {c: _STR for c in SKIPPED_COLUMNS},
}
def typed(frame, name: str):
    """``frame`` with the column types of the processed table ``name`` (:data:`PROCESSED`), whatever its
    rows: a column a batch of rows leaves empty gets the type it has in a full table, and a table read
    back from Parquet or a cache comes back as it was written.

    Columns not in the table's schema are left as they are.

    >>> import pandas as pd
    >>> typed(pd.DataFrame({"doc_id": [None], "n_plans": [2.0]}), "shared_passages").dtypes.astype(str).tolist()
    ['str', 'int64']
    """
    types = PROCESSED[name]
    wrong = {col: types[col] for col in frame.columns if col in types and str(frame[col].dtype) != types[col]}
    return frame.astype(wrong) if wrong else frame


def empty_table(name: str) -> pd.DataFrame:
    """The processed table ``name`` without rows (typed as a full one).

    >>> empty_table("shared_passages").dtypes["n_plans"]
    dtype('int64')
    """
    return typed(pd.DataFrame(columns=list(PROCESSED[name])), name)


#: The processed tables, in the order the build writes them.
TABLES = tuple(PROCESSED)
#: The tables that need every document.
CORPUS_LEVEL_TABLES = ("item_themes", "theme_taxonomy", "shared_passages", "promise_delivery")

#: Tables the library's functions compute from the processed tables: name → columns.
DERIVED: dict[str, tuple[str, ...]] = {
    "term_frequencies": ("doc_id", "term", "count", "per_10k", "doc_freq", "tfidf"),
    "keyness": ("term", "target_count", "reference_count", "g2", "p", "log_ratio"),
    "keyness_by_document": ("doc_id", "rank", "term", "target_count", "reference_count", "g2", "p", "log_ratio"),
    "collocations": ("collocation", "joined", "count", "pmi", "g2"),
    "kwic": ("doc_id", "item_id", "start", "end", "left", "match", "right"),
    "similarity_pairs": ("doc_id_a", "doc_id_b"),  # then one column per similarity measure
    "passage_links": ("doc_id_a", "doc_id_b", "passages", "chars"),
    "match_items": ("item_id_a", "item_id_b", "similarity"),
    "theme_shares": ("doc_id", "theme", "items", "chars", "share_items", "share_chars"),
    "target_density": ("doc_id", "n_targets", "n_achieved", "n_thresholds", "chars", "targets_per_1000_chars",
                       "items", "items_with_target", "share_items_with_target"),
}


def _kind(dtype) -> str:
    """The dtype kind of :data:`PROCESSED` that ``dtype`` is."""
    if pd.api.types.is_bool_dtype(dtype):
        return _BOOL
    if isinstance(dtype, pd.Int64Dtype):
        return _NULLABLE_INT
    if pd.api.types.is_integer_dtype(dtype):
        return _INT
    if pd.api.types.is_float_dtype(dtype):
        return _FLOAT
    return _STR


def check_table(name: str, table: pd.DataFrame) -> list[str]:
    """What is wrong with a processed table against :data:`PROCESSED` (an empty list when nothing).

    Empty tables are not checked for dtypes (they carry none). The
    ``annex_schedule`` table may have further columns (one per year and any
    other header). A nullable integer column may also be a plain integer one.

    Parameters
    ----------
    name : str
        The processed table's name, a key of :data:`PROCESSED`.
    table : pandas.DataFrame
        The table.

    Returns
    -------
    list of str
        One message per problem: a missing column, an unexpected column or a
        column of the wrong dtype.

    Raises
    ------
    KeyError
        When ``name`` is not a processed table.

    Examples
    --------
    >>> check_table("skipped", pd.DataFrame({"file": ["a.txt"], "reason": ["empty"]}))
    []
    >>> check_table("skipped", pd.DataFrame({"file": ["a.txt"]}))
    ["skipped: column 'reason' is missing"]
    """
    expected = PROCESSED[name]
    problems = [f"{name}: column {c!r} is missing" for c in expected if c not in table.columns]
    if name != "annex_schedule":
        problems += [f"{name}: unexpected column {c!r}" for c in table.columns if c not in expected]
    if len(table):
        for column, kind in expected.items():
            if column in table.columns and kind != _STR and _kind(table[column].dtype) != kind:
                if not (kind == _NULLABLE_INT and _kind(table[column].dtype) == _INT):
                    problems.append(f"{name}: column {column!r} is {table[column].dtype}, expected {kind}")
    return problems
