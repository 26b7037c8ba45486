#!/usr/bin/env python3
"""Prints the tables of docs/BENCHMARKS.md from the JMH results of run.sh: figures, ratios, budgets."""
import json
import os
import re
import sys

results = sys.argv[1] if len(sys.argv) > 1 else "benchmarks/target/results"
DROOLS = "10.2.0"


def load(name):
    path = os.path.join(results, name + ".json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        text = f.read()
    # JMH writes its JSON when a run ends; a run still going, or stopped, leaves none.
    return json.loads(text) if text.strip() else None


def score(runs, method, **params):
    for run in runs:
        if run["benchmark"].endswith("." + method) and all(run["params"].get(k) == str(v) for k, v in params.items()):
            return run["primaryMetric"]
    return None


def allocated(runs, method, **params):
    """Bytes allocated per operation, where the run had -prof gc."""
    for run in runs:
        if run["benchmark"].endswith("." + method) and all(run["params"].get(k) == str(v) for k, v in params.items()):
            metric = run.get("secondaryMetrics", {}).get("·gc.alloc.rate.norm") or run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
            return metric["score"] if metric else None
    return None


def verdict(ok):
    return "meets" if ok else "**misses**"


def check_table(runs):
    print("### Full check (CheckBenchmark), one thread, -Xmx1g\n")
    print("| records | vanort full check | records/s | ns per record | bytes allocated per record | hand-written 5 rules | vanort / hand-written |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    per_record = {}
    for size in (1000, 10000, 100000, 1000000):
        v = score(runs, "vanortFullCheck", records=size)
        h = score(runs, "handWrittenFiveRules", records=size)
        if not v:
            continue
        us = v["score"]
        per_record[size] = us * 1000 / size
        hand = "%.0f µs" % h["score"] if h else "—"
        ratio = "%.1f×" % (us / h["score"]) if h else "—"
        alloc = allocated(runs, "vanortFullCheck", records=size)
        print("| %s | %.0f µs ± %.0f | %s | %.0f | %s | %s | %s |" % (
            f"{size:,}", us, v["scoreError"] if v["scoreError"] == v["scoreError"] else 0,
            f"{size / us * 1e6:,.0f}", per_record[size], "%.0f" % (alloc / size) if alloc else "—", hand, ratio))
    if per_record:
        growth = max(per_record.values()) / min(per_record.values())
        print("\nTime per record, slowest size over fastest: %.2f× (budget 1.5×: %s)." % (growth, verdict(growth <= 1.5)))
    for size in (100000, 1000000):
        if size in per_record:
            rate = 1e9 / per_record[size]
            print("Throughput at %s records: %s records/s (budget 1,000,000: %s)." % (
                f"{size:,}", f"{rate:,.0f}", verdict(rate >= 1e6)))
    most = max((allocated(runs, "vanortFullCheck", records=size) or 0) / size for size in (1000, 10000, 100000, 1000000))
    if most:
        print("Most bytes allocated per record: %.0f (budget 300: %s)." % (most, verdict(most <= 300)))
    print()


def heap_table(runs):
    v = score(runs, "vanortFullCheck", records=1000000)
    print("### 10^6 records in -Xmx512m (CheckBenchmark, heap group)\n")
    if not v:
        print("Did not run to the end in -Xmx512m: %s (see heap.log).\n" % verdict(False))
        return
    alloc = allocated(runs, "vanortFullCheck", records=1000000)
    print("The full check of 10^6 records ran in a 512 MiB heap: %.0f ms per check, %s records/s, %s bytes"
          " allocated per record (%s).\n" % (v["score"] / 1000, f"{1e6 / v['score'] * 1e6:,.0f}",
                                            "%.0f" % (alloc / 1e6) if alloc else "—", verdict(True)))


def five_table(runs):
    print("### The five rules four ways (FiveRuleBenchmark)\n")
    print("| records | vanort (5 rules) | hand-written | Easy Rules 4.1.0 | Drools %s | vanort / hand-written | Easy Rules / vanort | Drools / vanort | bytes per record, vanort |" % DROOLS)
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in (1000, 10000, 100000):
        v, h, e, d = (score(runs, m, records=size) for m in ("vanort", "handWritten", "easyRules", "drools"))
        if not (v and h):
            continue
        alloc = allocated(runs, "vanort", records=size)
        print("| %s | %.0f µs | %.0f µs | %s | %s | %.1f× (≤ 2×: %s) | %s | %s | %s |" % (
            f"{size:,}", v["score"], h["score"],
            "%.0f µs" % e["score"] if e else "—", "%.0f µs" % d["score"] if d else "—",
            v["score"] / h["score"], verdict(v["score"] / h["score"] <= 2),
            "%.1f× (≥ 10×: %s)" % (e["score"] / v["score"], verdict(e["score"] / v["score"] >= 10)) if e else "—",
            "%.2f× (> 1×: %s)" % (d["score"] / v["score"], verdict(d["score"] > v["score"])) if d else "—",
            "%.0f" % (alloc / size) if alloc else "—"))
    print()


def query_table(runs):
    print("### Queries (QueryBenchmark), sampled per call\n")
    print("| question | records | median | p90 | mean | budget (median ≤ 200 ns) |")
    print("|---|---:|---:|---:|---:|---|")
    for method, label in (("whoDecides", "who decides a matter"), ("coordinatorOnDate", "coordinator on a date"),
                          ("dueInYear", "due in a year")):
        for size in (1000, 100000):
            m = score(runs, method, records=size)
            if not m:
                continue
            p = m["scorePercentiles"]
            print("| %s | %s | %.0f ns | %.0f ns | %.0f ns | %s |" % (
                label, f"{size:,}", p["50.0"], p["90.0"], m["score"], verdict(p["50.0"] <= 200)))
    print()


def store_table(runs):
    rows = {}
    log = os.path.join(results, "store.log")
    if os.path.exists(log):
        for match in re.finditer(r"# rows per revision of (\d+) records on (\w+): (\d+)", open(log).read()):
            rows[(int(match.group(1)), match.group(2))] = int(match.group(3))
    print("### Save and load (StoreBenchmark), single shot per operation\n")
    print("| database | records | rows | vanort save | rows/s | raw batch insert | save / raw | vanort load | rows/s | raw select |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for db in ("h2", "postgresql"):
        for size in (1000, 10000, 100000):
            save, insert, load_, select = (score(runs, m, database=db, records=size)
                                          for m in ("vanortSave", "rawBatchInsert", "vanortLoad", "rawSelect"))
            if not save:
                continue
            n = rows.get((size, db), 0)
            print("| %s | %s | %s | %.0f ms | %s | %.0f ms | %.2f× | %.0f ms | %s | %.0f ms |" % (
                db, f"{size:,}", f"{n:,}", save["score"], f"{n / save['score'] * 1000:,.0f}", insert["score"],
                save["score"] / insert["score"], load_["score"], f"{n / load_['score'] * 1000:,.0f}", select["score"]))
    print("\nBudgets at 10^5 records: save ≥ 50,000 rows/s and ≤ 1.5× raw insert; load ≥ 100,000 rows/s.\n")


def cli_table(cli):
    print("### Command line (benchmarks/cli.sh), median wall time\n")
    r = {x["command"]: x["median"] * 1000 for x in cli["results"]}
    hello, vanort = r.get("hello-world"), r.get("vanort check")
    print("| command | median |\n|---|---:|")
    print("| java hello-world, same JVM options | %.0f ms |" % hello)
    print("| bin/vanort check examples/vimmerby.yaml | %.0f ms |" % vanort)
    print("\nRatio %.2f× (budget ≤ 3×: %s)." % (vanort / hello, verdict(vanort / hello <= 3)))
    classes = load("cli-classes")
    if classes:
        print("Classes loaded by the check: %s, %s of them mapped from the class-data archives." % (
            f"{classes['classes']:,}", f"{classes['shared']:,}"))
    print()


def load_table():
    path = os.path.join(results, "load.txt")
    if not os.path.exists(path):
        return
    print("### Machine and load average during the run\n")
    rows = []
    for line in open(path):
        if line.startswith("# group"):
            continue
        if line.startswith("#"):
            print(line[1:].strip() + "  ")
        else:
            rows.append(line.split())
    print("\n| group | before (1 / 5 / 15 min) | after (1 / 5 / 15 min) | UTC |")
    print("|---|---|---|---|")
    moments = {}
    for group, moment, time, one, five, fifteen in rows:
        moments.setdefault(group, {})[moment] = (time, "%s / %s / %s" % (one, five, fifteen))
    for group, m in moments.items():
        before, after = m.get("before", ("", "—")), m.get("after", ("", "—"))
        print("| %s | %s | %s | %s–%s |" % (group, before[1], after[1], before[0], after[0]))
    print()


def rules_table(runs):
    print("### Where the full check goes: each rule alone on a fresh evaluation (RuleBenchmark)\n")
    times = sorted(((run["params"]["rule"], run["primaryMetric"]["score"]) for run in runs
                    if run["benchmark"].endswith(".ruleAlone")), key=lambda x: -x[1])
    total = sum(t for _, t in times)
    print("| rule | µs per check at %s records | share of the sum |" % f"{int(runs[0]['params']['records']):,}")
    print("|---|---:|---:|")
    for rule, t in times:
        print("| `%s` | %.0f | %.1f %% |" % (rule, t, 100 * t / total))
    print("| sum | %.0f | |\n" % total)


def check_sort(runs):
    for size in (1000, 10000, 100000, 1000000):
        s = score(runs, "sortFindings", records=size)
        v = score(runs, "vanortFullCheck", records=size)
        if s and v:
            print("Sorting the findings into Finding.ORDER at %s records: %.0f µs (%.0f %% of the check)." % (
                f"{size:,}", s["score"], 100 * s["score"] / v["score"]))
    print()


load_table()
for name, table in (("check", check_table), ("check", check_sort), ("heap", heap_table), ("rules", rules_table), ("five", five_table), ("query", query_table), ("store", store_table),
                    ("cli", cli_table)):
    data = load(name)
    if data is None and name == "heap" and os.path.exists(os.path.join(results, "heap.log")):
        data = []  # the run failed (out of memory): heap_table says so
    if data is not None:
        table(data)
