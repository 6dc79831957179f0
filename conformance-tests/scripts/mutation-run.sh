#!/usr/bin/env bash
# The mutation run (conformance-tests/MUTATION.adoc): does the kit catch a reference server broken
# in one small way? For each fault of conformance-tests/mutations/*.patch, alone: patch a copy of
# the files it touches, compile only those with javac into an overlay directory put before the
# built classes, start the patched reference server in its own JVM, run the kit jar against it,
# and record "killed" (the kit's verdict is NOT CONFORMANT, with the requirements that failed) or
# "survived". The source tree is never changed: the patches apply to copies under target/.
#
# Usage: conformance-tests/scripts/mutation-run.sh [--no-build] [--parallel N] [PATCH...]
#   --no-build   use what target/ holds (after ./mvnw package -DskipTests, or an earlier run)
#   --parallel N scenarios the kit runs at once (default 4)
#   PATCH...     only these faults (default: all of conformance-tests/mutations)
# Output: conformance-tests/mutations/results.tsv, one line per fault (a run replaces the lines of
# the faults it ran, with its commit and date), and results.adoc, the table MUTATION.adoc
# includes, written from it. Work files (patched sources, logs, reports) stay in target/mutation.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$root/target/mutation"
mkdir -p "$work"
build=true
parallel=4
patches=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=false ;;
    --parallel) parallel="$2"; shift ;;
    -h | --help) sed -n '2,16p' "$0"; exit 0 ;;
    *) patches+=("$(cd "$(dirname "$1")" && pwd)/$(basename "$1")") ;;
  esac
  shift
