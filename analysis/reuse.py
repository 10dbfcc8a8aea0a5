"""Text reuse: passages that plans share verbatim, and which plans share them.

``shared_passages``  every occurrence of a passage two or more plans share (punctuation ignored)
``passage_summary``  one row per passage: its text, plans and items
``passage_links``    pairs of plans with the passages and characters they share

:func:`shared_passages` never compares two plans directly: every window of
``n`` characters is hashed, one sort of all windows gives the set of plans
holding each (an inverted index), and maximal runs of windows held by the same
set become passages. The cost grows with the text, not with the pairs of plans.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from .schema import PASSAGE_COLUMNS

__all__ = ["PASSAGE_COLUMNS", "shared_passages", "passage_summary", "passage_links"]

#: Base of the polynomial window hash (a prime above the largest code point).
HASH_BASE = 1_000_003
#: Seed of the random 64-bit key each plan adds to a window's plan-set signature.
PLAN_KEY_SEED = 12345
#: Odd 64-bit multipliers (golden ratio; splitmix64) that mix a run's parts into one key.
_MIX_SIGNATURE, _MIX_RUN = 0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9
#: Windows sorted at a time when finding which plans hold each (:func:`_plan_sets`): bounds the sort's memory.
PARTITION_WINDOWS = 1_000_000
#: Offsets are far below 2**40 characters, so (plan, offset) packs into one integer.
_OFFSET_BITS = 40


def _kept_offsets(texts: list[str]) -> list[np.ndarray]:
    """For each text, the offsets of its letters, digits and Chinese characters (what windows are made of).

    One text at a time: whether a code point is kept is looked up once, when it is first met. Only the
    offsets are kept (4 bytes a character); the code points are read again from the text when needed
    (:func:`_codes`), so no array of every text's code points is held while the windows are sorted.
    """
    is_kept = np.zeros(0x110000, dtype=bool)
    is_known = np.zeros(0x110000, dtype=bool)
    out = []
    for text in texts:
        c = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        new = np.unique(c[~is_known[c]])
        if len(new):
            is_kept[new] = [chr(code).isalnum() for code in new.tolist()]
            is_known[new] = True
        offsets = np.flatnonzero(is_kept[c])
        out.append(offsets.astype(np.int32) if len(c) < 2**31 else offsets)
    return out


def _codes(text: str, offsets: np.ndarray) -> np.ndarray:
    """The code points of ``text`` at ``offsets`` (its normalised characters, :func:`_kept_offsets`)."""
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)[offsets]


def _decode(codes: np.ndarray) -> str:
    """The text of an array of code points."""
    return codes.astype(np.uint32).tobytes().decode("utf-32-le")


def _window_hashes(chars: np.ndarray, n: int) -> np.ndarray:
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


def _run_starts(*keys: np.ndarray, breaks: np.ndarray | None = None) -> np.ndarray:
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



@dataclass(frozen=True)
class _Windows:
    """Every window of every plan: its hash, and where each plan's windows begin (``bounds``, one more than
    the plans: plan k holds windows ``bounds[k]`` to ``bounds[k + 1]``)."""

    hashes: np.ndarray
    bounds: np.ndarray

    def plan_of(self, windows: np.ndarray) -> np.ndarray:
        """The plan of each window (by its index); no array of the plan of every window is held."""
        return (np.searchsorted(self.bounds, windows, side="right") - 1).astype(np.int32)

    @classmethod
    def of(cls, texts: list[str], offsets: list[np.ndarray], n: int) -> "_Windows":
        """The windows of ``n`` code points of each plan's normalised characters (``texts`` at ``offsets``)."""
        per_plan = np.array([max(0, len(o) - n + 1) for o in offsets], dtype=np.int64)
        bounds = np.concatenate([[0], np.cumsum(per_plan)]).astype(np.int64)
        all_hash = np.empty(int(bounds[-1]), dtype=np.uint64)  # filled plan by plan: no second copy
        for k, (text, kept) in enumerate(zip(texts, offsets)):
            all_hash[bounds[k]:bounds[k + 1]] = _window_hashes(_codes(text, kept), n)
        return cls(all_hash, bounds)


