"""Parse a cleaned plan into parts, sections, groups and items.

Chinese official documents number their outline with a fixed convention
(:data:`analysis.patterns.OUTLINE_MARKERS`): ``第一部分`` > ``一、`` > ``（一）`` >
``1.`` / ``1、`` > ``（1）`` > ``①``. :func:`parse_plan` is three steps:

1. :func:`find_regions`: where the cover notice ends, and where the closing
   signature and an annex begin;
2. :func:`build_outline`: every line that starts with a marker whose number runs
   in sequence (so ``2.5亿元`` at a line start is not an item) becomes a node of
   the outline tree; other lines are the content of the node above them;
3. :func:`emit_rows`: one row per text unit, in reading order, each with the
   part of the plan it belongs to (:func:`analysis.orientation.orient_parts`):

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

import bisect
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field

from .annex import AnnexTable, parse_annex
from .indicator_tables import paragraph_lines
from .linebreaks import split_lines
from .loader import Resources, load_resources
from .orientation import (FORWARD_PARTS, PLAN, REVIEW, REVIEW_LEAD, heading_parts, opens_on_the_period, orient_parts,
                          orientation)
from .patterns import (FUNCTION_WORD_ENDS, OUTLINE_MARKERS, RE_ANNEX_START, RE_APPENDIX_START, RE_HAN, RE_RESPONSIBLE,
                       RE_SALUTATION, bounded_sentence_start, outline_number)
from .progress_tables import PROGRESS, TASK, UNIT, progress_table_roles, table_row_cells
from .schema import ITEM_COLUMNS

__all__ = [
    "ITEM_COLUMNS",
    "StructureWarning",
    "ParsedPlan",
    "Regions",
    "Outline",
    "parse_plan",
    "find_regions",
    "find_contents",
    "build_outline",
    "emit_rows",
    "classify_part",
]

#: The outline context a row carries.
_CONTEXT = ("section_no", "section_title", "group_no", "group_title")
_MARKERS = tuple((kind, re.compile(f"^{pattern}\\s*")) for kind, pattern in OUTLINE_MARKERS)
_LEVEL = {kind: i for i, (kind, _) in enumerate(_MARKERS)}
_RE_DATE_LINE = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")
_RE_ORG_LINE = re.compile(r"(?:会|委|局|府|厅|部|室|院|办|处|组|中心|公司)$")
#: A plan's signature block is at most this many lines.
_MAX_CLOSING_LINES = 4
#: A heading or an item title is at most this long.
_TITLE_MAX = 50
#: An unnumbered heading line is at most this long.
_HEADING_MAX = 25
#: A line of prose is at least this long (and ends a sentence).
_PROSE_MIN = 4
#: A line of prose that breaks off is at least this long (:func:`_is_broken_lead`).
_LEAD_MIN = 20
#: A line of a news story's headline marked as such (47项任务指标提升“五强”实效（主题）, …（引题）): the story's headline,
#: not a heading of its text.
_RE_HEADLINE_DECK = re.compile(r"[（(]\s*(?:主题|引题|副题|肩题|眉题|主标题|副标题)\s*[）)]$")
#: The kind of an unnumbered heading in the outline.
_HEADING = "heading"
_RE_SENTENCE_MARK = re.compile("[。！？；：:!?;]")
#: Paragraphs an item must have had before one that sums up can speak for its section.
_ITEM_BEFORE_SUMMING_UP = 2
#: A paragraph that opens by addressing the audience (各位代表！回望过去…): the speech turns from the item to the whole.
_RE_ADDRESSED = re.compile(r"(?:各位代表|各位委员|同志们)[！!：:]")
#: A paragraph that sums up a whole span of time or the section (五年来，…; 过去五年，…; 总之，…): it closes the open items.
_RE_SUMS_UP = re.compile(r"(?:过去(?:的)?[一二三四五六七八九十两几]+年|[一二三四五六七八九十两几]+年(?:来|以来)|总之|总的来看|综上所述)[，,]")
#: A line's first clause: what a heading run into the text after it says.
_RE_FIRST_CLAUSE = re.compile("[^，。！？；：,:!?;]*")


class StructureWarning(UserWarning):
    """The plan's structure could not be read fully (e.g. no numbering).

    Warned by :func:`parse_plan`; the message is also kept in
    :attr:`ParsedPlan.warnings`.
    """


@dataclass(frozen=True)
class ParsedPlan:
    """The rows of one plan and what kind of structure was found.

    Made by :func:`parse_plan`.

    Parameters
    ----------
    items : list of dict
        One row per text unit in reading order, with the columns of
        :data:`ITEM_COLUMNS`.
    annex_rows : list of dict
        The rows of an annex table (see :func:`analysis.annex.parse_annex`);
        empty without one.
    structure : str
        ``"outline"`` when numbered sections or items were found, else
        ``"paragraphs"``.
    warnings : tuple of str, default ()
        What could not be read (no numbering, problems of the annex table).
    """

    items: list[dict]
    annex_rows: list[dict]
    structure: str  # "outline" or "paragraphs"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Regions:
    """Line indices where the plan body begins, its closing signature, an appendix and an annex begin.

    Made by :func:`find_regions`. A region that is missing begins where the
    next one does (an annex or the end of the text), so the body is always
    ``lines[body:closing]``.

    Parameters
    ----------
    body : int
        The first line of the body (after a cover notice).
    closing : int
        The first line of the closing signature and date.
    appendix : int
        The first line of an appendix (名词解释, 注释, 附录).
    annex : int
        The first line of an annex (附件, 附表); the number of lines when there
        is none.
    story : int, default 0
        Where a news story told above the document a page reproduces ends: the line before the cover notice that
        says the document follows (原文如下：, 文件详情如下：); 0 without one. ``lines[:story]`` are the story's (its
        lead sums the document up: 文件指出，…全年新增光伏装机5万千瓦以上), not the notice's.
    """

    body: int
    closing: int
    appendix: int
    annex: int
    story: int = 0


@dataclass
class _Node:
    """A node of the outline: a marker's kind and number, its line, and its children."""

    kind: str
    level: int
    number: int
    line_idx: int
    children: list = field(default_factory=list)
    parent: "_Node | None" = None
    #: The last child of each kind (kind → node): a new mark's siblings looked up in constant time, not by a scan
    #: of all children (a page of thousands of headings stays linear).
    last_child: dict = field(default_factory=dict, repr=False, compare=False)

    def path(self) -> str:
        """The dotted numbers from the top of the outline (``4.1.2``)."""
        numbers, node = [], self
        while node is not None and node.kind != "root":
            numbers.append(node.number)
            node = node.parent
        return ".".join(str(n) for n in reversed(numbers))


@dataclass
class Outline:
    """The outline tree, each node's content lines, and the lines before the first node.

    Made by :func:`build_outline`.

    Parameters
    ----------
    root : _Node
        The root of the tree; its ``children`` are the top-level nodes (no
        children: no outline was found). A node has ``kind`` (the marker's
        kind, or ``heading`` for an unnumbered heading), ``number``,
        ``line_idx`` (its line), ``children`` and ``path()`` (``4.1.2``).
    content : dict of int to list of int
        For the line of each node, the indices of the non-blank lines that
        follow it up to the next node.
    preamble : list of int
        The indices of the non-blank lines before the first node.
    """

    root: _Node
    content: dict[int, list[int]]
    preamble: list[int]


