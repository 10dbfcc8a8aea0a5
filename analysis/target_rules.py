"""The rules that say what kind of quantity a number is, tried in order (:data:`RULES`).

Every number the quantity pattern (:func:`quantity_pattern`) finds becomes a
:class:`Candidate` holding what the rules read (its unit, qualifiers, the
characters around it, whether it is quoted). Each rule is a small named
function that takes a :class:`Candidate` and returns a kind (``label``,
``date``, ``threshold``, ``achieved``, ``target``, ``baseline``), :data:`DROP` (the
number is no quantity: a word such as 一批, a code such as 5G) or ``None`` (no
decision); :func:`classify` tries them in the order of :data:`RULES`, the first
to decide wins, and its name is the evidence a reader can look up (the
``evidence`` column of the targets table; the rule's docstring says what it
decides). Word lists come from the resource files (``cue_words.csv``,
``units.csv``, ``qualifiers.csv``).

>>> from analysis.loader import load_resources
>>> resources = load_resources()
>>> text = "全年新建职工之家10家。"
>>> m = quantity_pattern(resources).search(text)
>>> classify(candidate(m, TextIndex(text), "plan", resources))
('target', 'commitment')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .loader import Resources
from .patterns import CHANGE_VERBS, CN_DIGITS, digit_string, parse_number
from .orientation import REVIEW, orientation
from .textindex import TextIndex

__all__ = ["DROP", "RULES", "Candidate", "quantity_pattern", "candidate", "classify"]

_NUM_AR = r"\d+(?:,\d{3})*(?:\.\d+)?"
#: A fraction in Arabic digits (减少1/3以上, 精简1/4): a share, like 三分之一.
_FRACTION_AR = r"(?<![\d/.])[1-9]\d?/[1-9]\d?(?![\d/.])"
#: Arabic digits with Chinese magnitudes between them: 1万6千(多户), 2万5千(公里), 1亿3千万.
_NUM_MIXED = r"\d+(?:万\d+[千百](?![万亿])|亿\d+千万)"
# A Chinese numeral starts with a digit or 十 (百姓, 千万, 万众 are words); the possessive run keeps a long
# run of numeral characters from being rescanned at every position (see quantity_pattern).

_NUMERAL_CHARS = CN_DIGITS + "十百千万亿"
_SEP = r"[-~～—–至到]"
_BOUNDARY = "，。；：！？\n\t（）()“”《》"
#: Marks that end a clause or sentence: a quote holding one is a quoted sentence, not a name; nor is a quote
#: that runs on past this many characters after a number in it.
_SENTENCE_MARKS = "，。；：！？"
_QUOTED_NAME_MAX = 30
#: Qualifiers after a number that make it approximate and are read by the pattern itself (六十几个: sixty-odd).
_APPROX = ("余", "多", "几")
_RE_PLAN_PERIOD = re.compile(r"十[一二三四五六七八九]五")  # 十三五, 十四五
#: The sixth to tenth plans' periods (六五 … 九五, 十五): names only when quoted or before 计划, 期间 ….
_RE_EARLY_PLAN_PERIOD = re.compile(r"[六七八九十]五")
_RE_PLAN_WORD = re.compile(r"[”\"]?(?:计划|规划|期间|时期|末)")
#: 一大 is the first congress only alone or before 会址, 代表 …; 一大批, 一大亮点 are words ("a large …").
_RE_FIRST_CONGRESS = re.compile(r"大(?![\u4e00-\u9fff])|大(?:会址|代表|以来|精神|召开|的)")
#: Words that end in 一 (统一大业 holds no 一大): the numeral is part of the word.
_WORD_ENDING_IN_ONE = "统唯同单逐划万专如合归不之其"  # the character before 一: one look, whatever the text's length
#: Not a quantity: what a rule returns for a number that is a word, a code or a placeholder.
DROP = "drop"
#: A year in Arabic or Chinese digits, before 年.
_RE_YEAR = re.compile(r"((?:19|20)\d{2}|[一二][九〇零][〇零一二三四五六七八九]{2})(?=年)")
#: A starting level: 由, 从, 现行 … before the number; a change to another level after it (a comma may stand
#: between: 由1957年的42%左右，提高到60%左右).
_RE_FROM = re.compile(r"由|从|现行|目前的")
_RE_CHANGE_TO = re.compile(rf"，?[^，。；0-9]{{0,6}}?(?:{CHANGE_VERBS})(?:到|至|为)")
#: A verb that lengthens or shortens a span of time right before it (延长30年, 缩短到三年).
_RE_CHANGE_OF_SPAN = re.compile(r"(?:延长|缩短|延续)(?:到|至)?$")
#: A span of time a thing is held for (三十年不变, 一百年不动摇; not 不变的, an adjective).
_RE_HELD_FOR = re.compile(r"不(?:变|动摇)(?!的)")
#: Words of the plan's own year in a number's clause (今年试点城市扩大到110个).
_RE_THIS_YEAR = re.compile(r"今年|明年|本年|年内")
#: A coordinated list (A和B, A、B) in a clause before a small count: the count sums up the list.
_RE_COORDINATION = re.compile(r"[和与及、]")
#: Units of a count that names things rather than measures them (四项, 这四条, 两个).
_NAMED_COUNT_UNITS = ("个", "项", "条", "件", "方面", "点", "大", "种", "头")
#: Parts that plan: there a look back must be in a number's own clause (see achieved_cue).
PLANNING_PARTS = ("plan", "goals", "guarantees", "principles")
#: A sentence looks back when its review cues lead its plan cues by this much.
_SENTENCE_LEAD = 2
#: A change that reaches the number (扩大到, 提高至, 达到): the number is how far it goes (:func:`scope_condition`).
_RE_REACHES = re.compile(rf"(?:(?:{CHANGE_VERBS})(?:到|至)|达到|覆盖)$")
#: A measure a share can bound (增长20%以上的企业, 资产负债率60%以下的): looked for just before the share.
_RE_MEASURE = re.compile(r"率|增长|增速|增幅|涨幅|降幅|比重|比例|占|份额|提高|下降|降低|减少|增加|上涨|下跌|超过|达")
_MEASURE_LOOK = 12
#: Words before a year that make it name what a thing is for, not a time (:func:`named_year`).
_YEAR_OF_A_NOUN = ("面向", "着眼")
#: Words before an age that make it a bound on who is meant (:func:`eligibility_age`).
_AGE_BOUND = ("满", "未满", "不满", "年满", "超过")
#: How far before a number a limit noun is looked for (:func:`stated_limit`), and what may stand between them.
_LIMIT_LOOK = 8
_STATES_LIMIT = ("", "为", "是", "定为", "设为")


def quantity_pattern(resources: Resources) -> re.Pattern:
    """A number with an optional pre-qualifier, range, multiplier, approximation, unit and post-qualifier.

    The number is Arabic (``3000``, ``1,000``, ``8.7``), Chinese (五十六万,
    三点五, a numeral starts with a digit or 十), a share (百分之十, 三分之二)
    or followed by ``%``. The units and the qualifiers come from the resource
    files, longest first; 余 and 多 after a number are read by the pattern
    itself. A multiplier (万, 亿, 千, 百) is not taken for the first character
    of a unit (五十六万千瓦 is 56 × 10^4 千瓦).

    Parameters
    ----------
    resources : Resources
        The units (``units.csv``) and qualifiers (``qualifiers.csv``).

    Returns
    -------
    re.Pattern
        The compiled pattern, with the named groups ``pre``, ``num``, ``u1``
        (``%``) or ``mu1`` (the first number's multiplier and unit in a range
        that repeats them: 15亿元到20亿元), ``sep`` and ``num2`` (a range), ``approx0``, ``mult``,
        ``approx``, ``unit``, ``approx2`` and ``post``. Callers keep it
        (``resources.compiled("quantity", quantity_pattern)``).

    Examples
    --------
    >>> from analysis.loader import load_resources
    >>> pattern = quantity_pattern(load_resources())
    >>> pattern.search("发放创业贷款不少于3000万元").group("pre", "num", "mult", "unit")
    ('不少于', '3000', '万', '元')
    >>> pattern.search("装机五十六万千瓦").group("num", "mult", "unit")
    ('五十六万', None, '千瓦')
    """
    units = sorted(resources.units, key=len, reverse=True)
    quals = resources.qualifiers
    pre = sorted((q for q, (pos, _) in quals.items() if pos == "pre"), key=len, reverse=True)
    post = sorted((q for q, (pos, _) in quals.items() if pos == "post" and q not in _APPROX), key=len, reverse=True)
    # A multiplier is not the first character of a unit (千瓦, 千克): 五十六万千瓦 is 56 × 10^4 千瓦.
    unit_starts = {m: [u[1:] for u in units if u[0] == m and len(u) > 1] for m in "万亿千百"}
    not_unit = {m: "".join("|" + re.escape(r) for r in unit_starts[m]) for m in "万亿千百"}
    cn_char = "|".join([f"[{CN_DIGITS}十]"] + [f"{m}(?!{not_unit[m][1:]})" if not_unit[m] else m for m in "万亿千百"])
    # 几十, 几百, 几千万: some tens, hundreds, tens of millions (valued as 十, 百, 千万, the approximation kept);
    # a bare 百, 千, 万 after 近, 上, 逾 or with 数 before it (近百个, 上百万, 数百万): about a hundred …
    bare = rf"(?:数|(?<=[近上逾]))(?!百分之)(?=[百千万])(?:{cn_char})++"
    num_cn = rf"(?:(?:(?:几(?=十))?[{CN_DIGITS}十]|几(?=[百千万亿]))(?:{cn_char})*+|{bare})(?:点[{CN_DIGITS}]+)?"
    num = rf"(?:百分之{num_cn}|[{CN_DIGITS}十百]+分之[{CN_DIGITS}十]+|一半|{_FRACTION_AR}|{_NUM_MIXED}|{_NUM_AR}|{num_cn})"
    mult = "|".join(f"{m}(?![{CN_DIGITS}十]{not_unit[m]})" for m in "万亿千百")
    units_alt = "|".join(re.escape(u) for u in units)
    return re.compile(
        rf"(?P<pre>(?:{'|'.join(pre)})\s*)?"
        rf"(?P<num>{num})(?:(?P<u1>%)|(?P<mu1>(?:{mult})?(?:{units_alt})(?=\s*{_SEP}\s*{num})))?"
        rf"(?:\s*(?P<sep>{_SEP})\s*(?P<num2>{num}))?"
        rf"(?P<approx0>多|余|(?<=[{CN_DIGITS}十])几)?(?P<mult>万亿|{mult})?(?P<approx>余|多(?=[\u4e00-\u9fff]))?"
        rf"(?P<unit>{units_alt})?(?P<approx2>余)?(?P<post>{'|'.join(post)})?"
    )


@dataclass(frozen=True)
class Candidate:
    """A number found in a text and what the rules read about it.

    Made by :func:`candidate`; the rules only read it.

    Parameters
    ----------
    m : re.Match
        The match of :func:`quantity_pattern`.
    index : TextIndex
        The index of the text the number stands in.
    part : str
        The plan part of the text (``plan``, ``summary`` …).
    resources : Resources
        The resource files (units, qualifiers, cue words).
    num : str
        The number as written.
    unit : str
        The unit as written (``%`` included); ``""`` without one.
    mult : str
        A multiplier after the number (万, 亿, 万亿 …), or ``""``.
    pre, post, approx : str
        The qualifier before the number, the one after its unit, and the
        approximation (余, 多), each ``""`` when absent.
    value : float or None
        The number's value before unit factors and multipliers (a share in
        percent); ``None`` when it is no number (十三五).
    chinese : bool
        Whether it is written without ASCII digits (in Chinese numerals;
        full-width digits count too, but the cleaner makes them ASCII).
    prev : str
        The character right before the number itself (``""`` at the start).
    after : str
        The character right after the number itself.
    nxt : str
        The character after the whole match.
    quoted : bool
        Whether the number stands inside “…” or 《…》.
    direction : str
        The direction its qualifiers give (``at_least``, ``at_most`` …,
        ``range`` for a range without one), or ``""``.
    period : tuple, default (None, None)
        The plan's first and last year.
    """

    m: re.Match
    index: TextIndex
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
    period: tuple = (None, None)  # the plan's first and last year

    @property
    def core_start(self) -> int:
        """The offset of the number itself (after a pre-qualifier)."""
        return self.m.start("num")

    @property
    def category(self) -> str:
        """The unit's category in ``units.csv`` (``currency``, ``date``, ``age`` …); ``""`` when unknown."""
        return self.resources.units.get(self.unit, ("", 1.0, ""))[2]


