"""Charts of change over time: term trends, targets and themes by year, dispersion, promise and delivery."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from ..figures import use_cjk_font
from .base import PLAIN_NUMBER, chart_text, small_multiples, unit_label

__all__ = [
    "plot_term_trends",
    "plot_targets_by_year",
    "plot_theme_shares_by_year",
    "plot_dispersion",
    "plot_promise_delivery",
]


def _year_axis(ax) -> None:
    """Whole years on the x axis, without thousands separators."""
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=8))
    ax.xaxis.set_major_formatter(lambda x, _: f"{int(x)}")


def _joined_in_runs(years, values) -> tuple[np.ndarray, np.ndarray]:
    """Years and values with a gap (NaN) wherever a year is missing, so a line joins only consecutive
    years and never draws a trend across years without a document (the markers still show every value).

    >>> _joined_in_runs([2016, 2017, 2020], [1.0, 2.0, 3.0])[1].tolist()
    [1.0, 2.0, nan, 3.0]
    """
    years = np.asarray(years, dtype=float)
    values = np.asarray(values, dtype=float)
    gap = np.flatnonzero(np.diff(years) > 1) + 1
    return np.insert(years, gap, np.nan), np.insert(values, gap, np.nan)


def plot_term_trends(by_year: pd.DataFrame, terms: list[str], *, lang: str = "zh", ncols: int = 4) -> plt.Figure:
    """One panel per term: its rate per 10,000 terms in each year (documents of a year pooled).

    Parameters
    ----------
    by_year : pandas.DataFrame
        :func:`analysis.trends.term_frequency_by_year`; needs ``year``, ``term`` and ``per_10k``.
    terms : list of str
        The terms, one panel each, in this order (terms absent from ``by_year`` are skipped).
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.
    ncols : int, default 4
        Panels per row.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    t = chart_text(lang)
    terms = [term for term in terms if term in set(by_year["term"])]
    fig, panels = small_multiples(max(1, len(terms)), ncols, 3.2, 2.4, extra_height=0.6)
    for ax, term in zip(panels, terms):
        part = by_year[by_year["term"] == term].sort_values("year")
        ax.plot(*_joined_in_runs(part["year"].astype(int), part["per_10k"]), marker="o", markersize=3, color="#4C72B0")
        ax.set_title(term, fontsize=10)
        ax.set_ylim(bottom=0)
        ax.tick_params(labelsize=8)
        _year_axis(ax)
        ax.spines[["top", "right"]].set_visible(False)
    if panels:
        panels[0].set_ylabel(t["keywords.per_10k"], fontsize=8)
    fig.suptitle(t["time.term_trends"])
    fig.tight_layout()
    return fig


