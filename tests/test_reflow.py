"""A document-sharing site's page dump: pages joined back, run-in outline markers on lines of their own."""
from analysis.cleaning import clean_text
from analysis.reflow import reflow_flat_lines, reflow_page_dump

PAGE = "开展职工服务活动，提升服务水平和质量，做好困难职工帮扶工作。" * 12  # 372 characters of text


def test_a_page_dump_is_joined_back_and_its_outline_put_on_lines():
    text = ("某区总工会2024年工作要点.docx\n"
            f"1、某区总工会2024年工作要点。一、加强思想引领。1 .开展宣讲活动。{PAGE}全年举办\n"
            f"2、宣讲10场。二、做好服务。1 .走访困难职工。{PAGE}\n")
    out, joined, split = reflow_page_dump(text)
    assert joined == 1 and split == 4
    lines = out.split("\n")
    assert lines[0] == "某区总工会2024年工作要点.docx"  # not a page: never joined
    assert [line[:4] for line in lines[1:6]] == ["某区总工", "一、加强", "1.开展", "二、做好", "1.走访"]
    assert "全年举办宣讲10场。" in out


def test_a_text_with_real_numbered_items_or_inline_lists_is_left_alone():
    items = "一、任务\n1、开展宣讲活动，全年举办宣讲10场。\n2、走访困难职工100户。\n"
    assert reflow_page_dump(items) == (items, 0, 0)
    paragraph = f"今年重点做好以下工作：1.开展宣讲；2.走访职工。{PAGE}"
    assert reflow_page_dump(paragraph) == (paragraph, 0, 0)
    long_items = f"1、{PAGE}\n2、{PAGE}\n"  # long, but each ends its sentence: real items
    assert reflow_page_dump(long_items) == (long_items, 0, 0)


def test_cleaning_reports_the_page_dump_only_when_there_is_one():
    dump = clean_text(f"1、一、加强思想引领。{PAGE}全年举办\n2、宣讲10场。二、做好服务。")
    assert [(s.step, s.changes, s.lines_joined) for s in dump.steps if s.step == "page_dump"] == [("page_dump", 2, 1)]
    assert dump.text.split("\n")[1].startswith("二、做好服务")
    assert "page_dump" not in [s.step for s in clean_text("一、任务\n1、开展宣讲活动。").steps]


def test_a_text_that_lost_its_line_breaks_gets_its_outline_back_on_lines():
    flat = f"区民政局工作总结 今年以来，各项工作进展顺利。 一、2024 年工作总结 (一)基本民生保障。{PAGE}(二)社会救助。现总结如下：1.提高标准。"
    out, split = reflow_flat_lines(flat)
    assert split == 4
    assert [line[:4] for line in out.split("\n")] == ["区民政局", "一、20", "(一)基", "(二)社", "1.提高"]
    # in a text with its line breaks, only a marker after a space (a lost break) moves: an inline list stays
    lined = f"一、收入\n本年各类收入的情况如下：（一）各项税收。{PAGE}（二）其他收入。\n二、支出\n用于 1.5 万户。"
    assert reflow_flat_lines(lined) == (lined, 0)
    assert reflow_flat_lines(f"标题\n正文 一、任务。{PAGE}\n二、措施\n三、保障\n")[1] == 1


def test_a_list_run_into_a_heading_without_a_mark_starts_a_line_where_the_list_goes_on():
    flat = (f"某市总工会2020年工作要点 一、突出党工建设，团结引领职工跟党走1.坚持党的领导。{PAGE}2.凝聚引领职工。"
            f"二、突出三大工程建设3.巩固双创模式。{PAGE}4.深化技能提升。三、保障（一）加强组织。（二）强化督查。")
    out, _ = reflow_flat_lines(flat)
    assert [line[:4] for line in out.split("\n")] == [
        "某市总工", "一、突出", "1.坚持", "2.凝聚", "二、突出", "3.巩固", "4.深化", "三、保障", "（一）加", "（二）强"]
    # not a number the list does not go on from, nor a decimal, nor where no next number follows a sentence end
    kept = f"标题 一、提高待遇标准1.5倍，工程1.0版。{PAGE}建设专项3.推进。落实（一）项。"
    assert reflow_flat_lines(kept)[0].split("\n")[1:] == [f"一、提高待遇标准1.5倍，工程1.0版。{PAGE}建设专项3.推进。落实（一）项。"]


def test_cleaning_reports_a_flat_text_and_keeps_its_outline():
    cleaned = clean_text(f"工作总结 今年以来，进展顺利。 一、工作回顾 (一)基本民生保障。{PAGE}")
    assert [(s.step, s.changes) for s in cleaned.steps if s.step == "flat_text"] == [("flat_text", 2)]
    assert cleaned.text.split("\n")[1:3] == ["一、工作回顾", "（一）基本民生保障。" + PAGE]


def test_a_flat_texts_chapters_start_lines_of_their_own_but_a_chapter_cited_once_does_not():
    flat = ("2025年学校工会工作年度计划第一章形势研判与年度总目标1.1政策与校情双轨扫描，教育部下发通知。"
            "第二章组织重构与职责清单2.1工会委员会扁平架构，依照工会法第五章的规定设立。")
    text, split = reflow_flat_lines(flat, flat_min=20)
    assert text.split("\n") == ["2025年学校工会工作年度计划", "第一章形势研判与年度总目标1.1政策与校情双轨扫描，教育部下发通知。",
                                "第二章组织重构与职责清单2.1工会委员会扁平架构，依照工会法第五章的规定设立。"]
    assert split == 2


def test_a_volumes_heading_with_its_first_chapters_on_one_line_is_two_headings():
    """A 十四五 outline laid out 第一篇  …新征程 第一章  发展基础: the chapter (a background that reviews) heads its
    own text; a chapter cited inside a sentence, or a line that opens on no volume, is left whole."""
    text = "第一篇  贯彻落实新发展理念，开启新征程 第一章  发展基础\n“十三五”时期是不平凡的五年。"
    assert reflow_flat_lines(text)[0].split("\n")[:2] == ["第一篇  贯彻落实新发展理念，开启新征程", "第一章  发展基础"]
    for kept in ("依照本法 第一章 的规定办理。", "第二部分 主要任务（见 第三章 第一节）", "第二部分 主要任务 第三章第一节"):
        assert reflow_flat_lines(kept) == (kept, 0)
