"""Cleaning: each repair on real spans, the report, idempotence."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.cleaning import clean_text, find_cover_end, is_traditional


@pytest.fixture(scope="module")
def cleaned(corpus):
    return {d.doc_id: clean_text(d.text) for d in corpus.documents}


@pytest.fixture(scope="module")
def national_texts():
    """The decoded texts of the national government work reports (data/national-reports/raw)."""
    from analysis.config import PROJECT_ROOT
    from analysis.corpus import read_corpus

    return [d.text for d in read_corpus(PROJECT_ROOT / "data" / "national-reports" / "raw").documents]


def step(result, name):
    return next(s for s in result.steps if s.step == name)


def test_web_clutter_around_the_xx_plan_is_removed(cleaned, corpus):
    raw = next(d.text for d in corpus.documents if d.doc_id == "xxcity-20xx")
    text = cleaned["xxcity-20xx"].text
    for clutter in ("当前位置", "浏览量", "推荐访问", "最新推荐", "幼儿园中班六一活动方案", "2024-04"):
        assert clutter in raw and clutter not in text
    assert text.splitlines()[0] == "xx市总工会20xx年工作要点"
    assert text.rstrip().endswith("（责任单位：办公室、组织与基层工作部、女职工部、财贸工会、教育工会、职工中专）")
    report = step(cleaned["xxcity-20xx"], "web_clutter")
    assert report.lines_removed >= 14 and report.chars_removed > 700


def test_broken_lines_are_joined_back(cleaned):
    assert "关于工人阶级和工会工作的重要论述，在学懂弄通做实上下功夫" in cleaned["changzhou-2020"].text
    assert "\n8.搭建职工教育培训平台。" in cleaned["xxcity-20xx"].text
    assert "职工原创摄影比赛、争做xx好网民" in cleaned["xxcity-20xx"].text
    assert step(cleaned["changzhou-2020"], "line_breaks").lines_joined == 4


def test_a_heading_line_its_words_decide_is_not_joined_onto_a_lead_that_breaks_off():
    text = ("十四届全国人大三次会议5日上午开幕，国务院总理向大会作政府工作报告，要点速读↓\n2024年工作回顾\n"
            "国内生产总值达到134.9万亿元，增长5%。\n2025年发展主要预期目标\n国内生产总值增长5%左右。")
    lines = clean_text(text).text.split("\n")
    assert lines[1:] == ["2024年工作回顾", "国内生产总值达到134.9万亿元，增长5%。", "2025年发展主要预期目标",
                         "国内生产总值增长5%左右。"]
    assert clean_text("全市上下团结奋斗，取得了\n显著成绩\n。").text.startswith("全市上下团结奋斗，取得了显著成绩")  # after 了


def test_a_breadcrumb_labelled_as_the_readers_place_goes():
    text = "您当前所在位置: 首页>政务公开>规划计划>工作计划\n\n上高县农业农村局2024年工作总结\n正文，开始。"
    assert clean_text(text).text.startswith("上高县农业农村局2024年工作总结")
    listing = "某县重点项目清单\n一、交通\n项目所在位置：XX路\n建设道路10公里。"
    assert clean_text(listing).text == listing  # a project's location is no breadcrumb
    steps = "某县重点项目清单\n党建/工会/共青团/妇联四项工作\n一、交通"
    assert clean_text(steps).text == steps  # words set apart by slashes, not from the home page nor to 正文: text


@pytest.mark.parametrize("top", [
    "中国共产党新闻网>>中国工会新闻>>帮扶快递",  # a breadcrumb whose steps are joined by >>
    "返回首页 >",  # interface words written together: 返回 + 首页
    "微信扫码登录\n\n使用验证码登录",
    "人民网\n人民网",  # a news site's masthead
    "中国共产党新闻网>>中国工会新闻",  # two steps are a breadcrumb when >> joins them
    "• 无障碍浏览\n  • 长辈版|\n您现在所在的位置: 网站首页> 政府信息公开首页 > 政策文件",
    "版权说明:本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领\n文档简介",
    "省总工会您当前的位置 : 烟台工会网 >> 省总",  # a section's name before the reader's place
    "网易首页 > 网易号 > 正文 申请入驻",  # a breadcrumb with an interface word after it
    "意见反馈 意见反馈 顶 踩 收藏 收藏",
    "工作计划 会员上传 下载docx",  # a site's category before its buttons
    "首页/ 政务公开/ 法定主动公开内容/ 统计信息/ 统计公报/ 正文",  # a breadcrumb set apart by slashes (rounds 101, 103)
    "政府信息公开 / 政府工作报告 / 统计 / 正文",  # one down to the story, from below the home page
])
def test_page_furniture_above_the_headline_goes(top):
    text = top + "\n\n黑龙江省总工会增拨4510万元助困送温暖\n正文，开始。"
    assert clean_text(text).text.startswith("黑龙江省总工会增拨4510万元助困送温暖")


def test_short_lines_of_text_are_not_taken_for_interface_words():
    for line in ("中小学", "大力推进"):  # text stays
        assert clean_text(line + "\n正文，开始。").text.startswith(line)
    for line in ("首页", "投稿", "分享"):  # one interface word alone on a line above the text is the page's button
        assert clean_text(line + "\n\n东南网4月3日讯 今年，某市总工会将开展竞赛。").text.startswith("东南网")
    assert clean_text("某市工会\n分享\n正文，开始。").text.startswith("某市工会\n分享")  # below a line of text: stays
    assert clean_text("会议通知\n位置：市总工会三楼\n正文，开始。").text.startswith("会议通知")  # no breadcrumb
    assert clean_text("工作计划 下载\n正文，开始。").text.startswith("工作计划")  # one button after a word stays


def test_lost_middle_dot_is_restored_only_where_unambiguous(cleaned):
    text = cleaned["wujin-2018"].text
    assert "“中国梦·劳动美·幸福路”" in text and "?" not in text
    assert step(cleaned["wujin-2018"], "damage").changes == 2
    odd = clean_text("王?明同志讲话。").text
    assert "王？明" in odd or "王?明" in odd  # a lost character in a name is not guessed


@pytest.mark.parametrize("text, cleaned", [
    ("存款余额达到4 6 2 8 0 亿元。", "存款余额达到46280亿元。"),  # digits spaced out one by one (PDF typesetting)
    ("年均增长5 ．4 ％，下降到1 0 ．0 6 ‰。", "年均增长5.4%，下降到10.06‰。"),
    ("1 9 9 7 年，3 0 0 多个城市", "1997年，300多个城市"),
    ("表\n10 20 30\n2018 2019年", "表\n10 20 30\n2018 2019年"),  # numbers a space separates stay apart
    ("全年增长19·5％，", "全年增长19.5%，"),  # a middle dot as a decimal point
    ("“5·12”汶川特大地震", "“5·12”汶川特大地震"),  # a middle dot in a date name stays
])
def test_spaced_out_digits_are_joined_and_a_decimal_middle_dot_is_a_point(text, cleaned):
    assert clean_text(text).text == cleaned


@pytest.mark.parametrize("text, cleaned", [
    ("一九八○年比一九七九年增长百分之八。", "一九八〇年比一九七九年增长百分之八。"),  # a circle as the zero of a year
    ("二○○○年，建成一百○八项。", "二〇〇〇年，建成一百〇八项。"),
    ("○一是加强领导；○○○", "○一是加强领导；○○○"),  # a bullet, and circles alone, stay
    ("第十四个五年规划和二O三五年远景目标", "第十四个五年规划和二〇三五年远景目标"),  # a Latin O typed for 〇 (round 141)
    ("二0一九年，二OO五年", "二〇一九年，二〇〇五年"),  # a digit 0, two letters O
    ("一O、OK，十0", "一O、OK，十0"),  # not between two numerals
])
def test_a_circle_used_as_a_zero_in_chinese_numerals_is_the_zero(text, cleaned):
    result = clean_text(text)
    assert result.text == cleaned
    assert result.text.count("〇") == step(result, "width").changes


def test_a_long_run_of_circles_and_numerals_costs_linear_time():
    text = "一" + "○" * 300_000 + "年，" + "○" * 300_000
    cleaned = clean_text(text).text
    assert cleaned.startswith("一〇〇") and cleaned.endswith("○○○")


def test_a_long_run_of_spaced_digits_without_a_unit_costs_linear_time():
    # each digit once started a rescan of the run: 20,000 digits took 20 s, 200,000 would take half an hour
    text = "编号" + "1 " * 200_000 + "x"
    assert clean_text(text).text == text.strip()  # no unit after the run: the spaces stay


def test_width_and_punctuation_are_made_consistent():
    result = clean_text("１．开展活动１０场(次),参与率达到６％－６.５％，时间12:30，共1,000人。")
    assert result.text == "1.开展活动10场（次），参与率达到6%-6.5%，时间12:30，共1,000人。"
    assert clean_text("覆盖率达95﹪以上。").text == "覆盖率达95%以上。"  # the small form of %


def test_the_changzhou_cover_notice_is_kept_apart(cleaned):
    result = cleaned["changzhou-2020"]
    cover, body = result.text[: result.cover_end], result.text[result.cover_end :]
    assert "常工发〔2020〕12号" in cover and "印发给你们" in cover
    assert body.splitlines()[0] == "常州市总工会2020年工作要点"
    assert all(r.cover_end == 0 for k, r in cleaned.items() if k != "changzhou-2020")


def test_find_cover_end_without_a_title_line_ends_after_the_request():
    text = "关于印发《甲市工作要点》的通知\n各单位：\n现印发给你们，请认真贯彻落实。\n一、总体要求\n"
    assert text[find_cover_end(text):].startswith("一、总体要求")


def test_traditional_text_is_converted_and_reported():
    result = clean_text("一、加強職工之家建設\n1.推進勞模創新工作室建設，新建10家。")
    assert result.is_traditional
    assert "加强职工之家建设" in result.text and "劳模创新工作室" in result.text
    assert step(result, "simplified").chars_changed == 7  # 強 職 設 進 勞 創 設
    assert not is_traditional("一、加强职工之家建设")


def test_crlf_and_bom_free_text_give_the_same_result():
    text = "一、总体要求\n\n1.强化政治引领。"
    assert clean_text(text.replace("\n", "\r\n")).text == clean_text(text).text


def test_cleaning_is_idempotent_on_every_plan(cleaned):
    for doc_id, result in cleaned.items():
        assert clean_text(result.text).text == result.text, doc_id


_ALPHABET = st.sampled_from(list("工会职工之家一二三、，。；：?()（）“”12３４.．  \n\t附件推荐访问当前位置：x"))


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_cleaning_is_idempotent_on_any_text(text):
    once = clean_text(text).text
    assert clean_text(once).text == once


# --- Hostile input: linear time and no text lost ------------------------------------------------
# Each input below would take minutes (or eat the document) with the old patterns; now it runs in
# well under a second. The timings themselves are in benchmarks/bench_adversarial.py.


def test_a_long_run_of_spaces_is_handled_and_collapsed():
    text = clean_text("1.加强" + " " * 200_000 + "职工之家建设。\n" + " " * 100_000).text
    assert text == "1.加强职工之家建设。"


def test_many_hard_wrapped_lines_are_joined_into_one():
    line = "深入推进职工之家建设，扎实开展服务职工工作，不断提高"
    text = clean_text("一、工作任务\n1.加强职工之家建设\n" + (line + "\n") * 20_000 + "服务水平。").text
    lines = text.split("\n")
    assert lines[:2] == ["一、工作任务", "1.加强职工之家建设"]  # a heading without sentence punctuation stays apart
    assert len(lines) == 3 and lines[2] == line * 20_000 + "服务水平。"


def test_a_footer_marker_in_the_body_keeps_the_text_after_it():
    body = "".join(f"{n}.开展职工服务活动，提升服务水平和质量，做好帮扶工作。\n" for n in range(1, 30))
    result = clean_text("一、工作任务\n版权所有的资产要管好\n" + body)
    assert result.text.count("开展职工服务活动") == 29
    assert any("looks like a page footer" in n for n in result.notes)


def test_a_page_number_alone_is_removed_but_a_subscript_set_apart_is_kept():
    """A number alone on a line is a page number, unless the line before ends in a Latin letter: then it is
    the subscript of a symbol the page set on a line of its own (M2, PM10, CO2)."""
    result = clean_text("广义货币M\n2\n增长13.6%，可吸入颗粒物（PM\n10\n）下降。\n\n12\n\n第二段。")
    assert result.text.replace("\n", "") == "广义货币M2增长13.6%，可吸入颗粒物（PM10）下降。第二段。"


def test_a_line_that_is_only_an_image_is_removed_wherever_it_stands():
    """1.jpeg / 2.jpeg between a story's paragraphs (round 189's 福田 page: 2.jpeg opened an outline section that swallowed
    the story), a screenshot's file names run together, an image element: the page's pictures, not its text."""
    text = ("福田工会部署2026年重点工作\n\n3月10日，福田工会重点工作部署会召开。\n\n1.jpeg\n\n2.jpeg\n\n"
            "会议全面回顾2025年重点工作成效。\n已处理161784微信截图_20210408084750.png已处理161784微信截图_20210408084836.png\n"
            '<image>data:image/s3,"s3://crabby-images/5c7fa/5c7faf73c5de9d6bcb6d8b56e12c9c9bcd6c4d4c" alt=""</image>\n新建职工之家10家。')
    result = clean_text(text)
    assert "jpeg" not in result.text and "png" not in result.text and "image" not in result.text
    assert "会议全面回顾2025年重点工作成效。" in result.text and "新建职工之家10家。" in result.text
    assert "附件：1.实施方案.docx" in clean_text("正文。\n附件：1.实施方案.docx").text  # a document named in a line stays


def test_a_sites_contact_and_account_buttons_are_chrome():
    """• 工作邮箱 / 微信公众号 above a story's headline (round 189's 天津 page: 工作邮箱 was taken for its title)."""
    text = "  • English\n  • 收藏\n  • 工作邮箱\n微信公众号\n分享\n2024年天津市经济运行呈现五大亮点\n时间:2025-02-11\n\n全市经济增长5.1%。"
    cleaned = clean_text(text).text
    assert "工作邮箱" not in cleaned and "微信公众号" not in cleaned and cleaned.startswith("2024年天津市经济运行")


def test_the_head_of_a_document_sharing_or_government_page_is_removed_by_its_shape():
    """A breadcrumb of short steps, a machine-written date stamp, counters, a disclosure table, a date stamp
    with a view count, and a lone interface word of three characters or more; a handout's own date stays."""
    page = ("某某网 >地图 >工作计划 >\n下半年工会工作计划\n时间:2023-05-16 某某网\n阅读数:1012 文章字数:10024\n"
            "索引号: 002546445/2023-448528 公开方式: 主动公开\n2023-03-10 14:38:52 122\n点击查看\n时间：2018.2.25\n"
            "一、工作任务\n1.开展职工服务活动。")
    assert clean_text(page).text.split("\n") == ["下半年工会工作计划", "时间：2018.2.25", "一、工作任务", "1.开展职工服务活动。"]


