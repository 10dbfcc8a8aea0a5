"""Quantitative commitments: extract every quantity of a plan and classify it.

A *quantity* is a number (Arabic, full-width or Chinese numerals, decimals,
ranges, with 万/亿 multipliers) with its unit (``resources/units.csv``) and
qualifiers (``resources/qualifiers.csv``: 以上, 不少于, 左右 … mapped to a
direction). Each gets a *kind*:

``target``     a commitment for the plan period (全年新建劳模创新工作室2家)
``achieved``   a reported result (a 总结/回顾 part, or 截至…已…, 荣获, 共向…)
``threshold``  a scope or eligibility condition (25人以上企业, 月销售额10万元以下的,
               每家不超过50万元)
``date``       a year, month or day (2018年, 3月22日, 2018—2020年)
``label``      ordinals, editions and numbered slogans (第十五届, 十九大, 十三五,
               “三个十佳”, 八大群体, 98周年)

Every record keeps ``doc_id``, ``item_id``, the verbatim ``span`` with its
``start``/``end`` offsets in the cleaned document, the ``value`` in base units,
the ``indicator`` it measures and its ``year``. Nothing is tuned to particular
plans: the rules read Chinese plan language in general, including government
work reports ("城镇新增就业1200万人以上").
"""

from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .config import resource_path

__all__ = [
    "TARGET_COLUMNS",
    "KINDS",
    "parse_number",
    "extract_quantities",
    "extract_targets",
    "target_records",
    "target_frame",
    "target_density",
    "section_density",
    "evaluate_extraction",
    "read_gold",
    "match_indicators",
    "schedule_series",
]

KINDS = ("target", "achieved", "threshold", "date", "label")
TARGET_COLUMNS = (
    "quantity_id", "doc_id", "item_id", "part", "span", "start", "end", "number", "value", "value_max",
    "unit", "unit_category", "qualifier", "direction", "kind", "year", "indicator", "sentence",
)

_CN_DIGITS = "零〇一二两三四五六七八九"
_NUM_AR = r"\d+(?:,\d{3})*(?:\.\d+)?"
# A Chinese numeral starts with a digit or 十 (百姓, 千万, 万众 are words); the possessive run keeps a long
# run of numeral characters from being rescanned at every position.
_NUM_CN = rf"[{_CN_DIGITS}十][{_CN_DIGITS}十百千万亿]*+"
_SEP = r"[-~～—–至到]"
_MULT = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}
_BOUNDARY = "，。；：！？\n\t（）()“”《》"
_SENTENCE_END = "。；！？\n\t"
_ACHIEVED_CUES = re.compile(
    r"截[至止]|荣获|涌现|追缴|已(?:开展|完成|建成|发放|实现|达到|组织|举办|累计)|共(?:向|为|走访|计|有|发放|组织|举办|帮助|慰问)|发现问题|整改\d"
)
_DATE_UNITS = ("年", "月", "日", "月份", "年度", "年底", "年末")
#: Nouns of fixed political formulas: 八项规定, 四个意识, 两个维护, 三大工程 are names, not counts.
_FORMULA_NOUNS = re.compile(r"(?:规定|原则|意识|自信|维护|工程|行动|群体|主线|信赖|专项|服务|机制|体系|领域|方面|导向|必须|坚持|一)")
_PLAN_CUES = re.compile(r"力争|计划|争取到|确保|预计|将要|拟")
_LABEL_UNITS = ("周年", "届")
_TIME_WORDS = re.compile(
    r"^(?:(?:全年|年内|今年|明年|当年|每年|每季度|每学年|年度|力争|确保|计划|并|和|及|其中|同时|"
    r"到(?:\d{4}年)?(?:底|末)?|\d{4}\s*[-—–]\s*\d{4}年|\d{4}年(?:底|前|内|末)?|截[至止]\S*?(?:月份?|年底?)|"
    r"在|为|向|对|给|共|累计|力争|继续|进一步)\s*)+"
)
#: Words between an indicator and its number (保持在, 分别为 …), stripped from the end of the indicator.
_TRAILING_QUALIFIERS = (
    "不少于", "不低于", "至少", "突破", "超过", "达到", "达", "保持在", "保持", "约", "近", "不超过", "不高于", "最多",
    "分别为", "分别比上年度增长", "分别", "为", "是", "计", "共", "总数", "累计",
)


