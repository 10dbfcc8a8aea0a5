"""The raw data is kept as received: checksums, metadata rows, the shared seeds."""
import csv
import hashlib

import pytest

from analysis.config import PROJECT_ROOT, RAW_DIR

SEEDS = PROJECT_ROOT.parent / "shared" / "seeds"


def recorded_checksums():
    sums = {}
    for line in (RAW_DIR / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        sums[name.lstrip("*")] = digest
    return sums


def test_every_raw_plan_has_a_checksum_and_matches_it():
    """Whatever plans data/raw holds: each plan file (.txt, .html, .docx: the kinds the build reads) has a line in
    SHA256SUMS (a bare file name, as ``cd data/raw && sha256sum NEW.txt >> SHA256SUMS`` writes it) and its bytes
    match."""
    from analysis.corpus import DOCUMENT_SUFFIXES

    sums = recorded_checksums()
    plans = {p.name for p in RAW_DIR.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES}
    assert plans == set(sums), "run (cd data/raw && sha256sum NEW.txt >> SHA256SUMS) for a new plan"
    assert not any("/" in name for name in sums)
    for name, digest in sums.items():
        assert hashlib.sha256((RAW_DIR / name).read_bytes()).hexdigest() == digest, name


def test_metadata_rows_are_optional_but_name_real_files_once():
    with open(RAW_DIR / "metadata.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    files = [r["file"] for r in rows]
    assert len(set(files)) == len(files) and set(files) <= set(recorded_checksums())
    assert len({r["doc_id"] for r in rows}) == len(rows)
    xx = next(r for r in rows if r["doc_id"] == "xxcity-20xx")  # a seed plan's known facts
    assert "year" in xx["inferred"] and xx["year_start"] == "2020"


def test_metadata_genres_use_the_shared_vocabulary():
    from analysis.loader import load_resources

    vocabulary = set(load_resources().doc_type_labels)
    with open(RAW_DIR / "metadata.csv", encoding="utf-8-sig", newline="") as f:
        assert {r["doc_type"] for r in csv.DictReader(f)} <= vocabulary


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the team's original seed files ({SEEDS}) are not on this machine; "
                    "data/raw/SHA256SUMS is checked instead")
def test_raw_files_are_byte_identical_to_the_seeds():
    raw = {hashlib.sha256(p.read_bytes()).hexdigest() for p in RAW_DIR.glob("*.txt")}
    for seed in SEEDS.glob("*.txt"):
        assert hashlib.sha256(seed.read_bytes()).hexdigest() in raw, seed.name


def test_the_national_reports_are_kept_as_copied():
    folder = PROJECT_ROOT / "data" / "national-reports" / "raw"
    lines = (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    sums = {name.lstrip("*"): digest for digest, name in (line.split(maxsplit=1) for line in lines)}
    assert set(sums) == {p.name for p in folder.glob("*.txt")}
    for name, digest in sums.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
