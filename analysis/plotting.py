"""Charts the notebooks show. Each takes a table and returns a matplotlib Figure.

Figures use the project's CJK font (:func:`analysis.figures.use_cjk_font`)
and are saved through :func:`analysis.figures.save_figure`.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import FuncFormatter

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
    return _paired_bars(
        list(data["label"]),
        (data["clean_chars"] / 1000, "#4C72B0", t["chars"], "{:.1f}"),
        (data["n_items"], "#DD8452", t["items"], "{:.0f}"),
        t["lengths"],
        margin=0.15,
    )


def _paired_bars(names: list[str], left: tuple, right: tuple, title: str, *, margin: float,
                 right_xlim: float | None = None) -> plt.Figure:
    """Two horizontal bar panels sharing the plan axis; each panel is (values, colour, x label, format)."""
    fig, axes = plt.subplots(1, 2, figsize=(10, 0.6 * len(names) + 1.6), sharey=True)
    for ax, (values, color, xlabel, fmt) in zip(axes, (left, right)):
        ax.barh(names, values, color=color)
        for y, v in enumerate(values):
            ax.text(v, y, " " + fmt.format(v), va="center", fontsize=9)
        ax.set_xlabel(xlabel)
        ax.spines[["top", "right"]].set_visible(False)
        ax.margins(x=margin)
    if right_xlim is not None:
        axes[1].set_xlim(0, right_xlim)
    fig.suptitle(title)
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


_PLAIN = FuncFormatter(lambda v, _: f"{v:,.0f}")


def _small_multiples(n: int, ncols: int, panel_width: float, panel_height: float, *, extra_height: float = 0):
    """A figure of ``n`` panels in rows of ``ncols``; returns it and the ``n`` axes (the spare ones hidden)."""
    nrows = max(1, -(-n // ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(panel_width * ncols, panel_height * nrows + extra_height), squeeze=False)
    for ax in axes.ravel()[n:]:
        ax.axis("off")
    return fig, list(axes.ravel()[:n])

# --- Quantitative targets -------------------------------------------------------------------

_TARGET_TEXT = {
    "zh": {
        "density": "每千字目标数", "density_title": "各文件量化目标密度（每千字）", "share": "含目标的条目占比",
        "sections": "章节", "section_title": "各章节量化目标密度（每千字）", "annex": "附件",
        "unit_mix": "量化目标的计量单位构成", "share_axis": "占比", "achieved": "已完成（总结）",
        "planned": "计划（目标）", "count": "数量", "echeng": "鄂城区：上半年已完成与下半年计划的量化指标",
        "schedule": "分年度目标", "compare": "可比指标：各文件的量化目标",
    },
    "en": {
        "density": "targets per 1,000 characters", "density_title": "Target density of each plan (per 1,000 characters)",
        "share": "share of items with a target", "sections": "section", "section_title": "Target density by section (per 1,000 characters)",
        "annex": "annex", "unit_mix": "Units of the quantitative targets", "share_axis": "share", "achieved": "achieved (summary)",
        "planned": "planned (targets)", "count": "quantities", "echeng": "Achieved figures beside planned targets",
        "schedule": "Targets by year", "compare": "Comparable indicators: targets of each plan",
    },
}
UNIT_CATEGORY_LABELS = {
    "zh": {"people": "人数/人次", "organisations": "单位/家", "currency": "金额（元）", "percent": "百分比", "events": "场次/期",
           "count": "个/项/张", "households": "户", "duration": "时长", "weight": "重量", "area": "面积", "length": "长度", "age": "年龄"},
    "en": {"people": "people", "organisations": "organisations", "currency": "money (yuan)", "percent": "percent", "events": "events",
           "count": "items", "households": "households", "duration": "duration", "weight": "weight", "area": "area", "length": "length", "age": "age"},
}


def plot_target_density(density: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Targets per 1,000 characters per plan, beside the share of items holding a target."""
    use_cjk_font()
    t = _TARGET_TEXT[lang]
    data = density.sort_values("targets_per_1000_chars")
    names = [labels[d] for d in data["doc_id"]]
    density_labels = [f"{v:.1f} (n={n})" for v, n in zip(data["targets_per_1000_chars"], data["n_targets"])]
    fig = _paired_bars(
        names,
        (data["targets_per_1000_chars"], "#55A868", t["density"], "{:.1f}"),
        (data["share_items_with_target"], "#8172B2", t["share"], "{:.0%}"),
        t["density_title"],
        margin=0.2,
        right_xlim=1.15,
    )
    for text, label in zip(fig.axes[0].texts, density_labels):
        text.set_text(" " + label)
    return fig


