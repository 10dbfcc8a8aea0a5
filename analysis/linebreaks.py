"""Lines: where they begin, and joining those a PDF or a web page broke mid-sentence.

:func:`split_lines` gives the lines of a text with their offsets (the parser
and the cleaner work line by line but report offsets in the whole text).
:func:`join_broken_lines` is the ``line_breaks`` step of
:func:`analysis.cleaning.clean_text`: it decides from the end of a line and
the start of the next whether a break is one the author made.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .patterns import FUNCTION_WORD_ENDS, NEWS_TIME_LEAD, RE_ANNEX_START, RE_LINE_MARKER, RE_MARKER_ONLY

__all__ = ["split_lines", "join_broken_lines"]

#: A line ending with one of these ends a sentence or a clause (an arrow points at what follows: a headline's
#: …确定了→ over its story).
_TERMINAL = set("。！？；：…”’）」』》!?;:)→↓⬇👇")
#: A line ending with one of these stops in the middle of a sentence (an open quote, a comma, or a
#: function word no sentence or heading ends with: 了, 的, 和, 与, 在, 对 …).
_OPEN = set("《“（「『【，、") | set(FUNCTION_WORD_ENDS)
#: A line starting with one of these continues the line before it (no line starts with a closing mark).
_CONTINUING = set("》”）」』】，、。；：！？")
#: A line that is only an enumerator of a sentence's list (一是, 二要, 第一，, 首先): the list item follows.
_RE_ENUMERATOR_ONLY = re.compile(r"(?:[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+|首先|其次|再次|最后)[，、：]?")


def split_lines(text: str) -> tuple[list[str], list[int]]:
    """The lines of ``text`` and the offset where each begins.

    Lines are separated by ``\\n`` only (the cleaner makes every line end
    one); a text ending with ``\\n`` has an empty last line.

    Parameters
    ----------
    text : str
        The text.

    Returns
    -------
    lines : list of str
        The lines, without their ``\\n``.
    offsets : list of int
        The offset in ``text`` of each line's first character.

    Examples
    --------
    >>> split_lines("一、总则\\n1.内容")
    (['一、总则', '1.内容'], [0, 5])
    """
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    return lines, offsets


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
        """Join ``piece`` (the next line, leading spaces stripped) onto the line."""
        self.pieces.append(piece)
        self.end = (self.end + piece)[-32:]
        if len(self.head) < self._HEAD:
            self.head = (self.head + piece)[: self._HEAD]
        self.length += len(piece.rstrip())
        self.last = piece.rstrip()[-1:] or self.last
        self.has_period = self.has_period or "。" in piece
        self.has_prose_mark = self.has_prose_mark or self.has_period or "，" in piece or "、" in piece

    def is_marker_only(self) -> bool:
        """A bare outline marker ("8.") or a bare enumerator (一是, 第一，)."""
        if self.length > len(self.head):
            return False
        head = self.head.strip()
        return bool(RE_MARKER_ONLY.match(head) or _RE_ENUMERATOR_ONLY.fullmatch(head))

    def is_open(self) -> bool:
        """The line stops mid-sentence: after an opening bracket or quote, a comma or 、, or a function word."""
        return self.last in _OPEN

    def is_broken_prose(self) -> bool:
        """Prose (20+ characters with ，。、) that does not end a sentence and is not a numbered heading."""
        return (
            self.last not in _TERMINAL
            and self.length >= 20 and self.has_prose_mark
            and (not RE_LINE_MARKER.match(self.head) or self.has_period)
        )

    def text(self) -> str:
        """The line with everything joined onto it."""
        return self.pieces[0] if len(self.pieces) == 1 else "".join(self.pieces)


#: A name alone on a line (田国垒): below a blank line, a byline, never the rest of a sentence broken there
#: (山东省总工会：总结过去，表彰先进，开好新局 / (blank) / 田国垒 / 2023年02月14日14:13 来源：…: a headline, its reporter).
_RE_NAME_ALONE = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: A line this short without a comma or sentence mark may be a heading (``is_heading`` decides).
_HEADING_MAX = 16
_RE_PROSE_MARK = re.compile("[，。；！？、,;!?]")
#: Symbols that open an item of a bulleted list (●粮食总产达到…, ■2025年…): a line they start is never joined on.
_BULLETS = "●■◆▲★•▪►▶◇□○◎※"
#: A news story's lead at a line's start, its wire tag first (本报讯（记者…）, 新华社北京3月5日电, 大众网青岛2月19日讯):
#: it opens a paragraph, never goes on from the headline above it.
_RE_WIRE_LEAD = re.compile(r"[【\[（(]?[\u4e00-\u9fff\d]{0,16}?(?:讯|日电)(?![\u4e00-\u9fff])")
#: A news story's lead opening on when it happened (日前，…; 近日，…; 3月9日上午，…; 1月26日上午9时，…): under a headline that ends
#: without a mark (…城乡收入差距缩小，多项指标超额完成), it opens a paragraph too, unless the line above stops open.
#: A line ending with one of these goes on with the time it names (会议定于⏎3月9日上午，…; 截至⏎…).
_BEFORE_A_TIME = ("于", "至", "到", "自", "截至", "截止")
#: A line's run-in label (投资：…, 消费：…, 主要目标：…): after a line that opens on one too, the next item of a
#: list of labelled lines, not the rest of its sentence.
_RE_RUN_IN_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]")
_RE_TIME_LEAD = re.compile(NEWS_TIME_LEAD)
#: A paragraph's turn to what comes next (下一步，各牵头单位要…; 今后，…; 下阶段，…): after a line that does not stop open
#: (…开工率达100% with its full stop lost), it opens a paragraph of its own, as a lead's time does.
_RE_TURN_AHEAD = re.compile(r"(?:下一步|下步|下一阶段|下阶段|今后)[，,]")


def _is_table_row(line: str) -> bool:
    """A row of table cells: tabs in it, or a cell separator | at its start or end (| 项目 | 金额 |, 地区生产总值增长率 |)."""
    stripped = line.strip()
    return "\t" in line or stripped.startswith(("|", "｜")) or stripped.endswith(("|", "｜"))


def join_broken_lines(text: str, is_heading: Callable[[str], bool] | None = None) -> tuple[str, list[str]]:
    """``text`` with lines broken mid-sentence (or after a bare item number) joined back, and an example of
    each join.

    A line is joined to the next non-blank line (at most two blank lines below,
    which go with the break) when it is prose (20+ characters with ，。、) that
    does not end a sentence and is not a numbered heading, stops after an
    opening bracket or quote, a comma, 、 or a function word (了, 的, 和 …), or
    is a marker or enumerator alone ("8.", 一是), or when the next line starts
    with a closing mark or punctuation (》, ”, ，, 。 …: no line does); never
    when the next line starts an item, a bullet (●, ■ …), an annex, a news lead with its wire tag (本报讯), a
    run-in label after a line that opens on one too (投资：…⏎消费：…: a list of labelled lines), a name alone below a
    blank line (a byline: 田国垒) or,
    after a line that does not stop open, its time (日前，…; 3月9日上午，…) or a turn to what comes next
    (下一步，…), nor (unless the line stops after a comma or an open bracket) when it is a short line
    ``is_heading`` calls a heading (2024年工作回顾 after a news lead). A joined line may take several lines in turn.
    From the first annex line on, and on table rows (tabs, or | at a line's start or end),
    nothing is joined.

    Parameters
    ----------
    text : str
        The text, lines separated by ``\\n``.
    is_heading : callable or None, default None
        Whether a line's words make it a heading (the cleaner passes the decisive rules of ``parts.csv``).

    Returns
    -------
    text : str
        The text with the broken lines joined (the next line's leading spaces
        dropped).
    joined : list of str
        One example per join: up to 8 characters before the break, ``⏎``, and
        up to 8 characters after it.

    Examples
    --------
    >>> join_broken_lines("1.强化阵地。加强职工之家建设，推进服务\\n阵地提质增效。\\n2.开展活动。")[0]
    '1.强化阵地。加强职工之家建设，推进服务阵地提质增效。\\n2.开展活动。'
    >>> join_broken_lines("一是\\n加强阵地建设。")
    ('一是加强阵地建设。', ['一是⏎加强阵地建设。'])
    """
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
            if in_annex or _is_table_row(line) or not line.strip():
                out.append(line)
                i += 1
                continue
            current = _LineBeingJoined(line)
        # The next non-blank line, at most two blank lines below.
        j = i + 1
        while j < len(lines) and j <= i + 3 and not lines[j].strip():
            j += 1
        if j < len(lines) and j <= i + 3 and lines[j].strip() and not _is_table_row(lines[j]):
            nxt = lines[j].strip()
            starts_item = bool(RE_LINE_MARKER.match(nxt) or RE_ANNEX_START.match(nxt) or _RE_WIRE_LEAD.match(nxt)) \
                or nxt[0] in _BULLETS \
                or (_RE_TIME_LEAD.match(nxt) is not None and not current.is_open()
                    and not current.end.rstrip().endswith(_BEFORE_A_TIME)) \
                or (_RE_TURN_AHEAD.match(nxt) is not None and not current.is_open()) \
                or (is_heading is not None and len(nxt) <= _HEADING_MAX and not _RE_PROSE_MARK.search(nxt)
                    and not current.is_open() and is_heading(nxt)) \
                or (_RE_RUN_IN_LABEL.match(nxt) is not None and not current.is_open()
                    and _RE_RUN_IN_LABEL.match(current.head) is not None) \
                or (j > i + 1 and _RE_NAME_ALONE.fullmatch(nxt) is not None and not current.is_open())
            broken = current.is_marker_only() or current.is_broken_prose() or current.is_open()
            if not starts_item and (broken or nxt[0] in _CONTINUING):
                joined.append(current.end.rstrip()[-8:] + "⏎" + nxt[:8])
                current.append(lines[j].lstrip())
                i = j
                continue
        out.append(current.text())
        current = None
        i += 1
    return "\n".join(out), joined
