"""Charts the notebooks show. Each takes a table and returns a matplotlib Figure.

Figures use the project's CJK font (:func:`analysis.figures.use_cjk_font`)
and are saved through :func:`analysis.figures.save_figure`.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from .figures import use_cjk_font
from .overview import PART_ORDER

__all__ = ["plot_document_lengths", "plot_plan_structure", "plot_cleaning_report", "PART_LABELS"]

PART_LABELS = {
    "zh": {
        "cover": "印发通知", "preamble": "导语", "summary": "总结", "principles": "指导思想与原则",
        "goals": "目标", "plan": "工作任务", "guarantees": "保障", "closing": "落款", "annex": "附件表格",
    },
    "en": {
        "cover": "cover notice", "preamble": "preamble", "summary": "summary (achieved)",
        "principles": "principles", "goals": "goals", "plan": "plan items", "guarantees": "guarantees",
        "closing": "closing", "annex": "annex rows",
    },
}
_TEXT = {
    "zh": {
        "chars": "清洗后字数（千字）", "items": "编号条目数", "lengths": "各文件篇幅",
        "structure": "各文件结构：各部分条目数", "count": "条目数", "cleaning": "清洗：各步骤删除或修改的字符数",
        "chars_changed": "字符数（对数刻度）",
    },
    "en": {
        "chars": "cleaned length (thousand characters)", "items": "numbered items", "lengths": "Length of each plan",
        "structure": "Structure of each plan: items per part", "count": "items",
        "cleaning": "Cleaning: characters removed or changed per step", "chars_changed": "characters (log scale)",
    },
}


def plot_document_lengths(lengths: pd.DataFrame, *, lang: str = "zh") -> plt.Figure:
    """Two panels side by side: cleaned characters and numbered items per plan."""
    use_cjk_font()
    t = _TEXT[lang]
    data = lengths.iloc[::-1]
    fig, axes = plt.subplots(1, 2, figsize=(10, 0.6 * len(data) + 1.5), sharey=True)
    axes[0].barh(data["label"], data["clean_chars"] / 1000, color="#4C72B0")
    axes[0].set_xlabel(t["chars"])
    axes[1].barh(data["label"], data["n_items"], color="#DD8452")
    axes[1].set_xlabel(t["items"])
    for ax, values, fmt in ((axes[0], data["clean_chars"] / 1000, "{:.1f}"), (axes[1], data["n_items"], "{:.0f}")):
        for y, v in enumerate(values):
            ax.text(v, y, " " + fmt.format(v), va="center", fontsize=9)
        ax.spines[["top", "right"]].set_visible(False)
        ax.margins(x=0.15)
    fig.suptitle(t["lengths"])
    fig.tight_layout()
    return fig


def plot_plan_structure(structure: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Stacked bars: numbered items (and annex rows) per part of each plan."""
    use_cjk_font()
    parts = [p for p in PART_ORDER if p in structure.columns]
    data = structure.set_index("doc_id")[parts].iloc[::-1]
    fig, ax = plt.subplots(figsize=(10, 0.6 * len(data) + 1.8))
    left = pd.Series(0, index=data.index)
    colors = plt.get_cmap("tab10")
    for i, part in enumerate(parts):
        ax.barh([labels[d] for d in data.index], data[part], left=left, color=colors(i), label=PART_LABELS[lang][part])
        for y, (v, l) in enumerate(zip(data[part], left)):
            if v:
                ax.text(l + v / 2, y, str(int(v)), ha="center", va="center", fontsize=8, color="white")
        left = left + data[part]
    ax.set_xlabel(_TEXT[lang]["count"])
    ax.set_title(_TEXT[lang]["structure"])
    ax.legend(ncol=min(4, len(parts)), loc="upper center", bbox_to_anchor=(0.5, -0.18), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_cleaning_report(summary: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Grouped bars (log scale): characters removed or changed by each cleaning step."""
    use_cjk_font()
    data = summary.set_index("doc_id")
    steps = [c for c in data.columns if data[c].sum() > 0]
    data = data[steps]
    fig, ax = plt.subplots(figsize=(10, 4.5))
    width = 0.8 / max(1, len(steps))
    colors = plt.get_cmap("tab10")
    x = range(len(data))
    for i, step in enumerate(steps):
        ax.bar([xi + i * width for xi in x], data[step].clip(lower=0.9), width=width, label=step, color=colors(i))
    ax.set_xticks([xi + width * (len(steps) - 1) / 2 for xi in x])
    ax.set_xticklabels([labels[d] for d in data.index])
    ax.set_yscale("log")
    ax.set_ylim(bottom=0.9)
    ax.set_ylabel(_TEXT[lang]["chars_changed"])
    ax.set_title(_TEXT[lang]["cleaning"])
    ax.legend(ncol=4, frameon=False, fontsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig
