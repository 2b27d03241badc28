"""Imported by the batch fork server before it forks any worker (see ``batch.pool.PRELOAD``).

Importing it loads the pipeline and the Swedish language data, about 200 MB that every worker
then shares copy-on-write instead of loading it again, so a worker replaced after a timeout or
a crash starts warm. Nothing else should import this module.
"""

from __future__ import annotations

from icp_extract.batch.worker import warm

warm()
