#!/usr/bin/env bash
# askpg semantic cache benchmark: what an ASK answered from the cache costs on top of
# running the same SQL directly through askpg.
#
# One run starts a private PostgreSQL cluster with the demo warehouse
# (corpus/demo/warehouse.sql) and askpg (dist build, built-in embedder and generator,
# demo corpus, cache defaults) on 127.0.0.1, then measures with pgbench (simple protocol,
# one client, per-statement latency logs), interleaving rounds so drift hits every script
# alike:
#   direct_exact   the SQL of the exact-tier hit, sent as plain SQL
#   ask_exact      ASK of a corpus example question (exact tier)
#   direct_rebound the SQL of the semantic-tier hit, sent as plain SQL
#   ask_rebound    ASK of the same question with another year (semantic tier, re-bound)
# It prints p50/p95 per script and the difference ASK - direct, checks that each ASK
# returns the same rows as its SQL, and writes raw figures to
# benches/results/cache-<timestamp>.txt. Everything is stopped and removed on exit.
#
# See the last section of benches/README.md.

set -uo pipefail

SECONDS_PER_ROUND=${BENCH_SECONDS:-5}
ROUNDS=${BENCH_ROUNDS:-3}
EXACT_QUESTION=${BENCH_EXACT_QUESTION:-How many customers signed up in 2023, by segment?}
REBOUND_QUESTION=${BENCH_REBOUND_QUESTION:-How many customers signed up in 2021, by segment?}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
ASKPG_BIN=${ASKPG_BIN:-${CARGO_TARGET_DIR:-$ROOT/target}/dist/askpg}
DB=warehouse
RO_ROLE=bench_reader
SUPERUSER=postgres
HOST=127.0.0.1
SCRIPTS=(direct_exact ask_exact direct_rebound ask_rebound)

export PGSSLMODE=disable PGGSSENCMODE=disable PGCONNECT_TIMEOUT=5
unset PGSERVICE PGSERVICEFILE PGOPTIONS PGPASSWORD PGPASSFILE PGHOST PGPORT \
      PGUSER PGDATABASE PGHOSTADDR 2>/dev/null || true

TMP=""
PGDATA=""
ASKPG_PID=""
RESULT_FILE=""

note() { printf '[cache bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die()  { note "ERROR: $*"; exit 1; }
raw()  { [ -n "$RESULT_FILE" ] && printf '%s\n' "$*" >>"$RESULT_FILE"; return 0; }

stop_pid() { # pid: TERM, wait up to 10 s, then KILL
    local pid=$1 i
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null
    for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
}

as_pg() { # run as the postgres OS user when root (PostgreSQL refuses root)
    if [ "$(id -u)" -eq 0 ]; then
        (cd "$TMP" && runuser -u postgres -- "$@")
    else
        (cd "$TMP" && "$@")
    fi
}

cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM
    if [ -n "$TMP" ] && [ -n "$RESULT_FILE" ] && [ -f "$TMP/askpg.log" ]; then
        { echo; echo "---- last 20 lines of the askpg log ----"; tail -n 20 "$TMP/askpg.log"; } >>"$RESULT_FILE"
    fi
    stop_pid "$ASKPG_PID"
    if [ -n "$PGDATA" ] && [ -f "$PGDATA/postmaster.pid" ]; then
        as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w -t 30 stop >/dev/null 2>&1
    fi
    [ -n "$TMP" ] && [ -d "$TMP" ] && rm -rf "$TMP"
    [ $rc -ne 0 ] && note "exited with status $rc (cleanup done)"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() {
    ss -Htan 2>/dev/null | awk '{print $4}' | grep -Eq "[:.]$1\$"
}

pick_port() { # prints a free port below the ephemeral range
    local p i
    for ((i = 0; i < 200; i++)); do
        p=$((15000 + RANDOM % 15000))
        if ! port_in_use "$p"; then
            echo "$p"
            return 0
        fi
    done
    die "no free TCP port on $HOST"
}

psql_to() { # port user sql...
    local port=$1 user=$2
    shift 2
    "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At -h "$HOST" -p "$port" -U "$user" -d "$DB" "$@"
}

wait_ready() { # name port pid: poll with a real query, at most 60 s
    local name=$1 port=$2 pid=${3:-} i
    for ((i = 0; i < 300; i++)); do
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            note "$name exited during startup"
            return 1
        fi
        [ "$(PGCONNECT_TIMEOUT=2 psql_to "$port" "$RO_ROLE" -c 'select 1' 2>/dev/null)" = 1 ] && return 0
        sleep 0.2
    done
    note "$name did not answer on port $port within 60 s"
    return 1
}

percentile() { # file p -> the p-th percentile of the numbers in file, in ms
    sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 } END {
        if (NR == 0) { print "-"; exit }
        i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR
        printf "%.3f", v[i] / 1000 }'
}

diff_ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.3f", a - b }'; }

# ---------------------------------------------------------------- checks
for v in SECONDS_PER_ROUND ROUNDS; do
    case "${!v}" in ''|*[!0-9]*|0) die "$v must be a positive integer" ;; esac
