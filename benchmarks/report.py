#!/usr/bin/env python3
"""Writes benchmarks/RESULTS.md from the raw results that run.sh keeps in benchmarks/results/.

Inputs (all in benchmarks/results/):
  jmh-<part>.json   JMH's JSON result of one part (-rf json)
  <part>.env        the machine and date of that part's run (written by run.sh)
  memory.md         the table written by ModelMemory (the "memory" part)
  readmemory.md     the tables written by ReadMemory (the "readmemory" part)
and benchmarks/targets.txt, the side-by-side references and targets.

Ratios:
  * every benchmark with a `size` parameter measured at M and L gets the ratio time(L)/time(M),
    target <= 24 (within 1.2x of linear for 20x the size);
  * every line of targets.txt names a benchmark, its reference and a bound on
    score(benchmark)/score(reference), for example
        progress.ProgressBenchmark.incremental:size=L  progress.ProgressBenchmark.full:size=L  <=  0.1
Each ratio is given as min / median / max over paired measurement iterations (the i-th of one
with the i-th of the other, from the same run) and, for reference, as the ratio of the two
scores (means). The verdict is read from the pairs: "met" when every pair meets the bound, "met
on the median" when the median does and some pair does not, "not met" when the median does not.
Only the standard library is used.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = os.path.join(HERE, "results")
PREFIX = "org.sharedoutcomes.benchmarks."
SCALING_BOUND = 24.0


def load_part(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def key(run):
    name = run["benchmark"]
    if name.startswith(PREFIX):
        name = name[len(PREFIX):]
    params = run.get("params") or {}
    if params:
        name += ":" + ",".join(f"{k}={params[k]}" for k in sorted(params))
    return name


def fmt(x):
    if x is None:
        return "—"
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 1:
        return f"{x:.2f}"
    return f"{x:.4g}"


def read_targets():
    path = os.path.join(HERE, "targets.txt")
    targets = []
    if not os.path.exists(path):
        return targets
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = line.split(None, 4)
            if len(fields) < 4 or fields[2] not in ("<=", ">="):
                sys.exit(f"targets.txt line {n}: expected '<benchmark> <reference> <= | >= "
                         f"<bound> [note]', got: {line}")
            targets.append((fields[0], fields[1], fields[2], float(fields[3]),
                            fields[4] if len(fields) > 4 else ""))
    return targets


def verdict(ratio, op, bound):
    if ratio is None:
        return "—"
    ok = ratio <= bound if op == "<=" else ratio >= bound
    return "**met**" if ok else "**not met**"


def iterations(run):
    """The measurement iterations of a run, every fork's, in order."""
    return [x for fork in run["primaryMetric"].get("rawData") or [] for x in fork]


