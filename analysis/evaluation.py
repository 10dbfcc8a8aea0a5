"""How accurate is the pipeline? Target extraction against hand-checked sentences, theme coding
against a hand-coded sample.

``read_gold`` / ``evaluate_extraction``   precision and recall per kind of quantity
``agreement``                            accuracy and Cohen's kappa of the primary themes
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .loader import Resources
from .targets import KINDS, extract_quantities

__all__ = ["read_gold", "evaluate_extraction", "agreement"]


def evaluate_extraction(gold: pd.DataFrame, sentences: pd.DataFrame, *, resources: Resources | None = None) -> pd.DataFrame:
    """Precision and recall per kind against a hand-checked set.

    Each sentence goes through :func:`analysis.targets.extract_quantities`. A
    predicted quantity matches a gold one in the same sentence whose text it
    contains, starting at the same number; it is correct when the kinds agree.
    A match with the wrong kind counts as missed for the gold kind and as
    wrong for the predicted kind.

    Parameters
    ----------
    gold : pandas.DataFrame
        The hand-checked quantities: ``sentence_id``, ``quantity`` (the number
        with its unit as written, e.g. ``3000万元``) and ``kind``.
    sentences : pandas.DataFrame
        The sentences: ``sentence_id``, ``text`` and ``part``.
    resources : Resources or None, default None
        The resource files of the extraction (default
        :func:`analysis.loader.load_resources`).

    Returns
    -------
    pandas.DataFrame
        One row per kind of :data:`analysis.targets.KINDS`: ``kind``,
        ``gold`` (gold quantities of the kind), ``tp``, ``fp``, ``fn``,
        ``precision`` and ``recall`` (3 decimals; NaN when undefined).

    Examples
    --------
    >>> sentences = pd.DataFrame({"sentence_id": ["s1"], "text": ["全年新建职工之家10家。"], "part": ["plan"]})
    >>> gold = pd.DataFrame({"sentence_id": ["s1"], "quantity": ["10家"], "kind": ["target"]})
    >>> evaluate_extraction(gold, sentences).set_index("kind").loc["target", ["tp", "fp", "fn"]].tolist()
    [1, 0, 0]
    """
    rows = []
    for sid, text, part in sentences[["sentence_id", "text", "part"]].itertuples(index=False):
        predicted = extract_quantities(text, part=part, resources=resources)
        expected = gold[gold["sentence_id"] == sid]
        used = set()
        for g in expected.itertuples(index=False):
            match = None
            for i, p in enumerate(predicted):
                core = text[p["start"]:p["end"]]
                if i not in used and g.quantity in core and core[core.index(g.quantity):].startswith(g.quantity) and p["number"] in g.quantity[: len(p["number"]) + 1]:
                    match = i
                    break
            if match is None:
                rows.append((sid, g.quantity, g.kind, ""))
            else:
                used.add(match)
                rows.append((sid, g.quantity, g.kind, predicted[match]["kind"]))
        for i, p in enumerate(predicted):
            if i not in used:
                rows.append((sid, p["span"], "", p["kind"]))
    pairs = pd.DataFrame(rows, columns=["sentence_id", "quantity", "gold", "predicted"])
    result = []
    for kind in KINDS:
        tp = int(((pairs.gold == kind) & (pairs.predicted == kind)).sum())
        fp = int(((pairs.predicted == kind) & (pairs.gold != kind)).sum())
        fn = int(((pairs.gold == kind) & (pairs.predicted != kind)).sum())
        result.append(
            {
                "kind": kind, "gold": tp + fn, "tp": tp, "fp": fp, "fn": fn,
                "precision": round(tp / (tp + fp), 3) if tp + fp else float("nan"),
                "recall": round(tp / (tp + fn), 3) if tp + fn else float("nan"),
            }
        )
    return pd.DataFrame(result)


def read_gold(path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read a hand-checked set: one row per sentence with ``quantities`` as ``text=kind|text=kind``.

    Parameters
    ----------
    path : str, path-like or file-like
        A CSV file (UTF-8, a byte-order mark allowed) with the columns
        ``sentence_id``, ``text``, ``part`` and ``quantities`` (empty when the
        sentence holds none).

    Returns
    -------
    sentences : pandas.DataFrame
        ``sentence_id``, ``text`` and ``part`` of every sentence.
    gold : pandas.DataFrame
        One row per hand-checked quantity: ``sentence_id``, ``quantity`` and
        ``kind``; with ``sentences``, the input of :func:`evaluate_extraction`.

    Examples
    --------
    >>> import io
    >>> csv = "sentence_id,text,part,quantities\\ns1,全年新建职工之家10家,plan,10家=target\\n"
    >>> sentences, gold = read_gold(io.StringIO(csv))
    >>> gold.values.tolist()
    [['s1', '10家', 'target']]
    """
    table = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    gold = [
        (row.sentence_id, q.rsplit("=", 1)[0], q.rsplit("=", 1)[1])
        for row in table.itertuples(index=False)
        for q in row.quantities.split("|")
        if q
    ]
    return table[["sentence_id", "text", "part"]], pd.DataFrame(gold, columns=["sentence_id", "quantity", "kind"])


def agreement(coded: pd.DataFrame, hand: pd.DataFrame) -> dict:
    """Agreement of the primary themes with a hand-coded table (``item_id``, ``theme``).

    Parameters
    ----------
    coded : pandas.DataFrame
        The theme coding (the item_themes table); needs ``item_id``,
        ``theme``, ``is_primary`` and ``is_secondary``.
    hand : pandas.DataFrame
        The hand-coded themes: ``item_id`` and ``theme``.

    Returns
    -------
    dict
        ``"n"`` (hand-coded items), ``"accuracy"``, ``"kappa"`` (Cohen's
        kappa), ``"accuracy_with_secondary"`` (a hand theme found among the
        primary or secondary themes counts as agreement), all three with 3
        decimals, and ``"confusion"`` (a DataFrame: hand themes × coded
        themes).

    Raises
    ------
    ValueError
        When a hand-coded item has no primary theme in the coding.
    """
    from sklearn.metrics import cohen_kappa_score

    primary = coded[coded["is_primary"]].set_index("item_id")["theme"]
    missing = sorted(set(hand["item_id"]) - set(primary.index))
    if missing:
        raise ValueError(f"hand-coded items not in the coding: {', '.join(missing[:5])}")
    predicted = primary.reindex(hand["item_id"]).to_numpy()
    truth = hand["theme"].to_numpy()
    secondary = coded[coded["is_primary"] | coded["is_secondary"]].groupby("item_id")["theme"].agg(set)
    top_k = np.mean([t in secondary.get(i, set()) for i, t in zip(hand["item_id"], truth)])
    return {
        "n": len(hand),
        "accuracy": round(float(np.mean(predicted == truth)), 3),
        "kappa": round(float(cohen_kappa_score(truth, predicted)), 3),
        "accuracy_with_secondary": round(float(top_k), 3),
        "confusion": pd.crosstab(pd.Series(truth, name="hand"), pd.Series(predicted, name="coded")),
    }
