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


@pytest.mark.parametrize("path", sorted((ROOT / "data" / "raw").glob("*.txt"))
                         + sorted((ROOT / "data" / "national-reports" / "raw").glob("gwr_19[58]*.txt"))[:4])
def test_finditer_finds_what_re_finds_in_real_documents(path):
    text = path.read_text(encoding="utf-8")
    for pattern in PATTERNS:
        assert spans(regexscan.finditer(pattern, text)) == spans(pattern.finditer(text)), pattern.pattern[:60]


#: Characters the patterns begin with and characters they do not, to mix into texts.
ALPHABET = "0123456789０１２一二三四五六七八九十百千万亿几两半约近超达不少于以上元人家个%，。；：、“”《》要将已了 年月日期间今后\n"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_finditer_finds_what_re_finds_in_any_text(text):
    for pattern in PATTERNS:
        assert spans(regexscan.finditer(pattern, text)) == spans(pattern.finditer(text))


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
