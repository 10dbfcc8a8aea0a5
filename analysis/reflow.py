"""A page dump of a document-sharing site (文库): the text flattened into numbered page chunks.

Such a site shows a document as its pages' text, each page one long line that
starts with the page's number (``1、…``, ``2、…``) and breaks off wherever the
page did, mid-sentence; the document's own line breaks are gone, so its
outline markers (一、, （一）, 1.) run on inside the lines. A text is read as a
page dump when at least two lines start with the numbers 1, 2, … in order,
most of them are long (:data:`FLAT_MIN` characters or more) and most of their
breaks fall mid-sentence. Then the page numbers are taken off, a page that
breaks mid-sentence is joined to the next, and each run-in outline marker
after a sentence end (or ``1 .`` as such sites write it, closed up to ``1.``)
starts a line of its own. Any other text is returned unchanged: inline lists in a real paragraph
(如下：1.…；2.…) stay where they are.

>>> text = "1、某区总工会工作要点。一、加强思想引领。1 .开展宣讲活动，全年举办\\n2、宣讲10场。二、做好服务。"
>>> reflow_page_dump(text, flat_min=10)
('某区总工会工作要点。\\n一、加强思想引领。\\n1.开展宣讲活动，全年举办宣讲10场。\\n二、做好服务。', 1, 3)
"""

from __future__ import annotations

import re

from .patterns import bracket_open, outline_number

__all__ = ["FLAT_MIN", "reflow_page_dump", "reflow_flat_lines"]

#: A line this long (characters) is a page's text run together, not a paragraph of its own.
FLAT_MIN = 200
_RE_PAGE_NUMBER = re.compile(r"^(\d{1,3})、")
#: Where a sentence ends a page's text runs on without a break.
_SENTENCE_END = "。！？；：”）"
#: An outline marker run into the text: after a sentence end, or 1 . (digit, space, dot) after any character.
_RE_RUN_IN = re.compile(
    r"(?<=[。；！？：])[ \u3000]*(?=[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.．、](?!\d))"
    r"|(?<=[\u4e00-\u9fff”）。；！？：])(?=\d{1,2} [.．](?!\d))"
)

#: An outline marker: 一、, （一）/(一), or 1. 1、 (not 1.5).
_MARKER = r"(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?![\d.．、]))"
#: An outline marker after a space inside a line: the space is where a line break was lost.
_RE_SPACED_RUN_IN = re.compile(r"(?<![^\S\n])[^\S\n]+" + _MARKER)  # from a run's first space: linear time
#: An outline marker after a sentence end or a colon: a break lost too, but only in a text of a few lines
#: (a paragraph of a text with its breaks may list （一）…（二）… inline).
_RE_ENDED_RUN_IN = re.compile(r"(?<=[。！？：:!?])[^\S\n]*" + _MARKER)
#: A text of at most this many non-empty lines, one of them long, has lost its line breaks.
FLAT_MAX_LINES = 3
#: A list's marker run into a heading that ended without a mark (…跟党走1.坚持…, …新机制5.巩固…, …工作（一）加强…):
#: a break lost too, in a flat text, where the list goes on with the next number after a sentence end (…。2.…),
#: and, for a number after the first, its number before came after one too (numbering that runs on across sections).
_NUMBERED = r"(?:(?P<arabic>\d{1,2})[.．、](?![\d.．、])|[（(](?P<chinese>[一二三四五六七八九十]{1,3})[）)])"
_RE_GLUED = re.compile(r"(?<=[\u4e00-\u9fff”])" + _NUMBERED)
_RE_ENDED = re.compile(r"[。！？；][^\S\n]*" + _NUMBERED)

#: A marker such a site writes with a space (1 .坚持…), at a line start: closed up to 1.
_RE_SPACED_MARKER = re.compile(r"(?m)^(\d{1,2}) ([.．])(?!\d)")