def test_a_disclosure_tables_fields_with_labels_spaced_out_and_a_breadcrumb_from_the_sites_home_page_are_removed():
    """A government page's disclosure table sets its labels out with spaces (文       号, 关  键 词) and may hold a
    view count, a keyword line and a summary line; its breadcrumb may start at 网站首页 with a step longer than a
    menu's. None of it is the document."""
    page = ("网站首页 > 政务公开 > 某市人民政府(办公室)信息公开目录 > 年度重点工作分解情况\n"
            "索  引 号: 003158495/201905-00164 信息分类: 年度重点工作分解情况\n"
            "发布机构: 某市人民政府(办公室) 生成日期: 2019-05-20 16:05\n"
            "文       号: 某政发〔2019〕16号 发文日期: 2019-05-20 16:05\n"
            "关  键 词: 重点工作及责任分解   浏览次数: 4646\n"
            "内容概述: 重点工作及责任分解   有 效 性: 暂无\n\n"
            "某市人民政府关于2019年重点工作及责任分解的通知\n\n1.全市生产总值增长8.5%。")
    assert clean_text(page).text.split("\n") == ["某市人民政府关于2019年重点工作及责任分解的通知", "", "1.全市生产总值增长8.5%。"]
    # a body line that opens on the same words without a field's colon or space stays
    assert clean_text("关键词是创新。\n名称变更后的工会正常运转。").text.split("\n") == ["关键词是创新。",
                                                                                "名称变更后的工会正常运转。"]
    # and a story's own keyword heading (今年工会工作关键词。/ 关键词:加强职工思想政治引领) is no form's field
    assert clean_text("梳理出今年工会工作关键词。\n关键词:加强职工思想政治引领\n正文。").text.split("\n")[1] == \
        "关键词：加强职工思想政治引领"


