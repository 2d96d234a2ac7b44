#!/usr/bin/env bash
# One bounded submission load run (its own API process over its own Azurite, loopback only), as JSON for the summary:
#   scripts/benchmarks/submissions.sh CONCURRENCY SECONDS
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(dotnet run -c Release --no-build --project tests/WellnessAssessment.Api.Benchmarks -- submit-load --concurrency "$1" --seconds "$2" 2>&1) || true
echo "$out" >&2
python3 - "$1" "$2" <<PY
import json, re, sys
text = """$out"""
def num(pattern, default=0.0):
    m = re.search(pattern, text)
    return float(m.group(1)) if m else default
statuses = dict(re.findall(r"(\d{3}|no answer): (\d+)", text.split("statuses:")[1].splitlines()[0])) if "statuses:" in text else {}
print(json.dumps({
    "concurrency": int(sys.argv[1]), "seconds": int(sys.argv[2]),
    "acceptedPerSecond": num(r"\(([\d.]+)/s while open\)"),
    "accepted": int(statuses.get("200", 0)), "closed": int(num(r"refused after close answered: (\d+)")),
    "serverErrors": int(num(r"status >= 500: (\d+)")),
    "allAcceptedInResults": "CHECKS PASSED" in text and num(r"200s missing from the store: (\d+)", 1) == 0,
    "acceptedAfterClose": int(num(r"accepted after close answered: (\d+)")),
}))
PY
