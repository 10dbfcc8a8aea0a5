"""Numbers found in a text and what the quantity rules read about them (:mod:`analysis.target_rules`).

:func:`quantity_pattern` finds a number with its qualifiers, multiplier and unit; :func:`candidate` makes of
each match a :class:`Candidate`: the unit, qualifiers, value, approximation and direction, the characters
around the number, whether it is quoted, and the plan's period.

>>> from analysis.loader import load_resources
>>> resources = load_resources()
>>> text = "全年新建职工之家10家。"
>>> c = candidate(quantity_pattern(resources).search(text), TextIndex(text), "plan", resources)
>>> c.num, c.unit, c.value
('10', '家', 10.0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .loader import Resources
from .patterns import CN_DIGITS, digit_string, parse_number
from .textindex import TextIndex

__all__ = ["Candidate", "quantity_pattern", "candidate", "BOUNDARY", "RATIO_COLONS", "SIZE_CLASS_NOUN", "MAGNITUDE_CLASS_NOUN", "ROMAN_GRADE",
           "clause_start"]

#: What bounds a clause around a number: punctuation, brackets and quotes.
BOUNDARY = "，。；：！？\n\t（）()“”《》"

#: (No fraction that is a year before 年: 附件：1.2025年…任务清单 is a list's number 1, then the year. A minus sign after a
#: measure's word, a colon, 比 or a list's 分别 or 、 makes the number negative: 增速-4.7%, 增长为-2.1%, 同比分别-6.2%、
#: -19.3%, and so do a list's last 和 (21.6%和-2.9%: round 219) and 至 or 到 (气温降至-5℃); a range's dash does not,
#: 2021年-2025年. The sign is a hyphen, a full-width minus or the minus sign: －3.5%, −3.5%. Thousands may be set
#: apart by a space, as a typeset table or a PDF copy has them (全县涌现先进工作者1 100人, 113 614人), when the unit
#: follows the last group.)
_NUM_AR = (r"(?:(?<=[速幅长率为是比别、：:（(，,至到和])[-－−](?=\d))?"
           r"(?:(?<![\d.])\d{1,3}(?:[ \u00a0\u2009]\d{3})+(?=[^\d\s])|\d+(?:,\d{3})*)(?:\.(?!(?:19|20)\d{2}年)\d+)?")
#: The colons that join the terms of a ratio (2.8:56.1:41.1, 2.2∶1, 13.6 ﹕ 42.1) or a clock's numbers (9:30).
RATIO_COLONS = ":：∶︰﹕"
#: A ratio in Arabic digits, its terms joined by colons (spaces allowed): one quantity, as a reader cites it
#: (三次产业结构调整为2.0:56.4:41.6; a term alone means nothing), a term with its minus where it fell (拉动增长-0.1:0.4:4.3
#: 个百分点). A clock's 9:30 matches too; the rules drop it.
_RATIO_AR = (rf"(?:(?<=[速幅长率为是比别、：:（(，,至到])[-－−](?=\d))?"  # a term may fall: 贡献率分别是-1.6:8.0:93.6
             rf"(?<![\d.])\d++(?:\.\d++)?(?:[ \u3000]*+[{RATIO_COLONS}][ \u3000]*+[-－−]?\d++(?:\.\d++)?)+"
             rf"(?![\d.{RATIO_COLONS}年月日号时分秒\-—–~～至到])")  # not 图1：2011-2015年 (a number, then years)
#: A fraction in Arabic digits (减少1/3以上, 精简1/4): a share, like 三分之一.
_FRACTION_AR = r"(?<![\d/.])[1-9]\d?/[1-9]\d?(?![\d/.])"
#: Arabic digits with Chinese magnitudes between them: 1万6千(多户), 2万5千(公里), 1亿3千万, 3万2千(亿元: 3.2万亿); or a 千 or
#: 百 before the multiplier (进出口总额突破1千亿美元, 3千万元, 5百万人: round 216).
_NUM_MIXED = r"\d+(?:万\d+[千百](?![万亿])|万\d+千(?=亿)|亿\d+千万|[千百](?=万|亿))"
# A Chinese numeral starts with a digit or 十 (百姓, 千万, 万众 are words), or with a bare 百/千/万 only after
# 近, 上, 逾, 每 or 数; the possessive run keeps a long run of numeral characters from being rescanned at every
# position (see quantity_pattern).
_SEP = r"[-~～—–至到]"
#: A bare 百, 千, 万 (百万, 千万) before one of these measure words is a round count (组织万名职工疗休养, 打造千个驿站,
#: 开展百场体检): not before a numeral or another such count, nor after one (千家万户, 百村千户, 千人一面, 万人空巷,
#: 百家争鸣, 成千上万, 万家忧乐: set phrases and slogans).
_BARE_COUNT = r"(?:名|个|场|家|所|项|户|人(?![一空])|支|间|座|套|批|期|部)(?![万千百争灯姓忧])"
#: A bare 亿 or 千万 of yuan that names a size class of what follows (签约投资亿元以上产业项目228个, 落地过亿元项目74个,
#: 注册资金千万元以上46家, 产值超亿元的工业企业, 亿元楼): one hundred million, ten million; the rules make it a threshold.
#: What such a magnitude of yuan names the size class of, right after 元 (亿元楼, 亿元项目, 千万元工业企业, 亿元级, 超亿元的…).
SIZE_CLASS_NOUN = r"级|的|(?:重点|重大|产业|工业)?(?:项目|企业|楼)"
#: What a bare magnitude of 亿 names the size class of without 级 (千亿产业集群, 万亿城市, 万亿之城, 千亿县, 百亿项目, 超百亿工业企业,
#: 超百亿元水利工程; 连跨4个千亿台阶, a count of the levels): the least size of the things named, a threshold.
MAGNITUDE_CLASS_NOUN = r"产业|集群|城市|之城|县(?!域)|园区|(?:重点|重大|产业|工业|水利)?(?:项目|企业|工程)|(?<=个[百千万]亿)台阶|(?<=个[百千万]亿元)台阶"
_BARE_SIZE_CLASS = (r"(?<![\d一二三四五六七八九十百千万亿几两数上近逾])(?:千万|亿)"
                    rf"(?=元(?:及?以上|{SIZE_CLASS_NOUN}))")
#: A grade in Roman numerals, or a range of them, before 类 (Ⅲ类水体, Ⅰ-Ⅲ类水质, III类): a class of water quality and the
#: like; its value is :func:`roman_value`'s.
_ROMAN = r"(?:[ⅠⅡⅢⅣⅤ]|IV|V|I{1,3})"
#: What joins the two grades of a range (Ⅰ-Ⅲ, Ⅰ～Ⅲ, Ⅰ至Ⅲ).
_ROMAN_RANGE_SEP = "[-~～—–至]"
#: A Roman grade or a range of them, as the number of a candidate (name_rules.quality_grade reads it so).
ROMAN_GRADE = rf"{_ROMAN}(?:{_ROMAN_RANGE_SEP}{_ROMAN})?"
_GRADE_ROMAN = rf"(?<![A-Za-z]){ROMAN_GRADE}(?=[类類])"
_ROMAN_VALUES = {"Ⅰ": 1, "Ⅱ": 2, "Ⅲ": 3, "Ⅳ": 4, "Ⅴ": 5, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}


def roman_value(num: str) -> float | None:
    """The grade a Roman numeral writes, the last of a range (Ⅰ-Ⅲ: 3, the worst class admitted), or ``None``.

    >>> roman_value("Ⅲ"), roman_value("Ⅰ-Ⅲ"), roman_value("IV"), roman_value("3")
    (3.0, 3.0, 4.0, None)
    """
    last = re.split(_ROMAN_RANGE_SEP, num)[-1]
    return float(_ROMAN_VALUES[last]) if last in _ROMAN_VALUES else None


#: Marks that end a clause or sentence: a quote holding one is a quoted sentence, not a name; nor is a quote
#: that runs on past this many characters after a number in it.
_SENTENCE_MARKS = "，。；：！？"
_QUOTED_NAME_MAX = 30
#: Qualifiers after a number that make it approximate and are read by the pattern itself (六十几个: sixty-odd).
_APPROX = ("余", "多", "几")


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
    # a bare 百, 千, 万 after 近, 上, 逾 or with 数 before it (近百个, 上百万, 数百万; not 成千上万): about a hundred …; after 每
    # the denominator of a rate (每百斤大豆, 每百户): one hundred …;
    # a bare 百, 千, 万 before a measure word of a count, 余 or 多 between (组织万名职工, 打造千个驿站, 千余家), and
    # before 余次 or 多次 (宣传推介百余次; not 千万次试验, a saying: _BARE_COUNT);
    # a bare 万 after 超, 破 (学习人数破万, 超万人; not 读书破万卷);
    # and a bare magnitude of 万 or 亿 after 超, 破, 达 (超千亿元, 突破万亿元, 达百亿级), of 亿 after 过, 越 (连续两年过万亿元,
    # 跨越千亿级台阶; not 经过, 通过 …): over a hundred billion …; and of 亿 before 级 (千亿级产业集群, 万亿元级): a size class
    bare = (rf"(?:数|(?<=[近上逾每])(?<!千上)|(?<=[超破达])(?=[百千]?[百千万]?亿|[百千]万)"
            rf"|(?<=[过越])(?<![经通不度渡穿]过)(?=[百千]?[百千万]?亿)|(?=[百千]?[百千万]?亿(?:元|美元)?(?:级|{MAGNITUDE_CLASS_NOUN}))"
            rf"|(?<=[超破])(?=万(?!卷))"
            rf"|(?<![{CN_DIGITS}十百千万亿几两第每成])(?<![百千万][\u4e00-\u9fff])(?=(?:百|千|万|百万|千万)(?:[余多]次|[余多]?{_BARE_COUNT})))"
            rf"(?!百分之)(?=[百千万])(?:{cn_char})++")
    num_cn = rf"(?:(?:(?:几(?=十))?[{CN_DIGITS}十]|几(?=[百千万亿]))(?:{cn_char})*+|{bare})(?:点[{CN_DIGITS}]+)?"
    num = (rf"(?:百分之{num_cn}|[{CN_DIGITS}十百]+分之[{CN_DIGITS}十]+|一半|{_FRACTION_AR}|{_RATIO_AR}|{_NUM_MIXED}|{_NUM_AR}"
           rf"|{_BARE_SIZE_CLASS}|{_GRADE_ROMAN}|{num_cn})")
    mult = "|".join(f"{m}(?![{CN_DIGITS}十]{not_unit[m]})" for m in "万亿千百")
    guards = resources.unit_guards  # 成 not before 不变, 为 …: 一成不变 is no tenth
    def alternation(some_units) -> str:
        return "|".join(re.escape(u) + (f"(?!{guards[u]})" if u in guards else "") for u in some_units)

    units_alt = alternation(units)
    dates_alt = alternation(u for u in units if resources.units[u][2] == "date")
    pre_guards = resources.qualifier_guards  # 签约5亿元: the 约 ends a word, it is no "about"
    pre_alt = "|".join((f"(?<!{pre_guards[q]})" if q in pre_guards else "") + re.escape(q) for q in pre)
    return re.compile(
        rf"(?P<pre>(?:{pre_alt})\s*)?"
        # a range that repeats its unit (15亿元到20亿元; not 1500万元到21个, money then a count), or one of dates
        # (七月到一九五三年底, 1984年末至1985年)
        rf"(?P<num>{num})(?:(?P<u1>[ \u3000]?%)|(?P<mu1>(?:{mult})?(?:(?P<unit1>{units_alt})"
        rf"(?=\s*{_SEP}\s*{num}(?:{mult})?(?P=unit1))|(?:{dates_alt})(?=\s*{_SEP}\s*{num}))"
        # or only its multiplier (200亿—500亿元, 50万-100万元: round 209)
        rf"|(?P<mult1>{mult})(?=\s*{_SEP}\s*{num}(?P=mult1))))?"
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
    restates : str, default ""
        The kind of the quantity right before it when this one restates it
        (增长26%，即增加一百二十七亿元), else ``""``.
    breaks_down : str, default ""
        The kind of the total a clause opening on 其中 breaks down, when this
        one is in that clause's sentence (代表696名。其中工会工作者452名), else ``""``.
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
    restates: str = ""  # the kind of the quantity this one restates (…，即…)
    breaks_down: str = ""  # the kind of the total this one is a part of (…。其中…)
    total_category: str = ""  # the unit category of that total (people, money …)

    @property
    def core_start(self) -> int:
        """The offset of the number itself (after a pre-qualifier)."""
        return self.m.start("num")

    @property
    def ratio(self) -> bool:
        """Whether the number is a ratio of terms joined by colons (2.0:56.4:41.6; a clock's 9:30 too)."""
        return _is_ratio(self.num)

    @property
    def category(self) -> str:
        """The unit's category in ``units.csv`` (``currency``, ``date``, ``age`` …); ``""`` when unknown."""
        return self.resources.units.get(self.unit, ("", 1.0, ""))[2]


def _is_ratio(num: str) -> bool:
    """Whether a number as written is a ratio's terms joined by colons (2.0:56.4:41.6)."""
    return any(colon in num for colon in RATIO_COLONS)


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
              period: tuple = (None, None), restates: str = "", breaks_down: str = "",
              total_category: str = "") -> Candidate:
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
    restates : str, default ""
        The kind of the quantity this one restates, if it does.
    breaks_down : str, default ""
        The kind of the total this one is a part of, after 其中, if it is.
    total_category : str, default ""
        The unit category of that total.

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
    mult = m.group("mult") or ""
    ratio = _is_ratio(num)
    if not unit and not mult and num.isascii() and not ratio:
        unit, mult = _shared_unit(m, text)  # 分别提高15、22个百分点: 15 is in 个百分点 too
    value = share if share is not None else parse_number(num.lstrip("几数"))  # 几十年: some tens of years
    if ratio:
        value = None  # a ratio has no one value
    if value is None and unit == "类":
        value = roman_value(num)  # Ⅲ类水体: a grade
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
        m=m, index=index, part=part, resources=resources, num=num, unit=unit, mult=mult,
        pre=pre, post=post, approx=approx, value=value,
        chinese=not any(c.isdigit() and c.isascii() for c in num),
        prev=text[core_start - 1] if core_start else "",
        after=text[m.end("num"):m.end("num") + 1],
        nxt=text[m.end()] if m.end() < len(text) else "",
        quoted=_inside_a_quoted_name(index, core_start),
        direction=direction,
        period=period,
        restates=restates,
        breaks_down=breaks_down,
        total_category=total_category,
    )


