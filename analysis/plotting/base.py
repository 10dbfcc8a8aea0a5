"""Shared pieces of the charts: their text, and the helpers several charts draw with.

Every helper draws on an ``ax`` it is given (or a figure it makes), so charts compose.
"""

from __future__ import annotations

from typing import Callable

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import FuncFormatter

from ..loader import Resources, load_resources

__all__ = [
    "LANGUAGES", "chart_text", "paired_bars", "small_multiples", "annotated_heatmap", "PLAIN_NUMBER", "note_shown", "unit_label",
    "value_text",
]

LANGUAGES = ("zh", "en")
#: Axis numbers written in full with thousands separators (30,000 not 3e4).
PLAIN_NUMBER = FuncFormatter(lambda v, _: f"{v:,.0f}")


def chart_text(lang: str, resources: Resources | None = None) -> dict[str, str]:
    """The chart text (``resources/chart_labels.csv``) in ``lang`` ("zh" or "en").

    Parameters
    ----------
    lang : {"zh", "en"}
        The language.
    resources : Resources or None, default None
        The resource files (default :func:`analysis.loader.load_resources`).

    Returns
    -------
    dict of str to str
        Key (``corpus.lengths``, ``part.summary`` …) → text.

    Raises
    ------
    ValueError
        When ``lang`` is neither ``"zh"`` nor ``"en"``.

    Examples
    --------
    >>> chart_text("en")["part.summary"]
    'summary (achieved)'
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown chart language {lang!r}; use 'zh' or 'en'")
    return (resources or load_resources()).chart_labels[lang]


def paired_bars(names: list[str], left: tuple, right: tuple, title: str, *, margin: float,
                right_xlim: float | None = None) -> plt.Figure:
    """Two horizontal bar panels sharing the plan axis; each panel is (values, colour, x label, format).

    Each bar is labelled with its value.

    Parameters
    ----------
    names : list of str
        The bar labels (the plans), drawn from the bottom up.
    left : tuple
        The left panel: (values, colour, x-axis label, format string of the
        value labels such as ``"{:.1f}"``).
    right : tuple
        The right panel, as ``left``.
    title : str
        The figure's title.
    margin : float
        The x margin of each panel (room for the value labels).
    right_xlim : float or None, default None
        The upper x limit of the right panel (from 0); ``None`` leaves it
        to matplotlib.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    fig, axes = plt.subplots(1, 2, figsize=(10, 0.6 * len(names) + 1.6), sharey=True)
    for ax, (values, color, xlabel, fmt) in zip(axes, (left, right)):
        ax.barh(names, values, color=color)
        for y, v in enumerate(values):
            ax.text(v, y, " " + fmt.format(v), va="center", fontsize=9)
        ax.set_xlabel(xlabel)
        ax.spines[["top", "right"]].set_visible(False)
        ax.margins(x=margin)
        if "%" in fmt:  # a share labelled in percent gets a percent axis too (not 0–1.0)
            ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:.0%}"))
    if right_xlim is not None:
        axes[1].set_xlim(0, right_xlim)
    fig.suptitle(title)
    fig.tight_layout()
    return fig


