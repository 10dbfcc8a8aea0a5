"""Repair and normalise a plan's text, reporting every change.

Cleaning never edits a raw file: it takes the decoded text and returns a new
text plus a per-step report (lines and characters removed, joined or changed,
with examples), so a reader can see what was done to each document. Every
step is general: it looks for patterns of Chinese web pages, PDF line breaks
and encoding damage, not for the wording of a particular plan.

The steps, in order:

``markup``       only for a page's HTML source (a saved ``.html`` page, or its source in a
                 ``.txt``): the tags taken off, the text a browser shows kept, a block a
                 line (:mod:`analysis.markup`)
``markdown``     only for Markdown (a word-processor file converted: ``## 一、…``, ``**…**``,
                 ``1\\. …``): its marks taken off, the words kept (:mod:`analysis.markup`)
``bbcode``       only for a forum's BBCode (``[align=center][b]…[/b][/align]``): its tags taken
                 off, a block a line (:mod:`analysis.markup`)
``newlines``     CRLF/CR and other line separators to ``\\n``; invisible characters
                 (zero-width space, joiners, byte-order mark, soft hyphen), spaces at
                 line edges and blank lines at both ends removed
``simplified``   Traditional characters to Simplified, when the text is Traditional
``damage``       unambiguous encoding damage repaired (``“中国梦?劳动美”`` → ``·``)
``pinyin``       only when a page glosses characters with their reading: the readings
                 removed (``计(jì)划`` → ``计划``)
``paragraph_marks`` only when a converter left a mark at the end of each paragraph (…工作回顾hd9): the
                 same short token of letters and digits ending at least five lines, a fifth of them,
                 and three quarters of its occurrences, removed
``table_rows``   only for a progress table written a row a line (序号 | 工作任务 | 牵头单位 | 进展情况, or
                 with spaces between cells) under a header on one line: a tab between its cells
                 (:func:`analysis.progress_tables.tabbed_table_rows`), so that neither the menu and
                 spaces rules nor line joining take its cells apart
``web_clutter``  site navigation, view counters, "related articles" lists,
                 stray page numbers and page dates, a printed document's running heads
                 (:mod:`analysis.clutter`)
``flat_text``    only for a text run into long lines (a page copied without its line
                 breaks): run-in outline markers after a sentence end, a colon or a
                 space put on lines of their own (:mod:`analysis.reflow`)
``width``        full-width digits/letters to ASCII; a comma between groups of three
                 digits to ``,``; a middle dot used as a decimal point to ``.``;
                 half-width punctuation, brackets and double quotes in Chinese context
                 to the full-width forms; one middle dot
``spaces``       spaces between Chinese characters, and between digits spaced out one
                 by one (``4 6 2 8 0 亿元``), removed (PDF artefacts)
``page_dump``    only for a document-sharing site's page dump (1、…2、…, pages run
                 together): pages joined back, run-in outline markers put on lines of
                 their own (:mod:`analysis.reflow`); reported after ``line_breaks``
``line_breaks``  lines broken mid-sentence or after an item number joined back
                 (:mod:`analysis.linebreaks`)
``cover``        only when there is a cover notice (印发通知): where the plan body
                 begins; nothing is removed

``width`` and ``spaces`` are repeated until neither changes anything (each can
make work for the other), and reported with their totals.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .clutter import remove_web_clutter
from .loader import Resources, load_resources
from .linebreaks import join_broken_lines, split_lines
from .markup import bbcode_text, is_bbcode, is_markdown, is_markup, markdown_text, markup_text
from .patterns import CJK_PUNCT, HAN, RE_HAN, RE_SPACES_BETWEEN
from .progress_tables import tabbed_table_rows
from .reflow import reflow_flat_lines, reflow_page_dump

__all__ = [
    "CleaningStep",
    "CleanedText",
    "clean_text",
    "find_cover_end",
    "is_traditional",
    "simplified",
    "half_width",
    "without_pinyin_notes",
    "han_count",
    "CIRCLES",
    "RE_LATIN_ZERO",
]

_CJK_PUNCT = CJK_PUNCT
_RE_CJK = re.compile(f"[{HAN}{_CJK_PUNCT}]")

_RE_COVER_NOTICE = re.compile(r"关于印发[《“\"](.+?)[》”\"]的通知"
                              # a notice whose title line is lost, by its first sentence: 《…》已经省政府同意，现印发给你们
                              r"|^《([^》]{4,80})》(?:[和及、]?《[^》]{4,80}》){0,4}(?:已经|已|经)[^，。]{0,24}(?:同意|通过|批准)"
                              r"[，,]\s*(?:现(?:印发|转发)给?你们|请)")
#: A reading in pinyin with a tone mark glossed after a character (计(jì)划, 农（nóng）村).
#: The letters of pinyin with its tone marks.
PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ"
RE_PINYIN_NOTE = re.compile(rf"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[{PINYIN_LETTERS}]{{1,7}}[)）]")
_RE_QUOTED = re.compile(r"“([^”\n]{3,60})”")
_RE_SPACES_BETWEEN = RE_SPACES_BETWEEN
#: Digits spaced out one by one (``4 6 2 8 0 亿元``, ``5 .4 %``: typesetting or PDF artefacts), before a
#: Chinese character or a percent sign. A run must be spaced throughout (no two digits side by side), so
#: numbers that a space separates (``10 20``, ``2018 2019``) stay apart.
#: The run is taken whole (possessive) and may only begin at its first digit, so each is read once.
_RE_SPACED_DIGITS = re.compile(f"(?<![0-9.])(?<![0-9.] )[0-9](?: (?:\\.?[0-9]|[%‰]))++(?:(?<=[%‰])|(?= ?[{HAN}%‰]))")
#: A middle dot between digits before a percent sign or a magnitude is a decimal point (增长19·5%); a dot
#: in a date name (5·12地震) is followed by other characters and stays.
_RE_DECIMAL_DOT = re.compile(r"(?<=[0-9])·(?=[0-9]+(?:[%‰]|[万亿倍]))")
#: A run of Chinese numerals in which a circle (○, ◯) stands for the zero 〇 (一九八○年, 一百○八), as typesetting
#: and OCR write it: read whole, then its circles after a numeral are made 〇 (circles that open a run, a
#: bullet before 一是…, stay).
CIRCLES = "○◯"
_RE_NUMERAL_RUN = re.compile(rf"[一二三四五六七八九十百千〇零{CIRCLES}]+")
_NUMERAL_CIRCLES = str.maketrans(CIRCLES, "〇" * len(CIRCLES))
#: A Latin O or a digit 0 typed for 〇 between Chinese numerals (二O三五年, 二0一九年): the zero of the numeral.
RE_LATIN_ZERO = re.compile(r"(?<=[一二三四五六七八九〇零])[Oo0]+(?=[一二三四五六七八九〇零十])")
_EDGE_SPACES = " \u3000\u00a0"
_RE_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
#: Characters that show nothing: zero-width space and joiners, word joiner, byte-order mark, soft hyphen.
_RE_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
#: A full-width comma between digit groups of three is a thousands separator (６６６，２２８，０００元).
_RE_DIGIT_GROUP_COMMA = re.compile(r"(?<=\d)[，,](?=\d{3}(?!\d))")

# Full-width forms turned to ASCII: digits, letters and the signs of quantities.
_FULLWIDTH_TO_ASCII = {
    **{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "％": "%", "＋": "+", "－": "-", "．": ".", "／": "/", "＜": "<", "＝": "=", "＞": ">",
    "＃": "#", "＆": "&", "＊": "*", "＠": "@", "＿": "_",
    "﹪": "%",  # the small form of % (95﹪以上), as some pages print it
}
_MIDDLE_DOTS = "•‧・･∙"
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}


@dataclass(frozen=True)
class CleaningStep:
    """What one cleaning step did to one document.

    Parameters
    ----------
    step : str
        The step's name (``newlines``, ``simplified``, ``damage``,
        ``web_clutter``, ``width``, ``spaces``, ``line_breaks``, ``cover``).
    description : str
        What the step does, in plain words (it may say what was left alone).
    changes : int, default 0
        How many changes the step made (lines, characters or places, as fits
        the step).
    lines_removed : int, default 0
        Non-blank lines removed.
    lines_joined : int, default 0
        Lines joined onto the line before them.
    chars_removed : int, default 0
        Characters removed.
    chars_changed : int, default 0
        Characters replaced by others.
    examples : str, default ""
        Up to three examples of what was changed, separated by `` | ``
        (line breaks shown as ``⏎``).

    Examples
    --------
    >>> CleaningStep("spaces", "spaces inside Chinese text removed", changes=2, chars_removed=2).chars_removed
    2
    """

    step: str
    description: str
    changes: int = 0
    lines_removed: int = 0
    lines_joined: int = 0
    chars_removed: int = 0
    chars_changed: int = 0
    examples: str = ""


@dataclass(frozen=True)
class CleanedText:
    """The cleaned text, the report of each step, and where the plan body begins.

    Made by :func:`clean_text`.

    Parameters
    ----------
    text : str
        The cleaned text.
    steps : tuple of CleaningStep
        The report, one entry per step in the order they ran.
    cover_end : int
        The offset in ``text`` where the plan body begins after a cover
        notice (0 when there is none; see :func:`find_cover_end`).
    is_traditional : bool
        True when the text was written in Traditional characters (and was
        converted).
    notes : tuple of str, default ()
        What was left on purpose (a footer-like line with body text after it).
    """

    text: str
    steps: tuple[CleaningStep, ...]
    cover_end: int
    is_traditional: bool
    notes: tuple[str, ...] = ()


def without_pinyin_notes(text: str) -> tuple[str, int]:
    """``text`` without the pinyin readings glossed after characters (计(jì)划 → 计划), and how many there were.

    >>> without_pinyin_notes("行动计(jì)划和附件(1)")
    ('行动计划和附件(1)', 1)
    """
    return RE_PINYIN_NOTE.subn("", text)


#: A token a converter may leave at a paragraph's end (hd9): a few letters, perhaps digits, after a character
#: that is not a letter or digit.
PARAGRAPH_MARK = r"[A-Za-z]{1,4}[0-9]{0,3}"
#: Such a token ending a line.
_RE_LINE_END_TOKEN = re.compile(rf"(?<=[^\sA-Za-z0-9])({PARAGRAPH_MARK})[ \t]*$", re.M)
#: How many lines, and what share of the lines with text, a paragraph mark must end.
_PARAGRAPH_MARK_MIN, _PARAGRAPH_MARK_SHARE = 5, 0.2
#: What share of a mark's occurrences must end lines.
_PARAGRAPH_MARK_AT_ENDS = 0.75


def without_paragraph_marks(text: str) -> tuple[str, int]:
    """``text`` without the mark a converter left at the end of each paragraph (各位代表:hd9), and how many.

    A mark is a token of a few letters and digits that ends at least :data:`_PARAGRAPH_MARK_MIN` lines, a
    :data:`_PARAGRAPH_MARK_SHARE` of the lines with text, and stands almost nowhere else (at least
    :data:`_PARAGRAPH_MARK_AT_ENDS` of its occurrences end lines: not GDP or PM10, which a text writes inside
    its sentences too).

    >>> without_paragraph_marks("各位代表:hd9\\n现在,我代表县人民政府\\n向大会报告工作。hd9\\n一、回顾hd9\\n正文。hd9\\n二、任务hd9")
    ('各位代表:\\n现在,我代表县人民政府\\n向大会报告工作。\\n一、回顾\\n正文。\\n二、任务', 5)
    """
    ends = Counter(m.group(1) for m in _RE_LINE_END_TOKEN.finditer(text))
    if not ends:
        return text, 0
    token, n = ends.most_common(1)[0]
    lines = sum(1 for line in text.split("\n") if line.strip())
    if n < _PARAGRAPH_MARK_MIN or n < _PARAGRAPH_MARK_SHARE * lines or n < _PARAGRAPH_MARK_AT_ENDS * text.count(token):
        return text, 0
    return re.sub(rf"(?<=[^\sA-Za-z0-9]){re.escape(token)}[ \t]*$", "", text, flags=re.M), n


def han_count(text: str) -> int:
    """Number of Chinese characters in ``text``.

    Counts the code points of the CJK Unified Ideographs (with Extension A)
    and the CJK Compatibility Ideographs; digits, letters and punctuation are
    not counted.

    Parameters
    ----------
    text : str
        The text.

    Returns
    -------
    int
        How many of its characters are Chinese.

    Examples
    --------
    >>> han_count("2018年工会")
    3
    """
    return int(np.count_nonzero(_is_han(_code_points(text))))


def _code_points(text: str) -> np.ndarray:
    """The code points of ``text`` as an array of unsigned 32-bit integers."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _is_han(codes: np.ndarray) -> np.ndarray:
    """Mask of the code points in the ranges of ``RE_HAN``."""
    return ((codes >= 0x3400) & (codes <= 0x9FFF)) | ((codes >= 0xF900) & (codes <= 0xFAFF))


