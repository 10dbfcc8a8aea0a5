"""Patterns of Chinese official text, each written once: characters, outline markers, numerals.

``HAN``                 the character class of Chinese characters (CJK unified, extension A, compatibility)
``OUTLINE_MARKERS``     the numbering grammar of official documents, in outline order:
                        第一部分 > 一、 > （一） > 1. > （1） > ①
``RE_LINE_MARKER``      any outline marker at the start of a line
``RE_MARKER_ONLY``      a line that is nothing but a marker ("8." on its own line)
``RE_ANNEX_START``      the line where an annex (附件, 附表) begins
``RE_APPENDIX_START``   the line where a glossary or notes begin (名词解释, 注释, 附录)
``RE_RESPONSIBLE``      a trailing （责任单位：…） list of responsible units
``RE_SALUTATION``       a line that only addresses the audience (各位代表：, 同志们！)
``parse_number``        the value of an Arabic or Chinese numeral
``outline_number``      the value of an outline marker's number
"""

from __future__ import annotations

import re

__all__ = [
    "HAN",
    "bracket_open",
    "CLOCK_TIME",
    "NEWS_TIME_LEAD",
    "RE_HAN",
    "CJK_PUNCT",
    "RE_SPACES_BETWEEN",
    "CN_DIGITS",
    "OUTLINE_MARKERS",
    "RE_LINE_MARKER",
    "RE_MARKER_ONLY",
    "RE_ANNEX_START",
    "RE_APPENDIX_START",
    "RE_RESPONSIBLE",
    "RE_SALUTATION",
    "FUNCTION_WORD_ENDS",
    "parse_number",
    "digit_string",
    "CHANGE_VERBS",
    "RE_FIVE_YEAR_PLAN",
    "five_year_plan_years",
    "five_year_plan_of",
    "year_value",
    "outline_number",
]

#: Chinese characters: CJK unified ideographs, extension A and compatibility ideographs.
HAN = r"\u3400-\u9fff\uf900-\ufaff"
RE_HAN = re.compile(f"[{HAN}]")
#: Chinese punctuation: CJK symbols, full-width forms, curly quotes, ellipsis, dash, middle dot.
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018-\u201f\u2026\u2014\u00b7"
#: Spaces next to Chinese characters or punctuation: the cleaning's ``spaces`` step removes them, and page
#: clutter is matched as that step will leave a line.
RE_SPACES_BETWEEN = re.compile(
    f"(?<=[{HAN}{CJK_PUNCT}])[ \u3000\u00a0]+(?=\\S)|(?<=\\S)[ \u3000\u00a0]+(?=[{HAN}{CJK_PUNCT}])"
)
#: Digits of Chinese numerals (两 and 〇 included).
CN_DIGITS = "零〇一二两三四五六七八九"
_CN_ORDINAL = "[一二三四五六七八九十]+"

#: (kind, pattern) in outline order, the position being the level. Group 1 is the number.
OUTLINE_MARKERS = (
    ("volume", rf"第({_CN_ORDINAL})篇"),  # a development plan's outline: 第一篇 > 第一章 > 第一节 > 一、
    ("part", rf"第({_CN_ORDINAL})(?:部分|章)"),
    ("chapter_section", rf"第({_CN_ORDINAL})节"),
    ("cn", rf"({_CN_ORDINAL})、"),
    ("cn_paren", rf"（({_CN_ORDINAL})）"),
    ("arabic", r"(\d{1,2})(?:\.(?!\d)|[、．])"),  # 3、2022年… is an item; 2.5亿元 is a number
    ("arabic_paren", r"（(\d{1,2})）"),
    ("circled", r"([①-⑳])"),
)
#: Any outline marker at the start of a line.
RE_LINE_MARKER = re.compile("^(?:" + "|".join(p for _, p in OUTLINE_MARKERS) + ")")
#: Markers that are headings on a line of their own (第一部分, 第三章, 第二节).
_HEADING_KINDS = ("volume", "part", "chapter_section")
#: A line that is only a marker (parts excepted: 第一部分 on its own line is a heading).
RE_MARKER_ONLY = re.compile("^(?:" + "|".join(p for k, p in OUTLINE_MARKERS if k not in _HEADING_KINDS) + ")$")
#: Where an annex (附件 / 附表) begins.
RE_ANNEX_START = re.compile(r"^(?:附\s*件|附\s*表)(?:\s*\d+)?(?:[:：\s]|$)")
#: Where an appendix begins: a glossary or notes (名词解释, 注释, 字库未存字注释, 附录) on a line of its own.
RE_APPENDIX_START = re.compile(r"(?:[\u4e00-\u9fff]{0,8}(?:注释|解释)|附注|附录|注)[:：]?")
#: A trailing list of responsible units; group 1 holds the units.
RE_RESPONSIBLE = re.compile(r"（(?:责任单位|责任部门|牵头单位|责任部室|责任处室)[:：]([^（）]*)）\s*$")

