"""Linear time on hostile input: each step timed at sizes N and 10 N, with the ratio.

Each case is an input that once cost exponential or quadratic time in one step
(cleaning, structure, quantity extraction). A step that is linear in its input
shows a ratio near 10 when the input grows tenfold; the expectation is ≤ 12.
Times are CPU seconds of this process, best of three.

    .venv/bin/python benchmarks/bench_adversarial.py
    .venv/bin/python benchmarks/bench_adversarial.py --scale 2    # larger inputs
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.cleaning import clean_text  # noqa: E402
from analysis.markup import plain_text  # noqa: E402
from analysis.metadata import infer_metadata  # noqa: E402
from analysis.structure import parse_plan  # noqa: E402
from analysis.targets import extract_quantities, target_records  # noqa: E402


def repeated_qualifiers(n: int) -> str:
    """An item whose indicator ends in n × 分别为 (once exponential backtracking)."""
    return "一、工作目标\n1.全年职工" + "分别为" * n + "工5人。"


def dense_quantities(n: int) -> str:
    """One long item dense with quantities and no sentence end (once a count of text[:pos] per quantity)."""
    return "一、工作任务\n1.全年" + "新建职工之家3家，" * n + "完成"


def long_spaces(n: int) -> str:
    """A line with a long run of spaces before its text (once a quadratic line-end pattern)."""
    return "一、工作任务\n1.加强" + " " * n + "职工之家建设。"


def runs_of_wan(n: int) -> str:
    """A run of 万 (once rescanned at every position by the Chinese-numeral pattern)."""
    return "一、工作任务\n1.职工" + "万" * n + "人。"


def hard_wrapped(n: int) -> str:
    """n lines of prose broken mid-sentence (once joined by repeated string concatenation)."""
    return "一、工作任务\n1.加强职工之家建设\n" + "深入推进职工之家建设，扎实开展服务职工工作，不断提高\n" * n


def footer_markers(n: int) -> str:
    """Body text with a footer-like line every few lines (each once scanned to the end)."""
    return "一、工作任务\n" + "1.加强职工之家建设，开展活动。\n版权所有的资产要管好，服务职工。\n" * n


def spaced_digits(n: int) -> str:
    """A run of digits spaced out one by one that ends in no unit (once rescanned from every digit)."""
    return "一、工作任务\n1.编号" + "1 " * n + "x。"


def words_ending_in_one(n: int) -> str:
    """Many 一 after a character that makes a word with it (once a search from the text's start each)."""
    return "一、工作任务\n1." + "完成统一大业，" * n + "完成"


def page_dump(n: int) -> str:
    """n pages of a document-sharing site run together, each broken mid-sentence, with run-in markers."""
    page = "一、加强服务。1 .走访职工。" + "开展职工服务活动，提升服务水平。" * 20 + "全年举办"
    return "".join(f"{k}、{page}\n" for k in range(1, n + 1))


def long_indicator_table(n: int) -> str:
    """An indicator table of n rows, a cell per line, with a quantity in a sentence cell of every row (table
    cells were once checked against every quantity of the unit)."""
    head = "指标|\n单位|\n2020年|\n2025年|\n说明|\n"
    rows = "".join(f"{k}|\n新建职工之家|\n家|\n{k}|\n{k + 1}|\n另建书屋3家|\n" for k in range(1, n + 1))
    return "一、主要指标\n" + head + rows


def long_progress_table(n: int) -> str:
    """A progress table copied as text, n rows run together on lines of ten, each naming a task with a quantity
    (the task of every row was once checked against every quantity of the table)."""
    rows = [f"{k}新建职工之家{k}家{k} {k + 1} 100.0%工会" for k in range(1, n + 1)]
    lines = ["".join(rows[i:i + 10]) for i in range(0, n, 10)]
    return "落实情况\n序号考核指标单位工作目标已完成数完成率备注\n" + "\n".join(lines)


def pause_mark_list(n: int) -> str:
    """n bare Arabic numbers joined by 、 before one with a unit (each looks ahead for the unit the list shares)."""
    return "一、工作任务\n1.分别增长" + "1、" * n + "2%。"


def flat_glued_markers(n: int) -> str:
    """A text that lost its line breaks, one line of n lists whose first markers run into their headings
    (each glued marker looks for the list's next number after a sentence end)."""
    return "某市工作要点 " + "".join(f"加强服务{k % 90 + 1}.走访职工。{k % 90 + 2}.开展活动。" for k in range(n))


def page_source(n: int) -> str:
    """A page's HTML source: n paragraphs inside n unclosed <div>s, with entities and a script between them."""
    return "<html><body>" + "<div><p>全年新建职工之家10家&nbsp;，开展活动。<script>var a='<p>';</script>" * n


def running_heads(n: int) -> str:
    """n printed pages, each breaking a sentence, with a page number and a running head between the halves (each
    head looks back and on for the text around it)."""
    return "一、工作任务\n" + "1.加强职工之家建设，开展\n\n— 1 —\n\n某市总工会文件\n\n\n服务职工活动。\n" * n


def latin_and_braces(n: int) -> str:
    """n Latin words run together, a list of n words, and n braces never closed: what a style-sheet rule begins
    with, and never ends as one (each try of the rule is bounded wherever it starts)."""
    return "工作计划" + "a" * n + "。" + "a," * n + "。" + "b{" * n + "。"


def collection_page(n: int) -> str:
    """A template site's collection page of n documents, each labelled (…工作计划篇k) with its own items."""
    return "当前位置：某某网 > 工作计划 >\n局工会年度工作计划精选6篇\n" + "".join(
        f"局工会年度工作计划篇{k}\n一、围绕中心服务大局\n1、全年新建职工之家10家。\n" for k in range(1, n + 1))


def site_banners(n: int) -> str:
    """A template site's page: its banner and a first line that repeats the start of the text (n sentences long),
    then the text, its banner again every line (the preview is checked against the text joined after it)."""
    sentence = "全年新建职工之家10家，开展活动。"
    banner = "某某公文写作范文网：www.example-site.com"
    return banner + sentence * n + "\n" + "".join(f"{banner}\n{sentence}\n" for _ in range(n))


def flat_chapters(n: int) -> str:
    """A text that lost its line breaks, one line of n chapters run into it (each 第k章 is looked up against its
    neighbours' numbers once), and 第 before no chapter n times."""
    numerals = "一二三四五六七八九十"
    return "某校工会年度计划" + "".join(f"第{numerals[k % 10]}章加强服务，全年走访职工10人。第二" for k in range(n))


def titles_and_listed_years(n: int) -> str:
    """n list numbers before years (1.2025年), document titles opened and never closed (《…) and lists whose last
    number is joined by 和 (each number looks back for a title mark and ahead for the unit its list shares,
    bounded windows both)."""
    return "附件：" + "".join(f"{k % 9 + 1}.2025年《关于增长2.3、11.1和4.6个百分点的" for k in range(n))


def labelled_lines_joined(n: int) -> str:
    """A broken line, then n lines that each open on a run-in label (投资：…) and break off without a mark: every
    line is joined onto the one growing before it, and each join asks whether that line opened on a label too
    (read from its first characters, not from the text joined so far)."""
    return "计划实施，推进工作内容很多很多很多很多很多\n" + "投资：计划实施，推进工作内容很多很多很多很多很多\n" * n


def flattened_task_table(n: int) -> str:
    """A progress table one cell per line (任务内容 / 牵头单位 / 进展情况) with n rows, and n header labels
    apart from it, each after a run of blank lines: every label line may open a header, read over the blanks
    after it once."""
    rows = "".join(f"新建职工之家{k}家。\n市总工会\n已建成{k}家，其余在建。\n" for k in range(n))
    return "序号\n任务内容\n牵头单位\n进展情况\n" + rows + "任务内容\n\n\n\n\n\n\n\n" * n


def news_lead_announcing(n: int) -> str:
    """A news story whose lead runs on without a sentence's end through n clauses that each name a plan issued but
    look back: every announcing verb reads the sentence around it (a window, not the whole line)."""
    return "本报讯 近日，" + "市总工会已经取得了成绩，发布《工作方案》，" * n + "\n"


def bbcode_post(n: int) -> str:
    """A forum's post on one line: n blocks of BBCode tags around a heading and a sentence with figures, an image
    whose closing tag never comes, and a bracket that is no tag."""
    block = "[align=left][color=rgb(51, 51, 51)][size=3]  {k}、[b]综  合[/b]全年地区生产总值完成225亿元，增长6.4%。[/size][/color][/align]"
    return "[align=center][b]2022年某县统计公报[/b][/align][img]http://x/1.png" + "".join(
        block.format(k=k % 9 + 1) + "[2023]" for k in range(n))


def contents_then_body(n: int) -> str:
    """A table of contents of n entries with leaders and page numbers, then the body under the same headings."""
    entries = "".join(f"第{k}章 发展基础……………{k}\n" for k in range(1, n + 1))
    body = "".join(f"第{k}章 发展基础\n全年新增就业{k}万人。\n" for k in range(1, n + 1))
    return "某县国民经济和社会发展第十四个五年规划纲要\n目 录\n" + entries + body


def populations_unpunctuated(n: int) -> str:
    """A plan's line of n counts of a place's people with no sentence's end (少数民族人口1人…): each looks back over its
    sentence for a time ahead (once a search from the sentence's start each, a quadratic line)."""
    return "某市规划\n" + "少数民族人口1人" * n + "\n"


def image_lines(n: int) -> str:
    """A story with an image's file name, an <image> element and a long unbroken run between its paragraphs, n times (each line
    is tried as a whole image line: a bounded pass each)."""
    block = ("新建职工之家10家。\n1.jpeg\n<image>data:image/png;base64," + "A" * 60 + "</image>\n"
             + "微信截图" * 30 + "\n")
    return "某市总工会工作要点\n" + block * n


def results_after_a_long_lead(n: int) -> str:
    """A review's sentence with no end: a long lead, a target named with its figure, then n results (each number looked
    ahead to its sentence's end for the bracket of a lead unit: once a search to the end each, a quadratic line)."""
    return "某市工作总结\n" + "推进工作" * n + "预期目标5%" + "，增长3%" * n + "\n"


CASES = {
    "qualifiers (分别为×n)": (repeated_qualifiers, 300),
    "dense quantities": (dense_quantities, 2_000),
    "long run of spaces": (long_spaces, 20_000),
    "run of 万": (runs_of_wan, 20_000),
    "hard-wrapped lines": (hard_wrapped, 2_000),
    "footer-like lines": (footer_markers, 2_000),
    "spaced-out digits": (spaced_digits, 5_000),
    "words ending in 一": (words_ending_in_one, 2_000),
    "page dump": (page_dump, 300),
    "indicator table": (long_indicator_table, 500),
    "progress table": (long_progress_table, 500),
    "numbers joined by 、": (pause_mark_list, 2_000),
    "flat text, glued markers": (flat_glued_markers, 1_000),
    "page source (HTML)": (page_source, 1_000),
    "running heads": (running_heads, 2_000),
    "Latin words, lists, open braces": (latin_and_braces, 20_000),
    "collection page": (collection_page, 500),
    "site banners and preview": (site_banners, 1_000),
    "flat text, chapters": (flat_chapters, 1_000),
    "listed years, open titles": (titles_and_listed_years, 1_000),
    "labelled lines, joined": (labelled_lines_joined, 2_000),
    "flattened task table": (flattened_task_table, 1_000),
    "news lead, plans issued": (news_lead_announcing, 300),
    "forum BBCode post": (bbcode_post, 1_000),
    "table of contents, then body": (contents_then_body, 1_000),
    "populations, no sentence end": (populations_unpunctuated, 2_000),
    "image lines": (image_lines, 500),
    "results after a long lead": (results_after_a_long_lead, 2_000),
}


def run_steps(text: str) -> None:
    """Metadata, cleaning, structure and extraction, as the build runs them on one document (its genre, title and
    years from the text, so a news story's reading of its lead is timed too)."""
    meta = infer_metadata(plain_text(text), "bench.txt")  # as the build reads a file (analysis.corpus)
    cleaned = clean_text(text)
    period = (meta["year_start"], meta["year_end"])
    plan = parse_plan("bench", cleaned.text, cover_end=cleaned.cover_end, period=period, doc_type=meta["doc_type"],
                      title=meta["title"])
    target_records(plan.items, {"bench": (2024, 2024)}, [])
    extract_quantities(cleaned.text)


def cpu_seconds(fn, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn(*args)
        best = min(best, time.process_time() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every N by this")
    args = parser.parse_args(argv)
    print(f"{'case':<26}{'N':>9}{'chars':>11}{'s at N':>10}{'s at 10N':>10}{'ratio':>8}")
    worst = 0.0
    for name, (make, n) in CASES.items():
        n = max(1, int(n * args.scale))
        small, large = make(n), make(10 * n)
        t_small, t_large = cpu_seconds(run_steps, small), cpu_seconds(run_steps, large)
        ratio = t_large / max(t_small, 1e-6)
        worst = max(worst, ratio)
        print(f"{name:<26}{n:>9,}{len(large):>11,}{t_small:>10.3f}{t_large:>10.3f}{ratio:>8.1f}")
    print(f"worst ratio for 10× the input: {worst:.1f} (linear ≈ 10; expected ≤ 12)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
