"""The explorer's views: a term across plans, two plans' items side by side."""
from analysis import keywords as kw
from analysis.explorer import aligned_view, explorer, term_view


def test_term_view_counts_and_lines_match_the_text(processed):
    terms = kw.select_tokens(processed.tokens)
    freq = kw.term_frequencies(kw.dfm(terms))
    per_plan, lines = term_view(freq, processed.items, "农民工")
    counts = per_plan.set_index("doc_id")["count"]
    assert counts["echeng-2019"] == 10 and set(counts.index) == set(processed.items.doc_id)
    text = processed.clean_texts["echeng-2019"]
    mine = lines[lines.doc_id == "echeng-2019"]
    assert len(mine) == text.count("农民工")  # every occurrence as characters, with offsets
    assert all(text[s:e] == "农民工" for s, e in zip(mine.start, mine.end))
    assert not lines.left.str.contains("\t").any()


def test_aligned_view_pairs_items_of_the_two_plans(processed):
    terms = kw.select_tokens(processed.tokens)
    pairs = aligned_view(processed.items, terms, processed.item_themes, "changzhou-2020", "wujin-2018")
    assert len(pairs) and pairs.item_id_a.str.startswith("changzhou-2020:").all()
    assert pairs.item_id_b.str.startswith("wujin-2018:").all()
    assert pairs.item_id_a.is_unique and pairs.item_id_b.is_unique  # one to one
    assert (pairs.similarity.diff().dropna() <= 0).all()


def test_the_explorer_builds_headless(processed):
    terms = kw.select_tokens(processed.tokens)
    freq = kw.term_frequencies(kw.dfm(terms))
    labels = {d: d for d in processed.documents.doc_id}
    box = explorer(freq, processed.items, terms, processed.item_themes, labels, term="农民工",
                   pair=("changzhou-2020", "wujin-2018"))
    heading, term_box, term_out, heading2, menus, pair_out = box.children
    term_box.value = "困难职工"  # what typing does: the views are recomputed without error
    menus.children[1].value = "xxcity-20xx"
    assert term_box.value == "困难职工"
