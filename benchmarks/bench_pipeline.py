"""Benchmark the pipeline against plain jieba segmentation, at 5, 100 and 1,000 plans.

For each corpus size, in a fresh process (so peak memory is that size's own):

* baseline: plain ``jieba.lcut`` over the same raw texts, timed in the same run;
* the whole pipeline: the build (``analysis.pipeline.build``: read, clean,
  structure, segmentation, targets, themes, text reuse, writing the tables) in
  parallel processes (one per core), then the notebook-side stages on the
  written tables: keywords (read the tokens, select terms, document-feature
  matrix, frequencies, keyness of every plan, keyness of the plans a notebook
  charts) and similarity (cosine TF-IDF and clustering);
* a serial build to time each stage; a cached rebuild; parallel == serial;
* peak resident memory of the process and of its workers.

Both are timed warm: jieba's dictionary is loaded before the baseline, and a
build of two short made-up plans runs before the pipeline (imports, resource
tables, compiled patterns; no cache holds the timed texts). Baseline and
pipeline are each the best of ``--repeat`` runs, each run in a
fresh process (the machine's noise is large next to these times; peak memory
is the highest of any run), timed by the wall clock and by CPU time (all
processes). It prints the ratios: pipeline / plain segmentation (wall and
CPU), time at 1,000 / time at 100, cached / first build, and peak memory.
Corpora of 100 and 1,000 plans are recombined from the seeds' real items
(``benchmarks/synthetic_corpus.py``, fixed seed); ``--corpus DIR`` adds a
folder of real documents.

    .venv/bin/python benchmarks/bench_pipeline.py                 # 5, 100, 1000
    .venv/bin/python benchmarks/bench_pipeline.py --sizes 5 100   # quicker
    .venv/bin/python benchmarks/bench_pipeline.py --notebooks     # also the notebooks against their kernel floor
    .venv/bin/python benchmarks/bench_pipeline.py --sizes 100 --notebooks --figures build/bench-figures
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

#: Plans a notebook charts one by one (its MAX_PLANS parameter).
CHARTED_PLANS = 12


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(children, 1)


class TreeMemory:
    """The peak of the summed resident memory of this process and its children (the build's workers), sampled
    every 0.1 s in a thread while the ``with`` block runs (Linux: ``/proc``; elsewhere the peak stays 0)."""

    def __init__(self, interval: float = 0.1):
        import threading

        self.interval, self.peak_mb = interval, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @staticmethod
    def _rss_mb(pid: int) -> float:
        try:
            with open(f"/proc/{pid}/status") as status:
                return next((int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS")), 0.0)
        except OSError:
            return 0.0  # gone between the listing and the read

    def _sample(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            try:
                with open(f"/proc/{me}/task/{me}/children") as listing:
                    children = [int(pid) for pid in listing.read().split()]
            except OSError:
                children = []
            self.peak_mb = max(self.peak_mb, sum(self._rss_mb(pid) for pid in [me, *children]))
            self._stop.wait(self.interval)

    def __enter__(self) -> "TreeMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_mb = round(self.peak_mb, 1)


def _cpu_seconds() -> float:
    """CPU time of this process and of every finished child (the build's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def notebook_stages(processed_dir: Path) -> dict[str, float]:
    """The keyword and similarity work the notebooks do, on the tables of a build (seconds per stage)."""
    from analysis import keywords as kw
    from analysis import similarity as sm
    from analysis.tables import read_table

    seconds = {}
    t0 = time.perf_counter()
    matrix = kw.dfm(kw.select_tokens(read_table("tokens", processed_dir)))
    kw.term_frequencies(matrix)
    kw.keyness_by_document(matrix, n=5)
    for doc in matrix.docs[:CHARTED_PLANS]:
        kw.keyness(matrix, doc)
    seconds["keywords"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    sm.cluster_order(sm.document_similarity(matrix))
    seconds["similarity"] = time.perf_counter() - t0
    return seconds


def build_stage_seconds(raw: Path, out: Path) -> dict[str, float]:
    """Seconds of each stage of a serial build, timed from outside by calling the pipeline's stages in turn."""
    from analysis import corpus_stages, pipeline
    from analysis.corpus import read_corpus
    from analysis.loader import load_resources
    from analysis.tables import write_table

    seconds = dict.fromkeys(("read_clean_structure", "segmentation", "targets"), 0.0)
    resources = load_resources()
    t0 = time.perf_counter()
    corpus = read_corpus(raw)
    seconds["read_clean_structure"] += time.perf_counter() - t0
    results: list = []
    for doc in corpus.documents:
        t0 = time.perf_counter()
        try:
            parsed = pipeline.parse_document(doc, resources)
        except pipeline.UnusableDocument:
            continue
        t1 = time.perf_counter()
        tokens = pipeline.segment_document(parsed, resources.tokenizer)
        t2 = time.perf_counter()
        targets = pipeline.document_targets(parsed, resources)
        t3 = time.perf_counter()
        results.append(pipeline._result(parsed, tokens, targets))
        for stage, s in zip(seconds, (t1 - t0, t2 - t1, t3 - t2)):
            seconds[stage] += s
    processed = pipeline.assemble(results, list(corpus.skipped))
    t0 = time.perf_counter()
    corpus_stages.code_themes(processed, resources)
    seconds["themes"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    corpus_stages.find_shared_passages(processed.clean_texts, processed.items)
    seconds["text_reuse"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    for name, table in processed.tables().items():
        write_table(table, out, name)
    seconds["write_tables"] = time.perf_counter() - t0
    return seconds


#: Two short made-up plans: a build of them before timing imports the modules, loads the resource
#: tables and compiles the patterns (as ``jieba.initialize()`` loads jieba's dictionary before the
#: baseline), without warming any cache with the texts that are timed.
WARM_UP_PLANS = {
    "甲市总工会工作要点.txt": "甲市总工会2021年工作要点\n一、加强思想政治引领\n1．深入学习宣传。全年举办培训班10期，"
                       "覆盖职工5000人次以上。\n二、维护职工合法权益\n2．推进集体协商，建会企业覆盖率达到90%。\n",
    "乙区总工会工作要点.txt": "乙区总工会2021年工作要点\n一、服务职工群众\n1．开展送温暖活动，走访慰问困难职工200户。\n"
                       "二、加强工会自身建设\n2．建设职工之家20个，强基层补短板增活力。\n",
}


def _warm_up() -> None:
    from analysis.build import build

    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        raw.mkdir()
        for name, text in WARM_UP_PLANS.items():
            (raw / name).write_text(text, encoding="utf-8")
        build(raw, Path(tmp) / "processed")
        notebook_stages(Path(tmp) / "processed")


def measure(raw: Path, jobs: int, what: str = "pipeline", repeat: int = 3) -> dict:
    """One measurement on one corpus, in this process.

    ``pipeline``: plain segmentation and the whole pipeline (so the peak memory
    is theirs); ``stages``: a serial build timing each stage, a cached rebuild,
    and parallel == serial.
    """
    from analysis.corpus import read_corpus
    from analysis.build import build

    if what == "memory":  # the build alone in this fresh process: its peak, its workers', the whole tree's
        with tempfile.TemporaryDirectory() as tmp, TreeMemory() as tree:
            build(raw, Path(tmp) / "out", jobs=jobs)
        own, workers = _peak_mb()
        return {"build_peak_mb": own, "build_worker_peak_mb": workers, "tree_peak_mb": tree.peak_mb}

    import logging

    import jieba

    # Import what the stages use before timing (as jieba is initialised before the baseline).
    import sklearn.decomposition  # noqa: F401
    import sklearn.feature_extraction.text  # noqa: F401
    import sklearn.metrics  # noqa: F401
    import scipy.cluster.hierarchy  # noqa: F401
    import scipy.stats  # noqa: F401
    from analysis.segment import get_tokenizer

    get_tokenizer()
    if what == "pipeline":
        _warm_up()
    texts = [d.text for d in read_corpus(raw).documents]
    chars = sum(len(t) for t in texts)
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    import rjieba

    baseline = baseline_cpu = kernel = kernel_cpu = float("inf")
    for _ in range(repeat if what == "pipeline" else 0):
        t0, c0 = time.perf_counter(), _cpu_seconds()
        n_tokens = sum(len(jieba.lcut(t)) for t in texts)
        baseline = min(baseline, time.perf_counter() - t0)
        baseline_cpu = min(baseline_cpu, _cpu_seconds() - c0)
        # the segmentation kernel the build itself uses (jieba-rs), in one process over the same texts
        t0, c0 = time.perf_counter(), _cpu_seconds()
        sum(len(rjieba.cut(t, hmm=False)) for t in texts)
        kernel = min(kernel, time.perf_counter() - t0)
        kernel_cpu = min(kernel_cpu, _cpu_seconds() - c0)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if what == "pipeline":
            best = None
            for k in range(repeat):
                t0, c0 = time.perf_counter(), _cpu_seconds()
                build(raw, tmp / f"parallel{k}", jobs=jobs)
                built = time.perf_counter() - t0
                notebook = notebook_stages(tmp / f"parallel{k}")
                run = {"pipeline_s": time.perf_counter() - t0, "pipeline_cpu_s": _cpu_seconds() - c0,
                       "build_s": built, **{f"{k}_s": v for k, v in notebook.items()}}
                best = run if best is None or run["pipeline_s"] < best["pipeline_s"] else best
                best["pipeline_cpu_s"] = min(best["pipeline_cpu_s"], run["pipeline_cpu_s"])
            own, workers = _peak_mb()
            return {"plans": len(texts), "chars": chars, "jieba_tokens": n_tokens, "baseline_s": round(baseline, 3),
                    "baseline_cpu_s": round(baseline_cpu, 3), "kernel_s": round(kernel, 4), "kernel_cpu_s": round(kernel_cpu, 4), **{k: round(v, 3) for k, v in best.items()},
                    "peak_mb": own, "peak_worker_mb": workers, "jobs": jobs}
        t0 = time.perf_counter()
        build(raw, tmp / "serial", jobs=1)
        serial_build = time.perf_counter() - t0
        stages = build_stage_seconds(raw, tmp / "stages")
        stages.update(notebook_stages(tmp / "serial"))
        serial_wall = serial_build + stages["keywords"] + stages["similarity"]
        build(raw, tmp / "cached", jobs=jobs, cache_dir=tmp / "cache")
        t0 = time.perf_counter()
        again = build(raw, tmp / "cached", jobs=jobs, cache_dir=tmp / "cache")
        cached_wall = time.perf_counter() - t0
        assert again.up_to_date
        build(raw, tmp / "parallel", jobs=jobs)
        same = _digests(tmp / "parallel") == _digests(tmp / "serial")
        changed_doc, changed_theme = rebuild_after_changes(raw, tmp, jobs)
    return {"serial_s": round(serial_wall, 3), "serial_build_s": round(serial_build, 3),
            "cached_s": round(cached_wall, 3), "stages_s": {k: round(v, 3) for k, v in stages.items()},
            "parallel_equals_serial": same, "changed_doc_s": round(changed_doc, 3),
            "changed_theme_s": round(changed_theme, 3)}


def _digests(folder: Path) -> dict[str, str]:
    """The SHA-256 of every file of an output folder, by its path in the folder."""
    import hashlib

    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def rebuild_after_changes(raw: Path, tmp: Path, jobs: int) -> tuple[float, float]:
    """Seconds of a cached rebuild after one document changed, and after one seed term was added to the taxonomy."""
    from analysis.build import build
    from analysis.config import RESOURCES_DIR
    from analysis.loader import load_resources

    copy = tmp / "changed_raw"
    shutil.copytree(raw, copy)
    themes = tmp / "themes.csv"
    shutil.copy(RESOURCES_DIR / "themes.csv", themes)
    resources = load_resources(themes_file=themes)
    build(copy, tmp / "changing", jobs=jobs, cache_dir=tmp / "cache2", resources=resources)
    first = sorted(copy.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\n全年新增职工之家10家。\n", encoding="utf-8")
    t0 = time.perf_counter()
    build(copy, tmp / "changing", jobs=jobs, cache_dir=tmp / "cache2", resources=resources)
    changed_doc = time.perf_counter() - t0
    import pandas as pd

    table = pd.read_csv(themes, dtype=str, keep_default_na=False, comment="#")
    table.loc[0, "seed_terms"] += ";基准测试新词"  # one seed term more in the first theme
    table.to_csv(themes, index=False)
    t0 = time.perf_counter()
    build(copy, tmp / "changing", jobs=jobs, cache_dir=tmp / "cache2", resources=load_resources(themes_file=themes))
    return changed_doc, time.perf_counter() - t0


def _floor_notebook(notebook: Path, out_dir: Path) -> Path:
    """A copy of ``notebook`` holding one cell: its import lines (the kernel floor it cannot go below)."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    imports = [line for cell in nb.cells if cell.cell_type == "code"
               for line in cell.source.splitlines() if line.startswith(("import ", "from "))]
    nb.cells = [nbformat.v4.new_code_cell("\n".join(imports))]
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / notebook.name
    nbformat.write(nb, path)
    return path


def _timed(run) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process and its children) of ``run()``."""
    t0, c0 = time.perf_counter(), _cpu_seconds()
    run()
    return time.perf_counter() - t0, _cpu_seconds() - c0


def run_notebooks(raw: Path, keep_figures: Path | None = None) -> dict:
    """Execute every notebook on a corpus through its parameters cell, and its kernel floor; time both.

    The floor of a notebook is a kernel started the same way (papermill, the
    same interpreter) that runs only the notebook's import lines. With
    ``keep_figures`` the figures are saved there (one folder per notebook) to be
    looked at.
    """
    from PIL import Image

    from analysis.build import build
    from analysis.notebooks import execute_notebook, list_notebooks

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        build(raw, tmp / "processed", jobs=os.cpu_count() or 1)
        for nb in list_notebooks():
            figures = (keep_figures or tmp / "figures") / nb.stem
            floor = _floor_notebook(nb, tmp / "floor")
            floor_s, floor_cpu = _timed(lambda: execute_notebook(floor, tmp / "floor-executed", {}))
            params = {"PROCESSED_DIR": str(tmp / "processed"), "FIGURES_DIR": str(figures), "RAW_DIR": str(raw)}
            seconds, cpu = _timed(lambda: execute_notebook(nb, tmp / "executed", params))
            sizes = {p.name: Image.open(p).size for p in sorted(figures.glob("*.png"))}
            out[nb.stem] = {"seconds": round(seconds, 2), "cpu": round(cpu, 2), "floor_s": round(floor_s, 2),
                            "floor_cpu": round(floor_cpu, 2), "figures": len(sizes),
                            "largest_px": max(sizes.values(), key=lambda s: s[0] * s[1]) if sizes else None}
    return out


def _print_notebooks(name: str, notebooks: dict) -> None:
    """The notebooks' times against their kernel floor."""
    print(f"\nnotebooks on {name}: each against its kernel floor (a kernel running only its import lines)")
    for nb, info in notebooks.items():
        print(f"  {nb}: {info['seconds']:.2f} s (CPU {info['cpu']:.2f}) | floor {info['floor_s']:.2f} s "
              f"(CPU {info['floor_cpu']:.2f}) | {info['figures']} figures, largest {info['largest_px']} px")
    total = {k: sum(info[k] for info in notebooks.values()) for k in ("seconds", "cpu", "floor_s", "floor_cpu")}
    print(f"  all notebooks / kernel floor = {total['seconds'] / total['floor_s']:.2f} wall, "
          f"{total['cpu'] / total['floor_cpu']:.2f} CPU ({total['seconds']:.1f} s against {total['floor_s']:.1f} s)")


def _run_one(raw: Path, jobs: int, what: str) -> dict:
    """One measurement in a fresh process (so its peak memory is that run's own)."""
    done = subprocess.run([sys.executable, __file__, "--one", str(raw), "--jobs", str(jobs), "--what", what, "--repeat", "1"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _best_of(runs: list[dict]) -> dict:
    """The fastest run's times, the least CPU time seen, and the highest peak memory of any run."""
    best = dict(min(runs, key=lambda r: r["pipeline_s"]))
    best["baseline_s"] = min(r["baseline_s"] for r in runs)
    for key in ("baseline_cpu_s", "pipeline_cpu_s"):
        best[key] = min(r[key] for r in runs)
    for key in ("peak_mb", "peak_worker_mb"):
        best[key] = max(r[key] for r in runs)
    best["runs"] = len(runs)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 100, 1000])
    parser.add_argument("--corpus", type=Path, help="also benchmark a folder of real plan documents")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--notebooks", action="store_true",
                        help="run the notebooks on the five plans (and on 100 plans), each against its kernel floor")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--what", default="pipeline", help=argparse.SUPPRESS)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs for baseline and pipeline")
    parser.add_argument("--notebooks-on", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--figures", type=Path, help="with --notebooks, keep the notebooks' figures in this folder")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.jobs, args.what, args.repeat)))
        return
    if args.notebooks_on:
        print(json.dumps(run_notebooks(args.notebooks_on, args.figures)))
        return

    from analysis.config import RAW_DIR
    from synthetic_corpus import write_corpus

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {}
        for size in args.sizes:
            corpora[size] = RAW_DIR if size == 5 else write_corpus(size, Path(tmp) / f"corpus{size}")
        if args.corpus:
            corpora["real"] = args.corpus
        for name, raw in corpora.items():
            runs = [_run_one(raw, args.jobs, "pipeline") for _ in range(args.repeat)]
            r = _best_of(runs)
            r.update(_run_one(raw, args.jobs, "stages"))
            r.update(_run_one(raw, args.jobs, "memory"))
            results[name] = r
            print(f"{str(name):>5} plans: jieba.lcut {r['baseline_s']:.2f} s (CPU {r['baseline_cpu_s']:.2f} s) | "
                  f"rjieba.cut {r['kernel_s']:.3f} s (CPU {r['kernel_cpu_s']:.3f} s) | "
                  f"pipeline {r['pipeline_s']:.2f} s (CPU {r['pipeline_cpu_s']:.2f} s, {r['jobs']} jobs: build "
                  f"{r['build_s']:.2f}, keywords {r['keywords_s']:.2f}, similarity {r['similarity_s']:.2f}) | "
                  f"serial {r['serial_s']:.2f} s | cached rebuild {r['cached_s']:.2f} s | "
                  f"peak of the build alone {r['build_peak_mb']:.0f} MB (workers {r['build_worker_peak_mb']:.0f} MB; "
                  f"whole process tree {r['tree_peak_mb']:.0f} MB; "
                  f"with the baselines in the process {r['peak_mb']:.0f} MB)", flush=True)
            print("       stages (s, serial run): " + ", ".join(f"{k} {v:.2f}" for k, v in r["stages_s"].items()), flush=True)
        notebooks = {}
        if args.notebooks:
            for label, raw in (("the five plans", RAW_DIR), ("100 plans", corpora.get(100))):
                if raw is None:
                    continue
                keep = ["--figures", str(args.figures.resolve() / label.replace(" ", "-"))] if args.figures else []
                done = subprocess.run([sys.executable, __file__, "--notebooks-on", str(raw), *keep],
                                      capture_output=True, text=True, check=True)
                notebooks[label] = json.loads(done.stdout.strip().splitlines()[-1])

    print("\nratios")
    for name, r in results.items():
        print(f"  {str(name):>5} plans: build / rjieba.cut (the kernel the build uses) = "
              f"{r['build_s'] / r['kernel_s']:.1f} wall, {r['pipeline_cpu_s'] / r['kernel_cpu_s']:.1f} CPU (whole pipeline); "
              f"rebuild after one changed document / first build = {r['changed_doc_s'] / r['serial_build_s']:.3f}; "
              f"after one new seed term = {r['changed_theme_s'] / r['serial_build_s']:.3f}")
        print(f"  {str(name):>5} plans: pipeline / plain segmentation = {r['pipeline_s'] / r['baseline_s']:.2f} wall, "
              f"{r['pipeline_cpu_s'] / r['baseline_cpu_s']:.2f} CPU (serial {r['serial_s'] / r['baseline_s']:.2f}); "
              f"cached / first build = {r['cached_s'] / r['serial_build_s']:.3f}; "
              f"parallel == serial: {r['parallel_equals_serial']}")
    if 100 in results and 1000 in results:
        print(f"  time at 1,000 / time at 100 plans = {results[1000]['pipeline_s'] / results[100]['pipeline_s']:.2f} "
              f"(baseline {results[1000]['baseline_s'] / results[100]['baseline_s']:.2f})")
    if 1000 in results:
        r = results[1000]
        print(f"  peak memory of the largest process of a build at 1,000 plans = "
              f"{max(r['build_peak_mb'], r['build_worker_peak_mb']):.0f} MB (main {r['build_peak_mb']:.0f}, "
              f"largest worker {r['build_worker_peak_mb']:.0f}; the whole process tree {r['tree_peak_mb']:.0f})")
        if 10000 in results:  # growth, and a straight line through the two sizes out to 100,000 plans
            big = results[10000]
            largest = {n: max(results[n]["build_peak_mb"], results[n]["build_worker_peak_mb"]) for n in (1000, 10000)}
            tree = {n: results[n]["tree_peak_mb"] for n in (1000, 10000)}

            def line(peaks: dict) -> float:
                return (peaks[10000] + (peaks[10000] - peaks[1000]) / 9000 * 90000) / 1024

            print(f"  memory from 1,000 to 10,000 plans: largest process {largest[10000] / largest[1000]:.1f}x "
                  f"({largest[10000]:.0f} MB), whole tree {tree[10000] / tree[1000]:.1f}x ({tree[10000]:.0f} MB); "
                  f"a straight line gives at 100,000 plans {line(largest):.1f} GB (largest process), "
                  f"{line(tree):.1f} GB (tree); 10,000 plans built in {big['build_s']:.0f} s")
        stages = {k: v for k, v in r["stages_s"].items() if k != "write_tables"}
        top = max(stages, key=stages.get)
        print(f"  dominant stage at 1,000 plans: {top} ({stages[top]:.1f} s of {sum(stages.values()):.1f} s, serial)")
    for label, runs in notebooks.items():
        _print_notebooks(label, runs)


if __name__ == "__main__":
    main()
