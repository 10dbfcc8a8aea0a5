"""A document-sharing site's page dump: pages joined back, run-in outline markers on lines of their own."""
from analysis.cleaning import clean_text
from analysis.reflow import reflow_page_dump

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
