//! The guard's CPU cost per statement, on statements BI tools and drivers send: a first
//! check (the text was never seen), and a session's verdict cache answering a text it has
//! seen before, right again (a driver re-sending its Parse) or after another text (a
//! dashboard cycling through its panels). A refused text is never cached: each of its
//! checks is a first one.
//!
//!     cargo bench --bench guard
//!
//! Prints a Markdown table of the median over rounds, in microseconds of the measuring
//! thread's own CPU time per statement (time spent waiting for a core on a busy machine is
//! not counted), measured on a thread with the session threads' stack size.
//! `GUARD_BENCH_ROUNDS` (default 7) and `GUARD_BENCH_MS` (milliseconds per round and
//! statement, default 200) change the effort. See benches/README.md.
//!
//! Without `--bench` in its arguments (`cargo test --all-targets` runs this file as a test,
//! `cargo bench` passes `--bench`), it makes one short round of each measurement: a smoke
//! test that it still runs, whose figures mean nothing.

use std::hint::black_box;
use std::time::Duration;

use askpg::config::GuardConfig;
use askpg::guard::{Guard, VerdictCache};

/// (what sends it, the text).
const STATEMENTS: &[(&str, &str)] = &[
    ("liveness check", "SELECT 1"),
    (
        "pgbench -S",
        "SELECT abalance FROM pgbench_accounts WHERE aid = 4242;",
    ),
    ("pgJDBC start-up", "SET extra_float_digits = 3"),
    (
        "pgAdmin 4 start-up",
        "SET DateStyle=ISO; SET client_min_messages=notice; SELECT set_config('bytea_output','hex',false) FROM pg_settings WHERE name='bytea_output'; SET client_encoding='UTF8';",
    ),
    (
        "psql \\d name",
        "SELECT c.oid, n.nspname, c.relname FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relname OPERATOR(pg_catalog.~) '^(customers)$' COLLATE pg_catalog.default AND pg_catalog.pg_table_is_visible(c.oid) ORDER BY 2, 3;",
    ),
    (
        "Grafana schema browser",
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2",
    ),
    (
        "Grafana time series panel",
        "SELECT date_trunc('hour', placed_at) AS \"time\", sum(amount) AS \"value\" FROM orders WHERE placed_at BETWEEN '2021-01-01T00:00:00Z' AND '2021-01-02T00:00:00Z' GROUP BY 1 ORDER BY 1",
    ),
    (
        "Metabase sync (privileges)",
        "WITH table_privileges AS (SELECT NULL AS role, t.schemaname AS schema, t.objectname AS table, pg_catalog.has_any_column_privilege(current_user, '\"' || replace(t.schemaname, '\"', '\"\"') || '\".' || '\"' || replace(t.objectname, '\"', '\"\"') || '\"', 'update') AS update, pg_catalog.has_table_privilege(current_user, '\"' || replace(t.schemaname, '\"', '\"\"') || '\".' || '\"' || replace(t.objectname, '\"', '\"\"') || '\"', 'SELECT') AS select FROM (SELECT schemaname, tablename AS objectname FROM pg_catalog.pg_tables) t WHERE t.schemaname !~ '^pg_' AND t.schemaname <> 'information_schema' AND pg_catalog.has_schema_privilege(current_user, t.schemaname, 'usage')) SELECT t.* FROM table_privileges t",
    ),
    (
        "Metabase question",
        "SELECT \"source\".\"CATEGORY\" AS \"CATEGORY\", \"source\".\"count\" AS \"count\" FROM (SELECT \"PRODUCTS__via__PRODUCT_ID\".\"CATEGORY\" AS \"CATEGORY\", COUNT(*) AS \"count\" FROM \"PUBLIC\".\"ORDERS\" LEFT JOIN \"PUBLIC\".\"PRODUCTS\" AS \"PRODUCTS__via__PRODUCT_ID\" ON \"PUBLIC\".\"ORDERS\".\"PRODUCT_ID\" = \"PRODUCTS__via__PRODUCT_ID\".\"ID\" WHERE (\"PUBLIC\".\"ORDERS\".\"CREATED_AT\" >= CAST((NOW() + INTERVAL '-30 day') AS date)) AND (\"PUBLIC\".\"ORDERS\".\"CREATED_AT\" < CAST(NOW() AS date)) GROUP BY \"PRODUCTS__via__PRODUCT_ID\".\"CATEGORY\" ORDER BY \"PRODUCTS__via__PRODUCT_ID\".\"CATEGORY\" ASC) AS \"source\" ORDER BY \"source\".\"count\" DESC, \"source\".\"CATEGORY\" ASC LIMIT 10",
    ),
    (
        "DBeaver types",
        "SELECT t.oid,t.*,c.relkind,format_type(nullif(t.typbasetype, 0), t.typtypmod) as base_type_name, d.description FROM pg_catalog.pg_type t LEFT OUTER JOIN pg_catalog.pg_type et ON et.oid=t.typelem LEFT OUTER JOIN pg_catalog.pg_class c ON c.oid=t.typrelid LEFT OUTER JOIN pg_catalog.pg_description d ON t.oid=d.objoid WHERE t.typname IS NOT NULL AND (c.relkind IS NULL OR c.relkind = 'c') AND (et.typcategory IS NULL OR et.typcategory <> 'C')",
    ),
    (
        "Tableau-style extract",
        "SELECT CAST(\"orders\".\"status\" AS TEXT) AS \"status\", SUM(CAST(\"orders\".\"amount\" AS DOUBLE PRECISION)) AS \"sum:amount:ok\", CASE WHEN EXTRACT(MONTH FROM \"orders\".\"placed_at\") < 4 THEN 'Q1' WHEN EXTRACT(MONTH FROM \"orders\".\"placed_at\") < 7 THEN 'Q2' WHEN EXTRACT(MONTH FROM \"orders\".\"placed_at\") < 10 THEN 'Q3' ELSE 'Q4' END AS \"quarter\", COUNT(DISTINCT \"orders\".\"customer_id\") AS \"ctd:customer_id:ok\" FROM \"public\".\"orders\" \"orders\" INNER JOIN \"public\".\"customers\" \"customers\" ON (\"orders\".\"customer_id\" = \"customers\".\"id\") WHERE ((\"customers\".\"country\" IN ('Brazil', 'Germany', 'Japan')) AND (\"orders\".\"placed_at\" >= (TIMESTAMP '2021-01-01 00:00:00.000'))) GROUP BY 1, 3 HAVING (COUNT(1) > 0)",
    ),
];