done
PGBIN=${BENCH_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
for b in initdb pg_ctl postgres psql pgbench; do
    [ -x "$PGBIN/$b" ] || die "PostgreSQL binary $b not found in '$PGBIN' (set BENCH_PG_BINDIR)"
done
command -v ss >/dev/null 2>&1 || die "ss (iproute2) is needed"
if [ ! -x "$ASKPG_BIN" ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
    note "building askpg (cargo build --profile dist, the build the container ships)"
    (cd "$ROOT" && cargo build --profile dist --bin askpg) || die "cargo build --profile dist failed"
fi
[ -x "$ASKPG_BIN" ] || die "askpg binary not found at $ASKPG_BIN"

mkdir -p "$BENCH_DIR/results" || die "cannot create $BENCH_DIR/results"
RESULT_FILE="$BENCH_DIR/results/cache-$(date -u +%Y%m%dT%H%M%SZ).txt"
: >"$RESULT_FILE" || die "cannot write $RESULT_FILE"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/askpg-cache-bench.XXXXXX") || die "mktemp failed"
chmod 0755 "$TMP"
[ "$(id -u)" -eq 0 ] && chown postgres: "$TMP"

raw "askpg cache benchmark raw results"
raw "date (UTC):   $(date -u '+%Y-%m-%d %H:%M:%S')"
raw "host:         $(uname -srm), $(nproc) cpus"
raw "repo commit:  $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo none)"
raw "postgres:     $("$PGBIN/postgres" --version)"
raw "askpg:        $ASKPG_BIN"
raw "load average: $(cut -d' ' -f1-3 /proc/loadavg) (at start)"
raw "rounds:       $ROUNDS x $SECONDS_PER_ROUND s per script"
raw ""

# ---------------------------------------------------------------- PostgreSQL + warehouse
PG_PORT=$(pick_port)
PGDATA=$TMP/data
note "initdb and PostgreSQL on $HOST:$PG_PORT"
as_pg "$PGBIN/initdb" -D "$PGDATA" -U "$SUPERUSER" -A trust -E UTF8 --locale=C --no-sync \
    >"$TMP/initdb.log" 2>&1 || { cat "$TMP/initdb.log" >&2; die "initdb failed"; }
cat >>"$PGDATA/postgresql.conf" <<EOF
listen_addresses = '$HOST'
port = $PG_PORT
unix_socket_directories = '$TMP'
max_parallel_workers_per_gather = 0
jit = off
fsync = off
synchronous_commit = off
full_page_writes = off
autovacuum = off
EOF
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$TMP/postgres.log" -w -t 60 start >/dev/null \
    || { tail -n 20 "$TMP/postgres.log" >&2; die "PostgreSQL did not start"; }
"$PGBIN/psql" -X -q -h "$HOST" -p "$PG_PORT" -U "$SUPERUSER" -d postgres -c "CREATE DATABASE $DB" \
    >/dev/null || die "createdb failed"
note "loading corpus/demo/warehouse.sql"
"$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U "$SUPERUSER" -d "$DB" \
    -f "$ROOT/corpus/demo/warehouse.sql" >"$TMP/load.log" 2>&1 || { tail -n 20 "$TMP/load.log" >&2; die "warehouse load failed"; }
"$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U "$SUPERUSER" -d "$DB" >/dev/null <<EOF || die "role setup failed"
CREATE ROLE $RO_ROLE LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON DATABASE $DB FROM PUBLIC;
GRANT CONNECT ON DATABASE $DB TO $RO_ROLE;
GRANT USAGE ON SCHEMA public TO $RO_ROLE;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO $RO_ROLE;
ANALYZE;
EOF

# ---------------------------------------------------------------- askpg
ASKPG_PORT=$(pick_port)
note "starting askpg on $HOST:$ASKPG_PORT (cache defaults, built-in embedder and generator)"
# In a session of its own, as in run.sh: with autogroup scheduling it then has its own CPU
# share instead of splitting this script's with pgbench. Without job control the
# background job is not a process-group leader, so setsid does not fork and $! is askpg.
ASKPG_AUTH_METHOD=trust ASKPG_CORPUS_DIR="$ROOT/corpus/demo" ASKPG_EMBEDDINGS_CACHE_DIR="$TMP/embeddings" \
    setsid "$ASKPG_BIN" serve --listen "$HOST:$ASKPG_PORT" --upstream "postgres://$RO_ROLE@$HOST:$PG_PORT/$DB" \
    >"$TMP/askpg.log" 2>&1 </dev/null &
ASKPG_PID=$!
wait_ready askpg "$ASKPG_PORT" "$ASKPG_PID" || { tail -n 30 "$TMP/askpg.log" >&2; die "askpg not ready"; }
[ "$(awk '{print $6}' "/proc/$ASKPG_PID/stat" 2>/dev/null)" = "$ASKPG_PID" ] \
    || note "askpg (pid $ASKPG_PID) is not in a session of its own; it shares pgbench's CPU share"

# ---------------------------------------------------------------- statements
explained() { # question field -> a field of EXPLAIN (FORMAT JSON) ASK's report
    psql_to "$ASKPG_PORT" "$RO_ROLE" -c "EXPLAIN (FORMAT JSON) ASK \$q\$$1\$q\$" \
        | python3 -c "import json, sys; r = json.load(sys.stdin)[0]; print($2)"
}
one_line() { tr '\n' ' ' | sed 's/  */ /g; s/ *$//'; }

declare -A STATEMENT
for pair in "exact|$EXACT_QUESTION" "rebound|$REBOUND_QUESTION"; do
    tier_name=${pair%%|*}
    question=${pair#*|}
    status=$(explained "$question" "r['cache']['status'] + ' ' + r['cache'].get('tier', '-')")
    want=$([ "$tier_name" = exact ] && echo "hit exact" || echo "hit semantic")
    [ "$status" = "$want" ] || die "'$question' is '$status' in the cache, expected '$want'"
    sql=$(explained "$question" "r['sql']" | one_line)
    STATEMENT[direct_$tier_name]="$sql;"
    STATEMENT[ask_$tier_name]="ASK \$q\$$question\$q\$;"
    raw "$tier_name question: $question"
    raw "$tier_name SQL:      $sql"
    # The ASK returns exactly the rows of its SQL.
    a=$(psql_to "$ASKPG_PORT" "$RO_ROLE" -c "ASK \$q\$$question\$q\$" 2>/dev/null | md5sum)
    d=$(psql_to "$ASKPG_PORT" "$RO_ROLE" -c "$sql" | md5sum)
    [ "$a" = "$d" ] || die "ASK '$question' and its SQL return different rows"
done
raw ""

for s in "${SCRIPTS[@]}"; do
    printf '%s\n' "${STATEMENT[$s]}" >"$TMP/$s.sql"
    : >"$TMP/$s.latencies"
done

run_script() { # script seconds log-prefix
    local s=$1 secs=$2 prefix=$3
    timeout --kill-after=10 $((secs * 3 + 60)) "$PGBIN/pgbench" -n -M simple -c 1 -j 1 -T "$secs" \
        -f "$TMP/$s.sql" --log --log-prefix="$prefix" \
        -h "$HOST" -p "$ASKPG_PORT" -U "$RO_ROLE" "$DB" >"$TMP/pgbench.out" 2>"$TMP/pgbench.err"
}

note "warm-up: 1 s per script"
for s in "${SCRIPTS[@]}"; do
    (cd "$TMP" && run_script "$s" 1 "$TMP/warmup") || die "pgbench $s failed: $(tail -n 3 "$TMP/pgbench.err")"
done
rm -f "$TMP"/warmup*

for ((r = 1; r <= ROUNDS; r++)); do
    for s in "${SCRIPTS[@]}"; do
        (cd "$TMP" && run_script "$s" "$SECONDS_PER_ROUND" "$TMP/log_${s}_$r") \
            || die "pgbench $s failed: $(tail -n 3 "$TMP/pgbench.err")"
        failed=$(awk -F'[: ]+' '/^number of failed transactions/{print $5; exit}' "$TMP/pgbench.out")
        [ -z "$failed" ] || [ "$failed" = 0 ] || die "pgbench $s: $failed failed transactions"
        # pgbench's per-transaction log: client, transaction, latency (µs), ...
        cat "$TMP"/log_"${s}"_"$r"* | awk '{print $3}' >>"$TMP/$s.latencies"
        { echo "==== round $r $s"; grep -E '^(number of transactions|latency|tps)' "$TMP/pgbench.out"; } >>"$RESULT_FILE"
        note "  round $r $(printf '%-15s' "$s") $(wc -l <"$TMP/$s.latencies") statements so far"
    done
done

# ---------------------------------------------------------------- summary
declare -A P50 P95 COUNT
for s in "${SCRIPTS[@]}"; do
    P50[$s]=$(percentile "$TMP/$s.latencies" 50)
    P95[$s]=$(percentile "$TMP/$s.latencies" 95)
    COUNT[$s]=$(wc -l <"$TMP/$s.latencies")
done
summary() {
    printf '%-16s %10s %10s %10s\n' script statements "p50 ms" "p95 ms"
    for s in "${SCRIPTS[@]}"; do
        printf '%-16s %10s %10s %10s\n' "$s" "${COUNT[$s]}" "${P50[$s]}" "${P95[$s]}"
    done
    echo
    for tier_name in exact rebound; do
        local d50 d95
        d50=$(diff_ms "${P50[ask_$tier_name]}" "${P50[direct_$tier_name]}")
        d95=$(diff_ms "${P95[ask_$tier_name]}" "${P95[direct_$tier_name]}")
        printf 'ASK hit (%-7s) - direct SQL: p50 %s ms, p95 %s ms  goal p50 < 1 ms: %s\n' \
            "$tier_name" "$d50" "$d95" \
            "$(awk -v d="$d50" 'BEGIN { print (d < 1.0) ? "PASS" : "FAIL" }')"
    done
    echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
}
summary | tee -a "$RESULT_FILE"
note "raw results in $RESULT_FILE"
