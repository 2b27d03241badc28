"""Many files at once: worker processes, a manifest of what finished, resume, combined tables.

The batch returns results, never raises on a bad file: each input ends as a
:class:`~icp_extract.batch.model.FileResult` (``ok``, ``no_risk_table`` or ``failed`` with a
stable reason code), and the run goes on. What finished is always on disk, whole:

* each worker writes its document's ``<stem>.json`` and ``<stem>.csv`` atomically (the JSON
  last, so its presence means done);
* the parent rewrites ``manifest.json``/``manifest.csv`` atomically as results come in (at most
  once a second, and at the end), and at the end ``risks.csv``/``risks.parquet``;
* ``resume=True`` keeps every input whose sha256 has a finished result in the output folder,
  a manifest row whose ``<output>.json`` still holds that sha256 (or, after a hard kill that
  lost the last manifest update, a ``<stem>.json`` holding it), and redoes only the rest.

Identical files (same sha256) are extracted once. Two different files with the same name in
different folders get their own outputs: the later-sorted names get a short sha256 suffix
(``rapport-1a2b3c4d.json``), as does a name that would overwrite the batch's own files.

    >>> from icp_extract.batch import expand_inputs, run_batch
    >>> result = run_batch(expand_inputs(["arkiv/"]).files, "ut/", jobs=2)
    >>> [r.line() for r in result.failed]
"""

from __future__ import annotations

from icp_extract.batch.inputs import Expansion, expand_inputs
from icp_extract.batch.model import MANIFEST_FIELDS, FileResult, Status
from icp_extract.batch.pool import default_jobs
from icp_extract.batch.progress import BatchProgress, NullProgress
from icp_extract.batch.run import DEFAULT_TIMEOUT, BatchResult, run_batch

__all__ = [
    "DEFAULT_TIMEOUT",
    "MANIFEST_FIELDS",
    "BatchProgress",
    "BatchResult",
    "Expansion",
    "FileResult",
    "NullProgress",
    "Status",
    "default_jobs",
    "expand_inputs",
    "run_batch",
]