def test_a_template_sites_blurb_near_the_top_is_removed():
    page = ("工会年度工作总结\n下面是小编整理的工会工作总结范文，欢迎阅读分享，希望对大家有所帮助。\n"
            "20xx年，区总工会在区委领导下，新建职工之家10家。")
    assert clean_text(page).text.split("\n") == ["工会年度工作总结", "20xx年，区总工会在区委领导下，新建职工之家10家。"]
    # a template's filler before the blurb on its line goes with it; a news lead with figures stays
    filler = clean_text("在现实生活中，我们常常面临各种变化。下面是小编整理的计划范文，欢迎阅读。\n工会年度工作总结\n正文。")
    assert filler.text.split("\n")[0] == "工会年度工作总结"
    lead = clean_text("市长作政府工作报告称，地区生产总值增长的预期目标为8%左右。下面是小编收集整理的报告，欢迎阅读参考！！\n各位代表：")
    assert lead.text.split("\n")[0] == "市长作政府工作报告称，地区生产总值增长的预期目标为8%左右。"
    # a page of a document run together that holds such words keeps the plan's text: its outline is put on lines,
    # and then the blurb, a line of its own, goes as it would in a page with its line breaks (and as cleaning the
    # result again would do)
    outline = "一、2022年工作回顾。全市生产总值370亿元，增长32%。" * 8
    assert clean_text("政府工作报告由我整理，希望给你工作带来便利。" + outline).text.replace("\n", "") == outline


def test_a_photo_caption_ending_in_its_credit_is_removed_and_not_joined_to_the_text():
    text = "福建省人民政府省长作政府工作报告。人民网 刘卿摄\n一、工作回顾\n1.加强拍摄基地建设。"
    assert clean_text(text).text.split("\n") == ["一、工作回顾", "1.加强拍摄基地建设。"]
    # a photographer's credit on a line of its own between a story's paragraphs (摄影 张铁兵) goes; a line that goes on
    # (摄影 张铁兵 作品展开幕。) is text
    story = "通化将坚持投资于物和投资于人紧密结合。\n摄影 张铁兵\n在产业升级上加力突破。\n摄影家协会举办作品展，展出100幅。"
    assert clean_text(story).text.split("\n") == ["通化将坚持投资于物和投资于人紧密结合。", "在产业升级上加力突破。",
                                                   "摄影家协会举办作品展，展出100幅。"]
    # a caption closed by its credit in brackets ((供图), （市总工会供图）, （张三 摄）) goes; a bracket that explains stays
    story = "市总工会慰问春节坚守的职工983名。\n慰问一线职工。(供图)\n活动现场（市总工会供图）\n新建站点（驿站）"
    assert clean_text(story).text.split("\n") == ["市总工会慰问春节坚守的职工983名。", "新建站点（驿站）"]


def test_pinyin_readings_glossed_after_characters_are_removed_and_reported():
    result = clean_text("第一轮三年行动计(jì)划320项(xiàng)重点任务，印发（fā）文件(a)和附件(1)。")
    assert result.text == "第一轮三年行动计划320项重点任务，印发文件(a)和附件(1)。"
    assert [(s.changes, s.chars_removed) for s in result.steps if s.step == "pinyin"] == [(3, 15)]
    assert "pinyin" not in [s.step for s in clean_text("一、任务\n1.开展活动。").steps]