def _examples(items: list[str], n: int = 3) -> str:
    """The first ``n`` items, each cut to 60 characters with line breaks shown as ⏎, joined by `` | ``."""
    return " | ".join(s.replace("\n", "⏎")[:60] for s in items[:n])


def _strip_line_edges(text: str) -> str:
    """Spaces (ASCII, ideographic, no-break) removed at the start and end of every line."""
    return "\n".join(line.strip(_EDGE_SPACES) for line in text.split("\n"))


def _reflow_flat(text: str, steps: list, notes: list, resources: Resources | None) -> str:
    """The text with a flat text's run-in outline markers on lines of their own (:func:`reflow_flat_lines`); a
    ``flat_text`` step is added to ``steps`` only when there was one. The lines it makes are new lines for the
    clutter rules (a breadcrumb run into the text is one of them now): those run again on them."""
    out, split = reflow_flat_lines(text)
    if split:
        _merge_step(steps, CleaningStep("flat_text", "a text run into long lines: run-in outline markers put on "
                                        "lines of their own", changes=split))
        out = _without_clutter(out, steps, notes, resources)
    return out


def _without_clutter(text: str, steps: list, notes: list, resources: Resources | None) -> str:
    """The ``web_clutter`` step (:func:`analysis.clutter.remove_web_clutter`), merged into ``steps``; its notes
    added to ``notes``."""
    out, removed, found = remove_web_clutter(text, resources)
    notes += found
    _merge_step(steps, CleaningStep(
        "web_clutter",
        "web-page clutter removed: navigation, page counters and bylines, interface lines, captions, "
        "a trailing footer or licence block, stray page numbers and dates, a printed document's running heads, "
        "a template site's collection titles and labels, style-sheet rules",
        changes=len(removed),
        lines_removed=_nonblank_lines(text) - _nonblank_lines(out),  # a counter or label cut from a line is no line
        chars_removed=len(text) - len(out),  # the line breaks of the lines removed too
        examples=_examples(removed),
    ))
    return out


