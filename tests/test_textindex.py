"""The text index: sentence bounds, quotes and pattern matches in slices, each in linear time."""
import re

from analysis.textindex import TextIndex


def test_has_match_keeps_the_pattern_flags():
    index = TextIndex("Plan: build 10 homes")
    assert index.has_match(re.compile("BUILD", re.IGNORECASE), 0, 20)
    assert not index.has_match(re.compile("BUILD"), 0, 20)


def test_has_match_looks_only_inside_the_slice():
    index = TextIndex("已完成建设，计划新建10家。")
    pattern = re.compile("已完成|计划")
    assert index.has_match(pattern, 0, 5)
    assert not index.has_match(pattern, 1, 5)  # 已完成 starts before the slice
    assert index.has_match(pattern, 6, 10)
