"""Overview: chart labels of the seed plans, unique labels, the plans a figure shows."""
import pandas as pd

from analysis import overview


def test_labels_of_the_seed_plans_are_place_and_period(processed):
    labels = overview.document_labels(processed.documents)
    assert labels["wujin-2018"] == "武进区 2018"
    assert labels["lianyungang-2018-2020"] == "连云港市 2018-2020"
    english = overview.document_labels(processed.documents, "en")
    assert english["changzhou-2020"].startswith("Changzhou")


def test_plans_of_one_place_and_period_get_distinct_labels():
    docs = pd.DataFrame({
        "doc_id": ["b-summary", "a-plan", "c-other"],
        "place": ["南京市", "南京市", "苏州市"],
        "period": ["2021", "2021", "2021"],
    })
    labels = overview.document_labels(docs)
    assert labels == {"a-plan": "南京市 2021 (1)", "b-summary": "南京市 2021 (2)", "c-other": "苏州市 2021"}


def test_a_plan_without_a_place_is_labelled_by_its_doc_id():
    docs = pd.DataFrame({"doc_id": ["plan-x"], "place": [""], "period": [""]})
    assert overview.document_labels(docs) == {"plan-x": "plan-x"}


def test_plans_to_show_keeps_the_longest_and_is_stable():
    docs = pd.DataFrame({"doc_id": [f"d{k}" for k in range(30)], "clean_chars": [k % 7 for k in range(30)]})
    shown = overview.plans_to_show(docs, 5)
    assert len(shown) == 5 and shown == sorted(shown)
    assert set(docs.set_index("doc_id").loc[shown, "clean_chars"]) == {6, 5}
    assert overview.plans_to_show(docs, None) == sorted(docs.doc_id)


def test_plans_across_years_keep_the_ends_and_spread_evenly():
    """A chart over time on a large corpus draws a bounded number of rows, spread over the whole span."""
    from analysis.overview import plans_across_years

    years = [2016 + k % 8 for k in range(1000)]
    docs = pd.DataFrame({"doc_id": [f"p{k:04d}" for k in range(1000)], "year_start": years})
    docs.loc[3, "year_start"] = None  # a plan without a year comes last
    shown = plans_across_years(docs, 50)
    ordered = plans_across_years(docs, None)
    assert len(shown) == 50 and len(ordered) == 1000 and ordered[-1] == "p0003"
    assert shown[0] == ordered[0] and shown[-1] == ordered[-1]
    positions = [ordered.index(d) for d in shown]
    assert positions == sorted(positions) and max(b - a for a, b in zip(positions, positions[1:])) <= 21
    few = docs.head(5)
    assert plans_across_years(few, 50) == plans_across_years(few, None)  # a small corpus: every plan
