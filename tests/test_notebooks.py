"""Every notebook executes headless; a notebook that raises fails the build."""
import pytest

from analysis.config import RAW_DIR
from analysis.notebooks import execute_notebook, list_notebooks
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
def test_notebook_executes_and_saves_its_figures(notebook, processed_dir, tmp_path):
    figures = tmp_path / "figures"
    params = {"PROCESSED_DIR": str(processed_dir), "FIGURES_DIR": str(figures)}
    execute_notebook(notebook, tmp_path / "executed", params)
    assert (tmp_path / "executed" / notebook.name).is_file()
    pngs = sorted(p.name for p in figures.glob("*.png"))
    assert pngs, "the notebook saved no figure"
    assert len(list(figures.glob("*.svg"))) == len(pngs)
