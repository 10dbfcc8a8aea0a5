"""Themes: code every item of every plan with the theme taxonomy.

The taxonomy is a data file (``resources/themes.csv``: theme_id, Chinese and
English labels, seed terms, and the plan parts that are themselves evidence,
e.g. 基本原则 for ``overall``). Coding has two steps:

1. **Dictionary**: the seed terms found in the item's content (leftmost-longest,
   non-overlapping within a theme), plus the part evidence.
2. **Data-driven**: each theme's centroid in TF-IDF space is built from the
   items the dictionary codes to it (and its seed terms); every item is scored
   by cosine similarity to every centroid, so items that use other words than
   the seeds still find their theme.

The score of a theme is the mean of the two, each scaled to [0, 1] within the
item. The highest is the primary theme; themes scoring at least
``secondary_ratio`` of it are secondary. Where no theme has evidence (no seed
term and no centroid near) the coder abstains: the item is ``unassigned`` (:func:`analysis.evaluation.agreement`
measures accuracy and Cohen's kappa against a hand-coded table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .loader import Resources, load_resources
from .schema import ITEM_THEME_COLUMNS, THEME_TAXONOMY_COLUMNS

#: The theme of an item no theme of the taxonomy has evidence for.
UNASSIGNED = "unassigned"
_UNASSIGNED_LABELS = {"label_zh": "未归类", "label_en": "unassigned"}

__all__ = [
    "ITEM_THEME_COLUMNS",
    "UNASSIGNED",
    "unassigned_share",
    "taxonomy_table",
    "codable_items",
    "item_term_texts",
    "dictionary_hits",
    "code_items",
    "primary_themes",
    "theme_labels",
    "secondary_themes",
    "theme_shares",
    "theme_presence",
    "alignment_table",
    "TopicModel",
    "topic_model",
    "compare_topics_with_themes",
]



def taxonomy_table(themes: pd.DataFrame, taxonomy: str = "") -> pd.DataFrame:
    """The theme_taxonomy table: a taxonomy (:func:`analysis.loader.load_themes`) as the build writes it.

    Notebooks label themes from it, so they show the taxonomy the items were coded with;
    ``taxonomy`` (on every row) names the file it came from
    (:attr:`analysis.loader.Resources.taxonomy_id`).
    """
    table = pd.DataFrame({
        "theme_id": themes["theme_id"], "label_zh": themes["label_zh"], "label_en": themes["label_en"],
        "seed_terms": themes["seeds"].map(";".join), "parts": themes["parts"].map(";".join),
        "taxonomy": taxonomy,
    }, columns=list(THEME_TAXONOMY_COLUMNS))
    extra = pd.DataFrame([{"theme_id": UNASSIGNED, **_UNASSIGNED_LABELS, "seed_terms": "", "parts": "",
                           "taxonomy": taxonomy}])
    return pd.concat([table, extra], ignore_index=True)


def unassigned_share(coded: pd.DataFrame) -> float:
    """The share of coded items whose primary theme is :data:`UNASSIGNED` (the coder abstained).

    >>> unassigned_share(pd.DataFrame({"theme": ["care", "unassigned"], "is_primary": [True, True]}))
    0.5
    """
    primary = coded[coded["is_primary"]]
    return float((primary["theme"] == UNASSIGNED).mean()) if len(primary) else 0.0


def theme_labels(taxonomy: pd.DataFrame, lang: str = "zh") -> dict[str, str]:
    """theme_id → label in ``lang`` ("zh" or "en"), in taxonomy order."""
    return dict(zip(taxonomy["theme_id"], taxonomy["label_zh" if lang == "zh" else "label_en"]))


def secondary_themes(coded: pd.DataFrame, ratio: float) -> pd.DataFrame:
    """The item_themes table with ``is_secondary`` decided again for another ``ratio`` of the primary score.

    The table holds the themes scoring at least the coder's ``min_score`` (0.2), so a
    ratio that would admit lower scores finds no more themes than those.
    """
    top = coded[coded["is_primary"]].set_index("item_id")["score"]
    threshold = coded["item_id"].map(top) * ratio
    return coded.assign(is_secondary=~coded["is_primary"] & (coded["score"] >= threshold))


def codable_items(items: pd.DataFrame, *, min_chars: int = 30) -> pd.DataFrame:
    """The text units worth coding: numbered items, annex rows and paragraphs of real text.

    Cover notices, closing lines and short title lines are left out.
    """
    keep = ~items["part"].isin(["cover", "closing"]) & (items["n_chars"] >= min_chars)
    return items[keep].reset_index(drop=True)


def _content(items: pd.DataFrame) -> list[str]:
    ends = (items["content_end"] - items["start"]).astype(int).tolist()
    return [t[:e] for t, e in zip(items["text"].tolist(), ends)]


def _seed_regex(seeds: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(s) for s in sorted(seeds, key=len, reverse=True)))


def dictionary_hits(items: pd.DataFrame, themes: pd.DataFrame, *, part_weight: int = 2) -> pd.DataFrame:
    """Items × themes: seed terms found in each item's content, plus ``part_weight`` for part evidence."""
    contents = _content(items)
    parts = items["part"].tolist()
    out = pd.DataFrame(0, index=items["item_id"], columns=list(themes["theme_id"]), dtype=int)
    for theme in themes.itertuples(index=False):
        regex = _seed_regex(tuple(theme.seeds))
        counts = [len(regex.findall(c)) for c in contents]
        if theme.parts:
            counts = [c + (part_weight if p in theme.parts else 0) for c, p in zip(counts, parts)]
        out[theme.theme_id] = counts
    return out


