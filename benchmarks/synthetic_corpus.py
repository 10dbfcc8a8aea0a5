"""Build realistic larger corpora from the project's own plans, deterministically.

Each synthetic plan recombines real material: a real preamble paragraph, 4–7
sections whose titles are real section titles, each holding 2–5 real numbered
items (renumbered in sequence, in one of the numbering styles the seeds use),
so its length and structure match the seeds while the combination is new.
The same seed always gives the same corpus.

    python benchmarks/synthetic_corpus.py --plans 100 --out /tmp/corpus100
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.config import RAW_DIR  # noqa: E402
from analysis.corpus import read_corpus  # noqa: E402
from analysis.pipeline import process_corpus  # noqa: E402

_CN = "一二三四五六七八九十"
_PLACES = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
_RE_MARKER = re.compile(r"^(?:\d{1,2}[.、．]\s*|（[一二三四五六七八九十]+）)")


def material(raw_dir: Path = RAW_DIR):
    """The real pieces to recombine: opening paragraphs, section titles, numbered item bodies.

    An opening paragraph is one before the first section that sets out the plan's grounds, principles
    or goals (the build calls a plan's opening statement ``principles``, a short lead-in ``preamble``);
    a review's opening paragraph is no plan's opening.
    """
    processed = process_corpus(read_corpus(raw_dir))
    items = processed.items
    opening = (items.unit_type == "paragraph") & (items.section_title.fillna("") == "") & (items.n_chars > 80)
    preambles = [t for t in items[opening & items.part.isin(["preamble", "principles", "goals"])].text]
    if not preambles:
        raise ValueError(f"{raw_dir}: no plan opens with a paragraph of more than 80 characters to recombine")
    sections = sorted({t for t in items[items.unit_type == "item"].section_title if t})
    bodies = [_RE_MARKER.sub("", t) for t in items[items.unit_type == "item"].text if len(t) > 60]
    return preambles, sections, bodies


def synthetic_plans(n_plans: int, *, seed: int = 2024, raw_dir: Path = RAW_DIR) -> list[tuple[str, str]]:
    """``n_plans`` (file name, text) pairs, recombined from the seeds' real items."""
    preambles, sections, bodies = material(raw_dir)
    rng = random.Random(seed)
    plans = []
    for k in range(n_plans):
        year = rng.choice(range(2016, 2024))
        place = f"{rng.choice(_PLACES)}{rng.choice(_PLACES)}{rng.choice(['市', '区', '县'])}"
        style = rng.choice(["dot", "dun"])
        lines = [f"{place}总工会{year}年工作要点", "", rng.choice(preambles), ""]
        number = 1
        for s, title in enumerate(rng.sample(sections, rng.randint(4, 7))):
            lines += [f"{_CN[s]}、{title}", ""]
            for body in rng.sample(bodies, rng.randint(2, 5)):
                marker = f"{number}." if style == "dot" else f"{number}、"
                lines += [marker + body, ""]
                number += 1
        plans.append((f"{year}_{place}_{k:04d}_union-work-points.txt", "\n".join(lines)))
    return plans


def write_corpus(n_plans: int, out: Path, *, seed: int = 2024) -> Path:
    """Write a synthetic corpus of ``n_plans`` plans into ``out`` (UTF-8 .txt files)."""
    out.mkdir(parents=True, exist_ok=True)
    for name, text in synthetic_plans(n_plans, seed=seed):
        (out / name).write_text(text, encoding="utf-8")
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    write_corpus(args.plans, args.out, seed=args.seed)
    print(f"wrote {args.plans} plans to {args.out}")
