"""Indicator tables inside a plan's text: the 主要指标 tables of development plans and reports, as text exports
write them.

A table's cells are separated by ``|`` (``｜``) or a tab, in one of two layouts:

* a row per line: ``1|全市生产总值年均增长率|%|预期性|5左右``;
* a cell per line, each line ending in its separator (web pages of plan tables), rows starting at their
  number (1, 2, 3 … in sequence).

A table is read only when its header (the cells before its first row; in a row per line without row numbers,
the line above the first that holds a number, not a rule line |----|) names an indicator column (指标, 名称) and a
unit column (单位), or value columns that name their unit in brackets (预算金额(元)), or when its caption names
one unit for all its values (…涨跌幅度(%) above the header, 单位：万元 on the line before the table), or when its
first row's label names its unit in brackets (a yearbook's 基层工会数(个): each row's label gives the unit, a row
without one, 其中:企业合计, takes the unit of the row before). In each
row, a cell that holds only a number (with a comparison sign, 约, 左右, 以上 …, or in [ ] as plans mark
cumulative figures; a fall with its minus) is a quantity: its unit is the row's
unit cell, its indicator the row's indicator cell, and its kind comes from its column's label (read
from the right, where the value columns stand): a year before the plan's period, 基期 or 现状 make a
starting value (``baseline``); 完成, 实际, 实绩, 执行数 or 决算 a result (``achieved``); a later year, 目标, 预期,
年均, 累计 a ``target``; a column without such a label takes the kind of its text unit's part
(``achieved`` in a summary, else ``target``); in a table whose year columns run back in time (2010年 | 2009年,
a yearbook's statistics) every year's column holds results. Its evidence is ``indicator_table``.

In a review, a table whose header row names only years (a statistics communiqué's 2024年 | 2023年 | 2024年 | 2023年
under 分行业 | 增长% | 结构%) is read with its rows' labels as the indicators: every number a result, in the one unit
the header lines above name, if they name one.

A third layout is a progress table copied from a web page as text: no separators, the spaces between Chinese
characters gone, only numbers standing a space apart (``城镇新增就业万人5.2 7.23  139.1%人社局``). It is read
after a header line that names the rows (指标, 项目 …), what is to be done (目标, 计划) and what is done (完成,
实际, 之比): each run of as many numbers as the header has value columns is a row, its numbers taking those
columns' kinds in order; the numbers of the task the row names before them (新建1500个行政村4G基站) are targets.

>>> text = "指标|单位|2020年|2025年\\n1|城镇新增就业|万人|60|≥65\\n2|森林覆盖率|%|45|46左右"
>>> [(c.text, c.unit, c.indicator, c.kind) for c in indicator_cells(text, "plan", (2021, 2025))]
[('60', '万人', '城镇新增就业', 'baseline'), ('≥65', '万人', '城镇新增就业', 'target'), ('45', '%', '森林覆盖率', 'baseline'), ('46左右', '%', '森林覆盖率', 'target')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from .progress_tables import RE_INDICATOR_LABEL, is_one_line_header

__all__ = ["IndicatorCell", "indicator_cells", "is_attributed_row", "paragraph_lines", "EVIDENCE"]

#: The evidence of a quantity read from an indicator table.
EVIDENCE = "indicator_table"
_RE_SEP = re.compile(r"[|｜\t]")
#: A cell that holds only a number (a fall with its minus, -0.7): a sign or 约 before it, 左右, 以上 … after it, [ ]
#: around it.
_RE_NUMBER_CELL = re.compile(r"^\[?(?P<pre>[≥≤＞＜><]|不低于|不高于|不少于|不超过|约|累计达到|累计)?\s*"
                             r"(?P<num>-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))\s*(?P<post>左右|以上|以下|以内)?\]?$")
#: Labels of the column that names a row, the first kind found first (项目名称 before a caption 某某项目清单).
_RE_INDICATOR_LABELS = (RE_INDICATOR_LABEL, re.compile(r"项目|事项"))
_RE_UNIT_LABEL = re.compile(r"(?:计量)?单位")  # the whole label: 责任单位 names who answers for a row
#: A value column that names its unit in brackets (预算金额(元), 数量（个）): without a unit column, the unit of its cells.
_RE_LABEL_UNIT = re.compile(r"[（(]([^（()）\d]{1,6})[)）]$|(?<=[\u4e00-\u9fff])([%‰])$")  # …（亿元）, 比上年增长%
_RE_YEAR = re.compile(r"((?:19|20)\d{2})")
_RE_BASELINE_LABEL = re.compile(r"基期|现状|基数|基准")
_RE_ACHIEVED_LABEL = re.compile(r"完成|实际|实绩|执行数|决算")  # 执行数, 决算: a budget as carried out
_RE_TARGET_LABEL = re.compile(r"目标|预期|规划|计划|预算|年均|累计")
#: The unit a table's caption names: 单位：万元, or a unit in brackets at its end (…涨跌幅度(%)).
_RE_CAPTION_UNIT = re.compile(r"单位\s*[:：]\s*([^\s\d，。；：|｜]{1,4})|[（(]([^（()）\d]{1,6})[)）]$")
#: A cell of a rule line under a header (|------|:---:|).
_RE_RULE_CELL = re.compile(r"[-:=—\s]+")
#: Rows a table needs before it is read.
_MIN_ROWS = 2
#: Numbers in cells a space apart, as a web page's table reads when copied as text and its spaces between Chinese
#: characters are gone (城镇新增就业万人5.2 7.23  139.1%人力资源社会保障局): a run of at least two.
_NUM = r"\d+(?:\.\d+)?%?"
_RE_SPACED_RUN = re.compile(rf"(?<![\d.%])(?:{_NUM})(?:[ \u3000]+(?:{_NUM}))+(?:(?<=%)|(?![\d.%]))")  # …61.4%12农村…: a row's number may follow a %
_RE_SPACED_NUM = re.compile(_NUM)
#: The value columns of a progress table's header, in its order (…工作目标已完成数占年任务之比…): what is to be
#: done, what is done, and the share done.
_RE_VALUE_LABEL = re.compile(r"(?P<target>目标|计划数|任务数|计划(?!完成)|任务(?!之比|完成))"
                             r"|(?P<achieved>已完成数?|完成数|完成值|实际完成|完成情况|实际|实绩)"
                             r"|(?P<share>之比|完成率|完成进度|进度|完成比例)")
_MAGNITUDES = ("万", "亿", "千", "百")
_RE_ROW_LABEL = re.compile(r"指标|项目|名称|任务|内容|事项")
#: A header is one line of labels, no sentence.
_HEADER_MAX = 80
#: Adjacent lines with a cell separator that make one paragraph (a table) in the structure.
_TABLE_MIN_LINES = 3
#: A line right after a progress table's header (or another such line) is one of its rows when at most this long
#: or when it holds numbers a space apart (rows a line joiner ran together).
_PROGRESS_ROW_MAX = 150


@dataclass(frozen=True)
class IndicatorCell:
    """A number in an indicator table: its cell (text and offsets in the text read), row and column.

    ``pre``, ``num`` and ``post`` are the cell's sign or qualifier, number and qualifier after it;
    ``year`` is the year its column's label names (``""`` when none); ``row_text`` is the row as written.
    """

    text: str
    start: int
    end: int
    pre: str
    num: str
    post: str
    unit: str
    indicator: str
    column: str
    year: str
    kind: str
    row_text: str
    #: Offsets of the row's indicator when it states the task a progress table measures (新建1500个行政村4G基站):
    #: the numbers in it are targets. ``(0, 0)`` for other tables.
    task: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int
    end: int


def indicator_cells(text: str, part: str = "plan", period: tuple = (None, None),
                    units: tuple[str, ...] = ()) -> list[IndicatorCell]:
    """Every number in the indicator tables of ``text`` (a text unit), in reading order.

    Parameters
    ----------
    text : str
        The text of one unit; offsets are relative to it.
    part : str, default "plan"
        The unit's part: a column without a label that decides takes ``achieved`` in a ``summary``,
        else ``target``.
    period : tuple of (int or None, int or None), default (None, None)
        The plan's first and last year: a column of an earlier year holds starting values.
    units : tuple of str, default ()
        Units a progress table's row may end its indicator with (城镇新增就业万人5.2 7.23): the row's unit.

    Returns
    -------
    list of IndicatorCell
        Empty when ``text`` holds no table with an indicator and a unit column.
    """
    out: list[IndicatorCell] = []
    for block in _blocks(text):
        out.extend(_read_table(text, block, part, period))
    read = {c.start for c in out}  # a table read by its columns is not read again as a progress table's runs
    others = [c for c in _spaced_progress_cells(text, units) + _attributed_row_cells(text, units) if c.start not in read]
    return sorted(out + others, key=lambda c: c.start)


def _blocks(text: str) -> list[list[list[_Cell]]]:
    """Runs of consecutive lines holding a separator, each as its lines' non-empty cells."""
    blocks, current, pos = [], [], 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not _RE_SEP.search(line):
            if len(current) > _MIN_ROWS:
                blocks.append(current)
            current = []
            continue
        cells, col = [], start
        for piece in _RE_SEP.split(line):
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                cells.append(_Cell(stripped, col + lead, col + lead + len(stripped)))
            col += len(piece) + 1
        current.append(cells)
    if len(current) > _MIN_ROWS:
        blocks.append(current)
    return blocks


