"""Charts of themes and overlap: shares, presence, similarity with its tree, shared passages, topics."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import PercentFormatter

from ..figures import use_cjk_font
from .base import annotated_heatmap, chart_text

__all__ = [
    "plot_theme_shares",
    "plot_similarity_dendrogram",
    "plot_theme_presence",
    "plot_passage_network",
    "plot_topics_vs_themes",
]


def plot_theme_shares(shares: pd.DataFrame, theme_labels: dict[str, str], labels: dict[str, str], *,
                      value: str = "share_items", lang: str = "zh") -> plt.Figure:
    """Heatmap: plans (rows) × themes (columns, taxonomy order), cell = share of the plan.

    Parameters
    ----------
    shares : pandas.DataFrame
        Theme shares (:func:`analysis.themes.theme_shares`); needs ``doc_id``,
        ``theme`` and the column ``value``.
    theme_labels : dict of str to str
        Theme id → label, in taxonomy order (:func:`analysis.themes.theme_labels`);
        only these themes are drawn.
    labels : dict of str to str
        Doc id → label (the doc id when absent).
    value : {"share_items", "share_chars"}, default "share_items"
        The share drawn: of the plan's items or of its characters.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    wide = shares.pivot_table(index="doc_id", columns="theme", values=value, fill_value=0)
    wide = wide.reindex(columns=list(theme_labels), fill_value=0)
    fig, ax = plt.subplots(figsize=(0.75 * wide.shape[1] + 3, 0.6 * wide.shape[0] + 2.8))
    vmax = float(wide.values.max() or 1)
    im = annotated_heatmap(ax, wide.values, cmap="Blues", vmin=0, fontsize=7, light=lambda v: v > vmax * 0.6,
                           cell_text=lambda i, j, v: f"{v:.0%}" if v > 0 else None)
    ax.set_xticks(range(wide.shape[1]))
    ax.set_xticklabels([theme_labels[t] for t in wide.columns], rotation=50, ha="right", fontsize=8)
    ax.set_yticks(range(wide.shape[0]))
    ax.set_yticklabels([labels.get(d, d) for d in wide.index])
    ax.set_title(chart_text(lang)["themes.shares" if value == "share_items" else "themes.shares_chars"])
    fig.colorbar(im, ax=ax, shrink=0.7, label=chart_text(lang)["themes.share_axis"], format=PercentFormatter(1.0))
    fig.tight_layout()
    return fig


