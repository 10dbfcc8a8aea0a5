"""Charts the notebooks show. Each takes a table and returns a matplotlib Figure.

Figures use the project's CJK font (:func:`analysis.figures.use_cjk_font`)
and are saved through :func:`analysis.figures.save_figure`. Their text, in
Chinese and English, is ``resources/chart_labels.csv`` (``lang="zh"`` or
``"en"``). The charts are grouped by notebook:

``corpus``    lengths, plan structure, cleaning report
``keywords``  top terms, keyness, most variable terms, chosen terms, word clouds, boilerplate
``targets``   density per plan and section, unit mix, achieved vs planned, schedules, indicators
``themes``    theme shares and presence, similarity with its tree, shared passages, topics
``time``      term trends, targets and themes by year, dispersion, promise and delivery
``base``      the helpers they share: chart text, paired bars, small multiples, annotated heatmaps, the
              note that a figure shows only some plans
"""

from .base import PLAIN_NUMBER, annotated_heatmap, chart_text, note_shown, paired_bars, small_multiples, unit_label
from .corpus import plot_cleaning_report, plot_document_lengths, plot_plan_structure, stacked_bars
from .keywords import (
    plot_boilerplate_profile, plot_keyness, plot_term_comparison, plot_term_heatmap, plot_top_terms, plot_wordclouds,
)
from .targets import (
    plot_achieved_vs_planned, plot_indicator_comparison, plot_schedule, plot_section_density, plot_target_density,
    plot_unit_mix,
)
from .time import (
    plot_dispersion, plot_promise_delivery, plot_targets_by_year, plot_term_trends, plot_theme_shares_by_year,
)
from .themes import (
    plot_passage_network, plot_similarity_dendrogram, plot_theme_presence, plot_theme_shares, plot_topics_vs_themes,
)

__all__ = [
    "chart_text", "note_shown", "unit_label", "paired_bars", "small_multiples", "annotated_heatmap", "stacked_bars", "PLAIN_NUMBER",
    "plot_document_lengths", "plot_plan_structure", "plot_cleaning_report",
    "plot_top_terms", "plot_keyness", "plot_term_heatmap", "plot_term_comparison", "plot_wordclouds",
    "plot_boilerplate_profile",
    "plot_target_density", "plot_section_density", "plot_unit_mix", "plot_achieved_vs_planned", "plot_schedule",
    "plot_indicator_comparison",
    "plot_theme_shares", "plot_similarity_dendrogram", "plot_theme_presence", "plot_passage_network",
    "plot_topics_vs_themes",
    "plot_term_trends", "plot_targets_by_year", "plot_theme_shares_by_year", "plot_dispersion", "plot_promise_delivery",
]
