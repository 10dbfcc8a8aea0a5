"""Plan structure: the counts and titles of every seed plan, offsets, fallbacks."""
import warnings

import pytest

from analysis.cleaning import clean_text
from analysis.linebreaks import split_lines
from analysis.structure import (StructureWarning, build_outline, classify_part, find_contents, find_regions, heading_part,
                                parse_plan)

from .conftest import numbered


def titles(df):
    return list(df["item_title"])


def test_wujin_has_5_sections_and_17_items(items):
    wujin = numbered(items, "wujin-2018")
    assert len(wujin) == 17 and wujin.section_no.nunique() == 5
    assert titles(wujin)[0] == "深刻把握工会工作政治方向"
    assert titles(wujin)[-1] == "统筹做好其他各项工作"
    assert wujin.iloc[9]["item_id"] == "wujin-2018:3.10"
    assert wujin.iloc[9]["section_title"] == "实施创新创业“提质”行动"


def test_changzhou_has_5_sections_and_17_items_after_its_cover(items):
    cz = numbered(items, "changzhou-2020")
    assert len(cz) == 17 and cz.section_no.nunique() == 5
    assert titles(cz)[10] == "大力弘扬劳模精神、劳动精神、工匠精神"
    cover = items[(items.doc_id == "changzhou-2020") & (items.part == "cover")]
    assert any("常工发〔2020〕12号" in t for t in cover.text)


def test_echeng_separates_achieved_summary_from_plan(items):
    ec = numbered(items, "echeng-2019")
    summary, plan = ec[ec.part == "summary"], ec[ec.part == "plan"]
    assert len(summary) == 7 and len(plan) == 5
    assert titles(summary)[0] == "注重思想引领，构筑工会工作新格局"
    assert titles(plan)[-1] == "持续深化作风建设，筑牢干部清正廉洁"
    assert set(summary.section_title) == {"上半年工作总结"} and set(plan.section_title) == {"下半年工作计划"}
    closing = items[(items.doc_id == "echeng-2019") & (items.part == "closing")]
    assert list(closing.text) == ["鄂城区总工会", "2019年7月1日"]


def test_xx_city_has_6_sections_19_items_with_responsible_units(items):
    xx = numbered(items, "xxcity-20xx")
    assert len(xx) == 19 and xx.section_no.nunique() == 6
    assert titles(xx)[7] == "搭建职工教育培训平台"
    assert xx.iloc[0]["responsible_units"] == "办公室；宣传教育部；职工中专；工人文化宫"
    assert (xx.responsible_units != "").all()


def test_lianyungang_principles_goals_measures_guarantees(items):
    ly = items[items.doc_id == "lianyungang-2018-2020"]
    guiding = ly[(ly.section_title == "指导思想") & (ly.unit_type != "heading")]
    assert len(guiding) == 1 and guiding.iloc[0]["unit_type"] == "paragraph" and guiding.iloc[0]["part"] == "principles"
    principles = ly[(ly.part == "principles") & (ly.unit_type == "item")]
    assert titles(principles) == ["必须始终坚持党的领导", "必须始终聚焦中心大局", "必须始终坚守主责主业", "必须始终推进改革创新"]
    assert list(ly[ly.part == "goals"].unit_type) == ["heading", "paragraph"]
    measures = ly[(ly.part == "plan") & (ly.unit_type == "item")]
    assert len(measures) == 18 and measures.group_no.nunique() == 6
    assert (measures.groupby("group_no").size() == 3).all()
    assert measures.iloc[0]["group_title"] == "强化思想引领，团结凝聚广大职工力量"
    assert measures.iloc[0]["item_id"] == "lianyungang-2018-2020:4.1.1"
    assert titles(ly[(ly.part == "guarantees") & (ly.unit_type == "item")]) == ["加强组织领导", "强化责任落实", "营造浓厚氛围"]
    assert (ly.part == "annex").sum() == 17


def test_every_row_text_is_its_span_of_the_cleaned_text(processed):
    for row in processed.items.itertuples():
        assert processed.clean_texts[row.doc_id][row.start:row.end] == row.text


def test_item_ids_are_unique(items):
    assert items.item_id.is_unique


def test_a_number_at_a_line_start_is_not_an_item_unless_in_sequence():
    text = "一、目标\n1.新建工作室。\n2.5亿元资金到位。\n2.开展竞赛。\n5.这一行编号跳了。"
    plan = parse_plan("t", text)
    got = [(r["item_no"], r["text"]) for r in plan.items if r["unit_type"] == "item"]
    assert got == [(1, "1.新建工作室。\n2.5亿元资金到位。"), (2, "2.开展竞赛。\n5.这一行编号跳了。")]


def test_an_item_may_open_on_a_year_after_its_marker_but_a_decimal_is_no_marker():
    lines = ["一、上半年工作", "1、走访困难职工6户。", "2、解困脱困三户。", "3、2022年元旦春节慰问职工40户。",
             "2.5亿元资金已落实。"]
    outline = build_outline(lines, 0, len(lines))
    items = outline.root.children[0].children
    assert [lines[n.line_idx][:2] for n in items] == ["1、", "2、", "3、"]
    assert outline.content[items[2].line_idx] == [4]  # 2.5亿元 is text of item 3


def test_lists_nested_in_an_item_of_the_same_kind_as_the_sections_stay_in_that_item():
    """Sections 一、二、三、; inside （一） of section 三 a list 一、…四、 and then another 一、二、 before the
    document goes on with （二）: the lists are in （一）, and 四、 is not taken as a fourth section (it
    continues both numberings). A 四、 after the last （…） item is the fourth section again."""
    lines = ["一、甲", "正文。", "二、乙", "正文。", "三、丙", "（一）关于甲", "一、", "第一点。", "二、", "第二点。",
             "三、", "第三点。", "四、", "第四点。", "一、另一列。", "二、又一点。", "（二）关于乙", "正文。",
             "（三）关于丙", "正文。", "四、丁", "正文。"]
    outline = build_outline(lines, 0, len(lines))

    def paths(node):
        return [(child.path(), lines[child.line_idx]) for child in node.children] + \
            [p for child in node.children for p in paths(child)]

    got = dict(paths(outline.root))
    assert [got[p] for p in ("1", "2", "3", "4")] == ["一、甲", "二、乙", "三、丙", "四、丁"]
    assert [p for p, line in got.items() if p.startswith("3.1.")] == ["3.1.1", "3.1.2", "3.1.3", "3.1.4"]
    first = outline.root.children[2].children[0]  # （一）关于甲
    assert [lines[c.line_idx] for c in first.children] == ["一、", "二、", "三、", "四、", "一、另一列。", "二、又一点。"]
    assert [lines[c.line_idx] for c in outline.root.children[2].children] == ["（一）关于甲", "（二）关于乙", "（三）关于丙"]


def test_a_salutation_closes_the_open_item_and_a_paragraph_opening_on_the_past_year_reviews_it():
    """各位代表！ inside the last item of a planning section: the blocks after it are the section's own
    paragraphs, not the item's; one that opens on the past year (过去的一年，…) is a summary."""
    text = ("一、2023年工作回顾\n过去一年，国内生产总值增长5.2%。\n二、2024年政府工作任务\n（一）着力扩大内需。\n"
            "（二）加强政府自身建设。要坚持依法行政。\n各位代表！\n过去的一年，国防和军队建设取得新的成就。\n"
            "要加快推进国防和军队现代化。\n各位代表！\n让我们团结奋斗，创造新的业绩！")
    plan = parse_plan("gov", text, period=(2024, 2024))
    rows = [(r["item_id"], r["part"], r["text"][:6]) for r in plan.items]
    assert rows[4:] == [
        ("gov:2.2", "plan", "（二）加强政"),
        ("gov:2.p1", "plan", "各位代表！"),
        ("gov:2.p2", "summary", "过去的一年，"),
        ("gov:2.p3", "plan", "要加快推进国"),
        ("gov:2.p4", "plan", "各位代表！"),
        ("gov:2.p5", "plan", "让我们团结奋"),
    ]


def test_a_paragraph_summing_up_after_the_last_item_speaks_for_the_section_but_not_one_an_item_opens_with():
    """五年来，… after some paragraphs of a section's last item sums up the section; the same words inside an
    item the list goes on after, or as the first paragraph of the last item, stay in the item."""
    text = ("一、过去五年工作回顾\n（一）经济发展。\n全市生产总值年均增长7%。\n新增就业10万人。\n"
            "（二）改善民生。\n新建学校5所。\n新建医院2所。\n五年来，我们坚持依法行政。\n"
            "二、今后五年工作任务\n（一）扩大内需。\n要扩大消费。\n过去几年，消费稳步增长。\n"
            "（二）建设政府。\n过去一年，政府建设取得新成效。\n要坚持依法行政。")
    plan = parse_plan("gov", text, period=(2024, 2028))
    assert [(r["item_id"], r["text"].split("\n")[-1][:6]) for r in plan.items] == [
        ("gov:1.h", "一、过去五年"), ("gov:1.1", "新增就业10"), ("gov:1.2", "新建医院2所"),
        ("gov:1.p1", "五年来，我们"),  # the section's own
        ("gov:2.h", "二、今后五年"), ("gov:2.1", "过去几年，消"), ("gov:2.2", "要坚持依法行")]


def test_a_genre_that_reviews_first_reads_its_undecided_sections_as_review_up_to_its_plan_section():
    """A work summary's sections whose headings do not decide (扎实推进…) report what was done, though they
    open with 加强, 推进 …; its 下一步工作计划 section plans. A plan's same text is read by its cues."""
    text = ("一、扎实推进工会组建工作\n新增企业工会2家，会员7200余人。\n二、加强职工之家建设\n建成职工之家5家。\n"
            "三、下一步工作计划\n新建职工之家10家。\n要加强培训。")
    as_summary = parse_plan("s", text, period=(2017, 2017), doc_type="summary_and_plan")
    assert [(r["item_id"], r["part"]) for r in as_summary.items] == [
        ("s:1.h", "summary"), ("s:1.p1", "summary"), ("s:2.h", "summary"), ("s:2.p1", "summary"),
        ("s:3.h", "plan"), ("s:3.p1", "plan"), ("s:3.p2", "plan")]
    as_plan = parse_plan("s", text, period=(2017, 2017), doc_type="work_points")
    assert {r["part"] for r in as_plan.items} == {"plan"}
    report = parse_plan("r", "一、加强职工之家建设\n建成职工之家5家。", period=(2017, 2017), doc_type="government_work_report")
    assert {r["part"] for r in report.items} == {"plan"}  # a report's plan section is not found: its cues decide


def test_a_heading_line_whose_words_decide_its_part_needs_no_blank_line():
    text = ("各位代表：\n现在，我代表县人民政府向大会报告工作。\n20XX年工作回顾\n过去一年，地区生产总值391亿元，增长8.6%。\n"
            "今年工作安排\n全年地区生产总值增长7%。\n加强社区建设\n要做好各项工作。")
    plan = parse_plan("gov", text)
    rows = [(r["item_id"], r["part"], r["unit_type"]) for r in plan.items]
    assert rows[2:] == [("gov:1.h", "summary", "heading"), ("gov:1.p1", "summary", "paragraph"),
                        ("gov:2.h", "plan", "heading"), ("gov:2.p1", "plan", "paragraph"),
                        ("gov:2.p2", "plan", "paragraph"), ("gov:2.p3", "plan", "paragraph")]  # 加强社区建设: no heading


