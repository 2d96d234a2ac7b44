"""Turns one benchmark run's raw outputs into docs/benchmarks.md (every figure beside its reference, same run)."""
import json
import pathlib
import re
import sys

run = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2])
facts = json.loads((run / "facts.json").read_text())


def bdn_rows():
    """Every BenchmarkDotNet result of the run: (class, method, params, mean ns, allocated bytes)."""
    rows = []
    for report in sorted(run.glob("bdn/**/results/*-report-full-compressed.json")):
        data = json.loads(report.read_text())
        for b in data.get("Benchmarks", []):
            stats = b.get("Statistics") or {}
            memory = b.get("Memory") or {}
            rows.append({
                "type": b.get("Type"), "method": b.get("Method"), "params": b.get("Parameters") or "",
                "mean": stats.get("Mean"), "error": stats.get("StandardError"),
                "allocated": memory.get("BytesAllocatedPerOperation"),
            })
    return rows


def time(ns):
    if ns is None:
        return "—"
    for unit, size in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= size:
            return f"{ns / size:,.3g} {unit}" if ns / size < 100 else f"{ns / size:,.0f} {unit}"
    return f"{ns:.0f} ns"


def size(b):
    if b is None:
        return "—"
    for unit, s in (("MB", 1e6), ("KB", 1e3)):
        if b >= s:
            return f"{b / s:,.1f} {unit}"
    return f"{b:.0f} B"


lines = [
    "# Measured figures",
    "",
    f"Every figure on this page comes from one run of `scripts/benchmarks.sh` ({facts['started']}, commit `{facts['commit']}`),",
    f"on {facts['machine']}. In-process figures are BenchmarkDotNet ({facts['bdn_job']} job); HTTP figures are wrk on loopback",
    "against the Release API (default logging) over Azurite started by the script. Each figure stands beside its reference",
    "measured in the same run. README shows the headline rows. Goals are those of the issues that set them.",
    "",
    "## In process (BenchmarkDotNet)",
    "",
    "| class | benchmark | parameters | mean | allocated |",
    "| --- | --- | --- | --- | --- |",
]
for r in bdn_rows():
    lines.append(f"| {r['type']} | {r['method']} | {r['params']} | {time(r['mean'])} | {size(r['allocated'])} |")

lines += ["", "## HTTP on loopback (wrk)", "", "| route | concurrency | requests/s | non-2xx | reference | reference requests/s |", "| --- | --- | --- | --- | --- | --- |"]
for h in facts.get("http", []):
    lines.append(f"| {h['route']} | {h['connections']} | {h['rps']:,.0f} | {h['failures']} | {h['reference']} | {h['reference_rps']:,.0f} |")

if facts.get("submissions"):
    lines += ["", "## Submissions into one cycle, close issued mid-load", "", "| concurrent respondents | seconds | accepted/s | 2xx | 409 after close | ≥ 500 | every 200 in the results | accepted after close answered |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for s in facts["submissions"]:
        lines.append(f"| {s['concurrency']} | {s['seconds']} | {s['acceptedPerSecond']:,.1f} | {s['accepted']} | {s['closed']} | {s['serverErrors']} | {s['allAcceptedInResults']} | {s['acceptedAfterClose']} |")

if facts.get("cli"):
    lines += ["", "## CLI (`/usr/bin/time -v`)", "", "| command | wall | peak RSS | reference | reference peak RSS |", "| --- | --- | --- | --- | --- |"]
    for c in facts["cli"]:
        lines.append(f"| {c['command']} | {c['wall']} s | {c['rss_mb']} MB | {c['reference']} | {c['reference_rss_mb']} MB |")

lines += ["", "## How to reproduce", "", "```bash", "scripts/benchmarks.sh            # about 15 minutes; writes docs/benchmarks.md", "```", ""]
out.write_text("\n".join(lines))
print(f"wrote {out}")
