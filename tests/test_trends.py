"""Trends: term rates per year counted by hand, trend statistics against scipy, period keyness, per-year tables."""
import numpy as np
import pandas as pd
import pytest
from scipy.stats import spearmanr

from analysis import keywords as kw
from analysis import trends


@pytest.fixture(scope="module")
def national_rates(national):
    return trends.term_frequency_by_year(national.tokens, national.documents)


@pytest.fixture(scope="module")
def national_trends(national):
    return trends.trending_terms(national.tokens, national.documents)


def test_a_terms_count_in_a_year_is_its_count_in_that_years_report(national, national_rates):
    """2010 has one report; 农民工 stands 9 times in its cleaned text, each time as one token."""
    row = national_rates[(national_rates.year == 2010) & (national_rates.term == "农民工")].iloc[0]
    text = national.clean_texts["gwr-2010"]
    assert text.count("农民工") == 9 and row["count"] == 9
    terms_2010 = kw.select_tokens(national.tokens[national.tokens.doc_id == "gwr-2010"])
    assert row.total == len(terms_2010) and row.n_documents == 1
    assert row.per_10k == round(9 / len(terms_2010) * 10_000, 4)


def test_rates_cover_every_year_and_sum_to_ten_thousand(national, national_rates):
    years = sorted(national.documents.year_start.dropna().astype(int).unique())
    assert sorted(national_rates.year.unique()) == years
    assert (national_rates.groupby("year").per_10k.sum().round(0) == 10_000).all()
    # every term has a row in every year: the grid is complete, zeros included
    assert national_rates.groupby("year").size().nunique() == 1
    assert national_rates[(national_rates.year == 1954) & (national_rates.term == "农民工")]["count"].item() == 0


def test_smoothing_is_additive_and_documented_formula(national):
    plain = trends.term_frequency_by_year(national.tokens, national.documents, ["农民工", "社会主义"])
    smooth = trends.term_frequency_by_year(national.tokens, national.documents, ["农民工", "社会主义"], smoothing=1)
    vocabulary = kw.select_tokens(national.tokens).token.nunique()
    row = smooth[(smooth.year == 1954) & (smooth.term == "农民工")].iloc[0]
    assert row["count"] == 0 and row.per_10k == round(1 / (row.total + vocabulary) * 10_000, 4) > 0
    assert (plain["count"].to_numpy() == smooth["count"].to_numpy()).all()
    with pytest.raises(ValueError, match="smoothing"):
        trends.term_frequency_by_year(national.tokens, national.documents, smoothing=-1)


def test_undated_documents_are_left_out(national):
    documents = national.documents.copy()
    documents["year_start"] = documents["year_start"].mask(documents.doc_id == "gwr-2010")
    rates = trends.term_frequency_by_year(national.tokens, documents, ["农民工"])
    assert 2010 not in set(rates.year)
    assert "gwr-2010" not in trends.document_years(documents).index


def test_trend_statistic_is_spearmans_rho_of_rate_and_year(national_rates, national_trends):
    for term in ("创新", "已经", "农民工"):
        series = national_rates[national_rates.term == term]
        rho, p = spearmanr(series.year, series.per_10k)
        row = national_trends[national_trends.term == term].iloc[0]
        assert row.rho == round(rho, 4) and row.p == pytest.approx(p, rel=1e-9, abs=1e-300)
        assert row["count"] == series["count"].sum()


def test_most_rising_and_falling_terms_of_the_national_reports(national_trends):
    rising = national_trends.head(5)
    falling = national_trends.tail(5)
    assert "创新" in set(rising.term) and (rising.trend == "rising").all()
    assert "已经" in set(falling.term) and (falling.trend == "falling").all()
    assert national_trends.rho.is_monotonic_decreasing
    assert (national_trends["count"] >= 20).all() and (national_trends.n_years >= 3).all()
    assert ((national_trends.q >= national_trends.p) & (national_trends.q <= 1)).all()
    innovation = national_trends.set_index("term").loc["创新"]
    assert innovation.first_year == 1982 and innovation.change_per_decade > 1


def test_trending_terms_on_too_few_years_is_empty(processed):
    one_year = processed.documents.assign(year_start=pd.array([2018] * len(processed.documents), dtype="Int64"))
    table = trends.trending_terms(processed.tokens, one_year)
    assert table.empty and "rho" in table.columns
    with pytest.raises(ValueError, match="smoothing"):
        trends.trending_terms(processed.tokens, processed.documents, smoothing=0)


def test_period_keyness_is_the_keyness_of_the_documents_of_each_span(national):
    table = trends.period_keyness(national.tokens, national.documents, (1954, 1978), "2003-2018")
    plan = table.set_index("term").loc["五年计划"]
    terms = kw.select_tokens(national.tokens)
    years = trends.document_years(national.documents)
    in_a = terms.doc_id.map(years).between(1954, 1978)
    in_b = terms.doc_id.map(years).between(2003, 2018)
    assert plan.target_count == ((terms.token == "五年计划") & in_a).sum() > 0
    assert plan.reference_count == ((terms.token == "五年计划") & in_b).sum() == 0
    assert plan.g2 > 0 and table.set_index("term").loc["创新"].g2 < 0
    matrix = kw.dfm(terms)
    docs_a = sorted(years.index[years.between(1954, 1978)])
    docs_b = sorted(years.index[years.between(2003, 2018)])
    pd.testing.assert_frame_equal(table, kw.keyness(matrix, docs_a, docs_b))


