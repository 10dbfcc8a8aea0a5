"""Coding items with a theme taxonomy: dictionary hits and TF-IDF centroids, over a corpus in parts.

How an item is coded is told in :mod:`analysis.themes`. The coder can read the
corpus in parts of consecutive documents (:func:`code_item_parts`): each part is
read once, its seed-term hits counted and its terms kept as integer codes, its
texts let go; weights, centroids and scores are then computed part by part.
The table is the one :func:`code_items` gives for the whole corpus in one part,
to the last bit: every step is row by row, and the centroids are summed row by
row in reading order, as scipy sums the rows of the whole matrix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .loader import Resources, load_resources
from .schema import ITEM_THEME_COLUMNS

__all__ = [
    "UNASSIGNED",
    "codable_items",
    "item_term_texts",
    "dictionary_hits",
    "code_items",
    "code_item_parts",
    "item_theme_frames",
]

#: The theme of an item no theme of the taxonomy has evidence for.
UNASSIGNED = "unassigned"


def codable_items(items: pd.DataFrame, *, min_chars: int = 30) -> pd.DataFrame:
    """The text units worth coding: numbered items, annex rows and paragraphs of real text.

    Cover notices, a table of contents, closing lines, an appendix (a glossary or notes explain the plan's words, they add no
    work to it), short title lines and heading lines (a heading names the theme of the text it heads; coding
    it too would count that theme twice) are left out.
    """
    keep = ~items["part"].isin(["cover", "contents", "closing", "appendix"]) & (items["n_chars"] >= min_chars)
    if "unit_type" in items:
        keep &= items["unit_type"] != "heading"
    return items[keep].reset_index(drop=True)


def _content(items: pd.DataFrame) -> list[str]:
    ends = (items["content_end"] - items["start"]).astype(int).tolist()
    return [t[:e] for t, e in zip(items["text"].tolist(), ends)]


def _seed_regex(seeds: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(s) for s in sorted(seeds, key=len, reverse=True)))


def dictionary_hits(items: pd.DataFrame, themes: pd.DataFrame, *, part_weight: int = 2) -> pd.DataFrame:
    """Items × themes: seed terms found in each item's content, plus ``part_weight`` for part evidence."""
    contents = _content(items)
    parts = items["part"].tolist()
    out = pd.DataFrame(0, index=items["item_id"], columns=list(themes["theme_id"]), dtype=int)
    for theme in themes.itertuples(index=False):
        regex = _seed_regex(tuple(theme.seeds))
        counts = [len(regex.findall(c)) for c in contents]
        if theme.parts:
            counts = [c + (part_weight if p in theme.parts else 0) for c, p in zip(counts, parts)]
        out[theme.theme_id] = counts
    return out


def _item_rows(items: pd.DataFrame, terms: pd.DataFrame) -> np.ndarray:
    """Row in ``items`` of each term's item (-1 for a term of another item)."""
    codes, uniques = pd.factorize(terms["item_id"])
    position = pd.Index(items["item_id"]).get_indexer(uniques)
    return position[codes].astype(np.int64) if len(codes) else np.zeros(0, dtype=np.int64)


