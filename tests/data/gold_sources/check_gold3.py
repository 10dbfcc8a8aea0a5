#!/usr/bin/env python3
"""Checks for gwr_targets_gold3.csv:
 1. every span occurs in text, in the listed order (non-overlapping, left to right);
 2. every kind is one of the six kinds; every context is review/plan/other;
 3. text (and file/year/split/id) equals a fresh run of sample_sentences3.py;
 4. no text duplicates a text in gwr_targets_gold.csv or gwr_targets_gold2.csv;
 5. every text contains one of the future/plan cue strings; column header exact."""
import csv, json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"target", "achieved", "baseline", "threshold", "date", "label"}
CTX = {"review", "plan", "other"}
CUES = ["要", "将", "力争", "争取", "计划", "预期", "预计", "目标", "今年", "明年",
        "今后", "到20", "到一九", "到二〇", "到2", "确保", "控制在"]
errors = []
with open(os.path.join(os.path.dirname(HERE), "gwr_targets_gold3.csv"), encoding="utf-8", newline="") as f:
    rd = csv.reader(f)
    header = next(rd)
    rows = [dict(zip(header, r)) for r in rd]
if header != ["sentence_id", "file", "year", "split", "context", "text", "quantities", "note"]:
    errors.append(f"bad header {header}")
out = subprocess.run([sys.executable, os.path.join(HERE, "sample_sentences3.py")],
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
for name in ("gwr_targets_gold.csv", "gwr_targets_gold2.csv"):
    with open(os.path.join(os.path.dirname(HERE), name), encoding="utf-8", newline="") as f:
        prev |= {r["text"] for r in csv.DictReader(f)}
n_q = 0
for r in rows:
    sid, text = r["sentence_id"], r["text"]
    if r["split"] != "holdout3":
        errors.append(f"{sid}: split {r['split']}")
    if r["context"] not in CTX:
        errors.append(f"{sid}: context {r['context']!r}")
    if text in prev:
        errors.append(f"{sid}: text also in an earlier gold set")
    if not any(c in text for c in CUES):
        errors.append(f"{sid}: no cue string in text")
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
print("OK: all spans found in order; all kinds valid; texts equal a fresh run of sample_sentences3.py")
