"""The raw data is kept as received: checksums, metadata rows, the shared seeds."""
import csv
import hashlib
from pathlib import Path

import pytest

from analysis.config import PROJECT_ROOT, RAW_DIR

SEEDS = PROJECT_ROOT.parent / "shared" / "seeds"


def recorded_checksums():
    sums = {}
    for line in (RAW_DIR / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        sums[name.lstrip("*")] = digest
    return sums


def test_every_raw_file_matches_its_recorded_checksum():
    sums = recorded_checksums()
    assert len(sums) == 5
    for name, digest in sums.items():
        assert hashlib.sha256((RAW_DIR / name).read_bytes()).hexdigest() == digest, name


def test_every_document_has_exactly_one_metadata_row():
    with open(RAW_DIR / "metadata.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["file"] for r in rows) == sorted(recorded_checksums())
    assert len({r["doc_id"] for r in rows}) == len(rows)
    xx = next(r for r in rows if r["doc_id"] == "xxcity-20xx")
    assert "year" in xx["inferred"] and xx["year_start"] == "2020"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside the project")
def test_raw_files_are_byte_identical_to_the_seeds():
    raw = {hashlib.sha256(p.read_bytes()).hexdigest() for p in RAW_DIR.glob("*.txt")}
    for seed in SEEDS.glob("*.txt"):
        assert hashlib.sha256(seed.read_bytes()).hexdigest() in raw, seed.name
