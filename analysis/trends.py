"""Trends: time as a dimension of a corpus (a document belongs to the year it starts in).

Pure functions on the processed tables; each returns a plain, tidy table:

``term_frequency_by_year``  how often terms are used each year, per 10,000 terms, optionally smoothed
``trending_terms``          terms that rise or fall across the years: Spearman's rho with year, its p and q
``period_keyness``          keyness (log-likelihood G²) of one span of years against another
``targets_by_year``         targets, achieved figures and targets per 1,000 characters, per year
``theme_shares_by_year``    the share of coded units per primary theme per year (``unassigned`` included)
``dispersion``              where in each document a term occurs (0 = start, 1 = end): x-ray plot data

The year of a document is its ``year_start`` (the documents table). A document
without one (no year in its metadata or its title) is **left out** of every
table here; :func:`document_years` says which documents those are. Which tokens
count as terms follows :func:`analysis.keywords.select_tokens` (word tokens, no
stopwords, no boilerplate, no numbers, at least two characters, by default).
"""

from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd

from .keywords import TermMatch, dfm, keyness, select_tokens, term_occurrences, term_rates
from .targets import KINDS
from .themes import UNASSIGNED

__all__ = [
    "document_years",
    "term_frequency_by_year",
    "trending_terms",
    "period_keyness",
    "targets_by_year",
    "theme_shares_by_year",
    "dispersion",
]


def document_years(documents: pd.DataFrame) -> pd.Series:
    """The year each dated document belongs to (its ``year_start``); undated documents are left out.

    Parameters
    ----------
    documents : pandas.DataFrame
        The documents table; needs ``doc_id`` and ``year_start``.

    Returns
    -------
    pandas.Series
        Year (int) by ``doc_id``, for the documents that have a ``year_start``,
        in the table's order.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "year_start": pd.array([2019, None, 2018], dtype="Int64")})
    >>> document_years(docs).to_dict()
    {'a': 2019, 'c': 2018}
    """
    years = documents.set_index("doc_id")["year_start"]
    years = pd.to_numeric(years, errors="coerce").dropna()
    return years.astype(int)


def _year_matrix(tokens: pd.DataFrame, documents: pd.DataFrame, select: dict):
    """Counts of the selected terms per year (a DocumentFeatureMatrix whose rows are years as text)."""
    years = document_years(documents)
    terms = select_tokens(tokens, **select)
    terms = terms[terms["doc_id"].isin(years.index)]
    # dfm counts by a column; the year of each token's document, as text, sorts in time order (4 digits).
    return dfm(terms.assign(doc_id=terms["doc_id"].map(years).astype(str)))