def test_a_page_counter_run_into_the_text_is_removed_wherever_it_stands():
    result = clean_text("第1页共18页某市政府工作报告\n各位代表：现在我代表市人民政府报告工作。第2页共18页过去一年增长8%。")
    assert "页" not in result.text and "过去一年增长8%" in result.text
    step = next(s for s in result.steps if s.step == "web_clutter")
    assert (step.changes, step.lines_removed, step.chars_removed) == (2, 0, 14)


def test_a_bulleted_page_meta_line_is_removed():
    result = clean_text("2022卷\n  • 总工会\n  • 发布时间:07-05\n  • 来源:\n【概况】自治区总工会于1949年5月成立。")
    assert "发布时间" not in result.text and "来源" not in result.text and "【概况】" in result.text


def test_a_newspaper_pages_edition_line_is_page_meta_and_a_wire_lead_starts_its_own_paragraph():
    page = ("当前版:03版\n发布日期: 2025年04月03日\n团市委将扎实推进青年发展型城市建设，年发展团员1.9万名\n"
            "本报讯(记者某某)4月2日，记者在发布会上获悉，今年将发展团员1.9万名。")
    lines = clean_text(page).text.split("\n")
    assert not any(line.startswith(("当前版", "发布日期")) for line in lines)
    assert lines[-1].startswith("本报讯")  # not run on from the headline above it


def test_a_line_a_bullet_starts_is_never_joined_to_the_one_before():
    text = "2024年，全省经济运行总体平稳，主要指标好于预期\n●粮食总产达到557亿斤\n■2025年主要预期目标"
    assert clean_text(text).text == text


def test_a_list_of_labelled_lines_is_not_joined_line_to_line():
    """投资：…⏎消费：…: a line that opens on a run-in label, after one that opened on one too, is the list's next item
    even where the line before ends without a mark (a page's list of a year's work, each line a field); a line
    left open (after a comma) still takes the rest of its sentence."""
    text = "投资：计划实施重点建设项目120个，完成投资110亿元以上\n\n消费：全面落实汽车、家电以旧换新政策。"
    assert "以上消费" not in clean_text(text).text and "\n消费：" in clean_text(text).text
    broken = "投资：计划实施重点建设项目120个，完成投资110亿元，\n城区：老旧小区改造工作。"
    assert "，城区：" in clean_text(broken).text


def test_a_trailing_list_of_other_articles_is_still_removed():
    body = "一、工作任务\n1.开展职工服务活动，提升服务水平和质量，做好帮扶工作。\n"
    clutter = "相关文章\n1幼儿园中班六一活动方案\n温暖的阳光,诱人的花香,激动的脸庞\n2某市医疗保障工作要点\n"
    result = clean_text(body + clutter)
    assert result.text == body.strip() and not result.notes
    assert next(s for s in result.steps if s.step == "web_clutter").lines_removed == 4


def test_a_sites_copyright_line_at_the_end_goes_however_long():
    """Round 114 (after its first scores): a news site's one-line statement at the end (Copyright @ 2015-2022 …版权所有
    备案号:…ICP备…号 联系邮箱:…), longer than a footer's lines, is the site's, and its years are no result."""
    body = "海南日报讯近日，三亚市总工会启动“夏送清凉”活动，惠及1.6万余名职工。"
    line = "Copyright @ 2015-2022 起点晚报网版权所有 备案号: 皖ICP备2022009963号-12 联系邮箱: 39 60 29 14 2@qq.com" + " 地址:某某市某某路1号" * 3
    assert clean_text(body + "\n" + line).text == body
    assert "版权所有" in clean_text(body + "\n" + line + "\n" + "市总工会将继续开展送清凉活动，覆盖全市所有在建项目的一线职工和新就业形态劳动者。" * 2).text


def test_many_footer_like_lines_cost_linear_time():
    text = "一、工作任务\n" + "1.加强职工之家建设，开展活动。\n版权所有的资产要管好，服务职工。\n" * 20_000
    result = clean_text(text)
    assert result.text.count("版权所有") == 20_000


def test_table_rows_written_with_pipes_are_never_joined():
    text = "三、经费预算\n| 项目 | 预算金额(元) | 备注 |\n|------|------|------|\n| 运动会物资采购 | 2,000 | 含奖品 |\n| 户外拓展 | 5,000 | 含交通 |"
    assert clean_text(text).text.count("\n") == 4


def test_ascii_double_quotes_around_chinese_become_chinese_quotes():
    cleaned = clean_text('统筹推进"五位一体"总体布局、协调推进"四个全面"战略布局，代码"abc"不变。')
    assert cleaned.text == '统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局，代码"abc"不变。'


def test_a_toolbar_or_breadcrumb_laid_out_one_word_a_line_goes():
    """下载 / 打印 / 全屏 / 收藏 / 【字号： / 加大 / 还原 / 减小 / 】 and 首页 / > / 政务信息 / > / 宁夏要闻 above a
    provincial report's title; one interface word alone between lines of text stays."""
    toolbar = "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年某省政府工作报告\n各位代表：\n正文，开始。"
    assert clean_text(toolbar).text.startswith("2026年某省政府工作报告")
    crumb = "首页\n>\n政务信息\n>\n某省要闻\n2026年某省政府工作报告\n正文，开始。"
    assert clean_text(crumb).text.startswith("2026年某省政府工作报告")
    assert clean_text("某市工会\n下载\n一、任务\n新建10家。").text.startswith("某市工会\n下载")
    assert clean_text("某市工会\n>\n正文，开始。").text.startswith("某市工会\n>")


def test_a_sites_menu_bar_goes_but_not_a_tables_row():
    page = "央视网|中国网络电视台|网站地图 |\n客服设为首页|\n本报讯（记者王娇萍）记者获悉，建会率达82.73%。"
    assert clean_text(page).text.startswith("本报讯")
    table = "某县2024年民生实事进展\n| 项目 | 单位 | 目标 |\n| 新建公园 | 个 | 5 |"
    assert clean_text(table).text.split("\n")[1].startswith("|")  # a table's row opens on its |


def test_a_one_line_breadcrumb_below_a_vertical_one_still_takes_everything_above_it():
    text = "首页\n>\n政务信息\n>\n要闻\n其他栏目\n当前位置：首页 > 要闻\n2026年某省政府工作报告\n正文，开始。"
    assert clean_text(text).text.startswith("2026年某省政府工作报告")


