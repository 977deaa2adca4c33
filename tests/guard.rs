//! The read-only promise against a real PostgreSQL: an attack corpus refused through both
//! protocols, the upstream layers holding on their own with the guard off, re-pinning after
//! resets, the role audit, and the catalog statements real clients send.

mod common;

use common::wire::{batch, bind, execute, parse, sync, tags, Wire};
use common::{fixture, Proxy, CLIENT_PASSWORD, CLIENT_USER, DATABASE};

fn proxy_url(proxy: &Proxy) -> String {
    format!(
        "postgres://{CLIENT_USER}:{CLIENT_PASSWORD}@127.0.0.1:{}/{DATABASE}?sslmode=disable",
        proxy.port()
    )
}

/// A fingerprint of what could change: the WAL position and every fixture table.
async fn upstream_state() -> (String, String) {
    let admin = fixture().superuser().await;
    let wal: String = admin
        .query_one("SELECT pg_current_wal_lsn()::text", &[])
        .await
        .unwrap()
        .get(0);
    (wal, common::table_contents().await)
}

use common::attacks::sqlstate;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attack_corpus_is_refused_in_both_protocols_and_nothing_changes() {
    let corpus = common::attacks::attack_corpus();
    assert!(
        corpus.len() >= 150,
        "corpus has {} statements",
        corpus.len()
    );
    let proxy = Proxy::with_defaults().await;
    // Settle the cluster first: reading pages with dead tuples (left by the fixture's
    // grants) would otherwise prune them and move the WAL without anyone writing.
    let admin = fixture().superuser().await;
    admin.simple_query("VACUUM FREEZE").await.unwrap();
    admin.simple_query("CHECKPOINT").await.unwrap();
    upstream_state().await;
    let before = upstream_state().await;
    let mut conn = Wire::connect(&proxy_url(&proxy), &[]).await.unwrap();
    for (sql, codes) in &corpus {
        common::attacks::assert_refused_both_ways(&mut conn, sql, codes).await;
    }
    // NUL bytes and invalid UTF-8 never reach the upstream as statements.
    let mut invalid = common::wire::query("SELECT 'x'");
    let at = invalid.len() - 3;
    invalid[at] = 0xff;
    conn.send(&invalid).await;
    assert_eq!(
        sqlstate(&conn.until_ready().await).as_deref(),
        Some("22021")
    );
    drop(conn);
    assert_eq!(upstream_state().await, before, "the upstream changed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reset_all_and_discard_all_keep_the_session_pinned() {
    let proxy = Proxy::with_defaults().await;
    let mut conn = Wire::connect(&proxy_url(&proxy), &[]).await.unwrap();
    for reset in [
        "RESET ALL",
        "DISCARD ALL",
        "SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; RESET ALL;",
    ] {
        let msgs = conn.query(reset).await;
        assert!(sqlstate(&msgs).is_none(), "{reset}: {msgs:?}");
        assert_eq!(msgs.last().unwrap().tag, b'Z');
        assert!(
            !msgs
                .iter()
                .any(|m| m.tag == b'C' && m.body.starts_with(b"SET")),
            "re-pin answers hidden: {msgs:?}"
        );
        assert_eq!(
            show(&mut conn, "default_transaction_read_only").await,
            "on",
            "{reset}"
        );
        assert_eq!(
            show(&mut conn, "statement_timeout").await,
            "5min",
            "{reset}"
        );
    }
    // In the extended protocol the re-pin follows the Sync.
    conn.send(&batch(&[
        parse("", "DISCARD ALL", &[]),
        bind("", "", &[], &[], &[]),
        execute("", 0),
        sync(),
    ]))
    .await;
    // DISCARD ALL reports the reset default_transaction_read_only, as PostgreSQL does.
    assert_eq!(tags(&conn.until_ready().await), "12CSZ");
    assert_eq!(show(&mut conn, "default_transaction_read_only").await, "on");
}

/// The value of a setting, from the DataRow of SHOW.
async fn show(conn: &mut Wire, setting: &str) -> String {
    let msgs = conn.query(&format!("SHOW {setting}")).await;
    let row = msgs.iter().find(|m| m.tag == b'D').expect("a row");
    String::from_utf8_lossy(&row.body[6..]).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_exposed_schemas_can_be_read() {
    // By default every non-system schema the role can read is exposed.
    let proxy = Proxy::with_defaults().await;
    let client = proxy.client().await;
    assert_eq!(
        client
            .simple_query("SELECT * FROM hr.salaries")
            .await
            .unwrap()
            .len(),
        3
    );
    let mut config = common::base_config();
    config.guard.exposed_schemas = vec!["public".into()];
    let proxy = Proxy::start(config).await;
    let client = proxy.client().await;
    for sql in [
        "SELECT * FROM hr.salaries",
        "SELECT c.name FROM customers c JOIN hr.salaries s ON s.employee = c.name",
        "SET search_path = hr",
    ] {
        let err = client.simple_query(sql).await.unwrap_err();
        let db = err.as_db_error().unwrap();
        assert_eq!(db.code().code(), "42501", "{sql}");
        assert!(
            db.message().contains("salaries") || db.message().contains("search_path"),
            "{sql}: {}",
            db.message()
        );
    }
    // The catalogs stay readable, and so does the exposed schema.
    client
        .simple_query("SELECT count(*) FROM pg_catalog.pg_class")
        .await
        .unwrap();
    client
        .simple_query("SELECT count(*) FROM information_schema.tables")
        .await
        .unwrap();
    client
        .simple_query("SELECT count(*) FROM customers")
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn row_cap_truncates_results_with_a_warning() {
    let mut config = common::base_config();
    config.guard.max_rows = 5;
    let proxy = Proxy::start(config).await;
    let mut conn = Wire::connect(&proxy_url(&proxy), &[]).await.unwrap();
    let msgs = conn.query("SELECT id FROM orders ORDER BY id").await;
    assert_eq!(tags(&msgs), "TDDDDDNCZ", "{msgs:?}");
    assert!(msgs[6].field(b'M').unwrap().contains("truncated to 5 rows"));
    assert_eq!(msgs[7].body, b"SELECT 5\0");
    // Rows larger than the relay's buffer are dropped as they stream in.
    let msgs = conn
        .query("SELECT repeat('x', 200000) FROM generate_series(1, 8)")
        .await;
    assert_eq!(tags(&msgs), "TDDDDDNCZ");
    let msgs = conn
        .query("COPY (SELECT id FROM customers ORDER BY id) TO STDOUT")
        .await;
    assert_eq!(tags(&msgs), "HdddddcNCZ", "{msgs:?}");
    // Results under the cap, and later statements, are untouched.
    assert_eq!(
        tags(&conn.query("SELECT 1; SELECT id FROM orders LIMIT 3").await),
        "TDCTDDDCZ"
    );
    // The extended protocol counts across suspended Executes of one portal.
    conn.send(&batch(&[
        parse("", "SELECT id FROM orders ORDER BY id", &[]),
        bind("", "", &[], &[], &[]),
        execute("", 3),
        execute("", 3),
        execute("", 0),
        sync(),
    ]))
    .await;
    assert_eq!(tags(&conn.until_ready().await), "12DDDsDDsNCZ");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn catalog_statements_of_real_clients_pass() {
    let proxy = Proxy::with_defaults().await;
    let client = proxy.client().await;
    // As sent by Metabase's sync, Grafana's schema browser, DBeaver and psql.
    let statements = [
        "SELECT nspname FROM pg_namespace WHERE nspname = (pg_catalog.current_schemas(true))[1]",
        "WITH table_privileges AS (
             SELECT NULL AS role, t.schemaname AS schema, t.objectname AS table,
                    pg_catalog.has_any_column_privilege(current_user, '\"' || replace(t.schemaname, '\"', '\"\"') || '\".' || '\"' || replace(t.objectname, '\"', '\"\"') || '\"', 'update') AS update,
                    pg_catalog.has_table_privilege(current_user, '\"' || replace(t.schemaname, '\"', '\"\"') || '\".' || '\"' || replace(t.objectname, '\"', '\"\"') || '\"', 'SELECT') AS select
             FROM (SELECT schemaname, tablename AS objectname FROM pg_catalog.pg_tables) t
             WHERE t.schemaname !~ '^pg_' AND t.schemaname <> 'information_schema'
               AND pg_catalog.has_schema_privilege(current_user, t.schemaname, 'usage'))
         SELECT t.* FROM table_privileges t",
        "SELECT c.relname, d.description, s.n_live_tup FROM pg_catalog.pg_class c
         LEFT JOIN pg_catalog.pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
         LEFT JOIN pg_catalog.pg_stat_user_tables s ON s.relid = c.oid WHERE c.relkind = 'r'",
        "SELECT current_setting('server_version_num')::int/100",
        "SELECT t.oid, t.typname FROM pg_catalog.pg_type t WHERE t.typinput = 'pg_catalog.array_in'::regproc LIMIT 5",
        "SELECT name, setting FROM pg_catalog.pg_settings WHERE name = 'max_connections'",
        "SELECT * FROM pg_catalog.pg_get_keywords() LIMIT 3",
        "SELECT version()",
        "SELECT e.enumlabel FROM pg_catalog.pg_enum e JOIN pg_catalog.pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'mood'",
        "SELECT i.indexrelid::regclass FROM pg_catalog.pg_index i WHERE i.indrelid = 'customers'::regclass",
        "SELECT conname, pg_catalog.pg_get_constraintdef(c.oid, true) FROM pg_catalog.pg_constraint c WHERE conrelid = 'orders'::regclass",
        "SELECT pg_catalog.pg_total_relation_size('customers'::regclass) > 0",
        "SELECT c.reloftype::pg_catalog.regtype::pg_catalog.text, pg_catalog.format_type(23, NULL) FROM pg_catalog.pg_class c WHERE c.relname = 'customers'",
        "SHOW TRANSACTION ISOLATION LEVEL",
        "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED",
        "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
        "SHOW default_transaction_isolation",
        "SHOW client_encoding",
        "-- ping",
        "DISCARD ALL",
        "DEALLOCATE ALL",
    ];
    for sql in statements {
        client
            .simple_query(sql)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
    // Grafana's parameterized information_schema queries (extended protocol).
    let rows = client
        .query(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2",
            &[&"public", &"customers"],
        )
        .await
        .unwrap();
    assert_eq!(rows.len(), 5);
    let rows = client
        .query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1",
            &[&"public"],
        )
        .await
        .unwrap();
    assert!(rows.len() >= 4);
}

/// The first ErrorResponse's message and hint.
fn error_text(msgs: &[common::wire::Msg]) -> String {
    msgs.iter()
        .find(|m| m.tag == b'E')
        .map(|m| format!("{:?} / {:?}", m.field(b'M'), m.field(b'H')))
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn harmless_settings_pass_and_protected_ones_hold() {
    let proxy = Proxy::with_defaults().await;
    let mut conn = Wire::connect(&proxy_url(&proxy), &[]).await.unwrap();
    for (sql, setting, value) in [
        ("SET work_mem = '64MB'", "work_mem", "64MB"),
        (
            "SET synchronize_seqscans TO off",
            "synchronize_seqscans",
            "off",
        ),
        ("SET enable_hashjoin = off", "enable_hashjoin", "off"),
        (
            "SET max_parallel_workers_per_gather = 0",
            "max_parallel_workers_per_gather",
            "0",
        ),
        ("SET statement_timeout = '1s'", "statement_timeout", "1s"),
        (
            "SELECT set_config('lock_timeout', '2s', false)",
            "lock_timeout",
            "2s",
        ),
        ("SET client_encoding = 'utf-8'", "client_encoding", "UTF8"),
        ("SET NAMES 'unicode'", "client_encoding", "UTF8"),
    ] {
        let msgs = conn.query(sql).await;
        assert!(sqlstate(&msgs).is_none(), "{sql}: {msgs:?}");
        assert_eq!(show(&mut conn, setting).await, value, "{sql}");
    }
    // Raising, disabling or resetting a pinned timeout is refused and changes nothing.
    for sql in [
        "SET statement_timeout = 0",
        "SET statement_timeout = '10min'",
        "RESET statement_timeout",
        "SELECT set_config('statement_timeout', '0', false)",
        "SELECT set_config(name, '0', false) FROM pg_settings WHERE name = 'statement_timeout'",
    ] {
        let msgs = conn.query(sql).await;
        assert_eq!(sqlstate(&msgs).as_deref(), Some("42501"), "{sql}");
        assert!(
            error_text(&msgs).contains("can only be lowered"),
            "{sql}: {}",
            error_text(&msgs)
        );
        assert_eq!(show(&mut conn, "statement_timeout").await, "1s", "{sql}");
    }
    // pgAdmin 4's connection set-up, in one Query.
    let msgs = conn
        .query("SET DateStyle=ISO; SET client_min_messages=notice; SELECT set_config('bytea_output','hex',false) FROM pg_settings WHERE name='bytea_output'; SET client_encoding='UTF8';")
        .await;
    assert!(sqlstate(&msgs).is_none(), "{msgs:?}");
    assert_eq!(tags(&msgs), "CCTDCCZ", "{msgs:?}");
    // DO and ALTER SYSTEM are refused by name, not as syntax errors.
    for (sql, name) in [
        ("DO $$ BEGIN PERFORM 1; END $$", "DO"),
        ("ALTER SYSTEM SET work_mem = '1GB'", "ALTER SYSTEM"),
    ] {
        let msgs = conn.query(sql).await;
        assert_eq!(sqlstate(&msgs).as_deref(), Some("42501"), "{sql}");
        assert!(
            error_text(&msgs).starts_with(&format!("Some(\"{name} is not allowed")),
            "{sql}: {}",
            error_text(&msgs)
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn held_cursors_are_allowed_and_bounded_per_session() {
    let mut config = common::base_config();
    config.guard.max_held_cursors = 2;
    let proxy = Proxy::start(config).await;
    let mut conn = Wire::connect(&proxy_url(&proxy), &[]).await.unwrap();
    let declare = |name: &str| {
        format!("DECLARE {name} CURSOR WITH HOLD FOR SELECT id FROM customers ORDER BY id")
    };
    for name in ["a", "b"] {
        let msgs = conn
            .query(&format!("BEGIN; {}; COMMIT", declare(name)))
            .await;
        assert!(sqlstate(&msgs).is_none(), "{name}: {msgs:?}");
    }
    // Held cursors outlive their transaction.
    assert_eq!(tags(&conn.query("FETCH 2 FROM a").await), "TDDCZ");
    let msgs = conn.query(&declare("c")).await;
    assert_eq!(sqlstate(&msgs).as_deref(), Some("53400"), "{msgs:?}");
    // In the extended protocol too.
    conn.send(&batch(&[
        parse("", &declare("c"), &[]),
        bind("", "", &[], &[], &[]),
        execute("", 0),
        sync(),
    ]))
    .await;
    assert_eq!(
        sqlstate(&conn.until_ready().await).as_deref(),
        Some("53400")
    );
    // Closing one makes room for another; CLOSE ALL for all.
    assert_eq!(tags(&conn.query("CLOSE a").await), "CZ");
    assert!(sqlstate(&conn.query(&declare("c")).await).is_none());
    assert_eq!(tags(&conn.query("FETCH 1 FROM c").await), "TDCZ");
    assert_eq!(tags(&conn.query("CLOSE ALL").await), "CZ");
    for name in ["d", "e"] {
        assert!(sqlstate(&conn.query(&declare(name)).await).is_none());
    }
    // The count is per session: another one starts from none.
    let mut other = Wire::connect(&proxy_url(&proxy), &[]).await.unwrap();
    for name in ["d", "e"] {
        assert!(sqlstate(&other.query(&declare(name)).await).is_none());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timeout_changes_are_re_pinned_when_configured() {
    let mut config = common::base_config();
    config.guard.repin_timeout_changes = true;
    let proxy = Proxy::start(config).await;
    let mut conn = Wire::connect(&proxy_url(&proxy), &[]).await.unwrap();
    for (sql, setting, pinned) in [
        ("SET statement_timeout = 0", "statement_timeout", "5min"),
        ("SET lock_timeout = 0", "lock_timeout", "10s"),
        (
            "SET idle_in_transaction_session_timeout = 0",
            "idle_in_transaction_session_timeout",
            "10min",
        ),
        ("RESET statement_timeout", "statement_timeout", "5min"),
    ] {
        let msgs = conn.query(sql).await;
        assert_eq!(
            tags(&msgs),
            "CZ",
            "{sql}: the re-pin stays hidden: {msgs:?}"
        );
        assert_eq!(show(&mut conn, setting).await, pinned, "{sql}");
    }
    // Nothing may follow such a change in its text.
    let msgs = conn.query("SET statement_timeout = 0; SELECT 1").await;
    assert_eq!(sqlstate(&msgs).as_deref(), Some("42501"), "{msgs:?}");
}