def _share(num: str) -> float | None:
    """Value in percent of 百分之十三点七 (13.7), 三分之二 (66.67), 1/3 (33.33) or 一半 (50, as 二分之一); None for
    other numbers."""
    if num == "一半":
        return 50.0
    numerator, slash, denominator = num.partition("/")
    if slash:  # 1/3: a share when it is a proper fraction
        return round(int(numerator) / int(denominator) * 100, 4) if int(numerator) < int(denominator) else None
    if num.startswith("百分之"):
        return parse_number(num[3:])
    whole, sep, part = num.partition("分之")
    if not sep:
        return None
    denominator, numerator = parse_number(whole), parse_number(part)
    return round(numerator / denominator * 100, 4) if denominator and numerator is not None else None


def _inside_a_quoted_name(index: TextIndex, pos: int) -> bool:
    """Inside 《…》, or inside “…” that is a name or slogan (“三个十佳”): closed within
    :data:`_QUOTED_NAME_MAX` characters, with no comma or sentence mark inside. A quoted sentence (a speech
    quoted at length) holds numbers like any other."""
    if index.last_before("《", pos) > index.last_before("》", pos):
        return True
    if not index.inside_quotes(pos):
        return False
    opening = index.last_before("“", pos)
    closing = index.text.find("”", pos, pos + _QUOTED_NAME_MAX)  # a bounded look: linear however long the quote
    return closing >= 0 and index.last_before(_SENTENCE_MARKS, closing) < opening