done
if [[ ${#patches[@]} -eq 0 ]]; then
  patches=("$root"/conformance-tests/mutations/[0-9]*.patch)
fi

if $build; then
  echo "mutation-run: building (./mvnw package, tests skipped)..." >&2
  (cd "$root" && ./mvnw -o -q -B -ntp package -DskipTests -Dspotless.check.skip=true -pl launcher -am)
fi
# A copy of what was built, so that a build during the run (of a kit being strengthened, say)
# changes nothing under it.
dist="$work/dist"
rm -rf "$dist"
mkdir -p "$dist"
cp "$(ls "$root"/launcher/target/mplp-launcher-[0-9]*.jar | head -n 1)" "$dist/launcher.jar"
cp -r "$root/launcher/target/lib" "$dist/lib"
# The kit jar users run (README, "Testing your own server"), with its scenarios inside.
cp "$(ls "$root"/conformance-tests/target/mplp-conformance-[0-9]*.jar | head -n 1)" "$dist/kit.jar"
kit_jar="$dist/kit.jar"
classpath="$dist/launcher.jar:$dist/lib/*"
# Short-lived JVMs on shared cores: the quick compiler is enough, and one GC thread.
java_opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

results="$root/conformance-tests/mutations/results.tsv"
commit="$(git -C "$root" rev-parse --short HEAD)"
if [[ -n "$(git -C "$root" status --porcelain -- . ':!conformance-tests/mutations/results.*')" ]]; then
  commit="$commit+changes"
fi
today="$(date -u +%Y-%m-%d)"
server_pid=""

stop_server() {
  if [[ -n "$server_pid" ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap stop_server EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Starts the reference server with the overlay (which may be empty) first on its class path.
start_server() {
  local overlay="$1" log="$2"
  port="$(free_port)"
  rm -rf "$work/data"
  java "${java_opts[@]}" -cp "$overlay:$classpath" org.mplp.server.ServerMain \
    --port "$port" --data-dir "$work/data" --provisioning >"$log" 2>&1 &
  server_pid=$!
  local waited=0
  until curl -fs -o /dev/null "http://127.0.0.1:$port/.well-known/mplp"; do
    if ! kill -0 "$server_pid" 2>/dev/null || [[ $waited -ge 600 ]]; then
      echo "mutation-run: the server did not start; see $log" >&2
      return 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

# Runs the kit in one binding against the server on $port; sets kit_code, and the report in $1.
run_kit() {
  local report="$1" binding="$2"
  rm -rf "$report"
  set +e
  timeout 1200 java "${java_opts[@]}" -jar "$kit_jar" --target "ws://127.0.0.1:$port/mplp" \
    --binding "$binding" --parallel "$parallel" --report "$report" >"$report.out" 2>&1
  kit_code=$?
  set -e
}

# "REQ-A REQ-B" failed (MUST broken) in a report, the scenarios that broke conformance (file:line),
# and the count of scenarios in error.
failed_requirements() {
  jq -r '[.requirements[] | select(.verdict == "failed") | .id] | join(" ")' "$1/report.json"
}
failed_scenarios() {
  jq -r '[.scenarios[] | select(.verdict == "failed" or .verdict == "error") | .location
    | sub("^features/"; "")] | unique | join(" ")' "$1/report.json"
}
errors() {
  jq -r '.summary.all.error // 0' "$1/report.json"
}

# The baseline: the unpatched server must be conformant in each binding the faults use, or
# nothing below means anything.
mapfile -t bindings < <(for patch in "${patches[@]}"; do
  b="$(sed -n 's/^Binding: *//p' "$patch" | head -n 1)"
  echo "${b:-json}"
done | sort -u)
for binding in "${bindings[@]}"; do
  mkdir -p "$work/empty"
  start_server "$work/empty" "$work/baseline-$binding.log"
  run_kit "$work/baseline-$binding" "$binding"
  stop_server
  if [[ $kit_code -ne 0 ]]; then
    echo "mutation-run: the unpatched server is not conformant in $binding (exit $kit_code):" >&2
    tail -n 20 "$work/baseline-$binding.out" >&2
    exit 1
  fi
  echo "baseline $binding: $(head -n 1 "$work/baseline-$binding.out")"
done

header='fault\tbinding\toutcome\tkit exit\tfailed requirements\terrors\tseconds\tcommit\tdate\tscenarios'
[[ -f "$results" ]] || printf "$header\n" >"$results"
# record NAME BINDING OUTCOME [EXIT FAILED ERRORS SCENARIOS]: replaces the fault's line, keeps the
# others.
record() {
  local line
  line="$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s' "$1" "$2" "$3" "${4:-}" "${5:-}" \
    "${6:-}" $((SECONDS - started)) "$commit" "$today" "${7:-}")"
  { head -n 1 "$results"; tail -n +2 "$results" | awk -F'\t' -v n="$1" '$1 != n'; echo "$line"; } |
    { read -r first; echo "$first"; sort; } >"$results.new"
  mv "$results.new" "$results"
}
for patch in "${patches[@]}"; do
  name="$(basename "$patch" .patch)"
  binding="$(sed -n 's/^Binding: *//p' "$patch" | head -n 1)"
  binding="${binding:-json}"
  started=$SECONDS
  dir="$work/$name"
  rm -rf "$dir"
  mkdir -p "$dir/src" "$dir/overlay"
  mapfile -t files < <(sed -n 's|^+++ b/||p' "$patch")
  for file in "${files[@]}"; do
    mkdir -p "$dir/src/$(dirname "$file")"
    cp "$root/$file" "$dir/src/$file"
  done
  # A patch that does not apply or compile is a bug of the catalogue, never a kill.
  if ! patch -p1 -s -d "$dir/src" <"$patch" >"$dir/patch.log" 2>&1; then
    record "$name" "$binding" patch-fails
    echo "$name: the patch does not apply ($dir/patch.log)" >&2
    continue
  fi
  sources=()
  for file in "${files[@]}"; do sources+=("$dir/src/$file"); done
  if ! javac --release 17 -nowarn -proc:none -encoding UTF-8 -cp "$classpath" -d "$dir/overlay" \
    "${sources[@]}" >"$dir/javac.log" 2>&1; then
    record "$name" "$binding" does-not-compile
    echo "$name: does not compile ($dir/javac.log)" >&2
    continue
  fi
  if ! start_server "$dir/overlay" "$dir/server.log"; then
    stop_server
    record "$name" "$binding" server-fails
    continue
  fi
  run_kit "$dir/report" "$binding"
  stop_server
  case "$kit_code" in
    0) outcome=survived ;;
    1) outcome=killed ;;
    *) outcome="kit-exit-$kit_code" ;;
  esac
  failed=""
  errs=""
  scenarios=""
  if [[ -f "$dir/report/report.json" ]]; then
    failed="$(failed_requirements "$dir/report")"
    errs="$(errors "$dir/report")"
    scenarios="$(failed_scenarios "$dir/report")"
  fi
  record "$name" "$binding" "$outcome" "$kit_code" "$failed" "$errs" "$scenarios"
  echo "$name [$binding]: $outcome ${failed:+($failed)} in $((SECONDS - started)) s"
done

killed=$(awk -F'\t' 'NR > 1 && $3 == "killed"' "$results" | wc -l)
total=$(awk -F'\t' 'NR > 1' "$results" | wc -l)
echo "mutation-run: $killed of $total faults killed; $results"

table="$root/conformance-tests/mutations/results.adoc"
{
  echo "// Written by conformance-tests/scripts/mutation-run.sh from results.tsv; do not edit."
  echo "*$killed of $total faults killed.* Runs: $(awk -F'\t' 'NR > 1 {print "`" $8 "` on " $9}' \
    "$results" | sort | uniq -c | awk '{n = $1; $1 = ""; printf "%s%s (%d faults)", sep, $0, n; sep = ","}')."
  echo
  echo '[cols="3,1,1,3,4",options="header"]'
  echo '|==='
  echo '|Fault |Binding |Outcome |Requirements the kit reported failed |Scenarios that failed'
  awk -F'\t' 'NR > 1 {
    reqs = $5 == "" ? "-" : $5; gsub(/ /, ", ", reqs)
    if ($6 != "" && $6 != "0") reqs = reqs " (" $6 " scenarios in error)"
    scen = $10 == "" ? "-" : $10; gsub(/ /, ", ", scen)
    printf "|%s |%s |%s |%s |%s\n", $1, $2, $3, reqs, scen
  }' "$results"
  echo '|==='
} >"$table"
echo "mutation-run: table written to $table"
