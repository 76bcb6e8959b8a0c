#!/usr/bin/env bash
# HTTP benchmark of Hecht's pages (bench/README.md, "HTTP benchmark").
#
#   bench/http/run.sh [JAR ...]
#
# Starts each jar (default: target/hecht-0.1.0-SNAPSHOT-exec.jar) in demo mode on a fresh data folder of its own, on
# loopback, logs in as the demo account `resv` (password + demo TOTP), and runs wrk against each page. With two or more
# jars (e.g. the jar of main and the jar of a branch) they run side by side and wrk alternates between them page by
# page, so that a shared, noisy machine weighs on both alike. Prints one Markdown table: req/s, p50 and p99 per page
# and jar, non-2xx answers, the load average, and the resident memory (RSS) of each JVM after start and after the run.
#
# Settings (environment):
#   PORT=8086          port of the first jar; the next ones use PORT+10, PORT+20, ...
#   DURATION=15s       measured wrk run per page and jar (bounded); WARMUP=5s before it
#   THREADS=2 CONNECTIONS=16 TIMEOUT=10s   (wrk counts an answer slower than TIMEOUT as an error)
#   HECHT_JAVA_OPTS    JVM options for every jar; default: those of bin/hecht (the launch script). Set it to a single
#                      space (HECHT_JAVA_OPTS=' ') for the JVM's own defaults.
#   HECHT_JAVA_OPTS_0, HECHT_JAVA_OPTS_1, ...   the same for one jar only (e.g. the jar of main with ' ', as it ran
#                      before bin/hecht existed)
#   PAGES="login public staff network who coverage"   a subset of the pages
#   START_TIMEOUT=900  seconds to wait for a jar to be ready (start-up takes 10-30 s on a quiet machine)
#   KEEP=1             keep the data folders and logs (in /tmp/hecht-http-bench.*)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PORT=${PORT:-8086}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
TIMEOUT=${TIMEOUT:-10s}
START_TIMEOUT=${START_TIMEOUT:-900}
PAGES=${PAGES:-"login public staff network who coverage"}
TOTP_SECRET=JBSWY3DPEHPK3PXP
# shellcheck source=../../bin/hecht
DEFAULT_JAVA_OPTS=$(HECHT_PRINT_JAVA_OPTS=1 "$ROOT/bin/hecht")
JAVA_OPTS=${HECHT_JAVA_OPTS:-$DEFAULT_JAVA_OPTS}

if [ $# -eq 0 ]; then
  set -- "$ROOT/target/hecht-0.1.0-SNAPSHOT-exec.jar"
fi
for jar in "$@"; do
  [ -f "$jar" ] || { echo "no jar $jar: build it with 'mvn -q package -DskipTests'" >&2; exit 1; }
done

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
  else sudo apt-get install -y wrk >/dev/null; fi
fi

WORK=$(mktemp -d /tmp/hecht-http-bench.XXXXXX)
PIDS=()
OPTS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

totp() {
  if command -v oathtool >/dev/null; then
    oathtool --totp -b "$TOTP_SECRET"
  else
    python3 - "$TOTP_SECRET" <<'PY'
import base64, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1])
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), "sha1").digest()
offset = digest[-1] & 15
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7fffffff) % 1000000))
PY
  fi
}

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
csrf() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }

# --- start every jar ---------------------------------------------------------------------------------------------
i=0
for jar in "$@"; do
  port=$((PORT + 10 * i))
  mkdir -p "$WORK/$i"
  opts_var="HECHT_JAVA_OPTS_$i"
  opts=${!opts_var:-$JAVA_OPTS}
  OPTS+=("$opts")
  # shellcheck disable=SC2086
  HECHT_DEMO=true java $opts -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
    --hecht.data-dir="$WORK/$i/data" --hecht.public-directory.rate-limit.enabled=false \
    >"$WORK/$i/app.log" 2>&1 &
  PIDS+=($!)
  i=$((i + 1))
done
START_RSS=()
for i in "${!PIDS[@]}"; do
  port=$((PORT + 10 * i))
  deadline=$((SECONDS + START_TIMEOUT))
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" | grep -q UP; do
    kill -0 "${PIDS[$i]}" 2>/dev/null || { echo "jar $i stopped; log: $WORK/$i/app.log" >&2; tail -20 "$WORK/$i/app.log" >&2; exit 1; }
    [ "$SECONDS" -lt "$deadline" ] || { echo "jar $i not ready after $START_TIMEOUT s" >&2; exit 1; }
    sleep 2
  done