def _strip_trailing_qualifiers(phrase: str) -> str:
    """``phrase`` without the longest tail made of :data:`_TRAILING_QUALIFIERS` (after an optional 动态).

    A scan from the end marks where such a tail can begin; it stops once no
    qualifier could bridge the gap, so the cost is linear in the tail.

    >>> _strip_trailing_qualifiers("全年职工分别为分别为")
    '全年职工'
    """
    n = len(phrase)
    longest = max(map(len, _TRAILING_QUALIFIERS))
    tail_from = [False] * (n + 1)  # tail_from[i]: phrase[i:] is a sequence of qualifiers
    tail_from[n] = True
    cut = n
    gap = 0
    for i in range(n - 1, -1, -1):
        tail_from[i] = any(phrase.startswith(q, i) and tail_from[i + len(q)] for q in _TRAILING_QUALIFIERS)
        if tail_from[i]:
            cut, gap = i, 0
        else:
            gap += 1
            if gap > longest:
                break
    if cut < n and phrase[:cut].endswith("动态"):
        cut -= 2
    return phrase[:cut]


@lru_cache(maxsize=1)
def _units() -> dict[str, tuple[str, float, str]]:
    with open(resource_path("units.csv"), encoding="utf-8-sig") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {r["unit"]: (r["base_unit"], float(r["factor"]), r["category"]) for r in rows}


@lru_cache(maxsize=1)
def _qualifiers() -> dict[str, tuple[str, str]]:
    with open(resource_path("qualifiers.csv"), encoding="utf-8-sig") as f:
        return {r["qualifier"]: (r["position"], r["direction"]) for r in csv.DictReader(f)}


@lru_cache(maxsize=1)
def _quantity_regex() -> re.Pattern:
    units = sorted(list(_units()) + list(_DATE_UNITS), key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in units)
    pre = sorted((q for q, (pos, _) in _qualifiers().items() if pos == "pre"), key=len, reverse=True)
    post = sorted((q for q, (pos, _) in _qualifiers().items() if pos == "post" and q not in ("余", "多")), key=len, reverse=True)
    num = rf"(?:{_NUM_AR}|{_NUM_CN})"
    return re.compile(
        rf"(?P<pre>(?:{'|'.join(pre)})\s*)?"
        rf"(?P<num>{num})(?P<u1>%)?(?:\s*(?P<sep>{_SEP})\s*(?P<num2>{num}))?"
        rf"(?P<mult>万亿|[万亿千百](?![{_CN_DIGITS}十]))?(?P<approx>余|多(?=[\u4e00-\u9fff]))?"
        rf"(?P<unit>{unit_alt})?(?P<approx2>余)?(?P<post>{'|'.join(post)})?"
    )


def parse_number(text: str) -> float | None:
    """Value of an Arabic or Chinese numeral, or None when it is not a number.

    >>> [parse_number(s) for s in ("3000", "1,200", "1.5", "一万", "两", "二十三", "三千五百", "十三五")]
    [3000.0, 1200.0, 1.5, 10000.0, 2.0, 23.0, 3500.0, None]
    """
    text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        pass
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    small = {"十": 10, "百": 100, "千": 1000}
    total, section, current, last_unit = 0.0, 0.0, None, None
    for ch in text:
        if ch in "零〇" and last_unit is not None and current is None:
            continue  # 一百零五: 零 holds an empty place
        if ch in digits:
            if current is not None:
                return None  # two digits in a row (十三五, 一一): not a number
            current = digits[ch]
        elif ch in small:
            if last_unit is not None and small[ch] >= last_unit and current is None:
                return None
            section += (current if current is not None else 1) * small[ch]
            current, last_unit = None, small[ch]
        elif ch in ("万", "亿"):
            section += current or 0
            total = (total + section) * (1e4 if ch == "万" else 1e8)
            section, current, last_unit = 0.0, None, None
        else:
            return None
    return total + section + (current or 0)


