#!/usr/bin/env python3
"""Checks for gwr_targets_gold4.csv:
 1. every span occurs in text, in the listed order (non-overlapping, left to right);
 2. every kind is one of the six kinds; every context is review/plan/other;
 3. text (and file/year/split/id) equals a fresh run of sample_sentences4.py;
 4. no text duplicates a text in gwr_targets_gold.csv, gwr_targets_gold2.csv or
    gwr_targets_gold3.csv;
 5. every text contains one of the quantity marks; each file gives 4 sentences,
    2 with a review cue and 2 without (no file needed filling); column header exact."""
import csv, json, os, subprocess, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"target", "achieved", "baseline", "threshold", "date", "label"}
CTX = {"review", "plan", "other"}
MARKS = ["%", "％", "百分之", "万", "亿", "倍", "个百分点", "吨", "元", "公里",
         "千瓦", "亩", "人", "户", "所", "个", "项", "座", "台", "辆", "公斤", "斤"]
REVIEW_CUES = ["完成", "实现了", "达到", "增长", "比上年", "去年", "过去", "已经", "已",
               "取得", "超过", "比一九", "比19", "年均", "累计"]
errors = []
with open(os.path.join(HERE, "gwr_targets_gold4.csv"), encoding="utf-8", newline="") as f:
    rd = csv.reader(f)
    header = next(rd)
    rows = [dict(zip(header, r)) for r in rd]
if header != ["sentence_id", "file", "year", "split", "context", "text", "quantities", "note"]:
    errors.append(f"bad header {header}")
out = subprocess.run([sys.executable, os.path.join(HERE, "sample_sentences4.py")],
                     capture_output=True, text=True, check=True).stdout
fresh = [json.loads(l) for l in out.splitlines() if l.strip()]
if len(fresh) != len(rows):
    errors.append(f"row count {len(rows)} != fresh sample {len(fresh)}")
for r, s in zip(rows, fresh):
    for k in ("sentence_id", "file", "text", "split"):
        if r[k] != str(s[k]):
            errors.append(f"{r['sentence_id']}: {k} differs from fresh sample")
    if r["year"] != str(s["year"]):
        errors.append(f"{r['sentence_id']}: year differs")
prev = set()
for name in ("gwr_targets_gold.csv", "gwr_targets_gold2.csv", "gwr_targets_gold3.csv"):
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        prev |= {r["text"] for r in csv.DictReader(f)}
per_file = Counter()
for r in rows:
    grp = "r" if any(c in r["text"] for c in REVIEW_CUES) else "p"
    per_file[(r["file"], grp)] += 1
for fname in sorted({r["file"] for r in rows}):
    if per_file[(fname, "r")] != 2 or per_file[(fname, "p")] != 2:
        errors.append(f"{fname}: groups r={per_file[(fname, 'r')]} p={per_file[(fname, 'p')]}")
n_q = 0
for r in rows:
    sid, text = r["sentence_id"], r["text"]
    if r["split"] != "holdout4":
        errors.append(f"{sid}: split {r['split']}")
    if r["context"] not in CTX:
        errors.append(f"{sid}: context {r['context']!r}")
    if text in prev:
        errors.append(f"{sid}: text also in an earlier gold set")
    if not any(m in text for m in MARKS):
        errors.append(f"{sid}: no quantity mark in text")
    if not r["quantities"]:
        continue
    pos = 0
    for item in r["quantities"].split("|"):
        span, sep, kind = item.rpartition("=")
        n_q += 1
        if not sep or not span:
            errors.append(f"{sid}: malformed item {item!r}")
            continue
        if kind not in KINDS:
            errors.append(f"{sid}: bad kind {kind!r}")
        i = text.find(span, pos)
        if i < 0:
            errors.append(f"{sid}: span {span!r} not found at/after position {pos}")
        else:
            pos = i + len(span)
print(f"{len(rows)} sentences, {n_q} quantities checked")
if errors:
    print("FAIL"); print("\n".join(errors)); sys.exit(1)
print("OK: all spans found in order; all kinds valid; texts equal a fresh run of sample_sentences4.py")
