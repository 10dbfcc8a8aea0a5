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

from pathlib import Path
from typing import Callable, Iterator, Sequence

import numpy as np
import pandas as pd

from .schema import PASSAGE_COLUMNS
from .shared_windows import Normaliser, SharedRuns, decode, narrow, shared_runs

__all__ = ["PASSAGE_COLUMNS", "shared_passages", "shared_passage_frames", "passage_summary", "passage_links"]

#: Offsets are far below 2**40 characters, so (plan, offset) packs into one integer.
_OFFSET_BITS = 40
#: Rows of the table made at a time by :func:`shared_passage_frames`.
FRAME_ROWS = 32_768


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
    one in 2**64). How: :mod:`analysis.shared_windows`.

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
    frames = list(shared_passage_frames(docs, [clean_texts[d] for d in docs], items, n=n,
                                        generic_share=generic_share, min_length=min_length))
    if not frames:
        return pd.DataFrame(columns=list(PASSAGE_COLUMNS))
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def shared_passage_frames(
    doc_ids: list[str],
    texts: Sequence[str],
    items: pd.DataFrame,
    *,
    n: int = 8,
    generic_share: float = 0.8,
    min_length: int = 8,
    scratch: Path | None = None,
    size: int | None = None,
    release: Callable[[], None] | None = None,
) -> Iterator[pd.DataFrame]:
    """The rows of :func:`shared_passages` a part of :data:`FRAME_ROWS` at a time, in the table's order;
    none when nothing is shared.

    ``doc_ids`` are sorted and ``texts`` are their cleaned texts, read one at a time (a sequence that
    reads each from a file when asked holds none). With a ``scratch`` folder what the passes hand on is
    written there, not held (:mod:`analysis.shared_windows`). ``size`` bounds the texts' total length
    (default: measured by reading them). ``release`` is called after each step, once what the step held
    is let go (the build gives the memory freed back to the system there).
    """
    release = release or (lambda: None)
    if len(doc_ids) < 2:
        return
    limit = max(2, int(np.ceil(generic_share * len(doc_ids)))) if len(doc_ids) >= 3 else len(doc_ids) + 1
    runs = shared_runs(texts, n=n, limit=limit, min_length=min_length, scratch=scratch, size=size)
    release()
    runs, passage_of_run, n_plans = _passages_of_runs(runs, len(doc_ids))  # the runs' keys let go
    release()
    if len(runs.start):
        yield from _occurrences(doc_ids, texts, items, runs, passage_of_run, n_plans, release)


def _passages_of_runs(runs: SharedRuns, n_plans: int):
    """The passage of each run (runs with the same key are one passage) and how many plans hold it;
    runs of passages held by one plan only are dropped (the runs returned have no keys)."""
    _, passage_of_run = np.unique(runs.key, return_inverse=True)
    # A passage counts when it occurs in two or more plans (a run's set can be split differently elsewhere).
    pairs = np.unique(passage_of_run.astype(np.int64) * n_plans + runs.plan) // n_plans
    plans_per_passage = np.bincount(pairs, minlength=passage_of_run.max() + 1 if len(passage_of_run) else 0)
    holders = plans_per_passage[passage_of_run] if len(passage_of_run) else np.zeros(0, dtype=np.int64)
    keep = holders >= 2
    kept = SharedRuns(runs.start[keep], runs.length[keep], runs.plan[keep], runs.key[:0])
    return kept, narrow(passage_of_run[keep]), narrow(holders[keep])


def _occurrences(docs, texts, items, runs: SharedRuns, passage_of_run, n_plans, release) -> Iterator[pd.DataFrame]:
    """One row per run: the passage's text, its offsets back in the cleaned text, its item; ids assigned.

    Rows are ordered by plans (most first), length (longest first), text, plan and offset, and a
    passage id is given to each (text, plans) in that order; the order is found on integer keys, each
    passage's text decoded once. The table is made :data:`FRAME_ROWS` rows at a time.
    """
    lengths, run_plan = runs.length, runs.plan
    passages, first_run = np.unique(passage_of_run, return_index=True)
    start_offsets, end_offsets, passage_texts = _offsets_and_texts(texts, runs, first_run)
    release()
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
    group = narrow(group_of_passage[np.searchsorted(passages, passage_of_run)])
    order = narrow(np.lexsort((start_offsets, run_plan, group)))  # last key first: group, plan, offset
    passage_ids = np.asarray([f"p{k + 1:05d}" for k in range(len(group_texts))], dtype=object)
    group_texts = np.asarray(group_texts, dtype=object)
    doc_names = np.asarray(docs, dtype=object)
    item_at = _ItemSpans(items, docs)
    for at in range(0, len(order), FRAME_ROWS):
        rows = order[at:at + FRAME_ROWS]
        plan = run_plan[rows]
        yield pd.DataFrame(
            {
                "passage_id": passage_ids[group[rows]],
                "text": group_texts[group[rows]],
                "length": lengths[rows].astype(np.int64),
                "n_plans": n_plans[rows].astype(np.int64),
                "doc_id": doc_names[plan],
                "item_id": item_at(plan, start_offsets[rows]),
                "start": start_offsets[rows].astype(np.int64),
                "end": end_offsets[rows].astype(np.int64),
            }
        )


def _offsets_and_texts(texts, runs: SharedRuns, first_run: np.ndarray):
    """Each run's start and end offsets in its cleaned text, and the normalised text of the passages
    whose first runs are ``first_run``; each plan's text read once (runs are in reading order)."""
    start_offsets = np.empty(len(runs.start), dtype=np.int64)
    end_offsets = np.empty(len(runs.start), dtype=np.int64)
    head_of = np.full(len(runs.start), -1, dtype=np.int64)
    head_of[first_run] = np.arange(len(first_run))
    passage_texts = [""] * len(first_run)
    plan_bounds = np.searchsorted(runs.plan, np.arange(int(runs.plan[-1]) + 2)) if len(runs.plan) else [0]
    normaliser = Normaliser()
    for d in np.unique(runs.plan).tolist():
        rows = np.arange(plan_bounds[d], plan_bounds[d + 1])
        text = texts[d]
        kept = normaliser.offsets(text)
        local, lengths = runs.start[rows], runs.length[rows]
        start_offsets[rows] = kept[local]
        end_offsets[rows] = kept[local + lengths - 1] + 1
        heads = rows[head_of[rows] >= 0]
        if len(heads):
            codes = Normaliser.codes(text, kept)
            for r in heads.tolist():
                passage_texts[head_of[r]] = decode(codes[runs.start[r]:runs.start[r] + runs.length[r]])
    return narrow(start_offsets), narrow(end_offsets), passage_texts


class _ItemSpans:
    """The item whose span holds a (plan, offset) ('' between items, e.g. in an annex header)."""

    def __init__(self, items: pd.DataFrame, docs: list[str]):
        spans = items[["doc_id", "item_id", "start", "end"]].sort_values(["doc_id", "start"], kind="stable")
        names = sorted(set(spans["doc_id"].unique()) | set(docs))
        self.scale = np.int64(1) << _OFFSET_BITS
        starts = spans["start"].to_numpy(np.int64)
        self.keys = pd.Categorical(spans["doc_id"], categories=names).codes.astype(np.int64) * self.scale + starts
        self.ends = self.keys - starts + spans["end"].to_numpy(np.int64)
        self.ids = spans["item_id"].to_numpy(dtype=object)
        self.code_of_plan = pd.Categorical(docs, categories=names).codes.astype(np.int64)

    def __call__(self, plans: np.ndarray, offsets: np.ndarray) -> np.ndarray:
        if not len(self.ids):
            return np.full(len(plans), "", dtype=object)
        query = self.code_of_plan[plans] * self.scale + offsets
        k = np.searchsorted(self.keys, query, side="right") - 1
        found = (k >= 0) & (query < self.ends[np.maximum(k, 0)])
        return np.where(found, self.ids[np.maximum(k, 0)], "")


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
        they share) and ``chars`` (the passages' total length: where a passage
        of one set of plans gives way to one of another, the two overlap by up
        to ``n`` − 1 characters, counted in both, so ``chars`` can exceed the
        characters the two plans share). Sorted by the doc ids.

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