def heading_part(title: str, resources: Resources | None = None) -> tuple[str, bool]:
    """The part a heading announces and whether it is decisive (rules in ``resources/parts.csv``).

    The first rule whose pattern the heading matches gives the part. A
    heading that announces both a review and what is ahead (1998年工作回顾和1999年
    工作的总体要求) is not decisive: the text under it decides, unit by unit.
    A heading that no rule matches is ``plan``, not decisive. A heading that ends on
    the progress of what it names (主要经济指标任务进展情况), or whose first clause ends
    on a result reached (“十五”计划主要预期目标提前实现), reports it: a review,
    decisive, whatever plan words it names the tasks or targets by.

    Parameters
    ----------
    title : str
        The heading (without its marker).
    resources : Resources or None, default None
        The part rules; ``None`` means the project's
        (:func:`analysis.loader.load_resources`).

    Returns
    -------
    part : str
        ``summary``, ``plan``, ``goals``, ``principles``, ``guarantees`` …, as
        ``parts.csv`` names them.
    decisive : bool
        Whether the heading decides the part of the text under it (see
        :func:`analysis.orientation.orient_parts`).

    Examples
    --------
    >>> heading_part("2009年工作回顾"), heading_part("2010年主要任务"), heading_part("关于外交工作")
    (('summary', True), ('plan', True), ('plan', False))
    >>> heading_part("1998年工作回顾和1999年工作的总体要求"), heading_part("主要经济指标任务进展情况")
    (('summary', False), ('summary', True))
    """
    rules = (resources or load_resources()).part_rules
    hits = [(part, decisive) for part, pattern, decisive in rules if pattern.search(title)]
    if not hits:
        return "plan", False
    part, decisive = hits[0]
    if part == "summary" and any(p in FORWARD_PARTS and d for p, d in hits[1:]) \
            and not _RE_PROGRESS_OF.search(title.strip()):
        return part, False
    return part, decisive


#: A heading that ends on the progress of what it names (主要经济指标任务进展情况, 年度计划执行情况, 《纲要》主要目标
#: 指标实现情况) or on what came of it (2024年工作措施及成效: round 217), or whose first clause ends on a result reached
#: (“十五”计划主要预期目标提前实现，…; “十三五”规划目标任务胜利完成): a report of how the tasks, targets or plan went, a
#: review, whatever plan words it names them by (not a task to reach them: 确保“十四五”规划目标任务全面完成).
_RE_PROGRESS_OF = re.compile(r"(?:执行|完成|实现|实施|进展|落实|推进)情况[。：:]?$|[及和与、](?:主要)?成[效果绩][。：:]?$"
                             r"|^(?![^，,。；]*(?:确保|力争|争取|努力|奋力|全力|推动|保证|(?<![主重需纲])要|必须|将))[^，,。；]*"
                             r"(?:如期|胜利|圆满|基本|提前|全面|顺利|超额)(?:实现|完成)(?:$|[，,])")


def classify_part(section_title: str, resources: Resources | None = None) -> str:
    """The part of a plan a section belongs to, from its title (rules in ``resources/parts.csv``).

    The part of :func:`heading_part`, without whether it is decisive.

    Parameters
    ----------
    section_title : str
        The section's title.
    resources : Resources or None, default None
        The part rules; ``None`` means the project's.

    Returns
    -------
    str
        The part; ``plan`` when no rule matches.

    Examples
    --------
    >>> classify_part("上半年工作总结"), classify_part("基本原则"), classify_part("实施创新创业“提质”行动")
    ('summary', 'principles', 'plan')
    """
    return heading_part(section_title, resources)[0]


def _match_marker(line: str) -> tuple[str, int, int] | None:
    """(kind, number, marker length) when ``line`` starts with an outline marker."""
    for kind, regex in _MARKERS:
        m = regex.match(line)
        if m:
            value = outline_number(m.group(1))
            return None if value is None else (kind, value, m.end())
    return None


def _title_of(line_rest: str) -> str:
    """An item's title: its first sentence when short, else ''."""
    first, sep, _ = line_rest.partition("。")
    first = first.strip()
    if not sep and len(first) <= _TITLE_MAX:
        return first.rstrip("：:")
    return first if len(first) <= _TITLE_MAX else ""


def find_regions(lines: list[str], offsets: list[int], cover_end: int = 0) -> Regions:
    """Where the body begins (after a cover notice), and where the closing signature, an appendix
    (名词解释, 注释, 附录) and an annex begin.

    The body begins at the first line at or after ``cover_end``; an annex at
    the first line after it that opens one (附件, 附表); an appendix at the
    first line before the annex that is only an appendix heading. The closing
    signature is the run of at most four short lines that name an
    organisation or a date (某市总工会, 2021年1月5日) just before the appendix
    (or the annex, or the end).

    Parameters
    ----------
    lines : list of str
        The lines of the cleaned text (:func:`analysis.linebreaks.split_lines`).
    offsets : list of int
        The offset of each line in the text.
    cover_end : int, default 0
        The offset where the body begins after a cover notice
        (:func:`analysis.cleaning.find_cover_end`).

    Returns
    -------
    Regions
        The line indices.

    Examples
    --------
    >>> lines = ["某市工会工作要点", "一、思想引领", "1.强化政治引领。", "某市总工会", "2021年1月5日", "附件：", "重点项目表"]
    >>> find_regions(lines, [0] * len(lines))
    Regions(body=0, closing=3, appendix=5, annex=5, story=0)
    """
    body = next((i for i, o in enumerate(offsets) if o >= cover_end), len(lines))
    annex = next((i for i in range(body, len(lines)) if RE_ANNEX_START.match(lines[i].strip())), len(lines))
    appendix = next((i for i in range(body, annex) if RE_APPENDIX_START.fullmatch(lines[i].strip())), annex)
    story = next((i for i in range(body) if _RE_DOCUMENT_FOLLOWS.fullmatch(lines[i].strip())), 0)
    return Regions(body, _closing_start(lines, body, appendix), appendix, annex, story)


#: A line that says the document the page reproduces follows (原文如下：, 全文如下, 文件详情如下：, 通知全文如下：): what
#: stands above it is the page's story about the document.
_RE_DOCUMENT_FOLLOWS = re.compile(r"[\u4e00-\u9fff]{0,6}(?:全文|原文|详情|正文|内容)如下\s*[:：]?")


#: The line that opens a table of contents (目录, 目 录, 目次, 提纲：).
_RE_CONTENTS_MARK = re.compile(r"(?:目\s*录|目\s*次|提\s*纲"
                               # a line that says how many parts follow (报告分为两大部分, 全文共分三个部分：): its parts listed
                               r"|[\u4e00-\u9fff]{0,8}(?:分为|分成|共分)(?P<parts>[两二三四五六七八九])(?:大|个)?部分)\s*[:：]?")
#: The count a line of parts names (两大部分: 2).
_PART_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
#: An entry's dotted leader and page number (第一章 发展基础……………3, 一、总体要求 ........ 12).
_RE_LEADER_PAGE = re.compile(r"\s*(?:[.．…·。-]{2,}\s*|\s+)\d{1,4}$")
#: A table of contents is looked for among this many first lines of the body, and has at least this many
#: entries; an entry is at most this long and ends no sentence.
CONTENTS_REACH, CONTENTS_MIN_ENTRIES, CONTENTS_ENTRY_MAX = 40, 3, 60
_RE_SENTENCE_END = re.compile(r"[。；！？!?;]")


