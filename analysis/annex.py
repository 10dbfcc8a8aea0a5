"""Parse annex tables (附件 重点项目分解表 and the like) into rows.

Plans exported from Word often carry their annex table as tab-separated
cells, one cell per line, with long cells running over several lines and the
header repeated after every page break. The parser reads that cell stream:

* a line holding a tab starts new cells; a line without one continues the
  last cell;
* the header is the block from the first cell (e.g. 序号) to the first data
  row; a two-row header (进度安排 over 2018年/2019年/2020年) gives sub-columns;
* a data row starts with its row number (1, 2, 3 …, in sequence);
* repeated headers and repeated table titles after page breaks are dropped;
* a row with one cell where the header has a group of sub-columns (a merged
  cell across years) gives that cell to every sub-column, flagged ``merged``.

Column labels are mapped to stable names (序号 → ``row_no``, 重点项目 →
``project``, 主要内容 → ``content``, 分管领导 → ``leaders``, 责任部室 →
``departments``, ``2018年`` → ``2018``); other labels are kept as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["AnnexTable", "parse_annex", "join_cell_fragments", "COLUMN_NAMES"]

COLUMN_NAMES = {
    "序号": "row_no",
    "编号": "row_no",
    "重点项目": "project",
    "项目名称": "project",
    "工作项目": "project",
    "项目": "project",
    "主要内容": "content",
    "工作内容": "content",
    "目标任务": "content",
    "分管领导": "leaders",
    "责任领导": "leaders",
    "责任部室": "departments",
    "责任部门": "departments",
    "责任单位": "departments",
    "牵头单位": "departments",
    "进度安排": "schedule",
    "时间安排": "schedule",
}
_RE_YEAR_LABEL = re.compile(r"^((?:19|20)\d{2})年?$")
_RE_TITLE_LINE = re.compile(r"^(?:附\s*件|附\s*表)(?:\s*\d+)?[:：]?\s*(.*)$")
_UNIT_SUFFIX = re.compile(r"(?:部|室|中心|办|会|处|科|局|委|队|站|组)$")


@dataclass(frozen=True)
class AnnexTable:
    """Rows of an annex table, its title and column names, and any warnings."""

    title: str
    columns: tuple[str, ...]
    rows: list[dict]
    warnings: tuple[str, ...] = ()


def _column_name(label: str) -> str:
    label = re.sub(r"\s+", "", label)
    year = _RE_YEAR_LABEL.match(label)
    if year:
        return year.group(1)
    return COLUMN_NAMES.get(label, label)


def join_cell_fragments(fragments: list[str]) -> str:
    """Join the lines of one table cell.

    Prose (with ，。；) was broken by the page width and is joined directly;
    short fragments are list entries (names, departments) joined with ``；``,
    except that a fragment ending in 和/与/及, or a one- or two-character
    fragment followed by a unit name, continues onto the next line.

    >>> join_cell_fragments(["宣传教育和", "网络工作部", "劳动和经济工作部"])
    '宣传教育和网络工作部；劳动和经济工作部'
    >>> join_cell_fragments(["权益", "保障部"]), join_cell_fragments(["丁维杰", "陈健"])
    ('权益保障部', '丁维杰；陈健')
    """
    parts = [f.strip() for f in fragments if f.strip()]
    if not parts:
        return ""
    if any(re.search("[，。；！？：]", p) for p in parts):
        return "".join(parts)
    entries = [parts[0]]
    for part in parts[1:]:
        prev = entries[-1]
        if prev[-1] in "和与及、" or (len(prev) <= 2 and _UNIT_SUFFIX.search(part) and not _UNIT_SUFFIX.search(prev)):
            entries[-1] = prev + part
        else:
            entries.append(part)
    return "；".join(entries)


def _cells(text: str, start: int) -> tuple[str, list[tuple[list[str], int, int]]]:
    """The annex title and its cells as (fragments, start offset, end offset)."""
    title = ""
    cells: list[tuple[list[str], int, int]] = []
    titles: set[str] = set()
    pos = start
    seen_tab = False
    for line in text[start:].split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if "\t" not in line:
            if not stripped:
                continue
            m = _RE_TITLE_LINE.match(stripped)
            if m:
                if m.group(1):
                    title = title or m.group(1).strip()
                    titles.add(re.sub(r"\s+", "", m.group(1)))
                continue
            if not seen_tab:
                title = title or stripped
                titles.add(re.sub(r"\s+", "", stripped))
                continue
            if re.sub(r"\s+", "", stripped) in titles:
                continue  # the table title repeated after a page break
            if cells:
                frags, s, _ = cells[-1]
                frags.append(stripped)
                cells[-1] = (frags, s, line_start + len(line.rstrip()))
            continue
        seen_tab = True
        parts = line.split("\t")
        col = line_start + len(parts[0]) + 1
        for part in parts[1:]:
            cells.append(([part.strip()], col, col + len(part.rstrip())))
            col += len(part) + 1
    return title, cells


@dataclass(frozen=True)
class _Header:
    """The table's columns; a two-row header's groups (进度安排 → 2018, 2019, 2020) and top-row columns."""

    columns: tuple[str, ...]
    top_columns: tuple[str, ...]
    groups: dict

    @classmethod
    def of(cls, header: list[str]) -> "_Header":
        """Read a header block: top-row labels, then (after an empty cell) a second row of sub-columns."""
        split = header.index("") if "" in header else len(header)
        top, sub = header[:split], header[split:]
        columns: list[str] = []
        groups: dict[str, list[str]] = {}
        if not sub:
            columns = [_column_name(c) for c in top]
        i_top, in_group = 0, False
        for cell in sub:
            if cell == "":
                if in_group:
                    i_top += 1
                    in_group = False
                columns.append(_column_name(top[i_top]) if i_top < len(top) else f"col{len(columns) + 1}")
                i_top += 1
            else:
                in_group = True
                parent = _column_name(top[i_top]) if i_top < len(top) else "group"
                columns.append(_column_name(cell))
                groups.setdefault(parent, []).append(_column_name(cell))
        return cls(tuple(columns), tuple(_column_name(c) for c in top), groups)

    def fill(self, record: dict, row_cells: list[str]) -> tuple[bool, bool]:
        """Give the cells of a row to the columns; returns (merged across a group, cells matched the header)."""
        if len(row_cells) == len(self.columns):
            record.update(zip(self.columns, row_cells))
            return False, True
        if self.groups and len(row_cells) == len(self.top_columns):
            merged = False
            for name, value in zip(self.top_columns, row_cells):
                if name in self.groups:
                    record.update(dict.fromkeys(self.groups[name], value))
                    merged = True
                else:
                    record[name] = value
            return merged, True
        record.update(zip(self.columns, row_cells))
        return False, False

    def cell_spans(self, row_cells: list[tuple], merged: bool) -> tuple:
        """(column, start, end) of each cell of a row; a merged cell names its group's columns joined by '|'."""
        if merged:
            names = ["|".join(self.groups[c]) if c in self.groups else c for c in self.top_columns]
        else:
            names = list(self.columns)
        return tuple((name, s, e) for name, (_, s, e) in zip(names, row_cells))