def test_a_short_line_that_opens_a_numbered_list_heads_it_without_blank_lines():
    """A page copied without blank lines: unnumbered headings, each over a list that starts again at 1 (the last
    item of the list before may have no text)."""
    lines = ["某省2020年工作要点", "《某省2020年工作要点》近日出台，明确了全年安排。", "大力推进技术创新",
             "1、实施强基工程", "推进实验室建设。", "2、实施攻关工程", "全力打造数字经济",
             "1、建设试验区", "探索新型生产关系。", "2、推进卫星互联网建设", "着力打造数据强省", "1、建设数据平台",
             "完善平台。", "加强社区建设", "要做好各项工作。"]
    outline = build_outline(lines, 1, len(lines))
    sections = outline.root.children
    assert [lines[n.line_idx] for n in sections] == ["大力推进技术创新", "全力打造数字经济", "着力打造数据强省"]
    assert [len(n.children) for n in sections] == [2, 2, 1]
    assert outline.content[sections[2].children[0].line_idx] == [12, 13, 14]  # 加强社区建设 opens no list: text


def test_a_heading_run_into_its_text_is_read_by_its_first_clause():
    text = ("一、2022年工作回顾2022年，全市各项任务要求全面落实，将持续推进。\n"
            "（一）综合实力显著提升。地区生产总值370亿元，增长8%。\n二、2023年工作安排\n（一）稳增长。")
    plan = parse_plan("gov", text, period=(2023, 2023))
    assert [(r["item_id"], r["part"]) for r in plan.items] == [
        ("gov:1.h", "summary"), ("gov:1.1", "summary"), ("gov:2.h", "plan"), ("gov:2.1", "plan")]


def test_a_plan_without_numbering_falls_back_to_paragraphs_with_a_warning():
    text = clean_text("今年全市工会工作要点如下。\n\n加强思想引领，开展宣讲活动。\n\n做好普惠服务。").text
    with pytest.warns(StructureWarning, match="no numbered sections"):
        plan = parse_plan("flat", text)
    assert plan.structure == "paragraphs"
    assert [r["unit_type"] for r in plan.items] == ["paragraph"] * 3


def test_government_report_style_sections_with_paragraphs():
    text = "一、2023年工作回顾\n过去一年，国内生产总值增长5.2%。\n城镇新增就业1244万人。\n二、2024年工作总体要求\n（一）着力扩大内需。\n（二）推进创新。"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        plan = parse_plan("gov", text)
    rows = [(r["item_id"], r["part"], r["unit_type"]) for r in plan.items]
    assert rows == [
        ("gov:1.h", "summary", "heading"),
        ("gov:1.p1", "summary", "paragraph"),
        ("gov:1.p2", "summary", "paragraph"),
        ("gov:2.h", "principles", "heading"),
        ("gov:2.1", "principles", "item"),
        ("gov:2.2", "principles", "item"),
    ]


@pytest.mark.parametrize(
    "title, part",
    [("上半年工作总结", "summary"), ("2023年工作回顾", "summary"), ("指导思想", "principles"), ("工作目标", "goals"),
     ("工作保障", "guarantees"), ("突出权益维护建设的使命担当", "plan"),
     # named for the work of a past span: a review
     ("上半年主要开展工作", "summary"), ("今年以来工作情况", "summary"), ("2022年完成的主要工作", "summary"),
     ("下半年工作安排", "plan"), ("2024年主要工作任务", "plan"),
     # the rule's whole pattern applies (it holds a comma, ^.{0,12}工作情况$, and was once cut there)
     ("2020年工会工作情况", "summary"), ("基本情况", "summary"), ("五年来的主要成绩", "summary"),
     # a plan's account of where it starts from
     ("“十三五”时期老龄事业发展面临的形势", "summary"), ("发展基础和面临形势", "summary"), ("夯实发展基础", "plan"),
     ("发展环境", "summary"), ("优化发展环境", "plan"),  # round 118: a plan's 发展环境 reviews the last period
     # round 206: the ground a plan starts from, named at the end of its heading; not a task to build it
     ("“十一五”时期国民经济和社会发展的现实基础", "summary"), ("人口发展基础", "summary"), ("服务业发展基础与形势", "summary"),
     ("强化农业农村发展基础", "plan"), ("加大统筹城乡发展力度，强化农业农村发展基础", "plan"),
     # round 212's 嘉兴 plan of investment projects: its breakdown by class and field is no review
     ("分类情况", "plan"), ("分领域情况", "plan"),
     # 总结 as a task (to sum up experience), not a review
     ("认清新形势，总结经验，吸取教训，做好毕业升学工作", "plan"), ("总结推广基层工会经验", "plan")],
)
def test_classify_part(title, part):
    assert classify_part(title) == part


def test_a_heading_its_words_decide_after_a_news_lead_that_breaks_off_heads_the_review():
    text = ("十四届全国人大三次会议5日上午开幕，国务院总理向大会作政府工作报告，要点速读↓\n2024年工作回顾\n"
            "国内生产总值达到134.9万亿元，增长5%。\n外汇储备超过3.2万亿美元。\n2025年发展主要预期目标\n国内生产总值增长5%左右。")
    plan = parse_plan("g", text, period=(2025, 2025))
    assert [(r["item_id"], r["part"]) for r in plan.items] == [
        ("g:preamble.p1", "preamble"), ("g:1.h", "summary"), ("g:1.p1", "summary"), ("g:1.p2", "summary"),
        ("g:2.h", "plan"), ("g:2.p1", "plan")]


def test_a_development_plans_chapters_and_sections_are_outline_nodes_and_a_section_named_for_the_base_reviews():
    text = ("本规划纲要是全区发展的蓝图。\n第一章 基础与形势\n第一节 发展基础\n经济总量增至950亿元，年均增长9.5%。\n"
            "第二章 总体要求\n第一节 发展目标\n到2020年，地区生产总值达到1400亿元。")
    plan = parse_plan("w", text, period=(2016, 2020))
    assert [(r["item_id"], r["part"]) for r in plan.items] == [
        ("w:preamble.p1", "preamble"), ("w:1.h", "summary"), ("w:1.1", "summary"), ("w:2.h", "principles"),
        ("w:2.1", "principles")]
    # an item's own decisive heading does not overrule a section that decides (采取果断措施 in a review)
    review = parse_plan("r", "一、2003年工作回顾\n（一）采取果断措施\n去年春天，我们战胜了非典。\n（二）扩大内需\n投资增长26.7%。")
    assert {r["part"] for r in review.items} == {"summary"}


def test_a_section_named_for_how_things_stand_reviews():
    for heading in ("工作开展情况", "经费开支情况", "经济指标完成情况"):
        assert heading_part(heading) == ("summary", True), heading


def test_a_heading_that_names_the_past_years_or_their_results_reviews_wherever_it_names_them():
    for heading in ("勠力奋战，克难攻坚，过去一年政府工作成效显著", "关于过去五年的政府工作", "真抓实干，各项工作成效明显",
                    "编制背景", "发展背景"):  # a plan's background tells what the last period did
        assert heading_part(heading) == ("summary", True), heading
    review = parse_plan("r", "一、攻坚克难，过去一年工作成效显著\n各项指标稳中有进。预计到年末，生产总值增长3.3%。坚持项目建设，"
                             "开工项目32个。\n二、2020年主要任务\n新开工项目40个。", period=(2020, 2020))
    assert [r["part"] for r in review.items if r["unit_type"] != "heading"] == ["summary", "plan"]


def test_an_opening_paragraph_that_looks_back_reviews_but_not_the_speakers_opening_words():
    text = ("市总工会2025年上半年工作总结\n上半年，市总工会在市委领导下，团结带领职工，各项工作取得了新成效，建会企业已达1200家。\n"
            "各位代表：\n现在，我代表市总工会，向大会报告过去五年的工作。\n一、工作开展情况\n（一）强化思想引领。开展宣讲50场。")
    parts = {r["text"][:6]: r["part"] for r in parse_plan("u", text, period=(2025, 2025)).items}
    assert parts["上半年，市总"] == "summary" and parts["现在，我代表"] == "preamble"


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")  # a news report has no outline
def test_a_news_report_whose_lead_announces_a_plan_or_a_briefing_on_one_tells_the_plan():
    items = "\n组织万名一线职工疗休养。\n开展百场农民工免费体检。"
    for lead in ("义乌网6月12日讯 市总工会日前下发《2016年镇(街道)总工会、产业工会(局工委)工作清单》。",
                 "本报讯 3月28日上午，省总工会2019年为职工办好十件实事行动计划新闻通气会召开。"):
        parsed = parse_plan("n", lead + items, period=(2016, 2016), doc_type="news_report", title="某市工会新闻")
        assert [r["part"] for r in parsed.items][-2:] == ["plan", "plan"], lead
    # the document named first and the verb after it, in a lead dated by its day and with no headline (round 75)
    lead = ("12月19日，记者从自治区改革办获悉：《某区改革攻坚行动方案（2025—2027年）》于日前正式印发。"
            "明确提出在未来3年，某区将大力实施十三大攻坚行动。")
    parsed = parse_plan("n", lead + "\n行动包括：深入推进农业农村改革、统筹区域协调发展。\n其中，攻坚行动提出，完善宣传教育机制。",
                        period=(2025, 2025), doc_type="news_report", title="")
    assert [r["part"] for r in parsed.items][-2:] == ["plan", "plan"]


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_news_lead_that_tells_what_was_done_announces_no_plan_whatever_verb_it_names():
    """2023年，州总工会…开展了大量卓有成效的工作，按照…的工作思路谋划、推动全州工会工作: a year's record; its 谋划 names how
    the work was done; a lead that plans (州总工会谋划2024年工作) still announces one."""
    items = "\n组织1500余名职工开展技能培训，推进返乡创业。\n发放230万元创业担保贷款，加强就业帮扶。"
    told = ("2023年，州总工会始终坚持服务大局，开展了大量卓有成效的工作，按照“一二三四五”的工作思路谋划、推动全州工会工作。"
            + items)
    parsed = parse_plan("n", told, period=(2023, 2023), doc_type="news_report", title="“一二三四五”书写新时代工会答卷")
    assert {r["part"] for r in parsed.items} == {"summary"}
    planned = "1月5日，州总工会召开全委会，谋划2024年工作。" + items
    parsed = parse_plan("n", planned, period=(2024, 2024), doc_type="news_report", title="州总工会召开全委会")
    assert [r["part"] for r in parsed.items][-2:] == ["plan", "plan"]
    # 谋划 closing a clause, among the verbs of what was done (主动对接、提早谋划，…; round 96), announces nothing either
    done = ("中工网讯 今年，某省总工会常态化、长效化开展送清凉活动。省总工会主动对接、提早谋划，在积极与有关部门沟通协调"
            "的基础上开展活动。" + items)
    parsed = parse_plan("n", done, period=(2023, 2023), doc_type="news_report", title="某省总工会建设户外劳动者服务站点2295个")
    assert {r["part"] for r in parsed.items} == {"summary"}