def find_contents(lines: list[str], start: int, stop: int, title: str = "") -> range:
    """The lines of a table of contents near the top of the body, its opening line included (an empty range when
    there is none): a line 目录, 目次 or 提纲, or one that says how many parts follow (报告分为两大部分: that many entries
    at most), among the first :data:`CONTENTS_REACH` lines of ``lines[start:stop]``,
    or a run of :data:`CONTENTS_MIN_ENTRIES` lines ending on a dotted leader and a page number, or, with neither, a
    line numbered 1 among the body's first :data:`_UNMARKED_CONTENTS_REACH` lines (一、2021年工作回顾) that a line below
    repeats (the headings listed, then the text: the first heading again), then the entries: short
    lines that end no sentence (一、2025年工作及“十四五”回顾, （一）坚定不移…, 第一章 发展基础……3), up to the first line that
    is not one, is a salutation (各位代表：), repeats the document's ``title`` or repeats an entry (the body's first
    heading: the text has begun). At least :data:`CONTENTS_MIN_ENTRIES` entries make one.

    >>> lines = ["某市2026年政府工作报告", "提纲:", "一、2025年工作回顾", "二、2026年工作安排", "（一）扩大内需",
    ...          "某市2026年政府工作报告", "各位代表:", "一、2025年工作回顾", "2025年，全市生产总值增长5%。"]
    >>> find_contents(lines, 0, len(lines), title="某市2026年政府工作报告")
    range(1, 5)
    >>> find_contents(["一、总体要求", "二、主要任务", "三、保障措施", "为推进…，制定本方案。"], 0, 4)
    range(0, 0)
    """
    nonblank = [i for i in range(start, stop) if lines[i].strip()]
    head = nonblank[:CONTENTS_REACH]
    leadered = [bool(_RE_LEADER_PAGE.search(lines[i].strip())) for i in head]
    marks = ((k, _RE_CONTENTS_MARK.fullmatch(lines[i].strip())) for k, i in enumerate(head))
    mark, named = next(((k, m) for k, m in marks if m), (None, None))
    most = _PART_COUNTS[named.group("parts")] if named and named.group("parts") else None  # 分为两大部分: two entries
    entries = mark + 1 if mark is not None else next(  # no opening line: a run of entries with their page numbers
        (k for k in range(len(head) - CONTENTS_MIN_ENTRIES + 1) if all(leadered[k:k + CONTENTS_MIN_ENTRIES])), None)
    unmarked = entries is None  # else a run of headings at the very top, its first repeated where the text begins
    if unmarked:
        entries = next((k for k, i in enumerate(head[:_UNMARKED_CONTENTS_REACH]) if _opens_list(lines[i].strip())), None)
    if entries is None:
        return range(0)
    own_title = _compact(title)
    seen: set[str] = set()
    last = None
    for i in nonblank[entries:]:
        line = lines[i].strip()
        key = _compact(_RE_LEADER_PAGE.sub("", line))
        if (len(line) > CONTENTS_ENTRY_MAX or _RE_SENTENCE_END.search(line) or RE_SALUTATION.match(line)
                or key in seen or (own_title and key == own_title) or not key
                or unmarked and _match_marker(line) is None):  # (an unmarked list's entries are numbered headings: the
            break  # title and dateline below it, 2019年1月5日在…会议上, are the text's)
        seen.add(key)
        last = i
        if most and len(seen) == most:
            break  # the parts the line named are listed: the body's own first heading (回顾2023) follows
    if last is None or len(seen) < (min(most, CONTENTS_MIN_ENTRIES) if most else CONTENTS_MIN_ENTRIES):
        return range(0)  # (a line of two parts lists two)
    if unmarked:
        first = _compact(lines[nonblank[entries]].strip())
        if not any(_compact(lines[i].strip()) == first for i in range(last + 1, stop)):
            return range(0)  # headings that no line repeats: the outline of the text itself (一、总体要求 二、…)
    return range(nonblank[entries if mark is None else mark], last + 1)


#: An unmarked table of contents (a run of headings the text repeats below, its first line numbered 1) begins among
#: this many first lines of the body (a title or a date line may come first).
_UNMARKED_CONTENTS_REACH = 3


def _compact(line: str) -> str:
    """``line`` without spaces (a heading spaced out in a table of contents: 前 言)."""
    return re.sub(r"\s+", "", line)


def _is_prose_line(line: str) -> bool:
    """A line that ends a sentence: a paragraph of prose."""
    return len(line) >= _PROSE_MIN and line[-1] in "。！？；：”）"


def _opens_list(line: str) -> bool:
    """A line that opens a numbered list: its marker numbers 1 (1、, （一）, 一、)."""
    mark = _match_marker(line)
    return mark is not None and mark[1] == 1


def _is_broken_lead(line: str) -> bool:
    """A long line of prose that breaks off without a sentence end (a news lead: …作政府工作报告，要点速读↓)."""
    return len(line) >= _LEAD_MIN and "，" in line


def _heading_lines(lines: list[str], start: int, stop: int, resources: Resources | None = None,
                   title: str = "") -> set[int]:
    """Unnumbered heading lines: short lines without sentence punctuation between prose lines.

    A heading (关于外交工作, 结束语, 过去五年的回顾) follows a paragraph of prose
    or another heading (so a title line at the top is not one), is followed by
    prose or a numbered line, is set off by a blank line above or below, and
    does not end with a function word (了, 的, 和 …: a line broken mid-sentence does).
    A line whose words decide a part (2023年工作回顾, 今年工作安排: a decisive
    rule of ``parts.csv``) needs no blank line, nor prose before it: a page copied without them keeps it; nor
    does a line that opens a numbered list (the line after it is numbered 1: 大力推进数字技术创新突破 / 1、实施…),
    which may follow the last item of the list before.
    The document's own ``title`` repeated after its cover notice (湖南省2017年国民经济和社会发展计划) heads no
    section.
    """
    found = set()
    own_title = re.sub(r"\s+", "", title)
    nonblank = [i for i in range(start, stop) if lines[i].strip()]
    for k, i in enumerate(nonblank[1:-1], start=1):
        line = lines[i].strip()
        if not (2 <= len(line) <= _HEADING_MAX) or _RE_SENTENCE_MARK.search(line) or "\t" in lines[i] \
                or (own_title and re.sub(r"\s+", "", line) == own_title):
            continue
        decisive = heading_part(line, resources)[1]
        before, after = lines[nonblank[k - 1]].strip(), lines[nonblank[k + 1]].strip()
        opens_list = _opens_list(after)  # 大力推进数字技术创新突破 / 1、实施…: it heads the list it opens
        if nonblank[k - 1] == i - 1 and nonblank[k + 1] == i + 1 and not (decisive or opens_list):
            continue  # set off by no blank line and no decisive words: a fragment of a paragraph, not a heading
        if _match_marker(line) or not RE_HAN.search(line) or _is_closing_line(line) or line[-1] in FUNCTION_WORD_ENDS \
                or _RE_HEADLINE_DECK.search(line):
            continue
        if (_is_prose_line(before) or nonblank[k - 1] in found or decisive and _is_broken_lead(before)
                or opens_list and _match_marker(before)) and (_is_prose_line(after) or _match_marker(after)):
            found.add(i)  # after a news lead that breaks off (…要点速读↓), decisive words make the heading
    return found


def _next_of_kind(marks: list[tuple[int, str, int]]) -> dict[str, list[int]]:
    """For each kind, the position in ``marks`` of its next mark at or after each position (len if none)."""
    kinds = {kind for _, kind, _ in marks}
    out = {kind: [len(marks)] * (len(marks) + 1) for kind in kinds}
    for pos in range(len(marks) - 1, -1, -1):
        for kind in kinds:
            out[kind][pos] = pos if marks[pos][1] == kind else out[kind][pos + 1]
    return out


