"""Quantitative commitments: find every quantity of a plan and say what kind it is, by named rules.

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

The kind is decided by :data:`RULES`, an ordered list of small named rules: the
first that decides wins (some decide that a number is not a quantity at all, a
word such as 一批 or a code such as 5G). Their word lists are resource files
(``cue_words.csv``, ``units.csv``, ``qualifiers.csv``).

:func:`target_records` is the one entry point: it takes a document's text units
and returns one record per quantity with ``doc_id``, ``item_id``, the verbatim
``span`` and its ``start``/``end`` offsets in the cleaned document, the
``value`` in base units, the ``indicator`` it measures, its ``year`` and the
``sentence`` it stands in. :func:`target_frame` makes the targets table of them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable

import pandas as pd

from .loader import Resources, load_resources
from .patterns import CN_DIGITS, HAN, parse_number
from .schema import TARGET_COLUMNS

__all__ = [
    "TARGET_COLUMNS",
    "KINDS",
    "RULES",
    "extract_quantities",
    "target_records",
    "target_frame",
]

KINDS = ("target", "achieved", "threshold", "date", "label")

_NUM_AR = r"\d+(?:,\d{3})*(?:\.\d+)?"
# A Chinese numeral starts with a digit or 十 (百姓, 千万, 万众 are words); the possessive run keeps a long
# run of numeral characters from being rescanned at every position.
_NUM_CN = rf"[{CN_DIGITS}十][{CN_DIGITS}十百千万亿]*+"
_NUMERAL_CHARS = CN_DIGITS + "十百千万亿"
_SEP = r"[-~～—–至到]"
_MULT = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}
_BOUNDARY = "，。；：！？\n\t（）()“”《》"
_SENTENCE_END = "。；！？\n\t"
_INDICATOR_BOUNDARY = "，。；：！？\n\t、"
#: Qualifiers after a number that make it approximate and are read by the pattern itself.
_APPROX = ("余", "多")
_RE_PLAN_PERIOD = re.compile(r"十[一二三四五六七八九]五")  # 十三五, 十四五
_RE_HAN_CHAR = re.compile(f"[{HAN}]")
#: A sentence longer than this is shown as a window of this many characters around its quantity.
SENTENCE_MAX = 500
#: Not a quantity: what a rule returns for a number that is a word, a code or a placeholder.
DROP = "drop"


# --- Where things stand in a text -------------------------------------------------------------


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


# --- Candidates: every number the pattern finds, with what the rules read ----------------------


def quantity_pattern(resources: Resources) -> re.Pattern:
    """A number with an optional pre-qualifier, range, multiplier, approximation, unit and post-qualifier."""
    units = sorted(resources.units, key=len, reverse=True)
    quals = resources.qualifiers
    pre = sorted((q for q, (pos, _) in quals.items() if pos == "pre"), key=len, reverse=True)
    post = sorted((q for q, (pos, _) in quals.items() if pos == "post" and q not in _APPROX), key=len, reverse=True)
    num = rf"(?:{_NUM_AR}|{_NUM_CN})"
    return re.compile(
        rf"(?P<pre>(?:{'|'.join(pre)})\s*)?"
        rf"(?P<num>{num})(?P<u1>%)?(?:\s*(?P<sep>{_SEP})\s*(?P<num2>{num}))?"
        rf"(?P<mult>万亿|[万亿千百](?![{CN_DIGITS}十]))?(?P<approx>余|多(?=[\u4e00-\u9fff]))?"
        rf"(?P<unit>{'|'.join(re.escape(u) for u in units)})?(?P<approx2>余)?(?P<post>{'|'.join(post)})?"
    )


@dataclass(frozen=True)
class Candidate:
    """A number found in a text and what the rules read about it."""

    m: re.Match
    index: _TextIndex
    part: str
    resources: Resources
    num: str  # the number as written
    unit: str  # the unit as written ('%' included)
    mult: str  # 万, 亿 … after an Arabic number
    pre: str
    post: str
    approx: str
    value: float | None  # the number's value, before unit factors
    chinese: bool  # written in Chinese numerals
    prev: str  # the character before the number
    after: str  # the character right after the number itself
    nxt: str  # the character after the whole match
    quoted: bool  # inside “…” or 《…》
    direction: str

    @property
    def core_start(self) -> int:
        return self.m.start("num")

    @property
    def category(self) -> str:
        return self.resources.units.get(self.unit, ("", 1.0, ""))[2]


def _candidate(m: re.Match, index: _TextIndex, part: str, resources: Resources) -> Candidate:
    text = index.text
    num = m.group("num")
    core_start = m.start("num")
    unit = m.group("unit") or ("%" if m.group("u1") else "")
    pre, post = (m.group("pre") or "").strip(), m.group("post") or ""
    approx = m.group("approx") or m.group("approx2") or ""
    direction = ""
    for q in (pre, approx, post):
        if q and resources.qualifiers.get(q, ("", ""))[1]:
            direction = resources.qualifiers[q][1]
    if m.group("num2") and not direction:
        direction = "range"
    return Candidate(
        m=m, index=index, part=part, resources=resources, num=num, unit=unit, mult=m.group("mult") or "",
        pre=pre, post=post, approx=approx, value=parse_number(num),
        chinese=not any(c.isdigit() and c.isascii() for c in num),
        prev=text[core_start - 1] if core_start else "",
        after=text[m.end("num"):m.end("num") + 1],
        nxt=text[m.end()] if m.end() < len(text) else "",
        quoted=index.inside_quotes(core_start),
        direction=direction,
    )


# --- The rules, in order: the first to decide wins ---------------------------------------------
# Each takes a Candidate and returns a kind, DROP (not a quantity) or None (no decision).


def inside_longer_numeral(c: Candidate) -> str | None:
    """A Chinese numeral that continues another (百|五十, 万|三千) is part of it."""
    return DROP if c.chinese and c.prev in _NUMERAL_CHARS else None


def part_of_code(c: Candidate) -> str | None:
    """Digits after a letter, digit or dot belong to a code or a longer number (epc1, 2018.2.25)."""
    return DROP if not c.chinese and (c.prev.isascii() and c.prev.isalnum() or c.prev == ".") else None


def placeholder_or_model(c: Candidate) -> str | None:
    """Digits followed by a letter (20xx, 5G) are a placeholder or a name, not a quantity."""
    if not c.chinese and not c.m.group("unit") and re.match(r"[A-Za-z]", c.after):
        return DROP
    return None


def numeral_in_a_word(c: Candidate) -> str | None:
    """A Chinese numeral without a unit is a word (一批, 统一, 一站式), unless a label follows (第…, …大, 十三五)."""
    if c.chinese and not c.unit and c.prev != "第" and c.after != "大" and not _RE_PLAN_PERIOD.fullmatch(c.num):
        return DROP
    return None


def ordinal(c: Candidate) -> str | None:
    """第十五届, 第一批: an ordinal is a label."""
    return "label" if c.prev == "第" else None


def plan_period(c: Candidate) -> str | None:
    """十三五, 十四五: a five-year-plan period is a label."""
    return "label" if c.chinese and c.value is None and _RE_PLAN_PERIOD.fullmatch(c.num) else None


def numbered_slogan(c: Candidate) -> str | None:
    """十九大, 八大群体, “三个十佳”: a Chinese numeral before 大 or quoted with its unit names something."""
    return "label" if c.chinese and (c.after == "大" or (c.quoted and c.unit)) else None


def edition(c: Candidate) -> str | None:
    """七届一次全委: a Chinese numeral counting 届, 次 or 期 names a session."""
    return "label" if c.chinese and c.unit in ("届", "次", "期") and not c.mult else None


def political_formula(c: Candidate) -> str | None:
    """八项规定, 四个意识, 两个维护: a fixed formula (its nouns in ``cue_words.csv``, role formula_noun)."""
    if c.chinese and c.unit in ("项", "个", "条") and c.resources.cue("formula_noun").match(c.index.text, c.m.end()):
        return "label"
    return None


def label_unit(c: Candidate) -> str | None:
    """98周年, 十五届: units that always make a label (``units.csv``, column label)."""
    return "label" if c.unit in c.resources.label_units else None


def quoted_code(c: Candidate) -> str | None:
    """“30强”, “1+3”: an Arabic number inside quotation marks is a name."""
    return "label" if c.quoted and not c.chinese and not c.unit.startswith(("年", "月", "日")) else None


def not_a_number(c: Candidate) -> str | None:
    """十三五-like strings that are not numbers and not labels are left out."""
    return DROP if c.value is None else None


def chinese_word(c: Candidate) -> str | None:
    """一站式, 一批, 三年行动计划: a Chinese numeral without a unit, of value one, or counting years is a word."""
    if c.chinese and (not c.unit or (c.value == 1 and not c.mult) or c.category == "date"):
        return DROP
    return None


def no_unit(c: Candidate) -> str | None:
    """An Arabic number without a unit counts nothing the tables can compare."""
    return DROP if not c.unit else None


def calendar_date(c: Candidate) -> str | None:
    """2018年, 3月, 22日: a year (1900–2100), month (1–12) or day (1–31); other numbers of these units are not kept."""
    if c.category != "date":
        return None
    value = c.value
    if c.unit.startswith("年") and 1900 <= value <= 2100:
        return "date"
    if c.unit.startswith("月") and 1 <= value <= 12:
        return "date"
    if c.unit == "日" and 1 <= value <= 31:
        return "date"
    return DROP


def scope_condition(c: Candidate) -> str | None:
    """25人以上企业, 月销售额10万元以下的: 以上/以下/以内 before a noun or 的 qualifies that noun."""
    if c.post in ("以上", "以下", "以内") and (c.nxt == "的" or re.match(r"[\u4e00-\u9fff]", c.nxt or "")):
        return "threshold"
    return None


def per_unit_cap(c: Candidate) -> str | None:
    """每家不超过50万元: a cap per unit (cue role per_unit) is a threshold."""
    clause_start = c.index.last_before(_BOUNDARY + "、", c.core_start) + 1
    if c.direction == "at_most" and c.index.has_match(c.resources.cue("per_unit"), clause_start, c.core_start):
        return "threshold"
    return None


def eligibility_age(c: Candidate) -> str | None:
    """年满60周岁, 14岁以下子女: an age is an eligibility condition."""
    return "threshold" if c.category == "age" else None


def plan_cue(c: Candidate) -> str | None:
    """力争到2019年底…: a plan cue in the clause before the number makes it a target, even in a summary."""
    clause_start = c.index.last_before("，；。\n", c.core_start) + 1
    return "target" if c.index.has_match(c.resources.cue("plan"), clause_start, c.core_start) else None


def summary_part(c: Candidate) -> str | None:
    """A number in a 总结/回顾 part reports a result."""
    return "achieved" if c.part == "summary" else None


def achieved_cue(c: Candidate) -> str | None:
    """截至…, 荣获, 已完成, 共向…: an achieved cue earlier in the sentence makes the number a result."""
    sentence_start, _ = c.index.sentence_bounds(c.core_start)
    return "achieved" if c.index.has_match(c.resources.cue("achieved"), sentence_start, c.core_start) else None


def commitment(c: Candidate) -> str | None:
    """Any other quantity of a plan is a target."""
    return "target"


#: The rules in the order they are tried.
RULES: tuple[Callable[[Candidate], str | None], ...] = (
    inside_longer_numeral, part_of_code, placeholder_or_model, numeral_in_a_word,
    ordinal, plan_period, numbered_slogan, edition, political_formula, label_unit, quoted_code,
    not_a_number, chinese_word, no_unit,
    calendar_date,
    scope_condition, per_unit_cap, eligibility_age, plan_cue, summary_part, achieved_cue,
    commitment,
)


def classify(c: Candidate, rules=RULES) -> tuple[str, str]:
    """(kind, name of the rule that decided) for a candidate; kind is :data:`DROP` when it is no quantity."""
    for rule in rules:
        kind = rule(c)
        if kind:
            return kind, rule.__name__
    return DROP, ""


# --- Records ----------------------------------------------------------------------------------


def extract_quantities(text: str, *, part: str = "plan", resources: Resources | None = None) -> list[dict]:
    """Every quantity in ``text`` with its kind, value, unit and qualifiers (offsets relative to ``text``).

    ``part`` is the plan part the text belongs to (``summary`` makes reported figures ``achieved``).

    >>> [(q["span"], q["value"], q["unit"], q["kind"]) for q in extract_quantities("全年新建劳模创新工作室2家，发放创业贷款3000万元。")]
    [('2家', 2.0, '家', 'target'), ('3000万元', 30000000.0, '元', 'target')]
    >>> [(q["span"], q["kind"]) for q in extract_quantities("开展“两癌”筛查和一站式服务，统一管理，学习十九大精神，举办第十五届竞赛。")]
    [('十九大', 'label'), ('十五届', 'label')]
    """
    resources = resources or load_resources()
    pattern = resources.compiled("quantity", quantity_pattern)
    index = _TextIndex(text)
    out: list[dict] = []
    floor = 0  # end of the previous quantity: an indicator never reaches back past it
    for m in pattern.finditer(text):
        c = _candidate(m, index, part, resources)
        kind, _ = classify(c)
        if kind == DROP:
            continue
        record = _record(c, kind, floor)
        out.append(record)
        floor = record["end"]
    return out


def _record(c: Candidate, kind: str, floor: int) -> dict:
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
    if kind != "date":
        scale = _MULT.get(c.mult, 1.0) * factor
        value = value * scale
        value_max = value_max * scale if value_max is not None else None
    direction = c.direction or ("" if kind in ("date", "label") else "exact")
    qualifier = "；".join(q for q in (c.pre, c.approx, c.post) if q)
    start = m.start("pre") if c.pre else c.core_start
    category = "date" if kind == "date" else c.category
    return _fields(index, start, c.core_start, m.end(), c.num, value, value_max, base_unit, category, qualifier,
                   direction, kind, floor, c.resources)


def _fields(index: _TextIndex, start, core_start, end, num, value, value_max, unit, category, qualifier, direction,
            kind, floor, resources: Resources | None = None) -> dict:
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
    word could bridge the gap, so the cost is linear in the tail.

    >>> _strip_trailing_words("全年职工分别为分别为", ("分别为", "为"))
    '全年职工'
    """
    n = len(phrase)
    longest = max(map(len, words), default=0)
    tail_from = [False] * (n + 1)  # tail_from[i]: phrase[i:] is a sequence of the words
    tail_from[n] = True
    cut, gap = n, 0
    for i in range(n - 1, -1, -1):
        tail_from[i] = any(phrase.startswith(w, i) and tail_from[i + len(w)] for w in words)
        if tail_from[i]:
            cut, gap = i, 0
        else:
            gap += 1
            if gap > longest:
                break
    return phrase[:cut]


