#!/usr/bin/env bash
# Prints what a process spent over a window: CPU seconds in all and per thread name (the store
# thread, the log's sync thread, RocksDB's, the event loops), and bytes written to the disk
# (write_bytes of /proc/<pid>/io). Usage: server-cost.sh <pid> <seconds>
# Used for BENCHMARKS.adoc: start it during a fixed-rate step of `./mplp bench messages`.
set -euo pipefail
pid="$1"
seconds="$2"
hz="$(getconf CLK_TCK)"

snapshot() {
  local total=0
  for task in /proc/"$pid"/task/*; do
    local name ticks
    name="$(tr ' ' '_' < "$task/comm")"
    # utime and stime are fields 14 and 15; the name in field 2 may hold spaces, so cut after ')'.
    ticks="$(sed 's/^.*) //' "$task/stat" | awk '{print $12 + $13}')"
    echo "thread ${name%%-[0-9]*} $ticks"
  done | awk '{t[$2] += $3} END {for (n in t) print n, t[n]}'
  echo "write_bytes $(awk '/^write_bytes/ {print $2}' /proc/"$pid"/io)"
}

before="$(snapshot)"
sleep "$seconds"
after="$(snapshot)"
join <(sort <<<"$before") <(sort <<<"$after") \
  | awk -v hz="$hz" -v s="$seconds" '
      $1 == "write_bytes" {printf "disk: %.0f bytes written in %s s\n", $3 - $2, s; next}
      {cpu = ($3 - $2) / hz; if (cpu > 0) printf "cpu %-28s %.2f s\n", $1, cpu; all += cpu}
      END {printf "cpu %-28s %.2f s\n", "(all threads)", all}'
