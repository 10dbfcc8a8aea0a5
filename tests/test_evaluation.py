"""Accuracy: target extraction against hand-checked sentences (theme agreement: tests/test_themes.py)."""
from pathlib import Path

import pandas as pd

from analysis.evaluation import (
    evaluate_extraction, found_in_build, match_in_documents, metadata_agreement, part_agreement, precision_recall,
    read_gold,
)

GOLD = Path(__file__).parent / "data" / "targets_gold.csv"


def test_precision_and_recall_on_the_hand_checked_set():
    sentences, gold = read_gold(GOLD)
    scores = evaluate_extraction(gold, sentences).set_index("kind")
    assert scores.loc["target", "gold"] >= 50 and scores.loc["achieved", "gold"] >= 20
    for kind in ("target", "achieved"):
        assert scores.loc[kind, "precision"] >= 0.95, scores
        assert scores.loc[kind, "recall"] >= 0.95, scores


GWR_TARGETS = Path(__file__).parent / "data" / "gwr_targets_gold.csv"
GWR_PARTS = Path(__file__).parent / "data" / "gwr_parts_gold.csv"


def _scores(national, split, path=GWR_TARGETS):
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    pairs = match_in_documents(gold if split is None else gold[gold.split == split], national)
    return precision_recall(pairs).set_index("kind")


def test_national_reports_development_gold(national):
    """230 sentences of the national reports labelled blind (tests/data/README.md); 150 of them are the
    development split the rules were tuned on. The issue's floor: precision and recall of target and
    achieved at least 0.95."""
    scores = _scores(national, "dev")
    assert scores.loc["target", "gold"] >= 40 and scores.loc["achieved", "gold"] >= 70
    for kind in ("target", "achieved"):
        assert scores.loc[kind, "precision"] >= 0.95 and scores.loc[kind, "recall"] >= 0.95, scores


def test_national_reports_holdout_gold(national):
    """The 80 held-out sentences, never looked at while writing rules: a floor, not a tuning target."""
    scores = _scores(national, "holdout")
    assert scores.loc["target", "precision"] >= 0.8 and scores.loc["target", "recall"] >= 0.85, scores
    assert scores.loc["achieved", "precision"] >= 0.8 and scores.loc["achieved", "recall"] >= 0.8, scores


def test_national_reports_second_gold_set(national):
    """184 sentences drawn to hold measured amounts, labelled blind; their errors were read to find classes
    of error (a development set since). Floors just under what the build scores, so a rule that loses
    ground here fails."""
    scores = _scores(national, None, GWR_TARGETS.with_name("gwr_targets_gold2.csv"))
    assert scores.loc["target", "gold"] == 37 and scores.loc["achieved", "gold"] == 143
    assert scores.loc["target", "precision"] >= 0.75 and scores.loc["target", "recall"] >= 0.78, scores
    assert scores.loc["achieved", "precision"] >= 0.93 and scores.loc["achieved", "recall"] >= 0.93, scores


def test_national_reports_third_gold_set_held_out(national):
    """184 sentences drawn to hold plan cues (103 targets), labelled blind and only ever scored in total:
    the holdout of the national reports. A floor, not a tuning target."""
    scores = _scores(national, None, GWR_TARGETS.with_name("gwr_targets_gold3.csv"))
    assert scores.loc["target", "gold"] == 103
    assert scores.loc["target", "precision"] >= 0.93 and scores.loc["target", "recall"] >= 0.85, scores
    assert scores.loc["achieved", "precision"] >= 0.82 and scores.loc["achieved", "recall"] >= 0.70, scores


def test_national_reports_fourth_gold_set(national):
    """184 sentences, half with a review cue, labelled blind (162 achieved figures); scored once before its
    errors were read (target 0.909 / 0.833, achieved 0.943 / 0.920), a development set since. Floors just
    under what the build scores."""
    scores = _scores(national, None, GWR_TARGETS.with_name("gwr_targets_gold4.csv"))
    assert scores.loc["target", "gold"] == 49 and scores.loc["achieved", "gold"] == 162
    assert scores.loc["target", "precision"] >= 0.88 and scores.loc["target", "recall"] >= 0.82, scores
    assert scores.loc["achieved", "precision"] >= 0.92 and scores.loc["achieved", "recall"] >= 0.92, scores