def _rows(lines: list[list[_Cell]]) -> tuple[list[_Cell], list[list[_Cell]]]:
    """(header cells, data rows) of a block: a row per line when most lines hold two cells or more, else
    a cell per line with rows starting at their numbers 1, 2, 3 …. In a row per line, the rows start at the
    one numbered 1, else at the first line after the first that holds a number (a caption, 某某涨跌幅度(%), may
    stand above the header line: it is left out of the header; :func:`_caption_unit` reads it)."""
    if sum(len(cells) >= 2 for cells in lines) * 2 > len(lines):
        first = next((i for i, cells in enumerate(lines) if cells and cells[0].text == "1"), None)
        if first is None:
            first = next((i for i, cells in enumerate(lines[1:], start=1)
                          if any(_RE_NUMBER_CELL.match(c.text) for c in cells)), 1)
            header = next((cells for cells in reversed(lines[:first])  # not a rule line (|------|------|)
                           if not all(_RE_RULE_CELL.fullmatch(c.text) for c in cells)), [])
            return header, [cells for cells in lines[first:] if cells]
        return [c for cells in lines[:first] for c in cells], [cells for cells in lines[first:] if cells]
    stream = [c for cells in lines for c in cells]
    starts, expected = [], 1
    for i, cell in enumerate(stream):
        if cell.text == str(expected):
            starts.append(i)
            expected += 1
    if len(starts) < _MIN_ROWS:
        return [], []
    bounds = starts + [len(stream)]
    return stream[:starts[0]], [stream[a:b] for a, b in zip(bounds, bounds[1:])]


