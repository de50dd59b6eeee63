#!/usr/bin/env python3
"""Training and classifying with libstance on a Dask cluster.

    PYTHONPATH=bindings/python python3 examples/dask_example.py [CORPUS.tsv] [--scheduler ADDR]

Splits a labeled corpus (label<TAB>text; default: the CR benchmark in ../shared/data/benchmarks)
into 8 partitions that the workers read themselves (dask.bag.read_text), and on a LocalCluster
of 2 worker processes (or the cluster whose scheduler is at ADDR, e.g. scheduler:8786):
  1. trains one partial model per partition on the workers and merges them in a tree
     (stance.dask.train), and checks that the merged model has the same bytes as training on
     the same statements in this process (stance.train(..., calibrate=False));
  2. classifies the corpus's texts on the workers (stance.dask.classify: the model's bytes go
     to each worker once) and checks the labels against Model.classify_many here.
Prints the time of each. Needs Debian's python3-dask and python3-distributed (/usr/bin/python3).
On a real cluster the corpus must be where every worker can read it (a shared folder, or an
s3:// or hdfs:// URL with its fsspec package), and every worker needs the stance package and
libstance (`cmake --install` on each machine, or a shared PYTHONPATH and STANCE_LIBRARY).
"""
import argparse
import os
import sys
import time

import dask.bag as db
from distributed import Client, LocalCluster, wait

import stance
import stance.dask

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "data", "benchmarks", "CR", "data.tsv")


def parse(line):
    """A TSV line as a (label, text) pair, None for a blank line or a # comment (the rules of
    the library's reader, which reads the same file for the single-process model)."""
    line = line.rstrip("\n").rstrip("\r")
    if not line or line.startswith("#"):
        return None
    label, text = line.split("\t", 1)
    return label, text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=DEFAULT)
    ap.add_argument("--scheduler", help="address of a running scheduler (default: a "
                                        "LocalCluster of 2 worker processes)")
    ap.add_argument("--partitions", type=int, default=8)
    a = ap.parse_args()

    pairs = [(x.label, x.text) for x in stance.read_corpus(a.corpus)]
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
        size = os.path.getsize(a.corpus)
        lines = db.read_text(a.corpus, blocksize=max(1, size // a.partitions))
        bag = lines.map(parse).filter(lambda p: p is not None)
        assert bag.npartitions == a.partitions

        t0 = time.perf_counter()
        merged = stance.dask.train(bag)
        t_dask = time.perf_counter() - t0
        t0 = time.perf_counter()
        local = stance.train(pairs, calibrate=False)
        t_local = time.perf_counter() - t0
        same = merged.to_bytes() == local.to_bytes()
        print(f"train: Dask {t_dask:.2f} s, one process {t_local:.2f} s; merged model "
              f"{'==' if same else '!='} single-process model ({len(local.to_bytes()):,} bytes)")

        text_bag = bag.pluck(1)
        t0 = time.perf_counter()
        on_workers = stance.dask.classify(text_bag, merged).persist()
        wait(on_workers)
        t_dask = time.perf_counter() - t0
        # Bringing every result back is Dask's transfer, timed apart: distributed (2022.12)
        # sends a long list item by item, tens of microseconds each, so keep results on the
        # cluster when you can (aggregate them, or write them with .to_textfiles()).
        t0 = time.perf_counter()
        results = on_workers.compute()
        t_back = time.perf_counter() - t0
        counts = dict(on_workers.pluck(0).frequencies().compute())
        t0 = time.perf_counter()
        here = local.classify_many(texts)
        t_local = time.perf_counter() - t0
        agree = [r.label for r in results] == [r.label for r in here]
        print(f"classify: Dask {t_dask:.2f} s on the workers (+ {t_back:.2f} s to bring "
              f"{len(results)} results here), one process {t_local:.2f} s; labels "
              f"{'identical' if agree else 'DIFFER'} {counts}")
        return 0 if same and agree else 1
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main())
