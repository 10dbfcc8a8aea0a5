"""Repair and normalise a plan's text, reporting every change.

Cleaning never edits a raw file: it takes the decoded text and returns a new
text plus a per-step report (lines and characters removed, joined or changed,
with examples), so a reader can see what was done to each document. Every
step is general: it looks for patterns of Chinese web pages, PDF line breaks
and encoding damage, not for the wording of a particular plan.

The steps, in order:

``newlines``     CRLF/CR and other line separators to ``\\n``; spaces at line ends
``simplified``   Traditional characters to Simplified, when the text is Traditional
``damage``       unambiguous encoding damage repaired (``“中国梦?劳动美”`` → ``·``)
``width``        full-width digits/letters to ASCII; half-width punctuation in
                 Chinese context to the full-width forms; one middle dot
``web_clutter``  site navigation, view counters, "related articles" lists,
                 stray page numbers and page dates
``spaces``       spaces between Chinese characters (PDF artefacts) removed
``line_breaks``  lines broken mid-sentence or after an item number joined back
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .patterns import HAN, RE_HAN, RE_LINE_MARKER, RE_MARKER_ONLY

__all__ = [
    "CleaningStep",
    "CleanedText",
    "clean_text",
    "find_cover_end",
    "split_lines",
    "is_traditional",
    "han_count",
    "RE_ANNEX_START",
]

_CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018-\u201f\u2026\u2014\u00b7"
_RE_CJK = re.compile(f"[{HAN}{_CJK_PUNCT}]")

#: Where an annex (附件 / 附表) begins.
RE_ANNEX_START = re.compile(r"^(?:附\s*件|附\s*表)(?:\s*\d+)?(?:[:：\s]|$)")

_TERMINAL = set("。！？；：…”’）」』》!?;:)")

_RE_BREADCRUMB = re.compile(r"^(?:当前位置|您的位置|你的位置|所在位置|您现在的位置)\s*[:：]|^首页\s*[>＞»]")
_RE_PAGE_META = re.compile(
    r"^\|?\s*(?:浏览量|阅读量|浏览次数|阅读次数|点击量|点击数|点击|发布时间|发布日期|来源|作者|编辑|字号)\s*[:：|]"
)
_RE_FOOTER = re.compile(
    r"^(?:推荐访问|相关推荐|最新推荐|猜你喜欢|热门推荐|热门文章|相关文章|相关阅读|延伸阅读|上一篇|下一篇"
    r"|版权所有|版权声明|免责声明|Copyright|©)",
    re.IGNORECASE,
)
_RE_STRAY_LINE = re.compile(
    r"^(?:\d{1,3}|[-—－]\s*\d{1,3}\s*[-—－]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$"
)
_RE_COVER_NOTICE = re.compile(r"关于印发[《“\"](.+?)[》”\"]的通知")
_RE_QUOTED = re.compile(r"“([^”\n]{3,60})”")
_RE_SPACES_BETWEEN = re.compile(
    f"(?<=[{HAN}{_CJK_PUNCT}])[ \u3000\u00a0]+(?=\\S)|(?<=\\S)[ \u3000\u00a0]+(?=[{HAN}{_CJK_PUNCT}])"
)
_EDGE_SPACES = " \u3000\u00a0"
_RE_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")

# Full-width forms turned to ASCII: digits, letters and the signs of quantities.
_FULLWIDTH_TO_ASCII = {
    **{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
    **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
    **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    "％": "%", "＋": "+", "－": "-", "．": ".", "／": "/", "＜": "<", "＝": "=", "＞": ">",
    "＃": "#", "＆": "&", "＊": "*", "＠": "@", "＿": "_",
}
_MIDDLE_DOTS = "•‧・･∙"
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}


@dataclass(frozen=True)
class CleaningStep:
    """What one cleaning step did to one document."""

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

    ``cover_end`` is the offset in ``text`` where the plan body begins after a
    cover notice (0 when there is none). ``notes`` tell of what was left on
    purpose (a footer-like line with body text after it).
    """

    text: str
    steps: tuple[CleaningStep, ...]
    cover_end: int
    is_traditional: bool
    notes: tuple[str, ...] = ()


def han_count(text: str) -> int:
    """Number of Chinese characters in ``text``.

    >>> han_count("2018年工会")
    3
    """
    return int(np.count_nonzero(_is_han(_code_points(text))))


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def _is_han(codes: np.ndarray) -> np.ndarray:
    """Mask of the code points in the ranges of ``RE_HAN``."""
    return ((codes >= 0x3400) & (codes <= 0x9FFF)) | ((codes >= 0xF900) & (codes <= 0xFAFF))


