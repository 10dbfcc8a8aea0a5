"""What plans share: theme shares, alignment, similarity, item matches, text reuse, topics.

Every function takes processed tables and returns a plain DataFrame:

``theme_shares``        share of each plan's items and characters per primary theme
``alignment_table``     themes × plans, each cell the plan's items on that theme
``document_similarity`` cosine on TF-IDF and Jaccard on top-term sets (symmetric, in [0, 1])
``match_items``         item-to-item similarity of two plans, one-to-one (Hungarian) when asked
``shared_passages``     passages shared verbatim (or nearly) between plans, with item ids
``passage_links``       pairs of plans and the passages and characters they share
``topic_model``         NMF topics on items, as an independent check of the themes
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .keywords import DocumentFeatureMatrix

__all__ = [
    "theme_shares",
    "theme_presence",
    "alignment_table",
    "document_similarity",
    "jaccard_similarity",
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
    """Jaccard similarity of plans' top-``top_k`` term sets (ties broken lexically)."""
    sets = {
        doc: set(part.sort_values(["count", "term"], ascending=[False, True]).head(top_k)["term"])
        for doc, part in freq.groupby("doc")
    }
    docs = sorted(sets)
    out = pd.DataFrame(1.0, index=docs, columns=docs)
    for a in docs:
        for b in docs:
            if a != b:
                out.loc[a, b] = round(len(sets[a] & sets[b]) / len(sets[a] | sets[b]), 6)
    return out


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


def _normalised(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Code points of the letters, digits and Chinese characters of ``text``, with their offsets."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    alphabet = np.unique(codes)
    keep = alphabet[[chr(c).isalnum() for c in alphabet.tolist()]]
    offsets = np.flatnonzero(np.isin(codes, keep))
    return codes[offsets], offsets


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
    ignored. One row per occurrence: passage_id, text, length, n_plans,
    doc_id, item_id, start, end (offsets in the cleaned text). Passage ids
    are ordered by plans, length and text.
    """
    docs = sorted(clean_texts)
    columns = ["passage_id", "text", "length", "n_plans", "doc_id", "item_id", "start", "end"]
    if len(docs) < 2:
        return pd.DataFrame(columns=columns)
    norm = [_normalised(clean_texts[d]) for d in docs]
    hashes = [_window_hashes(chars, n) for chars, _ in norm]
    all_hash = np.concatenate(hashes)
    all_doc = np.concatenate([np.full(len(h), i, dtype=np.int64) for i, h in enumerate(hashes)])
    rng = np.random.default_rng(12345)
    doc_key = rng.integers(1, 2**63 - 1, size=len(docs), dtype=np.int64).astype(np.uint64)
    # Unique (window, plan) pairs → for each window: number of plans and an order-free signature of the set.
    order = np.lexsort((all_doc, all_hash))
    h_sorted, d_sorted = all_hash[order], all_doc[order]
    new_pair = np.ones(len(order), dtype=bool)
    new_pair[1:] = (h_sorted[1:] != h_sorted[:-1]) | (d_sorted[1:] != d_sorted[:-1])
    pair_hash, pair_doc = h_sorted[new_pair], d_sorted[new_pair]
    uniq_hash, first, n_docs = np.unique(pair_hash, return_index=True, return_counts=True)
    with np.errstate(over="ignore"):
        signature = np.add.reduceat(doc_key[pair_doc], first) if len(first) else first
    limit = max(2, int(np.ceil(generic_share * len(docs)))) if len(docs) >= 3 else len(docs) + 1
    spans = _item_spans(items)
    runs: dict[tuple[int, str], list[tuple[int, int, int]]] = {}
    for d, h in enumerate(hashes):
        if not len(h):
            continue
        where = np.searchsorted(uniq_hash, h)
        df, sig = n_docs[where], signature[where]
        shared = (df >= 2) & (df < limit)
        key = np.where(shared, sig, np.uint64(0))
        # Runs of equal, shared signatures.
        change = np.flatnonzero(np.diff(key) != 0) + 1
        starts = np.concatenate([[0], change])
        ends = np.concatenate([change, [len(key)]])
        chars, offsets = norm[d]
        for a, b in zip(starts, ends):
            if not shared[a]:
                continue
            length = (b - a) + n - 1
            if length < min_length:
                continue
            text = _decode(chars[a:a + length])
            runs.setdefault((int(key[a]), text), []).append((d, int(offsets[a]), int(offsets[a + length - 1]) + 1))
    rows = []
    for (_, text), occurrences in runs.items():
        n_plans = len({d for d, _, _ in occurrences})
        if n_plans < 2:
            continue
        for d, start, end in occurrences:
            rows.append((text, len(text), n_plans, docs[d], _item_at(spans, docs[d], start), start, end))
    out = pd.DataFrame(rows, columns=columns[1:])
    out = out.sort_values(["n_plans", "length", "text", "doc_id", "start"], ascending=[False, False, True, True, True])
    ids = {t: f"p{k + 1:05d}" for k, t in enumerate(dict.fromkeys(zip(out["text"], out["n_plans"])))}
    out.insert(0, "passage_id", [ids[(t, p)] for t, p in zip(out["text"], out["n_plans"])])
    return out.reset_index(drop=True)


def _item_spans(items: pd.DataFrame) -> dict[str, tuple[list[int], list[int], list[str]]]:
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for doc_id, item_id, start, end in items[["doc_id", "item_id", "start", "end"]].itertuples(index=False):
        spans.setdefault(doc_id, []).append((int(start), int(end), item_id))
    return {d: tuple(map(list, zip(*sorted(v)))) for d, v in spans.items()}


def _item_at(spans: dict, doc_id: str, offset: int) -> str:
    """The item whose span holds ``offset`` ('' between items, e.g. in an annex header)."""
    if doc_id not in spans:
        return ""
    starts, ends, ids = spans[doc_id]
    k = bisect.bisect_right(starts, offset) - 1
    return ids[k] if k >= 0 and offset < ends[k] else ""


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
