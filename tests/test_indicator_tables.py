"""Indicator tables: the layouts read, the columns' kinds, what is not a table."""
import pytest

from analysis.indicator_tables import indicator_cells
from analysis.targets import target_records


def _read(text, part="plan", period=(2021, 2025)):
    return [(c.text, c.unit, c.indicator, c.column, c.kind) for c in indicator_cells(text, part, period)]


def test_a_row_per_line_with_a_row_number_the_header_has_no_label_for():
    text = "指标|单位|2020年|2025年|属性\n1|城镇新增就业|万人|60|≥65|预期性\n2|森林覆盖率|%|45|46左右|约束性"
    assert _read(text) == [
        ("60", "万人", "城镇新增就业", "2020年", "baseline"), ("≥65", "万人", "城镇新增就业", "2025年", "target"),
        ("45", "%", "森林覆盖率", "2020年", "baseline"), ("46左右", "%", "森林覆盖率", "2025年", "target")]


def test_tab_separated_rows_and_offsets_that_give_back_the_cell():
    text = "说明。\n序号\t指标名称\t计量单位\t基期值\t目标值\n1\t新建职工之家\t家\t12\t20\n2\t培训职工\t万人次\t1.5\t[3]\n"
    cells = indicator_cells(text, "plan", (2021, 2025))
    assert [(c.text, c.kind) for c in cells] == [("12", "baseline"), ("20", "target"), ("1.5", "baseline"),
                                                ("[3]", "target")]
    assert all(text[c.start:c.end] == c.text for c in cells)


def test_a_cell_per_line_with_a_grouped_header_reads_values_from_the_right():
    """A web page's table: each cell on its line ending in |, a two-row header (目标 over 2025年 and 年均)."""
    text = ("序号 |\n指 标 |\n单位 |\n属性 |\n目标 |\n|\n2025年 |\n年均[累计] |\n||||\n"
            "1 |\n地区生产总值增长率 |\n% |\n预期性 |\n- |\n6左右 |\n"
            "2 |\n全员劳动生产率 |\n万元/人 |\n预期性 |\n36左右 |\n- |\n"
            "3 |\n居民平均预期寿命 |\n岁 |\n预期性 |\n>84 |\n- |")
    assert _read(text) == [("6左右", "%", "地区生产总值增长率", "年均[累计]", "target"),
                           ("36左右", "万元/人", "全员劳动生产率", "2025年", "target"),
                           (">84", "岁", "居民平均预期寿命", "2025年", "target")]


def test_a_review_table_reports_what_was_done_and_an_unlabelled_column_takes_the_part():
    text = "指标|单位|年度目标|完成值|增长\n1|地区生产总值|亿元|400|412|8\n2|一般公共预算收入|亿元|30|31.2|5"
    assert [(c.text, c.kind) for c in indicator_cells(text, "summary", (2023, 2023))] == [
        ("400", "target"), ("412", "achieved"), ("8", "achieved"), ("30", "target"), ("31.2", "achieved"),
        ("5", "achieved")]


def test_a_table_without_an_indicator_and_a_unit_column_is_left_to_the_sentence_rules():
    assert indicator_cells("项目|内容|时间\n1|建设职工之家|2021年\n2|开展培训|2022年\n3|举办竞赛|2023年") == []
    assert indicator_cells("a|b\nc|d") == []  # too short to be a table


def test_target_records_read_table_cells_once_with_their_column_year_and_row_as_sentence():
    text = "主要指标如下。\n指标|单位|2020年|2025年\n1|城镇新增就业|万人|60|≥65\n2|森林覆盖率|%|45|46左右\n"
    rows = [{"doc_id": "d", "item_id": "d:p1", "part": "plan", "text": text, "start": 10}]
    table = [r for r in target_records(rows, {"d": (2021, 2025)}, []) if r["evidence"] == "indicator_table"]
    assert [(r["span"], r["value"], r["unit"], r["kind"], r["year"], r["direction"]) for r in table] == [
        ("60", 600000.0, "人", "baseline", "2020", "exact"), ("≥65", 650000.0, "人", "target", "2025", "at_least"),
        ("45", 45.0, "%", "baseline", "2020", "exact"), ("46左右", 46.0, "%", "target", "2025", "about")]
    assert table[1]["sentence"] == "1|城镇新增就业|万人|60|≥65" and table[1]["indicator"] == "城镇新增就业"
    assert all(text[r["start"] - 10:r["end"] - 10] == r["span"] for r in table)