def _page_lines(lines: list[str], flat_min: int) -> list[int]:
    """The indices of the lines that start pages (1、, 2、 … in order), if the text is a page dump; else []."""
    pages, expected = [], 1
    for i, line in enumerate(lines):
        m = _RE_PAGE_NUMBER.match(line)
        if m and int(m.group(1)) == expected:
            pages.append(i)
            expected += 1
    if len(pages) < 2:
        return []
    before_last = pages[:-1]
    long = sum(len(lines[i]) >= flat_min for i in before_last)
    mid_sentence = sum(bool(lines[i]) and lines[i][-1] not in _SENTENCE_END for i in before_last)
    return pages if long * 5 >= len(before_last) * 4 and mid_sentence * 2 >= len(before_last) else []


def reflow_page_dump(text: str, *, flat_min: int = FLAT_MIN) -> tuple[str, int, int]:
    """The text with a page dump's pages joined and its outline markers on lines of their own.

    Parameters
    ----------
    text : str
        The text, lines separated by ``\\n``.
    flat_min : int, default FLAT_MIN
        The length from which a line is a page's text run together.

    Returns
    -------
    text : str
        The text reflowed; the same text when it is no page dump.
    pages_joined : int
        Page breaks removed (a page joined to the one before it).
    lines_split : int
        Run-in outline markers put on a line of their own.
    """
    lines = text.split("\n")
    pages = set(_page_lines(lines, flat_min))
    if not pages:
        return text, 0, 0
    out: list[list[str]] = []  # each output line as its pieces, joined once (no repeated concatenation)
    joined = 0
    first = min(pages)
    for i, line in enumerate(lines):
        if i in pages:
            line = _RE_PAGE_NUMBER.sub("", line, count=1)
            if i != first and out and out[-1][-1] and out[-1][-1][-1] not in _SENTENCE_END:
                out[-1].append(line)  # the page broke off mid-sentence
                joined += 1
                continue
        out.append([line])
    reflowed = "\n".join("".join(pieces) for pieces in out)
    split, n = _RE_RUN_IN.subn("\n", reflowed)
    return _RE_SPACED_MARKER.sub(r"\1\2", split), joined, n


def reflow_flat_lines(text: str, *, flat_min: int = FLAT_MIN) -> tuple[str, int]:
    """A flattened text's run-in outline markers on lines of their own.

    A web page copied without its line breaks runs a whole document into one
    line or a few (…各项工作进展顺利。 一、2024 年工作总结 (一)基本民生保障持续改善。…). In every line of
    ``flat_min`` characters or more, an outline marker (一、, （一）, 1.) after a space (where a break was
    lost) starts a new line, and the spaces before it go; in a text of at most :data:`FLAT_MAX_LINES`
    non-empty lines, so does one after a sentence end or a colon (现总结如下：一、…), and a chapter's heading
    (…第一章形势研判… 第二章…). Read before spaces are
    settled: a space between Chinese characters is the trace of a lost break. A page dump (see
    :func:`reflow_page_dump`) is left to that function, and shorter lines are left as they are, except a
    volume's heading with its first chapter's after spaces (第一篇  …新征程 第一章  发展基础): two lines.

    Parameters
    ----------
    text : str
        The text, lines separated by ``\\n``.
    flat_min : int, default FLAT_MIN
        The length from which a line is a text run together.

    Returns
    -------
    text : str
        The text with the markers on lines of their own.
    lines_split : int
        The markers put on a line of their own.

    Examples
    --------
    >>> reflow_flat_lines("区民政局工作总结 今年以来，进展顺利。 一、2024年工作总结 (一)基本保障。(二)社会救助。", flat_min=20)
    ('区民政局工作总结 今年以来，进展顺利。\\n一、2024年工作总结\\n(一)基本保障。\\n(二)社会救助。', 3)
    >>> reflow_flat_lines("第一篇  开启新征程 第一章  发展基础\\n“十三五”时期是不平凡的五年。")
    ('第一篇  开启新征程\\n第一章  发展基础\\n“十三五”时期是不平凡的五年。', 1)
    """
    lines = text.split("\n")
    if _page_lines(lines, flat_min):
        return text, 0
    flat = sum(bool(line.strip()) for line in lines) <= FLAT_MAX_LINES
    total = 0
    for i, line in enumerate(lines):
        if _RE_VOLUME_START.match(line):  # 第一篇  贯彻落实…新征程 第一章  发展基础: two headings on one line
            line, volumes = _split_volume_heading(line)
            lines[i], total = line, total + volumes
        if len(line) >= flat_min:
            line, chapters = _split_chapters(line) if flat else (line, 0)
            line, glued = _split_glued_first(line) if flat else (line, 0)
            glued += chapters
            line, spaced = _RE_SPACED_RUN_IN.subn("\n", line)
            lines[i], ended = _RE_ENDED_RUN_IN.subn("\n", line) if flat else (line, 0)
            total += glued + spaced + ended
    return "\n".join(lines), total