def _nonblank_lines(text: str) -> int:
    """The number of lines of ``text`` holding more than white space."""
    return sum(bool(line.strip()) for line in text.split("\n"))


def _merge_step(steps: list, step: CleaningStep) -> None:
    """Add ``step`` to ``steps``, or, when a step of its name is there (a pass again), sum the two in its place."""
    before = next((k for k, s in enumerate(steps) if s.step == step.step), None)
    if before is None:
        steps.append(step)
    else:
        steps[before] = _sum_steps([steps[before], step])


def _normalize_newlines(text: str) -> tuple[str, CleaningStep]:
    """The ``newlines`` step: line ends made ``\\n``, invisible characters and edge spaces and blank lines removed."""
    crlf = text.count("\r\n")
    invisible = len(_RE_INVISIBLE.findall(text))
    out = _RE_NEWLINES.sub("\n", _RE_INVISIBLE.sub("", text) if invisible else text)
    edges = _strip_line_edges(out)
    stripped = edges.strip("\n")
    return stripped, CleaningStep(
        "newlines",
        "line ends made \\n; invisible characters (zero-width space, joiners, BOM), spaces at the start "
        "and end of lines, blank lines at the ends removed",
        changes=crlf + invisible + (len(text) - invisible - len(out))
        + sum(a != b for a, b in zip(out.split("\n"), edges.split("\n"))),
        chars_removed=len(text) - len(stripped),
    )