def test_a_printed_documents_running_head_and_page_numbers_go_and_the_broken_sentence_is_joined():
    body = "一、总体要求\n全年新建职工之家10家，培训职工1万人次，开展劳动竞赛30场，推动建会入会工作\n"
    page = "\n— {n} —\n\n常州市总工会文件\n"
    text = (body + page.format(n=1) + "向纵深发展，切实维护职工合法权益。\n二、重点任务\n组织职工参加技能竞赛活动，提升技能水平，服务高质量发展大局和全市\n"
            + page.format(n=2) + "中心工作。\n三、保障措施\n加强组织领导。\n" + page.format(n=3) + "四、工作要求\n抓好落实。")
    cleaned = clean_text(text)
    assert "常州市总工会文件" not in cleaned.text and "—" not in cleaned.text
    assert "推动建会入会工作向纵深发展，切实维护职工合法权益。" in cleaned.text
    assert "服务高质量发展大局和全市中心工作。" in cleaned.text
    assert "加强组织领导。\n\n四、工作要求" in cleaned.text  # between paragraphs one blank line stays


def test_repeated_short_lines_that_break_no_sentence_or_sit_in_brackets_are_kept():
    headings = "一、就业\n主要措施\n开展招聘活动。\n二、社保\n主要措施\n扩大参保范围。\n三、住房\n主要措施\n建设保障房。"
    assert clean_text(headings).text.count("主要措施") == 3  # a subheading after each section's heading
    links = "".join(f"第{n}段，根据中央《\n建议\n》精神推进工作。\n" for n in range(1, 5))
    assert clean_text(links).text.count("建议") == 4  # a link's text set on a line of its own


def test_a_join_that_makes_a_flat_line_is_reflowed_in_the_same_cleaning():
    """Found by the idempotence property: a line just short of a flat text's length, joined to the next, became
    one that cleaning the result again would split at a run-in marker."""
    text = ("一、" * 19 + "您当前的位置：" + "开展职工服务活动，提升服务水平。" * 8 + "一、\n附件一、一、一、一、"
            "新建职工之家（责任单位：办公室）")
    once = clean_text(text).text
    assert clean_text(once).text == once


def _accounted(text: str) -> tuple[int, int]:
    """(characters the cleaning took out, characters its report says it took out): the steps' chars_removed, less
    the line breaks a flat text's reflow put in (one a change)."""
    result = clean_text(text)
    reported = sum(s.chars_removed for s in result.steps) - sum(s.changes for s in result.steps if s.step == "flat_text")
    return len(text) - len(result.text), reported


def test_the_report_accounts_for_every_character_taken_out(corpus, national_texts):
    """What the cleaning report says each step removed adds up to what the text lost (line breaks of removed
    lines too), on the five plans, the national reports and a template site's page."""
    page = ("当前位置:简历谷 >\n\n职场 >工作计划 >\n\n局工会年度工作计划精选6篇\n\n局工会年度工作计划篇1\n\n"
            "一、围绕中心服务大局\n\n1、深入开展职工建功立业活动。")
    banner = ("某某范文网:www.example.com工会工作总结2021年,区总工会新建职工之家。\n某某范文网:www.example.com\n"
              "工会工作总结\n2021年,区总工会新建职工之家12家。")
    uploaded = "区林业局2019年工作总结\n投稿人：佚名 全文9296字\n内容预览：\n区林业局2019年工作总结\n2019年，我局新造林1200亩。"
    for text in [d.text for d in corpus.documents] + national_texts + [page, banner, uploaded]:
        removed, reported = _accounted(text)
        assert removed == reported


def test_a_template_sites_collection_page_keeps_the_first_documents_own_title():
    """A collection's count (精选6篇, (优质22篇)) and its first document's label (篇1, 【篇1】, 第一篇：) go; above the
    label is the page's; a later document's label gets a note; a plan's own 第一篇 (a part) stays."""
    page = ("当前位置:简历谷 >\n职场 >工作计划 >\n局工会年度工作计划精选6篇\n局工会年度工作计划篇1\n一、围绕中心服务大局\n"
            "1、深入开展职工建功立业活动。\n局工会年度工作计划篇2\n一、加强组织建设")
    result = clean_text(page)
    assert result.text.split("\n")[:2] == ["局工会年度工作计划", "一、围绕中心服务大局"]
    assert any("篇2" in note and "2 documents" in note for note in result.notes)
    titled = clean_text("江苏省总工会工作总结\n2021江苏省总工会工作总结3篇\n【篇1】2021江苏省总工会工作总结\n"
                        "市总工会上半年工作总结\n上半年，市总工会新建职工之家10家。")
    assert titled.text.split("\n")[0] == "市总工会上半年工作总结"
    assert clean_text("医院工会总结及工作计划(3篇范文)\n正文。").text.split("\n")[0] == "医院工会总结及工作计划"
    spaced = clean_text("医院工会工作总结(8篇范文)\n医院工会工作总结\n第1篇 2013年医院工会年终工作总结\n2013年，我院工会新建书屋1个。")
    assert spaced.text.split("\n")[0] == "2013年医院工会年终工作总结"  # the label set apart by a space
    plan = "某县国民经济和社会发展第十四个五年规划纲要\n第一篇开启新征程\n第一章发展环境"
    assert clean_text(plan).text == plan
    # a document site's upload stamp under the collection's title is no title of its own (round 161): it goes, and the
    # title line stays (before, the stamp was taken for the document's own title and the title line removed)
    stamped = clean_text("2023年工会工作总结及计划表(精选11篇)\n  • 上传日期:2023-12-14 16:33:10 |\n  • 8页\n"
                         "2012年，某公司工会新建职工书屋1个。")
    assert stamped.text.split("\n")[0].startswith("2023年工会工作总结及计划表") and "上传日期" not in stamped.text


def test_a_sites_banner_and_its_preview_of_the_page_are_removed():
    """A line of nothing but a site's name and address goes wherever it stands (a template site repeats it);
    a line near the top that repeats, cut short, the start of the text below it (the site's summary of the
    page, its banner run in) goes too. A sentence that gives a web address stays, and so does a short line."""
    page = ("某某公文写作范文网:www.example-site.com区总工会2021年上半年工作总结2021年上半年,区总工会新建职工之家。\n"
            "某某公文写作范文网:www.example-site.com\n区总工会2021年上半年工作总结\n"
            "2021年上半年,区总工会新建职工之家12家,建成网上工会。\n一、思想引领\n"
            "http://www.example-site.com/doc/123.html\n(一)登录www.zgh.org.cn参加答题活动。")
    lines = clean_text(page).text.split("\n")
    assert lines[:2] == ["区总工会2021年上半年工作总结", "2021年上半年，区总工会新建职工之家12家，建成网上工会。"]
    assert lines[-1] == "（一）登录www.zgh.org.cn参加答题活动。" and not any("example" in line for line in lines)
    short = "区总工会工作总结\n区总工会工作总结及计划\n一、任务"
    assert clean_text(short).text == short  # a short line that is the start of the next is a title, kept


