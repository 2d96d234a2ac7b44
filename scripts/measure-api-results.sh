#!/usr/bin/env bash
# Measures GET …/results for a cycle with N responses (default 10,000) against a running API (./run-api.sh).
# Usage: scripts/measure-api-results.sh [N]   — needs python3 and curl; prints the response time of 5 requests.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
URL="$(cat .azurite/url 2>/dev/null || echo http://127.0.0.1:5080)"
ADMIN="$(cat .azurite/admin-key)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 - "$N" > "$WORK/set.json" <<'PY'
import json, random, sys
n = int(sys.argv[1]); random.seed(10000)
instrument = json.load(open("assessments/safer-together.v1.json"))
items = [i["id"] for s in instrument["sections"] for d in s["domains"] for i in d["items"]]
groups = [g["id"] for g in instrument["groups"]]
responses = [{"respondentId": f"r{r:05d}", "group": random.choice(groups),
              "answers": {i: (random.randint(0, 4) if random.random() > 0.05 else "dont-know") for i in items}} for r in range(n)]
json.dump({"instrument": {"id": "safer-together", "version": "1.0.0"}, "responses": responses}, sys.stdout, separators=(",", ":"))
PY

AGENCY="perf-$(date +%s)"
KEY=$(curl -sf -X POST "$URL/api/agencies" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Performance test\",\"id\":\"$AGENCY\"}" | python3 -c 'import json,sys;print(json.load(sys.stdin)["key"])')
CYCLE=$(curl -sf -X POST "$URL/api/agencies/$AGENCY/assessments" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
  -d '{"title":"Performance","instrumentId":"safer-together"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])')
echo "import of $N responses ($(du -h "$WORK/set.json" | cut -f1)):"
curl -sf -o /dev/null -w '  %{time_total} s\n' -X POST "$URL/api/agencies/$AGENCY/assessments/$CYCLE/responses/import" \
  -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' --data-binary "@$WORK/set.json"
echo "GET results ($N responses), 5 requests:"
for _ in 1 2 3 4 5; do
  curl -sf -o /dev/null -w '  %{time_total} s\n' "$URL/api/agencies/$AGENCY/assessments/$CYCLE/results" -H "Authorization: Bearer $KEY"
done