@lru_cache(maxsize=1)
def _t2s():
    """The OpenCC Traditional-to-Simplified converter, made once."""
    import opencc

    return opencc.OpenCC("t2s")


def is_traditional(text: str, *, threshold: float = 0.05) -> bool:
    """True when at least ``threshold`` of the Chinese characters are Traditional forms.

    The Chinese characters of ``text`` are converted with OpenCC (``t2s``); a
    character that the conversion changes counts as Traditional.

    Parameters
    ----------
    text : str
        The text.
    threshold : float, default 0.05
        The share of the Chinese characters that must be Traditional.

    Returns
    -------
    bool
        Whether the text is written in Traditional characters; False for a
        text without Chinese characters.

    Examples
    --------
    >>> is_traditional("職工之家與勞動關係"), is_traditional("职工之家与劳动关系")
    (True, False)
    """
    codes = _code_points(text)
    han = codes[_is_han(codes)]
    if not len(han):
        return False
    sample = han.tobytes().decode("utf-32-le")
    converted = _t2s().convert(sample)
    return _differing(sample, converted) / len(han) >= threshold


def simplified(text: str) -> str:
    """``text`` in Simplified characters when it is written in Traditional ones (see :func:`is_traditional`).

    A text that is not Traditional is returned as it is, so the few
    Traditional forms a Simplified text may quote are kept.

    Parameters
    ----------
    text : str
        The text.

    Returns
    -------
    str
        The text converted with OpenCC (``t2s``) when it is Traditional, else
        ``text`` itself.

    Examples
    --------
    >>> simplified("我代表國務院"), simplified("我代表国务院")
    ('我代表国务院', '我代表国务院')
    """
    return _t2s().convert(text) if is_traditional(text) else text


def _differing(a: str, b: str) -> int:
    """Positions where two texts differ, compared character by character up to the shorter length."""
    if a == b:
        return 0
    n = min(len(a), len(b))
    return int(np.count_nonzero(_code_points(a[:n]) != _code_points(b[:n])))


def _to_simplified(text: str) -> tuple[str, CleaningStep, bool]:
    """The ``simplified`` step: the text in Simplified characters, the report, and whether it was Traditional."""
    if not is_traditional(text):
        return text, CleaningStep("simplified", "text is Simplified Chinese; nothing converted"), False
    out = _t2s().convert(text)
    changed = _differing(text, out)
    return out, CleaningStep(
        "simplified",
        "Traditional characters converted to Simplified (OpenCC t2s) so the dictionary and lexicons apply",
        changes=changed,
        chars_changed=changed,
    ), True