def test_a_news_report_reviews_unless_its_headline_announces_a_plan():
    text = "本报讯 日前，市总工会举行送温暖活动。\n活动共慰问困难职工200名，发放慰问金15万元。"
    reported = parse_plan("n", text, period=(2015, 2015), doc_type="news_report", title="市总工会送温暖")
    assert {r["part"] for r in reported.items} == {"summary"}
    announced = parse_plan("n", text, period=(2015, 2015), doc_type="news_report", title="今年全市将新建职工之家30家")
    assert {r["part"] for r in announced.items} == {"plan"}
    released = parse_plan("n", text, period=(2015, 2015), doc_type="news_report", title="省总工会发布2015年十件实事")
    assert {r["part"] for r in released.items} == {"plan"}
    for title in ("上海今年为民办实事项目发布", "市总工会新年工作及早谋划", "2022年省委和省政府为民办实事项目确定"):
        assert {r["part"] for r in parse_plan("n", text, period=(2015, 2015), doc_type="news_report",
                                              title=title).items} == {"plan"}


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_news_story_whose_lead_says_what_this_year_will_bring_tells_the_plan():
    story = ("中工网讯(记者 某某)记者近日获悉，某市总工会今年计划投入专项资金，打造“十大服务品牌”。\n"
             "某市总投入150万元实施“工会文体”品牌工程，开展系列文体活动。\n组织约1000名新就业形态劳动者参加疗休养。")
    parsed = parse_plan("n", story, period=(2025, 2025), doc_type="news_report", title="某市总打造“十大服务品牌”")
    assert [r["part"] for r in parsed.items][-2:] == ["plan", "plan"]


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_news_lead_standing_for_a_headline_looks_ahead_only_by_its_strong_cues():
    event = ("昨日上午，省总工会与某市人民政府联合主办的疗休养区域协作活动在某县举行，进一步构建起区域协作新格局。\n"
             "本次活动旨在深化区域疗休养交流合作。\n活动现场，签约仪式成为核心亮点。")
    parsed = parse_plan("n", event, doc_type="news_report", title="")
    assert [r["part"] for r in parsed.items][:2] == ["summary", "summary"]  # 进一步 in the lead: an event told
    plans = "2月21日，记者从某地区工会了解到，今年将着力做好十项工作。\n开展技能培训。\n推进返乡创业。"
    assert {r["part"] for r in parse_plan("n", plans, doc_type="news_report", title="").items} == {"plan"}


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_the_documents_own_title_after_its_cover_notice_heads_no_section():
    """Repeated after its cover notice, the title (…计划) would be a decisive plan heading over the review."""
    text = ("某省人民政府\n关于下达《某省2017年国民经济和社会发展计划》的通知\n各市州人民政府：\n"
            "《某省2017年国民经济和社会发展计划》已经省人大会议审议通过，现印发给你们，请按此安排工作。\n"
            "某省人民政府\n2017年3月31日\n（此件主动公开）\n某省2017年国民经济和社会发展计划\n"
            "2016年，在省委、省人民政府的坚强领导下，我省妥善应对多重挑战，实现了良好开局。全省实现地区生产总值3.12万亿，增长7.9%。\n"
            "按照省委经济工作会议总体部署，2017年全省经济工作的总体要求是：坚持稳中求进。")
    untitled = parse_plan("d", text, period=(2017, 2017))
    assert [r["unit_type"] for r in untitled.items].count("heading") == 1  # without the title: a plan heading
    titled = parse_plan("d", text, period=(2017, 2017), title="某省2017年国民经济和社会发展计划")
    assert not any(r["unit_type"] == "heading" for r in titled.items)
    review = next(r for r in titled.items if r["text"].startswith("2016年"))
    assert review["part"] == "summary"


def test_a_news_story_above_the_document_a_page_reproduces_is_read_by_its_words_not_as_the_cover():
    """The story's lead sums the document up (文件指出，…新增光伏装机5万千瓦以上); the page then says the text follows
    (文件详情如下：) and reproduces the notice and the document. The story is no part of the notice."""
    text = ("日前，某区人民政府印发关于推动经济发展若干政策举措的通知。\n"
            "文件指出，全年新增光伏装机5万千瓦以上，新增公共充电设施260根以上。\n文件详情如下：\n"
            "某区人民政府关于印发关于推动经济发展若干政策举措的通知\n各乡镇人民政府：\n"
            "《关于推动经济发展若干政策举措》已经区政府同意，现印发给你们，请认真贯彻执行。\n某区人民政府\n2025年4月1日\n"
            "关于推动经济发展若干政策举措\n一、强化科技创新\n（一）加强平台建设。力争研发投入强度达到2.95%。")
    parsed = parse_plan("w", text, cover_end=text.index("关于推动经济发展若干政策举措\n一"), period=(2025, 2025),
                        doc_type="opinions")
    parts = {r["text"][:6]: (r["item_id"], r["part"]) for r in parsed.items}
    assert parts["文件指出，全"] == ("w:story.p2", "principles")  # read as a plan's opening statement is
    assert parts["文件详情如下"] == ("w:cover.p1", "cover")  # the line that says the document follows, and the notice
    assert parts["各乡镇人民政"][1] == "cover"
    lines, offsets = split_lines(text)
    assert find_regions(lines, offsets).story == 0  # no cover notice: no story above one
    no_marker = text.replace("文件详情如下：\n", "")
    lines, offsets = split_lines(no_marker)
    assert find_regions(lines, offsets, no_marker.index("关于推动经济发展若干政策举措\n一")).story == 0


def test_a_summarys_opening_paragraph_reviews_unless_it_plans_and_words_after_the_speakers_sentence_count():
    text = ("区民政局工作总结\n本年度，区民政局紧紧围绕区委中心工作，各项工作进展顺利。\n一、基本民生保障\n（一）提高救助标准。")
    summary = {r["text"][:4]: r["part"] for r in parse_plan("s", text, period=(2024, 2024), doc_type="work_summary").items}
    assert summary["本年度，"] == "summary"  # weak cues, but a summary's opening paragraph reviews
    plan = {r["text"][:4]: r["part"] for r in parse_plan("p", text, period=(2024, 2024), doc_type="work_points").items}
    assert plan["本年度，"] == "principles"  # in a plan's genre its cues do not look back: the plan's statement
    unknown = {r["text"][:4]: r["part"] for r in parse_plan("u", text, period=(2024, 2024), doc_type="unknown").items}
    assert unknown["本年度，"] == "preamble"
    flat = ("各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。过去五年，全市生产总值年均增长7%，实现了翻番。\n"
            "一、今年工作安排\n（一）扩大有效投资。")
    report = parse_plan("r", flat, period=(2022, 2022), doc_type="government_work_report").items
    assert report[0]["part"] == "summary"  # the review after the speaker's sentence, one line with it
    speech = "本届政府履行职责已经一年。现在，我代表国务院，向大会作政府工作报告。\n一、今年工作安排\n（一）扩大有效投资。"
    assert parse_plan("n", speech, period=(2004, 2004), doc_type="government_work_report").items[0]["part"] == "preamble"


def test_a_plans_opening_statement_is_its_principles_and_its_title_lines_stay_preamble():
    """Labellers of plans call the paragraph before a plan's first section plan (…的总体要求是：…; 为…，制定本方案):
    it says what the plan is for and how it goes. Its title, the years under it and a handout's lines stay
    preamble; an opening that looks back is a review; a genre that does not plan keeps its preamble."""
    text = ("某区总工会2024年工作要点\n（2024年）\n时间：2024.2.25\n2024年，全区工会工作的总体要求是：坚持以职工为中心，"
            "推动工会工作高质量发展。\n一、强化政治引领\n1.深入学习宣传。")
    parts = [r["part"] for r in parse_plan("p", text, period=(2024, 2024), doc_type="work_points").items]
    assert parts == ["preamble"] * 3 + ["principles", "plan", "plan"]
    purpose = "职工之家建设实施方案\n为前移服务阵地，打造建家样板，县总工会决定在开发区建设职工之家，方案如下：\n一、建家主旨\n建立职工活动中心。"
    parts = [r["part"] for r in parse_plan("i", purpose, doc_type="implementation_plan").items]
    assert parts[:2] == ["preamble", "principles"]
    looking_back = "某区2024年工作要点\n2023年，全区工会取得了显著成效，新建职工之家12家。\n一、强化政治引领\n1.深入学习。"
    parts = [r["part"] for r in parse_plan("b", looking_back, period=(2024, 2024), doc_type="work_points").items]
    assert parts[1] == "summary"


def test_a_heading_that_ends_in_the_principles_to_follow_heads_principles():
    for heading in ("“十五五”时期经济社会发展把握的重要要求", "今后工作必须坚持的原则", "推进改革的基本原则"):
        assert heading_part(heading) == ("principles", True), heading
    assert heading_part("过去五年工作的基本原则")[0] == "summary"  # a review's lessons stay in the review


def test_under_a_heading_of_both_review_and_plan_a_report_no_longer_leans_to_review():
    """A report reviews before it plans; a section headed for both (…发展成就和…主要目标任务) is read unit by unit."""
    text = ("2026年政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n"
            "一、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
            "过去五年，地区生产总值年均增长5.5%，城镇新增就业50万人。\n"
            "《纲要草案》具体部署了13项任务举措，确保地区生产总值年均增长5%左右。\n"
            "二、2026年重点工作\n（一）扩大内需。力争社会消费品零售总额增长5%。")
    plan = parse_plan("g", text, period=(2026, 2026), doc_type="government_work_report")
    parts = {r["text"][:4]: r["part"] for r in plan.items}
    assert parts["过去五年"] == "summary" and parts["《纲要草"] == "plan"


def test_a_heading_line_with_a_comma_is_read_whole():
    """一年接着一年干，…持续取得新进展新成效 reviews: a heading line is read whole, not by its first clause."""
    text = ("2026年政府工作报告\n一、一年接着一年干，新福建建设持续取得新进展新成效\n"
            "（一）着力推动“两创”深度融合，科技支撑作用明显增强\n部署实施数字化全面赋能经济行动，加快建设算力网络。\n"
            "二、2026年重点工作\n（一）扩大内需。力争社会消费品零售总额增长5%。")
    parts = {r["item_id"]: r["part"] for r in parse_plan("f", text, period=(2026, 2026)).items}
    assert parts["f:1.1"] == "summary" and parts["f:2.1"] == "plan"
    assert heading_part("美丽云南建设取得决定性进展")[0] == "plan"  # a goal: no sign that it was reached
    # results aimed at: 取得…新成绩 heads a task of a plan, not a review (成绩 alone still reviews)
    assert heading_part("（二）取得人居环境整治新成绩") == ("plan", False)
    assert heading_part("二、2019年取得的成绩") == ("summary", True)
    # proposals collected are a union's activity, no plan's proposals
    assert heading_part("一、扎实开展劳动竞赛和合理化建议征集活动") == ("plan", False)
    assert heading_part("三、对2024年工作的建议") == ("plan", True)
    # a year's or a count's priorities (2010年8大工作重点, a story's heading over its list, round 95) plan; a task's
    # 突出工作重点 may tell what was done
    assert heading_part("2010年8大工作重点") == heading_part("下一步工作重点") == ("plan", True)
    assert heading_part("突出工作重点") == ("plan", False)