def candidate(m: re.Match, index: TextIndex, part: str, resources: Resources,
              period: tuple = (None, None)) -> Candidate:
    """What the rules read about the number ``m`` found in ``index.text`` (a unit of ``part``).

    A share (百分之十三点七, 三分之二) gets the unit ``%`` and its value in
    percent; a year in Chinese digits (一九五三年) gets its digits as value.
    The direction is that of the last qualifier that has one.

    Parameters
    ----------
    m : re.Match
        A match of :func:`quantity_pattern` in ``index.text``.
    index : TextIndex
        The index of the text.
    part : str
        The plan part the text belongs to.
    resources : Resources
        The units, qualifiers and cue words.
    period : tuple, default (None, None)
        The plan's first and last year.

    Returns
    -------
    Candidate
        What the rules read.

    Examples
    --------
    >>> from analysis.loader import load_resources
    >>> resources = load_resources()
    >>> text = "每家不超过50万元。"
    >>> c = candidate(quantity_pattern(resources).search(text), TextIndex(text), "plan", resources)
    >>> c.pre, c.num, c.mult, c.unit, c.value, c.direction, c.prev
    ('不超过', '50', '万', '元', 50.0, 'at_most', '过')
    """
    text = index.text
    num = m.group("num")
    core_start = m.start("num")
    share = _share(num)
    unit = "%" if share is not None else (m.group("unit") or ("%" if m.group("u1") else ""))
    value = share if share is not None else parse_number(num.lstrip("几数"))  # 几十年: some tens of years
    if value is None and unit.startswith("年"):
        value = digit_string(num)  # 一九五三年
    pre, post = (m.group("pre") or "").strip(), m.group("post") or ""
    approx = m.group("approx0") or m.group("approx") or m.group("approx2") or (num[0] if num[0] in "几数" else "")
    direction = ""
    for q in (pre, approx, post):
        if q and resources.qualifiers.get(q, ("", ""))[1]:
            direction = resources.qualifiers[q][1]
    if m.group("num2") and not direction:
        direction = "range"
    return Candidate(
        m=m, index=index, part=part, resources=resources, num=num, unit=unit, mult=m.group("mult") or "",
        pre=pre, post=post, approx=approx, value=value,
        chinese=not any(c.isdigit() and c.isascii() for c in num),
        prev=text[core_start - 1] if core_start else "",
        after=text[m.end("num"):m.end("num") + 1],
        nxt=text[m.end()] if m.end() < len(text) else "",
        quoted=_inside_a_quoted_name(index, core_start),
        direction=direction,
        period=period,
    )


