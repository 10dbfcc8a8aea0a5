"""The benchmarks' synthetic corpus: recombined from the seed plans, deterministic, shaped like a plan."""
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import synthetic_corpus  # noqa: E402


@pytest.fixture(scope="module")
def plans():
    return synthetic_corpus.synthetic_plans(6, seed=7)


def test_synthetic_plans_are_deterministic_and_named_as_plans(plans):
    assert plans == synthetic_corpus.synthetic_plans(6, seed=7)
    assert len({name for name, _ in plans}) == 6
    assert all(re.fullmatch(r"20\d\d_\w+_\d{4}_union-work-points\.txt", name) for name, _ in plans)


def test_each_synthetic_plan_has_a_title_an_opening_and_four_to_seven_sections(plans):
    opening, _, _ = synthetic_corpus.material()
    for _, text in plans:
        paragraphs = [p for p in text.split("\n") if p]
        assert paragraphs[0].endswith("年工作要点") and paragraphs[1] in opening
        sections = [p for p in paragraphs if re.match(r"^[一二三四五六七八九十]、", p)]
        assert 4 <= len(sections) <= 7
