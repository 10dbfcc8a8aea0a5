"""What the build makes of a class of document it was not written for: the national government work
reports (data/national-reports, 1954–2018), processed with their metadata rows."""
import re

import pandas as pd

from analysis import keywords as kw
from analysis.loader import load_resources, load_themes
from analysis.themes import code_items, unassigned_share


def test_every_report_has_a_review_part_and_a_plan_part(national):
    parts = national.items.groupby("doc_id").part.agg(set)
    assert all({"summary", "plan"} <= p for p in parts), parts[[not {"summary", "plan"} <= p for p in parts]]


def test_the_licence_footer_and_page_clutter_are_gone(national):
    for doc_id, text in national.clean_texts.items():
        assert not re.search(r"Public ?domain|维基文库|本作品(?:在|是)", text), doc_id
    removed = national.cleaning_report.set_index(["doc_id", "step"]).lines_removed
    assert (removed.xs("web_clutter", level="step") > 0).mean() >= 0.9  # the Wikisource footer, each time


def test_notes_and_glossaries_are_an_appendix_without_targets(national):
    appendix = national.items[national.items.part == "appendix"]
    assert "gwr-1956" in set(appendix.doc_id)  # 字库未存字注释: notes on missing glyphs
    assert not national.targets.item_id.isin(appendix.item_id).any()
    assert not national.item_themes.item_id.isin(appendix.item_id).any()


def test_a_glossary_with_figures_gives_no_targets_and_no_themes(tmp_path):
    """(The national reports' one appendix, gwr-1956's notes on missing glyphs, holds no number: this is the test
    that can fail.) A report's 名词解释 explains its slogans with numbers; none is a figure of the plan."""
    from analysis.corpus import read_corpus
    from analysis.pipeline import process_corpus

    raw = tmp_path / "raw"
    raw.mkdir()
    glossary = "".join(f"[{n}]“{n}个{n}”工程：即每个县建设{n}个服务中心、培训{n * 100}名职工的工作机制。\n" for n in range(1, 6))
    (raw / "2022_x.txt").write_text(
        "2022年某市政府工作报告\n各位代表：\n一、2021年工作回顾\n全年新增就业5万人，建成服务中心12个。\n"
        "二、2022年工作安排\n全年新增就业5.5万人，新建服务中心20个，实施“3个3”工程[3]。\n名词解释\n" + glossary,
        encoding="utf-8")
    processed = process_corpus(read_corpus(raw))
    appendix = processed.items[processed.items.part == "appendix"]
    assert appendix.text.str.contains(r"\d+名").sum() == 5 and (appendix.n_chars >= 30).sum() == 5  # codable length
    assert not processed.targets.item_id.isin(appendix.item_id).any()
    assert not processed.item_themes.item_id.isin(appendix.item_id).any()
    assert set(processed.targets.kind) >= {"target", "achieved"}  # the body's figures are read


def test_unnumbered_reports_still_get_parts_and_no_swallowing_section(national):
    items = national.items
    longest = items.groupby("doc_id").n_chars.max() / items.groupby("doc_id").n_chars.sum()
    assert (longest < 0.5).all(), longest[longest >= 0.5]


def test_review_figures_are_mostly_achieved_and_plan_figures_mostly_targets(national):
    kinds = national.targets[national.targets.kind.isin(["target", "achieved"])]
    share = pd.crosstab(kinds.part, kinds.kind, normalize="index")
    assert share.loc["summary", "achieved"] >= 0.9 and share.loc["plan", "target"] >= 0.6, share


def test_the_report_taxonomy_codes_most_units_and_the_union_one_abstains(national):
    terms = kw.select_tokens(national.tokens)
    union = code_items(national.items, terms, load_themes())
    reports = code_items(national.items, terms, load_themes(load_resources().path("themes_gwr.csv")))
    assert unassigned_share(reports) <= 0.15
    assert unassigned_share(union) >= 0.3  # a union taxonomy has little to say on a national report
