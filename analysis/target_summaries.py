"""What the targets table says per plan, section, indicator and year.

Functions on the processed tables (no extraction here, see :mod:`analysis.targets`):

``target_density``     targets per 1,000 characters and the share of items holding one, per plan
``section_density``    targets per 1,000 characters of each section of each plan
``match_indicators``   targets that measure a comparable indicator (``resources/indicators.csv``)
``schedule_series``    year-by-year series of targets (annex schedules, sentences naming years)
"""

from __future__ import annotations

import pandas as pd

from .loader import Resources, load_resources
from .targets import KINDS

__all__ = ["BODY_EXCLUDED_PARTS", "target_density", "section_density", "match_indicators", "schedule_series"]


#: Parts that are not the body of a plan: their text units are not counted as items in the density table.
BODY_EXCLUDED_PARTS = ("cover", "contents", "preamble", "closing", "appendix")


def target_density(targets: pd.DataFrame, documents: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    """Per plan: targets, achieved figures, targets per 1,000 cleaned characters, share of items with a target.

    Characters exclude a cover notice. ``items`` counts the text units of the
    body (numbered items, annex rows and paragraphs outside the cover notice,
    table of contents, preamble, closing and appendix: :data:`BODY_EXCLUDED_PARTS`; a plan's opening
    statement, ``principles`` before its first section, is the body's), and
    ``items_with_target`` those of them that hold at least one target, so the
    share is at most 1 whatever the document's layout.

    Parameters
    ----------
    targets : pandas.DataFrame
        The targets table; needs ``doc_id``, ``item_id``, ``kind`` and
        ``quantity_id``.
    documents : pandas.DataFrame
        The documents table; needs ``doc_id``, ``clean_chars`` and
        ``cover_chars``.
    items : pandas.DataFrame
        The items table; needs ``doc_id``, ``item_id``, ``part`` and ``unit_type``.

    Returns
    -------
    pandas.DataFrame
        One row per document of ``documents``, in its order: ``doc_id``,
        ``n_targets``, ``n_annex_targets`` (those of them in an annex, which
        may restate the body's year by year), ``n_achieved``, ``n_thresholds``
        (quantities of each kind), ``chars`` (cleaned characters less the cover notice),
        ``targets_per_1000_chars`` (2 decimals), ``items`` (text units of the
        body), ``items_with_target`` and ``share_items_with_target``
        (3 decimals; missing when the plan has no items).
    """
    body_chars = documents.set_index("doc_id")["clean_chars"] - documents.set_index("doc_id")["cover_chars"]
    counts = targets.pivot_table(index="doc_id", columns="kind", values="quantity_id", aggfunc="count", fill_value=0)
    counts = counts.reindex(index=body_chars.index, columns=list(KINDS), fill_value=0)
    units = items[items["unit_type"].isin(["item", "annex_row", "paragraph"])
                  & ~items["part"].isin(BODY_EXCLUDED_PARTS)]
    in_units = targets[(targets["kind"] == "target") & targets["item_id"].isin(units["item_id"])]
    with_target = in_units.groupby("doc_id")["item_id"].nunique()
    annex_ids = items.loc[items["part"] == "annex", "item_id"]
    in_annex = targets[(targets["kind"] == "target") & targets["item_id"].isin(annex_ids)].groupby("doc_id").size()
    out = pd.DataFrame(
        {
            "n_targets": counts["target"],
            "n_annex_targets": in_annex.reindex(body_chars.index, fill_value=0),
            "n_achieved": counts["achieved"],
            "n_thresholds": counts["threshold"],
            "chars": body_chars,
            "targets_per_1000_chars": (counts["target"] / body_chars * 1000).round(2),
            "items": units.groupby("doc_id").size().reindex(body_chars.index, fill_value=0),
            "items_with_target": with_target.reindex(body_chars.index, fill_value=0),
        }
    )
    out["share_items_with_target"] = (out["items_with_target"] / out["items"].where(out["items"] > 0)).round(3)
    return out.reset_index()


def section_density(targets: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    """Targets per 1,000 characters for each section (annex as one section) of each plan.

    A cover notice is left out. Text outside a titled section is named by its
    part: 导语 for the preamble and whatever else stands before the first
    section (a plan's opening statement, ``principles``; a summary's opening
    paragraph, ``summary``), 落款 for the closing, else the part's name.

    Parameters
    ----------
    targets : pandas.DataFrame
        The targets table; needs ``doc_id``, ``item_id`` and ``kind``.
    items : pandas.DataFrame
        The items table; needs ``doc_id``, ``item_id``, ``seq``, ``part``,
        ``section_no``, ``section_title`` and ``n_chars``.

    Returns
    -------
    pandas.DataFrame
        One row per section of each plan, in reading order: ``doc_id``,
        ``section`` (the section title, or 附件 for the annex), ``chars``,
        ``n_targets`` and ``targets_per_1000_chars`` (2 decimals).
    """
    units = items[items["part"] != "cover"].copy()
    # What stands before a plan's first section (its opening statement, part principles; a summary's opening
    # paragraph, part summary) is read with the preamble it stands in: the lead, not a section of its own.
    first_section = units["seq"].where(units["section_no"].notna()).groupby(units["doc_id"]).transform("min")
    leading = units["section_no"].isna() & (units["seq"] < first_section) & ~units["part"].isin(["annex", "contents", "closing", "appendix"])
    region = units["part"].mask(leading, "preamble")
    units["section"] = [
        "附件" if part == "annex" else (title or {"preamble": "导语", "contents": "目录", "closing": "落款"}.get(part, part))
        for part, title in zip(region, units["section_title"])
    ]
    # Two sections of one plan with the same title (two 工作措施 under 一、 and 三、) stay apart: the key is
    # the section's number (or the part for text outside numbered sections), the title only its name.
    units["key"] = units["section_no"].astype("string").fillna("") + "|" + region.where(units["section_no"].isna(), "")
    units.loc[units["part"] == "annex", "key"] = "|annex"
    chars = units.groupby(["doc_id", "key"], sort=False).agg(section=("section", "first"), chars=("n_chars", "sum"))
    key_of = units.set_index("item_id")["key"]
    t = targets[targets["kind"] == "target"].assign(key=lambda d: d["item_id"].map(key_of))
    n = t.groupby(["doc_id", "key"]).size()
    out = chars.join(n.rename("n_targets")).fillna({"n_targets": 0})
    out["n_targets"] = out["n_targets"].astype(int)
    out["targets_per_1000_chars"] = (out["n_targets"] / out["chars"] * 1000).round(2)
    return out.reset_index().drop(columns="key")



def match_indicators(targets: pd.DataFrame, indicators: pd.DataFrame | None = None, *,
                     resources: Resources | None = None) -> pd.DataFrame:
    """Targets that measure a comparable indicator (``resources/indicators.csv``).

    A target matches an indicator when its indicator phrase matches the
    pattern and its unit is one of the indicator's units. Only quantities of
    kind ``target`` are matched.

    Parameters
    ----------
    targets : pandas.DataFrame
        The targets table; needs ``kind``, ``indicator`` and ``unit``.
    indicators : pandas.DataFrame or None, default None
        The comparable indicators: ``indicator_id``, ``label_zh``,
        ``label_en``, ``pattern`` (a regular expression on the indicator
        phrase) and ``units`` (separated by ``;``). ``None`` means the
        ``indicators.csv`` of ``resources``.
    resources : Resources or None, default None
        The resource files read when ``indicators`` is ``None`` (default
        :func:`analysis.loader.load_resources`).

    Returns
    -------
    pandas.DataFrame
        The matching targets with ``indicator_id``, ``label_zh`` and
        ``label_en`` added, indicator by indicator (a target that matches two
        indicators appears twice).

    Examples
    --------
    >>> targets = pd.DataFrame({"kind": ["target"], "indicator": ["新建职工之家"], "unit": ["家"]})
    >>> indicators = pd.DataFrame({"indicator_id": ["homes"], "label_zh": ["职工之家"], "label_en": ["workers' homes"],
    ...                            "pattern": ["职工之家"], "units": ["家;个"]})
    >>> match_indicators(targets, indicators)[["indicator", "indicator_id"]].values.tolist()
    [['新建职工之家', 'homes']]
    """
    if indicators is None:
        indicators = (resources or load_resources()).indicators
    rows = []
    t = targets[targets["kind"] == "target"]
    for ind in indicators.itertuples(index=False):
        in_unit = t[t["unit"].isin(set(ind.units.split(";")))]  # the unit first: the pattern reads fewer rows
        hit = in_unit[in_unit["indicator"].str.contains(ind.pattern, regex=True)]
        rows.append(hit.assign(indicator_id=ind.indicator_id, label_zh=ind.label_zh, label_en=ind.label_en))
    if not rows:  # no indicators: the columns a match would have, no rows
        return t.iloc[0:0].assign(indicator_id="", label_zh="", label_en="")
    return pd.concat(rows, ignore_index=True)


def schedule_series(targets: pd.DataFrame) -> pd.DataFrame:
    """Year-by-year series of targets (an annex schedule, or any text naming single years).

    Targets with a single-year ``year`` are grouped by item and unit; within
    one year the n-th target of an item and unit goes to the n-th series when
    every year has the same number of them (so 增长10%和5% gives two series,
    and a row's wording may change from year to year); otherwise targets are
    matched by their indicator wording. Series that cover two or more years
    are kept, named by their indicator in the last year.

    Parameters
    ----------
    targets : pandas.DataFrame
        The targets table; needs ``kind``, ``item_id``, ``start``, ``unit``,
        ``indicator``, ``year``, ``value`` and ``quantity_id``.

    Returns
    -------
    pandas.DataFrame
        One row per target in a series: ``series`` (the indicator's first 16
        characters, the unit in brackets, and #2, #3 … for further series of
        the same item and unit), ``item_id``, ``indicator``, ``unit``,
        ``year``, ``value`` and ``quantity_id``.

    Examples
    --------
    >>> t = pd.DataFrame({"kind": "target", "item_id": "d:a1", "unit": "家", "indicator": "新建职工之家",
    ...                   "year": ["2021", "2022"], "start": [0, 9], "value": [10.0, 12.0], "quantity_id": ["q1", "q2"]})
    >>> schedule_series(t)[["series", "year", "value"]].values.tolist()
    [['新建职工之家（家）', '2021', 10.0], ['新建职工之家（家）', '2022', 12.0]]
    """
    t = targets[(targets["kind"] == "target") & targets["year"].str.fullmatch(r"\d{4}")].copy()
    t = t.sort_values(["item_id", "start"])
    t["nth"] = t.groupby(["item_id", "unit", "year"]).cumcount()
    # Align by position only where every year has as many targets in that unit; else by wording.
    per_year = t.groupby(["item_id", "unit", "year"]).size().groupby(["item_id", "unit"]).nunique()
    aligned = t.set_index(["item_id", "unit"]).index.map(lambda k: per_year.get(k, 0) == 1)
    t["key"] = [f"#{n}" if ok else f"={ind}" for n, ok, ind in zip(t["nth"], aligned, t["indicator"])]
    keys = ["item_id", "unit", "key"]
    t = t[t.groupby(keys)["year"].transform("nunique") >= 2]
    columns = ["series", "item_id", "indicator", "unit", "year", "value", "quantity_id"]
    if t.empty:
        return pd.DataFrame(columns=columns)
    last = t.groupby(keys)["indicator"].transform("last")
    order = t.groupby(["item_id", "unit"])["key"].transform(lambda k: k.map({v: i for i, v in enumerate(dict.fromkeys(k))}))
    t["series"] = last.str.slice(0, 16) + "（" + t["unit"] + "）" + order.map(lambda n: "" if n == 0 else f" #{n + 1}")
    return t[["series", "item_id", "indicator", "unit", "year", "value", "quantity_id"]].reset_index(drop=True)
