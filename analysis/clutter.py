"""Web-page clutter: what a page around a plan adds, found by its shape, removed only where it cannot be
the plan's own text.

Eleven kinds, each general rather than a list of one site's strings:

``navigation``  site navigation above a breadcrumb (当前位置：首页 > …) among the first 15 non-blank lines
``page_meta``   counters and bylines near the top (浏览量：, 发布时间：, 来源：, 责任编辑：)
``blurb``       a template site's blurb near the top, its sentences on a short line (下面是小编整理的…)
``chrome``      lines made only of page-interface words (下载 打印 全屏 收藏 【字号：大 中 小】 关闭), and above
                the text's first line one such word of two characters or more alone on its line (分享)
``caption``     photo captions and bylines standing alone (图为…, （记者 …）, 责任编辑：…)
``footer``      a trailing block after a footer marker (相关文章, 相关报道, 上一篇, 版权所有) or a licence
                statement (著作权, 公有领域, Public domain, Creative Commons …), when the block looks like
                clutter (short lines, few sentences, a small share of the text)
``stray``       page numbers and page dates on lines of their own (a date and time may carry a counter),
                and page counters (第1页共18页) wherever they stand
``running``     a printed document's running head or foot (常州市总工会文件 on every page): a short line
                without sentence punctuation, repeated word for word at least three times, one of them
                breaking into a sentence (the line before it stops mid-sentence)
``collection``  a template site's page of several documents, near the top: the count after the
                collection's title (…工作计划精选6篇), and the label of its first document (【篇1】,
                …工作计划篇1, 第一篇：…工作总结), above which everything is the page's. Each goes, with its
                whole line when the document's own title follows it. A later document's label (篇2) gets a
                note.
``style``       a style sheet's rules run into the text (.p1{margin-bottom:0.1in;font-family:楷体;}), two or
                more in a row
``site``        a line of nothing but a site's name and web address (某某范文网：www.example.com), wherever it
                stands (a template site repeats it on every page), and a page's preview near the top: a line
                that repeats, cut short, the start of the text below it (a site's summary of the page), or a
                first line that the next line repeats whole (the page's heading over the text's own title)

The word lists these kinds read are in ``resources/clutter_words.csv`` (classes ``navigation``,
``page_meta``, ``blurb``, ``chrome``, ``caption``, ``footer``, ``licence``, ``collection`` and
``collection_entry``); stray lines and style rules are found by their shape alone. Lines with a tab (table cells) are never taken for stray page numbers or dates.
"""

from __future__ import annotations

import re

from .loader import Resources, load_resources
from .patterns import RE_HAN, RE_SALUTATION, RE_SPACES_BETWEEN, outline_number

__all__ = ["CLUTTER_LINE_MAX", "CLUTTER_MAX_SHARE", "RE_PAGE_COUNTER", "remove_web_clutter"]

_RE_STRAY_LINE = re.compile(
    r"^(?:\d{1,3}|[-—－]\s*\d{1,3}\s*[-—－]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
    r"|(?:19|20)\d{2}[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\d{1,9})?)?)$"
)
#: A line that is only an image: its file name (1.jpeg, 微信截图_20210408084750.png), a page's image element
#: (<image>data:image/png;base64,…</image>) or a Markdown image (![](…)); the page's picture, never the plan's words
#: (an image named 2.jpeg would otherwise open an outline section). Each form is read in one bounded pass.
_RE_IMAGE_LINE = re.compile(r"[^\s。，；！？<>]{1,400}\.(?:jpe?g|png|gif|bmp|webp)|<image>[^\n]*</image>|!\[[^\]\n]{0,200}\]\([^)\n]*\)",
                            re.IGNORECASE)
#: Two or more style-sheet rules in a row (.b1{white-space-collapsing:preserve;}.p1{font-family:楷体;}): a page's
#: style run into its text, never the plan's words. Every part is bounded, so a try costs a bounded time wherever
#: it starts (a long Latin word or list of words is read in linear time).
RE_STYLE_RULES = re.compile(r"(?<![A-Za-z0-9_.#-])(?:[.#]?[A-Za-z][\w-]{0,40}"
                            r"(?:[ \t]{0,3},[ \t]{0,3}[.#]?[A-Za-z][\w-]{0,40}){0,10}"
                            r"[ \t]{0,3}\{(?=[^{}\n]{0,800}:)[^{}\n]{0,800}\}[ \t]{0,3}){2,}")