def plot_similarity_dendrogram(similarity: pd.DataFrame, linkage_matrix, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """A dendrogram of the plans above their similarity heatmap, both in the clustered order.

    Cell values are written when there are 15 plans or fewer.

    Parameters
    ----------
    similarity : pandas.DataFrame
        A square similarity matrix (:func:`analysis.similarity.document_similarity`).
    linkage_matrix : numpy.ndarray
        The clustering of the same matrix (:func:`analysis.similarity.cluster_order`).
    labels : dict of str to str
        Doc id → label (the doc id when absent).
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    from scipy.cluster.hierarchy import dendrogram

    use_cjk_font()
    names = [labels.get(d, d) for d in similarity.index]
    n = len(names)
    side = min(16, 5 + 0.25 * n)
    # The colorbar has its own column, so the tree and the heatmap share one width and
    # each leaf (scipy puts leaf k at x = 10k + 5) stands above its column.
    fig, axes = plt.subplots(2, 2, figsize=(side + 1, side + 1),
                             gridspec_kw={"height_ratios": [1, 3], "width_ratios": [1, 0.03]})
    (top, corner), (ax, bar) = axes
    corner.axis("off")
    tree = dendrogram(linkage_matrix, labels=names, ax=top, color_threshold=0, above_threshold_color="#555555", no_labels=True)
    top.set_xlim(0, 10 * n)
    top.set_ylabel(chart_text(lang)["themes.distance"], fontsize=8)
    top.spines[["top", "right", "bottom"]].set_visible(False)
    top.set_xticks([])
    order = tree["leaves"]
    # The diagonal (each plan with itself, 1.0) is left out of the colours, so the scale spans the pairs.
    data = np.ma.masked_array(similarity.to_numpy()[np.ix_(order, order)], mask=np.eye(n, dtype=bool))
    low, high = (float(data.min()), float(data.max())) if n > 1 else (0.0, 1.0)
    middle = (low + high) / 2
    cmap = plt.get_cmap("viridis").with_extremes(bad="#EEEEEE")
    # values are written only where they can be read
    im = annotated_heatmap(ax, data, cmap=cmap, vmin=low, vmax=high if high > low else low + 1e-9, fontsize=8,
                           light=lambda v: v < middle,
                           cell_text=lambda i, j, v: None if i == j or n > 15 else f"{v:.2f}")
    fontsize = 9 if n <= 20 else max(4, int(9 - n / 15))
    ax.set_xticks(range(len(order)))
    ax.set_xticklabels([names[i] for i in order], rotation=90 if n > 20 else 30, ha="right" if n <= 20 else "center", fontsize=fontsize)
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels([names[i] for i in order], fontsize=fontsize)
    ax.set_title(chart_text(lang)["themes.sim"])
    fig.colorbar(im, cax=bar, label=chart_text(lang)["themes.sim_axis"])
    fig.tight_layout()
    return fig


def plot_theme_presence(presence: pd.DataFrame, theme_labels: dict[str, str], labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """UpSet-style matrix: a dot where a plan has a theme, and how many plans have each theme.

    Parameters
    ----------
    presence : pandas.DataFrame
        Plans × themes, true where a plan has the theme
        (:func:`analysis.themes.theme_presence`).
    theme_labels : dict of str to str
        Theme id → label, for every theme of ``presence``.
    labels : dict of str to str
        Doc id → label (the doc id when absent).
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    themes = list(presence.columns)
    counts = presence.sum(axis=0)
    fig, (bar, ax) = plt.subplots(2, 1, figsize=(0.6 * len(themes) + 3, 0.45 * len(presence) + 3.5),
                                  gridspec_kw={"height_ratios": [1, 1.6]}, sharex=True)
    bar.bar(range(len(themes)), counts.values, color="#4C72B0")
    for x, v in enumerate(counts.values):
        bar.text(x, v, str(int(v)), ha="center", va="bottom", fontsize=8)
    bar.set_ylabel(chart_text(lang)["themes.n_plans"])
    bar.spines[["top", "right"]].set_visible(False)
    for i, doc in enumerate(presence.index):
        for j, theme in enumerate(themes):
            has = bool(presence.loc[doc, theme])
            ax.scatter(j, i, s=70, color="#222222" if has else "#DDDDDD", zorder=3)
    ax.set_yticks(range(len(presence)))
    ax.set_yticklabels([labels.get(d, d) for d in presence.index])
    ax.set_xticks(range(len(themes)))
    ax.set_xticklabels([theme_labels[t] for t in themes], rotation=50, ha="right", fontsize=8)
    ax.invert_yaxis()
    ax.spines[["top", "right", "left", "bottom"]].set_visible(False)
    fig.suptitle(chart_text(lang)["themes.presence"])
    fig.tight_layout()
    return fig


def plot_passage_network(links: pd.DataFrame, docs: list[str], labels: dict[str, str], *, lang: str = "zh",
                         max_links: int = 40) -> plt.Figure:
    """Plans as nodes on a circle, linked by the characters of the passages they share.

    When there are more than ``max_links`` links, only the ``max_links``
    strongest (ties by plan ids) and the plans they join are drawn. Link
    widths follow the characters shared, written on the links when there are
    15 or fewer.

    Parameters
    ----------
    links : pandas.DataFrame
        Pairs of plans (:func:`analysis.reuse.passage_links`); needs
        ``doc_id_a``, ``doc_id_b`` and ``chars``.
    docs : list of str
        The plans drawn as nodes (with or without links).
    labels : dict of str to str
        Doc id → label (the doc id when absent).
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.
    max_links : int, default 40
        The most links drawn.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    import networkx as nx

    use_cjk_font()
    if len(links) > max_links:
        links = links.sort_values(["chars", "doc_id_a", "doc_id_b"], ascending=[False, True, True]).head(max_links)
        docs = sorted(set(links["doc_id_a"]) | set(links["doc_id_b"]))
    graph = nx.Graph()
    graph.add_nodes_from(docs)
    for a, b, w in links[["doc_id_a", "doc_id_b", "chars"]].itertuples(index=False):
        graph.add_edge(a, b, weight=int(w))
    pos = nx.circular_layout(sorted(docs))
    side = min(14, 7 + 0.15 * len(docs))
    fig, ax = plt.subplots(figsize=(side, side * 6 / 7))
    wmax = max([d["weight"] for _, _, d in graph.edges(data=True)] or [1])
    for a, b, d in graph.edges(data=True):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        ax.plot([x1, x2], [y1, y2], color="#C44E52", linewidth=1 + 9 * d["weight"] / wmax, alpha=0.6, zorder=1)
        if graph.number_of_edges() <= 15:
            ax.text((x1 + x2) / 2, (y1 + y2) / 2, str(d["weight"]), fontsize=8, ha="center", va="center",
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})
    small = len(pos) <= 12
    for doc, (x, y) in pos.items():
        ax.scatter(x, y, s=900 if small else 120, color="#4C72B0", zorder=2)
        # labels outside the circle, away from the links, on a white ground
        away = 1.16 if small else 1.1
        ax.text(x * away, y * away, labels.get(doc, doc), fontsize=9 if small else 7, zorder=4, va="center",
                ha="left" if x > 0.3 else "right" if x < -0.3 else "center",
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 1})
    ax.set_xlim(-1.5, 1.5)
    ax.set_ylim(-1.5, 1.4)
    ax.axis("off")
    ax.set_title(chart_text(lang)["themes.network"])
    fig.tight_layout()
    return fig


def plot_topics_vs_themes(table: pd.DataFrame, theme_labels: dict[str, str], *, lang: str = "zh",
                          topic_terms: dict[str, list[str]] | None = None) -> plt.Figure:
    """Heatmap of items: dictionary themes (rows) × NMF topics (columns).

    Parameters
    ----------
    table : pandas.DataFrame
        Item counts, themes × topics (``T1``, ``T2`` …), the first value of
        :func:`analysis.themes.compare_topics_with_themes`.
    theme_labels : dict of str to str
        Theme id → label, in taxonomy order; themes not in it are left out.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.
    topic_terms : dict of str to list of str, or None
        Topic → its top terms; the first three name the topic's column.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    data = table.reindex(index=[t for t in theme_labels if t in table.index])
    cols = sorted(data.columns, key=lambda c: int(c[1:]))
    data = data[cols]
    fig, ax = plt.subplots(figsize=(0.6 * len(cols) + 4, 0.4 * len(data) + 1.8))
    im = annotated_heatmap(ax, data.values, cmap="Purples", fontsize=7,
                           cell_text=lambda i, j, v: str(int(v)) if v else None)
    ax.set_xticks(range(len(cols)))
    terms = topic_terms or {}
    ax.set_xticklabels([c + ("\n" + "\n".join(terms[c][:3]) if terms.get(c) else "") for c in cols], fontsize=7)
    ax.set_yticks(range(len(data)))
    ax.set_yticklabels([theme_labels[t] for t in data.index], fontsize=8)
    ax.set_xlabel(chart_text(lang)["themes.topic"])
    ax.set_ylabel(chart_text(lang)["themes.theme"])
    ax.set_title(chart_text(lang)["themes.topics"])
    fig.colorbar(im, ax=ax, shrink=0.7, label=chart_text(lang)["themes.items_axis"])
    fig.tight_layout()
    return fig