def plot_section_density(sections: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Heatmap: plans (rows) by section in reading order (columns), cell = targets per 1,000 characters."""
    use_cjk_font()
    t = _TARGET_TEXT[lang]
    data = sections.copy()
    skip = {"导语", "落款", "preamble", "closing"}
    data = data[~data["section"].isin(skip)]
    data["position"] = data.groupby("doc_id").cumcount() + 1
    data.loc[data["section"] == "附件", "position"] = 99
    grid = data.pivot_table(index="doc_id", columns="position", values="targets_per_1000_chars")
    counts = data.pivot_table(index="doc_id", columns="position", values="n_targets")
    cols = list(grid.columns)
    fig, ax = plt.subplots(figsize=(1.1 * len(cols) + 3, 0.6 * len(grid) + 1.8))
    im = ax.imshow(grid.values, cmap="Greens", aspect="auto")
    ax.set_xticks(range(len(cols)))
    ax.set_xticklabels([t["annex"] if c == 99 else str(int(c)) for c in cols])
    ax.set_yticks(range(len(grid)))
    ax.set_yticklabels([labels[d] for d in grid.index])
    vmax = float(pd.Series(grid.values.ravel()).max(skipna=True) or 1)
    for i in range(grid.shape[0]):
        for j in range(grid.shape[1]):
            v = grid.values[i, j]
            if pd.notna(v):
                ax.text(j, i, f"{v:.1f}\n({int(counts.values[i, j])})", ha="center", va="center", fontsize=8,
                        color="white" if v > vmax * 0.6 else "black")
    ax.set_xlabel(t["sections"])
    ax.set_title(t["section_title"])
    fig.colorbar(im, ax=ax, label=t["density"], shrink=0.8)
    fig.tight_layout()
    return fig


def plot_unit_mix(targets: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Stacked shares: what the targets of each plan count (people, money, organisations, percent …)."""
    use_cjk_font()
    t = _TARGET_TEXT[lang]
    data = targets[targets["kind"] == "target"]
    mix = pd.crosstab(data["doc_id"], data["unit_category"], normalize="index")
    order = mix.sum().sort_values(ascending=False).index
    mix = mix[order]
    fig, ax = plt.subplots(figsize=(10, 0.6 * len(mix) + 2))
    left = pd.Series(0.0, index=mix.index)
    colors = plt.get_cmap("tab10")
    names = [labels[d] for d in mix.index]
    for i, cat in enumerate(order):
        ax.barh(names, mix[cat], left=left, color=colors(i % 10), label=UNIT_CATEGORY_LABELS[lang].get(cat, cat))
        for y, (v, l) in enumerate(zip(mix[cat], left)):
            if v >= 0.07:
                ax.text(l + v / 2, y, f"{v:.0%}", ha="center", va="center", fontsize=8, color="white")
        left = left + mix[cat]
    ax.set_xlim(0, 1)
    ax.set_xlabel(t["share_axis"])
    ax.set_title(t["unit_mix"])
    ax.legend(ncol=4, loc="upper center", bbox_to_anchor=(0.5, -0.15), frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_achieved_vs_planned(targets: pd.DataFrame, *, lang: str = "zh") -> plt.Figure:
    """Counts of achieved figures and planned targets by what they count, side by side."""
    use_cjk_font()
    t = _TARGET_TEXT[lang]
    data = targets[targets["kind"].isin(["achieved", "target"])]
    table = pd.crosstab(data["unit_category"], data["kind"]).reindex(columns=["achieved", "target"], fill_value=0)
    table = table.sort_values("achieved")
    names = [UNIT_CATEGORY_LABELS[lang].get(c, c) for c in table.index]
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(table) + 1.8))
    y = range(len(table))
    ax.barh([i + 0.2 for i in y], table["achieved"], height=0.4, label=t["achieved"], color="#4C72B0")
    ax.barh([i - 0.2 for i in y], table["target"], height=0.4, label=t["planned"], color="#DD8452")
    ax.set_yticks(list(y))
    ax.set_yticklabels(names)
    ax.set_xlabel(t["count"])
    ax.set_title(t["echeng"])
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_schedule(schedule: pd.DataFrame, *, lang: str = "zh", ncols: int = 4) -> plt.Figure:
    """Small multiples: one panel per scheduled indicator, its target for each year.

    ``schedule`` has ``series`` (panel title), ``year`` and ``value`` and ``unit``.
    """
    use_cjk_font()
    series = list(dict.fromkeys(schedule["series"]))
    fig, panels = _small_multiples(len(series), ncols, 3.2, 2.6)
    for ax, name in zip(panels, series):
        part = schedule[schedule["series"] == name].sort_values("year")
        ax.plot(part["year"], part["value"], marker="o", color="#C44E52")
        for x, v in zip(part["year"], part["value"]):
            ax.annotate(f"{v:,.0f}", (x, v), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=8)
        ax.set_title(name, fontsize=9)
        ax.set_ylabel(part["unit"].iloc[0], fontsize=8)
        ax.set_ylim(0, part["value"].max() * 1.3)
        ax.yaxis.set_major_formatter(_PLAIN)
        ax.tick_params(labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle(_TARGET_TEXT[lang]["schedule"])
    fig.tight_layout()
    return fig


def plot_indicator_comparison(matched: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh", ncols: int = 3,
                              max_bars: int = 12) -> plt.Figure:
    """One panel per comparable indicator: each plan's targets (by year), with value labels.

    A panel shows at most ``max_bars`` targets (the largest; ties by plan), so it stays readable.
    """
    use_cjk_font()
    label_col = "label_zh" if lang == "zh" else "label_en"
    matched = matched.assign(group=matched["indicator_id"] + "|" + matched["unit"])
    groups = list(dict.fromkeys(matched["group"]))
    fig, panels = _small_multiples(len(groups), ncols, 4.4, 2.8, extra_height=1)
    for ax, gid in zip(panels, groups):
        part = matched[matched["group"] == gid]
        if len(part) > max_bars:
            part = part.sort_values(["value", "doc_id", "year"], ascending=[False, True, True]).head(max_bars)
        unit = part["unit"].iloc[0]
        names = [labels[d] if labels[d].split(" ")[-1] == str(y) else f"{labels[d]} · {y}" for d, y in zip(part["doc_id"], part["year"])]
        ax.barh(range(len(part)), part["value"], color="#64B5CD")
        ax.set_yticks(range(len(part)))
        ax.set_yticklabels(names, fontsize=8)
        for i, v in enumerate(part["value"]):
            ax.text(v, i, f" {v:,.0f}", va="center", fontsize=8)
        ax.set_title(f"{part[label_col].iloc[0]} ({unit})", fontsize=10)
        ax.margins(x=0.35)
        ax.invert_yaxis()
        ax.tick_params(axis="x", labelsize=7)
        ax.xaxis.set_major_formatter(_PLAIN)
        ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle(_TARGET_TEXT[lang]["compare"])
    fig.tight_layout()
    return fig


# --- Keywords -------------------------------------------------------------------------------

_KW_TEXT = {
    "zh": {"top": "各文件高频词（每万词）", "per_10k": "每万词频次", "keyness": "关键性（对数似然 G²）：",
           "over": "相对多用", "under": "相对少用", "heat": "各文件间差异最大的词（每万词）", "compare": "选定词语比较（每万词）",
           "clouds": "词云", "bp": "公文套话动词占比（每百词）", "bp_axis": "每百词中的套话动词数"},
    "en": {"top": "Most frequent terms of each plan (per 10,000 terms)", "per_10k": "per 10,000 terms",
           "keyness": "Keyness (log-likelihood G²): ", "over": "over-used", "under": "under-used",
           "heat": "Terms that vary most across plans (per 10,000 terms)", "compare": "Chosen terms compared (per 10,000 terms)",
           "clouds": "Word clouds", "bp": "Plan boilerplate verbs (per 100 words)", "bp_axis": "boilerplate verbs per 100 words"},
}


def plot_top_terms(freq: pd.DataFrame, labels: dict[str, str], *, n: int = 15, lang: str = "zh", ncols: int = 3) -> plt.Figure:
    """Small multiples: the ``n`` most frequent terms of each plan, per 10,000 terms."""
    use_cjk_font()
    docs = list(dict.fromkeys(freq["doc_id"]))
    fig, panels = _small_multiples(len(docs), ncols, 4.2, 0.28 * n, extra_height=1.2)
    for ax, doc in zip(panels, docs):
        part = freq[freq["doc_id"] == doc].sort_values(["count", "term"], ascending=[False, True]).head(n).iloc[::-1]
        ax.barh(part["term"], part["per_10k"], color="#4C72B0")
        ax.set_title(labels.get(doc, doc), fontsize=10)
        ax.tick_params(labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    fig.supxlabel(_KW_TEXT[lang]["per_10k"], fontsize=9)
    fig.suptitle(_KW_TEXT[lang]["top"])
    fig.tight_layout()
    return fig


def plot_keyness(key: pd.DataFrame, title: str, *, n: int = 10, lang: str = "zh") -> plt.Figure:
    """Diverging bars: the ``n`` most over-used (G² > 0) and under-used (G² < 0) terms of one plan."""
    use_cjk_font()
    t = _KW_TEXT[lang]
    over = key[key["g2"] > 0].head(n)
    under = key[key["g2"] < 0].tail(n)
    data = pd.concat([over, under]).iloc[::-1]
    fig, ax = plt.subplots(figsize=(7, 0.3 * len(data) + 1.5))
    colors = ["#C44E52" if g > 0 else "#4C72B0" for g in data["g2"]]
    ax.barh(data["term"], data["g2"], color=colors)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel(f"G²  ({t['over']} > 0 > {t['under']})")
    ax.set_title(t["keyness"] + title)
    ax.tick_params(labelsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_term_heatmap(wide: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Heatmap of terms (rows) by plans (columns), per 10,000 terms."""
    use_cjk_font()
    data = wide.T
    fig, ax = plt.subplots(figsize=(1.4 * data.shape[1] + 3, 0.32 * data.shape[0] + 1.8))
    im = ax.imshow(data.values, cmap="YlOrRd", aspect="auto")
    ax.set_xticks(range(data.shape[1]))
    ax.set_xticklabels([labels.get(d, d) for d in data.columns], rotation=30, ha="right")
    ax.set_yticks(range(data.shape[0]))
    ax.set_yticklabels(data.index, fontsize=9)
    vmax = float(data.values.max() or 1)
    for i in range(data.shape[0]):
        for j in range(data.shape[1]):
            v = data.values[i, j]
            ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=7, color="white" if v > vmax * 0.6 else "black")
    fig.colorbar(im, ax=ax, label=_KW_TEXT[lang]["per_10k"], shrink=0.6)
    ax.set_title(_KW_TEXT[lang]["heat"])
    fig.tight_layout()
    return fig


def plot_term_comparison(freq: pd.DataFrame, terms: list[str], labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Grouped bars: the rate of each chosen term in each plan."""
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
    ax.set_ylabel(_KW_TEXT[lang]["per_10k"])
    ax.set_title(_KW_TEXT[lang]["compare"])
    ax.legend(frameon=False, fontsize=8, ncol=min(5, len(docs)))
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def plot_wordclouds(frequencies: dict[str, dict[str, int]], labels: dict[str, str], *, seed: int = 42,
                    lang: str = "zh", ncols: int = 3) -> plt.Figure:
    """Small multiples of word clouds (``wordcloud`` with the project's CJK font and a fixed seed)."""
    from wordcloud import WordCloud

    font = str(use_cjk_font())
    docs = list(frequencies)
    fig, panels = _small_multiples(len(docs), ncols, 4.4, 3.5)
    for ax, doc in zip(panels, docs):
        cloud = WordCloud(font_path=font, width=600, height=400, background_color="white",
                          random_state=seed, prefer_horizontal=1.0, colormap="viridis")
        ax.imshow(cloud.generate_from_frequencies(frequencies[doc]), interpolation="bilinear")
        ax.set_title(labels.get(doc, doc), fontsize=10)
        ax.axis("off")
    fig.suptitle(_KW_TEXT[lang]["clouds"])
    fig.tight_layout()
    return fig


def plot_boilerplate_profile(profile: pd.DataFrame, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Bars: boilerplate verbs per 100 words in each plan, with the most used ones written beside."""
    use_cjk_font()
    data = profile.sort_values("per_100_words")
    fig, ax = plt.subplots(figsize=(10, 0.6 * len(data) + 1.5))
    ax.barh([labels.get(d, d) for d in data["doc_id"]], data["per_100_words"], color="#937860")
    for y, (v, top) in enumerate(zip(data["per_100_words"], data["most_used"])):
        ax.text(v, y, f" {v:.1f}  {top}", va="center", fontsize=8)
    ax.set_xlabel(_KW_TEXT[lang]["bp_axis"])
    ax.set_title(_KW_TEXT[lang]["bp"])
    ax.margins(x=0.9)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


# --- Themes and overlap ---------------------------------------------------------------------

_TH_TEXT = {
    "zh": {"shares": "各文件主题构成（按条目占比）", "shares_chars": "各文件主题构成（按字数占比）", "sim": "文件相似度（TF-IDF 余弦）",
           "presence": "各文件涉及的主题", "n_plans": "涉及文件数", "network": "文件间的共享文段（线宽 = 共享字数）",
           "topics": "NMF 主题模型与词典主题的对照（条目数）", "topic": "NMF 主题", "theme": "词典主题", "distance": "距离（1 − 相似度）"},
    "en": {"shares": "Theme shares of each plan (by items)", "shares_chars": "Theme shares of each plan (by characters)",
           "sim": "Similarity of plans (TF-IDF cosine)", "presence": "Themes present in each plan", "n_plans": "plans",
           "network": "Passages shared between plans (line width = shared characters)",
           "topics": "NMF topics against dictionary themes (items)", "topic": "NMF topic", "theme": "dictionary theme",
           "distance": "distance (1 − similarity)"},
}


def plot_theme_shares(shares: pd.DataFrame, theme_labels: dict[str, str], labels: dict[str, str], *,
                      value: str = "share_items", lang: str = "zh") -> plt.Figure:
    """Heatmap: plans (rows) × themes (columns, taxonomy order), cell = share of the plan."""
    use_cjk_font()
    wide = shares.pivot_table(index="doc_id", columns="theme", values=value, fill_value=0)
    wide = wide.reindex(columns=list(theme_labels), fill_value=0)
    fig, ax = plt.subplots(figsize=(0.75 * wide.shape[1] + 3, 0.6 * wide.shape[0] + 2.8))
    im = ax.imshow(wide.values, cmap="Blues", aspect="auto", vmin=0)
    ax.set_xticks(range(wide.shape[1]))
    ax.set_xticklabels([theme_labels[t] for t in wide.columns], rotation=50, ha="right", fontsize=8)
    ax.set_yticks(range(wide.shape[0]))
    ax.set_yticklabels([labels.get(d, d) for d in wide.index])
    vmax = float(wide.values.max() or 1)
    for i in range(wide.shape[0]):
        for j in range(wide.shape[1]):
            v = wide.values[i, j]
            if v > 0:
                ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=7, color="white" if v > vmax * 0.6 else "black")
    ax.set_title(_TH_TEXT[lang]["shares" if value == "share_items" else "shares_chars"])
    fig.colorbar(im, ax=ax, shrink=0.7)
    fig.tight_layout()
    return fig


def plot_similarity_dendrogram(similarity: pd.DataFrame, linkage_matrix, labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """A dendrogram of the plans above their similarity heatmap, both in the clustered order."""
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
    top.set_ylabel(_TH_TEXT[lang]["distance"], fontsize=8)
    top.spines[["top", "right", "bottom"]].set_visible(False)
    top.set_xticks([])
    order = tree["leaves"]
    data = similarity.to_numpy()[np.ix_(order, order)]
    im = ax.imshow(data, cmap="viridis", vmin=0, vmax=1, aspect="auto")
    fontsize = 9 if n <= 20 else max(4, int(9 - n / 15))
    ax.set_xticks(range(len(order)))
    ax.set_xticklabels([names[i] for i in order], rotation=90 if n > 20 else 30, ha="right" if n <= 20 else "center", fontsize=fontsize)
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels([names[i] for i in order], fontsize=fontsize)
    if n <= 15:  # values are written only where they can be read
        for i in range(len(order)):
            for j in range(len(order)):
                ax.text(j, i, f"{data[i, j]:.2f}", ha="center", va="center", fontsize=8, color="white" if data[i, j] < 0.6 else "black")
    ax.set_title(_TH_TEXT[lang]["sim"])
    fig.colorbar(im, cax=bar)
    fig.tight_layout()
    return fig


def plot_theme_presence(presence: pd.DataFrame, theme_labels: dict[str, str], labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """UpSet-style matrix: a dot where a plan has a theme, and how many plans have each theme."""
    use_cjk_font()
    themes = list(presence.columns)
    counts = presence.sum(axis=0)
    fig, (bar, ax) = plt.subplots(2, 1, figsize=(0.6 * len(themes) + 3, 0.45 * len(presence) + 3.5),
                                  gridspec_kw={"height_ratios": [1, 1.6]}, sharex=True)
    bar.bar(range(len(themes)), counts.values, color="#4C72B0")
    for x, v in enumerate(counts.values):
        bar.text(x, v, str(int(v)), ha="center", va="bottom", fontsize=8)
    bar.set_ylabel(_TH_TEXT[lang]["n_plans"])
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
    fig.suptitle(_TH_TEXT[lang]["presence"])
    fig.tight_layout()
    return fig


def plot_passage_network(links: pd.DataFrame, docs: list[str], labels: dict[str, str], *, lang: str = "zh",
                         max_links: int = 40) -> plt.Figure:
    """Plans as nodes on a circle, linked by the characters of the passages they share.

    ``links`` is :func:`analysis.overlap.passage_links`; only the ``max_links``
    strongest links (ties by plan ids) and the plans they join are drawn when
    there are more.
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
        ax.text(x if small else x * 1.12, y - 0.2 if small else y, labels.get(doc, doc),
                ha="center", va="top" if small else "center", fontsize=9 if small else 7)
    ax.set_xlim(-1.5, 1.5)
    ax.set_ylim(-1.5, 1.4)
    ax.axis("off")
    ax.set_title(_TH_TEXT[lang]["network"])
    fig.tight_layout()
    return fig


def plot_topics_vs_themes(table: pd.DataFrame, theme_labels: dict[str, str], *, lang: str = "zh") -> plt.Figure:
    """Heatmap of items: dictionary themes (rows) × NMF topics (columns)."""
    use_cjk_font()
    data = table.reindex(index=[t for t in theme_labels if t in table.index])
    cols = sorted(data.columns, key=lambda c: int(c[1:]))
    data = data[cols]
    fig, ax = plt.subplots(figsize=(0.6 * len(cols) + 4, 0.4 * len(data) + 1.8))
    im = ax.imshow(data.values, cmap="Purples", aspect="auto")
    ax.set_xticks(range(len(cols)))
    ax.set_xticklabels(cols)
    ax.set_yticks(range(len(data)))
    ax.set_yticklabels([theme_labels[t] for t in data.index], fontsize=8)
    for i in range(data.shape[0]):
        for j in range(data.shape[1]):
            v = data.values[i, j]
            if v:
                ax.text(j, i, str(int(v)), ha="center", va="center", fontsize=7)
    ax.set_xlabel(_TH_TEXT[lang]["topic"])
    ax.set_ylabel(_TH_TEXT[lang]["theme"])
    ax.set_title(_TH_TEXT[lang]["topics"])
    fig.colorbar(im, ax=ax, shrink=0.7)
    fig.tight_layout()
    return fig