@dataclass(frozen=True)
class _Quantity:
    start: int
    end: int
    core_start: int
    number: str
    value: float | None
    value_max: float | None
    unit: str
    qualifier: str
    direction: str
    kind: str


def _is_chinese(num: str) -> bool:
    return not any(c.isdigit() and c.isascii() for c in num)


_RE_PLAN_PERIOD = re.compile(r"十[一二三四五六七八九]五")  # 十三五, 十四五


def extract_quantities(text: str, *, part: str = "plan") -> list[dict]:
    """Every quantity in ``text`` with its kind, value, unit and qualifiers.

    ``part`` is the plan part the text belongs to (``summary`` makes reported
    figures ``achieved``). Offsets are relative to ``text``.

    >>> [(q["span"], q["value"], q["unit"], q["kind"]) for q in extract_quantities("全年新建劳模创新工作室2家，发放创业贷款3000万元。")]
    [('2家', 2.0, '家', 'target'), ('3000万元', 30000000.0, '元', 'target')]
    >>> [(q["span"], q["kind"]) for q in extract_quantities("开展“两癌”筛查和一站式服务，统一管理，学习十九大精神，举办第十五届竞赛。")]
    [('十九大', 'label'), ('十五届', 'label')]
    """
    units = _units()
    quals = _qualifiers()
    index = _TextIndex(text)
    out: list[dict] = []
    floor = 0  # end of the previous quantity: an indicator never reaches back past it
    for m in _quantity_regex().finditer(text):
        num = m.group("num")
        unit = m.group("unit") or ("%" if m.group("u1") else "")
        core_start = m.start("num")
        prev = text[core_start - 1] if core_start else ""
        nxt = text[m.end()] if m.end() < len(text) else ""
        chinese = _is_chinese(num)
        if chinese and prev in _CN_DIGITS + "十百千万亿":
            continue
        if not chinese and (prev.isascii() and prev.isalnum() or prev == "."):
            continue  # part of a code or a longer number (epc, 2018.2.25)
        if not chinese and not m.group("unit") and re.match(r"[A-Za-z]", text[m.end("num"):m.end("num") + 1]):
            continue  # 20xx, 5G: not a quantity
        after = text[m.end("num"):m.end("num") + 1]
        if chinese and not unit and prev != "第" and after != "大" and not _RE_PLAN_PERIOD.fullmatch(num):
            continue  # a Chinese numeral without a unit is a word (一批, 统一), whatever follows below
        value = parse_number(num)
        mult = m.group("mult") or ""
        quoted = index.inside_quotes(core_start)
        kind = ""
        # Labels: ordinals, editions, numbered slogans, plan periods.
        if prev == "第":
            kind = "label"
        elif chinese and value is None and _RE_PLAN_PERIOD.fullmatch(num):
            kind = "label"  # 十三五, 十四五
        elif chinese and (after == "大" or (quoted and unit)):
            kind = "label"  # 十九大, 八大群体, “三个十佳”
        elif chinese and unit in ("届", "次", "期") and not mult:
            kind = "label"  # 七届一次全委
        elif chinese and unit in ("项", "个", "条") and _FORMULA_NOUNS.match(text, m.end()):
            kind = "label"  # 八项规定, 四个意识
        elif unit in _LABEL_UNITS:
            kind = "label"
        elif quoted and not chinese and not unit.startswith(("年", "月", "日")):
            kind = "label"  # “30强”, “1+3”
        if value is None and kind != "label":
            continue
        if chinese and not kind:
            if not unit or (value == 1 and not mult) or unit in _DATE_UNITS:
                continue  # 一站式, 统一, 一批, 三年行动计划: words, not quantities
        if not kind and not unit:
            continue
        if kind == "label" and (value is None or after == "大"):
            span_end = m.end("num") + (1 if after == "大" else 0)
            out.append(_record(index, core_start, core_start, span_end, num, value, None, "", "", "", "label", floor))
            floor = span_end
            continue
        # Dates.
        if not kind and unit in _DATE_UNITS:
            if unit.startswith("年") and value is not None and 1900 <= value <= 2100:
                kind = "date"
            elif unit.startswith("月") and value is not None and 1 <= value <= 12:
                kind = "date"
            elif unit == "日" and value is not None and 1 <= value <= 31:
                kind = "date"
            else:
                continue
        value_max = parse_number(m.group("num2")) if m.group("num2") else None
        base_unit, factor = unit, 1.0
        if unit in units:
            base_unit, factor, _ = units[unit]
        scale = _MULT.get(mult, 1.0) * (factor if kind != "date" else 1.0)
        if value is not None and kind != "date":
            value = value * scale
            value_max = value_max * scale if value_max is not None else None
        pre = (m.group("pre") or "").strip()
        post = m.group("post") or ""
        approx = m.group("approx") or m.group("approx2") or ""
        qualifiers = [q for q in (pre, approx, post) if q]
        direction = ""
        for q in qualifiers:
            d = quals.get(q, ("", ""))[1]
            if d:
                direction = d
        if value_max is not None and not direction:
            direction = "range"
        if not direction and kind not in ("date", "label"):
            direction = "exact"
        if not kind:
            kind = _classify(index, core_start, m.end(), nxt, direction, post, part, units.get(unit, ("", 1, ""))[2])
        start = m.start("pre") if pre else core_start
        out.append(
            _record(index, start, core_start, m.end(), num, value, value_max, base_unit, "；".join(qualifiers), direction, kind, floor)
        )
        floor = m.end()
    return out


