"""Web-page clutter: what a page around a plan adds (navigation, counters, lists of other articles, page
numbers), found by its shape, removed only where it cannot be the plan's own text.
"""

from __future__ import annotations

import re

__all__ = ["CLUTTER_LINE_MAX", "CLUTTER_MAX_SHARE", "remove_web_clutter"]

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


def remove_web_clutter(text: str) -> tuple[str, list[str], list[str]]:
    """``text`` without web-page clutter, the non-blank lines removed, and notes on footer-like lines kept.

    Removed: site navigation above a breadcrumb (当前位置：首页 > …), page
    counters and bylines near the top (浏览量：, 发布时间：, 来源：), a trailing
    block of other articles after a footer marker (see :func:`_trailing_clutter`),
    stray page numbers and page dates on lines of their own.

    >>> remove_web_clutter("当前位置：首页 > 文章\\n某市工会工作要点\\n一、任务\\n- 2 -\\n相关文章\\n上一篇：无")[0]
    '某市工会工作要点\\n一、任务'
    """
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
    return out, removed, notes
