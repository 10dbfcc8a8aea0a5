"""How alike are plans, and which items correspond: similarity, clustering, item matching.

``document_similarity``  cosine similarity of plans on TF-IDF vectors (symmetric, in [0, 1])
``jaccard_similarity``   Jaccard similarity of plans' top-term sets
``similarity_pairs``     every pair of plans with its value in each similarity matrix
``cluster_order``        hierarchical clustering of plans on 1 − similarity
``match_items``          item-to-item similarity of two plans, one-to-one (Hungarian) when asked
``nearest_plans``        each plan's k most similar plans from sparse products (no plan × plan matrix)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .keywords import DocumentFeatureMatrix

__all__ = ["document_similarity", "jaccard_similarity", "similarity_pairs", "cluster_order", "match_items", "nearest_plans"]


def document_similarity(matrix: DocumentFeatureMatrix) -> pd.DataFrame:
    """Cosine similarity of plans on TF-IDF vectors (symmetric, 1 on the diagonal, in [0, 1]).

    TF-IDF is scikit-learn's with sublinear term frequency (1 + log count),
    smooth idf and l2 normalisation.

    Parameters
    ----------
    matrix : DocumentFeatureMatrix
        Counts of terms in plans (:func:`analysis.keywords.dfm`).

    Returns
    -------
    pandas.DataFrame
        The similarity of every pair of plans (6 decimals), with the doc ids
        as index and columns, in the matrix's order.
    """
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.metrics.pairwise import cosine_similarity

    x = TfidfTransformer(sublinear_tf=True).fit_transform(matrix.counts)
    sim = np.clip(cosine_similarity(x), 0, 1)
    sim = (sim + sim.T) / 2
    np.fill_diagonal(sim, 1.0)
    return pd.DataFrame(sim.round(6), index=list(matrix.docs), columns=list(matrix.docs))


def jaccard_similarity(freq: pd.DataFrame, *, top_k: int = 100) -> pd.DataFrame:
    """Jaccard similarity of plans' top-``top_k`` term sets (ties broken lexically).

    Intersections come from one sparse product of the plan × term incidence
    matrix, so no pair of plans is compared in Python.

    Parameters
    ----------
    freq : pandas.DataFrame
        Term frequencies (:func:`analysis.keywords.term_frequencies`); needs
        ``doc_id``, ``term`` and ``count``.
    top_k : int, default 100
        The number of most frequent terms of each plan that form its set.

    Returns
    -------
    pandas.DataFrame
        The similarity of every pair of plans (6 decimals, 1 on the diagonal),
        with the doc ids, sorted, as index and columns.

    Examples
    --------
    >>> freq = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "term": ["工会", "职工", "工会", "劳模"],
    ...                      "count": [3, 2, 4, 1]})
    >>> jaccard_similarity(freq, top_k=2).values.tolist()
    [[1.0, 0.333333], [0.333333, 1.0]]
    """
    from scipy import sparse

    top = freq.sort_values(["doc_id", "count", "term"], ascending=[True, False, True]).groupby("doc_id", sort=False).head(top_k)
    rows, docs = pd.factorize(top["doc_id"], sort=True)
    cols, _ = pd.factorize(top["term"])
    incidence = sparse.csr_matrix((np.ones(len(top)), (rows, cols)), shape=(len(docs), cols.max() + 1 if len(cols) else 0))
    shared = (incidence @ incidence.T).toarray()
    sizes = np.diag(shared)
    union = sizes[:, None] + sizes[None, :] - shared
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.round(np.where(union > 0, shared / union, 0.0), 6)
    np.fill_diagonal(out, 1.0)
    docs = docs.tolist()
    return pd.DataFrame(out, index=docs, columns=docs)


def similarity_pairs(measures: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every pair of plans (``doc_id_a`` < ``doc_id_b``) with its value in each square similarity matrix.

    Parameters
    ----------
    measures : dict of str to pandas.DataFrame
        Measure name → square similarity matrix with the doc ids as index and
        columns. The first matrix's index gives the plans and their order
        (``doc_id_a`` comes before ``doc_id_b`` in it; the matrices of this
        module are sorted).

    Returns
    -------
    pandas.DataFrame
        One row per pair of plans: ``doc_id_a``, ``doc_id_b`` and one column
        per measure, named by its key. Sorted by the first measure, highest
        first, then by the doc ids.

    Examples
    --------
    >>> sim = pd.DataFrame([[1.0, 0.4], [0.4, 1.0]], index=["a", "b"], columns=["a", "b"])
    >>> similarity_pairs({"cosine": sim, "jaccard": sim / 2}).values.tolist()
    [['a', 'b', 0.4, 0.2]]
    """
    first = next(iter(measures.values()))
    docs = list(first.index)
    i, j = np.triu_indices(len(docs), k=1)
    out = pd.DataFrame({"doc_id_a": np.asarray(docs, dtype=object)[i], "doc_id_b": np.asarray(docs, dtype=object)[j]})
    for name, matrix in measures.items():
        out[name] = matrix.loc[docs, docs].to_numpy()[i, j]
    return out.sort_values([next(iter(measures)), "doc_id_a", "doc_id_b"], ascending=[False, True, True]).reset_index(drop=True)


