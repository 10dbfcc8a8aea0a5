"""The Lianyungang annex: 17 projects scheduled by year."""
from analysis.annex import join_cell_fragments, parse_annex


def annex_of(processed):
    return processed.annex_schedule[processed.annex_schedule.doc_id == "lianyungang-2018-2020"].set_index("row_no")


def test_annex_has_17_projects_with_a_column_per_year(processed):
    annex = annex_of(processed)
    assert list(annex.index) == list(range(1, 18))
    for col in ("project", "content", "2018", "2019", "2020", "leaders", "departments"):
        assert col in annex.columns
    assert annex.loc[6, "2018"] == "设立专项资金100万元，全年培训产业强市紧缺技工不少于5000人次。"
    assert annex.loc[6, "2020"] == "设立专项资金150万元，全年培训产业强市紧缺技工不少于8000人次。"
    assert annex.loc[1, "2019"] == "常态开展"
    assert annex.loc[1, "leaders"] == "丁维杰；陈健"
    assert annex.loc[1, "departments"] == "宣传教育和网络工作部；劳动和经济工作部"
    assert annex.loc[8, "departments"] == "权益保障部"


def test_rows_across_page_breaks_keep_their_cells(processed):
    annex = annex_of(processed)
    # row 3 ends just before a repeated header and title; row 4 starts after it
    assert annex.loc[3, "departments"] == "劳动和经济工作部"
    assert annex.loc[4, "project"] == "开展劳动和技能竞赛"
    assert annex.loc[12, "2018"].startswith("新发放工会会员卡8万张")


def test_a_cell_merged_across_years_fills_each_year(processed):
    annex = annex_of(processed)
    assert annex.loc[17, "merged"] and not annex.loc[16, "merged"]
    assert annex.loc[17, "2018"] == annex.loc[17, "2020"]
    assert "力争三年内将全市基层工会干部轮训一遍" in annex.loc[17, "2019"]
    assert annex.loc[17, "departments"] == "组织部"


def test_annex_rows_trace_to_their_text(processed):
    annex = annex_of(processed)
    text = processed.clean_texts["lianyungang-2018-2020"]
    row = annex.loc[13]
    assert "全年组织4500名一线职工和劳模参加疗休养" in text[row.start:row.end]


def test_a_small_single_header_table_parses():
    text = "附件：重点项目表\n\t序号\n\t项目\n\t责任部门\n\t1\n\t建设驿站\n\t权益\n保障部\n\t2\n\t开展竞赛\n\t办公室"
    table = parse_annex("d", text, 0)
    assert table.title == "重点项目表"
    assert [(r["row_no"], r["project"], r["departments"]) for r in table.rows] == [
        (1, "建设驿站", "权益保障部"), (2, "开展竞赛", "办公室"),
    ]


def test_join_cell_fragments_joins_prose_directly():
    assert join_cell_fragments(["开展活动，", "不少于100场次。"]) == "开展活动，不少于100场次。"
