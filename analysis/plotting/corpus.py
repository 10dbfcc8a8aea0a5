"""Charts of the corpus overview: lengths, structure, cleaning."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from ..figures import use_cjk_font
from ..overview import PART_ORDER
from .base import chart_text, paired_bars

__all__ = ["plot_document_lengths", "plot_plan_structure", "plot_cleaning_report", "stacked_bars"]


def plot_document_lengths(lengths: pd.DataFrame, *, lang: str = "zh") -> plt.Figure:
    """Two panels side by side: cleaned characters and numbered items per plan.

    Parameters
    ----------
    lengths : pandas.DataFrame
        Document lengths (:func:`analysis.overview.document_lengths`); needs
        ``label``, ``clean_chars`` and ``n_items``. The first row is drawn
        at the top.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    t = chart_text(lang)
    data = lengths.iloc[::-1]
    return paired_bars(
        list(data["label"]),
        (data["clean_chars"] / 1000, "#4C72B0", t["corpus.chars"], "{:.1f}"),
        (data["n_items"], "#DD8452", t["corpus.items"], "{:.0f}"),
        t["corpus.lengths"],
        margin=0.15,
    )


def stacked_bars(ax, names: list[str], table: pd.DataFrame, legend: dict[str, str], *, cell_text, start=0) -> None:
    """Horizontal stacked bars on ``ax``: one bar per row of ``table``, one segment per column (in order).

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        The axes to draw on.
    names : list of str
        The bar labels, one per row of ``table``, drawn from the bottom up.
    table : pandas.DataFrame
        The segment sizes: one row per bar, one column per segment.
    legend : dict of str to str
        Column → legend label (the column's name when absent).
    cell_text : callable
        Called with a segment's value; returns the text written in the
        segment, or ``None`` for nothing.
    start : float, default 0
        Where the bars start on the x axis.
    """
    left = pd.Series(start, index=table.index)
    colors = plt.get_cmap("tab10")
    for i, column in enumerate(table.columns):
        ax.barh(names, table[column], left=left, color=colors(i % 10), label=legend.get(column, column))
        for y, (v, l) in enumerate(zip(table[column], left)):
            text = cell_text(v)
            if text is not None:
                ax.text(l + v / 2, y, text, ha="center", va="center", fontsize=8, color="white")
        left = left + table[column]


def plot_plan_structure(structure: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Stacked bars: numbered items (and annex rows) per part of each plan.

    Parameters
    ----------
    structure : pandas.DataFrame
        Units per part (:func:`analysis.overview.structure_summary`); parts
        are drawn in :data:`analysis.overview.PART_ORDER`. The first row is
        drawn at the top.
    labels : dict of str to str
        Doc id → label (:func:`analysis.overview.document_labels`).
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    t = chart_text(lang)
    parts = [p for p in PART_ORDER if p in structure.columns]
    data = structure.set_index("doc_id")[parts].iloc[::-1]
    fig, ax = plt.subplots(figsize=(10, 0.6 * len(data) + 1.8))
    stacked_bars(ax, [labels[d] for d in data.index], data, {p: t[f"part.{p}"] for p in parts},
                 cell_text=lambda v: str(int(v)) if v else None)
    ax.set_xlabel(t["corpus.count"])
    ax.set_title(t["corpus.structure"])
    ax.legend(ncol=min(4, len(parts)), loc="upper center", bbox_to_anchor=(0.5, -0.18), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_cleaning_report(summary: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Grouped bars (log scale): characters removed or changed by each cleaning step.

    Steps that changed nothing in any plan are left out.

    Parameters
    ----------
    summary : pandas.DataFrame
        Characters per plan and step (:func:`analysis.overview.cleaning_summary`).
    labels : dict of str to str
        Doc id → label (:func:`analysis.overview.document_labels`).
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    t = chart_text(lang)
    data = summary.set_index("doc_id")
    steps = [c for c in data.columns if data[c].sum() > 0]
    data = data[steps]
    fig, ax = plt.subplots(figsize=(10, 4.5))
    width = 0.8 / max(1, len(steps))
    colors = plt.get_cmap("tab10")
    x = range(len(data))
    for i, step in enumerate(steps):
        ax.bar([xi + i * width for xi in x], data[step].clip(lower=0.9), width=width, label=t.get(f"step.{step}", step),
               color=colors(i))
    ax.set_xticks([xi + width * (len(steps) - 1) / 2 for xi in x])
    ax.set_xticklabels([labels[d] for d in data.index])
    ax.set_yscale("log")
    ax.set_ylim(bottom=0.9)
    ax.set_ylabel(t["corpus.chars_changed"])
    ax.set_title(t["corpus.cleaning"])
    ax.legend(ncol=4, frameon=False, fontsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
