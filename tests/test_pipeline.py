"""The build command: any folder in, tables out; bad files named; deterministic."""
import hashlib
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from analysis.__main__ import EXIT_SKIPPED, main
from analysis.build import build, process
from analysis.config import RAW_DIR
from analysis.pipeline import process_corpus
from analysis.tables import PARQUET_ONLY

TABLES = ("documents", "items", "tokens", "cleaning_report", "annex_schedule", "skipped")


def digests(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("processed")
    assert main(["build", "--raw", str(RAW_DIR), "--out", str(out), "--no-cache"]) == 0
    return out


def test_build_writes_every_table_as_csv_with_bom_and_parquet(seed_build):
    for name in TABLES:
        assert (seed_build / f"{name}.parquet").is_file()
        if name in PARQUET_ONLY:
            assert not (seed_build / f"{name}.csv").exists(), name  # too long for a spreadsheet
            continue
        assert (seed_build / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf"), name
    items = pd.read_csv(seed_build / "items.csv", encoding="utf-8-sig")
    for col in ("doc_id", "item_id", "part", "section_no", "section_title", "item_no", "item_title", "text"):
        assert col in items.columns
    docs = pd.read_parquet(seed_build / "documents.parquet").set_index("doc_id")
    seeds = {"changzhou-2020": 17, "echeng-2019": 12, "lianyungang-2018-2020": 25, "wujin-2018": 17, "xxcity-20xx": 19}
    assert docs.n_items[list(seeds)].to_dict() == seeds  # the seed plans' known numbering
    assert (items.unit_type == "item").groupby(items.doc_id).sum().to_dict() == docs.n_items.to_dict()


def test_cleaned_texts_are_written_for_tracing(seed_build):
    items = pd.read_parquet(seed_build / "items.parquet")
    row = items[items.item_id == "wujin-2018:3.10"].iloc[0]
    text = (seed_build / "clean_text" / "wujin-2018.txt").read_text(encoding="utf-8")
    assert text[row.start:row.end] == row.text and "新建劳模创新工作室2家" in row.text


def test_two_builds_give_identical_files(seed_build, tmp_path):
    assert main(["build", "--raw", str(RAW_DIR), "--out", str(tmp_path), "--no-cache"]) == 0
    assert digests(tmp_path) == digests(seed_build)


def test_raw_files_are_not_modified_by_a_build(tmp_path):
    before = digests(RAW_DIR)
    build(RAW_DIR, tmp_path)
    assert digests(RAW_DIR) == before


def test_build_refuses_to_write_into_the_raw_folder(tmp_path):
    (tmp_path / "a.txt").write_text("一、总体要求\n1.强化政治引领。", encoding="utf-8")
    assert main(["build", "--raw", str(tmp_path), "--out", str(tmp_path)]) == 2


def test_one_bad_file_does_not_stop_the_others(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW_DIR / "2018_wujin-district_union-work-points.txt", raw / "wujin.txt")
    (raw / "gbk_plan.txt").write_bytes("某县总工会2022年工作要点\n一、服务职工\n1.新建职工之家10家。".encode("gbk"))
    (raw / "empty.txt").write_bytes(b"")
    (raw / "scan.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    (raw / "only_clutter.txt").write_text(
        "当前位置：首页 > 范文大全 >\n| 浏览量：\n推荐访问：工作要点\n最新推荐\n1幼儿园活动方案\n温暖的阳光……\n", encoding="utf-8"
    )
    (raw / "flat.txt").write_text("今年工作如下。\n\n加强思想引领，开展宣讲活动。\n\n做好普惠服务工作，帮扶困难职工。", encoding="utf-8")
    (raw / "繁體計劃.txt").write_text("一、加強職工之家建設\n1.推進勞模創新工作室建設，新建10家。", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["build", "--raw", str(raw), "--out", str(out), "--no-cache"])
    err = capsys.readouterr().err
    assert code == EXIT_SKIPPED
    for name, reason in (("empty.txt", "empty"), ("scan.txt", "not a text file"), ("only_clutter.txt", "no plan text left")):
        assert f"skipped: {name}: " in err and reason in err
    assert "flat.txt: no numbered sections" in err
    docs = pd.read_parquet(out / "documents.parquet")
    assert sorted(docs.file) == ["flat.txt", "gbk_plan.txt", "wujin.txt", "繁體計劃.txt"]
    trad = docs[docs.file == "繁體計劃.txt"].iloc[0]
    assert trad.traditional and trad.n_items == 1
    assert docs[docs.file == "flat.txt"].iloc[0].structure == "paragraphs"
    skipped = pd.read_csv(out / "skipped.csv", encoding="utf-8-sig")
    assert sorted(skipped.file) == ["empty.txt", "only_clutter.txt", "scan.txt"]


def test_the_command_line_entry_point_runs(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "build", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path)],
        capture_output=True, text=True,
    )
    assert result.returncode == 2 and "nope: no such folder" in result.stderr


def test_parallel_and_cached_runs_give_the_serial_tables(corpus, tmp_path):
    serial = process_corpus(corpus).tables()
    parallel = process(corpus, jobs=2).tables()
    cached_first = process(corpus, jobs=2, cache_dir=tmp_path / "cache").tables()
    cached_again = process(corpus, cache_dir=tmp_path / "cache").tables()
    for name, table in serial.items():
        for other in (parallel, cached_first, cached_again):
            pd.testing.assert_frame_equal(table, other[name], check_like=False, obj=name)