def test_a_paragraph_that_addresses_the_audience_after_an_items_text_speaks_for_the_section():
    """各位代表！回望过去… after the last item's text turns to the whole (its lessons' 必须 no longer make the
    item's results a plan); an item headed 结束语 keeps the address that is its text."""
    text = ("一、2025年工作回顾\n（一）扩大内需。\n社会消费品零售总额增长5%。\n（二）防控风险。\n"
            "生产安全事故起数下降10.9%。\n各位代表！回望过去，我们深刻体会到：必须坚持稳中求进，必须坚持改革开放。\n"
            "二、结束语\n（一）结束语\n各位代表！让我们更加紧密地团结起来。")
    plan = parse_plan("g", text, period=(2026, 2026))
    units = {r["item_id"]: r for r in plan.items}
    assert units["g:1.2"]["text"].endswith("下降10.9%。") and units["g:1.p1"]["text"].startswith("各位代表！回望过去")
    assert units["g:1.2"]["part"] == "summary"
    assert units["g:2.1"]["text"].endswith("团结起来。")


def test_a_section_headed_by_a_time_ahead_plans_even_before_the_reports_plan_section():
    """A report reviews first; its section on the next five-year plan, headed by the plan's quoted name alone
    (“十五五”发展的主要考虑, no 任务 or 目标) and with paragraphs that start with no plan word (一是聚力在…取得新突破),
    plans. A heading naming only a past time (“十四五”发展成就) does not."""
    text = ("一、2025年工作回顾\n过去一年，地区生产总值增长5.2%。\n二、“十五五”发展的主要考虑\n"
            "一是聚力在发展新质生产力上取得新突破。创新体系整体效能提升。\n三、2026年工作安排\n要扩大内需。")
    rows = parse_plan("gov", text, period=(2026, 2026), doc_type="government_work_report").items
    assert [(r["item_id"], r["part"]) for r in rows] == [
        ("gov:1.h", "summary"), ("gov:1.p1", "summary"), ("gov:2.h", "plan"), ("gov:2.p1", "plan"),
        ("gov:3.h", "plan"), ("gov:3.p1", "plan")]
    past = parse_plan("gov", text.replace("“十五五”发展的主要考虑", "“十四五”发展成就"), period=(2026, 2026),
                      doc_type="government_work_report").items
    assert [r["part"] for r in past][2:4] == ["summary", "summary"]


def test_a_heading_that_says_what_a_time_ahead_is_heads_the_review_under_it():
    """一、“十五五”时期是…的关键时期 over （一）…迈出坚实步伐。“十四五”以来，…取得…成就 (round 186's 拉萨 proposal): the
    heading describes the time ahead; the achievements under it, told since a past plan began, are a review."""
    text = ("一、“十五五”时期是全面发力的关键时期\n（一）现代化建设迈出坚实步伐。“十四五”以来，"
            "在党中央的坚强领导下，全市坚持用新思想统揽全局，深入贯彻党的二十大精神，全面贯彻新时代党的治藏方略，"
            "推动各项事业取得全方位进步、历史性成就。\n二、“十五五”时期的主要目标\n（一）经济实现质的有效提升。")
    rows = parse_plan("p", text, period=(2026, 2030), doc_type="opinions").items
    assert [(r["item_id"], r["part"]) for r in rows if r["unit_type"] != "heading"] == [("p:1.1", "summary"), ("p:2.1", "plan")]


def test_a_heading_of_review_and_outlook_together_ends_the_heading_before_it():
    """福田工会部署2026年高质量发展重点工作 over a story whose part 回眸与展望：2025年交出亮眼成绩单 reviews the year before
    (round 189): the mixed heading ends the headline's, and the review under it runs on into its paragraphs told with
    no cue."""
    title = "福田工会部署2026年高质量发展重点工作"
    text = (f"{title}\n3月10日，福田工会重点工作部署会召开。\n回眸与展望：2025年交出亮眼成绩单\n"
            "过去的一年，福田区总工会紧扣高质量发展主线，多项工作获得了上级认可。\n"
            "思想政治引领有力有效。深入开展学习教育，打造学习专区，推出学习大课堂。")
    rows = parse_plan("f", text, period=(2026, 2026), doc_type="news_report", title=title).items
    assert [r["part"] for r in rows][-2:] == ["summary", "summary"]


def test_a_glossary_among_the_annexes_is_an_appendix_and_the_other_annexes_stay():
    """附件1 (the year's projects) stays an annex; 附件2 名词解释 is an appendix (no quantities, no themes)."""
    text = ("一、工作任务\n新建职工之家10家。\n附件1\n2026年十件民生实事\n一、新建食堂20个。\n"
            "附件2\n名词解释\n1.“四上”企业：年主营业务收入2000万元及以上的工业企业。\n")
    rows = parse_plan("gov", text, period=(2026, 2026)).items
    parts = {r["text"].split("\n")[0]: r["part"] for r in rows}
    assert parts["附件1"] == parts["一、新建食堂20个。"] == "annex"
    assert parts["附件2"] == parts["名词解释"] == parts["1.“四上”企业：年主营业务收入2000万元及以上的工业企业。"] == "appendix"
    one_line = parse_plan("gov", text.replace("附件2\n名词解释", "附件2：名词解释"), period=(2026, 2026)).items
    assert [r["part"] for r in one_line if "四上" in r["text"]] == ["appendix"]


def test_a_heading_on_the_progress_of_targets_heads_a_review_whatever_plan_words_it_names_them_by():
    assert heading_part("一、主要经济指标任务进展情况") == ("summary", True)
    assert heading_part("二、年度重点工作计划执行情况") == ("summary", True)
    assert heading_part("一、2022年工作回顾和2023年工作安排") == ("summary", False)  # both: the text decides
    # one that ends on what came of its measures (round 217's 广西 department): a review, though 措施 names a plan's part
    assert heading_part("一、2024年工作措施及成效") == ("summary", True)
    assert heading_part("二、主要做法和成效") == ("summary", True)
    assert heading_part("三、保障措施") == ("plan", True)


def test_a_news_story_with_no_headline_whose_lead_announces_a_plan_reads_its_deadlines_as_targets():
    text = ("近日，某市政府办公厅下发《某市乡村建设行动实施方案》，提出明确的时间表。\n"
            "今年年底前，全市行政村快递物流服务通达率达80%以上。\n"
            "据悉，去年全市新改造农村户厕2万户。")
    story = "近日，某市总工会召开全委会。\n会议指出，去年全市新建职工之家20家。"
    with pytest.warns(StructureWarning):  # paragraphs only
        plan, meeting = parse_plan("n", text, doc_type="news_report"), parse_plan("m", story, doc_type="news_report")
    assert [r["part"] for r in plan.items][1:] == ["plan", "summary"]
    assert [r["part"] for r in meeting.items] == ["summary", "summary"]  # a lead announcing no plan: a review


def test_a_news_story_with_no_headline_whose_paragraphs_mostly_look_ahead_tells_of_plans():
    story = ("本报讯（记者某某）开展妇女电商培训，发放3000万元小额贷款……今年，我市惠及妇女儿童的好项目可真不少。\n"
             "今年，我市将实施巾帼电商培育行动，开展电商创业培训。\n今年，将发放各类妇女小额贷款3000万元以上。\n"
             "今年，我市将建立企业妇女之家20个。\n今年，我市实施关爱母亲救助项目，救助贫困母亲不少于100名。")
    review = ("本报讯 过去一年，我市新建职工之家20家。\n去年，全市已发放贷款2亿元。\n今年，我市将新建职工之家10家。\n"
              "截至年底，已培训职工5000人。")
    with pytest.warns(StructureWarning):  # paragraphs only
        plans, results = (parse_plan(d, t, doc_type="news_report") for d, t in (("p", story), ("r", review)))
    assert [r["part"] for r in plans.items][-1] == "plan"  # no cue of its own: the story's direction
    assert [r["part"] for r in results.items] == ["summary", "summary", "plan", "summary"]


def test_a_task_to_sum_up_a_year_is_no_review_heading():
    assert heading_part("总结2008年工会工作。") == ("plan", False)  # in a plan's January: a task
    assert heading_part("总结上半年工作。") == ("plan", False)
    assert heading_part("2008年工作总结") == ("summary", True)
    assert heading_part("总结") == ("summary", True)
    plan = "2009年学校工会工作计划\n全年主要工作安排：\n一月份：\n1、总结2008年工会工作。\n2、制定2009年工会工作。\n"
    items = parse_plan("p", plan, period=(2009, 2009), doc_type="work_plan").items
    assert [item["part"] for item in items if item["text"].endswith("工会工作。")] == ["plan", "plan"]


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")  # a news story has no outline
def test_a_news_story_whose_headline_tells_of_a_review_too_reviews_first():
    story = "市总工会召开2024年工作总结及2025年工作谋划务虚会\n服务基层方面，全市实名制系统有会员2049965人。\n"
    items = parse_plan("p", story, period=(2024, 2025), doc_type="news_report",
                       title="市总工会召开2024年工作总结及2025年工作谋划务虚会").items
    assert [item["part"] for item in items if "会员" in item["text"]] == ["summary"]


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")  # a news story has no outline
def test_plain_heading_lines_of_a_text_without_an_outline_head_the_paragraphs_after_them():
    story = ("市总工会召开2024年工作总结及2025年工作谋划务虚会\n2024：四维度诠释工会担当\n"
             "服务基层方面，全市实名制系统有会员2049965人。\n2025 工作谋划\n突出特色，统筹全局\n"
             "聚焦“中心大局”任务，落实经济工作会议精神，在48项重点工程开展劳动竞赛。\n")
    items = parse_plan("p", story, period=(2024, 2025), doc_type="news_report",
                       title="市总工会召开2024年工作总结及2025年工作谋划务虚会").items
    assert [item["part"] for item in items] == ["summary"] * 3 + ["plan"] * 3  # 2025 工作谋划 heads the plan;
    # 2024：四维度诠释工会担当 and 突出特色，统筹全局 decide nothing
    assert heading_part("2025年工作思路") == heading_part("下一步工作设想") == ("plan", True)
    assert heading_part("创新工作思路") == ("plan", False)  # may tell what was done


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_news_story_under_a_reporters_name_reads_its_first_line_with_a_clause_as_its_lead():
    story = ("刘旭\n2020年01月06日09:05来源：《工人日报》\n"
             "1月3日，某省总工会在全委（扩大）会议上，安排今年的重点工作。\n其中，新命名省级职工创新工作室200家。\n")
    items = parse_plan("n", story, period=(2020, 2020), doc_type="news_report", title="").items
    assert [item["part"] for item in items if "，" in item["text"]] == ["plan", "plan"]


def test_a_page_cut_from_a_longer_document_keeps_its_first_sections_number():
    page = "三、2024年下半年工作计划\n2024年下半年，我局将继续推进各项工作。\n（一）夯实水利基础设施\n1.计划投资1300万元，建设水库。\n"
    items = parse_plan("p", page, period=(2024, 2024), doc_type="summary_and_plan").items
    assert {item["part"] for item in items} == {"plan"} and items[0]["item_id"] == "p:3.h"
    # a 三、 in a sentence, or followed by 五、, opens no cut page
    assert parse_plan("q", "三、今年要做好三件事。\n一、宣传\n二、培训\n", period=(2024, 2024)).items[0]["item_id"] != "q:3.h"