def test_a_document_sites_uploader_line_preview_label_and_repeated_heading_go():
    """A document site's lines over the text: the uploader's byline with its counters, the label of its preview,
    a site's name line (…官网在线登录-官方入口), and the page's heading that the text's own title repeats."""
    page = ("KOK体育APP官网在线登录最新版-官方入口\n区林业局2019年工作总结\n\n投稿人：佚名发布时间：2019/12/9投稿交换全文9296字\n"
            "\n内容预览：\n\n区林业局2019年工作总结\n\n2019年，我局新造林1200亩。")
    assert clean_text(page).text.split("\n") == ["区林业局2019年工作总结", "", "2019年，我局新造林1200亩。"]
    site_in_text = "某市总工会2024年工作要点\n一、建设网上工会\n1.在总工会官网开设专栏。"
    assert clean_text(site_in_text).text == site_in_text  # a sentence naming a site's 官网 stays
    # a government portal's name and an editor's credit written with a space instead of a colon go too
    portal = "九江市人民政府为您服务\n责任编辑 郭国胜\n中共九江市委、九江市人民政府门户网站 www.\n九江市总工会\n【概况】2010年，全市工会…"
    assert clean_text(portal).text.split("\n")[-2:] == ["九江市总工会", "【概况】2010年，全市工会…"]


def test_a_pages_stamp_goes_but_the_text_run_on_after_it_on_its_line_stays():
    """发表时间:2019-12-31 17:38 2019年学校工会在…。1、组织… (round 208's 福州三中 page, flattened to two lines): the stamp
    and its time go, the text after it stays; a stamp alone, or with a short tail, goes whole."""
    body = "2019年学校工会在学校党委和上级工会领导下，团结动员全校教职工，成功完成以下活动：1、组织召开第八届教代会第十五次全体会议。"
    page = "福州三中2019年工会工作总结\n发表时间:2019-12-31 17:38 " + body + "2、组织教职工观看电影，丰富教职工的业余生活。"
    lines = clean_text(page).text.split("\n")
    assert lines[0] == "福州三中2019年工会工作总结" and lines[1].startswith("2019年学校工会在")
    stamp = "某市总工会2024年工作要点\n发布时间:2024-01-05 09:30 浏览量:120\n一、指导思想\n坚持以人民为中心。"
    assert clean_text(stamp).text.split("\n")[:2] == ["某市总工会2024年工作要点", "一、指导思想"]


def test_a_line_of_injected_search_spam_at_the_top_of_a_hacked_page_goes():
    """欧美日韩国产色,精品国产一区二区三区av片,… over a provincial outlet's story (round 208's 安徽 page): search spam a
    hacked site shows above the headline, never a line of the text; a sentence that lists places by commas stays."""
    page = ("欧美日韩国产色,精品国产一区二区三区av片,久久精品免视看国产成人,欧美gay视频\n安徽亮出“三农成绩单” 农业大省“金字招牌”越擦越亮\n"
            "2023年,安徽粮食总产达到830.16亿斤。")
    assert clean_text(page).text.split("\n")[0] == "安徽亮出“三农成绩单”农业大省“金字招牌”越擦越亮"
    places = "欧美,日韩,东南亚\n2023年,出口欧美、日韩和东南亚的产品增长12%。"
    assert clean_text(places).text.split("\n")[0] == "欧美，日韩，东南亚"


def test_style_sheet_rules_run_into_the_text_are_removed():
    text = ("2021年工作计划.b1{white-space-collapsing:preserve;}.p1{margin-bottom:0.11in;font-family:楷体_GB2312;}"
            "一、2020年工作情况")
    assert clean_text(text).text == "2021年工作计划一、2020年工作情况"


def test_long_latin_words_lists_and_open_braces_cost_linear_time():
    """What a style-sheet rule begins with, and never ends as one: a long Latin word, a long list of words, many
    braces never closed (each would have taken quadratic time with an unbounded rule)."""
    for text in ("工作计划" + "a" * 200_000, "a," * 100_000, "b{" * 100_000, "划a" * 100_000):
        assert clean_text(text).text  # nothing of it is a style rule; the text is kept


def test_a_photographers_name_set_apart_and_a_reporters_byline_on_lines_of_their_own_are_removed():
    text = "□本报记者 王芳\n大会现场 李明 摄\n会议提出，加强拍摄基地建设。\n组织职工 进行拍摄"
    assert clean_text(text).text.split("\n") == ["会议提出，加强拍摄基地建设。", "组织职工进行拍摄"]


def test_a_cover_notice_whose_title_is_broken_over_lines_or_names_its_documents_side_by_side():
    """Round 117 (after its first scores): a notice whose first sentence asks for the plan to be carried out
    (《…纲要》已经…批准，现印发给你们，…) ends where the plan's title begins, though that title is broken over lines;
    a notice naming three documents side by side (《…》《…》《…》已经省委、省政府同意，…) is a cover notice too."""
    text = ("某省人民政府关于印发\n\n某省国民经济和社会发展\n\n第十四个五年规划纲要的通知\n\n各市人民政府：\n\n"
            "《某省国民经济和社会发展第十四个五年规划纲要》已经省人大审查批准，现印发给你们，请认真组织实施。\n\n某省人民政府\n\n"
            "2021年3月17日\n\n某省国民经济和社会发展\n\n第十四个五年规划纲要\n\n第一章 发展基础")
    cleaned = clean_text(text)
    assert cleaned.text[cleaned.cover_end:].startswith("某省国民经济和社会发展\n")
    text = ("各市人民政府：\n《“十大创新”行动计划(2024—2025年)》《“十强产业”行动计划(2024—2025年)》已经省委、省政府同意,"
            "现印发给你们,请认真抓好落实。\n某省人民政府\n“十大创新”行动计划(2024-2025年)\n一、总体要求")
    cleaned = clean_text(text)
    assert cleaned.cover_end and cleaned.text[cleaned.cover_end:].startswith("某省人民政府")


def test_who_put_a_story_up_and_a_view_counters_label_are_page_stamps():
    """Round 115 (after its first scores): 发布者:ybzzgh发布时间:… under a column's headline, and 浏览: whose count the
    page lost, are the site's, not the story's."""
    text = "【县(市)工会 】一周工作动态\n发布者:ybzzgh发布时间:2024-06-07 15:34:45\n浏览:\n敦化市总工会举办了职工诵读比赛。"
    assert clean_text(text).text.split("\n") == ["【县（市）工会】一周工作动态", "敦化市总工会举办了职工诵读比赛。"]


