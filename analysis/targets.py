"""Quantitative commitments: find every quantity of a plan and say what kind it is, by named rules.

A *quantity* is a number (Arabic, full-width or Chinese numerals, decimals,
ranges, with 万/亿 multipliers) with its unit (``resources/units.csv``) and
qualifiers (``resources/qualifiers.csv``: 以上, 不少于, 左右 … mapped to a
direction). Each gets a *kind*:

``target``     a commitment for the plan period (全年新建劳模创新工作室2家)
``achieved``   a reported result (a 总结/回顾 part, or 截至…已…, 荣获, 共向…)
``baseline``   the level a planned change starts from (由每人每年380元提高到420元: 380元)
``threshold``  a scope or eligibility condition (25人以上企业, 月销售额10万元以下的,
               每家不超过50万元)
``date``       a year, month or day (2018年, 3月22日, 2018—2020年)
``label``      ordinals, editions and numbered slogans (第十五届, 十九大, 十三五,
               “三个十佳”, 八大群体, 98周年)

The kind is decided by :data:`RULES`, an ordered list of small named rules: the
first that decides wins (some decide that a number is not a quantity at all, a
word such as 一批 or a code such as 5G). Their word lists are resource files
(``cue_words.csv``, ``units.csv``, ``qualifiers.csv``); the rules themselves are in
:mod:`analysis.target_rules`, and the name of the rule that decided is kept as ``evidence``.

:func:`target_records` is the one entry point: it takes a document's text units
and returns one record per quantity with ``doc_id``, ``item_id``, the verbatim
``span`` and its ``start``/``end`` offsets in the cleaned document, the
``value`` in base units, the ``indicator`` it measures, its ``year`` and the
``sentence`` it stands in. :func:`target_frame` makes the targets table of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from . import regexscan
from .loader import Resources, load_resources
from .patterns import CHANGE_VERBS, RE_FIVE_YEAR_PLAN, five_year_plan_of, parse_number
from .schema import TARGET_COLUMNS, typed
from .indicator_tables import EVIDENCE, IndicatorCell, indicator_cells
from .target_rules import DROP, RULES, Candidate, candidate, classify, quantity_pattern
from .textindex import TextIndex

__all__ = [
    "TARGET_COLUMNS",
    "KINDS",
    "RULES",
    "extract_quantities",
    "target_records",
    "target_frame",
    "PARTS_WITHOUT_QUANTITIES",
]

KINDS = ("target", "achieved", "baseline", "threshold", "date", "label")

_MULT = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}
_INDICATOR_BOUNDARY = "，。；：！？\n\t、"





def extract_quantities(text: str, *, part: str = "plan", resources: Resources | None = None,
                       period: tuple = (None, None)) -> list[dict]:
    """Every quantity in ``text`` with its kind, value, unit and qualifiers (offsets relative to ``text``).

    Each number the quantity pattern finds is classified by the rules
    (:func:`analysis.target_rules.classify`); numbers that are no quantity
    (一批, 5G, 统一) are left out. Values are in base units (``万元`` → ``元``,
    multipliers applied); a date keeps its number's value. A label without a
    value (十三五) or before 大 (十九大) keeps only the numeral (and 大) as its
    span, with no unit.

    Parameters
    ----------
    text : str
        The text of one unit (an item or a paragraph).
    part : str, default "plan"
        The plan part the text belongs to: ``summary`` makes reported figures
        ``achieved``; in a planning part a look back counts only in the
        number's own clause.
    resources : Resources or None, default None
        The units, qualifiers and cue words; ``None`` means the project's
        (:func:`analysis.loader.load_resources`).
    period : tuple of (int or None, int or None), default (None, None)
        The plan's first and last year: a year named before it makes a
        result, after it a target.

    Returns
    -------
    list of dict
        One per quantity in text order, with ``span``, ``start``, ``end``,
        ``number`` (as written), ``value``, ``value_max`` (the upper end of a
        range, else None), ``unit`` (the base unit), ``unit_category``,
        ``qualifier`` (the qualifiers joined by ``；``), ``direction``
        (``exact``, ``at_least``, ``range`` …; ``""`` for dates and labels),
        ``kind``, ``indicator`` (the phrase it measures), ``sentence`` and
        ``evidence`` (the name of the rule that decided).

    Examples
    --------
    >>> [(q["span"], q["value"], q["unit"], q["kind"]) for q in extract_quantities("全年新建劳模创新工作室2家，发放创业贷款3000万元。")]
    [('2家', 2.0, '家', 'target'), ('3000万元', 30000000.0, '元', 'target')]
    >>> [(q["span"], q["kind"]) for q in extract_quantities("开展“两癌”筛查和一站式服务，统一管理，学习十九大精神，举办第十五届竞赛。")]
    [('两', 'label'), ('十九大', 'label'), ('十五届', 'label')]
    >>> [(q["span"], q["value"], q["direction"], q["kind"], q["indicator"])
    ...  for q in extract_quantities("到2025年，培训职工不少于5万人次。", period=(2021, 2025))]
    [('2025年', 2025.0, '', 'date', ''), ('不少于5万人次', 50000.0, 'at_least', 'target', '培训职工')]
    """
    resources = resources or load_resources()
    scanner = resources.compiled("quantity_scanner", _quantity_scanner)
    index = TextIndex(text)
    out: list[dict] = []
    floor = 0  # end of the previous quantity: an indicator never reaches back past it
    breakdown, breakdown_end = "", -1  # the kind of a total that 其中 breaks down, up to the end of its sentence
    total_category = ""  # and the category of that total's unit
    for m in scanner.finditer(text):
        if out and m.start() > breakdown_end:
            breakdown, breakdown_end = _breakdown_of(text, out[-1], m.start())
            total_category = out[-1]["unit_category"] if breakdown else ""
        restates = out[-1]["kind"] if out and _RE_RESTATES.fullmatch(text, out[-1]["end"], m.start()) else ""
        c = candidate(m, index, part, resources, period, restates, breakdown, total_category)
        if not restates and out and text[out[-1]["end"]:m.start()] in _EQUIVALENT_OPENS and c.category \
                and c.category == out[-1]["unit_category"] and c.unit != out[-1]["unit"]:
            # 新增油茶面积113万亩（7.53万公顷）: the same amount in another unit, of the same kind
            c = candidate(m, index, part, resources, period, out[-1]["kind"], breakdown, total_category)
        kind, evidence = classify(c)
        if kind == DROP:
            continue
        record = _record(c, kind, floor)
        record["evidence"] = evidence
        out.append(record)
        floor = record["end"]
    return out


#: 其中 opening a clause (…代表696名。其中工会工作者452名，占64.9%；…): what follows breaks down the total before it.
_RE_BREAKDOWN = re.compile(r"(?:(?<=[，。；：,;:\s])|^)其中")


def _breakdown_of(text: str, total: dict, start: int) -> tuple[str, int]:
    """(kind, end) when a clause that opens on 其中 stands between the quantity ``total`` and ``start``, in the
    sentence after the total's at most and in its paragraph, and the total is a target or a result: the figures of
    the breakdown, up to the end of its sentence (``end``), are of the total's kind (选举产生代表696名。其中工会工作者
    452名，占64.9%；…, round 195: the parts of a count of those elected are results, whatever the story's part:
    :func:`~analysis.target_rules.part_of_a_total`); else ("", -1). Only the text between two quantities is read, so a text costs linear time."""
    if total["kind"] not in ("target", "achieved"):
        return "", -1
    opened = _RE_BREAKDOWN.search(text, total["end"], start)
    if opened is None or "\n" in text[total["end"]:opened.start()] or text.count("。", total["end"], opened.start()) > 1:
        return "", -1
    end = text.find("。", opened.end())
    return total["kind"], len(text) if end < 0 else end


def _quantity_scanner(resources: Resources) -> regexscan.Scanner:
    """The quantity pattern (:func:`~analysis.candidates.quantity_pattern`), scanned only where a number or a qualifier
    before one can begin."""
    return regexscan.Scanner(resources.compiled("quantity", quantity_pattern))


def _record(c: Candidate, kind: str, floor: int) -> dict:
    """The record of a classified candidate: span, value in base units, direction, qualifiers, indicator."""
    index, m = c.index, c.m
    if kind == "label" and (c.value is None or c.after == "大"):  # a name: the numeral (and 大) only
        end = m.end("num") + (1 if c.after == "大" else 0)
        return _fields(index, c.core_start, c.core_start, end, c.num, c.value, None, "", "", "", "", kind, floor)
    value_max = parse_number(m.group("num2")) if m.group("num2") else None
    value, base_unit = c.value, c.unit
    if c.unit in c.resources.units:
        base_unit, factor, _ = c.resources.units[c.unit]
    else:
        factor = 1.0
    if kind != "date" and value is not None:  # a ratio has no one value
        scale = _MULT.get(c.mult, 1.0) * factor
        value = value * scale
        value_max = value_max * scale if value_max is not None else None
    direction = c.direction or ("" if kind in ("date", "label") else "exact")
    qualifier = "；".join(q for q in (c.pre, c.approx, c.post) if q)
    start = m.start("pre") if c.pre and kind != "date" else c.core_start
    category = "date" if kind == "date" else c.category
    return _fields(index, start, c.core_start, m.end(), c.num, value, value_max, base_unit, category, qualifier,
                   direction, kind, floor, c.resources)


def _fields(index: TextIndex, start, core_start, end, num, value, value_max, unit, category, qualifier, direction,
            kind, floor, resources: Resources | None = None) -> dict:
    """A quantity's record; the indicator is looked for only for kinds other than date and label."""
    return {
        "span": index.text[start:end],
        "start": start,
        "end": end,
        "number": num,
        "value": value,
        "value_max": value_max,
        "unit": unit,
        "unit_category": category,
        "qualifier": qualifier,
        "direction": direction,
        "kind": kind,
        "indicator": _indicator(index, start, end, floor, resources) if kind not in ("date", "label") else "",
        "sentence": index.sentence(core_start),
    }


