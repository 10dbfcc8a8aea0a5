"""Properties on any plan-like text: cleaning, structure and extraction never raise, and every
item's and quantity's text is the cleaned text at its offsets."""
import warnings

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis.cleaning import clean_text
from analysis.structure import StructureWarning, parse_plan
from analysis.targets import target_records

_PIECES = [
    "一、", "二、", "三、", "（一）", "（二）", "1.", "2.", "3、", "（1）", "①", "第一部分", "附件", "附表1",
    "工作目标", "工作总结", "回顾", "指导思想", "保障措施", "总工会", "2020年", "2018—2020年", "今年", "全年",
    "新建职工之家", "3家", "不少于", "20场次", "以上", "90%", "左右", "3000万元", "十九大", "第十五届", "二十",
    "两", "万", "亿", "分别为", "“", "”", "《", "》", "，", "。", "；", "：", "、", "?", "\n", "\n\n", "\t", " ",
    "\u3000", "推荐访问", "版权所有", "当前位置：", "（责任单位：办公室）", "增长", "截至", "已完成", "力争", "x",
    "12", "5.5", "２０", "a", "-", "=", '"', "!", "(", ")", ">", "您当前的位置：", "开展职工服务活动，提升服务水平。" * 8,
    "下载", "打印", "】", "【字号：", "来源：某报", "首页",  # a toolbar or breadcrumb one word a line, and what stands between
]
plan_like = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


# derandomize: the same 300 examples on every run, so CI gives the same answer twice; the examples random runs found
# are kept below (a wider random search: 10,000 examples on 2026-12-01, none failing).
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(plan_like)
@example("一、" * 19 + "您当前的位置：" + "开展职工服务活动，提升服务水平。" * 8 + "一、\n附件一、一、一、一、新建职工之家（责任单位：办公室）")
@example("一、" * 24 + "您当前的位置：" + "开展职工服务活动，提升服务水平。" * 8 + "一、当前位置：（责任单位：办公室）")
@example("一、 当前位置：")  # a breadcrumb's prefix with a space that the spaces step removes
@example("一、 一、>>一、")  # a breadcrumb of >> steps once the spaces step joins them
@example("总结如何?一、工作" + "开展职工服务活动，提升服务水平。" * 15)  # a flat text's ? made ？ by the width step
def test_cleaning_is_idempotent_and_never_raises(text):
    once = clean_text(text)
    assert clean_text(once.text).text == once.text
    assert 0 <= once.cover_end <= len(once.text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(plan_like)
def test_every_item_and_quantity_is_its_span_of_the_cleaned_text(text):
    cleaned = clean_text(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)  # text without numbering is a case, not a failure
        plan = parse_plan("p", cleaned.text, cover_end=cleaned.cover_end)
    for row in plan.items:
        assert cleaned.text[row["start"]:row["end"]] == row["text"]
        assert row["start"] <= row["content_end"] <= row["end"]
    for q in target_records(plan.items, {"p": (2020, 2020)}, []):
        assert cleaned.text[q["start"]:q["end"]] == q["span"]
