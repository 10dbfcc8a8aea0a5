"""Promise and delivery: real pairs from the national reports, outcome years, met/missed by direction."""
import re

import numpy as np
import pandas as pd
import pytest

from analysis import delivery as dv
from analysis.loader import load_resources
from analysis.target_summaries import match_indicators


@pytest.fixture(scope="module")
def pairs(national):
    return dv.promise_outcomes(national.targets, national.documents, national.items)


def _pair(pairs, indicator, year):
    rows = pairs[(pairs.indicator == indicator) & (pairs.year == year)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def test_gdp_growth_target_of_2009_met_by_the_2010_reports_figure(pairs):
    row = _pair(pairs, "gdp_growth", "2009")
    assert (row.target_doc_id, row.target_quantity_id) == ("gwr-2009", "gwr-2009:2.p6#q1")
    assert "国内生产总值增长8%左右" in row.target_sentence
    assert (row.target_value, row.target_direction, row.unit) == (8.0, "about", "%")
    assert (row.outcome_doc_id, row.outcome_quantity_id) == ("gwr-2010", "gwr-2010:1.p3#q2")
    assert row.outcome_sentence == "国内生产总值达到33.5万亿元，比上年增长8.7%；"
    assert row.outcome_value == 8.7 and row.outcome_phrase == "国内生产总值比上年"
    assert row.outcome_year_evidence == "section_title"  # 2009年工作回顾
    assert row.status == "met" and row.side == "above"


def test_gdp_growth_target_of_2010_missed_by_the_2011_reports_figure(pairs):
    """8%左右 is 7.2%–8.8% with the default tolerance; 2010 grew 10.3% (过去一年 frames the sentence)."""
    row = _pair(pairs, "gdp_growth", "2010")
    assert row.target_quantity_id == "gwr-2010:2.p10#q1" and row.outcome_quantity_id == "gwr-2011:3.p1#q5"
    assert "国内生产总值增长10.3%" in row.outcome_sentence and row.outcome_year_evidence == "last_year"
    assert (row.outcome_value, row.gap, row.side, row.status) == (10.3, 2.3, "above", "missed")


def test_a_restated_target_is_one_promise(pairs, national):
    """The 2010 report states 国内生产总值增长8%左右 twice (提出国内生产总值增长8%左右 explains it)."""
    t = national.targets
    assert len(t[(t.doc_id == "gwr-2010") & (t.kind == "target") & (t.span == "增长8%左右")]) == 2
    assert len(pairs[(pairs.indicator == "gdp_growth") & (pairs.target_doc_id == "gwr-2010")]) == 1


def test_the_last_reports_targets_have_no_outcome(pairs):
    last = pairs[pairs.target_doc_id == "gwr-2018"]
    assert {"gdp_growth", "urban_jobs", "cpi", "energy_intensity"} <= set(last.indicator)
    assert (last.status == "no outcome").all() and (last.year == "2018").all()
    assert last.outcome_value.isna().all() and last.outcome_doc_id.isna().all() and last.side.isna().all()
    assert (last.n_outcomes == 0).all()


def test_other_real_pairs_follow_their_direction(pairs):
    jobs = _pair(pairs, "urban_jobs", "2017")  # 1100万人以上, 1351万人 in 刚刚过去的2017年
    assert (jobs.target_direction, jobs.outcome_value, jobs.outcome_year_evidence, jobs.status) == (
        "at_least", 13_510_000, "named_year", "met")
    cpi = _pair(pairs, "cpi", "2007")  # 3%以内, 4.8% (去年居民消费价格总水平比上年上涨4.8%)
    assert (cpi.target_direction, cpi.outcome_value, cpi.status) == ("at_most", 4.8, "missed")
    unemployment = _pair(pairs, "registered_unemployment", "2013")  # 城镇登记失业率低于4.6%: a cap word
    assert (unemployment.target_direction, unemployment.outcome_value, unemployment.status) == ("at_most", 4.1, "met")
    energy = _pair(pairs, "energy_intensity", "2015")  # 下降3.1%以上, 下降5.6%: both falls
    assert (energy.target_value, energy.outcome_value, energy.status) == (3.1, 5.6, "met")
    assert set(pairs.status) <= set(dv.STATUSES)
    judged = pairs[pairs.status != "no outcome"]
    assert (judged.outcome_doc_id > judged.target_doc_id).all()  # always a later report


def test_outcome_years_are_read_again_for_review_parts(national):
    t = national.targets.set_index("quantity_id", drop=False)
    ids = ["gwr-2010:1.p3#q2", "gwr-2011:1.3#q17", "gwr-2018:1.p8#q2", "gwr-2010:2.p10#q1"]
    years = dv.figure_years(t.loc[ids], national.documents, national.items).set_index("quantity_id")
    # the targets table dates the review figure the year before the report (a report given early in 2010);
    # the delivery reading says why: the section title names 2009
    assert t.loc["gwr-2010:1.p3#q2", "year"] == "2009"
    assert years.loc["gwr-2010:1.p3#q2"].tolist() == ["achieved", "2009", "section_title"]
    assert years.loc["gwr-2011:1.3#q17"].tolist() == ["achieved", "", "several_years"]  # 五年累计
    assert years.loc["gwr-2018:1.p8#q2"].tolist() == ["achieved", "2017", "named_year"]  # 刚刚过去的2017年
    assert years.loc["gwr-2010:2.p10#q1"].tolist() == ["target", "2010", "table_year"]


def test_time_words_decide_the_year_of_a_review_figure():
    docs = pd.DataFrame({"doc_id": ["r", "s"], "year_start": [2013, 2019],
                         "doc_type": ["government_work_report", "summary_and_plan"]})
    texts = ["2012年，国内生产总值增长7.8%。", "去年居民消费价格涨幅回落到2.6%。", "五年来，城镇新增就业5870万人。",
             "国内生产总值达到24.66万亿元，比2002年增长65.5%。", "粮食产量5.31亿吨，实现连续6年增产；城镇新增就业1102万人。",
             "按2010年价格计算，粮食产量增长2%。", "今年上半年，新建职工之家12家。"]
    items = pd.DataFrame({"item_id": [f"i{k}" for k in range(len(texts))], "text": texts, "start": 0,
                          "section_title": ["过去五年工作回顾"] * 4 + ["2012年工作回顾"] * 2 + [""]})
    numbers = ["7.8%", "2.6%", "5870万人", "65.5%", "1102万人", "2%", "12家"]
    t = pd.DataFrame({"quantity_id": [f"q{k}" for k in range(len(texts))], "doc_id": ["r"] * 6 + ["s"],
                      "item_id": items.item_id, "part": "summary", "kind": "achieved", "year": "",
                      "start": [text.index(n) for text, n in zip(texts, numbers)]})
    years = dv.figure_years(t, docs, items)
    assert years.year.tolist() == ["2012", "2012", "", "", "2012", "2012", "2019"]
    assert years.year_evidence.tolist() == ["named_year", "last_year", "several_years", "several_years",
                                            "section_title", "section_title", "this_year"]


def test_the_subject_of_a_bare_comparison_comes_from_the_quantity_before(national):
    t = national.targets[national.targets.item_id == "gwr-2010:1.p3"]
    subjects = dv.indicator_subjects(t)
    assert subjects[t.quantity_id == "gwr-2010:1.p3#q2"].item() == "国内生产总值比上年"
    assert t[t.quantity_id == "gwr-2010:1.p3#q2"].indicator.item() == "比上年"


@pytest.mark.parametrize("direction, value, upper, outcome, status", [
    ("at_least", 900, None, 900, "met"), ("at_least", 900, None, 899.9, "missed"),
    ("at_most", 4.6, None, 4.6, "met"), ("at_most", 4.6, None, 4.7, "missed"),
    ("about", 8.0, None, 8.8, "met"), ("about", 8.0, None, 7.2, "met"), ("about", 8.0, None, 8.81, "missed"),
    ("about", 3.0, None, 3.3, "met"),  # 3.3 - 3.0 is not exactly 0.3 in floating point
    ("range", 6.5, 7.0, 6.5, "met"), ("range", 6.5, 7.0, 7.0, "met"), ("range", 6.5, 7.0, 7.1, "missed"),
    ("exact", 7.5, None, 7.5, "met"), ("exact", 900, None, 980, "missed"), ("exact", 7.5, None, None, "no outcome"),
])
def test_met_or_missed_follows_the_direction(direction, value, upper, outcome, status):
    pairs = pd.DataFrame({"target_value": [value], "target_value_max": [upper], "target_direction": [direction],
                          "outcome_value": [outcome]})
    assert dv.delivery_status(pairs).item() == status


def test_tolerances_and_bad_directions():
    pairs = pd.DataFrame({"target_value": [8.0, 900.0], "target_value_max": [np.nan, np.nan],
                          "target_direction": ["about", "exact"], "outcome_value": [8.5, 980.0]})
    assert dv.delivery_status(pairs, about_tolerance=0.05).tolist() == ["missed", "missed"]
    assert dv.delivery_status(pairs, exact_tolerance=0.1).tolist() == ["met", "met"]
    with pytest.raises(ValueError, match="unknown direction 'roughly'"):
        dv.delivery_status(pairs.assign(target_direction="roughly"))


def _frames(rows, documents):
    """A targets table, documents and items built from (doc_id, kind, text, number) rows."""
    t, items = [], []
    for k, (doc_id, kind, part, text, number) in enumerate(rows):
        item_id = f"{doc_id}:p{k}"
        items.append({"item_id": item_id, "text": text, "start": 0, "section_title": ""})
        t.append({"quantity_id": f"{item_id}#q1", "doc_id": doc_id, "item_id": item_id, "part": part,
                  "span": number, "start": text.index(number), "kind": kind, "year": "", "sentence": text,
                  "indicator": text[: text.index(number)].rstrip("达到增长"), "qualifier": "", "direction": "exact",
                  "value": None, "value_max": np.nan, "unit": ""})
    return pd.DataFrame(t), pd.DataFrame(documents), pd.DataFrame(items)


def test_an_outcome_comes_from_a_later_document_of_the_same_place():
    indicators = pd.DataFrame({"indicator_id": ["homes"], "label_zh": ["职工之家"], "label_en": ["homes"],
                               "pattern": ["职工之家"], "units": ["家"]})
    documents = [
        {"doc_id": "a-2019", "place": "甲市", "year_start": 2019, "doc_type": "work_points"},
        {"doc_id": "a-2019h", "place": "甲市", "year_start": 2019, "doc_type": "summary_and_plan"},
        {"doc_id": "a-2020", "place": "甲市", "year_start": 2020, "doc_type": "government_work_report"},
        {"doc_id": "b-2019h", "place": "乙市", "year_start": 2019, "doc_type": "summary_and_plan"},
    ]
    rows = [("a-2019", "target", "plan", "新建职工之家20家。", "20家"),
            ("a-2019h", "achieved", "summary", "上半年新建职工之家12家。", "12家"),
            ("a-2020", "achieved", "summary", "去年新建职工之家25家。", "25家"),
            ("b-2019h", "achieved", "summary", "新建职工之家30家。", "30家"),
            ("a-2019h", "target", "plan", "下半年新建职工之家10家。", "10家")]
    t, docs, items = _frames(rows, documents)
    t["value"] = [20.0, 12.0, 25.0, 30.0, 10.0]
    t["unit"] = "家"
    t["year"] = "2019"
    out = dv.promise_outcomes(t, docs, items, indicators=indicators).set_index("target_doc_id")
    # the half-year summary of the same year is later than the work points; the other city's is not theirs
    first = out.loc["a-2019"]
    assert (first.outcome_doc_id, first.outcome_value, first.n_outcomes, first.status) == ("a-2019h", 12.0, 2, "missed")
    # the summary's own plan is paired with the next year's report (去年 → 2019), never with itself
    second = out.loc["a-2019h"]
    assert (second.outcome_doc_id, second.outcome_value, second.status) == ("a-2020", 25.0, "missed")


def test_a_ratio_has_no_value_to_compare_and_makes_no_promise():
    indicators = pd.DataFrame({"indicator_id": ["structure"], "label_zh": ["产业结构"], "label_en": ["structure"],
                               "pattern": ["产业结构"], "units": [""]})
    documents = [{"doc_id": "a-2020", "place": "甲市", "year_start": 2020, "doc_type": "government_work_report"},
                 {"doc_id": "a-2021", "place": "甲市", "year_start": 2021, "doc_type": "government_work_report"}]
    rows = [("a-2020", "target", "plan", "三次产业结构调整为5：40：55。", "5：40：55"),
            ("a-2021", "achieved", "summary", "三次产业结构调整为5.2：39.8：55。", "5.2：39.8：55")]
    t, docs, items = _frames(rows, documents)
    t["year"] = "2020"
    assert t["value"].isna().all()
    assert dv.promise_outcomes(t, docs, items, indicators=indicators).empty


def test_units_are_converted_and_falls_are_signed():
    indicators = load_resources().indicators
    documents = [{"doc_id": "r-2015", "place": "全国", "year_start": 2015, "doc_type": "government_work_report"},
                 {"doc_id": "r-2016", "place": "全国", "year_start": 2016, "doc_type": "government_work_report"}]
    rows = [("r-2015", "target", "plan", "粮食产量稳定在5.5亿吨以上。", "5.5亿吨"),
            ("r-2015", "target", "plan", "居民消费价格涨幅3%左右。", "3%"),
            ("r-2016", "achieved", "summary", "粮食产量12000亿斤。", "12000亿斤"),
            ("r-2016", "achieved", "summary", "居民消费价格下降0.5%。", "0.5%")]
    t, docs, items = _frames(rows, documents)
    t["indicator"] = ["粮食产量", "居民消费价格涨幅", "粮食产量", "居民消费价格"]
    t["value"] = [5.5e8, 3.0, 1.2e12, 0.5]
    t["unit"] = ["吨", "%", "斤", "%"]
    t["qualifier"] = ["稳定在；以上", "左右", "", "下降"]
    t["direction"] = ["at_least", "about", "exact", "exact"]
    t["year"] = "2015"
    out = dv.promise_outcomes(t, docs, items, indicators=indicators).set_index("indicator")
    assert out.loc["grain_output", "outcome_value"] == pytest.approx(6.0e8)  # 1.2万亿斤 = 6亿吨
    assert out.loc["grain_output", "status"] == "met"
    assert out.loc["cpi", "outcome_value"] == -0.5 and out.loc["cpi", "status"] == "missed"


def test_national_indicators_match_the_class_of_phrasing():
    indicators = load_resources().indicators.set_index("indicator_id")
    cases = {
        "gdp_growth": (["国内生产总值", "国内生产总值比上年", "提出国内生产总值", "经济增长预期目标", "经济增长目标定",
                        "中央提出今年经济增长预期目标", "提出…国内生产总值增长目标", "经济增长速度的调控目标定"],
                       ["国内生产总值年均", "占国内生产总值比重在", "单位国内生产总值能耗", "人均国内生产总值",
                        "消费对经济增长的贡献率", "研究与试验发展经费支出占国内生产总值比重"]),
        "urban_jobs": (["城镇新增就业", "新增城镇就业", "城镇新增就业人数", "实现城镇新增就业"],
                       ["平均每年城镇新增就业", "城镇新增就业预期目标比去年多", "下岗失业人员再就业"]),
        "registered_unemployment": (["城镇登记失业率", "城镇登记失业率控制在", "年末城镇登记失业率"], ["城镇调查失业率"]),
        "cpi": (["居民消费价格涨幅", "居民消费价格总水平涨幅控制在", "去年居民消费价格总水平比上年上涨", "居民消费价格上涨",
                 "把居民消费价格涨幅控制在"], ["居民消费价格年均上涨", "去年价格上涨的翘尾影响约有"]),
        "grain_output": (["粮食产量", "粮食总产量", "粮食产量要稳定在"], ["粮食综合生产能力", "粮食（不包括大豆）的产量",
                                                                  "稻谷最低收购价平均每斤"]),
        "energy_intensity": (["单位国内生产总值能耗", "单位国内生产总值能耗比上年", "能源消耗强度要降低", "能耗强度"],
                             ["单位国内生产总值能耗和二氧化碳排放分别降低"]),
    }
    for indicator_id, (hits, misses) in cases.items():
        pattern = re.compile(indicators.loc[indicator_id, "pattern"])
        assert [p for p in hits if not pattern.search(p)] == [], indicator_id
        assert [p for p in misses if pattern.search(p)] == [], indicator_id


def test_union_plans_pair_nothing_each_place_has_one_plan(processed):
    out = dv.promise_outcomes(processed.targets, processed.documents, processed.items)
    seeds = match_indicators(processed.targets)
    assert len(out) > 0 and (out.status == "no outcome").all()
    assert set(out.indicator) <= set(seeds.indicator_id)  # the national indicators match no union target
    summary = dv.delivery_summary(out)
    assert summary["promises"].sum() == len(out) and summary["share_met"].isna().all()


def test_delivery_summary_counts_the_national_pairs(pairs):
    summary = dv.delivery_summary(pairs).set_index("indicator")
    assert summary.promises.sum() == len(pairs)
    assert summary.loc["gdp_growth", "promises"] == (pairs.indicator == "gdp_growth").sum()
    assert (summary[list(dv.STATUSES)].sum(axis=1) == summary.promises).all()


def test_a_target_for_a_span_of_years_is_no_one_year_promise():
    """A three-year plan's 2018-2020 target (no annex column) is not paired with any single year's outcome."""
    indicators = pd.DataFrame({"indicator_id": ["homes"], "label_zh": ["职工之家"], "label_en": ["homes"],
                               "pattern": ["职工之家"], "units": ["家"]})
    documents = [
        {"doc_id": "a-2018", "place": "甲市", "year_start": 2018, "doc_type": "action_plan"},
        {"doc_id": "a-2021", "place": "甲市", "year_start": 2021, "doc_type": "government_work_report"},
    ]
    rows = [("a-2018", "target", "plan", "三年新建职工之家60家。", "60家"),
            ("a-2021", "achieved", "summary", "2020年新建职工之家25家。", "25家")]
    t, docs, items = _frames(rows, documents)
    t["value"] = [60.0, 25.0]
    t["unit"] = "家"
    t["year"] = ["2018-2020", "2020"]
    assert dv.promise_outcomes(t, docs, items, indicators=indicators).empty