def paired(a, b):
    """min, median and max of a[i] / b[i] over the pairs there are, or None."""
    r = sorted(x / y for x, y in zip(a, b) if y)
    if not r:
        return None
    n = len(r)
    median = r[n // 2] if n % 2 else (r[n // 2 - 1] + r[n // 2]) / 2
    return r[0], median, r[-1]


def fmt_pairs(p):
    return "—" if p is None else " / ".join(fmt(x) for x in p)


def pair_verdict(p, op, bound):
    if p is None:
        return "—"
    lo, median, hi = p
    def ok(x):
        return x <= bound if op == "<=" else x >= bound
    if not ok(median):
        return "**not met**"
    return "**met**" if ok(lo) and ok(hi) else "**met on the median**"


def main():
    parts = sorted(f[4:-5] for f in os.listdir(RESULTS)
                   if f.startswith("jmh-") and f.endswith(".json")) if os.path.isdir(RESULTS) else []
    scores = {}
    units = {}
    part_of = {}
    raw = {}
    for part in parts:
        for run in load_part(os.path.join(RESULTS, f"jmh-{part}.json")):
            k = key(run)
            scores[k] = run["primaryMetric"]["score"]
            raw[k] = iterations(run)
            units[k] = run["primaryMetric"]["scoreUnit"]
            part_of[k] = part
    out = ["# Benchmark results", "",
           "Written by `benchmarks/run.sh` (see `benchmarks/README.md` for what each benchmark",
           "measures). **The machine is shared with other builds and busy: absolute figures are",
           "noisy; the ratios, measured side by side in one run, are what to read.**", ""]
    env_parts = parts + [p for p in ("memory", "readmemory")
                         if os.path.exists(os.path.join(RESULTS, f"{p}.md"))]
    out += ["## Machines and dates", "",
            "The host check (`HostCheck`, run just before each part): nanoseconds per step of a dependent",
            "arithmetic loop, per load of a pointer chase over 256 MiB, and per 4 KiB page for a first",
            "write of fresh heap / the same write again. A shared virtual machine's figures change from hour",
            "to hour: compare them before comparing two runs.", "",
            "| part | date (UTC) | commit | machine | load average | host check | JDK | JMH settings |",
            "|---|---|---|---|---|---|---|---|"]
    for part in env_parts:
        env = {}
        p = os.path.join(RESULTS, f"{part}.env")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                for line in f:
                    if "=" in line:
                        k, v = line.rstrip("\n").split("=", 1)
                        env[k] = v
        out.append(f"| {part} | {env.get('date', '?')} | {env.get('commit', '?')} | "
                   f"{env.get('cpus', '?')} CPUs, {env.get('memory', '?')} RAM, heap "
                   f"{env.get('heap', '?')} | {env.get('load', '?')} at start | "
                   f"{env.get('host', 'not taken')} | "
                   f"{env.get('jdk', '?')} | `{env.get('jmh', '—')}` |")
    out.append("")

    # scaling: every benchmark with a size parameter
    sized = {}
    for k in scores:
        m = re.match(r"(.*):(.*)", k)
        if not m:
            continue
        params = dict(p.split("=", 1) for p in m.group(2).split(","))
        if "size" not in params:
            continue
        rest = ",".join(f"{a}={b}" for a, b in sorted(params.items()) if a != "size")
        op = m.group(1) + (f" ({rest})" if rest else "")
        sized.setdefault(op, {})[params["size"]] = k
    summary = []
    if sized:
        out += ["## Scaling: time(L) / time(M), target ≤ 24", "",
                "S = 500, M = 50,000, L = 1,000,000 commitments (`RealisticModels`). Average time"
                " per operation; the L/M ratio of paired iterations (min / median / max) is the"
                " figure against the target (20× the size, within 1.2× of linear), the ratio of"
                " the mean scores beside it; M/S is shown for information (100× the size, small"
                " sizes are dominated by fixed costs and cache effects).", "",
                "| operation | unit | S | M | L | M/S | **L/M, paired (min / median / max)** |"
                " L/M of means | target | |",
                "|---|---|---:|---:|---:|---:|---:|---:|---|---|"]
        for op in sorted(sized):
            ks = sized[op]
            if "M" not in ks or "L" not in ks:
                continue  # a size parameter of another meaning (CollisionBenchmark's 65536)
            s, mm, l = (scores.get(ks.get(x)) for x in ("S", "M", "L"))
            unit = units[next(iter(ks.values()))]
            ms = mm / s if s and mm else None
            lm = l / mm if l and mm else None
            pairs = paired(raw.get(ks.get("L"), []), raw.get(ks.get("M"), []))
            v = pair_verdict(pairs, "<=", SCALING_BOUND) if pairs else verdict(
                lm, "<=", SCALING_BOUND)
            out.append(f"| `{op}` | {unit} | {fmt(s)} | {fmt(mm)} | {fmt(l)} | {fmt(ms)} | "
                       f"**{fmt_pairs(pairs)}** | {fmt(lm)} | ≤ {SCALING_BOUND:g} | {v} |")
            summary.append((f"scaling `{op}` (paired)", fmt_pairs(pairs),
                            f"≤ {SCALING_BOUND:g}", v))
        out.append("")

    targets = read_targets()
    if targets:
        out += ["## Benchmarks against their side-by-side references", "",
                "From `benchmarks/targets.txt`: ratio = score(benchmark) / score(reference),"
                " both measured in the same run; paired iterations min / median / max, and the"
                " ratio of the mean scores.", "",
                "| benchmark | score | reference | reference score | ratio, paired (min / median"
                " / max) | ratio of means | target | |",
                "|---|---:|---|---:|---:|---:|---|---|"]
        for bench, ref, op, bound, note in targets:
            b, r = scores.get(bench), scores.get(ref)
            ratio = b / r if b is not None and r else None
            pairs = paired(raw.get(bench, []), raw.get(ref, []))
            if ratio is None:
                v = "not run"
            else:
                v = pair_verdict(pairs, op, bound) if pairs else verdict(ratio, op, bound)
            unit = units.get(bench, "")
            out.append(f"| `{bench}` | {fmt(b)} {unit} | `{ref}` | {fmt(r)} | "
                       f"{fmt_pairs(pairs)} | {fmt(ratio)} | {op} {bound:g} {note} | {v} |")
            summary.append((f"`{bench}` / `{ref}` (paired)", fmt_pairs(pairs),
                            f"{op} {bound:g}", v))
        out.append("")

    mem = os.path.join(RESULTS, "memory.md")
    if os.path.exists(mem):
        with open(mem, encoding="utf-8") as f:
            text = f.read()
        out += ["## Memory: retained heap of the L model per commitment, target ≤ 1.5 KB", "",
                "Measured by `ModelMemory` (method in `benchmarks/README.md`): class histograms"
                " (`GC.class_histogram`, live objects after a full GC) before generating and"
                " with the built model held; the difference is what the model retains.", "",
                text.strip(), ""]
        m = re.search(r"ratio to target \| ([0-9.]+) — (met|not met)", text)
        if m:
            summary.append(("memory per commitment (L)", m.group(1) + " of target", "≤ 1",
                            f"**{m.group(2)}**"))

    readmem = os.path.join(RESULTS, "readmemory.md")
    if os.path.exists(readmem):
        with open(readmem, encoding="utf-8") as f:
            text = f.read()
        out += ["## Memory: heap needed to read a model from JSON (issue 5)", "",
                "Measured by `ReadMemory` (method in `benchmarks/README.md`): R is the model's"
                " retained heap (class histograms, as above); H is the smallest `-Xmx` at which a"
                " child JVM reads the JSON file with `OutcomeJson.read(Path)` and holds the"
                " model, found by bisection; H_tree the same for Jackson's `readTree`, H_floor"
                " for merely holding R bytes. Issue 5 asks for H close to R.", "",
                text.strip(), ""]
        m = re.search(r"\*\*H / R\*\*[^|]*\| \*\*([0-9.]+)\*\*", text)
        if m:
            summary.append(("heap to read ÷ model size, H / R (`OutcomeJson.read`)",
                            m.group(1), "close to 1 (issue 5; no bound set)", "—"))

    out += ["## Every benchmark", "", "| part | benchmark | score | unit |", "|---|---|---:|---|"]
    for k in sorted(scores):
        out.append(f"| {part_of[k]} | `{k}` | {fmt(scores[k])} | {units[k]} |")
    out.append("")

    notes = os.path.join(RESULTS, "notes.md")
    if os.path.exists(notes):
        with open(notes, encoding="utf-8") as f:
            out += ["## Notes on the last run", "", f.read().strip(), ""]

    head = out[:6]
    body = out[6:]
    if summary:
        s = ["## Summary of targets", "", "| what | figure | target | |", "|---|---:|---|---|"]
        s += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in summary]
        s.append("")
        body = s + body
    with open(os.path.join(HERE, "RESULTS.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(head + body))


if __name__ == "__main__":
    main()
