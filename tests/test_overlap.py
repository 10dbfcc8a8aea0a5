"""Overlap: shares, similarity properties, Hungarian matching, text reuse of known slogans."""
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import keywords as kw
from analysis import overlap as ov
from analysis.themes import codable_items, item_term_texts, load_themes


@pytest.fixture(scope="module")
def matrix(processed):
    return kw.dfm(kw.select_tokens(processed.tokens, extra_stopwords={"xx"}))


def test_theme_shares_sum_to_one_per_plan(processed):
    shares = ov.theme_shares(processed.item_themes, processed.items)
    for _, part in shares.groupby("doc_id"):
        assert part.share_items.sum() == pytest.approx(1, abs=1e-3)
        assert part.share_chars.sum() == pytest.approx(1, abs=1e-3)


def test_epidemic_theme_only_in_the_2020_plans(processed):
    presence = ov.theme_presence(processed.item_themes, list(load_themes().theme_id))
    assert set(presence.index[presence["epidemic"]]) == {"changzhou-2020", "xxcity-20xx"}


def test_alignment_table_lists_items_by_theme(processed):
    themes = load_themes()
    table = ov.alignment_table(processed.item_themes, processed.items, dict(zip(themes.theme_id, themes.label_zh)))
    assert list(table.index)[0] == "思想政治引领" and table.shape == (len(themes), 5)
    assert "3.8 深度助力打赢疫情防控阻击战" in table.loc["疫情防控与复工复产", "changzhou-2020"]


def test_similarities_are_symmetric_and_in_unit_range(matrix):
    for sim in (ov.document_similarity(matrix), ov.jaccard_similarity(kw.term_frequencies(matrix))):
        values = sim.to_numpy()
        assert np.allclose(values, values.T)
        assert ((values >= 0) & (values <= 1)).all()
        assert np.allclose(np.diag(values), 1)


def test_jaccard_of_top_term_sets_checked_by_sets(matrix):
    freq = kw.term_frequencies(matrix)
    jac = ov.jaccard_similarity(freq, top_k=20)
    top = {d: set(g.sort_values(["count", "term"], ascending=[False, True]).head(20).term) for d, g in freq.groupby("doc")}
    a, b = "changzhou-2020", "wujin-2018"
    assert jac.loc[a, b] == round(len(top[a] & top[b]) / len(top[a] | top[b]), 6)


def test_similarity_pairs_lists_each_pair_once_highest_first(matrix):
    sim = ov.document_similarity(matrix)
    pairs = ov.similarity_pairs({"cosine": sim, "jaccard": ov.jaccard_similarity(kw.term_frequencies(matrix))})
    n = len(sim)
    assert len(pairs) == n * (n - 1) // 2 and (pairs.plan_a < pairs.plan_b).all()
    assert pairs.cosine.is_monotonic_decreasing
    first = pairs.iloc[0]
    assert first.cosine == sim.loc[first.plan_a, first.plan_b]


def test_hungarian_matching_is_one_to_one(processed):
    terms = kw.select_tokens(processed.tokens)
    items = codable_items(processed.items)
    texts = item_term_texts(items, terms).set_axis(items.item_id)
    a = list(items[items.doc_id == "changzhou-2020"].item_id)
    b = list(items[items.doc_id == "wujin-2018"].item_id)
    matches = ov.match_items(texts, a, b, one_to_one=True)
    assert matches.item_a.is_unique and matches.item_b.is_unique and len(matches) == min(len(a), len(b))
    pairs = dict(zip(matches.item_a, matches.item_b))
    assert pairs["changzhou-2020:1.4"] == "wujin-2018:5.16"  # 坚持全面从严治党不松劲 ↔ 全面落实从严治党要求
    assert pairs["changzhou-2020:2.5"] == "wujin-2018:3.7"  # 巩固职工“双创”工会模式 ↔ 进一步完善职工双创基地建设
    assert pairs["changzhou-2020:3.11"] == "wujin-2018:3.10"  # 劳模精神 ↔ 劳模创新引领
    best_each = ov.match_items(texts, a, b)
    assert matches.similarity.sum() <= best_each.similarity.sum() + 1e-9


def test_known_slogans_are_found_in_every_plan_that_has_them(processed):
    passages = ov.shared_passages(processed.clean_texts, processed.items)
    summary = ov.passage_summary(passages)

    def row(text):
        hits = summary[summary.text == text]
        assert len(hits) == 1, text
        return hits.iloc[0]

    slogan = row("强基层补短板增活力")
    assert slogan.plans == "echeng-2019; lianyungang-2018-2020; wujin-2018"
    assert "echeng-2019:2.4" in slogan["items"] and "wujin-2018:preamble.p7" in slogan["items"]
    ethos = row("营造劳动光荣的社会风尚和精益求精的敬业风气")
    assert ethos.n_plans == 3
    seasons = passages[passages.text.str.contains("春送岗位夏送清凉")]
    assert set(seasons.doc_id) == {"changzhou-2020", "lianyungang-2018-2020"}
    for row in seasons.itertuples():
        text = processed.clean_texts[row.doc_id][row.start:row.end]
        assert "春送岗位" in text and "夏送清凉" in text  # the verbatim span, with its punctuation
    assert set(seasons.item_id) == {"changzhou-2020:2.6", "lianyungang-2018-2020:4.5.3"}


def test_passage_links_are_symmetric_counts(processed):
    passages = ov.shared_passages(processed.clean_texts, processed.items)
    links = ov.passage_links(passages)
    assert (links.doc_a < links.doc_b).all() and len(links) <= 10
    pair = links[(links.doc_a == "echeng-2019") & (links.doc_b == "wujin-2018")].iloc[0]
    held = passages.groupby("passage_id").doc_id.agg(set)
    both = [p for p, d in held.items() if {"echeng-2019", "wujin-2018"} <= d]
    assert pair.passages == len(both)


def test_generic_phrases_every_plan_uses_are_ignored(processed):
    passages = ov.shared_passages(processed.clean_texts, processed.items)
    assert not passages.text.str.fullmatch("习近平新时代中国特色社会主义思想").any()


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="工会职工之家强基层补短板增活力", min_size=10, max_size=40))
def test_a_passage_copied_into_another_text_is_found(passage):
    texts = {"a": "开头文字。" + passage + "。结尾", "b": "另一份计划：" + passage, "c": "无关的内容和其他文字"}
    items = pd.DataFrame({"doc_id": list(texts), "item_id": [f"{d}:1" for d in texts], "start": 0,
                          "end": [len(t) for t in texts.values()]})
    found = ov.shared_passages(texts, items, n=8)
    assert (found.length >= len(passage)).any()


def test_topic_model_is_reproducible(processed):
    terms = kw.select_tokens(processed.tokens)
    items = codable_items(processed.items)
    texts = item_term_texts(items, terms).set_axis(items.item_id)
    one = ov.topic_model(texts, k=6, seed=1)
    two = ov.topic_model(texts, k=6, seed=1)
    pd.testing.assert_frame_equal(one.topics, two.topics)
    table, ami = ov.compare_topics_with_themes(one, processed.item_themes)
    assert table.to_numpy().sum() == len(items) and -1 <= ami <= 1
