"""An interactive explorer for JupyterLab: a term's frequency per plan with its contexts, and two plans'
aligned items.

The views are pure functions of the processed tables (:func:`term_view`,
:func:`aligned_view`); :func:`explorer` wires them to ipywidgets (a text box, two
plan menus). Run headless (the build, the tests, papermill), the widgets are
created but nobody types, so the notebook also shows the static views for the
starting values: the executed notebook and the HTML report carry real output.
"""

from __future__ import annotations

import pandas as pd

from . import keywords as kw
from . import similarity as sm
from . import themes as th

__all__ = ["term_view", "aligned_view", "explorer"]


def term_view(freq: pd.DataFrame, items: pd.DataFrame, term: str, *, window: int = 18,
              max_lines: int = 200) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A term's count and rate in each plan, and its keyword-in-context lines with item ids and offsets.

    The counts are of the term as a token (:func:`analysis.keywords.term_frequencies`);
    the contexts are every occurrence of the term as characters in the cleaned text
    (:func:`analysis.keywords.kwic`), so a phrase the segmenter splits is still found.

    Parameters
    ----------
    freq : pandas.DataFrame
        Term frequencies (``doc_id``, ``term``, ``count``, ``per_10k``).
    items : pandas.DataFrame
        The items table.
    term : str
        The term or phrase.
    window : int, default 18
        Characters of context on each side.
    max_lines : int, default 200
        The most context lines returned (in reading order).

    Returns
    -------
    per_plan : pandas.DataFrame
        ``doc_id``, ``count`` and ``per_10k`` for every plan (0 where absent).
    lines : pandas.DataFrame
        The KWIC lines (see :func:`analysis.keywords.kwic`).
    """
    docs = sorted(items["doc_id"].unique())
    hits = freq[freq["term"] == term].set_index("doc_id")[["count", "per_10k"]]
    per_plan = hits.reindex(docs, fill_value=0).rename_axis("doc_id").reset_index()
    lines = kw.kwic(items, term, window=window) if term else pd.DataFrame()
    if len(lines):  # an annex row's cells are tab-separated: show them as spaces
        lines = lines.assign(left=lines["left"].str.replace(r"\s+", " ", regex=True),
                             right=lines["right"].str.replace(r"\s+", " ", regex=True))
    return per_plan, lines.head(max_lines)


def aligned_view(items: pd.DataFrame, terms: pd.DataFrame, coded: pd.DataFrame, doc_a: str, doc_b: str, *,
                 min_similarity: float = 0.05) -> pd.DataFrame:
    """Two plans' items matched one to one by TF-IDF similarity, with titles and primary themes.

    Parameters
    ----------
    items : pandas.DataFrame
        The items table.
    terms : pandas.DataFrame
        The selected tokens (:func:`analysis.keywords.select_tokens`).
    coded : pandas.DataFrame
        The item_themes table.
    doc_a, doc_b : str
        The two plans.
    min_similarity : float, default 0.05
        Pairs less similar are left out.

    Returns
    -------
    pandas.DataFrame
        ``item_id_a``, ``title_a``, ``theme_a``, ``item_id_b``, ``title_b``, ``theme_b``,
        ``similarity``, most similar first.
    """
    codable = th.codable_items(items)
    a_ids = list(codable.loc[codable["doc_id"] == doc_a, "item_id"])
    b_ids = list(codable.loc[codable["doc_id"] == doc_b, "item_id"])
    columns = ["item_id_a", "title_a", "theme_a", "item_id_b", "title_b", "theme_b", "similarity"]
    if not a_ids or not b_ids:
        return pd.DataFrame(columns=columns)
    texts = th.item_term_texts(codable, terms).set_axis(codable["item_id"])
    matches = sm.match_items(texts, a_ids, b_ids, one_to_one=True, min_similarity=min_similarity)
    title = items.set_index("item_id").apply(lambda r: r["item_title"] or r["text"][:30], axis=1)
    theme = coded[coded["is_primary"]].set_index("item_id")["theme"]
    return matches.assign(
        title_a=matches["item_id_a"].map(title), theme_a=matches["item_id_a"].map(theme),
        title_b=matches["item_id_b"].map(title), theme_b=matches["item_id_b"].map(theme),
    )[columns]


def explorer(freq: pd.DataFrame, items: pd.DataFrame, terms: pd.DataFrame, coded: pd.DataFrame,
             labels: dict[str, str], *, term: str, pair: tuple[str, str], window: int = 18):
    """The explorer's widgets: type a term, pick two plans; the views below update.

    Parameters
    ----------
    freq, items, terms, coded : pandas.DataFrame
        Term frequencies, items, selected tokens and item themes.
    labels : dict of str to str
        Doc id → label shown in the plan menus.
    term : str
        The starting term.
    pair : tuple of str
        The starting plans.
    window : int, default 18
        Characters of context on each side of a KWIC line.

    Returns
    -------
    ipywidgets.VBox
        The explorer (display it in a notebook cell).
    """
    import ipywidgets as widgets
    from IPython.display import display

    options = [(labels.get(d, d), d) for d in sorted(items["doc_id"].unique())]
    box = widgets.Text(value=term, description="term / 词语", continuous_update=False)
    plan_a = widgets.Dropdown(options=options, value=pair[0], description="plan A")
    plan_b = widgets.Dropdown(options=options, value=pair[1], description="plan B")
    term_out, pair_out = widgets.Output(), widgets.Output()

    def show_term(_=None):
        per_plan, lines = term_view(freq, items, box.value.strip(), window=window)
        term_out.clear_output()
        with term_out:
            display(per_plan.assign(plan=per_plan["doc_id"].map(labels)).set_index("plan").drop(columns="doc_id").T)
            display(lines)

    def show_pair(_=None):
        pair_out.clear_output()
        with pair_out:
            display(aligned_view(items, terms, coded, plan_a.value, plan_b.value))

    box.observe(show_term, names="value")
    plan_a.observe(show_pair, names="value")
    plan_b.observe(show_pair, names="value")
    show_term()
    show_pair()
    return widgets.VBox([widgets.HTML("<b>A term across the plans</b>"), box, term_out,
                         widgets.HTML("<b>Two plans side by side</b>"), widgets.HBox([plan_a, plan_b]), pair_out])
