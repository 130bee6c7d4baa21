#!/usr/bin/env bash
# CI check that a caseworker tool can be built on the core jar alone: installs veiviser-core into
# the local Maven repository, trains a small arbeidssoker bundle with bin/veiviser and runs the
# example service's smoke test against it. Run from anywhere; it works from the repository root.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
started=$SECONDS
work="$(mktemp -d "${TMPDIR:-/tmp}/caseworker-ci.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# run LOG_NAME TIMEOUT_SECONDS COMMAND...: quiet on success, the command's output on failure.
run() {
  local log="$work/$1.log" limit="$2"
  shift 2
  if ! timeout "$limit" "$@" >"$log" 2>&1; then
    cat "$log" >&2
    echo "ci-smoke: failed: $*" >&2
    exit 1
  fi
}

echo "== installing veiviser-core into the local Maven repository"
run install 900 mvn -B -q install -DskipTests -pl core -am

echo "   ($((SECONDS - started)) s)"
echo "== training a small arbeidssoker bundle (3,000 rows, 60 trees)"
# (the first bin/veiviser call builds the command-line jar when it is missing or stale: about a minute)
timeout 900 bin/veiviser schema --dataset arbeidssoker >"$work/schema.json"
run generate 300 bin/veiviser generate --dataset arbeidssoker --rows 3000 --seed 1 --out "$work/data.csv"
printf '%s\n' '{"maxTrees": 60, "bootstrapRounds": 20}' >"$work/small.json"
run train 600 bin/veiviser train --data "$work/data.csv" --schema "$work/schema.json" --out "$work/bundle" \
    --config "$work/small.json" --seed 1

echo "   ($((SECONDS - started)) s)"
echo "== smoke test of examples/caseworker-service"
VEIVISER_CLI="$root/bin/veiviser" examples/caseworker-service/smoke-test.sh "$work/bundle"

echo "ci-smoke: done in $((SECONDS - started)) s"