def test_a_report_on_a_plans_execution_with_the_next_years_draft_plan_reviews_then_plans():
    text = ("报告提出2024年主要任务，新建充电站300座。\n一、2023年计划执行情况\n全市地区生产总值增长6%。\n"
            "二、2024年经济社会发展的主要目标\n全市地区生产总值增长6%左右。\n")
    draft = "关于某市2023年国民经济和社会发展计划执行情况及2024年国民经济和社会发展计划草案的报告"
    parsed = parse_plan("r", text, period=(2023, 2024), doc_type="progress_report", title=draft)
    parts = [r["part"] for r in parsed.items if r["unit_type"] != "heading"]
    assert parts == ["preamble", "summary", "plan"]  # its opening is no review: the report plans too
    named = "关于某区2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划的报告"  # the plan, no 草案
    parsed = parse_plan("n", text, period=(2023, 2024), doc_type="progress_report", title=named)
    assert [r["part"] for r in parsed.items if r["unit_type"] != "heading"] == ["preamble", "summary", "plan"]
    only = parse_plan("r", text, period=(2023, 2024), doc_type="progress_report", title="某市2023年计划执行情况")
    assert [r["part"] for r in only.items if r["unit_type"] != "heading"][0] == "summary"  # a progress report reviews
    cut = "一、2015年国民经济和社会发展总体态势\n2015年，全市经济稳中提升，推进转型升级，生产总值增长8.9%。\n"
    parsed = parse_plan("c", cut, period=(2015, 2016), doc_type="progress_report", title=draft)
    assert [r["part"] for r in parsed.items if r["unit_type"] != "heading"] == ["summary"]  # cut before its plan


def test_a_report_of_how_the_work_went_reviews_under_headings_that_plan_nothing():
    """…工作情况报告: a report whose title names how the work went reviews, though its headings name tasks."""
    text = ("2017年，市总工会围绕大局，作出了积极贡献。\n一、依法履职，强化责任担当\n"
            "（一）强化职工思想引导\n命名50个五一劳动奖状、101名五一劳动奖章。\n")
    parts = lambda title: [r["part"] for r in parse_plan("w", text, period=(2017, 2017), doc_type="work_report",
                                                          title=title).items if r["unit_type"] != "heading"]
    assert set(parts("2017年市总工会工作情况报告")) == {"summary"}
    assert parts("在市总工会第十次代表大会上的工作报告")[-1] == "plan"  # a report to a congress: its own cues


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_text_of_no_known_genre_whose_paragraphs_look_back_is_a_review():
    """A year-end review under a headline of words (温暖守护 当好职工信赖的“娘家人”): paragraph after paragraph of
    这一年，我们…; its paragraphs of bare verbs (选树20家…，建成5个…) report too. A text that looks ahead does not."""
    review = ("回望2025年，是市总工会砥砺奋进的一年！\n"
              "这一年，我们始终把政治建设摆在首位，选树20家宣讲站，建成5个读书角。\n"
              "这一年，我们坚守安全底线，建强325人信息员队伍。\n"
              "这一年，我们厚植为民情怀，101家工会驿站升级改造。\n"
              "强化服务阵地建设，打造职工之家10家。")
    parsed = parse_plan("n", review, period=(2025, 2025), doc_type="unknown", title="温暖守护 当好职工信赖的娘家人")
    assert {r["part"] for r in parsed.items} == {"summary"}
    plan = review.replace("这一年，我们", "明年，我们将")
    assert [r["part"] for r in parse_plan("n", plan, period=(2025, 2025), doc_type="unknown",
                                         title="温暖守护").items][-1] == "plan"


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_news_story_whose_lead_announces_a_plan_in_its_later_sentences_tells_the_plan():
    """The plan a story is about may come in the lead's second or third sentence (…隆重开幕。州长…作政府工作报告。
    报告明确，今年将…办好“十件民生实事”。); a lead that sums up a year as well (总结2019年…，部署2020年…) still reviews."""
    items = "\n（一）\n促进群众就业增收，开展职业技能培训2.5万人次。\n（二）\n办好人民满意教育，新建公办幼儿园20所。"
    lead = ("1月31日上午，某州第十五届人民代表大会第四次会议隆重开幕。州长代表州人民政府向大会作政府工作报告。\n"
            "报告明确，今年将继续统筹财力，扎实办好“十件民生实事”。")
    parsed = parse_plan("n", lead + items, period=(2025, 2025), doc_type="news_report", title="")
    assert [r["part"] for r in parsed.items][-2:] == ["plan", "plan"]
    both = lead.replace("报告明确，今年将继续统筹财力，扎实办好“十件民生实事”。", "会议总结2024年工作，部署2025年重点任务。")
    review = "\n据悉，全州开展职业技能培训2.5万人次，新建公办幼儿园20所。"
    assert [r["part"] for r in parse_plan("n", both + review, period=(2025, 2025), doc_type="news_report",
                                          title="").items][-1] == "summary"


def test_a_news_story_whose_lead_says_a_blueprint_was_drawn_tells_the_plan():
    """…会议开幕，用九个“坚定不移”绘就了今后五年某市的发展蓝图 (round 160): the story tells the plan the meeting set out,
    paragraph after paragraph of 坚定不移推进… whose targets (占比达到35%) are no results, whatever the lead's 了."""
    text = ("今年是“十四五”承上启下关键之年。2月23日，某市第十八届人民代表大会第一次会议开幕，用九个“坚定不移”绘就了今后五年"
            "某市的发展蓝图。\n坚定不移推进创新驱动发展，建平台、育主体，“四新”经济占比达到35%，合作高校院所数量达到500家。")
    parts = [r["part"] for r in parse_plan("n", text, period=(2021, 2021), doc_type="news_report", title="").items]
    assert parts[-1] == "plan"


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_lead_that_tells_of_benefits_given_still_announces_the_things_that_will_be_done():
    """作为…“娘家人”，今年，某市总工会…又出了一波新“福利”！ then 会上公布了今年…将为职工重点办好的十件实事——一是… (round
    200): the lead's 了 tells of the announcement, and an announcement that says what will be done (将…办好…实事) is no
    background, so the list after it (no cue of its own) is the plan; a lead of results before a notice issued
    (the test above) still reviews."""
    text = ("作为职工的“娘家人”，今年，某市总工会为更好地服务职工，又出了一波新“福利”！\n"
            "3月16日，某市总工会召开全委会议。会上公布了今年某市总工会本级将为职工重点办好的十件实事——"
            "一是对8000名高技能人才实施奖励。\n二是为1.5万名一线职工提供免费疗休养活动。\n三是新建“妈咪暖心小屋”100家。")
    parts = [r["part"] for r in parse_plan("n", text, period=(2021, 2021), doc_type="news_report", title="").items]
    assert parts[-3:] == ["plan", "plan", "plan"]
    kept = text.replace("将为职工重点办好的十件实事", "为职工重点办好的十件实事已全部兑现")
    assert [r["part"] for r in parse_plan("n", kept, period=(2021, 2021), doc_type="news_report",
                                          title="").items][-1] == "summary"


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_story_of_the_years_project_plan_handed_down_tells_the_plan():
    """3月28日，某市下达2024年首批重点项目计划，648个重点项目，年计划投资706.4亿元 (round 206, after the stop's final check):
    a plan handed down (下达) is announced as one issued (印发, 下发) is, so the story's paragraphs of counts are the plan."""
    title = "某市首批重点项目年计划投资706.4亿元"
    text = (title + "\n3月28日，某市下达2024年首批重点项目计划，648个重点项目，年计划投资706.4亿元，将为高质量发展提供强支撑。\n"
            "据了解，某市确定2024年首批重点项目648个。从项目类型看，基础设施项目193个，民生补短板项目81个。")
    parts = [r["part"] for r in parse_plan("n", text, period=(2024, 2024), doc_type="news_report", title=title).items]
    assert parts[-1] == "plan"
    # with no headline and a perfective 了 before the plan's year (round 221's 江西 story): still the plan handed down
    text = ("近日，某省住房和城乡建设厅联合下达了2025年全省保障性安居工程建设工作计划。\n"
            "据介绍，我省确定了2025年度开工任务、竣工任务3项目标任务。开工任务方面，城中村改造目标任务为开工改造38759户。")
    parts = [r["part"] for r in parse_plan("n", text, period=(2025, 2025), doc_type="news_report").items]
    assert parts == ["plan", "plan"]
    # a lead that tells what was done after it is no announcement (开展了2024年…活动)
    text = "近日，某市总工会开展了2024年金秋助学活动。\n活动共资助困难职工子女240余名。"
    parts = [r["part"] for r in parse_plan("n", text, period=(2024, 2024), doc_type="news_report").items]
    assert parts == ["summary", "summary"]


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_story_of_a_notice_that_an_event_is_to_be_held_tells_the_plan():
    """…发布通知，拟组织开展2023年川渝长江大保护劳动和技能竞赛 (round 203): the story sets out the contest to come, so
    its paragraphs with no cue of their own (…决赛时间为期2天) are the plan, not a review of a contest held."""
    text = ("中工网9月13日讯 近日，某市总工会、某省总工会等单位发布通知，拟组织开展2023年劳动和技能竞赛。\n"
            "据悉，技能大赛分为预赛和决赛两个阶段。决赛采取实际操作方式，决赛时间为期2天。")
    parts = [r["part"] for r in parse_plan("n", text, period=(2023, 2023), doc_type="news_report", title="").items]
    assert parts[-1] == "plan"
    held = text.replace("拟组织开展", "组织开展了")
    assert [r["part"] for r in parse_plan("n", held, period=(2023, 2023), doc_type="news_report",
                                          title="").items][-1] == "summary"


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_news_story_that_invites_a_look_at_the_years_tasks_tells_the_plan():
    """…开幕。省长…作政府工作报告。一起来看看会上提到的湖北省政府2024年工作思路和重点任务。 then bare lines of targets
    (城镇新增就业70万人以上, round 192): the story lists the plan; one that invites a look at how the tasks went
    (看看2023年重点工作完成情况) still reviews."""
    lead = ("1月30日，某省第十四届人民代表大会第二次会议开幕。省长向大会作政府工作报告。"
            "一起来看看会上提到的某省政府2024年工作思路和重点任务。\n")
    lines = "地区生产总值6%\n城镇新增就业70万人以上\n粮食产量500亿斤以上"
    parts = [r["part"] for r in parse_plan("n", lead + lines, period=(2024, 2024), doc_type="news_report",
                                           title="").items]
    assert parts[-3:] == ["plan"] * 3
    went = lead.replace("会上提到的某省政府2024年工作思路和重点任务", "某省2023年重点工作完成情况")
    parts = [r["part"] for r in parse_plan("n", went + lines, period=(2024, 2024), doc_type="news_report",
                                           title="").items]
    assert parts[-3:] == ["summary"] * 3


def test_a_heading_that_ends_on_a_result_reached_reviews():
    for heading in ("高水平全面建成小康社会如期实现", "脱贫攻坚任务胜利完成", "顺利完成全年主要目标任务"):  # (round 205)
        assert heading_part(heading)[0] == "summary", heading
    assert heading_part("确保全面完成年度目标任务")[0] != "summary"
    assert heading_part("努力实现全年主要目标任务")[0] != "summary"