def test_a_run_of_table_lines_without_an_outline_is_one_paragraph_whose_numbers_are_read_by_column():
    from analysis.structure import StructureWarning, parse_plan

    text = "某市主要指标\n指标|\n单位|\n2025年|\n1|\n城镇新增就业|\n万人|\n65|\n2|\n森林覆盖率|\n%|\n46左右|\n以上指标为预期性。"
    with pytest.warns(StructureWarning, match="no numbered sections"):
        plan = parse_plan("d", text, period=(2021, 2025))
    table = [r for r in plan.items if "指标|" in r["text"]]
    assert len(table) == 1 and table[0]["text"].endswith("46左右|")
    records = target_records(plan.items, {"d": (2021, 2025)}, [])
    assert [(r["span"], r["unit"], r["kind"], r["indicator"]) for r in records if r["evidence"] == "indicator_table"] \
        == [("65", "人", "target", "城镇新增就业"), ("46左右", "%", "target", "森林覆盖率")]


_PROGRESS = ("某市民生实事落实情况\n\n序号考核指标单位工作目标已完成数占年任务之比备注\n"
             "1城镇新增就业万人5.2 7.23  139.1%人社局\n"
             "2自然村通水泥路公里1360 1361.92  100.1%交通局\n"
             "3提高低保标准元/月/人不低于60元60达到目标60元民政局\n"
             "基本消除空白村21 21 100.0%卫健委4改建农村户用厕所100万户以上144281 127258 88.2%农业农村局\n"
             "\n全年各项工作进展顺利。")


def test_a_progress_table_copied_as_text_reads_its_numbers_by_the_header_order_of_its_value_columns():
    """Cells a space apart after the spaces between Chinese characters are gone: what is to be done (target),
    what is done and the share done (achieved); rows run together on one line are read one after another."""
    cells = indicator_cells(_PROGRESS, "summary", (2020, 2020), units=("人", "公里", "户"))
    assert [(c.text, c.unit, c.indicator, c.kind) for c in cells] == [
        ("5.2", "万人", "城镇新增就业", "target"), ("7.23", "万人", "城镇新增就业", "achieved"),
        ("139.1%", "%", "城镇新增就业", "achieved"),
        ("1360", "公里", "自然村通水泥路", "target"), ("1361.92", "公里", "自然村通水泥路", "achieved"),
        ("100.1%", "%", "自然村通水泥路", "achieved"),
        ("21", "", "基本消除空白村", "target"), ("21", "", "基本消除空白村", "achieved"), ("100.0%", "%", "基本消除空白村", "achieved"),
        ("144281", "", "卫健委4改建农村户用厕所100万户以上", "target"),
        ("127258", "", "卫健委4改建农村户用厕所100万户以上", "achieved"),
        ("88.2%", "%", "卫健委4改建农村户用厕所100万户以上", "achieved")]
    assert all(_PROGRESS[c.start:c.end] == c.text for c in cells)
    # no header naming what is to be done and what is done: numbers a space apart are no table
    assert indicator_cells(_PROGRESS.replace("工作目标已完成数", "甲乙"), "summary", units=("人",)) == []


