"""Similarity: symmetric and in [0, 1], Jaccard checked by sets, pairs, Hungarian matching."""
import numpy as np
import pytest

from analysis import keywords as kw
from analysis import similarity as sm
from analysis.themes import codable_items, item_term_texts


@pytest.fixture(scope="module")
def matrix(processed):
    return kw.dfm(kw.select_tokens(processed.tokens, extra_stopwords={"xx"}))


def test_similarities_are_symmetric_and_in_unit_range(matrix):
    for sim in (sm.document_similarity(matrix), sm.jaccard_similarity(kw.term_frequencies(matrix))):
        values = sim.to_numpy()
        assert np.allclose(values, values.T)
        assert ((values >= 0) & (values <= 1)).all()
        assert np.allclose(np.diag(values), 1)


def test_jaccard_of_top_term_sets_checked_by_sets(matrix):
    freq = kw.term_frequencies(matrix)
    jac = sm.jaccard_similarity(freq, top_k=20)
    top = {d: set(g.sort_values(["count", "term"], ascending=[False, True]).head(20).term) for d, g in freq.groupby("doc_id")}
    a, b = "changzhou-2020", "wujin-2018"
    assert jac.loc[a, b] == round(len(top[a] & top[b]) / len(top[a] | top[b]), 6)


def test_similarity_pairs_lists_each_pair_once_highest_first(matrix):
    sim = sm.document_similarity(matrix)
    pairs = sm.similarity_pairs({"cosine": sim, "jaccard": sm.jaccard_similarity(kw.term_frequencies(matrix))})
    n = len(sim)
    assert len(pairs) == n * (n - 1) // 2 and (pairs.doc_id_a < pairs.doc_id_b).all()
    assert pairs.cosine.is_monotonic_decreasing
    first = pairs.iloc[0]
    assert first.cosine == sim.loc[first.doc_id_a, first.doc_id_b]


def test_hungarian_matching_is_one_to_one(processed):
    terms = kw.select_tokens(processed.tokens)
    items = codable_items(processed.items)
    texts = item_term_texts(items, terms).set_axis(items.item_id)
    a = list(items[items.doc_id == "changzhou-2020"].item_id)
    b = list(items[items.doc_id == "wujin-2018"].item_id)
    matches = sm.match_items(texts, a, b, one_to_one=True)
    assert matches.item_id_a.is_unique and matches.item_id_b.is_unique and len(matches) == min(len(a), len(b))
    pairs = dict(zip(matches.item_id_a, matches.item_id_b))
    assert pairs["changzhou-2020:1.4"] == "wujin-2018:5.16"  # 坚持全面从严治党不松劲 ↔ 全面落实从严治党要求
    assert pairs["changzhou-2020:2.5"] == "wujin-2018:3.7"  # 巩固职工“双创”工会模式 ↔ 进一步完善职工双创基地建设
    assert pairs["changzhou-2020:3.11"] == "wujin-2018:3.10"  # 劳模精神 ↔ 劳模创新引领
    best_each = sm.match_items(texts, a, b)
    assert matches.similarity.sum() <= best_each.similarity.sum() + 1e-9