def term_frequency_by_year(
    tokens: pd.DataFrame,
    documents: pd.DataFrame,
    terms: Iterable[str] | None = None,
    *,
    smoothing: float = 0.0,
    match: TermMatch = "within",
    drop_stopwords: bool = True,
    drop_boilerplate: bool = True,
    drop_numbers: bool = True,
    min_chars: int = 2,
) -> pd.DataFrame:
    """How often each term is used each year: its count and its rate per 10,000 terms of that year.

    A year's documents are counted together. The terms of a year are its word
    tokens that :func:`analysis.keywords.select_tokens` keeps with the options
    given; the rate is per 10,000 of them (the denominator of
    :func:`analysis.keywords.term_frequencies`). Documents without a
    ``year_start`` are left out. A term asked for is counted wherever it
    occurs in those tokens, inside longer ones too (疫情 in 疫情防控; ``match``,
    as in :func:`analysis.keywords.term_occurrences`); with ``terms=None``
    every token is a term of its own.

    **Smoothing** (additive, Lidstone): with ``smoothing`` = α > 0 every count is
    raised by α, and the year's total by α × V, V being the number of distinct
    terms in all years together::

        per_10k = (count + α) / (total + α · V) × 10,000

    so a term a year does not use gets a small positive rate instead of 0 (the
    rate then has a logarithm). α = 0 gives the plain relative frequency; α = 1
    is Laplace's rule, α = 0.5 Jeffreys-Perks.

    Parameters
    ----------
    tokens : pandas.DataFrame
        The tokens table; needs ``doc_id``, ``token``, ``is_word``,
        ``is_stopword`` and ``is_boilerplate``.
    documents : pandas.DataFrame
        The documents table; needs ``doc_id`` and ``year_start``.
    terms : iterable of str or None, default None
        The terms to report (in every year, 0 where a year lacks one);
        ``None`` means every term of the corpus. A term the selection drops
        (a stopword, with ``drop_stopwords``) has count 0.
    smoothing : float, default 0.0
        The α added to every count, as above. Must not be negative.
    match : {"within", "token"}, default "within"
        For the ``terms`` asked for: count them inside longer tokens too
        (``"within"``) or only tokens equal to them (``"token"``, the unit of
        :func:`trending_terms`).
    drop_stopwords, drop_boilerplate, drop_numbers : bool, default True
        As in :func:`analysis.keywords.select_tokens`.
    min_chars : int, default 2
        As in :func:`analysis.keywords.select_tokens`.

    Returns
    -------
    pandas.DataFrame
        One row per year and term (every year with a dated document, every
        term asked for): ``year`` (int), ``term``, ``count``, ``total`` (the
        terms of that year), ``n_documents`` (dated documents that year) and
        ``per_10k`` (4 decimals). Sorted by year, then term.

    Raises
    ------
    ValueError
        When ``smoothing`` is negative.

    Examples
    --------
    >>> tokens = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "c"], "token": ["工会", "职工", "工会", "工会", "工会"],
    ...                        "is_word": True, "is_stopword": False, "is_boilerplate": False})
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "year_start": pd.array([2018, 2019, None], dtype="Int64")})
    >>> table = term_frequency_by_year(tokens, docs, ["工会"])
    >>> list(zip(table["year"], table["count"], table["total"], table["per_10k"]))
    [(2018, 1, 2, 5000.0), (2019, 2, 2, 10000.0)]
    >>> term_frequency_by_year(tokens, docs, ["职工"], smoothing=1)["per_10k"].tolist()
    [5000.0, 2500.0]
    >>> term_frequency_by_year(tokens.assign(token=["工会", "职工之家", "工会", "工会", "工会"], item_id="x", start=0),
    ...                        docs, ["职工"])["count"].tolist()
    [1, 0]
    """
    if smoothing < 0:
        raise ValueError(f"smoothing must be 0 or more (an additive count), not {smoothing}")
    select = dict(drop_stopwords=drop_stopwords, drop_boilerplate=drop_boilerplate,
                  drop_numbers=drop_numbers, min_chars=min_chars)
    matrix = _year_matrix(tokens, documents, select)
    years = document_years(documents)
    all_years = sorted(years.unique().tolist())
    n_documents = years.value_counts()
    counts = pd.DataFrame(matrix.counts.toarray(), index=[int(y) for y in matrix.docs], columns=list(matrix.features))
    counts = counts.reindex(index=all_years, fill_value=0)
    vocabulary = counts.shape[1]
    totals = counts.sum(axis=1)
    wanted = sorted(set(terms)) if terms is not None else list(counts.columns)
    counts = counts.reindex(columns=wanted, fill_value=0)
    if terms is not None and match != "token":
        counts = _counts_within(tokens, years, select, wanted, match).reindex(index=all_years, fill_value=0)
    long = counts.rename_axis(index="year", columns="term").stack().rename("count").reset_index()
    long["total"] = long["year"].map(totals).astype(int)
    long["n_documents"] = long["year"].map(n_documents).astype(int)
    denominator = (long["total"] + smoothing * vocabulary).where(lambda d: d > 0)
    long["per_10k"] = ((long["count"] + smoothing) / denominator * 10_000).round(4)
    long = long.astype({"year": int, "term": str, "count": int})
    return long.sort_values(["year", "term"]).reset_index(drop=True)[
        ["year", "term", "count", "total", "n_documents", "per_10k"]
    ]


