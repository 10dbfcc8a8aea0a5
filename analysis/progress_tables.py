"""Progress tables flattened to lines: which lines restate a task, and which report how it went.

A report on how a plan's tasks went (政府工作报告重点工作三季度完成情况, 一季度进展情况) is often a table, and
a page copied from the web gives it one cell per line: a header (序号 / 工作任务 / 牵头单位 / 进展情况), then for each
row its number, the task as the plan set it (地区生产总值增长6%以上。), the units that lead it (市发展改革委), and
what was done (2025年一季度，全市地区生产总值增长7.1%。). Read as prose, the whole table is one review, and the
plan's targets in the task cells become results. :func:`progress_table_roles` finds such tables in a run of
lines and gives each line its column: ``task`` lines restate the plan, ``progress`` lines report.

Rows are told apart by what the cells are, not by counting lines (a cell may run over several lines, a row may
name two units): a line that is only a row number starts a row; a run of lines that only name units (市财政局,
（市国资委）, 市发展改革委、市商务局) stands between the task and the progress when the header puts the units
there. Without row numbers, the task is the line right before the units. A header with no unit column needs row
numbers. A table ends at the next header, at the end of the lines, or where no unit or row number has come for
:data:`_MAX_CELL_LINES` lines.
"""

from __future__ import annotations

import re

__all__ = ["progress_table_roles", "is_one_line_header", "tabbed_table_rows", "table_row_cells", "TASK", "PROGRESS", "UNIT", "ROW_NO", "HEADER",
           "NOTE"]

TASK, PROGRESS, UNIT, ROW_NO, HEADER, NOTE = "task", "progress", "unit", "row_no", "header", "note"
#: Columns a header may hold that give their cells no role of their own: when the task is due (计划完成时间, 2023年底)
#: and whether it is on time (是否达到序时进度, 是).
_DEADLINE, _ON_TIME = "deadline", "on_time"

#: The header's labels, each a line of its own, by the column they name.
_HEADER_LABELS = (
    (ROW_NO, re.compile(r"序号|编号")),
    (TASK, re.compile(r"(?:(?:重点|主要|具体|年度|目标)?(?:工作)?(?:任务|事项)(?:内容|名称|事项)?|(?:重点)?工作(?:内容|事项)"
                      r"|重点工作|目标任务|项目(?:名称|内容)|(?:建设|工作)内容|任务及目标)"
                      r"(?:[和及与](?:要求|目标|标准|措施))?")),  # 具体工作任务和要求: the task and what it must meet
    (UNIT, re.compile(r"(?:牵头|责任|主责|配合|承办|主办|协办){1,2}(?:单位|部门|处室|科室|领导)|责任人|分管领导")),
    (NOTE, re.compile(r"备注|说明")),
    (_DEADLINE, re.compile(r"(?:计划|预计|要求)?完成(?:时间|时限|期限)|时间节点|时限(?:要求)?")),
    (_ON_TIME, re.compile(r"是否(?:按期|按时|如期)?(?:完成|达到(?:序时)?进度|达序时进度)")),
    (PROGRESS, re.compile(r"(?:[一二三四]季度|上半年|前三季度|全年|年度|\d{1,2}月(?:份|底|末)?|截至\S{0,8}|目前|当前)?"
                          r"(?:工作)?(?:落实|推进)?(?:进展|完成|落实|推进|执行|办理|办结)(?:情况|进度|进展)"
                          r"|(?:当前|目前|实施|项目|工作|总体)?进度")),  # 当前进度: how far it has come
)
#: A remark's cell after the units (县民生实事, 已完成): short, no clause's punctuation, no digit.
_RE_NOTE_CELL = re.compile(r"[^，。；！？,;!?\d]{1,12}")
#: A line that is only a row's number (1, 12, （3）).
_RE_ROW_NO = re.compile(r"[（(]?\d{1,3}[)）]?")
#: A line that only names units: names ending in an organisation's word, joined by 、，/ or spaces, perhaps bracketed.
_UNIT_NAME = r"[\u4e00-\u9fff]{1,16}(?:局|委|办|厅|院|会|中心|公司|集团|政府|部|室|处|所|站|队|行|社|署|组|馆|校|股|科|街道|管委会)"
_RE_UNIT_LINE = re.compile(rf"[（(]?{_UNIT_NAME}(?:[、，,/\s]+{_UNIT_NAME})*[)）]?")
#: A unit line is at most this long.
_UNIT_LINE_MAX = 40
#: A table has ended where no row number or unit has come for this many lines.
_MAX_CELL_LINES = 12


