//! Real clients through askpg over TLS with SCRAM: psql (output identical to a direct
//! connection), psycopg 3, asyncpg, pgJDBC and node-postgres (scripts in tests/clients).
//! The clients are installed by `.ci/install`; a missing one fails the test.

mod common;

use common::{fixture, repo_path, Proxy, CLIENT_PASSWORD, CLIENT_USER, READER, READER_PASSWORD};
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

/// Runs one client script against askpg with TLS required and SCRAM.
async fn run_client(program: &str, args: &[&str], expect_prefix: &str) {
    let proxy = Proxy::with_defaults().await;
    let mut cmd = Command::new(program);
    let output = common::libpq_env(&mut cmd, proxy.port(), CLIENT_USER, CLIENT_PASSWORD)
        .args(args)
        .current_dir(repo_path(""))
        .output()
        .await
        .unwrap_or_else(|e| panic!("{program} cannot run ({e}); run .ci/install"));
    assert!(
        output.status.success(),
        "{program} {args:?}: {}",
        common::describe_output(&output)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let last = stdout.lines().last().unwrap_or_default();
    assert!(
        last.starts_with(expect_prefix) && last.ends_with("checks passed"),
        "unexpected last line {last:?}: {}",
        common::describe_output(&output)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn psycopg3_works_through_askpg() {
    fixture();
    run_client("python3", &["tests/clients/psycopg_check.py"], "psycopg:").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asyncpg_works_through_askpg() {
    fixture();
    run_client("python3", &["tests/clients/asyncpg_check.py"], "asyncpg:").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn node_postgres_works_through_askpg() {
    fixture();
    run_client("node", &["tests/clients/node_pg_check.js"], "node-pg:").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pgjdbc_works_through_askpg() {
    fixture();
    run_client(
        "java",
        &[
            "-cp",
            "/usr/share/java/postgresql.jar",
            "tests/clients/JdbcCheck.java",
        ],
        "jdbc:",
    )
    .await;
}
