"""Parse a cleaned plan into parts, sections, groups and items.

Chinese official documents number their outline with a fixed convention:
``第一部分`` > ``一、`` > ``（一）`` > ``1.`` / ``1、`` > ``（1）`` > ``①``. The parser
reads every line that starts with such a marker (checking that numbers run in
sequence, so ``2.5亿元`` at a line start is not an item), builds the outline
tree and emits one row per text unit:

* ``item``: a numbered unit at the bottom of the outline (its text runs to the
  next marker);
* ``paragraph``: unnumbered text (cover notice, preamble, a section's own
  text such as 指导思想, the closing signature);
* ``annex_row``: a row of an annex table (see :mod:`analysis.annex`).

``content_end`` marks where the item's own content ends: before a trailing
（责任单位：…） list, or before an annex row's 分管领导/责任部室 cells, so that
analyses count what a plan says, not who is responsible.

Each row carries a stable ``item_id`` (``doc_id:4.1.2`` for section 4, group 1,
item 2; ``doc_id:preamble.p1`` for paragraphs) and the character offsets of
its text in the cleaned document, so any number can be traced to its sentence.
A document with no recognisable numbering falls back to paragraphs with a
:class:`StructureWarning`.
"""

from __future__ import annotations

import csv
import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache

from .annex import parse_annex
from .cleaning import RE_ANNEX_START, split_lines
from .config import resource_path

__all__ = [
    "ITEM_COLUMNS",
    "StructureWarning",
    "ParsedPlan",
    "parse_plan",
    "chinese_numeral_value",
    "classify_part",
]

#: Columns of the items table, in order.
ITEM_COLUMNS = (
    "doc_id",
    "item_id",
    "seq",
    "part",
    "unit",
    "section_no",
    "section_title",
    "group_no",
    "group_title",
    "item_no",
    "item_title",
    "text",
    "start",
    "end",
    "n_chars",
    "content_end",
    "responsible_units",
)

#: A Chinese numeral below 100 as outlines number (三, 十, 十二, 二十, 二十三).
_RE_SMALL_CN = re.compile(r"([一二三四五六七八九])?(十)?([一二三四五六七八九])?")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# (marker type, regex) in outline order: the position is the level.
_MARKERS = (
    ("part", re.compile(r"^第([一二三四五六七八九十]+)(?:部分|章)\s*")),
    ("cn", re.compile(r"^([一二三四五六七八九十]+)、\s*")),
    ("cn_paren", re.compile(r"^（([一二三四五六七八九十]+)）\s*")),
    ("arabic", re.compile(r"^(\d{1,2})(?:[.、](?!\d)|．)\s*")),
    ("arabic_paren", re.compile(r"^（(\d{1,2})）\s*")),
    ("circled", re.compile(r"^([①-⑳])\s*")),
)
_LEVEL = {name: i for i, (name, _) in enumerate(_MARKERS)}
_RE_RESPONSIBLE = re.compile(r"（(?:责任单位|责任部门|牵头单位|责任部室|责任处室)[:：]([^（）]*)）\s*$")
_RE_DATE_LINE = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")
_RE_ORG_LINE = re.compile(r"(?:会|委|局|府|厅|部|室|院|办|处|组|中心|公司)$")


class StructureWarning(UserWarning):
    """The plan's structure could not be read fully (e.g. no numbering)."""


@dataclass(frozen=True)
class ParsedPlan:
    """The rows of one plan and what kind of structure was found."""

    items: list[dict]
    annex_rows: list[dict]
    structure: str  # "outline" or "paragraphs"
    warnings: tuple[str, ...] = ()


@dataclass
class _Node:
    kind: str
    level: int
    number: int
    line_idx: int
    children: list = field(default_factory=list)
    parent: "_Node | None" = None


def chinese_numeral_value(numeral: str) -> int | None:
    """Value of a small Chinese or Arabic numeral or circled digit (an outline number), or None.

    >>> [chinese_numeral_value(s) for s in ("三", "十", "十二", "二十", "二十三", "7", "③", "二十二十一")]
    [3, 10, 12, 20, 23, 7, 3, None]
    """
    if numeral.isdigit() and numeral.isascii():
        return int(numeral)
    if len(numeral) == 1 and "①" <= numeral <= "⑳":
        return ord(numeral) - ord("①") + 1
    m = _RE_SMALL_CN.fullmatch(numeral)
    if not m:
        return None
    tens, ten, ones = m.groups()
    if not ten:  # a single digit (the pattern puts it in the first group)
        return _CN_DIGITS[tens] if tens and not ones else None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


@lru_cache(maxsize=1)
def _part_rules() -> tuple[tuple[str, re.Pattern], ...]:
    with open(resource_path("parts.csv"), encoding="utf-8-sig", newline="") as f:
        return tuple((row["part"], re.compile(row["pattern"])) for row in csv.DictReader(f))


