//! Differential fidelity: the same messages sent to PostgreSQL directly and through askpg
//! must produce byte-identical backend message streams.

mod common;

use common::wire::{self, batch, bind, describe, execute, parse, sync, tags, Msg, Wire};
use common::{fixture, Proxy, CLIENT_PASSWORD, CLIENT_USER, DATABASE, READER};

/// Statements covering the types, formats and protocol behaviours a relay must pass through
/// unchanged.
const STATEMENTS: &[&str] = &[
    "SELECT 1",
    "SELECT i2, i4, i8 FROM all_types ORDER BY id",
    "SELECT n, n_typed FROM all_types ORDER BY id",
    "SET extra_float_digits = 0",
    "SELECT f4, f8 FROM all_types ORDER BY id",
    "SET extra_float_digits = 3",
    "SELECT f4, f8, f4::text, f8::text FROM all_types ORDER BY id",
    "SELECT t, vc, ch FROM all_types ORDER BY id",
    "SELECT by FROM all_types ORDER BY id",
    "SELECT b FROM all_types ORDER BY id",
    "SELECT d, tm, ts FROM all_types ORDER BY id",
    "SET TimeZone = 'UTC'",
    "SELECT tstz FROM all_types ORDER BY id",
    "SET TimeZone = 'America/Sao_Paulo'",
    "SELECT tstz, tstz::date FROM all_types ORDER BY id",
    "SELECT iv, u FROM all_types ORDER BY id",
    "SELECT j, jb FROM all_types ORDER BY id",
    "SELECT arr_i, arr_t FROM all_types ORDER BY id",
    "SELECT m, p FROM all_types ORDER BY id",
    "SELECT ip FROM all_types ORDER BY id",
    "SELECT * FROM all_types ORDER BY id",
    "SELECT NULL::int AS a, NULL::text AS b, NULL::mood AS c",
    "SELECT * FROM customers WHERE false",
    "SELECT 1; SELECT 2; SELECT 'three'",
    "SELECT 1/0",
    "SELECT * FROM missing_table",
    "SELECT id FROM customers WHERE nam = 'x'",
    "SELECT 1; SELECT 1/0; SELECT 3",
    "SELECT noisy(3)",
    "SHOW TimeZone",
    "SHOW server_version",
    "SHOW transaction_read_only",
    "COPY (SELECT id, name FROM customers ORDER BY id LIMIT 50) TO STDOUT",
    "COPY (SELECT * FROM all_types ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER)",
    "COPY (SELECT id, by FROM all_types ORDER BY id) TO STDOUT WITH (FORMAT binary)",
    "SELECT * FROM customer_totals ORDER BY id LIMIT 20",
    "SELECT count(*), sum(amount), avg(amount) FROM orders",
    "SELECT * FROM orders ORDER BY id LIMIT 3000",
    "BEGIN; SELECT 1; COMMIT",
    "BEGIN READ ONLY",
    "SELECT count(*) FROM customers",
    "SELECT 1/0",
    "SELECT 1",
    "ROLLBACK",
    "",
    "-- ping",
    "SELECT pg_typeof(m), pg_typeof(p) FROM all_types ORDER BY id",
    "SELECT ARRAY[1.5, 2.25]::numeric[], '{\"a\":1}'::jsonb -> 'a'",
    "SELECT $$dollar$$ || E'\\ttab'",
    "SELECT repeat('x', 200000) AS big",
    "SELECT generate_series(1, 1000)",
    "SELECT row(1, 'a')",
    "SELECT c.relname FROM pg_catalog.pg_class c WHERE c.relname OPERATOR(pg_catalog.~) '^(customers)$' COLLATE pg_catalog.default",
    "SELECT 'x' WHERE 1 = 2",
];

/// Queries re-run through the extended protocol with binary results.
const BINARY_QUERIES: &[&str] = &[
    "SELECT i2, i4, i8 FROM all_types ORDER BY id",
    "SELECT n, n_typed, f4, f8 FROM all_types ORDER BY id",
    "SELECT t, vc, ch, by, b FROM all_types ORDER BY id",
    "SELECT d, tm, ts, tstz, iv FROM all_types ORDER BY id",
    "SELECT u, j, jb, arr_i, arr_t, m, p, ip FROM all_types ORDER BY id",
    "SELECT * FROM orders ORDER BY id LIMIT 500",
];

