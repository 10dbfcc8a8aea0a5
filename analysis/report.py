"""A static HTML report of the executed notebooks: one page per notebook, with its figures, and an index.

``python -m analysis report`` (``make report``) reads the executed copies in
``build/notebooks/`` (``python -m analysis notebooks`` writes them) and
replaces ``build/report/`` as one set: ``index.html`` lists the notebooks with
their questions and figure counts, each ``NN-name.html`` is the notebook as
run, without its code (the notebooks hold it), figures inline, tables as HTML. The
folder can be zipped and sent as it is: images are embedded, nothing is
loaded from the network.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from .outputs import OutputSet
from .tables import atomic_write_bytes

__all__ = ["notebook_summary", "notebook_html", "index_html", "write_report"]


def notebook_summary(notebook: dict) -> dict:
    """Title, question and counts of an executed notebook (its JSON as a dict).

    Parameters
    ----------
    notebook : dict
        The notebook as read with ``json.load``.

    Returns
    -------
    dict
        ``title`` (the first ``#`` heading), ``questions`` (the paragraph that
        starts with **Questions.**, if any), ``figures`` (image outputs) and
        ``errors`` (error outputs).

    Examples
    --------
    >>> nb = {"cells": [{"cell_type": "markdown", "source": ["# 00 · Overview\\n", "\\n", "**Questions.** What?"]},
    ...                 {"cell_type": "code", "source": [], "outputs": [{"output_type": "display_data",
    ...                  "data": {"image/png": ""}}]}]}
    >>> notebook_summary(nb)
    {'title': '00 · Overview', 'questions': 'What?', 'figures': 1, 'errors': 0}
    """
    title, questions, figures, errors = "", "", 0, 0
    for cell in notebook.get("cells", []):
        source = "".join(cell.get("source", []))
        if cell.get("cell_type") == "markdown":
            for line in source.splitlines():
                if not title and line.startswith("# "):
                    title = line[2:].strip()
                if not questions and line.startswith("**Questions.**"):
                    questions = line[len("**Questions.**"):].strip()
        for output in cell.get("outputs", []):
            figures += "image/png" in output.get("data", {})
            errors += output.get("output_type") == "error"
    return {"title": title, "questions": questions, "figures": figures, "errors": errors}


def notebook_html(path: Path) -> str:
    """One executed notebook as a self-contained HTML page: its text and outputs, without the code.

    Parameters
    ----------
    path : pathlib.Path
        The executed notebook.

    Returns
    -------
    str
        The page.
    """
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", embed_images=True)
    exporter.exclude_input = True
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nbformat.read(str(path), as_version=4))
    return body


def index_html(entries: list[tuple[str, dict]], title: str = "Comparing local trade-union work plans") -> str:
    """The report's index page: one entry per notebook page.

    Parameters
    ----------
    entries : list of (str, dict)
        (page file name, :func:`notebook_summary` of the notebook) in reading order.
    title : str
        The report's title.

    Returns
    -------
    str
        The page.
    """
    rows = "\n".join(
        f'<li><a href="{html.escape(page)}">{html.escape(s["title"] or page)}</a>'
        f' <span class="n">{s["figures"]} figures{", " + str(s["errors"]) + " errors" if s["errors"] else ""}</span>'
        f'<p>{html.escape(s["questions"])}</p></li>'
        for page, s in entries
    )
    return (
        "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title><style>body{{font-family:'Noto Sans CJK SC','Noto Sans SC',"
        "'PingFang SC','Microsoft YaHei',sans-serif;max-width:52em;margin:2em auto;line-height:1.5}"
        " .n{color:#666;font-size:90%} li{margin-bottom:1em} p{margin:.2em 0}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p>The notebooks as last run (python -m analysis notebooks), with their "
        "figures and tables. Every number traces back to the processed tables by item_id.</p>"
        f"<ol>\n{rows}\n</ol></body></html>\n"
    )


def write_report(executed_dir: Path | str, out_dir: Path | str) -> list[Path]:
    """Write the report of the executed notebooks in ``executed_dir`` into ``out_dir`` (replaced as one set).

    Parameters
    ----------
    executed_dir : pathlib.Path or str
        Folder of executed notebooks ``NN-name.ipynb``.
    out_dir : pathlib.Path or str
        The report folder; its contents are replaced whole.

    Returns
    -------
    list of pathlib.Path
        The pages written, the index first.

    Raises
    ------
    FileNotFoundError
        When ``executed_dir`` holds no executed notebooks (run the notebooks first).
    """
    notebooks = sorted(Path(executed_dir).glob("[0-9][0-9]-*.ipynb"))
    if not notebooks:
        raise FileNotFoundError(f"{executed_dir}: no executed notebooks; run python -m analysis notebooks first")
    entries, pages = [], {}
    for path in notebooks:
        page = path.with_suffix(".html").name
        entries.append((page, notebook_summary(json.loads(path.read_text(encoding="utf-8")))))
        pages[page] = notebook_html(path)
    with OutputSet(Path(out_dir)) as outputs:
        atomic_write_bytes(outputs.path("index.html"), index_html(entries).encode("utf-8"))
        for page, text in pages.items():
            atomic_write_bytes(outputs.path(page), text.encode("utf-8"))
        outputs.commit()
    return [Path(out_dir) / "index.html"] + [Path(out_dir) / page for page in pages]