done
sleep 5 # let start-up work settle before reading RSS
for i in "${!PIDS[@]}"; do START_RSS+=("$(rss_mb "${PIDS[$i]}")"); done

# --- log in as resv (password, then the demo TOTP; a code is accepted once per account, so wait between jars) -----
SESSIONS=()
NETWORKS=()
REGIONS=()
last_code=""
for i in "${!PIDS[@]}"; do
  base="http://127.0.0.1:$((PORT + 10 * i))"
  jar="$WORK/$i/cookies"
  curl -fs -c "$jar" -b "$jar" "$base/login" -o "$WORK/$i/login.html"
  curl -fs -c "$jar" -b "$jar" -o /dev/null "$base/login" --data-urlencode "username=resv" \
    --data-urlencode "password=hecht-demo" --data-urlencode "_csrf=$(csrf "$WORK/$i/login.html")"
  curl -fs -c "$jar" -b "$jar" "$base/login/code" -o "$WORK/$i/code.html"
  code=$(totp)
  while [ "$code" = "$last_code" ]; do sleep 2; code=$(totp); done
  last_code=$code
  curl -fs -c "$jar" -b "$jar" -o /dev/null "$base/login/code" --data-urlencode "code=$code" \
    --data-urlencode "_csrf=$(csrf "$WORK/$i/code.html")"
  SESSIONS+=("$(awk '$6 == "SESSION" { print $7 }' "$jar" | tail -1)")
  cookie="Cookie: SESSION=${SESSIONS[$i]}"
  NETWORKS+=("$(curl -fs -H "$cookie" "$base/networks" | grep -o '/networks/[0-9a-f-]\{36\}' | head -1)")
  REGIONS+=("$(curl -fs -H "$cookie" "$base/regions" | grep -o '/regions/[0-9a-f-]\{36\}' | head -1)")
  [ -n "${NETWORKS[$i]}" ] && [ -n "${REGIONS[$i]}" ] || { echo "login or page lookup failed for jar $i" >&2; exit 1; }
done

path_of() { # page name, jar index
  case $1 in
    login) echo "/login" ;;
    public) echo "/public/directory?q=schuldhulp" ;;
    staff) echo "/directory?q=schuldhulp" ;;
    network) echo "${NETWORKS[$2]}" ;;
    who) echo "${NETWORKS[$2]}/who-to-call" ;;
    coverage) echo "${REGIONS[$2]}/coverage" ;;
  esac
}

# --- run wrk, page by page, alternating between the jars ---------------------------------------------------------
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
ROWS=()
for page in $PAGES; do
  for i in "${!PIDS[@]}"; do
    base="http://127.0.0.1:$((PORT + 10 * i))"
    path=$(path_of "$page" "$i")
    header=()
    [ "$page" = login ] || [ "$page" = public ] || header=(-H "Cookie: SESSION=${SESSIONS[$i]}")
    status=$(curl -s -o /dev/null -w '%{http_code}' "${header[@]}" "$base$path")
    [ "$status" = 200 ] || { echo "$page ($path) answers $status on jar $i" >&2; exit 1; }
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" "${header[@]}" "$base$path" >/dev/null
    load=$(cut -d' ' -f1 /proc/loadavg)
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency "${header[@]}" "$base$path")
    echo "$out" >"$WORK/$i/wrk-$page.txt"
    rps=$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
    p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
    p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
    bad=$(echo "$out" | awk '/Non-2xx/ { print $5 }')
    errors=$(echo "$out" | awk '/Socket errors/ { print $0 }' | sed 's/^ *Socket errors: //')
    ROWS+=("| $page \`$(echo "$path" | sed -E 's/[0-9a-f-]{36}/{id}/')\` | $i | $rps | $p50 | $p99 | ${bad:-0}${errors:+ ($errors)} | $load |")
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after ${WARMUP} warm-up), loopback; $(nproc) cores; load average $LOAD_BEFORE before, $LOAD_AFTER after"
echo
i=0
for jar in "$@"; do
  opts=$(echo "${OPTS[$i]}" | xargs)
  echo "- jar $i: $jar (port $((PORT + 10 * i))), JVM options: ${opts:-(JVM defaults)}"
  i=$((i + 1))
done
echo
echo "| page | jar | req/s | p50 | p99 | non-2xx | load (1 min) |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "| jar | RSS after start | RSS after the run |"
echo "|---|---|---|"
for i in "${!PIDS[@]}"; do echo "| $i | ${START_RSS[$i]} MB | $(rss_mb "${PIDS[$i]}") MB |"; done
