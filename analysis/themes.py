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

from dataclasses import dataclass

import pandas as pd

from .schema import ITEM_THEME_COLUMNS, THEME_TAXONOMY_COLUMNS
from .theme_coding import UNASSIGNED, codable_items, code_items, dictionary_hits, item_term_texts

_UNASSIGNED_LABELS = {"label_zh": "未归类", "label_en": "unassigned"}

__all__ = [
    "ITEM_THEME_COLUMNS",
    "UNASSIGNED",
    "unassigned_share",
    "poorly_fitting_plans",
    "POOR_FIT_SHARE",
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


#: A plan with more than this share of its coded items unassigned is poorly served by the taxonomy.
POOR_FIT_SHARE = 0.25


def poorly_fitting_plans(coded: pd.DataFrame, share: float = POOR_FIT_SHARE) -> pd.Series:
    """Per plan whose share of coded items left :data:`UNASSIGNED` is above ``share``: that share, largest first
    (a plan of another genre than the taxonomy's: a government work report coded with the union themes).

    >>> coded = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "theme": ["care", "care", "care", "unassigned"],
    ...                       "is_primary": True})
    >>> poorly_fitting_plans(coded).to_dict()
    {'b': 0.5}
    """
    primary = coded[coded["is_primary"]]
    shares = (primary["theme"] == UNASSIGNED).groupby(primary["doc_id"]).mean()
    return shares[shares > share].sort_values(ascending=False, kind="stable")


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
