"""Tests of analysis.workers: results taken in order with a bounded number of tasks given out."""

import threading
from concurrent.futures import ThreadPoolExecutor

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