def test_a_progress_table_is_one_paragraph_and_the_task_its_row_names_is_a_target_even_in_a_review():
    from analysis.structure import StructureWarning, parse_plan

    with pytest.warns(StructureWarning, match="no numbered sections"):
        plan = parse_plan("d", _PROGRESS, period=(2020, 2020), doc_type="progress_report")
    table = [r for r in plan.items if r["text"].startswith("序号考核指标")]
    assert len(table) == 1 and table[0]["text"].endswith("农业农村局") and table[0]["part"] == "summary"
    records = {r["span"]: (r["kind"], r["evidence"]) for r in target_records(plan.items, {"d": (2020, 2020)}, [])}
    assert records["100万户以上"] == ("target", "indicator_table")  # the task the row measures
    assert records["7.23"] == ("achieved", "indicator_table") and records["5.2"] == ("target", "indicator_table")


def test_a_budget_table_without_a_unit_column_reads_the_unit_its_value_column_names():
    """A markdown table: 项目 names the rows, 预算金额(元) the unit of its cells (a budget: planned), numbers with
    thousands separators; the separator row and a column without a unit (备注) are not read."""
    text = ("| 项目 | 预算金额(元) | 备注 |\n|------|------|------|\n| 运动会物资采购 | 2,000 | 含奖品 |\n"
            "| 文艺晚会场地及布置 | 3,000 | 含音响 |\n| 生日会 | 1,500 | 12 |")
    assert _read(text, period=(2025, 2025)) == [
        ("2,000", "元", "运动会物资采购", "预算金额(元)", "target"), ("3,000", "元", "文艺晚会场地及布置", "预算金额(元)", "target"),
        ("1,500", "元", "生日会", "预算金额(元)", "target")]
    rows = [{"doc_id": "d", "item_id": "d:p1", "part": "plan", "text": text, "start": 0}]
    assert [r["value"] for r in target_records(rows, {"d": (2025, 2025)}, []) if r["evidence"] == "indicator_table"] \
        == [2000.0, 3000.0, 1500.0]


def test_a_list_of_projects_with_a_caption_and_a_column_of_who_answers_reads_its_amounts():
    """A cell-per-line table under a caption (某县十大民生实事项目清单 |): the header starts at 序号; 项目名称 names
    the rows; 责任单位 is who answers for a row, no unit column; 年度投资金额（万元） names its unit."""
    text = ("|\n某县2024年十大民生实事项目清单 |\n||||||\n|\n序号 |\n项目名称 |\n建设时间 |\n年度投资金额（万元） |\n责任单位 |\n|\n"
            "1 |\n中小学运动场地改造项目 |\n2024 |\n300 |\n教体局 |\n|\n2 |\n老旧小区改造项目 |\n2024 |\n1360 |\n住建局 |")
    assert _read(text, part="annex", period=(2024, 2024)) == [
        ("300", "万元", "中小学运动场地改造项目", "年度投资金额（万元）", "target"),
        ("1360", "万元", "老旧小区改造项目", "年度投资金额（万元）", "target")]


def test_a_statistical_table_names_its_units_in_the_labels_even_with_characters_lost_in_the_header():
    text = "|指？？？？标|绝对数（亿元）|比上年增长% |\n|地区生产总值| 2313.0 | 5.2 |\n|其中：第一产业| 287.0 | 2.2 |"
    assert [(c.text, c.unit, c.indicator, c.kind) for c in indicator_cells(text, "summary", (2024, 2024))] == [
        ("2313.0", "亿元", "地区生产总值", "achieved"), ("5.2", "%", "地区生产总值", "achieved"),
        ("287.0", "亿元", "其中：第一产业", "achieved"), ("2.2", "%", "其中：第一产业", "achieved")]