def build_outline(lines: list[str], start: int, stop: int, resources: Resources | None = None,
                  title: str = "", table_lines: frozenset[int] | set[int] = frozenset(),
                  contents: range = range(0)) -> Outline:
    """The outline of ``lines[start:stop]``: markers whose numbers run in sequence become nodes.

    A marker is accepted when its number follows its last sibling of the same
    kind, or the last number of its kind anywhere (numbering that runs on
    across sections), or is 1 for a first child. The hierarchy follows the
    conventional order of markers, except where the document nests otherwise:
    a list of 一、 opened inside a （一） that the document then continues with
    （二） is taken as nested. Unnumbered heading lines (:func:`_heading_lines`)
    are nodes too: above every marker when they come first, else below the
    node they stand in. A salutation line (各位代表！) closes the items and
    groups open in a section: it and the lines after it up to the next node are
    the section's own (a report turns to its next block so); so does a paragraph
    that sums up a span or the whole (五年来，…, 总之，…) after a section's last item. A line whose marker is not accepted (``3.`` after
    ``1.``, ``2.5亿元`` at a line start) is content of the node above it.

    Parameters
    ----------
    lines : list of str
        The lines of the cleaned text.
    start, stop : int
        The body's lines (:class:`Regions`: ``body`` and ``closing``).
    resources : Resources or None, default None
        The part rules (a heading line whose words decide a part needs no blank
        line around it); ``None`` means the project's.
    title : str, default ""
        The document's title: a line repeating it heads no section.
    table_lines : set of int, default empty
        The lines of progress tables flattened to lines (:func:`analysis.progress_tables.progress_table_roles`):
        a marker or short line in a cell (1.印发…, 市财政局) is no node; the table's lines are the text of the
        section it stands in, not of an item before it.
    contents : range, default empty
        The lines of a table of contents (:func:`find_contents`): neither nodes nor any node's text.

    Returns
    -------
    Outline
        The tree, the content lines of each node and the preamble lines.

    Examples
    --------
    >>> lines = ["某市工会工作要点", "一、思想引领", "1.强化政治引领。", "3.再来。", "2.强化文化引领。"]
    >>> outline = build_outline(lines, 0, len(lines))
    >>> [(node.path(), node.line_idx) for node in outline.root.children[0].children], outline.content[2]
    ([('1.1', 2), ('1.2', 4)], [3])
    >>> outline.preamble
    [0]
    """
    headings = _heading_lines(lines, start, stop, resources, title)
    marks = []
    for i in range(start, stop):
        line = lines[i].strip() if i not in table_lines and i not in contents else ""
        m = _match_marker(line) if line else None
        if m:
            marks.append((i, m[0], m[1]))
        elif i in headings and i not in contents:
            marks.append((i, _HEADING, 0))
    next_of = _next_of_kind(marks)
    level = dict(_LEVEL)
    root = _Node("root", -1, 0, -1)
    stack = [root]
    last_by_kind: dict[str, int] = {}
    content: dict[int, list[int]] = {}
    preamble: list[int] = []
    mark_at = {i: pos for pos, (i, _, _) in enumerate(marks)}
    if _opens_cut_page(marks, lines, next_of):
        last_by_kind["cn"] = marks[0][2] - 1  # 三、XX年下半年工作计划 first: a page cut from a longer document
    last_pos = -1
    for i in range(start, stop):
        if not lines[i].strip() or i in contents:
            continue
        pos = mark_at.get(i)
        last_pos = last_pos if pos is None else pos
        node = _place(marks, pos, stack, level, last_by_kind, next_of) if pos is not None else None
        if node is not None:
            content[i] = []
            continue
        line = lines[i].strip()
        if i in table_lines and len(stack) > 2:
            del stack[2:]  # a table's lines are its section's, not the text of the item before it
        # 各位代表！ (alone, or opening a paragraph after the item's own text: 各位代表！回望过去…; not the text of an
        # item headed 结束语), or 五年来，… after some paragraphs of a section's last item (not an item's opening, nor a look
        # back inside an item the list goes on after): the speech turns to the section as a whole
        if len(stack) > 2 and (RE_SALUTATION.match(line) or _RE_ADDRESSED.match(line) and content[stack[-1].line_idx]
                               or _RE_SUMS_UP.match(line)
                               and len(content[stack[-1].line_idx]) >= _ITEM_BEFORE_SUMMING_UP
                               and not _continued_later(marks, last_pos, stack[2], next_of)):
            del stack[2:]
        if len(stack) > 1:
            content[stack[-1].line_idx].append(i)
        else:
            preamble.append(i)
    return Outline(root, content, preamble)


def _place(marks, pos, stack, level, last_by_kind, next_of) -> "_Node | None":
    """Put the mark at ``pos`` into the outline (``stack`` is the open path); None when it is not a node."""
    i, kind, number = marks[pos]
    node_level = None
    if kind == _HEADING:
        if kind not in level:  # the first heading: above everything, or below the node it stands in
            level[kind] = -0.5 if len(stack) == 1 else stack[-1].level + 0.5
        last = _parent_for(stack, level[kind]).last_child.get(kind)  # headings are numbered 1, 2, … in order
        number = 1 + (last.number if last is not None else 0)
    elif number == 1 and len(stack) > 1 and level[kind] < stack[-1].level \
            and _continued_later(marks, pos, stack[-1], next_of):
        # a list nested in an item that the document then continues
        if kind in {n.kind for n in stack}:  # of a kind open above too (一、 in a （一） of a section 三、)
            node_level = stack[-1].level + 0.5
        else:
            level[kind] = stack[-1].level + 0.5
    else:
        node_level = _nested_level(marks, pos, stack, level, next_of)
    parent = _parent_for(stack, level[kind] if node_level is None else node_level)
    last_sibling = parent.last_child.get(kind)
    expected_local = last_sibling.number + 1 if last_sibling is not None else 1
    expected_global = last_by_kind.get(kind, 0) + 1
    restart = number == 1 and (last_sibling is None or node_level is not None)  # a first item, or a nested list again
    if kind != _HEADING and not (number in (expected_local, expected_global) or restart):
        return None
    node = _Node(kind, level[kind] if node_level is None else node_level, number, i, parent=parent)
    parent.children.append(node)
    parent.last_child[kind] = node
    del stack[stack.index(parent) + 1:]
    stack.append(node)
    last_by_kind[kind] = number
    return node


def _opens_cut_page(marks, lines: list[str], next_of) -> bool:
    """Whether the text's first mark is a section heading numbered past one (三、2024年主要工作安排 on a page cut from
    a longer document): a heading line of the 一、 kind, before any other mark, whose next mark of its kind, if any,
    follows it in number. Its numbering then runs on from the part the page lost."""
    if not marks or marks[0][1] != "cn" or marks[0][2] < 2:
        return False
    line = lines[marks[0][0]].strip()
    following = next_of["cn"][1]  # the first mark is of the kind, so the kind has its row
    return (len(line) <= _TITLE_MAX and not _RE_SENTENCE_MARK.search(line)
            and (following >= len(marks) or marks[following][2] == marks[0][2] + 1))


def _continued_later(marks, pos: int, node: "_Node", next_of) -> bool:
    """Whether the next mark of ``node``'s kind after ``pos`` is the number after ``node``'s: the document
    goes on with ``node``'s list, so what comes between is inside ``node``."""
    following = next_of[node.kind][pos + 1] if node.kind in next_of else len(marks)
    return following < len(marks) and marks[following][2] == node.number + 1


def _nested_level(marks, pos, stack, level, next_of) -> float | None:
    """The level of a mark of a kind that a nested list open in the stack is of, where the item holding
    that list goes on later (二、 after a 一、 nested in a （一）, with （二） still to come): the mark is in
    that item too (the list's next item, a new list, or content), never above it. None otherwise."""
    kind = marks[pos][1]
    nested = [n for n in stack[1:] if n.kind == kind and n.level != level[kind]]
    if nested and _continued_later(marks, pos, nested[-1].parent, next_of):
        return nested[-1].level
    return None


def _parent_for(stack: list, node_level: float) -> "_Node":
    """The deepest open node above ``node_level``."""
    k = len(stack) - 1
    while stack[k].level >= node_level:
        k -= 1
    return stack[k]


