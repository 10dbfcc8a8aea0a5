"""A web page's markup taken off: the text a browser shows, one block a line.

Markdown, as a converter writes a word-processor file (``## 一、…``, ``**加强…**``, ``1\\. 坚持…``), is taken off
too (:func:`markdown_text`): the marks go, the words stay. So is a forum's BBCode (``[align=center][b]…[/b][/align]``,
:func:`bbcode_text`), which a page copied from a bulletin board keeps: its blocks become lines.

A plan saved from a browser as the page's source (``.html``, or HTML kept in a
``.txt`` file) holds its text inside tags. :func:`is_markup` tells such a text;
:func:`markup_text` gives what the page shows: each paragraph, heading, list
item, table row or line break (``<p>``, ``<h2>``, ``<li>``, ``<tr>``, ``<br>`` …)
on a line of its own, table cells joined by a space, the page title first,
entities read (``&nbsp;``, ``&#20851;``), and scripts, styles and comments left
out. The page's own clutter (navigation, share bars, footers) is then the
cleaner's work (:mod:`analysis.clutter`), as for any page copied as text.
Python's own HTML parser does the reading; it tolerates broken markup and takes
linear time.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["is_markup", "markup_text", "is_markdown", "markdown_text", "is_bbcode", "bbcode_text", "plain_text"]

#: Elements that start a new line of text where they open or close.
BLOCK_ELEMENTS = frozenset(
    "address article aside blockquote body br caption dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table tbody thead title tr ul".split())
#: Heading elements: a blank line before and after, as a heading line stands in a text (the outline reads it so).
HEADING_ELEMENTS = frozenset("h1 h2 h3 h4 h5 h6".split())
_HEADING_BREAK = "\ue000"  # a private-use character: where a heading's blank line goes
#: Elements whose content is never shown.
HIDDEN_ELEMENTS = frozenset("script style noscript template svg head".split())
#: A tag that makes a text a page's source: the document's own elements, or a paragraph's or block's.
_RE_PAGE_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|p|div|br|span|table|td)\b[^<>]{0,500}>", re.I)
#: How many such tags make a text markup rather than prose that mentions a tag.
MARKUP_MIN_TAGS = 5


def is_markup(text: str) -> bool:
    """Whether ``text`` is a page's HTML source: at least :data:`MARKUP_MIN_TAGS` of its tags (``<p>``, ``<div``,
    ``<html>`` …), or it opens with ``<!DOCTYPE html>`` or ``<html``.

    >>> is_markup("<p>一、总体要求</p><p>全年新建职工之家10家。</p>" * 3), is_markup("一、总体要求\\n全年新建10家。")
    (True, False)
    """
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or _at_least(_RE_PAGE_TAG, text, MARKUP_MIN_TAGS)


def _at_least(pattern: re.Pattern, text: str, n: int) -> bool:
    """Whether ``pattern`` is found ``n`` times in ``text`` (the search stops at the ``n``-th)."""
    count = 0
    for _ in pattern.finditer(text):
        count += 1
        if count >= n:
            return True
    return False


def markup_text(text: str) -> tuple[str, int]:
    """The text a page's markup shows, one block a line (see the module docstring), and the tags taken off.

    Parameters
    ----------
    text : str
        The page's source.

    Returns
    -------
    text : str
        The visible text: a line per block, runs of blank lines made one, each line's ends trimmed.
    tags : int
        The tags (start, end and empty ones) taken off.

    Examples
    --------
    >>> markup_text("<html><head><title>某市总工会2024年工作要点</title><style>p{}</style></head>"
    ...             "<body><p>一、总体要求</p><p>全年新建职工之家&nbsp;10家<br>开展活动。</p></body></html>")
    ('某市总工会2024年工作要点\\n一、总体要求\\n全年新建职工之家 10家\\n开展活动。', 15)
    """
    parser = _TextParser()
    parser.feed(text)
    parser.close()
    out: list[str] = []
    blank = False  # a heading's break is pending: a blank line before the next text
    for line in "".join(parser.pieces).replace("\xa0", " ").split("\n"):
        for k, piece in enumerate(line.split(_HEADING_BREAK)):
            blank = blank or k > 0
            if piece.strip():
                out += [""] if blank and out else []
                out.append(piece.strip())
                blank = False
    return "\n".join(out), parser.tags


class _TextParser(HTMLParser):
    """The visible text of a page, a newline at every block element; the title kept (it names the plan)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.tags = 0
        self._hidden = 0  # depth inside hidden elements (the title inside <head> is shown)
        self._title = False

    def handle_starttag(self, tag, attrs):
        self._open(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags += 1
        self.pieces.append(self._break(tag))

    def handle_endtag(self, tag):
        self.tags += 1
        if tag in HIDDEN_ELEMENTS and self._hidden:
            self._hidden -= 1
        elif tag == "title":
            self._title = False
        self.pieces.append(self._break(tag) or (" " if tag in ("td", "th") else ""))

    def _open(self, tag: str) -> None:
        self.tags += 1
        if tag in HIDDEN_ELEMENTS:
            self._hidden += 1
        elif tag == "title":
            self._title = True
        self.pieces.append(self._break(tag))

    @staticmethod
    def _break(tag: str) -> str:
        """What an element's tag adds to the text: a heading's blank line, a block's line break, or nothing."""
        return _HEADING_BREAK if tag in HEADING_ELEMENTS else "\n" if tag in BLOCK_ELEMENTS else ""

    def handle_data(self, data):
        if not self._hidden or self._title:
            self.pieces.append(data)


#: Markdown's marks: a heading's hashes, a list's bullet, a quotation's >, an escaped mark (1\\. by pandoc).
_RE_MD_LINE_START = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+(?=\S)|>[ \t]?)")
_RE_MD_EMPHASIS = re.compile(r"(\*\*|__)[ \t]*([^\s*_][^\n]*?)\1")
_RE_MD_ESCAPE = re.compile(r"\\([.\\\-*_#\[\]()`!+>|])")
#: A Markdown heading, or a pandoc-escaped number at a line start: what tells Markdown from plain text.
_RE_MD_SIGN = re.compile(r"(?m)^(?:#{1,6}[ \t]+\S|\d{1,2}\\\.)")
#: How many Markdown headings (or escaped numbers) make a text Markdown.
MARKDOWN_MIN_SIGNS = 2


