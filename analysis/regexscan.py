"""Scan a text for a pattern's matches faster, with the same matches: try it only where a match can begin.

Python's ``re`` skips quickly to where a match can begin only when a pattern opens
with a literal or a character class. The rules' patterns mostly open with an
optional qualifier or a lookbehind (``(?P<pre>不少于|…)?(?P<num>…)``), so ``re``
tries the whole pattern at every character of the text. :func:`start_chars`
reads the pattern's syntax tree once for the characters its matches can begin
with; :func:`finditer` then jumps between those characters (a character class
``re`` does scan quickly) and tries the pattern only there. The matches are the
ones ``pattern.finditer`` gives, in the same order: a match found at a position
is the one ``finditer`` finds there, and the positions skipped are those where
no match can begin. A pattern whose start cannot be read (it may begin with any
character, or match the empty string) is scanned by ``re`` as before, and so is
one that ``re`` already skips through (:func:`re_skips_ahead`: it opens with a
literal, a class, alternatives that each open with a literal, or an anchor).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

try:  # the parser of the re module: private, stable from Python 3.11 on; without it, plain scans
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover - another Python
    _C = _P = None

__all__ = ["Scanner", "start_chars", "re_skips_ahead", "finditer"]


@lru_cache(maxsize=1024)
def start_chars(pattern: re.Pattern) -> re.Pattern | None:
    """A character class matching every character a match of ``pattern`` can begin with; None when any may.

    Zero-width assertions at the start (lookbehinds, lookaheads, anchors) are passed over:
    the class holds what can follow them, a superset of what can match there.

    Parameters
    ----------
    pattern : re.Pattern
        A compiled pattern (str).

    Returns
    -------
    re.Pattern or None
        The class, compiled with the pattern's flags; None when a match may begin with any
        character (``.``, a negated class, a back reference …), when the pattern can match the
        empty string, or when it ignores case.

    Examples
    --------
    >>> start_chars(re.compile(r"(?:不少于|约)?\\d+(?:万)?人")).pattern
    '[不约\\\\d]'
    >>> start_chars(re.compile(r"[^，]+")) is None, start_chars(re.compile(r"a?")) is None
    (True, True)
    """
    if _P is None or not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _P.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern re compiled but this parser reads otherwise: scan plainly
        return None
    pieces, can_be_empty = _first_pieces(list(parsed))
    if pieces is None or can_be_empty or not pieces:
        return None
    return re.compile("[" + "".join(dict.fromkeys(pieces)) + "]", pattern.flags & ~re.VERBOSE)


@lru_cache(maxsize=1024)
def re_skips_ahead(pattern: re.Pattern) -> bool:
    """Whether ``re`` itself skips quickly to where a match can begin (or tries one position only).

    It does when the pattern opens with a literal (过去), a character class, alternatives that
    each open with a literal (成就|成绩|成效), or an anchor (``^…``): the first three give ``re``
    a prefix or a set of first characters to search for, the anchor a single place to try; and
    alternatives that open with a class or an anchor (``(?:^|[，。])加强``) are left to ``re`` too,
    as what follows an anchor can begin with many characters. A
    pattern that opens with a lookbehind, an optional group or alternatives of another kind is
    tried at every character; those are the ones :func:`finditer` scans by :func:`start_chars`.

    Examples
    --------
    >>> re_skips_ahead(re.compile("成就|成绩")), re_skips_ahead(re.compile("^(?:会议|报告)提出"))
    (True, True)
    >>> re_skips_ahead(re.compile("(?<![比较])去年")), re_skips_ahead(re.compile("(?:约)?[0-9]+人"))
    (False, False)
    """
    if _P is None or not isinstance(pattern.pattern, str):
        return True
    try:
        items = list(_P.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - read otherwise than re: leave the scan to re
        return True
    while items and items[0][0] is _C.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = list(items[0][1][-1])  # (?:…) or (…) without flags: what it opens with
    if not items:
        return False
    op, av = items[0]
    if op in (_C.LITERAL, _C.IN, _C.AT):
        return True
    if op is _C.BRANCH:
        return all(alternative and list(alternative)[0][0] in (_C.LITERAL, _C.IN, _C.AT) for alternative in av[1])
    return False


class Scanner:
    """A pattern with what :func:`finditer` needs to scan for it, worked out once (keep one per pattern).

    Parameters
    ----------
    pattern : re.Pattern
        The pattern.

    Examples
    --------
    >>> scanner = Scanner(re.compile(r"(?:约)?\\d+人"))
    >>> [m.group(0) for m in scanner.finditer("培训约300人，表彰20人")]
    ['约300人', '20人']
    """

    __slots__ = ("pattern", "starts")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        #: The class of the characters a match can begin with, or None where ``re`` scans as fast.
        self.starts = None if re_skips_ahead(pattern) else start_chars(pattern)

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The matches ``pattern.finditer(text)`` gives, left to right, not overlapping (offsets in ``text``)."""
        return self.pattern.finditer(text) if self.starts is None else self._scan(text)

    def _scan(self, text: str) -> Iterator[re.Match]:
        search, match, pos, n = self.starts.search, self.pattern.match, 0, len(text)
        while pos < n:
            s = search(text, pos)
            if s is None:
                return
            m = match(text, s.start())
            if m is None:
                pos = s.start() + 1
            else:
                yield m
                pos = m.end()  # never empty: start_chars is None for a pattern that can match nothing


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches ``pattern.finditer(text)`` gives, found by trying ``pattern`` only where one can begin
    (:class:`Scanner`; for a pattern scanned often, keep its scanner instead).

    Parameters
    ----------
    pattern : re.Pattern
        The pattern.
    text : str
        The text.

    Returns
    -------
    iterator of re.Match
        The matches, left to right, not overlapping (offsets in ``text``).

    Examples
    --------
    >>> [m.group(0) for m in finditer(re.compile(r"(?:约)?\\d+人"), "培训约300人，表彰20人")]
    ['约300人', '20人']
    """
    return Scanner(pattern).finditer(text)


def _first_pieces(items: list) -> tuple[list[str] | None, bool]:
    """(the class pieces of the characters a sequence of parsed items can begin with, whether it can match
    the empty string); pieces None when any character may begin it."""
    pieces: list[str] = []
    for op, av in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero width: what follows begins the match
        if op is _C.LITERAL:
            return pieces + [_escaped(av)], False
        if op is _C.IN:
            found = _class_pieces(av)
            return (None, False) if found is None else (pieces + found, False)
        if op is _C.SUBPATTERN and av[1] & re.IGNORECASE:
            return None, False  # (?i:…): either case may begin it
        if op is _C.SUBPATTERN or op is _C.ATOMIC_GROUP:
            inner, can_be_empty = _first_pieces(list(av[-1] if op is _C.SUBPATTERN else av))
        elif op is _C.BRANCH:
            inner, can_be_empty = [], False
            for alternative in av[1]:
                found, empty = _first_pieces(list(alternative))
                if found is None:
                    return None, False
                inner += found
                can_be_empty |= empty
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            low, _, body = av
            inner, can_be_empty = _first_pieces(list(body))
            can_be_empty = can_be_empty or low == 0
        else:
            return None, False  # any character, a negated literal, a back reference, a conditional …
        if inner is None:
            return None, False
        pieces += inner
        if not can_be_empty:
            return pieces, False
    return pieces, True


def _class_pieces(members: list) -> list[str] | None:
    """The members of a parsed character class as class source; None for a negated class or another category."""
    out = []
    for op, av in members:
        if op is _C.LITERAL:
            out.append(_escaped(av))
        elif op is _C.RANGE:
            out.append(f"{_escaped(av[0])}-{_escaped(av[1])}")
        elif op is _C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None
    return out


def _escaped(code: int) -> str:
    """One character as it may stand inside a character class (``re.escape`` escapes ``]``, ``\\``, ``^`` and ``-``)."""
    return re.escape(chr(code))


_CATEGORIES = {} if _C is None else {
    _C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_UNI_DIGIT: r"\d",
    _C.CATEGORY_SPACE: r"\s", _C.CATEGORY_UNI_SPACE: r"\s",
    _C.CATEGORY_WORD: r"\w", _C.CATEGORY_UNI_WORD: r"\w",
}
