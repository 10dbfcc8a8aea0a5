#!/usr/bin/env python3
"""Draw the blind hand-coding sample of paragraphs from the national GWR corpus.

Procedure (fixed before any coding):
  * files: data/national-reports/raw/gwr_YYYY.txt, sorted by name;
  * drop the Wikisource footer: everything from the first occurrence of
    "本作品是中华人民共和国" to the end of the file;
  * paragraphs = blocks separated by one or more blank lines (a line holding only
    whitespace, incl. U+3000, counts as blank); paragraph_no counts every
    non-empty block from 1, before any filtering;
  * a paragraph's text = its lines joined, with ALL whitespace removed
    (Python's \\s, which includes U+3000 and NBSP);
  * candidates: 60 <= len(text) <= 600;
  * one random.Random(7) instance, used across files in sorted order:
    shuffle each file's candidate list and take the first 3.

Output: sample_paragraphs.tsv (file, paragraph_no, n_chars, first_chars, text)
next to this script; the codes themselves are in gwr_themes_hand_coded.csv.
"""
import csv
import random
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "data" / "national-reports" / "raw"
OUT_DIR = Path(__file__).resolve().parent
FOOTER = "本作品是中华人民共和国"
MIN_LEN, MAX_LEN, PER_FILE, SEED = 60, 600, 3, 7

WS = re.compile(r"\s+")            # \s covers U+3000 and U+00A0 in Python 3


def paragraphs(path):
    """Return [(paragraph_no, text)] for all non-empty paragraphs of a file."""
    raw = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    cut = raw.find(FOOTER)
    if cut != -1:
        raw = raw[:cut]
    blocks, cur = [], []
    for line in raw.split("\n"):
        if line.strip() == "":          # str.strip() also strips U+3000
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append(cur)
    out = []
    for n, lines in enumerate(blocks, start=1):
        out.append((n, WS.sub("", "".join(lines))))
    return out


def main():
    files = sorted(CORPUS.glob("gwr_*.txt"))
    rng = random.Random(SEED)
    rows = []
    for f in files:
        cands = [(no, t) for no, t in paragraphs(f) if MIN_LEN <= len(t) <= MAX_LEN]
        rng.shuffle(cands)
        for no, t in cands[:PER_FILE]:
            rows.append((f.name, no, len(t), t[:20], t))
    with open(OUT_DIR / "sample_paragraphs.tsv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["file", "paragraph_no", "n_chars", "first_chars", "text"])
        w.writerows(rows)
    print(f"{len(files)} files, {len(rows)} paragraphs sampled", file=sys.stderr)


if __name__ == "__main__":
    main()