# --- The rules, in order: the first to decide wins ---------------------------------------------
# Each takes a Candidate and returns a kind, DROP (not a quantity) or None (no decision).


def inside_longer_numeral(c: Candidate) -> str | None:
    """A Chinese numeral that continues another (百|五十, 万|三千, 一年|零两个月), or starts with 零 or 〇, is part
    of a longer one and dropped."""
    return DROP if c.chinese and (c.prev and c.prev in _NUMERAL_CHARS or c.num[0] in "零〇") else None


def part_of_code(c: Candidate) -> str | None:
    """Digits after a letter, digit or dot belong to a code or a longer number (epc1, 2018.2.25)."""
    return DROP if not c.chinese and (c.prev.isascii() and c.prev.isalnum() or c.prev == ".") else None


def placeholder_or_model(c: Candidate) -> str | None:
    """Digits without a unit followed by a Latin letter (20xx, 5G) are a placeholder or a name, not a quantity."""
    if not c.chinese and not c.m.group("unit") and re.match(r"[A-Za-z]", c.after):
        return DROP
    return None


def _names_something(c: Candidate) -> bool:
    """A Chinese numeral without a unit that names something: 十九大, 十三五, “八五”计划, 三中全会, and a
    quoted formula it begins (“三农”, “两高”, “九二共识”; not “一国两制”: 一 there is a word)."""
    text, end = c.index.text, c.m.end()
    large = c.after == "大" and (c.num != "一" or bool(_RE_FIRST_CONGRESS.match(text, end)))  # 一大批: a word
    return (large or bool(_RE_PLAN_PERIOD.fullmatch(c.num)) or text.startswith("中全会", end)
            or (bool(_RE_EARLY_PLAN_PERIOD.fullmatch(c.num)) and (c.quoted or bool(_RE_PLAN_WORD.match(text, end))))
            or (c.quoted and c.prev in "“\"" and not c.num.startswith("一")))


