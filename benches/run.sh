#!/usr/bin/env bash
# askpg performance benchmark: direct PostgreSQL vs PgBouncer vs askpg.
#
# One run starts a private PostgreSQL cluster, PgBouncer and askpg on
# 127.0.0.1, runs pgbench -S (simple/extended/prepared x 1/8/32 clients)
# and a large-result streaming test against each target, records the CPU
# time per transaction of the machine and of each proxy process, and askpg's
# peak RSS, prints a summary with the targets' verdicts and writes raw results
# to benches/results/<timestamp>.txt. Everything is stopped and removed on exit.
#
# See benches/README.md for the environment variables and how to read the
# output.

set -uo pipefail

# ---------------------------------------------------------------- settings
SECONDS_PER_POINT=${BENCH_SECONDS:-5}
ROUNDS=${BENCH_ROUNDS:-5}
TARGETS_ARG=${BENCH_TARGETS:-direct,pgbouncer,askpg}
MODES_ARG=${BENCH_MODES:-simple,extended,prepared}
CLIENTS_ARG=${BENCH_CLIENTS:-1,8,32}
SCALE=${BENCH_SCALE:-10}
WARMUP=${BENCH_WARMUP:-2}
STREAM_ROWS=${BENCH_STREAM_ROWS:-1000000}
BIG_STREAM_ROWS=${BENCH_BIG_STREAM_ROWS:-5000000}
STREAM_REPEAT=${BENCH_STREAM_REPEAT:-5}
ASKPG_EXTRA_ARGS=${BENCH_ASKPG_ARGS:-}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
ASKPG_BIN=${ASKPG_BIN:-$ROOT/target/dist/askpg}

DB=bench
RO_ROLE=bench_ro          # read-only role every target connects as
SUPERUSER=postgres
HOST=127.0.0.1

# libpq must not negotiate TLS/GSS with one target and not another.
export PGSSLMODE=disable PGGSSENCMODE=disable PGCONNECT_TIMEOUT=5
unset PGSERVICE PGSERVICEFILE PGOPTIONS PGPASSWORD PGPASSFILE PGHOST PGPORT \
      PGUSER PGDATABASE PGHOSTADDR 2>/dev/null || true

# ---------------------------------------------------------------- state
TMP=""
PGDATA=""
PG_PORT=""
PGB_PORT=""
ASKPG_PORT=""
ASKPG_PID=""
PGB_PID=""
RESULT_FILE=""
RESERVED_PORTS=" "
CHILD_PID=""

raw()  { [ -n "$RESULT_FILE" ] && printf '%s\n' "$*" >>"$RESULT_FILE"; return 0; }
note() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die()  { note "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- cleanup
rotated() { # round: the targets, starting one further along each round
    local r=$1 n=${#TARGETS[@]} i
    for ((i = 0; i < n; i++)); do echo "${TARGETS[$(((i + r - 1) % n))]}"; done
}
stop_pid() { # pid name: TERM, wait up to 10 s, then KILL
    local pid=$1 name=$2 i
    [ -n "$pid" ] || return 0
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null
    for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
        note "$name (pid $pid) ignored SIGTERM; sending SIGKILL"
        kill -KILL "$pid" 2>/dev/null
    fi
    wait "$pid" 2>/dev/null || true
}

append_log_tail() { # file label
    [ -n "$RESULT_FILE" ] && [ -f "$1" ] || return 0
    {
        echo
        echo "---- last 40 lines of $2 log ----"
        tail -n 40 "$1"
    } >>"$RESULT_FILE"
}

cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM
    if [ -n "$TMP" ]; then
        append_log_tail "$TMP/askpg.log" askpg
        append_log_tail "$TMP/pgbouncer.log" pgbouncer
        append_log_tail "$TMP/postgres.log" postgres
    fi
    stop_pid "$CHILD_PID" "benchmark client"
    stop_pid "$ASKPG_PID" askpg
    stop_pid "$PGB_PID" pgbouncer
    if [ -n "$PGDATA" ] && [ -f "$PGDATA/postmaster.pid" ]; then
        as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w -t 30 stop >/dev/null 2>&1 \
            || as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w -t 30 stop >/dev/null 2>&1
    fi
    [ -n "$TMP" ] && [ -d "$TMP" ] && rm -rf "$TMP"
    [ $rc -ne 0 ] && note "exited with status $rc (cleanup done)"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------- helpers
run_child() { # outfile cmd...: run cmd in the background (output to outfile) and wait for it.
    # A trapped signal interrupts `wait` at once (a foreground child would delay
    # it), and the redirection stays off the caller so cleanup's output is not lost.
    local out=$1
    shift
    "$@" >"$out" 2>&1 </dev/null &
    CHILD_PID=$!
    wait "$CHILD_PID"
    local rc=$?
    CHILD_PID=""
    return $rc
}

as_pg() { # run a command as the postgres OS user (postgres refuses root)
    if [ "$(id -u)" -eq 0 ]; then
        (cd "$TMP" && runuser -u postgres -- "$@")
    else
        (cd "$TMP" && "$@")
    fi
}

port_in_use() { # any TCP socket (listening, established or TIME-WAIT) on that local port
    if command -v ss >/dev/null 2>&1; then
        ss -Htan 2>/dev/null | awk '{print $4}' | grep -Eq "[:.]$1\$" && return 0
    fi
    (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null && return 0
    return 1
}

# Ports are drawn below the kernel's ephemeral range: the benchmark opens
# thousands of client connections whose TIME-WAIT sockets would otherwise
# collide with a listener's port.
PORT_LO=15000 PORT_HI=32000
if read -r eph_lo _ </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null \
    && [ "$eph_lo" -gt 6000 ] 2>/dev/null; then
    PORT_HI=$((eph_lo - 1))
    PORT_LO=$((PORT_HI > 20000 ? PORT_HI - 15000 : 2000))
fi
PICKED_PORT=""
pick_port() { # sets PICKED_PORT (no subshell, so RANDOM advances)
    local i p
    for ((i = 0; i < 200; i++)); do
        p=$((PORT_LO + RANDOM % (PORT_HI - PORT_LO + 1)))
        case "$RESERVED_PORTS" in *" $p "*) continue ;; esac
        if ! port_in_use "$p"; then
            RESERVED_PORTS="$RESERVED_PORTS$p "
            PICKED_PORT=$p
            return 0
        fi
    done
    die "no free TCP port found on $HOST"
}

target_port() {
    case $1 in
        direct) echo "$PG_PORT" ;;
        pgbouncer) echo "$PGB_PORT" ;;
        askpg) echo "$ASKPG_PORT" ;;
    esac
}

