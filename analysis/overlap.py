"""What plans share: theme shares, alignment, similarity, item matches, text reuse, topics.

Every function takes processed tables and returns a plain DataFrame:

``theme_shares``        share of each plan's items and characters per primary theme
``alignment_table``     themes × plans, each cell the plan's items on that theme
``document_similarity`` cosine on TF-IDF and Jaccard on top-term sets (symmetric, in [0, 1])
``similarity_pairs``    every pair of plans with its value in each similarity matrix
``match_items``         item-to-item similarity of two plans, one-to-one (Hungarian) when asked
``shared_passages``     passages shared verbatim (or nearly) between plans, with item ids
``passage_links``       pairs of plans and the passages and characters they share
``topic_model``         NMF topics on items, as an independent check of the themes
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .keywords import DocumentFeatureMatrix

#: Columns of :func:`shared_passages` (one row per occurrence of a passage).
PASSAGE_COLUMNS = ("passage_id", "text", "length", "n_plans", "doc_id", "item_id", "start", "end")

__all__ = [
    "PASSAGE_COLUMNS",
    "theme_shares",
    "theme_presence",
    "alignment_table",
    "document_similarity",
    "jaccard_similarity",
    "similarity_pairs",
    "cluster_order",
    "match_items",
    "shared_passages",
    "passage_summary",
    "passage_links",
    "TopicModel",
    "topic_model",
    "compare_topics_with_themes",
]


def theme_shares(coded: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    """Per plan and theme: items and characters whose primary theme it is, and their shares."""
    primary = coded[coded["is_primary"]].merge(items[["item_id", "n_chars"]], on="item_id")
    grouped = primary.groupby(["doc_id", "theme"]).agg(items=("item_id", "count"), chars=("n_chars", "sum"))
    totals = primary.groupby("doc_id").agg(total_items=("item_id", "count"), total_chars=("n_chars", "sum"))
    out = grouped.reset_index().merge(totals, on="doc_id")
    out["share_items"] = (out["items"] / out["total_items"]).round(4)
    out["share_chars"] = (out["chars"] / out["total_chars"]).round(4)
    return out.drop(columns=["total_items", "total_chars"]).sort_values(["doc_id", "theme"]).reset_index(drop=True)


def theme_presence(coded: pd.DataFrame, theme_ids: list[str]) -> pd.DataFrame:
    """Plans × themes: True where the plan has at least one item whose primary theme it is."""
    primary = coded[coded["is_primary"]]
    table = pd.crosstab(primary["doc_id"], primary["theme"]) > 0
    return table.reindex(columns=theme_ids, fill_value=False)


def alignment_table(coded: pd.DataFrame, items: pd.DataFrame, theme_labels: dict[str, str]) -> pd.DataFrame:
    """Themes (rows, taxonomy order) × plans (columns): the plan's items on that theme.

    Each cell lists ``item_id`` suffix and title (or the first words of an
    untitled paragraph), primary items first, secondary items marked (+).
    """
    merged = coded[coded["is_primary"] | coded["is_secondary"]].merge(
        items[["item_id", "seq", "item_title", "text"]], on="item_id"
    )
    merged["label"] = [
        f"{iid.split(':', 1)[1]} {title or text[:16]}" + ("" if prim else " (+)")
        for iid, title, text, prim in zip(merged["item_id"], merged["item_title"], merged["text"], merged["is_primary"])
    ]
    merged = merged.sort_values(["doc_id", "is_primary", "seq"], ascending=[True, False, True])
    table = merged.groupby(["theme", "doc_id"])["label"].agg("\n".join).unstack(fill_value="")
    table = table.reindex(index=list(theme_labels), columns=sorted(items["doc_id"].unique()), fill_value="").fillna("")
    table.index = [theme_labels[t] for t in table.index]
    table.index.name = "theme"
    return table


def document_similarity(matrix: DocumentFeatureMatrix) -> pd.DataFrame:
    """Cosine similarity of plans on TF-IDF vectors (symmetric, 1 on the diagonal, in [0, 1])."""
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.metrics.pairwise import cosine_similarity

    x = TfidfTransformer(sublinear_tf=True).fit_transform(matrix.counts)
    sim = np.clip(cosine_similarity(x), 0, 1)
    sim = (sim + sim.T) / 2
    np.fill_diagonal(sim, 1.0)
    return pd.DataFrame(sim.round(6), index=list(matrix.docs), columns=list(matrix.docs))


def jaccard_similarity(freq: pd.DataFrame, *, top_k: int = 100) -> pd.DataFrame:
    """Jaccard similarity of plans' top-``top_k`` term sets (ties broken lexically).

    Intersections come from one sparse product of the plan × term incidence
    matrix, so no pair of plans is compared in Python.
    """
    from scipy import sparse

    top = freq.sort_values(["doc", "count", "term"], ascending=[True, False, True]).groupby("doc", sort=False).head(top_k)
    rows, docs = pd.factorize(top["doc"], sort=True)
    cols, _ = pd.factorize(top["term"])
    incidence = sparse.csr_matrix((np.ones(len(top)), (rows, cols)), shape=(len(docs), cols.max() + 1 if len(cols) else 0))
    shared = (incidence @ incidence.T).toarray()
    sizes = np.diag(shared)
    union = sizes[:, None] + sizes[None, :] - shared
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.round(np.where(union > 0, shared / union, 0.0), 6)
    np.fill_diagonal(out, 1.0)
    docs = docs.tolist()
    return pd.DataFrame(out, index=docs, columns=docs)


def similarity_pairs(measures: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every pair of plans (plan_a < plan_b) with its value in each square similarity matrix.

    Sorted by the first measure, highest first.
    """
    first = next(iter(measures.values()))
    docs = list(first.index)
    i, j = np.triu_indices(len(docs), k=1)
    out = pd.DataFrame({"plan_a": np.asarray(docs, dtype=object)[i], "plan_b": np.asarray(docs, dtype=object)[j]})
    for name, matrix in measures.items():
        out[name] = matrix.loc[docs, docs].to_numpy()[i, j]
    return out.sort_values([next(iter(measures)), "plan_a", "plan_b"], ascending=[False, True, True]).reset_index(drop=True)


