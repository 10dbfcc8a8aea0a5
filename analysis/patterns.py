"""Patterns of Chinese official text, each written once: characters, outline markers, numerals.

``HAN``                 the character class of Chinese characters (CJK unified, extension A, compatibility)
``OUTLINE_MARKERS``     the numbering grammar of official documents, in outline order:
                        第一部分 > 一、 > （一） > 1. > （1） > ①
``RE_LINE_MARKER``      any outline marker at the start of a line
``RE_MARKER_ONLY``      a line that is nothing but a marker ("8." on its own line)
``RE_ANNEX_START``      the line where an annex (附件, 附表) begins
``RE_RESPONSIBLE``      a trailing （责任单位：…） list of responsible units
``parse_number``        the value of an Arabic or Chinese numeral
``outline_number``      the value of an outline marker's number
"""

from __future__ import annotations

import re

__all__ = [
    "HAN",
    "RE_HAN",
    "CN_DIGITS",
    "OUTLINE_MARKERS",
    "RE_LINE_MARKER",
    "RE_MARKER_ONLY",
    "RE_ANNEX_START",
    "RE_RESPONSIBLE",
    "parse_number",
    "outline_number",
]

#: Chinese characters: CJK unified ideographs, extension A and compatibility ideographs.
HAN = r"\u3400-\u9fff\uf900-\ufaff"
RE_HAN = re.compile(f"[{HAN}]")
#: Digits of Chinese numerals (两 and 〇 included).
CN_DIGITS = "零〇一二两三四五六七八九"
_CN_ORDINAL = "[一二三四五六七八九十]+"

#: (kind, pattern) in outline order, the position being the level. Group 1 is the number.
OUTLINE_MARKERS = (
    ("part", rf"第({_CN_ORDINAL})(?:部分|章)"),
    ("cn", rf"({_CN_ORDINAL})、"),
    ("cn_paren", rf"（({_CN_ORDINAL})）"),
    ("arabic", r"(\d{1,2})(?:[.、](?!\d)|．)"),
    ("arabic_paren", r"（(\d{1,2})）"),
    ("circled", r"([①-⑳])"),
)
#: Any outline marker at the start of a line.
RE_LINE_MARKER = re.compile("^(?:" + "|".join(p for _, p in OUTLINE_MARKERS) + ")")
#: A line that is only a marker (parts excepted: 第一部分 on its own line is a heading).
RE_MARKER_ONLY = re.compile("^(?:" + "|".join(p for k, p in OUTLINE_MARKERS if k != "part") + ")$")
#: Where an annex (附件 / 附表) begins.
RE_ANNEX_START = re.compile(r"^(?:附\s*件|附\s*表)(?:\s*\d+)?(?:[:：\s]|$)")
#: A trailing list of responsible units; group 1 holds the units.
RE_RESPONSIBLE = re.compile(r"（(?:责任单位|责任部门|牵头单位|责任部室|责任处室)[:：]([^（）]*)）\s*$")

_DIGIT_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}


def parse_number(text: str) -> float | None:
    """Value of an Arabic or Chinese numeral, or None when it is not a number.

    A Chinese numeral's units must fall as it is read (三千五百, not 二十二十).

    >>> [parse_number(s) for s in ("3000", "1,200", "1.5", "一万", "两", "二十三", "三千五百", "一百零五")]
    [3000.0, 1200.0, 1.5, 10000.0, 2.0, 23.0, 3500.0, 105.0]
    >>> [parse_number(s) for s in ("十三五", "二十二十", "一一")]
    [None, None, None]
    """
    text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        pass
    total, section, current, last_unit = 0.0, 0.0, None, None
    for ch in text:
        if ch in "零〇" and last_unit is not None and current is None:
            continue  # 一百零五: 零 holds an empty place
        if ch in _DIGIT_VALUES:
            if current is not None:
                return None  # two digits in a row (十三五, 一一): not a number
            current = _DIGIT_VALUES[ch]
        elif ch in _SMALL_UNITS:
            if last_unit is not None and _SMALL_UNITS[ch] >= last_unit:
                return None  # units must fall: 二十二十 is not a number
            section += (current if current is not None else 1) * _SMALL_UNITS[ch]
            current, last_unit = None, _SMALL_UNITS[ch]
        elif ch in ("万", "亿"):
            section += current or 0
            total = (total + section) * (1e4 if ch == "万" else 1e8)
            section, current, last_unit = 0.0, None, None
        else:
            return None
    return total + section + (current or 0)


def outline_number(numeral: str) -> int | None:
    """Value of an outline marker's number (三, 十二, 7, ③), or None when it is not one.

    >>> [outline_number(s) for s in ("三", "十", "十二", "二十", "二十三", "7", "③", "二十二十一")]
    [3, 10, 12, 20, 23, 7, 3, None]
    """
    if len(numeral) == 1 and "①" <= numeral <= "⑳":
        return ord(numeral) - ord("①") + 1
    value = parse_number(numeral)
    return int(value) if value is not None and value == int(value) else None