target_pid() {
    case $1 in
        pgbouncer) echo "$PGB_PID" ;;
        askpg) echo "$ASKPG_PID" ;;
        *) echo "" ;;
    esac
}

psql_to() { # port user sql...
    local port=$1 user=$2
    shift 2
    "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At -h "$HOST" -p "$port" -U "$user" -d "$DB" "$@"
}

wait_ready() { # name port pid(optional): poll with a real query, bounded (60 s)
    local name=$1 port=$2 pid=${3:-} i
    for ((i = 0; i < 300; i++)); do
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            note "$name (pid $pid) exited during startup"
            return 1
        fi
        if [ "$(PGCONNECT_TIMEOUT=2 psql_to "$port" "$RO_ROLE" -c 'select 1' 2>/dev/null)" = 1 ]; then
            return 0
        fi
        sleep 0.2
    done
    note "$name did not answer 'select 1' on port $port within 60 s"
    return 1
}

vm_kb() { # pid field -> kB value of VmHWM / VmRSS
    local pid=$1 field=$2
    [ -n "$pid" ] && [ -r "/proc/$pid/status" ] || { echo ""; return; }
    awk -v f="$field:" '$1 == f {print $2}' "/proc/$pid/status"
}

kb_to_mib() { [ -n "$1" ] && awk -v k="$1" 'BEGIN{printf "%.1f", k/1024}' || echo "n/a"; }

ratio() { # a b -> a/b with 2 decimals, or "-"
    local a=${1:-} b=${2:-}
    case "$a$b" in *[!0-9.]*|"") echo "-"; return ;; esac
    [ -n "$a" ] && [ -n "$b" ] || { echo "-"; return; }
    awk -v a="$a" -v b="$b" 'BEGIN{ if (b > 0) printf "%.2f", a/b; else print "-" }'
}

median() { # numbers... -> median, or FAIL if any is not a number
    local v
    for v in "$@"; do case "$v" in ''|*[!0-9.]*) echo FAIL; return ;; esac; done
    printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{ if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2 }'
}

num() { # number -> printf format, anything else unchanged
    case "${2:-}" in ''|*[!0-9.]*) printf '%s' "${2:--}" ;; *) awk -v v="$2" -v f="$1" 'BEGIN{printf f, v}' ;; esac
}

ge() { awk -v a="$1" -v b="$2" 'BEGIN{ exit !(a + 0 >= b + 0) }'; }

datarow_bytes() { # rows -> wire bytes of the DataRow messages for "SELECT g, md5(g::text)"
    # per row: 'D'(1) + len(4) + ncols(2) + len(4) + digits(g) + len(4) + 32 = 47 + digits
    local n=$1 d=1 lo=1 hi total=0
    while [ "$lo" -le "$n" ] && [ "$d" -le 18 ]; do
        hi=$((lo * 10 - 1))
        [ "$hi" -gt "$n" ] && hi=$n
        total=$((total + (hi - lo + 1) * d))
        lo=$((lo * 10))
        d=$((d + 1))
    done
    echo $((n * 47 + total))
}

csv_to_words() { echo "$1" | tr ',' ' '; }

# ---------------------------------------------------------------- validate args
case "$SECONDS_PER_POINT" in ''|*[!0-9]*) die "BENCH_SECONDS must be a positive integer" ;; esac
[ "$SECONDS_PER_POINT" -ge 1 ] || die "BENCH_SECONDS must be >= 1"
case "$ROUNDS" in ''|*[!0-9]*) die "BENCH_ROUNDS must be a positive integer" ;; esac
[ "$ROUNDS" -ge 1 ] || die "BENCH_ROUNDS must be >= 1"
for v in SCALE WARMUP STREAM_ROWS BIG_STREAM_ROWS STREAM_REPEAT; do
    case "${!v}" in ''|*[!0-9]*) die "$v must be a non-negative integer" ;; esac
done
[ "$STREAM_REPEAT" -ge 1 ] || STREAM_REPEAT=1

WANT_direct=0 WANT_pgbouncer=0 WANT_askpg=0
for t in $(csv_to_words "$TARGETS_ARG"); do
    case $t in
        direct) WANT_direct=1 ;;
        pgbouncer) WANT_pgbouncer=1 ;;
        askpg) WANT_askpg=1 ;;
        *) die "unknown target '$t' in BENCH_TARGETS (use direct,pgbouncer,askpg)" ;;
    esac
done
TARGETS=()
[ $WANT_direct = 1 ] && TARGETS+=(direct)
[ $WANT_pgbouncer = 1 ] && TARGETS+=(pgbouncer)
[ $WANT_askpg = 1 ] && TARGETS+=(askpg)
[ ${#TARGETS[@]} -gt 0 ] || die "BENCH_TARGETS selects no target"

MODES=()
[ "$MODES_ARG" = none ] && MODES_ARG=""
for m in $(csv_to_words "$MODES_ARG"); do
    case $m in simple|extended|prepared) MODES+=("$m") ;; *) die "unknown mode '$m' in BENCH_MODES" ;; esac
