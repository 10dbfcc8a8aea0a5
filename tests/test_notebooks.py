"""Every notebook executes headless; a notebook that raises fails the build."""
import pytest

from analysis.config import RAW_DIR
from analysis.notebooks import declared_parameters, execute_notebook, list_notebooks
from analysis.build import build

NOTEBOOKS = list_notebooks()
pytestmark = pytest.mark.notebooks


@pytest.fixture(scope="module")
def processed_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("processed")
    build(RAW_DIR, out)
    return out


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS][0] == "00-corpus-overview.ipynb"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes_and_shows_and_saves_its_figures(notebook, processed_dir, tmp_path):
    import json

    figures = tmp_path / "figures"
    declared = declared_parameters(notebook)
    params = {k: v for k, v in {"PROCESSED_DIR": str(processed_dir), "FIGURES_DIR": str(figures)}.items() if k in declared}
    executed = execute_notebook(notebook, tmp_path / "executed", params)
    outputs = [o for c in json.loads(executed.read_text(encoding="utf-8"))["cells"] for o in c.get("outputs", [])]
    assert not any(o.get("output_type") == "error" for o in outputs)
    if "FIGURES_DIR" not in declared:
        return  # the explorer saves no figure
    pngs = sorted(p.name for p in figures.glob("*.png"))
    assert pngs, "the notebook saved no figure"
    assert len(list(figures.glob("*.svg"))) == len(pngs)
    shown = sum("image/png" in o.get("data", {}) for o in outputs)
    assert shown >= len(pngs), "every saved figure is also shown in the executed notebook"
    with_data = [p for p in pngs if (figures / p.replace(".png", ".csv")).is_file()]
    assert with_data == pngs, "every figure has the table it draws beside it"


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    """The 46 national reports built with the government-report taxonomy."""
    from analysis.config import PROJECT_ROOT
    from analysis.loader import load_resources

    out = tmp_path_factory.mktemp("national")
    build(PROJECT_ROOT / "data" / "national-reports" / "raw", out,
          resources=load_resources(themes_file=PROJECT_ROOT / "analysis" / "resources" / "themes_gwr.csv"))
    return out


def test_keyword_frequency_runs_on_the_national_reports_without_its_default_term(national, tmp_path):
    """Notebook 01 on the second corpus: its KWIC term is not there, so it says so and shows the most
    distinctive term instead. Choosing took two minutes here when every term of the vocabulary was looked
    for in every item; now one pass."""
    import json

    notebook = next(p for p in NOTEBOOKS if p.name.startswith("01-"))
    figures = tmp_path / "figures"
    executed = execute_notebook(notebook, tmp_path / "executed", {"PROCESSED_DIR": str(national),
                                                                   "FIGURES_DIR": str(figures),
                                                                   "KWIC_TERM": "不在语料里的词"})
    cells = json.loads(executed.read_text(encoding="utf-8"))["cells"]
    outputs = [o for c in cells for o in c.get("outputs", [])]
    assert not any(o.get("output_type") == "error" for o in outputs)
    printed = "".join("".join(o.get("text", "")) for o in outputs if o.get("output_type") == "stream")
    assert "KWIC_TERM '不在语料里的词' is not in this corpus" in printed
    assert {"keywords_top_terms_by_plan", "keywords_wordclouds"} <= {p.stem for p in figures.glob("*.png")}


def test_change_over_time_runs_on_the_national_reports(national, tmp_path):
    """Notebook 04 through its parameters on the second corpus (46 reports, 64 years), where promises pair."""
    import json

    notebook = next(p for p in NOTEBOOKS if p.name.startswith("04-"))
    figures = tmp_path / "figures"
    executed = execute_notebook(notebook, tmp_path / "executed", {"PROCESSED_DIR": str(national),
                                                                   "FIGURES_DIR": str(figures)})
    names = {p.stem for p in figures.glob("*.png")}
    assert {"time_term_trends", "time_trending_terms_over_time", "time_targets_by_year",
            "time_theme_shares_by_year", "time_promise_delivery_by_year"} <= names
    text = executed.read_text(encoding="utf-8")
    assert "gdp_growth" in text and '"error"' not in json.dumps([c.get("outputs") for c in json.loads(text)["cells"]])
