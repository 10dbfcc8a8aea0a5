"""The build as a hostile or unlucky user meets it: nothing written outside, outputs whole or not at all."""
import errno
import fcntl
import hashlib
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import build as build_module
from analysis import outputs as outputs_module
from analysis.__main__ import EXIT_BUSY, EXIT_OUTPUT, EXIT_SKIPPED, EXIT_USAGE, main
from analysis.build import OutputBusyError, OutputError, build
from analysis.outputs import MANIFEST
from analysis.config import RAW_DIR, RESOURCES_DIR

WUJIN = "2018_wujin-district_union-work-points.txt"
PLAN = "某市总工会2021年工作要点\n一、思想引领\n1.强化政治引领。组织宣讲活动20场次。\n2.强化文化引领。开展读书活动。\n"


def tree(folder):
    """Every file under ``folder`` with its digest (links not followed)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()
    }


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(RAW_DIR / WUJIN, folder / "wujin.txt")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    return folder


@pytest.mark.parametrize("doc_id", ["../../raw/wujin", "../escape", "/tmp/analysis-escape", "", "a\x00b"])
def test_a_metadata_doc_id_cannot_write_outside_the_output_folder(tmp_path, raw, doc_id, capsys):
    (raw / "metadata.csv").write_text(f"doc_id,file\n\"{doc_id}\",wujin.txt\n", encoding="utf-8")
    before = tree(tmp_path)
    out = tmp_path / "out" / "processed"
    assert main(["build", "--raw", str(raw), "--out", str(out), "--no-cache"]) == EXIT_SKIPPED
    assert "metadata.csv row 2, column doc_id" in capsys.readouterr().err
    after = tree(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("out/processed/")} == before
    assert not os.path.exists("/tmp/analysis-escape.txt")
    assert sorted(pd.read_parquet(out / "documents.parquet").file) == ["plan.txt"]


def test_rebuilding_from_the_cleaned_texts_into_their_parent_is_refused(tmp_path, raw):
    out = tmp_path / "out"
    assert main(["build", "--raw", str(raw), "--out", str(out), "--no-cache"]) == 0
    before = tree(out)
    assert main(["build", "--raw", str(out / "clean_text"), "--out", str(out), "--no-cache"]) == EXIT_USAGE
    assert tree(out) == before


@pytest.mark.parametrize("where", ["inside_raw", "holds_raw", "link_to_raw"])
def test_output_folder_nested_with_the_raw_folder_is_refused(tmp_path, raw, where, capsys):
    if where == "inside_raw":
        out = raw / "processed"
    elif where == "holds_raw":
        out = raw.parent
    else:
        out = tmp_path / "link"
        out.symlink_to(raw)
    before = tree(tmp_path)
    assert main(["build", "--raw", str(raw), "--out", str(out), "--no-cache"]) == EXIT_USAGE
    assert "must not be, hold or lie inside the raw folder" in capsys.readouterr().err
    assert tree(tmp_path) == before


def test_a_folder_with_other_files_is_not_replaced(tmp_path, raw, capsys):
    out = tmp_path / "papers"
    out.mkdir()
    (out / "thesis.docx").write_bytes(b"my thesis")
    assert main(["build", "--raw", str(raw), "--out", str(out), "--no-cache"]) == EXIT_USAGE
    assert "holds files the build did not write (thesis.docx)" in capsys.readouterr().err
    assert (out / "thesis.docx").read_bytes() == b"my thesis"


def test_a_second_build_into_a_locked_folder_stops_with_a_clear_message(tmp_path, raw, capsys):
    out = tmp_path / "out"
    assert main(["build", "--raw", str(raw), "--out", str(out), "--no-cache"]) == 0
    before = tree(out)
    fd = os.open(out, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as a running build holds it
    try:
        assert main(["build", "--raw", str(raw), "--out", str(out), "--no-cache"]) == EXIT_BUSY
    finally:
        os.close(fd)
    assert "another build is writing into this folder" in capsys.readouterr().err
    assert tree(out) == before


def test_stale_staging_folders_of_an_interrupted_build_are_removed(tmp_path, raw):
    out = tmp_path / "out"
    stale = tmp_path / ".out.staging-99999"
    (stale / "clean_text").mkdir(parents=True)
    (stale / "items.csv").write_text("half", encoding="utf-8")
    build(raw, out)
    assert not stale.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "raw"]


def _full_disk(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device", "targets.parquet")


def test_a_full_disk_keeps_the_old_outputs_and_names_the_problem(tmp_path, raw, monkeypatch, capsys):
    out = tmp_path / "out"
    assert main(["build", "--raw", str(raw), "--out", str(out), "--no-cache"]) == 0
    before = tree(out)
    (raw / "another.txt").write_text(PLAN.replace("某市", "丙市"), encoding="utf-8")
    monkeypatch.setattr(build_module, "write_table", _full_disk)
    assert main(["build", "--raw", str(raw), "--out", str(out), "--no-cache"]) == EXIT_OUTPUT
    err = capsys.readouterr().err
    assert "no space left on the device" in err and "the outputs were not changed" in err
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "raw"]  # no staging left behind


def test_a_read_only_output_location_fails_before_the_work(tmp_path, raw, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path / ".out.staging-1"))

    def never(*args, **kwargs):
        raise AssertionError("the documents were read although the outputs cannot be written")

    monkeypatch.setattr(build_module, "read_corpus", never)
    monkeypatch.setattr(outputs_module.OutputSet, "_make_staging", read_only)
    with pytest.raises(OutputError, match="read-only"):
        build(raw, tmp_path / "out")


def test_busy_and_output_errors_are_os_errors_with_a_path():
    err = OutputBusyError(errno.EBUSY, "busy", "/x")
    assert isinstance(err, OutputError) and isinstance(err, OSError) and err.filename == "/x"


def test_spreadsheet_formulas_are_neutralised_in_csv_but_kept_in_parquet(tmp_path, raw):
    (raw / "formula.txt").write_text('=HYPERLINK("http://example.com")工会工作要点\n一、任务\n'
                                     "1.新建职工之家10家，开展服务职工活动，提高服务水平。\n", encoding="utf-8")
    out = tmp_path / "out"
    build(raw, out)
    exact = pd.read_parquet(out / "documents.parquet").set_index("file").loc["formula.txt", "title"]
    assert exact.startswith("=HYPERLINK(")
    as_csv = pd.read_csv(out / "documents.csv", encoding="utf-8-sig").set_index("file").loc["formula.txt", "title"]
    assert as_csv == "'" + exact


def test_a_footer_like_line_in_the_body_does_not_cut_the_document(tmp_path, raw, capsys):
    body = "".join(f"{n}.加强职工之家建设，全年新建职工之家{n}家，开展服务职工活动，提高服务水平和质量。\n" for n in range(1, 40))
    (raw / "footer.txt").write_text("某县总工会2022年工作要点\n一、工作任务\n版权所有的资产要管好\n" + body, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "--raw", str(raw), "--out", str(out), "--no-cache"]) == 0
    assert "looks like a page footer" in capsys.readouterr().err
    doc = pd.read_parquet(out / "documents.parquet").set_index("file").loc["footer.txt"]
    assert doc.n_items == 39


def _digests(folder):
    return tree(folder) if folder.is_dir() else None


@pytest.mark.slow
def test_a_build_killed_at_any_moment_leaves_one_complete_set(tmp_path):
    """SIGKILL a build at several moments: the output folder is always the old set or the new one."""
    import signal
    import subprocess
    import sys
    import time

    def corpus(folder, edition):
        folder.mkdir()
        for k in range(40):
            for seed in sorted(RAW_DIR.glob("*.txt")):
                text = seed.read_text(encoding="utf-8")
                (folder / f"{k:02d}_{seed.name}").write_text(text + f"\n（第{edition}版，副本{k}）", encoding="utf-8")

    raw_a, raw_b = tmp_path / "raw_a", tmp_path / "raw_b"
    corpus(raw_a, 1)
    corpus(raw_b, 2)
    command = [sys.executable, "-m", "analysis", "build", "--no-cache", "--jobs", "2"]
    reference_b = tmp_path / "reference_b"
    t0 = time.perf_counter()
    subprocess.run(command + ["--raw", str(raw_b), "--out", str(reference_b)], check=True, capture_output=True)
    duration = time.perf_counter() - t0
    out = tmp_path / "out"
    subprocess.run(command + ["--raw", str(raw_a), "--out", str(out)], check=True, capture_output=True)
    set_a, set_b = tree(out), tree(reference_b)
    assert set_a != set_b
    seen = []
    for fraction in (0.05, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 0.99, 1.2):
        process = subprocess.Popen(command + ["--raw", str(raw_b), "--out", str(out)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(fraction * duration)
        process.send_signal(signal.SIGKILL)
        process.wait()
        now = tree(out)
        assert now in (set_a, set_b), f"a mix of two sets after a kill at {fraction:.0%} of a build"
        seen.append("new" if now == set_b else "old")
        if now == set_b:  # start again from the old set
            subprocess.run(command + ["--raw", str(raw_a), "--out", str(out)], check=True, capture_output=True)
    subprocess.run(command + ["--raw", str(raw_b), "--out", str(out)], check=True, capture_output=True)
    assert tree(out) == set_b
    assert not list(tmp_path.glob(".out.*")), "a staging folder was left behind"
    assert "old" in seen
    if Path("/proc").is_dir():  # the killed builds' workers went with them (they inherit the build's command line)
        deadline = time.monotonic() + 10
        while _processes_naming(str(raw_b)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _processes_naming(str(raw_b)), "workers of a killed build are still running"


def _processes_naming(text: str) -> list[int]:
    """The processes whose command line holds ``text`` (Linux)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and text in (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def test_parallel_text_reuse_and_documents_give_the_serial_tables(tmp_path):
    """With 20 or more documents the build finds shared passages in a worker: same tables as in one process."""
    from analysis.build import PARALLEL_MIN_DOCS, process
    from analysis.corpus import read_corpus
    from analysis.pipeline import process_corpus

    raw = tmp_path / "raw"
    raw.mkdir()
    for k in range(PARALLEL_MIN_DOCS // 5 + 1):
        for seed in sorted(RAW_DIR.glob("*.txt")):
            (raw / f"{k}_{seed.name}").write_text(seed.read_text(encoding="utf-8") + f"\n第{k}份", encoding="utf-8")
    corpus = read_corpus(raw)
    assert len(corpus.documents) >= PARALLEL_MIN_DOCS
    serial, parallel = process_corpus(corpus).tables(), process(corpus, jobs=2).tables()
    assert len(serial["shared_passages"]) > 0
    for name, table in serial.items():
        pd.testing.assert_frame_equal(table, parallel[name], obj=name)


def test_a_changed_taxonomy_recodes_themes_and_reuses_every_document(tmp_path):
    """Each stage's cache key holds what it reads: a seed term added to the taxonomy adds one cache entry
    (the themes), and the documents and shared passages come from the cache: the passages' Parquet file,
    written again (with its CSV copy) byte for byte into the new folder."""
    from analysis.loader import load_resources

    cache = tmp_path / "cache"
    themes = tmp_path / "themes.csv"
    themes.write_bytes((RESOURCES_DIR / "themes.csv").read_bytes())
    build(RAW_DIR, tmp_path / "a", resources=load_resources(themes_file=themes), cache_dir=cache)
    before = {p.name for p in cache.rglob("*.arrow")}
    themes.write_text(themes.read_text(encoding="utf-8").replace("疗休养", "疗休养;职工疗养", 1), encoding="utf-8")
    second = build(RAW_DIR, tmp_path / "b", resources=load_resources(themes_file=themes), cache_dir=cache)
    added = {p.name for p in cache.rglob("*.arrow")} - before
    assert len(added) == 1  # the item_themes of the new taxonomy; nothing else was computed
    assert set(second.processed.theme_taxonomy.taxonomy) != {""}
    for file in ("shared_passages.csv", "shared_passages.parquet"):
        assert (tmp_path / "b" / file).read_bytes() == (tmp_path / "a" / file).read_bytes()


def test_a_changed_document_with_the_cache_gives_the_tables_of_a_fresh_build(tmp_path):
    """The corpus-level stages are keyed by every document's key: after one document changed, a cached
    rebuild recomputes themes, passages and promises and writes what a build without a cache writes."""
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw)
    cache = tmp_path / "cache"
    build(raw, tmp_path / "before", cache_dir=cache)
    plan = raw / WUJIN
    plan.write_text(plan.read_text(encoding="utf-8").replace("职工", "劳动模范", 5), encoding="utf-8")
    build(raw, tmp_path / "cached", cache_dir=cache)
    build(raw, tmp_path / "fresh")
    assert tree(tmp_path / "cached") == tree(tmp_path / "fresh")
    changed = {name for name, digest in tree(tmp_path / "before").items() if tree(tmp_path / "cached")[name] != digest}
    assert {"item_themes.csv", "items.csv"} <= changed


def test_a_changed_document_computes_the_promises_of_its_place_only(tmp_path, monkeypatch):
    """Promises are cached place by place: after one plan changed, only its place's targets are read and its
    promises found again; the table is the one a build without a cache writes."""
    import analysis.workers

    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw)
    cache = tmp_path / "cache"
    build(raw, tmp_path / "before", cache_dir=cache)
    asked = []
    real = analysis.workers.promises_of_files
    monkeypatch.setattr(analysis.workers, "promises_of_files",
                        lambda *a, **k: asked.append(k.get("doc_ids")) or real(*a, **k))
    plan = raw / WUJIN
    plan.write_text(plan.read_text(encoding="utf-8") + "\n全年新建职工之家10家。\n", encoding="utf-8")
    build(raw, tmp_path / "cached", cache_dir=cache)
    assert asked == [["wujin-2018"]]
    build(raw, tmp_path / "fresh")
    for name in ("promise_delivery.csv", "promise_delivery.parquet"):
        assert (tmp_path / "cached" / name).read_bytes() == (tmp_path / "fresh" / name).read_bytes()


