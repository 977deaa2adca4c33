use super::*;
use crate::config::GuardConfig;

fn guard() -> Guard {
    Guard::new(&GuardConfig::default())
}

fn code(sql: &str) -> Option<&'static str> {
    guard().check(sql).err().map(|e| e.code)
}

#[test]
fn client_statements_pass() {
    for sql in [
        "SELECT 1",
        "",
        "-- ping",
        "/* just a comment */",
        "SET extra_float_digits = 3",
        "SET application_name = 'PostgreSQL JDBC Driver'",
        "SET LOCAL TimeZone TO 'UTC'",
        "SET TIME ZONE 'UTC'",
        "SET NAMES 'UTF8'",
        "SHOW TRANSACTION ISOLATION LEVEL",
        "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED",
        "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
        "show timezone",
        "SHOW search_path",
        "BEGIN",
        "BEGIN READ ONLY",
        "START TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY",
        "COMMIT",
        "ROLLBACK",
        "SAVEPOINT a",
        "RELEASE a",
        "ROLLBACK TO SAVEPOINT a",
        "DEALLOCATE ALL",
        "DECLARE c CURSOR FOR SELECT * FROM customers",
        "FETCH FORWARD 500 FROM c",
        "MOVE FORWARD 10 FROM c",
        "MOVE ABSOLUTE 0 \"__asyncpg_portal_1__\"",
        "CLOSE c",
        "TABLE customers",
        "VALUES (1), (2)",
        "EXPLAIN SELECT * FROM customers",
        "EXPLAIN (FORMAT JSON, ANALYZE false) SELECT 1",
        "COPY (SELECT * FROM customers) TO STDOUT WITH (FORMAT csv)",
        "COPY customers TO STDOUT",
        "SELECT set_config('jit', 'off', false)",
        "SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *",
        "SELECT current_setting('server_version_num')::int / 100",
        "WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 5) SELECT * FROM t",
        "SELECT c.relname FROM pg_catalog.pg_class c WHERE c.relname OPERATOR(pg_catalog.~) '^(customers)$' COLLATE pg_catalog.default AND pg_catalog.pg_table_is_visible(c.oid)",
        "SELECT * FROM pg_get_keywords()",
        "SELECT 'pg_catalog.array_in'::regproc",
    ] {
        assert!(guard().check(sql).is_ok(), "{sql}: {:?}", guard().check(sql).err());
    }
}

#[test]
fn resets_are_flagged_for_re_pinning() {
    for sql in [
        "RESET ALL",
        "DISCARD ALL",
        "SELECT pg_advisory_unlock_all(); CLOSE ALL; UNLISTEN *; RESET ALL;",
    ] {
        assert!(guard().check(sql).unwrap().resets_session, "{sql}");
    }
    assert!(!guard().check("SELECT 1").unwrap().resets_session);
}

