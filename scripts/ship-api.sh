#!/usr/bin/env bash
# Ships the public API of the three library packages (the core, Reports, Client) as VERSION:
#  (a) moves every PublicAPI.Unshipped.txt entry into PublicAPI.Shipped.txt (an "*REMOVED*" entry deletes its line from
#      Shipped), sorted ordinally as the PublicAPI analyzer keeps them, and leaves Unshipped with its "#nullable enable"
#      header only: Shipped is never edited by hand;
#  (b) packs the three packages as VERSION and stores them under eng/package-baselines/ ({PackageId}.VERSION.nupkg) with
#      eng/package-baselines/VERSION, the baseline eng/PackageValidation.targets validates every later pack against.
# Then build and commit. Usage: scripts/ship-api.sh 1.0.0 [--root DIR] (DIR: a copy of the repository; default this one).
set -euo pipefail

version="${1:-}"
if [[ ! "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
  echo "usage: scripts/ship-api.sh VERSION [--root DIR]   (VERSION as 1.0.0 or 1.1.0-rc.1)" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
if [[ "${2:-}" == "--root" ]]; then
  root="$(cd "${3:?--root needs a directory}" && pwd)"
fi

projects=(WellnessAssessment WellnessAssessment.Reports WellnessAssessment.Client)
baselines="$root/eng/package-baselines"

for name in "${projects[@]}"; do
  dir="$root/src/$name"
  shipped="$dir/PublicAPI.Shipped.txt"
  unshipped="$dir/PublicAPI.Unshipped.txt"
  [[ -f "$shipped" ]] || printf '#nullable enable\n' > "$shipped"
  [[ -f "$unshipped" ]] || printf '#nullable enable\n' > "$unshipped"
  entries() { grep -v -e '^#nullable enable$' -e '^[[:space:]]*$' "$1" | sed 's/[[:space:]]*$//' || true; }
  removed="$(mktemp)"; merged="$(mktemp)"
  entries "$unshipped" | sed -n 's/^\*REMOVED\*//p' > "$removed"
  { entries "$shipped"; entries "$unshipped" | grep -v '^\*REMOVED\*' || true; } \
    | grep -v -x -F -f "$removed" | LC_ALL=C sort -u > "$merged" || true
  { printf '#nullable enable\n'; cat "$merged"; } > "$shipped"
  printf '#nullable enable\n' > "$unshipped"
  echo "$name: $(wc -l < "$merged") entries shipped ($(wc -l < "$removed") removed)"
  rm -f "$removed" "$merged"
done

mkdir -p "$baselines"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for name in "${projects[@]}"; do
  # No baseline yet for the pack that makes the baseline: it is validated on its own (frameworks), not against itself.
  dotnet pack "$root/src/$name/$name.csproj" -c Release --nologo -o "$out" -p:Version="$version" -p:PackageValidationBaselinePath= >&2
done
rm -f "$baselines"/*.nupkg
for name in "${projects[@]}"; do
  cp "$out/$name.$version.nupkg" "$baselines/"
done
printf '%s\n' "$version" > "$baselines/VERSION"
echo "Baselines for $version: $(cd "$baselines" && ls ./*.nupkg | tr '\n' ' ')"