def _read_table(text: str, lines: list[list[_Cell]], part: str, period: tuple) -> list[IndicatorCell]:
    """The numbers of one table, when its header names an indicator (or item) column and a unit column, or value
    columns that name their unit in brackets (预算金额(元))."""
    header, rows = _rows(lines)
    labels = [re.sub(r"[\s?？]+", "", c.text) for c in header]  # 指????标: spaces lost as ? on a page
    if "序号" in labels[1:]:
        labels = labels[labels.index("序号"):]  # a caption before the header (某某项目清单 |): the table starts at 序号
    i_indicator = next((i for pattern in _RE_INDICATOR_LABELS for i, label in enumerate(labels) if pattern.search(label)),
                       None)
    i_unit = next((i for i, label in enumerate(labels) if _RE_UNIT_LABEL.fullmatch(label)), -1)
    label_units = _label_units(labels, i_unit, i_indicator, _caption_unit(text, lines, header))
    no_column_unit = i_unit < 0 and not any(label_units)
    row_units = _row_label_units(rows, i_indicator, len(labels)) if no_column_unit else []
    if i_indicator is None and part == "summary" and len(rows) >= _MIN_ROWS and labels \
            and all(_RE_YEAR_LABEL.fullmatch(label) for label in labels):
        return _year_columns_cells(text, lines, header, rows, labels)
    if i_indicator is None or (no_column_unit and not row_units) or len(rows) < _MIN_ROWS:
        return []
    statistics = _years_descend(labels)
    out = []
    for n, row in enumerate(rows, start=1):
        shift = max(0, len(row) - len(labels))  # a row number the header has no label for
        k_indicator, k_unit = i_indicator + shift, i_unit + shift if i_unit >= 0 else -1
        unitless = 0 <= k_unit < len(row) == len(labels) - 1 and bool(_RE_NUMBER_CELL.match(row[k_unit].text))
        if unitless:
            k_unit = -1  # 7 新增跨国公司地区总部 5 5: a row that leaves its unit cell out; its values stand at the right
        if len(row) <= max(k_indicator, k_unit):
            continue
        for k, cell in enumerate(row):
            m = _RE_NUMBER_CELL.match(cell.text)
            if k in (k_indicator, k_unit) or (k == 0 and cell.text == str(n)) or not m:
                continue
            i_label = len(labels) - (len(row) - k)
            label = labels[i_label] if i_label >= 0 else ""
            unit = "" if unitless else \
                _cell_unit(row, k_unit, label_units, i_label) or (row_units[n - 1] if row_units else None)
            if unit is None:
                continue  # no unit column: only the columns that name their unit are read
            out.append(IndicatorCell(
                text=cell.text, start=cell.start, end=cell.end, pre=m.group("pre") or "", num=m.group("num"),
                post=m.group("post") or "", unit="" if unit in ("-", "—", "/") else unit,
                indicator=re.sub(r"\s+", "", row[k_indicator].text), column=label, year=_year_of(label),
                kind=_column_kind(label, part, period, statistics),
                row_text=text[row[0].start:row[-1].end]))
    return out