#: A site's name and web address: a line of nothing else is the page's banner, never the plan's words.
_SITE_ADDRESS = (r"[^\s。，；！？,;!?]{0,30}?\s{0,3}[:：]?\s{0,3}(?:https?://|www\.)[A-Za-z0-9-]{1,63}"
                 r"(?:\.[A-Za-z0-9-]{1,63}){1,4}(?:/[!-~]{0,200})?")
_RE_SITE_LINE = re.compile(_SITE_ADDRESS + r"\s{0,3}")
_RE_SITE_LEAD = re.compile(_SITE_ADDRESS)
#: A page's preview is at least this long once its site address is cut: shorter lines are headings.
_PREVIEW_MIN = 20
#: A page counter, "page 1 of 18": never the plan's own words, wherever it stands.
RE_PAGE_COUNTER = re.compile(r"第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页")
#: A line ending in a Latin letter: a number on the next line alone is its subscript or exponent set apart
#: (广义货币M / 2 / 增长, CO / 2, 立方米 m / 3), not a page number.
_RE_SUBSCRIPT_BASE = re.compile(r"[A-Za-z]\s*$")
#: The longest interface word looked for inside a token of words written together.
_CHROME_WORD_MAX = 9
#: A line of nothing but a breadcrumb's separator (>), and how long a step of a breadcrumb may be.
_RE_CRUMB_SEPARATOR = re.compile(r"[>＞›»]{1,2}")
_CRUMB_STEP_MAX = 12
#: A sentence's punctuation: a line holding it is text, neither chrome nor a breadcrumb's step.
_RE_SENTENCE_MARK = re.compile(r"[。，；！？]")
#: A line of nothing but the brackets a toolbar opens or closes with (】).
_RE_BRACKETS_ONLY = re.compile(r"[【】\[\]]+")
#: Separators between the words of a page's interface line.
_RE_CHROME_SPLIT = re.compile(r"[\s|｜/／·•>＞»【】\[\]（）()：:]+")

#: A line in a trailing block of page clutter is at most this long (titles, teasers, links).
CLUTTER_LINE_MAX = 80
#: A trailing block with sentence ends is clutter only if it is at most this share of the text.
CLUTTER_MAX_SHARE = 0.3
#: Page counters and bylines are looked for among this many first non-blank lines.
_HEAD_LINES = 20
#: A template site's blurb (下面是小编整理的…，希望对大家有所帮助) is a line of at most this many characters; a longer
#: line holding such words is a page of text run together, kept.
_BLURB_MAX = 200
#: The time of day after a page's date stamp (发表时间:2019-12-31 17:38).
_RE_STAMP_TIME = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*")
#: What runs on after a page's stamp, counter or byline on its line is the text when it is at least this long and
#: holds a full stop (a page flattened to a few lines: 发表时间:2019-12-31 17:38 2019年学校工会在…。…, round 208).
_RUN_ON_MIN = 80
_RE_SENTENCE_SPLIT = re.compile(r"(?<=[。！？!?])")
#: A caption or byline standing alone is at most this long.
_CAPTION_MAX = 60


def _is_chrome(line: str, words: frozenset[str]) -> bool:
    """A line made only of interface words (at least two, or one marked by 【】 or of three characters or more:
    点击查看, 返回顶部), or of at least two after a short category name (工作计划 会员上传 下载docx), with no
    sentence in it."""
    if _RE_SENTENCE_MARK.search(line) or len(line) > CLUTTER_LINE_MAX:
        return False
    tokens = [t for t in _RE_CHROME_SPLIT.split(line) if t]
    if not tokens:
        return False
    parts = [_chrome_parts(t, words) for t in tokens]
    if all(parts[1:]) and sum(parts[1:]) >= 2 and _RE_CATEGORY_LABEL.fullmatch(tokens[0]):
        return True  # a page's category before its buttons (工作计划 会员上传 下载docx)
    return all(parts) and (sum(parts) >= 2 or "【" in line or len(tokens[0]) >= 3)


#: A site's category name (工作计划, 范文): a few Chinese characters alone.
_RE_CATEGORY_LABEL = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _vertical_breadcrumb(lines: list[str], head: list[int], words: frozenset[str]) -> list[int]:
    """The lines of a breadcrumb laid out one step a line (首页 / > / 政务信息 / > / 宁夏要闻) among the ``head``
    lines: each line of a separator alone between two short lines of no sentence, and the step after the last;
    only when there are two separators or the first step is an interface word (首页). ``[]`` when none."""
    seps = [k for k in range(1, len(head) - 1) if _RE_CRUMB_SEPARATOR.fullmatch(lines[head[k]].strip())
            and all(_is_crumb_step(lines[head[j]].strip()) for j in (k - 1, k + 1))]
    if not seps or len(seps) < 2 and lines[head[seps[0] - 1]].strip() not in words:
        return []
    return [head[k] for k in seps] + [head[seps[-1] + 1]]