def test_a_section_on_why_the_document_was_drawn_up_reviews():
    """一、意见出台的背景 (round 170's 大姚 opinions): the background tells what came before, as 编制背景 does."""
    for heading in ("一、意见出台的背景", "编制背景", "方案制定的背景"):
        assert heading_part(heading)[0] == "summary", heading


def test_a_heading_that_ends_on_a_new_level_reached_reviews():
    """第一章 五年合力拼搏，沛县跃上高质量发展新平台 (round 169's 沛县 plan: its review chapter was read as plan); a
    heading that aims at the level (推动…迈上新台阶) plans."""
    for heading in ("第一章 五年合力拼搏，沛县跃上高质量发展新平台", "经济实力迈上新台阶"):
        assert heading_part(heading)[0] == "summary", heading
    for heading in ("推动制造业发展迈上新台阶", "第三章 加快建设现代产业体系，推动经济发展迈上新台阶"):
        assert heading_part(heading)[0] != "summary", heading


def test_a_heading_whose_first_clause_reaches_the_targets_it_names_reviews_decisively():
    """A report's review heading may name the plan or targets it reached (“十五”计划主要预期目标提前实现，…站在新的
    起点上): the plan words are what was reached, so the heading reviews and decides; a task to reach them plans."""
    for heading in ("“十五”计划主要预期目标提前实现，全市站在一个新的发展起点上", "“十三五”规划目标任务胜利完成",
                    "年度主要目标任务全面完成，经济运行稳中向好"):
        assert heading_part(heading) == ("summary", True), heading
    for heading in ("确保“十四五”规划目标任务全面完成", "全面完成全年目标任务", "力争提前实现“十五”计划目标"):
        assert heading_part(heading)[0] != "summary", heading
    report = ("一、“十五”计划主要预期目标提前实现，全市站在一个新的发展起点上\n（一）经济持续快速增长，综合实力跃上新台阶\n"
              "全市地区生产总值1266.2亿元，地方财政收入66.5亿元、增长23%，比“九五”末增长1.39倍。")
    parsed = parse_plan("r", report, period=(2006, 2006), doc_type="government_work_report", title="")
    assert {row["part"] for row in parsed.items} == {"summary"}


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_page_continued_from_an_earlier_page_of_a_progress_report_reads_its_cues_not_the_reports_order():
    """A report printed over a newspaper's pages, its second page cut (（上接06版）…): the page begins inside the
    report's plan, so its paragraphs are read by their own words, not as the review a report opens with."""
    draft = "关于某市2023年国民经济和社会发展计划执行情况及2024年计划草案的报告"
    page = ("（上接06版）大力发展现代服务业。积极推动两业融合，力争网络零售额增长15%以上。加快发展体验经济。\n"
            "打造特色精品农业。深化复合模式，新改建高标准农田10万亩以上，确保生猪出栏稳定在185万头以上。")
    parts = lambda text: [r["part"] for r in parse_plan("z", text, period=(2023, 2024), doc_type="progress_report",
                                                         title=draft).items]
    assert parts(page) == ["plan", "plan"]
    assert parts(page.replace("（上接06版）", "")) == ["summary", "summary"]  # from its start: the review first


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_plain_heading_line_in_the_preamble_heads_the_lines_under_it_but_the_title_lines_do_not():
    """A story of a report lists its targets under a plain heading line (经济社会发展主要预期目标) before its numbered
    tasks: the lines under it plan. A plan's title lines above its opening statement head nothing."""
    story = ("2月21日上午，某市第十五届人民代表大会第五次会议隆重开幕，市长作政府工作报告。\n"
             "经济社会发展主要预期目标\n·生产总值增长8%以上\n·规模以上工业增加值增长8%以上\n"
             "1.坚持稳定增长，铸就高质量发展新支撑\n着力扩大有效投资，全年实施重点项目1000个以上。")
    parts = {r["text"]: r["part"] for r in parse_plan("k", story, period=(2022, 2022),
                                                      doc_type="government_work_report").items}
    assert parts["·生产总值增长8%以上"] == parts["·规模以上工业增加值增长8%以上"] == "plan"
    plan = "某市总工会2020年工作要点\n2020年全市工会工作的总体思路是：坚持稳中求进，服务职工。\n一、思想引领\n1.开展宣讲。"
    rows = parse_plan("c", plan, period=(2020, 2020), doc_type="work_points").items
    assert [r["part"] for r in rows[:2]] == ["preamble", "principles"]


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_news_story_whose_lead_opens_on_the_plan_year_with_what_will_be_done_tells_the_plan():
    """贵州铜仁市总工会：奋力开创工会工作新局面 (a headline of words): its lead, 2021年，…工会将围绕…, says the story is
    the year's plan; a lead that tells of a visit and ends on 下一步 does not (its headline reports a sum)."""
    story = ("2021年，某市工会将围绕全市发展新任务，团结动员广大职工建功立业。\n强化理论武装，夯实党建基础\n"
             "充分发挥职工讲习所等阵地作用，广泛开展宣讲活动。\n继续开展网聚职工正能量主题活动，创新宣传方式。")
    parts = [r["part"] for r in parse_plan("t", story, period=(2021, 2021), doc_type="news_report",
                                           title="某市总工会：奋力开创工会工作新局面").items]
    assert parts[-2:] == ["plan", "plan"]
    visit = ("本报1月5日讯 1月5日，省总工会调研组到某市调研职工之家建设，下一步将加快建设。\n"
             "全市累计建设职工服务阵地463家。")
    assert parse_plan("v", visit, period=(2023, 2023), doc_type="news_report",
                      title="某市累计建设职工服务阵地463家").items[-1]["part"] == "summary"


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_news_story_announcing_measures_to_be_taken_tells_them_as_plans():
    """…为更好地促进企业发展，重点采取六项措施 (一是…二是…): the measures are a plan; 采取了六项措施 told them done."""
    story = ("近日，某市总工会召开机关党员干部大会，开展大讨论。为更好地促进企业发展，重点采取六项措施，促进经济社会发展。\n"
             "一是扎实开展进企业活动。进一步落实包困难企业制度，成立7个走访组。\n"
             "三是开展职工技术创新立功竞赛活动。动员组织职工开展技术攻关。")
    parts = lambda text: [r["part"] for r in parse_plan("y", text, period=(2015, 2015), doc_type="news_report",
                                                         title="某市总在新常态下发挥工会组织作用").items]
    assert parts(story)[-2:] == ["plan", "plan"]
    assert parts(story.replace("重点采取六项措施", "重点采取了六项措施"))[-2:] == ["summary", "summary"]


def test_a_look_back_and_its_fruit_head_a_review():
    for heading in ("回眸五载：砥砺深耕结硕果", "回望2025", "硕果累累的五年"):
        assert heading_part(heading) == ("summary", True), heading


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_news_lead_that_tells_a_meeting_summing_up_and_setting_tasks_reviews():
    """召开…会议，总结2023年工作，部署2024年任务: the lead tells of a meeting held, whose agenda names a plan; the story
    reports (its own 会议要求…要… still plans), as it does when its headline says 总结."""
    text = ("十堰市总工会召开六届二次全委(扩大)会\n"
            "2月22日下午，十堰市总工会召开第六届委员会第二次全体会议，总结2023年工作，部署2024年任务，交流经验，表扬先进。\n"
            "市总工会领导班子成员、市总工会六届委员会委员，拟增补委员等参加会议。\n"
            "会议要求，各级工会要强化政治引领，要服务中心大局。\n")
    parsed = parse_plan("s", text, period=(2024, 2024), doc_type="news_report", title="十堰市总工会召开六届二次全委(扩大)会")
    parts = [r["part"] for r in parsed.items if r["unit_type"] != "heading"]
    assert parts[1:] == ["summary", "summary", "plan"]



@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_story_of_cases_published_or_of_a_meeting_a_cited_notice_approved_announces_no_plan():
    """全国工会重点工作创新案例发布 publishes cases, not the key work (round 80); a notice cited in title marks as what
    approved a meeting (经…《关于印发〈…大会方案〉的通知》批复) is no plan the story announces: both stories report."""
    cases = ("日前，2025年第四季度全国工会重点工作创新案例发布，共聚焦19个领域推出36个创新案例，其中某省工会有3个案例入选。\n"
             "据悉，此次发布的创新案例涵盖省级案例5个、地市级17个。\n")
    parts = lambda text, title: [r["part"] for r in parse_plan("n", text, period=(2025, 2025), doc_type="news_report",
                                                               title=title).items]
    assert parts(cases, "某省3个工会创新案例入选全国工会重点工作创新案例") == ["summary", "summary"]
    assert parts(cases, "全国工会重点工作发布") == ["plan", "plan"]  # the key work itself announced
    congress = ("为深入贯彻落实党的十八大精神，经中共某县委办公室《关于印发〈某县工会第十三次会员代表大会方案〉的通知》批复，"
                "某县工会第十三次代表大会于2015年12月16日召开。\n大会选举出某县总工会第十三届委员会委员21名。\n")
    assert set(parts(congress, "某县工会第十三次代表大会顺利召开")) == {"summary"}


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_story_whose_lead_hands_in_results_reports_though_it_tells_of_a_notice_issued():
    """946.58万元善款…资助…3577人，这是…工会交出的2025“金秋助学”活动成绩单 (round 78): the lead tells results; the notice
    its second sentence says was issued in July is the campaign's background, not a plan the story announces."""
    story = ("946.58万元善款汇成爱河，资助困难职工家庭升学子女3577人，这是某市工会交出的2025“金秋助学”活动成绩单。\n"
             "今年7月，某市总工会联合市教育局制定印发《2025年金秋助学活动的通知》，明确助学对象、标准和流程。\n"
             "全市各级工会迅速响应，制订实施方案，积极拓展助学资源、完善帮扶机制。\n")
    parts = lambda text: [r["part"] for r in parse_plan("a", text, period=(2025, 2025), doc_type="news_report").items]
    assert parts(story) == ["summary"] * 3
    lead = "近日，某市总工会制定印发《2025年金秋助学活动的通知》，明确助学对象、标准和流程。\n"
    assert parts(lead + "各级工会要积极拓展助学资源，完善帮扶机制。\n")[-1] == "plan"  # the lead announces it


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_short_line_leading_into_its_list_with_a_colon_heads_it_among_the_title_lines():
    """“十四五”收官年 奋力推进… / 2025年预期目标： / 地区生产总值增长5% … (a newspaper's digest of a work report's
    targets, round 83): the colon line heads the targets before any line of text, so they plan."""
    page = ("“十四五”收官年 奋力推进中国式现代化某市实践\n2025年预期目标:\n地区生产总值增长5%\n固定资产投资额增长3%\n"
            "1、奋力推动经济持续回升向好\n加快重点项目建设进度，争取全年完成重点项目投资超1000亿元\n")
    rows = parse_plan("s", page, period=(2025, 2025), doc_type="unknown").items
    parts = {r["text"]: r["part"] for r in rows}
    assert parts["地区生产总值增长5%"] == parts["固定资产投资额增长3%"] == "plan"
    assert parts["“十四五”收官年 奋力推进中国式现代化某市实践"] == "preamble"