def cluster_order(similarity: pd.DataFrame, *, method: str = "average"):
    """Hierarchical clustering of plans on 1 − similarity: returns the scipy linkage matrix."""
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform

    distance = 1 - similarity.to_numpy()
    np.fill_diagonal(distance, 0)
    return linkage(squareform(np.clip(distance, 0, None), checks=False), method=method)


def match_items(
    item_texts: pd.Series, items_a: list[str], items_b: list[str], *, one_to_one: bool = False, min_similarity: float = 0.0
) -> pd.DataFrame:
    """Item-to-item cosine similarity (TF-IDF on terms) between two plans' items.

    ``item_texts`` maps item_id → terms joined by spaces
    (:func:`analysis.themes.item_term_texts`). Without ``one_to_one`` each item
    of A gets its most similar item of B; with it, the Hungarian assignment
    maximises total similarity so each item is used at most once.
    """
    from scipy.optimize import linear_sum_assignment
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    vectorizer = TfidfVectorizer(analyzer=str.split, sublinear_tf=True)
    vectorizer.fit(item_texts.loc[items_a + items_b])
    sim = cosine_similarity(vectorizer.transform(item_texts.loc[items_a]), vectorizer.transform(item_texts.loc[items_b]))
    if one_to_one:
        rows, cols = linear_sum_assignment(-sim)
    else:
        rows, cols = np.arange(len(items_a)), sim.argmax(axis=1)
    out = pd.DataFrame(
        {"item_a": [items_a[i] for i in rows], "item_b": [items_b[j] for j in cols], "similarity": sim[rows, cols].round(4)}
    )
    return out[out["similarity"] >= min_similarity].sort_values(["similarity", "item_a"], ascending=[False, True]).reset_index(drop=True)