def _is_crumb_step(line: str) -> bool:
    return 0 < len(line) <= _CRUMB_STEP_MAX and not _RE_SENTENCE_MARK.search(line)


def _remove_vertical_toolbars(lines: list[str], keep: list[bool], words: frozenset[str]) -> None:
    """Mark as removed the lines of a toolbar laid out one interface word a line (下载 / 打印 / 全屏 / 收藏): a line
    that is one interface word alone goes when the kept non-blank line before or after it is one too. Read
    over the lines still kept, so that a second cleaning sees the same neighbours."""
    kept = [i for i, line in enumerate(lines) if keep[i] and line.strip()]
    single = [_is_one_interface_word(lines[i].strip(), words) for i in kept]
    for k, i in enumerate(kept):
        if single[k] and ((k and single[k - 1]) or (k + 1 < len(kept) and single[k + 1])):
            keep[i] = False


def _is_one_interface_word(line: str, words: frozenset[str]) -> bool:
    """A short line that is one interface word, perhaps in brackets or after a colon (下载, 减小】, 【打印】), or the
    bracket a toolbar closes with (】) alone."""
    if len(line) > _CHROME_WORD_MAX + 2:
        return False
    tokens = [t for t in _RE_CHROME_SPLIT.split(line) if t]
    return len(tokens) == 1 and tokens[0] in words or not tokens and bool(_RE_BRACKETS_ONLY.fullmatch(line))


def _chrome_parts(token: str, words: frozenset[str]) -> int:
    """How many interface words ``token`` is made of, written together (返回首页, 微信扫码登录); 0 when it is not
    made of them. The fewest words that make it, found left to right (each position tries words up to
    :data:`_CHROME_WORD_MAX` characters)."""
    if len(token) > CLUTTER_LINE_MAX:
        return 0
    fewest = [0] * (len(token) + 1)  # fewest[i]: the words making token[:i], 0 when none can (and for the empty start)
    for end in range(1, len(token) + 1):
        counts = [fewest[start] + 1 for start in range(max(0, end - _CHROME_WORD_MAX), end)
                  if (start == 0 or fewest[start]) and token[start:end] in words]
        fewest[end] = min(counts) if counts else 0
    return fewest[len(token)]


def _collection(lines: list[str], keep: list[bool], head: list[int], words: dict) -> tuple[list[str], list[str]]:
    """Take a template site's collection page apart (the ``collection`` kind of the module docstring): mark as
    removed in ``keep`` the collection's titles among the ``head`` lines, and the lines above the first
    document's label there; the label is cut from its line, or its line removed when a title line follows.
    Returns the counts and labels cut, and a note when a later document's label stands further on."""
    cut: list[str] = []
    for i in head:
        count = keep[i] and words["collection"].search(lines[i].strip())
        if count:
            _cut_or_remove(lines, keep, i, count, cut)
    labels = [(i, m) for i in range(len(lines)) if keep[i] and (m := words["collection_entry"].search(lines[i].strip()))]
    if not labels or labels[0][0] not in head or _entry_number(labels[0][1].group()) != 1:
        return cut, []
    first, label = labels[0]
    for j in range(first):
        keep[j] = False
    _cut_or_remove(lines, keep, first, label, cut)
    later = [i for i, m in labels[1:] if _entry_number(m.group()) > 1]
    notes = [f"line {later[0] + 1} ({lines[later[0]].strip()[:20]!r}) labels another document of a template "
             f"site's collection: the file holds {len(later) + 1} documents; keep one document a file"] if later else []
    return cut, notes


def _cut_or_remove(lines: list[str], keep: list[bool], i: int, decoration: re.Match, cut: list[str]) -> None:
    """Remove line ``i`` (a collection's or a document's title on the page) when a title line follows it (the
    document's own); else cut the ``decoration`` (its count or label) from it and add that to ``cut``."""
    following = next((lines[j].strip() for j in range(i + 1, len(lines)) if keep[j] and lines[j].strip()), "")
    if _is_title_line(following):
        keep[i] = False  # the whole line is reported with the lines removed
    else:
        line = lines[i].strip()
        lines[i] = (line[:decoration.start()] + line[decoration.end():]).strip()
        cut.append(decoration.group().strip())