def _counts_within(tokens: pd.DataFrame, years: pd.Series, select: dict, wanted: list[str], match: str) -> pd.DataFrame:
    """Counts of the wanted terms per year (rows) found inside the selected tokens of dated documents."""
    terms = select_tokens(tokens, **select)
    terms = terms[terms["doc_id"].isin(years.index)]
    rates = term_rates(terms.assign(year=terms["doc_id"].map(years)), wanted, match=match, by="year")
    return rates.pivot(index="year", columns="term", values="count").reindex(columns=wanted, fill_value=0)


def _ranks(values: np.ndarray) -> np.ndarray:
    """Ranks down each column (ties get their mean rank, as in Spearman's rho; the values hold no NaN).

    pandas ranks as :func:`scipy.stats.rankdata` does (``method="average"``), without the
    half second that importing :mod:`scipy.stats` costs a notebook.
    """
    return pd.DataFrame(values).rank(axis=0, method="average").to_numpy()


def _benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini–Hochberg q-values (false discovery rate) of the p-values ``p``."""
    n = len(p)
    if n == 0:
        return p
    order = np.argsort(p, kind="stable")
    scaled = p[order] * n / np.arange(1, n + 1)
    q = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty(n)
    out[order] = np.minimum(q, 1.0)
    return np.maximum(out, p)  # q ≥ p; p × n / n can round below p


def _spearman_with_year(year: np.ndarray, rates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Spearman's rho of each column of ``rates`` with ``year``, and its two-sided p-value (t approximation,
    as :func:`scipy.stats.spearmanr`): Pearson's r of the ranks (the years have no ties; the rates may)."""
    from scipy.special import stdtr  # Student's t CDF, what scipy.stats.t.sf computes (stdtr(df, -t))

    n = len(year)
    ry = _ranks(year[:, None])[:, 0]
    rr = _ranks(rates)
    ry_c = ry - ry.mean()
    rr_c = rr - rr.mean(axis=0)
    denom = np.sqrt((ry_c ** 2).sum() * (rr_c ** 2).sum(axis=0))
    with np.errstate(invalid="ignore", divide="ignore"):
        rho = np.where(denom > 0, (ry_c[:, None] * rr_c).sum(axis=0) / denom, 0.0)
        rho = np.clip(rho, -1.0, 1.0)
        t_stat = rho * np.sqrt((n - 2) / np.maximum(1.0 - rho ** 2, 1e-300))
    p = np.where(np.abs(rho) >= 1.0, 0.0, 2 * stdtr(n - 2, -np.abs(t_stat)))
    return rho, p