def word_with_one(c: Candidate) -> str | None:
    """统一大业, 唯一, 同一: a 一 that ends a word is no number (同一九五七年相比 keeps its year)."""
    if c.chinese and c.num == "一" and c.core_start and c.index.text[c.core_start - 1] in _WORD_ENDING_IN_ONE:
        return DROP
    return None


def numeral_in_a_word(c: Candidate) -> str | None:
    """A Chinese numeral without a unit is a word (一批, 统一, 一站式), unless it is a label (第…, a name:
    :func:`_names_something`) or it counts in 万 or 亿 (裁减军队员额五十万)."""
    if c.chinese and not c.unit and c.prev != "第" and not _names_something(c) and not _counts_in_myriads(c):
        return DROP
    return None


def _counts_in_myriads(c: Candidate) -> bool:
    """A Chinese number ending in 万 or 亿 (五十万, 三千万): a count even without a unit."""
    return c.chinese and c.num[-1] in "万亿" and c.value is not None and c.value >= 10_000


def ordinal(c: Candidate) -> str | None:
    """第十五届, 第一批: an ordinal is a label; but 第四，/第五、 marks an item of a list, and is dropped."""
    if c.prev != "第":
        return None
    return DROP if not c.unit and c.after in "，、：,:" else "label"


def plan_period(c: Candidate) -> str | None:
    """十三五, 十四五: a five-year-plan period is a label."""
    return "label" if c.chinese and c.value is None and _RE_PLAN_PERIOD.fullmatch(c.num) else None


def _one_of_a_named_set(c: Candidate) -> bool:
    """一国 (in 一国两制), 一类, 一级: 一 before a unit of a named set (``units.csv``, category named_set) is a
    word, not a count of one."""
    return c.chinese and c.value == 1 and c.category == "named_set"


def numbered_slogan(c: Candidate) -> str | None:
    """十九大, 八大群体, “三个十佳”, “三农”, 三中全会, “九五”计划: a Chinese numeral that names something
    (:func:`_names_something`) or is quoted with its unit (not “一国两制”, nor 五年 in 《…五年规划》)."""
    if not c.chinese:
        return None
    if c.quoted and c.unit and (_one_of_a_named_set(c) or c.index.text.startswith(("计划", "规划"), c.m.end())):
        return None
    return "label" if _names_something(c) or (c.quoted and c.unit) else None


def edition(c: Candidate) -> str | None:
    """七届一次全委, 第十次全国代表大会: a Chinese numeral counting 届 or 期 (without 万 or 亿) names a session; so
    does one counting 次 after a 届 or before a meeting or 产业 (``cue_words.csv``, role edition_noun). Other
    times counted (四次提高补助标准) are how often something was done, a quantity like any other."""
    if not (c.chinese and c.unit in ("届", "次", "期") and not c.mult):
        return None
    if c.unit != "次" or c.prev == "届" or c.resources.cue("edition_noun").match(c.index.text, c.m.end()):
        return "label"
    return None


def political_formula(c: Candidate) -> str | None:
    """八项规定, 四个意识, 两个维护: a Chinese count of 项, 个 or 条 right before a formula noun (``cue_words.csv``,
    role formula_noun) is a fixed formula, a label."""
    if c.chinese and c.unit in ("项", "个", "条") and c.resources.cue("formula_noun").match(c.index.text, c.m.end()):
        return "label"
    return None


def named_count(c: Candidate) -> str | None:
    """四项基本原则, 这四条, 两个攻坚战, 五项正义要求: a small Chinese count (ten at most, no qualifier) of items,
    points or aspects that nothing creates or adds to (no verb such as 新建, 完成, 举办 in the four characters
    before it: cue role count_verb) names or lists things; it is a label, no quantity to compare. So is a
    count that sums up a list before it, verbs and all (瓦斯治理和整顿关闭两个攻坚战)."""
    if not (c.chinese and c.value is not None and 1 < c.value <= 10 and c.unit in _NAMED_COUNT_UNITS):
        return None  # 一个, 一项: the indefinite article, a word (chinese_word)
    if c.mult or c.pre or c.post or c.approx:
        return None
    clause_start = c.index.last_before(_BOUNDARY + "、", c.core_start) + 1
    verb_from = max(clause_start, c.core_start - 4)
    if (c.index.has_match(c.resources.cue("count_verb"), verb_from, c.core_start)
            and not c.index.has_match(_RE_COORDINATION, c.index.last_before(_BOUNDARY, c.core_start) + 1, verb_from)):
        return None
    return "label"


