"""Keywords: document-feature matrices, frequencies, keyness, collocations, KWIC, style.

The nouns follow quanteda: tokens (the tokens table) → a document-feature
matrix (:class:`DocumentFeatureMatrix`, sparse, features sorted) → statistics
that return plain tables:

``term_frequencies``     counts, per 10,000 tokens, document frequency and TF-IDF
``keyness``              log-likelihood G² with p-value and log ratio, target vs reference
``keyness_by_document``  each document's most over-used terms against the rest, all in one pass
``collocations``         adjacent word n-grams ranked by an association measure
``kwic``                 every occurrence of a term or phrase with its context and ids
``term_occurrences``     every occurrence of chosen terms in the tokens, also inside longer words
``term_rates``           the rate of chosen terms per 10,000 terms, per document (or year …)
``boilerplate_profile``  the share of plan boilerplate (加强, 推进 …) per document
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
from scipy import sparse

__all__ = [
    "DocumentFeatureMatrix",
    "select_tokens",
    "sorted_codes",
    "dfm",
    "smooth_tfidf",
    "term_frequencies",
    "keyness",
    "keyness_by_document",
    "collocations",
    "kwic",
    "term_occurrences",
    "term_rates",
    "boilerplate_profile",
    "most_variable_terms",
    "wordcloud_frequencies",
]

_RE_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class DocumentFeatureMatrix:
    """Counts of features (terms) in documents (or items): a sparse matrix with sorted features.

    :func:`dfm` builds one from a tokens table; the statistics of this module
    take it and return plain tables.

    Parameters
    ----------
    counts : scipy.sparse.csr_matrix
        The counts: one row per document, one column per feature.
    docs : tuple of str
        The document (or item) ids of the rows, in row order.
    features : tuple of str
        The features (terms) of the columns, in column order (sorted when
        built by :func:`dfm`).

    Examples
    --------
    >>> m = DocumentFeatureMatrix(sparse.csr_matrix([[2, 0], [1, 3]]), ("a", "b"), ("工会", "职工"))
    >>> m.to_frame().loc["b"].tolist()
    [1, 3]
    """

    counts: sparse.csr_matrix
    docs: tuple[str, ...]
    features: tuple[str, ...]

    def to_frame(self) -> pd.DataFrame:
        """The matrix as a dense DataFrame (documents × features).

        Returns
        -------
        pandas.DataFrame
            The counts, indexed by document id, with one column per feature.
        """
        return pd.DataFrame(self.counts.toarray(), index=list(self.docs), columns=list(self.features))

    def subset(self, docs: list[str]) -> "DocumentFeatureMatrix":
        """The rows of ``docs``, in the order given.

        Parameters
        ----------
        docs : list of str
            Document ids of the matrix.

        Returns
        -------
        DocumentFeatureMatrix
            The matrix of those rows, with the same features.

        Raises
        ------
        KeyError
            When a document is not in the matrix (the message names it).

        Examples
        --------
        >>> m = DocumentFeatureMatrix(sparse.csr_matrix([[2, 0], [1, 3]]), ("a", "b"), ("工会", "职工"))
        >>> m.subset(["b", "a"]).counts.toarray().tolist()
        [[1, 3], [2, 0]]
        """
        position = {d: i for i, d in enumerate(self.docs)}
        unknown = [d for d in docs if d not in position]
        if unknown:
            raise KeyError(
                f"no document {', '.join(map(repr, unknown[:3]))} in the matrix; it holds "
                f"{', '.join(map(repr, self.docs[:5]))}{' …' if len(self.docs) > 5 else ''} (check DOCUMENTS or the doc_id)"
            )
        index = [position[d] for d in docs]
        return DocumentFeatureMatrix(self.counts[index], tuple(docs), self.features)


def select_tokens(
    tokens: pd.DataFrame,
    *,
    drop_stopwords: bool = True,
    drop_boilerplate: bool = True,
    drop_numbers: bool = True,
    min_chars: int = 2,
    extra_stopwords: frozenset[str] | set[str] | list[str] = (),
) -> pd.DataFrame:
    """The word tokens that count as terms, by the options given.

    Only word tokens (``is_word``) count: punctuation never does.

    Parameters
    ----------
    tokens : pandas.DataFrame
        A tokens table; needs ``token``, ``is_word``, ``is_stopword`` and
        ``is_boilerplate``.
    drop_stopwords : bool, default True
        Leave out the tokens marked ``is_stopword``.
    drop_boilerplate : bool, default True
        Leave out the tokens marked ``is_boilerplate`` (加强, 推进 …).
    drop_numbers : bool, default True
        Leave out the tokens that hold a digit.
    min_chars : int, default 2
        Leave out the tokens shorter than this many characters.
    extra_stopwords : set, frozenset or list of str, default ()
        Further tokens to leave out.

    Returns
    -------
    pandas.DataFrame
        The rows of ``tokens`` that count as terms (index kept).

    Examples
    --------
    >>> tokens = pd.DataFrame({"token": ["全年", "新建", "职工之家", "10", "家"], "is_word": True,
    ...                        "is_stopword": False, "is_boilerplate": [False, True, False, False, False]})
    >>> select_tokens(tokens)["token"].tolist()
    ['全年', '职工之家']
    """
    keep = tokens["is_word"].to_numpy(copy=True)
    if drop_stopwords:
        keep &= ~tokens["is_stopword"].to_numpy()
    if drop_boilerplate:
        keep &= ~tokens["is_boilerplate"].to_numpy()
    # The remaining tests depend on the token only: decide them once per distinct token.
    codes, vocabulary = pd.factorize(tokens["token"])
    vocabulary = vocabulary.tolist()
    extra = set(extra_stopwords)
    dropped = np.array(
        [(drop_numbers and _RE_DIGIT.search(t) is not None) or len(t) < min_chars or t in extra for t in vocabulary],
        dtype=bool,
    )
    if len(codes):
        keep &= ~dropped[codes]
    return tokens[keep]


def sorted_codes(values: pd.Series) -> tuple[np.ndarray, tuple[str, ...]]:
    """Integer codes of ``values`` into their sorted distinct values, and those values.

    Parameters
    ----------
    values : pandas.Series
        The values to encode (strings, as document ids or tokens).

    Returns
    -------
    codes : numpy.ndarray
        For each value, the position of its value among the sorted distinct values.
    uniques : tuple of str
        The distinct values, sorted.

    Examples
    --------
    >>> sorted_codes(pd.Series(["b", "a", "b"]))
    (array([1, 0, 1]), ('a', 'b'))
    """
    codes, uniques = pd.factorize(values)
    uniques = uniques.tolist()
    order = sorted(range(len(uniques)), key=uniques.__getitem__)
    rank = np.empty(len(uniques), dtype=np.int64)
    rank[order] = np.arange(len(uniques))
    return rank[codes], tuple(uniques[i] for i in order)


def dfm(terms: pd.DataFrame, *, by: Literal["doc_id", "item_id"] = "doc_id") -> DocumentFeatureMatrix:
    """Count terms per document (``by="doc_id"``) or per item (``by="item_id"``).

    Documents and features are sorted, so the matrix is the same on every run.

    Parameters
    ----------
    terms : pandas.DataFrame
        A tokens table, usually filtered by :func:`select_tokens`; needs
        ``token`` and the column named by ``by``.
    by : {"doc_id", "item_id"}, default "doc_id"
        The column whose values are the rows of the matrix.

    Returns
    -------
    DocumentFeatureMatrix
        The count of each term in each document (or item).

    Examples
    --------
    >>> m = dfm(pd.DataFrame({"doc_id": ["b", "a", "b"], "token": ["职工", "工会", "职工"]}))
    >>> m.docs, m.features, m.counts.toarray().tolist()
    (('a', 'b'), ('工会', '职工'), [[1, 0], [0, 2]])
    """
    rows, docs = sorted_codes(terms[by])
    cols, features = sorted_codes(terms["token"])
    counts = sparse.csr_matrix(
        (np.ones(len(terms), dtype=np.int64), (rows, cols)), shape=(len(docs), len(features))
    )
    counts.sum_duplicates()
    return DocumentFeatureMatrix(counts, docs, features)


def smooth_tfidf(counts: sparse.spmatrix) -> sparse.csr_matrix:
    """TF-IDF of a count matrix as ``sklearn.feature_extraction.text.TfidfTransformer()`` gives it.

    idf = ln((1 + n) / (1 + df)) + 1 over n documents, each count times its term's idf, each row
    divided by its Euclidean norm (its squares summed one after another, in column order, as
    scikit-learn's row normalisation sums them), so the values are scikit-learn's to the last bit.

    Parameters
    ----------
    counts : scipy.sparse matrix
        Documents × terms counts.

    Returns
    -------
    scipy.sparse.csr_matrix
        The weights (float64), rows of norm 1 (rows without counts stay empty).

    Examples
    --------
    >>> smooth_tfidf(sparse.csr_matrix([[3, 0], [1, 1]])).toarray().round(4).tolist()
    [[1.0, 0.0], [0.5797, 0.8148]]
    """
    x = sparse.csr_matrix(counts, dtype=np.float64, copy=True)
    x.sum_duplicates()
    x.sort_indices()
    n_docs = x.shape[0] + 1.0
    doc_freq = np.bincount(x.indices, minlength=x.shape[1]).astype(np.float64) + 1.0
    idf = np.full_like(doc_freq, n_docs)
    idf /= doc_freq
    np.log(idf, out=idf)
    idf += 1.0
    x.data *= idf[x.indices]
    squares = x.data * x.data
    lengths = np.diff(x.indptr)
    longest_first = np.argsort(-lengths, kind="stable")
    starts, descending = x.indptr[:-1][longest_first], lengths[longest_first]
    totals = np.zeros(len(lengths))
    # The k-th square of every row that has one, added at step k: each row summed in order, as scikit-learn's
    # loop sums it, while all rows move together; the rows still going are a prefix, so the work is linear.
    for k in range(int(descending[0]) if len(descending) else 0):
        going = int(np.searchsorted(-descending, -k, side="left"))
        totals[:going] += squares[starts[:going] + k]
    norms = np.zeros(len(lengths))
    norms[longest_first] = np.sqrt(totals)
    row_norms = np.repeat(norms, lengths)
    nonzero = row_norms != 0
    x.data[nonzero] /= row_norms[nonzero]
    return x


def term_frequencies(matrix: DocumentFeatureMatrix) -> pd.DataFrame:
    """Long table of term frequencies: counts, rates, document frequency and TF-IDF per document.

    TF-IDF is scikit-learn's ``TfidfTransformer`` (smooth idf, l2-normalised per document), computed
    here in the same order of operations (:func:`smooth_tfidf`), which spares a notebook the two seconds
    of importing scikit-learn.

    Parameters
    ----------
    matrix : DocumentFeatureMatrix
        Counts of terms in documents (:func:`dfm`).

    Returns
    -------
    pandas.DataFrame
        One row per term a document uses: ``doc_id``, ``term``, ``count``,
        ``per_10k`` (per 10,000 terms of the document, 2 decimals),
        ``doc_freq`` (the number of documents that use the term) and
        ``tfidf`` (4 decimals). Sorted by document, then count (highest
        first), then term.
    """
    tfidf = smooth_tfidf(matrix.counts)
    coo = matrix.counts.tocoo()
    totals = np.asarray(matrix.counts.sum(axis=1)).ravel()
    doc_freq = np.asarray((matrix.counts > 0).sum(axis=0)).ravel()
    tfidf = tfidf.tocoo()
    if np.array_equal(tfidf.row, coo.row) and np.array_equal(tfidf.col, coo.col):
        weights = tfidf.data  # same sparsity pattern, same order: no lookup needed
    else:
        weights = np.asarray(tfidf.tocsr()[coo.row, coo.col]).ravel()
    order = np.lexsort((coo.col, -coo.data, coo.row))  # doc, count down, term (codes are sorted)
    row, col, count = coo.row[order], coo.col[order], coo.data[order]
    return pd.DataFrame(
        {
            "doc_id": np.asarray(matrix.docs, dtype=object)[row],
            "term": np.asarray(matrix.features, dtype=object)[col],
            "count": count,
            "per_10k": np.round(count / totals[row] * 10_000, 2),
            "doc_freq": doc_freq[col],
            "tfidf": np.round(weights[order], 4),
        }
    ).astype({"doc_id": "str", "term": "str"})


def keyness(
    matrix: DocumentFeatureMatrix,
    target: str | list[str],
    reference: list[str] | None = None,
    *,
    min_count: int = 2,
) -> pd.DataFrame:
    """Keyness of every term for ``target`` against ``reference`` (default: all other documents).

    The statistic is Dunning's log-likelihood G², signed by the direction of
    the difference.

    Parameters
    ----------
    matrix : DocumentFeatureMatrix
        Counts of terms in documents (:func:`dfm`).
    target : str or list of str
        The target document, or several documents counted together.
    reference : list of str or None, default None
        The reference documents, counted together; ``None`` means every
        document of the matrix that is not a target.
    min_count : int, default 2
        Terms with fewer occurrences in target and reference together are
        left out.

    Returns
    -------
    pandas.DataFrame
        One row per term: ``term``, ``target_count``, ``reference_count``,
        ``g2`` (signed: negative when the target uses the term less than
        expected), ``p`` (the p-value of the G² shown, 3 decimals, under
        chi-squared with 1 degree of freedom) and ``log_ratio`` (Hardie's log2 ratio of relative
        frequencies, 0.5 put for zero counts). Sorted by ``g2``, most
        distinctive first, ties by term.

    Raises
    ------
    ValueError
        When no reference document is left.
    KeyError
        When a target or reference document is not in the matrix.

    Examples
    --------
    >>> m = DocumentFeatureMatrix(sparse.csr_matrix([[10, 1], [1, 10]]), ("a", "b"), ("工会", "职工"))
    >>> keyness(m, "a")[["term", "target_count", "reference_count"]].values.tolist()
    [['工会', 10, 1], ['职工', 1, 10]]
    """
    from scipy.special import chdtrc  # the chi-squared survival function, what scipy.stats.chi2.sf computes

    targets = [target] if isinstance(target, str) else list(target)
    rest = reference is None
    reference = [d for d in matrix.docs if d not in targets] if rest else list(reference)
    if not reference:
        raise ValueError("keyness needs at least one reference document besides the target")
    a = np.asarray(matrix.subset(targets).counts.sum(axis=0)).ravel().astype(float)
    if rest:  # the rest of the corpus: all counts less the target's (no pass over the other rows)
        b = np.asarray(matrix.counts.sum(axis=0)).ravel().astype(float) - a
    else:
        b = np.asarray(matrix.subset(reference).counts.sum(axis=0)).ravel().astype(float)
    g2, over, log_ratio = _log_likelihood(a, b, a.sum(), b.sum())
    sign = np.where(over, 1, -1)
    out = pd.DataFrame(
        {
            "term": matrix.features,
            "target_count": a.astype(int),
            "reference_count": b.astype(int),
            "g2": np.round(sign * g2, 3),
            "p": chdtrc(1, np.round(g2, 3)),  # of the G² shown: the same on every machine (np.log's last bit is not)
            "log_ratio": np.round(log_ratio, 3),
        }
    )
    out = out[(out["target_count"] + out["reference_count"]) >= min_count]
    return out.sort_values(["g2", "term"], ascending=[False, True]).reset_index(drop=True)


def _log_likelihood(a, b, n1, n2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Dunning's G² (unsigned) of counts ``a`` in ``n1`` tokens against ``b`` in ``n2``, whether the
    target uses the term at least as often as the reference, and Hardie's log2 ratio (0.5 for zero counts)."""
    e1 = n1 * (a + b) / (n1 + n2)
    e2 = n2 * (a + b) / (n1 + n2)
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2 * (np.where(a > 0, a * np.log(a / e1), 0) + np.where(b > 0, b * np.log(b / e2), 0))
        over = a / n1 >= b / n2
        log_ratio = np.log2((np.where(a > 0, a, 0.5) / n1) / (np.where(b > 0, b, 0.5) / n2))
    return g2, over, log_ratio


def keyness_by_document(matrix: DocumentFeatureMatrix, *, n: int = 10, min_count: int = 2) -> pd.DataFrame:
    """The ``n`` most over-used terms (G² > 0) of every document against the rest, in one pass.

    The same numbers as :func:`keyness` with the default reference, computed
    for all documents at once on the matrix's nonzero counts (a term a document
    does not use cannot be over-used by it), so it stays fast for thousands of
    plans.

    Parameters
    ----------
    matrix : DocumentFeatureMatrix
        Counts of terms in documents (:func:`dfm`).
    n : int, default 10
        The number of terms kept per document.
    min_count : int, default 2
        Terms with fewer occurrences in the whole matrix are left out.

    Returns
    -------
    pandas.DataFrame
        Up to ``n`` rows per document: ``doc_id``, ``rank`` (1 for the most
        over-used term), ``term``, ``target_count``, ``reference_count``,
        ``g2``, ``p`` and ``log_ratio`` as in :func:`keyness`. Sorted by
        document, then ``g2`` (highest first); ties in ``g2`` broken by term.

    Raises
    ------
    ValueError
        When the matrix has fewer than two documents.

    Examples
    --------
    >>> m = DocumentFeatureMatrix(sparse.csr_matrix([[10, 1], [1, 10]]), ("a", "b"), ("工会", "职工"))
    >>> keyness_by_document(m, n=1)[["doc_id", "term", "target_count", "reference_count"]].values.tolist()
    [['a', '工会', 10, 1], ['b', '职工', 10, 1]]
    """
    from scipy.special import chdtrc  # the chi-squared survival function, what scipy.stats.chi2.sf computes

    if len(matrix.docs) < 2:
        raise ValueError("keyness needs at least one reference document besides the target")
    coo = matrix.counts.tocoo()
    a = coo.data.astype(float)
    term_total = np.asarray(matrix.counts.sum(axis=0)).ravel().astype(float)
    doc_total = np.asarray(matrix.counts.sum(axis=1)).ravel().astype(float)
    b = term_total[coo.col] - a
    n1 = doc_total[coo.row]
    g2, over, log_ratio = _log_likelihood(a, b, n1, doc_total.sum() - n1)
    keep = np.flatnonzero(over & ((a + b) >= min_count) & (np.round(g2, 3) > 0))
    # Docs and features are sorted, so their codes order them: doc, then g2 down, then term.
    keep = keep[np.lexsort((coo.col[keep], -np.round(g2[keep], 3), coo.row[keep]))]
    rank = _rank_within(coo.row[keep])
    keep, rank = keep[rank <= n], rank[rank <= n]
    return pd.DataFrame(
        {
            "doc_id": np.asarray(matrix.docs, dtype=object)[coo.row[keep]],
            "rank": rank,
            "term": np.asarray(matrix.features, dtype=object)[coo.col[keep]],
            "target_count": a[keep].astype(int),
            "reference_count": b[keep].astype(int),
            "g2": np.round(g2[keep], 3),
            "p": chdtrc(1, np.round(g2[keep], 3)),
            "log_ratio": np.round(log_ratio[keep], 3),
        }
    ).astype({"doc_id": "str", "term": "str"})


def _rank_within(groups: np.ndarray) -> np.ndarray:
    """1, 2, 3 … within each run of equal values of ``groups`` (sorted)."""
    if not len(groups):
        return np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    return np.arange(len(groups)) - np.repeat(starts, np.diff(np.r_[starts, len(groups)])) + 1


def collocations(
    tokens: pd.DataFrame,
    *,
    size: int = 2,
    min_count: int = 3,
    drop_stopwords: bool = True,
) -> pd.DataFrame:
    """Adjacent word n-grams ranked by association.

    N-grams never cross punctuation or stopwords (when dropped) and stay
    inside one item.

    Parameters
    ----------
    tokens : pandas.DataFrame
        A tokens table, in reading order within each item; needs ``item_id``,
        ``token``, ``is_word`` and ``is_stopword``.
    size : int, default 2
        The number of words in an n-gram.
    min_count : int, default 3
        N-grams occurring fewer times are left out.
    drop_stopwords : bool, default True
        Stopwords break n-grams, as punctuation does.

    Returns
    -------
    pandas.DataFrame
        One row per n-gram: ``collocation`` (its tokens joined by spaces),
        ``joined`` (as one string, ready for the dictionary), ``count``,
        ``pmi`` (log2 of observed over expected under independence, 3
        decimals) and ``g2`` (for bigrams, Dunning's log-likelihood; for
        longer n-grams, the G² of the n-gram against its first n-1 words and
        last word; 3 decimals). Sorted by ``g2``, then ``count``, both highest
        first, then collocation.

    Examples
    --------
    >>> tokens = pd.DataFrame({"item_id": "i", "token": ["职工", "之家", "，", "职工", "之家"],
    ...                        "is_word": [True, True, False, True, True], "is_stopword": False})
    >>> collocations(tokens, min_count=2)[["collocation", "joined", "count"]].values.tolist()
    [['职工 之家', '职工之家', 2]]
    """
    boundary = (~tokens["is_word"] | (tokens["is_stopword"] if drop_stopwords else False)).to_numpy(dtype=bool)
    codes, vocabulary = pd.factorize(tokens["token"])
    item_codes, _ = pd.factorize(tokens["item_id"])
    run = _run_lengths(~boundary, item_codes)  # words in a row ending at each token, within its item
    total = int((~boundary).sum())
    unigram = np.bincount(codes[~boundary], minlength=len(vocabulary))
    grams, gram_counts = _ngram_counts(codes, run, size)
    heads, head_counts = _ngram_counts(codes, run, size - 1) if size > 1 else (np.zeros((0, 0), np.int64), [])
    prefix = {tuple(h): int(c) for h, c in zip(heads.tolist(), head_counts)}
    rows = []
    for gram_codes, count in zip(grams.tolist(), gram_counts.tolist()):
        if count < min_count:
            continue
        gram = tuple(vocabulary[c] for c in gram_codes)
        expected = total * math.prod(int(unigram[c]) / total for c in gram_codes)
        pmi = math.log2(count / expected)
        head, last = tuple(gram_codes[:-1]), gram_codes[-1]
        g2 = _g2_2x2(count, prefix.get(head, count) - count, int(unigram[last]) - count, total)
        rows.append((" ".join(gram), "".join(gram), count, round(pmi, 3), round(g2, 3)))
    out = pd.DataFrame(rows, columns=["collocation", "joined", "count", "pmi", "g2"])
    return out.sort_values(["g2", "count", "collocation"], ascending=[False, False, True]).reset_index(drop=True)


def _g2_2x2(k11: float, k12: float, k21: float, n: float) -> float:
    """Dunning's G² for a 2×2 table of co-occurrence counts."""
    k22 = max(n - k11 - k12 - k21, 0)
    table = np.array([[k11, k12], [k21, k22]], dtype=float)
    rows, cols = table.sum(axis=1), table.sum(axis=0)
    expected = np.outer(rows, cols) / table.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(table > 0, table * np.log(table / expected), 0)
    return float(2 * terms.sum())


def kwic(items: pd.DataFrame, pattern: str, *, window: int = 20, regex: bool = False) -> pd.DataFrame:
    """Every occurrence of ``pattern`` in the items, with its left and right context.

    Matching is on the cleaned text (characters, not tokens), so phrases such
    as 产业工人队伍建设 are found whatever the segmentation.

    Parameters
    ----------
    items : pandas.DataFrame
        An items table; needs ``doc_id``, ``item_id``, ``text`` and ``start``
        (the item's offset in the cleaned document).
    pattern : str
        The text to find, or a regular expression when ``regex`` is true.
    window : int, default 20
        The characters of context on each side (within the item).
    regex : bool, default False
        Read ``pattern`` as a regular expression instead of literal text.

    Returns
    -------
    pandas.DataFrame
        One row per occurrence: ``doc_id``, ``item_id``, ``start``, ``end``
        (offsets in the cleaned document), ``left``, ``match`` and ``right``
        (line breaks in the context shown as spaces).

    Examples
    --------
    >>> items = pd.DataFrame({"doc_id": ["d"], "item_id": ["d:1.1"], "text": ["加强职工之家建设，建好职工之家。"], "start": [100]})
    >>> kwic(items, "职工之家", window=3)[["start", "left", "match", "right"]].values.tolist()
    [[102, '加强', '职工之家', '建设，'], [111, '，建好', '职工之家', '。']]
    """
    regex_obj = re.compile(pattern if regex else re.escape(pattern))
    rows = []
    for doc_id, item_id, text, start in items[["doc_id", "item_id", "text", "start"]].itertuples(index=False):
        for m in regex_obj.finditer(text):
            left = text[max(0, m.start() - window):m.start()].replace("\n", " ")
            right = text[m.end():m.end() + window].replace("\n", " ")
            rows.append((doc_id, item_id, int(start) + m.start(), int(start) + m.end(), left, m.group(0), right))
    return pd.DataFrame(rows, columns=["doc_id", "item_id", "start", "end", "left", "match", "right"])


TermMatch = Literal["within", "token"]


def term_occurrences(tokens: pd.DataFrame, terms, *, match: TermMatch = "within") -> pd.DataFrame:
    """Every occurrence of the chosen terms in the tokens, with its ids and offsets.

    The segmentation keeps compounds of the dictionary whole (疫情防控,
    劳模创新工作室), so a term asked for by a reader (疫情, 创新) is often
    inside a longer token. With ``match="within"`` each occurrence of the term
    inside a token counts (疫情 once in 疫情防控, twice in 疫情…疫情 if a token
    held it twice): what a reader finds by searching the text, except where the
    segmentation cut the term itself in two. With ``match="token"`` only tokens
    equal to the term count (the unit of the frequency tables and keyness).

    Parameters
    ----------
    tokens : pandas.DataFrame
        Tokens (all, or the terms :func:`select_tokens` kept); needs
        ``doc_id``, ``item_id``, ``token`` and ``start``.
    terms : iterable of str
        The terms to find (duplicates and empty strings are ignored).
    match : {"within", "token"}, default "within"
        As above.

    Returns
    -------
    pandas.DataFrame
        One row per occurrence: ``doc_id``, ``item_id``, ``term``, ``token``
        (the token it is in), ``start`` and ``end`` (offsets of the term in the
        cleaned document). Sorted by document, start and term.

    Raises
    ------
    ValueError
        When ``match`` is neither "within" nor "token".

    Examples
    --------
    >>> tokens = pd.DataFrame({"doc_id": "a", "item_id": "a:1", "token": ["疫情", "疫情防控", "工作"], "start": [0, 10, 14]})
    >>> term_occurrences(tokens, ["疫情"])[["term", "token", "start"]].values.tolist()
    [['疫情', '疫情', 0], ['疫情', '疫情防控', 10]]
    >>> len(term_occurrences(tokens, ["疫情"], match="token"))
    1
    """
    if match not in ("within", "token"):
        raise ValueError(f'match must be "within" or "token", not {match!r}')
    wanted = sorted({t for t in terms if t})
    columns = ["doc_id", "item_id", "term", "token", "start", "end"]
    rows = []
    for term in wanted:
        if match == "token":
            hits = tokens.loc[tokens["token"] == term, ["doc_id", "item_id", "token", "start"]]
            rows += [(d, i, term, tok, int(s), int(s) + len(term)) for d, i, tok, s in hits.itertuples(index=False)]
            continue
        hits = tokens.loc[tokens["token"].str.contains(term, regex=False), ["doc_id", "item_id", "token", "start"]]
        for d, i, tok, s in hits.itertuples(index=False):
            at = tok.find(term)
            while at >= 0:  # non-overlapping, left to right, as str.count
                rows.append((d, i, term, tok, int(s) + at, int(s) + at + len(term)))
                at = tok.find(term, at + len(term))
    out = pd.DataFrame(rows, columns=columns).astype({"doc_id": str, "item_id": str, "term": str, "token": str})
    out = out.astype({"start": "int64", "end": "int64"})
    return out.sort_values(["doc_id", "start", "term"], kind="stable").reset_index(drop=True)


def term_rates(terms_tokens: pd.DataFrame, terms, *, match: TermMatch = "within", by: str = "doc_id") -> pd.DataFrame:
    """How often each chosen term occurs in each group, per 10,000 terms of the group.

    Parameters
    ----------
    terms_tokens : pandas.DataFrame
        The tokens that count as terms (:func:`select_tokens`): the denominator,
        and where the terms are looked for. Needs ``token`` and the column ``by``.
    terms : iterable of str
        The chosen terms; each gets a row in every group (count 0 where absent).
    match : {"within", "token"}, default "within"
        As in :func:`term_occurrences`: ``"within"`` counts a term inside longer
        tokens too (疫情 in 疫情防控).
    by : str, default "doc_id"
        The column whose values are the groups (``doc_id``, or a year column the
        caller added).

    Returns
    -------
    pandas.DataFrame
        One row per group and term: ``by``, ``term``, ``count``, ``total`` (the
        group's terms) and ``per_10k`` (2 decimals, as
        :func:`term_frequencies`). Groups in sorted order, terms in sorted order.

    Examples
    --------
    >>> tokens = pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "item_id": "x", "start": 0,
    ...                        "token": ["疫情", "疫情防控", "工作", "工作"]})
    >>> term_rates(tokens, ["疫情"])[["doc_id", "count", "total", "per_10k"]].values.tolist()
    [['a', 2, 3, 6666.67], ['b', 0, 1, 0.0]]
    """
    wanted = sorted({t for t in terms if t})
    if match not in ("within", "token"):
        raise ValueError(f'match must be "within" or "token", not {match!r}')
    group = terms_tokens[by]
    totals = group.groupby(group).size()
    token = terms_tokens["token"].astype(str)
    per_term = {term: (token.str.count(re.escape(term)) if match == "within" else (token == term).astype(int))
                for term in wanted}  # str.count: non-overlapping, as term_occurrences
    counts = pd.DataFrame(per_term, index=terms_tokens.index, columns=wanted).groupby(group).sum()
    counts = counts.reindex(index=totals.index, fill_value=0).rename_axis(index=by, columns="term")
    out = counts.stack().rename("count").reset_index()
    out["total"] = out[by].map(totals).astype(int)
    out["per_10k"] = (out["count"] / out["total"] * 10_000).round(2)
    return out.astype({"term": str, "count": int})


def _run_lengths(valid: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """For each position, how many valid positions in a row end there within its group (0 where invalid)."""
    n = len(valid)
    if not n:
        return np.zeros(0, dtype=np.int64)
    starts = np.ones(n, dtype=bool)
    starts[1:] = (groups[1:] != groups[:-1]) | ~valid[:-1]  # a run restarts after an invalid one or a new group
    index = np.arange(n)
    last_start = np.maximum.accumulate(np.where(starts, index, 0))
    return np.where(valid, index - last_start + 1, 0)


def _ngram_counts(codes: np.ndarray, run: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct n-grams of ``size`` codes that end where ``run`` reaches ``size``, and their counts."""
    ends = np.flatnonzero(run >= size)
    if not len(ends):
        return np.zeros((0, size), dtype=np.int64), np.zeros(0, dtype=np.int64)
    windows = np.stack([codes[ends - size + 1 + k] for k in range(size)], axis=1)
    return np.unique(windows, axis=0, return_counts=True)


def boilerplate_profile(tokens: pd.DataFrame, *, top: int = 5) -> pd.DataFrame:
    """Per document: word tokens, boilerplate tokens, their share per 100 words, and the most used ones.

    Parameters
    ----------
    tokens : pandas.DataFrame
        A tokens table; needs ``doc_id``, ``token``, ``is_word`` and
        ``is_boilerplate``.
    top : int, default 5
        The number of boilerplate tokens listed per document.

    Returns
    -------
    pandas.DataFrame
        One row per document: ``doc_id``, ``words`` (word tokens),
        ``boilerplate`` (boilerplate tokens), ``per_100_words`` (2 decimals)
        and ``most_used`` (the ``top`` most used boilerplate tokens with their
        counts, as 加强(2)、推进(1); ties in lexical order; missing when the
        document has none).

    Examples
    --------
    >>> tokens = pd.DataFrame({"doc_id": "d", "token": ["加强", "职工之家", "加强", "推进"], "is_word": True,
    ...                        "is_boilerplate": [True, False, True, True]})
    >>> boilerplate_profile(tokens).values.tolist()
    [['d', 4, 3, 75.0, '加强(2)、推进(1)']]
    """
    words = tokens[tokens["is_word"]]
    grouped = words.groupby("doc_id")
    out = pd.DataFrame(
        {
            "words": grouped.size(),
            "boilerplate": grouped["is_boilerplate"].sum().astype(int),
        }
    )
    out["per_100_words"] = (out["boilerplate"] / out["words"] * 100).round(2)
    bp = words[words["is_boilerplate"]]
    out["most_used"] = bp.groupby("doc_id")["token"].agg(
        lambda s: "、".join(f"{t}({n})" for t, n in s.value_counts().sort_index().sort_values(ascending=False, kind="stable").head(top).items())
    )
    return out.reset_index()


def most_variable_terms(freq: pd.DataFrame, *, n: int = 30, min_docs: int = 2) -> pd.DataFrame:
    """Documents × terms (per 10,000) for the ``n`` terms whose rate varies most across documents.

    Variation is the standard deviation of the per-10,000 rate (0 where a
    document lacks the term).

    Parameters
    ----------
    freq : pandas.DataFrame
        Term frequencies (:func:`term_frequencies`); needs ``doc_id``,
        ``term`` and ``per_10k``.
    n : int, default 30
        The number of terms kept.
    min_docs : int, default 2
        Terms used in fewer documents are left out.

    Returns
    -------
    pandas.DataFrame
        The rate per 10,000 terms, one row per document (index ``doc_id``)
        and one column per term; terms ordered by variation (highest first),
        ties lexically.

    Examples
    --------
    >>> freq = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "term": ["职工", "工会", "职工", "工会"],
    ...                      "per_10k": [5.0, 10.0, 5.0, 2.0]})
    >>> most_variable_terms(freq).columns.tolist()
    ['工会', '职工']
    """
    wide = freq.pivot_table(index="doc_id", columns="term", values="per_10k", fill_value=0)
    present = (wide > 0).sum()
    wide = wide.loc[:, present >= min_docs]
    spread = wide.std(ddof=0).round(6)
    order = sorted(spread.index, key=lambda t: (-spread[t], t))[:n]
    return wide[order]


def wordcloud_frequencies(freq: pd.DataFrame, doc_id: str, *, n: int = 80) -> dict[str, int]:
    """The ``n`` most frequent terms of ``doc_id`` as a dict for ``wordcloud`` (ties broken lexically).

    Parameters
    ----------
    freq : pandas.DataFrame
        Term frequencies (:func:`term_frequencies`); needs ``doc_id``,
        ``term`` and ``count``.
    doc_id : str
        The document.
    n : int, default 80
        The number of terms kept.

    Returns
    -------
    dict of str to int
        Term → count, most frequent first; empty when the document is not in
        ``freq``.

    Examples
    --------
    >>> freq = pd.DataFrame({"doc_id": ["a", "a", "b"], "term": ["职工", "工会", "工会"], "count": [3, 3, 1]})
    >>> wordcloud_frequencies(freq, "a", n=1)
    {'工会': 3}
    """
    part = freq[freq["doc_id"] == doc_id].sort_values(["count", "term"], ascending=[False, True]).head(n)
    return dict(zip(part["term"], part["count"].astype(int)))