def test_a_rebuild_links_the_files_made_from_the_same_inputs_and_writes_the_others(tmp_path):
    """After a new seed term only the theme tables are written; the other files are linked from the old
    set (same inode), unless one was edited by hand: its recorded digest no longer matches, so its table
    is written again. The set is the one a fresh build writes."""
    from analysis.loader import load_resources

    themes = tmp_path / "themes.csv"
    themes.write_bytes((RESOURCES_DIR / "themes.csv").read_bytes())
    out, cache = tmp_path / "out", tmp_path / "cache"
    build(RAW_DIR, out, resources=load_resources(themes_file=themes), cache_dir=cache)
    inode = {p.relative_to(out).as_posix(): p.stat().st_ino for p in out.rglob("*") if p.is_file()}
    edited = out / "documents.csv"
    original = edited.read_bytes()
    edited.write_bytes(original.replace(b"2018", b"2019"))
    themes.write_text(themes.read_text(encoding="utf-8").replace("疗休养", "疗休养;职工疗养", 1), encoding="utf-8")
    resources = load_resources(themes_file=themes)
    build(RAW_DIR, out, resources=resources, cache_dir=cache)
    now = {p.relative_to(out).as_posix(): p.stat().st_ino for p in out.rglob("*") if p.is_file()}
    written = {name for name in now if now[name] != inode.get(name)}
    assert written == {"item_themes.csv", "item_themes.parquet", "theme_taxonomy.csv", "theme_taxonomy.parquet",
                       "documents.csv", "documents.parquet", ".build-key", MANIFEST}
    assert edited.read_bytes() == original
    build(RAW_DIR, tmp_path / "fresh", resources=resources)
    assert tree(out) == tree(tmp_path / "fresh")