def trending_terms(
    tokens: pd.DataFrame,
    documents: pd.DataFrame,
    *,
    min_count: int = 20,
    min_years: int = 3,
    smoothing: float = 0.5,
    alpha: float = 0.05,
    drop_stopwords: bool = True,
    drop_boilerplate: bool = True,
    drop_numbers: bool = True,
    min_chars: int = 2,
) -> pd.DataFrame:
    """Terms whose use rises or falls across the years, with Spearman's rho and its significance.

    **The statistic.** For each term, Spearman's rank correlation ``rho``
    between the year and the term's relative frequency that year (per 10,000
    terms, unsmoothed, 0 where a year does not use it; tied rates get their
    mean rank). rho is +1 when every year uses the term more than the year
    before, -1 when less each year. It is chosen because it asks only whether
    use goes up or down with time, not by how much: one long report, a burst
    in one year or a term that appears from nothing (rate 0 for decades) does
    not dominate it as it would a linear or log-linear fit, and the years need
    not be evenly spaced (the national reports skip 1961–1963, 1965–1974 …).
    ``p`` is its two-sided p-value (the t approximation with n − 2 degrees of
    freedom that :func:`scipy.stats.spearmanr` uses); because thousands of terms
    are tested at once, ``q`` is the Benjamini–Hochberg false-discovery-rate
    q-value across the terms tested, and ``trend`` uses ``q``.

    As a size of the change, ``change_per_decade`` is the factor by which the
    rate is multiplied every ten years on the least-squares line of
    log(smoothed rate) on year (smoothing as in
    :func:`term_frequency_by_year`, so years without the term count): 2.0
    means the rate doubles every decade, 0.5 that it halves.

    Parameters
    ----------
    tokens : pandas.DataFrame
        The tokens table (see :func:`term_frequency_by_year`).
    documents : pandas.DataFrame
        The documents table; needs ``doc_id`` and ``year_start``. Undated
        documents are left out.
    min_count : int, default 20
        Terms used fewer times in all dated documents together are not tested.
    min_years : int, default 3
        Terms used in fewer years are not tested.
    smoothing : float, default 0.5
        The additive α of the smoothed rate behind ``change_per_decade``
        (must be positive: log of 0 is not defined).
    alpha : float, default 0.05
        The false discovery rate at which ``trend`` calls a term rising or
        falling.
    drop_stopwords, drop_boilerplate, drop_numbers : bool, default True
        As in :func:`analysis.keywords.select_tokens`.
    min_chars : int, default 2
        As in :func:`analysis.keywords.select_tokens`.

    Returns
    -------
    pandas.DataFrame
        One row per term tested: ``term``, ``rho`` (4 decimals), ``p``, ``q``,
        ``change_per_decade`` (4 decimals), ``count`` (in all years),
        ``n_years`` (years that use it), ``first_year`` and ``last_year``
        (the first and last year that use it), ``trend`` (``rising`` or
        ``falling`` when q < ``alpha``, else ``flat``). Sorted by ``rho``
        (highest first), then ``change_per_decade`` (highest first), then
        term: ``head(n)`` holds the most rising terms, ``tail(n)`` the most
        falling. Empty (with these columns) when fewer than three years have
        dated documents.

    Raises
    ------
    ValueError
        When ``smoothing`` is not positive.

    Examples
    --------
    >>> tokens = pd.DataFrame({"doc_id": ["a"] * 4 + ["b"] * 4 + ["c"] * 4,
    ...                        "token": ["改革", "粮食", "粮食", "粮食", "改革", "改革", "粮食", "粮食",
    ...                                  "改革", "改革", "改革", "粮食"],
    ...                        "is_word": True, "is_stopword": False, "is_boilerplate": False})
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "year_start": [1980, 1990, 2000]})
    >>> trending_terms(tokens, docs, min_count=1)[["term", "rho", "n_years"]].values.tolist()
    [['改革', 1.0, 3], ['粮食', -1.0, 3]]
    """
    if smoothing <= 0:
        raise ValueError(f"smoothing must be positive for the log-linear change, not {smoothing}")
    columns = ["term", "rho", "p", "q", "change_per_decade", "count", "n_years", "first_year", "last_year", "trend"]
    select = dict(drop_stopwords=drop_stopwords, drop_boilerplate=drop_boilerplate,
                  drop_numbers=drop_numbers, min_chars=min_chars)
    matrix = _year_matrix(tokens, documents, select)
    all_years = sorted(document_years(documents).unique().tolist())
    if len(all_years) < 3:
        return pd.DataFrame(columns=columns)
    counts = pd.DataFrame(matrix.counts.toarray(), index=[int(y) for y in matrix.docs], columns=list(matrix.features))
    counts = counts.reindex(index=all_years, fill_value=0)
    totals = counts.sum(axis=1).to_numpy(dtype=float)
    vocabulary = counts.shape[1]
    present = (counts > 0).sum(axis=0)
    keep = (counts.sum(axis=0) >= min_count) & (present >= min_years)
    counts = counts.loc[:, keep]
    c = counts.to_numpy(dtype=float)
    year = np.asarray(all_years, dtype=float)
    n = len(year)
    with np.errstate(invalid="ignore", divide="ignore"):
        rates = np.where(totals[:, None] > 0, c / totals[:, None], 0.0)
    rho, p = _spearman_with_year(year, rates)
    q = _benjamini_hochberg(p)
    # Log-linear size of the change: slope of log(smoothed rate) on year, per decade.
    log_rate = np.log((c + smoothing) / (totals[:, None] + smoothing * vocabulary))
    year_c = year - year.mean()
    slope = (year_c[:, None] * (log_rate - log_rate.mean(axis=0))).sum(axis=0) / (year_c ** 2).sum()
    used = c > 0
    first = np.where(used.any(axis=0), year[np.argmax(used, axis=0)], np.nan)
    last = np.where(used.any(axis=0), year[n - 1 - np.argmax(used[::-1], axis=0)], np.nan)
    out = pd.DataFrame({
        "term": counts.columns.astype(str),
        "rho": np.round(rho, 4),
        "p": p,
        "q": q,
        "change_per_decade": np.round(np.exp(10 * slope), 4),
        "count": c.sum(axis=0).astype(int),
        "n_years": used.sum(axis=0).astype(int),
        "first_year": first.astype(int),
        "last_year": last.astype(int),
    })
    out["trend"] = np.where(out["q"] < alpha, np.where(out["rho"] > 0, "rising", "falling"), "flat")
    out = out.sort_values(["rho", "change_per_decade", "term"], ascending=[False, False, True])
    return out.reset_index(drop=True)[columns]