def plot_targets_by_year(by_year: pd.DataFrame, *, lang: str = "zh") -> plt.Figure:
    """Targets and achieved figures per 1,000 characters, year by year (documents of a year pooled).

    Parameters
    ----------
    by_year : pandas.DataFrame
        :func:`analysis.trends.targets_by_year`; needs ``year``, ``targets_per_1000_chars`` and
        ``achieved_per_1000_chars``; with ``n_documents``, a year that pools several documents is marked
        with their number (n=2), so a reader sees which points are one document and which several.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    t = chart_text(lang)
    data = by_year.sort_values("year")
    years = data["year"].astype(int)
    fig, ax = plt.subplots(figsize=(10, 4))
    ax.plot(*_joined_in_runs(years, data["targets_per_1000_chars"]), marker="o", label=t["targets.planned"],
            color="#DD8452")
    ax.plot(*_joined_in_runs(years, data["achieved_per_1000_chars"]), marker="s", label=t["targets.achieved"],
            color="#4C72B0")
    ax.set_ylabel(t["time.figures_density"])  # targets and achieved figures both, each line its own kind
    ax.set_ylim(bottom=0)
    _year_axis(ax)
    pooled = data[data["n_documents"] > 1] if "n_documents" in data.columns else data.iloc[0:0].assign(n_documents=1)
    for year, high, n in zip(pooled["year"].astype(int), pooled[["targets_per_1000_chars", "achieved_per_1000_chars"]]
                             .max(axis=1), pooled["n_documents"].astype(int)):
        ax.annotate(f"n={n}", (year, high), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=8,
                    color="#555555")
    if len(pooled):
        ax.set_ylim(top=ax.get_ylim()[1] * 1.1)  # room for the marks above the highest points
    legend = ax.legend(frameon=False, title=t["time.pooled_years"] if len(pooled) else None, title_fontsize=8)
    legend.get_title().set_color("#555555")
    ax.set_title(t["time.targets_by_year"])
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_theme_shares_by_year(shares: pd.DataFrame, theme_labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Stacked areas: the share of each year's coded units by primary theme (taxonomy order, unassigned last).

    Parameters
    ----------
    shares : pandas.DataFrame
        :func:`analysis.trends.theme_shares_by_year`; needs ``year``, ``theme`` and ``share``.
    theme_labels : dict of str to str
        Theme id → label, in taxonomy order.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    t = chart_text(lang)
    wide = shares.pivot_table(index="year", columns="theme", values="share", fill_value=0)
    wide = wide.reindex(columns=[th for th in theme_labels if th in wide.columns]).sort_index()
    colors = plt.get_cmap("tab20")
    fig, ax = plt.subplots(figsize=(11, 5))
    ax.stackplot(wide.index.astype(int), wide.T.values, labels=[theme_labels[c] for c in wide.columns],
                 colors=[colors(i % 20) for i in range(wide.shape[1])], alpha=0.9)
    ax.set_ylim(0, 1)
    if len(wide) > 1:
        ax.set_xlim(int(wide.index.min()), int(wide.index.max()))
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    ax.set_ylabel(t["themes.share_axis"])
    _year_axis(ax)
    ax.set_title(t["time.themes_by_year"])
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False, fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_dispersion(positions: pd.DataFrame, terms: list[str], labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Lexical dispersion (an x-ray plot): each occurrence of each term as a tick at its place in its document.

    Parameters
    ----------
    positions : pandas.DataFrame
        :func:`analysis.trends.dispersion`; needs ``doc_id``, ``term`` and ``position`` (0–1).
    terms : list of str
        The terms, one panel each, side by side.
    labels : dict of str to str
        Doc id → label; the documents are drawn in the order of ``labels``.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    t = chart_text(lang)
    docs = [d for d in labels]
    row = {d: i for i, d in enumerate(docs)}
    fig, axes = plt.subplots(1, max(1, len(terms)), figsize=(3.2 * max(1, len(terms)) + 1.5, 0.22 * len(docs) + 1.6),
                             sharey=True, squeeze=False)
    for ax, term in zip(axes[0], terms):
        part = positions[(positions["term"] == term) & positions["doc_id"].isin(row)]
        ax.scatter(part["position"], part["doc_id"].map(row), marker="|", s=60, color="#222222", linewidths=1)
        ax.set_title(term, fontsize=10)
        ax.set_xlim(0, 1)
        ax.set_xlabel(t["time.position"], fontsize=8)
        ax.tick_params(labelsize=7)
        ax.spines[["top", "right"]].set_visible(False)
    axes[0][0].set_yticks(range(len(docs)))
    axes[0][0].set_yticklabels([labels[d] for d in docs], fontsize=7)
    axes[0][0].set_ylim(len(docs) - 0.5, -0.5)
    fig.suptitle(t["time.dispersion"])
    fig.tight_layout()
    return fig


def plot_promise_delivery(pairs: pd.DataFrame, *, lang: str = "zh", ncols: int = 3) -> plt.Figure:
    """One panel per indicator: each year's target (hollow marker, a bar for a range) and the outcome a later
    document reports (filled: green met; missed in orange when above the target, red when below); a target
    without an outcome stands alone. Values are in the indicator's base unit (人, not 万人).

    Parameters
    ----------
    pairs : pandas.DataFrame
        :func:`analysis.delivery.promise_outcomes`; needs ``indicator``, ``label_zh``, ``label_en``, ``year``,
        ``unit``, ``target_value``, ``target_value_max``, ``target_direction``, ``outcome_value`` and ``status``.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text and of the indicators' labels.
    ncols : int, default 3
        Panels per row.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    t = chart_text(lang)
    label_col = "label_zh" if lang == "zh" else "label_en"
    groups = list(dict.fromkeys(pairs["indicator"] + "|" + pairs["unit"]))
    fig, panels = small_multiples(max(1, len(groups)), ncols, 4.2, 2.8, extra_height=0.9)
    colors = {"met": "#55A868", "missed_above": "#DD8452", "missed_below": "#C44E52"}
    for ax, group in zip(panels, groups):
        indicator, unit = group.split("|", 1)
        part = pairs[(pairs["indicator"] == indicator) & (pairs["unit"] == unit)].sort_values("year")
        years = part["year"].astype(int)
        ax.scatter(years, part["target_value"], facecolors="none", edgecolors="#333333", s=36, zorder=3)
        ranged = part[part["target_direction"] == "range"]
        ax.vlines(ranged["year"].astype(int), ranged["target_value"], ranged["target_value_max"], color="#333333")
        outcome = part["status"].where(part["status"] != "missed", "missed_" + part["side"].fillna("below"))
        for status, color in colors.items():
            hit = part[outcome == status]
            ax.scatter(hit["year"].astype(int), hit["outcome_value"], color=color, s=26, zorder=4)
        ax.yaxis.set_major_formatter(PLAIN_NUMBER)
        ax.set_title(f"{part[label_col].iloc[0]} ({unit_label(unit, lang)})", fontsize=10)
        _year_axis(ax)
        ax.tick_params(labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    handles = [Line2D([], [], marker="o", linestyle="", markerfacecolor="none", markeredgecolor="#333333",
                      label=t["time.target"])]
    handles += [Line2D([], [], marker="o", linestyle="", color=c, label=t[f"time.{s}"]) for s, c in colors.items()]
    fig.legend(handles=handles, loc="lower center", ncol=4, frameon=False, fontsize=9)
    fig.suptitle(t["time.promises"])
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig
