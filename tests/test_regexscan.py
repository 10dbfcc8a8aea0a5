"""Scanning only where a match can begin: the same matches as ``re``'s own scan, for the project's patterns."""
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import regexscan
from analysis.candidates import quantity_pattern
from analysis.loader import load_resources

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = load_resources()
#: The project's patterns that can be scanned so: the quantities, the review and plan cues, the cue-word roles.
PATTERNS = ([quantity_pattern(RESOURCES)] + [pattern for _, pattern, _ in RESOURCES.time_cues]
            + [RESOURCES.cue(role) for role in RESOURCES.cues if RESOURCES.cues[role]])


def spans(matches):
    return [(m.start(), m.end(), m.groups()) for m in matches]


def scanned(pattern, text):
    """The matches found by jumping between the start characters, for every pattern that has them (also those
    ``re`` scans as fast, which the scanner leaves to ``re``): the class must hold every first character."""
    scanner = regexscan.Scanner(pattern)
    scanner.starts = regexscan.start_chars(pattern)
    return scanner.finditer(text)


@pytest.mark.parametrize("path", sorted((ROOT / "data" / "raw").glob("*.txt"))
                         + sorted((ROOT / "data" / "national-reports" / "raw").glob("gwr_19[58]*.txt"))[:4])
def test_finditer_finds_what_re_finds_in_real_documents(path):
    text = path.read_text(encoding="utf-8")
    for pattern in PATTERNS:
        expected = spans(pattern.finditer(text))
        assert spans(regexscan.finditer(pattern, text)) == expected, pattern.pattern[:60]
        assert spans(scanned(pattern, text)) == expected, pattern.pattern[:60]


#: Characters the patterns begin with and characters they do not, to mix into texts.
ALPHABET = "0123456789０１２一二三四五六七八九十百千万亿几两半约近超达不少于以上元人家个%，。；：、“”《》要将已了 年月日期间今后\n"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_finditer_finds_what_re_finds_in_any_text(text):
    for pattern in PATTERNS:
        expected = spans(pattern.finditer(text))
        assert spans(regexscan.finditer(pattern, text)) == expected
        assert spans(scanned(pattern, text)) == expected


@pytest.mark.parametrize("source, expected", [
    (r"(?:不少于|约)?\d+人", "[不约\\d]"),
    (r"(?<![比从])(?:去年|上年)", "[去上]"),  # a lookbehind at the start is passed over
    (r"(?:a|)b", "[ab]"),  # an alternative that can be empty lets the next item begin the match
    (r"(?:x*)?[c-e]", "[xc-e]"),
    (r"^\s*项目", "[\\s项]"),
    (r"(?>ab|c)d", "[ac]"),
    (r"(a)\1", "[a]"),  # a back reference after the start does not matter
])
def test_start_chars_are_what_can_begin_a_match(source, expected):
    assert regexscan.start_chars(re.compile(source)).pattern == expected


@pytest.mark.parametrize("source, flags", [
    (r".要", 0),  # any character
    (r"[^，]+", 0),  # a negated class
    (r"a?", 0),  # can match nothing
    (r"(?=要)", 0),  # zero width only
    (r"plan", re.IGNORECASE),  # either case
    (r"(?i:plan)", 0),
])
def test_start_chars_give_up_where_any_character_may_begin(source, flags):
    assert regexscan.start_chars(re.compile(source, flags)) is None


def test_a_pattern_with_no_start_class_is_scanned_by_re():
    pattern = re.compile(r"[^，]+")
    assert [m.group(0) for m in regexscan.finditer(pattern, "甲，乙丙")] == ["甲", "乙丙"]


def test_a_failed_try_moves_on_by_one_character():
    # 约 begins a try that fails (no digit after it); the next 约 begins the match
    pattern = re.compile(r"(?:约)?约?\d+人")
    found = [m.group(0) for m in regexscan.finditer(pattern, "约约约3人和5人")]
    assert found == ["约约3人", "5人"] == [m.group(0) for m in pattern.finditer("约约约3人和5人")]


@pytest.mark.parametrize("source, skips", [
    ("过去", True),  # a literal: re searches for it
    ("[一二三]年来", True),
    ("成就|成绩|成效", True),  # alternatives opening with literals: re knows their first characters
    ("^(?:会议|报告)提出", True),  # an anchor: one place to try
    ("(?:^|[，。；])(?:加强|推进)", True),  # what follows the anchor can begin with many characters
    ("(?<![比较])去年", False),  # a lookbehind first: re tries every position
    ("已经|(?<![而])已", False),
    ("(?:约)?[0-9]+人", False),  # an optional group first
])
def test_re_skips_ahead_where_it_has_a_prefix_a_first_character_set_or_an_anchor(source, skips):
    assert regexscan.re_skips_ahead(re.compile(source)) is skips


def test_the_quantity_pattern_is_scanned_by_its_start_characters():
    scanner = regexscan.Scanner(quantity_pattern(RESOURCES))
    assert scanner.starts is not None and scanner.starts.match("5") and not scanner.starts.match("的")
