"""Command line: ``python -m analysis build`` and ``python -m analysis notebooks``.

Exit status of ``build``: 0 when everything was processed; 3 when some files or
folder entries were skipped (each is named with its reason, on standard error and
in ``skipped.csv``); 2 for a usage error (a missing raw folder, an output folder
that may not be replaced, a metadata table that cannot be read); 4 when the
outputs could not be written (read-only folder, no space left, no permission:
the previous outputs are kept); 5 when another build is writing into the same
output folder.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .config import EXECUTED_NOTEBOOKS_DIR, NOTEBOOKS_DIR, PROCESSED_DIR, RAW_DIR

EXIT_USAGE = 2
EXIT_SKIPPED = 3
EXIT_OUTPUT = 4
EXIT_BUSY = 5


def _build(args: argparse.Namespace) -> int:
    from . import cache
    from .build import DEFAULT_CACHE_DIR, OutputBusyError, OutputError, OutputFolderError, build, default_jobs
    from .corpus import CorpusError
    from .tables import read_table, table_rows
    from .themes import POOR_FIT_SHARE, poorly_fitting_plans

    if args.clear_cache:
        cache.clear(DEFAULT_CACHE_DIR)
        print(f"removed the cache {DEFAULT_CACHE_DIR}", file=sys.stderr)
    from .loader import find_taxonomy, load_resources

    t0 = time.perf_counter()
    try:
        resources = load_resources(themes_file=find_taxonomy(args.themes) if args.themes else None)
        resources.themes  # a bad taxonomy is a usage error, before any work
    except (FileNotFoundError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = build(
            args.raw,
            args.out,
            resources=resources,
            jobs=args.jobs or default_jobs(),
            cache_dir=None if args.no_cache else DEFAULT_CACHE_DIR,
        )
    except OutputBusyError as err:
        print(f"error: {err.filename}: {err.strerror}", file=sys.stderr)
        return EXIT_BUSY
    except OutputError as err:
        print(f"error: cannot write the outputs: {err.filename}: {err.strerror}", file=sys.stderr)
        return EXIT_OUTPUT
    except (FileNotFoundError, OutputFolderError, CorpusError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    p = result.processed
    if result.up_to_date:
        print(f"{args.out} is up to date ({len(p.documents)} documents; nothing changed since the last build)")
    # the tables that grow with the corpus were streamed to their files, not held: counted there
    unit_types = read_table("items", args.out, columns=["unit_type"])
    kinds = read_table("targets", args.out, columns=["kind"])
    print(
        f"built {len(p.documents)} documents, {int((unit_types['unit_type'] == 'item').sum())} items, "
        f"{len(unit_types)} text units, {table_rows('tokens', args.out)} tokens, "
        f"{int((kinds['kind'] == 'target').sum())} targets into {args.out} "
        f"in {time.perf_counter() - t0:.1f} s"
    )
    for note in p.notes:
        print(f"note: {note}", file=sys.stderr)
    poor = poorly_fitting_plans(read_table("item_themes", args.out, columns=["doc_id", "theme", "is_primary"]))
    if len(poor):
        listed = ", ".join(f"{doc} {share:.0%}" for doc, share in poor.head(5).items()) + (" …" if len(poor) > 5 else "")
        print(f"note: the taxonomy {resources.taxonomy_id.split()[0]} leaves over {POOR_FIT_SHARE:.0%} of the items of "
              f"{len(poor)} document(s) unassigned ({listed}): of another genre? Code them with a taxonomy that "
              "fits (--themes FILE; themes_gwr.csv ships for government work reports; README, Themes per corpus)",
              file=sys.stderr)
    for file, reason in p.skipped.itertuples(index=False):
        print(f"skipped: {file}: {reason}", file=sys.stderr)
    if not result.ok:
        print(f"{len(p.skipped)} file(s) skipped; the others were processed", file=sys.stderr)
        return EXIT_SKIPPED
    return 0


def _notebooks(args: argparse.Namespace) -> int:
    from .config import FIGURES_DIR
    from .notebooks import declared_parameters, execute_notebook, list_notebooks

    notebooks = list_notebooks(args.dir)
    if args.only:
        notebooks = [p for p in notebooks if any(p.name.startswith(o) for o in args.only)]
    if not notebooks:
        print(f"error: no notebooks NN-*.ipynb in {args.dir}", file=sys.stderr)
        return EXIT_USAGE
    try:
        parameters = dict(_parameter(p) for p in args.param or ())
        declared = {path: declared_parameters(path) for path in notebooks}
        unknown = sorted(set(parameters) - set().union(*declared.values()))
        if unknown:
            raise ValueError(f"no notebook has the parameter(s) {', '.join(unknown)}; see each notebook's first "
                             "code cell")
        processed = _processed_folder(args, parameters)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    figures = _figures_folder(args, parameters, processed)
    parameters.update({k: v for k, v in (("PROCESSED_DIR", processed and str(Path(processed).resolve())),
                                         ("FIGURES_DIR", figures and str(Path(figures).resolve())),
                                         ("LANG", args.lang)) if v})
    print(f"figures go to {parameters.get('FIGURES_DIR', FIGURES_DIR)}", file=sys.stderr)
    out = _executed_folder(args, figures)
    for path in notebooks:
        t0 = time.perf_counter()
        execute_notebook(path, out, {k: v for k, v in parameters.items() if k in declared[path]})
        print(f"executed {path.name} in {time.perf_counter() - t0:.1f} s -> {out / path.name}")
    return 0


def _executed_folder(args: argparse.Namespace, figures) -> Path:
    """Where the executed copies go: the folder asked for; beside figures of their own under build/figures
    (other parameters, another corpus) a folder of the same name under build/notebooks, so the default
    run's copies (which ``make report`` reads) are kept; else build/notebooks."""
    if args.out is not None:
        return Path(args.out)
    variants = (EXECUTED_NOTEBOOKS_DIR.parent / "figures").resolve()
    if figures and Path(figures).resolve().parent == variants:
        return EXECUTED_NOTEBOOKS_DIR / Path(figures).name
    return EXECUTED_NOTEBOOKS_DIR


