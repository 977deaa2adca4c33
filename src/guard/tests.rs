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
        // PostgreSQL's own grammar: BETWEEN SYMMETRIC, whole-row fields, XML, frame
        // exclusion, ROWS FROM, SEARCH/CYCLE, GROUP BY DISTINCT, several transaction modes.
        "SELECT 5 BETWEEN SYMMETRIC 10 AND 1",
        "SELECT (g).* FROM genre g",
        "SELECT xmlelement(name foo, xmlattributes('x' AS bar), 'content')",
        "SELECT sum(x) OVER (ORDER BY x ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM t",
        "SELECT * FROM ROWS FROM (generate_series(1,2), generate_series(1,3))",
        "WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SEARCH DEPTH FIRST BY n SET ord SELECT * FROM t",
        "WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) CYCLE n SET is_cycle USING path SELECT * FROM t",
        "SELECT a, b, count(*) FROM t GROUP BY DISTINCT a, ROLLUP(b)",
        "BEGIN ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE",
        "SELECT txid_current_if_assigned(), pg_current_xact_id_if_assigned()",
        "SELECT (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))",
        // Cursors WITH HOLD (psqlODBC's UseDeclareFetch, psycopg's withhold=True).
        "declare \"SQL_CUR0x55d1c3a0\" cursor with hold for SELECT * FROM customers",
        "DECLARE \"c\" NO SCROLL CURSOR WITH HOLD FOR SELECT 1",
        // pg_dump's session set-up and statements.
        "SET DATESTYLE = ISO",
        "SET INTERVALSTYLE = POSTGRES",
        "SET extra_float_digits TO 3",
        "SET synchronize_seqscans TO off",
        "SET row_security = off",
        "SET quote_all_identifiers = true",
        "SELECT pg_catalog.set_config('search_path', '', false);",
        "SELECT set_config(name, 'view, foreign-table', false) FROM pg_settings WHERE name = 'restrict_nonsystem_relation_kind'",
        "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY",
        "LOCK TABLE public.customers IN ACCESS SHARE MODE",
        "COPY public.customers (id, name) TO stdout;",
        // pgAdmin 4's connection set-up, as one string.
        "SET DateStyle=ISO; SET client_min_messages=notice; SELECT set_config('bytea_output','hex',false) FROM pg_settings WHERE name='bytea_output'; SET client_encoding='UTF8';",
        // Settings a session may tune for itself.
        "SET client_encoding = 'UTF-8'",
        "SET client_encoding TO unicode",
        "SET client_encoding = utf8",
        "RESET client_encoding",
        "SET work_mem = '64MB'",
        "SET enable_seqscan = off",
        "SET LOCAL enable_nestloop TO false",
        "SET max_parallel_workers_per_gather = 0",
        "SET jit_above_cost = 1e6",
        "SET statement_timeout = '30s'",
        "SET statement_timeout = 1000",
        "SET LOCAL statement_timeout = '5min'",
        "SET lock_timeout TO '1s'",
        "SET idle_in_transaction_session_timeout = 60000",
        "SELECT set_config('work_mem', '64MB', false)",
        "SELECT set_config('statement_timeout', '10s', true)",
        "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE",
        "SET transaction_isolation = 'repeatable read'",
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
    // Only DISCARD ALL drops a role taken with SET ROLE.
    assert!(guard().check("DISCARD ALL").unwrap().resets_role);
    for sql in ["RESET ALL", "DISCARD PLANS", "SELECT 1"] {
        assert!(!guard().check(sql).unwrap().resets_role, "{sql}");
    }
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
        ("DECLARE c CURSOR WITH HOLD FOR SELECT * FROM t FOR UPDATE", "25006"),
        ("DECLARE c CURSOR WITH HOLD FOR SELECT nextval('s')", "42501"),
        ("LISTEN c", "42501"),
        ("NOTIFY c", "42501"),
        ("ALTER ROLE r SET x = 1", "42501"),
        ("DO $$ BEGIN DELETE FROM t; END $$", "42501"),
        ("DO LANGUAGE plpgsql 'BEGIN NULL; END'", "42501"),
        ("ALTER SYSTEM SET fsync = off", "42501"),
        ("ALTER SYSTEM RESET ALL", "42501"),
        ("SELEC 1", "42601"),
        ("SELECT 1 +", "42601"),
        ("MOVE FORWARD 1 FROM c; DELETE FROM t", "25006"),
        ("TABLE t; DELETE FROM t", "25006"),
        ("REFRESH MATERIALIZED VIEW v", "25006"),
        ("LOCK TABLE t IN EXCLUSIVE MODE", "25006"),
        ("LOCK TABLE t IN ROW SHARE MODE", "25006"),
        ("PREPARE TRANSACTION 'x'", "42501"),
        ("COMMIT PREPARED 'x'", "42501"),
        ("SET TRANSACTION SNAPSHOT '00000003-0000001B-1'", "42501"),
        ("BEGIN ISOLATION LEVEL SERIALIZABLE, READ WRITE, DEFERRABLE", "25006"),
        ("SET ROLE NONE", "42501"),
        ("RESET ROLE", "42501"),
        ("SET SESSION AUTHORIZATION DEFAULT", "42501"),
        ("RESET SESSION AUTHORIZATION", "42501"),
        ("SET transaction_read_only = on", "42501"),
        ("SET session_replication_role = replica", "42501"),
        ("SET client_encoding = 'SQL_ASCII'", "42501"),
        ("SET NAMES 'LATIN1'", "42501"),
        // The pinned timeouts may only be lowered.
        ("SET statement_timeout = '10min'", "42501"),
        ("SET statement_timeout = '0.4'", "42501"),
        ("SET statement_timeout = '500us'", "42501"),
        ("SET statement_timeout TO DEFAULT", "42501"),
        ("SET statement_timeout FROM CURRENT", "42501"),
        ("RESET lock_timeout", "42501"),
        ("SET lock_timeout = '11s'", "42501"),
        ("SET idle_in_transaction_session_timeout = '1h'", "42501"),
        ("SET idle_in_transaction_session_timeout = 0", "42501"),
        ("SET idle_session_timeout = '1h'", "42501"),
        ("SET U&\"statement_t\\0069meout\" = 0", "42501"),
        ("SELECT set_config('statement_timeout', '0', false)", "42501"),
        ("SELECT set_config('lock_timeout', '1h', true)", "42501"),
        ("SELECT set_config('statement_timeout', current_setting('x'), false)", "42501"),
        ("SELECT set_config('client_encoding', 'LATIN1', false)", "42501"),
        // set_config's name is bound by the WHERE clause only in the plain pg_settings form.
        (
            "SELECT set_config(name, '0', false) FROM pg_settings WHERE name = 'statement_timeout'",
            "42501",
        ),
        (
            "SELECT set_config(name, '0', false) FROM pg_settings WHERE name = 'jit' OR true",
            "42501",
        ),
        (
            "SELECT set_config(name, '0', false) FROM pg_settings, (VALUES ('statement_timeout')) v(name) WHERE name = 'jit'",
            "42501",
        ),
        (
            "SELECT (SELECT set_config(name, '0', false) FROM (VALUES ('statement_timeout')) v(name)) FROM pg_settings WHERE name = 'jit'",
            "42501",
        ),
        (
            "SELECT set_config(name, '0', false) FROM pg_settings WHERE name = 'jit' UNION SELECT set_config(name, '0', false) FROM pg_settings",
            "42501",
        ),
        ("SELECT set_config(v.name, '0', false) FROM pg_settings v WHERE name = 'jit'", "42501"),
        ("SELECT txid_current()", "42501"),
        ("SELECT pg_current_xact_id()", "42501"),
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
    // set_config's name comes from the WHERE clause only for the catalog's pg_settings.
    let mut catalog = (*guard.catalog()).clone();
    catalog.relations.insert(
        "pg_settings".into(),
        vec!["pg_catalog".into(), "public".into()],
    );
    guard.set_catalog(catalog);
    let bound =
        "SELECT set_config(name, 'hex', false) FROM pg_settings WHERE name = 'bytea_output'";
    assert_eq!(guard.check(bound).err().map(|e| e.code), Some("42501"));
    assert!(guard
        .check("SELECT set_config(name, 'hex', false) FROM pg_catalog.pg_settings WHERE name = 'bytea_output'")
        .is_ok());
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
    assert!(err.hint.unwrap().contains("300000ms"));
    let err = guard()
        .check("SET session_replication_role = replica")
        .unwrap_err();
    assert!(err.message.contains("session_replication_role"));
    assert!(err.hint.unwrap().contains("application_name"));
    let err = guard().check("DO $$ BEGIN END $$").unwrap_err();
    assert!(err.message.starts_with("DO "), "{}", err.message);
    assert!(err.hint.unwrap().contains("procedural"));
    let err = guard()
        .check("ALTER SYSTEM SET work_mem = '1GB'")
        .unwrap_err();
    assert!(err.message.starts_with("ALTER SYSTEM "), "{}", err.message);
    let err = guard().check("SELEC 1").unwrap_err();
    assert_eq!(err.message, "syntax error at or near \"SELEC\"");
    let err = guard().check("SELECT pg_catalog.pg_sleep(1)").unwrap_err();
    assert!(err.message.contains("pg_sleep"));
}

