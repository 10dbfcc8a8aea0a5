"""Corpus-overview tables: lengths, structure and cleaning per document.

Each function takes the processed tables and returns a plain DataFrame with
one row per document (in ``doc_id`` order), ready to show or chart.
"""

from __future__ import annotations

import re

import pandas as pd

__all__ = [
    "PART_ORDER", "document_labels", "document_lengths", "structure_summary", "cleaning_summary", "plans_to_show",
    "plans_across_years", "choose",
]

#: Parts of a plan in reading order.
PART_ORDER = ("cover", "contents", "preamble", "summary", "principles", "goals", "plan", "guarantees", "closing", "annex")


def document_labels(documents: pd.DataFrame, lang: str = "zh") -> dict[str, str]:
    """A short, unique label per document for charts: place (without its parent city) and period.

    Documents that would share a label are numbered in ``doc_id`` order:
    南京市 2021 (1), (2).

    Parameters
    ----------
    documents : pandas.DataFrame
        The documents table; needs ``doc_id``, ``place`` and ``period``, and
        for English ``place_en``.
    lang : {"zh", "en"}, default "zh"
        ``"en"`` uses the ``place_en`` column where it is filled (else the
        doc id).

    Returns
    -------
    dict of str to str
        Doc id → label (the place and the first word of the period).

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["a"], "place": ["武进区（常州市）"], "place_en": ["Wujin"], "period": ["2018"]})
    >>> document_labels(docs), document_labels(docs, "en")
    ({'a': '武进区 2018'}, {'a': 'Wujin 2018'})
    """
    labels = {}
    column = "place_en" if lang == "en" and "place_en" in documents.columns else "place"
    for doc_id, place, period in documents[["doc_id", column, "period"]].itertuples(index=False):
        if column == "place_en":
            place = str(place) if pd.notna(place) and str(place) else doc_id
        place = re.sub(r"[（(].*?[）)]", "", str(place or "")).strip() if column == "place" else place
        place = place or doc_id
        period = str(period or "").split(" ")[0]
        labels[doc_id] = place if period and period in place else f"{place} {period}".strip()  # no year twice
    # Two plans of one place and period (a plan and a summary, say) must not share a label.
    seen: dict[str, list[str]] = {}
    for doc_id in sorted(labels):
        seen.setdefault(labels[doc_id], []).append(doc_id)
    for label, doc_ids in seen.items():
        if len(doc_ids) > 1:
            for k, doc_id in enumerate(doc_ids, start=1):
                labels[doc_id] = f"{label} ({k})"
    return labels


def document_lengths(documents: pd.DataFrame) -> pd.DataFrame:
    """Characters (raw, cleaned, cover), tokens, items and paragraphs per document.

    Parameters
    ----------
    documents : pandas.DataFrame
        The documents table.

    Returns
    -------
    pandas.DataFrame
        One row per document, sorted by ``doc_id``: ``doc_id``, ``label``
        (:func:`document_labels`), ``raw_chars``, ``clean_chars``,
        ``cover_chars``, ``n_tokens``, ``n_sections``, ``n_items``,
        ``n_paragraphs`` and ``n_annex_rows``.
    """
    cols = ["doc_id", "raw_chars", "clean_chars", "cover_chars", "n_tokens", "n_sections", "n_items", "n_paragraphs", "n_annex_rows"]
    out = documents[cols].copy()
    out.insert(1, "label", out["doc_id"].map(document_labels(documents)))
    return out.sort_values("doc_id").reset_index(drop=True)


def structure_summary(items: pd.DataFrame) -> pd.DataFrame:
    """Text units per part of each plan (numbered items and annex rows; paragraphs apart).

    Parameters
    ----------
    items : pandas.DataFrame
        The items table; needs ``doc_id``, ``item_id``, ``part``,
        ``unit_type`` and ``section_no``.

    Returns
    -------
    pandas.DataFrame
        One row per plan, sorted by ``doc_id``: ``doc_id``, one column per
        part present (in :data:`PART_ORDER`) counting items and annex rows,
        ``sections`` (numbered sections outside the annex) and
        ``paragraphs``.

    Examples
    --------
    >>> items = pd.DataFrame({"doc_id": "d", "item_id": ["d:p1", "d:1.1", "d:1.2"], "part": ["preamble", "plan", "plan"],
    ...                       "unit_type": ["paragraph", "item", "item"], "section_no": [None, 1, 1]})
    >>> structure_summary(items).values.tolist()
    [['d', 2, 1, 1]]
    """
    counted = items[items["unit_type"].isin(["item", "annex_row"])]
    table = counted.pivot_table(index="doc_id", columns="part", values="item_id", aggfunc="count", fill_value=0)
    table = table.reindex(columns=[p for p in PART_ORDER if p in table.columns])
    body = items[items["part"] != "annex"]
    table["sections"] = body.dropna(subset=["section_no"]).groupby("doc_id")["section_no"].nunique()
    table["paragraphs"] = items[items["unit_type"] == "paragraph"].groupby("doc_id").size()
    table = table.reindex(sorted(items["doc_id"].unique())).fillna(0).astype(int)
    table.columns.name = None
    return table.reset_index()


