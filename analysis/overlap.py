"""What plans share: theme shares, alignment, similarity, item matches, text reuse, topics.

Every function takes processed tables and returns a plain DataFrame:

``theme_shares``        share of each plan's items and characters per primary theme
``alignment_table``     themes × plans, each cell the plan's items on that theme
``document_similarity`` cosine on TF-IDF and Jaccard on top-term sets (symmetric, in [0, 1])
``match_items``         item-to-item similarity of two plans, one-to-one (Hungarian) when asked
``shared_passages``     passages shared verbatim (or nearly) between plans, with item ids
``topic_model``         NMF topics on items, as an independent check of the themes
"""

from __future__ import annotations

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
    "TopicModel",
    "topic_model",
    "compare_topics_with_themes",
]

_SHARED_COLUMNS = (
    "passage_id", "text", "length", "doc_a", "item_a", "start_a", "end_a", "doc_b", "item_b", "start_b", "end_b",
)


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


def _normalised(text: str) -> tuple[str, list[int]]:
    """Only letters, digits and Chinese characters, with each one's offset in ``text``."""
    chars, offsets = [], []
    for i, ch in enumerate(text):
        if ch.isalnum():
            chars.append(ch)
            offsets.append(i)
    return "".join(chars), offsets


def shared_passages(
    clean_texts: dict[str, str],
    items: pd.DataFrame,
    *,
    n: int = 8,
    generic_share: float = 0.8,
    min_length: int = 8,
) -> pd.DataFrame:
    """Passages that two plans share verbatim, ignoring punctuation and quotation marks.

    Character ``n``-grams are indexed (an inverted index, so only plans that
    share an n-gram are compared); n-grams found in at least ``generic_share``
    of the plans (what every plan says) are ignored; the shared n-grams of two
    plans are merged into maximal passages along their diagonals. Each
    passage row gives the text and, on each side, the plan, the item and the
    offsets in the cleaned text.
    """
    docs = sorted(clean_texts)
    norm = {d: _normalised(clean_texts[d]) for d in docs}
    index: dict[str, dict[str, list[int]]] = {}
    for d in docs:
        s = norm[d][0]
        for i in range(len(s) - n + 1):
            index.setdefault(s[i:i + n], {}).setdefault(d, []).append(i)
    limit = max(2, int(np.ceil(generic_share * len(docs)))) if len(docs) >= 3 else len(docs) + 1
    pair_hits: dict[tuple[str, str], set[tuple[int, int]]] = {}
    for gram, where in index.items():
        if len(where) < 2 or len(where) >= limit:
            continue
        present = sorted(where)
        for x, a in enumerate(present):
            for b in present[x + 1:]:
                hits = pair_hits.setdefault((a, b), set())
                for i in where[a]:
                    for j in where[b]:
                        hits.add((i, j))
    spans = _item_spans(items)
    rows = []
    for (a, b), hits in sorted(pair_hits.items()):
        for i, j, length in _merge_diagonals(hits, n):
            if length < min_length:
                continue
            sa, oa = norm[a]
            sb, ob = norm[b]
            start_a, end_a = oa[i], oa[i + length - 1] + 1
            start_b, end_b = ob[j], ob[j + length - 1] + 1
            rows.append((sa[i:i + length], length, a, _item_at(spans, a, start_a), start_a, end_a,
                         b, _item_at(spans, b, start_b), start_b, end_b))
    out = pd.DataFrame(rows, columns=list(_SHARED_COLUMNS[1:]))
    out = out.sort_values(["length", "text", "doc_a", "start_a"], ascending=[False, True, True, True]).reset_index(drop=True)
    out.insert(0, "passage_id", [f"p{k + 1:04d}" for k in range(len(out))])
    return out


def _merge_diagonals(hits: set[tuple[int, int]], n: int) -> list[tuple[int, int, int]]:
    """Runs of consecutive n-gram matches (i, j), (i+1, j+1) … as (i, j, length in characters)."""
    runs = []
    for i, j in sorted(hits):
        if (i - 1, j - 1) in hits:
            continue
        k = 0
        while (i + k + 1, j + k + 1) in hits:
            k += 1
        runs.append((i, j, k + n))
    return runs


def _item_spans(items: pd.DataFrame) -> dict[str, list[tuple[int, int, str]]]:
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for doc_id, item_id, start, end in items[["doc_id", "item_id", "start", "end"]].itertuples(index=False):
        spans.setdefault(doc_id, []).append((int(start), int(end), item_id))
    return spans


def _item_at(spans: dict, doc_id: str, offset: int) -> str:
    for start, end, item_id in spans.get(doc_id, []):
        if start <= offset < end:
            return item_id
    return ""


def passage_summary(passages: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct shared text: its length, the plans and the items that hold it."""
    if passages.empty:
        return pd.DataFrame(columns=["text", "length", "n_plans", "plans", "items"])
    long = pd.concat(
        [
            passages[["text", "length", "doc_a", "item_a"]].set_axis(["text", "length", "doc", "item"], axis=1),
            passages[["text", "length", "doc_b", "item_b"]].set_axis(["text", "length", "doc", "item"], axis=1),
        ]
    ).drop_duplicates()
    out = long.groupby(["text", "length"]).agg(
        n_plans=("doc", "nunique"), plans=("doc", lambda s: "; ".join(sorted(set(s)))), items=("item", lambda s: "; ".join(sorted(set(s))))
    )
    return out.reset_index().sort_values(["n_plans", "length", "text"], ascending=[False, False, True]).reset_index(drop=True)


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
