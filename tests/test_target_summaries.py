"""Summaries of the targets table: density per plan and section, schedules, comparable indicators."""
import pytest

from analysis.target_summaries import match_indicators, schedule_series, section_density, target_density


@pytest.fixture(scope="module")
def targets(processed):
    return processed.targets


def test_density_per_plan(targets, processed):
    density = target_density(targets, processed.documents, processed.items).set_index("doc_id")
    wujin = density.loc["wujin-2018"]
    assert wujin.n_targets == (targets[(targets.doc_id == "wujin-2018") & (targets.kind == "target")]).shape[0]
    assert wujin.targets_per_1000_chars == round(wujin.n_targets / wujin.chars * 1000, 2)
    assert 0 < wujin.share_items_with_target <= 1
    assert density.loc["changzhou-2020"].chars == 4474 - 153  # the cover notice is not counted
    sections = section_density(targets, processed.items)
    assert sections.groupby("doc_id").n_targets.sum().to_dict() == density.n_targets.to_dict()


def test_schedule_series_follow_a_row_across_years(targets):
    series = schedule_series(targets[targets.doc_id == "lianyungang-2018-2020"])
    members = series[series.item_id == "lianyungang-2018-2020:annex.7"]
    assert list(zip(members.year, members.value)) == [("2018", 50_000), ("2019", 70_000), ("2020", 100_000)]
    growth = series[series.item_id == "lianyungang-2018-2020:annex.5"]
    assert growth.series.nunique() == 2 and sorted(growth.value.unique()) == [5, 10]


def test_comparable_indicators_match_pattern_and_unit(targets):
    matched = match_indicators(targets)
    studios = matched[matched.indicator_id == "model_worker_studios"]
    assert {"wujin-2018", "xxcity-20xx", "lianyungang-2018-2020"} <= set(studios.doc_id)
    assert set(studios.unit) <= {"个", "家"}
    assert (matched.kind == "target").all()


def test_schedule_series_of_plans_without_schedules_is_empty(targets):
    assert schedule_series(targets[targets.doc_id == "wujin-2018"]).empty


def test_the_share_of_items_with_a_target_never_exceeds_one():
    """Targets in preamble paragraphs and in several units of one item do not push the share above 1."""
    import pandas as pd

    items = pd.DataFrame({
        "doc_id": ["d"] * 4, "item_id": ["d:preamble.p1", "d:1.p1", "d:1.1", "d:1.2"],
        "part": ["preamble", "plan", "plan", "plan"], "unit_type": ["paragraph", "paragraph", "item", "item"],
    })
    targets = pd.DataFrame({
        "doc_id": ["d"] * 5, "item_id": ["d:preamble.p1", "d:preamble.p1", "d:1.p1", "d:1.1", "d:1.1"],
        "kind": ["target"] * 5, "quantity_id": [f"q{i}" for i in range(5)],
    })
    documents = pd.DataFrame({"doc_id": ["d"], "clean_chars": [1000], "cover_chars": [0]})
    row = target_density(targets, documents, items).iloc[0]
    assert (row["items"], row["items_with_target"], row["share_items_with_target"]) == (3, 2, 0.667)
    assert row["n_targets"] == 5


def test_sections_with_the_same_title_stay_apart():
    import pandas as pd

    items = pd.DataFrame({
        "doc_id": ["d"] * 3, "item_id": ["d:1.1", "d:2.1", "d:3.1"], "seq": [1, 2, 3], "part": ["plan"] * 3,
        "section_no": pd.array([1, 2, 3], dtype="Int64"), "section_title": ["工作措施", "重点任务", "工作措施"],
        "n_chars": [100, 100, 100],
    })
    targets = pd.DataFrame({"doc_id": ["d"], "item_id": ["d:3.1"], "kind": ["target"]})
    table = section_density(targets, items)
    assert list(table.section) == ["工作措施", "重点任务", "工作措施"]
    assert list(table.n_targets) == [0, 0, 1]