#: The hour of the day after a date (1月26日上午9时, 3时30分许, 9:30).
CLOCK_TIME = r"(?:\d{1,2}[时点](?:\d{1,2}分)?许?|\d{1,2}[:：]\d{2})"
#: When a news story's lead says it happened, opening it (日前，…; 近日，…; 3月9日上午，…; 1月26日上午9时，…): a pattern
#: to match at a line's start; the line it opens starts a story's body, never the rest of the headline above it.
NEWS_TIME_LEAD = rf"(?:日前|近日|昨日|昨天|今天|今日|\d{{1,2}}月\d{{1,2}}日(?:上午|下午|晚上?)?{CLOCK_TIME}?)[，,]"
#: A line that only addresses the audience of a speech or report (各位代表：, 各位代表！, 同志们！).
RE_SALUTATION = re.compile(r"^(?:各位|尊敬的|同志们|亲爱的|女士们)[^。，]{0,20}[:：]?$")
#: Function words a sentence or a heading cannot end with (a line ending with one was broken).
FUNCTION_WORD_ENDS = "了的和与及或在对为把被从向以同跟给由所之其"

_DIGIT_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0, "两": 2}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
#: A numeral's parts: a run of Arabic digits, or one character.
_RE_NUMERAL_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)?|.", re.S)
#: A space that sets thousands apart (1 100, 113 614), as the quantity pattern reads them.
_RE_SPACED_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u2009](?=\d{3})")


def parse_number(text: str) -> float | None:
    """Value of an Arabic or Chinese numeral, or None when it is not a number.

    A Chinese numeral's units must fall as it is read (三千五百, not 二十二十).

    Parameters
    ----------
    text : str
        The numeral: Arabic digits (thousands separators ``,`` allowed, a
        decimal point too) or Chinese numerals with 十, 百, 千, 万 and 亿.

    Returns
    -------
    float or None
        The value; ``None`` when ``text`` is not a number.

    Examples
    --------
    >>> [parse_number(s) for s in ("3000", "1,200", "1.5", "一万", "两", "二十三", "三千五百", "一百零五")]
    [3000.0, 1200.0, 1.5, 10000.0, 2.0, 23.0, 3500.0, 105.0]
    >>> [parse_number(s) for s in ("一亿二千万", "一亿零五百万", "两万亿", "十三点七")]
    [120000000.0, 105000000.0, 2000000000000.0, 13.7]
    >>> [parse_number(s) for s in ("1万6千", "2万5千", "1亿3千万")]  # Arabic digits with Chinese magnitudes
    [16000.0, 25000.0, 130000000.0]
    >>> [parse_number(s) for s in ("百万", "万", "亿", "千万")]  # a bare magnitude (几万, 上百万, 数亿)
    [1000000.0, 10000.0, 100000000.0, 10000000.0]
    >>> [parse_number(s) for s in ("十三五", "二十二十", "一一")]
    [None, None, None]
    """
    text = text.replace(",", "").replace("－", "-").replace("−", "-")  # a full-width minus, the minus sign
    text = _RE_SPACED_THOUSANDS.sub("", text)  # thousands set apart by a space (1 100)
    try:
        return float(text)
    except ValueError:
        pass
    whole, point, decimals = text.partition("点")
    if point:
        fraction = digit_string(decimals)
        base = parse_number(whole)
        return None if fraction is None or base is None else base + fraction / 10 ** len(decimals)
    total, wan, section, current, last_unit = 0.0, 0.0, 0.0, None, None
    for ch in _RE_NUMERAL_TOKEN.findall(text):  # a run of Arabic digits is one digit: 1万6千
        if ch in "零〇" and current is None:
            continue  # 一百零五, 一亿零五百万: 零 holds an empty place
        if ch in _DIGIT_VALUES or ch[0].isdigit():
            if current is not None:
                return None  # two digits in a row (十三五, 一一): not a number
            current = _digit_value(ch)
        elif ch in _SMALL_UNITS:
            if last_unit is not None and _SMALL_UNITS[ch] >= last_unit:
                return None  # units must fall: 二十二十 is not a number
            section += (current if current is not None else 1) * _SMALL_UNITS[ch]
            current, last_unit = None, _SMALL_UNITS[ch]
        elif ch == "万":  # a bare 万 or 亿 (几万, 上万, 亿) counts one
            wan = (wan + section + (current or 0)) * 1e4 or 1e4
            section, current, last_unit = 0.0, None, None
        elif ch == "亿":
            total = (total + wan + section + (current or 0)) * 1e8 or 1e8
            wan, section, current, last_unit = 0.0, 0.0, None, None
        else:
            return None
    return total + wan + section + (current or 0)


def _digit_value(part: str) -> float:
    """The value of a digit of a numeral: a Chinese digit, or a run of Arabic digits (the 16 of 16万)."""
    return float(_DIGIT_VALUES[part]) if part in _DIGIT_VALUES else float(part)