def _year_span(period) -> tuple[int, int]:
    """(first, last) year of a period given as a year, a (first, last) pair or text such as '1978-1992'."""
    if isinstance(period, (int, np.integer)):
        return int(period), int(period)
    if isinstance(period, str):
        parts = [p for p in period.replace("—", "-").replace("–", "-").split("-") if p.strip()]
        if len(parts) in (1, 2) and all(p.strip().isdigit() for p in parts):
            return int(parts[0]), int(parts[-1])
    elif isinstance(period, (tuple, list)) and len(period) == 2:
        return int(period[0]), int(period[1])
    raise ValueError(f"a period is a year (1978), a pair of years ((1978, 1992)) or text ('1978-1992'), not {period!r}")


def period_keyness(
    tokens: pd.DataFrame,
    documents: pd.DataFrame,
    period_a,
    period_b,
    *,
    min_count: int = 2,
    drop_stopwords: bool = True,
    drop_boilerplate: bool = True,
    drop_numbers: bool = True,
    min_chars: int = 2,
) -> pd.DataFrame:
    """Keyness of the documents of one span of years (``period_a``) against another (``period_b``).

    The statistic is :func:`analysis.keywords.keyness` (Dunning's signed
    log-likelihood G², its p-value and Hardie's log ratio) with the documents
    dated in ``period_a`` as the target and those dated in ``period_b`` as the
    reference, each counted together. A document belongs to the year it starts
    in; undated documents are left out.

    Parameters
    ----------
    tokens : pandas.DataFrame
        The tokens table (see :func:`term_frequency_by_year`).
    documents : pandas.DataFrame
        The documents table; needs ``doc_id`` and ``year_start``.
    period_a, period_b : int, (int, int) or str
        A year (``1978``), the first and last year, both included
        (``(1978, 1992)``), or the same as text (``"1978-1992"``).
    min_count : int, default 2
        As in :func:`analysis.keywords.keyness`.
    drop_stopwords, drop_boilerplate, drop_numbers : bool, default True
        As in :func:`analysis.keywords.select_tokens`.
    min_chars : int, default 2
        As in :func:`analysis.keywords.select_tokens`.

    Returns
    -------
    pandas.DataFrame
        The table of :func:`analysis.keywords.keyness` (``term``,
        ``target_count``, ``reference_count``, ``g2``, ``p``, ``log_ratio``;
        positive ``g2`` for terms ``period_a`` uses more), sorted by ``g2``.

    Raises
    ------
    ValueError
        When a period is malformed, when the two overlap, or when one holds no
        dated document (the message lists the years that have some).

    Examples
    --------
    >>> tokens = pd.DataFrame({"doc_id": ["a"] * 3 + ["b"] * 3, "token": ["粮食", "粮食", "改革", "改革", "改革", "粮食"],
    ...                        "is_word": True, "is_stopword": False, "is_boilerplate": False})
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "year_start": [1955, 1995]})
    >>> period_keyness(tokens, docs, (1950, 1959), "1990-1999")[["term", "target_count", "reference_count"]].values.tolist()
    [['粮食', 2, 1], ['改革', 1, 2]]
    """
    a, b = _year_span(period_a), _year_span(period_b)
    if a[0] > a[1] or b[0] > b[1]:
        raise ValueError(f"a period runs from its first year to its last: got {a} and {b}")
    if a[0] <= b[1] and b[0] <= a[1]:
        raise ValueError(f"the periods {a[0]}-{a[1]} and {b[0]}-{b[1]} overlap; a document can be in only one")
    years = document_years(documents)
    docs_a = sorted(years.index[(years >= a[0]) & (years <= a[1])])
    docs_b = sorted(years.index[(years >= b[0]) & (years <= b[1])])
    for (first, last), docs in ((a, docs_a), (b, docs_b)):
        if not docs:
            have = sorted(years.unique().tolist())
            raise ValueError(
                f"no dated document in {first}-{last}; the documents' years are "
                f"{', '.join(map(str, have[:12]))}{' …' if len(have) > 12 else ''}"
            )
    select = dict(drop_stopwords=drop_stopwords, drop_boilerplate=drop_boilerplate,
                  drop_numbers=drop_numbers, min_chars=min_chars)
    terms = select_tokens(tokens, **select)
    matrix = dfm(terms[terms["doc_id"].isin(docs_a + docs_b)])
    # A document with no term at all has no row in the matrix; it adds nothing to either side.
    docs_a = [d for d in docs_a if d in matrix.docs]
    docs_b = [d for d in docs_b if d in matrix.docs]
    if not docs_a or not docs_b:
        raise ValueError("one of the periods holds documents without any term; nothing to compare")
    return keyness(matrix, docs_a, docs_b, min_count=min_count)