#: What separates the cells of a row written on one line with marks between them (大类 | 序号 | 工作任务 | …).
_RE_BAR = re.compile(r"[|｜\t]")
#: A cell of such a row: what stands between two marks, without the spaces around it.
_RE_BAR_CELL = re.compile(r"[^|｜\t\s](?:[^|｜\t]*[^|｜\t\s])?")
#: A row written on one line with spaces between its cells: it opens with its number (1 地区生产总值增长6%以上。 …).
_RE_SPACED_ROW = re.compile(r"[（(]?\d{1,3}[)）]?[ \u3000]+\S")
#: A header cell between marks is a label: this short, with no clause's punctuation.
_HEADER_CELL_MAX = 12
_RE_CLAUSE_MARK = re.compile(r"[，。；！？,;!?]")


def _header_label(line: str) -> str | None:
    return next((column for column, pattern in _HEADER_LABELS if pattern.fullmatch(line)), None)


def _one_line_header(line: str) -> tuple[str, list[str]] | None:
    """(``bar`` or ``space``, its columns) when ``line`` is a whole header on one line, or ``None``.

    Between marks (序号 | 工作任务 | 分管 市领导 | 落实进展情况) the labels not known (大类, 分管市领导) are columns
    too, but of no role, so only short labels are read; between spaces (序号 目标任务 责任单位 上半年推进情况)
    every label must be known, as a space also parts the words of a sentence. Either way a task and a progress
    column, each once (units may take two: 责任领导 | 责任单位).
    """
    if _RE_BAR.search(line):
        cells = [re.sub(r"\s", "", cell) for cell in _RE_BAR.split(line)]
        cells = [cell for cell in cells if cell]
        if any(len(cell) > _HEADER_CELL_MAX or _RE_CLAUSE_MARK.search(cell) for cell in cells):
            return None
        separator, columns = "bar", [c for c in map(_header_label, cells) if c is not None]
    else:
        cells = line.split()
        separator, columns = "space", [_header_label(cell) for cell in cells]
        if None in columns:
            return None
    if len(cells) < 3 or columns.count(TASK) != 1 or columns.count(PROGRESS) != 1 \
            or columns.count(ROW_NO) > 1 or columns.count(NOTE) > 1:
        return None  # (two unit columns may stand side by side: 责任领导 | 责任单位)
    return separator, columns


#: The labels of an indicator table's header set out by spaces (序号 指标名称 单位 年初目标 全年完成数): one names the
#: indicator, one says what a value column holds (a target, a result, a year).
RE_INDICATOR_LABEL = re.compile(r"指标|名称")
_RE_VALUE_COLUMN_LABEL = re.compile(r"目标|预期|计划|完成|实际|实绩|(?:19|20)\d{2}")


def _indicator_header(line: str) -> bool:
    """Whether ``line`` is an indicator table's header on one line with spaces between its labels (序号 指标名称 单位 年初目标
    全年完成数): at least three short labels with no clause's punctuation, one naming the indicator and one what a
    value column holds."""
    cells = line.split()
    return (len(cells) >= 3 and not any(len(cell) > _HEADER_CELL_MAX or _RE_CLAUSE_MARK.search(cell) for cell in cells)
            and any(RE_INDICATOR_LABEL.search(cell) for cell in cells)
            and any(_RE_VALUE_COLUMN_LABEL.search(cell) for cell in cells))


def is_one_line_header(line: str) -> bool:
    """Whether ``line`` is a progress table's whole header on one line (工作任务 | 牵头单位 | 进展情况): its rows are
    read a cell a line (:func:`table_row_cells`), not as an indicator table's rows of figures.

    >>> is_one_line_header("序号\t重点工作任务\t牵头责任单位\t一季度完成情况"), is_one_line_header("指标 目标 完成情况")
    (True, False)
    """
    return _one_line_header(line.strip()) is not None