#: A title line standing on its own: at most this long, with at least four Chinese characters.
_TITLE_LINE_MAX = 60


def _is_title_line(line: str) -> bool:
    """A line that can be a document's title: short, Chinese, no sentence punctuation, no outline marker, no
    salutation (各位代表、同志们:, the speech under a title 工会代表大会工作报告 篇1)."""
    return (0 < len(line) <= _TITLE_LINE_MAX and len(RE_HAN.findall(line)) >= 4
            and not _RE_SENTENCE_MARK.search(line) and not _RE_LEADING_MARKER.match(line)
            and not RE_SALUTATION.match(line))


def _entry_number(label: str) -> int:
    """The number in a collection's label (篇1 → 1, 【篇二】 → 2, 第十篇 → 10; 第十二篇 → 12)."""
    return outline_number(re.search(r"\d+|[一二三四五六七八九十]+", label).group()) or 0


def _remove_site_lines(lines: list[str], keep: list[bool], head: list[int]) -> None:
    """Mark as removed the site-address lines (anywhere) and a page's preview, the first kept line of the ``head``
    (see the ``site`` kind of the module docstring). The preview's text, its site address and a closing mark or
    ellipsis cut, must be the start of the kept text after it, lines joined, ending inside a line and running over
    two or more (a line repeated is no preview); only the characters it needs are joined."""
    for i, line in enumerate(lines):
        if keep[i] and _RE_SITE_LINE.fullmatch(line.strip()):
            keep[i] = False
    first = next((i for i in head if keep[i]), None)
    if first is None:
        return
    second = next((j for j in range(first + 1, len(lines)) if keep[j] and lines[j].strip()), None)
    if second is not None and lines[second].strip() == lines[first].strip() and _is_title_line(lines[first].strip()):
        keep[first] = False  # the page's heading over the text, and the text's own title the same line
        return
    line = lines[first].strip()
    lead = _RE_SITE_LEAD.match(line)
    preview = re.sub(r"\s+", "", line[lead.end():] if lead else line).rstrip("。.…")
    if len(preview) < _PREVIEW_MIN:
        return
    following, size = [], 0
    for j in range(first + 1, len(lines)):
        if keep[j] and lines[j].strip():
            following.append(re.sub(r"\s+", "", lines[j]))
            size += len(following[-1])
            if size >= len(preview):
                break
    # cut short (it ends inside a line) and across lines (a title and the opening): never a line repeated
    if len(following) >= 2 and size > len(preview) and "".join(following).startswith(preview):
        keep[first] = False


def _trailing_clutter(lines: list[str], keep: list[bool], footer: re.Pattern,
                      licence: re.Pattern) -> tuple[int | None, list[str]]:
    """Where a trailing block of page clutter begins (``None`` if there is none), and notes on markers kept.

    A footer marker (相关文章, 上一篇, 版权所有 … at a line start) or a licence
    statement (anywhere in a line) begins a trailing block, from the start of its
    paragraph, only when what follows looks like clutter: every line short (at
    most :data:`CLUTTER_LINE_MAX` characters: titles, teasers, links; the footer's own line may be longer when no
    sentence ends in it) and either
    no sentence ends at all, or few (one per three lines at most) in a block of at
    most :data:`CLUTTER_MAX_SHARE` of the text. A footer marker followed by body
    text is kept, with a note, and so is the text after it. One pass from the
    end keeps this linear in the number of lines.
    """
    n = len(lines)
    long_after, ends_after, chars_after, lines_after = ([0] * (n + 1) for _ in range(4))
    for i in range(n - 1, -1, -1):
        line = lines[i].strip()
        long_after[i] = long_after[i + 1] + (len(line) > CLUTTER_LINE_MAX)
        ends_after[i] = ends_after[i + 1] + line.count("。")
        chars_after[i] = chars_after[i + 1] + len(line)
        lines_after[i] = lines_after[i + 1] + bool(line)
    total = max(1, chars_after[0])
    notes = []
    paragraph_start = 0
    for i in range(n):
        line = lines[i].strip()
        if not line:
            paragraph_start = i + 1
            continue
        is_footer = keep[i] and footer.search(line)
        if not (is_footer or (keep[i] and licence.search(line))):
            continue
        start = i if is_footer else paragraph_start
        few_ends = ends_after[start] * 3 <= lines_after[start] and chars_after[start] <= CLUTTER_MAX_SHARE * total
        # a footer's own line may run long when no sentence ends in it (Copyright @ 2015-2022 某某网版权所有 备案号:
        # 皖ICP备…号 联系邮箱:…: the site's statement on one line)
        long_footer = bool(is_footer) and len(line) > CLUTTER_LINE_MAX and "。" not in line
        if long_after[start] - long_footer == 0 and (ends_after[start] == 0 or few_ends):
            return start, notes
        if is_footer:
            notes.append(
                f"line {i + 1} ({line[:20]!r}) looks like a page footer, but {chars_after[i] - len(line):,} "
                "characters of text follow it; nothing was removed there"
            )
    return None, notes