def _row_bounds(values: list[str], first_row: int, header_label: str):
    """(row number, first cell, end cell, next row's first cell) of each numbered data row, in order.

    A row runs to the cell holding the next row number or a repeated header
    (after a page break), whose block is skipped.
    """
    i, expected = first_row, 1
    while i < len(values):
        if values[i] != str(expected):
            i += 1
            continue
        j = i + 1
        while j < len(values) and values[j] != str(expected + 1) and values[j] != header_label:
            j += 1
        end = j
        if j < len(values) and values[j] == header_label:  # a header repeated after a page break
            while j < len(values) and values[j] != str(expected + 1):
                j += 1
        yield expected, i, end, j
        expected += 1
        i = j


def parse_annex(doc_id: str, text: str, start: int) -> AnnexTable:
    """Parse the annex that begins at offset ``start`` of a cleaned plan.

    Returns an :class:`AnnexTable` whose rows carry ``doc_id``, ``item_id``
    (``doc_id:annex.N``), ``row_no``, one key per column, ``merged``, the
    ``start``/``end`` offsets of the row in ``text`` and ``cell_spans``
    (column, start, end) for every cell.
    """
    title, cells = _cells(text, start)
    values = [join_cell_fragments(f) for f, _, _ in cells]
    if not values:
        return AnnexTable(title=title, columns=(), rows=[], warnings=())
    first_row = next((i for i, v in enumerate(values) if v == "1"), None)
    if not first_row:
        return AnnexTable(title=title, columns=(), rows=[], warnings=(f"{doc_id}: annex has no numbered table rows",))
    header = _Header.of(values[:first_row])
    rows, notes = [], []
    for row_no, i, end, _ in _row_bounds(values, first_row, values[0]):
        record: dict = {"doc_id": doc_id, "item_id": f"{doc_id}:annex.{row_no}", "row_no": row_no}
        merged, matched = header.fill(record, values[i:end])
        if not matched:
            notes.append(
                f"{doc_id}: annex row {row_no} has {end - i} cells where the header has "
                f"{len(header.columns)}; cells were given to the columns in order"
            )
        record["row_no"] = row_no
        record["merged"] = merged
        record["cell_spans"] = header.cell_spans(cells[i:end], merged)
        record["start"], record["end"] = cells[i][1], cells[end - 1][2]
        rows.append(record)
    return AnnexTable(title=title, columns=header.columns, rows=rows, warnings=tuple(notes))