def test_a_two_column_table_under_a_caption_reads_the_unit_the_caption_names():
    caption = "图2：居民消费价格比上年涨跌幅度(%) | |\n指 标 | 增 幅 |\n居民消费价格 | 0.1 |\n粮 食 | 3.7 |\n鲜 菜 | -0.7 |"
    cells = indicator_cells(caption, "summary")
    assert [(c.text, c.unit, c.indicator, c.column, c.kind) for c in cells] == [
        ("0.1", "%", "居民消费价格", "增幅", "achieved"), ("3.7", "%", "粮食", "增幅", "achieved"),
        ("-0.7", "%", "鲜菜", "增幅", "achieved")]  # a fall keeps its minus
    before = "一般公共预算收支表\n单位：万元\n项目 | 执行数\n税收 | 122525\n非税 | 138061"
    assert [(c.text, c.unit, c.kind) for c in indicator_cells(before, "plan")] == [
        ("122525", "万元", "achieved"), ("138061", "万元", "achieved")]
    # a rule line under the header (a page's markdown table) is no header
    ruled = "| 项目 | 预算金额(元) | 备注 |\n|------|------|------|\n| 运动会物资 | 2,000 | 奖品 |\n| 文艺晚会 | 3,000 | 音响 |"
    assert [(c.text, c.unit) for c in indicator_cells(ruled, "plan")] == [("2,000", "元"), ("3,000", "元")]


def test_a_yearbook_table_names_units_in_its_row_labels_and_its_years_run_back():
    table = ("表15—4 工会组织基本情况 | ||\n指 标 | 2010年 | 2009年 |\n基层工会数(个) | 10314 | 9683 |\n"
             "其中:企业合计 | 7428 | 7225 |\n工会会员数(人) | 1789570 | 1704293 |")
    cells = indicator_cells(table, "plan", (2011, 2011))
    assert [(c.text, c.unit, c.kind) for c in cells] == [
        ("10314", "个", "achieved"), ("9683", "个", "achieved"), ("7428", "个", "achieved"), ("7225", "个", "achieved"),
        ("1789570", "人", "achieved"), ("1704293", "人", "achieved")]
    # a plan's table runs forward from its base year: baseline then target, as before
    plan = "指标 | 2020年 | 2025年\n新建职工之家(家) | 60 | 65\n工会会员(万人) | 45 | 46"
    assert [c.kind for c in indicator_cells(plan, "plan", (2021, 2025))] == ["baseline", "target", "baseline", "target"]


def test_rows_that_end_in_the_indicators_attribute_read_their_starting_value_and_target():
    """A plan's indicator table copied as text, one row a line, its values a space apart and its attribute last
    (round 141: 肉类总产量 万吨 13.75 15 预期性, as cleaning leaves it: 肉类总产量万吨13.75 15预期性): two numbers are the
    starting value and the target, one is the target; the unit is the one the indicator's words end in, -- none. A
    row whose value is words (…增速% 7.6高于经济增长速度预期性) and a sentence are not read."""
    from analysis.loader import load_resources

    text = ("肉类总产量万吨13.75 15预期性\n农田灌溉水有效利用系数-- 0.6 0.61约束性\n秸秆综合利用率% 70 ≥86预期性\n"
            "农村居民人均可支配收入增速% 7.6高于经济增长速度预期性\n单位GDP能耗% 15约束性\n今年要完成10项预期性")
    read = [(c.text, c.unit, c.indicator, c.kind) for c in indicator_cells(text, units=tuple(load_resources().units))]
    assert read == [("13.75", "万吨", "肉类总产量", "baseline"), ("15", "万吨", "肉类总产量", "target"),
                    ("0.6", "", "农田灌溉水有效利用系数", "baseline"), ("0.61", "", "农田灌溉水有效利用系数", "target"),
                    ("70", "%", "秸秆综合利用率", "baseline"), ("≥86", "%", "秸秆综合利用率", "target"),
                    ("15", "%", "单位GDP能耗", "target")]
    assert all(text[c.start:c.end] == c.text for c in indicator_cells(text))


def test_a_page_cut_into_a_plans_indicator_table_plans_from_its_first_row():
    """(吉林省)…规划 / 肉类总产量 万吨 13.75 15 预期性 / … / 四、战略布局 (round 141): the rows before the first heading are
    the plan's targets, not its preamble."""
    from analysis.cleaning import clean_text
    from analysis.structure import parse_plan

    page = ("某市“十四五”推进农业农村现代化规划\n\n  肉类总产量 万吨 13.75 15 预期性\n\n  高标准农田面积 万亩 133 150 约束性\n\n"
            "  四、战略布局\n\n  “十四五”期间，全市将紧紧围绕现代农业城目标，布局谋划乡村振兴。\n")
    plan = parse_plan("d", clean_text(page).text, period=(2021, 2025), doc_type="development_plan")
    rows = [r for r in plan.items if "预期性" in r["text"] or "约束性" in r["text"]]
    assert [r["part"] for r in rows] == ["plan", "plan"]
    records = target_records(rows, {"d": (2021, 2025)}, [])
    assert [(r["span"], r["kind"]) for r in records] == [("13.75", "baseline"), ("15", "target"), ("133", "baseline"),
                                                         ("150", "target")]


