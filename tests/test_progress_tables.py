"""Progress tables flattened to one cell per line: the column of each line; tables written a row a line set out
with tabs and read a cell a line."""
from analysis.progress_tables import (HEADER, NOTE, PROGRESS, ROW_NO, TASK, UNIT, is_one_line_header, progress_table_roles,
                                      tabbed_table_rows, table_row_cells)


def roles_of(lines):
    roles = progress_table_roles(lines)
    return [roles.get(i) for i, line in enumerate(lines) if line.strip()]


def test_numbered_rows_with_units_between_task_and_progress():
    lines = ["工作任务", "牵头责任单位", "一季度进展情况", "1", "地区生产总值增长6%以上。", "市发展改革委",
             "一季度，地区生产总值增长7.1%。", "2", "居民收入与经济增长相匹配。", "市人社局", "市农业农村局",
             "一季度，居民人均可支配收入14492元。"]
    assert roles_of(lines) == [HEADER] * 3 + [ROW_NO, TASK, UNIT, PROGRESS, ROW_NO, TASK, UNIT, UNIT, PROGRESS]


def test_without_row_numbers_the_line_before_the_units_is_the_task():
    """A page with blank lines between cells and no row numbers: a progress cell of several numbered lines (1.…
    2.…) and a bracketed second unit; the task is the line right before its units."""
    lines = ["序号", "", "任务内容", "", "牵头单位", "", "三季度进展情况", "", "一般公共预算收入与经济增长基本同步。", "",
             "市财政局", "", "前三季度，全市实现一般公共预算收入182.44亿元。", "", "深化国资国企改革，提升市场化运作能力。", "",
             "市财政局", "（市国资委）", "", "1.持续完善国资监管制度体系。", "2.已实施投资项目113个。", "",
             "地区生产总值增长7%以上。", "市发改委", "1-6月，地区生产总值增长8.4%。"]
    assert roles_of(lines) == [HEADER] * 4 + [TASK, UNIT, PROGRESS, TASK, UNIT, UNIT, PROGRESS, PROGRESS,
                                              TASK, UNIT, PROGRESS]


def test_a_header_with_the_tasks_deadline_and_whether_it_is_on_time_and_units_of_a_bureaus_sections():
    """序号 / 目标任务 / 牵头责任单位 / 计划完成时间 / 目前完成情况 / 是否达到序时进度 (round 208's 怀远 page): the deadline and
    on-time columns are the header's too; a bureau's sections (农田建设管理股、农业股) name units."""
    lines = ["序号", "目标任务", "牵头责任单位", "计划完成时间", "目前完成情况", "是否达到序时进度",
             "建成高标准农田8.3万亩，确保粮食总产稳定在120万吨以上。", "农田建设管理股、农业股", "2023年底",
             "高标准农田8.3万亩正在施工中，整体进度70%。",
             "加快推动农业规模化经营，全县土地流转率达60%。", "经管站", "2023年底", "已累计完成改革试验面积31.7万亩。"]
    assert roles_of(lines) == [HEADER] * 6 + [TASK, UNIT, PROGRESS, PROGRESS, TASK, UNIT, PROGRESS, PROGRESS]


def test_units_after_the_progress_close_the_row():
    lines = ["重点任务", "完成情况", "责任单位", "新建职工之家10家。", "已建成6家，其余在建。", "市总工会",
             "培训职工1000人次。", "已培训1200人次。", "市人社局、市总工会"]
    assert roles_of(lines) == [HEADER] * 3 + [TASK, PROGRESS, UNIT, TASK, PROGRESS, UNIT]


def test_a_remark_after_the_units_closes_the_row():
    """序号 / 项目内容 / 当前进度 / 牵头单位 / 备注 (round 169's 苍南 table of a year's projects, its row numbers
    cleaned away): the remark after the units is no task of the next row, which would shift every row by a
    cell; a row whose remark is empty goes on with its task."""
    lines = ["序号", "项目内容", "当前进度", "牵头单位", "备注", "新建公办园5所，新增学位1000个。", "80%（进度滞后）",
             "县教育局", "市民生实事", "建设四好农村路55公里。", "95%", "县交通局", "完成农村公路大中修70公里。", "90%",
             "县交通局", "县民生实事"]
    assert roles_of(lines) == [HEADER] * 5 + [TASK, PROGRESS, UNIT, NOTE, TASK, PROGRESS, UNIT, TASK, PROGRESS,
                                              UNIT, NOTE]


def test_a_header_needs_a_task_and_a_progress_column_and_rows_need_units_or_numbers():
    assert progress_table_roles(["工作任务", "新建职工之家10家。", "市总工会"]) == {}  # no progress column
    assert progress_table_roles(["工作任务", "进展情况", "新建职工之家10家。", "已建成6家。"]) == {}  # nothing marks rows
    prose = ["今年的工作任务是：新建职工之家10家。", "进展情况良好，已建成6家。", "市总工会"]
    assert progress_table_roles(prose) == {}  # labels inside sentences are no header


def test_prose_after_the_table_is_not_read_as_its_cells():
    """Where no unit has come for many lines, the table has ended: only the first line after the last unit is the
    last row's progress cell."""
    table = ["任务内容", "牵头单位", "进展情况", "新建职工之家10家。", "市总工会", "已建成6家。"]
    prose = [f"第{n}段正文，继续推进各项工作。" for n in range(20)]
    roles = progress_table_roles(table + prose)
    assert max(roles) == len(table) - 1 and roles[len(table) - 1] == PROGRESS


