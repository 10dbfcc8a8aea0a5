"""Reading a folder of plans: encodings, metadata, bad files."""
import hashlib

import pytest

from analysis.corpus import DecodeError, decode_text, infer_metadata, read_corpus, slug_doc_id

PLAN = "某市总工会2021年工作要点\n一、思想引领\n1.强化政治引领。组织宣讲活动20场次。\n2.强化文化引领。开展读书活动。\n"


def test_corpus_reads_the_five_plans_in_id_order(corpus):
    assert [d.doc_id for d in corpus.documents] == [
        "changzhou-2020", "echeng-2019", "lianyungang-2018-2020", "wujin-2018", "xxcity-20xx",
    ]
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


def test_infer_metadata_takes_title_year_and_type_from_the_text():
    meta = infer_metadata("\n南京市总工会2021—2023年工作三年行动计划\n正文", "plan.txt")
    assert meta["title"] == "南京市总工会2021—2023年工作三年行动计划"
    assert (meta["year_start"], meta["year_end"], meta["doc_type"]) == (2021, 2023, "multi_year_plan")
    assert "title" in meta["inferred"] and "year" in meta["inferred"]


@pytest.mark.parametrize("title, place", [
    ("常州市总工会2020年工作要点", "常州市"),
    ("2018年武进区工会工作要点", "武进区"),
    ("鄂城区总工会2019年上半年工作总结及下半年工作计划", "鄂城区"),
    ("江苏省人民政府2022年政府工作报告", "江苏省"),
    ("xx市总工会20xx年工作要点", ""),
    ("全市工会工作三年行动计划（2018—2020年）", ""),
])
def test_infer_metadata_takes_the_place_from_the_start_of_the_title(title, place):
    meta = infer_metadata(title + "\n一、正文", "plan.txt")
    assert meta["place"] == place
    assert ("place" in meta["inferred"]) == bool(place)


def test_slug_doc_id_keeps_chinese_and_drops_punctuation():
    assert slug_doc_id("2022 苏州 工作要点.TXT") == "2022-苏州-工作要点"


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
