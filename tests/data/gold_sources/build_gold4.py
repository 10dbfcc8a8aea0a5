#!/usr/bin/env python3
"""Build gwr_targets_gold4.csv from a fresh run of sample_sentences4.py and the
hand-written labels in labels4_spec.py (kinds are NOT assigned automatically)."""
import csv, json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels4_spec import L

out = subprocess.run([sys.executable, os.path.join(HERE, "sample_sentences4.py")],
                     capture_output=True, text=True, check=True).stdout
rows = [json.loads(l) for l in out.splitlines() if l.strip()]
ids = [r["sentence_id"] for r in rows]
assert set(ids) == set(L), (set(ids) ^ set(L))
with open(os.path.join(HERE, "gwr_targets_gold4.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["sentence_id", "file", "year", "split", "context", "text", "quantities", "note"])
    for r in rows:
        ctx, q, note = L[r["sentence_id"]]
        w.writerow([r["sentence_id"], r["file"], r["year"], r["split"], ctx, r["text"], q, note])
print(len(rows), "rows written")
