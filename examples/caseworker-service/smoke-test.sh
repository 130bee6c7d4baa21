#!/usr/bin/env bash
# Smoke test of the example caseworker service against a real model bundle:
#
#   examples/caseworker-service/smoke-test.sh BUNDLE [CASE.json]
#
# Builds the example, starts it on a free port with a temporary decision log, exercises every
# endpoint with curl over 127.0.0.1, stops it with SIGTERM and checks the decision log.
#   BUNDLE     an arbeidssoker bundle directory (or zip), e.g. from `bin/veiviser train`
#   CASE.json  a valid arbeidssoker case (a JSON object of field -> value); default: a built-in one
# Environment: JAVA (the java that runs the service; default: java on PATH),
#              VEIVISER_CLI (optional: bin/veiviser, to also check the log's hash chain with verify-log).
# Prints "caseworker-service smoke test: N passed, M failed" and exits non-zero on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
usage="usage: $0 BUNDLE [CASE.json]"
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "$usage" >&2
  exit 2
fi
bundle="$1"
case_file="${2:-}"
[ -e "$bundle" ] || { echo "no bundle at $bundle; $usage" >&2; exit 2; }
if [ -n "$case_file" ] && [ ! -f "$case_file" ]; then
  echo "no case file at $case_file; $usage" >&2
  exit 2
fi
java_bin="${JAVA:-java}"
command -v curl >/dev/null 2>&1 || { echo "curl is needed" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/caseworker-smoke.XXXXXX")"
decision_log="$work/decisions.jsonl"
server_pid=""
port=""
passed=0
failed=0

# SIGTERM, a bounded wait, then SIGKILL. Sets server_status to the exit status ("" if it had to be killed).
server_status=""
stop_server() {
  local wait_seconds="$1"
  [ -n "$server_pid" ] || return 0
  kill -TERM "$server_pid" 2>/dev/null || true
  local deadline=$((SECONDS + wait_seconds))
  while kill -0 "$server_pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
    sleep 0.2
  done
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_status=""
  else
    server_status=0
    wait "$server_pid" 2>/dev/null || server_status=$?
  fi
  server_pid=""
}
cleanup() {
  stop_server 10
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pass() {
  passed=$((passed + 1))
  echo "  ok    $1"
}
fail() {
  failed=$((failed + 1))
  echo "  FAIL  $1"
  if [ -n "${2:-}" ]; then
    printf '        %s\n' "$(printf '%s' "$2" | head -c 1500)"
  fi
}
server_log_tail() {
  echo "---- service log (last 30 lines) ----"
  tail -n 30 "$work/stderr" 2>/dev/null || true
  echo "-------------------------------------"
}

# request METHOD PATH [BODY_FILE]: sets $status and $body (every body is also kept for the stack-trace check).
status=""
body=""
request() {
  local method="$1" path="$2" data="${3:-}"
  local args=(-sS --noproxy '*' --connect-timeout 5 --max-time 20 -o "$work/body" -w '%{http_code}' -X "$method")
  if [ -n "$data" ]; then
    args+=(-H 'Content-Type: application/json' --data-binary "@$data")
  fi
  rm -f "$work/body"
  status="$(curl "${args[@]}" "http://127.0.0.1:$port$path" 2>"$work/curl.err")" || status="000"
  body="$(cat "$work/body" 2>/dev/null || true)"
  printf '%s\n' "$body" >>"$work/all-bodies"
}

# check NAME EXPECTED_STATUS [PATTERN...]: the last response has the status and matches every grep -E pattern.
check() {
  local name="$1" expected="$2"
  shift 2
  if [ "$status" != "$expected" ]; then
    fail "$name: expected HTTP $expected, got $status" "$body$(cat "$work/curl.err" 2>/dev/null)"
    return 0
  fi
  local pattern
  for pattern in "$@"; do
    if ! printf '%s' "$body" | grep -Eq -- "$pattern"; then
      fail "$name: HTTP $status but the body does not match /$pattern/" "$body"
      return 0
    fi
  done
  pass "$name (HTTP $status)"
}

write() { # write FILE TEXT
  printf '%s\n' "$2" >"$work/$1"
}

# A valid arbeidssoker case (the README's embedding example), and the same with two mistakes.
valid_case='{"age": 34, "education_level": "4", "education_passed": true, "education_approved": true,
 "months_worked_12m": 3, "months_worked_36m": 20, "worked_6_continuous_of_12m": false,
 "days_since_last_employment": 200, "registrations_last_5y": 2, "prior_dagpenger": true,
 "prior_aap": false, "prior_sosialhjelp": false, "health_barrier": "JA", "other_barrier": "NEI",
 "own_estimate_time_to_work": "6_TIL_12_MAANEDER", "desired_occupation": "5", "local_unemployment_rate": 3.1}'
if [ -n "$case_file" ]; then
  cp "$case_file" "$work/case.json"
else
  write case.json "$valid_case"
fi
printf '%s\n' "$valid_case" | sed 's/"age": 34,/"age": "thirty-four", "shoe_size": 43,/' >"$work/invalid-case.json"
write malformed.json '{"age": 34,'
write array.json '[{"age": 34}]'
head -c 70000 /dev/zero | tr '\0' ' ' >"$work/too-large.json"

echo "== building the example (mvn package)"
if ! timeout 600 mvn -B -q -f "$here/pom.xml" package >"$work/build.log" 2>&1; then
  cat "$work/build.log"
  echo "the build failed" >&2
  exit 1
fi
jar="$here/target/caseworker-service.jar"

echo "== starting the service on $("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print "Java " $2; exit}')"
: >"$work/stdout"   # exists before the background job's redirection runs, so the loop below can read it at once
: >"$work/stderr"
"$java_bin" -jar "$jar" "$bundle" 0 "$decision_log" >>"$work/stdout" 2>>"$work/stderr" &
server_pid=$!
deadline=$((SECONDS + 60))
while [ "$SECONDS" -lt "$deadline" ]; do
  port="$(sed -n 's#^listening on http://127\.0\.0\.1:\([0-9]\{1,5\}\)$#\1#p' "$work/stdout" | head -n 1 || true)"
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.2
done
if [ -z "$port" ]; then
  fail "the service printed no listening line (it exited, or 60 s passed)"
  server_log_tail
  echo "caseworker-service smoke test: $passed passed, $failed failed"
  exit 1