def _examples(items: list[str], n: int = 3) -> str:
    return " | ".join(s.replace("\n", "⏎")[:60] for s in items[:n])


def _strip_line_edges(text: str) -> str:
    """Spaces (ASCII, ideographic, no-break) removed at the start and end of every line."""
    return "\n".join(line.strip(_EDGE_SPACES) for line in text.split("\n"))


def _normalize_newlines(text: str) -> tuple[str, CleaningStep]:
    crlf = text.count("\r\n")
    out = _RE_NEWLINES.sub("\n", text)
    edges = _strip_line_edges(out)
    stripped = edges.strip("\n")
    return stripped, CleaningStep(
        "newlines",
        "line ends made \\n; spaces at the start and end of lines, blank lines at the ends removed",
        changes=crlf + (len(text) - len(out)) + sum(a != b for a, b in zip(out.split("\n"), edges.split("\n"))),
        chars_removed=len(text) - len(stripped),
    )


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def is_traditional(text: str, *, threshold: float = 0.05) -> bool:
    """True when at least ``threshold`` of the Chinese characters are Traditional forms.

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


def _differing(a: str, b: str) -> int:
    """Positions where two texts differ, compared character by character up to the shorter length."""
    if a == b:
        return 0
    n = min(len(a), len(b))
    return int(np.count_nonzero(_code_points(a[:n]) != _code_points(b[:n])))


def _to_simplified(text: str) -> tuple[str, CleaningStep, bool]:
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
    left = len(re.findall(f"(?<=[{HAN}])\\?(?=[{HAN}])", out)) + out.count("\ufffd")
    desc = "a '?' standing for a lost middle dot between the parts of a quoted slogan restored as '·'"
    if left:
        desc += f"; {left} other suspicious '?'/U+FFFD left as they are (ambiguous)"
    n = sum(m.count("?") for m in repaired)
    return out, CleaningStep("damage", desc, changes=n, chars_changed=n, examples=_examples(repaired))


_WIDTH_TABLE = str.maketrans({**_FULLWIDTH_TO_ASCII, **{d: "·" for d in _MIDDLE_DOTS}})
_RE_WIDTH_CHANGED = re.compile("[" + re.escape("".join(_FULLWIDTH_TO_ASCII) + _MIDDLE_DOTS) + "]")
_RE_HALF_PUNCT = re.compile(r"[,;:!?]")


def _normalize_width(text: str) -> tuple[str, CleaningStep]:
    changed = sum(1 for _ in _RE_WIDTH_CHANGED.finditer(text))
    out = text.translate(_WIDTH_TABLE) if changed else text

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

    def paren(m: re.Match) -> str:
        nonlocal changed
        if RE_HAN.search(m.group(1)):
            changed += 2
            return "（" + m.group(1) + "）"
        return m.group(0)

    out = re.sub(r"\(([^()\n]{1,200})\)", paren, out)
    return out, CleaningStep(
        "width",
        "full-width digits, letters and %+-./ made ASCII; , ; : ! ? ( ) next to Chinese made full-width; middle dots unified",
        changes=changed,
        chars_changed=changed,
    )


#: A line in a trailing block of page clutter is at most this long (titles, teasers, links).
CLUTTER_LINE_MAX = 80
#: A trailing block with sentence ends is clutter only if it is at most this share of the text.
CLUTTER_MAX_SHARE = 0.3


def _trailing_clutter(lines: list[str], keep: list[bool]) -> tuple[int | None, list[str]]:
    """Where a trailing block of page clutter begins (``None`` if there is none), and notes on markers kept.

    A footer marker (推荐访问, 相关文章, 版权所有, Copyright …) begins a trailing
    block only when what follows it looks like clutter: every line short (at
    most :data:`CLUTTER_LINE_MAX` characters: titles, teasers, links) and either
    no sentence ends at all, or few (one per three lines at most) in a block of at
    most :data:`CLUTTER_MAX_SHARE` of the text. A marker followed by body text is
    kept, with a note, and so is the text after it. One pass from the end keeps
    this linear in the number of lines.
    """
    n = len(lines)
    long_after = [0] * (n + 1)
    ends_after = [0] * (n + 1)
    chars_after = [0] * (n + 1)
    lines_after = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        line = lines[i].strip()
        long_after[i] = long_after[i + 1] + (len(line) > CLUTTER_LINE_MAX)
        ends_after[i] = ends_after[i + 1] + line.count("。")
        chars_after[i] = chars_after[i + 1] + len(line)
        lines_after[i] = lines_after[i + 1] + bool(line)
    total = max(1, chars_after[0])
    notes = []
    for i in range(n):
        line = lines[i].strip()
        if not (line and keep[i] and _RE_FOOTER.search(line)):
            continue
        few_ends = ends_after[i] * 3 <= lines_after[i] and chars_after[i] <= CLUTTER_MAX_SHARE * total
        if long_after[i] == 0 and (ends_after[i] == 0 or few_ends):
            return i, notes
        notes.append(
            f"line {i + 1} ({line[:20]!r}) looks like a page footer, but {chars_after[i] - len(line):,} characters "
            "of text follow it; nothing was removed there"
        )
    return None, notes


def _remove_web_clutter(text: str) -> tuple[str, CleaningStep, list[str]]:
    lines = text.split("\n")
    keep = [True] * len(lines)
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    head = nonblank[:15]
    crumbs = [i for i in head if _RE_BREADCRUMB.search(lines[i].strip())]
    if crumbs:
        for i in range(crumbs[-1] + 1):
            keep[i] = False
    for i in nonblank[:20]:
        if _RE_PAGE_META.search(lines[i].strip()):
            keep[i] = False
    footer, notes = _trailing_clutter(lines, keep)
    if footer is not None:
        for j in range(footer, len(lines)):
            keep[j] = False
    for i in nonblank:
        line = lines[i]
        if keep[i] and "\t" not in line and _RE_STRAY_LINE.match(line.strip()):
            keep[i] = False
    removed = [lines[i] for i in range(len(lines)) if not keep[i] and lines[i].strip()]
    out = "\n".join(line for line, k in zip(lines, keep) if k).strip("\n")
    return out, CleaningStep(
        "web_clutter",
        "site navigation, page counters, lists of other articles, stray page numbers and dates removed",
        changes=len(removed),
        lines_removed=len(removed),
        chars_removed=sum(len(line) for line in removed),
        examples=_examples(removed),
    ), notes


def _collapse_spaces(text: str) -> tuple[str, CleaningStep]:
    found: list[str] = []

    def drop(m: re.Match) -> str:
        found.append(m.group(0))
        return ""

    out = _RE_SPACES_BETWEEN.sub(drop, text)
    return out, CleaningStep(
        "spaces",
        "spaces inside Chinese text (PDF and web artefacts) removed; tabs kept",
        changes=len(found),
        chars_removed=len(text) - len(out),
    )


def _is_prose(line: str) -> bool:
    return len(line) >= 20 and ("，" in line or "。" in line or "、" in line)


class _LineBeingJoined:
    """A line and the lines joined onto it, with what the joining rule reads kept up to date.

    Pieces are joined once, at the end, so a long run of broken lines costs linear time.
    """

    _HEAD = 16  # characters of the start kept for the marker tests (markers are shorter)

    def __init__(self, line: str):
        self.pieces = [line]
        self.head = line.lstrip()[: self._HEAD]
        self.end = line[-32:]  # the last characters, for the examples in the report
        self.length = len(line.strip())
        self.last = line.rstrip()[-1:]
        self.has_period = "。" in line
        self.has_prose_mark = self.has_period or "，" in line or "、" in line

    def append(self, piece: str) -> None:
        self.pieces.append(piece)
        self.end = (self.end + piece)[-32:]
        if len(self.head) < self._HEAD:
            self.head = (self.head + piece)[: self._HEAD]
        self.length += len(piece.rstrip())
        self.last = piece.rstrip()[-1:] or self.last
        self.has_period = self.has_period or "。" in piece
        self.has_prose_mark = self.has_prose_mark or self.has_period or "，" in piece or "、" in piece

    def is_marker_only(self) -> bool:
        return self.length <= len(self.head) and bool(RE_MARKER_ONLY.match(self.head.rstrip()))

    def is_broken_prose(self) -> bool:
        """Prose (20+ characters with ，。、) that does not end a sentence and is not a numbered heading."""
        return (
            self.last not in _TERMINAL
            and self.length >= 20 and self.has_prose_mark
            and (not RE_LINE_MARKER.match(self.head) or self.has_period)
        )

    def text(self) -> str:
        return self.pieces[0] if len(self.pieces) == 1 else "".join(self.pieces)


def _join_broken_lines(text: str) -> tuple[str, CleaningStep]:
    lines = text.split("\n")
    out: list[str] = []
    joined: list[str] = []
    current: _LineBeingJoined | None = None
    i = 0
    in_annex = False
    while i < len(lines):
        line = lines[i]
        if current is None:
            if RE_ANNEX_START.match(line.strip()):
                in_annex = True
            if in_annex or "\t" in line or not line.strip():
                out.append(line)
                i += 1
                continue
            current = _LineBeingJoined(line)
        # The next non-blank line, at most two blank lines below.
        j = i + 1
        while j < len(lines) and j <= i + 3 and not lines[j].strip():
            j += 1
        if j < len(lines) and j <= i + 3 and lines[j].strip() and "\t" not in lines[j]:
            nxt = lines[j].strip()
            starts_item = bool(RE_LINE_MARKER.match(nxt)) or bool(RE_ANNEX_START.match(nxt))
            if not starts_item and (current.is_marker_only() or current.is_broken_prose()):
                joined.append(current.end.rstrip()[-8:] + "⏎" + nxt[:8])
                current.append(lines[j].lstrip())
                i = j
                continue
        out.append(current.text())
        current = None
        i += 1
    result = "\n".join(out)
    return result, CleaningStep(
        "line_breaks",
        "lines broken mid-sentence or after an item number joined back",
        changes=len(joined),
        lines_joined=len(joined),
        chars_removed=len(text) - len(result),
        examples=_examples(joined),
    )


def split_lines(text: str) -> tuple[list[str], list[int]]:
    """The lines of ``text`` and the offset where each begins.

    >>> split_lines("一、总则\\n1.内容")
    (['一、总则', '1.内容'], [0, 5])
    """
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    return lines, offsets


def find_cover_end(text: str) -> int:
    """Offset where a plan's body begins after a cover notice, or 0 without one.

    A cover notice (印发通知) names the plan it transmits (关于印发《X》的通知);
    the body begins at the line that repeats the title X, or else after the
    paragraph that asks the recipients to carry the plan out.

    >>> t = "关于印发《某市工会2021年工作要点》的通知\\n各区：现印发给你们。\\n某市工会2021年工作要点\\n正文"
    >>> t[find_cover_end(t):].splitlines()[0]
    '某市工会2021年工作要点'
    """
    lines, offsets = split_lines(text)
    for i, line in enumerate(lines[:30]):
        m = _RE_COVER_NOTICE.search(line)
        if not m:
            continue
        title = re.sub(r"\s+", "", m.group(1))
        for k in range(i + 1, len(lines)):
            candidate = re.sub(r"\s+", "", lines[k])
            if candidate and title in candidate and len(candidate) <= len(title) + 6:
                return offsets[k]
        for k in range(i + 1, min(len(lines), i + 15)):
            if re.search(r"印发给你们|请结合实际|请认真贯彻|遵照执行|抓好落实", lines[k]):
                return offsets[k + 1] if k + 1 < len(lines) else len(text)
    return 0


def _sum_steps(steps: list[CleaningStep]) -> CleaningStep:
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


def clean_text(text: str) -> CleanedText:
    """Clean a decoded plan document; see the module docstring for the steps.

    Cleaning is idempotent: cleaning a cleaned text changes nothing.

    >>> c = clean_text("一、总体要求\\r\\n\\r\\n深化拓展“中国梦?劳动美?幸福路”教育，组织\\r\\n\\r\\n 职工参加 １０ 场活动。")
    >>> c.text
    '一、总体要求\\n\\n深化拓展“中国梦·劳动美·幸福路”教育，组织职工参加10场活动。'
    >>> [s.step for s in c.steps if s.changes]
    ['newlines', 'damage', 'width', 'spaces', 'line_breaks']
    """
    steps = []
    out, step = _normalize_newlines(text)
    steps.append(step)
    out, step, traditional = _to_simplified(out)
    steps.append(step)
    out, step = _repair_damage(out)
    steps.append(step)
    out, step, notes = _remove_web_clutter(out)
    steps.append(step)
    # Width and spaces each can make work for the other ("工 ?" → "工?" → "工？"):
    # repeat both until neither changes anything, and report their totals.
    width_total, space_total = [], []
    for _ in range(5):
        out, width_step = _normalize_width(out)
        out, space_step = _collapse_spaces(out)
        width_total.append(width_step)
        space_total.append(space_step)
        if not width_step.changes and not space_step.changes:
            break
    steps.append(_sum_steps(width_total))
    steps.append(_sum_steps(space_total))
    out, step = _join_broken_lines(out)
    steps.append(step)
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
