"""Tests of analysis.shared_windows: the passes of text reuse held in memory or spilled to files give the
same runs for any size of part, and spilled parts come back in the order handed."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import shared_windows
from analysis.shared_windows import Spill, run_sums, shared_runs


def _runs_equal(a, b) -> bool:
    return all(np.array_equal(getattr(a, f), getattr(b, f)) for f in ("start", "length", "plan", "key"))


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 2**40)), max_size=60))
def test_a_spill_gives_each_part_back_in_the_order_handed_in_memory_and_in_files(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("spill")
    held, spilled = Spill(None, "t", (np.int64, np.uint64)), Spill(folder, "t", (np.int64, np.uint64))
    for start in range(0, len(rows), 7):  # handed in several calls
        chunk = rows[start:start + 7]
        parts = np.array([p for p, _ in chunk], dtype=np.int64)
        values = np.array([v for _, v in chunk], dtype=np.int64)
        for spill in (held, spilled):
            spill.put_parts(parts, values, values.astype(np.uint64) * np.uint64(3))
    for part in range(5):
        expected = [v for p, v in rows if p == part]
        for spill in (held, spilled):
            values, tripled = spill.take(part)
            assert values.tolist() == expected and (tripled == values.astype(np.uint64) * np.uint64(3)).all()
    assert not any(folder.iterdir())  # a part taken is let go


def test_runs_are_the_same_in_memory_spilled_and_for_any_size_of_part(processed, tmp_path, monkeypatch):
    """The seed plans' runs with every window in one part, and with parts of 500 windows (dozens of parts
    by hash, dozens of plan ranges; a plan longer than a range is a range alone), in memory or in files."""
    texts = [processed.clean_texts[d] for d in sorted(processed.clean_texts)] * 2  # every window shared
    whole = shared_runs(texts, n=8, limit=len(texts), min_length=8)
    assert len(whole.start) > 100
    monkeypatch.setattr(shared_windows, "PARTITION_WINDOWS", 500)
    assert _runs_equal(whole, shared_runs(texts, n=8, limit=len(texts), min_length=8))
    spilled = shared_runs(texts, n=8, limit=len(texts), min_length=8, scratch=tmp_path, size=10**6)
    assert _runs_equal(whole, spilled) and not any(tmp_path.iterdir())


def test_a_run_starts_where_its_plan_begins_and_is_found_in_both_plans():
    runs = shared_runs(["推进产业工人队伍建设改革", "甲乙。推进产业工人队伍建设改革"], n=8, limit=3, min_length=8)
    assert runs.plan.tolist() == [0, 1] and runs.start.tolist() == [0, 2] and runs.length.tolist() == [12, 12]
    assert runs.key[0] == runs.key[1]


def test_run_sums_are_the_sums_of_each_run_wrapping_like_prefix_sums():
    """Runs are summed without prefix sums of the whole array: the same wrapping sums, at the array's
    end and for runs of one element too."""
    rng = np.random.default_rng(3)
    values = rng.integers(0, 2**64 - 1, size=50, dtype=np.uint64)
    starts, ends = np.array([0, 3, 10, 11, 40, 49]), np.array([2, 10, 11, 20, 50, 50])
    prefix = np.zeros(len(values) + 1, dtype=np.uint64)
    np.cumsum(values, dtype=np.uint64, out=prefix[1:])
    with np.errstate(over="ignore"):
        assert (run_sums(values, starts, ends) == prefix[ends] - prefix[starts]).all()
    assert len(run_sums(values, starts[:0], ends[:0])) == 0