def test_a_reviews_table_of_years_reads_every_number_as_a_result_in_the_unit_its_header_names():
    """表1 …GDP构成表 / 分行业 | 增长% | 结构% / 2024年 | 2023年 | 2024年 | 2023年 / 地区生产总值 | 4 | 3.8 | 100 | 100 (round
    138's communiqué): the earlier year's figures are results too, not starting values; in a plan such a table is
    not read this way."""
    text = ("表1 某县2024年GDP构成表 | ||||\n分行业 | 增长% | 结构% | ||\n2024年 | 2023年 | 2024年 | 2023年 | |\n"
            "地区生产总值 | 4 | 3.8 | 100 | 100 |\n工业 | 7.7 | -11.5 | 13.9 | 8.4 |\n建筑业 | -6.5 | 1.6 | 8.5 | 10.4 |")
    read = [(c.text, c.unit, c.indicator, c.column, c.kind) for c in indicator_cells(text, "summary", (2024, 2024))]
    assert read[:4] == [("4", "%", "地区生产总值", "2024年", "achieved"), ("3.8", "%", "地区生产总值", "2023年", "achieved"),
                        ("100", "%", "地区生产总值", "2024年", "achieved"), ("100", "%", "地区生产总值", "2023年", "achieved")]
    assert len(read) == 12 and read[5][:2] == ("-11.5", "%")
    assert indicator_cells(text, "plan", (2024, 2024)) == []


def test_numbers_that_open_a_progress_tables_row_are_its_numbers_not_values():
    """序号 市折子号 市政府工作报告任务 目前进展情况 / 1 21 以首善标准推进… (round 145's 通州 progress table): the row's number
    and its task's number open the line; no value is read from them."""
    text = ("序号 市折子号 市政府工作报告任务 目前进展情况\n1 21 以首善标准推进“两区”建设，完善督查督办机制。 成立领导小组。\n"
            "3 74 注重均衡发展，完成22个传统商圈改造提升任务。 召开协调会议。")
    assert indicator_cells(text, "summary", (2021, 2021)) == []


def test_a_row_that_leaves_its_unit_cell_out_keeps_its_values_at_the_right():
    """序号 指标名称 单位 年初目标 全年完成数 / 7 新增跨国公司地区总部 5 5 (round 153's 黄浦 plan execution report, its cells
    set out with tabs by cleaning): the row has no unit cell, so its first value is no unit; its values stand at the
    right, under the target and result columns."""
    text = ("序号\t指标名称\t单位\t年初目标\t全年完成数\n1\t区级一般公共预算收入增长率\t%\t5左右\t16.5\n"
            "2\t引进内资\t亿元\t170\t363.98\n3\t新增跨国公司地区总部\t5\t5\n4\t旧改征收户数\t20000以上\t26000以上")
    read = [(c.text, c.unit, c.indicator, c.kind) for c in indicator_cells(text, "summary", (2021, 2021))]
    assert read == [("5左右", "%", "区级一般公共预算收入增长率", "target"), ("16.5", "%", "区级一般公共预算收入增长率", "achieved"),
                    ("170", "亿元", "引进内资", "target"), ("363.98", "亿元", "引进内资", "achieved"),
                    ("5", "", "新增跨国公司地区总部", "target"), ("5", "", "新增跨国公司地区总部", "achieved"),
                    ("20000以上", "", "旧改征收户数", "target"), ("26000以上", "", "旧改征收户数", "achieved")]