class _Rows:
    """Collects the rows of one plan: one builder for items, paragraphs and annex rows."""

    def __init__(self, doc_id: str, text: str, lines: list[str], offsets: list[int], resources: Resources):
        self.doc_id, self.text, self.lines, self.offsets = doc_id, text, lines, offsets
        self.resources = resources
        self.rows: list[dict] = []

    def add(self, local_id: str, part: str, unit_type: str, start: int, end: int, *, content_end: int | None = None,
            responsible: str | None = None, **context) -> None:
        """One row; ``content_end`` and ``responsible`` default to a trailing （责任单位：…） list, if any."""
        body = self.text[start:end]
        if content_end is None:
            resp = RE_RESPONSIBLE.search(body)
            content_end = start + resp.start() if resp else end
            responsible = "；".join(u.strip() for u in re.split("[、，,；]", resp.group(1)) if u.strip()) if resp else ""
        self.rows.append({
            "doc_id": self.doc_id,
            "item_id": f"{self.doc_id}:{local_id}",
            "part": part,
            "unit_type": unit_type,
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
            "content_end": content_end,
            "responsible_units": responsible,
            "heading": context.get("heading") or (part, False),
        })

    def lines_row(self, local_id: str, part: str, unit_type: str, line_indices: list[int], **context) -> None:
        """A row spanning whole lines (trailing spaces of the last left out)."""
        last = line_indices[-1]
        self.add(local_id, part, unit_type, self.offsets[line_indices[0]],
                 self.offsets[last] + len(self.lines[last].rstrip()), **context)

    def paragraphs(self, prefix: str, part: str, line_indices: list[int], **context) -> None:
        """One paragraph row per non-blank line, or per run of table lines: ``prefix`` p1, p2 …"""
        for n, group in enumerate(paragraph_lines(self.lines, line_indices), start=1):
            self.lines_row(f"{prefix}p{n}", part, "paragraph", group, **context)

    def outline(self, outline: Outline) -> None:
        """The rows of the outline tree: sections' own paragraphs, groups, items."""
        for top in outline.root.children:
            self._visit(outline, top, 1, {"part": "plan"})

    def _visit(self, outline: Outline, node: _Node, depth: int, context: dict) -> None:
        """The rows of one node and those below it: a section or group's heading line and own paragraphs, or one item."""
        line = self.lines[node.line_idx].strip()
        rest = line if node.kind == _HEADING else line[_match_marker(line)[2]:].strip()
        own = outline.content[node.line_idx]
        ctx = dict(context)
        is_heading = "。" not in rest and len(rest) <= _TITLE_MAX
        # a heading line is read whole (一年接着一年干，新福建建设持续取得新进展新成效); a heading run into its text
        # (一、2022年工作回顾2022年，是…。) by its first clause
        heading = heading_part(rest if is_heading else _RE_FIRST_CLAUSE.match(rest).group(0), self.resources)
        if depth == 1:
            ctx.update(section_no=node.number, section_title=rest.rstrip("。：:"), part=heading[0], heading=heading)
        if node.children or (depth == 1 and is_heading and own):
            if depth >= 2:
                ctx.update(group_no=node.number, group_title=rest.rstrip("。：:"))
                if heading[1]:  # a group's own decisive heading speaks for the text under it
                    ctx.update(part=heading[0], heading=heading)
            # the heading line is a unit of its own (its words and numbers are text like any other)
            self.lines_row(f"{node.path()}.h", ctx["part"], "heading", [node.line_idx], **_context(ctx))
            self.paragraphs(f"{node.path()}.", ctx["part"], own, **_context(ctx))
            for child in node.children:
                self._visit(outline, child, depth + 1, ctx)
            return
        item = _context(ctx) | {"item_no": node.number, "item_title": _title_of(rest), "heading": ctx.get("heading")}
        if is_heading and own and heading[1] and not (ctx.get("heading") or ("", False))[1]:
            # an item headed by a line of decisive words (第一节 发展基础), in a section that does not decide
            item.update(heading=heading)
            ctx["part"] = heading[0]
        if depth == 1:
            item.update(section_no=None, section_title="")
        self.lines_row(node.path(), ctx.get("part", "plan"), "item", [node.line_idx] + own, **item)

    def annex(self, annex: AnnexTable, line_indices: list[int]) -> None:
        """The rows of an annex table, or its lines as paragraphs when no table rows were found."""
        for row in annex.rows:
            self.add(
                f"annex.{row['row_no']}", "annex", "annex_row", row["start"], row["end"],
                content_end=min([s for name, s, _ in row["cell_spans"] if name in ("leaders", "departments")]
                                or [row["end"]]),
                responsible=row.get("departments", ""),
                section_title=annex.title, item_no=row["row_no"], item_title=row.get("project", ""),
            )
        if not annex.rows:
            self.paragraphs("annex.", "annex", line_indices, section_title=annex.title)

    def numbered(self) -> list[dict]:
        """The rows in reading order with ``seq``; a repeated id gets ``~2``, ``~3`` … (working keys kept)."""
        rows = sorted(self.rows, key=lambda r: (r["start"], r["end"]))
        seen: dict[str, int] = {}
        for seq, row in enumerate(rows, start=1):
            row["seq"] = seq
            if row["item_id"] in seen:
                seen[row["item_id"]] += 1
                row["item_id"] = f"{row['item_id']}~{seen[row['item_id']]}"
            else:
                seen[row["item_id"]] = 1
        return rows


def _context(ctx: dict) -> dict:
    """The outline context (section and group numbers and titles, heading) a row carries."""
    return {k: ctx[k] for k in _CONTEXT + ("heading",) if k in ctx}


def _glossary_annex_lines(lines: list[str], annex: int) -> set[int]:
    """The non-blank lines, from ``annex`` on, of each annex that is a glossary or notes (附件2 then 名词解释, or
    附件2：名词解释 on one line), up to the next annex."""
    found: set[int] = set()
    starts = [i for i in range(annex, len(lines)) if RE_ANNEX_START.match(lines[i].strip())] + [len(lines)]
    for start, end in zip(starts, starts[1:]):
        body = [i for i in range(start, end) if lines[i].strip()]
        title = RE_ANNEX_START.sub("", lines[start].strip()).strip() or (lines[body[1]].strip() if len(body) > 1 else "")
        if RE_APPENDIX_START.fullmatch(title):
            found.update(body)
    return found


def emit_rows(doc_id: str, text: str, lines: list[str], offsets: list[int], regions: Regions, outline: Outline,
              resources: Resources, period: tuple = (None, None),
              leaning: str = "", table_roles: dict[int, str] | None = None,
              contents: range = range(0)) -> tuple[list[dict], list[dict], list[str]]:
    """The rows of a plan in reading order (parts set by :func:`analysis.orientation.orient_parts` and
    :func:`analysis.orientation.heading_parts`), its annex table rows, and notes.

    Rows are made for a news story above the document a page reproduces (ids ``story.p1`` …, part ``preamble``: read by
    its words), the cover notice (part ``cover``), a table of contents (``contents``), the preamble, the
    outline (sections' own paragraphs and items) or, without an outline, the
    body's paragraphs (part ``plan``), the closing signature, an appendix and
    an annex (its table rows, or its lines as paragraphs). Each row's
    ``content_end`` stops before a trailing （责任单位：…） list, whose units go
    to ``responsible_units`` (an annex row's stops before its 分管领导 and
    责任部室 cells). A repeated ``item_id`` gets ``~2``, ``~3`` ….

    Parameters
    ----------
    doc_id : str
        The document's id (the prefix of every ``item_id``).
    text : str
        The cleaned text.
    lines, offsets : list of str, list of int
        Its lines and their offsets (:func:`analysis.linebreaks.split_lines`).
    regions : Regions
        From :func:`find_regions`.
    outline : Outline
        From :func:`build_outline`.
    resources : Resources
        The part rules and time cues.
    period : tuple of (int or None, int or None), default (None, None)
        The plan's first and last year (see :func:`analysis.orientation.orient_parts`).
    leaning : str, default ""
        ``review`` or ``mixed`` when the genre reviews first (see
        :func:`analysis.orientation.orient_parts`), else ``""``.
    table_roles : dict of int to str, or None
        The columns of the lines of flattened progress tables
        (:func:`analysis.progress_tables.progress_table_roles`): a paragraph that is a task's cell restates the
        plan (part ``plan``, as do the units that lead it), one that is a progress cell reports (``summary``),
        whatever the genre or the cues say.
    contents : range, default empty
        The lines of a table of contents (:func:`find_contents`): paragraphs of part ``contents``, which list the
        headings below and add no text of their own (left out of targets and themes).

    Returns
    -------
    items : list of dict
        The rows, with the columns of :data:`ITEM_COLUMNS`.
    annex_rows : list of dict
        The annex table's rows (empty without an annex).
    notes : list of str
        Warnings from reading the annex table.
    """
    rows = _Rows(doc_id, text, lines, offsets, resources)
    notes: list[str] = []
    # a news story above the document a page reproduces reads as a preamble does (by its words), not as the cover
    rows.paragraphs("story.", "preamble", [i for i in range(regions.story) if lines[i].strip()])
    rows.paragraphs("cover.", "cover", [i for i in range(regions.story, regions.body) if lines[i].strip()])
    rows.paragraphs("contents.", "contents", [i for i in contents if lines[i].strip()])
    if outline.root.children:
        rows.paragraphs("preamble.", "preamble", outline.preamble)
        rows.outline(outline)
    else:
        rows.paragraphs("", "plan", outline.preamble)
    rows.paragraphs("closing.", "closing", [i for i in range(regions.closing, regions.appendix) if lines[i].strip()])
    rows.paragraphs("appendix.", "appendix", [i for i in range(regions.appendix, regions.annex) if lines[i].strip()])
    annex_rows: list[dict] = []
    if regions.annex < len(lines):
        glossary = _glossary_annex_lines(lines, regions.annex)  # 附件2 名词解释: an appendix, not an annex
        rows.paragraphs("appendix.", "appendix", sorted(glossary))
        cut = offsets[min(glossary)] if glossary else len(text)
        annex = parse_annex(doc_id, text[:cut], offsets[regions.annex])
        annex_rows = annex.rows
        notes.extend(annex.warnings)
        rows.annex(annex, [i for i in range(regions.annex, len(lines)) if lines[i].strip() and i not in glossary])
    ordered = rows.numbered()
    # without an outline the body's paragraphs, with one the preamble's, may stand under plain heading lines
    _head_paragraphs(ordered, text, resources, "preamble" if outline.root.children else "plan")
    orient_parts(ordered, text, resources, period, leaning=leaning)
    _table_cell_parts(ordered, offsets, table_roles or {})
    heading_parts(ordered)
    return [{c: row[c] for c in ITEM_COLUMNS} for row in ordered], annex_rows, notes


