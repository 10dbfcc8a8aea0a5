"""Execute the notebooks headless, in reading order (the build's last step).

Executed copies go to ``build/notebooks/`` (outside the sources), so the
notebooks under ``notebooks/`` stay clean. Parameters are passed through
papermill to each notebook's cell tagged ``parameters``.
"""

from __future__ import annotations

from pathlib import Path

from .config import EXECUTED_NOTEBOOKS_DIR, NOTEBOOKS_DIR

__all__ = ["list_notebooks", "declared_parameters", "execute_notebook", "execute_all"]


def list_notebooks(directory: Path | str = NOTEBOOKS_DIR) -> list[Path]:
    """The notebooks ``NN-name.ipynb`` of ``directory``, in reading order (drafts excluded).

    Parameters
    ----------
    directory : pathlib.Path or str, default ``notebooks/``
        The folder of the notebooks (:data:`analysis.config.NOTEBOOKS_DIR`).

    Returns
    -------
    list of pathlib.Path
        The notebooks whose names start with two digits and a hyphen, sorted
        by name.
    """
    return sorted(Path(directory).glob("[0-9][0-9]-*.ipynb"))


def declared_parameters(path: Path) -> set[str]:
    """The names a notebook's cell tagged ``parameters`` assigns (what papermill can set).

    Parameters
    ----------
    path : pathlib.Path
        The notebook.

    Returns
    -------
    set of str
        The parameter names.
    """
    import papermill

    return set(papermill.inspect_notebook(str(path)))


def execute_notebook(path: Path, out_dir: Path, parameters: dict | None = None, *, timeout: int = 1200) -> Path:
    """Execute one notebook with papermill and return the executed copy's path.

    The notebook runs in its own folder, on the ``python3`` kernel.

    Parameters
    ----------
    path : pathlib.Path
        The notebook.
    out_dir : pathlib.Path
        The folder of the executed copy (created when missing); the copy has
        the notebook's name.
    parameters : dict or None, default None
        Values for the cell tagged ``parameters``.
    timeout : int, default 1200
        The seconds a cell may run.

    Returns
    -------
    pathlib.Path
        The executed copy.

    Raises
    ------
    papermill.PapermillExecutionError
        When a cell fails (the message names the cell).
    """
    import os
    import tempfile

    import papermill
    from traitlets.config import Config

    out_dir.mkdir(parents=True, exist_ok=True)
    out_path = out_dir / path.name
    with tempfile.TemporaryDirectory(prefix="kernel-") as sockets:
        # On POSIX the kernel talks over local sockets in a private folder, not TCP ports (which any local
        # user could reach, and which make the kernel warn about it on every run).
        config = Config({"KernelManager": {"transport": "ipc", "ip": os.path.join(sockets, "k")}}) \
            if os.name == "posix" else Config()
        # The kernel is this interpreter: jupyter_client starts the "python" of the kernel spec as sys.executable.
        papermill.execute_notebook(
            str(path),
            str(out_path),
            parameters=parameters or {},
            cwd=str(path.parent),
            kernel_name="python3",
            progress_bar=False,
            execution_timeout=timeout,
            config=config,
            # the kernel's own log: a cell's error reaches the caller as PapermillExecutionError, and the log's
            # only other message, "KeyboardInterrupt caught in kernel" when the kernel is shut down, is noise
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
        )
    return out_path


def execute_all(
    directory: Path | str = NOTEBOOKS_DIR,
    out_dir: Path | str = EXECUTED_NOTEBOOKS_DIR,
    parameters: dict | None = None,
) -> list[Path]:
    """Execute every notebook in order; stop at the first that fails.

    Parameters
    ----------
    directory : pathlib.Path or str, default ``notebooks/``
        The folder of the notebooks (:func:`list_notebooks`).
    out_dir : pathlib.Path or str, default ``build/notebooks/``
        The folder of the executed copies
        (:data:`analysis.config.EXECUTED_NOTEBOOKS_DIR`).
    parameters : dict or None, default None
        Values for each notebook's cell tagged ``parameters``.

    Returns
    -------
    list of pathlib.Path
        The executed copies, in reading order.

    Raises
    ------
    papermill.PapermillExecutionError
        When a cell fails.
    """
    return [execute_notebook(p, Path(out_dir), parameters) for p in list_notebooks(directory)]
