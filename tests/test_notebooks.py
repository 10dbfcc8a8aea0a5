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