def _indicator(index: _TextIndex, start: int, end: int, floor: int, resources: Resources) -> str:
    """The short phrase a quantity measures.

    The clause before the number (time words, linking words and the previous
    quantity left out); when that is only a verb (组织, 帮助), the words after
    the number are added: ``组织…一线职工和劳模参加疗休养``.
    """
    text = index.text
    clause_start = max(floor, index.last_before(_INDICATOR_BOUNDARY, start) + 1)
    before = text[clause_start:start]
    before = resources.compiled("time_words", _time_words_pattern).sub("", before)
    before = _strip_trailing_words(before, resources.linking_words).strip()
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


def _time_words_pattern(resources: Resources) -> re.Pattern:
    """Time words and connectives at the start of an indicator phrase (cue role time_word), repeated."""
    return re.compile(rf"^(?:(?:{resources.cues['time_word']})\s*)+")


_RE_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})年")
_RE_YEAR = re.compile(r"((?:19|20)\d{2})年(?!度)")


def _year_of(index: _TextIndex, q: dict, period: tuple, cells: list, item_start: int) -> str:
    """The year a quantity applies to: its annex column, a year named before it in its sentence, else the period."""
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


def target_records(rows: list[dict], periods: dict, cells: list[tuple], *,
                   resources: Resources | None = None) -> list[dict]:
    """The quantities of a document's text units as records (one per quantity, in reading order).

    ``rows`` are item rows (dicts with doc_id, item_id, part, text, start;
    cover notices are left out); ``periods`` maps doc_id → (year_start,
    year_end); ``cells`` holds (item_id, column, start, end) of annex cells.
    A quantity without an indicator phrase of its own takes the previous one of
    its item (全年新建职工之家10家、职工书屋5家).

    >>> rows = [{"doc_id": "d", "item_id": "d:1.1", "part": "plan", "text": "全年新建职工之家10家。", "start": 7}]
    >>> [(r["quantity_id"], r["span"], r["start"], r["year"]) for r in target_records(rows, {"d": (2021, 2021)}, [])]
    [('d:1.1#q1', '10家', 15, '2021')]
    """
    resources = resources or load_resources()
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
        for n, q in enumerate(extract_quantities(text, part=row["part"], resources=resources), start=1):
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