def test_a_document_sharing_sites_notice_file_size_and_advertisement_are_removed():
    text = ("公文高手，超级方便的公文写作神器！ 立即了解\n温馨提示：\n- 19.09 KB\n- 2021-04-14 发布\n"
            "1. 本文档由用户上传，版权归属用户，某某网负责整理代发布。\n2. 下载前请仔细阅读文档内容。\n网站客服QQ：403074932\n"
            "乡镇2020年工作总结\n一、经济建设成效显著")
    assert clean_text(text).text.split("\n") == ["乡镇2020年工作总结", "一、经济建设成效显著"]


def test_a_sites_teaser_of_another_page_and_a_headlines_arrow():
    page = "青海省总工会简介 中国工会是中国共产党领导的工人阶级群众组织。一、省总工会主要职能…省总... 更多>\n2023年，西宁市总工会…"
    assert clean_text(page).text.startswith("2023年")
    story = "广中路街道召开社代会，明年实事项目确定了→\n日前，广中路街道召开2024年社区代表大会。"
    assert clean_text(story).text.split("\n")[0].endswith("→")  # the arrow ends the headline's line


def test_a_news_sites_lists_of_its_other_stories_after_the_story_go():
    story = ("东南网4月3日讯 今年，某市总工会将组织60场以上市级竞赛。\n\n责任编辑:唐秀敏\n\n最新厦门新闻 频道推荐\n"
             "进入新闻频道新闻推荐\n某省第九届红十字应急救护大赛在榕举\n进入图片频道最新图文\n一周热点新闻\n")
    assert clean_text(story).text == "东南网4月3日讯今年，某市总工会将组织60场以上市级竞赛。"


def test_a_converters_mark_at_each_paragraphs_end_goes_and_the_paragraphs_stay():
    text = ("政 府 工 作 报 告hd9\n各位代表:hd9\n现在,我代表县人民政府向大会报告工作,请予审查,并请县政协委员和列席\n"
            "人员提出意见。hd9\n2019年及今年以来工作回顾hd9\n2019年是我县攻坚克难的一年。地区生产总值增长\n8.4%。hd9\n")
    cleaned = clean_text(text)
    assert "hd9" not in cleaned.text and "\n2019年及今年以来工作回顾\n" in cleaned.text
    assert step(cleaned, "paragraph_marks").changes == 5
    assert clean_text(cleaned.text).text == cleaned.text  # idempotent
    gdp = ("全市GDP\n增长8%，人均GDP\n达到10万元，GDP总量和GDP\n增速均居前列，二产GDP\n占比提高，三产GDP\n"
           "占比过半，GDP的质量提高。")  # written inside its sentences too: a word, no mark
    assert clean_text(gdp).text.count("GDP") == 7


def test_a_news_lead_opening_on_its_time_is_not_joined_to_a_headline_that_ends_without_a_mark():
    """牡丹江“十四五”发展报告：城乡收入差距缩小，多项指标超额完成 over 日前，…举行了…发布会: two paragraphs; a line that
    stops open (…工作将于) still runs on into its date."""
    page = "某市“十四五”发展报告：城乡收入差距缩小，多项指标超额完成\n日前，某市人民政府新闻办公室举行新闻发布会。"
    assert clean_text(page).text.split("\n")[-1].startswith("日前")
    broken = "全市职工代表大会的筹备工作已经全部完成，会议定于\n3月9日上午，在市会议中心召开。"
    assert clean_text(broken).text.count("\n") == 0


def test_a_paragraph_turning_to_what_comes_next_is_not_joined_to_one_that_lost_its_full_stop():
    """…已开工事项65件（含政策类），开工率达100% ⏎⏎ 下一步，各牵头单位要… (round 132's progress report, the full stop
    lost): two paragraphs, a review and a plan; a line that stops open (…要求各单位在) still runs on."""
    page = ("截至10月31日，65件民生实事已完成26件，完成率40%；已开工事项65件（含政策类），开工率达100%\n\n"
            "下一步，各牵头单位要切实负起牵头抓总的主体责任。")
    assert clean_text(page).text.split("\n")[-1].startswith("下一步")
    broken = "会议要求各牵头单位抓紧推进，确保在年底前全面完成，\n下一步，要切实负起主体责任。"
    assert clean_text(broken).text.count("\n") == 0


def test_credits_and_accessibility_toolbars_are_page_clutter():
    page = ("无障碍浏览 适老模式\n与你息息相关！2022，某市要干这些大事！\n本文来源: 总工会\n视频制作:高阳\n"
            "数据来源:中商产业研究院数据库\n2月21日上午，某市第十五届人民代表大会第五次会议隆重开幕。")
    lines = clean_text(page).text.split("\n")
    assert not any(line.startswith(("无障碍", "本文来源", "视频制作", "数据来源")) for line in lines)
    assert lines[-1].startswith("2月21日上午")
    # the editors who checked a story, at its top (初审编辑:高杨 over 责任编辑:马震, round 160): no headline
    checked = "初审编辑:高杨\n责任编辑:马震\n终审:王某\n今年是关键之年。2月23日，某市人民代表大会开幕。"
    assert clean_text(checked).text.split("\n")[0].startswith("今年是")


def test_a_forum_threads_chrome_is_removed_and_its_title_kept():
    """A forum's thread page (返回列表 发布新帖, 查看: 9023|回复: 0, 发表于 … |阅读模式, 您需要 登录 才可以…): its chrome goes, the
    thread's title stays."""
    page = ("返回列表 发布新帖\n查看: 9023|回复: 0\n\n某市总工会开展“五送五促”办实事行动\n\n发表于 2021-5-5 21:24:49 | 查看全部 |阅读模式\n\n"
            "马上注册!\n\n您需要 登录 才可以下载或查看,没有账号?注册\n\n近日，某市总工会在全市工会系统开展实事行动。\n")
    lines = [line for line in clean_text(page).text.split("\n") if line.strip()]
    assert lines == ["某市总工会开展“五送五促”办实事行动", "近日，某市总工会在全市工会系统开展实事行动。"]


def test_question_marks_standing_for_a_lost_indent_are_removed_and_reported():
    """????2022年，… (round 93's communiqué: its full-width indents lost to '?' in an encoding) reads as 2022年，…; a
    question mark inside a line is left alone, and cleaning again changes nothing."""
    cleaned = clean_text("某市统计局\n????2022年，全市经济增长。\n????一、综合\n问题在哪里??")
    assert cleaned.text == "某市统计局\n2022年，全市经济增长。\n一、综合\n问题在哪里？？"
    damage = next(s for s in cleaned.steps if s.step == "damage")
    assert damage.chars_removed == 8 and "lost indent" in damage.description
    assert clean_text(cleaned.text).text == cleaned.text