def _table_cell_parts(rows: list[dict], offsets: list[int], roles: dict[int, str]) -> None:
    """A paragraph that is a cell of a flattened progress table takes its column's part: a task (and the units
    that lead it) restates the plan, a progress cell reports. ``rows`` are changed in place."""
    if not roles:
        return
    for row in rows:
        if row["unit_type"] != "paragraph" or row["part"] not in FORWARD_PARTS + ("summary", "preamble"):
            continue
        role = roles.get(bisect.bisect_right(offsets, row["start"]) - 1)
        if role == PROGRESS:
            row["part"] = "summary"
        elif role in (TASK, UNIT) and row["part"] not in FORWARD_PARTS:
            row["part"] = "plan"


#: A preamble's text has begun at its first line this long with a clause's punctuation (its lead, its opening
#: statement); the lines above it are its title's.
_STATEMENT_MIN = 20
#: A paragraph that is a heading line of a text without an outline is at most this long (2025年工作谋划).
_PARAGRAPH_HEADING_MAX = 20
#: What a heading line never holds: a sentence's end, a colon or comma that leads on to more, or a clause that says what
#: its subject is (回首2024，是乘风破浪、笃行不怠 / 展望2025，是百舸争流…, round 196's motto lines over a year's review).
_RE_NOT_HEADING_LINE = re.compile(r"[。；！？!?;]|[：:，,、]$|[，,]是")


#: A short line that leads into the list under it with a colon (2025年预期目标：, 主要任务:): no title's line.
_RE_LIST_LEAD = re.compile(rf"[^。；！？!?;，,：:\n]{{2,{_PARAGRAPH_HEADING_MAX}}}[：:]")
#: A longer one-sentence line that leads into a list (《纲要》明确了“十四五”发展6个方面具体目标：): it heads that list only.
_RE_LONG_LIST_LEAD = re.compile(r"[^。；！？!?;：:\n]{2,60}[：:]")
#: How an entry of a list under a lead opens: a dash (——), 一是, or an outline marker (1、, （一）…); group 1 names
#: the kind, so the list ends where an entry of another kind (or plain text) begins.
_RE_LIST_ENTRY = re.compile("^(?:(——|—)|([一二三四五六七八九十]+是)|" + "|".join(
    f"(?P<{kind}>{pattern})" for kind, pattern in OUTLINE_MARKERS if kind not in ("volume", "part", "chapter_section")) + ")")


def _list_entry_kind(line: str) -> str:
    """The kind of list entry ``line`` opens (``dash``, ``shi`` for 一是, an outline marker's kind); '' for none."""
    m = _RE_LIST_ENTRY.match(line)
    if not m:
        return ""
    return "dash" if m.group(1) else "shi" if m.group(2) else next(k for k, v in m.groupdict().items() if v)


#: A plan's title line: a year, and a plan's genre at its end (湖南省2021年国民经济和社会发展计划, 2024年工作要点); not
#: a story's headline broken over lines (市总工会召开2024年工作总结 / 及2025年工作谋划务虚会), which heads its lead.
_RE_DOCUMENT_TITLE_LINE = re.compile(r"[^，。；！？:：\n]{0,30}(?:19|20)\d{2}\s*年[^，。；！？:：\n]{0,30}"
                                     r"(?:计划|要点|规划|纲要|方案)")


def _head_paragraphs(rows: list[dict], text: str, resources: Resources, part: str = "plan") -> None:
    """Among the paragraphs of ``part`` (``plan``: a text without an outline; ``preamble``: the text before an
    outline's first section), a paragraph that is a short heading line whose words decide a part
    (2025工作谋划, 下半年工作打算, 上半年工作回顾, 经济社会发展主要预期目标) heads the paragraphs after it, itself included,
    up to the next such line: their ``heading`` becomes its (part, decisive), as a numbered section's would (a
    news story of a meeting that reviews one year and plans the next, in paragraphs under plain headings; a story
    of a report that lists its targets under a plain heading before its numbered tasks). A heading line that
    decides nothing (突出特色，统筹全局) leaves the heading as it is; in a preamble, only lines after its text has
    begun (the lines above are the title's: 常州市总工会2020年工作要点) are read, but a short line that leads into
    the list under it with a colon (2025年预期目标：) is read wherever it stands. The first paragraph, when it is
    a plan's title (a year and a plan's genre at its end: 湖南省2021年国民经济和社会发展计划 over a text without an
    outline), heads nothing: the text under it is read by its own words. A heading line that announces a review
    and what is ahead together (回眸与展望：2025年交出亮眼成绩单: a mixed heading, ``("summary", False)``) ends the
    heading before it: the units under it are read by their own words. ``rows`` are changed in place."""
    current = None
    listed = None  # (heading, entry kind) of a list under a longer lead: it heads the list's entries only
    text_begun = part != "preamble"  # a preamble's first lines are the title's (常州市总工会2020年工作要点), no heading
    first = True
    for row in rows:
        if row["part"] != part or row["unit_type"] != "paragraph":
            continue
        line = text[row["start"]:row["content_end"]].strip()
        title_line, first = first and bool(_RE_DOCUMENT_TITLE_LINE.fullmatch(line.strip("|｜ "))), False
        if title_line:
            continue  # a text without an outline under its title (湖南省2021年国民经济和社会发展计划): the title heads nothing
        heading = (line if (text_begun and len(line) <= _PARAGRAPH_HEADING_MAX and RE_HAN.search(line)
                            and not _RE_NOT_HEADING_LINE.search(line) and not _RE_HEADLINE_DECK.search(line))
                   else line[:-1] if _RE_LIST_LEAD.fullmatch(line)  # 2025年预期目标： over its list, even among the
                   else None)  # title lines
        if listed is not None:
            kind = _list_entry_kind(line)
            if kind and listed[1] in ("", kind):
                listed = (listed[0], kind)
                row["heading"] = listed[0]
                continue
            listed = None
        if heading:
            heads, decisive = heading_part(heading, resources)
            if decisive:
                current = (heads, True)
            elif heads == "summary":  # a mixed heading (回眸与展望：…): the units under it are read by their own words
                current = None
        elif text_begun and _RE_LONG_LIST_LEAD.fullmatch(line):
            heads, decisive = heading_part(line[:-1], resources)
            listed = ((heads, True), "") if decisive else None
        text_begun = text_begun or len(line) >= _STATEMENT_MIN and bool(_RE_CLAUSE_MARK.search(line))
        if current is not None:
            row["heading"] = current
        elif listed is not None:
            row["heading"] = listed[0]