#[test]
fn writes_escapes_and_side_effects_are_refused() {
    let cases: &[(&str, &str)] = &[
        ("INSERT INTO t VALUES (1)", "25006"),
        ("UPDATE t SET a = 1", "25006"),
        ("DELETE FROM t", "25006"),
        ("TRUNCATE t", "25006"),
        ("CREATE TABLE x (a int)", "25006"),
        ("DROP TABLE customers", "25006"),
        (
            "WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d",
            "25006",
        ),
        (
            "SELECT * FROM (WITH u AS (UPDATE t SET a = 1 RETURNING a) SELECT a FROM u) s",
            "25006",
        ),
        ("SELECT * INTO new_t FROM t", "25006"),
        ("SELECT * FROM t FOR UPDATE", "25006"),
        ("SELECT * FROM (SELECT * FROM t FOR SHARE) s", "25006"),
        ("BEGIN READ WRITE", "25006"),
        ("START TRANSACTION READ WRITE", "25006"),
        ("SET TRANSACTION READ WRITE", "25006"),
        (
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE",
            "25006",
        ),
        ("EXPLAIN ANALYZE DELETE FROM t", "25006"),
        ("EXPLAIN (ANALYZE) SELECT 1", "25006"),
        ("COPY t FROM STDIN", "25006"),
        ("COPY t FROM '/etc/passwd'", "25006"),
        ("COPY t TO '/tmp/x'", "42501"),
        ("COPY (SELECT 1) TO PROGRAM 'id'", "42501"),
        ("LOCK TABLE t", "25006"),
        ("VACUUM t", "25006"),
        ("ANALYZE t", "25006"),
        ("CALL p()", "25006"),
        ("SELECT 1; DROP TABLE t", "25006"),
        ("COMMIT; DROP TABLE t", "25006"),
        ("SET default_transaction_read_only = off", "42501"),
        ("SET statement_timeout = 0", "42501"),
        ("SET LOCAL lock_timeout = 0", "42501"),
        ("RESET default_transaction_read_only", "42501"),
        ("SET ROLE postgres", "42501"),
        ("SET SESSION AUTHORIZATION postgres", "42501"),
        ("SET standard_conforming_strings = off", "42501"),
        ("SET client_encoding = 'LATIN1'", "42501"),
        ("SET NAMES 'LATIN1'", "42501"),
        (
            "SELECT set_config('default_transaction_read_only', 'off', false)",
            "42501",
        ),
        (
            "SELECT set_config(name, 'off', false) FROM (VALUES ('statement_timeout')) v(name)",
            "42501",
        ),
        ("SELECT nextval('s')", "42501"),
        ("SELECT pg_catalog.nextval('s')", "42501"),
        ("SELECT \"nextval\"('s')", "42501"),
        ("SELECT NEXTVAL('s')", "42501"),
        ("SELECT setval('s', 1)", "42501"),
        ("SELECT pg_sleep(10)", "42501"),
        ("SELECT * FROM pg_catalog.pg_sleep_for('1 hour')", "42501"),
        ("SELECT pg_advisory_lock(1)", "42501"),
        ("SELECT pg_try_advisory_xact_lock(1)", "42501"),
        ("SELECT lo_import('/etc/passwd')", "42501"),
        ("SELECT pg_read_file('/etc/passwd')", "42501"),
        ("SELECT * FROM pg_ls_dir('.')", "42501"),
        ("SELECT dblink_exec('x', 'DELETE FROM t')", "42501"),
        ("SELECT pg_terminate_backend(1)", "42501"),
        ("SELECT txid_current()", "42501"),
        (
            "SELECT query_to_xml('DELETE FROM t', true, true, '')",
            "42501",
        ),
        (
            "SELECT 1 WHERE EXISTS (SELECT pg_notify('c', 'x'))",
            "42501",
        ),
        ("PREPARE p AS DELETE FROM t", "42501"),
        ("PREPARE p AS SELECT 1", "42501"),
        ("EXECUTE p", "42501"),
        ("DECLARE c CURSOR WITH HOLD FOR SELECT 1", "42501"),
        ("LISTEN c", "42501"),
        ("NOTIFY c", "42501"),
        ("ALTER ROLE r SET x = 1", "42501"),
        ("DO $$ BEGIN DELETE FROM t; END $$", "42601"),
        ("ALTER SYSTEM SET fsync = off", "42601"),
        ("SELEC 1", "42601"),
        ("MOVE FORWARD 1 FROM c; DELETE FROM t", "42601"),
        ("TABLE t; DELETE FROM t", "42601"),
    ];
    for (sql, expected) in cases {
        assert_eq!(
            code(sql),
            Some(*expected),
            "{sql}: {:?}",
            guard().check(sql).err()
        );
    }
}

