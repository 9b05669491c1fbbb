#!/usr/bin/python3
"""igraph (C core, Debian python3-igraph) on the same edge lists NetworkBench.java wrote to bench/results/.

    /usr/bin/python3 bench/network/igraph_bench.py [repeats]
"""
import sys
import time
import igraph as ig

repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3


def load(path, n):
    with open(path) as f:
        edges = [tuple(map(int, line.split())) for line in f]
    return ig.Graph(n=n, edges=edges, directed=False)


t = time.perf_counter()
g = load("bench/results/graph-100k-1m.txt", 100_000)
print(f"igraph load 100k/1M: {time.perf_counter() - t:.2f} s")
for r in range(repeats):
    start = time.perf_counter(); cstart = time.process_time()
    t = time.perf_counter(); comps = len(g.connected_components()); tc = time.perf_counter() - t
    t = time.perf_counter(); dsum = sum(g.degree()); td = time.perf_counter() - t
    t = time.perf_counter(); pr = g.pagerank(damping=0.85); tp = time.perf_counter() - t
    t = time.perf_counter(); comm = len(g.community_label_propagation()); tl = time.perf_counter() - t
    print(f"run {r + 1}: components {comps} ({tc:.2f} s), degree sum {dsum} ({td:.2f} s), pagerank {len(pr)} ({tp:.2f} s), "
          f"label propagation {comm} communities ({tl:.2f} s); total {time.perf_counter() - start:.2f} s wall, {time.process_time() - cstart:.2f} s CPU")

h = load("bench/results/graph-10k-100k.txt", 10_000)
for r in range(min(repeats, 2)):
    t = time.perf_counter(); c = time.process_time()
    b = h.betweenness(directed=False)
    print(f"run {r + 1}: igraph exact betweenness 10k/100k: {len(b)} scores in {time.perf_counter() - t:.2f} s wall, {time.process_time() - c:.2f} s CPU")
