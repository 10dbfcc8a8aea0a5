"""Charts: every one draws from the seed tables, its Chinese renders, its English has no Chinese but terms."""
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import keywords as kw  # noqa: E402
from analysis import overview, plotting, reuse, similarity, target_summaries, themes  # noqa: E402
from analysis.figures import save_figure  # noqa: E402
from analysis.config import RESOURCES_DIR  # noqa: E402
from analysis.loader import load_resources  # noqa: E402

_HAN = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture(scope="module")
def charts(processed):
    """Every chart the notebooks draw, built from the seed plans' tables, by language."""
    out = {}
    for lang in ("zh", "en"):
        labels = overview.document_labels(processed.documents, lang)
        theme_labels = themes.theme_labels(processed.theme_taxonomy, lang)
        freq = kw.term_frequencies(kw.dfm(kw.select_tokens(processed.tokens)))
        matrix = kw.dfm(kw.select_tokens(processed.tokens))
        sim = similarity.document_similarity(matrix)
        density = target_summaries.target_density(processed.targets, processed.documents, processed.items)
        out[lang] = {
            "lengths": plotting.plot_document_lengths(overview.document_lengths(processed.documents).assign(
                label=lambda d: d.doc_id.map(labels)), lang=lang),
            "structure": plotting.plot_plan_structure(overview.structure_summary(processed.items), labels, lang=lang),
            "density": plotting.plot_target_density(density, labels, lang=lang),
            "unit_mix": plotting.plot_unit_mix(processed.targets, labels, lang=lang),
            "achieved": plotting.plot_achieved_vs_planned(
                processed.targets[processed.targets.doc_id == "echeng-2019"], labels["echeng-2019"], lang=lang),
            "shares": plotting.plot_theme_shares(themes.theme_shares(processed.item_themes, processed.items),
                                                 theme_labels, labels, lang=lang),
            "similarity": plotting.plot_similarity_dendrogram(sim, similarity.cluster_order(sim), labels, lang=lang),
            "network": plotting.plot_passage_network(reuse.passage_links(processed.shared_passages),
                                                     list(processed.documents.doc_id), labels, lang=lang),
            "top_terms": plotting.plot_top_terms(freq, labels, n=5, lang=lang),
        }
    yield out
    plt.close("all")


def _texts(fig):
    return [t.get_text() for t in fig.findobj(matplotlib.text.Text) if t.get_text()]


def test_every_chart_saves_with_its_chinese_glyphs(charts, tmp_path):
    for name, fig in charts["zh"].items():
        assert save_figure(fig, f"chart_{name}", directory=tmp_path, formats=("png",)), name


def test_english_charts_have_english_titles_and_axes(charts):
    for name, fig in charts["en"].items():
        titles = [ax.get_title() for ax in fig.axes if ax.get_title()] + [ax.get_xlabel() for ax in fig.axes if ax.get_xlabel()]
        suptitle = fig._suptitle.get_text() if fig._suptitle else ""
        for text in titles + [suptitle]:
            assert not _HAN.search(text), (name, text)


def test_the_achieved_vs_planned_title_names_the_plan_shown(charts):
    assert charts["zh"]["achieved"].axes[0].get_title().startswith("鄂城区 2019")
    assert charts["en"]["achieved"].axes[0].get_title().startswith("Echeng District 2019")


def test_chart_text_has_both_languages_for_every_key():
    labels = load_resources().chart_labels
    assert set(labels["zh"]) == set(labels["en"])
    assert all(labels["en"][k] for k in labels["en"])
    with pytest.raises(ValueError, match="unknown chart language"):
        plotting.chart_text("fr")


def test_annotated_heatmap_writes_only_the_cells_asked_for():
    fig, ax = plt.subplots()
    values = pd.DataFrame([[0.0, 0.5], [1.0, 0.2]]).to_numpy()
    plotting.annotated_heatmap(ax, values, cmap="Blues", fontsize=7, light=lambda v: v > 0.6,
                               cell_text=lambda i, j, v: f"{v:.1f}" if v else None)
    texts = {(t.get_position(), t.get_text(), t.get_color()) for t in ax.texts}
    assert texts == {((1, 0), "0.5", "black"), ((0, 1), "1.0", "white"), ((1, 1), "0.2", "black")}
    plt.close(fig)