def label_unit(c: Candidate) -> str | None:
    """98周年, 一周年, 十五届, 中美两国, 东北三省: units that always make a label (``units.csv``, column label);
    but not 一 of a named set (一国两制: :func:`_one_of_a_named_set`)."""
    return "label" if c.unit in c.resources.label_units and not _one_of_a_named_set(c) else None


def quoted_code(c: Candidate) -> str | None:
    """“30强”, “1+3”: an Arabic number inside quotation marks is a name (a label), unless its unit is 年, 月 or 日."""
    return "label" if c.quoted and not c.chinese and not c.unit.startswith(("年", "月", "日")) else None


def not_a_number(c: Candidate) -> str | None:
    """A numeral string with no value (十三五-like) that no earlier rule made a label is dropped."""
    return DROP if c.value is None else None


def chinese_word(c: Candidate) -> str | None:
    """一站式, 一批: a Chinese numeral without a unit, or of value one without a multiplier, is a word
    (一倍, 翻一番 and years excepted)."""
    if c.chinese and not c.unit and _counts_in_myriads(c):
        return None
    if c.chinese and (not c.unit or (c.value == 1 and not c.mult and c.category not in ("ratio", "date"))):
        return DROP
    return None


def no_unit(c: Candidate) -> str | None:
    """A number without a unit counts nothing the tables can compare, unless 万 or 亿 make it a count
    (参保人数增加7359万, 1.17亿, 裁减军队员额五十万的任务, 八亿农民, 上百万赤脚医生: :func:`population_size`)."""
    if c.unit or c.mult.startswith(("万", "亿")):
        return None
    return None if _counts_in_myriads(c) else DROP


def calendar_date(c: Candidate) -> str | None:
    """2018年, 一九五三年, 六十年代, 3月, 22日, and spans of years (过去五年, 三年内): dates and time frames.

    A year is 1900–2100; a number of years up to 100 is a span of time (but
    五年计划, 十年规划 name a plan and are dropped, and a span that is lengthened
    or shortened, 再延长30年, or held, 三十年不变, is left to the later rules); a month 1–12, a day 1–31.
    Other numbers of these units are dropped.
    """
    if c.category != "date":
        return None
    value = c.value
    if c.unit == "年代" or (c.unit.startswith("年") and 1900 <= value <= 2100):
        return "date"
    if c.unit.startswith("年") and value <= 100:  # a span of years, but not the name 五年计划, 十年规划
        if _RE_CHANGE_OF_SPAN.search(c.index.text, max(0, c.m.start() - 3), c.m.start()) \
                or _RE_HELD_FOR.match(c.index.text, c.m.end()):
            return None  # 承包期再延长30年, 三十年不变: a span the plan sets is a quantity; later rules say which kind
        return DROP if c.index.text.startswith(("计划", "规划"), c.m.end()) else "date"
    if c.unit.startswith("月") and 1 <= value <= 12:
        return "date"
    if c.unit == "日" and 1 <= value <= 31:
        return "date"
    return DROP


def scope_condition(c: Candidate) -> str | None:
    """25人以上企业, 月销售额10万元以下的: a number with a unit and 以上/以下/以内 before a noun or 的 qualifies
    that noun, a threshold (not before a verb: 60%以上来自国有企业 is a statement, cue role not_scope; not
    a bare count before what it counts: 1000万以上农村贫困人口; not where a change reaches it:
    扩大到85%以上地市; and a share only as the bound of a measure named before it, 增长20%以上的企业, not
    as the share of the things after it, 95%以上的学生)."""
    if c.post not in ("以上", "以下", "以内") or not (c.nxt == "的" or re.match(r"[\u4e00-\u9fff]", c.nxt or "")):
        return None
    if not c.unit or _RE_REACHES.search(c.index.text, max(0, c.m.start() - 4), c.m.start()):
        return None  # 扩大到85%以上地市: how far a change reaches, not which things are meant
    if c.unit == "%" and not c.index.has_match(_RE_MEASURE, max(_clause_start(c), c.core_start - _MEASURE_LOOK),
                                               c.core_start):
        return None  # 95%以上的学生: a share of the things named, not a bound on a measure of them
    return None if c.resources.cue("not_scope").match(c.index.text, c.m.end()) else "threshold"