#: A running head or foot is at most this long, and repeated at least this many times.
_RUNNING_MAX, _RUNNING_MIN_REPEATS = 30, 3
#: What a line that ends a sentence or a heading ends with: a line ending otherwise stops mid-sentence.
_SENTENCE_ENDS = "。！？；：…”’）》」』!?;:)"
#: Marks a line broken inside a sentence's bracket or quotation ends with, or the line after it starts with.
_OPENERS, _CONTINUERS = "《“‘（(「『【〈", "》”’）)」』】〉，、。；：！？,;:!?"
#: A line's own outline marker (一、, 1., （一）): a numbered heading, never a running head.
_RE_LEADING_MARKER = re.compile(r"[一二三四五六七八九十]+、|\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)]")


def _remove_running_heads(lines: list[str], keep: list[bool]) -> list[int]:
    """Drop a printed document's running heads and feet (see the module docstring) from ``keep``; their lines."""
    places: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        text = line.strip()
        if keep[i] and 2 <= len(text) <= _RUNNING_MAX and RE_HAN.search(text) \
                and not _RE_SENTENCE_MARK.search(text) and not _RE_LEADING_MARKER.match(text):
            places.setdefault(text, []).append(i)
    removed: list[int] = []
    for text, found in places.items():
        if len(found) >= _RUNNING_MIN_REPEATS and any(_breaks_a_sentence(lines, keep, i) for i in found) \
                and not any(_enclosed(lines, i) for i in found):
            for i in found:
                keep[i] = False
            removed += found
    return removed


def _close_page_breaks(lines: list[str], keep: list[bool], furniture: list[int]) -> None:
    """Where a page's furniture (its number, its running head) was taken out of a sentence the page broke, the
    blank lines around it go too, so the sentence's two halves can be joined (:mod:`analysis.linebreaks`);
    between paragraphs, those after it (the blank line before it parts the paragraphs)."""
    for i in sorted(furniture):
        if _breaks_a_sentence(lines, keep, i):
            for j in range(i - 1, -1, -1):  # back to the text line the page broke
                if keep[j] and lines[j].strip():
                    break
                keep[j] = False
        for j in range(i + 1, len(lines)):  # on to the text the page goes on with
            if keep[j] and lines[j].strip():
                break
            keep[j] = False