def _processed_folder(args: argparse.Namespace, parameters: dict) -> Path | str | None:
    """The processed tables the notebooks read: the one asked for (it must hold tables), or for another
    taxonomy (``-p THEMES``) a folder of its own built before any notebook reads it, or None (data/processed).
    Raises ValueError with the message for the user."""
    processed = args.processed or parameters.get("PROCESSED_DIR")
    if parameters.get("THEMES") and not processed:
        try:
            return _tables_with_taxonomy(parameters["THEMES"], parameters.get("RAW_DIR") or RAW_DIR)
        except (OSError, ValueError) as err:
            raise ValueError(f"THEMES {parameters['THEMES']}: {err}") from err
    if processed and not (Path(processed) / "documents.parquet").is_file():
        raise ValueError(f"{processed}: no processed tables here; run python -m analysis build --out {processed}")
    return processed


def _figures_folder(args: argparse.Namespace, parameters: dict, processed) -> Path | str | None:
    """Where the figures go: the folder asked for; for another processed folder or other parameters a folder
    under build/figures named after them (the committed figures/ holds the defaults' only); else None."""
    figures = args.figures or parameters.get("FIGURES_DIR")
    if processed and not figures and Path(processed).resolve() != PROCESSED_DIR.resolve():
        # another corpus never overwrites the committed figures/ unless asked to with --figures
        return EXECUTED_NOTEBOOKS_DIR.parent / "figures" / Path(processed).resolve().name
    variant = {k: v for k, v in parameters.items() if k not in ("PROCESSED_DIR", "FIGURES_DIR")}
    if args.lang:
        variant["LANG"] = args.lang
    if variant and not figures:
        # other parameters never overwrite the committed figures/ (made with the defaults) either
        return EXECUTED_NOTEBOOKS_DIR.parent / "figures" / _variant_name(variant)
    return figures