def item_term_texts(items: pd.DataFrame, terms: pd.DataFrame) -> pd.Series:
    """Each item's terms joined by spaces (input for TF-IDF), indexed by item_id."""
    rows = _item_rows(items, terms)
    keep = rows >= 0
    order = np.argsort(rows[keep], kind="stable")
    tokens = terms["token"].to_numpy(dtype=object)[keep][order]
    bounds = np.searchsorted(rows[keep][order], np.arange(len(items) + 1)).tolist()
    texts = [" ".join(tokens[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
    return pd.Series(texts, index=pd.Index(items["item_id"].tolist(), name="item_id"))


def _smooth_idf(counts) -> np.ndarray:
    """The inverse document frequency of each column of ``counts`` (documents × terms), smoothed:
    ln((1 + n) / (1 + df)) + 1.

    The formula and the order of operations of scikit-learn's ``TfidfTransformer``
    (``smooth_idf=True``), which the tests compare it with; computed here because
    importing scikit-learn costs a build's worker a second.
    """
    return _idf(np.bincount(counts.indices, minlength=counts.shape[1]), counts.shape[0])


def _idf(df: np.ndarray, n_docs: int) -> np.ndarray:
    """:func:`_smooth_idf` from the document frequency of each term and the number of documents."""
    df = df.astype(np.float64) + 1.0
    idf = np.full_like(df, n_docs + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    return idf


def _sublinear_tfidf(counts, idf: np.ndarray):
    """Rows of ``counts`` weighted (1 + ln tf) × idf and scaled to unit length (empty rows stay empty),
    as ``TfidfTransformer(sublinear_tf=True, norm="l2").transform``."""
    x = counts.astype(np.float64)  # a copy
    np.log(x.data, out=x.data)
    x.data += 1.0
    x.data *= idf[x.indices]
    lengths = np.diff(x.indptr)
    full = np.flatnonzero(lengths)
    norms = np.ones(x.shape[0])
    if len(full):
        norms[full] = np.sqrt(np.add.reduceat(x.data * x.data, x.indptr[full]))
    x.data /= np.repeat(norms, lengths)
    return x


def _scaled_by_row(values: np.ndarray) -> np.ndarray:
    """Each row divided by its maximum (a row of zeros stays zero)."""
    top = values.max(axis=1, keepdims=True)
    return values / np.where(top > 0, top, 1)


def code_items(
    items: pd.DataFrame,
    terms: pd.DataFrame,
    themes: pd.DataFrame | None = None,
    *,
    resources: Resources | None = None,
    secondary_ratio: float = 0.7,
    min_score: float = 0.2,
    min_hits: int = 1,
    min_similarity: float = 0.1,
) -> pd.DataFrame:
    """Score every codable item on every theme (see the module docstring), or say it has none.

    Parameters
    ----------
    items : pandas.DataFrame
        The items table.
    terms : pandas.DataFrame
        The tokens table filtered to terms (:func:`analysis.keywords.select_tokens`).
    themes : pandas.DataFrame or None, default None
        A taxonomy (:func:`analysis.loader.load_themes`); by default that of ``resources``.
    resources : Resources or None, default None
        The resource files (default :func:`analysis.loader.load_resources`).
    secondary_ratio : float, default 0.7
        A theme scoring at least this share of the primary's score is secondary.
    min_score : float, default 0.2
        Themes scoring less (other than the primary) are left out of the table.
    min_hits, min_similarity : int and float, default 1 and 0.1
        An item is coded when some theme has at least ``min_hits`` seed terms in it
        or a centroid at least ``min_similarity`` near; otherwise it is ``unassigned``
        (the coder abstains: a report's paragraph on industrialisation is no union theme).

    Returns
    -------
    pandas.DataFrame
        One row per item and theme scoring at least ``min_score`` (plus every
        primary): ``doc_id``, ``item_id``, ``theme``, ``score``, ``is_primary``,
        ``is_secondary``, ``dict_hits``, ``similarity``; an item left
        ``unassigned`` has one row, with score 0 and its best similarity.
    """
    return code_item_parts([(items, terms)], themes, resources=resources, secondary_ratio=secondary_ratio,
                           min_score=min_score, min_hits=min_hits, min_similarity=min_similarity)


def code_item_parts(parts: Iterable[tuple[pd.DataFrame, pd.DataFrame]], themes: pd.DataFrame | None = None,
                    **options) -> pd.DataFrame:
    """:func:`code_items` over a corpus read in parts: the same table, the items' texts held a part at a time
    (the rows of :func:`item_theme_frames` joined).

    Parameters
    ----------
    parts : iterable of (pandas.DataFrame, pandas.DataFrame)
        The items of consecutive documents and their terms (``items``, ``terms``
        as :func:`code_items` takes them), in reading order.
    themes : pandas.DataFrame or None, default None
        As :func:`code_items`.
    **options
        ``resources``, ``secondary_ratio``, ``min_score``, ``min_hits``,
        ``min_similarity``: as :func:`code_items`.

    Returns
    -------
    pandas.DataFrame
        The item_themes table, items in the order of the parts.
    """
    tables = list(item_theme_frames(parts, themes, **options))
    if not tables:
        return pd.DataFrame(columns=list(ITEM_THEME_COLUMNS))
    return pd.concat(tables, ignore_index=True) if len(tables) > 1 else tables[0]


def item_theme_frames(
    parts: Iterable[tuple[pd.DataFrame, pd.DataFrame]],
    themes: pd.DataFrame | None = None,
    *,
    resources: Resources | None = None,
    secondary_ratio: float = 0.7,
    min_score: float = 0.2,
    min_hits: int = 1,
    min_similarity: float = 0.1,
) -> Iterator[pd.DataFrame]:
    """The rows of :func:`code_item_parts` a part at a time (none when no unit is codable): a caller can
    write them as they come and never hold the table.

    Each part is read once: its seed-term hits are counted and its terms kept as
    integer codes (8 bytes a term), its texts let go. The weights and centroids are
    then computed from the codes, and the rows of each part in turn.

    Parameters
    ----------
    parts : iterable of (pandas.DataFrame, pandas.DataFrame)
        As :func:`code_item_parts`.
    themes, resources, secondary_ratio, min_score, min_hits, min_similarity
        As :func:`code_items`.

    Yields
    ------
    pandas.DataFrame
        The item_themes rows of the units of a part.
    """
    themes = (resources or load_resources()).themes if themes is None else themes
    seed_docs = [" ".join(s).split() for s in themes["seeds"]]
    vocabulary: dict[str, int] = {}
    coded = [_CodedPart.of(codable_items(items), terms, themes, vocabulary) for items, terms in parts]
    coded = [part for part in coded if part.n_units]
    if not coded:
        return
    columns, idf, seeds = _weights(coded, vocabulary, seed_docs)
    centroids = _centroids(coded, columns, idf, seeds)
    theme_ids = list(themes["theme_id"])
    coded.reverse()
    while coded:
        part = coded.pop()  # in reading order, each let go once its rows are made
        similarity = np.clip(np.asarray(part.tfidf(columns, idf) @ centroids.T), 0, 1)
        yield _coded_rows(part.doc_ids, part.item_ids, theme_ids, part.hits, similarity,
                          secondary_ratio=secondary_ratio, min_score=min_score, min_hits=min_hits,
                          min_similarity=min_similarity)


@dataclass
class _CodedPart:
    """What the coder keeps of a part: its units' ids, seed-term hits and terms as codes (unit row, term
    id in the order first met)."""

    doc_ids: np.ndarray
    item_ids: np.ndarray
    hits: np.ndarray
    rows: np.ndarray
    terms: np.ndarray

    @property
    def n_units(self) -> int:
        return len(self.item_ids)

    @classmethod
    def of(cls, units: pd.DataFrame, terms: pd.DataFrame, themes: pd.DataFrame, vocabulary: dict) -> "_CodedPart":
        hits = dictionary_hits(units, themes).to_numpy().astype(float) if len(units) else np.zeros((0, len(themes)))
        rows = _item_rows(units, terms)
        keep = rows >= 0
        codes, uniques = pd.factorize(terms["token"][keep])
        ids = np.array([vocabulary.setdefault(t, len(vocabulary)) for t in uniques.tolist()], dtype=np.int64)
        return cls(units["doc_id"].to_numpy(dtype=object), units["item_id"].to_numpy(dtype=object), hits,
                   rows[keep].astype(np.int32), ids[codes].astype(np.int32) if len(codes) else np.zeros(0, np.int32))

    def counts(self, columns: np.ndarray, n_columns: int):
        """Units × vocabulary: how often each term occurs in each unit."""
        from scipy import sparse

        counts = sparse.csr_matrix((np.ones(len(self.terms), dtype=np.int64), (self.rows, columns[self.terms])),
                                   shape=(self.n_units, n_columns))
        counts.sum_duplicates()
        return counts

    def tfidf(self, columns: np.ndarray, idf: np.ndarray):
        """The TF-IDF rows (sublinear tf, l2) of the part's units: a row depends on its unit alone, so the
        rows of a part are those of the whole corpus."""
        return _sublinear_tfidf(self.counts(columns, len(idf)), idf)


def _weights(parts: list[_CodedPart], vocabulary: dict, seed_docs: list[list[str]]):
    """Where each term id goes in the sorted vocabulary (the items' terms and the seed terms), the idf of
    each column over the units and the seed lists, and the seed lists' TF-IDF rows."""
    from scipy import sparse

    for t in (t for doc in seed_docs for t in doc):
        vocabulary.setdefault(t, len(vocabulary))
    words = np.array(list(vocabulary), dtype=object)
    order = np.argsort(words, kind="stable")  # ids in sorted order of their terms
    columns = np.empty(len(words), dtype=np.int64)
    columns[order] = np.arange(len(words))
    df = np.zeros(len(words), dtype=np.int64)
    for part in parts:
        df += np.bincount(part.counts(columns, len(words)).indices, minlength=len(words))
    seed_ids = np.array([vocabulary[t] for doc in seed_docs for t in doc], dtype=np.int64)
    seed_rows = np.repeat(np.arange(len(seed_docs)), [len(doc) for doc in seed_docs])
    seed_counts = sparse.csr_matrix((np.ones(len(seed_ids), dtype=np.int64), (seed_rows, columns[seed_ids])),
                                    shape=(len(seed_docs), len(words)))
    seed_counts.sum_duplicates()
    df += np.bincount(seed_counts.indices, minlength=len(words))
    idf = _idf(df, sum(part.n_units for part in parts) + len(seed_docs))
    return columns, idf, _sublinear_tfidf(seed_counts, idf)


def _centroids(parts: list[_CodedPart], columns: np.ndarray, idf: np.ndarray, seeds) -> np.ndarray:
    """Each theme's centroid, scaled to unit length: the mean of its seed row and of the mean of the units
    the dictionary codes to it (their TF-IDF rows summed one by one in reading order, as scipy's mean of
    the rows of the whole corpus sums them)."""
    member = [np.where(p.hits.max(axis=1) > 0, p.hits.argmax(axis=1), -1) for p in parts]
    n_members = np.bincount(np.concatenate([m[m >= 0] for m in member]), minlength=seeds.shape[0])
    sums = np.zeros((seeds.shape[0], len(idf)))
    for part, part_member in zip(parts, member):
        x = part.tfidf(columns, idf)
        for j in np.unique(part_member[part_member >= 0]).tolist():
            rows = x[part_member == j]
            np.add.at(sums[j], rows.indices, rows.data * (1.0 / n_members[j]))
    centroids = np.vstack([np.mean(np.vstack([seeds[j].toarray()] + ([sums[j][None, :]] if n_members[j] else [])),
                                   axis=0) for j in range(seeds.shape[0])])
    norms = np.sqrt(np.einsum("ij,ij->i", centroids, centroids))  # sklearn's normalize, as it computes it
    norms[norms < 10 * np.finfo(norms.dtype).eps] = 1.0
    return centroids / norms[:, None]


def _coded_rows(doc_ids: np.ndarray, item_ids: np.ndarray, theme_ids: list[str], h: np.ndarray,
                similarity: np.ndarray, *, secondary_ratio: float, min_score: float, min_hits: int,
                min_similarity: float) -> pd.DataFrame:
    """The item_themes rows of some items from their seed-term hits and centroid similarities."""
    score = np.round(0.5 * _scaled_by_row(h) + 0.5 * _scaled_by_row(similarity), 4)
    n_items = score.shape[0]
    primary = score.argmax(axis=1)  # ties: the first theme in the taxonomy
    is_primary = np.zeros_like(score, dtype=bool)
    is_primary[np.arange(n_items), primary] = True
    top = score[np.arange(n_items), primary][:, None]
    is_secondary = ~is_primary & (score >= secondary_ratio * top) & (score >= min_score)
    # Abstain where no theme has evidence: no seed term found and no centroid near.
    coded = (h.max(axis=1) >= min_hits) | (similarity.max(axis=1) >= min_similarity)
    keep = (is_primary | (score >= min_score)) & coded[:, None]
    rows, cols = np.nonzero(keep)  # row-major: items in order, themes in taxonomy order
    table = pd.DataFrame(
        {
            "doc_id": doc_ids[rows],
            "item_id": item_ids[rows],
            "theme": np.asarray(theme_ids, dtype=object)[cols],
            "score": score[rows, cols].astype(float),
            "is_primary": is_primary[rows, cols],
            "is_secondary": is_secondary[rows, cols],
            "dict_hits": h[rows, cols].astype(int),
            "similarity": np.round(similarity[rows, cols], 4).astype(float),
        },
        columns=list(ITEM_THEME_COLUMNS),
    )
    if coded.all():
        return table
    left = np.flatnonzero(~coded)
    unassigned = pd.DataFrame({
        "doc_id": doc_ids[left], "item_id": item_ids[left],
        "theme": UNASSIGNED, "score": 0.0, "is_primary": True, "is_secondary": False, "dict_hits": 0,
        "similarity": np.round(similarity[left].max(axis=1), 4).astype(float),
    }, columns=list(ITEM_THEME_COLUMNS))
    order = np.argsort(np.concatenate([rows, left]), kind="stable")  # items in reading order again
    return pd.concat([table, unassigned], ignore_index=True).iloc[order].reset_index(drop=True)
