#!/usr/bin/env python3
"""Build gwr_parts_gold.csv and gwr_headings.csv from the hand-written label
specs in labels/ (one file per year: 'N[-M] r|p|o [note]').  Paragraph
numbering comes from paragraphs.py.  Fails loudly on gaps/overlaps."""
import csv, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from paragraphs import paragraphs, CORPUS

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [1954, 1957, 1959, 1964, 1975, 1979, 1984, 1988, 1994, 1999, 2004, 2009, 2013, 2018]
LAB = {"r": "review", "p": "plan", "o": "other"}

def load(year):
    ps = paragraphs(f"{CORPUS}/gwr_{year}.txt")
    labels = {}
    for line in open(f"{HERE}/labels/{year}.txt", encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"(\d+)(?:-(\d+))?\s+([rpo])\b\s*(.*)$", line)
        if not m:
            sys.exit(f"{year}: bad spec line {line!r}")
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        for n in range(a, b + 1):
            if n in labels:
                sys.exit(f"{year}: paragraph {n} labelled twice")
            labels[n] = (LAB[m.group(3)], m.group(4).strip())
    missing = [n for n in range(1, len(ps) + 1) if n not in labels]
    extra = [n for n in labels if n > len(ps)]
    if missing or extra:
        sys.exit(f"{year}: missing {missing} extra {extra}")
    return ps, labels

def main():
    data = {y: load(y) for y in FILES}
    with open(f"{HERE}/gwr_parts_gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "paragraph_no", "label", "first_chars", "note"])
        for y in FILES:
            ps, labels = data[y]
            for n, p in enumerate(ps, 1):
                lab, note = labels[n]
                w.writerow([f"gwr_{y}", n, lab, p[:20], note])
    with open(f"{HERE}/gwr_headings.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "paragraph_no", "heading_text", "level", "label"])
        for line in open(f"{HERE}/labels/headings.txt", encoding="utf-8"):
            if not line.strip() or line.startswith("#"):
                continue
            line = line.rstrip("\n")
            lab_override = None
            m = re.search(r"\s+label=(review|plan|other)$", line)
            if m:
                lab_override = m.group(1)
                line = line[: m.start()]
            parts = line.split(maxsplit=3)
            y, n, lvl = int(parts[0]), int(parts[1]), int(parts[2])
            ps, labels = data[y]
            text = ps[n - 1]
            if len(parts) > 3:
                extra = parts[3].strip()
                if extra.startswith("run-in:"):
                    text = extra[len("run-in:"):]
                    assert ps[n - 1].startswith(text), (y, n)
                elif extra == "run-in":
                    text = text[: text.index("。") + 1]
            w.writerow([f"gwr_{y}", n, text, lvl, lab_override or labels[n][0]])

if __name__ == "__main__":
    main()