#: A column label that is only a year (2024年, 2023): a statistical table's columns, one per year.
_RE_YEAR_LABEL = re.compile(r"(?:19|20)\d{2}年?")


def _year_columns_cells(text: str, lines: list[list[_Cell]], header: list[_Cell], rows: list[list[_Cell]],
                        labels: list[str]) -> list[IndicatorCell]:
    """The numbers of a statistical table in a review whose header row names only years (表1 …GDP构成表 / 分行业 | 增长% |
    结构% / 2024年 | 2023年 | 2024年 | 2023年 / 地区生产总值 | 4 | 3.8 | 100 | 100): each row's label, then one number per
    year column, every one a result (a review's statistics, the earlier years' too). Their unit is the one the header
    lines above name when they name one only (增长%, 结构%: %), else none. A row with another count of cells is not read."""
    top = header[0].start
    above = [c.text for cells in lines for c in cells if c.start < top]
    units = {u for u in map(_bracketed_unit, (re.sub(r"\s+", "", t) for t in above)) if u}
    unit = units.pop() if len(units) == 1 else ""
    out = []
    for row in rows:
        if len(row) != len(labels) + 1 or _RE_NUMBER_CELL.match(row[0].text):
            continue
        for cell, label in zip(row[1:], labels):
            m = _RE_NUMBER_CELL.match(cell.text)
            if m:
                out.append(IndicatorCell(
                    text=cell.text, start=cell.start, end=cell.end, pre=m.group("pre") or "", num=m.group("num"),
                    post=m.group("post") or "", unit=unit, indicator=re.sub(r"\s+", "", row[0].text), column=label,
                    year=_year_of(label), kind="achieved", row_text=text[row[0].start:row[-1].end]))
    return out


def _bracketed_unit(label: str) -> str:
    """The unit a label names at its end, in brackets or as % (预算金额(元) → 元, 比上年增长% → %); ``""`` if none."""
    m = _RE_LABEL_UNIT.search(label)
    return (m.group(1) or m.group(2)) if m else ""