def _repair_damage(text: str) -> tuple[str, CleaningStep]:
    """The ``damage`` step: a ``?`` between the Chinese parts of a quoted slogan made ``·`` (others only counted)."""
    repaired: list[str] = []

    def fix_quote(m: re.Match) -> str:
        inner = m.group(1)
        if "?" not in inner:
            return m.group(0)
        parts = inner.split("?")
        if all(len(RE_HAN.findall(p)) >= 2 and len(RE_HAN.findall(p)) == len(p) for p in parts):
            repaired.append(m.group(0))
            return "“" + "·".join(parts) + "”"
        return m.group(0)

    out = _RE_QUOTED.sub(fix_quote, text)
    lost = [m.group(0) for m in _RE_LOST_INDENT.finditer(out)] + [
        m.group(0)[len(m.group(1)):] for m in _RE_LOST_SPACE_AFTER_NUMBER.finditer(out)]  # its ? only
    out = without_lost_indents(out)
    left = len(re.findall(f"(?<=[{HAN}])\\?(?=[{HAN}])", out)) + out.count("\ufffd")
    desc = "a '?' standing for a lost middle dot between the parts of a quoted slogan restored as '·'"
    if lost:
        desc += (f"; {len(lost)} line(s) began with '?' or U+FFFD standing for a lost indent (????2022年，…), or had one"
                 " for the space after a chapter's number (第一章?发展基础): removed")
    if left:
        desc += f"; {left} other suspicious '?'/U+FFFD left as they are (ambiguous)"
    n = sum(m.count("?") for m in repaired)
    return out, CleaningStep("damage", desc, changes=n + len(lost), chars_changed=n,
                             chars_removed=sum(len(x) for x in lost), examples=_examples(repaired + lost))


#: Question marks or U+FFFD (two or more) at a line's start: a full-width indent lost in an encoding (????2022年，…).
_RE_LOST_INDENT = re.compile(r"(?m)^[ \t\u3000]*(?:\?|\ufffd){2,}(?=\S)")
#: A question mark or U+FFFD between a chapter's, section's or part's number and its title at a line's start
#: (第一章?发展基础与发展环境, 第一节?发展基础): the space between them lost in an encoding, never a question.
_RE_LOST_SPACE_AFTER_NUMBER = re.compile(
    r"(?m)^([ \t\u3000]*第[一二三四五六七八九十百零〇\d]{1,4}[章节篇節])(?:\?|？|\ufffd)+(?=[\u4e00-\u9fff])")


def without_lost_indents(text: str) -> str:
    """``text`` without the question marks or U+FFFD that stand for a lost indent at a line's start (????一、综合 →
    一、综合), as the ``damage`` step of :func:`clean_text` removes them.

    >>> without_lost_indents("标题\\n????2022年，全市经济增长。")
    '标题\\n2022年，全市经济增长。'
    >>> without_lost_indents("第一章?发展基础与发展环境")  # the space after a chapter's number, lost
    '第一章 发展基础与发展环境'
    """
    return _RE_LOST_SPACE_AFTER_NUMBER.sub(r"\1 ", _RE_LOST_INDENT.sub("", text))


_WIDTH_TABLE = str.maketrans({**_FULLWIDTH_TO_ASCII, **{d: "·" for d in _MIDDLE_DOTS}})
_HALF_WIDTH_TABLE = str.maketrans(_FULLWIDTH_TO_ASCII)


def half_width(text: str) -> str:
    """``text`` with full-width digits, letters and signs of quantities made ASCII, character for character (the
    ``width`` step does so too): what the metadata reads.

    >>> half_width("常州市总工会２０２０年工作要点")
    '常州市总工会2020年工作要点'
    """
    return text.translate(_HALF_WIDTH_TABLE)
_RE_WIDTH_CHANGED = re.compile("[" + re.escape("".join(_FULLWIDTH_TO_ASCII) + _MIDDLE_DOTS) + "]")
_RE_HALF_PUNCT = re.compile(r"[,;:!?]")
#: A pair of ASCII brackets around up to 200 characters of one line.
_RE_ASCII_PARENS = re.compile(r"\(([^()\n]{1,200})\)")
#: A pair of ASCII double quotes on one line, paired left to right (a page's "五位一体").
_RE_ASCII_QUOTED = re.compile(r'"([^"\n]{1,60})"')