#: A sentence longer than this is shown as a window of this many characters around its quantity.
SENTENCE_MAX = 500
_RE_PER_UNIT = re.compile(r"每[个家人户名位]")


class _TextIndex:
    """Where punctuation and cue words stand in one text, found once, so each quantity's tests
    cost a binary search instead of a scan of its sentence (linear time however long the text)."""

    def __init__(self, text: str):
        self.text = text
        self._chars: dict[str, list[int]] = {}
        self._overlapping: dict[re.Pattern, tuple[list[int], list[int]]] = {}
        self._matches: dict[re.Pattern, tuple[list[int], list[re.Match]]] = {}

    def positions(self, chars: str) -> list[int]:
        """Offsets of every character of ``chars`` in the text."""
        if chars not in self._chars:
            self._chars[chars] = [m.start() for m in re.finditer("[" + re.escape(chars) + "]", self.text)]
        return self._chars[chars]

    def count_before(self, chars: str, pos: int) -> int:
        return bisect.bisect_left(self.positions(chars), pos)

    def last_before(self, chars: str, pos: int) -> int:
        """Offset of the last of ``chars`` before ``pos``, or -1."""
        found = self.positions(chars)
        k = bisect.bisect_left(found, pos)
        return found[k - 1] if k else -1

    def first_from(self, chars: str, pos: int) -> int:
        """Offset of the first of ``chars`` at or after ``pos``, or -1."""
        found = self.positions(chars)
        k = bisect.bisect_left(found, pos)
        return found[k] if k < len(found) else -1

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        s = self.last_before(_SENTENCE_END, pos) + 1
        e = self.first_from(_SENTENCE_END, pos)
        return s, (e + 1 if e != -1 else len(self.text))

    def inside_quotes(self, pos: int) -> bool:
        """True when ``pos`` lies inside “…” or 《…》."""
        return (self.count_before("“", pos) > self.count_before("”", pos)
                or self.last_before("《", pos) > self.last_before("》", pos))

    def has_match(self, pattern: re.Pattern, start: int, end: int) -> bool:
        """True when ``pattern`` matches somewhere inside ``text[start:end]`` (as ``search`` on the slice would).

        Matches are found once at every position (overlapping), so a match that a
        longer one elsewhere would hide is found too.
        """
        if pattern not in self._overlapping:
            found = [(m.start(), m.end(1)) for m in re.finditer(f"(?=({pattern.pattern}))", self.text)]
            self._overlapping[pattern] = ([a for a, _ in found], [b for _, b in found])
        starts, ends = self._overlapping[pattern]
        k = bisect.bisect_left(starts, start)
        # Matches are short: only those starting near ``end`` can run past it.
        while k < len(starts) and starts[k] < end:
            if ends[k] <= end:
                return True
            k += 1
        return False

    def last_match(self, pattern: re.Pattern, start: int, end: int) -> re.Match | None:
        """The last match of ``pattern`` (scanning the text left to right) lying inside ``text[start:end]``."""
        if pattern not in self._matches:
            found = list(pattern.finditer(self.text))
            self._matches[pattern] = ([m.start() for m in found], found)
        starts, found = self._matches[pattern]
        k = bisect.bisect_left(starts, end) - 1
        while k >= 0 and found[k].start() >= start:
            if found[k].end() <= end:
                return found[k]
            k -= 1
        return None

    def sentence(self, pos: int) -> str:
        """The sentence around ``pos``, stripped; a window of :data:`SENTENCE_MAX` characters when longer."""
        s, e = self.sentence_bounds(pos)
        if e - s <= SENTENCE_MAX:
            return self.text[s:e].strip()
        half = SENTENCE_MAX // 2
        a, b = max(s, pos - half), min(e, pos + half)
        return ("…" if a > s else "") + self.text[a:b].strip() + ("…" if b < e else "")


