"""Word files (.docx) read as Word shows them: paragraphs, list numbers from the list definitions, tables."""
import io
import zipfile

import pytest

from analysis.corpus import read_corpus
from analysis.wordfile import WordFileError, docx_text, is_word_file

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def paragraph(text: str, num: tuple[int, int] | None = None, style: str = "", deleted: str = "") -> str:
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
        f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else "")
    extra = f"<w:del><w:r><w:delText>{deleted}</w:delText></w:r></w:del>" if deleted else ""
    return f"<w:p><w:pPr>{props}</w:pPr><w:r><w:t>{text}</w:t></w:r>{extra}</w:p>"


def level(ilvl: int, fmt: str, text: str) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


NUMBERING = (f"<w:numbering {W}><w:abstractNum w:abstractNumId=\"0\">"
             + level(0, "chineseCounting", "%1、") + level(1, "chineseCounting", "（%2）") + level(2, "decimal", "%3.")
             + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
             '<w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>')
STYLES = (f'<w:styles {W}><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>')


def docx(body: str, numbering: str = NUMBERING, styles: str = STYLES) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        archive.writestr("word/numbering.xml", numbering)
        archive.writestr("word/styles.xml", styles)
    return buffer.getvalue()


PLAN = (paragraph("某市总工会2024年工作要点", style="Title")
        + paragraph("总体要求", num=(1, 0)) + paragraph("加强思想引领", num=(1, 1))
        + paragraph("全年开展宣讲活动30场。", num=(1, 2), deleted="（删去的话）") + paragraph("新建职工书屋5家。", num=(1, 2))
        + paragraph("强化服务", num=(1, 1)) + paragraph("走访困难职工300户。", num=(1, 2))
        + paragraph("重点任务", num=(1, 0)) + paragraph("保障措施", style="1")
        + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2024年</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>职工之家</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>10家</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        + paragraph("第一项", num=(2, 2)) + paragraph("第二项", num=(2, 2)))


def test_the_list_numbers_word_shows_are_written_and_tables_are_rows():
    assert docx_text(docx(PLAN)).split("\n") == [
        "某市总工会2024年工作要点", "一、总体要求", "（一）加强思想引领", "1.全年开展宣讲活动30场。", "2.新建职工书屋5家。",
        "（二）强化服务", "1.走访困难职工300户。", "二、重点任务", "", "保障措施", "", "指标\t2024年", "职工之家\t10家",
        "1.第一项", "2.第二项"]  # a restarted list (startOverride) begins at 1 again


def test_what_is_no_word_file_is_refused_with_a_reason():
    assert is_word_file(docx(PLAN)) and not is_word_file(b"PK\x03\x04 not a zip") and not is_word_file("正文".encode())
    with pytest.raises(WordFileError, match="old Word file"):
        docx_text(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(WordFileError, match="damaged"):
        docx_text(b"PK\x03\x04 broken")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document")
    with pytest.raises(WordFileError, match="no readable XML"):
        docx_text(buffer.getvalue())


def test_a_word_file_in_the_raw_folder_is_built_like_its_text(tmp_path):
    from analysis.pipeline import process_corpus

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "plan.docx").write_bytes(docx(PLAN))
    (raw / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (raw / "broken.docx").write_bytes(b"PK\x03\x04")
    corpus = read_corpus(raw)
    reasons = {s.file: s.reason for s in corpus.skipped}
    assert "save it as .docx" in reasons["old.doc"] and "damaged" in reasons["broken.docx"]
    (doc,) = corpus.documents
    assert (doc.encoding, doc.metadata["title"], doc.metadata["year_start"]) == ("docx", "某市总工会2024年工作要点", 2024)
    processed = process_corpus(corpus)
    items = processed.items[processed.items.unit_type == "item"]
    assert list(items.item_id.str.split(":").str[1])[:3] == ["1.1.1", "1.1.2", "1.2.1"] and len(items) == 5
    assert {"30场", "5家", "300户"} <= set(processed.targets[processed.targets.kind == "target"].span)


def test_entities_that_expand_without_end_are_refused_not_expanded():
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    xml = f'<?xml version="1.0"?><!DOCTYPE d [{entities}]><w:document {W}><w:body><w:p><w:r><w:t>&a9;</w:t>' \
          "</w:r></w:p></w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", xml)
    with pytest.raises(WordFileError):
        docx_text(buffer.getvalue())