def test_a_plans_opening_statement_is_read_with_its_preamble_by_section_and_as_body_by_plan(processed, targets):
    """The 常州 plan's 总体思路 paragraph stands before its first section, part ``principles``: the section table
    names it 导语 with the title lines (one row, as before the part was given), the plan table counts it an item."""
    items = processed.items
    opening = items[(items.doc_id == "changzhou-2020") & (items.item_id.str.contains(":preamble."))]
    assert sorted(opening.part) == ["preamble", "principles"]
    sections = section_density(targets, items)
    mine = sections[sections.doc_id == "changzhou-2020"]
    assert mine.section.tolist().count("导语") == 1 and "principles" not in set(sections.section)
    assert mine[mine.section == "导语"].chars.item() == opening.n_chars.sum()
    density = target_density(targets, processed.documents, items).set_index("doc_id")
    body = items[(items.doc_id == "changzhou-2020") & items.unit_type.isin(["item", "annex_row", "paragraph"])
                 & ~items.part.isin(["cover", "preamble", "closing", "appendix"])]
    assert density.loc["changzhou-2020", "items"] == len(body) and "principles" in set(body.part)


def test_what_stands_before_the_first_section_is_the_lead_whatever_its_part():
    """A summary opens on a paragraph that already reviews (…积极开展各项工作，现将具体工作总结如下): it is the
    summary's lead (导语), not a first section; a text with no section at all is told by its parts."""
    import pandas as pd

    items = pd.DataFrame({
        "doc_id": ["d"] * 4 + ["e"] * 2, "item_id": ["d:preamble.p1", "d:preamble.p2", "d:1.1", "d:2.1", "e:p1", "e:p2"],
        "seq": [1, 2, 3, 4, 1, 2], "part": ["preamble", "summary", "summary", "plan", "summary", "plan"],
        "section_no": pd.array([None, None, 1, 2, None, None], dtype="Int64"),
        "section_title": ["", "", "上半年工作总结", "下半年工作计划", "", ""], "n_chars": [40, 146, 2188, 1148, 500, 300],
    })
    targets = pd.DataFrame({"doc_id": ["d", "e"], "item_id": ["d:2.1", "e:p2"], "kind": ["target", "target"]})
    table = section_density(targets, items)
    assert table[table.doc_id == "d"][["section", "chars", "n_targets"]].values.tolist() == [
        ["导语", 186, 0], ["上半年工作总结", 2188, 0], ["下半年工作计划", 1148, 1]]
    assert table[table.doc_id == "e"].section.tolist() == ["summary", "plan"]


def test_matching_against_no_indicators_gives_the_columns_of_a_match(targets):
    import pandas as pd

    empty = pd.DataFrame(columns=["indicator_id", "label_zh", "label_en", "pattern", "units"])
    matched = match_indicators(targets, empty)
    assert matched.empty and {"indicator_id", "label_zh", "label_en"} <= set(matched.columns)


def test_density_counts_the_targets_of_an_annex_apart_and_the_chart_shows_them(processed):
    """连云港's annex restates its body's targets year by year: the table and the chart say how many are the annex's."""
    import matplotlib.pyplot as plt

    from analysis import plotting

    density = target_density(processed.targets, processed.documents, processed.items).set_index("doc_id")
    annex_items = processed.items.loc[processed.items.part == "annex", "item_id"]
    targets = processed.targets[processed.targets.kind == "target"]
    for doc_id, row in density.iterrows():
        mine = targets[targets.doc_id == doc_id]
        assert row.n_annex_targets == mine.item_id.isin(annex_items).sum() <= row.n_targets
    assert density.loc["lianyungang-2018-2020", "n_annex_targets"] > 0
    fig = plotting.plot_target_density(density.reset_index(), {d: d for d in density.index}, lang="en")
    assert any("annex" in text.get_text() for text in fig.axes[0].texts)
    plt.close(fig)
