"""Theme coding: clear items, agreement with the hand-coded sample, editable taxonomy."""
from pathlib import Path

import pandas as pd
import pytest

from analysis import keywords as kw
from analysis.evaluation import agreement
from analysis.loader import load_themes
from analysis.themes import (
    alignment_table, codable_items, code_items, compare_topics_with_themes, dictionary_hits, item_term_texts,
    primary_themes, theme_presence, theme_shares, topic_model, UNASSIGNED,
)

HAND = Path(__file__).parent / "data" / "themes_hand_coded.csv"


@pytest.fixture(scope="module")
def coded(processed):
    return processed.item_themes


@pytest.mark.parametrize(
    "item_id, theme",
    [
        ("changzhou-2020:3.8", "epidemic"),          # 深度助力打赢疫情防控阻击战
        ("xxcity-20xx:3.7", "industrial_workforce"),  # 开展“产业工人队伍建设改革年”活动
        ("lianyungang-2018-2020:4.2.3", "safety"),   # 深化“安康杯”竞赛
        ("wujin-2018:3.8", "entrepreneurship"),      # 切实加大创业贷款和载体扶持力度
        ("echeng-2019:1.7", "finance"),              # 开展专项督查，确保经费依法依规
        ("lianyungang-2018-2020:5.1", "overall"),    # 加强组织领导 (工作保障)
    ],
)
def test_items_with_a_clear_theme(coded, item_id, theme):
    assert primary_themes(coded)[item_id] == theme


def test_every_codable_item_has_one_primary_theme(coded, processed):
    """Every numbered item and annex row the coder takes (:func:`analysis.theme_coding.codable_items`: 30 characters or
    more) has one primary theme; a shorter one, which a plan a user adds may hold (4.新建劳模创新工作室3家。), is not coded."""
    from analysis.theme_coding import codable_items

    primaries = coded[coded.is_primary]
    assert primaries.item_id.is_unique
    codable = codable_items(processed.items)
    numbered = codable[codable.unit_type.isin(["item", "annex_row"])]
    assert len(numbered) and set(numbered.item_id) <= set(primaries.item_id)
    assert ((coded.score >= 0) & (coded.score <= 1)).all()
    assert not (coded.is_primary & coded.is_secondary).any()


def test_agreement_with_the_hand_coded_sample(coded):
    hand = pd.read_csv(HAND)
    assert len(hand) >= 50
    result = agreement(coded, hand)
    assert result["accuracy"] >= 0.85 and result["kappa"] >= 0.8, result
    assert result["confusion"].to_numpy().sum() == len(hand)


def test_the_data_driven_step_codes_items_the_dictionary_misses(processed):
    themes = load_themes()
    items = processed.items[processed.items.item_id == "lianyungang-2018-2020:4.3.3"]  # 推动健身运动
    hits = dictionary_hits(items, themes).iloc[0]
    coded = processed.item_themes
    row = coded[(coded.item_id == "lianyungang-2018-2020:4.3.3") & coded.is_primary].iloc[0]
    assert row.theme == "culture" and row.similarity > 0 and hits["culture"] >= 1


def test_the_taxonomy_is_an_editable_file(processed, tmp_path):
    custom = tmp_path / "themes.csv"
    custom.write_text(
        "theme_id,label_zh,label_en,seed_terms,parts\n"
        "care,关爱,care,疗休养;体检;帮扶;慰问,\n"
        "skills,技能,skills,竞赛;培训;技能,\n",
        encoding="utf-8",
    )
    coded = code_items(processed.items, kw.select_tokens(processed.tokens), load_themes(custom))
    assert set(coded.theme) == {"care", "skills", UNASSIGNED}  # items matching neither abstain
    assert primary_themes(coded)["changzhou-2020:3.10"] == "skills"


