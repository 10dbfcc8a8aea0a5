#!/usr/bin/env python3
"""Split a GWR file into paragraphs for the gold standard.

Paragraphs are separated by blank lines (a line holding only whitespace,
including U+3000 ideographic space, is blank). Inside a paragraph all line
breaks and all whitespace (str.isspace(), incl. U+3000, NBSP) are removed.
Paragraphs are numbered from 1; footer paragraphs are included.
Usage: python3 paragraphs.py FILE [FILE...]  -> prints file<TAB>no<TAB>text
"""
import sys

CORPUS = str(__import__("pathlib").Path(__file__).resolve().parents[3] / "data" / "national-reports" / "raw")


def paragraphs(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    paras, cur = [], []
    for line in text.splitlines():
        if line.strip() == "":          # str.strip() removes U+3000 too
            if cur:
                paras.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        paras.append(cur)
    out = []
    for p in paras:
        joined = "".join(ch for ch in "".join(p) if not ch.isspace())
        if joined:
            out.append(joined)
    return out


if __name__ == "__main__":
    for path in sys.argv[1:]:
        if "/" not in path:
            path = f"{CORPUS}/{path if path.endswith('.txt') else path + '.txt'}"
        name = path.rsplit("/", 1)[-1].removesuffix(".txt")
        for i, p in enumerate(paragraphs(path), 1):
            print(f"{name}\t{i}\t{p}")