def test_a_heatmap_is_cells_as_shapes_row_one_on_top_and_an_empty_cell_in_the_bad_colour(tmp_path):
    """No image: at 300 dpi an image is coloured pixel by pixel and the SVG would hold it as a raster."""
    import numpy as np

    fig, ax = plt.subplots(figsize=(3, 2))
    cmap = plt.get_cmap("Blues").with_extremes(bad="#EEEEEE")
    plotting.annotated_heatmap(ax, np.array([[0.0, np.nan], [1.0, 0.2]]), cmap=cmap, fontsize=7,
                               cell_text=lambda i, j, v: None)
    assert not ax.images and ax.get_ylim() == (1.5, -0.5) and ax.get_xlim() == (-0.5, 1.5)
    png, svg = save_figure(fig, "heatmap", directory=tmp_path)
    assert "<image" not in svg.read_text(encoding="utf-8")
    from PIL import Image

    pixels = np.asarray(Image.open(png).convert("RGB"))
    assert tuple(pixels[pixels.shape[0] // 3, pixels.shape[1] * 2 // 3]) == (0xEE, 0xEE, 0xEE)  # row 0, column 1
    plt.close(fig)


def test_plotting_lists_every_chart_it_offers():
    public = {name for name in dir(plotting) if name.startswith("plot_")}
    assert public <= set(plotting.__all__)


def test_every_cleaning_step_has_a_chart_label_in_both_languages():
    from analysis import cleaning
    steps = re.findall(r"(?m)^``(\w+)``", cleaning.__doc__)
    labels = load_resources().chart_labels
    assert "flat_text" in steps and "page_dump" in steps
    assert [s for s in steps if f"step.{s}" not in labels["zh"] or f"step.{s}" not in labels["en"]] == []


def test_every_unit_category_has_a_chart_label_in_both_languages():
    """A chart by unit category never shows a category's English key on a Chinese chart (浓度, not concentration)."""
    units = pd.read_csv(RESOURCES_DIR / "units.csv", comment="#", dtype=str, keep_default_na=False)
    categories = set(units["category"])
    labels = load_resources().chart_labels
    assert "concentration" in categories
    assert sorted(c for c in categories if f"unit_category.{c}" not in labels["zh"]
                  or f"unit_category.{c}" not in labels["en"]) == []


def test_the_figures_by_year_chart_says_its_lines_count_figures_not_only_targets():
    by_year = pd.DataFrame({"year": [2018, 2019], "targets_per_1000_chars": [6.75, 1.13],
                            "achieved_per_1000_chars": [0.0, 6.75]})
    fig = plotting.plot_targets_by_year(by_year, lang="zh")
    assert fig.axes[0].get_ylabel() == "每千字的数字个数"  # both lines: targets and achieved figures
    plt.close(fig)


def test_the_figures_by_year_chart_marks_the_years_that_pool_several_documents():
    by_year = pd.DataFrame({"year": [2018, 2019, 2020], "n_documents": [2, 1, 3], "targets_per_1000_chars": [6.75, 1.13, 2.9],
                            "achieved_per_1000_chars": [0.0, 6.75, 0.0]})
    fig = plotting.plot_targets_by_year(by_year, lang="en")
    ax = fig.axes[0]
    assert sorted(a.get_text() for a in ax.texts) == ["n=2", "n=3"]  # one document a year is not marked
    assert ax.get_legend().get_title().get_text() == "n = documents of that year counted together"
    plt.close(fig)
    single = plotting.plot_targets_by_year(by_year.assign(n_documents=1), lang="en")
    assert not single.axes[0].texts and single.axes[0].get_legend().get_title().get_text() == ""
    plt.close(single)


def test_the_density_bars_labels_end_inside_their_panel(charts):
    """The longest bar's label fits, whatever it holds: the seed plans (an annex counted in the label) and plans
    with no annex where the densest has a long count (全国 1958: 7.2 (n=174))."""
    many = pd.DataFrame({"doc_id": [f"d{i}" for i in range(20)], "n_targets": [174] + [5] * 19,
                         "n_annex_targets": 0, "targets_per_1000_chars": [7.2] + [0.2] * 19,
                         "share_items_with_target": 0.1})
    figs = [charts["zh"]["density"], charts["en"]["density"],
            plotting.plot_target_density(many, {f"d{i}": f"全国 {1950 + i}" for i in range(20)})]
    for fig in figs:
        fig.canvas.draw()
        ax = fig.axes[0]
        assert all(text.get_window_extent().x1 <= ax.get_window_extent().x1 for text in ax.texts)
    plt.close(figs[-1])
