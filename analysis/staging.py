"""A build's per-document outputs, streamed into its staging folder as the batches of documents come.

The tokens, items, targets and cleaning_report tables and the cleaned texts grow with the corpus; the build's process
does not hold them. Each batch's rows go to their file as soon as the batch is joined
(:class:`analysis.tables.TableStream`: Parquet row groups of a fixed size, the CSV copy appended), each
text to ``clean_text/<doc_id>.txt``. A file the old output set holds, made from the same key, is linked
from it instead (:class:`analysis.outputs.Manifest`), and nothing is written to it. The corpus stages
then read what they need from these files.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .outputs import TEXT_DIR, Manifest
from .pipeline import cleaning_frame, item_frame
from .tables import TableStream, table_files, write_text
from .targets import target_frame
from .workers import TokenSink

__all__ = ["StagedOutputs", "STREAMED_TABLES"]

#: The tables written batch by batch (the tokens too, through :class:`analysis.workers.TokenSink`).
STREAMED_TABLES = ("items", "targets", "cleaning_report")


class StagedOutputs:
    """Where a build's per-document outputs go, batch by batch (the callbacks of
    :class:`analysis.pipeline.Assembler`).

    Parameters
    ----------
    staging : pathlib.Path
        The staging folder of the output set.
    keys : dict of str to str
        What each output file is made from (:meth:`analysis.stages.Stages.output_keys`).
    manifest : Manifest
        The old set's manifest: a file made from the same key is linked from it.
    """

    def __init__(self, staging: Path, keys: dict[str, str], manifest: Manifest):
        self.staging, self.keys, self.manifest = Path(staging), keys, manifest
        self.tokens = TokenSink(self.staging / "tokens.parquet",
                                written=manifest.reuse("tokens.parquet", keys["tokens"], self.staging))
        empty = {"items": item_frame([]), "targets": target_frame([]), "cleaning_report": cleaning_frame([])}
        self._streams = {name: None if self._reused(name) else TableStream(self.staging, name, empty=empty[name])
                         for name in STREAMED_TABLES}
        self._texts: list[Path] = []

    def _reused(self, name: str) -> bool:
        """True when every file of the table ``name`` was linked from the old set."""
        return all(self.manifest.reuse(file, self.keys[name], self.staging) for file in table_files(name))

    def rows(self, name: str, frame) -> None:
        """Take a batch's rows of the table ``name`` (one of :data:`STREAMED_TABLES`)."""
        stream = self._streams[name]
        if stream is not None:
            stream.write(frame)

    def texts(self, texts: dict[str, str]) -> None:
        """Write a batch's cleaned texts as ``clean_text/<doc_id>.txt`` (or link the old ones)."""
        for doc_id, text in texts.items():
            relative = f"{TEXT_DIR}/{doc_id}.txt"
            path = self.staging / TEXT_DIR / f"{doc_id}.txt"
            if not self.manifest.reuse(relative, self.keys[relative], self.staging):
                write_text(path, text)
                self.manifest.record(relative, self.keys[relative],
                                     digest=hashlib.sha256(text.encode("utf-8")).hexdigest())
            self._texts.append(path)

    def close(self) -> list[Path]:
        """Finish the streamed files; every file of these outputs in the staging folder (tokens, items,
        targets, texts), written or linked."""
        tokens = self.tokens.close()
        for path in tokens:
            self.manifest.record(path.name, self.keys["tokens"], path=path)
        paths = tokens or [self.staging / "tokens.parquet"]
        for name, stream in self._streams.items():
            if stream is None:
                paths += [self.staging / file for file in table_files(name)]
                continue
            written = stream.close()
            for path in written:
                self.manifest.record(path.name, self.keys[name], path=path)
            paths += written
        return paths + sorted(self._texts)

    def abort(self) -> None:
        """Close the files as they are (after an error: the staging folder is thrown away)."""
        self.tokens.abort()
        for stream in self._streams.values():
            if stream is not None:
                stream.abort()