def targets_by_year(targets: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Per year: documents, targets, achieved figures, and targets per 1,000 characters.

    A document's quantities count in the document's year (``year_start``), not
    in the year they apply to (the ``year`` column of the targets table).
    Characters exclude a cover notice, as in
    :func:`analysis.target_summaries.target_density`. Undated documents are
    left out.

    Parameters
    ----------
    targets : pandas.DataFrame
        The targets table; needs ``doc_id``, ``kind`` and ``quantity_id``.
    documents : pandas.DataFrame
        The documents table; needs ``doc_id``, ``year_start``,
        ``clean_chars`` and ``cover_chars``.

    Returns
    -------
    pandas.DataFrame
        One row per year with a dated document, in time order: ``year``,
        ``n_documents``, ``chars``, ``n_targets``, ``n_achieved``,
        ``targets_per_1000_chars`` and ``achieved_per_1000_chars``
        (2 decimals).

    Examples
    --------
    >>> targets = pd.DataFrame({"doc_id": ["a", "a", "b"], "kind": ["target", "achieved", "target"],
    ...                         "quantity_id": ["q1", "q2", "q3"]})
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "year_start": [2018, 2018], "clean_chars": [1500, 600],
    ...                      "cover_chars": [100, 0]})
    >>> targets_by_year(targets, docs).to_dict("records")
    [{'year': 2018, 'n_documents': 2, 'chars': 2000, 'n_targets': 2, 'n_achieved': 1, 'targets_per_1000_chars': 1.0, 'achieved_per_1000_chars': 0.5}]
    """
    years = document_years(documents)
    docs = documents[documents["doc_id"].isin(years.index)].assign(year=lambda d: d["doc_id"].map(years))
    chars = (docs["clean_chars"] - docs["cover_chars"]).groupby(docs["year"]).sum()
    n_docs = docs.groupby("year").size()
    t = targets[targets["doc_id"].isin(years.index)]
    counts = t.assign(year=t["doc_id"].map(years)).pivot_table(
        index="year", columns="kind", values="quantity_id", aggfunc="count", fill_value=0
    ).reindex(index=chars.index, columns=list(KINDS), fill_value=0)
    out = pd.DataFrame({
        "n_documents": n_docs,
        "chars": chars,
        "n_targets": counts["target"],
        "n_achieved": counts["achieved"],
    })
    out["targets_per_1000_chars"] = (out["n_targets"] / out["chars"].where(out["chars"] > 0) * 1000).round(2)
    out["achieved_per_1000_chars"] = (out["n_achieved"] / out["chars"].where(out["chars"] > 0) * 1000).round(2)
    out = out.rename_axis("year").reset_index()
    return out.astype({"year": int, "n_documents": int, "chars": int, "n_targets": int, "n_achieved": int})


def theme_shares_by_year(item_themes: pd.DataFrame, items: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Per year and theme: the share of coded units whose primary theme it is (``unassigned`` included).

    A coded unit is an item with a primary row in ``item_themes`` (cover
    notices, closing lines and lines under 30 characters are not coded). The
    shares of a year sum to 1 over the themes, :data:`analysis.themes.UNASSIGNED`
    (the coder abstained) being one of them. ``char_share`` weighs each unit by
    its characters, so one long paragraph counts more than a short one.
    Undated documents are left out.

    Parameters
    ----------
    item_themes : pandas.DataFrame
        The item_themes table; needs ``doc_id``, ``item_id``, ``theme`` and
        ``is_primary``.
    items : pandas.DataFrame
        The items table; needs ``item_id`` and ``n_chars``.
    documents : pandas.DataFrame
        The documents table; needs ``doc_id`` and ``year_start``.

    Returns
    -------
    pandas.DataFrame
        One row per year (with a coded unit) and theme (every primary theme of
        the table, 0 where a year has none): ``year``, ``theme``, ``n_units``,
        ``n_coded`` (coded units that year), ``share`` (4 decimals), ``chars``
        and ``char_share`` (4 decimals). Sorted by year, then theme, with
        ``unassigned`` last.

    Examples
    --------
    >>> it = pd.DataFrame({"doc_id": ["a", "a", "b"], "item_id": ["a:1", "a:2", "b:1"],
    ...                    "theme": ["care", "unassigned", "care"], "is_primary": True})
    >>> items = pd.DataFrame({"item_id": ["a:1", "a:2", "b:1"], "n_chars": [300, 100, 50]})
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "year_start": [2018, 2019]})
    >>> theme_shares_by_year(it, items, docs)[["year", "theme", "n_units", "share", "char_share"]].values.tolist()
    [[2018, 'care', 1, 0.5, 0.75], [2018, 'unassigned', 1, 0.5, 0.25], [2019, 'care', 1, 1.0, 1.0], [2019, 'unassigned', 0, 0.0, 0.0]]
    """
    years = document_years(documents)
    primary = item_themes[item_themes["is_primary"].astype(bool) & item_themes["doc_id"].isin(years.index)]
    primary = primary.assign(
        year=primary["doc_id"].map(years),
        chars=primary["item_id"].map(items.set_index("item_id")["n_chars"]).fillna(0).astype(int),
    )
    themes = sorted(set(primary["theme"]) - {UNASSIGNED}) + ([UNASSIGNED] if (primary["theme"] == UNASSIGNED).any() else [])
    columns = ["year", "theme", "n_units", "n_coded", "share", "chars", "char_share"]
    if primary.empty:
        return pd.DataFrame(columns=columns)
    grid = pd.MultiIndex.from_product([sorted(primary["year"].unique()), themes], names=["year", "theme"])
    grouped = primary.groupby(["year", "theme"])
    out = pd.DataFrame({"n_units": grouped.size(), "chars": grouped["chars"].sum()}).reindex(grid, fill_value=0)
    out = out.reset_index()
    out["n_coded"] = out.groupby("year")["n_units"].transform("sum")
    year_chars = out.groupby("year")["chars"].transform("sum")
    out["share"] = (out["n_units"] / out["n_coded"]).round(4)
    out["char_share"] = (out["chars"] / year_chars.where(year_chars > 0)).round(4)
    out["theme"] = pd.Categorical(out["theme"], categories=themes, ordered=True)
    out = out.sort_values(["year", "theme"]).astype({"theme": str, "year": int})
    return out.reset_index(drop=True)[columns]


