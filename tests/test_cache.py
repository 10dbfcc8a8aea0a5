"""The result cache holds data, never code: tampered entries are recomputed, old ones pruned."""
import os
import pickle
import time

import pandas as pd
import pyarrow as pa
import pytest

from analysis import cache
from analysis.build import process
from analysis.pipeline import process_corpus


class _Payload:
    """Unpickling this would run code: it creates a file."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def entries(folder):
    return sorted(folder.glob("*/*.arrow"))


def test_a_round_trip_keeps_data_and_tables(tmp_path):
    import pyarrow as pa

    store = cache.ResultCache(tmp_path)
    key = "a" * 64
    store.put(key, {"x": [1, 2.5, None, "工会"]}, {"t": pa.table({"a": [1, 2]})})
    data, tables = store.get(key)
    assert data == {"x": [1, 2.5, None, "工会"]} and tables["t"].column("a").to_pylist() == [1, 2]


@pytest.mark.parametrize("damage", ["pickle", "truncated", "random", "other_key"])
def test_a_tampered_or_damaged_entry_is_recomputed_never_run(corpus, tmp_path, damage):
    folder = tmp_path / "cache"
    first = process(corpus, cache_dir=folder).tables()
    marker = tmp_path / "code-ran"
    paths = entries(folder)
    assert paths
    for path in paths:
        if damage == "pickle":
            path.write_bytes(pickle.dumps(_Payload(str(marker))))
        elif damage == "truncated":
            path.write_bytes(path.read_bytes()[:100])
        elif damage == "random":
            path.write_bytes(os.urandom(300))
    if damage == "other_key":  # a well-formed entry moved under another key
        a, b = paths[0], paths[1]
        a.write_bytes(b.read_bytes())
    again = process(corpus, cache_dir=folder).tables()
    assert not marker.exists()
    for name, table in first.items():
        pd.testing.assert_frame_equal(table, again[name], obj=name)


def test_the_key_changes_with_the_library_versions(monkeypatch):
    before = cache.code_fingerprint()
    monkeypatch.setattr(cache, "library_versions", lambda: "jieba=0.0.0")
    assert cache.code_fingerprint() != before


def test_library_versions_name_the_packages_whose_output_is_stored():
    versions = cache.library_versions()
    for name in ("jieba", "rjieba", "opencc", "pandas", "pyarrow", "scikit-learn"):
        assert f"{name}=" in versions


def test_a_folder_in_resources_does_not_break_the_fingerprint(tmp_path):
    package = tmp_path / "pkg"
    (package / "resources" / "sub").mkdir(parents=True)
    (package / "mod.py").write_text("x = 1\n", encoding="utf-8")
    (package / "resources" / "words.txt").write_text("工会\n", encoding="utf-8")
    assert len(cache.code_fingerprint(package)) == 64


def _entries_last_used(folder, seconds_ago):
    """A cache of one entry per age (seconds since its last use): the store, keys and paths, and an entry's size."""
    store = cache.ResultCache(folder)
    keys = [f"{i:064x}" for i in range(len(seconds_ago))]
    now = time.time()
    for key, ago in zip(keys, seconds_ago):
        store.put(key, {"blob": "字" * 1000})
        os.utime(store._path(key), (now - ago, now - ago))
    paths = {k: store._path(k) for k in keys}
    return store, keys, paths, paths[keys[0]].stat().st_size


def test_prune_removes_old_entries_then_the_least_recently_used(tmp_path):
    # keys[0] unused for 40 days, keys[3] least recently used of the others
    store, keys, paths, size = _entries_last_used(tmp_path, [40 * 86400, 100, 200, 300])
    removed = cache.prune(tmp_path, max_bytes=2 * size, max_age_days=30)
    assert removed == 2
    assert [k for k in keys if paths[k].exists()] == [keys[1], keys[2]]
    assert store.get(keys[1]) is not None


def test_prune_keeps_the_entries_the_last_build_used_whatever_their_size(tmp_path):
    """A corpus whose entries alone pass the cap keeps them: else its next build computes most of it again."""
    _, keys, paths, size = _entries_last_used(tmp_path, [300, 200, 100, 0])  # keys[0] used longest ago
    removed = cache.prune(tmp_path, max_bytes=size, keep_since=time.time() - 150)  # keys[2], keys[3]: the last build's
    assert removed == 2
    assert [k for k in keys if paths[k].exists()] == [keys[2], keys[3]]


def test_clear_removes_the_cache(tmp_path):
    folder = tmp_path / "cache"
    cache.ResultCache(folder).put("b" * 64, {"x": 1})
    cache.clear(folder)
    assert not folder.exists()


def test_cached_and_fresh_results_are_the_serial_tables(corpus, tmp_path):
    serial = process_corpus(corpus).tables()
    process(corpus, cache_dir=tmp_path)
    cached = process(corpus, cache_dir=tmp_path).tables()
    for name, table in serial.items():
        pd.testing.assert_frame_equal(table, cached[name], obj=name)


def test_the_code_fingerprint_counts_modules_of_subpackages(tmp_path):
    from analysis.cache import code_fingerprint

    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "resources").mkdir()
    (package / "a.py").write_text("x = 1\n")
    (package / "sub" / "b.py").write_text("y = 1\n")
    before = code_fingerprint(package)
    (package / "sub" / "b.py").write_text("y = 2\n")
    assert code_fingerprint(package) != before


def test_a_file_entry_gives_its_bytes_back_and_another_entry_none(tmp_path):
    from analysis.cache import ResultCache, file_entry, file_of_entry

    cache = ResultCache(tmp_path)
    data = bytes(range(256)) * 1000
    cache.put("a" * 64, None, file_entry(data))
    assert file_of_entry(cache.get("a" * 64)[1]) == data
    cache.put("b" * 64, None, {"table": pa.table({"x": [1]})})
    with pytest.raises(KeyError):
        file_of_entry(cache.get("b" * 64)[1])