def tabbed_table_rows(text: str) -> tuple[str, int]:
    r"""``text`` with each progress table written a row a line set out with a tab between its cells, and how many
    lines were so set out.

    A web page's table often comes one row a line, its cells parted by marks (2 | 特困供养人员… | 市民政局 | 已完成。…)
    or spaces (1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长2.9%。; an indicator table's 5 引进内资 亿元 170
    363.98 under 序号 指标名称 单位 年初目标 全年完成数, :func:`_indicator_header`). Cleaning would take the spaces
    between Chinese cells for a PDF's artefacts and the marks' header for a site's menu, and join a row to the
    next: the table's cells would be lost. Under a header on one line (:func:`_one_line_header`), the header and
    every line with a mark (a table between marks) or that opens with a row's number (a table between spaces) get a
    tab between cells, which cleaning keeps and never joins across; :func:`table_row_cells` reads them. A table
    ends where no row has come for :data:`_MAX_CELL_LINES` lines; a text without such a header comes back unchanged.

    >>> tabbed_table_rows("序号 目标任务 责任单位 进展情况\n1 新建职工之家10家。 市总工会 已建成6家。\n其余在建。")
    ('序号\t目标任务\t责任单位\t进展情况\n1\t新建职工之家10家。\t市总工会\t已建成6家。\n其余在建。', 2)
    """
    lines = text.split("\n")
    separator, since_row, changed = None, 0, 0
    for k, line in enumerate(lines):
        stripped = line.strip()
        header = _one_line_header(stripped)
        if header is not None or not _RE_BAR.search(stripped) and _indicator_header(stripped):
            separator, since_row = header[0] if header else "space", 0  # (an indicator table's: 序号 指标名称 单位 …)
        elif separator is None or not stripped:
            continue
        elif separator == "bar" and _RE_BAR.search(stripped) or separator == "space" and _RE_SPACED_ROW.match(stripped):
            since_row = 0
        else:
            since_row += 1
            separator = separator if since_row <= _MAX_CELL_LINES else None
            continue
        cells = _RE_BAR_CELL.findall(stripped) if separator == "bar" else stripped.split()
        tabbed = "\t".join(cells)
        if tabbed != line:
            lines[k] = tabbed
            changed += 1
    return "\n".join(lines), changed