def dispersion(
    tokens: pd.DataFrame,
    texts: pd.DataFrame | dict,
    terms: Iterable[str],
    *,
    match: TermMatch = "within",
) -> pd.DataFrame:
    """Where each occurrence of the terms stands in its document, from 0 (start) to 1 (end).

    The data of a lexical dispersion ("x-ray") plot, as quanteda's
    ``textplot_xray``: one row per occurrence, its position the offset of the
    term in the cleaned text over the document's length in characters. A term
    is found inside longer tokens too (疫情 in 疫情防控) unless ``match="token"``
    (:func:`analysis.keywords.term_occurrences`); a phrase the segmentation
    splits is not found (use :func:`analysis.keywords.kwic` for phrases).
    Documents without an occurrence have no row: take the list of documents
    from the documents table for the plot's axis.

    Parameters
    ----------
    tokens : pandas.DataFrame
        The tokens table; needs ``doc_id``, ``item_id``, ``token``, ``start``
        and ``end``.
    texts : pandas.DataFrame or dict of str to str
        The document lengths: the documents table (``doc_id`` and
        ``clean_chars``) or the cleaned texts by ``doc_id``
        (``ProcessedCorpus.clean_texts``).
    terms : iterable of str
        The terms to place.
    match : {"within", "token"}, default "within"
        As in :func:`analysis.keywords.term_occurrences`.

    Returns
    -------
    pandas.DataFrame
        One row per occurrence: ``doc_id``, ``term``, ``item_id``, ``start``,
        ``end`` and ``position`` (``start`` / document length, 4 decimals).
        Sorted by document, term and position.

    Raises
    ------
    KeyError
        When a document of the tokens has no length in ``texts``.

    Examples
    --------
    >>> tokens = pd.DataFrame({"doc_id": "a", "item_id": "a:1", "token": ["工会", "职工", "工会"],
    ...                        "start": [0, 50, 75], "end": [2, 52, 77]})
    >>> dispersion(tokens, {"a": "x" * 100}, ["工会"])[["term", "start", "position"]].values.tolist()
    [['工会', 0, 0.0], ['工会', 75, 0.75]]
    """
    if isinstance(texts, pd.DataFrame):
        lengths = texts.set_index("doc_id")["clean_chars"].astype(float)
    else:
        lengths = pd.Series({doc_id: float(len(text)) for doc_id, text in texts.items()}, dtype=float)
    hits = term_occurrences(tokens, terms, match=match)
    missing = sorted(set(hits["doc_id"]) - set(lengths.index))
    if missing:
        raise KeyError(f"no length for document {', '.join(map(repr, missing[:3]))}: pass the documents table or "
                       "the cleaned texts of every document of the tokens")
    out = hits[["doc_id", "term", "item_id", "start", "end"]].copy()
    length = out["doc_id"].map(lengths)
    out["position"] = (out["start"] / length.where(length > 0)).round(4)
    out = out.astype({"doc_id": str, "term": str, "item_id": str})
    return out.sort_values(["doc_id", "term", "start"]).reset_index(drop=True)
