#!/usr/bin/env bash
# The one test command: installs what the tests need (idempotent), builds the solution, then runs every test of it.
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
# Build everything first, then test without building: test projects then run in parallel (one per MSBuild node, as
# many as cores). When `dotnet test` builds, each test project's build asks for targets of the shared src projects,
# and MSBuild runs those on the node that built them first, which is blocked while it runs another project's tests:
# the projects ran one after another. Each test project starts its own Azurite on a free port, so they can overlap.
dotnet build WellnessAssessment.sln -c Release
dotnet test WellnessAssessment.sln -c Release --no-build "$@"