fi
pass "listening on http://127.0.0.1:$port"

# A second service on the same decision log must stop at once: two writers would fork the hash chain.
if second_out="$(timeout 60 "$java_bin" -jar "$jar" "$bundle" 0 "$decision_log" 2>&1)"; then
  fail "a second service on the same decision log started" "$second_out"
elif printf '%s' "$second_out" | grep -q 'open for writing by another process'; then
  pass "a second service on the same decision log is refused, naming the holder"
else
  fail "a second service on the same decision log failed, but not because of the lock" "$second_out"
fi

echo "== requests"
request GET /health
check "GET /health" 200 '"status":"ok"' '"modelId":"[^"]+"'

request POST /suggestions "$work/case.json"
check "POST /suggestions with a valid case" 200 '"suggestionId":"[^"]+"' '"probabilities":\[' '"explanation":'
suggestion_id="$(printf '%s' "$body" | sed -n 's/.*"suggestionId":"\([^"]*\)".*/\1/p')"
suggested_class="$(printf '%s' "$body" | sed -n 's/.*"suggestedClass":{"code":"\([^"]*\)".*/\1/p')"
if [ -z "$suggestion_id" ]; then
  fail "no suggestionId to decide on"
  server_log_tail
  echo "caseworker-service smoke test: $passed passed, $failed failed"
  exit 1
fi

request POST /suggestions "$work/invalid-case.json"
check "POST /suggestions with an unknown field and a wrong type" 400 '"field":"shoe_size"' '"field":"age"' 'whole number'
if [ "$(printf '%s' "$body" | grep -o '"field":' | wc -l)" -eq 2 ]; then
  pass "the 400 names exactly the two bad fields"
else
  fail "the 400 should name exactly the two bad fields" "$body"
fi

request POST /suggestions "$work/malformed.json"
check "POST /suggestions with malformed JSON" 400 'not valid JSON'

request POST /suggestions "$work/array.json"
check "POST /suggestions with a JSON array" 400 'must be a JSON object'

request POST /suggestions "$work/too-large.json"
check "POST /suggestions with a 70,000-byte body" 413 'larger than'

request GET /suggestions
check "GET /suggestions (wrong method)" 405 'takes POST'

request GET /no-such-path
check "GET /no-such-path" 404 'no such endpoint'

write accept.json "{\"suggestionId\": \"$suggestion_id\", \"caseworker\": \"Z990001\", \"decision\": \"accept\", \"justification\": \"Registeropplysningene og samtalen peker samme vei som forslaget.\", \"personView\": \"agrees\"}"
request POST /decisions "$work/accept.json"
check "POST /decisions accept (with the justification the model's rules may ask for)" 201 '"sequence":1' '"hash":"[0-9a-f]{64}"' '"decision":"ACCEPTED"'
accepted_hash="$(printf '%s' "$body" | sed -n 's/.*"hash":"\([0-9a-f]*\)".*/\1/p')"

request POST /decisions "$work/accept.json"
check "POST /decisions accept again (already decided)" 409 'already been decided'

request POST /suggestions "$work/case.json"
check "POST /suggestions again" 200 '"suggestionId":"[^"]+"'
second_id="$(printf '%s' "$body" | sed -n 's/.*"suggestionId":"\([^"]*\)".*/\1/p')"
other_class=STANDARD_INNSATS
[ "$suggested_class" = STANDARD_INNSATS ] && other_class=SITUASJONSBESTEMT_INNSATS

write override-unjustified.json "{\"suggestionId\": \"$second_id\", \"caseworker\": \"Z990001\", \"decision\": \"override\", \"chosenClass\": \"$other_class\"}"
request POST /decisions "$work/override-unjustified.json"
check "POST /decisions override without a justification" 400 '"field":"justification"'

write override-short.json "{\"suggestionId\": \"$second_id\", \"caseworker\": \"Z990001\", \"decision\": \"override\", \"chosenClass\": \"$other_class\", \"justification\": \"fordi\"}"
request POST /decisions "$work/override-short.json"
check "POST /decisions override with a one-word justification" 400 'justification'

write unknown-id.json '{"suggestionId": "no-such-suggestion", "caseworker": "Z990001", "decision": "accept"}'
request POST /decisions "$work/unknown-id.json"
check "POST /decisions for an unknown suggestion id" 404 'no recent suggestion'

write empty-decision.json '{}'
request POST /decisions "$work/empty-decision.json"
check "POST /decisions with every field missing" 400 '"field":"suggestionId"' '"field":"caseworker"' '"field":"decision"'

# NAV's rules in the arbeidssoker bundle: a decision for varig tilpasset innsats waits for a second person.
request POST /suggestions "$work/case.json"
check "POST /suggestions a third time" 200 '"suggestionId":"[^"]+"'
third_id="$(printf '%s' "$body" | sed -n 's/.*"suggestionId":"\([^"]*\)".*/\1/p')"
varig=VARIG_TILPASSET_INNSATS
[ "$suggested_class" = VARIG_TILPASSET_INNSATS ] && varig=GRADERT_VARIG_TILPASSET_INNSATS
write propose.json "{\"suggestionId\": \"$third_id\", \"caseworker\": \"Z990001\", \"decision\": \"override\", \"chosenClass\": \"$varig\", \"justification\": \"Helseplagene er varige og arbeidsevnen er avklart med fastlegen.\", \"personView\": \"disagrees\"}"
request POST /decisions "$work/propose.json"
check "POST /decisions for a class that needs a second approver" 201 '"step":"PROPOSED"' '"decisionId":"[0-9a-f-]{36}"'
proposal_id="$(printf '%s' "$body" | sed -n 's/.*"decisionId":"\([^"]*\)".*/\1/p')"

request GET /approvals
check "GET /approvals lists the waiting proposal" 200 "\"decisionId\":\"$proposal_id\"" '"caseworker":"Z990001"'

write self-approve.json "{\"decisionId\": \"$proposal_id\", \"approver\": \"Z990001\", \"action\": \"approve\"}"
request POST /approvals "$work/self-approve.json"
check "POST /approvals by the person who proposed" 400 'cannot approve'

write approve.json "{\"decisionId\": \"$proposal_id\", \"approver\": \"Z990002\", \"action\": \"approve\", \"comment\": \"Enig i vurderingen og begrunnelsen fra veileder.\"}"
request POST /approvals "$work/approve.json"
check "POST /approvals by a second person" 201 '"step":"APPROVED"' "\"decisionId\":\"$proposal_id\""

request POST /approvals "$work/approve.json"
check "POST /approvals again (already final)" 400 'already approved'

request GET /approvals
check "GET /approvals after the approval" 200 '"pending":\[\]'

write empty-approval.json '{"decisionId": 7, "note": "x"}'
request POST /approvals "$work/empty-approval.json"
check "POST /approvals with a wrong type, an unknown and missing fields" 400 '"field":"decisionId"' '"field":"note"' '"field":"approver"' '"field":"action"'

if grep -Eq 'Exception|\.java:[0-9]+|[[:space:]]at [a-z]+\.[a-zA-Z]' "$work/all-bodies"; then
  fail "a response leaks a stack trace or an exception name" "$(grep -E 'Exception|\.java:[0-9]+' "$work/all-bodies" | head -n 3)"
else
  pass "no response carries a stack trace or an exception name"
fi

echo "== stopping the service (SIGTERM)"
stop_server 20
if [ -z "$server_status" ]; then
  fail "the service did not exit within 20 s of SIGTERM (killed)"
elif [ "$server_status" = 143 ] || [ "$server_status" = 0 ]; then
  pass "the service exited on SIGTERM (status $server_status)"
else
  fail "the service exited with status $server_status on SIGTERM"
fi
if grep -q 'decision log .* closed' "$work/stderr"; then
  pass "the shutdown hook closed the decision log"
else
  fail "the service log does not show the decision log being closed"
fi
if [ "$(wc -l <"$work/stdout")" -eq 1 ]; then
  pass "stdout holds only the listening line"
else
  fail "stdout should hold only the listening line" "$(head -n 5 "$work/stdout")"
fi

records="$(grep -c . "$decision_log" 2>/dev/null || true)"
if [ "$records" = 3 ] && grep -q "\"$suggestion_id\"" "$decision_log" && grep -q '"ACCEPTED"' "$decision_log" \
    && [ -n "$accepted_hash" ] && grep -q "$accepted_hash" "$decision_log" \
    && [ "$(grep -c "\"decisionId\":\"$proposal_id\"" "$decision_log")" = 2 ] && grep -q '"step":"APPROVED"' "$decision_log"; then
  pass "the decision log holds exactly the accepted record, the proposal and its approval"
else
  fail "the decision log should hold the accepted record, the proposal and its approval (it has ${records:-0} lines)" "$(head -c 600 "$decision_log" 2>/dev/null)"
fi
if [ -n "${VEIVISER_CLI:-}" ]; then
  if verify="$(timeout 300 "$VEIVISER_CLI" verify-log "$decision_log" --anchor 2>&1)" && printf '%s' "$verify" | grep -q 'reaches its head anchor'; then
    pass "veiviser verify-log --anchor: hash chain intact, reaches its head anchor"
  else
    fail "veiviser verify-log does not find the chain intact" "$verify"
  fi
fi

[ "$failed" -eq 0 ] || server_log_tail
echo "caseworker-service smoke test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
