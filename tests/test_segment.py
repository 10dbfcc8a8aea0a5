"""The project tokenizer: domain dictionary, word lists, offsets."""
from analysis.config import RESOURCES_DIR
from analysis.loader import read_word_list
from analysis.segment import analysis_text, get_tokenizer


def test_domain_dictionary_keeps_union_vocabulary_whole():
    text = "推进产业工人队伍建设改革，组织劳模疗休养，建设劳模创新工作室和职工之家，帮扶困难职工"
    plain = get_tokenizer(user_dict=None).lcut(text)
    domain = get_tokenizer().lcut(text)
    for term in ("产业工人队伍建设改革", "疗休养", "劳模创新工作室"):
        assert term in domain and term not in plain
    assert "职工之家" in domain and "困难职工" in domain


def test_quoted_slogans_stay_whole_and_can_be_switched_off():
    text = "深化拓展“中国梦·劳动美”主题教育，开展“安康杯”竞赛"
    assert "中国梦·劳动美" in get_tokenizer().lcut(text)
    assert "中国梦·劳动美" not in get_tokenizer(keep_quoted=False).lcut(text)


def test_hmm_setting_is_explicit_and_changes_unknown_words():
    text = "龚惠咖网上服务平台"
    assert get_tokenizer(hmm=False).hmm is False
    assert get_tokenizer(hmm=False).lcut(text) != get_tokenizer(hmm=True).lcut(text)


def test_stopwords_and_boilerplate_are_marked_not_removed(processed):
    tokens = processed.tokens
    assert {"的", "和"} <= set(tokens[tokens.is_stopword].token)
    assert {"加强", "推进", "深化", "进一步", "切实"} <= set(tokens[tokens.is_boilerplate].token)
    assert not tokens[tokens.token == "职工之家"].is_stopword.any()


def test_boilerplate_list_is_a_data_file_a_researcher_can_edit(tmp_path):
    custom = tmp_path / "boiler.txt"
    custom.write_text("# my list\n建设\n", encoding="utf-8")
    tok = get_tokenizer(boilerplate=custom)
    assert tok.boilerplate == frozenset({"建设"})
    assert "加强" in read_word_list(RESOURCES_DIR / "boilerplate_verbs.txt")


def test_token_offsets_point_into_the_cleaned_text(processed):
    tokens = processed.tokens
    for doc_id, group in tokens.groupby("doc_id"):
        text = processed.clean_texts[doc_id]
        for token, start, end in group[["token", "start", "end"]].itertuples(index=False):
            assert text[start:end] == token


def test_counts_of_a_known_term(processed):
    tokens = processed.tokens
    wujin = tokens[(tokens.doc_id == "wujin-2018") & (tokens.token == "劳模创新工作室")]
    assert len(wujin) == 3 and set(wujin.item_id) == {"wujin-2018:3.10"}


def test_responsible_unit_lists_are_not_tokenized():
    assert analysis_text("开展活动。（责任单位：办公室、宣传教育部）") == "开展活动。"


def test_the_rust_backend_agrees_with_jieba_on_the_corpus(processed):
    """rjieba is used only because it gives jieba's tokens: at least 99% of them on the corpus."""
    fast, reference = get_tokenizer(backend="rjieba"), get_tokenizer(backend="jieba")
    agree = total = 0
    for text in processed.clean_texts.values():
        expected = {(s, e) for _, s, e in reference.tokenize(text)}
        agree += len(expected & {(s, e) for _, s, e in fast.tokenize(text)})
        total += len(expected)
    assert total > 10_000 and agree / total >= 0.99


def test_an_unknown_backend_is_a_clear_error():
    import pytest

    with pytest.raises(ValueError, match="unknown segmentation backend 'thulac'"):
        get_tokenizer(backend="thulac")
