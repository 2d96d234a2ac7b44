#!/usr/bin/env bash
# One run of every measurement the README and docs quote, written to docs/benchmarks.md.
#   scripts/benchmarks.sh            everything (about 15 minutes on the 2-core build machine)
#   QUICK=1 scripts/benchmarks.sh    shorter HTTP runs, for trying the script itself
#   PARTS="http cli" scripts/benchmarks.sh   only some parts (bdn, http, submissions, cli)
# In-process figures: BenchmarkDotNet (short job). HTTP figures: wrk on loopback against the Release API over an
# Azurite this script starts on free ports (in memory) and stops. Every load is bounded in time and stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
RUN="$ROOT/artifacts/benchmarks/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RUN/bdn"
SECONDS_HTTP="${SECONDS_HTTP:-$([ -n "${QUICK:-}" ] && echo 5 || echo 20)}"
SECONDS_SUBMIT="${SECONDS_SUBMIT:-$([ -n "${QUICK:-}" ] && echo 10 || echo 60)}"
PARTS="${PARTS:-bdn http submissions cli}"
part() { [[ " $PARTS " == *" $1 "* ]]; }

bash .ci/install >/dev/null
if ! command -v wrk >/dev/null; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

fact() { python3 "$ROOT/scripts/benchmarks/fact.py" "$RUN/facts.json" "$@"; }
fact set started "$(date -u '+%Y-%m-%d %H:%M UTC')"
fact set commit "$(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes')"
fact set machine "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, .NET $(dotnet --version)"
fact set bdn_job short

echo "== build (Release)"
dotnet build WellnessAssessment.sln -c Release -v q -nologo >/dev/null

# Every [Benchmark] of the two projects runs ('*'), among them RealInputBenchmarks (a 10,000-respondent 2.0.0 set with
# its agency profile, as 'wellness import --size' writes it, parsed vs JsonDocument.Parse; goal within 2x) and
# ResultWriterBenchmarks (writing a 2.0.0 result; the hand-written writer it was measured against was 0.95x, removed).
part bdn && echo "== in process: BenchmarkDotNet"
part bdn && for project in WellnessAssessment.Benchmarks WellnessAssessment.Api.Benchmarks; do
  dotnet run -c Release --no-build --project "tests/$project" -- --filter '*' --job short \
    --exporters json --artifacts "$RUN/bdn/$project" > "$RUN/bdn/$project.log" 2>&1 \
    || { echo "$project failed; see $RUN/bdn/$project.log" >&2; exit 1; }
done

echo "== HTTP: start Azurite and the Release API on free ports"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
TABLE_PORT=$(free_port); API_PORT=$(free_port)
node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" --inMemoryPersistence --skipApiVersionCheck --loose --silent &
AZURITE=$!
API_DIR="$ROOT/src/WellnessAssessment.Api/bin/Release/net10.0"
ADMIN_KEY="benchmark-admin-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
(cd "$API_DIR" && \
  Wellness__AdminKey="$ADMIN_KEY" Wellness__StatelessRequestsPerMinute=100000000 Wellness__CatalogRequestsPerMinute=100000000 \
  Wellness__Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$TABLE_PORT/devstoreaccount1;" \
  exec dotnet WellnessAssessment.Api.dll --urls "http://127.0.0.1:$API_PORT" > "$RUN/api.log" 2>&1) &
API=$!
trap 'kill $API 2>/dev/null || true; kill -INT $AZURITE 2>/dev/null || true; wait 2>/dev/null || true' EXIT
URL="http://127.0.0.1:$API_PORT"
for _ in $(seq 1 300); do curl -sf "$URL/api/health/ready" >/dev/null && break; sleep 0.2; done

# wrk: requests/s and non-2xx of one route; the reference route runs right after, same connections and duration.
wrk_rps() { # METHOD PATH CONNECTIONS [BODY]
  local out
  if [ "$1" = POST ]; then
    out=$(BODY="$4" wrk -t2 -c"$3" -d"${SECONDS_HTTP}s" -s scripts/benchmarks/post-json.lua --latency "$URL$2")
  else
    out=$(wrk -t2 -c"$3" -d"${SECONDS_HTTP}s" "$URL$2")
  fi
  echo "$out" >> "$RUN/wrk.log"
  local rps non2xx
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/{print $NF}')
  echo "$rps ${non2xx:-0}"
}
part http && for connections in 16; do
  # warm up both routes, then measure
  wrk -t1 -c4 -d3s "$URL/api/instruments" >/dev/null
  BODY=assessments/examples/small-agency-chief.json wrk -t1 -c4 -d3s -s scripts/benchmarks/post-json.lua "$URL/api/score" >/dev/null
  read -r score_rps score_fail < <(wrk_rps POST /api/score "$connections" "$ROOT/assessments/examples/small-agency-chief.json")
  read -r ref_rps _ < <(wrk_rps GET /api/instruments "$connections")
  fact http "POST /api/score (small-agency-chief.json)" "$connections" "$score_rps" "$score_fail" "GET /api/instruments" "$ref_rps"
  echo "   POST /api/score: $score_rps/s ($score_fail non-2xx); GET /api/instruments: $ref_rps/s"
done

if part submissions && [ -x scripts/benchmarks/submissions.sh ]; then
  echo "== submissions into one cycle, close mid-load"
  for concurrency in 16 64; do
    scripts/benchmarks/submissions.sh "$concurrency" "$SECONDS_SUBMIT" > "$RUN/submissions-$concurrency.json" 2> "$RUN/submissions-$concurrency.log"
    fact submissions "$RUN/submissions-$concurrency.json"
  done
fi

kill $API 2>/dev/null || true
if part cli; then
echo "== CLI: import and score a 50,000-row CSV export"
CLI="$ROOT/src/WellnessAssessment.Cli/bin/Release/net10.0/wellness.dll"
dotnet run -c Release --no-build --project tests/WellnessAssessment.Cli.Benchmarks -- generate-csv "$RUN/50k.csv" 50000 > /dev/null
measure() { /usr/bin/time -f '%e %M' -o "$RUN/time.txt" "$@" > /dev/null 2>"$RUN/cmd.err" || { cat "$RUN/cmd.err" >&2; exit 1; }; cat "$RUN/time.txt" | tail -1; }
read -r ref_wall ref_rss < <(measure dotnet "$CLI" instruments)
read -r import_wall import_rss < <(measure dotnet "$CLI" import --csv "$RUN/50k.csv" -o "$RUN/50k.json")
read -r score_wall score_rss < <(measure dotnet "$CLI" score --responses "$RUN/50k.json" -o "$RUN/50k-result.json")
fact cli "wellness import --csv 50k.csv ($(du -m "$RUN/50k.csv" | cut -f1) MB)" "$import_wall" "$import_rss" "wellness instruments" "$ref_rss"
read -r first_wall first_rss < <(measure dotnet tests/WellnessAssessment.Reports.Benchmarks/bin/Release/net10.0/WellnessAssessment.Reports.Benchmarks.dll first-report assessments/examples/mid-size-agency.json "$RUN/first.pdf")
fact cli "first report in a fresh process: read mid-size-agency.json, score, write the PDF" "$first_wall" "$first_rss" "wellness instruments" "$ref_rss"
fact cli "wellness score --responses 50k.json ($(du -m "$RUN/50k.json" | cut -f1) MB)" "$score_wall" "$score_rss" "wellness instruments" "$ref_rss"
fi

python3 scripts/benchmarks/summarize.py "$RUN" docs/benchmarks.md