def _enclosed(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a piece of a sentence a page set on lines of its own (a link: 中央《 / 建议 / 》精神):
    the line before opens a bracket or quotation, or the line after goes on with a closing or continuing mark."""
    before = next((lines[j].strip() for j in range(i - 1, -1, -1) if lines[j].strip()), "")
    after = next((lines[j].strip() for j in range(i + 1, len(lines)) if lines[j].strip()), "")
    return bool(before) and before[-1] in _OPENERS or bool(after) and after[0] in _CONTINUERS


def _breaks_a_sentence(lines: list[str], keep: list[bool], i: int) -> bool:
    """Whether the text line kept last before line ``i`` stops mid-sentence (a paragraph the page broke)."""
    for j in range(i - 1, -1, -1):
        before = lines[j].strip()
        if keep[j] and before:
            return len(before) > _RUNNING_MAX and before[-1] not in _SENTENCE_ENDS
    return False


def remove_web_clutter(text: str, resources: Resources | None = None) -> tuple[str, list[str], list[str]]:
    """``text`` without web-page clutter, what was removed, and notes on footer-like lines kept.

    Works line by line; see the module docstring for what is removed. A
    breadcrumb removes every line above it too; a trailing footer or licence
    block is removed to the end of the text only when it looks like clutter
    (short lines, few sentences), else it is kept with a note. Blank lines at
    the start and end of the result are dropped.

    Parameters
    ----------
    text : str
        The text, lines separated by ``\\n``.
    resources : Resources or None, default None
        The word lists (``clutter_words.csv``); ``None`` means the project's
        (:func:`analysis.loader.load_resources`).

    Returns
    -------
    text : str
        The text without the clutter lines.
    removed : list of str
        The page counters taken out (第1页共18页), the stamps taken off the text run on after them, the blurb
        sentences, then the non-blank lines removed.
    notes : list of str
        One note per footer marker that was kept because body text follows it.

    Examples
    --------
    >>> remove_web_clutter("当前位置：首页 > 文章\\n某市工会工作要点\\n【字号：大 中 小】 打印 关闭\\n一、任务\\n- 2 -\\n相关文章\\n上一篇：无")[0]
    '某市工会工作要点\\n一、任务'
    """
    words = (resources or load_resources()).clutter_words
    # a page counter, on its own line or run into the text (第1页共18页XX市…), and a style sheet's rules
    counters = RE_PAGE_COUNTER.findall(text) + [m.group().strip() for m in RE_STYLE_RULES.finditer(text)]
    lines = RE_STYLE_RULES.sub("", RE_PAGE_COUNTER.sub("", text)).split("\n")
    keep = [True] * len(lines)
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    crumbs = [i for i in nonblank[:15]  # as the spaces step will leave the line (一、 一、>>一、 is a breadcrumb then)
              if words["navigation"].search(RE_SPACES_BETWEEN.sub("", lines[i].strip()))]
    crumbs += _vertical_breadcrumb(lines, nonblank[:15], words["chrome_words"])
    if crumbs:
        for i in range(max(crumbs) + 1):  # the lowest line of either kind of breadcrumb
            keep[i] = False
    blurbs, stamps = [], []
    for i in nonblank[:_HEAD_LINES]:
        line = lines[i].strip()
        meta = words["page_meta"].search(line)
        if meta:
            rest = _RE_STAMP_TIME.sub("", line[meta.end():], count=1)
            keep[i] = False  # the stamp, counter or byline goes, and the line with it, unless the page's text runs on
            if len(rest) >= _RUN_ON_MIN and "。" in rest:  # after it (发表时间:2019-12-31 17:38 2019年学校工会在…。…)
                stamps.append(line[:len(line) - len(rest)].strip())
                lines[i], keep[i] = rest, True
        elif len(line) <= _BLURB_MAX and words["blurb"].search(line):
            # the blurb's sentences go, and the rest of the line unless it holds figures (a news lead stays)
            sentences = _RE_SENTENCE_SPLIT.split(line)
            is_blurb = [bool(words["blurb"].search(x)) for x in sentences]
            blurbs += [x for x, b in zip(sentences, is_blurb) if b]
            rest = "".join(x for x, b in zip(sentences, is_blurb) if not b and re.search(r"\w", x))
            lines[i] = rest
            keep[i] = bool(re.search(r"\d", rest))  # a lead with figures stays; a template's filler goes
    for i in nonblank:
        line = lines[i].strip()
        if _is_chrome(line, words["chrome_words"]) or (
                len(line) <= _CAPTION_MAX and words["caption"].search(line)):
            keep[i] = False
    _remove_site_lines(lines, keep, nonblank[:_HEAD_LINES])
    labels, collection_notes = _collection(lines, keep, nonblank[:_HEAD_LINES], words)
    footer, notes = _trailing_clutter(lines, keep, words["footer"], words["licence"])
    notes += collection_notes
    if footer is not None:
        for j in range(footer, len(lines)):
            keep[j] = False
    _remove_vertical_toolbars(lines, keep, words["chrome_words"])
    for i in nonblank[:_HEAD_LINES]:  # above the text's first line, one button alone on its line (分享) is the page's
        if not keep[i]:
            continue
        if len(lines[i].strip()) < 2 or not _is_one_interface_word(lines[i].strip(), words["chrome_words"]):
            break
        keep[i] = False
    furniture = [i for k, i in enumerate(nonblank)  # a page's number, date or image: the page's, not the plan's
                 if keep[i] and "\t" not in lines[i] and (_RE_IMAGE_LINE.fullmatch(lines[i].strip())
                                                          or _RE_STRAY_LINE.match(lines[i].strip())
                                                          and not (k and _RE_SUBSCRIPT_BASE.search(lines[nonblank[k - 1]])))]
    for i in furniture:
        keep[i] = False
    _close_page_breaks(lines, keep, furniture + _remove_running_heads(lines, keep))
    removed = counters + stamps + blurbs + labels + [lines[i] for i in range(len(lines)) if not keep[i] and lines[i].strip()]
    out = "\n".join(line for line, k in zip(lines, keep) if k).strip("\n")
    return out, removed, notes
