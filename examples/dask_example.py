#!/usr/bin/env python3
"""Training and classifying with libstance on a Dask cluster.

    PYTHONPATH=bindings/python python3 examples/dask_example.py [CORPUS.tsv] [--scheduler ADDR]

Reads a labeled corpus (label<TAB>text; default: the CR benchmark in ../shared/data/benchmarks),
splits it into 8 partitions, and on a LocalCluster of 2 worker processes (or the cluster whose
scheduler is at ADDR, e.g. scheduler:8786):
  1. trains one partial model per partition on the workers and merges them in a tree
     (stance.dask.train), and checks that the merged model has the same bytes as training on
     the same statements in this process (stance.train(..., calibrate=False));
  2. classifies the corpus's texts on the workers (stance.dask.classify: the model's bytes go
     to each worker once) and checks the labels against Model.classify_many here.
Prints the time of each. Needs Debian's python3-dask and python3-distributed (/usr/bin/python3).
On a real cluster, every worker needs the stance package and libstance (install both with
`cmake --install` on each machine, or put them on a shared PYTHONPATH and set STANCE_LIBRARY).
"""
import argparse
import os
import sys
import time

import dask.bag as db
from distributed import Client, LocalCluster

import stance
import stance.dask

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "data", "benchmarks", "CR", "data.tsv")


def read_tsv(path):
    return [(s.label, s.text) for s in stance.read_corpus(path)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=DEFAULT)
    ap.add_argument("--scheduler", help="address of a running scheduler (default: a "
                                        "LocalCluster of 2 worker processes)")
    ap.add_argument("--partitions", type=int, default=8)
    a = ap.parse_args()

    pairs = read_tsv(a.corpus)
    texts = [t for _, t in pairs]
    print(f"{a.corpus}: {len(pairs)} statements in {a.partitions} partitions")

    if a.scheduler:
        client = Client(a.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        print(f"cluster: {len(client.scheduler_info()['workers'])} workers")
        bag = db.from_sequence(pairs, npartitions=a.partitions)

        t0 = time.perf_counter()
        merged = stance.dask.train(bag)
        t_dask = time.perf_counter() - t0
        t0 = time.perf_counter()
        local = stance.train(pairs, calibrate=False)
        t_local = time.perf_counter() - t0
        same = merged.to_bytes() == local.to_bytes()
        print(f"train: Dask {t_dask:.2f} s, one process {t_local:.2f} s; merged model "
              f"{'==' if same else '!='} single-process model ({len(local.to_bytes()):,} bytes)")

        text_bag = db.from_sequence(texts, npartitions=a.partitions)
        t0 = time.perf_counter()
        results = stance.dask.classify(text_bag, merged).compute()
        t_dask = time.perf_counter() - t0
        t0 = time.perf_counter()
        here = local.classify_many(texts)
        t_local = time.perf_counter() - t0
        agree = [r.label for r in results] == [r.label for r in here]
        print(f"classify: Dask {t_dask:.2f} s, one process {t_local:.2f} s; labels "
              f"{'identical' if agree else 'DIFFER'}")
        return 0 if same and agree else 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main())