def _strip_trailing_words(phrase: str, words: tuple[str, ...]) -> str:
    """``phrase`` without the longest tail made of ``words`` (linking words such as 保持在, 分别为).

    A scan from the end marks where such a tail can begin; it stops once no
    word could bridge the gap, so the cost is linear in the tail. At each
    position only the words that begin with the character there are tried.

    >>> _strip_trailing_words("全年职工分别为分别为", ("分别为", "为"))
    '全年职工'
    """
    by_first, longest = _words_by_first_char(words)
    n = len(phrase)
    tail_from = [False] * (n + 1)  # tail_from[i]: phrase[i:] is a sequence of the words
    tail_from[n] = True
    cut, gap = n, 0
    for i in range(n - 1, -1, -1):
        tail_from[i] = any(phrase.startswith(w, i) and tail_from[i + len(w)] for w in by_first.get(phrase[i], ()))
        if tail_from[i]:
            cut, gap = i, 0
        else:
            gap += 1
            if gap > longest:
                break
    return phrase[:cut]


@lru_cache(maxsize=16)
def _words_by_first_char(words: tuple[str, ...]) -> tuple[dict[str, tuple[str, ...]], int]:
    """``words`` grouped by their first character (in their order), and the length of the longest."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        if w:
            by_first.setdefault(w[0], []).append(w)
    return {c: tuple(ws) for c, ws in by_first.items()}, max(map(len, words), default=0)


def _indicator(index: TextIndex, start: int, end: int, floor: int, resources: Resources) -> str:
    """The short phrase a quantity measures.

    The clause before the number (time words, linking words and the previous
    quantity left out); when that is only a verb (组织, 帮助), the words after
    the number are added: ``组织…一线职工和劳模参加疗休养``.
    """
    text = index.text
    clause_start = max(floor, index.last_before(_INDICATOR_BOUNDARY, start) + 1)
    before = text[clause_start:start]
    before = _RE_ITEM_MARKER.sub("", before)  # 4.新建劳模创新工作室3家 in an item that opens on its number
    before = resources.compiled("time_words", _time_words_pattern).sub("", before)
    before = _strip_trailing_words(before, resources.linking_words).strip()
    before = re.sub(r"^[和及与或的]", "", before)
    subject = _RE_FROM_TAIL.sub("", before)
    if subject != before:  # 国防费从41.5%降低到…: the subject, not the change that follows the number
        return subject[-24:]
    after_end = index.first_from(_INDICATOR_BOUNDARY, end)
    after_end = len(text) if after_end == -1 else after_end
    after = text[end:min(after_end, end + 64)]  # at most 32 characters of it are kept
    digit = re.search(r"\d", after)
    after = after[: digit.start()] if digit else after
    after = re.sub(r"^(?:的|以上|以下|左右)", "", after).strip()
    n_before = len(re.findall(r"[\u4e00-\u9fff]", before))
    if n_before >= 4 or (n_before >= 2 and not after):
        return before[-24:]
    if n_before >= 1 and after:
        return f"{before}…{after}"[:32]
    return after[:24]


def _time_words_pattern(resources: Resources) -> re.Pattern:
    """Time words and connectives at the start of an indicator phrase (cue role time_word), repeated."""
    return re.compile(rf"^(?:(?:{resources.cues['time_word']})\s*)+")


#: An item's number at the start of a clause (4., 4．, 4、, （4）, 四、): structure, not part of what the quantity measures.
_RE_ITEM_MARKER = re.compile(r"^\s*(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.．、]|[（(]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[）)])\s*")
#: What opens right after a quantity when the next one is the same amount in another unit (113万亩（7.53万公顷）).
_EQUIVALENT_OPENS = ("（", "(")
#: What stands between a quantity and the next when that one restates it (增长26%，即增加…) or sums what it counted (将组织18批，
#: 共计820人的疗休养活动, round 208): :func:`~analysis.target_rules.restatement`.
#: Not a sum told as done (计划投资80亿元，共计完成65亿元).
_RE_RESTATES = re.compile(r"，?(?:(?:即|亦即|也就是)[^，。；：、\n0-9]{0,6}|(?:共计|合计|总计)(?:(?!完成|实现|已|达)[^，。；：、\n0-9]){0,6})")
#: The start of a change at the end of an indicator phrase: 国防费从 (…降低到…), 科学研究机构将由 (…发展到…).
_RE_FROM_TAIL = re.compile(r"(?<=[\u4e00-\u9fff）)])(?:将|已|却|也)?(?:从|由)$")  # 化肥（按有效成份计算）由
#: An indicator phrase that is only the verb of a change to a level (增加到, 降低到, 达到): the end of a from–to
#: change, whose subject is the phrase of the quantity before it. A bare 增加 (by) is an increment, another
#: quantity: it keeps its own phrase.
_RE_CHANGE_ONLY = re.compile(rf"(?:又|再|将|还)?(?:(?:{CHANGE_VERBS}|发展|上升)(?:到|至|为)|达到)")
_RE_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})年")
_RE_YEAR = re.compile(r"((?:19|20)\d{2})年(?!度)")


def _year_of(index: TextIndex, q: dict, period: tuple, cells: list, item_start: int) -> str:
    """The year a quantity applies to: its annex column, a year (or span, or five-year plan: 十一五期间 →
    2006-2010) named before it in its sentence, else the period."""
    if q["kind"] == "date":
        return str(int(q["value"])) if q["number"].isdigit() and len(q["number"]) == 4 else ""
    if q["kind"] == "label":
        return ""
    return _annex_year(cells, item_start + q["start"]) or _named_years(index, q["start"]) or _span(*period)


def _span(first: int | str | None, last: int | str | None) -> str:
    """A year (2018) or a span of years (2018-2020) as the ``year`` column writes it; "" without a first year."""
    if first is None:
        return ""
    return str(first) if last in (None, first) else f"{first}-{last}"


def _annex_year(cells: list, pos: int) -> str:
    """The year (or span) of the annex column holding the offset ``pos``; "" outside every year column."""
    for column, s, e in cells:
        if s <= pos < e:
            years = [c for c in column.split("|") if c.isdigit()]
            if years:
                return years[0] if len(years) == 1 else f"{years[0]}-{years[-1]}"
    return ""


def _named_years(index: TextIndex, start: int) -> str:
    """The span of years, else the year, else the five-year plan named last before ``start`` in its sentence."""
    s, _ = index.sentence_bounds(start)
    years = index.last_match(_RE_YEAR_RANGE, s, start)
    if years:
        return f"{years.group(1)}-{years.group(2)}"
    year = index.last_match(_RE_YEAR, s, start)
    if year:
        return year.group(1)
    plan = index.last_match(RE_FIVE_YEAR_PLAN, s, start)  # “十一五”期间…降低20%: the plan's five years
    first_last = five_year_plan_of(plan) if plan else None
    return _span(*first_last) if first_last else ""


#: Parts whose numbers are no figures of the plan: a cover notice (its document number and date), a table of
#: contents (its headings stand again below, with their text), and an appendix (名词解释, 注释: a glossary explains
#: the plan's terms, 1个名校长团队培养5个校长学员, and states no figure of it).
PARTS_WITHOUT_QUANTITIES = ("cover", "contents", "appendix")


def target_records(rows: list[dict], periods: dict, cells: list[tuple], *,
                   resources: Resources | None = None, reviewed: dict | None = None) -> list[dict]:
    """The quantities of a document's text units as records (one per quantity, in reading order).

    Each row's text goes through :func:`extract_quantities`, and the numbers
    of its indicator tables are read by their columns (:mod:`analysis.indicator_tables`); offsets are
    made offsets in the cleaned document. A quantity without an indicator
    phrase of its own takes the previous one of its item. Its ``year`` is
    the year of the annex or indicator-table column it stands in, else the last year (or span of
    years, or five-year plan) named before it in its sentence, else the plan's period (for a result in a
    review part, the span the review reports on when ``reviewed`` gives one); a date written in four Arabic
    digits is its own year, and a label has none.

    Parameters
    ----------
    rows : list of dict
        Item rows (:func:`analysis.structure.parse_plan`) with ``doc_id``,
        ``item_id``, ``part``, ``text`` and ``start``; rows of the cover
        notice and of an appendix (a glossary, notes: :data:`PARTS_WITHOUT_QUANTITIES`) are left out.
    periods : dict
        doc_id → (year_start, year_end); a missing doc_id means no period.
    cells : list of tuple
        (item_id, column, start, end) of annex cells, offsets in the cleaned
        document; a column of years (``2019``, or ``2018|2019|2020`` for a
        merged cell) gives the year of the quantities in it.
    resources : Resources or None, default None
        The resource files; ``None`` means the project's.
    reviewed : dict or None, default None
        doc_id → (first, last) year its review part reports on, when that is not the plan's period (a
        government work report given early in 2026 reviews 2025); the year of a result there that names
        none.

    Returns
    -------
    list of dict
        One record per quantity with the fields of :data:`TARGET_COLUMNS`:
        ``quantity_id`` is ``item_id#qN`` (N counts the item's quantities from
        1), ``start`` and ``end`` are offsets in the document, and ``year`` is
        a string (``"2021"``, ``"2021-2023"`` or ``""``).

    Examples
    --------
    >>> rows = [{"doc_id": "d", "item_id": "d:1.1", "part": "plan", "text": "全年新建职工之家10家。", "start": 7}]
    >>> [(r["quantity_id"], r["span"], r["start"], r["year"]) for r in target_records(rows, {"d": (2021, 2021)}, [])]
    [('d:1.1#q1', '10家', 15, '2021')]
    >>> rows[0]["text"] = "全年新建职工之家10家、职工书屋5家。"
    >>> [(r["span"], r["indicator"]) for r in target_records(rows, {}, [])]
    [('10家', '新建职工之家'), ('5家', '职工书屋')]
    """
    resources = resources or load_resources()
    by_item: dict[str, list[tuple[str, int, int]]] = {}
    for item_id, column, s, e in cells:
        by_item.setdefault(item_id, []).append((column, int(s), int(e)))
    records = []
    for row in rows:
        if row["part"] in PARTS_WITHOUT_QUANTITIES:
            continue
        text, item_start = row["text"], int(row["start"])
        index = TextIndex(text)
        prev_indicator = ""
        period = periods.get(row["doc_id"], (None, None))
        found = _with_table_cells(extract_quantities(text, part=row["part"], resources=resources, period=period),
                                  text, row["part"], period, resources)
        for n, q in enumerate(found, start=1):
            if q["kind"] not in ("date", "label") and (
                    not q["indicator"] or (prev_indicator and _RE_CHANGE_ONLY.fullmatch(q["indicator"]))):
                q["indicator"] = prev_indicator  # none of its own, or only the verb of a change (…增加到X)
            if q["indicator"]:
                prev_indicator = q["indicator"]
            of_year = (reviewed or {}).get(row["doc_id"], period) if row["part"] == "summary" \
                and q["kind"] == "achieved" else period
            year = q.pop("column_year", "") or _year_of(index, q, of_year, by_item.get(row["item_id"], []), item_start)
            records.append(
                {
                    **{k: q[k] for k in TARGET_COLUMNS if k in q},
                    "quantity_id": f"{row['item_id']}#q{n}",
                    "doc_id": row["doc_id"],
                    "item_id": row["item_id"],
                    "part": row["part"],
                    "start": item_start + q["start"],
                    "end": item_start + q["end"],
                    "year": year,
                }
            )
    _headline_figures_restated(records, rows)
    return records


#: A document's first lines before any sentence's end, each at most this long, are its headline and kicker lines.
_HEADLINE_MAX = 40
_RE_SENTENCE_END = re.compile(r"[。！？!?；;]")


def _headline_figures_restated(records: list[dict], rows: list[dict]) -> None:
    """A figure of a story's headline or kicker (改造提升480家 开展各类服务活动1000场次以上) that its text tells again
    (今年将改造提升480家…) takes the kind the text gives it, a target or a result, when its own kind came from the
    part alone: a headline mostly has no words of its own to tell which (evidence ``headline_restated``); one that
    has (…预期目标增长5.5%—6%) keeps its kind, and a range is the same figure only as a range (not the 增长5.5% of
    last year's results). ``records`` are changed in place."""
    headline_items: set[str] = set()
    leading: dict[str, bool] = {}
    for row in rows:
        doc = row["doc_id"]
        if row["part"] in PARTS_WITHOUT_QUANTITIES or not leading.get(doc, True):
            continue
        text = row["text"].strip()
        leading[doc] = len(text) <= _HEADLINE_MAX and not _RE_SENTENCE_END.search(text)
        if leading[doc]:
            headline_items.add(row["item_id"])
    if not headline_items:
        return
    told: dict[tuple, str] = {}
    key = lambda r: (r["doc_id"], r["value"], r.get("value_max"), r["unit"])  # a range is told as a range
    for r in records:
        if r["item_id"] not in headline_items and r["kind"] in ("target", "achieved"):
            told.setdefault(key(r), r["kind"])
    for r in records:
        kind = told.get(key(r))
        if r["item_id"] in headline_items and r["evidence"] in _KIND_OF_THE_PART and kind and kind != r["kind"]:
            r["kind"], r["evidence"] = kind, "headline_restated"


#: The evidence of a kind that only the part gave, no word of the figure's own clause: a headline's figure so read
#: takes the kind its story tells it by (预期目标增长5.5%—6% keeps its own: a target by its words).
_KIND_OF_THE_PART = ("summary_part", "commitment")


def _with_table_cells(quantities: list[dict], text: str, part: str, period: tuple, resources: Resources) -> list[dict]:
    """``quantities`` of a unit's text with the numbers of its indicator tables (:mod:`analysis.indicator_tables`)
    in place of what the sentence rules read in those cells, in reading order."""
    cells = indicator_cells(text, part, period, units=tuple(resources.units))
    if not cells:
        return quantities
    kept, k, t = [], 0, 0
    tasks = sorted({c.task for c in cells if c.task != (0, 0)})  # apart from each other, in reading order
    for q in quantities:  # all in reading order: one sweep
        while k < len(cells) and cells[k].end <= q["start"]:
            k += 1
        while t < len(tasks) and tasks[t][1] <= q["start"]:
            t += 1
        if k == len(cells) or cells[k].start >= q["end"]:
            in_task = t < len(tasks) and tasks[t][0] <= q["start"] and q["end"] <= tasks[t][1]
            kept.append({**q, "kind": "target", "evidence": EVIDENCE}
                        if in_task and q["kind"] in ("achieved", "target") else q)  # the task a progress row measures
    return sorted(kept + [_table_record(c, resources) for c in cells], key=lambda q: q["start"])


def _table_record(cell: IndicatorCell, resources: Resources) -> dict:
    """The record of a number in an indicator table: value, unit and direction read as the sentence rules
    read ``≥65万人`` (the cell's number with its row's unit), else the number and the unit as written."""
    written = f"{cell.pre}{cell.num}{cell.unit}{cell.post}"
    read = next(iter(extract_quantities(written, part="plan", resources=resources)), None)
    fields = {"value": float(cell.num.replace(",", "")), "value_max": None, "unit": cell.unit, "unit_category": "",
              "qualifier": "；".join(q for q in (cell.pre, cell.post) if q),
              "direction": resources.qualifiers.get(cell.pre or cell.post, ("", ""))[1] or "exact"}
    if read and read["span"] == written and read["kind"] not in ("date", "label"):
        fields = {k: read[k] for k in fields}
    return {**fields, "span": cell.text, "start": cell.start, "end": cell.end, "number": cell.num, "kind": cell.kind,
            "indicator": cell.indicator, "sentence": cell.row_text, "evidence": EVIDENCE, "column_year": cell.year}


def target_frame(records: list[dict]) -> pd.DataFrame:
    """The targets table from :func:`target_records` output.

    Parameters
    ----------
    records : list of dict
        The records (of one document or many).

    Returns
    -------
    pandas.DataFrame
        One row per record with the columns of :data:`TARGET_COLUMNS` in that
        order (missing fields empty), typed as the targets table
        (:func:`analysis.schema.typed`): ``start`` and ``end`` integers,
        ``value`` and ``value_max`` floats, the others text, whatever the records.

    Examples
    --------
    >>> rows = [{"doc_id": "d", "item_id": "d:1.1", "part": "plan", "text": "全年新建职工之家10家。", "start": 7}]
    >>> target_frame(target_records(rows, {"d": (2021, 2021)}, []))[["quantity_id", "value", "kind"]].values.tolist()
    [['d:1.1#q1', 10.0, 'target']]
    """
    return typed(pd.DataFrame.from_records(records, columns=list(TARGET_COLUMNS)), "targets")
