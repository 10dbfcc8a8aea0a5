"""Resources: read when asked for, held by the caller, an edit takes effect on the next load."""
import shutil

import pytest

from analysis.config import RESOURCES_DIR
from analysis.loader import _rows, load_resources, read_user_dict
from analysis.targets import extract_quantities


def test_default_resources_hold_units_qualifiers_cues_and_the_taxonomy():
    res = load_resources()
    assert res.units["万元"] if "万元" in res.units else res.units["元"] == ("元", 1.0, "currency")
    assert res.qualifiers["以上"] == ("post", "at_least")
    assert "保持在" in res.linking_words and "新建" not in res.linking_words
    assert res.cue("plan").search("力争到2020年") and res.cue("achieved").search("截至6月底")
    assert list(res.themes.theme_id)[0] == "ideology"


def test_an_edited_units_file_takes_effect_on_the_next_load(tmp_path):
    folder = tmp_path / "resources"
    shutil.copytree(RESOURCES_DIR, folder)
    before = load_resources(folder)
    assert extract_quantities("更换防火门3樘。", resources=before) == []
    with open(folder / "units.csv", "a", encoding="utf-8") as f:
        f.write("樘,樘,1,count,\n")
    after = load_resources(folder)
    assert [q["span"] for q in extract_quantities("更换防火门3樘。", resources=after)] == ["3樘"]
    assert extract_quantities("更换防火门3樘。", resources=before) == []  # the old object is unchanged


def test_a_missing_resource_and_a_bad_dictionary_line_are_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="'units.csv' not found"):
        load_resources(tmp_path).units
    bad = tmp_path / "dict.txt"
    bad.write_text("职工之家 many n\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"dict\.txt, line 1: the frequency 'many'"):
        read_user_dict(bad)


def test_every_shipped_resource_csv_has_as_many_fields_per_row_as_its_header():
    for path in sorted(RESOURCES_DIR.glob("*.csv")):
        _rows(path)  # raises, naming the file and line, on a row with an unquoted comma


def test_a_pattern_with_an_unquoted_comma_is_a_clear_error_not_a_cut_pattern(tmp_path):
    folder = tmp_path / "resources"
    shutil.copytree(RESOURCES_DIR, folder)
    with open(folder / "parts.csv", "a", encoding="utf-8") as f:
        f.write("summary,^.{0,12}工作情况$,yes,a pattern holding a comma\n")
    lines = (folder / "parts.csv").read_text(encoding="utf-8").count("\n")
    with pytest.raises(ValueError, match=rf"parts\.csv: line {lines} has 1 field\(s\) more than the header"):
        load_resources(folder).part_rules


def test_an_unknown_cue_role_is_a_clear_error(tmp_path):
    folder = tmp_path / "resources"
    shutil.copytree(RESOURCES_DIR, folder)
    with open(folder / "cue_words.csv", "a", encoding="utf-8") as f:
        f.write("maybe,也许,\n")
    with pytest.raises(ValueError, match="unknown role 'maybe'"):
        load_resources(folder).cue("plan")


def test_how_a_genre_leans_is_read_from_doc_types_and_an_unknown_value_is_a_clear_error(tmp_path):
    assert load_resources().doc_type_leanings["work_summary"] == "review"
    assert load_resources().doc_type_leanings["work_points"] == "plan"
    assert load_resources().doc_type_leanings["unknown"] == ""
    folder = tmp_path / "resources"
    shutil.copytree(RESOURCES_DIR, folder)
    with open(folder / "doc_types.csv", "a", encoding="utf-8") as f:
        f.write("memo,备忘录,memo,备忘录,,backwards\n")
    with pytest.raises(ValueError, match=r"doc_types\.csv: unknown body_leans 'backwards'"):
        load_resources(folder).doc_type_leanings