def cluster_order(similarity: pd.DataFrame, *, method: str = "average"):
    """Hierarchical clustering of plans on 1 − similarity: returns the scipy linkage matrix.

    Parameters
    ----------
    similarity : pandas.DataFrame
        A square similarity matrix in [0, 1] (:func:`document_similarity`).
    method : str, default "average"
        The linkage method of :func:`scipy.cluster.hierarchy.linkage`.

    Returns
    -------
    numpy.ndarray
        The linkage matrix: one row per merge, giving the two clusters joined,
        their distance and the size of the new cluster (for
        :func:`scipy.cluster.hierarchy.dendrogram`).

    Examples
    --------
    >>> sim = pd.DataFrame([[1.0, 0.8, 0.1], [0.8, 1.0, 0.2], [0.1, 0.2, 1.0]])
    >>> cluster_order(sim).round(3).tolist()
    [[0.0, 1.0, 0.2, 2.0], [2.0, 3.0, 0.85, 3.0]]
    """
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform

    distance = 1 - similarity.to_numpy()
    np.fill_diagonal(distance, 0)
    return linkage(squareform(np.clip(distance, 0, None), checks=False), method=method)


def match_items(
    item_texts: pd.Series, items_a: list[str], items_b: list[str], *, one_to_one: bool = False, min_similarity: float = 0.0
) -> pd.DataFrame:
    """Item-to-item cosine similarity (TF-IDF on terms) between two plans' items.

    Without ``one_to_one`` each item of A gets its most similar item of B;
    with it, the Hungarian assignment maximises total similarity so each item
    is used at most once. TF-IDF (sublinear term frequency) is fitted on the
    items of the two plans.

    Parameters
    ----------
    item_texts : pandas.Series
        Item id → terms joined by spaces (:func:`analysis.themes.item_term_texts`).
    items_a : list of str
        The item ids of plan A.
    items_b : list of str
        The item ids of plan B.
    one_to_one : bool, default False
        Match items one to one (the Hungarian assignment).
    min_similarity : float, default 0.0
        Pairs less similar are left out.

    Returns
    -------
    pandas.DataFrame
        One row per matched pair: ``item_id_a``, ``item_id_b`` and
        ``similarity`` (4 decimals). Sorted by ``similarity``, highest first,
        then ``item_id_a``.
    """
    from scipy.optimize import linear_sum_assignment
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    vectorizer = TfidfVectorizer(analyzer=str.split, sublinear_tf=True)
    vectorizer.fit(item_texts.loc[items_a + items_b])
    sim = cosine_similarity(vectorizer.transform(item_texts.loc[items_a]), vectorizer.transform(item_texts.loc[items_b]))
    if one_to_one:
        rows, cols = linear_sum_assignment(-sim)
    else:
        rows, cols = np.arange(len(items_a)), sim.argmax(axis=1)
    out = pd.DataFrame(
        {"item_id_a": [items_a[i] for i in rows], "item_id_b": [items_b[j] for j in cols], "similarity": sim[rows, cols].round(4)}
    )
    return out[out["similarity"] >= min_similarity].sort_values(["similarity", "item_id_a"], ascending=[False, True]).reset_index(drop=True)




def nearest_plans(matrix: DocumentFeatureMatrix, *, k: int = 5, chunk: int = 1024) -> pd.DataFrame:
    """Each plan's ``k`` most similar plans (TF-IDF cosine), without a dense plan × plan matrix.

    The same vectors as :func:`document_similarity`; the products are taken
    ``chunk`` plans at a time against all plans (sparse × sparse), so memory is
    bounded by ``chunk`` × plans rather than plans², and only the top ``k`` of
    each row are kept. At 100,000 plans this is the table to use; the dense
    matrix and its clustering are for the plans a figure shows.

    Parameters
    ----------
    matrix : DocumentFeatureMatrix
        Counts of terms in plans (:func:`analysis.keywords.dfm`).
    k : int, default 5
        Neighbours per plan (fewer when there are fewer other plans).
    chunk : int, default 1024
        Plans per block of products.

    Returns
    -------
    pandas.DataFrame
        ``doc_id``, ``rank`` (1 = most similar), ``neighbour`` and
        ``similarity`` (6 decimals), plans in the matrix's order.

    Examples
    --------
    >>> from analysis.keywords import dfm
    >>> terms = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "c"], "item_id": ["a:1", "a:1", "b:1", "b:1", "c:1"],
    ...                       "token": ["工会", "劳模", "工会", "劳模", "疫情"]})
    >>> nearest_plans(dfm(terms), k=1)[["doc_id", "neighbour"]].values.tolist()
    [['a', 'b'], ['b', 'a'], ['c', 'a']]
    """
    from sklearn.feature_extraction.text import TfidfTransformer

    x = TfidfTransformer(sublinear_tf=True).fit_transform(matrix.counts).tocsr()
    docs = np.asarray(matrix.docs, dtype=object)
    n, k = x.shape[0], min(k, max(0, x.shape[0] - 1))
    rows = []
    for start in range(0, n, chunk):
        block = (x[start:start + chunk] @ x.T).toarray()
        block[np.arange(block.shape[0]), np.arange(start, start + block.shape[0])] = -1.0  # not itself
        # ties broken by position (a stable sort of the negated values), so the result is deterministic
        order = np.argsort(-block, axis=1, kind="stable")[:, :k]
        for r, cols in enumerate(order):
            for rank, c in enumerate(cols, start=1):
                rows.append((docs[start + r], rank, docs[c], round(float(np.clip(block[r, c], 0, 1)), 6)))
    return pd.DataFrame(rows, columns=["doc_id", "rank", "neighbour", "similarity"])
