"""Execute the notebooks headless, in reading order (the build's last step).

Executed copies go to ``build/notebooks/`` (outside the sources), so the
notebooks under ``notebooks/`` stay clean. Parameters are passed through
papermill to each notebook's cell tagged ``parameters``.
"""

from __future__ import annotations

from pathlib import Path

from .config import EXECUTED_NOTEBOOKS_DIR, NOTEBOOKS_DIR

__all__ = ["list_notebooks", "execute_notebook", "execute_all"]


def list_notebooks(directory: Path | str = NOTEBOOKS_DIR) -> list[Path]:
    """The notebooks ``NN-name.ipynb`` of ``directory``, in reading order (drafts excluded)."""
    return sorted(
        p for p in Path(directory).glob("[0-9][0-9]-*.ipynb") if not p.name.startswith("_")
    )


def execute_notebook(path: Path, out_dir: Path, parameters: dict | None = None, *, timeout: int = 1200) -> Path:
    """Execute one notebook with papermill and return the executed copy's path.

    Raises ``papermill.PapermillExecutionError`` (naming the cell) when a cell fails.
    """
    import papermill

    out_dir.mkdir(parents=True, exist_ok=True)
    out_path = out_dir / path.name
    # The kernel is this interpreter: jupyter_client starts the "python" of the kernel spec as sys.executable.
    papermill.execute_notebook(
        str(path),
        str(out_path),
        parameters=parameters or {},
        cwd=str(path.parent),
        kernel_name="python3",
        progress_bar=False,
        execution_timeout=timeout,
    )
    return out_path


def execute_all(
    directory: Path | str = NOTEBOOKS_DIR,
    out_dir: Path | str = EXECUTED_NOTEBOOKS_DIR,
    parameters: dict | None = None,
) -> list[Path]:
    """Execute every notebook in order; stop at the first that fails."""
    return [execute_notebook(p, Path(out_dir), parameters) for p in list_notebooks(directory)]
