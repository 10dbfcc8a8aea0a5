"""The command line (python -m analysis): argument checks that need no build."""
from analysis.__main__ import EXIT_USAGE, _parameter, main


def test_notebook_parameters_read_as_json_or_text():
    assert _parameter(["TOP_N", "30"]) == ("TOP_N", 30)
    assert _parameter(["LANG=en"]) == ("LANG", "en")
    assert _parameter(["DOCUMENTS", '["wujin-2018"]']) == ("DOCUMENTS", ["wujin-2018"])
    assert _parameter(["KWIC_TERM", "就业"]) == ("KWIC_TERM", "就业")


def test_an_unknown_notebook_parameter_is_refused_before_any_run(capsys):
    assert main(["notebooks", "-p", "NO_SUCH_PARAMETER", "1"]) == EXIT_USAGE
    assert "no notebook has the parameter(s) NO_SUCH_PARAMETER" in capsys.readouterr().err


def test_a_folder_without_tables_is_refused(tmp_path, capsys):
    assert main(["notebooks", "--processed", str(tmp_path)]) == EXIT_USAGE
    assert "no processed tables here" in capsys.readouterr().err


def test_a_missing_taxonomy_is_a_usage_error(tmp_path, capsys):
    assert main(["build", "--out", str(tmp_path / "out"), "--themes", "no_such_taxonomy.csv"]) == EXIT_USAGE
    assert "no such taxonomy file" in capsys.readouterr().err


def test_figures_made_with_other_parameters_never_replace_the_committed_ones(monkeypatch, capsys):
    """figures/ holds the figures of the default parameters; --lang en or -p … go to a folder named after
    them under build/figures unless --figures says where."""
    import analysis.notebooks
    from analysis.config import EXECUTED_NOTEBOOKS_DIR

    runs, outs = [], []
    monkeypatch.setattr(analysis.notebooks, "execute_notebook",
                        lambda path, out, params: (runs.append(params), outs.append(out)))
    assert main(["notebooks", "--only", "00", "--lang", "en"]) == 0
    assert main(["notebooks", "--only", "01", "-p", "TOP_N", "30"]) == 0
    assert [r["FIGURES_DIR"] for r in runs] == [
        str((EXECUTED_NOTEBOOKS_DIR.parent / "figures" / name).resolve()) for name in ("lang-en", "top_n-30")]
    assert "build/figures/lang-en" in capsys.readouterr().err
    # nor do their executed copies replace the default run's (which make report reads)
    assert outs == [EXECUTED_NOTEBOOKS_DIR / "lang-en", EXECUTED_NOTEBOOKS_DIR / "top_n-30"]
    assert main(["notebooks", "--only", "00"]) == 0 and outs[-1] == EXECUTED_NOTEBOOKS_DIR


def test_another_taxonomy_codes_the_tables_into_a_folder_of_its_own(monkeypatch, tmp_path, capsys):
    """-p THEMES … builds the tables coded with that taxonomy under build/processed/themes-… before any notebook
    runs, and points every notebook there: data/processed (the committed tables) is never rewritten."""
    import hashlib

    import analysis.__main__
    import analysis.notebooks
    from analysis.config import PROCESSED_DIR

    def digests():
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in PROCESSED_DIR.glob("*.*")}

    before = digests()
    monkeypatch.setattr(analysis.__main__, "EXECUTED_NOTEBOOKS_DIR", tmp_path / "build" / "notebooks")
    runs = []
    monkeypatch.setattr(analysis.notebooks, "execute_notebook", lambda path, out, params: runs.append(params))
    assert main(["notebooks", "--only", "00", "03", "-p", "THEMES", "themes_gwr.csv"]) == 0
    folder = tmp_path / "build" / "processed" / "themes-themes_gwr.csv"
    assert [r["PROCESSED_DIR"] for r in runs] == [str(folder.resolve())] * 2
    assert (folder / "theme_taxonomy.parquet").is_file() and digests() == before
    assert main(["notebooks", "--only", "03", "-p", "THEMES", "no_such_taxonomy.csv"]) == EXIT_USAGE
    assert "no such taxonomy file" in capsys.readouterr().err


def test_a_blind_round_is_scored_in_one_line(tmp_path):
    """`evaluate` prints a line per round in tests/data/blind_rounds: here a round of one seed plan."""
    import shutil

    from analysis.__main__ import _round_line
    from analysis.config import RAW_DIR

    page = "2020_changzhou-city_union-work-points.txt"
    (tmp_path / "raw").mkdir()
    shutil.copy(RAW_DIR / page, tmp_path / "raw" / page)
    text = (RAW_DIR / page).read_text(encoding="utf-8")
    sentence = next(line.strip() for line in text.split("\n") if line.strip().startswith("现将"))  # the cover notice's
    (tmp_path / "sentences.csv").write_text(f"sentence_id,file,text,quantities\ns1,{page},\"{sentence}\",2020年=date\n",
                                            encoding="utf-8")
    (tmp_path / "paragraphs.csv").write_text(f"file,paragraph_no,label,first_chars\n{page},1,other,常州市总工会\n",
                                             encoding="utf-8")
    (tmp_path / "metadata_gold.csv").write_text(
        f"file,title,place,year,genre\n{page},常州市总工会2020年工作要点,常州市,2020,work_points\n", encoding="utf-8")
    line = _round_line(tmp_path)
    assert line.startswith(f"  {tmp_path.name}: target ") and line.endswith("1, 1, 1, 1 of 1"), line
