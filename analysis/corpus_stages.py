"""The corpus-level stages: what needs every document at once.

Theme coding (:func:`code_themes`, from the items and the terms of the tokens,
:func:`theme_terms`), verbatim passages shared between plans
(:func:`find_shared_passages`) and promises followed to their outcomes
(:func:`find_promises`); :func:`add_corpus_level` adds all of them to the
per-document tables. Pure, like :mod:`analysis.pipeline`, which runs them after
the per-document stages; the build (:mod:`analysis.build`) runs them in workers
and caches each. The ``*_COLUMNS`` constants name the columns each stage reads,
so a worker is sent or reads only those.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pandas as pd

from .delivery import promise_outcomes
from .keywords import select_tokens
from .loader import Resources
from .reuse import shared_passages
from .schema import typed
from .themes import code_items, taxonomy_table

if TYPE_CHECKING:
    from .pipeline import ProcessedCorpus

__all__ = [
    "theme_terms",
    "code_themes",
    "code_item_themes",
    "find_shared_passages",
    "find_promises",
    "find_promises_in",
    "add_corpus_level",
    "THEME_TOKEN_COLUMNS",
    "THEME_ITEM_COLUMNS",
    "PASSAGE_ITEM_COLUMNS",
    "PROMISE_KINDS",
    "PROMISE_ITEM_COLUMNS",
]


def theme_terms(tokens: pd.DataFrame) -> pd.DataFrame:
    """The tokens the theme coder reads: its terms (:func:`analysis.keywords.select_tokens`), two columns.

    Row-wise, so the terms of a table's parts joined are the terms of the table.
    """
    # Only the columns term selection and coding read (a filtered copy of the whole table is large).
    terms = select_tokens(tokens[list(THEME_TOKEN_COLUMNS)])
    return terms[["item_id", "token"]]


def code_themes(processed: ProcessedCorpus, resources: Resources, terms: pd.DataFrame | None = None) -> pd.DataFrame:
    """The item_themes table: every codable item scored on the theme taxonomy.

    ``terms`` (:func:`theme_terms`) default to those of ``processed.tokens``.
    """
    terms = theme_terms(processed.tokens) if terms is None else terms
    return code_item_themes(processed.items[list(THEME_ITEM_COLUMNS)], terms, resources.themes)


def code_item_themes(items: pd.DataFrame, terms: pd.DataFrame, themes: pd.DataFrame) -> pd.DataFrame:
    """The item_themes table from the item columns the coder reads (:data:`THEME_ITEM_COLUMNS`), the terms
    (:func:`theme_terms`) and a taxonomy: what :func:`code_themes` gives, from data a worker can take."""
    if not len(items):
        return pd.DataFrame()
    return code_items(items, terms, themes)


#: The token columns :func:`theme_terms` reads.
THEME_TOKEN_COLUMNS = ("item_id", "token", "is_word", "is_stopword", "is_boilerplate")

#: The item columns the theme coder reads (:func:`analysis.themes.code_items`).
THEME_ITEM_COLUMNS = ("doc_id", "item_id", "part", "unit_type", "n_chars", "start", "content_end", "text")

#: The item columns text reuse reads (to name the item of each occurrence).
PASSAGE_ITEM_COLUMNS = ("doc_id", "item_id", "start", "end")
#: The kinds of figure a promise is made of (a target) or kept by (an achieved figure), and the columns of
#: the items the promises read (:func:`analysis.delivery.promise_outcomes`).
PROMISE_KINDS = ("target", "achieved")
PROMISE_ITEM_COLUMNS = ("item_id", "text", "start", "section_title")


def find_shared_passages(clean_texts: dict[str, str], items: pd.DataFrame) -> pd.DataFrame:
    """The shared_passages table (see :func:`analysis.reuse.shared_passages`)."""
    return shared_passages(clean_texts, items[list(PASSAGE_ITEM_COLUMNS)])


def add_corpus_level(processed: ProcessedCorpus, resources: Resources) -> ProcessedCorpus:
    """Add the tables that need every document: ``item_themes`` (with the ``theme_taxonomy`` used) and
    ``shared_passages``."""
    return replace(
        processed,
        item_themes=code_themes(processed, resources),
        theme_taxonomy=taxonomy_table(resources.themes, resources.taxonomy_id),
        shared_passages=find_shared_passages(processed.clean_texts, processed.items),
        promise_delivery=find_promises(processed, resources),
    )


def find_promises(processed: ProcessedCorpus, resources: Resources) -> pd.DataFrame:
    """The promise_delivery table (see :func:`analysis.delivery.promise_outcomes`)."""
    return find_promises_in(processed.targets, processed.documents, processed.items, resources)


def find_promises_in(targets: pd.DataFrame, documents: pd.DataFrame, items: pd.DataFrame,
                     resources: Resources) -> pd.DataFrame:
    """The promise_delivery table of these tables: the targets (those of :data:`PROMISE_KINDS` are
    enough) and the items they are in (the columns :data:`PROMISE_ITEM_COLUMNS` are enough)."""
    return typed(promise_outcomes(targets, documents, items, resources=resources), "promise_delivery")
