#!/usr/bin/python3
"""Cross-check and speed comparison of outcome-graph against python3-igraph and python3-networkx.

Not part of `mvn verify`. Needs the Debian packages (the system Python, /usr/bin/python3):

    apt-get update && apt-get install -y python3-networkx python3-igraph
    /usr/bin/python3 benchmarks/scripts/graph_peers.py            # both parts
    /usr/bin/python3 benchmarks/scripts/graph_peers.py crosscheck # results only
    /usr/bin/python3 benchmarks/scripts/graph_peers.py speed [AGENCIES COMMITMENTS REPS]
    /usr/bin/python3 benchmarks/scripts/graph_peers.py endtoend [REPS [COMMITMENTS...]]

crosscheck: the Java driver (org.sharedoutcomes.benchmarks.graph.GraphPeerCheck) exports the
collaboration and reporting networks of generated models (RandomModels, RealisticModels size S)
and a generated collaboration network, with outcome-graph's results; this script computes the
same measures with igraph and NetworkX and compares: degree centralization (in, out, all) and
articulation points, bridges and component counts must be identical, betweenness equal within
1e-9 (relative to max(1, |value|)). The graphs are, per model, the collaboration, reporting
(declared parents only), dependency and whole accountability networks (the last as a simple
directed graph: one edge per ordered pair). Then, per model, the transitive dependents of every
failing agency's orphaned commitments must equal plain reachability (NetworkX ancestors, igraph
subcomponent, a breadth-first search).

speed: the driver generates a collaboration network (default 100,000 agencies, 1,000,000
commitments), times outcome-graph (best of REPS after a warm-up, on the network's compact index,
built once like igraph's and NetworkX's own structures; the index build is timed apart), then
this script loads the same edges into igraph and NetworkX and times them the same way, in the
same run. Timings on a shared machine are noisy: read the ratios, not the seconds.

endtoend: what a user meets, at each size (default 50,000, 200,000 and 1,000,000 commitments;
REPS paired repetitions, default 3, after one warm-up each). The Java driver generates a
RealisticModels model (not timed) and writes the edge list of its whole accountability graph
(every edge, parallel ones included); this script loads that list into a Python list (not timed).
One repetition of each library, run in turn (java, igraph, networkx, then again), times:
  construction  ours: AccountabilityGraph.of(model) from the built model;
                igraph: Graph(n, edges, directed=True) and simplify() (parallel edges merged, as
                ours and NetworkX's DiGraph count distinct neighbours);
                networkx: DiGraph(), add_nodes_from, add_edges_from;
  analyses      Freeman degree centralization (all degrees), articulation points (directions
                ignored) and the number of (weakly) connected components; ours the first time on
                the new graph, which builds the compact index the three share;
  analyses alone  ours: the same three again on the same graph (index built); igraph: the
                first run's analyses (igraph's structure is its index).
The three results must agree with igraph's and NetworkX's in every repetition. The Java driver
runs with a fixed heap (JAVA_HEAP, default 8g, as -Xms and -Xmx) and the parallel collector, as
benchmarks/run.sh does. Prints per size min / median / max of the paired ratios.

The script builds the benchmarks module and its classpath with Maven first; set
GRAPH_PEERS_CLASSPATH to a classpath (the benchmarks classes and their dependencies) to skip that.
Work files go to GRAPH_PEERS_DIR (default /tmp/graph-peers).
"""
import os
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
WORK = os.environ.get("GRAPH_PEERS_DIR", "/tmp/graph-peers")


def build_classpath():
    if os.environ.get("GRAPH_PEERS_CLASSPATH"):
        # a classpath given (benchmarks classes first): no build
        return os.environ["GRAPH_PEERS_CLASSPATH"]
    cp_file = os.path.join(WORK, "classpath.txt")
    os.makedirs(WORK, exist_ok=True)
    cmd = ["mvn", "-B", "-q", "-o", "-pl", "benchmarks", "-am", "package",
           "dependency:build-classpath", "-DskipTests", "-Dmaven.javadoc.skip=true",
           "-Dmdep.outputFile=" + cp_file]
    if subprocess.call(cmd, cwd=ROOT) != 0:
        cmd.remove("-o")
        subprocess.check_call(cmd, cwd=ROOT)
    with open(cp_file) as f:
        deps = f.read().strip()
    return os.path.join(ROOT, "benchmarks", "target", "classes") + os.pathsep + deps