@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_longer_lead_into_a_list_heads_the_list_under_it_and_no_more():
    """…《规划》明确了今后五年发展的4个方面目标： / ——经济实力迈上新台阶。… (a news story of a plan's goals, round 93): the
    goals are told in the words of results (取得, 实现, 达到); the lead's colon makes them the plan's, as a heading
    would, up to the first paragraph that is no entry of the list. Read as a review, the story's genre leaning to
    review, before."""
    story = ("近日，记者从某市政府新闻发布会上获悉，《某市“十五五”规划纲要》已经发布，对全市发展作出全面部署。\n"
             "《纲要》明确了今后五年发展的两个方面主要目标：\n"
             "——经济实力迈上新台阶。地区生产总值达到5000亿元，创新能力显著提升。\n"
             "——民生福祉取得新进展。城镇新增就业累计达到20万人，居民收入增长和经济增长基本同步。\n"
             "去年，全市地区生产总值完成3900亿元，增长5.1%。\n")
    parts = [r["part"] for r in parse_plan("n", story, period=(2026, 2030), doc_type="news_report").items]
    assert parts[2:4] == ["plan", "plan"]
    assert parts[4] == "summary"  # the list has ended: the story's review goes on
    without_lead = story.replace("《纲要》明确了今后五年发展的两个方面主要目标：\n", "《纲要》共十篇五十章。\n")
    assert [r["part"] for r in parse_plan("n", without_lead, period=(2026, 2030),
                                          doc_type="news_report").items][2:4] == ["summary", "summary"]
def test_a_table_of_contents_is_its_own_part_and_the_outline_begins_below_it():
    """提纲： over the report's headings, then the report (round 85): the entries are part ``contents``, no items and
    no figures; the body's 一、 is the first section again, its review a summary (it was read as nested under the
    contents' last （六） and planned)."""
    from analysis.targets import target_records

    text = ("2026年某市政府工作报告\n提纲：\n一、2025年工作回顾\n二、2026年工作安排\n（一）扩大有效需求\n（二）深化改革\n"
            "2026年某市政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作。\n一、2025年工作回顾\n"
            "2025年，全市生产总值增长5.4%，完成423亿元。\n二、2026年工作安排\n（一）扩大有效需求\n全年新开工项目100个。\n"
            "（二）深化改革\n完成改革任务20项。")
    plan = parse_plan("d", text, period=(2026, 2026), doc_type="government_work_report", title="2026年某市政府工作报告")
    parts = {r["item_id"]: r["part"] for r in plan.items}
    assert [k for k, v in parts.items() if v == "contents"] == [f"d:contents.p{n}" for n in range(1, 6)]
    assert parts["d:1.h"] == "summary" and parts["d:1.p1"] == "summary" and parts["d:2.1"] == "plan"
    records = target_records(plan.items, {"d": (2026, 2026)}, [])
    assert not [q for q in records if ":contents." in q["item_id"]]
    assert {q["span"]: q["kind"] for q in records if q["kind"] in ("target", "achieved")} == {
        "增长5.4%": "achieved", "423亿元": "achieved", "100个": "target", "20项": "target"}


def test_a_table_of_contents_with_page_numbers_needs_no_opening_line_and_a_plain_list_is_none():
    lines = ["某县国民经济和社会发展第十四个五年规划纲要", "第一章 发展基础……………1", "第二章 总体要求…………5",
             "第三章 主要任务 ........ 9", "第一章 发展基础", "“十三五”时期，全县经济稳步增长。"]
    assert find_contents(lines, 0, len(lines)) == range(1, 4)
    assert find_contents(["目 录", "前 言", "第一章 发展基础", "第二章 总体要求", "前 言", "本规划根据…编制。"], 0, 6) == range(0, 4)
    assert find_contents(["一、总体要求", "二、主要任务", "三、保障措施", "为推进…，制定本方案。"], 0, 4) == range(0)


def test_a_run_of_headings_at_the_top_that_the_text_repeats_is_a_table_of_contents_without_a_mark():
    """A page that lists a report's headings before its text (一、2021年工作回顾 … （九）…, then the title, the salutation and
    一、2021年工作回顾 again, round 159): the list is the contents, and the review below it is the outline's first section
    (before, the repeated heading was read as a paragraph of the list's last section, 二、2022年工作安排, and its results
    as plan). Headings no line repeats are the outline itself."""
    lines = ["一、2021年工作回顾", "（一）深挖内需潜力", "二、2022年工作安排", "（一）促进供需畅通", "某省政府工作报告", "各位代表：",
             "一、2021年工作回顾", "地区生产总值增长8.8%。", "二、2022年工作安排", "地区生产总值增长7%以上。"]
    assert find_contents(lines, 0, len(lines), title="某省政府工作报告") == range(0, 4)
    assert find_contents(lines, 0, len(lines)) == range(0, 4)  # without the title: the unnumbered title line ends it
    assert find_contents(["一、总体要求", "二、主要任务", "三、保障措施", "一、总体要求", "为推进…，制定本方案。"], 0, 5) == range(0, 3)
    parsed = parse_plan("j", "\n".join(lines), period=(2022, 2022), doc_type="government_work_report",
                        title="某省政府工作报告")
    parts = {r["text"]: r["part"] for r in parsed.items}
    assert parts["地区生产总值增长8.8%。"] == "summary" and parts["地区生产总值增长7%以上。"] == "plan"


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_plans_title_over_a_text_without_an_outline_heads_nothing():
    """湖南省2021年国民经济和社会发展计划 over its paragraphs (round 102): the plan's title line is no heading that makes
    the whole text plan, so its opening review of 2020 (…取得决定性成就。地区生产总值增长3.8%) is read by its words; a
    story's headline broken over lines (市总工会召开2024年工作总结 / 及2025年工作谋划务虚会) still heads its lead."""
    plan = ("某省2021年国民经济和社会发展计划\n2020年，全省上下坚持稳中求进工作总基调，扎实做好“六稳”工作，全面落实“六保”任务，"
            "决战脱贫攻坚取得决定性成就。地区生产总值增长3.8%。\n按照总体部署，2021年主要预期目标是：地区生产总值增长7%以上。")
    parts = [r["part"] for r in parse_plan("h", plan, period=(2021, 2021), doc_type="work_plan", title="").items]
    assert parts[1:] == ["summary", "plan"]
    story = ("市总工会召开2024年工作总结\n及2025年工作谋划务虚会\n12月27日，市总工会召开务虚会，总结2024年工作，谋划2025年发展。"
             "\n2024年，市总工会坚决贯彻部署要求，在48项重点工程开展主题劳动竞赛。")
    parsed = parse_plan("d", story, period=(2025, 2025), doc_type="news_report", title="")
    assert [r["part"] for r in parsed.items][2] == "summary"


def test_a_heading_named_for_the_work_done_in_a_month_or_quarter_reviews():
    """一、5月份完成工作 over a monthly report's list (round 104, 南通): the work done in a month, as in a half year or a
    year, is a review; the next month's plan plans, and a month's work alone decides nothing."""
    for heading in ("5月份完成工作", "五月份完成的工作", "一季度完成工作", "本月完成工作"):
        assert heading_part(heading) == ("summary", True), heading
    assert heading_part("6月份工作计划") == ("plan", True)
    assert heading_part("5月份工作") == ("plan", False)


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_story_that_reads_a_reports_figures_plans_with_them():
    """北京两会:政府工作报告2022年精彩数据速读, its lead 市长…报告政府工作时提出2022年主要任务 and a list of the year's
    figures (round 104): a story of a reading of the report (news), whose lead announces the tasks, so the list
    plans."""
    from analysis.metadata import infer_metadata

    page = ("北京两会:政府工作报告2022年精彩数据速读\n"
            "人民网北京1月6日电 1月6日，在市第十五届人民代表大会第五次会议上，市长向大会报告政府工作时提出2022年主要任务。\n"
            "◆地区生产总值增长5%以上，一般公共预算收入增长4%\n◆留白增绿978.5公顷，建设50处休闲公园和小微绿地")
    meta = infer_metadata(page, "x.txt")
    assert (meta["doc_type"], meta["year_start"]) == ("news_report", 2022)
    parsed = parse_plan("b", page, period=(2022, 2022), doc_type="news_report", title=meta["title"])
    assert [r["part"] for r in parsed.items][-2:] == ["plan", "plan"]
    review = page.replace("提出2022年主要任务", "说，年初提出的目标任务全面完成")
    assert [r["part"] for r in parse_plan("b", review, period=(2022, 2022), doc_type="news_report",
                                          title=meta["title"]).items][-2:] != ["plan", "plan"]


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_headline_of_an_event_held_looks_ahead_only_by_its_strong_cues():
    """“贵州高质量完成‘十四五’规划”系列主题新闻发布会举行 over its story (round 85): the headline tells an event held, and
    the 规划 in the campaign's name makes no plan of it (only strong cues, 将, 要, would, as in a lead)."""
    story = ("“某省高质量完成‘十四五’规划”系列主题新闻发布会举行，首场从五个关键字看某市五年答卷\n"
             "10月13日，“某省高质量完成‘十四五’规划”系列主题新闻发布会某市专场举行，市长介绍“坚定不移落实工作思路，"
             "奋力谱写中国式现代化某市篇章”有关情况并答记者问。\n"
             "市长介绍，“十四五”以来，全市地区生产总值年均增长6%。")
    parts = lambda title: [r["part"] for r in parse_plan("g", story, period=(2025, 2025), doc_type="news_report",
                                                          title=title).items]
    assert parts("“某省高质量完成‘十四五’规划”系列主题新闻发布会举行")[1:] == ["summary", "summary"]
    assert parts("“某省高质量完成‘十四五’规划”系列主题新闻发布会举行，首场从五个关键字看某市五年答卷")[1:] \
        == ["summary", "summary"]  # the whole headline, its clause after the comma with it
    assert parts("")[1:] == ["summary", "summary"]  # as without a headline: the lead's strong cues decide


def test_a_heading_that_ends_on_how_far_targets_were_reached_reviews():
    """一、《纲要》主要目标指标实现情况 (a mid-term review of a five-year plan, round 106): a report of how far the targets
    were reached, decisive, though it names them by plan words; a task that names such a report (加强实施情况监测评估)
    stays a plan's heading."""
    for heading in ("《纲要》主要目标指标实现情况", "2023年重点项目实施情况"):
        assert heading_part(heading) == ("summary", True), heading
    assert heading_part("加强实施情况监测评估")[0] == "plan"


def test_a_line_that_says_how_many_parts_follow_opens_a_list_of_them():
    """报告分为两大部分 / 一、2023年工作回顾 / 二、2024年目标任务和主要工作 / 回顾2023 / 全省生产总值增长5.5%… (a news page
    that lists a report's parts before its excerpts, round 110): the two parts are contents, not the headings the
    excerpts fall under; the body's own first heading follows them."""
    lines = ["某省人代会开幕。", "报告分为两大部分", "一、2023年工作回顾", "二、2024年目标任务和主要工作", "回顾2023",
             "全省生产总值增长5.5%。"]
    assert find_contents(lines, 0, len(lines)) == range(1, 4)