def test_national_reports_review_and_plan_parts(national):
    """1,437 paragraphs of 14 reports labelled review or plan: the build's part agrees on most. A heading
    line is a unit of its own (part of the text it heads, unless its words decide)."""
    gold = pd.read_csv(GWR_PARTS, dtype=str, keep_default_na=False)
    parts = part_agreement(gold, national)
    scored = parts[parts.label.isin(["review", "plan"])]
    assert (scored.item_id != "").mean() >= 0.99  # found in the build
    assert not scored.heading.any()  # no heading line outside a unit
    headings = scored.item_id.str.endswith(".h")
    assert 40 <= headings.sum() <= 60 and scored[headings].agrees.mean() >= 0.85
    assert scored.agrees.mean() >= 0.9 and scored[~headings].agrees.mean() >= 0.9
    assert scored[scored.label == "review"].agrees.mean() >= 0.93
    assert scored[scored.label == "plan"].agrees.mean() >= 0.88


def test_a_gold_number_is_found_where_it_stands_whole_not_as_the_tail_of_a_longer_one():
    from analysis.evaluation import _match

    sentence = "赤字从一百二十七亿元降低到二十七亿元。"
    predicted = [(3, "achieved", "一百二十七亿元"), (13, "achieved", "二十七亿元")]
    rows = _match(sentence, [("二十七亿元", "achieved")], predicted)
    assert rows[0] == ("二十七亿元", "achieved", "achieved", "二十七亿元")
    assert rows[1] == ("", "", "achieved", "一百二十七亿元")


def test_a_gold_sentence_copied_with_pinyin_glosses_is_found_in_the_cleaned_text():
    from analysis.evaluation import _search_form

    cleaned, _ = _search_form("全年發展會員120人。")
    glossed, index = _search_form("全年發(fā)展會(huì)員120人。")
    assert glossed == cleaned
    assert "全年發(fā)展會(huì)員120人。"[index[glossed.index("1")]] == "1"


def test_an_excerpt_cut_inside_a_pinyin_gloss_is_found_without_it():
    from analysis.evaluation import _search_form

    assert _search_form("行政村快遞物流服務(w")[0] == _search_form("行政村快遞物流服務")[0]
    assert _search_form("方案(a)")[0] == "方案(a)"  # a letter in brackets, closed, is text


def test_a_quantity_after_a_character_nfkc_writes_as_several_is_paired_where_it_starts(tmp_path):
    """主要河流达到或好于Ⅲ类水体比例 (round 133): Ⅲ is III when searched; the build's Ⅲ类 pairs with the gold's."""
    from analysis.corpus import read_corpus
    from analysis.pipeline import process_corpus

    (tmp_path / "a.txt").write_text("某省生态环境\n主要河流达到或好于Ⅲ类水体比例97.9%。\n", encoding="utf-8")
    gold = pd.DataFrame({"sentence_id": ["s1"], "file": ["a.txt"], "text": ["主要河流达到或好于Ⅲ类水体比例97.9%。"],
                         "quantities": ["Ⅲ类=threshold|97.9%=achieved"]})
    pairs = match_in_documents(gold, process_corpus(read_corpus(tmp_path)))
    assert pairs[["quantity", "gold", "predicted"]].values.tolist()[0] == ["Ⅲ类", "threshold", "threshold"]
    assert len(pairs) == 2


def test_a_gold_sentence_with_straight_quotes_is_found_where_cleaning_made_them_curly():
    from analysis.evaluation import _search_form

    assert _search_form('我省"十二五"林业发展规划')[0] == _search_form("我省“十二五”林业发展规划")[0]


def test_a_gold_paragraph_copied_with_a_converters_mark_is_found_where_cleaning_removed_the_mark():
    from analysis.evaluation import _find_in_build, _search_form

    searchable = {"d": _search_form("一、回顾\n2019年及今年以来工作回顾\n2019年是我县攻坚克难的一年。")}
    doc_id, key, at, _ = _find_in_build("d.txt", "2019年及今年以来工作回顾hd9", {"d": "d"}, searchable)
    assert (doc_id, key, at) == ("d", "2019年及今年以来工作回顾", 4)
    assert _find_in_build("d.txt", "不在文中hd9", {"d": "d"}, searchable)[2] == -1


