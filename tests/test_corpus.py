"""Reading a folder of plans: encodings, metadata, bad files."""
import csv
import hashlib
import os

import pytest

from analysis.corpus import DecodeError, decode_text, read_corpus
from analysis.metadata import is_valid_doc_id, slug_doc_id

PLAN = "某市总工会2021年工作要点\n一、思想引领\n1.强化政治引领。组织宣讲活动20场次。\n2.强化文化引领。开展读书活动。\n"


def test_corpus_reads_every_plan_in_id_order(corpus):
    ids = [d.doc_id for d in corpus.documents]
    assert ids == sorted(ids)
    assert {"changzhou-2020", "echeng-2019", "lianyungang-2018-2020", "wujin-2018", "xxcity-20xx"} <= set(ids)
    assert corpus.skipped == ()
    assert all(d.encoding == "utf-8" for d in corpus.documents)


@pytest.mark.parametrize(
    "encoding, prefix",
    [("utf-8", b""), ("utf-8-sig", b""), ("gb18030", b""), ("gbk", b""), ("utf-16", b""), ("utf-16-le", b""), ("utf-16-be", b"")],
)
def test_decode_text_reads_the_encodings_plans_arrive_in(encoding, prefix):
    text, _ = decode_text(prefix + PLAN.encode(encoding), source="x.txt")
    assert text.lstrip("\ufeff") == PLAN


@pytest.mark.parametrize(
    "data, message",
    [(b"", "empty"), (bytes(range(256)) * 20, "not a text file"), (b"PK\x03\x04" + bytes(500), "not a text file")],
)
def test_decode_text_names_the_file_and_the_problem(data, message):
    with pytest.raises(DecodeError, match=rf"bad\.txt: .*{message}"):
        decode_text(data, source="bad.txt")


@pytest.fixture
def messy_folder(tmp_path):
    files = {
        "good_utf8.txt": PLAN.encode("utf-8"),
        "good_bom.txt": b"\xef\xbb\xbf" + PLAN.replace("某市", "甲市").encode("utf-8"),
        "good_gbk.txt": PLAN.replace("某市", "乙市").encode("gbk"),
        "good_utf16.txt": PLAN.replace("某市", "丙市").encode("utf-16"),
        "good_crlf.txt": PLAN.replace("某市", "丁市").replace("\n", "\r\n").encode("utf-8"),
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 10,
        "english.txt": b"just some english text, no plan here\n",
        "twin_a.txt": PLAN.encode("utf-8"),
        "twin_b.txt": PLAN.encode("utf-8"),
        "notes.md": b"not a plan",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "metadata.csv").write_text(
        "doc_id,file,title\nsame-id,twin_a.txt,A\nsame-id,twin_b.txt,B\nghost,missing.txt,Ghost\n", encoding="utf-8"
    )
    return tmp_path


def test_bad_files_are_skipped_with_reasons_and_good_ones_read(messy_folder):
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in messy_folder.iterdir()}
    corpus = read_corpus(messy_folder)
    read = {d.file for d in corpus.documents}
    assert read == {"good_utf8.txt", "good_bom.txt", "good_gbk.txt", "good_utf16.txt", "good_crlf.txt"}
    reasons = {s.file: s.reason for s in corpus.skipped}
    assert "empty" in reasons["empty.txt"]
    assert "not a text file" in reasons["binary.txt"]
    assert "no Chinese text" in reasons["english.txt"]
    assert "claimed by several files" in reasons["twin_a.txt"] and "twin_b.txt" in reasons["twin_a.txt"]
    assert "no such file" in reasons["missing.txt"]
    gbk = next(d for d in corpus.documents if d.file == "good_gbk.txt")
    assert gbk.encoding == "gb18030" and gbk.metadata["title"] == "乙市总工会2021年工作要点"
    assert gbk.metadata["year_start"] == 2021 and "inferred" in gbk.metadata["provenance"]
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in messy_folder.iterdir()}
    assert after == before


def test_metadata_without_required_columns_is_a_clear_error(tmp_path):
    (tmp_path / "metadata.csv").write_text("name,title\nx,y\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"metadata\.csv: .*doc_id"):
        read_corpus(tmp_path)


# --- Hostile or unlucky folders: every problem named, nothing guessed -----------------------------


@pytest.mark.parametrize("doc_id", ["../../raw/x", "/tmp/x", "", "a\x00b", ".hidden", "-x", "a/b", "x" * 81])
def test_a_metadata_row_with_an_unsafe_doc_id_is_named_and_skipped(tmp_path, doc_id):
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PLAN.replace("某市", "乙市"), encoding="utf-8")
    with open(tmp_path / "metadata.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["doc_id", "file"], ["good-b", "b.txt"], [doc_id, "a.txt"]])
    corpus = read_corpus(tmp_path)
    assert [d.doc_id for d in corpus.documents] == ["good-b"]
    (problem,) = corpus.skipped
    assert problem.file == "a.txt" and "metadata.csv row 3, column doc_id" in problem.reason


@pytest.mark.parametrize("column, value, message", [
    ("year_start", "99999999999999999999", "column year_start"),
    ("year_end", "20xx", "column year_end"),
    ("file", "../raw/a.txt", "column file"),
])
def test_bad_metadata_values_name_the_row_and_column(tmp_path, column, value, message):
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    row = {"doc_id": "a", "file": "a.txt", "year_start": "", "year_end": ""} | {column: value}
    with open(tmp_path / "metadata.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    corpus = read_corpus(tmp_path)
    assert any(message in s.reason and "row 2" in s.reason for s in corpus.skipped)


def test_a_metadata_table_in_gbk_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "metadata.csv").write_bytes("doc_id,file,title\n甲市-2021,a.txt,甲市总工会工作要点\n".encode("gbk"))
    (doc,) = read_corpus(tmp_path).documents
    assert doc.doc_id == "甲市-2021" and doc.metadata["title"] == "甲市总工会工作要点"


def test_an_unreadable_metadata_table_is_an_error_naming_it(tmp_path):
    (tmp_path / "metadata.csv").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ValueError, match=r"metadata\.csv: the metadata table cannot be read"):
        read_corpus(tmp_path)