def per_unit_cap(c: Candidate) -> str | None:
    """每家不超过50万元: an upper bound after a per-unit word in its clause (cue role per_unit) is a threshold."""
    clause_start = c.index.last_before(_BOUNDARY + "、", c.core_start) + 1
    if c.direction == "at_most" and c.index.has_match(c.resources.cue("per_unit"), clause_start, c.core_start):
        return "threshold"
    return None


def stated_limit(c: Candidate) -> str | None:
    """投资限额为四百万元, 起征点是5000元: a number a limit noun states (cue role limit_noun, right before it or
    before 为, 是, 定为) is the limit, a threshold; a limit the plan changes (上限提高到…) is left to later rules."""
    start = max(_clause_start(c), c.m.start() - _LIMIT_LOOK)
    return "threshold" if any(c.index.text[m.end():c.m.start()] in _STATES_LIMIT
                              for m in c.resources.cue("limit_noun").finditer(c.index.text, start, c.m.start())) else None


def eligibility_age(c: Candidate) -> str | None:
    """年满60周岁, 14岁以下子女, 80岁的老人: an age that bounds who is meant (after 满, 年满, 未满, 不满; with
    以上, 以下, 以内; before 的 or a noun) is an eligibility condition, a threshold. An age that is
    measured (人均预期寿命达到76.7岁) is left to the later rules."""
    if c.category != "age":
        return None
    bounded = c.post in ("以上", "以下", "以内") or c.index.text.endswith(_AGE_BOUND, 0, c.m.start()) \
        or c.nxt == "的" or bool(re.match(r"[\u4e00-\u9fff]", c.nxt or ""))
    return "threshold" if bounded else None


def _clause_start(c: Candidate) -> int:
    """Where the number's clause starts; a clause of comparison (，比上年增长一倍) belongs to the one before."""
    start = c.index.last_before("，；。\n", c.core_start) + 1
    if c.index.text.startswith("比", start) and start > 0 and c.index.text[start - 1] == "，":
        start = c.index.last_before("，；。\n", start - 1) + 1
    return start


def planned_starting_value(c: Candidate) -> str | None:
    """将由1957年的42%提高到60%: the level a change starts from, in a clause that plans the change (a plan
    cue before the number), is a baseline, though the cue makes the clause's other numbers targets."""
    if starting_value(c) and (c.index.has_match(c.resources.cue("plan"), _clause_start(c), c.core_start)
                              or named_year(c) == "target"):
        return "baseline"  # a plan cue in its clause, or a year ahead named in its sentence (到2020年…从…提高到…)
    return None


def population_size(c: Candidate) -> str | None:
    """十几亿人口的消费潜力, 13亿人口的大国, 八亿农民, 数百万难民: the size of a population stated in counts of 万
    or 亿 (in 人口, or a Chinese count right before the people it counts: cue role people_noun) is a fact of the
    present, even in a plan; not when a verb in its clause acts on the people (减少1000万贫困人口, 解决…人口的
    温饱, 转移, 新增 …: cue role acts_on_people)."""
    before_people = not c.unit and _counts_in_myriads(c) and c.resources.cue("people_noun").match(c.index.text, c.m.end())
    if not before_people and (c.unit != "人口" or not (c.mult or re.search("[万亿]", c.num))):
        return None
    acted_on = c.index.has_match(c.resources.cue("acts_on_people"), _clause_start(c), c.core_start)
    return None if acted_on else "achieved"


def plan_cue(c: Candidate) -> str | None:
    """力争到2019年底…: a plan cue (cue role plan) in the clause before the number makes it a target, even in a
    summary."""
    return "target" if c.index.has_match(c.resources.cue("plan"), _clause_start(c), c.core_start) else None


def achieved_cue(c: Candidate) -> str | None:
    """截至…, 荣获, 已完成, 过去五年, 去年, 增长了: a look back earlier in the sentence makes the number a result
    (cue role achieved). In a part that plans, the cue must be in the number's own clause: 先后在58个城市
    进行了试点，今年试点城市扩大到110个 looks back for 58, not for 110."""
    start = _clause_start(c) if c.part in PLANNING_PARTS else c.index.sentence_bounds(c.core_start)[0]
    return "achieved" if c.index.has_match(c.resources.cue("achieved"), start, c.core_start) else None


