"""Imported by the batch fork server before it forks any worker (see ``batch.pool.PRELOAD``).

Importing it loads the pipeline and the Swedish language data, about 200 MB that every worker
then shares copy-on-write instead of loading it again, so a worker replaced after a timeout or
a crash starts warm. Nothing else should import this module.
"""

from __future__ import annotations

import gc

from icp_extract.batch.worker import warm

warm()
# What is loaded now lives as long as the fork server: out of the collector's sight, a full
# collection in a worker (the pipeline runs one after reading a long document) looks only
# at the worker's own objects, and never writes to the pages the workers share.
gc.freeze()