def digit_string(text: str) -> int | None:
    """Value of Chinese digits read one by one (一九五三 → 1953, 〇五 → 5), or None.

    >>> digit_string("一九五三"), digit_string("二〇一八"), digit_string("十三")
    (1953, 2018, None)
    """
    if not text or any(ch not in _DIGIT_VALUES for ch in text):
        return None
    return int("".join(str(_DIGIT_VALUES[ch]) for ch in text))


def bounded_sentence_start(text: str, at: int, reach: int, marks: str = "。！？!?") -> int:
    """Where the sentence holding offset ``at`` of ``text`` starts: right after the last of ``marks`` before it, looked
    for no further than ``reach`` characters back (so that many calls over a text without sentence ends cost linear
    time; the start is then ``at - reach``).

    >>> bounded_sentence_start("去年建成10家。今年将新建12家。", 12, 100)
    8
    >>> bounded_sentence_start("今年将新建12家", 7, 3)
    4
    """
    floor = max(0, at - reach)
    return max(max(text.rfind(mark, floor, at) for mark in marks) + 1, floor)


def bracket_open(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` opens more round brackets (full-width or not) than it closes: what follows it stands
    inside a bracket (…排名全市第1位（预期目标为…, …（见 第三章 …).

    >>> bracket_open("排名第1位（预期目标为"), bracket_open("（一）预期目标为")
    (True, False)
    """
    end = len(text) if end is None else end
    return (text.count("（", start, end) + text.count("(", start, end)
            > text.count("）", start, end) + text.count(")", start, end))


def year_value(text: str) -> int:
    """A year written in Arabic or Chinese digits (2018, 二〇一八, 一九五○) as a number.

    >>> year_value("2018"), year_value("二〇一八"), year_value("一九五○")
    (2018, 2018, 1950)
    """
    return int(text) if text.isdigit() else digit_string(text)


#: Verbs of a change of level (提高到, 降至, 调整为 … with 到, 至 or 为 after them).
CHANGE_VERBS = "提高|提升|增加|增长|扩大|降低|下降|减少|下调|上调|调整|缩小|压缩|降|减"
#: A five-year plan named before a figure: “十一五”期间, 十二五末, 第六个五年计划时期 (group ``short``: the middle
#: numeral of 十N五, empty for the tenth, 十五; group ``long``: the N of 第N个五年计划; group ``end``: 末).
RE_FIVE_YEAR_PLAN = re.compile(
    r"(?:[“\"]?十(?P<short>[一二三四五六七八九]?)五[”\"]?|第(?P<long>[一二三四五六七八九十]+)个五年)"
    r"(?:计划|规划)?(?:期间|时期|(?P<end>末)|计划|规划)")


def five_year_plan_years(number: int) -> tuple[int, int]:
    """The years of China's ``number``-th five-year plan (the first 1953–1957; the third began in 1966).

    >>> five_year_plan_years(1), five_year_plan_years(6), five_year_plan_years(11), five_year_plan_years(14)
    ((1953, 1957), (1981, 1985), (2006, 2010), (2021, 2025))
    """
    start = 1953 + 5 * (number - 1) if number <= 2 else 1966 + 5 * (number - 3)
    return start, start + 4


def five_year_plan_of(match: re.Match) -> tuple[int, int] | None:
    """(first, last) year a :data:`RE_FIVE_YEAR_PLAN` match names (the last year alone for 末), or None.

    >>> five_year_plan_of(RE_FIVE_YEAR_PLAN.search("“十一五”期间")), five_year_plan_of(RE_FIVE_YEAR_PLAN.search("十二五末"))
    ((2006, 2010), (2015, 2015))
    >>> five_year_plan_of(RE_FIVE_YEAR_PLAN.search("第六个五年计划期间"))
    (1981, 1985)
    """
    if match.group("long"):
        number = parse_number(match.group("long"))
    else:
        number = 10 + (parse_number(match.group("short")) or 0)
    if not number or number < 1 or number > 30:
        return None
    first, last = five_year_plan_years(int(number))
    return (last, last) if match.group("end") else (first, last)


def outline_number(numeral: str) -> int | None:
    """Value of an outline marker's number (三, 十二, 7, ③), or None when it is not one.

    Parameters
    ----------
    numeral : str
        The number of the marker: Chinese, Arabic or circled (① to ⑳).

    Returns
    -------
    int or None
        The value; ``None`` when ``numeral`` is not a whole number.

    Examples
    --------
    >>> [outline_number(s) for s in ("三", "十", "十二", "二十", "二十三", "7", "③", "二十二十一")]
    [3, 10, 12, 20, 23, 7, 3, None]
    """
    if len(numeral) == 1 and "①" <= numeral <= "⑳":
        return ord(numeral) - ord("①") + 1
    value = parse_number(numeral)
    return int(value) if value is not None and value == int(value) else None