def _normalised(texts: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    """For each text, the code points of its letters, digits and Chinese characters, with their offsets."""
    codes = [np.frombuffer(t.encode("utf-32-le"), dtype=np.uint32) for t in texts]
    alphabet = np.unique(np.concatenate(codes)) if codes else np.zeros(0, dtype=np.uint32)
    is_kept = np.zeros(int(alphabet.max()) + 1 if len(alphabet) else 1, dtype=bool)
    is_kept[alphabet] = [chr(c).isalnum() for c in alphabet.tolist()]
    out = []
    for c in codes:
        offsets = np.flatnonzero(is_kept[c])
        out.append((c[offsets], offsets))
    return out


def _decode(codes: np.ndarray) -> str:
    return codes.astype(np.uint32).tobytes().decode("utf-32-le")


def _window_hashes(chars: np.ndarray, n: int) -> np.ndarray:
    """64-bit polynomial hash of every window of ``n`` code points (wrapping arithmetic)."""
    codes = chars.astype(np.uint64)
    count = len(codes) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    base = np.uint64(1_000_003)
    h = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(n):
            h = h * base + codes[k:k + count]
    return h


def _run_starts(*keys: np.ndarray) -> np.ndarray:
    """Positions where any of the equally long ``keys`` changes value (0 included)."""
    change = np.zeros(len(keys[0]), dtype=bool)
    if len(change):
        change[0] = True
        for key in keys:
            change[1:] |= key[1:] != key[:-1]
    return np.flatnonzero(change)


def shared_passages(
    clean_texts: dict[str, str],
    items: pd.DataFrame,
    *,
    n: int = 8,
    generic_share: float = 0.8,
    min_length: int = 8,
) -> pd.DataFrame:
    """Passages that two or more plans share verbatim, ignoring punctuation and quotation marks.

    Every window of ``n`` characters is hashed; the set of plans holding each
    window is known from one sort of all windows (an inverted index, so no pair
    of plans is ever compared directly and the cost grows with the text, not
    with the number of pairs). A passage is a maximal run of consecutive
    windows of a plan held by the same set of two or more plans; windows held
    by at least ``generic_share`` of the plans (what every plan says) are
    ignored. Runs are matched across plans by the set of plans, the length and
    the hashes of their windows (64-bit, so two different texts match only by
    a collision of about one in 2**64). One row per occurrence: passage_id,
    text, length, n_plans, doc_id, item_id, start, end (offsets in the cleaned
    text). Passage ids are ordered by plans, length and text.
    """
    docs = sorted(clean_texts)
    columns = list(PASSAGE_COLUMNS)
    if len(docs) < 2:
        return pd.DataFrame(columns=columns)
    norm = _normalised([clean_texts[d] for d in docs])
    hashes = [_window_hashes(chars, n) for chars, _ in norm]
    n_windows = np.array([len(h) for h in hashes], dtype=np.int64)
    all_hash = np.concatenate(hashes)
    all_doc = np.repeat(np.arange(len(docs), dtype=np.int64), n_windows)
    if not len(all_hash):
        return pd.DataFrame(columns=columns)
    rng = np.random.default_rng(12345)
    doc_key = rng.integers(1, 2**63 - 1, size=len(docs), dtype=np.int64).astype(np.uint64)

    # The inverted index: one stable sort groups equal windows, plans in order within each group.
    order = np.argsort(all_hash, kind="stable")
    h_sorted, d_sorted = all_hash[order], all_doc[order]
    is_first = np.zeros(len(order), dtype=bool)
    is_first[_run_starts(h_sorted)] = True
    group_of_sorted = np.cumsum(is_first) - 1
    pair_first = _run_starts(h_sorted, d_sorted)  # first window of each (window text, plan) pair
    pair_group = group_of_sorted[pair_first]
    pair_bounds = _run_starts(pair_group)
    n_plans_of_group = np.diff(np.append(pair_bounds, len(pair_group)))
    with np.errstate(over="ignore"):
        signature = np.add.reduceat(doc_key[d_sorted[pair_first]], pair_bounds)
    group_of_window = np.empty(len(order), dtype=np.int64)
    group_of_window[order] = group_of_sorted

    limit = max(2, int(np.ceil(generic_share * len(docs)))) if len(docs) >= 3 else len(docs) + 1
    df = n_plans_of_group[group_of_window]
    shared = (df >= 2) & (df < limit)
    key = np.where(shared, signature[group_of_window], np.uint64(0))

    # Runs of equal, shared signatures within a plan, long enough to count.
    starts = _run_starts(key, all_doc)
    ends = np.append(starts[1:], len(key))
    lengths = ends - starts + n - 1
    keep = shared[starts] & (lengths >= min_length)
    starts, ends, lengths = starts[keep], ends[keep], lengths[keep]
    run_doc = all_doc[starts]
    with np.errstate(over="ignore"):
        prefix = np.concatenate([[np.uint64(0)], np.cumsum(all_hash, dtype=np.uint64)])
        run_sum = prefix[ends] - prefix[starts]
        run_key = ((key[starts] * np.uint64(0x9E3779B97F4A7C15) + lengths.astype(np.uint64)) * np.uint64(1_000_003)
                   + run_sum) * np.uint64(0xBF58476D1CE4E5B9) + all_hash[starts]
    _, passage_of_run = np.unique(run_key, return_inverse=True)
    # A passage counts when it occurs in two or more plans (a run's set can be split differently elsewhere).
    pairs = np.unique(passage_of_run.astype(np.int64) * len(docs) + run_doc) // len(docs)
    plans_per_passage = np.bincount(pairs, minlength=passage_of_run.max() + 1 if len(passage_of_run) else 0)
    n_plans = plans_per_passage[passage_of_run] if len(passage_of_run) else np.zeros(0, dtype=np.int64)
    keep = n_plans >= 2
    starts, lengths, run_doc, passage_of_run, n_plans = (
        starts[keep], lengths[keep], run_doc[keep], passage_of_run[keep], n_plans[keep]
    )
    if not len(starts):
        return pd.DataFrame(columns=columns)

    # Window k of plan d starts at normalised character k of d: offsets back in the cleaned text.
    window_base = np.concatenate([[0], np.cumsum(n_windows)[:-1]])
    local = starts - window_base[run_doc]
    char_base = np.concatenate([[0], np.cumsum([len(chars) for chars, _ in norm])[:-1]])
    all_offsets = np.concatenate([offsets for _, offsets in norm]).astype(np.int64)
    start_offsets = all_offsets[char_base[run_doc] + local]
    end_offsets = all_offsets[char_base[run_doc] + local + lengths - 1] + 1
    first_run = np.unique(passage_of_run, return_index=True)[1]
    text_of = {
        int(passage_of_run[r]): _decode(norm[int(run_doc[r])][0][local[r]:local[r] + lengths[r]]) for r in first_run
    }
    doc_names = np.asarray(docs, dtype=object)
    out = pd.DataFrame(
        {
            "text": [text_of[p] for p in passage_of_run.tolist()],
            "length": lengths.astype(np.int64),
            "n_plans": n_plans.astype(np.int64),
            "doc_id": doc_names[run_doc],
            "item_id": _items_at(items, doc_names[run_doc], start_offsets),
            "start": start_offsets,
            "end": end_offsets,
        }
    )
    out = out.sort_values(["n_plans", "length", "text", "doc_id", "start"], ascending=[False, False, True, True, True])
    ids = out.groupby(["text", "n_plans"], sort=False).ngroup().to_numpy()
    out.insert(0, "passage_id", [f"p{k + 1:05d}" for k in ids.tolist()])
    return out.reset_index(drop=True)


def _items_at(items: pd.DataFrame, doc_ids: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """The item whose span holds each (doc_id, offset) ('' between items, e.g. in an annex header)."""
    spans = items[["doc_id", "item_id", "start", "end"]].sort_values(["doc_id", "start"], kind="stable")
    docs = sorted(set(spans["doc_id"].unique()) | set(np.unique(doc_ids).tolist()))
    scale = np.int64(1) << 40  # offsets are far below 2**40 characters
    item_keys = pd.Categorical(spans["doc_id"], categories=docs).codes.astype(np.int64) * scale + spans["start"].to_numpy(np.int64)
    query = pd.Categorical(doc_ids, categories=docs).codes.astype(np.int64) * scale + offsets
    k = np.searchsorted(item_keys, query, side="right") - 1
    found = (k >= 0) & (query < (item_keys - spans["start"].to_numpy(np.int64) + spans["end"].to_numpy(np.int64))[np.maximum(k, 0)])
    ids = spans["item_id"].to_numpy(dtype=object)
    return np.where(found, ids[np.maximum(k, 0)], "")


def passage_summary(passages: pd.DataFrame) -> pd.DataFrame:
    """One row per shared passage: its text, length, the plans and the items that hold it."""
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
    """
    from scipy import sparse

    if passages.empty:
        return pd.DataFrame(columns=["doc_a", "doc_b", "passages", "chars"])
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
    rows = [
        (docs[i], docs[j], int(v), int(chars[i, j]))
        for i, j, v in zip(counts.row, counts.col, counts.data)
        if i < j
    ]
    return pd.DataFrame(rows, columns=["doc_a", "doc_b", "passages", "chars"]).sort_values(["doc_a", "doc_b"]).reset_index(drop=True)


@dataclass(frozen=True)
class TopicModel:
    """NMF topics: top terms per topic and each item's dominant topic."""

    topics: pd.DataFrame  # topic, rank, term, weight
    item_topics: pd.DataFrame  # item_id, topic, weight


def topic_model(item_texts: pd.Series, *, k: int = 10, seed: int = 0, top_n: int = 8) -> TopicModel:
    """Non-negative matrix factorisation of the item × term TF-IDF matrix (scikit-learn, fixed seed)."""
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer=str.split, sublinear_tf=True, min_df=2)
    x = vectorizer.fit_transform(item_texts)
    model = NMF(n_components=k, init="nndsvda", random_state=seed, max_iter=1000)
    w = model.fit_transform(x)
    terms = vectorizer.get_feature_names_out()
    rows = []
    for t, comp in enumerate(model.components_):
        order = sorted(range(len(comp)), key=lambda j: (-comp[j], terms[j]))[:top_n]
        rows += [(f"T{t + 1}", r + 1, terms[j], round(float(comp[j]), 4)) for r, j in enumerate(order)]
    dominant = w.argmax(axis=1)
    item_topics = pd.DataFrame(
        {"item_id": list(item_texts.index), "topic": [f"T{t + 1}" for t in dominant], "weight": w.max(axis=1).round(4)}
    )
    return TopicModel(pd.DataFrame(rows, columns=["topic", "rank", "term", "weight"]), item_topics)


def compare_topics_with_themes(model: TopicModel, coded: pd.DataFrame) -> tuple[pd.DataFrame, float]:
    """Crosstab of dictionary themes × NMF topics over items, and their adjusted mutual information."""
    from sklearn.metrics import adjusted_mutual_info_score

    primary = coded[coded["is_primary"]].set_index("item_id")["theme"]
    joined = model.item_topics.set_index("item_id").join(primary, how="inner")
    table = pd.crosstab(joined["theme"], joined["topic"])
    return table, round(float(adjusted_mutual_info_score(joined["theme"], joined["topic"])), 3)
