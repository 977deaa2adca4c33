//! Real clients through askpg over TLS with SCRAM: psql (output identical to a direct
//! connection), psycopg 3, asyncpg, pgJDBC and node-postgres (scripts in tests/clients).
//! The clients are installed by `.ci/install`; a missing one fails the test.

mod common;

use common::clients::{self, ClientScript};
use common::{fixture, Proxy, CLIENT_PASSWORD, CLIENT_USER, READER, READER_PASSWORD};
use tokio::process::Command;

/// Runs psql with `-c` commands against host/port/user and returns stdout.
async fn psql(port: u16, user: &str, password: &str, commands: &[&str]) -> String {
    let fx = fixture();
    let mut cmd = Command::new(fx.psql());
    common::libpq_env(&mut cmd, port, user, password).args([
        "-X",
        "-v",
        "ON_ERROR_STOP=1",
        "-P",
        "pager=off",
    ]);
    for c in commands {
        cmd.arg("-c").arg(c);
    }
    let output = cmd
        .output()
        .await
        .expect("psql runs (install postgresql-client)");
    assert!(
        output.status.success(),
        "psql {commands:?} failed: {}",
        common::describe_output(&output)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn psql_meta_commands_match_direct_output() {
    let fx = fixture();
    let proxy = Proxy::with_defaults().await;
    let sessions: &[&[&str]] = &[
        &["\\dt"],
        &["\\d customers"],
        &["\\d+ orders"],
        &["\\dv"],
        &["\\dT"],
        &["\\df noisy"],
        &["\\l"],
        &["\\x", "SELECT * FROM all_types ORDER BY id"],
        &["SELECT * FROM customer_totals ORDER BY total DESC LIMIT 5"],
    ];
    for commands in sessions {
        let direct = psql(fx.port, READER, READER_PASSWORD, commands).await;
        let proxied = psql(proxy.port(), CLIENT_USER, CLIENT_PASSWORD, commands).await;
        assert!(!proxied.trim().is_empty(), "{commands:?} printed nothing");
        assert_eq!(direct, proxied, "psql {commands:?}");
    }
    // \x really switched to expanded output.
    let expanded = psql(
        proxy.port(),
        CLIENT_USER,
        CLIENT_PASSWORD,
        &["\\x", "SELECT 1 AS one"],
    )
    .await;
    assert!(expanded.contains("-[ RECORD 1 ]"), "{expanded}");
    // \dt lists the fixture tables.
    let tables = psql(proxy.port(), CLIENT_USER, CLIENT_PASSWORD, &["\\dt"]).await;
    for table in ["customers", "orders", "all_types"] {
        assert!(tables.contains(table), "{tables}");
    }
}

/// Runs one client script against askpg with TLS required and SCRAM; its statements run
/// as the login role of `upstream.url`.
async fn run_client(script: &ClientScript) {
    let proxy = Proxy::with_defaults().await;
    script
        .run(proxy.port(), CLIENT_USER, CLIENT_PASSWORD, READER, READER)
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn psycopg3_works_through_askpg() {
    fixture();
    run_client(&clients::PSYCOPG).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asyncpg_works_through_askpg() {
    fixture();
    run_client(&clients::ASYNCPG).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn node_postgres_works_through_askpg() {
    fixture();
    run_client(&clients::NODE_PG).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pgjdbc_works_through_askpg() {
    fixture();
    run_client(&clients::JDBC).await;
}

/// pg_dump --schema-only and --data-only of fixture tables through askpg produce the
/// dumps a direct connection produces. pg_dump disables the three timeouts askpg pins,
/// which askpg refuses unless `guard.repin_timeout_changes` lets it re-pin them instead.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pg_dump_through_askpg_matches_a_direct_dump() {
    fixture();
    let mut config = common::base_config();
    config.guard.repin_timeout_changes = true;
    let proxy = Proxy::start(config).await;
    clients::assert_dumps_match_direct(proxy.port(), CLIENT_USER, CLIENT_PASSWORD).await;
    // With the defaults the timeouts stay protected: pg_dump stops at the first of them.
    let proxy = Proxy::with_defaults().await;
    let refused = clients::pg_dump(
        proxy.port(),
        CLIENT_USER,
        CLIENT_PASSWORD,
        &["--schema-only", "-t", "customers"],
    )
    .await;
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(!refused.status.success());
    assert!(
        stderr.contains("statement_timeout can only be lowered"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn psqlodbc_with_declare_fetch_reads_through_askpg() {
    fixture();
    let proxy = Proxy::with_defaults().await;
    clients::assert_isql_reads(proxy.port(), CLIENT_USER, CLIENT_PASSWORD).await;
    // The reads really go through held cursors: with none allowed, they are refused.
    let mut config = common::base_config();
    config.guard.max_held_cursors = 0;
    let proxy = Proxy::start(config).await;
    let (statements, _) = clients::isql_reads();
    let output =
        clients::isql_declare_fetch(proxy.port(), CLIENT_USER, CLIENT_PASSWORD, &statements).await;
    let printed = common::describe_output(&output);
    assert!(printed.contains("too many cursors WITH HOLD"), "{printed}");
}
