"""All sample specs, in build order (one module per report)."""

from specs import bun2024, kfn2023, ks2023, mbn2024, sn2021, tn2022

SAMPLES = [
    ks2023.REPLICA_RULED,
    ks2023.PORTRAIT_UNRULED,
    tn2022.SAMPLE,
    bun2024.SAMPLE,
    sn2021.SAMPLE,
    kfn2023.SAMPLE,
    mbn2024.SAMPLE,
]