def test_a_second_build_reuses_the_cache_and_a_change_invalidates_it(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw)
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = build(raw, out, cache_dir=cache)
    assert first.written and not first.up_to_date
    second = build(raw, out, cache_dir=cache)
    assert second.up_to_date and second.written == ()
    wujin = raw / "2018_wujin-district_union-work-points.txt"
    wujin.chmod(0o644)
    wujin.write_text(wujin.read_text(encoding="utf-8") + "\n18.新增一项工作。全年新建职工书屋9家。", encoding="utf-8")
    third = build(raw, out, cache_dir=cache)
    assert not third.up_to_date
    targets = pd.read_parquet(out / "targets.parquet")
    assert "9家" in set(targets[targets.doc_id == "wujin-2018"].span)
    items = pd.read_parquet(out / "items.parquet")
    assert ((items.doc_id == "wujin-2018") & (items.unit_type == "item")).sum() == 18


def test_a_document_that_reviews_one_year_and_plans_the_next_reads_the_first_as_past(tmp_path):
    """A news story of a meeting that sums up 2024 and sets 2025's tasks: the story is of 2025, the year planned
    (metadata.infer_metadata), so a paragraph opening on 2024 looks back and its figures are results; a document of
    two years in a row of a genre that reports first is read for the second, and a three-year action plan keeps its
    whole span (pipeline.plan_period)."""
    from analysis.loader import load_resources
    from analysis.pipeline import plan_period

    processed = _processed_page(tmp_path, (
        "某市总工会：勇担使命实干争先 凝聚职工力量\n发布时间:2025-04-23 17:05:26 来源:某某报\n"
        "4月22日，某市总工会第七届委员会第三次全体(扩大)会议召开，总结2024年工作成效，部署2025年重点任务。\n"
        "2024年，某市总工会围绕中心、服务大局，创新打造普惠服务平台，新建职工之家12家。\n"
        "会议明确，2025年将实施“五大行动”，新建职工之家20家。\n"))
    assert processed.documents[["year_start", "year_end"]].values.tolist() == [[2025, 2025]]
    assert _parts_of(processed, "2024年，") == ["summary"] and _parts_of(processed, "会议明确，") == ["plan"]
    kinds = dict(zip(processed.targets["span"], processed.targets["kind"]))
    assert kinds["12家"] == "achieved" and kinds["20家"] == "target"
    resources = load_resources()
    assert plan_period(2024, 2025, "progress_report", resources) == (2025, 2025)
    assert plan_period(2018, 2020, "news_report", resources) == (2018, 2020)  # not two in a row
    assert plan_period(2024, 2025, "work_points", resources) == (2024, 2025)  # 2024—2025学年工作要点: a plan's span


def test_a_meeting_that_summed_up_one_year_and_arranged_the_next_dates_the_story_by_the_year_it_planned(tmp_path):
    """…会议召开。总结了2022年工会工作，对2023年工作进行安排部署。: the story is of 2023, the year planned (as the blind
    labellers date such stories; no plan cue in the lead's own sentence), and the meeting told is a report."""
    processed = _processed_page(tmp_path, (
        "石家庄市总工会十九届四次全委(扩大)会议召开 推动全市工会工作实现新发展\n"
        "日前，市总工会十九届四次全委(扩大)会议召开。总结了2022年工会工作，对2023年工作进行安排部署。\n"
        "会议传达了全总、省总有关会议精神，审议通过了常委会2022年度工作报告的决议。\n"
        "会议要求，要进一步强化职工思想政治引领，开展专题学习活动。\n"))
    assert processed.documents[["year_start", "year_end"]].values.tolist() == [[2023, 2023]]
    assert _parts_of(processed, "日前，") == ["summary"] and _parts_of(processed, "会议要求，") == ["plan"]


def _processed_page(tmp_path, text: str):
    """The processed tables of one page, ``text``, read from a folder of its own (no metadata row)."""
    from analysis.corpus import read_corpus

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "page.txt").write_text(text, encoding="utf-8")
    return process_corpus(read_corpus(raw))


def _parts_of(processed, opening: str) -> list[str]:
    """The parts of the text units that open with ``opening``."""
    return processed.items.loc[processed.items["text"].str.startswith(opening), "part"].tolist()


def test_a_progress_table_flattened_to_lines_restates_its_tasks_as_plan_and_reports_their_progress(tmp_path):
    """政府工作报告重点工作三季度完成情况, copied from the web one cell per line (the form rounds 76 and 78 found): the
    task cells restate the plan's targets, the progress cells report results; a progress cell's 1.…2.… lines are no
    items of an outline."""
    processed = _processed_page(tmp_path, (
        "2023年市政府工作报告重点工作三季度完成情况\n序号\n任务内容\n牵头单位\n三季度进展情况\n"
        "地区生产总值增长7%以上；固定资产投资达到1100亿元以上。\n市发改委\n"
        "1-6月，地区生产总值增长8.4%；1-8月，全市固定资产投资达到755.9亿元。\n"
        "深化国资国企改革，提升市场化运作能力。\n市财政局\n（市国资委）\n"
        "1.持续完善国资监管制度体系，完成国有企业制度建设专项检查。\n2.截至9月底，已实施投资项目113个，累计完成投资65.4亿元。\n"))
    assert _parts_of(processed, "地区生产总值增长7%") == ["plan"]
    assert _parts_of(processed, "1-6月") == _parts_of(processed, "2.截至9月底") == ["summary"]
    assert processed.items["unit_type"].eq("item").sum() == 0
    kinds = dict(zip(processed.targets["span"], processed.targets["kind"]))
    assert kinds["增长7%以上"] == kinds["达到1100亿元以上"] == "target"
    assert kinds["增长8.4%"] == kinds["达到755.9亿元"] == kinds["113个"] == "achieved"