def named_year(c: Candidate) -> str | None:
    """2009年国内生产总值达到…: the last year named before the number in its sentence places it in time —
    before the plan's period, a result; after it, or 到/至 a year from the period's start on, a target;
    比2010年 (the base of a comparison), 由/从1957年 (where a change or a period starts) and 面向2030年的
    (what a thing is for) decide nothing."""
    first, last = c.period
    if first is None:
        return None
    sentence_start, _ = c.index.sentence_bounds(c.core_start)
    year = c.index.last_match(_RE_YEAR, sentence_start, c.core_start)
    if year is None:
        return None
    value = int(year.group(1)) if year.group(1).isdigit() else digit_string(year.group(1))
    before = c.index.text[max(0, year.start() - 1):year.start()]
    if before in ("到", "至"):  # 到2020年: the time a target is set for
        return "target" if value >= first else None
    if before in ("比", "较", "与", "同", "由", "从"):  # 比2010年, 由1957年的42%: the base of a comparison or the
        return None  # start of a change or of a period says nothing of the time of the number
    if c.index.text.endswith(_YEAR_OF_A_NOUN, max(0, year.start() - 2), year.start()):
        return None  # 面向2030年的项目: the year names what a thing is for, not when the number is
    if value < first:
        return "achieved"
    return "target" if value > (last or first) else None


def summary_part(c: Candidate) -> str | None:
    """A number in a 总结/回顾 part reports a result."""
    return "achieved" if c.part == "summary" else None


def sentence_looks_back(c: Candidate) -> str | None:
    """A sentence whose own words look back (:mod:`analysis.orientation`: 过去, 已, 取得了 … outweighing
    要, 将, 力争 … by at least 2) reports a result, even outside a summary part; but not a number whose own
    clause, in a part that plans, names the plan's year (今年, 明年, 年内)."""
    if c.part in PLANNING_PARTS and c.index.has_match(_RE_THIS_YEAR, _clause_start(c), c.core_start):
        return None  # 这几年…进行了试点，今年试点城市扩大到110个: the number's own clause speaks of the plan year
    bounds = c.index.sentence_bounds(c.core_start)
    cues = c.index.memo(("orientation", bounds, c.period),  # once per sentence, however many numbers it holds
                        lambda: orientation(c.index.text[bounds[0]:bounds[1]], c.resources, period=c.period))
    return "achieved" if cues.label(_SENTENCE_LEAD) == REVIEW else None


def starting_value(c: Candidate) -> str | None:
    """由每人每年380元提高到420元, 现行16%的税率降至13%: the level a planned change starts from.

    The number follows 由, 从, 现行 or 目前的 in its clause and a change to another
    level (提高到, 降至, 调整为 …) follows it: a baseline. In a sentence that looks
    back it was decided by an earlier rule (a past change is a result).
    """
    clause_start = c.index.last_before(_BOUNDARY, c.core_start) + 1
    if not c.index.has_match(_RE_FROM, clause_start, c.core_start):
        return None
    return "baseline" if _RE_CHANGE_TO.match(c.index.text, c.m.end()) else None


def commitment(c: Candidate) -> str | None:
    """Any other quantity of a plan is a target."""
    return "target"


#: The rules in the order they are tried.
RULES: tuple[Callable[[Candidate], str | None], ...] = (
    inside_longer_numeral, part_of_code, placeholder_or_model, word_with_one, numeral_in_a_word,
    ordinal, plan_period, numbered_slogan, edition, political_formula, named_count, label_unit, quoted_code,
    not_a_number, chinese_word, no_unit,
    calendar_date,
    scope_condition, per_unit_cap, stated_limit, eligibility_age, planned_starting_value, population_size,
    plan_cue, achieved_cue, named_year, summary_part,
    sentence_looks_back, starting_value, commitment,
)


def classify(c: Candidate, rules=RULES) -> tuple[str, str]:
    """(kind, name of the rule that decided) for a candidate; kind is :data:`DROP` when it is no quantity.

    The rules are tried in order; the first that returns something other
    than ``None`` decides.

    Parameters
    ----------
    c : Candidate
        The number.
    rules : sequence of callable, default RULES
        The rules, each taking a :class:`Candidate` and returning a kind,
        :data:`DROP` or ``None``.

    Returns
    -------
    kind : str
        ``target``, ``achieved``, ``baseline``, ``threshold``, ``date``,
        ``label`` or :data:`DROP`.
    rule : str
        The name of the rule that decided; ``""`` when none did (the kind is
        then :data:`DROP`).

    Examples
    --------
    >>> from analysis.loader import load_resources
    >>> resources = load_resources()
    >>> text = "由每人每年380元提高到420元。"
    >>> [classify(candidate(m, TextIndex(text), "plan", resources)) for m in quantity_pattern(resources).finditer(text)]
    [('baseline', 'starting_value'), ('target', 'commitment')]
    >>> classify(candidate(quantity_pattern(resources).search(text), TextIndex(text), "plan", resources), rules=())
    ('drop', '')
    """
    for rule in rules:
        kind = rule(c)
        if kind:
            return kind, rule.__name__
    return DROP, ""
