"""Corpus-level stages: each reads only the columns it names, and they fill the corpus tables."""
from dataclasses import replace

import pandas as pd
import pandas.testing as pdt

from analysis import corpus_stages as cs
from analysis.loader import load_resources
from analysis.schema import CORPUS_LEVEL_TABLES


def test_theme_terms_are_row_wise_so_batches_give_the_terms_of_the_whole(processed):
    tokens = processed.tokens
    half = len(tokens) // 2
    joined = pd.concat([cs.theme_terms(tokens.iloc[:half]), cs.theme_terms(tokens.iloc[half:])])
    pdt.assert_frame_equal(joined, cs.theme_terms(tokens))
    assert list(joined.columns) == ["item_id", "token"] and len(joined) < len(tokens)  # stopwords etc. left out


def test_theme_coding_reads_only_the_item_columns_it_names(processed):
    resources = load_resources()
    terms = cs.theme_terms(processed.tokens)
    from_columns = cs.code_item_themes(processed.items[list(cs.THEME_ITEM_COLUMNS)], terms, resources.themes)
    pdt.assert_frame_equal(from_columns, cs.code_themes(processed, resources))
    assert cs.code_item_themes(processed.items.iloc[0:0][list(cs.THEME_ITEM_COLUMNS)], terms, resources.themes).empty


def test_shared_passages_read_only_the_item_columns_they_name(processed):
    few = processed.items[list(cs.PASSAGE_ITEM_COLUMNS)]
    passages = cs.find_shared_passages(processed.clean_texts, few)
    pdt.assert_frame_equal(passages, cs.find_shared_passages(processed.clean_texts, processed.items))
    assert passages.doc_id.nunique() >= 2  # the seed plans share passages (武进区 and 常州市 at least)


def test_add_corpus_level_fills_every_corpus_table_and_nothing_else(processed):
    empty = replace(processed, **{name: processed.tables()[name].iloc[0:0] for name in CORPUS_LEVEL_TABLES})
    filled = cs.add_corpus_level(empty, load_resources())
    for name in CORPUS_LEVEL_TABLES:
        pdt.assert_frame_equal(filled.tables()[name], processed.tables()[name], obj=name)
    for name, table in processed.tables().items():
        if name not in CORPUS_LEVEL_TABLES:
            assert filled.tables()[name] is table, name