def _full_width_pairs(text: str, pattern: re.Pattern, opening: str, closing: str) -> tuple[str, int]:
    """``text`` with each pair ``pattern`` finds (its group 1 inside) made ``opening``…``closing`` when what it
    encloses holds Chinese ((…) → （…）, "…" → “…”), and the marks changed."""
    changed = 0

    def pair(m: re.Match) -> str:
        nonlocal changed
        if RE_HAN.search(m.group(1)):
            changed += 2
            return opening + m.group(1) + closing
        return m.group(0)

    return pattern.sub(pair, text), changed


def _normalize_width(text: str) -> tuple[str, CleaningStep]:
    """The ``width`` step: full-width digits and letters made ASCII, punctuation next to Chinese made full-width."""
    changed = sum(1 for _ in _RE_WIDTH_CHANGED.finditer(text))
    out = text.translate(_WIDTH_TABLE) if changed else text
    out, decimal_dots = _RE_DECIMAL_DOT.subn(".", out)
    changed += decimal_dots
    out, circles = _zeros_of_numerals(out)
    changed += circles
    zeros = [len(m.group()) for m in RE_LATIN_ZERO.finditer(out)]
    if zeros:
        out = RE_LATIN_ZERO.sub(lambda m: "〇" * len(m.group()), out)
        changed += sum(zeros)
    out, separators = _RE_DIGIT_GROUP_COMMA.subn(",", out)
    changed += sum(1 for m in _RE_DIGIT_GROUP_COMMA.finditer(text) if m.group(0) == "，") if separators else 0

    def is_cjk(c: str) -> bool:
        return bool(c) and bool(_RE_CJK.match(c))

    # Half-width punctuation next to Chinese text becomes full-width (left to right, so a
    # converted mark counts as Chinese for the next one).
    pieces: list[str] = []
    last = 0
    converted_at = -2
    for m in _RE_HALF_PUNCT.finditer(out):
        i, ch = m.start(), m.group(0)
        prev = out[i - 1] if i else ""
        if i - 1 == converted_at:
            prev = _HALF_TO_FULL[prev]
        nxt = out[i + 1] if i + 1 < len(out) else ""
        if ch in ",:" and prev.isdigit() and nxt.isdigit():
            continue  # 1,000 and 12:30 stay as they are
        if is_cjk(prev) or (is_cjk(nxt) and not prev.isascii()) or (is_cjk(nxt) and ch in ",;:"):
            pieces.append(out[last:i])
            pieces.append(_HALF_TO_FULL[ch])
            last = i + 1
            converted_at = i
            changed += 1
    pieces.append(out[last:])
    out = "".join(pieces)
    out, parens = _full_width_pairs(out, _RE_ASCII_PARENS, "（", "）")
    out, quotes = _full_width_pairs(out, _RE_ASCII_QUOTED, "“", "”")  # "五位一体": a name quoted as pages write it
    changed += parens + quotes
    return out, CleaningStep(
        "width",
        "full-width digits, letters and %+-./ (and the small ﹪) made ASCII; a comma between groups of three digits made ','; "
        "a middle dot used as a decimal point made '.'; a circle used as a zero in Chinese numerals made 〇; "
        ", ; : ! ? ( ) next to Chinese and \" \" around it made full-width; "
        "middle dots unified",
        changes=changed,
        chars_changed=changed,
    )


def _zeros_of_numerals(text: str) -> tuple[str, int]:
    """``text`` with each circle inside a run of Chinese numerals made 〇 (一九八○年 → 一九八〇年), and how many.

    >>> _zeros_of_numerals("一九八○年，一百○八项，○○○，○一是")
    ('一九八〇年，一百〇八项，○○○，○一是', 2)
    """
    if not any(c in text for c in CIRCLES):
        return text, 0
    count = 0

    def zero(m: re.Match) -> str:
        nonlocal count
        run = m.group(0)
        lead = len(run) - len(run.lstrip(CIRCLES))
        circles = sum(run.count(c, lead) for c in CIRCLES)
        if not circles:
            return run
        count += circles
        return run[:lead] + run[lead:].translate(_NUMERAL_CIRCLES)

    return _RE_NUMERAL_RUN.sub(zero, text), count


def _collapse_spaces(text: str) -> tuple[str, CleaningStep]:
    """The ``spaces`` step: spaces next to Chinese characters or punctuation removed (tabs kept)."""
    found: list[str] = []

    def drop(m: re.Match) -> str:
        found.append(m.group(0))
        return ""

    def join(m: re.Match) -> str:
        found.extend(" " * m.group(0).count(" "))
        return m.group(0).replace(" ", "")

    out = _RE_SPACES_BETWEEN.sub(drop, _RE_SPACED_DIGITS.sub(join, text))
    return out, CleaningStep(
        "spaces",
        "spaces inside Chinese text and between spaced-out digits (PDF and web artefacts) removed; tabs kept",
        changes=len(found),
        chars_removed=len(text) - len(out),
    )