def _classify(index: _TextIndex, start: int, end: int, nxt: str, direction: str, post: str, part: str,
              unit_category: str = "") -> str:
    s, _ = index.sentence_bounds(start)
    clause_start = index.last_before(_BOUNDARY + "、", start) + 1
    # A quantity that qualifies the noun after it, or a per-unit cap, is a scope condition.
    if post in ("以上", "以下", "以内") and (nxt == "的" or re.match(r"[\u4e00-\u9fff]", nxt or "")):
        return "threshold"
    if direction == "at_most" and index.has_match(_RE_PER_UNIT, clause_start, start):
        return "threshold"
    if unit_category == "age":
        return "threshold"  # 年满60周岁, 14岁以下子女: eligibility
    if index.has_match(_PLAN_CUES, index.last_before("，；。\n", start) + 1, start):
        return "target"  # 力争到2019年底… even inside a summary
    if part == "summary" or index.has_match(_ACHIEVED_CUES, s, start):
        return "achieved"
    return "target"


def _record(index: _TextIndex, start, core_start, end, num, value, value_max, unit, qualifier, direction, kind,
            floor=0) -> dict:
    text = index.text
    return {
        "span": text[start:end],
        "start": start,
        "end": end,
        "number": num,
        "value": value,
        "value_max": value_max,
        "unit": unit,
        "unit_category": "date" if kind == "date" else _units().get(unit, ("", 1, ""))[2],
        "qualifier": qualifier,
        "direction": direction,
        "kind": kind,
        "indicator": _indicator(index, start, end, floor) if kind not in ("date", "label") else "",
        "sentence": index.sentence(core_start),
    }


_INDICATOR_BOUNDARY = "，。；：！？\n\t、"