async fn pair() -> (Proxy, Wire, Wire) {
    let fx = fixture();
    let proxy = Proxy::with_defaults().await;
    let direct = Wire::connect_pinned(
        &fx.upstream_url(READER, "require"),
        &[("application_name", "fidelity")],
    )
    .await
    .expect("direct connection");
    let proxied = Wire::connect(&proxy_url(&proxy), &[("application_name", "fidelity")])
        .await
        .expect("connection through askpg");
    (proxy, direct, proxied)
}

fn proxy_url(proxy: &Proxy) -> String {
    format!(
        "postgres://{CLIENT_USER}:{CLIENT_PASSWORD}@127.0.0.1:{}/{DATABASE}?sslmode=require",
        proxy.port()
    )
}

async fn both(
    direct: &mut Wire,
    proxied: &mut Wire,
    bytes: &[u8],
    syncs: usize,
) -> (Vec<Msg>, Vec<Msg>) {
    direct.send(bytes).await;
    proxied.send(bytes).await;
    let (mut a, mut b) = (Vec::new(), Vec::new());
    for _ in 0..syncs {
        a.extend(direct.until_ready().await);
        b.extend(proxied.until_ready().await);
    }
    (a, b)
}

#[tokio::test]
async fn simple_protocol_streams_are_byte_identical() {
    let (_proxy, mut direct, mut proxied) = pair().await;
    assert_eq!(
        direct.startup_params, proxied.startup_params,
        "startup ParameterStatus set"
    );
    assert!(STATEMENTS.len() >= 40);
    for sql in STATEMENTS {
        let (a, b) = both(&mut direct, &mut proxied, &wire::query(sql), 1).await;
        assert_eq!(a, b, "statement {sql:?}");
    }
}

#[tokio::test]
async fn binary_results_are_byte_identical() {
    let (_proxy, mut direct, mut proxied) = pair().await;
    for sql in BINARY_QUERIES {
        let msgs = batch(&[
            parse("", sql, &[]),
            bind("", "", &[], &[], &[1]),
            describe(b'P', ""),
            execute("", 0),
            sync(),
        ]);
        let (a, b) = both(&mut direct, &mut proxied, &msgs, 1).await;
        assert_eq!(tags(&a[..2]), "12", "{sql}: {a:?}");
        assert_eq!(a, b, "binary {sql:?}");
    }
}

#[tokio::test]
async fn extended_protocol_behaviours_are_identical() {
    let (_proxy, mut direct, mut proxied) = pair().await;
    let int4 = 23;
    let cases: Vec<(&str, usize, bytes::BytesMut)> = vec![
        // Named statement, Describe S, two portals from it with binary parameters.
        (
            "named statement",
            1,
            batch(&[
                parse(
                    "s_named",
                    "SELECT id, name, balance FROM customers WHERE id = $1 OR id = $2",
                    &[int4, int4],
                ),
                describe(b'S', "s_named"),
                bind(
                    "p1",
                    "s_named",
                    &[1],
                    &[Some(&7i32.to_be_bytes()), Some(&9i32.to_be_bytes())],
                    &[0],
                ),
                bind(
                    "p2",
                    "s_named",
                    &[0, 1],
                    &[Some(b"3"), Some(&4i32.to_be_bytes())],
                    &[1, 0, 1],
                ),
                describe(b'P', "p1"),
                execute("p1", 0),
                execute("p2", 0),
                sync(),
            ]),
        ),
        // Execute with max_rows → PortalSuspended, then resume to completion.
        (
            "portal suspension",
            1,
            batch(&[
                parse("", "SELECT id FROM customers ORDER BY id LIMIT 25", &[]),
                bind("", "", &[], &[], &[]),
                execute("", 10),
                execute("", 10),
                execute("", 10),
                sync(),
            ]),
        ),
        // An error mid-pipeline: later messages are skipped until Sync.
        (
            "error mid-pipeline",
            2,
            batch(&[
                parse("", "SELECT 1", &[]),
                bind("", "", &[], &[], &[]),
                execute("", 0),
                parse("", "SELECT 1/0", &[]),
                bind("", "", &[], &[], &[]),
                execute("", 0),
                parse("", "SELECT 2", &[]),
                bind("", "", &[], &[], &[]),
                execute("", 0),
                sync(),
                parse("", "SELECT 'after sync'", &[]),
                bind("", "", &[], &[], &[]),
                execute("", 0),
                sync(),
            ]),
        ),
        // Parameter with NULL, unnamed statement reuse, Close of statement and portal.
        (
            "nulls and close",
            1,
            batch(&[
                parse("s_close", "SELECT $1::text IS NULL", &[]),
                bind("p_close", "s_close", &[], &[None], &[]),
                execute("p_close", 0),
                wire::close(b'P', "p_close"),
                wire::close(b'S', "s_close"),
                sync(),
            ]),
        ),
        // A cursor in a transaction.
        (
            "cursor",
            4,
            batch(&[
                wire::query("BEGIN"),
                wire::query("DECLARE c CURSOR FOR SELECT id, amount FROM orders ORDER BY id"),
                wire::query("FETCH 100 FROM c"),
                wire::query("CLOSE c; COMMIT"),
            ]),
        ),
    ];
    for (name, syncs, msgs) in cases {
        let (a, b) = both(&mut direct, &mut proxied, &msgs, syncs).await;
        assert_eq!(a, b, "{name}");
        if name == "portal suspension" {
            assert_eq!(tags(&a), "12DDDDDDDDDDsDDDDDDDDDDsDDDDDCZ", "{name}");
        }
        if name == "error mid-pipeline" {
            assert_eq!(tags(&a), "12DC1EZ12DCZ", "{name}");
        }
    }
}

