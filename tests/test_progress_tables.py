"""Progress tables flattened to one cell per line: the column of each line."""
from analysis.progress_tables import HEADER, PROGRESS, ROW_NO, TASK, UNIT, progress_table_roles


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


def test_units_after_the_progress_close_the_row():
    lines = ["重点任务", "完成情况", "责任单位", "新建职工之家10家。", "已建成6家，其余在建。", "市总工会",
             "培训职工1000人次。", "已培训1200人次。", "市人社局、市总工会"]
    assert roles_of(lines) == [HEADER] * 3 + [TASK, PROGRESS, UNIT, TASK, PROGRESS, UNIT]


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