def _indicator(index: _TextIndex, start: int, end: int, floor: int = 0) -> str:
    """The short phrase a quantity measures.

    The clause before the number (time words, qualifiers and the previous
    quantity left out); when that is only a verb (组织, 帮助), the words after
    the number are added: ``组织…一线职工和劳模参加疗休养``.
    """
    text = index.text
    clause_start = max(floor, index.last_before(_INDICATOR_BOUNDARY, start) + 1)
    before = text[clause_start:start]
    before = _TIME_WORDS.sub("", before)
    before = _strip_trailing_qualifiers(before).strip()
    before = re.sub(r"^[和及与或的]", "", before)
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


def extract_targets(items: pd.DataFrame, documents: pd.DataFrame, annex_cells: pd.DataFrame | None = None) -> pd.DataFrame:
    """All quantities of all items, with ids, offsets and years (the targets table).

    ``items`` is the items table; ``documents`` gives each plan's period (the
    default year); ``annex_cells`` (doc_id, item_id, column, start, end) gives
    the year of a number in a schedule column.
    """
    periods = {
        d: (int(a) if pd.notna(a) else None, int(b) if pd.notna(b) else None)
        for d, a, b in documents[["doc_id", "year_start", "year_end"]].itertuples(index=False)
    }
    cells = [] if annex_cells is None else list(annex_cells[["item_id", "column", "start", "end"]].itertuples(index=False, name=None))
    rows = items[["doc_id", "item_id", "part", "text", "start"]].to_dict("records")
    return target_frame(target_records(rows, periods, cells))


def target_records(rows: list[dict], periods: dict, cells: list[tuple]) -> list[dict]:
    """The quantities of item rows (dicts with doc_id, item_id, part, text, start) as records.

    ``periods`` maps doc_id → (year_start, year_end); ``cells`` holds
    (item_id, column, start, end) of annex cells.
    """
    by_item: dict[str, list[tuple[str, int, int]]] = {}
    for item_id, column, s, e in cells:
        by_item.setdefault(item_id, []).append((column, int(s), int(e)))
    records = []
    for row in rows:
        if row["part"] == "cover":
            continue
        text, item_start = row["text"], int(row["start"])
        index = _TextIndex(text)
        prev_indicator = ""
        for n, q in enumerate(extract_quantities(text, part=row["part"]), start=1):
            if q["kind"] not in ("date", "label") and not q["indicator"]:
                q["indicator"] = prev_indicator
            if q["indicator"]:
                prev_indicator = q["indicator"]
            year = _year_of(index, q, periods.get(row["doc_id"], (None, None)), by_item.get(row["item_id"], []), item_start)
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
    return records


def target_frame(records: list[dict]) -> pd.DataFrame:
    """The targets table from :func:`target_records` output."""
    df = pd.DataFrame.from_records(records, columns=list(TARGET_COLUMNS))
    for col in ("start", "end"):
        df[col] = df[col].astype(int)
    for col in ("value", "value_max"):
        df[col] = df[col].astype(float)
    return df


_RE_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})年")
_RE_YEAR = re.compile(r"((?:19|20)\d{2})年(?!度)")


def _year_of(index: "_TextIndex", q: dict, period: tuple, cells: list, item_start: int) -> str:
    if q["kind"] == "date":
        return str(int(q["value"])) if q["number"].isdigit() and len(q["number"]) == 4 else ""
    if q["kind"] == "label":
        return ""
    pos = item_start + q["start"]
    for column, s, e in cells:
        if s <= pos < e:
            years = [c for c in column.split("|") if c.isdigit()]
            if years:
                return years[0] if len(years) == 1 else f"{years[0]}-{years[-1]}"
    s, _ = index.sentence_bounds(q["start"])
    years = index.last_match(_RE_YEAR_RANGE, s, q["start"])
    if years:
        return f"{years.group(1)}-{years.group(2)}"
    year = index.last_match(_RE_YEAR, s, q["start"])
    if year:
        return year.group(1)
    start, end = period
    if start is None:
        return ""
    return str(start) if end in (None, start) else f"{start}-{end}"


