"""Metadata from the document itself: its id, title, place, years and type.

A document without a row in ``metadata.csv`` gets what its text and file name
tell (:func:`infer_metadata`), every inferred field listed in ``inferred``; its
``doc_id`` is derived from the file name (:func:`slug_doc_id`). Every ``doc_id``,
given or derived, must be safe as a file name (:func:`is_valid_doc_id`).
"""

from __future__ import annotations

import re
from pathlib import Path

from .patterns import HAN, RE_HAN

__all__ = ["RE_DOC_ID", "is_valid_doc_id", "slug_doc_id", "infer_metadata"]

#: A title that starts with its place: 南京市总工会…, 2018年武进区工会…, 江苏省人民政府….
_RE_PLACE_TITLE = re.compile(
    rf"^(?:(?:19|20)\d{{2}}\s*年度?)?(?P<place>[{HAN}]{{1,10}}?(?:省|自治区|市|地区|自治州|州|盟|县|区|旗))"
    r"(?=总工会|工会|人民政府|政府)"
)
_RE_YEAR_TITLE = re.compile(r"((?:19|20)\d{2})(?:\s*[—\-–－至~]\s*((?:19|20)\d{2}))?\s*年")


#: What a ``doc_id`` may look like: it names files (``clean_text/<doc_id>.txt``, figures), so it is
#: letters, digits, Chinese characters, ``_``, ``.`` and ``-``, starting with a letter, digit or
#: Chinese character, at most 80 characters. Nothing else can reach a file name.
RE_DOC_ID = re.compile(r"[^\W_][\w.\-]{0,79}")


def is_valid_doc_id(doc_id: str) -> bool:
    """True when ``doc_id`` is safe as a file name (see :data:`RE_DOC_ID`).

    >>> [is_valid_doc_id(s) for s in ("wujin-2018", "南京市-2021", "../raw/x", "", ".hidden", "a/b")]
    [True, True, False, False, False, False]
    """
    return isinstance(doc_id, str) and RE_DOC_ID.fullmatch(doc_id) is not None


def slug_doc_id(filename: str) -> str:
    """Derive a document id from a file name.

    >>> slug_doc_id("2021_南京市 工会工作要点.txt")
    '2021_南京市-工会工作要点'
    """
    stem = Path(filename).stem
    slug = re.sub(r"[^\w\-]+", "-", stem).lower().strip("-_.")[:80].rstrip("-_.")
    return slug if is_valid_doc_id(slug) else "document"


def infer_metadata(text: str, filename: str) -> dict:
    """Infer what metadata the text itself tells: its title, place, years and type.

    Used for documents without a row in ``metadata.csv``; every inferred field
    is listed in ``inferred``.

    >>> m = infer_metadata("\\n南京市总工会2021年工作要点\\n一、……", "x.txt")
    >>> m["title"], m["place"], m["year_start"], m["doc_type"]
    ('南京市总工会2021年工作要点', '南京市', 2021, 'annual_plan')
    """
    title = ""
    for line in text.splitlines():
        line = line.strip()
        if line and RE_HAN.search(line) and len(line) <= 80:
            title = line
            break
    year_start = year_end = None
    for source in (title, Path(filename).stem):
        m = _RE_YEAR_TITLE.search(source) or re.search(r"((?:19|20)\d{2})", source)
        if m:
            year_start = int(m.group(1))
            year_end = int(m.group(2)) if m.lastindex and m.lastindex >= 2 and m.group(2) else year_start
            break
    if "政府工作报告" in title:
        doc_type = "government_work_report"
    elif "行动计划" in title or (year_start and year_end and year_end > year_start):
        doc_type = "multi_year_plan"
    elif "总结" in title and "计划" in title:
        doc_type = "summary_and_plan"
    elif "总结" in title:
        doc_type = "summary"
    elif any(k in title for k in ("要点", "计划", "安排", "意见", "方案")):
        doc_type = "annual_plan"
    else:
        doc_type = "unknown"
    place_match = _RE_PLACE_TITLE.search(title)
    place = place_match.group("place") if place_match else ""
    if place[:1] in ("全", "本", "我", "各") and len(place) == 2:
        place = ""  # 全市, 本区, 我省: the issuer's own area, not a name
    inferred = ["title", "doc_type"] + (["year"] if year_start else []) + (["place"] if place else [])
    return {
        "title": title,
        "place": place,
        "year_start": year_start,
        "year_end": year_end,
        "period": "" if year_start is None else (
            str(year_start) if year_end == year_start else f"{year_start}-{year_end}"
        ),
        "doc_type": doc_type,
        "inferred": "; ".join(inferred),
        "provenance": "no row in metadata.csv; metadata inferred from the text",
    }
