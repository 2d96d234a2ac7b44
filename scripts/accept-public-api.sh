#!/usr/bin/env bash
# Declares the public API changes the PublicAPI analyzer reports for one project, so that PublicAPI files are never
# edited by hand: builds it and
#  - adds every RS0016 symbol (public but undeclared) to PublicAPI.Unshipped.txt;
#  - drops every RS0017 symbol (declared but gone) from PublicAPI.Unshipped.txt, or, when it was shipped, adds it to
#    PublicAPI.Unshipped.txt as "*REMOVED*symbol" (scripts/ship-api.sh removes it from Shipped at the next ship).
# Unshipped stays sorted ordinally. Review the diff: it is the API change. Usage: scripts/accept-public-api.sh src/WellnessAssessment.Client
set -euo pipefail
dir="${1:?usage: scripts/accept-public-api.sh src/PROJECT}"
dir="${dir%/}"
unshipped="$dir/PublicAPI.Unshipped.txt"
[[ -f "$unshipped" ]] || { echo "$unshipped: no such file" >&2; exit 2; }
log="$(mktemp)"; body="$(mktemp)"
trap 'rm -f "$log" "$body"' EXIT
dotnet build "$dir" -c Release --no-incremental -nologo > "$log" 2>&1 || true
added="$(sed -n "s/^.*error RS0016: Symbol '\(.*\)' is not part of the declared public API.*$/\1/p" "$log" | LC_ALL=C sort -u)"
gone_unshipped="$(sed -n "s/^.*PublicAPI\.Unshipped\.txt([0-9]*,[0-9]*): error RS0017: Symbol '\(.*\)' is part of the declared API.*$/\1/p" "$log" | LC_ALL=C sort -u)"
gone_shipped="$(sed -n "s/^.*PublicAPI\.Shipped\.txt([0-9]*,[0-9]*): error RS0017: Symbol '\(.*\)' is part of the declared API.*$/\1/p" "$log" | LC_ALL=C sort -u)"
grep -v -e '^#nullable enable$' -e '^[[:space:]]*$' "$unshipped" > "$body" || true
if [[ -n "$gone_unshipped" ]]; then
  grep -v -x -F -f <(printf '%s\n' "$gone_unshipped") "$body" > "$body.new" || true
  mv "$body.new" "$body"
fi
{
  cat "$body"
  [[ -n "$added" ]] && printf '%s\n' "$added"
  [[ -n "$gone_shipped" ]] && printf '%s\n' "$gone_shipped" | sed 's/^/*REMOVED*/'
  true
} | LC_ALL=C sort -u > "$body.new"
{ printf '#nullable enable\n'; cat "$body.new"; } > "$unshipped"
rm -f "$body.new"
echo "$dir: $(printf '%s' "$added" | grep -c . || true) added, $(printf '%s' "$gone_unshipped" | grep -c . || true) dropped from Unshipped, $(printf '%s' "$gone_shipped" | grep -c . || true) marked *REMOVED*"
if grep -q -E "error (CS|RS)[0-9]+" "$log" && ! grep -q -E "error RS001[67]" "$log"; then
  grep -E "error (CS|RS)[0-9]+" "$log" | sort -u | head -20 >&2
  exit 1
fi
