#!/usr/bin/env python3
"""Reproducible sampling of candidate sentences from the national GWR corpus
for the SECOND blind gold-standard set (gwr_targets_gold2.csv).
Copy of sample_sentences.py; changes: SEED, PER_FILE, quantity-mark filter,
exclusion of texts already in gwr_targets_gold.csv, split "holdout2", ids H###.

Steps (as specified in the labelling brief):
 1. drop the Wikisource footer (from the line starting 本作品是中华人民共和国 on);
    paragraphs = blocks separated by blank lines; inside a paragraph remove
    line breaks and all whitespace (incl. U+3000); split into sentences after
    each of 。！？； (terminator kept).
 2. candidates: 12-200 chars, >=1 Arabic digit (ASCII/full-width) or >=1 of
    两三四五六七八九十百千万亿.
    2b. (gold2) AND contains at least one quantity mark (substring test, MARKS);
    2c. (gold2) AND text not equal to any `text` in gwr_targets_gold.csv.
 3. one RNG random.Random(20261201); files in sorted order; shuffle each file's
    candidate list with that RNG; take the first 4.
 4. split = "holdout2" for every row (HOLDOUT set below is unused);
    ids H001.. in file order then sample order.
Output: JSON lines on stdout (or to a path given as argv[1]).
"""
import json
import random
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "data" / "national-reports" / "raw"
SEED = 20261201
PER_FILE = 4
HOLDOUT = {1954, 1957, 1959, 1975, 1980, 1983, 1986, 1992, 1995, 1999,
           2002, 2005, 2008, 2011, 2014, 2017}
NUM_RE = re.compile(r"[0-9０-９两三四五六七八九十百千万亿]")
SENT_RE = re.compile(r"[^。！？；]*[。！？；]|[^。！？；]+$")
MARKS = ["%", "％", "百分之", "万", "亿", "倍", "个百分点", "吨", "元", "公里",
         "千瓦", "亩", "人", "户", "所", "个", "项", "座", "台", "辆", "公斤", "斤"]
GOLD1 = Path(__file__).resolve().parents[1] / "gwr_targets_gold.csv"


def gold1_texts():
    import csv
    with open(GOLD1, encoding="utf-8", newline="") as f:
        return {r["text"] for r in csv.DictReader(f)}


EXCLUDE = gold1_texts()


def paragraphs(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    kept = []
    for ln in lines:
        if ln.startswith("本作品是中华人民共和国"):
            break
        kept.append(ln)
    paras, cur = [], []
    for ln in kept:
        if ln.strip() == "":          # blank line (str.strip also strips U+3000)
            if cur:
                paras.append(cur)
                cur = []
        else:
            cur.append(ln)
    if cur:
        paras.append(cur)
    return ["".join("".join(p).split()) for p in paras]   # remove all whitespace


def sentences(para):
    return [s for s in SENT_RE.findall(para) if s]


def candidates(path):
    out = []
    for p in paragraphs(path):
        for s in sentences(p):
            if (12 <= len(s) <= 200 and NUM_RE.search(s)
                    and any(m in s for m in MARKS) and s not in EXCLUDE):
                out.append(s)
    return out


def main():
    rng = random.Random(SEED)
    rows = []
    for path in sorted(CORPUS.glob("gwr_*.txt")):
        year = int(path.stem.split("_")[1])
        cands = candidates(path)
        rng.shuffle(cands)
        for i, s in enumerate(cands[:PER_FILE]):
            rows.append({"file": path.name, "year": year,
                         "split": "holdout2",
                         "sample_rank": i + 1, "text": s})
    for n, r in enumerate(rows, 1):
        r["sentence_id"] = f"H{n:03d}"
    out = open(sys.argv[1], "w", encoding="utf-8") if len(sys.argv) > 1 else sys.stdout
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