#: The shortest line that, beginning the title a cover notice names, begins the body (吉林省国民经济和社会发展 / 第十四个…).
_TITLE_START_MIN = 8


def find_cover_end(text: str) -> int:
    """Offset where a plan's body begins after a cover notice, or 0 without one.

    A cover notice (印发通知) names the plan it transmits (关于印发《X》的通知, or
    in its first sentence where its title line is lost: 《X》已经省政府同意，现印发给你们)
    in one of the first 30 lines; the body begins at the first later line that
    repeats the title X (spaces ignored, at most six characters more; not the
    notice's list of attachments, 附件：X) or begins it (eight characters or more: a title broken over lines),
    or else after the line, from the notice's on and within 15 lines of it, that asks the recipients to
    carry the plan out (印发给你们, 请认真贯彻, 遵照执行 …).

    Parameters
    ----------
    text : str
        The plan's text (lines separated by ``\\n``).

    Returns
    -------
    int
        The offset of the first line of the body; 0 when the text has no
        cover notice, or when neither the title nor such a request follows it.

    Examples
    --------
    >>> t = "关于印发《某市工会2021年工作要点》的通知\\n各区：现印发给你们。\\n某市工会2021年工作要点\\n正文"
    >>> t[find_cover_end(t):].splitlines()[0]
    '某市工会2021年工作要点'
    """
    lines, offsets = split_lines(text)
    for i, line in enumerate(lines[:30]):
        m = _RE_COVER_NOTICE.search(line)
        if not m:
            continue
        title = re.sub(r"\s+", "", next(g for g in m.groups() if g))
        for k in range(i + 1, len(lines)):
            candidate = re.sub(r"\s+", "", lines[k])
            whole = title in candidate and len(candidate) <= len(title) + 6
            begun = len(candidate) >= _TITLE_START_MIN and title.startswith(candidate)  # the title broken over lines
            if candidate and (whole or begun) \
                    and not candidate.startswith("附件"):  # 附件：… the notice's list of what it sends, not the body
                return offsets[k]
        for k in range(i, min(len(lines), i + 15)):  # (the request may end the notice's first sentence itself)
            if re.search(r"印发给你们|请结合实际|请认真贯彻|遵照执行|抓好落实", lines[k]):
                return offsets[k + 1] if k + 1 < len(lines) else len(text)
    return 0


def _sum_steps(steps: list[CleaningStep]) -> CleaningStep:
    """The reports of the repeats of one step as one: the counts summed, name and examples of the first."""
    first = steps[0]
    return CleaningStep(
        first.step,
        first.description,
        changes=sum(s.changes for s in steps),
        lines_removed=sum(s.lines_removed for s in steps),
        lines_joined=sum(s.lines_joined for s in steps),
        chars_removed=sum(s.chars_removed for s in steps),
        chars_changed=sum(s.chars_changed for s in steps),
        examples=first.examples,
    )


def _settle_width_and_spaces(text: str, width_total: list, space_total: list) -> str:
    """Repeat the width and space steps until neither changes anything; their steps are added to the lists."""
    for _ in range(5):
        text, width_step = _normalize_width(text)
        text, space_step = _collapse_spaces(text)
        width_total.append(width_step)
        space_total.append(space_step)
        if not width_step.changes and not space_step.changes:
            break
    return text


def _without_marks(text: str, steps: list) -> str:
    """The ``markup``, ``markdown`` and ``bbcode`` steps, each only when the text is of its kind (appended to
    ``steps``)."""
    if is_markup(text):  # a page's source: what a browser shows, before anything reads lines
        out, tags = markup_text(text)
        steps.append(CleaningStep("markup", "HTML markup taken off: tags, scripts and styles; a block a line",
                                  changes=tags, chars_removed=len(text) - len(out)))
        text = out
    if is_markdown(text):  # a converted word-processor file: ## 一、…, **…**, 1\. …
        out, marks = markdown_text(text)
        steps.append(CleaningStep("markdown", "Markdown marks taken off: headings' hashes, bullets, bold marks, "
                                  "escapes", changes=marks, chars_removed=len(text) - len(out)))
        text = out
    if is_bbcode(text):  # a forum's post: [align=center][b]…[/b][/align]
        out, tags = bbcode_text(text)
        steps.append(CleaningStep("bbcode", "a forum's BBCode tags taken off: bold, size, font, colour; a block a line",
                                  changes=tags, chars_removed=len(text) - len(out)))
        text = out
    return text