def test_a_streamed_table_never_writes_into_a_file_linked_from_the_old_set(tmp_path, monkeypatch):
    """items.csv is linked from the old set (same key and bytes) but items.parquet was edited by hand, so the
    items are streamed again: the link is let go first, and a build that fails while streaming leaves the
    old items.csv as it was (writing into the link would have truncated the old set's file)."""
    import analysis.pipeline
    import analysis.tables

    out, cache = tmp_path / "out", tmp_path / "cache"
    build(RAW_DIR, out, cache_dir=cache)
    original = (out / "items.csv").read_bytes()
    monkeypatch.setattr(analysis.pipeline, "BATCH_DOCUMENTS", 2)  # the first batch holds part of the items
    (out / "items.parquet").write_bytes((out / "items.parquet").read_bytes() + b"edited")

    def fail(self, *, final):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(analysis.tables.TableStream, "_flush", fail)
    with pytest.raises(RuntimeError):
        build(RAW_DIR, out, cache_dir=cache)
    assert (out / "items.csv").read_bytes() == original


def test_a_build_streams_the_tokens_in_batches_and_gives_the_tables_of_one_process(tmp_path, monkeypatch):
    """The build joins documents a batch at a time and writes the tokens, items, targets, cleaning report
    and cleaned texts as they come, without holding them: with batches of about two documents and row
    groups of 500 rows every file is the one of a build in one batch (row groups have a fixed number of
    rows, whatever the batches), and the tables are those of one process written whole."""
    import pyarrow.parquet as pq

    import analysis.pipeline
    import analysis.tables
    from analysis.corpus import read_corpus
    from analysis.pipeline import process_corpus
    from analysis.tables import read_table, table_rows, write_table

    monkeypatch.setattr(analysis.tables, "ROW_GROUP_ROWS", 500)
    build(RAW_DIR, tmp_path / "one")
    monkeypatch.setattr(analysis.pipeline, "BATCH_DOCUMENTS", 2)
    result = build(RAW_DIR, tmp_path / "batched")
    for name in ("tokens", "items", "targets", "cleaning_report", "item_themes", "shared_passages"):  # not held
        assert getattr(result.processed, name).empty, name
    assert result.processed.clean_texts == {}

    def digests(folder):
        return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MANIFEST}

    assert digests(tmp_path / "one") == digests(tmp_path / "batched")
    whole = process_corpus(read_corpus(RAW_DIR))  # in one process, every table held
    for name in ("tokens", "items", "targets", "cleaning_report", "item_themes"):
        pd.testing.assert_frame_equal(read_table(name, tmp_path / "batched"), getattr(whole, name))
    for name in ("items", "targets", "cleaning_report", "item_themes"):  # streamed: the bytes of the whole table
        whole_files = write_table(getattr(whole, name), tmp_path / "whole", name)
        assert [f.read_bytes() for f in whole_files] == \
            [(tmp_path / "batched" / f.name).read_bytes() for f in whole_files], name
    for doc_id, text in whole.clean_texts.items():
        assert (tmp_path / "batched" / "clean_text" / f"{doc_id}.txt").read_text(encoding="utf-8") == text
    assert table_rows("tokens", tmp_path / "batched") == len(whole.tokens)
    for name in ("tokens", "targets"):  # row groups of 500 rows whatever the batches (26 and 1 on the five plans)
        rows = table_rows(name, tmp_path / "batched")
        assert pq.ParquetFile(tmp_path / "batched" / f"{name}.parquet").metadata.num_row_groups == -(-rows // 500), name


def test_batches_are_cut_by_the_documents_so_adding_one_changes_one_batch():
    """Batch bounds come from the doc ids, not their positions: a document added or removed in the middle
    changes the batch it falls in, and every other batch holds the same documents (its cache entry is read)."""
    from analysis.pipeline import batch_bounds

    ids = [f"2016_{place}_{i:04d}" for i, place in enumerate(["武进区", "常州市", "鄂城区", "连云港市"] * 300)]
    for size in (2, 16, 64):
        bounds = batch_bounds(ids, size)
        assert bounds[0][0] == 0 and bounds[-1][1] == len(ids)
        assert all(end == start for (_, end), (start, _) in zip(bounds, bounds[1:]))  # contiguous
        assert max(end - start for start, end in bounds) <= 2 * size

    def batches(doc_ids):
        return {tuple(doc_ids[start:end]) for start, end in batch_bounds(doc_ids, 64)}

    removed = ids[:600] + ids[601:]
    assert len(batches(ids) - batches(removed)) <= 2 and len(batches(removed) - batches(ids)) <= 2
    added = ids[:600] + ["2016_新增区_9999"] + ids[600:]
    assert len(batches(added) - batches(ids)) <= 2
    shifted = {tuple(ids[start:start + 64]) for start in range(0, len(removed), 64)}  # what fixed cuts would do
    assert len(shifted - {tuple(removed[start:start + 64]) for start in range(0, len(removed), 64)}) > 2


def test_a_build_of_no_plan_writes_empty_tables(tmp_path):
    from analysis.schema import TOKEN_COLUMNS
    from analysis.tables import read_table

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "notes.docx").write_bytes(b"PK\x03\x04")
    result = build(raw, tmp_path / "out")
    tokens = read_table("tokens", tmp_path / "out")
    assert not result.ok and tokens.empty and list(tokens.columns) == list(TOKEN_COLUMNS)