#: How many numbers of a list joined by 、 are looked through for the unit they share (15、22、30个百分点).
_SHARED_UNIT_LOOK = 6


def _shared_unit(m: re.Match, text: str) -> tuple[str, str]:
    """(unit, multiplier) a bare Arabic number shares with the Arabic numbers after it in a list joined by 、,
    its last one by 和, 及, 与 or 或 (15、22个百分点, 1.8、2.1万亿元, 1980、1981年, 2.3、11.1和4.6个百分点): those of the
    first of them that has one, looked through for a few numbers only (linear in the text); ``("", "")`` when
    none has."""
    pos = m.end()
    for _ in range(_SHARED_UNIT_LOOK):
        if not text.startswith(("、", "和", "及", "与", "或"), pos):
            break
        nxt = m.re.match(text, pos + 1)
        if nxt is None or nxt.group("pre") or not nxt.group("num").isascii():
            break  # Chinese numerals joined so are an approximation (一、二千万亩, 两、三年内) or a marker (一、2005年…)
        if nxt.group("unit") or nxt.group("u1") or nxt.group("mult"):
            return nxt.group("unit") or ("%" if nxt.group("u1") else ""), nxt.group("mult") or ""
        pos = nxt.end()
    return "", ""


def clause_start(c: Candidate) -> int:
    """Where the number's clause starts; a clause of comparison (，比上年增长一倍) belongs to the one before."""
    start = c.index.last_before("，；。\n", c.core_start) + 1
    if c.index.text.startswith("比", start) and start > 0 and c.index.text[start - 1] == "，":
        start = c.index.last_before("，；。\n", start - 1) + 1
    return start