def clean_text(text: str, resources: Resources | None = None) -> CleanedText:
    """Clean a decoded plan document and report every change.

    The steps run in the order the module docstring lists. Cleaning is
    idempotent: cleaning a cleaned text changes nothing. The cover notice, if
    any, is not removed; :attr:`CleanedText.cover_end` says where it ends.

    Parameters
    ----------
    text : str
        The decoded text of one document (see :func:`analysis.corpus.decode_text`).
    resources : Resources or None, default None
        The word lists of web-page clutter (``clutter_words.csv``); ``None``
        means the project's (:func:`analysis.loader.load_resources`).

    Returns
    -------
    CleanedText
        The cleaned text, one :class:`CleaningStep` per step (``cover`` only
        when there is a cover notice), where the body begins, whether the text
        was Traditional, and notes on footer-like lines kept.

    Examples
    --------
    >>> c = clean_text("一、总体要求\\r\\n\\r\\n深化拓展“中国梦?劳动美?幸福路”教育，组织\\r\\n\\r\\n 职工参加 １０ 场活动。")
    >>> c.text
    '一、总体要求\\n\\n深化拓展“中国梦·劳动美·幸福路”教育，组织职工参加10场活动。'
    >>> [s.step for s in c.steps if s.changes]
    ['newlines', 'damage', 'width', 'spaces', 'line_breaks']
    """
    steps = []
    text = _without_marks(text, steps)
    out, step = _normalize_newlines(text)
    steps.append(step)
    out, step, traditional = _to_simplified(out)
    steps.append(step)
    out, step = _repair_damage(out)
    steps.append(step)
    glossed, n_pinyin = without_pinyin_notes(out)
    if n_pinyin:  # a page that glosses characters with their reading (计(jì)划); reported only when there is one
        steps.append(CleaningStep("pinyin", "pinyin readings after characters removed (计(jì)划 → 计划)",
                                  changes=n_pinyin, chars_removed=len(out) - len(glossed)))
    out = glossed
    unmarked, n_marks = without_paragraph_marks(out)
    if n_marks:  # a converter's mark at each paragraph's end (…工作回顾hd9); reported only when there is one
        steps.append(CleaningStep("paragraph_marks", "a converter's mark at each paragraph's end removed (…回顾hd9)",
                                  changes=n_marks, chars_removed=len(out) - len(unmarked)))
    out = unmarked
    tabbed, n_rows = tabbed_table_rows(out)
    if n_rows:  # a progress table written a row a line (序号 | 工作任务 | 牵头单位 | 进展情况); reported only when there is one
        steps.append(CleaningStep("table_rows", "a progress table's header and rows, written one a line with marks "
                                  "or spaces between cells, set out with a tab between cells (kept apart, never joined)",
                                  changes=n_rows, chars_removed=len(out) - len(tabbed)))
    out = tabbed
    notes: list[str] = []
    out = _without_clutter(out, steps, notes, resources)
    out = _reflow_flat(out, steps, notes, resources)  # before spaces settle: a space is where a break was lost
    # Width and spaces each can make work for the other ("工 ?" → "工?" → "工？"):
    # repeat both until neither changes anything, and report their totals.
    width_total, space_total = [], []
    out = _settle_width_and_spaces(out, width_total, space_total)
    out, pages_joined, markers_split = reflow_page_dump(out)
    part_rules = (resources or load_resources()).part_rules  # a heading's decisive words stop a join
    joined_text, joined = join_broken_lines(
        out, lambda line: any(decisive and pattern.search(line) for _, pattern, decisive in part_rules))
    line_step = CleaningStep(
        "line_breaks",
        "lines broken mid-sentence or after an item number joined back",
        changes=len(joined),
        lines_joined=len(joined),
        chars_removed=len(out) - len(joined_text),
        examples=_examples(joined),
    )
    # A joined line can set punctuation beside Chinese ("之\n?" → "之?"): settle width and spaces again; and it can
    # make a line long enough for a flat text's reflow, which cleaning the result again would apply.
    out = _settle_width_and_spaces(joined_text, width_total, space_total) if joined else joined_text
    out = _reflow_flat(out, steps, notes, resources) if joined else out
    steps += [_sum_steps(width_total), _sum_steps(space_total), line_step]
    if pages_joined or markers_split:  # a document-sharing site's page dump (reported only when there is one)
        steps.append(CleaningStep(
            "page_dump", "a document-sharing site's pages joined back and run-in outline markers put on lines "
            "of their own", changes=pages_joined + markers_split, lines_joined=pages_joined))
    cover_end = find_cover_end(out)
    if cover_end:
        cover = out[:cover_end]
        steps.append(
            CleaningStep(
                "cover",
                "cover notice (印发通知) kept apart from the plan body (part 'cover'); nothing removed",
                changes=1,
                examples=_examples([cover.strip()]),
            )
        )
    return CleanedText(text=out, steps=tuple(steps), cover_end=cover_end, is_traditional=traditional, notes=tuple(notes))