done
CLIENTS=()
for c in $(csv_to_words "$CLIENTS_ARG"); do
    case $c in ''|*[!0-9]*|0) die "bad client count '$c' in BENCH_CLIENTS" ;; esac
    CLIENTS+=("$c")
done

# ---------------------------------------------------------------- tools
PGBIN=${BENCH_PG_BINDIR:-}
if [ -z "$PGBIN" ]; then
    if [ -x /usr/lib/postgresql/15/bin/postgres ]; then
        PGBIN=/usr/lib/postgresql/15/bin
    else
        PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    fi
fi
for b in initdb pg_ctl postgres psql pgbench; do
    [ -x "$PGBIN/$b" ] || die "PostgreSQL binary $b not found in '$PGBIN' (install postgresql-15 or set BENCH_PG_BINDIR)"
done
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' OS user"
    command -v runuser >/dev/null 2>&1 || die "runuser not found"
fi

if [ $WANT_pgbouncer = 1 ] && ! command -v pgbouncer >/dev/null 2>&1; then
    [ "$(id -u)" -eq 0 ] || die "pgbouncer is not installed (apt-get install pgbouncer)"
    note "installing pgbouncer with apt-get"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer) >/dev/null \
        || die "apt-get install pgbouncer failed"
fi

if [ $WANT_askpg = 1 ]; then
    if [ ! -x "$ASKPG_BIN" ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
        note "building askpg (cargo build --profile dist, the build the container ships)"
        (cd "$ROOT" && cargo build --profile dist --bin askpg) || die "cargo build --profile dist failed"
    fi
    [ -x "$ASKPG_BIN" ] || die "askpg binary not found at $ASKPG_BIN"
fi

# ---------------------------------------------------------------- results file
mkdir -p "$BENCH_DIR/results" || die "cannot create $BENCH_DIR/results"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULT_FILE="$BENCH_DIR/results/$STAMP.txt"
: >"$RESULT_FILE" || die "cannot write $RESULT_FILE"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/askpg-bench.XXXXXX") || die "mktemp failed"
chmod 0755 "$TMP"
[ "$(id -u)" -eq 0 ] && chown postgres: "$TMP"

START_TS=$(date +%s)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
raw "askpg benchmark raw results"
raw "date (UTC):      $(date -u '+%Y-%m-%d %H:%M:%S')"
raw "host:            $(uname -srm), $(nproc) cpus, $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
raw "repo commit:     $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo none)"
raw "postgres:        $("$PGBIN/postgres" --version)"
raw "pgbench:         $("$PGBIN/pgbench" --version)"
[ $WANT_pgbouncer = 1 ] && raw "pgbouncer:       $(pgbouncer --version 2>/dev/null | head -n 1)"
[ $WANT_askpg = 1 ] && raw "askpg:           $ASKPG_BIN ($(stat -c '%y' "$ASKPG_BIN" 2>/dev/null))"
raw "load average:    $LOAD_START (at start)"
raw "autogroup:       $(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null || echo n/a) (PgBouncer and askpg each run in a session of their own)"
raw "targets:         ${TARGETS[*]}"
raw "modes:           ${MODES[*]}"
raw "clients:         ${CLIENTS[*]}"
raw "seconds/point:   $SECONDS_PER_POINT x $ROUNDS rounds, median reported (warm-up ${WARMUP} s per target)"
raw "scale:           $SCALE"
raw "stream rows:     $STREAM_ROWS x $STREAM_REPEAT rounds, big stream $BIG_STREAM_ROWS x 1"
raw ""

# ---------------------------------------------------------------- PostgreSQL
pick_port; PG_PORT=$PICKED_PORT
PGDATA=$TMP/data
note "initdb (PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}')) in $TMP"
as_pg "$PGBIN/initdb" -D "$PGDATA" -U "$SUPERUSER" -A trust -E UTF8 --locale=C --no-sync \
    >"$TMP/initdb.log" 2>&1 || { cat "$TMP/initdb.log" >&2; die "initdb failed"; }

# Modest settings for a 2-core / small machine. Durability is off: the
# cluster is throw-away and the workload is read-only.
cat >>"$PGDATA/postgresql.conf" <<EOF

# ---- askpg benchmark settings ----
listen_addresses = '$HOST'
port = $PG_PORT
unix_socket_directories = '$TMP'
max_connections = 200
shared_buffers = 256MB
effective_cache_size = 1GB
work_mem = 4MB
maintenance_work_mem = 128MB
max_worker_processes = 2
max_parallel_workers = 0
max_parallel_workers_per_gather = 0
max_parallel_maintenance_workers = 0
jit = off
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
max_wal_size = 2GB
checkpoint_timeout = 30min
autovacuum = off
logging_collector = off
log_min_messages = warning
EOF
chown postgres: "$PGDATA/postgresql.conf" 2>/dev/null

note "starting PostgreSQL on $HOST:$PG_PORT"
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$TMP/postgres.log" -w -t 60 start >/dev/null \
    || { tail -n 20 "$TMP/postgres.log" >&2; die "PostgreSQL did not start"; }

"$PGBIN/psql" -X -q -h "$HOST" -p "$PG_PORT" -U "$SUPERUSER" -d postgres \
    -c "CREATE DATABASE $DB" >/dev/null || die "createdb failed"

note "pgbench -i -s $SCALE"
run_child "$TMP/init.out" "$PGBIN/pgbench" -i -s "$SCALE" -I dtGvp -q -h "$HOST" -p "$PG_PORT" -U "$SUPERUSER" "$DB"
rc=$?
{ echo "==== pgbench -i -s $SCALE"; cat "$TMP/init.out"; } >>"$RESULT_FILE"
[ $rc -eq 0 ] || { tail -n 5 "$TMP/init.out" >&2; die "pgbench -i failed"; }

"$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PG_PORT" -U "$SUPERUSER" -d "$DB" >/dev/null <<EOF || die "role setup failed"
CREATE ROLE $RO_ROLE LOGIN;
GRANT CONNECT ON DATABASE $DB TO $RO_ROLE;
GRANT USAGE ON SCHEMA public TO $RO_ROLE;
GRANT SELECT ON pgbench_accounts, pgbench_branches, pgbench_tellers, pgbench_history TO $RO_ROLE;
ALTER ROLE $RO_ROLE SET default_transaction_read_only = on;
CREATE EXTENSION pg_prewarm;
SELECT pg_prewarm('pgbench_accounts'), pg_prewarm('pgbench_accounts_pkey'),
       pg_prewarm('pgbench_branches'), pg_prewarm('pgbench_tellers');
EOF
wait_ready postgres "$PG_PORT" || die "PostgreSQL not ready"

# ---------------------------------------------------------------- PgBouncer
if [ $WANT_pgbouncer = 1 ]; then
    pick_port; PGB_PORT=$PICKED_PORT
    printf '"%s" ""\n' "$RO_ROLE" >"$TMP/userlist.txt"
    cat >"$TMP/pgbouncer.ini" <<EOF
[databases]
$DB = host=$HOST port=$PG_PORT dbname=$DB

[pgbouncer]
listen_addr = $HOST
listen_port = $PGB_PORT
unix_socket_dir =
auth_type = trust
auth_file = $TMP/userlist.txt
pool_mode = session
max_client_conn = 100
default_pool_size = 40
max_db_connections = 0
ignore_startup_parameters = extra_float_digits,options
logfile = $TMP/pgbouncer.log
pidfile = $TMP/pgbouncer.pid
log_connections = 0
log_disconnections = 0
log_pooler_errors = 1
stats_period = 600
EOF
    [ "$(id -u)" -eq 0 ] && chown postgres: "$TMP/pgbouncer.ini" "$TMP/userlist.txt"
    note "starting PgBouncer on $HOST:$PGB_PORT"
    as_pg pgbouncer -d -q "$TMP/pgbouncer.ini" || { tail -n 20 "$TMP/pgbouncer.log" >&2; die "pgbouncer did not start"; }
    for ((i = 0; i < 100; i++)); do
        [ -s "$TMP/pgbouncer.pid" ] && break
        grep -q FATAL "$TMP/pgbouncer.log" 2>/dev/null && break
        sleep 0.1
    done
    PGB_PID=$(cat "$TMP/pgbouncer.pid" 2>/dev/null)
    [ -n "$PGB_PID" ] || { tail -n 5 "$TMP/pgbouncer.log" >&2; die "pgbouncer did not start"; }
    wait_ready pgbouncer "$PGB_PORT" "$PGB_PID" || { tail -n 20 "$TMP/pgbouncer.log" >&2; die "pgbouncer not ready"; }
fi

# ---------------------------------------------------------------- askpg
if [ $WANT_askpg = 1 ]; then
    pick_port; ASKPG_PORT=$PICKED_PORT
    note "starting askpg on $HOST:$ASKPG_PORT -> $RO_ROLE@$HOST:$PG_PORT/$DB"
    # askpg runs in a session of its own, as PgBouncer (`-d`) and every PostgreSQL backend
    # do. With the kernel's autogroup scheduling (sched_autogroup_enabled=1, the Debian
    # default) each session is one scheduling group with one CPU share: left in this
    # script's session, askpg would share a single share with pgbench, its own load.
    # The script's background jobs are not process-group leaders, so setsid does not fork
    # and $! is askpg's pid.
    # shellcheck disable=SC2086  # BENCH_ASKPG_ARGS is word-split on purpose
    ASKPG_AUTH_METHOD=trust setsid "$ASKPG_BIN" serve \
        --listen "$HOST:$ASKPG_PORT" \
        --upstream "postgres://$RO_ROLE@$HOST:$PG_PORT/$DB" \
        $ASKPG_EXTRA_ARGS >"$TMP/askpg.log" 2>&1 </dev/null &
    ASKPG_PID=$!
    wait_ready askpg "$ASKPG_PORT" "$ASKPG_PID" || { tail -n 30 "$TMP/askpg.log" >&2; die "askpg not ready"; }
    [ "$(awk '{print $6}' "/proc/$ASKPG_PID/stat" 2>/dev/null)" = "$ASKPG_PID" ] \
        || note "askpg (pid $ASKPG_PID) is not in a session of its own; it shares pgbench's CPU share"
    RSS_START_HWM=$(vm_kb "$ASKPG_PID" VmHWM)
    # askpg's runtime settings (threads, pinning, polling) as it resolved them at startup.
    raw "askpg runtime:   $(grep -m1 'askpg listening' "$TMP/askpg.log" | sed 's/\x1b\[[0-9;]*m//g')"
fi

# ---------------------------------------------------------------- pgbench -S
declare -A TPS LAT CPU PCPU
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)
cpu_busy() { # jiffies the whole machine spent busy: user, nice, system, irq, softirq
    awk '/^cpu / {print $2 + $3 + $4 + $7 + $8; exit}' /proc/stat
}
proc_ticks() { # pid -> utime + stime of the process (all its threads), in clock ticks, or ""
    # Fields 14 and 15 of /proc/<pid>/stat; counted after the ")" that closes the command
    # name, since the name may hold spaces.
    [ -n "$1" ] && [ -r "/proc/$1/stat" ] || { echo ""; return; }
    sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk '{print $12 + $13}'
}
per_txn_us() { # ticks transactions -> µs per transaction, or FAIL
    case "$1" in ''|*[!0-9]*) echo FAIL; return ;; esac
    awk -v b="$1" -v hz="$CLK_TCK" -v n="${2:-0}" \
        'BEGIN { if (n > 0) printf "%.2f", b * 1e6 / hz / n; else print "FAIL" }'
}
run_point() { # target mode clients round
    local t=$1 mode=$2 c=$3 r=$4 port pid out rc tps lat failed j=1 busy0 busy1 txns ticks0 ticks1 pticks=""
    port=$(target_port "$t")
    pid=$(target_pid "$t")
    [ "$c" -ge 2 ] && j=2
    out="$TMP/pgbench.out"
    busy0=$(cpu_busy)
    ticks0=$(proc_ticks "$pid")
    run_child "$out" timeout --kill-after=10 $((SECONDS_PER_POINT * 3 + 60)) \
        "$PGBIN/pgbench" -n -S -M "$mode" -c "$c" -j "$j" -T "$SECONDS_PER_POINT" \
        -h "$HOST" -p "$port" -U "$RO_ROLE" "$DB"
    rc=$?
    busy1=$(cpu_busy)
    ticks1=$(proc_ticks "$pid")
    [ -n "$ticks0" ] && [ -n "$ticks1" ] && pticks=$((ticks1 - ticks0))
    txns=$(awk -F': *' '/^number of transactions actually processed/ {split($2, a, "/"); print a[1]; exit}' "$out")
    {
        echo "==== target=$t mode=$mode clients=$c jobs=$j seconds=$SECONDS_PER_POINT round=$r rc=$rc" \
            "machine_ticks=$((busy1 - busy0))${pid:+ process_ticks=${pticks:-n/a}} clk_tck=$CLK_TCK"
        cat "$out"
    } >>"$RESULT_FILE"
    tps=$(awk '/^tps = /{print $3; exit}' "$out")
    lat=$(awk '/^latency average = /{print $4; exit}' "$out")
    failed=$(awk -F'[: ]+' '/^number of failed transactions/{print $5; exit}' "$out")
    if [ $rc -ne 0 ] || [ -z "$tps" ] || { [ -n "$failed" ] && [ "$failed" != 0 ]; }; then
        note "  $t $mode c=$c FAILED (rc=$rc): $(grep -m1 -iE 'error|fatal|abort' "$out")"
        TPS[$t|$mode|$c|$r]=FAIL
        LAT[$t|$mode|$c|$r]=FAIL
        CPU[$t|$mode|$c|$r]=FAIL
        PCPU[$t|$mode|$c|$r]=FAIL
    else
        TPS[$t|$mode|$c|$r]=$tps
        LAT[$t|$mode|$c|$r]=$lat
        # Machine CPU time per transaction: unlike TPS, it does not move with the time
        # the hypervisor takes away (steal), so it compares the paths' costs more steadily.
        CPU[$t|$mode|$c|$r]=$(per_txn_us $((busy1 - busy0)) "$txns")
        # The proxy's own CPU time per transaction: what relaying costs, apart from pgbench
        # and PostgreSQL. Direct connections have no proxy process (and one backend per
        # client), so they have no figure here.
        [ -n "$pid" ] && PCPU[$t|$mode|$c|$r]=$(per_txn_us "$pticks" "$txns")
        note "  $(printf '%-9s %-8s c=%-3s %12.1f tps %8.3f ms  (round %s)' "$t" "$mode" "$c" "$tps" "$lat" "$r")"
    fi
}

