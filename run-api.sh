#!/usr/bin/env bash
# Starts the WellnessAssessment API and its Azurite table store on this machine (needs only the .NET SDK and Node.js).
# Data lives in .azurite/ (git-ignored), so a restart keeps it. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")"

API_PORT="${API_PORT:-5080}"
TABLE_PORT="${TABLE_PORT:-10002}"
mkdir -p .azurite

# One instance at a time: a second run says so instead of failing on busy ports.
exec 9>.azurite/run.lock
if ! flock -n 9; then
  echo "WellnessAssessment is already running at $(cat .azurite/url 2>/dev/null || echo "http://127.0.0.1:$API_PORT") — stop that one (Ctrl+C in its terminal) before starting another." >&2
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

node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" --location .azurite --skipApiVersionCheck --loose --silent &
AZURITE_PID=$!
trap 'kill "$AZURITE_PID" 2>/dev/null || true; rm -f .azurite/url' EXIT INT TERM
for _ in $(seq 1 100); do in_use "$TABLE_PORT" && break; sleep 0.1; done

if [ ! -s .azurite/admin-key ]; then
  head -c 32 /dev/urandom | base64 | tr -d '=+/\n' > .azurite/admin-key
fi

URL="http://127.0.0.1:$API_PORT"
echo "$URL" > .azurite/url
echo "WellnessAssessment API: $URL   (command console: $URL/console/, OpenAPI: $URL/openapi/v1.json)"
echo "Admin key (to create agencies): $(cat .azurite/admin-key)   — stored in .azurite/admin-key"

export Wellness__AdminKey="$(cat .azurite/admin-key)"
export Wellness__Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$TABLE_PORT/devstoreaccount1;"
dotnet run --project src/WellnessAssessment.Api -c Release --urls "$URL"