def java(cp, *args):
    subprocess.check_call(["java", "-Xmx6g", "-cp", cp,
                           "org.sharedoutcomes.benchmarks.graph.GraphPeerCheck"] + list(args))


def read_edges(path):
    with open(path) as f:
        n, directed = (int(x) for x in f.readline().split())
        edges = [tuple(int(x) for x in line.split()) for line in f if line.strip()]
    return n, directed == 1, edges


def read_java(path):
    out = {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            out[parts[0]] = parts[1:]
    return out


def centralization(n, degrees, mode, directed):
    if directed:
        tmax = (n - 1) * (n - 1) if mode != "all" else 2 * (n - 1) * (n - 2)
    else:
        tmax = (n - 1) * (n - 2)
    if tmax <= 0 or n == 0:
        return 0.0
    return (n * max(degrees) - sum(degrees)) / tmax


def crosscheck(cp):
    import igraph
    import networkx as nx
    d = os.path.join(WORK, "cross")
    java(cp, "crosscheck", d)
    with open(os.path.join(d, "index.txt")) as f:
        names = [x.strip() for x in f if x.strip()]
    failures = 0
    worst_bt = 0.0
    for name in names:
        n, directed, edges = read_edges(os.path.join(d, name + ".edges"))
        j = read_java(os.path.join(d, name + ".java"))
        g = igraph.Graph(n=n, edges=edges, directed=directed)
        G = nx.DiGraph() if directed else nx.Graph()
        G.add_nodes_from(range(n))
        G.add_edges_from(edges)
        U = G.to_undirected()
        problems = []
        # degree centralization
        jc = [float(x) for x in j["centralization"]]
        if directed:
            ig = [centralization(n, g.degree(mode=m), m, True) for m in ("in", "out", "all")]
            nxc = [centralization(n, [d for _, d in G.in_degree()], "in", True),
                   centralization(n, [d for _, d in G.out_degree()], "out", True),
                   centralization(n, [d for _, d in G.degree()], "all", True)]
        else:
            c = centralization(n, g.degree(), "all", False)
            ig = [c, c, c]
            c2 = centralization(n, [d for _, d in G.degree()], "all", False)
            nxc = [c2, c2, c2]
        if any(abs(a - b) > 1e-12 for a, b in zip(jc, ig)):
            problems.append("centralization java %s igraph %s" % (jc, ig))
        if any(abs(a - b) > 1e-12 for a, b in zip(jc, nxc)):
            problems.append("centralization java %s networkx %s" % (jc, nxc))
        # articulation points
        ja = set(int(x) for x in j["articulation"])
        ia = set(g.articulation_points())
        na = set(nx.articulation_points(U))
        if ja != ia or ja != na:
            problems.append("articulation java %d igraph %d networkx %d" % (len(ja), len(ia), len(na)))
        # bridges (on the simple undirected graph)
        jb = set(tuple(int(y) for y in x.split("-")) for x in j["bridges"])
        u = g.as_undirected()
        u.simplify()
        ib = set(tuple(sorted(u.es[e].tuple)) for e in u.bridges())
        nb = set(tuple(sorted(e)) for e in nx.bridges(U))
        if jb != ib or jb != nb:
            problems.append("bridges java %d igraph %d networkx %d" % (len(jb), len(ib), len(nb)))
        # components
        jk = int(j["components"][0])
        ik = len(g.connected_components(mode="weak"))
        nk = nx.number_connected_components(U)
        if not (jk == ik == nk):
            problems.append("components java %d igraph %d networkx %d" % (jk, ik, nk))
        # betweenness
        jbw = [float(x) for x in j["betweenness"]]
        ibw = g.betweenness(directed=directed)
        nbw = nx.betweenness_centrality(G, normalized=False)
        for v in range(n):
            for peer, value in (("igraph", ibw[v]), ("networkx", nbw[v])):
                diff = abs(jbw[v] - value) / max(1.0, abs(value))
                worst_bt = max(worst_bt, diff)
                if diff > 1e-9:
                    problems.append("betweenness of %d java %r %s %r" % (v, jbw[v], peer, value))
        status = "ok" if not problems else "FAIL"
        print("%-34s n=%-6d m=%-7d %s centralization=%.6f articulation=%d bridges=%d" % (
            name, n, len(edges), status, jc[2], len(ja), len(jb)))
        for p in problems[:5]:
            print("    " + p)
        failures += bool(problems)
    print("crosscheck: %d graphs, %d failing; largest betweenness difference %.3g (relative)"
          % (len(names), failures, worst_bt))
    impact_ok = failure_impacts(d, names)
    return failures == 0 and impact_ok


def failure_impacts(d, names):
    """The transitive part of each failure impact against plain reachability.

    For every agency whose failure orphans commitments, the commitments that depend on them
    (transitively) must be exactly those from which an orphaned commitment is reachable along
    DEPENDS_ON in the dependency network, orphaned ones left out: nx.ancestors in NetworkX,
    subcomponent(mode="in") in igraph, and a plain breadth-first search here.
    """
    import igraph
    import networkx as nx
    checked = failing = dependents = 0
    for name in names:
        path = os.path.join(d, name + ".failures")
        if not os.path.exists(path):
            continue
        n, _, edges = read_edges(os.path.join(d, name + ".edges"))
        G = nx.DiGraph()
        G.add_nodes_from(range(n))
        G.add_edges_from(edges)
        g = igraph.Graph(n=n, edges=edges, directed=True)
        incoming = {v: [] for v in range(n)}
        for s, t in edges:
            incoming[t].append(s)
        with open(path) as f:
            for line in f:
                head, _, tail = line.partition("|")
                parts = head.split()
                agency, orphaned = parts[0], set(int(x) for x in parts[1:])
                java = set(int(x) for x in tail.split())
                nxr = set().union(*(nx.ancestors(G, o) for o in orphaned)) - orphaned
                igr = set().union(*(set(g.subcomponent(o, mode="in")) for o in orphaned)) - orphaned
                seen, queue = set(orphaned), list(orphaned)
                while queue:
                    v = queue.pop()
                    for u in incoming[v]:
                        if u not in seen:
                            seen.add(u)
                            queue.append(u)
                bfs = seen - orphaned
                checked += 1
                dependents += len(bfs)
                if not (java == nxr == igr == bfs):
                    failing += 1
                    print("    %s agency %s: java %d networkx %d igraph %d bfs %d dependents"
                          % (name, agency, len(java), len(nxr), len(igr), len(bfs)))
    print("failure impact: %d failing agencies checked (%d transitive dependents in all),"
          " %d disagreeing with reachability" % (checked, dependents, failing))
    return failing == 0 and checked > 0


def best_of(reps, task):
    task()
    best = float("inf")
    for _ in range(reps):
        s = time.perf_counter()
        task()
        best = min(best, time.perf_counter() - s)
    return best


def speed(cp, agencies, commitments, reps):
    import igraph
    import networkx as nx
    d = os.path.join(WORK, "speed")
    java(cp, "speed", d, str(agencies), str(commitments), str(reps))
    j = read_java(os.path.join(d, "large.java"))
    n, _, edges = read_edges(os.path.join(d, "large.edges"))
    print("loaded %d vertices, %d edges into python" % (n, len(edges)))

    s = time.perf_counter()
    g = igraph.Graph(n=n, edges=edges, directed=False)
    ig_build = time.perf_counter() - s
    s = time.perf_counter()
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    nx_build = time.perf_counter() - s
    del edges

    def ig_degree():
        return centralization(n, g.degree(), "all", False)

    def nx_degree():
        return centralization(n, [d for _, d in G.degree()], "all", False)

    results = {
        "degree centralization": (float(j["time_degree"][0]), best_of(reps, ig_degree),
                                  best_of(reps, nx_degree)),
        "articulation points": (float(j["time_articulation"][0]),
                                best_of(reps, lambda: g.articulation_points()),
                                best_of(max(1, reps // 2), lambda: list(nx.articulation_points(G)))),
        "connected components": (float(j["time_components"][0]),
                                 best_of(reps, lambda: g.connected_components()),
                                 best_of(max(1, reps // 2),
                                         lambda: list(nx.connected_components(G)))),
    }
    # agreement on the large graph
    same = (abs(float(j["centralization"][0]) - ig_degree()) < 1e-12
            and int(j["articulation_count"][0]) == len(g.articulation_points())
            and int(j["components"][0]) == len(g.connected_components()))
    print()
    print("graph: %d agencies, %d commitments, %d collaboration edges" % (agencies, commitments, g.ecount()))
    print("structure build (not in the ratios): java compact index %.3f s, igraph %.3f s,"
          " networkx %.3f s" % (float(j["time_index"][0]), ig_build, nx_build))
    print("%-22s %10s %10s %10s %14s %14s %s" % ("analysis (best of %d)" % reps, "java s", "igraph s",
                                                "networkx s", "nx/java", "java/igraph", "verdict"))
    ok = True
    for name, (jt, it, nt) in results.items():
        faster = nt / jt
        vs_ig = jt / it
        verdict = "met" if faster >= 10 and vs_ig <= 2 else "NOT met"
        ok &= verdict == "met"
        print("%-22s %10.4f %10.4f %10.4f %13.1fx %13.2fx %s" % (name, jt, it, nt, faster, vs_ig, verdict))
    print("results agree with igraph on the large graph: %s" % same)
    print("target: >= 10x faster than networkx and <= 2x igraph's time")
    return ok and same



def endtoend(cp, reps, sizes):
    import gc
    import igraph
    import networkx as nx
    from array import array
    d = os.path.join(WORK, "endtoend")
    os.makedirs(d, exist_ok=True)
    heap = os.environ.get("JAVA_HEAP", "8g")
    ok = True
    summary = []
    for size in sizes:
        proc = subprocess.Popen(["java", "-Xms" + heap, "-Xmx" + heap, "-XX:+UseParallelGC",
                                 "-cp", cp, "org.sharedoutcomes.benchmarks.graph.GraphPeerCheck",
                                 "endtoend", d, str(size)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        ready = proc.stdout.readline().split()
        if not ready or ready[0] != "ready":
            raise SystemExit("the java driver did not start: %r" % ready)
        with open(ready[1], "rb") as f:
            raw = array("i")
            raw.frombytes(f.read())
        if sys.byteorder != "little":
            raw.byteswap()
        n, directed, m = raw[0], raw[1], raw[2]
        edges = list(zip(raw[3::2], raw[4::2]))
        del raw
        assert len(edges) == m and directed == 1

        def java_rep():
            proc.stdin.write("run\n")
            proc.stdin.flush()
            parts = proc.stdout.readline().split()
            if not parts or parts[0] != "result":
                raise SystemExit("the java driver failed: %r" % parts)
            return (float(parts[1]), float(parts[2]), float(parts[3]), float(parts[4]),
                    int(parts[5]), int(parts[6]), float(parts[7]), int(parts[8]))

        def igraph_rep():
            gc.collect()
            s = time.perf_counter()
            g = igraph.Graph(n=n, edges=edges, directed=True)
            g.simplify(multiple=True, loops=True)
            c = time.perf_counter()
            cz = centralization(n, g.degree(mode="all"), "all", True)
            ap = len(g.articulation_points())
            k = len(g.connected_components(mode="weak"))
            a = time.perf_counter()
            return c - s, a - c, cz, ap, k

        def nx_rep():
            gc.collect()
            s = time.perf_counter()
            G = nx.DiGraph()
            G.add_nodes_from(range(n))
            G.add_edges_from(edges)
            c = time.perf_counter()
            cz = centralization(n, [x for _, x in G.degree()], "all", True)
            ap = sum(1 for _ in nx.articulation_points(G.to_undirected(as_view=True)))
            k = nx.number_weakly_connected_components(G)
            a = time.perf_counter()
            del G
            gc.collect()
            return c - s, a - c, cz, ap, k

        rows = []
        for rep in range(reps + 1):
            j = java_rep()
            i = igraph_rep()
            x = nx_rep()
            agree = (abs(j[3] - i[2]) < 1e-12 and abs(j[3] - x[2]) < 1e-12
                     and j[4] == i[3] == x[3] and j[5] == i[4] == x[4])
            ok &= agree
            label = "warm-up" if rep == 0 else "rep %d" % rep
            print("%7d %-8s java %.3f+%.3f (alone %.3f; gc %.3f s, %.0f MB allocated) igraph"
                  " %.3f+%.3f networkx %.3f+%.3f s; centralization %.6f, %d articulation points,"
                  " %d components; agree: %s"
                  % (size, label, j[0], j[1], j[2], j[6], j[7] / 1e6, i[0], i[1], x[0], x[1],
                     j[3], j[4], j[5], agree), flush=True)
            if rep > 0:
                rows.append((j, i, x))
        proc.stdin.close()
        proc.wait()
        del edges
        gc.collect()
        load = open("/proc/loadavg").read().split()[:3]
        ratios = {
            "end to end, ours / igraph": [(j[0] + j[1]) / (i[0] + i[1]) for j, i, x in rows],
            "end to end, networkx / ours": [(x[0] + x[1]) / (j[0] + j[1]) for j, i, x in rows],
            "construction, ours / igraph": [j[0] / i[0] for j, i, x in rows],
            "analyses (with index), ours / igraph": [j[1] / i[1] for j, i, x in rows],
            "analyses alone, ours / igraph": [j[2] / i[1] for j, i, x in rows],
        }
        seconds = {
            "ours construction": [j[0] for j, i, x in rows],
            "ours analyses (with index)": [j[1] for j, i, x in rows],
            "ours analyses alone": [j[2] for j, i, x in rows],
            "igraph construction": [i[0] for j, i, x in rows],
            "igraph analyses": [i[1] for j, i, x in rows],
            "networkx construction": [x[0] for j, i, x in rows],
            "networkx analyses": [x[1] for j, i, x in rows],
        }
        print("%d commitments: %d vertices, %d edges (%d reps, load %s)"
              % (size, n, m, len(rows), " ".join(load)))
        for name, v in list(seconds.items()) + list(ratios.items()):
            v = sorted(v)
            print("  %-38s min %8.3f  median %8.3f  max %8.3f" % (name, v[0], v[len(v) // 2], v[-1]))
        summary.append((size, n, m, ratios, load))
    print()
    print("| commitments | vertices | edges | ours÷igraph e2e | networkx÷ours e2e |"
          " construction ours÷igraph | analyses alone ours÷igraph | load |")
    print("|---|---|---|---|---|---|---|---|")
    for size, n, m, ratios, load in summary:
        cells = []
        for key in ("end to end, ours / igraph", "end to end, networkx / ours",
                    "construction, ours / igraph", "analyses alone, ours / igraph"):
            v = sorted(ratios[key])
            cells.append("%.2f / %.2f / %.2f" % (v[0], v[len(v) // 2], v[-1]))
        print("| %d | %d | %d | %s | %s |" % (size, n, m, " | ".join(cells), " ".join(load)))
    print("(min / median / max over paired repetitions; targets: ours÷igraph <= 2,"
          " networkx÷ours >= 10, analyses alone <= 1)")
    return ok

def main(argv):
    mode = argv[1] if len(argv) > 1 else "all"
    cp = build_classpath()
    ok = True
    if mode in ("all", "crosscheck"):
        ok &= crosscheck(cp)
    if mode in ("all", "speed"):
        agencies = int(argv[2]) if len(argv) > 2 else 100_000
        commitments = int(argv[3]) if len(argv) > 3 else 1_000_000
        reps = int(argv[4]) if len(argv) > 4 else 5
        ok &= speed(cp, agencies, commitments, reps)
    if mode == "endtoend":
        reps = int(argv[2]) if len(argv) > 2 else 3
        sizes = [int(x) for x in argv[3:]] or [50_000, 200_000, 1_000_000]
        ok &= endtoend(cp, reps, sizes)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