fn main() {
    // On a thread with the stack of askpg's session threads (2 MiB), where the guard runs.
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(measure)
        .expect("a thread")
        .join()
        .expect("the measurement ran");
}

fn measure() {
    let (rounds, per_round) = if std::env::args().any(|arg| arg == "--bench") {
        (
            env_number("GUARD_BENCH_ROUNDS", 7),
            Duration::from_millis(env_number("GUARD_BENCH_MS", 200)),
        )
    } else {
        (1, Duration::from_millis(1))
    };
    let guard = Guard::new(&GuardConfig::default());
    // A refused text is measured too (a refusal costs a check), and marked.
    let refused: Vec<bool> = STATEMENTS
        .iter()
        .map(|(_, sql)| guard.check(sql).is_err())
        .collect();
    // A session that has seen every statement. A driver re-sending the same text meets
    // the cache's memory of the last text; a dashboard cycling through its panels meets a
    // lookup, measured after a short text and less that short text's own lookup.
    let mut cache = VerdictCache::default();
    for (_, sql) in STATEMENTS {
        let _ = cache.check(&guard, sql);
    }
    let (short, other_short) = ("SELECT 1", "SELECT 2");
    let short_lookup = median_micros(rounds, per_round, || {
        black_box(cache.check(&guard, black_box(short)).is_ok());
        black_box(cache.check(&guard, black_box(other_short)).is_ok());
    }) / 2.0;
    println!(
        "| statement | bytes | first check (µs) | same text again (µs) | after another text (µs) |"
    );
    println!("|---|---:|---:|---:|---:|");
    let mut totals = [0.0; 3];
    for (i, (what, sql)) in STATEMENTS.iter().enumerate() {
        let first = median_micros(rounds, per_round, || {
            black_box(guard.check(black_box(sql)).is_ok());
        });
        let again = median_micros(rounds, per_round, || {
            black_box(cache.check(&guard, black_box(sql)).is_ok());
        });
        let after_other = median_micros(rounds, per_round, || {
            black_box(cache.check(&guard, black_box(short)).is_ok());
            black_box(cache.check(&guard, black_box(sql)).is_ok());
        }) - short_lookup;
        for (total, value) in totals.iter_mut().zip([first, again, after_other]) {
            *total += value;
        }
        let mark = if refused[i] { " (refused)" } else { "" };
        println!(
            "| {what}{mark} | {} | {first:.2} | {again:.3} | {after_other:.3} |",
            sql.len()
        );
    }
    let n = STATEMENTS.len() as f64;
    println!(
        "| mean of the {} statements | | {:.2} | {:.3} | {:.3} |",
        STATEMENTS.len(),
        totals[0] / n,
        totals[1] / n,
        totals[2] / n
    );
}

/// The median over `rounds` of the CPU time one call of `f` takes, in microseconds; each
/// round repeats `f` for about `per_round` of CPU time.
fn median_micros(rounds: usize, per_round: Duration, mut f: impl FnMut()) -> f64 {
    // Calibrate: how many calls fill a round, from batches that double until one takes an
    // eighth of a round (reading the clock costs more than a cached check).
    let mut calls = 1u64;
    let calls = loop {
        let start = thread_cpu_time();
        for _ in 0..calls {
            f();
        }
        let spent = thread_cpu_time() - start;
        if spent >= per_round / 8 && !spent.is_zero() {
            let fill = per_round.as_secs_f64() / spent.as_secs_f64();
            break ((calls as f64 * fill).ceil() as u64).max(1);
        }
        calls *= 2;
    };
    let mut samples: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = thread_cpu_time();
            for _ in 0..calls {
                f();
            }
            (thread_cpu_time() - start).as_secs_f64() * 1e6 / calls as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

/// The CPU time the calling thread has used.
fn thread_cpu_time() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid timespec for clock_gettime to write.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    assert_eq!(status, 0, "the thread's CPU clock");
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

fn env_number<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