def _label_units(labels: list[str], i_unit: int, i_indicator: int | None, caption: str) -> list[str]:
    """The unit each column's label names (预算金额(元) → 元, 比上年增长% → %, else ""); without a unit column or
    such labels, the caption's unit (:func:`_caption_unit`) for every column but the indicator's."""
    units = [_bracketed_unit(label) for label in labels]
    if i_unit < 0 and not any(units) and i_indicator is not None:
        units = [caption if i != i_indicator else "" for i in range(len(labels))]
    return units


def _caption_unit(text: str, lines: list[list[_Cell]], header: list[_Cell]) -> str:
    """The unit a table's caption names for all its values: in a line of the block above its header
    (…涨跌幅度(%) | |) or in the line right before the block (单位：万元); ``""`` when none does."""
    top = header[0].start if header else 0
    captions = [" ".join(c.text for c in cells) for cells in lines if cells and cells[0].start < top]
    line_end = lines[0][0].start if lines and lines[0] else 0
    while line_end > 0 and text[line_end - 1] in "\n ":
        line_end -= 1  # back over the block's line break (no copy of the text before: linear in many tables)
    line_before = text[text.rfind("\n", 0, line_end) + 1:line_end]
    for caption in reversed(captions + [line_before]):
        m = _RE_CAPTION_UNIT.search(caption.strip())
        if m:
            return next(g for g in m.groups() if g)
    return ""


def _row_label_units(rows: list[list[_Cell]], i_indicator: int | None, n_labels: int) -> list[str | None]:
    """The unit each row's label names in brackets (基层工会数(个), 工会会员数(人)), a row without one taking the unit
    of the row before it (其中:企业合计 under 基层工会数(个)); empty unless the first row names one (a statistical
    table of a yearbook: the units stand in its row labels)."""
    units: list[str | None] = []
    for row in rows:
        k = (i_indicator or 0) + max(0, len(row) - n_labels)
        unit = _bracketed_unit(re.sub(r"\s+", "", row[k].text)) if k < len(row) else ""
        units.append(unit or (units[-1] if units else None))
    return units if units and units[0] else []


def _cell_unit(row: list[_Cell], k_unit: int, label_units: list[str], i_label: int) -> str | None:
    """A cell's unit: its row's unit cell, else the unit its column's label names; ``None`` when neither says."""
    if k_unit >= 0:
        return re.sub(r"\s+", "", row[k_unit].text)
    return (label_units[i_label] or None) if i_label >= 0 else None