def cleaning_summary(cleaning: pd.DataFrame) -> pd.DataFrame:
    """Characters removed or changed per document and cleaning step (wide table).

    Parameters
    ----------
    cleaning : pandas.DataFrame
        The cleaning report; needs ``doc_id``, ``step``, ``chars_removed`` and
        ``chars_changed``.

    Returns
    -------
    pandas.DataFrame
        One row per document: ``doc_id``, then one column per step, in the
        order the steps first appear, holding characters removed plus
        characters changed.

    Examples
    --------
    >>> cleaning = pd.DataFrame({"doc_id": "d", "step": ["newlines", "web_clutter"], "chars_removed": [0, 12],
    ...                          "chars_changed": [3, 0]})
    >>> cleaning_summary(cleaning).values.tolist()
    [['d', 3, 12]]
    """
    cleaning = cleaning.assign(chars=cleaning["chars_removed"] + cleaning["chars_changed"])
    table = cleaning.pivot_table(index="doc_id", columns="step", values="chars", aggfunc="sum", fill_value=0)
    order = list(dict.fromkeys(cleaning["step"]))
    table = table.reindex(columns=[s for s in order if s in table.columns])
    table.columns.name = None
    return table.reset_index()


def plans_to_show(documents: pd.DataFrame, max_plans: int | None = 25, *, by: str = "clean_chars") -> list[str]:
    """The doc_ids a per-plan figure shows: all of them, or the ``max_plans`` largest by ``by``.

    Figures stay readable on large corpora while tables keep every plan; ties
    are broken by ``doc_id`` so the choice is the same on every run.

    Parameters
    ----------
    documents : pandas.DataFrame
        The documents table; needs ``doc_id`` and the column ``by``.
    max_plans : int or None, default 25
        The most plans shown; ``None`` shows every plan.
    by : str, default "clean_chars"
        The column that ranks the plans (largest first).

    Returns
    -------
    list of str
        The doc ids chosen, sorted.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "clean_chars": [5, 9, 9]})
    >>> plans_to_show(docs, 2)
    ['b', 'c']
    """
    if max_plans is None or len(documents) <= max_plans:
        return sorted(documents["doc_id"])
    ranked = documents.sort_values([by, "doc_id"], ascending=[False, True])
    return sorted(ranked["doc_id"].head(max_plans))


def plans_across_years(documents: pd.DataFrame, max_plans: int | None = 50) -> list[str]:
    """The doc_ids a figure drawn over time shows, in time order: all of them, or ``max_plans`` spread evenly.

    The plans are ordered by first year (a plan without one last), then ``doc_id``; when there are
    more than ``max_plans``, the first, the last and plans at even steps between are kept, so every
    stretch of time keeps its share of the rows.

    Parameters
    ----------
    documents : pandas.DataFrame
        The documents table; needs ``doc_id`` and ``year_start``.
    max_plans : int or None, default 50
        The most plans shown; ``None`` shows every plan.

    Returns
    -------
    list of str
        The doc ids chosen, earliest first.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": list("abcde"), "year_start": [2018, 2016, 2020, 2017, 2019]})
    >>> plans_across_years(docs), plans_across_years(docs, 3)
    (['b', 'd', 'a', 'e', 'c'], ['b', 'a', 'c'])
    """
    ordered = documents.assign(_year=pd.to_numeric(documents["year_start"], errors="coerce")).sort_values(
        ["_year", "doc_id"], na_position="last")["doc_id"].tolist()
    if max_plans is None or len(ordered) <= max_plans:
        return ordered
    if max_plans <= 1:
        return ordered[:max_plans]
    picks = sorted({round(k * (len(ordered) - 1) / (max_plans - 1)) for k in range(max_plans)})
    return [ordered[k] for k in picks]


def choose(preferred, available, fallback, what: str):
    """``preferred`` when ``available`` holds it, else ``fallback``, with a note saying which was used.

    Notebook defaults fit one corpus (a KWIC term, a plan with a summary part); on
    another corpus the notebook takes what the data offer and says so instead of
    showing an empty table.

    Parameters
    ----------
    preferred : object
        The value asked for (a notebook parameter); ``None`` lets the data choose (``fallback``, no note).
    available : collection
        The values the data hold.
    fallback : object
        What to use instead (``None`` when there is nothing to use).
    what : str
        What the value is, for the note (``"KWIC_TERM"``).

    Returns
    -------
    value : object
        ``preferred`` or ``fallback``.
    note : str
        ``""`` when ``preferred`` was used, else a sentence saying what was used.

    Examples
    --------
    >>> choose("疗休养", {"就业", "疗休养"}, "就业", "KWIC_TERM")
    ('疗休养', '')
    >>> choose("疗休养", {"就业"}, "就业", "KWIC_TERM")
    ('就业', "KWIC_TERM '疗休养' is not in this corpus; showing '就业' instead (set KWIC_TERM to choose)")
    >>> choose(None, {"就业"}, "就业", "KWIC_TERM")  # nothing asked for
    ('就业', '')
    """
    if preferred in available:
        return preferred, ""
    if preferred is None:
        return fallback, ""  # nothing asked for: the data choose, and that is no surprise to note
    if fallback is None:
        return None, f"{what} {preferred!r} is not in this corpus, and nothing else fits; set {what} to choose"
    return fallback, f"{what} {preferred!r} is not in this corpus; showing {fallback!r} instead (set {what} to choose)"