def _item_rows(items: pd.DataFrame, terms: pd.DataFrame) -> np.ndarray:
    """Row in ``items`` of each term's item (-1 for a term of another item)."""
    codes, uniques = pd.factorize(terms["item_id"])
    position = pd.Index(items["item_id"]).get_indexer(uniques)
    return position[codes].astype(np.int64) if len(codes) else np.zeros(0, dtype=np.int64)


def item_term_texts(items: pd.DataFrame, terms: pd.DataFrame) -> pd.Series:
    """Each item's terms joined by spaces (input for TF-IDF), indexed by item_id."""
    rows = _item_rows(items, terms)
    keep = rows >= 0
    order = np.argsort(rows[keep], kind="stable")
    tokens = terms["token"].to_numpy(dtype=object)[keep][order]
    bounds = np.searchsorted(rows[keep][order], np.arange(len(items) + 1)).tolist()
    texts = [" ".join(tokens[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
    return pd.Series(texts, index=pd.Index(items["item_id"].tolist(), name="item_id"))


def _term_matrices(items: pd.DataFrame, terms: pd.DataFrame, seed_docs: list[list[str]]):
    """TF-IDF (sublinear tf, smooth idf, l2) of the items and of the seed lists, fitted on both.

    The same numbers as scikit-learn's ``TfidfVectorizer`` on the items' term
    texts plus the seed lists (features sorted), counted without joining strings.
    """
    from scipy import sparse

    rows = _item_rows(items, terms)
    keep = rows >= 0
    codes, uniques = pd.factorize(terms["token"][keep])
    vocabulary = sorted(set(uniques) | {t for doc in seed_docs for t in doc})
    index = pd.Index(vocabulary)
    columns = index.get_indexer(uniques)[codes] if len(codes) else np.zeros(0, dtype=np.int64)
    counts = sparse.csr_matrix(
        (np.ones(len(columns), dtype=np.int64), (rows[keep], columns)), shape=(len(items), len(vocabulary))
    )
    seed_rows = np.repeat(np.arange(len(seed_docs)), [len(doc) for doc in seed_docs])
    seed_cols = index.get_indexer([t for doc in seed_docs for t in doc])
    seed_counts = sparse.csr_matrix(
        (np.ones(len(seed_cols), dtype=np.int64), (seed_rows, seed_cols)), shape=(len(seed_docs), len(vocabulary))
    )
    counts.sum_duplicates()
    seed_counts.sum_duplicates()
    idf = _smooth_idf(sparse.vstack([counts, seed_counts], format="csr"))
    return _sublinear_tfidf(counts, idf), _sublinear_tfidf(seed_counts, idf)


def _smooth_idf(counts) -> np.ndarray:
    """The inverse document frequency of each column, smoothed: ln((1 + n) / (1 + df)) + 1.

    The formula and the order of operations of scikit-learn's ``TfidfTransformer``
    (``smooth_idf=True``), which the tests compare it with; computed here because
    importing scikit-learn costs a build's worker a second.
    """
    df = np.bincount(counts.indices, minlength=counts.shape[1]).astype(np.float64) + 1.0
    idf = np.full_like(df, counts.shape[0] + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    return idf


def _sublinear_tfidf(counts, idf: np.ndarray):
    """Rows of ``counts`` weighted (1 + ln tf) × idf and scaled to unit length (empty rows stay empty),
    as ``TfidfTransformer(sublinear_tf=True, norm="l2").transform``."""
    x = counts.astype(np.float64)  # a copy
    np.log(x.data, out=x.data)
    x.data += 1.0
    x.data *= idf[x.indices]
    lengths = np.diff(x.indptr)
    full = np.flatnonzero(lengths)
    norms = np.ones(x.shape[0])
    if len(full):
        norms[full] = np.sqrt(np.add.reduceat(x.data * x.data, x.indptr[full]))
    x.data /= np.repeat(norms, lengths)
    return x


def _centroid_similarity(x, seeds, hits: np.ndarray) -> np.ndarray:
    """Cosine similarity (clipped to [0, 1]) of each item to each theme's centroid: the mean of the
    theme's seed vector and of the items the dictionary codes to it."""
    dict_primary = hits.argmax(axis=1)
    has_hits = hits.max(axis=1) > 0
    centroids = []
    for j in range(hits.shape[1]):
        members = x[(dict_primary == j) & has_hits]
        parts = [seeds[j].toarray()]
        if members.shape[0]:
            parts.append(np.asarray(members.mean(axis=0)))
        centroids.append(np.mean(np.vstack(parts), axis=0))
    centroids = np.vstack(centroids)
    norms = np.sqrt(np.einsum("ij,ij->i", centroids, centroids))  # sklearn's normalize, as it computes it
    norms[norms < 10 * np.finfo(norms.dtype).eps] = 1.0
    return np.clip(np.asarray(x @ (centroids / norms[:, None]).T), 0, 1)


def _scaled_by_row(values: np.ndarray) -> np.ndarray:
    """Each row divided by its maximum (a row of zeros stays zero)."""
    top = values.max(axis=1, keepdims=True)
    return values / np.where(top > 0, top, 1)


def code_items(
    items: pd.DataFrame,
    terms: pd.DataFrame,
    themes: pd.DataFrame | None = None,
    *,
    resources: Resources | None = None,
    secondary_ratio: float = 0.7,
    min_score: float = 0.2,
    min_hits: int = 1,
    min_similarity: float = 0.1,
) -> pd.DataFrame:
    """Score every codable item on every theme (see the module docstring), or say it has none.

    Parameters
    ----------
    items : pandas.DataFrame
        The items table.
    terms : pandas.DataFrame
        The tokens table filtered to terms (:func:`analysis.keywords.select_tokens`).
    themes : pandas.DataFrame or None, default None
        A taxonomy (:func:`analysis.loader.load_themes`); by default that of ``resources``.
    resources : Resources or None, default None
        The resource files (default :func:`analysis.loader.load_resources`).
    secondary_ratio : float, default 0.7
        A theme scoring at least this share of the primary's score is secondary.
    min_score : float, default 0.2
        Themes scoring less (other than the primary) are left out of the table.
    min_hits, min_similarity : int and float, default 1 and 0.1
        An item is coded when some theme has at least ``min_hits`` seed terms in it
        or a centroid at least ``min_similarity`` near; otherwise it is ``unassigned``
        (the coder abstains: a report's paragraph on industrialisation is no union theme).

    Returns
    -------
    pandas.DataFrame
        One row per item and theme scoring at least ``min_score`` (plus every
        primary): ``doc_id``, ``item_id``, ``theme``, ``score``, ``is_primary``,
        ``is_secondary``, ``dict_hits``, ``similarity``; an item left
        ``unassigned`` has one row, with score 0 and its best similarity.
    """
    themes = (resources or load_resources()).themes if themes is None else themes
    units = codable_items(items)
    if not len(units):
        return pd.DataFrame(columns=list(ITEM_THEME_COLUMNS))
    hits = dictionary_hits(units, themes)
    theme_ids = list(themes["theme_id"])
    x, seeds = _term_matrices(units, terms, [" ".join(s).split() for s in themes["seeds"]])
    h = hits.to_numpy().astype(float)
    similarity = _centroid_similarity(x, seeds, h)
    score = np.round(0.5 * _scaled_by_row(h) + 0.5 * _scaled_by_row(similarity), 4)

    n_items = score.shape[0]
    primary = score.argmax(axis=1)  # ties: the first theme in the taxonomy
    is_primary = np.zeros_like(score, dtype=bool)
    is_primary[np.arange(n_items), primary] = True
    top = score[np.arange(n_items), primary][:, None]
    is_secondary = ~is_primary & (score >= secondary_ratio * top) & (score >= min_score)
    # Abstain where no theme has evidence: no seed term found and no centroid near.
    coded = (h.max(axis=1) >= min_hits) | (similarity.max(axis=1) >= min_similarity)
    keep = (is_primary | (score >= min_score)) & coded[:, None]
    rows, cols = np.nonzero(keep)  # row-major: items in order, themes in taxonomy order
    table = pd.DataFrame(
        {
            "doc_id": units["doc_id"].to_numpy()[rows],
            "item_id": units["item_id"].to_numpy()[rows],
            "theme": np.asarray(theme_ids, dtype=object)[cols],
            "score": score[rows, cols].astype(float),
            "is_primary": is_primary[rows, cols],
            "is_secondary": is_secondary[rows, cols],
            "dict_hits": h[rows, cols].astype(int),
            "similarity": np.round(similarity[rows, cols], 4).astype(float),
        },
        columns=list(ITEM_THEME_COLUMNS),
    )
    if coded.all():
        return table
    left = np.flatnonzero(~coded)
    unassigned = pd.DataFrame({
        "doc_id": units["doc_id"].to_numpy()[left], "item_id": units["item_id"].to_numpy()[left],
        "theme": UNASSIGNED, "score": 0.0, "is_primary": True, "is_secondary": False, "dict_hits": 0,
        "similarity": np.round(similarity[left].max(axis=1), 4).astype(float),
    }, columns=list(ITEM_THEME_COLUMNS))
    order = np.argsort(np.concatenate([rows, left]), kind="stable")  # items in reading order again
    return pd.concat([table, unassigned], ignore_index=True).iloc[order].reset_index(drop=True)


def primary_themes(coded: pd.DataFrame) -> pd.Series:
    """The primary theme of each item, indexed by item_id."""
    return coded[coded["is_primary"]].set_index("item_id")["theme"]


# --- Theme shares, presence and alignment across plans ------------------------------------------


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
    """Plans × themes: True where the plan has at least one item whose primary theme it is.

    :data:`UNASSIGNED` is no theme a plan has, and is left out even when listed in ``theme_ids``.
    """
    primary = coded[coded["is_primary"]]
    table = pd.crosstab(primary["doc_id"], primary["theme"]) > 0
    return table.reindex(columns=[t for t in theme_ids if t != UNASSIGNED], fill_value=False)


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


# --- An independent check: NMF topics ---------------------------------------------------------


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