def test_a_rebuild_infers_metadata_only_for_changed_files_and_gives_the_same_tables(tmp_path, monkeypatch):
    """What was inferred from a file is kept in the cache by its name and text: a rebuild after one file
    changed infers the metadata of that file alone, and the tables are those of a build without a cache."""
    import analysis.cache

    raw = tmp_path / "raw"
    raw.mkdir()
    for seed in sorted(RAW_DIR.glob("*.txt")):  # no metadata.csv: every file's metadata is inferred
        shutil.copy(seed, raw / seed.name)
    cache = tmp_path / "cache"
    build(raw, tmp_path / "first", cache_dir=cache)
    seen = []
    real = analysis.cache.infer_metadata
    monkeypatch.setattr(analysis.cache, "infer_metadata", lambda text, name, res: seen.append(name) or real(text, name, res))
    changed = sorted(raw.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n全年新增职工书屋12家。\n", encoding="utf-8")
    build(raw, tmp_path / "cached", cache_dir=cache)
    assert seen == [changed.name]
    build(raw, tmp_path / "fresh")
    assert tree(tmp_path / "cached") == tree(tmp_path / "fresh")


def test_a_plan_changed_during_the_build_stops_it_naming_the_file_and_keeps_the_old_outputs(tmp_path, monkeypatch,
                                                                                           capsys):
    """A text is read again where it is processed: when its bytes are no longer those the build listed, the
    build stops with the file named (not an output error), and the output folder is left as it was."""
    from analysis.corpus import RawFileChanged, read_corpus

    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(RAW_DIR, raw)
    build(raw, out)
    before = tree(out)

    def read_then_edit(*args, **kwargs):
        corpus = read_corpus(*args, **kwargs)
        plan = raw / WUJIN
        plan.write_text(plan.read_text(encoding="utf-8") + "\n（改）", encoding="utf-8")
        return corpus

    monkeypatch.setattr(build_module, "read_corpus", read_then_edit)
    with pytest.raises(RawFileChanged, match=WUJIN):
        build(raw, out)
    assert tree(out) == before
    assert main(["build", "--raw", str(raw), "--out", str(out), "--no-cache"]) == EXIT_USAGE
    assert "the file changed while the build was reading it" in capsys.readouterr().err
    assert tree(out) == before


def test_the_build_says_when_the_taxonomy_leaves_a_document_mostly_uncoded(tmp_path, capsys):
    """A government work report added to union plans and coded with the union themes: the build names it."""
    from analysis.config import PROJECT_ROOT

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW_DIR / "2020_changzhou-city_union-work-points.txt", raw)
    assert main(["build", "--raw", str(raw), "--out", str(tmp_path / "union"), "--no-cache"]) == 0
    assert "unassigned" not in capsys.readouterr().err
    shutil.copy(PROJECT_ROOT / "data" / "national-reports" / "raw" / "gwr_2018.txt", raw)
    assert main(["build", "--raw", str(raw), "--out", str(tmp_path / "mixed"), "--no-cache"]) == 0
    err = capsys.readouterr().err
    assert "leaves over 25% of the items of 1 document(s) unassigned (national-2018" in err and "--themes" in err
