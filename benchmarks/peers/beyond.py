#!/usr/bin/env python3
# Copyright 2026 the einsum4j authors. Licensed under the Apache License, Version 2.0.
"""Times the "beyond the seeds" workloads (benchmarks/.../Beyond.java; the same names, specs and shapes) in NumPy
(np.einsum on the pairwise path np.einsum_path finds with greedy search and no memory cap) and PyTorch (torch.einsum), float32, 2 threads, best of 7 after two warm-up calls,
each result forced contiguous. Prints one JSON line per workload: name, spec, ms and GB/s of the least traffic
(inputs read once, output written once; for a diagonal only its elements) per peer.
Needs a python with numpy and torch (Debian: python3-numpy, python3-torch)."""
import json
import sys
import time

import numpy as np

try:
    import torch
    torch.set_num_threads(2)
except Exception:  # torch is optional: its columns are then null
    torch = None

WORKLOADS = [
    ("hadamard", "ij,ij->ij", [(2048, 4096), (2048, 4096)]),
    ("feature_scale", "bsh,h->bsh", [(32, 512, 1024), (1024,)]),
    ("triple", "ij,ij,ij->ij", [(2048, 4096)] * 3),
    ("rope_outer", "i,j->ij", [(16384,), (512,)]),
    ("khatri_rao", "ir,jr->ijr", [(512, 64), (512, 64)]),
    ("middle_sum", "ijk->ik", [(64, 1024, 256)]),
    ("batch_diag", "...ii->...i", [(4096, 64, 64)]),
    ("head_dot", "bhd,bhd->bh", [(4096, 16, 256)] * 2),
    ("row_dot", "bi,bi->b", [(65536, 256)] * 2),
    ("col_sum", "ij->j", [(8192, 2048)]),
    ("masked_pool", "bnd,bn->bd", [(64, 512, 512), (64, 512)]),
    ("channel_scale", "bchw,c->bchw", [(16, 64, 128, 128), (64,)]),
    ("last_axis_dot", "...d,...d->...", [(64, 256, 1024)] * 2),
    # matrix-shaped contractions the seed suite does not hold (issue 17): compare the ms
    ("moe_dispatch", "gsec,gsm->egcm", [(8, 256, 8, 64), (8, 256, 512)]),
    ("moe_combine", "bnd,bnec->becd", [(8, 256, 512), (8, 256, 8, 64)]),
    ("chunk_scores", "bcxd,bcyd->bcxy", [(16, 32, 64, 64)] * 2),
    ("attn_scores", "bhqd,bhkd->bhqk", [(8, 12, 128, 64)] * 2),
    ("covariance", "ni,nj->ij", [(4096, 512)] * 2),
    ("basis_change", "ea,fb,abcd,gc,hd->efgh", [(32, 32), (32, 32), (32, 32, 32, 32), (32, 32), (32, 32)]),
    ("mpo_env", "abc,ade,bdfg,cfh->egh", [(64, 8, 64), (64, 4, 64), (8, 4, 8, 4), (64, 8, 64)]),
    # batches of small products and a shallow one
    ("batch_rotations", "bij,bjk->bik", [(65536, 3, 3)] * 2),
    ("block_products", "bij,bjk->bik", [(16384, 8, 8)] * 2),
    ("low_rank", "ir,rj->ij", [(2048, 2), (2, 2048)]),
]


def best(fn, reps=7):
    fn()
    fn()
    ts = []
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t)
    return min(ts)


def main():
    only = set(sys.argv[1:])
    rng = np.random.default_rng(0)
    for name, spec, shapes in WORKLOADS:
        if only and name not in only:
            continue
        arrs = [rng.uniform(-1, 1, s).astype(np.float32) for s in shapes]
        # optimize=True caps intermediates at the largest input and then falls back to one naive loop (for
        # mpo_env: 6.9e10 multiply-adds); a user contracting a network asks for the pairwise path
        path = np.einsum_path(spec, *arrs, optimize=("greedy", 1 << 40))[0]
        out = np.einsum(spec, *arrs, optimize=path)
        read = sum(a.size for a in arrs) if not spec.startswith("...ii") else out.size
        gb = 4.0 * (read + out.size) / 1e9
        row = dict(name=name, spec=spec, shapes=shapes, gb=gb)
        t = best(lambda: np.ascontiguousarray(np.einsum(spec, *arrs, optimize=path)))
        row.update(numpy_ms=round(t * 1e3, 3), numpy_gbs=round(gb / t, 1))
        if torch is not None:
            ts = [torch.from_numpy(a) for a in arrs]
            t = best(lambda: torch.einsum(spec, *ts).contiguous())
            row.update(torch_ms=round(t * 1e3, 3), torch_gbs=round(gb / t, 1))
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