def test_period_keyness_rejects_overlapping_empty_and_malformed_periods(national):
    with pytest.raises(ValueError, match="overlap"):
        trends.period_keyness(national.tokens, national.documents, (1954, 1990), (1985, 2018))
    with pytest.raises(ValueError, match="no dated document in 1961-1963"):
        trends.period_keyness(national.tokens, national.documents, (1961, 1963), (2003, 2018))
    with pytest.raises(ValueError, match="a period is"):
        trends.period_keyness(national.tokens, national.documents, "the fifties", (2003, 2018))


def test_targets_by_year_counts_each_reports_targets(national, processed):
    table = trends.targets_by_year(national.targets, national.documents).set_index("year")
    t2010 = national.targets[national.targets.doc_id == "gwr-2010"]
    doc = national.documents.set_index("doc_id").loc["gwr-2010"]
    row = table.loc[2010]
    assert row.n_targets == (t2010.kind == "target").sum() and row.n_achieved == (t2010.kind == "achieved").sum()
    assert row.chars == doc.clean_chars - doc.cover_chars
    assert row.targets_per_1000_chars == round(row.n_targets / row.chars * 1000, 2)
    assert table.n_targets.sum() == (national.targets.kind == "target").sum()
    union = trends.targets_by_year(processed.targets, processed.documents).set_index("year")
    # changzhou-2020 and xxcity-20xx (inferred 2020) share 2020; the cover notice of changzhou-2020 is left out
    assert union.loc[2020].n_documents == 2
    docs = processed.documents.set_index("doc_id")
    assert union.loc[2020].chars == sum(docs.loc[d].clean_chars - docs.loc[d].cover_chars for d in ("changzhou-2020", "xxcity-20xx"))


def test_theme_shares_per_year_sum_to_one_with_unassigned(national):
    shares = trends.theme_shares_by_year(national.item_themes, national.items, national.documents)
    assert np.allclose(shares.groupby("year").share.sum(), 1, atol=1e-3)
    assert np.allclose(shares.groupby("year").char_share.sum(), 1, atol=1e-3)
    assert shares.theme.iloc[-1] == "unassigned"
    primary = national.item_themes[national.item_themes.is_primary & (national.item_themes.doc_id == "gwr-2010")]
    theme = primary.theme.value_counts().index[0]
    row = shares[(shares.year == 2010) & (shares.theme == theme)].iloc[0]
    assert row.n_coded == len(primary) and row.n_units == (primary.theme == theme).sum() > 0
    assert row.share == round(row.n_units / row.n_coded, 4)
    assert shares.groupby("year").size().nunique() == 1  # every theme in every year


def test_dispersion_places_each_occurrence_in_its_document(national):
    table = trends.dispersion(national.tokens, national.clean_texts, ["农民工", "社会主义"])
    text = national.clean_texts["gwr-2010"]
    mine = table[(table.doc_id == "gwr-2010") & (table.term == "农民工")]
    assert len(mine) == text.count("农民工") == 9
    assert all(text[s:e] == "农民工" for s, e in zip(mine.start, mine.end))
    assert table.position.between(0, 1).all()
    assert mine.position.tolist() == [round(s / len(text), 4) for s in mine.start]
    same = trends.dispersion(national.tokens, national.documents, ["农民工", "社会主义"])
    pd.testing.assert_frame_equal(table, same)
    with pytest.raises(KeyError, match="no length"):
        trends.dispersion(national.tokens, {"gwr-1954": ""}, ["社会主义"])


def test_a_chosen_term_counts_inside_compounds_unless_asked_for_tokens(national):
    """2010's report says 创新 as a word of its own and inside compounds (自主创新, 创新型): the yearly count
    is every occurrence in the year's terms; match="token" counts the tokens equal to the term."""
    within = trends.term_frequency_by_year(national.tokens, national.documents, ["创新"])
    alone = trends.term_frequency_by_year(national.tokens, national.documents, ["创新"], match="token")
    terms_2010 = kw.select_tokens(national.tokens[national.tokens.doc_id == "gwr-2010"])
    row = within[within.year == 2010].iloc[0]
    assert row["count"] == terms_2010.token.str.count("创新").sum() > alone[alone.year == 2010]["count"].item()
    assert row["count"] <= national.clean_texts["gwr-2010"].count("创新")
    assert (within.total == alone.total).all()  # the same denominator either way
    placed = trends.dispersion(national.tokens, national.documents, ["创新"])
    assert len(placed[placed.doc_id == "gwr-2010"]) == national.tokens[national.tokens.doc_id == "gwr-2010"].token.str.count("创新").sum()