def _plan_sets(windows: _Windows, n_plans: int, limit: int) -> tuple[np.ndarray, np.ndarray]:
    """For each window: whether its text is shared (held by 2 plans or more, fewer than ``limit``), and
    a signature of the set of plans holding it (0 for a window not shared).

    Equal windows have equal hashes, so the windows are taken in parts by hash
    (about :data:`PARTITION_WINDOWS` windows a part); in
    each, one stable sort groups equal windows (plans in order within a group)
    and the signature is the sum of the plans' random keys (wrapping), equal for
    equal sets. A part holds a fraction of the windows: the sort's memory is
    that fraction's, and the result is the same for any number of parts. What is
    kept for every window is 9 bytes: the flag and the signature.
    """
    plan_key = np.random.default_rng(PLAN_KEY_SEED).integers(1, 2**63 - 1, size=n_plans, dtype=np.int64).astype(np.uint64)
    total = len(windows.hashes)
    parts = max(1, -(-total // PARTITION_WINDOWS))
    shared = np.zeros(total, dtype=bool)
    signature = np.zeros(total, dtype=np.uint64)
    part_of = np.zeros(total, dtype=np.uint16 if parts < 2**16 else np.uint32)
    for at in range(0, total if parts > 1 else 0, PARTITION_WINDOWS):  # in slices: no temporary of all the windows
        part_of[at:at + PARTITION_WINDOWS] = (windows.hashes[at:at + PARTITION_WINDOWS] >> np.uint64(40)) % np.uint64(parts)
    for part in range(parts):
        where = np.flatnonzero(part_of == part)
        held_by, part_signature = _plan_sets_of(windows.hashes[where], windows.plan_of(where), plan_key)
        is_shared = (held_by >= 2) & (held_by < limit)
        shared[where] = is_shared
        signature[where] = np.where(is_shared, part_signature, np.uint64(0))
    return shared, signature


def _plan_sets_of(hashes: np.ndarray, plans: np.ndarray, plan_key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_plan_sets` for some windows (every window of a hash among them, in reading order)."""
    order = np.argsort(hashes, kind="stable")
    h_sorted, p_sorted = hashes[order], plans[order]
    is_first = np.zeros(len(order), dtype=bool)
    is_first[_run_starts(h_sorted)] = True
    pair_first = _run_starts(h_sorted, p_sorted)  # first window of each (window text, plan) pair
    del h_sorted
    group_of_sorted = np.cumsum(is_first) - 1
    pair_group = group_of_sorted[pair_first]
    pair_bounds = _run_starts(pair_group)
    plans_of_group = np.diff(np.append(pair_bounds, len(pair_group)))
    with np.errstate(over="ignore"):
        signature = np.add.reduceat(plan_key[p_sorted[pair_first]], pair_bounds) if len(pair_bounds) else plan_key[:0]
    group_of_window = np.empty(len(order), dtype=np.int64)
    group_of_window[order] = group_of_sorted
    return plans_of_group[group_of_window], signature[group_of_window]


def _runs(windows: _Windows, key: np.ndarray, shared: np.ndarray, n: int, min_length: int):
    """Maximal runs of consecutive shared windows of a plan with one plan-set signature, long enough.

    Returns each run's first window, end (exclusive), length in characters and plan.
    """
    starts = _run_starts(key, breaks=windows.bounds)  # a run also begins where a plan's windows begin
    ends = np.append(starts[1:], len(key))
    lengths = ends - starts + n - 1
    keep = shared[starts] & (lengths >= min_length)
    starts, ends, lengths = starts[keep], ends[keep], lengths[keep]
    return starts, ends, lengths, windows.plan_of(starts)


def _run_sums(values: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
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


def _passages_of_runs(windows: _Windows, key, starts, ends, lengths, run_plan, n_plans: int):
    """The passage of each run (runs with the same set, length and window hashes are one passage)
    and how many plans hold it; runs of passages held by one plan only are dropped."""
    with np.errstate(over="ignore"):
        run_sum = _run_sums(windows.hashes, starts, ends)
        run_key = ((key[starts] * np.uint64(_MIX_SIGNATURE) + lengths.astype(np.uint64)) * np.uint64(HASH_BASE)
                   + run_sum) * np.uint64(_MIX_RUN) + windows.hashes[starts]
    _, passage_of_run = np.unique(run_key, return_inverse=True)
    # A passage counts when it occurs in two or more plans (a run's set can be split differently elsewhere).
    pairs = np.unique(passage_of_run.astype(np.int64) * n_plans + run_plan) // n_plans
    plans_per_passage = np.bincount(pairs, minlength=passage_of_run.max() + 1 if len(passage_of_run) else 0)
    holders = plans_per_passage[passage_of_run] if len(passage_of_run) else np.zeros(0, dtype=np.int64)
    keep = holders >= 2
    return starts[keep], lengths[keep], run_plan[keep], passage_of_run[keep], holders[keep]


def shared_passages(
    clean_texts: dict[str, str],
    items: pd.DataFrame,
    *,
    n: int = 8,
    generic_share: float = 0.8,
    min_length: int = 8,
) -> pd.DataFrame:
    """Passages that two or more plans share verbatim, ignoring punctuation and quotation marks.

    A passage is a maximal run of consecutive windows of ``n`` characters of a
    plan held by the same set of two or more plans; windows held by at least
    ``generic_share`` of the plans (what every plan says) are ignored. Runs are
    matched across plans by the set of plans, the length and the hashes of their
    windows (64-bit, so two different texts match only by a collision of about
    one in 2**64).

    Parameters
    ----------
    clean_texts : dict of str to str
        Doc id → cleaned text of each plan.
    items : pandas.DataFrame
        The items table; needs ``doc_id``, ``item_id``, ``start`` and ``end``
        (to name the item of each occurrence).
    n : int, default 8
        The characters in a window (letters, digits and Chinese characters
        only).
    generic_share : float, default 0.8
        Windows held by at least this share of the plans are ignored (with
        three plans or more).
    min_length : int, default 8
        The shortest passage kept, in characters (punctuation not counted).

    Returns
    -------
    pandas.DataFrame
        One row per occurrence, with the columns :data:`PASSAGE_COLUMNS`:
        ``passage_id``, ``text`` (punctuation left out), ``length``,
        ``n_plans``, ``doc_id``, ``item_id`` (empty when the occurrence starts
        outside every item), ``start`` and ``end`` (offsets in the cleaned
        text). Passage ids are ordered by plans (most first), length (longest
        first) and text. Empty when there are fewer than two plans or nothing
        is shared.

    Examples
    --------
    >>> texts = {"a": "甲。推进产业工人队伍建设改革。", "b": "乙：推进产业工人队伍建设改革！"}
    >>> items = pd.DataFrame({"doc_id": ["a", "b"], "item_id": ["a:1", "b:1"], "start": [0, 0], "end": [15, 15]})
    >>> shared_passages(texts, items)[["text", "doc_id", "start", "end"]].values.tolist()
    [['推进产业工人队伍建设改革', 'a', 2, 14], ['推进产业工人队伍建设改革', 'b', 2, 14]]
    """
    docs = sorted(clean_texts)
    empty = pd.DataFrame(columns=list(PASSAGE_COLUMNS))
    if len(docs) < 2:
        return empty
    texts = [clean_texts[d] for d in docs]
    offsets = _kept_offsets(texts)
    windows = _Windows.of(texts, offsets, n)
    if not len(windows.hashes):
        return empty
    limit = max(2, int(np.ceil(generic_share * len(docs)))) if len(docs) >= 3 else len(docs) + 1
    shared, key = _plan_sets(windows, len(docs), limit)  # key: the signature of a shared window, 0 for others
    starts, ends, lengths, run_plan = _runs(windows, key, shared, n, min_length)
    del shared
    starts, lengths, run_plan, passage_of_run, n_plans = _passages_of_runs(
        windows, key, starts, ends, lengths, run_plan, len(docs)
    )
    bounds = windows.bounds
    del key, windows  # the arrays of every window go before the table is made
    if not len(starts):
        return empty
    return _occurrences(docs, texts, offsets, bounds, items, starts, lengths, run_plan, passage_of_run, n_plans)


def _occurrences(docs, texts, offsets, bounds, items, starts, lengths, run_plan, passage_of_run,
                 n_plans) -> pd.DataFrame:
    """One row per run: the passage's text, its offsets back in the cleaned text, its item; ids assigned.

    Rows are ordered by plans (most first), length (longest first), text, plan and offset, and a
    passage id is given to each (text, plans) in that order; the order is found on integer keys, each
    passage's text decoded once.
    """
    # Window k of plan d starts at normalised character k of d; the offsets are looked up plan by plan.
    local = starts - bounds[:-1][run_plan]
    start_offsets, end_offsets = np.empty(len(starts), dtype=np.int64), np.empty(len(starts), dtype=np.int64)
    by_plan = np.argsort(run_plan, kind="stable")
    plan_bounds = np.searchsorted(run_plan[by_plan], np.arange(len(docs) + 1))
    for d in np.unique(run_plan).tolist():
        rows = by_plan[plan_bounds[d]:plan_bounds[d + 1]]
        kept = offsets[d]
        start_offsets[rows] = kept[local[rows]]
        end_offsets[rows] = kept[local[rows] + lengths[rows] - 1] + 1
    # Each passage's text, plans and length; a group per (text, plans), ranked in the table's order.
    passages, first_run = np.unique(passage_of_run, return_index=True)
    passage_texts = _passage_texts(texts, offsets, run_plan[first_run], local[first_run], lengths[first_run])
    ranked = sorted(range(len(passages)), key=lambda k: (-int(n_plans[first_run[k]]), -int(lengths[first_run[k]]),
                                                         passage_texts[k]))
    group_of_passage = np.empty(len(passages), dtype=np.int64)
    group_texts, previous = [], None
    for k in ranked:
        here = (passage_texts[k], int(n_plans[first_run[k]]))
        if here != previous:
            group_texts.append(here[0])
            previous = here
        group_of_passage[k] = len(group_texts) - 1
    group = group_of_passage[np.searchsorted(passages, passage_of_run)]
    order = np.lexsort((start_offsets, run_plan, group))  # last key first: group, then plan, then offset
    group, plan = group[order], run_plan[order]
    doc_names = np.asarray(docs, dtype=object)
    return pd.DataFrame(
        {
            "passage_id": np.asarray([f"p{k + 1:05d}" for k in range(len(group_texts))], dtype=object)[group],
            "text": np.asarray(group_texts, dtype=object)[group],
            "length": lengths[order].astype(np.int64),
            "n_plans": n_plans[order].astype(np.int64),
            "doc_id": doc_names[plan],
            "item_id": _items_at(items, doc_names[plan], start_offsets[order]),
            "start": start_offsets[order],
            "end": end_offsets[order],
        }
    )


def _passage_texts(texts, offsets, plans: np.ndarray, local: np.ndarray, lengths: np.ndarray) -> list[str]:
    """The normalised text of each run (its plan, first window and length), each plan's characters read once."""
    out = [""] * len(plans)
    by_plan = np.argsort(plans, kind="stable")
    codes, current = None, -1
    for k in by_plan.tolist():
        plan = int(plans[k])
        if plan != current:
            codes, current = _codes(texts[plan], offsets[plan]), plan
        out[k] = _decode(codes[local[k]:local[k] + lengths[k]])
    return out


def _items_at(items: pd.DataFrame, doc_ids: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """The item whose span holds each (doc_id, offset) ('' between items, e.g. in an annex header)."""
    spans = items[["doc_id", "item_id", "start", "end"]].sort_values(["doc_id", "start"], kind="stable")
    docs = sorted(set(spans["doc_id"].unique()) | set(np.unique(doc_ids).tolist()))
    scale = np.int64(1) << _OFFSET_BITS
    item_keys = pd.Categorical(spans["doc_id"], categories=docs).codes.astype(np.int64) * scale + spans["start"].to_numpy(np.int64)
    query = pd.Categorical(doc_ids, categories=docs).codes.astype(np.int64) * scale + offsets
    k = np.searchsorted(item_keys, query, side="right") - 1
    found = (k >= 0) & (query < (item_keys - spans["start"].to_numpy(np.int64) + spans["end"].to_numpy(np.int64))[np.maximum(k, 0)])
    ids = spans["item_id"].to_numpy(dtype=object)
    return np.where(found, ids[np.maximum(k, 0)], "")


def passage_summary(passages: pd.DataFrame) -> pd.DataFrame:
    """One row per shared passage: its text, length, the plans and the items that hold it.

    Parameters
    ----------
    passages : pandas.DataFrame
        Shared passages (:func:`shared_passages`).

    Returns
    -------
    pandas.DataFrame
        One row per passage: ``passage_id``, ``text``, ``length``,
        ``n_plans``, ``plans`` and ``items`` (the sorted doc ids and item ids,
        joined by "; "; empty item ids left out). Sorted by ``passage_id``.

    Examples
    --------
    >>> passages = pd.DataFrame({"passage_id": "p00001", "text": "推进产业工人队伍建设改革", "length": 12,
    ...                          "n_plans": 2, "doc_id": ["b", "a"], "item_id": ["", "a:1"]})
    >>> passage_summary(passages)[["plans", "items"]].values.tolist()
    [['a; b', 'a:1']]
    """
    if passages.empty:
        return pd.DataFrame(columns=["passage_id", "text", "length", "n_plans", "plans", "items"])
    out = passages.groupby(["passage_id", "text", "length", "n_plans"]).agg(
        plans=("doc_id", lambda s: "; ".join(sorted(set(s)))),
        items=("item_id", lambda s: "; ".join(sorted(set(i for i in s if i)))),
    )
    return out.reset_index().sort_values("passage_id").reset_index(drop=True)


def passage_links(passages: pd.DataFrame) -> pd.DataFrame:
    """Pairs of plans with the passages and characters they share (for the network chart).

    Computed as a sparse product of the passage × plan incidence matrix, so it
    stays fast when a passage is shared by hundreds of plans.

    Parameters
    ----------
    passages : pandas.DataFrame
        Shared passages (:func:`shared_passages`); needs ``passage_id``,
        ``doc_id`` and ``length``.

    Returns
    -------
    pandas.DataFrame
        One row per pair of plans that share a passage: ``doc_id_a``,
        ``doc_id_b`` (``doc_id_a`` < ``doc_id_b``), ``passages`` (how many
        they share) and ``chars`` (the passages' total length). Sorted by the
        doc ids.

    Examples
    --------
    >>> passages = pd.DataFrame({"passage_id": ["p1", "p1", "p2", "p2"], "doc_id": ["a", "b", "a", "b"],
    ...                          "length": [12, 12, 8, 8]})
    >>> passage_links(passages).values.tolist()
    [['a', 'b', 2, 20]]
    """
    from scipy import sparse

    if passages.empty:
        return pd.DataFrame(columns=["doc_id_a", "doc_id_b", "passages", "chars"])
    held = passages.drop_duplicates(["passage_id", "doc_id"])
    pid = {p: i for i, p in enumerate(sorted(held["passage_id"].unique()))}
    docs = sorted(held["doc_id"].unique())
    did = {d: i for i, d in enumerate(docs)}
    incidence = sparse.csr_matrix(
        (np.ones(len(held)), (held["passage_id"].map(pid), held["doc_id"].map(did))), shape=(len(pid), len(docs))
    )
    lengths = held.drop_duplicates("passage_id").set_index("passage_id")["length"].reindex(sorted(pid)).to_numpy()
    counts = (incidence.T @ incidence).tocoo()
    chars = (incidence.T @ sparse.diags(lengths.astype(float)) @ incidence).tocsr()
    upper = counts.row < counts.col  # each pair once
    a, b = counts.row[upper], counts.col[upper]
    names = np.asarray(docs, dtype=object)
    links = pd.DataFrame({
        "doc_id_a": pd.array(names[a], dtype="str"),
        "doc_id_b": pd.array(names[b], dtype="str"),
        "passages": counts.data[upper].astype(np.int64),
        "chars": np.asarray(chars[a, b]).ravel().astype(np.int64),  # one lookup of every pair, not pair by pair
    })
    return links.sort_values(["doc_id_a", "doc_id_b"]).reset_index(drop=True)