def test_a_table_rows_bars_are_not_searched_and_paragraphs_are_found_in_their_order():
    """Cleaning sets a progress table's cells apart with tabs: a gold row copied with its bars is found; a short
    opening (3 |) is looked for from where the paragraph before it began, not at its first place in the text."""
    from analysis.evaluation import _find_in_build, _search_form

    searchable = {"d": _search_form("2023年工作\n一、民生\t1\t新建职工之家10家。\n2\t培训职工千人。\n3\t建成驿站5个。")}
    doc_id, key, at, index = _find_in_build("d.txt", "一、民生 | 1 | 新建职工之家10家。", {"d": "d"}, searchable)
    assert at >= 0 and key == "一、民生1新建职工之家10家。"
    first = _find_in_build("d.txt", "3 |", {"d": "d"}, searchable)[2]
    assert first == 3  # 2023年: the first 3 in the text
    ordered = _find_in_build("d.txt", "3 |", {"d": "d"}, searchable, after=searchable["d"][0].find("2培训") + 1)[2]
    assert searchable["d"][0][ordered:ordered + 3] == "3建成"
    assert _find_in_build("d.txt", "2023年", {"d": "d"}, searchable, after=20)[2] == 0  # not after: from the start


def test_a_blind_rounds_sentence_is_scored_only_where_the_build_kept_it(processed):
    doc = processed.documents.iloc[0]
    kept = next(line for line in processed.clean_texts[doc["doc_id"]].split("\n") if len(line.strip()) > 10)
    gold = pd.DataFrame({"file": [doc["file"]] * 2, "text": [kept, "来源:某某网 作者:某某 2023-03-10 11:34:58"]})
    assert found_in_build(gold, processed).tolist() == [True, False]
    # a raw line whose indent was lost to ???? (cleaning removes them) is found without them
    assert found_in_build(gold.assign(text=["????" + kept, "????"]), processed).tolist() == [True, False]


def test_metadata_agrees_in_simplified_without_punctuation_and_with_a_place_that_begins_the_other():
    """(A page's pinyin glossed after a character, 工會(huì), is compared without it: cleaning removes it.)"""
    gold = pd.DataFrame({"file": ["a", "b"], "title": ["某縣總工會(huì)：2024年工作要點", "x"], "place": ["凤翔区", ""],
                         "year": ["2024", ""], "genre": ["work_points", "unknown"]})
    docs = pd.DataFrame({"file": ["a.txt", "b.txt"], "title": ["某县总工会2024年工作要点", "y"],
                         "place": ["凤翔区（宝鸡市）", "某市"], "year_start": [2024, None], "doc_type": ["work_points", "unknown"]})
    found = metadata_agreement(gold, docs)
    assert found[["title", "place", "year", "genre"]].values.tolist() == [[True, True, True, True],
                                                                           [False, False, True, True]]
    # an autonomous prefecture by its full name and by the name documents write it with (玉树州) is one place
    gold, docs = gold.assign(place=["玉树藏族自治州", ""]), docs.assign(place=["玉树州", "某市"])
    assert metadata_agreement(gold, docs)["place"].tolist() == [True, False]
    # and by its short name and 自治州 (湘西自治州, round 123)
    gold, docs = gold.assign(place=["湘西土家族苗族自治州", ""]), docs.assign(place=["湘西自治州", "某市"])
    assert metadata_agreement(gold, docs)["place"].tolist() == [True, False]
    # a county written under its city (白山市江源区) is the county the build names (round 132); another county is not
    gold, docs = gold.assign(place=["白山市江源区", "白山市江源区"]), docs.assign(place=["江源区", "浑江区"])
    assert metadata_agreement(gold, docs)["place"].tolist() == [True, False]


def test_the_shipped_blind_rounds_are_sealed_and_complete():
    """Each round's labels are the ones sealed before its first build, and name only pages of the round."""
    import hashlib

    rounds = sorted((Path(__file__).parent / "data" / "blind_rounds").glob("r*"))
    assert len(rounds) >= 6
    for round_dir in rounds:
        for line in (round_dir / "labels.sha256").read_text(encoding="utf-8").splitlines():
            digest, name = line.split()
            assert hashlib.sha256((round_dir / name).read_bytes()).hexdigest() == digest, (round_dir.name, name)
        pages = {p.name for p in (round_dir / "raw").glob("*.txt")}
        for name in ("metadata_gold.csv", "paragraphs.csv", "sentences.csv"):
            files = set(pd.read_csv(round_dir / name, dtype=str, keep_default_na=False)["file"])
            assert {f if f.endswith(".txt") else f + ".txt" for f in files} <= pages, (round_dir.name, name)


def test_a_labelled_sentence_with_a_latin_o_for_zero_is_found_where_cleaning_made_it_a_zero():
    """二O三五年 in a labeller's sentence (rounds 71, 73, 82, 89, 118) is 二〇三五年 in the cleaned text."""
    from analysis.evaluation import _search_form

    assert _search_form("第十四个五年规划和二O三五年远景目标")[0] == _search_form("第十四个五年规划和二〇三五年远景目标")[0]
    assert _search_form("2020年GDP")[0] == "2020年GDP"  # digits stay digits
