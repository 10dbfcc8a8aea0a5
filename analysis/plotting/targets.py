"""Charts of the quantitative targets: density, sections, units, achieved vs planned, schedules, indicators."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import MaxNLocator

from ..figures import use_cjk_font
from .base import PLAIN_NUMBER, annotated_heatmap, chart_text, paired_bars, small_multiples, unit_label, value_text
from .corpus import stacked_bars

__all__ = [
    "plot_target_density",
    "plot_section_density",
    "plot_unit_mix",
    "plot_achieved_vs_planned",
    "plot_schedule",
    "plot_indicator_comparison",
]


def plot_target_density(density: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Targets per 1,000 characters per plan, beside the share of items holding a target; the part of each bar
    that is the annex's targets (``n_annex_targets``) is hatched and counted in its label.

    Parameters
    ----------
    density : pandas.DataFrame
        Target density (:func:`analysis.target_summaries.target_density`).
    labels : dict of str to str
        Doc id → label, for every plan.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    t = chart_text(lang)
    data = density.sort_values("targets_per_1000_chars")
    names = [labels[d] for d in data["doc_id"]]
    annex = data["n_annex_targets"] if "n_annex_targets" in data else pd.Series(0, index=data.index)
    density_labels = [f"{v:.1f} (n={n}" + (f", {t['targets.annex']}{'' if lang == 'zh' else ' '}{a}" if a else "") + ")"
                      for v, n, a in zip(data["targets_per_1000_chars"], data["n_targets"], annex)]
    fig = paired_bars(
        names,
        (data["targets_per_1000_chars"], "#55A868", t["targets.density"], "{:.1f}"),
        (data["share_items_with_target"], "#8172B2", t["targets.share"], "{:.0%}"),
        t["targets.density_title"],
        margin=0.2,
        right_xlim=1.15,
    )
    for text, label in zip(fig.axes[0].texts, density_labels):
        text.set_text(" " + label)
    # the annex's share of each bar, hatched at its end: an annex may restate the body's targets year by year
    share = (annex / data["n_targets"].where(data["n_targets"] > 0)).fillna(0)
    in_annex = data["targets_per_1000_chars"] * share
    fig.axes[0].barh(names, in_annex, left=data["targets_per_1000_chars"] - in_annex, color="#55A868",
                     edgecolor="white", hatch="///", linewidth=0, label=t["targets.annex"])
    if annex.any():
        fig.axes[0].legend(frameon=False, loc="lower right")
    _room_for_labels(fig.axes[0], data["targets_per_1000_chars"].max(), density_labels)
    return fig


def _room_for_labels(ax, largest: float, labels: list[str], fontsize: float = 9) -> None:
    """Widen ``ax``'s x range so the longest bar's label (after the bar's end) stays inside the panel: the
    labels' width estimated from their characters (a Chinese one 1 em, any other half) at ``fontsize``."""
    if not labels or not largest > 0:
        return
    em = fontsize / 72  # inches
    widest = max(sum(em if ord(ch) > 0x2E7F else em / 2 for ch in " " + label) for label in labels)
    panel = ax.get_position().width * ax.figure.get_figwidth()
    share = min(0.6, widest / panel + 0.03)
    ax.set_xlim(0, max(ax.get_xlim()[1], largest / (1 - share)))


def plot_section_density(sections: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Heatmap: plans (rows) by section in reading order (columns), cell = targets per 1,000 characters.

    Sections are numbered in each plan's reading order, the annex last; the
    preamble and the closing are left out. Each cell also shows the number
    of targets.

    Parameters
    ----------
    sections : pandas.DataFrame
        Density per section (:func:`analysis.target_summaries.section_density`).
    labels : dict of str to str
        Doc id → label, for every plan.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    t = chart_text(lang)
    data = sections.copy()
    skip = {"导语", "目录", "落款", "preamble", "contents", "closing"}
    data = data[~data["section"].isin(skip)]
    data["position"] = data.groupby("doc_id").cumcount() + 1
    data.loc[data["section"] == "附件", "position"] = 99
    grid = data.pivot_table(index="doc_id", columns="position", values="targets_per_1000_chars")
    counts = data.pivot_table(index="doc_id", columns="position", values="n_targets")
    cols = list(grid.columns)
    fig, ax = plt.subplots(figsize=(1.1 * len(cols) + 3, 0.6 * len(grid) + 1.8))
    vmax = float(pd.Series(grid.values.ravel()).max(skipna=True) or 1)
    im = annotated_heatmap(
        ax, grid.values, cmap="Greens", fontsize=8, light=lambda v: v > vmax * 0.6,
        cell_text=lambda i, j, v: f"{v:.1f}\n({int(counts.values[i, j])})" if pd.notna(v) else None,
    )
    ax.set_xticks(range(len(cols)))
    ax.set_xticklabels([t["targets.annex"] if c == 99 else str(int(c)) for c in cols])
    ax.set_yticks(range(len(grid)))
    ax.set_yticklabels([labels[d] for d in grid.index])
    ax.set_xlabel(t["targets.sections"])
    ax.set_title(t["targets.section_title"])
    fig.colorbar(im, ax=ax, label=t["targets.density"], shrink=0.8)
    fig.tight_layout()
    return fig


def plot_unit_mix(targets: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Stacked shares: what the targets of each plan count (people, money, organisations, percent …).

    Parameters
    ----------
    targets : pandas.DataFrame
        The targets table; needs ``doc_id``, ``kind`` and ``unit_category``.
    labels : dict of str to str
        Doc id → label, for every plan.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    t = chart_text(lang)
    data = targets[targets["kind"] == "target"]
    data = data.assign(unit_category=data["unit_category"].replace("", "other").fillna("other"))
    mix = pd.crosstab(data["doc_id"], data["unit_category"], normalize="index")
    order = mix.sum().sort_values(ascending=False).index
    mix = mix[order]
    fig, ax = plt.subplots(figsize=(10, 0.6 * len(mix) + 2))
    stacked_bars(ax, [labels[d] for d in mix.index], mix, {c: t.get(f"unit_category.{c}", c) for c in order},
                 cell_text=lambda v: f"{v:.0%}" if v >= 0.07 else None, start=0.0)
    ax.set_xlim(0, 1)
    ax.set_xlabel(t["targets.share_axis"])
    ax.set_title(t["targets.unit_mix"])
    ax.legend(ncol=4, loc="upper center", bbox_to_anchor=(0.5, -0.15), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_achieved_vs_planned(targets: pd.DataFrame, plan_label: str, *, lang: str = "zh") -> plt.Figure:
    """Counts of one plan's achieved figures and planned targets by what they count, side by side.

    Parameters
    ----------
    targets : pandas.DataFrame
        The targets of one plan; needs ``kind`` and ``unit_category``.
    plan_label : str
        The plan's label, put in the title.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    t = chart_text(lang)
    data = targets[targets["kind"].isin(["achieved", "target"])]
    data = data.assign(unit_category=data["unit_category"].replace("", "other").fillna("other"))
    table = pd.crosstab(data["unit_category"], data["kind"]).reindex(columns=["achieved", "target"], fill_value=0)
    table = table.sort_values("achieved")
    names = [t.get(f"unit_category.{c}", c) for c in table.index]
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(table) + 1.8))
    y = range(len(table))
    ax.barh([i + 0.2 for i in y], table["achieved"], height=0.4, label=t["targets.achieved"], color="#4C72B0")
    ax.barh([i - 0.2 for i in y], table["target"], height=0.4, label=t["targets.planned"], color="#DD8452")
    ax.set_yticks(list(y))
    ax.set_yticklabels(names)
    ax.set_xlabel(t["targets.count"])
    ax.set_title(t["targets.achieved_vs_planned"].format(plan=plan_label))
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_schedule(schedule: pd.DataFrame, *, lang: str = "zh", ncols: int = 4) -> plt.Figure:
    """Small multiples: one panel per scheduled indicator, its target for each year.

    Parameters
    ----------
    schedule : pandas.DataFrame
        Year-by-year series (:func:`analysis.target_summaries.schedule_series`);
        needs ``series`` (the panel title), ``year``, ``value`` and ``unit``.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text.
    ncols : int, default 4
        The panels per row.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    series = list(dict.fromkeys(schedule["series"]))
    fig, panels = small_multiples(len(series), ncols, 3.2, 2.6)
    for ax, name in zip(panels, series):
        part = schedule[schedule["series"] == name].sort_values("year")
        ax.plot(part["year"], part["value"], marker="o", color="#C44E52")
        for x, v in zip(part["year"], part["value"]):
            ax.annotate(value_text(v, lang), (x, v), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=8)
        ax.set_title(name, fontsize=9)
        ax.set_ylabel(unit_label(part["unit"].iloc[0], lang), fontsize=8)
        ax.set_ylim(0, part["value"].max() * 1.3)
        ax.yaxis.set_major_formatter(PLAIN_NUMBER)
        ax.tick_params(labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle(chart_text(lang)["targets.schedule"])
    fig.tight_layout()
    return fig


#: Unit categories of counts: different units of one category (个, 家) count the same kind of thing.
_COUNTED = ("count", "organisations", "people", "households", "events")


def plot_indicator_comparison(matched: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh", ncols: int = 3,
                              max_bars: int = 12) -> plt.Figure:
    """One panel per comparable indicator: each plan's targets (by year), with value labels.

    An indicator gets one panel per kind of measure (``unit_category``: a count of
    organisations in 个 and in 家 share a panel; money and a count do not), each bar
    named by plan, quantity id (item#qN) and year and labelled with its value and unit as written. A
    measure that is not a count shares a panel only with the same unit: 斤 and 吨 are not drawn as one scale.

    Parameters
    ----------
    matched : pandas.DataFrame
        Matched targets (:func:`analysis.target_summaries.match_indicators`);
        needs ``indicator_id``, ``unit``, ``unit_category``, ``doc_id``, ``quantity_id``,
        ``year``, ``value`` and ``label_zh`` or ``label_en``.
    labels : dict of str to str
        Doc id → label, for every plan.
    lang : {"zh", "en"}, default "zh"
        The language of the chart text and of the indicators' labels.
    ncols : int, default 3
        The panels per row.
    max_bars : int, default 12
        The most targets a panel shows (the largest; ties by plan), so it
        stays readable.

    Returns
    -------
    matplotlib.figure.Figure
        The figure.
    """
    use_cjk_font()
    label_col = "label_zh" if lang == "zh" else "label_en"
    t = chart_text(lang)
    category = matched["unit_category"].fillna("")
    # counts of one kind share a panel (个 and 家 of organisations); a measure only with its own unit (斤 ≠ 吨)
    unit = matched["unit"].fillna("").where(~category.isin(_COUNTED), "")
    matched = matched.assign(group=matched["indicator_id"] + "|" + category + "|" + unit)
    groups = list(dict.fromkeys(matched["group"]))
    fig, panels = small_multiples(len(groups), ncols, 4.4, 2.8, extra_height=1)
    for ax, gid in zip(panels, groups):
        part = matched[matched["group"] == gid]
        if len(part) > max_bars:
            part = part.sort_values(["value", "doc_id", "year"], ascending=[False, True, True]).head(max_bars)
        category = part["unit_category"].iloc[0] or "other"
        names = [f"{labels[d]} · {q.split(':', 1)[-1]}" + ("" if labels[d].split(" ")[-1] == str(y) else f" · {y}")
                 for d, q, y in zip(part["doc_id"], part["quantity_id"], part["year"])]
        ax.barh(range(len(part)), part["value"], color="#64B5CD")
        ax.set_yticks(range(len(part)))
        ax.set_yticklabels(names, fontsize=8)
        for i, (v, u) in enumerate(zip(part["value"], part["unit"])):
            ax.text(v, i, f" {value_text(v, lang)}{'' if lang == 'zh' else ' '}{unit_label(u, lang)}", va="center",
                    fontsize=8)
        measure = t.get("unit_category." + category, category) if category in _COUNTED or category == "other" \
            else unit_label(part["unit"].iloc[0], lang)
        ax.set_title(f"{part[label_col].iloc[0]} ({measure})", fontsize=10)
        ax.margins(x=0.35 if lang == "zh" else 0.55)  # room for the value labels (English units are longer)
        ax.invert_yaxis()
        ax.tick_params(axis="x", labelsize=7)
        ax.xaxis.set_major_formatter(PLAIN_NUMBER)
        ax.xaxis.set_major_locator(MaxNLocator(3))
        ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle(t["targets.compare"])
    fig.tight_layout()
    return fig