def target_density(targets: pd.DataFrame, documents: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    """Per plan: targets, achieved figures, targets per 1,000 cleaned characters, share of items with a target.

    Characters exclude a cover notice. ``items_with_target`` counts numbered
    items and annex rows that hold at least one target.
    """
    body_chars = documents.set_index("doc_id")["clean_chars"] - documents.set_index("doc_id")["cover_chars"]
    counts = targets.pivot_table(index="doc_id", columns="kind", values="quantity_id", aggfunc="count", fill_value=0)
    counts = counts.reindex(index=body_chars.index, columns=list(KINDS), fill_value=0)
    units = items[items["unit"].isin(["item", "annex_row"])]
    with_target = targets[targets["kind"] == "target"].groupby("doc_id")["item_id"].nunique()
    out = pd.DataFrame(
        {
            "n_targets": counts["target"],
            "n_achieved": counts["achieved"],
            "n_thresholds": counts["threshold"],
            "chars": body_chars,
            "targets_per_1000_chars": (counts["target"] / body_chars * 1000).round(2),
            "items": units.groupby("doc_id").size().reindex(body_chars.index, fill_value=0),
            "items_with_target": with_target.reindex(body_chars.index, fill_value=0),
        }
    )
    out["share_items_with_target"] = (out["items_with_target"] / out["items"].where(out["items"] > 0)).round(3)
    return out.reset_index()


def section_density(targets: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    """Targets per 1,000 characters for each section (annex as one section) of each plan."""
    units = items[items["part"] != "cover"].copy()
    units["section"] = units.apply(
        lambda r: "附件" if r["part"] == "annex" else (r["section_title"] or {"preamble": "导语", "closing": "落款"}.get(r["part"], r["part"])),
        axis=1,
    )
    chars = units.groupby(["doc_id", "section"], sort=False)["n_chars"].sum()
    tmap = units.set_index("item_id")["section"]
    t = targets[targets["kind"] == "target"].assign(section=lambda d: d["item_id"].map(tmap))
    n = t.groupby(["doc_id", "section"]).size()
    out = pd.DataFrame({"chars": chars}).join(n.rename("n_targets")).fillna({"n_targets": 0})
    out["n_targets"] = out["n_targets"].astype(int)
    out["targets_per_1000_chars"] = (out["n_targets"] / out["chars"] * 1000).round(2)
    return out.reset_index()


def evaluate_extraction(gold: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Precision and recall per kind against a hand-checked set.

    ``sentences`` has ``sentence_id``, ``text`` and ``part``; ``gold`` has
    ``sentence_id``, ``quantity`` (the number with its unit as written, e.g.
    ``3000万元``) and ``kind``. A predicted quantity matches a gold one in the
    same sentence whose text it contains, starting at the same number; it is
    correct when the kinds agree.
    """
    rows = []
    for sid, text, part in sentences[["sentence_id", "text", "part"]].itertuples(index=False):
        predicted = extract_quantities(text, part=part)
        expected = gold[gold["sentence_id"] == sid]
        used = set()
        for g in expected.itertuples(index=False):
            match = None
            for i, p in enumerate(predicted):
                core = text[p["start"]:p["end"]]
                if i not in used and g.quantity in core and core[core.index(g.quantity):].startswith(g.quantity) and p["number"] in g.quantity[: len(p["number"]) + 1]:
                    match = i
                    break
            if match is None:
                rows.append((sid, g.quantity, g.kind, ""))
            else:
                used.add(match)
                rows.append((sid, g.quantity, g.kind, predicted[match]["kind"]))
        for i, p in enumerate(predicted):
            if i not in used:
                rows.append((sid, p["span"], "", p["kind"]))
    pairs = pd.DataFrame(rows, columns=["sentence_id", "quantity", "gold", "predicted"])
    result = []
    for kind in KINDS:
        tp = int(((pairs.gold == kind) & (pairs.predicted == kind)).sum())
        fp = int(((pairs.predicted == kind) & (pairs.gold != kind)).sum())
        fn = int(((pairs.gold == kind) & (pairs.predicted != kind)).sum())
        result.append(
            {
                "kind": kind, "gold": tp + fn, "tp": tp, "fp": fp, "fn": fn,
                "precision": round(tp / (tp + fp), 3) if tp + fp else float("nan"),
                "recall": round(tp / (tp + fn), 3) if tp + fn else float("nan"),
            }
        )
    return pd.DataFrame(result)


def read_gold(path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read a hand-checked set: one row per sentence with ``quantities`` as ``text=kind|text=kind``.

    Returns ``(sentences, gold)`` for :func:`evaluate_extraction`.
    """
    table = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    gold = [
        (row.sentence_id, q.rsplit("=", 1)[0], q.rsplit("=", 1)[1])
        for row in table.itertuples(index=False)
        for q in row.quantities.split("|")
        if q
    ]
    return table[["sentence_id", "text", "part"]], pd.DataFrame(gold, columns=["sentence_id", "quantity", "kind"])


def match_indicators(targets: pd.DataFrame, indicators: pd.DataFrame | None = None) -> pd.DataFrame:
    """Targets that measure a comparable indicator (``resources/indicators.csv``).

    A target matches an indicator when its indicator phrase matches the
    pattern and its unit is one of the indicator's units. Returns the
    matching targets with ``indicator_id`` and the indicator's labels.
    """
    if indicators is None:
        indicators = pd.read_csv(resource_path("indicators.csv"), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    rows = []
    t = targets[targets["kind"] == "target"]
    for ind in indicators.itertuples(index=False):
        units = set(ind.units.split(";"))
        hit = t[t["indicator"].str.contains(ind.pattern, regex=True) & t["unit"].isin(units)]
        rows.append(hit.assign(indicator_id=ind.indicator_id, label_zh=ind.label_zh, label_en=ind.label_en))
    if not rows:
        return t.iloc[0:0]
    return pd.concat(rows, ignore_index=True)


def schedule_series(targets: pd.DataFrame) -> pd.DataFrame:
    """Year-by-year series of targets (an annex schedule, or any text naming single years).

    Targets with a single-year ``year`` are grouped by item and unit; within
    one year the n-th target of an item and unit goes to the n-th series when
    every year has the same number of them (so 增长10%和5% gives two series,
    and a row's wording may change from year to year); otherwise targets are
    matched by their indicator wording. Series that cover two or more years are kept, named by their
    indicator in the last year. Columns: series, item_id, indicator, unit,
    year, value, quantity_id.
    """
    t = targets[(targets["kind"] == "target") & targets["year"].str.fullmatch(r"\d{4}")].copy()
    t = t.sort_values(["item_id", "start"])
    t["nth"] = t.groupby(["item_id", "unit", "year"]).cumcount()
    # Align by position only where every year has as many targets in that unit; else by wording.
    per_year = t.groupby(["item_id", "unit", "year"]).size().groupby(["item_id", "unit"]).nunique()
    aligned = t.set_index(["item_id", "unit"]).index.map(lambda k: per_year.get(k, 0) == 1)
    t["key"] = [f"#{n}" if ok else f"={ind}" for n, ok, ind in zip(t["nth"], aligned, t["indicator"])]
    keys = ["item_id", "unit", "key"]
    t = t[t.groupby(keys)["year"].transform("nunique") >= 2]
    columns = ["series", "item_id", "indicator", "unit", "year", "value", "quantity_id"]
    if t.empty:
        return pd.DataFrame(columns=columns)
    last = t.groupby(keys)["indicator"].transform("last")
    order = t.groupby(["item_id", "unit"])["key"].transform(lambda k: k.map({v: i for i, v in enumerate(dict.fromkeys(k))}))
    t["series"] = last.str.slice(0, 16) + "（" + t["unit"] + "）" + order.map(lambda n: "" if n == 0 else f" #{n + 1}")
    return t[["series", "item_id", "indicator", "unit", "year", "value", "quantity_id"]].reset_index(drop=True)