def _spaced_progress_cells(text: str, units: tuple[str, ...]) -> list[IndicatorCell]:
    """The numbers of a progress table copied as text: a header line naming what is to be done and what is done
    (工作目标, 已完成数, 占年任务之比 …), then rows whose value cells are numbers a space apart, one per value
    column; a row with another count of numbers is not read, nor numbers that open a line (序号 and 市折子号: 1 21
    以首善标准推进…, the row's and its task's numbers). Target column cells are targets, the others
    achieved; a row's unit is the unit its indicator ends in (``units``, longest first)."""
    out: list[IndicatorCell] = []
    columns: list[tuple[str, str]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        header = _progress_header(line)
        if header:
            columns = header
            continue
        row_start = 0  # rows a line joiner ran together stand one after another on the line
        lead = len(line) - len(line.lstrip())
        for run in _RE_SPACED_RUN.finditer(line) if columns else ():
            if run.start() == lead:
                row_start = run.end()  # 1 21 以首善标准推进…: the row's number and its task's, before the row's words
                continue
            nums = list(_RE_SPACED_NUM.finditer(line, run.start(), run.end()))
            if len(nums) == len(columns):
                out.extend(_progress_row(line, row_start, run.start(), start, columns, nums, _units_by_length(units)))
            row_start = run.end()
    return out


#: A row of a plan's indicator table copied as text, its last cell the indicator's attribute (expected or binding, as
#: plans class their targets) and its values numbers a space apart, the spaces between Chinese characters and digits
#: gone as cleaning leaves them (肉类总产量万吨13.75 15预期性; 秸秆综合利用率% 70 ≥86预期性; 系数-- 0.6 0.61约束性).
_VALUE_CELL = r"[≥≤＞＜><]?\d+(?:\.\d+)?(?:左右|以上|以下)?"
_RE_ATTRIBUTED_ROW = re.compile(rf"(?P<head>[^，。；！？,;]*?[^\d.\s]|)[ \u3000]*(?<![\d.])(?P<values>{_VALUE_CELL}(?:[ \u3000]+{_VALUE_CELL})?)"
                                r"[ \u3000]*(?:预期性|约束性)")
_ATTRIBUTED_ROW_MAX = 120


def is_attributed_row(line: str) -> bool:
    """Whether ``line`` is a row of an indicator table ending in the indicator's attribute (肉类总产量万吨13.75 15预期性):
    a plan's target, wherever it stands.

    >>> is_attributed_row("肉类总产量万吨13.75 15预期性"), is_attributed_row("完成预期性目标10项")
    (True, False)
    """
    return _attributed_row(line.strip()) is not None


def _attributed_row(stripped: str) -> re.Match | None:
    """The match of :data:`_RE_ATTRIBUTED_ROW` over a line without its edge spaces, with the indicator's words, or
    ``None``."""
    if len(stripped) > _ATTRIBUTED_ROW_MAX or not stripped.endswith(("预期性", "约束性")):
        return None
    row = _RE_ATTRIBUTED_ROW.fullmatch(stripped)
    return row if row and row.group("head") else None


@functools.lru_cache(maxsize=8)
def _units_by_length(units: tuple[str, ...]) -> tuple[str, ...]:
    """``units`` longest first (万人次 before 人次 before 次), sorted once for all the texts of a build."""
    return tuple(sorted(units, key=len, reverse=True))


def _unit_at_end(words: str, units: tuple[str, ...]) -> str:
    """The unit ``words`` end in (``units`` longest first), with the magnitude before it (万吨, 亿元), or ``""``: a
    table row's indicator that names its unit last (城镇新增就业万人, 肉类总产量万吨)."""
    unit = next((u for u in units if words.endswith(u) and len(words) > len(u)), "")
    if unit and words[:-len(unit)].endswith(_MAGNITUDES):
        unit = words[-len(unit) - 1:]  # 万人, 亿元: the magnitude goes with the unit
    return unit


def _attributed_row_cells(text: str, units: tuple[str, ...]) -> list[IndicatorCell]:
    """The numbers of the rows of an indicator table that end in the indicator's attribute (预期性, 约束性), one row a
    line: the indicator, its unit (the unit its words end in, ``units`` longest first, or %; -- for none), then one or
    two numbers a space apart; with two, the first is the starting value (``baseline``) and the second the
    ``target``, with one it is the target. A row whose value is words (…增速% 7.6高于经济增长速度预期性) is not read."""
    out: list[IndicatorCell] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        row = _attributed_row(stripped)
        if row is None:
            continue
        head = row.group("head").rstrip(" \u3000-—－")
        unit = "%" if head.endswith(("%", "％")) else _unit_at_end(head, _units_by_length(units))
        indicator = head[:len(head) - len(unit)].strip() or head
        offset = start + len(line) - len(line.lstrip()) + row.start("values")
        values = list(re.finditer(_VALUE_CELL, row.group("values")))
        kinds = ("baseline", "target") if len(values) == 2 else ("target",)
        for m, kind in zip(values, kinds):
            cell = _RE_NUMBER_CELL.match(m.group())
            out.append(IndicatorCell(text=m.group(), start=offset + m.start(), end=offset + m.end(),
                                     pre=cell.group("pre") or "", num=cell.group("num"), post=cell.group("post") or "",
                                     unit=unit, indicator=indicator, column="", year="", kind=kind, row_text=stripped))
    return out


def _progress_row(line: str, row_start: int, run_start: int, offset: int, columns: list, nums: list,
                  units: tuple[str, ...]) -> list[IndicatorCell]:
    """The cells of one progress table row: its value numbers ``nums`` after its indicator ``line[row_start:run_start]``."""
    written = line[row_start:run_start]
    indicator = re.sub(r"^[^\d\u4e00-\u9fff]*\d*", "", written).strip()
    task = (offset + run_start - len(indicator), offset + run_start)
    unit = _unit_at_end(indicator, units)
    row_text = line[row_start:nums[-1].end()].strip()
    return [IndicatorCell(text=m.group(0), start=offset + m.start(), end=offset + m.end(), pre="",
                          num=m.group(0).rstrip("%"), post="", unit="%" if m.group(0).endswith("%") else unit,
                          indicator=indicator[:len(indicator) - len(unit)] or indicator, column=label, year="",
                          kind=kind, row_text=row_text, task=task)
            for (label, kind), m in zip(columns, nums)]


def _progress_header(line: str) -> list[tuple[str, str]]:
    """The value columns (label, kind) of a progress table's header line, or ``[]`` when ``line`` is none: a line
    of labels naming the rows (指标, 项目 …), a target column and a column of what is done."""
    if len(line) > _HEADER_MAX or re.search("[，。；！？,]", line) or not _RE_ROW_LABEL.search(line):
        return []
    columns = [(m.group(0), "target" if m.lastgroup == "target" else "achieved") for m in _RE_VALUE_LABEL.finditer(line)]
    kinds = {kind for _, kind in columns}
    return columns if kinds == {"target", "achieved"} else []


def _year_of(label: str) -> str:
    """The year a column's label names (2025年, “十四五”目标 names none), or ``""``."""
    year = _RE_YEAR.search(label)
    return year.group(1) if year else ""


def _years_descend(labels: list[str]) -> bool:
    """Whether the header's year columns run back in time (2010年 | 2009年): a yearbook's statistics, each year's
    figures results; a plan's table runs forward from its base year."""
    years = [int(y) for y in map(_year_of, labels) if y]
    return len(years) >= 2 and all(a > b for a, b in zip(years, years[1:]))


def _column_kind(label: str, part: str, period: tuple, statistics: bool = False) -> str:
    """The kind of the numbers in a column, from its label (see the module's docstring); a year's column of a
    table whose years run back in time (``statistics``) holds results."""
    year = _year_of(label)
    if year and statistics:
        return "achieved"
    if year and period[0] is not None:
        return "baseline" if int(year) < period[0] else "target"
    if _RE_BASELINE_LABEL.search(label):
        return "baseline"
    if _RE_ACHIEVED_LABEL.search(label):
        return "achieved"
    if _RE_TARGET_LABEL.search(label) or year:
        return "target"
    return "achieved" if part == "summary" else "target"


def paragraph_lines(lines: list[str], line_indices: list[int]) -> list[list[int]]:
    """The non-blank lines of ``line_indices`` (indices into ``lines``) as paragraphs: each line alone, but a
    run of at least :data:`_TABLE_MIN_LINES` adjacent lines holding a cell separator together, as one table,
    and so a progress table's header line (:func:`_progress_header`) with the short lines right after it.

    >>> paragraph_lines(["说明", "指标|单位", "就业|万人", "2|3", "", "完"], range(6))
    [[0], [1, 2, 3], [5]]
    """
    groups: list[list[int]] = []
    run: list[int] = []
    progress = False  # the run is a progress table's header and the short lines right after it
    for i in [i for i in line_indices if lines[i].strip()] + [None]:
        adjacent = bool(run) and i is not None and run[-1] == i - 1
        if adjacent and (_RE_SEP.search(lines[i]) if not progress
                         else len(lines[i]) <= _PROGRESS_ROW_MAX or _RE_SPACED_RUN.search(lines[i])):
            run.append(i)
            continue
        groups.extend([run] if len(run) >= _TABLE_MIN_LINES else [[k] for k in run])
        progress = i is not None and bool(_progress_header(lines[i])) and not is_one_line_header(lines[i])
        run = [i] if i is not None and (progress or _RE_SEP.search(lines[i])) else []
        if i is not None and not run:
            groups.append([i])
    return groups
