"""Keywords: counts of known terms, keyness checked by hand, KWIC against the text, properties."""
import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2

from analysis import keywords as kw
from analysis.segment import get_tokenizer, tokenize_items


@pytest.fixture(scope="module")
def matrix(processed):
    return kw.dfm(kw.select_tokens(processed.tokens, extra_stopwords={"xx"}))


@pytest.fixture(scope="module")
def freq(matrix):
    return kw.term_frequencies(matrix)


def test_count_of_a_known_term_in_a_known_plan(freq, processed):
    row = freq[(freq.doc_id == "echeng-2019") & (freq.term == "农民工")].iloc[0]
    text = processed.clean_texts["echeng-2019"]
    # 11 in the text; one stands inside the quoted slogan “法援惠民生·助力农民工”, kept as one token
    assert text.count("农民工") == 11 and "“法援惠民生·助力农民工”" in text
    assert row["count"] == 10
    assert row.doc_freq == processed.tokens[processed.tokens.token == "农民工"].doc_id.nunique() >= 5


def test_rates_tfidf_and_sorted_features(matrix, freq):
    assert list(matrix.features) == sorted(matrix.features)
    for doc, part in freq.groupby("doc_id"):
        assert part["count"].sum() == matrix.counts[matrix.docs.index(doc)].sum()
        assert abs(part.per_10k.sum() - 10_000) < 5
        assert ((part.tfidf > 0) & (part.tfidf <= 1)).all()


@pytest.mark.parametrize("seed", range(40))
def test_smooth_tfidf_is_scikit_learns_to_the_bit(seed):
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfTransformer

    rng = np.random.default_rng(seed)
    dense = rng.integers(0, 30, size=(int(rng.integers(1, 30)), int(rng.integers(1, 200))))
    dense[rng.random(dense.shape) < rng.uniform(0.3, 0.99)] = 0  # sparse rows, some empty
    dense[0] = 0 if seed % 3 == 0 else dense[0]
    counts = sparse.csr_matrix(dense)
    expected = TfidfTransformer(smooth_idf=True, norm="l2").fit_transform(counts)
    expected.sort_indices()
    got = kw.smooth_tfidf(counts)
    assert np.array_equal(got.indptr, expected.indptr) and np.array_equal(got.indices, expected.indices)
    assert np.array_equal(got.data, expected.data)  # bitwise, not approximately


def test_keyness_top_term_checked_by_hand(matrix):
    key = kw.keyness(matrix, "changzhou-2020")
    top = key.iloc[0]
    assert top.term == "常州" and (top.target_count, top.reference_count) == (17, 1)
    # G2 by hand: a=17, b=1, n1, n2 the term totals of target and reference
    n1 = matrix.subset(["changzhou-2020"]).counts.sum()
    n2 = matrix.counts.sum() - n1
    e1, e2 = n1 * 18 / (n1 + n2), n2 * 18 / (n1 + n2)
    g2 = 2 * (17 * math.log(17 / e1) + 1 * math.log(1 / e2))
    assert top.g2 == pytest.approx(g2, abs=1e-3) and top.p < 0.001
    assert top.p == pytest.approx(chi2.sf(g2, 1), rel=1e-3)  # the chi-squared tail, one degree of freedom
    assert top.log_ratio == pytest.approx(math.log2((17 / n1) / (1 / n2)), abs=1e-3)
    assert (key.g2.diff().dropna() <= 1e-9).all()  # sorted, most distinctive first


def test_keyness_of_every_plan_at_once_equals_keyness_plan_by_plan(matrix):
    every = kw.keyness_by_document(matrix, n=8)
    assert sorted(every.doc_id.unique()) == sorted(matrix.docs)
    for doc in matrix.docs:
        one = kw.keyness(matrix, doc)
        one = one[one.g2 > 0].head(8).reset_index(drop=True)
        mine = every[every.doc_id == doc]
        assert mine["rank"].tolist() == list(range(1, len(one) + 1))
        pd.testing.assert_frame_equal(mine.drop(columns=["doc_id", "rank"]).reset_index(drop=True), one)


def test_keyness_signs_under_use_and_takes_a_reference_group(matrix):
    key = kw.keyness(matrix, "echeng-2019", reference=["wujin-2018", "changzhou-2020"])
    row = key[key.term == "培训"].iloc[0]
    assert row.g2 < 0 or row.target_count / key.target_count.sum() < row.reference_count / key.reference_count.sum()
    with pytest.raises(ValueError, match="reference"):
        kw.keyness(matrix, list(matrix.docs))