#: A line that opens on a volume's or part's heading (第一篇, 第二部分), and a chapter's heading after spaces in it (its
#: first chapter's, 第一章  发展基础, laid out on the same line): two headings, the chapter's on a line of its own.
_RE_VOLUME_START = re.compile(r"[^\S\n]*第[一二三四五六七八九十]{1,3}(?:篇|部分)")
_RE_CHAPTER_AFTER_SPACE = re.compile(  # from a run's first space; the chapter's title after a space too (not 见 第三章第一节)
    r"(?<=[\u4e00-\u9fff])[^\S\n]+(?=第[一二三四五六七八九十]{1,3}章[^\S\n]+[\u4e00-\u9fff])")
def _split_volume_heading(line: str) -> tuple[str, int]:
    """``line`` (a volume's heading) with the chapter's heading after its spaces on a line of its own, unless
    the chapter stands inside brackets (（见 第三章 第一节）: a reference); and 1 if it was split, else 0."""
    m = _RE_CHAPTER_AFTER_SPACE.search(line)
    if not m:
        return line, 0
    before = line[:m.start()]
    if bracket_open(before):
        return line, 0
    return before + "\n" + line[m.end():], 1


#: A chapter's or part's heading run into the text (…年度计划第一章形势研判…): 第N章, 第N部分, 第N篇.
_RE_CHAPTER = re.compile(r"(?<=\S)(?=第(?P<number>[一二三四五六七八九十]{1,3})(?P<kind>章|部分|篇))")


def _split_chapters(line: str) -> tuple[str, int]:
    """``line`` with each chapter heading run into it (:data:`_RE_CHAPTER`) on a line of its own, where the
    line names the chapter next to it too (第一章 … 第二章: an outline, not 本法第一章 cited once); and how
    many were split. Linear: the chapters are found once."""
    found = [(m.start(), m.group("kind"), outline_number(m.group("number"))) for m in _RE_CHAPTER.finditer(line)]
    named = {(kind, number) for _, kind, number in found}
    cuts = [at for at, kind, number in found if (kind, number + 1) in named or (kind, number - 1) in named]
    pieces = [line[a:b] for a, b in zip([0] + cuts, cuts + [len(line)])]
    return "\n".join(pieces), len(cuts)


def _split_glued_first(line: str) -> tuple[str, int]:
    """``line`` with each list marker run into a heading (:data:`_RE_GLUED`) on a line of its own, where the
    list's next number comes later after a sentence end (and its number before earlier, unless it is the first);
    and how many were split. Linear: each number's first and last place after a sentence end is found once."""
    first: dict[tuple[str, int], int] = {}
    last: dict[tuple[str, int], int] = {}
    for m in _RE_ENDED.finditer(line):
        key = (m.lastgroup, outline_number(m.group(m.lastgroup)))
        first.setdefault(key, m.start())
        last[key] = m.start()
    pieces, start = [], 0
    for m in _RE_GLUED.finditer(line):
        kind, number = m.lastgroup, outline_number(m.group(m.lastgroup))
        if number and last.get((kind, number + 1), -1) > m.start() \
                and (number == 1 or first.get((kind, number - 1), len(line)) < m.start()):
            pieces.append(line[start:m.start()])
            start = m.start()
    return "\n".join(pieces + [line[start:]]), len(pieces)