def parse_plan(doc_id: str, text: str, *, cover_end: int = 0, resources: Resources | None = None,
               period: tuple = (None, None), doc_type: str = "", title: str = "") -> ParsedPlan:
    """Parse a cleaned plan into rows: regions, then the outline, then one row per text unit.

    Runs :func:`find_regions`, :func:`find_contents`, :func:`build_outline` on the body and
    :func:`emit_rows`. A plan without numbered sections or items is split into
    paragraphs, with a :class:`StructureWarning`.

    Parameters
    ----------
    doc_id : str
        The document's id.
    text : str
        The cleaned text (:func:`analysis.cleaning.clean_text`).
    cover_end : int, default 0
        The offset where the body begins after a cover notice
        (:attr:`analysis.cleaning.CleanedText.cover_end`).
    resources : Resources or None, default None
        The part rules and time cues; ``None`` means the project's.
    period : tuple of (int or None, int or None), default (None, None)
        The plan's first and last year: years named before it look back,
        after it ahead (see :func:`analysis.orientation.orient_parts`).
    doc_type : str, default ""
        The genre (``doc_types.csv``): a summary reads text whose words do not
        decide as a review; a report that reviews and then plans (a government
        work report, a summary and plan) reads so the text before its first
        section headed as plan; so does a news report whose ``title`` (its
        headline) does not look ahead.
    title : str, default ""
        The document's title (read for a news report's leaning).

    Returns
    -------
    ParsedPlan
        The rows, the annex table rows, the kind of structure and the
        warnings.

    Warns
    -----
    StructureWarning
        When no numbered sections or items are found.

    Examples
    --------
    >>> plan = parse_plan("demo", "某市工会工作要点\\n一、思想引领\\n1.强化政治引领。开展学习。\\n2.强化文化引领。开展读书活动。")
    >>> [(r["item_id"], r["part"], r["unit_type"], r["item_title"]) for r in plan.items]
    [('demo:preamble.p1', 'preamble', 'paragraph', ''), ('demo:1.h', 'plan', 'heading', ''), ('demo:1.1', 'plan', 'item', '强化政治引领'), ('demo:1.2', 'plan', 'item', '强化文化引领')]
    """
    resources = resources or load_resources()
    lines, offsets = table_row_cells(*split_lines(text))  # a progress table's rows set out with tabs: a cell a line
    regions = find_regions(lines, offsets, cover_end)
    table_roles = progress_table_roles(lines, regions.body, regions.closing)
    contents = find_contents(lines, regions.body, regions.closing, title)
    outline = build_outline(lines, regions.body, regions.closing, resources, title, set(table_roles), contents)
    structure = "outline" if outline.root.children else "paragraphs"
    notes = []
    if structure == "paragraphs":
        msg = f"{doc_id}: no numbered sections or items found; the text is split into paragraphs"
        warnings.warn(msg, StructureWarning, stacklevel=2)
        notes.append(msg)
    leaning = resources.doc_type_leanings.get(doc_type, "")
    if leaning == "review" and _RE_DRAFT_PLAN.search(title or ""):
        leaning = "review_then_plan"  # …计划执行情况与2024年计划草案的报告: it reviews, then plans (orient_parts)
    if leaning == "mixed" and _RE_REPORTS_HOW_WORK_WENT.search(title or ""):
        leaning = "review"  # 2021年市总工会工作情况报告: a report of how the work went, no plan named
    if leaning == "review" and _RE_YEARBOOK_ENTRY.search(text, cover_end, cover_end + _YEARBOOK_LOOK):
        leaning = "entry"  # 【概况】2022年，…局贯彻…，狠抓…: a yearbook's entry records the year, whatever its verbs (round 209)
    if leaning == "news":  # a news report reviews, unless its headline looks ahead (…将新建30家…), its lead opens on
        # the plan's year or names this year's plan and says what will be done (2021年，…工会将围绕…; …今年计划投入…), or
        # either announces a plan
        lead = _lead_sentence(text)
        headline = title or lead  # no headline kept: its lead tells (近日，…下发《…实施方案》)
        lead_cues = orientation(_RE_DAY_OPENING.sub("", lead, count=1), resources, period=period)  # (its day dates
        # the story, whether it tells results or a plan)
        # a headline looks ahead by any cue; a lead standing for it only by its strong ones (将, 要 …): a lead's
        # weak words (…举行，进一步构建起…新格局) tell of an event as often as of a plan
        title_cues = orientation(title, resources, period=period)
        looks_ahead = (title_cues.label() == PLAN if title and not _RE_EVENT_HELD.search(title)
                       else title_cues.strong_plan - title_cues.strong_review >= REVIEW_LEAD if title
                       else lead_cues.strong_plan - lead_cues.strong_review >= REVIEW_LEAD)  # a headline of an event
        # held (…“贵州高质量完成‘十四五’规划”系列主题新闻发布会举行) tells the event: only strong cues make it plan
        reviews_too = _RE_HEADLINE_REVIEWS.search(headline)  # 召开2024年工作总结及2025年工作谋划务虚会: both
        announced = resources.cue("plan_announced")  # in the headline or the lead (…日前下发《…工作清单》)
        further = _lead_sentence(text, _LEAD_SENTENCES)  # …开幕。州长…作报告。报告明确，今年将…办好“十件民生实事”
        announced_further = (_announces(further, announced, resources, period)
                             and not _RE_HEADLINE_REVIEWS.search(further)  # not 总结…部署…
                             and (lead_cues.label(REVIEW_LEAD) != REVIEW  # a lead telling results: what was issued
                                  # further on (今年7月…印发《…的通知》) is the story's background, unless the
                                  # announcement says what will be done (会上公布了今年…将为职工重点办好的十件实事——
                                  # after 又出了一波新“福利”！, round 200)
                                  or any(m.group(0).startswith(_FUTURE_MARKS) for m in announced.finditer(further))))
        announced_in_lead = (_announces(lead, announced, resources, period)  # not 召开…会议，总结2023年工作，部署
                             and not _RE_HEADLINE_REVIEWS.search(lead))  # 2024年任务: a meeting told, as further on
        lead_plans = ((opens_on_the_period(lead, period) or _RE_THIS_YEAR_WILL.search(lead))  # 2021年，…将…; …今年计划…
                      and lead_cues.strong_plan > lead_cues.strong_review)
        leaning = "" if (looks_ahead or lead_plans or announced.search(title or "") or announced_in_lead
                         or _RE_PROGRAMME_HEADLINE.search(title or "")
                         or announced_further
                         or not title and _tells_of_plans(text, resources, period)) and not reviews_too else "review"
    if leaning in ("mixed", "review_then_plan") and _RE_CONTINUED_PAGE.search(text, cover_end,
                                                                          cover_end + _CONTINUED_LOOK):
        leaning = ""  # （上接06版）大力发展…: the page begins inside the report, perhaps in its plan: the cues decide
    if not leaning and doc_type == "unknown" and _tells_of_the_past(text, resources, period):
        leaning = "review"  # a text of no known genre whose paragraphs mostly look back (这一年，我们…建成…): a review
    if not leaning and doc_type == "unknown":
        leaning = "unknown"  # read as a text with no leaning, but its strong cues decide a unit (orient_parts)
    rows, annex_rows, annex_notes = emit_rows(doc_id, text, lines, offsets, regions, outline, resources, period,
                                              leaning, table_roles, contents)
    return ParsedPlan(items=rows, annex_rows=annex_rows, structure=structure, warnings=tuple(notes + annex_notes))


