"""Patterns written once: numerals, outline markers, responsible units."""
import pytest

from analysis.patterns import RE_LINE_MARKER, RE_MARKER_ONLY, RE_RESPONSIBLE, outline_number, parse_number


@pytest.mark.parametrize("text, value", [("十", 10), ("二十", 20), ("一百零五", 105), ("两万", 20_000), ("1,000", 1000)])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["二十二十", "十三五", "一一", "十十", "百五十五十"])
def test_malformed_chinese_numerals_are_not_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("line, marker", [("一、总体要求", True), ("（三）强化服务", True), ("12.开展竞赛", True),
                                          ("2.5亿元资金", False), ("第二部分 主要任务", True), ("③开展活动", True)])
def test_outline_markers(line, marker):
    assert bool(RE_LINE_MARKER.match(line)) is marker


def test_a_marker_on_its_own_line_and_outline_numbers():
    assert RE_MARKER_ONLY.match("8.") and RE_MARKER_ONLY.match("（十二）") and not RE_MARKER_ONLY.match("第一部分")
    assert [outline_number(n) for n in ("十二", "7", "⑤", "二十二十一")] == [12, 7, 5, None]


def test_responsible_units_at_the_end_of_an_item():
    m = RE_RESPONSIBLE.search("开展活动。（责任单位：办公室、宣传教育部）")
    assert m.group(1) == "办公室、宣传教育部"
    assert RE_RESPONSIBLE.search("（责任单位：办公室）之后还有正文。") is None