def is_markdown(text: str) -> bool:
    """Whether ``text`` is Markdown: at least :data:`MARKDOWN_MIN_SIGNS` heading lines (``## 一、…``) or numbers
    a converter escaped (``1\\. 坚持…``).

    >>> is_markdown("# 某市总工会2024年工作要点\\n## 一、总体要求\\n正文。"), is_markdown("一、总体要求\\n#1 号文件")
    (True, False)
    """
    return _at_least(_RE_MD_SIGN, text, MARKDOWN_MIN_SIGNS)


def markdown_text(text: str) -> tuple[str, int]:
    """``text`` without Markdown's marks (headings' hashes, bullets, quotation marks, bold and underline marks,
    escapes), and how many were taken off; the words stay where they were.

    >>> markdown_text("## 一、总体要求\\n1\\\\. **坚持党的领导**。全年新建10家。\\n- 开展活动")
    ('一、总体要求\\n1. 坚持党的领导。全年新建10家。\\n开展活动', 4)
    """
    out, starts = _RE_MD_LINE_START.subn("", text)
    out, emphasis = _RE_MD_EMPHASIS.subn(r"\2", out)
    out, escapes = _RE_MD_ESCAPE.subn(r"\1", out)
    return out, starts + emphasis + escapes


#: A forum's BBCode tag (a bulletin board's post: [align=center], [b]…[/b], [size=3], [color=rgb(51, 51, 51)]), by the
#: names boards use; what a tag's value holds stops at the line's end or at 80 characters.
_BBCODE_NAMES = ("align|b|backcolor|center|color|email|font|hr|i|img|indent|left|list|p|quote|right|s|size|strike|sub"
                 "|sup|table|td|th|tr|u|url|attach|media|\\*")
_RE_BBCODE = re.compile(rf"\[(/?)({_BBCODE_NAMES})(?:=[^\]\n]{{0,80}})?\]", re.I)
#: The tags whose content is never text (an image's or an attachment's address).
_RE_BBCODE_HIDDEN = re.compile(r"\[(img|attach|media)(?:=[^\]\n]{0,80})?\][^\[\n]{0,500}\[/\1\]", re.I)
#: The tags that open or close a block (a line of their own): alignment, paragraph, quotation, list, table row.
BBCODE_BLOCKS = frozenset("align center left right p quote list table tr hr indent *".split())
#: How many BBCode tags make a text BBCode rather than prose with a bracket ([2023]12号).
BBCODE_MIN_TAGS = 5


def is_bbcode(text: str) -> bool:
    """Whether ``text`` holds a forum's BBCode: at least :data:`BBCODE_MIN_TAGS` of its tags.

    >>> is_bbcode("[align=center][b]某县2022年统计公报[/b][/align][align=left][size=3]全年增长6%。[/size][/align]")
    True
    >>> is_bbcode("〔2023〕12号文件[1]，见[附件]。")
    False
    """
    return _at_least(_RE_BBCODE, text, BBCODE_MIN_TAGS)


def bbcode_text(text: str) -> tuple[str, int]:
    """``text`` without its BBCode tags, and how many were taken off: a block's tag (:data:`BBCODE_BLOCKS`) breaks
    the line, a table cell's leaves a space, an image's address goes with its tags, any other tag (bold, size,
    font, colour) goes and its words stay; each line's ends are trimmed and blank lines dropped (a block a line,
    as a page's markup gives).

    >>> bbcode_text("[align=center][b]20[/b][b]22年某县统计公报[/b][/align][align=left][size=3]  一、[b]综  合[/b]"
    ...             "[/size][/align][img]http://x/1.png[/img]")
    ('2022年某县统计公报\\n一、综  合', 14)
    """
    text, hidden = _RE_BBCODE_HIDDEN.subn("", text)
    count = 0

    def tag(m: re.Match) -> str:
        nonlocal count
        count += 1
        name = m.group(2).lower()
        return "\n" if name in BBCODE_BLOCKS else " " if name in ("td", "th") else ""

    lines = (line.strip() for line in _RE_BBCODE.sub(tag, text).split("\n"))
    return "\n".join(line for line in lines if line), count + 2 * hidden


def plain_text(text: str) -> str:
    """``text`` as the cleaning reads it after its ``markup``, ``markdown`` and ``bbcode`` steps: a page's source as
    the page shows it, Markdown and BBCode without their marks, any other text as it is (what the metadata is
    inferred from)."""
    text = markup_text(text)[0] if is_markup(text) else text
    text = markdown_text(text)[0] if is_markdown(text) else text
    return bbcode_text(text)[0] if is_bbcode(text) else text
