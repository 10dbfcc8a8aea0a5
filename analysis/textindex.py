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
    """Where punctuation and cue words stand in one text, found once, so each quantity's tests
    cost a binary search instead of a scan of its sentence (linear time however long the text)."""

    def __init__(self, text: str):
        self.text = text
        self._chars: dict[str, list[int]] = {}
        self._overlapping: dict[re.Pattern, tuple[list[int], list[int]]] = {}
        self._matches: dict[re.Pattern, tuple[list[int], list[re.Match]]] = {}

    def positions(self, chars: str) -> list[int]:
        """Offsets of every character of ``chars`` in the text."""
        if chars not in self._chars:
            self._chars[chars] = [m.start() for m in re.finditer("[" + re.escape(chars) + "]", self.text)]
        return self._chars[chars]

    def count_before(self, chars: str, pos: int) -> int:
        return bisect.bisect_left(self.positions(chars), pos)

    def last_before(self, chars: str, pos: int) -> int:
        """Offset of the last of ``chars`` before ``pos``, or -1."""
        found = self.positions(chars)
        k = bisect.bisect_left(found, pos)
        return found[k - 1] if k else -1

    def first_from(self, chars: str, pos: int) -> int:
        """Offset of the first of ``chars`` at or after ``pos``, or -1."""
        found = self.positions(chars)
        k = bisect.bisect_left(found, pos)
        return found[k] if k < len(found) else -1

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        s = self.last_before(SENTENCE_END, pos) + 1
        e = self.first_from(SENTENCE_END, pos)
        return s, (e + 1 if e != -1 else len(self.text))

    def inside_quotes(self, pos: int) -> bool:
        """True when ``pos`` lies inside “…” or 《…》."""
        return (self.count_before("“", pos) > self.count_before("”", pos)
                or self.last_before("《", pos) > self.last_before("》", pos))

    def has_match(self, pattern: re.Pattern, start: int, end: int) -> bool:
        """True when ``pattern`` matches somewhere inside ``text[start:end]`` (as ``search`` on the slice would).

        Matches are found once at every position (overlapping), so a match that a
        longer one elsewhere would hide is found too.
        """
        if pattern not in self._overlapping:
            found = [(m.start(), m.end(1)) for m in re.finditer(f"(?=({pattern.pattern}))", self.text)]
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
        """The last match of ``pattern`` (scanning the text left to right) lying inside ``text[start:end]``."""
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

    def sentence(self, pos: int) -> str:
        """The sentence around ``pos``, stripped; a window of :data:`SENTENCE_MAX` characters when longer."""
        s, e = self.sentence_bounds(pos)
        if e - s <= SENTENCE_MAX:
            return self.text[s:e].strip()
        half = SENTENCE_MAX // 2
        a, b = max(s, pos - half), min(e, pos + half)
        return ("…" if a > s else "") + self.text[a:b].strip() + ("…" if b < e else "")