def small_multiples(n: int, ncols: int, panel_width: float, panel_height: float, *, extra_height: float = 0):
    """A figure of ``n`` panels in rows of ``ncols``; returns it and the ``n`` axes (the spare ones hidden).

    Parameters
    ----------
    n : int
        The number of panels.
    ncols : int
        The panels per row.
    panel_width : float
        The width of a panel, in inches.
    panel_height : float
        The height of a panel, in inches.
    extra_height : float, default 0
        Inches added to the figure's height (for titles).

    Returns
    -------
    fig : matplotlib.figure.Figure
        The figure.
    axes : list of matplotlib.axes.Axes
        The ``n`` panels, row by row.
    """
    nrows = max(1, -(-n // ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(panel_width * ncols, panel_height * nrows + extra_height), squeeze=False)
    for ax in axes.ravel()[n:]:
        ax.axis("off")
    return fig, list(axes.ravel()[:n])


def annotated_heatmap(ax, values: np.ndarray, *, cmap: str, cell_text: Callable[[int, int, float], str | None],
                      fontsize: int, light: Callable[[float], bool] = lambda v: False, **mesh):
    """Draw ``values`` as a heatmap on ``ax`` with each cell's text.

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        The axes to draw on.
    values : numpy.ndarray
        The values, rows × columns.
    cmap : str
        The colour map.
    cell_text : callable
        Called with (row, column, value); returns the cell's text, or
        ``None`` to leave the cell blank.
    fontsize : int
        The size of the cell text.
    light : callable, default ``lambda v: False``
        Called with a value; true where the cell text is white (on dark
        cells), else it is black (the default: black everywhere).
    **mesh
        Further keyword arguments of ``ax.pcolormesh`` (``vmin``, ``vmax`` …).

    Returns
    -------
    matplotlib.collections.QuadMesh
        The cells (for a colour bar).
    """
    # One quadrilateral per cell, not an image: an image is resampled and coloured pixel by pixel at 300 dpi
    # and stored in the SVG as a raster; cells drawn as shapes stay vectors and cost what their number does.
    rows, columns = values.shape
    image = ax.pcolormesh(np.arange(columns + 1) - 0.5, np.arange(rows + 1) - 0.5, np.ma.masked_invalid(values),
                          cmap=cmap, **mesh)
    ax.set_xlim(-0.5, columns - 0.5)
    ax.set_ylim(rows - 0.5, -0.5)  # the first row at the top, as an image has it
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            text = cell_text(i, j, values[i, j])
            if text is not None:
                color = "white" if light(values[i, j]) else "black"
                ax.text(j, i, text, ha="center", va="center", fontsize=fontsize, color=color)
    return image


def note_shown(fig, shown: int, total: int, *, lang: str = "zh", rule: str = "longest") -> None:
    """Say at the foot of ``fig`` that it shows ``shown`` of ``total`` plans (nothing when it shows all).

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure.
    shown, total : int
        The plans drawn and the plans in the corpus.
    lang : {"zh", "en"}, default "zh"
        The language of the note.
    rule : {"longest", "over_time"}, default "longest"
        How the plans were chosen (:func:`analysis.overview.plans_to_show`, the longest;
        :func:`analysis.overview.plans_across_years`, spread evenly over the years).
    """
    if shown >= total:
        return
    t = chart_text(lang)
    fig.text(0.01, 0.005, t["note.shown"].format(shown=shown, total=total, rule=t[f"note.{rule}"]),
             fontsize=8, color="#555555", ha="left", va="bottom")


def value_text(value: float, lang: str = "zh") -> str:
    """A value from the text as a chart label: every digit kept (4.6 stays 4.6, never 5), large values in
    万 and 亿 (Chinese charts) or million and billion (English), so the label stays short.

    >>> value_text(4.6), value_text(150_000_000), value_text(150_000_000, "en"), value_text(2500), value_text(36000)
    ('4.6', '1.5亿', '150 million', '2,500', '3.6万')
    """
    if value is None or pd.isna(value):
        return ""
    steps = ((1e8, "亿"), (1e4, "万")) if lang == "zh" else ((1e9, " billion"), (1e6, " million"))
    for size, word in steps:
        if abs(value) >= size:
            return f"{value / size:.10g}{word}"
    return f"{value:,.10g}"


def unit_label(unit: str, lang: str = "zh") -> str:
    """A unit as the chart shows it: as written in Chinese charts, translated in English ones where
    ``chart_labels.csv`` has it (元 → yuan), else as written.

    >>> unit_label("元", "en"), unit_label("元", "zh"), unit_label("立方厘米", "en")
    ('yuan', '元', '立方厘米')
    """
    return chart_text(lang).get(f"unit.{unit}", unit)
