"""Tests of analysis.workers: results taken in order with a bounded number of tasks given out, and the
theme stage reading the files in parts."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pandas as pd

import analysis.workers as workers


class _CountingPool:
    """A pool that records how many of its tasks were given out and not yet taken back."""

    def __init__(self):
        self.pool = ThreadPoolExecutor(max_workers=2)
        self.out = 0
        self.most = 0
        self.guard = threading.Lock()

    def submit(self, fn, *args):
        with self.guard:
            self.out += 1
            self.most = max(self.most, self.out)
        future = self.pool.submit(fn, *args)
        original = future.result

        def result(timeout=None):
            value = original(timeout)
            with self.guard:
                self.out -= 1
            return value

        future.result = result
        return future


def test_results_come_in_order_with_few_tasks_given_out(monkeypatch):
    monkeypatch.setattr(workers, "process_in_worker", lambda doc: doc * 10)
    pool = _CountingPool()
    results = list(workers.results_in_order(pool, list(range(103)), chunk=4, window=3))
    assert results == [d * 10 for d in range(103)]
    assert pool.most <= 3  # never more than the window


def test_themes_read_from_the_files_in_parts_of_any_size_are_those_of_one_part(tmp_path, monkeypatch):
    """The theme stage reads items and tokens a few thousand items at a time (whole documents); the
    item_themes table is the same, byte for byte, for parts of one item and of every item."""
    from analysis.build import build
    from analysis.config import RAW_DIR

    build(RAW_DIR, tmp_path / "one")
    monkeypatch.setattr(workers, "THEME_PART_ITEMS", 1)
    build(RAW_DIR, tmp_path / "parts")
    for name in ("item_themes.csv", "item_themes.parquet"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "parts" / name).read_bytes()
    parts = list(workers.theme_parts_of_files(tmp_path / "one", 7))
    items = pd.read_parquet(tmp_path / "one" / "items.parquet", columns=list(workers.THEME_ITEM_COLUMNS))
    pd.testing.assert_frame_equal(pd.concat([p for p, _ in parts], ignore_index=True), items)
    for part, terms in parts:  # each part holds whole documents, and their terms only
        assert set(terms["item_id"]) <= set(part["item_id"])
    tokens = pd.read_parquet(tmp_path / "one" / "tokens.parquet")
    assert sum(len(t) for _, t in parts) == len(workers.theme_terms(tokens))


def test_passages_found_from_the_files_in_parts_are_the_table_found_in_memory(tmp_path, monkeypatch):
    """The passages' worker reads the texts one at a time, spills its passes into a scratch folder and
    writes the table a few rows at a time: the files are those of the table found in memory, byte for
    byte, and no scratch file is left."""
    from analysis import reuse, shared_windows
    from analysis.build import build
    from analysis.config import RAW_DIR
    from analysis.tables import write_table

    folder = tmp_path / "out"
    build(RAW_DIR, folder)
    doc_ids = sorted(pd.read_parquet(folder / "documents.parquet")["doc_id"])
    texts = {d: t for d, t in zip(doc_ids, workers.TextFiles(folder, doc_ids))}
    items = pd.read_parquet(folder / "items.parquet", columns=list(workers.PASSAGE_ITEM_COLUMNS))
    whole = reuse.shared_passages(texts, items)
    assert len(whole) > 20
    monkeypatch.setattr(shared_windows, "PARTITION_WINDOWS", 300)
    monkeypatch.setattr(reuse, "FRAME_ROWS", 7)
    before = sorted(p.name for p in folder.iterdir())
    assert workers.write_shared_passages(folder, doc_ids, None, "0" * 64) == len(whole)
    assert sorted(p.name for p in folder.iterdir()) == before
    for path in write_table(whole, tmp_path / "memory", "shared_passages"):
        assert (folder / path.name).read_bytes() == path.read_bytes()


def test_promises_found_a_group_of_places_at_a_time_are_the_table_found_whole(tmp_path, monkeypatch):
    """The promises read the targets and items once and hold one group of places at a time: with a
    group per place the table is the one found whole, byte for byte, and no scratch file is left."""
    import analysis.stages
    from analysis.build import build
    from analysis.config import RAW_DIR

    build(RAW_DIR, tmp_path / "whole")
    monkeypatch.setattr(analysis.stages, "PROMISE_GROUP_DOCUMENTS", 1)
    grouped = []
    real = workers.promises_of_file_groups
    monkeypatch.setattr(analysis.stages, "promises_of_file_groups",
                        lambda folder, d, r, groups: grouped.append(len(groups)) or real(folder, d, r, groups))
    build(RAW_DIR, tmp_path / "groups")
    assert grouped[0] >= 4  # the seed plans' places
    for name in ("promise_delivery.csv", "promise_delivery.parquet"):
        assert (tmp_path / "whole" / name).read_bytes() == (tmp_path / "groups" / name).read_bytes()
    assert not list((tmp_path / "groups").glob(".promises-*"))