def classify_part(section_title: str) -> str:
    """The part of a plan a section belongs to, from its title (rules in ``resources/parts.csv``).

    >>> classify_part("上半年工作总结"), classify_part("基本原则"), classify_part("实施创新创业“提质”行动")
    ('summary', 'principles', 'plan')
    """
    for part, pattern in _part_rules():
        if pattern.search(section_title):
            return part
    return "plan"


def _match_marker(line: str) -> tuple[str, int, int] | None:
    """(kind, number, marker length) when ``line`` starts with an outline marker."""
    for kind, regex in _MARKERS:
        m = regex.match(line)
        if m:
            value = chinese_numeral_value(m.group(1))
            return None if value is None else (kind, value, m.end())
    return None


def _title_of(line_rest: str) -> str:
    """An item's title: its first sentence when short, else ''."""
    first, sep, _ = line_rest.partition("。")
    first = first.strip()
    if not sep and len(first) <= 50:
        return first.rstrip("：:")
    return first if len(first) <= 50 else ""


def _path(node: _Node) -> list[int]:
    out = []
    while node is not None and node.kind != "root":
        out.append(node.number)
        node = node.parent
    return out[::-1]


def parse_plan(doc_id: str, text: str, *, cover_end: int = 0) -> ParsedPlan:
    """Parse a cleaned plan into rows (see the module docstring).

    >>> plan = parse_plan("demo", "某市工会工作要点\\n一、思想引领\\n1.强化政治引领。开展学习。\\n2.强化文化引领。开展读书活动。")
    >>> [(r["item_id"], r["part"], r["unit"], r["item_title"]) for r in plan.items]
    [('demo:preamble.p1', 'preamble', 'paragraph', ''), ('demo:1.1', 'plan', 'item', '强化政治引领'), ('demo:1.2', 'plan', 'item', '强化文化引领')]
    """
    lines, offsets = split_lines(text)
    first_body = next((i for i, o in enumerate(offsets) if o >= cover_end), len(lines))

    annex_idx = len(lines)
    for i in range(first_body, len(lines)):
        if RE_ANNEX_START.match(lines[i].strip()):
            annex_idx = i
            break

    closing_idx = _closing_start(lines, first_body, annex_idx)

    # Outline: accept markers whose numbers run in sequence.
    root = _Node("root", -1, 0, -1)
    stack = [root]
    last_by_kind: dict[str, int] = {}
    content: dict[int, list[int]] = {}  # node line -> content line indices
    nodes: dict[int, _Node] = {}
    preamble_lines: list[int] = []
    for i in range(first_body, closing_idx):
        line = lines[i].strip()
        if not line:
            continue
        m = _match_marker(line)
        if m:
            kind, number, _ = m
            level = _LEVEL[kind]
            parent_idx = len(stack) - 1
            while stack[parent_idx].level >= level:
                parent_idx -= 1
            parent = stack[parent_idx]
            siblings = [c for c in parent.children if c.kind == kind]
            expected_local = siblings[-1].number + 1 if siblings else 1
            expected_global = last_by_kind.get(kind, 0) + 1
            if number in (expected_local, expected_global) or (number == 1 and not siblings):
                node = _Node(kind, level, number, i, parent=parent)
                parent.children.append(node)
                del stack[parent_idx + 1:]
                stack.append(node)
                last_by_kind[kind] = number
                nodes[i] = node
                content[i] = []
                continue
        if len(stack) > 1:
            content[stack[-1].line_idx].append(i)
        else:
            preamble_lines.append(i)

    rows: list[dict] = []
    notes: list[str] = []

    def span(line_indices: list[int]) -> tuple[int, int]:
        start = offsets[line_indices[0]]
        last = line_indices[-1]
        return start, offsets[last] + len(lines[last].rstrip())

    def add_row(item_id: str, part: str, unit: str, line_indices: list[int], **context) -> None:
        start, end = span(line_indices)
        body = text[start:end]
        resp = _RE_RESPONSIBLE.search(body)
        rows.append(
            {
                "doc_id": doc_id,
                "item_id": f"{doc_id}:{item_id}",
                "part": part,
                "unit": unit,
                "section_no": context.get("section_no"),
                "section_title": context.get("section_title", ""),
                "group_no": context.get("group_no"),
                "group_title": context.get("group_title", ""),
                "item_no": context.get("item_no"),
                "item_title": context.get("item_title", ""),
                "text": body,
                "start": start,
                "end": end,
                "n_chars": end - start,
                "content_end": start + resp.start() if resp else end,
                "responsible_units": "；".join(
                    u.strip() for u in re.split("[、，,；]", resp.group(1)) if u.strip()
                ) if resp else "",
            }
        )

    def paragraphs(prefix: str, part: str, line_indices: list[int], **context) -> None:
        for n, i in enumerate([i for i in line_indices if lines[i].strip()], start=1):
            add_row(f"{prefix}p{n}", part, "paragraph", [i], **context)

    cover_lines = [i for i in range(0, first_body) if lines[i].strip()]
    paragraphs("cover.", "cover", cover_lines)
    structure = "outline" if root.children else "paragraphs"
    if structure == "paragraphs":
        msg = f"{doc_id}: no numbered sections or items found; the text is split into paragraphs"
        warnings.warn(msg, StructureWarning, stacklevel=2)
        notes.append(msg)
        paragraphs("", "plan", preamble_lines)
    else:
        paragraphs("preamble.", "preamble", preamble_lines)

    def heading_rest(node: _Node) -> str:
        line = lines[node.line_idx].strip()
        return line[_match_marker(line)[2]:].strip()

    def visit(node: _Node, depth: int, context: dict) -> None:
        path = ".".join(str(n) for n in _path(node))
        rest = heading_rest(node)
        is_pure_heading = "。" not in rest and len(rest) <= 50
        ctx = dict(context)
        if depth == 1:
            ctx.update(section_no=node.number, section_title=rest.rstrip("。：:"), part=classify_part(rest))
        if node.children or (depth == 1 and is_pure_heading and content[node.line_idx]):
            if depth >= 2:
                ctx.update(group_no=node.number, group_title=rest.rstrip("。：:"))
            paragraphs(f"{path}.", ctx["part"], content[node.line_idx], **_ctx_fields(ctx))
            for child in node.children:
                visit(child, depth + 1, ctx)
            return
        item_ctx = _ctx_fields(ctx)
        item_ctx.update(item_no=node.number, item_title=_title_of(rest))
        if depth == 1:
            item_ctx.update(section_no=None, section_title="")
        add_row(path, ctx.get("part", "plan"), "item", [node.line_idx] + content[node.line_idx], **item_ctx)

    for top in root.children:
        visit(top, 1, {"part": "plan"})

    closing_lines = [i for i in range(closing_idx, annex_idx) if lines[i].strip()]
    paragraphs("closing.", "closing", closing_lines)

    annex_rows: list[dict] = []
    if annex_idx < len(lines):
        annex = parse_annex(doc_id, text, offsets[annex_idx])
        annex_rows = annex.rows
        notes.extend(annex.warnings)
        for row in annex.rows:
            rows.append(
                {
                    "doc_id": doc_id,
                    "item_id": row["item_id"],
                    "part": "annex",
                    "unit": "annex_row",
                    "section_no": None,
                    "section_title": annex.title,
                    "group_no": None,
                    "group_title": "",
                    "item_no": row["row_no"],
                    "item_title": row.get("project", ""),
                    "text": text[row["start"]:row["end"]],
                    "start": row["start"],
                    "end": row["end"],
                    "n_chars": row["end"] - row["start"],
                    "content_end": min(
                        [s for name, s, _ in row["cell_spans"] if name in ("leaders", "departments")] or [row["end"]]
                    ),
                    "responsible_units": row.get("departments", ""),
                }
            )
        if not annex.rows:
            annex_lines = [i for i in range(annex_idx, len(lines)) if lines[i].strip()]
            paragraphs("annex.", "annex", annex_lines, section_title=annex.title)

    rows.sort(key=lambda r: (r["start"], r["end"]))
    seen: dict[str, int] = {}
    for seq, row in enumerate(rows, start=1):
        row["seq"] = seq
        if row["item_id"] in seen:
            seen[row["item_id"]] += 1
            row["item_id"] = f"{row['item_id']}~{seen[row['item_id']]}"
        else:
            seen[row["item_id"]] = 1
    rows = [{c: row[c] for c in ITEM_COLUMNS} for row in rows]
    return ParsedPlan(items=rows, annex_rows=annex_rows, structure=structure, warnings=tuple(notes))


def _ctx_fields(ctx: dict) -> dict:
    return {k: ctx[k] for k in ("section_no", "section_title", "group_no", "group_title") if k in ctx}


def _is_closing_line(line: str) -> bool:
    """A signature or date line: short, no sentence punctuation, an organisation or a date."""
    return (
        len(line) <= 30
        and not re.search("[，。；！？]", line)
        and bool(_RE_DATE_LINE.match(line) or _RE_ORG_LINE.search(line))
        and _match_marker(line) is None
    )


def _closing_start(lines: list[str], first: int, stop: int) -> int:
    """Index of the first closing line (signature block) before ``stop``; ``stop`` if none.

    At most four non-blank lines count, so a plan's last section is never taken.
    """
    start = stop
    found = 0
    for k in range(stop - 1, first - 1, -1):
        line = lines[k].strip()
        if not line:
            continue
        if found == 4 or not _is_closing_line(line):
            break
        start = k
        found += 1
    return start