def table_row_cells(lines: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    r"""``lines`` with each row of a progress table set out with tabs (:func:`tabbed_table_rows`) split into its
    cells, a line each, and the offset where each begins (a cell's offset is where it stands in its line's text):
    so :func:`progress_table_roles` reads a row's task and its progress apart, as in a table of a cell a line. The
    header's line stays whole; lines outside such tables are left as they are.

    >>> lines = ["工作任务\t牵头单位\t进展情况", "1\t新建职工之家10家。\t市总工会\t已建成6家。"]
    >>> table_row_cells(lines, [0, 14])
    (['工作任务\t牵头单位\t进展情况', '1', '新建职工之家10家。', '市总工会', '已建成6家。'], [0, 14, 16, 27, 32])
    """
    out_lines: list[str] = []
    out_offsets: list[int] = []
    in_table, since_row = False, 0
    for line, at in zip(lines, offsets):
        header = _one_line_header(line.strip())
        if header is not None and header[0] == "bar":
            in_table, since_row = True, 0
        elif in_table and _RE_BAR.search(line):
            since_row = 0
            for cell in _RE_BAR_CELL.finditer(line):
                out_lines.append(cell.group(0))
                out_offsets.append(at + cell.start())
            continue
        elif in_table and line.strip():
            since_row += 1
            in_table = since_row <= _MAX_CELL_LINES
        out_lines.append(line)
        out_offsets.append(at)
    return out_lines, out_offsets


def _line_kind(line: str) -> str:
    if _RE_ROW_NO.fullmatch(line):
        return ROW_NO
    if len(line) <= _UNIT_LINE_MAX and _RE_UNIT_LINE.fullmatch(line):
        return UNIT
    return "text"


def progress_table_roles(lines: list[str], start: int = 0, stop: int | None = None) -> dict[int, str]:
    """The column of each line of the progress tables in ``lines[start:stop]`` (one cell per line).

    Parameters
    ----------
    lines : list of str
        The lines of a cleaned text.
    start, stop : int
        The lines to read (``stop`` None: to the end).

    Returns
    -------
    dict of int to str
        Line index → ``header``, ``row_no``, ``task``, ``unit`` or ``progress``, for the lines of every table found
        (blank lines are left out); empty when there is none. A table is read only under a header of at least a
        task and a progress column, each label a line of its own.

    Examples
    --------
    >>> lines = ["工作任务", "牵头单位", "进展情况", "1", "地区生产总值增长6%以上。", "市发展改革委",
    ...          "一季度，地区生产总值增长7.1%。", "2", "新建职工之家10家。", "市总工会", "已建成6家。", "其余在建。"]
    >>> roles = progress_table_roles(lines)
    >>> [roles[i] for i in range(3, len(lines))]
    ['row_no', 'task', 'unit', 'progress', 'row_no', 'task', 'unit', 'progress', 'progress']
    """
    stop = len(lines) if stop is None else stop
    roles: dict[int, str] = {}
    i = start
    while i < stop:
        if _header_label(lines[i].strip()) is None and _one_line_header(lines[i].strip()) is None:
            # only a label line, or a header on one line, opens a header (blank runs are read once)
            i += 1
            continue
        header, columns, after = _header_at(lines, i, stop)
        table = _read_rows(lines, header, columns, after, stop) if header else {}
        roles.update(table)
        i = max(after, max(table, default=-1) + 1)
    return roles


def _header_at(lines: list[str], i: int, stop: int) -> tuple[list[int], list[str], int]:
    """The header starting at line ``i`` (its line indices and columns) and the line after it; or no header and
    ``i + 1``."""
    one_line = _one_line_header(lines[i].strip())
    if one_line is not None:
        return [i], one_line[1], i + 1
    header, columns = [], []
    k = i
    while k < stop:
        line = lines[k].strip()
        if not line:
            k += 1
            continue
        column = _header_label(line)
        if column is None or column in columns:
            break
        header.append(k)
        columns.append(column)
        k += 1
    if TASK in columns and PROGRESS in columns:
        return header, columns, k
    return [], [], i + 1


def _read_rows(lines: list[str], header: list[int], columns: list[str], start: int, stop: int) -> dict[int, str]:
    """The roles of a table's lines, from its header's columns and the kinds of the lines after it."""
    cells: list[tuple[int, str]] = []  # (line, kind) of the table's non-blank lines
    since_anchor = 0
    for k in range(start, stop):
        line = lines[k].strip()
        if not line:
            continue
        if (_header_label(line) is not None or _one_line_header(line) is not None) and cells \
                and _header_at(lines, k, stop)[0]:
            break  # the next table's header
        kind = _line_kind(line)
        since_anchor = 0 if kind in (ROW_NO, UNIT) else since_anchor + 1
        if since_anchor > _MAX_CELL_LINES:  # prose after the table: its last row's last cell is taken as one line
            tail = next((n for n in range(len(cells), 0, -1) if cells[n - 1][1] != "text"), -1)
            del cells[tail + 1:]
            break
        cells.append((k, kind))
    numbered = any(kind == ROW_NO for _, kind in cells)
    if UNIT not in columns and not numbered:
        return {}
    roles = {k: HEADER for k in header}
    unit_before_progress = UNIT in columns and columns.index(UNIT) < columns.index(PROGRESS)
    note_after_units = NOTE in columns and UNIT in columns and columns.index(NOTE) > columns.index(UNIT)
    row_start = True  # the next text line is the first of a row
    for n, (k, kind) in enumerate(cells):
        if kind == ROW_NO:
            roles[k], row_start = ROW_NO, True
            continue
        if note_after_units and kind == "text" and n and cells[n - 1][1] == UNIT \
                and _RE_NOTE_CELL.fullmatch(lines[k].strip()):
            roles[k] = NOTE  # 序号 / 项目内容 / 当前进度 / 牵头单位 / 备注: the remark closes the row, not the next task
            continue
        if kind == UNIT:
            roles[k] = UNIT
            row_start = not unit_before_progress  # units after the progress close the row
            continue
        if unit_before_progress:
            before_units = _next_kind(cells, n) == UNIT  # the last line before the units is the task's
            in_task = row_start or before_units
            roles[k] = TASK if in_task else PROGRESS
            row_start = row_start and not before_units and numbered
        else:
            roles[k] = TASK if row_start else PROGRESS
            row_start = False
    return roles


def _next_kind(cells: list[tuple[int, str]], n: int) -> str | None:
    return cells[n + 1][1] if n + 1 < len(cells) else None

