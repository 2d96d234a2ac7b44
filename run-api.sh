#!/usr/bin/env bash
# Starts the WellnessAssessment API and its Azurite table store on this machine (needs only the .NET SDK and Node.js).
# Azurite is for local use and evaluation; production uses an Azure Storage account (docs/api.md).
# Data lives in .azurite/ (git-ignored), so a restart keeps it. Ctrl+C, `kill` (TERM) or the API exiting stops both,
# and Azurite is always stopped with SIGINT and waited for: only then does it write what it acknowledged to disk.
#
# Settings (environment): API_PORT (5080), TABLE_PORT (10002), WELLNESS_DATA_DIR (.azurite), CONFIGURATION (Release),
# RUN_API_NO_BUILD=1 to start the API already built in that configuration directly (the stop-and-restart test uses it).
set -euo pipefail
cd "$(dirname "$0")"

API_PORT="${API_PORT:-5080}"
TABLE_PORT="${TABLE_PORT:-10002}"
DATA_DIR="${WELLNESS_DATA_DIR:-.azurite}"
CONFIGURATION="${CONFIGURATION:-Release}"
mkdir -p "$DATA_DIR"

# One instance at a time: a second run says so instead of failing on busy ports.
exec 9>"$DATA_DIR/run.lock"
if ! flock -n 9; then
  echo "WellnessAssessment is already running at $(cat "$DATA_DIR/url" 2>/dev/null || echo "http://127.0.0.1:$API_PORT") — stop that one (Ctrl+C in its terminal) before starting another." >&2
  exit 1
fi

in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$API_PORT" "$TABLE_PORT"; do
  if in_use "$port"; then
    echo "Port $port is already used by another program; free it or set API_PORT / TABLE_PORT." >&2
    exit 1
  fi
done

if [ ! -x node_modules/.bin/azurite-table ]; then
  echo "Installing Azurite (npm ci)…"
  npm ci --no-audit --no-fund
fi

# Job control gives each background child its own process group: Ctrl+C in the terminal reaches only this script,
# which then stops the API first and Azurite last, each with the signal it handles and a wait for it to finish.
set -m
AZURITE_PID=""
API_PID=""

# Waits up to $2 seconds for child $1 to exit, then kills its process group. The watchdog is a job (its own process
# group, with its sleep), stopped as a whole once the child has exited; it holds none of the script's output, so
# whoever reads that output sees it end when the script ends (a left-over sleep kept it open for 30 s).
wait_or_kill() {
  local pid="$1" seconds="$2"
  (sleep "$seconds"; kill -KILL -- "-$pid" 2>/dev/null) </dev/null >/dev/null 2>&1 9>&- &
  local watchdog=$!
  wait "$pid" 2>/dev/null || true
  kill -- "-$watchdog" 2>/dev/null || true
  wait "$watchdog" 2>/dev/null || true
}

stop() {
  trap - EXIT INT TERM
  if [ -n "$API_PID" ]; then
    kill -TERM -- "-$API_PID" 2>/dev/null || true
    wait_or_kill "$API_PID" 30
  fi
  if [ -n "$AZURITE_PID" ]; then
    # SIGINT, not TERM: Azurite saves its database on SIGINT only (on TERM or KILL the last seconds of writes are lost).
    kill -INT "$AZURITE_PID" 2>/dev/null || true
    wait_or_kill "$AZURITE_PID" 30
  fi
  rm -f "$DATA_DIR/url"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" --location "$DATA_DIR" \
  --skipApiVersionCheck --loose --silent --disableTelemetry 9>&- &
AZURITE_PID=$!
for _ in $(seq 1 100); do in_use "$TABLE_PORT" && break; sleep 0.1; done

# The admin key is readable by this user only (mode 0600), from its first byte.
if [ ! -s "$DATA_DIR/admin-key" ]; then
  (umask 077; head -c 32 /dev/urandom | base64 | tr -d '=+/\n' > "$DATA_DIR/admin-key")
fi
chmod 600 "$DATA_DIR/admin-key"

URL="http://127.0.0.1:$API_PORT"
echo "$URL" > "$DATA_DIR/url"
echo "WellnessAssessment API: $URL   (command console: $URL/console/, OpenAPI: $URL/openapi/v1.json)"
echo "Admin key (to create agencies): $(cat "$DATA_DIR/admin-key")   — stored in $DATA_DIR/admin-key"

export Wellness__AdminKey="$(cat "$DATA_DIR/admin-key")"
export Wellness__Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$TABLE_PORT/devstoreaccount1;"
if [ "${RUN_API_NO_BUILD:-}" = 1 ]; then
  # The API this configuration already built, started directly: `dotnet run --no-build` still evaluates the project
  # with MSBuild before starting it (15-30 s on a busy 2-core machine); the content root is the project folder either way.
  API_COMMAND=(dotnet "src/WellnessAssessment.Api/bin/$CONFIGURATION/net10.0/WellnessAssessment.Api.dll" --contentRoot "$PWD/src/WellnessAssessment.Api")
else
  API_COMMAND=(dotnet run --project src/WellnessAssessment.Api -c "$CONFIGURATION")
fi
"${API_COMMAND[@]}" --urls "$URL" 9>&- &
API_PID=$!
# `wait` returns as soon as a trapped signal arrives; when the API exits by itself the EXIT trap stops Azurite.
status=0
wait "$API_PID" || status=$?
API_PID=""
exit "$status"