#[test]
fn catalog_knowledge_refuses_volatile_functions_and_hidden_schemas() {
    let guard = Guard::new(&GuardConfig {
        exposed_schemas: vec!["public".into()],
        denied_functions: vec!["audit_touch".into()],
        ..GuardConfig::default()
    });
    let mut catalog = Catalog::default();
    catalog.volatile_functions.insert("bump_counter".into());
    catalog
        .relations
        .insert("salaries".into(), vec!["hr".into()]);
    catalog
        .relations
        .insert("customers".into(), vec!["public".into()]);
    guard.set_catalog(catalog);
    for sql in [
        "SELECT bump_counter()",
        "SELECT public.BUMP_COUNTER()",
        "SELECT audit_touch()",
        "SELECT * FROM hr.salaries",
        "SELECT * FROM salaries",
        "SELECT 1 FROM customers c JOIN (SELECT * FROM salaries) s ON true",
        "TABLE hr.salaries",
        "COPY hr.salaries TO STDOUT",
        "SET search_path = hr",
    ] {
        assert_eq!(
            guard.check(sql).err().map(|e| e.code),
            Some("42501"),
            "{sql}"
        );
    }
    for sql in [
        "SELECT * FROM customers",
        "SELECT * FROM public.customers",
        "SELECT * FROM pg_catalog.pg_class",
        "SELECT * FROM information_schema.tables",
    ] {
        assert!(guard.check(sql).is_ok(), "{sql}");
    }
}

#[test]
fn errors_name_the_construct_and_hint_what_is_allowed() {
    let err = guard().check("DELETE FROM orders").unwrap_err();
    assert!(err.message.contains("DELETE"), "{}", err.message);
    assert!(err.hint.unwrap().contains("SELECT"));
    let err = guard().check("SET statement_timeout = 0").unwrap_err();
    assert!(err.message.contains("statement_timeout"));
    assert!(err.hint.unwrap().contains("application_name"));
    let err = guard().check("SELECT pg_catalog.pg_sleep(1)").unwrap_err();
    assert!(err.message.contains("pg_sleep"));
}

#[test]
fn deeply_nested_input_is_refused_not_crashed() {
    let deep = format!("SELECT {}1{}", "(".repeat(5000), ")".repeat(5000));
    assert_eq!(code(&deep), Some("42601"));
}

#[test]
fn verdict_cache_remembers_passes_and_forgets_on_catalog_change() {
    let guard = guard();
    let mut cache = VerdictCache::default();
    assert!(cache.check(&guard, "SELECT bump()").is_ok());
    assert!(cache.check(&guard, "SELECT bump()").is_ok(), "cached");
    let mut catalog = Catalog::default();
    catalog.volatile_functions.insert("bump".into());
    guard.set_catalog(catalog);
    assert_eq!(
        cache.check(&guard, "SELECT bump()").unwrap_err().code,
        "42501"
    );
    assert!(
        cache.check(&guard, "DELETE FROM t").is_err(),
        "refusals are never cached"
    );
    assert!(cache.check(&guard, "DELETE FROM t").is_err());
}

#[test]
fn verdict_cache_never_lets_a_refused_statement_ride_on_a_passed_one() {
    let guard = guard();
    let mut cache = VerdictCache::default();
    for (passed, refused) in [
        (
            "SELECT * FROM customers WHERE id = 1",
            "SELECT * FROM customers WHERE id = 1; DELETE FROM t",
        ),
        ("SELECT 1 /* 2 */", "SELECT 1 /* 2 */ ; DELETE FROM t"),
        ("SELECT 'x', 1", "SELECT 'x\\', 1; DELETE FROM t; --'"),
        (
            "SELECT set_config('jit', 'off', false)",
            "SELECT set_config('statement_timeout', '0', false)",
        ),
        (
            "EXPLAIN (ANALYZE 0) SELECT 1",
            "EXPLAIN (ANALYZE 1) SELECT 1",
        ),
        ("SELECT $1", "SELECT $1; DELETE FROM t"),
    ] {
        assert!(cache.check(&guard, passed).is_ok(), "{passed}");
        assert!(
            cache.check(&guard, refused).is_err(),
            "{refused} rode on {passed}"
        );
    }
}