def test_every_entry_that_is_not_a_plan_is_named_with_its_reason(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(PLAN, encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "plan.txt").write_text(PLAN, encoding="utf-8")
    (raw / "link_inside.txt").symlink_to(raw / "plan.txt")
    (raw / "link_outside.txt").symlink_to(outside / "secret.txt")
    (raw / "dangling.txt").symlink_to(raw / "nothing.txt")
    (raw / "folder.txt").mkdir()
    (raw / "more_plans").mkdir()
    (raw / "more_plans" / "p.txt").write_text(PLAN, encoding="utf-8")
    os.mkfifo(raw / "pipe.txt")
    (raw / "plan.pdf").write_bytes(b"%PDF-1.7")
    (raw / ".DS_Store").write_bytes(b"\x00")
    (raw / "SHA256SUMS").write_text("", encoding="utf-8")
    corpus = read_corpus(raw)  # must not block on the pipe
    reasons = {s.file: s.reason for s in corpus.skipped}
    assert "leading outside the folder" in reasons["link_outside.txt"]
    assert "does not exist" in reasons["dangling.txt"]
    assert "a folder" in reasons["folder.txt"] and "a folder" in reasons["more_plans"]
    assert "not a regular file" in reasons["pipe.txt"]
    assert "not a .txt, .html or .docx file" in reasons["plan.pdf"]
    assert ".DS_Store" not in reasons and "SHA256SUMS" not in reasons
    # the link inside the folder is read (and claims the same id pattern as its own file)
    assert {d.file for d in corpus.documents} | set(reasons) >= {"plan.txt", "link_inside.txt"}
    assert all("secret" not in d.text for d in corpus.documents)


def test_derived_ids_are_safe_file_names():
    for name in ("../../etc/passwd.txt", "_x.txt", "...txt", "——.txt", "a" * 200 + ".txt"):
        assert is_valid_doc_id(slug_doc_id(name)), name


def test_a_file_listed_twice_in_metadata_is_skipped_not_guessed(tmp_path):
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PLAN.replace("某市", "乙市"), encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,file\nfirst,a.txt\nsecond,a.txt\nbee,b.txt\n", encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert [d.doc_id for d in corpus.documents] == ["bee"]
    assert [(s.file, "listed twice" in s.reason) for s in corpus.skipped] == [("a.txt", True)]


def test_the_characters_skipped_as_common_text_are_never_noise():
    """The noise check removes common characters before looking at the others: none of them is noise,
    so the check says what it said when every character was looked up."""
    from analysis.corpus import _RE_COMMON_TEXT, _is_noise, _looks_like_text

    common = [chr(c) for c in range(0x10000) if _RE_COMMON_TEXT.fullmatch(chr(c))]
    assert len(common) > 20000 and not any(_is_noise(ch) for ch in common)
    assert not _looks_like_text("职工" * 40 + "\x00\x01\ue000" * 2)
    assert _looks_like_text("职工之家\u3000建设。\n" * 40 + "\x00")


def test_a_corpus_read_without_its_texts_reads_each_again_the_same(tmp_path):
    """The build keeps no text in the corpus (it would grow with it): each is read again where it is
    processed, and is the text read first; a file changed or gone since is named, never read as another."""
    from analysis.config import RAW_DIR
    from analysis.corpus import RawFileChanged

    kept, left_out = read_corpus(RAW_DIR), read_corpus(RAW_DIR, keep_text=False)
    assert all(d.text is None and d.path is not None for d in left_out.documents)
    assert [d.with_text().text for d in left_out.documents] == [d.text for d in kept.documents]
    plan = tmp_path / "plan.txt"
    plan.write_text("南京市总工会2021年工作要点\n一、任务", encoding="gb18030")
    doc = read_corpus(tmp_path, keep_text=False).documents[0]
    assert doc.with_text().text.startswith("南京市总工会")  # decoded as first (gb18030)
    plan.write_text("南京市总工会2022年工作要点\n一、任务", encoding="gb18030")
    with pytest.raises(RawFileChanged, match="plan.txt: the file changed"):
        doc.with_text()
    plan.unlink()
    with pytest.raises(RawFileChanged, match="plan.txt: the file cannot be read any more"):
        doc.with_text()
