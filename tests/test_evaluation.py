"""Accuracy: target extraction against hand-checked sentences (theme agreement: tests/test_themes.py)."""
from pathlib import Path

from analysis.evaluation import evaluate_extraction, read_gold

GOLD = Path(__file__).parent / "data" / "targets_gold.csv"


def test_precision_and_recall_on_the_hand_checked_set():
    sentences, gold = read_gold(GOLD)
    scores = evaluate_extraction(gold, sentences).set_index("kind")
    assert scores.loc["target", "gold"] >= 50 and scores.loc["achieved", "gold"] >= 20
    for kind in ("target", "achieved"):
        assert scores.loc[kind, "precision"] >= 0.95, scores
        assert scores.loc[kind, "recall"] >= 0.95, scores