#[test]
fn deeply_nested_input_is_classified_or_refused_never_crashed() {
    // Parentheses alone do not nest the tree.
    let parens = format!("SELECT {}1{}", "(".repeat(5000), ")".repeat(5000));
    assert_eq!(code(&parens), None);
    for deep in [
        format!("SELECT {}1{}", "f(".repeat(5000), ")".repeat(5000)),
        format!("SELECT {}", vec!["c"; 20000].join(" + ")),
    ] {
        let code = code(&deep);
        assert!(matches!(code, Some("42601" | "54001")), "{code:?}");
    }
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

#[test]
fn verdicts_that_depend_on_a_literal_are_cached_for_their_exact_text() {
    let guard = guard();
    let mut cache = VerdictCache::default();
    for (lowered, disabled) in [
        ("SET statement_timeout = 1000", "SET statement_timeout = 0"),
        (
            "SET U&\"statement_t\\0069meout\" = 1000",
            "SET U&\"statement_t\\0069meout\" = 0",
        ),
        (
            "SET LOCAL lock_timeout = 9000",
            "SET LOCAL lock_timeout = 90000",
        ),
        (
            "EXPLAIN (U&\"\\0061nalyze\" 0) SELECT 1",
            "EXPLAIN (U&\"\\0061nalyze\" 1) SELECT 1",
        ),
    ] {
        assert!(cache.check(&guard, lowered).is_ok(), "{lowered}");
        assert!(cache.check(&guard, lowered).is_ok(), "{lowered} cached");
        assert!(
            cache.check(&guard, disabled).is_err(),
            "{disabled} rode on {lowered}"
        );
    }
}

#[test]
fn held_cursors_are_bounded_per_session() {
    let guard = Guard::new(&GuardConfig {
        max_held_cursors: 2,
        ..GuardConfig::default()
    });
    let mut cache = VerdictCache::default();
    let declare = |name: &str| format!("DECLARE {name} CURSOR WITH HOLD FOR SELECT 1");
    cache.check(&guard, &declare("a")).unwrap();
    // The same text again (a driver re-using its cursor name) does not count twice.
    cache.check(&guard, &declare("a")).unwrap();
    cache.check(&guard, &declare("b")).unwrap();
    assert_eq!(cache.held_cursors().len(), 2);
    let err = cache.check(&guard, &declare("c")).unwrap_err();
    assert_eq!(err.code, "53400");
    // Cursors without HOLD end with their transaction and are not counted.
    cache
        .check(&guard, "DECLARE d CURSOR FOR SELECT 1")
        .unwrap();
    cache.check(&guard, "CLOSE a").unwrap();
    cache.check(&guard, &declare("c")).unwrap();
    cache.check(&guard, "CLOSE ALL").unwrap();
    assert!(cache.held_cursors().is_empty());
    cache
        .check(&guard, &format!("{}; {}", declare("x"), declare("y")))
        .unwrap();
    cache.check(&guard, "DISCARD ALL").unwrap();
    assert!(cache.held_cursors().is_empty());
    // A string that would pass the limit is refused whole.
    assert!(cache
        .check(
            &guard,
            &format!("{}; {}; {}", declare("p"), declare("q"), declare("r"))
        )
        .is_err());
    assert!(cache.held_cursors().is_empty());
    let verdict = guard.check(&declare("\"Mixed\"")).unwrap();
    assert_eq!(
        verdict.cursor_changes(),
        [CursorChange::DeclareHeld("Mixed".into())]
    );
}

#[test]
fn timeout_changes_can_be_re_pinned_instead_of_refused() {
    let guard = Guard::new(&GuardConfig {
        repin_timeout_changes: true,
        ..GuardConfig::default()
    });
    for sql in [
        "SET statement_timeout = 0",
        "SET lock_timeout = 0",
        "SET idle_in_transaction_session_timeout = 0",
        "RESET statement_timeout",
        "SET statement_timeout TO DEFAULT",
        "SELECT 1; SET statement_timeout = 0",
    ] {
        let verdict = guard.check(sql).unwrap_or_else(|e| panic!("{sql}: {e:?}"));
        assert!(verdict.resets_session, "{sql}");
    }
    assert!(
        !guard
            .check("SET statement_timeout = '1s'")
            .unwrap()
            .resets_session
    );
    for sql in [
        "SET statement_timeout = 0; SELECT 1",
        "SELECT set_config('statement_timeout', '0', false)",
        "SET default_transaction_read_only = off",
    ] {
        assert_eq!(
            guard.check(sql).err().map(|e| e.code),
            Some("42501"),
            "{sql}"
        );
    }
}

#[test]
fn search_path_names_only_exposed_schemas_when_they_are_restricted() {
    let guard = Guard::new(&GuardConfig {
        exposed_schemas: vec!["public".into(), "Sales".into()],
        ..GuardConfig::default()
    });
    for sql in [
        "SET search_path = public",
        "SET search_path TO public, pg_catalog",
        "SET search_path = sales",
        "SELECT pg_catalog.set_config('search_path', '', false)",
        "SELECT set_config('search_path', 'public', false)",
    ] {
        assert!(guard.check(sql).is_ok(), "{sql}: {:?}", guard.check(sql));
    }
    for sql in [
        "SET search_path = hr",
        "SET search_path = public, hr",
        "SET search_path = \"$user\", public",
        "SET search_path TO DEFAULT",
        "RESET search_path",
        "SELECT set_config('search_path', 'hr', false)",
    ] {
        assert_eq!(
            guard.check(sql).err().map(|e| e.code),
            Some("42501"),
            "{sql}"
        );
    }
}

/// Every prefix of every statement of the read corpus (cut anywhere, mid-quote,
/// mid-comment, mid-character) is classified or refused without a panic.
#[test]
fn every_prefix_of_the_read_corpus_is_checked_without_panicking() {
    let corpus = include_str!("../../tests/fixtures/read_corpus.sql");
    let guard = guard();
    let mut checked = 0;
    for line in corpus.lines().filter(|l| !l.starts_with("-- ")) {
        for end in (0..=line.len()).filter(|&end| line.is_char_boundary(end)) {
            let _ = guard.check(&line[..end]);
            checked += 1;
        }
    }
    assert!(checked > 5000, "{checked}");
}
