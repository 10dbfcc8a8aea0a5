"""Text reuse: known slogans found in every plan that has them, links, generic phrases ignored."""
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import reuse, shared_windows


def test_known_slogans_are_found_in_every_plan_that_has_them(processed):
    passages = reuse.shared_passages(processed.clean_texts, processed.items)
    summary = reuse.passage_summary(passages)

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
    passages = reuse.shared_passages(processed.clean_texts, processed.items)
    links = reuse.passage_links(passages)
    n = len(processed.clean_texts)
    assert (links.doc_id_a < links.doc_id_b).all() and len(links) <= n * (n - 1) // 2
    pair = links[(links.doc_id_a == "echeng-2019") & (links.doc_id_b == "wujin-2018")].iloc[0]
    held = passages.groupby("passage_id").doc_id.agg(set)
    both = [p for p, d in held.items() if {"echeng-2019", "wujin-2018"} <= d]
    assert pair.passages == len(both)


def test_generic_phrases_every_plan_uses_are_ignored(processed):
    passages = reuse.shared_passages(processed.clean_texts, processed.items)
    assert not passages.text.str.fullmatch("习近平新时代中国特色社会主义思想").any()


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="工会职工之家强基层补短板增活力", min_size=10, max_size=40))
def test_a_passage_copied_into_another_text_is_found(passage):
    texts = {"a": "开头文字。" + passage + "。结尾", "b": "另一份计划：" + passage, "c": "无关的内容和其他文字"}
    items = pd.DataFrame({"doc_id": list(texts), "item_id": [f"{d}:1" for d in texts], "start": 0,
                          "end": [len(t) for t in texts.values()]})
    found = reuse.shared_passages(texts, items, n=8)
    assert (found.length >= len(passage)).any()


def test_windows_sorted_in_parts_by_hash_give_the_same_passages(processed, monkeypatch):
    """A corpus's windows are sorted a part at a time (bounded memory); any number of parts finds the
    same passages, since equal windows always fall in the same part."""
    whole = reuse.shared_passages(processed.clean_texts, processed.items)
    monkeypatch.setattr(shared_windows, "PARTITION_WINDOWS", 1_000)  # the seeds' windows in dozens of parts
    assert len(whole) and reuse.shared_passages(processed.clean_texts, processed.items).equals(whole)
