"""Charts of the keywords: top terms, keyness, the terms that vary most, chosen terms, word clouds, style."""

from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache

import matplotlib.pyplot as plt
import pandas as pd

from ..figures import use_cjk_font
from .base import annotated_heatmap, chart_text, small_multiples

__all__ = [
    "plot_top_terms",
    "plot_keyness",
    "plot_term_heatmap",
    "plot_term_comparison",
    "plot_wordclouds",
    "plot_boilerplate_profile",
]


def plot_top_terms(freq: pd.DataFrame, labels: dict[str, str], *, n: int = 15, lang: str = "zh", ncols: int = 3) -> plt.Figure:
    """Small multiples: the ``n`` most frequent terms of each plan, per 10,000 terms.

    Parameters
    ----------
    freq : pandas.DataFrame
        Term frequencies (:func:`analysis.keywords.term_frequencies`); needs
        ``doc_id``, ``term``, ``count`` and ``per_10k``. Plans are drawn in
        the order they first appear.
    labels : dict of str to str
        Doc id → label (the doc id when absent).
    n : int, default 15
        The terms per plan (by count, ties lexically).
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.
    ncols : int, default 3
        The panels per row.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    docs = list(dict.fromkeys(freq["doc_id"]))
    fig, panels = small_multiples(len(docs), ncols, 4.2, 0.28 * n, extra_height=1.2)
    for ax, doc in zip(panels, docs):
        part = freq[freq["doc_id"] == doc].sort_values(["count", "term"], ascending=[False, True]).head(n).iloc[::-1]
        ax.barh(part["term"], part["per_10k"], color="#4C72B0")
        ax.set_title(labels.get(doc, doc), fontsize=10)
        ax.tick_params(labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    fig.supxlabel(chart_text(lang)["keywords.per_10k"], fontsize=9)
    fig.suptitle(chart_text(lang)["keywords.top"])
    fig.tight_layout()
    return fig


def plot_keyness(key: pd.DataFrame, title: str, *, n: int = 10, lang: str = "zh") -> plt.Figure:
    """Diverging bars: the ``n`` most over-used (G² > 0) and under-used (G² < 0) terms of one plan.

    Parameters
    ----------
    key : pandas.DataFrame
        Keyness of one plan (:func:`analysis.keywords.keyness`), sorted by
        ``g2``, highest first.
    title : str
        Added to the chart's title (the plan's label).
    n : int, default 10
        The terms drawn on each side.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    t = chart_text(lang)
    over = key[key["g2"] > 0].head(n)
    under = key[key["g2"] < 0].tail(n)
    data = pd.concat([over, under]).iloc[::-1]
    fig, ax = plt.subplots(figsize=(7, 0.3 * len(data) + 1.5))
    colors = ["#C44E52" if g > 0 else "#4C72B0" for g in data["g2"]]
    ax.barh(data["term"], data["g2"], color=colors)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel(f"G²  ({t['keywords.over']} > 0 > {t['keywords.under']})")
    ax.set_title(t["keywords.keyness"] + title)
    ax.tick_params(labelsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_term_heatmap(wide: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Heatmap of terms (rows) by plans (columns), per 10,000 terms.

    Parameters
    ----------
    wide : pandas.DataFrame
        Plans × terms, per 10,000 terms
        (:func:`analysis.keywords.most_variable_terms`).
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
    data = wide.T
    fig, ax = plt.subplots(figsize=(1.4 * data.shape[1] + 3, 0.32 * data.shape[0] + 1.8))
    vmax = float(data.values.max() or 1)
    im = annotated_heatmap(ax, data.values, cmap="YlOrRd", fontsize=7, light=lambda v: v > vmax * 0.6,
                           cell_text=lambda i, j, v: f"{v:.0f}")
    ax.set_xticks(range(data.shape[1]))
    ax.set_xticklabels([labels.get(d, d) for d in data.columns], rotation=30, ha="right")
    ax.set_yticks(range(data.shape[0]))
    ax.set_yticklabels(data.index, fontsize=9)
    t = chart_text(lang)
    fig.colorbar(im, ax=ax, label=t["keywords.per_10k"], shrink=0.6)
    ax.set_title(t["keywords.heat"])
    fig.tight_layout()
    return fig


def plot_term_comparison(freq: pd.DataFrame, terms: list[str], labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Grouped bars: the rate of each chosen term in each plan.

    Parameters
    ----------
    freq : pandas.DataFrame
        Term frequencies (:func:`analysis.keywords.term_frequencies`); needs
        ``doc_id``, ``term`` and ``per_10k``.
    terms : list of str
        The terms, in the order drawn (terms no plan uses are left out).
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
    wide = freq[freq["term"].isin(terms)].pivot_table(index="term", columns="doc_id", values="per_10k", fill_value=0)
    wide = wide.reindex(index=[t for t in terms if t in wide.index])
    docs = sorted(set(freq["doc_id"]))
    wide = wide.reindex(columns=docs, fill_value=0)
    fig, ax = plt.subplots(figsize=(max(7, 1.3 * len(wide)), 4.2))
    width = 0.8 / max(1, len(docs))
    colors = plt.get_cmap("tab10")
    for i, doc in enumerate(docs):
        ax.bar([x + i * width for x in range(len(wide))], wide[doc], width=width, label=labels.get(doc, doc), color=colors(i))
    ax.set_xticks([x + width * (len(docs) - 1) / 2 for x in range(len(wide))])
    ax.set_xticklabels(wide.index)
    ax.set_ylabel(chart_text(lang)["keywords.per_10k"])
    ax.set_title(chart_text(lang)["keywords.compare"])
    ax.legend(frameon=False, fontsize=8, ncol=min(5, len(docs)))
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_wordclouds(frequencies: dict[str, dict[str, int]], labels: dict[str, str], *, seed: int = 42,
                    lang: str = "zh", ncols: int = 3) -> plt.Figure:
    """Small multiples of word clouds (``wordcloud`` with the project's CJK font and a fixed seed).

    Parameters
    ----------
    frequencies : dict of str to dict of str to int
        Doc id → (term → count) (:func:`analysis.keywords.wordcloud_frequencies`
        per plan), in the order drawn.
    labels : dict of str to str
        Doc id → label (the doc id when absent).
    seed : int, default 42
        The random seed of the layout.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.
    ncols : int, default 3
        The panels per row.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    from wordcloud import WordCloud

    font = str(use_cjk_font())
    docs = list(frequencies)
    fig, panels = small_multiples(len(docs), ncols, 4.4, 3.5)
    for ax, doc in zip(panels, docs):
        cloud = WordCloud(font_path=font, width=600, height=400, background_color="white",
                          random_state=seed, prefer_horizontal=1.0, colormap="viridis")
        with _fonts_loaded_once():  # the layout, and the drawing of its words (to_array), read the font
            image = cloud.generate_from_frequencies(frequencies[doc]).to_array()
        ax.imshow(image, interpolation="bilinear")
        ax.set_title(labels.get(doc, doc), fontsize=10)
        ax.axis("off")
    fig.suptitle(chart_text(lang)["keywords.clouds"])
    fig.tight_layout()
    return fig


@lru_cache(maxsize=512)
def _truetype(path: str, size: int):
    """A font file at one size, read once per process (see :func:`_fonts_loaded_once`)."""
    from PIL import ImageFont

    return ImageFont.FreeTypeFont(path, size)


@contextmanager
def _fonts_loaded_once():
    """While word clouds are laid out, each (font file, size) is read from disk once, not once per word.

    WordCloud asks PIL for the font at every size it tries for every word (thousands of
    reads of a 16 MB font for one figure); the fonts are the same objects either way, so the
    picture does not change.
    """
    from PIL import ImageFont

    original = ImageFont.truetype

    def truetype(font=None, size=10, *args, **kwargs):
        if kwargs or args or not isinstance(font, str):
            return original(font, size, *args, **kwargs)
        return _truetype(font, size)

    ImageFont.truetype = truetype
    try:
        yield
    finally:
        ImageFont.truetype = original


def plot_boilerplate_profile(profile: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Bars: boilerplate verbs per 100 words in each plan, with the most used ones written beside.

    Parameters
    ----------
    profile : pandas.DataFrame
        Boilerplate per plan (:func:`analysis.keywords.boilerplate_profile`).
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
    data = profile.sort_values("per_100_words")
    fig, ax = plt.subplots(figsize=(10, 0.6 * len(data) + 1.5))
    ax.barh([labels.get(d, d) for d in data["doc_id"]], data["per_100_words"], color="#937860")
    for y, (v, top) in enumerate(zip(data["per_100_words"], data["most_used"])):
        ax.text(v, y, f" {v:.1f}  {top}", va="center", fontsize=8)
    ax.set_xlabel(chart_text(lang)["keywords.bp_axis"])
    ax.set_title(chart_text(lang)["keywords.bp"])
    ax.margins(x=0.9)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
