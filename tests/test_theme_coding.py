"""Theme coding over a corpus in parts: the table of the whole corpus in one part, to the last bit."""
import numpy as np
import pandas as pd
import pytest

from analysis import keywords as kw
from analysis.loader import load_resources, load_themes
from analysis.theme_coding import code_item_parts, code_items


def _parts(items, terms, documents_per_part):
    """(items, terms) of consecutive documents, ``documents_per_part`` a part, in reading order."""
    doc_ids = list(dict.fromkeys(items["doc_id"]))
    for k in range(0, len(doc_ids), documents_per_part):
        docs = set(doc_ids[k:k + documents_per_part])
        part = items[items["doc_id"].isin(docs)].reset_index(drop=True)
        yield part, terms[terms["item_id"].isin(set(part["item_id"]))]


@pytest.mark.parametrize("documents_per_part", [1, 2, 4])
def test_coding_in_parts_gives_the_table_of_the_whole_corpus(processed, documents_per_part):
    terms = kw.select_tokens(processed.tokens)
    whole = code_items(processed.items, terms, load_themes())
    parted = code_item_parts(_parts(processed.items, terms, documents_per_part), load_themes())
    pd.testing.assert_frame_equal(parted, whole, check_exact=True)


def test_coding_in_parts_gives_the_table_of_the_whole_corpus_for_another_genre(national):
    themes = load_themes(load_resources().path("themes_gwr.csv"))
    terms = kw.select_tokens(national.tokens)
    whole = code_items(national.items, terms, themes)
    parted = code_item_parts(_parts(national.items, terms, 5), themes)
    pd.testing.assert_frame_equal(parted, whole, check_exact=True)
    assert np.isin(whole["theme"], list(themes["theme_id"]) + ["unassigned"]).all()


def test_no_part_with_codable_items_gives_an_empty_table():
    items = pd.DataFrame({"doc_id": ["d"], "item_id": ["d:1"], "part": ["cover"], "n_chars": [40], "start": [0],
                          "content_end": [40], "text": ["各位代表" * 10]})
    terms = pd.DataFrame({"item_id": ["d:1"], "token": ["代表"]})
    assert code_item_parts([(items, terms)], load_themes()).empty
