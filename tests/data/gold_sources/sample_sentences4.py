#!/usr/bin/env python3
"""Reproducible sampling of candidate sentences from the national GWR corpus
for the FOURTH blind gold-standard set (gwr_targets_gold4.csv).
Copy of sample_sentences3.py; changes: SEED, PER_FILE, quantity-mark filter
(the MARKS list of sample_sentences2.py), exclusion of texts already in
gwr_targets_gold.csv / gwr_targets_gold2.csv / gwr_targets_gold3.csv,
stratification by review cue, split "holdout4", ids K###.

Steps (as specified in the labelling brief):
 1. drop the Wikisource footer (from the line starting 本作品是中华人民共和国 on);
    paragraphs = blocks separated by blank lines; inside a paragraph remove
    line breaks and all whitespace (incl. U+3000); split into sentences after
    each of 。！？； (terminator kept).
 2. candidates: 12-200 chars, >=1 Arabic digit (ASCII/full-width) or >=1 of
    两三四五六七八九十百千万亿.
    2b. (gold4) AND contains at least one quantity mark (substring test, MARKS,
        the list of sample_sentences2.py);
    2c. (gold4) AND text not equal to any `text` in gwr_targets_gold.csv,
        gwr_targets_gold2.csv or gwr_targets_gold3.csv (before shuffling).
 3. one RNG random.Random(20261203); files in sorted order; shuffle each file's
    candidate list with that RNG.
    3b. (gold4) stratify by review cue (substring test, REVIEW_CUES): walking the
        shuffled list, take the first 2 candidates that contain a review cue
        (group "r") and the first 2 that contain none (group "p"); if a group
        has fewer than 2, fill from the other group (next in shuffled order) so
        that each file gives PER_FILE = 4. The selected sentences keep their
        order in the shuffled list.
 4. split = "holdout4" for every row (HOLDOUT set below is unused);
    ids K001.. in file order then sample order.
Output: JSON lines on stdout (or to a path given as argv[1]).
"""
import json
import random
import re
import sys
from pathlib import Path

CORPUS = Path("/work/shared/corpora/gwr-national-1954-2018")
SEED = 20261203
PER_FILE = 4
PER_GROUP = 2
HOLDOUT = {1954, 1957, 1959, 1975, 1980, 1983, 1986, 1992, 1995, 1999,
           2002, 2005, 2008, 2011, 2014, 2017}
NUM_RE = re.compile(r"[0-9０-９两三四五六七八九十百千万亿]")
SENT_RE = re.compile(r"[^。！？；]*[。！？；]|[^。！？；]+$")
MARKS = ["%", "％", "百分之", "万", "亿", "倍", "个百分点", "吨", "元", "公里",
         "千瓦", "亩", "人", "户", "所", "个", "项", "座", "台", "辆", "公斤", "斤"]
REVIEW_CUES = ["完成", "实现了", "达到", "增长", "比上年", "去年", "过去", "已经", "已",
               "取得", "超过", "比一九", "比19", "年均", "累计"]
HERE = Path(__file__).resolve().parent
GOLD_PREV = [HERE / "gwr_targets_gold.csv", HERE / "gwr_targets_gold2.csv",
             HERE / "gwr_targets_gold3.csv"]


def previous_texts():
    import csv
    texts = set()
    for p in GOLD_PREV:
        with open(p, encoding="utf-8", newline="") as f:
            texts |= {r["text"] for r in csv.DictReader(f)}
    return texts


EXCLUDE = previous_texts()


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


def group(s):
    return "r" if any(c in s for c in REVIEW_CUES) else "p"


def stratified(cands):
    """Indices (into the shuffled list) of the selected sentences, in list order."""
    r_idx = [i for i, s in enumerate(cands) if group(s) == "r"]
    p_idx = [i for i, s in enumerate(cands) if group(s) == "p"]
    take_r, take_p = r_idx[:PER_GROUP], p_idx[:PER_GROUP]
    short = PER_FILE - len(take_r) - len(take_p)
    if short > 0:                      # fill from the other group
        if len(take_r) < PER_GROUP:
            take_p = p_idx[:PER_GROUP + short]
        else:
            take_r = r_idx[:PER_GROUP + short]
    return sorted(take_r + take_p)


def main():
    rng = random.Random(SEED)
    rows = []
    for path in sorted(CORPUS.glob("gwr_*.txt")):
        year = int(path.stem.split("_")[1])
        cands = candidates(path)
        rng.shuffle(cands)
        for i, k in enumerate(stratified(cands)):
            s = cands[k]
            rows.append({"file": path.name, "year": year,
                         "split": "holdout4", "group": group(s),
                         "sample_rank": i + 1, "text": s})
    for n, r in enumerate(rows, 1):
        r["sentence_id"] = f"K{n:03d}"
    out = open(sys.argv[1], "w", encoding="utf-8") if len(sys.argv) > 1 else sys.stdout
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