def test_two_tables_each_read_under_its_own_header():
    one = ["工作任务", "牵头单位", "进展情况", "新建职工之家10家。", "市总工会", "已建成6家。"]
    two = ["工作任务", "进展情况", "牵头单位", "培训职工1000人次。", "已培训1200人次。", "市人社局"]
    roles = progress_table_roles(one + two)
    assert [roles[i] for i in range(len(one), len(one) + len(two))] == [HEADER] * 3 + [TASK, PROGRESS, UNIT]


BAR_TABLE = ("大类 | 序号 | 工作任务 | 分管 市领导 | 牵头单位及 主要负责人 | 落实进展情况 |\n"
             "一、继续提高底线民生保障水平 | 1 | 将低保标准从每人每月574元提高到每人每月609元。 | 张三 | 市民政局 李四 | "
             "已完成。 已将低保标准提高到835元/人月。 |\n"
             "2 | 特困人员供养标准不低于低保标准的1.6倍。 | 张三 | 市民政局 李四 | 已完成。 |")
SPACED_TABLE = ("序号 目标任务 责任单位 上半年推进情况\n"
                "1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。\n"
                "2 第一产业增加值增长5%。 区农业农村委\n区林业局\n第一产业增加值同比增长3.4%。")


def test_a_table_written_a_row_a_line_gets_tabs_between_its_cells():
    """Between marks the header may hold labels of no role (大类, 分管市领导); between spaces every label is known."""
    tabbed, changed = tabbed_table_rows(BAR_TABLE)
    lines = tabbed.split("\n")
    assert changed == 3 and lines[0].split("\t")[2] == "工作任务" and lines[2].split("\t")[:2] == ["2", "特困人员供养标准不低于低保标准的1.6倍。"]
    tabbed, changed = tabbed_table_rows(SPACED_TABLE)
    lines = tabbed.split("\n")
    assert changed == 3 and lines[1].split("\t") == ["1", "地区生产总值增长6%以上。", "区发展改革委", "地区生产总值同比增长2.9%。"]
    assert lines[3:] == ["区林业局", "第一产业增加值同比增长3.4%。"]  # a cell run over lines stays as it is


def test_an_indicator_table_set_out_by_spaces_gets_tabs_but_is_no_progress_table():
    """序号 指标名称 单位 年初目标 全年完成数 (round 153's 黄浦 plan execution report): a header that names the indicator and
    what its value columns hold; its numbered rows get tabs, which cleaning keeps, so the indicator table's reader
    (analysis.indicator_tables) reads its columns; it is no progress table to read a cell a line."""
    text = "序号 指标名称 单位 年初目标 全年完成数\n1 引进内资 亿元 170 363.98\n2 新增跨国公司地区总部 5 5\n全年目标完成。"
    tabbed, changed = tabbed_table_rows(text)
    assert changed == 3 and tabbed.split("\n")[1] == "1\t引进内资\t亿元\t170\t363.98"
    assert tabbed.split("\n")[-1] == "全年目标完成。"
    assert not is_one_line_header("序号\t指标名称\t单位\t年初目标\t全年完成数")
    # words a space apart that name no indicator are no header
    assert tabbed_table_rows("活动 安排 目标 说明\n1 开展 培训 5 次") == ("活动 安排 目标 说明\n1 开展 培训 5 次", 0)


def test_text_without_a_one_line_header_comes_back_unchanged():
    for text in ("央视网 | 中国网络电视台 | 网站地图\n1 新建职工之家10家。 市总工会",  # a menu: no task or progress label
                 "今年的工作任务 进展情况 良好\n1 新建职工之家10家。",  # an unknown word between spaces
                 "工作任务是：新建10家 | 进展情况：已建6家 | 其他"):  # labels inside clauses
        assert tabbed_table_rows(text) == (text, 0)
    assert is_one_line_header("序号\t重点工作任务\t牵头责任单位\t一季度完成情况")
    assert not is_one_line_header("指标 目标 完成情况")


def test_tabbed_rows_are_read_a_cell_a_line_task_apart_from_progress():
    text, _ = tabbed_table_rows(BAR_TABLE)
    lines, offsets = [], []
    for line in text.split("\n"):
        offsets.append(sum(len(x) + 1 for x in lines))
        lines.append(line)
    cells, cell_offsets = table_row_cells(lines, offsets)
    assert all(text[at:at + len(cell)] == cell for cell, at in zip(cells, cell_offsets))  # offsets into the text
    roles = progress_table_roles(cells)
    by_cell = {cells[i]: role for i, role in roles.items()}
    assert by_cell["将低保标准从每人每月574元提高到每人每月609元。"] == TASK
    assert by_cell["已完成。 已将低保标准提高到835元/人月。"] == PROGRESS
    assert by_cell["特困人员供养标准不低于低保标准的1.6倍。"] == TASK and by_cell["2"] == ROW_NO
    assert roles[0] == HEADER


def test_a_header_may_name_two_unit_columns_and_the_task_with_what_it_must_meet():
    """序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 | (round 175's 吉水 table of ten projects): the leader and
    the unit are both units, and the task's label may add what it must meet (和要求); still one task and one progress
    column."""
    assert is_one_line_header("序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |")
    assert not is_one_line_header("序号 | 工作任务 | 工作任务 | 落实情况 |")  # two task columns: no such table
    text = ("序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |\n"
            "1 | 增加义务教育学位5000个。 | 毛晓青 | 县教体局 | 新增义务教育学位5500个。 |")
    assert tabbed_table_rows(text)[1] == 2