def test_a_progress_table_written_a_row_a_line_is_read_a_cell_a_paragraph():
    """A web page's table one row a line, cells parted by marks: cleaning sets a tab between cells (its header would
    else go as a site's menu, and its row joins the next), and each task cell is plan, each progress cell review."""
    page = ("2020年十件民生实事进展情况\n"
            "大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |\n"
            "一、提高民生保障水平 | 1 | 将低保标准从每人每月574元提高到每人每月609元。 | 张三 | 市民政局 李四 | "
            "已完成。 已将低保标准提高到835元/人月。 |\n"
            "2 | 特困人员供养标准不低于低保标准的1.6倍。 | 张三 | 市民政局 李四 | 已完成，标准提高到每人每年20100元。 |")
    cleaned = clean_text(page)
    assert "table_rows" in [s.step for s in cleaned.steps] and "落实进展情况" in cleaned.text
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        items = parse_plan("t", cleaned.text, doc_type="progress_report").items
    part_of = {r["text"]: r["part"] for r in items}
    assert part_of["将低保标准从每人每月574元提高到每人每月609元。"] == "plan"
    assert part_of["特困人员供养标准不低于低保标准的1.6倍。"] == "plan"
    assert part_of["已完成。已将低保标准提高到835元/人月。"] == "summary"
    assert part_of["已完成，标准提高到每人每年20100元。"] == "summary"


def test_a_paragraph_framed_by_a_year_before_the_plan_reviews_it_whatever_its_weak_cues():
    """An annual plan that opens on the past year (2024年，我省坚持…，全面落实…，着力…。全年…增长4.8%) under no heading:
    the year frames a review, though its clauses open on 全面, 着力, 大力 as a plan's do (round 126); the next
    paragraph, on the plan's year, plans, and so does one a past year opens that says 要 (a strong cue ahead)."""
    text = ("某省2025年国民经济和社会发展计划\n"
            "2024年，我省坚持稳中求进，全面落实各项部署，着力做好统筹，大力实施八大行动，推动经济运行向好。"
            "全年地区生产总值增长4.8%、总量达5.3万亿元。\n"
            "2025年经济社会发展主要预期目标是：地区生产总值增长5.5%左右。\n"
            "2023年，全省完成投资2万亿元，今年要确保增长6%。")
    parts = [r["part"] for r in parse_plan("p", text, period=(2025, 2025), doc_type="work_plan").items]
    assert parts[1:] == ["summary", "plan", "plan"]


def test_a_headline_marked_as_the_stories_main_title_heads_no_section():
    """原标题：…（引题） / 47项任务指标提升“五强”实效（主题） over a story (round 127): the headline's decks, not headings;
    the story's paragraphs are read by their own cues (目前，…已经全部建立: a result)."""
    text = ("原标题：某省持续开展专项工作（引题）\n\n47项任务指标提升“五强”实效（主题）\n\n"
            "中工网讯 记者日前获悉，某市总工会助推工会组建，目前，该镇14个村已经全部建立联合工会委员会，覆盖会员14425人。\n\n"
            "自治区各地工会围绕目标，多措并举。")
    items = parse_plan("n", text, doc_type="news_report").items
    assert not any(r["unit_type"] == "heading" for r in items)
    assert next(r["part"] for r in items if r["text"].startswith("中工网讯")) == "summary"


def test_a_headline_naming_a_counted_programme_of_things_to_do_tells_the_plan():
    """青海省总工会10件实事惠及一线职工 (round 131): a story of the year's programme, its paragraphs read by their cues
    (今年，…投资100万元，建设50个…: plan); a headline that tells the programme done (…10件实事全部完成) reviews."""
    text = ("5月12日，记者从某省总工会获悉，某省总工会出实招求实效，实施一批项目惠及一线职工。\n"
            "今年，某省总工会投资100万元，建设50个工会户外劳动者服务站点。")
    told = parse_plan("n", text, doc_type="news_report", title="某省总工会10件实事惠及一线职工").items
    done = parse_plan("n", text, doc_type="news_report", title="某省总工会10件实事全部完成").items
    assert told[-1]["part"] == "plan" and done[-1]["part"] == "summary"


def test_a_headline_naming_a_budget_allocated_tells_the_plan():
    """全國總工會安排1.5億元“縣級工會加強年”專項工作預算 (round 136): a story of a budget set, its paragraphs read by their
    cues; under a headline without it the story stays a review."""
    text = ("中工网讯 日前，全国总工会明确对口联系100个县级工会，推动专项工作走深走实。\n"
            "全国总工会决定，用工会经费安排专项预算1.5亿元，主要用于支持县级工会。")
    told = parse_plan("n", text, doc_type="news_report", title="全国总工会安排1.5亿元“县级工会加强年”专项工作预算").items
    plain = parse_plan("n", text, doc_type="news_report", title="全国总工会推动县级工会加强年").items
    assert told[0]["part"] == "plan" and plain[0]["part"] == "summary"


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_notice_that_publishes_a_list_announces_no_plan():
    """…印发《关于发布…试点单位名单的通知》，将…等8家职工服务中心，西藏航空等3家企业确定为…试点单位 (round 174's 西藏
    story): a list published (名单, 表彰, 命名) is what was decided, and 将…确定为 marks whom it names, no time ahead; the
    notice's requirements after it (《通知》要求，各级工会要…) still plan. A notice of a plan still announces it."""
    text = ("近日，某区总工会印发《关于发布某区总工会第一批提升职工生活品质试点单位名单的通知》，将某市帮扶中心等8家职工服务中心，"
            "某航空等3家企业确定为第一批试点单位。\n《通知》要求，各级工会要进一步加强试点工作的指导，确保试点工作取得实效。")
    parsed = parse_plan("n", text, period=(2025, 2025), doc_type="news_report", title="某区总工会第一批试点单位名单公布")
    assert [r["part"] for r in parsed.items] == ["summary", "plan"]
    plan = text.replace("关于发布某区总工会第一批提升职工生活品质试点单位名单的通知", "关于组织开展2025年劳动竞赛的通知")
    parsed = parse_plan("n", plan, period=(2025, 2025), doc_type="news_report", title="某区工会新闻")
    assert [r["part"] for r in parsed.items][-1] == "plan"


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_short_line_that_says_what_its_subject_is_heads_nothing():
    """回首2024，是乘风破浪、笃行不怠 / 展望2025，是百舸争流、奋楫争先 over a year's review (round 196's 湖州 department): motto
    lines, statements, not a heading whose 展望 would make the review under it a plan; 2025年工作展望 still heads."""
    motto = "回首2024，是乘风破浪、笃行不怠\n展望2025，是百舸争流、奋楫争先\n"
    review = "2024年，全市粮食播种面积124万亩，完成投资121.6亿元，排名全省第一。\n全年新引进乡村产业项目233个。"
    parts = [r["part"] for r in parse_plan("h", motto + review, period=(2024, 2024), doc_type="work_summary").items]
    assert parts[-2:] == ["summary", "summary"]
    headed = "2025年工作展望\n全年新引进乡村产业项目250个。"
    parts = [r["part"] for r in parse_plan("h", review + "\n" + headed, period=(2024, 2024),
                                           doc_type="work_summary").items]
    assert parts[-1] == "plan"


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_a_yearbook_entry_under_its_overview_heading_records_the_year_whatever_its_verbs():
    """农业农村 / 【概    况】2022年,呼兰区农业农村局贯彻…,狠抓…;…指导各村集体将…入账 (round 209's 呼兰 entry): a yearbook's
    entry reports its year, though its verbs (确保, 将 as the object's mark, 要) read as a plan's; a summary and plan
    with such a heading still plans under its plan's heading."""
    entry = ("农业农村\n呼兰区人民政府 发布时间:2024-08-28\n【概    况】2022年,呼兰区农业农村局贯彻中央、省、市级农业农村工作会议"
             "精神,扎实推进区委、区政府工作部署,围绕确保国家粮食生产安全这一主线,狠抓粮食增产。指导162个村集体经济组织依据"
             "省级要将村级经营性资产变更为股本总额。指导各村集体将政府拨款入账,全区资产增加1.7亿元。")
    parts = [r["part"] for r in parse_plan("h", entry, period=(2022, 2022), doc_type="work_summary").items]
    assert parts[-1] == "summary"
    both = entry + "\n二、2023年工作计划\n全年新建高标准农田5万亩。"
    parts = [r["part"] for r in parse_plan("h", both, period=(2022, 2022), doc_type="summary_and_plan").items]
    assert parts[-1] == "plan"


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_the_hopes_a_speaker_sets_out_and_what_a_meeting_stresses_plan_in_a_story_that_reviews():
    """刘湘凌对全省各级教育工会提出几点希望：一是凝心铸魂，强化…; 会议强调，2025年是“十四五”规划收官之年… (round 209's 湖南 story):
    what a speaker hopes for and a meeting stresses is what is to be done, after the story's review of the year."""
    text = ("湖南省教育工会第六届委员会第五次全体（扩大）会议召开\n"
            "3月5日，湖南省教育工会第六届委员会第五次全体（扩大）会议在长沙召开。会议传达学习了有关精神。\n"
            "会上，刘湘凌对过去一年全省教育工会系统取得的成绩给予充分肯定。\n"
            "刘湘凌对全省各级教育工会提出几点希望：一是凝心铸魂，强化教职工思想政治引领。二是聚焦主业，维护教职工权益。\n"
            "会议强调，2025年是“十四五”规划收官之年，各级教育工会要进一步提高政治站位。")
    parsed = parse_plan("h", text, period=(2025, 2025), doc_type="news_report",
                        title="湖南省教育工会第六届委员会第五次全体（扩大）会议召开")
    assert [r["part"] for r in parsed.items][-3:] == ["summary", "plan", "plan"]


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_what_comes_next_in_a_story_that_reviews_is_planned():
    """接下来，富阳区总工会将组织18批，共计820人的疗休养活动。 (round 208's 富阳 story, after the trip that started): the time
    ahead and its 将 plan, in a story that reviews."""
    text = ("富阳区总工会一线职工疗休养启动\n4月8日，富阳区总工会2021年一线职工疗休养活动正式启动，首批40名职工踏上行程。\n"
            "本次疗休养对象重点向防疫一线人员倾斜。\n接下来，富阳区总工会将组织18批，共计820人的疗休养活动。")
    parsed = parse_plan("f", text, period=(2021, 2021), doc_type="news_report", title="富阳区总工会一线职工疗休养启动")
    assert [r["part"] for r in parsed.items][-2:] == ["summary", "plan"]


@pytest.mark.filterwarnings("ignore::analysis.structure.StructureWarning")
def test_what_a_named_report_sets_out_plans_in_a_story_of_it():
    """政府工作报告提出，2024年，江西经济社会发展主要预期目标有：… (round 213's 澎湃 story of the report): the report named before
    提出 sets out the plan, as 报告提出 does."""
    text = ("2024年江西加快构建现代化产业体系\n1月23日，江西省十四届人大二次会议在南昌开幕，省长作政府工作报告。2023年江西地区生产总值增长4.1%。\n"
            "政府工作报告提出，2024年，江西经济社会发展主要预期目标有：地区生产总值增长5%左右，规模以上工业增加值增长6.5%左右。")
    parsed = parse_plan("j", text, period=(2024, 2024), doc_type="news_report", title="2024年江西加快构建现代化产业体系")
    assert [r["part"] for r in parsed.items][-2:] == ["summary", "plan"]