if [ "$WARMUP" -gt 0 ]; then
    for t in "${TARGETS[@]}"; do
        note "warm-up $t (${WARMUP} s)"
        run_child "$TMP/warmup.out" timeout --kill-after=10 $((WARMUP * 3 + 60)) \
            "$PGBIN/pgbench" -n -S -M simple -c 8 -j 2 -T "$WARMUP" \
            -h "$HOST" -p "$(target_port "$t")" -U "$RO_ROLE" "$DB"
        { echo "==== warm-up target=$t"; cat "$TMP/warmup.out"; } >>"$RESULT_FILE"
    done
fi

NPOINTS=$((${#MODES[@]} * ${#CLIENTS[@]} * ${#TARGETS[@]}))
[ "$NPOINTS" -gt 0 ] && note "pgbench -S: $NPOINTS points x $ROUNDS rounds x ${SECONDS_PER_POINT} s"
# Targets are interleaved per point, and rounds repeat the whole sweep, so slow drift and
# bursts of load on the machine hit all targets alike; each point reports its median round.
for ((round = 1; round <= ROUNDS; round++)); do
    for mode in "${MODES[@]}"; do
        for c in "${CLIENTS[@]}"; do
            for t in $(rotated "$round"); do
                run_point "$t" "$mode" "$c" "$round"
            done
        done
    done
done
for mode in "${MODES[@]}"; do
    for c in "${CLIENTS[@]}"; do
        for t in "${TARGETS[@]}"; do
            tpss=() lats=() cpus=() pcpus=()
            for ((round = 1; round <= ROUNDS; round++)); do
                tpss+=("${TPS[$t|$mode|$c|$round]}")
                lats+=("${LAT[$t|$mode|$c|$round]}")
                cpus+=("${CPU[$t|$mode|$c|$round]}")
                pcpus+=("${PCPU[$t|$mode|$c|$round]:-}")
            done
            TPS[$t|$mode|$c]=$(median "${tpss[@]}")
            LAT[$t|$mode|$c]=$(median "${lats[@]}")
            CPU[$t|$mode|$c]=$(median "${cpus[@]}")
            [ -n "$(target_pid "$t")" ] && PCPU[$t|$mode|$c]=$(median "${pcpus[@]}")
        done
    done
done
[ $WANT_askpg = 1 ] && RSS_PGBENCH_HWM=$(vm_kb "$ASKPG_PID" VmHWM)

# ---------------------------------------------------------------- streaming
# generate_series in the select list (ProjectSet) streams its rows; in FROM it
# would first be materialized into a tuplestore (temp files at 5M rows).
STREAM_SQL="SELECT g, md5(g::text) FROM (SELECT generate_series(1, $STREAM_ROWS) AS g) s"
BIG_SQL="SELECT g, md5(g::text) FROM (SELECT generate_series(1, $BIG_STREAM_ROWS) AS g) s"
echo "$STREAM_SQL;" >"$TMP/stream.sql"
echo "$BIG_SQL;" >"$TMP/stream_big.sql"
STREAM_BYTES=$(datarow_bytes "$STREAM_ROWS")
BIG_BYTES=$(datarow_bytes "$BIG_STREAM_ROWS")

declare -A SROWS SMBS BROWS BMBS SCHECK STPS_LIST
STREAM_TPS=""
stream_once() { # target sqlfile rows -> STREAM_TPS (queries/s, connection time excluded) or FAIL
    local t=$1 file=$2 rows=$3 out rc tps
    out="$TMP/stream.out"
    run_child "$out" timeout --kill-after=10 $((rows / 20000 + 60)) \
        "$PGBIN/pgbench" -n -M simple -c 1 -j 1 -t 1 -f "$file" \
        -h "$HOST" -p "$(target_port "$t")" -U "$RO_ROLE" "$DB"
    rc=$?
    {
        echo "==== stream target=$t rows=$rows rc=$rc"
        cat "$out"
    } >>"$RESULT_FILE"
    tps=$(awk '/^tps = /{print $3; exit}' "$out")
    if [ $rc -ne 0 ] || [ -z "$tps" ]; then
        note "  stream $t $rows rows FAILED (rc=$rc): $(grep -m1 -iE 'error|fatal|abort' "$out")"
        STREAM_TPS=FAIL
        return 1
    fi
    STREAM_TPS=$tps
    note "  $(printf '%-9s %9s rows in %7.3f s' "$t" "$rows" "$(awk -v t="$tps" 'BEGIN{print 1/t}')")"
}


rate() { # rows bytes tps -> sets R_ROWS R_MBS
    case "$3" in ''|*[!0-9.]*) R_ROWS=FAIL R_MBS=FAIL; return ;; esac
    R_ROWS=$(awk -v r="$1" -v t="$3" 'BEGIN{printf "%.0f", r*t}')
    R_MBS=$(awk -v b="$2" -v t="$3" 'BEGIN{printf "%.1f", b*t/1e6}')
}

if [ "$STREAM_ROWS" -gt 0 ]; then
    note "streaming $STREAM_ROWS rows: $STREAM_REPEAT rounds over the targets"
    for ((rep = 1; rep <= STREAM_REPEAT; rep++)); do
        for t in $(rotated "$rep"); do
            stream_once "$t" "$TMP/stream.sql" "$STREAM_ROWS"
            STPS_LIST[$t]="${STPS_LIST[$t]:-} $STREAM_TPS"
        done
    done
    # Correctness: the same rows must arrive through every target.
    REF_SUM=$(psql_to "$PG_PORT" "$RO_ROLE" -c "$STREAM_SQL" | md5sum | awk '{print $1}')
    for t in "${TARGETS[@]}"; do
        # shellcheck disable=SC2086  # the list is word-split on purpose
        rate "$STREAM_ROWS" "$STREAM_BYTES" "$(median ${STPS_LIST[$t]})"
        SROWS[$t]=$R_ROWS SMBS[$t]=$R_MBS
        sum=$(timeout --kill-after=10 $((STREAM_ROWS / 20000 + 60)) \
            "$PGBIN/psql" -X -At -h "$HOST" -p "$(target_port "$t")" -U "$RO_ROLE" -d "$DB" \
            -c "$STREAM_SQL" 2>>"$RESULT_FILE" | md5sum | awk '{print $1}')
        if [ "$sum" = "$REF_SUM" ]; then SCHECK[$t]=ok; else SCHECK[$t]=MISMATCH; fi
        raw "==== stream target=$t rows=$STREAM_ROWS datarow_bytes=$STREAM_BYTES tps:${STPS_LIST[$t]} -> median ${SROWS[$t]} rows/s ${SMBS[$t]} MB/s; checksum $sum want $REF_SUM -> ${SCHECK[$t]}"
    done
fi
[ $WANT_askpg = 1 ] && RSS_STREAM_HWM=$(vm_kb "$ASKPG_PID" VmHWM)

if [ "$BIG_STREAM_ROWS" -gt 0 ]; then
    note "streaming $BIG_STREAM_ROWS rows: 1 round over the targets"
    for t in "${TARGETS[@]}"; do
        stream_once "$t" "$TMP/stream_big.sql" "$BIG_STREAM_ROWS"
        rate "$BIG_STREAM_ROWS" "$BIG_BYTES" "$STREAM_TPS"
        BROWS[$t]=$R_ROWS BMBS[$t]=$R_MBS
        raw "==== stream target=$t rows=$BIG_STREAM_ROWS datarow_bytes=$BIG_BYTES -> ${BROWS[$t]} rows/s ${BMBS[$t]} MB/s"
    done
fi
if [ $WANT_askpg = 1 ]; then
    RSS_BIG_HWM=$(vm_kb "$ASKPG_PID" VmHWM)
    RSS_BIG_NOW=$(vm_kb "$ASKPG_PID" VmRSS)
    kill -0 "$ASKPG_PID" 2>/dev/null || note "askpg is no longer running!"
fi
if [ $WANT_pgbouncer = 1 ]; then
    PGB_HWM=$(vm_kb "$PGB_PID" VmHWM)
fi

# ---------------------------------------------------------------- summary
SUMMARY="$TMP/summary.txt"
{
    echo
    echo "================================================================================"
    echo "askpg benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  $(nproc) cpus  $("$PGBIN/postgres" --version | awk '{print $1" "$3}')"
    echo "================================================================================"
    echo
    if [ ${#MODES[@]} -gt 0 ]; then
    echo "pgbench -S (select-only), scale $SCALE, median of $ROUNDS rounds of ${SECONDS_PER_POINT} s per point, -j = min(clients, 2)"
    echo "tps = transactions/s excluding connection time; lat = average latency in ms"
    echo
    hdr1=$(printf '%-9s %4s' "" "")
    hdr2=$(printf '%-9s %4s' "mode" "cli")
    for t in "${TARGETS[@]}"; do
        hdr1+=$(printf ' | %-19s' "$t")
        hdr2+=$(printf ' | %10s %8s' "tps" "lat ms")
    done
    RATIO_COLS=()
    if [ $WANT_askpg = 1 ]; then
        [ $WANT_direct = 1 ] && RATIO_COLS+=(direct)
        [ $WANT_pgbouncer = 1 ] && RATIO_COLS+=(pgbouncer)
    fi
    if [ ${#RATIO_COLS[@]} -gt 0 ]; then
        hdr1+=" |"; hdr2+=" |"
        for r in "${RATIO_COLS[@]}"; do
            hdr1+=$(printf ' %9s' "askpg/")
            hdr2+=$(printf ' %9s' "$r")
        done
    fi
    echo "$hdr1"
    echo "$hdr2"
    echo "${hdr2//?/-}"
    for mode in "${MODES[@]}"; do
        for c in "${CLIENTS[@]}"; do
            line=$(printf '%-9s %4s' "$mode" "$c")
            for t in "${TARGETS[@]}"; do
                line+=$(printf ' | %10s %8s' "$(num %.1f "${TPS[$t|$mode|$c]:-}")" "$(num %.3f "${LAT[$t|$mode|$c]:-}")")
            done
            if [ ${#RATIO_COLS[@]} -gt 0 ]; then
                line+=" |"
                for r in "${RATIO_COLS[@]}"; do
                    line+=$(printf ' %8sx' "$(ratio "${TPS[askpg|$mode|$c]:-}" "${TPS[$r|$mode|$c]:-}")")
                done
            fi
            echo "$line"
        done
    done
    echo
    echo "CPU per transaction in µs (median of the rounds), each over the point divided by its transactions:"
    echo "  machine = user, system and interrupt time of every process (pgbench, the proxy, PostgreSQL)"
    echo "  process = the proxy process's own utime + stime, all threads (/proc/<pid>/stat fields 14 + 15)"
    echo
    PROXIES=()
    [ $WANT_pgbouncer = 1 ] && PROXIES+=(pgbouncer)
    [ $WANT_askpg = 1 ] && PROXIES+=(askpg)
    hdr1=$(printf '%-9s %4s' "" "")
    hdr2=$(printf '%-9s %4s' "mode" "cli")
    for t in "${TARGETS[@]}"; do hdr1+=$(printf ' | %10s' "machine"); hdr2+=$(printf ' | %10s' "$t"); done
    for t in ${PROXIES[@]+"${PROXIES[@]}"}; do hdr1+=$(printf ' | %10s' "process"); hdr2+=$(printf ' | %10s' "$t"); done
    if [ ${#PROXIES[@]} -eq 2 ]; then hdr1+=$(printf ' | %9s' "askpg/"); hdr2+=$(printf ' | %9s' "pgbouncer"); fi
    echo "$hdr1"
    echo "$hdr2"
    echo "${hdr2//?/-}"
    for mode in "${MODES[@]}"; do
        for c in "${CLIENTS[@]}"; do
            line=$(printf '%-9s %4s' "$mode" "$c")
            for t in "${TARGETS[@]}"; do
                line+=$(printf ' | %10s' "$(num %.1f "${CPU[$t|$mode|$c]:-}")")
            done
            for t in ${PROXIES[@]+"${PROXIES[@]}"}; do
                line+=$(printf ' | %10s' "$(num %.2f "${PCPU[$t|$mode|$c]:-}")")
            done
            if [ ${#PROXIES[@]} -eq 2 ]; then
                line+=$(printf ' | %8sx' "$(ratio "${PCPU[askpg|$mode|$c]:-}" "${PCPU[pgbouncer|$mode|$c]:-}")")
            fi
            echo "$line"
        done
    done
    echo
    fi

    if [ "$STREAM_ROWS" -gt 0 ] || [ "$BIG_STREAM_ROWS" -gt 0 ]; then
        echo "Streaming: SELECT g, md5(g::text) FROM (SELECT generate_series(1, N) AS g) s   (simple protocol, pgbench -c 1 -t 1)"
        echo "MB/s = DataRow wire bytes relayed per second (10^6 bytes; $STREAM_BYTES bytes for N=$STREAM_ROWS)"
        echo
        printf '%-10s | %-34s | %-26s\n' "" "N=$STREAM_ROWS (median of $STREAM_REPEAT)" "N=$BIG_STREAM_ROWS (1 run)"
        printf '%-10s | %12s %9s %11s | %12s %9s %3s\n' "target" "rows/s" "MB/s" "checksum" "rows/s" "MB/s" ""
        printf '%-10s-+-%-34s-+-%-26s\n' "----------" "----------------------------------" "--------------------------"
        for t in "${TARGETS[@]}"; do
            printf '%-10s | %12s %9s %11s | %12s %9s\n' "$t" "${SROWS[$t]:--}" "${SMBS[$t]:--}" "${SCHECK[$t]:--}" \
                "${BROWS[$t]:--}" "${BMBS[$t]:--}"
        done
        if [ $WANT_askpg = 1 ]; then
            [ $WANT_direct = 1 ] && printf '%-10s | %12s %9s %11s | %12s\n' "askpg/dir" "$(ratio "${SROWS[askpg]:-}" "${SROWS[direct]:-}")x" "" "" \
                "$(ratio "${BROWS[askpg]:-}" "${BROWS[direct]:-}")x"
            [ $WANT_pgbouncer = 1 ] && printf '%-10s | %12s %9s %11s | %12s\n' "askpg/pgb" "$(ratio "${SROWS[askpg]:-}" "${SROWS[pgbouncer]:-}")x" "" "" \
                "$(ratio "${BROWS[askpg]:-}" "${BROWS[pgbouncer]:-}")x"
        fi
        echo
    fi

    if [ $WANT_askpg = 1 ] || [ $WANT_pgbouncer = 1 ]; then
        echo "Peak RSS (VmHWM from /proc/<pid>/status, MiB; monotonic, so later = peak so far)"
        if [ $WANT_askpg = 1 ]; then
            printf '  askpg  after startup:                  %8s\n' "$(kb_to_mib "${RSS_START_HWM:-}")"
            printf '  askpg  after pgbench runs:             %8s\n' "$(kb_to_mib "${RSS_PGBENCH_HWM:-}")"
            printf '  askpg  after %9s-row stream:      %8s\n' "$STREAM_ROWS" "$(kb_to_mib "${RSS_STREAM_HWM:-}")"
            printf '  askpg  after %9s-row stream:      %8s   (current VmRSS %s)\n' "$BIG_STREAM_ROWS" \
                "$(kb_to_mib "${RSS_BIG_HWM:-}")" "$(kb_to_mib "${RSS_BIG_NOW:-}")"
        fi
        [ $WANT_pgbouncer = 1 ] && printf '  pgbouncer at the end (reference):      %8s\n' "$(kb_to_mib "${PGB_HWM:-}")"
        echo
    fi

    if [ $WANT_askpg = 1 ]; then
        echo "Targets (see benches/README.md)"
        if [ $WANT_pgbouncer = 1 ] && [ ${#MODES[@]} -gt 0 ]; then
            for mode in simple extended; do
                a=${PCPU[askpg|$mode|8]:-} p=${PCPU[pgbouncer|$mode|8]:-}
                r=$(ratio "$a" "$p")
                if [ "$r" = "-" ]; then v="n/a "; elif ge "$p" "$a"; then v=PASS; else v=FAIL; fi
                printf '  %-4s askpg CPU/txn <= PgBouncer CPU/txn at 8 clients, %-9s (%s / %s µs, %sx)\n' \
                    "$v" "$mode" "$(num %.2f "$a")" "$(num %.2f "$p")" "$r"
            done
            for mode in "${MODES[@]}"; do
                r=$(ratio "${TPS[askpg|$mode|1]:-}" "${TPS[pgbouncer|$mode|1]:-}")
                if [ "$r" = "-" ]; then v="n/a "; elif ge "${TPS[askpg|$mode|1]}" "${TPS[pgbouncer|$mode|1]}"; then v=PASS; else v=FAIL; fi
                printf '  %-4s askpg TPS >= PgBouncer TPS at 1 client, %-9s          (%sx)\n' "$v" "$mode" "$r"
            done
        fi
        if [ $WANT_direct = 1 ]; then
            r=$(ratio "${SROWS[askpg]:-}" "${SROWS[direct]:-}")
            if [ "$r" = "-" ]; then v="n/a "; elif ge "$r" 0.9 && [ "${SCHECK[askpg]:-}" = ok ]; then v=PASS; else v=FAIL; fi
            printf '  %-4s %s-row stream >= 0.9x direct throughput, rows intact (%sx, checksum %s)\n' \
                "$v" "$STREAM_ROWS" "$r" "${SCHECK[askpg]:--}"
        fi
        if [ -n "${RSS_STREAM_HWM:-}" ] && [ -n "${RSS_BIG_HWM:-}" ]; then
            growth=$((RSS_BIG_HWM - RSS_STREAM_HWM))
            allow=$((RSS_STREAM_HWM / 10))
            [ "$allow" -lt 8192 ] && allow=8192
            if [ "${BROWS[askpg]:-FAIL}" = FAIL ]; then v="n/a "; elif [ "$growth" -le "$allow" ]; then v=PASS; else v=FAIL; fi
            printf '  %-4s RSS independent of result size: peak grew %s MiB from %s to %s rows (allowed %s)\n' \
                "$v" "$(kb_to_mib "$growth")" "$STREAM_ROWS" "$BIG_STREAM_ROWS" "$(kb_to_mib "$allow")"
        fi
        echo
    fi
    echo "load average: $LOAD_START at start, $(cut -d' ' -f1-3 /proc/loadavg) at end (1/5/15 min)"
    if awk -v l="${LOAD_START%% *}" 'BEGIN{exit !(l > 0.5)}'; then
        echo "WARNING: the machine was busy when the run started; figures are noisy. Re-run on an idle machine."
    fi
    echo "raw results: ${RESULT_FILE#"$ROOT"/}   (total run time $(( $(date +%s) - START_TS )) s)"
} >"$SUMMARY"

cat "$SUMMARY"
cat "$SUMMARY" >>"$RESULT_FILE"
exit 0