#[tokio::test]
async fn flush_without_sync_gets_answers() {
    // asyncpg sends Parse + Describe + Flush and waits before sending Bind.
    let (_proxy, mut direct, mut proxied) = pair().await;
    let msgs = batch(&[
        parse("s_flush", "SELECT $1::int + 1", &[]),
        describe(b'S', "s_flush"),
        wire::flush(),
    ]);
    direct.send(&msgs).await;
    proxied.send(&msgs).await;
    let a = direct.take(3).await;
    let b = proxied.take(3).await;
    assert_eq!(tags(&b), "1tT");
    assert_eq!(a, b);
    let rest = batch(&[
        bind("", "s_flush", &[], &[Some(b"41")], &[]),
        execute("", 0),
        sync(),
    ]);
    let (a, b) = both(&mut direct, &mut proxied, &rest, 1).await;
    assert_eq!(a, b);
    assert_eq!(b[1].body[6..8], *b"42");
}

#[tokio::test]
async fn mixed_result_formats_per_column() {
    let (_proxy, mut direct, mut proxied) = pair().await;
    let msgs = batch(&[
        parse(
            "",
            "SELECT id, name, created, balance FROM customers ORDER BY id LIMIT 5",
            &[],
        ),
        bind("", "", &[], &[], &[1, 0, 1, 0]),
        describe(b'P', ""),
        execute("", 0),
        sync(),
    ]);
    let (a, b) = both(&mut direct, &mut proxied, &msgs, 1).await;
    assert_eq!(a, b);
    // RowDescription: the format code of the first column is binary (1).
    let rd = &b[2];
    assert_eq!(rd.tag, b'T');
    let first_format = &rd.body[2 + "id".len() + 1 + 16..2 + "id".len() + 1 + 18];
    assert_eq!(first_format, [0, 1]);
}

/// The statements of tests/fixtures/read_corpus.sql, one Query text per line.
fn read_corpus() -> Vec<String> {
    let text = std::fs::read_to_string(common::repo_path("tests/fixtures/read_corpus.sql"))
        .expect("tests/fixtures/read_corpus.sql");
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with("-- "))
        .map(str::to_owned)
        .collect()
}

/// Valid reads across PostgreSQL's grammar pass askpg's guard and come back exactly as
/// PostgreSQL sends them, through the simple protocol and, for single statements, the
/// extended one.
#[tokio::test]
async fn read_corpus_passes_byte_identical_in_both_protocols() {
    let corpus = read_corpus();
    assert!(corpus.len() >= 100, "{} statements", corpus.len());
    let (_proxy, mut direct, mut proxied) = pair().await;
    for sql in &corpus {
        let (a, b) = both(&mut direct, &mut proxied, &wire::query(sql), 1).await;
        assert!(
            !a.iter().any(|m| m.tag == b'E'),
            "{sql:?} fails on PostgreSQL itself: {a:?}"
        );
        assert_eq!(a, b, "simple protocol: {sql:?}");
        if sql.trim_end_matches(';').contains(';') {
            continue;
        }
        let msgs = batch(&[
            parse("", sql, &[]),
            bind("", "", &[], &[], &[]),
            describe(b'P', ""),
            execute("", 0),
            sync(),
        ]);
        let (a, b) = both(&mut direct, &mut proxied, &msgs, 1).await;
        assert_eq!(a, b, "extended protocol: {sql:?}");
    }
}