def test_a_taxonomy_without_seeds_is_a_clear_error(tmp_path):
    bad = tmp_path / "themes.csv"
    bad.write_text("theme_id,label_zh,label_en,seed_terms\nempty,空,empty,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="without seed terms: empty"):
        load_themes(bad)


# --- Shares, presence, alignment and topics across plans ---------------------------------------


def test_theme_shares_sum_to_one_per_plan(processed):
    shares = theme_shares(processed.item_themes, processed.items)
    for _, part in shares.groupby("doc_id"):
        assert part.share_items.sum() == pytest.approx(1, abs=1e-3)
        assert part.share_chars.sum() == pytest.approx(1, abs=1e-3)


def test_epidemic_theme_only_in_the_2020_plans(processed):
    presence = theme_presence(processed.item_themes, list(load_themes().theme_id))
    with_epidemic = set(presence.index[presence["epidemic"]])
    assert {"changzhou-2020", "xxcity-20xx"} <= with_epidemic  # the 2020 plans
    assert not with_epidemic & {"wujin-2018", "echeng-2019", "lianyungang-2018-2020"}


def test_alignment_table_lists_items_by_theme(processed):
    themes = load_themes()
    table = alignment_table(processed.item_themes, processed.items, dict(zip(themes.theme_id, themes.label_zh)))
    assert list(table.index)[0] == "思想政治引领" and table.shape == (len(themes), len(processed.documents))
    assert "3.8 深度助力打赢疫情防控阻击战" in table.loc["疫情防控与复工复产", "changzhou-2020"]


def test_topic_model_is_reproducible(processed):
    terms = kw.select_tokens(processed.tokens)
    items = codable_items(processed.items)
    texts = item_term_texts(items, terms).set_axis(items.item_id)
    one = topic_model(texts, k=6, seed=1)
    two = topic_model(texts, k=6, seed=1)
    pd.testing.assert_frame_equal(one.topics, two.topics)
    table, ami = compare_topics_with_themes(one, processed.item_themes)
    assert table.to_numpy().sum() == len(items) and -1 <= ami <= 1


def test_the_report_taxonomy_agrees_with_a_blind_hand_coding_of_national_reports(national):
    """138 paragraphs of the national reports coded by hand with themes_gwr.csv's themes, blind to the
    coder (tests/data/gwr_themes_hand_coded.csv). Out of sample for the seed terms: modest agreement."""
    from analysis.evaluation import coded_unit_of, locate_paragraphs
    from analysis.loader import load_resources

    hand = pd.read_csv(Path(__file__).parent / "data" / "gwr_themes_hand_coded.csv", dtype=str, keep_default_na=False)
    coded = code_items(national.items, kw.select_tokens(national.tokens),
                       load_themes(load_resources().path("themes_gwr.csv")))
    located = hand.assign(item_id=coded_unit_of(locate_paragraphs(hand, national), national, coded))
    located = located[located.item_id != ""]
    assert len(located) >= 130
    result = agreement(coded, located[["item_id", "theme"]])
    assert result["accuracy"] >= 0.55 and result["kappa"] >= 0.5, result


def test_the_tfidf_of_the_coder_is_scikit_learns():
    """The coder weighs terms itself (importing scikit-learn costs a build's worker a second): the idf is
    scikit-learn's exactly, the weights to the last bits of a double."""
    import numpy as np
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfTransformer

    from analysis.theme_coding import _smooth_idf, _sublinear_tfidf

    rng = np.random.default_rng(7)
    counts = sparse.random(400, 120, density=0.05, format="csr", random_state=3, dtype=np.float64)
    counts.data = rng.integers(1, 30, len(counts.data)).astype(np.float64)
    counts = counts.astype(np.int64)
    counts = sparse.csr_matrix(np.vstack([counts.toarray(), np.zeros((3, 120), dtype=np.int64)]))  # empty rows
    reference = TfidfTransformer(sublinear_tf=True, norm="l2").fit(counts)
    idf = _smooth_idf(counts)
    assert np.array_equal(idf, reference.idf_)
    np.testing.assert_allclose(_sublinear_tfidf(counts, idf).toarray(), reference.transform(counts).toarray(),
                               rtol=1e-14, atol=1e-15)


def test_coding_themes_does_not_import_scikit_learn():
    import subprocess
    import sys

    code = ("import sys; from analysis.corpus import read_corpus; from analysis.config import RAW_DIR; "
            "from analysis.pipeline import process_corpus; p = process_corpus(read_corpus(RAW_DIR)); "
            "assert len(p.item_themes); print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
