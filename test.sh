#!/usr/bin/env bash
# The one test command: installs what the tests need (idempotent), then runs every test of the solution.
#   ./test.sh                      all tests, Release
#   ./test.sh --filter Category=X  extra arguments go to `dotnet test`
# What it installs, only when missing or stale: Debian's chromium, qpdf and poppler-utils (browser and PDF tests; needs
# root or sudo), the npm packages pinned by package-lock.json (Azurite, axe-core), and the NuGet packages.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash .ci/install
dotnet test WellnessAssessment.sln -c Release "$@"
