"""A page's HTML source read as the text a browser shows (analysis.markup), and built like any plan."""
from analysis.cleaning import clean_text
from analysis.corpus import read_corpus
from analysis.markup import is_markup, markup_text

PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>某市总工会2024年工作要点_某市总工会网</title>"
        "<style>p { margin: 0 }</style><script>var x = '<p>不显示</p>';</script></head><body>"
        "<div class='nav'>首页 &gt; 通知公告</div><!-- 注释不显示 --><h1>某市总工会2024年工作要点</h1>"
        "<h2>一、总体要求</h2><p>全年新建职工之家&nbsp;10家，<br/>培训职工1万人次。</p>"
        "<h2>二、重点任务</h2><p>1.开展劳动竞赛30场。</p>"
        "<table><tr><td>指标</td><td>2024年</td></tr><tr><td>职工书屋</td><td>5家</td></tr></table>"
        "</body></html>")


def test_markup_is_told_from_prose_that_mentions_a_tag():
    assert is_markup(PAGE) and is_markup("  <html><body>正文</body></html>")
    assert not is_markup("一、总体要求\n网页中的<p>标签不是正文。\n全年新建10家。")


def test_the_text_a_browser_shows_a_block_a_line_and_headings_set_off():
    text, tags = markup_text(PAGE)
    assert text.split("\n") == [
        "某市总工会2024年工作要点_某市总工会网", "首页 > 通知公告", "", "某市总工会2024年工作要点", "",
        "一、总体要求", "",
        "全年新建职工之家 10家，", "培训职工1万人次。", "", "二、重点任务", "", "1.开展劳动竞赛30场。",
        "指标 2024年", "职工书屋 5家"]
    assert tags > 20 and "不显示" not in text and "margin" not in text


def test_cleaning_reports_the_markup_and_is_idempotent():
    cleaned = clean_text(PAGE)
    assert [s.step for s in cleaned.steps][0] == "markup" and "<" not in cleaned.text
    assert clean_text(cleaned.text).text == cleaned.text
    assert "markup" not in [s.step for s in clean_text("一、任务\n全年新建10家。").steps]


def test_a_saved_page_is_read_as_a_plan_with_its_title_and_figures(tmp_path):
    from analysis.pipeline import process_corpus

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "page.html").write_text(PAGE, encoding="utf-8")
    (raw / "source.txt").write_text(PAGE.replace("2024", "2023"), encoding="gb18030")  # the source kept as .txt
    corpus = read_corpus(raw)
    assert not corpus.skipped
    meta = {d.file: d.metadata for d in corpus.documents}
    assert (meta["page.html"]["title"], meta["page.html"]["year_start"]) == ("某市总工会2024年工作要点", 2024)
    assert meta["source.txt"]["year_start"] == 2023
    processed = process_corpus(corpus)
    targets = processed.targets[processed.targets.kind == "target"]
    assert {"10家", "1万人次", "30场"} <= set(targets.span) and not processed.clean_texts["moushi-2024"].count("<")


def test_markdown_from_a_converter_cleans_to_the_plain_texts_outline():
    from analysis.markup import is_markdown, markdown_text

    plain = "某市总工会2024年工作要点\n一、总体要求\n1.坚持党的领导。全年新建职工之家10家。\n二、重点任务\n2.开展劳动竞赛30场。"
    md = ("# 某市总工会2024年工作要点\n\n## 一、总体要求\n\n1\\. **坚持党的领导。**全年新建职工之家10家。\n\n"
          "## 二、重点任务\n\n2\\. ** 开展劳动竞赛30场。**")
    assert is_markdown(md) and not is_markdown(plain) and not is_markdown("一、任务\n#1 号文件\n#2 号文件")
    assert markdown_text("- 开展活动\n> 引文 **重点**")[0] == "开展活动\n引文 重点"
    cleaned = clean_text(md)
    assert cleaned.steps[0].step == "markdown" and "#" not in cleaned.text and "*" not in cleaned.text
    from analysis.structure import parse_plan
    rows = parse_plan("md", cleaned.text).items
    assert [r["item_id"] for r in rows if r["unit_type"] != "paragraph"] == ["md:1.h", "md:1.1", "md:2.h", "md:2.2"]


def test_a_forums_bbcode_post_reads_as_its_blocks_with_title_and_outline():
    from analysis.markup import bbcode_text, is_bbcode, plain_text
    from analysis.metadata import infer_metadata
    from analysis.structure import parse_plan

    block = "[align=left][color=rgb(51, 51, 51)][font=宋体][size=3]{}[/size][/font][/color][/align]"
    post = ("[align=center][size=3][b]20[/b][b]22[/b][b]年[/b][b]某某县[/b][b]国民经济和社会发展统计公报[/b][/size][/align]"
            + block.format("  某某县统计局") + block.format("  一、[b]综  合[/b]")
            + block.format("  全年地区生产总值完成225亿元，同比增长6.4%。[img]http://x/1.png[/img]")
            + block.format("  二、[b]农  业[/b]") + block.format("  全年粮食产量35万吨。"))
    assert is_bbcode(post) and not is_bbcode("〔2023〕12号[1]，见[附件]、[b]。")
    text, tags = bbcode_text(post)
    assert text.split("\n") == ["2022年某某县国民经济和社会发展统计公报", "某某县统计局", "一、综  合",
                                "全年地区生产总值完成225亿元，同比增长6.4%。", "二、农  业", "全年粮食产量35万吨。"]
    cleaned = clean_text(post)
    assert cleaned.steps[0].step == "bbcode" and "[" not in cleaned.text
    meta = infer_metadata(plain_text(post), "x.txt")  # as the build reads a file (analysis.corpus)
    assert (meta["title"], meta["year_start"], meta["doc_type"]) == (
        "2022年某某县国民经济和社会发展统计公报", 2022, "statistical_communique")
    rows = parse_plan("bb", cleaned.text).items
    assert [r["item_id"] for r in rows if r["unit_type"] == "heading"] == ["bb:1.h", "bb:2.h"]
