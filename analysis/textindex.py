"""Where things stand in one text: punctuation, cue words and patterns, found once.

The quantity rules ask, for every number, what comes before it in its
sentence or clause. Scanning the sentence each time would cost the square of
its length; :class:`TextIndex` finds every position once and answers each
question with a binary search, so extraction stays linear however long the text.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["SENTENCE_END", "SENTENCE_MAX", "TextIndex"]

#: Characters that end a sentence (or a clause standing as one).
SENTENCE_END = "。；！？\n\t"
#: A sentence longer than this is shown as a window of this many characters around its quantity.
SENTENCE_MAX = 500


class TextIndex:
    """Where punctuation and cue words stand in one text, found once.

    Each quantity's tests then cost a binary search instead of a scan of its
    sentence (linear time however long the text). Positions are found on the
    first question about them and kept.

    Parameters
    ----------
    text : str
        The text.

    Examples
    --------
    >>> index = TextIndex("全年新建职工之家10家。开展“安康杯”竞赛。")
    >>> index.sentence(15), index.inside_quotes(15)
    ('开展“安康杯”竞赛。', True)
    """

    def __init__(self, text: str):
        self.text = text
        self._chars: dict[str, list[int]] = {}
        self._overlapping: dict[re.Pattern, tuple[list[int], list[int]]] = {}
        self._matches: dict[re.Pattern, tuple[list[int], list[re.Match]]] = {}
        self._memo: dict = {}

    def positions(self, chars: str) -> list[int]:
        """Offsets of every character of ``chars`` in the text.

        Parameters
        ----------
        chars : str
            The characters looked for (any of them).

        Returns
        -------
        list of int
            Their offsets, in increasing order.

        Examples
        --------
        >>> TextIndex("全年新建职工之家10家。开展活动。").positions("。；")
        [11, 16]
        """
        if chars not in self._chars:
            self._chars[chars] = [m.start() for m in re.finditer("[" + re.escape(chars) + "]", self.text)]
        return self._chars[chars]

    def count_before(self, chars: str, pos: int) -> int:
        """How many of ``chars`` stand before ``pos``.

        Parameters
        ----------
        chars : str
            The characters counted (any of them).
        pos : int
            An offset in the text.

        Returns
        -------
        int
            The number of them before ``pos``.

        Examples
        --------
        >>> TextIndex("全年新建职工之家10家。开展活动。").count_before("。", 16)
        1
        """
        return bisect.bisect_left(self.positions(chars), pos)

    def last_before(self, chars: str, pos: int) -> int:
        """Offset of the last of ``chars`` before ``pos``, or -1.

        Parameters
        ----------
        chars : str
            The characters looked for (any of them).
        pos : int
            An offset in the text.

        Returns
        -------
        int
            The offset; -1 when none stands before ``pos``.

        Examples
        --------
        >>> TextIndex("全年新建职工之家10家。开展活动。").last_before("。", 16)
        11
        """
        found = self.positions(chars)
        k = bisect.bisect_left(found, pos)
        return found[k - 1] if k else -1

    def first_from(self, chars: str, pos: int) -> int:
        """Offset of the first of ``chars`` at or after ``pos``, or -1.

        Parameters
        ----------
        chars : str
            The characters looked for (any of them).
        pos : int
            An offset in the text.

        Returns
        -------
        int
            The offset; -1 when none stands at or after ``pos``.

        Examples
        --------
        >>> TextIndex("全年新建职工之家10家。开展活动。").first_from("。", 12)
        16
        """
        found = self.positions(chars)
        k = bisect.bisect_left(found, pos)
        return found[k] if k < len(found) else -1

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence around ``pos``.

        A sentence ends with one of :data:`SENTENCE_END` (included) or with
        the text.

        Parameters
        ----------
        pos : int
            An offset in the text.

        Returns
        -------
        tuple of (int, int)
            The offsets of the sentence's first character and of the end
            (exclusive).

        Examples
        --------
        >>> TextIndex("全年新建职工之家10家。开展活动。").sentence_bounds(13)
        (12, 17)
        """
        s = self.last_before(SENTENCE_END, pos) + 1
        e = self.first_from(SENTENCE_END, pos)
        return s, (e + 1 if e != -1 else len(self.text))

    def inside_quotes(self, pos: int) -> bool:
        """True when ``pos`` lies inside “…” or 《…》.

        Parameters
        ----------
        pos : int
            An offset in the text.

        Returns
        -------
        bool
            Whether more “ than ” stand before ``pos``, or a 《 stands before
            it after the last 》.

        Examples
        --------
        >>> TextIndex("开展“安康杯”竞赛").inside_quotes(4)
        True
        """
        return (self.count_before("“", pos) > self.count_before("”", pos)
                or self.last_before("《", pos) > self.last_before("》", pos))

    def has_match(self, pattern: re.Pattern, start: int, end: int) -> bool:
        """True when ``pattern`` matches somewhere inside ``text[start:end]`` (much as ``search`` on the slice would).

        Matches are found once at every position (overlapping), so a match that a
        longer one elsewhere would hide is found too. At each position only the
        match the pattern prefers there is kept: when it runs past ``end``, a
        shorter alternative that would fit is not tried (``新建职工之家|新建``
        on ``text[0:4]`` of 新建职工之家 is no match, though ``search`` finds 新建).

        Parameters
        ----------
        pattern : re.Pattern
            The pattern.
        start : int
            The offset where the slice starts.
        end : int
            The offset where the slice ends (exclusive).

        Returns
        -------
        bool
            Whether a match lies wholly inside the slice.

        Examples
        --------
        >>> TextIndex("全年新建职工之家10家。").has_match(re.compile("新建|建成"), 0, 8)
        True
        """
        if pattern not in self._overlapping:
            found = [(m.start(), m.end(1))
                     for m in re.finditer(f"(?=({pattern.pattern}))", self.text, pattern.flags & ~re.UNICODE)]
            self._overlapping[pattern] = ([a for a, _ in found], [b for _, b in found])
        starts, ends = self._overlapping[pattern]
        k = bisect.bisect_left(starts, start)
        # Matches are short: only those starting near ``end`` can run past it.
        while k < len(starts) and starts[k] < end:
            if ends[k] <= end:
                return True
            k += 1
        return False

    def last_match(self, pattern: re.Pattern, start: int, end: int) -> re.Match | None:
        """The last match of ``pattern`` (scanning the text left to right) lying inside ``text[start:end]``.

        Parameters
        ----------
        pattern : re.Pattern
            The pattern.
        start : int
            The offset where the slice starts.
        end : int
            The offset where the slice ends (exclusive).

        Returns
        -------
        re.Match or None
            The match, with offsets in the whole text; ``None`` when no match
            lies wholly inside the slice.

        Examples
        --------
        >>> TextIndex("新建职工之家10家，建成职工之家5家。").last_match(re.compile("新建|建成"), 0, 12).start()
        10
        """
        if pattern not in self._matches:
            found = list(pattern.finditer(self.text))
            self._matches[pattern] = ([m.start() for m in found], found)
        starts, found = self._matches[pattern]
        k = bisect.bisect_left(starts, end) - 1
        while k >= 0 and found[k].start() >= start:
            if found[k].end() <= end:
                return found[k]
            k -= 1
        return None

    def memo(self, key, compute):
        """``compute()``, computed once per ``key`` for this text (what a sentence says, for all its numbers).

        Parameters
        ----------
        key : hashable
            What the value is kept under (a name and the sentence's bounds).
        compute : callable
            Called without arguments the first time ``key`` is asked for.

        Returns
        -------
        object
            What ``compute`` returned the first time.

        Examples
        --------
        >>> index = TextIndex("开展活动。")
        >>> index.memo("n", lambda: 1), index.memo("n", lambda: 2)
        (1, 1)
        """
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def sentence(self, pos: int) -> str:
        """The sentence around ``pos``, stripped; a window of :data:`SENTENCE_MAX` characters when longer.

        Parameters
        ----------
        pos : int
            An offset in the text.

        Returns
        -------
        str
            The sentence (:meth:`sentence_bounds`) without surrounding
            whitespace; for a longer sentence, the characters around ``pos``,
            with … where the sentence was cut.

        Examples
        --------
        >>> TextIndex("全年新建职工之家10家。开展活动。").sentence(13)
        '开展活动。'
        """
        s, e = self.sentence_bounds(pos)
        if e - s <= SENTENCE_MAX:
            return self.text[s:e].strip()
        half = SENTENCE_MAX // 2
        a, b = max(s, pos - half), min(e, pos + half)
        return ("…" if a > s else "") + self.text[a:b].strip() + ("…" if b < e else "")