def test_a_notice_known_by_its_first_sentence_ends_where_its_attachment_begins():
    """甘政办发〔2018〕154号 / 《…实施方案》已经省政府同意,现印发给你们… / 附件:…实施方案 / … / 附件 / …实施方案 (round 107):
    the notice's title line is lost; its first sentence names the plan, and the body begins at the plan's title under
    附件, not at the notice's list of attachments."""
    text = ("甘政办发〔2018〕154号\n各市人民政府,省政府有关部门:\n《某城市群发展规划实施方案》已经省政府同意,现印发给你们,"
            "请结合实际,认真贯彻落实。\n附件:某城市群发展规划实施方案\n某省人民政府办公厅\n2018年7月31日\n附件\n"
            "某城市群发展规划实施方案\n为推进实施《某城市群发展规划》,制定本实施方案。\n一、总体要求\n")
    assert text[find_cover_end(text):].startswith("某城市群发展规划实施方案\n为推进")


def test_a_name_alone_below_a_blank_line_is_a_byline_not_the_rest_of_a_headline():
    page = ("山东省总工会：总结过去，表彰先进，开好新局\n\n田国垒\n\n2023年02月14日14:13  来源：工人日报客户端\n\n"
            "2月10日上午，山东省总工会2022年度工作总结表彰会召开。")
    assert clean_text(page).text.split("\n")[:3] == ["山东省总工会：总结过去，表彰先进，开好新局", "", "田国垒"]
    # prose broken over a blank line is still joined
    broken = "为深入贯彻落实市委全会精神，进一步加强职工之家建设，推进服务\n\n阵地提质增效。"
    assert clean_text(broken).text == "为深入贯彻落实市委全会精神，进一步加强职工之家建设，推进服务阵地提质增效。"


def test_a_writing_sites_offer_of_material_for_its_wechat_is_clutter():
    page = ("正文复制\n更多写作资料+ 微信: 【会员享300g最新资料/每天稳定更新】\n工人日报/2025 年/4 月/2 日/第 002 版工会新闻\n"
            "工会资料室为会员提供图书借阅服务\n河南工会不断创新服务方式，增强工作效能。")
    text = clean_text(page).text
    assert "微信" not in text and "工会资料室为会员提供图书借阅服务" in text


def test_a_contact_field_or_an_address_alone_on_its_line_is_clutter():
    """電話/传真/邮箱 and an address at a page's top (round 126): an advertiser's or a site's details, not the text;
    a line that goes on in words (联系电话：请拨打…咨询) is kept."""
    page = ("電話:021-68160507\n傳真:021-68160512\n基地:南通市如東縣掘港街道國信南路9號\n郵箱:qhhb@example.cn\n"
            "黨的十八大以來，省委、省政府堅決貫徹落實習近平生態文明思想。\n联系电话：请拨打热线咨询，工作日有人值守。")
    lines = clean_text(page).text.split("\n")
    assert lines[0].startswith("党的十八大以来")
    assert lines[-1] == "联系电话：请拨打热线咨询，工作日有人值守。"


def test_a_link_to_more_of_a_sidebars_stories_is_no_breadcrumb():
    """更多>>福建今日重点 below a story (round 128) was read as a breadcrumb, and the story above it as navigation: it is
    chrome after the story now, which is kept; a list's heading 点击排行 is chrome."""
    page = ("您所在的位置:东南网 > 福州 > 正文\n\n某市总工会对解困脱困职工开展“回头看”\n\n"
            "福州新闻网1月14日讯 近日，市总工会对近3年来解困脱困的209户原建档困难职工开展“回头看”。\n\n"
            "相关阅读:\n今日热词\n更多>>福建今日重点\n更多>>国际国内热点\n  • 点击排行\n")
    text = clean_text(page).text
    assert "209户" in text and "点击排行" not in text


def test_a_question_mark_for_the_space_after_a_chapters_number_goes():
    """第一章?發展基礎與發展環境 (round 135's five-year plan, its spaces lost in an encoding): the heading reads as its
    words again (发展基础: the plan's review of the five years before, a summary heading); a real question stays."""
    text = "第一章?發展基礎與發展環境\n“十三五”時期，我县经济总量迈上新台阶。\n第一節？發展基礎\n问：为什么？答：因为。"
    lines = clean_text(text).text.split("\n")
    assert lines[0] == "第一章发展基础与发展环境" and lines[2] == "第一节发展基础"
    assert lines[3] == "问：为什么？答：因为。"


def test_an_outlets_dateline_and_byline_are_clutter_and_the_headline_stays_a_line_of_its_own():
    """陕西2024年GDP增长目标5.5%左右,城镇新增就业40万人以上 / 21世纪经济报道2024-01-26 15:52 / 21世纪经济报道记者 凌晨 西安报道 /
    1月26日上午9时,… (round 134): the outlet's dateline and byline go, and the headline, which lost no full stop, is not
    joined to them (15:52 and 21 read as 15:5221 before) nor to the lead that opens on its day and hour."""
    page = ("某省2024年GDP增长目标5.5%左右,城镇新增就业40万人以上\n\n某某经济报道2024-01-26 15:52\n\n"
            "某某经济报道记者 凌晨 西安报道\n\n1月26日上午9时,某省第十四届人民代表大会第二次会议开幕。\n")
    lines = [line for line in clean_text(page).text.split("\n") if line.strip()]
    assert lines == ["某省2024年GDP增长目标5.5%左右，城镇新增就业40万人以上",
                     "1月26日上午9时，某省第十四届人民代表大会第二次会议开幕。"]
    # a sentence that ends on a time is no dateline (a dateline is the page's top line of a name and its minute)
    assert "15:30" in clean_text("会议定于2024-01-26 15:30在市会议中心召开。").text


def test_a_government_sites_phone_and_window_buttons_are_chrome():
    """扫一扫在手机打开当前页 / 【返回顶部】【打印此页】【关闭窗口】 under a story (round 135): a government site's buttons."""
    page = "近日，某市召开工会工作推进会。\n\n扫一扫在手机打开当前页\n\n【返回顶部】【打印此页】【关闭窗口】\n"
    assert clean_text(page).text == "近日，某市召开工会工作推进会。"


def test_a_sites_weather_box_at_the_top_is_clutter():
    """温度:23-34℃ 天气现象:多云,午后有雷阵雨 风向风速:东到东南风3-4级 over a plan's title (round 141): the site's, and with
    its comma it hid the title below it; a sentence about the weather in the text stays."""
    page = ("温度:23-34℃ 天气现象:多云,午后有雷阵雨 风向风速:东到东南风3-4级\n\n某市国民经济和社会发展第十四个五年规划纲要（摘要）\n"
            "气温：全年平均气温24℃，较常年偏高。")
    lines = [line for line in clean_text(page).text.split("\n") if line.strip()]
    assert lines == ["某市国民经济和社会发展第十四个五年规划纲要（摘要）", "气温：全年平均气温24℃，较常年偏高。"]
    from analysis.metadata import find_title
    assert find_title(page) == "某市国民经济和社会发展第十四个五年规划纲要（摘要）"