def _report(args: argparse.Namespace) -> int:
    from .outputs import OutputError
    from .report import write_report

    try:
        pages = write_report(args.notebooks, args.out)
    except (FileNotFoundError, OutputError) as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    print(f"wrote {len(pages)} pages into {args.out}; open {pages[0]}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    """Print precision and recall per kind on the gold sets, and part agreement on the national reports."""
    import pandas as pd

    from .config import PROJECT_ROOT
    from .corpus import read_corpus
    from .evaluation import evaluate_extraction, match_in_documents, part_agreement, precision_recall, read_gold
    from .pipeline import process_corpus

    gold_dir = PROJECT_ROOT / "tests" / "data"
    pd.set_option("display.width", 120)
    sentences, gold = read_gold(gold_dir / "targets_gold.csv")
    print("seed-plan gold (tests/data/targets_gold.csv, sentences extracted one by one):")
    print(evaluate_extraction(gold, sentences).to_string(index=False), end="\n\n")
    national = process_corpus(read_corpus(args.national))
    gwr = pd.read_csv(gold_dir / "gwr_targets_gold.csv", dtype=str, keep_default_na=False)
    sets = [(f"tests/data/gwr_targets_gold.csv, {split} split", gwr[gwr.split == split]) for split in ("dev", "holdout")]
    sets += [(f"tests/data/{name}, {use}", pd.read_csv(gold_dir / name, dtype=str, keep_default_na=False))
             for name, use in (("gwr_targets_gold2.csv", "second set (development)"),
                               ("gwr_targets_gold3.csv", "third set (development since its errors were read)"),
                               ("gwr_targets_gold4.csv", "fourth set (development since its first score)"))]
    for title, gold_set in sets:
        print(f"national-report gold ({title}; in the build of {args.national}):")
        print(precision_recall(match_in_documents(gold_set, national)).to_string(index=False), end="\n\n")
    parts = part_agreement(pd.read_csv(gold_dir / "gwr_parts_gold.csv", dtype=str, keep_default_na=False), national)
    scored = parts[parts.label.isin(["review", "plan"])]
    headings = scored.item_id.str.endswith(".h")  # a heading line is a unit of its own (…:4.h)
    print(f"parts of {len(scored)} hand-labelled paragraphs (tests/data/gwr_parts_gold.csv): agreement "
          f"{scored.agrees.mean():.3f}; review read as summary {scored[scored.label == 'review'].agrees.mean():.3f}, "
          f"plan read as plan {scored[scored.label == 'plan'].agrees.mean():.3f}; {int(headings.sum())} heading "
          f"lines {scored[headings].agrees.mean():.3f}, the {int((~headings).sum())} other paragraphs "
          f"{scored[~headings].agrees.mean():.3f}")
    rounds = sorted((d for d in (gold_dir / "blind_rounds").glob("r*") if (d / "raw").is_dir()),
                    key=lambda d: (len(d.name), d.name))  # r99 before r100
    if rounds:
        print("\nblind rounds (tests/data/blind_rounds: pages and labels of helpers who saw nothing of the project; "
              "target and achieved P / R (gold), parts agreement (paragraphs), titles, places, years, genres agreeing):")
    for round_dir in rounds:
        print(_round_line(round_dir))
    return 0


def _round_line(round_dir: Path) -> str:
    """One blind round scored: its pages built, its labels compared (:mod:`analysis.evaluation`)."""
    import pandas as pd

    from .corpus import read_corpus
    from .evaluation import found_in_build, match_in_documents, metadata_agreement, part_agreement, precision_recall
    from .pipeline import process_corpus

    def table(name: str) -> pd.DataFrame:
        return pd.read_csv(round_dir / name, dtype=str, keep_default_na=False)

    processed = process_corpus(read_corpus(round_dir / "raw"))
    sentences = table("sentences.csv")
    kept = found_in_build(sentences, processed)
    scores = precision_recall(match_in_documents(sentences[kept], processed)).set_index("kind")
    paragraphs = table("paragraphs.csv").astype({"paragraph_no": int})
    parts = part_agreement(paragraphs, processed)["agrees"].dropna()
    meta = metadata_agreement(table("metadata_gold.csv"), processed.documents)

    def pr(kind: str) -> str:
        row = scores.loc[kind]
        return f"{row.precision:.3f} / {row.recall:.3f} ({int(row.gold)})"

    agreeing = ", ".join(str(int(meta[field].sum())) for field in ("title", "place", "year", "genre"))
    left_out = f"; {int((~kept).sum())} sentences left out, cleaned away as clutter" if (~kept).any() else ""
    return (f"  {round_dir.name}: target {pr('target')}, achieved {pr('achieved')}, parts {parts.mean():.3f} "
            f"({len(parts)}), {agreeing} of {len(meta)}{left_out}")


def _tables_with_taxonomy(themes: str, raw_dir) -> Path:
    """The processed tables of ``raw_dir`` coded with the taxonomy ``themes``, in ``build/processed/themes-…``
    (built, with the cache, when they are not there yet): a ``THEMES`` run never rewrites data/processed."""
    from .build import rebuild_with_taxonomy

    processed = EXECUTED_NOTEBOOKS_DIR.parent / "processed" / _variant_name({"THEMES": themes})
    processed.parent.mkdir(parents=True, exist_ok=True)
    if rebuild_with_taxonomy(themes, Path(raw_dir), processed):
        print(f"built the tables coded with {themes} into {processed}", file=sys.stderr)
    return processed


def _variant_name(parameters: dict) -> str:
    """A folder name that says which parameters made a set of figures (``lang-en``, ``top_n-30``).

    >>> _variant_name({"LANG": "en"}), _variant_name({"DOCUMENTS": ["wujin-2018", "national-2006"], "TOP_N": 30})
    ('lang-en', 'documents-wujin-2018-national-2006_top_n-30')
    """
    import hashlib
    import json
    import re

    words = [f"{k.lower()}-{'-'.join(map(str, v)) if isinstance(v, list) else v}" for k, v in sorted(parameters.items())]
    name = re.sub(r"[^\w.\-]+", "-", "_".join(words)).strip("-_.") or "variant"
    if len(name) > 60:
        digest = hashlib.sha256(json.dumps(parameters, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:8]
        name = f"{name[:51].rstrip('-_.')}-{digest}"
    return name


def _parameter(words: list[str]) -> tuple[str, object]:
    """``NAME VALUE`` or ``NAME=VALUE`` as (name, value): the value read as JSON (numbers, lists, null)
    or else as a string.

    >>> _parameter(["LANG", "en"]), _parameter(["TOP_N=30"]), _parameter(['DOCUMENTS=["wujin-2018"]'])
    (('LANG', 'en'), ('TOP_N', 30), ('DOCUMENTS', ['wujin-2018']))
    """
    import json

    if len(words) == 2:
        name, sep, value = words[0], "=", words[1]
    else:
        name, sep, value = " ".join(words).partition("=")
    if not sep or not name.isidentifier():
        raise ValueError(f"{' '.join(words)!r}: a notebook parameter is NAME VALUE (or NAME=VALUE), e.g. LANG en")
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="read a folder of plans and write the processed tables")
    b.add_argument("--raw", type=Path, default=RAW_DIR, help=f"folder of plan documents (default {RAW_DIR})")
    b.add_argument("--out", type=Path, default=PROCESSED_DIR, help=f"folder for the tables (default {PROCESSED_DIR})")
    b.add_argument("--themes", metavar="FILE",
                   help="theme taxonomy to code items with (a CSV like analysis/resources/themes.csv, or the name "
                        "of a shipped one: themes_gwr.csv for government work reports); default themes.csv")
    b.add_argument("--jobs", type=int, default=0, help="worker processes (default: one per core)")
    b.add_argument("--no-cache", action="store_true", help="recompute everything (default: reuse build/cache)")
    b.add_argument("--clear-cache", action="store_true", help="empty build/cache before building")
    b.set_defaults(func=_build)
    n = sub.add_parser("notebooks", help="execute the notebooks in order (executed copies outside the sources)")
    n.add_argument("--dir", type=Path, default=NOTEBOOKS_DIR, help="folder of notebooks")
    n.add_argument("--out", type=Path, default=None,
                   help=f"folder for executed copies (default {EXECUTED_NOTEBOOKS_DIR}; a run with other parameters "
                        "or tables: a folder named after them in it)")
    n.add_argument("--only", nargs="*", help="run only notebooks whose names start with these prefixes")
    n.add_argument("--processed", type=Path, help=f"folder of processed tables to chart (default {PROCESSED_DIR})")
    n.add_argument("--figures", type=Path,
                   help="folder for figures and exported tables (default figures/ for the default tables, "
                        "build/figures/<name of the tables' folder> for any other)")
    n.add_argument("--lang", choices=("zh", "en"), help="language of the figures' text (default zh)")
    n.add_argument("-p", "--param", action="append", nargs="+", metavar="NAME VALUE",
                   help="set a notebook parameter (repeatable): -p TOP_N 30, -p KWIC_TERM 就业, "
                        "-p DOCUMENTS '[\"wujin-2018\"]' (NAME=VALUE works too)")
    n.set_defaults(func=_notebooks)
    r = sub.add_parser("report", help="static HTML report of the executed notebooks, with an index page")
    r.add_argument("--notebooks", type=Path, default=EXECUTED_NOTEBOOKS_DIR, help="folder of executed notebooks")
    r.add_argument("--out", type=Path, default=EXECUTED_NOTEBOOKS_DIR.parent / "report", help="report folder")
    r.set_defaults(func=_report)
    e = sub.add_parser("evaluate", help="precision and recall of target extraction and parts on the gold sets")
    e.add_argument("--national", type=Path, default=RAW_DIR.parent / "national-reports" / "raw",
                   help="the national reports the national gold sets were labelled in")
    e.set_defaults(func=_evaluate)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