#: A page that goes on from an earlier page (（上接06版）, 上接第2版, 接上页, 续前页), near the top of its text: the text
#: begins inside the document, not at the review a report opens with.
_RE_CONTINUED_PAGE = re.compile(r"上接\s*(?:第\s*)?(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版|[接续承]上[页版]|续前[页版]")
#: How far into the body a continuation mark is looked for (a title and a date line may come first).
_CONTINUED_LOOK = 200
#: A headline that ends on an event held (…新闻发布会举行, …会议召开, …大会开幕), perhaps with a clause after a comma
#: (…发布会举行,首场从五个关键字看…五年答卷): read as a lead is, by its strong cues.
_RE_EVENT_HELD = re.compile(r"(?:召开|举行|举办|开幕|闭幕)(?:[，,][^。；：，,]{2,40})?$")
#: A title that names a draft plan besides what it reports (…执行情况与2024年…计划草案的报告): the text plans too.
_RE_DRAFT_PLAN = re.compile(r"草案|情况[与和及][^。]{0,40}计划")
#: A yearbook entry's bracketed overview heading (【概况】, 【概 述】, 【综述】), near the top of a text of a review genre: the
#: entry records a year (a yearbook's entries report, whatever the verbs they tell the work with: 狠抓, 指导各村…将…入账).
_RE_YEARBOOK_ENTRY = re.compile(r"【\s*(?:概\s*况|概\s*述|综\s*述)\s*】")
#: How far into the body the overview heading is looked for (characters).
_YEARBOOK_LOOK = 300
#: A report's title that names how the work went (…工作情况报告, 工作开展情况的汇报): it reviews, as a summary does.
_RE_REPORTS_HOW_WORK_WENT = re.compile(r"工作(?:开展|进展)?情况的?(?:报告|汇报|通报)")
#: A headline that names a counted programme of things to do for the people, not told as done (青海省总工会10件实事惠及
#: 一线职工, round 131; not …10件实事全部完成): the story tells the year's programme. Only a headline: a story's sentence
#: may name such a programme as what its projects were made part of (…均被列为淮阳区十大民生实事, round 78). A budget
#: allocated, named last in the headline (全國總工會安排1.5億元“縣級工會加強年”專項工作預算, round 136), is such a programme too.
_RE_PROGRAMME_HEADLINE = re.compile(r"(?:[一二三四五六七八九十两]|\d{1,2})(?:件|项|大)(?:民生|惠民|为民|服务职工)?实事(?:项目)?"
                                    r"(?![^，。；！？]{0,8}(?:全部|已|完成|兑现|落实|收官|答卷|成绩))"
                                    r"|安排[^，。；！？\d]{0,6}?\d[\d.]*[万亿]?元[^，。；！？]{0,16}?(?:预算|资金|经费)$")
#: A headline that tells of a review too (…2024年工作总结及2025年工作谋划…): its story reports first, and what it
#: plans must say so itself.
_RE_HEADLINE_REVIEWS = re.compile(r"总结|回顾")


#: The day a paragraph opens on (1月31日上午，…), a time cue of a happening: no part of whether a lead tells results.
_RE_DAY_OPENING = re.compile(r"^\s*(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?|中午)?[，,]")


#: A lead that says what this year will bring (记者近日获悉，某市总工会今年计划投入…; 年内将…): the story tells the plan, as
#: one whose lead opens on the plan's year does (not 下一步将…, a visit's closing promise).
_RE_THIS_YEAR_WILL = re.compile(r"(?:今年|本年度?|年内)(?:将|计划|拟|要|准备|打算)")
#: A news story's lead is read this many sentences far for a plan it announces (unless it reviews too: 总结2019年…,
#: 部署2020年…, a meeting's two tasks).
_LEAD_SENTENCES = 3
#: How far a sentence around an announcing verb is read, either side (characters).
_SENTENCE_REACH = 200


def _announces(text: str, announced: re.Pattern, resources: Resources, period: tuple) -> bool:
    """Whether ``text`` (a story's lead) announces a plan (cue role ``plan_announced``) in a sentence that does not
    look back: 2023年，州总工会…开展了大量卓有成效的工作，按照…的工作思路谋划、推动… tells what was done, whatever verb
    it names; 州总工会召开全委会，谋划2024年工作 announces."""
    for m in announced.finditer(text):
        # the sentence, read no further than _SENTENCE_REACH either side (a text without a sentence's end is read
        # in windows, so that many matches cost linear time)
        start = bounded_sentence_start(text, m.start(), _SENTENCE_REACH)
        if text.count("《", start, m.start()) > text.count("》", start, m.start()):
            continue  # the verb is in a document's name, cited (经…《关于印发〈…方案〉的通知》批复): nothing announced
        ceiling = m.end() + _SENTENCE_REACH
        ends = [k for k in (text.find(mark, m.end(), ceiling) for mark in "。！？!?") if k >= 0]
        sentence = text[start:min(ends) + 1 if ends else min(len(text), ceiling)]
        if start == 0:
            sentence = _RE_DAY_OPENING.sub("", sentence, count=1)  # the story's day dates it, plan or results
        if orientation(sentence, resources, period=period).label(REVIEW_LEAD) != REVIEW:
            return True
    return False


#: What opens an announcement that says what will be done (将…办好…实事), not what was issued.
_FUTURE_MARKS = ("将", "要")
#: A story tells of plans when at least this many of its paragraphs look ahead by their strong cues, and more
#: than twice as many as look back (and of the past the other way round).
_PLAN_PARAGRAPHS_MIN = 3


def _paragraph_leads(text: str, resources: Resources, period: tuple) -> Counter:
    """How many paragraphs of ``text`` lead to plan, to review or neither by their strong cues (将, 要, 已, 了 …)
    by :data:`~analysis.orientation.REVIEW_LEAD`. The weak cues (加快, 积极, 任务 …) do not vote: a review tells
    of its work in them too."""
    votes: Counter = Counter()
    for line in text.split("\n"):
        if _RE_CLAUSE_MARK.search(line):
            cues = orientation(line, resources, period=period)
            lead = cues.strong_plan - cues.strong_review
            votes[PLAN if lead >= REVIEW_LEAD else REVIEW if -lead >= REVIEW_LEAD else ""] += 1
    return votes


def _tells_of_plans(text: str, resources: Resources, period: tuple) -> bool:
    """Whether a news story without a headline tells of plans: its paragraphs that lead one way
    (:func:`_paragraph_leads`) mostly look ahead (本报讯…开展…培训，发放…贷款… then paragraph after paragraph of
    今年，我市将…: a lead of bare verbs, a story of the year's projects)."""
    votes = _paragraph_leads(text, resources, period)
    return votes[PLAN] >= _PLAN_PARAGRAPHS_MIN and votes[PLAN] > 2 * votes[REVIEW]


def _tells_of_the_past(text: str, resources: Resources, period: tuple) -> bool:
    """Whether a text's paragraphs that lead one way mostly look back, by the same measure as
    :func:`_tells_of_plans` (回望2025年… then 这一年，我们… paragraph after paragraph: a year-end review)."""
    votes = _paragraph_leads(text, resources, period)
    return votes[REVIEW] >= _PLAN_PARAGRAPHS_MIN and votes[REVIEW] > 2 * votes[PLAN]


def _lead_sentence(text: str, sentences: int = 1) -> str:
    """The first sentence (or ``sentences`` sentences, on into the next paragraphs) of ``text`` from its first
    line that holds a clause (a news story's lead; its next sentences often tell what it is about: 干字当头，真抓实干。
    开年以来，市总工会…确定实施六项重点工作; …隆重开幕。州长…作政府工作报告。报告明确，今年将…办好“十件民生实事”): a
    line of a few words with no clause in it (a byline, a time stamp, a share button the page left) is passed over.

    >>> _lead_sentence("\\n近日，郑州市下发《实施方案》。年底前，…")
    '近日，郑州市下发《实施方案》。'
    >>> _lead_sentence("刘旭\\n2020年01月06日09:05 来源：《工人日报》\\n1月3日，某省总工会安排今年的重点工作。")
    '1月3日，某省总工会安排今年的重点工作。'
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    first = next((k for k, line in enumerate(lines) if _RE_CLAUSE_MARK.search(line)), 0)
    lead = "".join(lines[first:first + sentences])  # the sentences may run on into the next paragraphs
    return re.match(rf"(?:[^。！？!?]*[。！？!?]){{0,{sentences}}}", lead).group(0) or lead


#: A clause's punctuation: a line holding it is text.
_RE_CLAUSE_MARK = re.compile(r"[，。；！？,;!?]")


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

    Closing lines are counted back from ``stop`` (blank lines passed over) down
    to ``first``. At most :data:`_MAX_CLOSING_LINES` non-blank lines count, so
    a plan's last section is never taken.
    """
    start = stop
    found = 0
    for k in range(stop - 1, first - 1, -1):
        line = lines[k].strip()
        if not line:
            continue
        if found == _MAX_CLOSING_LINES or not _is_closing_line(line):
            break
        start = k
        found += 1
    return start