def test_kwic_lines_match_the_cleaned_text(processed):
    lines = kw.kwic(processed.items, "疗休养", window=10)
    assert len(lines) == sum(t.count("疗休养") for t in processed.clean_texts.values())
    for row in lines.itertuples():
        text = processed.clean_texts[row.doc_id]
        assert text[row.start:row.end] == "疗休养"
        assert text[row.start - len(row.left):row.start].replace("\n", " ") == row.left
    wujin = lines[lines.doc_id == "wujin-2018"].iloc[0]
    assert wujin.item_id == "wujin-2018:3.10" and wujin.left.endswith("组织100名劳模进行")


def test_collocations_find_multiword_terms(processed):
    plain = get_tokenizer(user_dict=None)
    tokens = tokenize_items(processed.items, plain)
    tri = kw.collocations(tokens, size=3, min_count=3)
    assert "中国 特色 社会主义" in set(tri.collocation)
    bi = kw.collocations(tokens, size=2, min_count=3)
    assert {"劳模 创新", "创新 工作室"} <= set(bi.collocation)
    assert (bi["count"] >= 3).all()


def test_boilerplate_profile(processed):
    profile = kw.boilerplate_profile(processed.tokens).set_index("doc_id")
    tokens = processed.tokens
    wujin = tokens[(tokens.doc_id == "wujin-2018") & tokens.is_word]
    assert profile.loc["wujin-2018", "boilerplate"] == wujin.is_boilerplate.sum()
    assert "做好" in profile.loc["wujin-2018", "most_used"]


def test_switching_boilerplate_off_keeps_its_verbs(processed):
    with_bp = kw.dfm(kw.select_tokens(processed.tokens, drop_boilerplate=False))
    without = kw.dfm(kw.select_tokens(processed.tokens))
    assert "加强" in with_bp.features and "加强" not in without.features


def test_dictionary_changes_flow_through_without_code_edits(processed, tmp_path):
    custom = tmp_path / "dict.txt"
    custom.write_text("# test dictionary\n劳动者驿站 5000 n\n特色品牌 5000 n\n", encoding="utf-8")
    tokens = tokenize_items(processed.items, get_tokenizer(user_dict=custom))
    assert "特色品牌" in set(tokens.token)
    assert "特色品牌" not in set(processed.tokens.token)


def test_most_variable_terms_and_wordcloud_input(freq):
    wide = kw.most_variable_terms(freq, n=10)
    assert wide.shape == (freq.doc_id.nunique(), 10)
    spreads = wide.std(ddof=0).to_numpy()
    assert (np.diff(spreads) <= 1e-6).all()
    cloud = kw.wordcloud_frequencies(freq, "wujin-2018", n=20)
    assert len(cloud) == 20 and list(cloud.values()) == sorted(cloud.values(), reverse=True)


def test_chosen_terms_are_counted_inside_compounds_as_a_reader_counts_them(processed):
    """疫情 stands 10 times in the plans, 9 of them inside the compound token 疫情防控: a reader who searches
    the text finds 10, and so does ``match="within"``; ``match="token"`` finds the one standing alone."""
    texts = processed.clean_texts
    within = kw.term_occurrences(processed.tokens, ["疫情", "创新"])
    for term in ("疫情", "创新"):
        for doc, text in texts.items():
            found = within[(within.doc_id == doc) & (within.term == term)]
            assert len(found) == text.count(term)
            assert all(text[s:e] == term for s, e in zip(found.start, found.end))
    alone = kw.term_occurrences(processed.tokens, ["疫情"], match="token")
    assert len(alone) == 1 and sum(t.count("疫情") for t in texts.values()) == 10
    assert set(within[within.term == "疫情"].token) == {"疫情", "疫情防控"}
    with pytest.raises(ValueError, match="within"):
        kw.term_occurrences(processed.tokens, ["疫情"], match="substring")


def test_a_term_split_across_two_tokens_is_not_found_within(processed):
    """专职工作 holds the characters 职工 across two words (专职 | 工作): not an occurrence of 职工."""
    text = processed.clean_texts["xxcity-20xx"]
    at = text.index("专职工作")
    found = kw.term_occurrences(processed.tokens, ["职工"])
    assert not ((found.doc_id == "xxcity-20xx") & (found.start == at + 1)).any()


def test_term_rates_share_the_denominator_of_term_frequencies(processed, freq):
    selected = kw.select_tokens(processed.tokens, extra_stopwords={"xx"})
    rates = kw.term_rates(selected, ["疫情", "农民工"], match="token")
    merged = rates.merge(freq, on=["doc_id", "term"], suffixes=("", "_freq"))
    assert len(merged) and (merged["count"] == merged["count_freq"]).all()
    assert (merged.per_10k == merged.per_10k_freq).all()
    within = kw.term_rates(selected, ["疫情"])
    assert within["count"].sum() == 10 and (within.total == selected.groupby("doc_id").size().loc[within.doc_id].to_numpy()).all()
    assert set(within.doc_id) == set(selected.doc_id)  # every plan has its row, 0 where the term is absent
