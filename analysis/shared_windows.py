"""Runs of windows that plans share: the inverted index of text reuse, a part at a time.

Every window of ``n`` normalised characters (letters, digits, Chinese) of every
plan is hashed; the windows held by two plans or more get a signature of the set
of plans holding them; maximal runs of consecutive windows of a plan with one
signature are the candidates for shared passages (:mod:`analysis.reuse` makes
the passages of them). Three passes, each holding a part of the windows:

1. plans in reading order: each window's hash and number, handed to a part by
   hash (equal windows always fall in the same part);
2. part by part: one sort groups equal windows and gives the plans holding each;
   the shared windows' numbers and signatures are handed to a part by plan range;
3. plan range by range: the hashes are computed again, the signatures put back
   in reading order, and the runs found.

What a pass hands on goes to a :class:`Spill`: in memory, or in files of a
scratch folder, so that no pass holds every window of the corpus. The result is
the same for any size of part.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

__all__ = ["HASH_BASE", "PARTITION_WINDOWS", "Normaliser", "Spill", "SharedRuns", "shared_runs", "run_sums", "narrow",
           "decode"]

#: Base of the polynomial window hash (a prime above the largest code point).
HASH_BASE = 1_000_003
#: Seed of the random 64-bit key each plan adds to a window's plan-set signature.
PLAN_KEY_SEED = 12345
#: Odd 64-bit multipliers (golden ratio; splitmix64) that mix a run's parts into one key.
_MIX_SIGNATURE, _MIX_RUN = 0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9
#: About the windows a pass holds at a time (a part by hash, a range of plans): bounds the passes' memory.
PARTITION_WINDOWS = 1_000_000


class Normaliser:
    """The normalised characters of texts: their letters, digits and Chinese characters.

    Whether a code point is kept is looked up once, when it is first met. Only the offsets are kept (4 bytes
    a character); the code points are read from the text when needed (:meth:`codes`).
    """

    def __init__(self):
        self._kept = np.zeros(0x110000, dtype=bool)
        self._known = np.zeros(0x110000, dtype=bool)

    def offsets(self, text: str) -> np.ndarray:
        """The offsets in ``text`` of its normalised characters."""
        c = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        new = np.unique(c[~self._known[c]])
        if len(new):
            self._kept[new] = [chr(code).isalnum() for code in new.tolist()]
            self._known[new] = True
        offsets = np.flatnonzero(self._kept[c])
        return offsets.astype(np.int32) if len(c) < 2**31 else offsets

    @staticmethod
    def codes(text: str, offsets: np.ndarray) -> np.ndarray:
        """The code points of ``text`` at ``offsets`` (its normalised characters)."""
        return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)[offsets]

    def window_hashes(self, text: str, n: int) -> np.ndarray:
        """The hash of every window of ``n`` normalised characters of ``text`` (:func:`window_hashes`)."""
        return window_hashes(self.codes(text, self.offsets(text)), n)


def decode(codes: np.ndarray) -> str:
    """The text of an array of code points."""
    return codes.astype(np.uint32).tobytes().decode("utf-32-le")


def window_hashes(chars: np.ndarray, n: int) -> np.ndarray:
    """64-bit polynomial hash of every window of ``n`` code points (wrapping arithmetic)."""
    codes = chars.astype(np.uint64)
    count = len(codes) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    base = np.uint64(HASH_BASE)
    h = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(n):
            h = h * base + codes[k:k + count]
    return h


def run_starts(*keys: np.ndarray, breaks: np.ndarray | None = None) -> np.ndarray:
    """Positions where any of the equally long ``keys`` changes value (0 included), and the ``breaks``
    (positions where a run must begin whatever the keys, e.g. where a plan's windows begin)."""
    change = np.zeros(len(keys[0]), dtype=bool)
    if len(change):
        change[0] = True
        for key in keys:
            change[1:] |= key[1:] != key[:-1]
        if breaks is not None:
            change[breaks[(breaks > 0) & (breaks < len(change))]] = True
    return np.flatnonzero(change)


def run_sums(values: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The (wrapping) sum of ``values[s:e]`` for each run, runs in order and apart: no prefix sums of
    the whole array are held."""
    if not len(starts):
        return np.zeros(0, dtype=values.dtype)
    # reduceat sums from each index to the next: starts and ends interleaved, the sums at the starts.
    # An end at the array's end has no element to stand on; a run then ends with the array anyway.
    bounds = np.empty(2 * len(starts), dtype=np.int64)
    bounds[0::2], bounds[1::2] = starts, np.minimum(ends, len(values) - 1)
    sums = np.add.reduceat(values, bounds, dtype=values.dtype)[0::2]
    for k in np.flatnonzero(ends == len(values)).tolist():  # a run to the end: summed again, whole
        sums[k] = values[starts[k]:].sum(dtype=values.dtype)
    return sums


def narrow(values: np.ndarray) -> np.ndarray:
    """Integers as ``int32`` when they all fit (half the memory of ``int64``), else as they are.

    >>> narrow(np.array([0, 5], dtype=np.int64)).dtype, narrow(np.array([2**40])).dtype
    (dtype('int32'), dtype('int64'))
    """
    if len(values) and (values.min() < np.iinfo(np.int32).min or values.max() > np.iinfo(np.int32).max):
        return values
    return values.astype(np.int32)


class Spill:
    """Rows of a few columns handed to numbered parts and taken back a part at a time, in the order
    handed: held in memory, or appended to files in ``folder`` (then only the part taken is in memory).

    Parameters
    ----------
    folder : pathlib.Path or None
        A scratch folder for the files (``None``: held in memory).
    name : str
        The files' prefix.
    dtypes : tuple of numpy dtypes
        The columns' types.
    """

    def __init__(self, folder: Path | None, name: str, dtypes: tuple):
        self.folder, self.name, self.dtypes = folder, name, tuple(np.dtype(d) for d in dtypes)
        self._held: dict[int, list[tuple[np.ndarray, ...]]] = {}

    def _path(self, part: int, column: int) -> Path:
        return self.folder / f"{self.name}-{part}-{column}.bin"

    def put(self, part: int, *columns: np.ndarray) -> None:
        """Hand rows (equally long columns) to ``part``."""
        if not len(columns[0]):
            return
        if self.folder is None:  # copies: a slice would keep the whole array it was cut from
            self._held.setdefault(part, []).append(tuple(np.array(c, dtype=d) for c, d in zip(columns, self.dtypes)))
            return
        for k, (column, dtype) in enumerate(zip(columns, self.dtypes)):
            with open(self._path(part, k), "ab") as f:
                np.ascontiguousarray(column, dtype=dtype).tofile(f)

    def put_parts(self, parts: np.ndarray, *columns: np.ndarray) -> None:
        """Hand each row to the part ``parts`` names (rows of a part keep their order)."""
        order = np.argsort(parts, kind="stable")
        sorted_parts = parts[order]
        starts = run_starts(sorted_parts)
        for start, end in zip(starts.tolist(), np.append(starts[1:], len(order)).tolist()):
            rows = order[start:end]
            self.put(int(sorted_parts[start]), *(column[rows] for column in columns))

    def take(self, part: int) -> tuple[np.ndarray, ...]:
        """The rows of ``part``, in the order handed; the part is let go."""
        if self.folder is None:
            chunks = self._held.pop(part, [])
            return tuple(np.concatenate([chunk[k] for chunk in chunks]) if chunks else np.zeros(0, dtype)
                         for k, dtype in enumerate(self.dtypes))
        out = []
        for k, dtype in enumerate(self.dtypes):
            path = self._path(part, k)
            out.append(np.fromfile(path, dtype=dtype) if path.exists() else np.zeros(0, dtype))
            path.unlink(missing_ok=True)
        return tuple(out)


@dataclass(frozen=True)
class SharedRuns:
    """Maximal runs of consecutive shared windows of a plan with one plan-set signature, long enough; in
    reading order (plan, then window).

    ``start``: the run's first window in its plan (= its first normalised character); ``length``: its
    characters; ``plan``: its plan (index into the texts); ``key``: its signature, length and window
    hashes mixed into one integer (runs of one passage have equal keys).
    """

    start: np.ndarray
    length: np.ndarray
    plan: np.ndarray
    key: np.ndarray


def shared_runs(texts: Sequence[str], *, n: int, limit: int, min_length: int,
                scratch: Path | None = None, size: int | None = None) -> SharedRuns:
    """The runs of windows of ``n`` characters held by 2 plans or more but fewer than ``limit``,
    ``min_length`` characters long or more (:class:`SharedRuns`).

    ``texts`` is read three times, one text at a time (a sequence that reads each from a file holds
    none). With a ``scratch`` folder what passes hand on is written there, not held. ``size`` bounds the
    texts' total length, which sets the number of parts by hash (default: measured by reading them).
    """
    normaliser = Normaliser()
    size = sum(len(texts[k]) for k in range(len(texts))) if size is None else size
    parts = max(1, -(-size // PARTITION_WINDOWS))
    by_hash = Spill(scratch, "windows", (np.uint64, np.int64))
    bounds = _hash_windows(texts, normaliser, n, parts, by_hash)
    ranges = _plan_ranges(bounds)
    by_range = Spill(scratch, "shared", (np.int64, np.uint64))
    plan_key = np.random.default_rng(PLAN_KEY_SEED).integers(1, 2**63 - 1, size=len(texts),
                                                             dtype=np.int64).astype(np.uint64)
    range_starts = bounds[ranges[:-1]]
    for part in range(parts):
        hashes, windows = by_hash.take(part)
        plans = (np.searchsorted(bounds, windows, side="right") - 1).astype(np.int32)
        held_by, signature = _plan_sets_of(hashes, plans, plan_key)
        del hashes, plans
        shared = (held_by >= 2) & (held_by < limit)
        windows, signature = windows[shared], signature[shared]
        by_range.put_parts(np.searchsorted(range_starts, windows, side="right") - 1, windows, signature)
    found = [_runs_of_range(texts, normaliser, bounds, first, last, by_range.take(k), n, min_length)
             for k, (first, last) in enumerate(zip(ranges[:-1].tolist(), ranges[1:].tolist()))]
    start, length, plan, key = (np.concatenate([run[k] for run in found]) if found else np.zeros(0, dtype)
                                for k, dtype in enumerate((np.int64, np.int64, np.int32, np.uint64)))
    return SharedRuns(narrow(start), narrow(length), plan, key)  # millions of runs in a large corpus


def _hash_windows(texts, normaliser: Normaliser, n: int, parts: int, spill: Spill) -> np.ndarray:
    """Pass 1: every window's hash and number handed to its part by hash; where each plan's windows
    begin (one more than the plans: plan k holds windows ``bounds[k]`` to ``bounds[k + 1]``)."""
    bounds = np.zeros(len(texts) + 1, dtype=np.int64)
    held: list[np.ndarray] = []
    first = 0  # the number of the first window held
    for k in range(len(texts)):
        hashes = normaliser.window_hashes(texts[k], n)
        bounds[k + 1] = bounds[k] + len(hashes)
        held.append(hashes)
        if bounds[k + 1] - first >= PARTITION_WINDOWS or k == len(texts) - 1:
            hashes = np.concatenate(held)
            spill.put_parts((hashes >> np.uint64(40)) % np.uint64(parts), hashes,
                            np.arange(first, bounds[k + 1], dtype=np.int64))
            held, first = [], int(bounds[k + 1])
    return bounds


def _plan_ranges(bounds: np.ndarray) -> np.ndarray:
    """Plans cut into ranges of about :data:`PARTITION_WINDOWS` windows (a longer plan alone): the first
    plan of each range and one past the last plan."""
    cuts, start = [0], 0
    for k in range(1, len(bounds) - 1):
        if bounds[k] - bounds[start] >= PARTITION_WINDOWS:
            cuts.append(k)
            start = k
    return np.array(cuts + [len(bounds) - 1], dtype=np.int64)


def _plan_sets_of(hashes: np.ndarray, plans: np.ndarray, plan_key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each window: how many plans hold its text, and a signature of the set of plans (the sum of their
    random keys, wrapping: equal for equal sets). Needs every window of a hash among them, in reading order.
    """
    order = np.argsort(hashes, kind="stable")
    h_sorted, p_sorted = hashes[order], plans[order]
    is_first = np.zeros(len(order), dtype=bool)
    is_first[run_starts(h_sorted)] = True
    pair_first = run_starts(h_sorted, p_sorted)  # first window of each (window text, plan) pair
    del h_sorted
    group_of_sorted = np.cumsum(is_first) - 1
    pair_group = group_of_sorted[pair_first]
    pair_bounds = run_starts(pair_group)
    plans_of_group = np.diff(np.append(pair_bounds, len(pair_group)))
    with np.errstate(over="ignore"):
        signature = np.add.reduceat(plan_key[p_sorted[pair_first]], pair_bounds) if len(pair_bounds) else plan_key[:0]
    group_of_window = np.empty(len(order), dtype=np.int64)
    group_of_window[order] = group_of_sorted
    return plans_of_group[group_of_window], signature[group_of_window]


def _runs_of_range(texts, normaliser: Normaliser, bounds: np.ndarray, first: int, last: int, shared_windows,
                   n: int, min_length: int) -> tuple[np.ndarray, ...]:
    """Pass 3 for plans ``first`` to ``last`` (exclusive): the runs of their shared windows
    (``shared_windows``: their numbers and signatures), as the columns of :class:`SharedRuns`."""
    offset = bounds[first]
    local_bounds = bounds[first:last + 1] - offset
    windows, signature = shared_windows
    key = np.zeros(int(local_bounds[-1]), dtype=np.uint64)  # the signature of a shared window, 0 for others
    shared = np.zeros(len(key), dtype=bool)
    key[windows - offset], shared[windows - offset] = signature, True
    del windows, signature
    hashes = np.concatenate([normaliser.window_hashes(texts[k], n) for k in range(first, last)] or [key[:0]])
    starts = run_starts(key, breaks=local_bounds) if len(key) else np.zeros(0, dtype=np.int64)  # a run also
    ends = np.append(starts[1:], len(key))  # begins where a plan's windows begin
    lengths = ends - starts + n - 1
    keep = shared[starts] & (lengths >= min_length)
    starts, ends, lengths = starts[keep], ends[keep], lengths[keep]
    run_plan = (np.searchsorted(local_bounds, starts, side="right") - 1).astype(np.int32)
    with np.errstate(over="ignore"):
        run_key = ((key[starts] * np.uint64(_MIX_SIGNATURE) + lengths.astype(np.uint64)) * np.uint64(HASH_BASE)
                   + run_sums(hashes, starts, ends)) * np.uint64(_MIX_RUN) + hashes[starts]
    return starts - local_bounds[run_plan], lengths.astype(np.int64), run_plan + np.int32(first), run_key
