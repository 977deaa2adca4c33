//! ASK from real clients: psql (simple protocol, the NOTICE with the SQL), psycopg 3 and
//! pgJDBC (extended protocol; Describe before Execute; a Metabase-style comment line first).
//! The LLM is the scripted OpenAI-compatible server; rows are checked against PostgreSQL's.

mod common;

use std::time::Duration;

use common::ask::{ask_config, warehouse_superuser, TOP_CUSTOMERS, WAREHOUSE};
use common::fake_llm::{FakeLlm, Reply};
use common::{fixture, repo_path, Proxy, CLIENT_PASSWORD, CLIENT_USER};
use tokio::process::Command;

async fn proxy(llm: &FakeLlm) -> (Proxy, tempfile::TempDir) {
    let cache = tempfile::tempdir().unwrap();
    let mut config = ask_config(cache.path());
    config.llm.base_url = llm.base_url();
    config.llm.timeout = Duration::from_secs(10);
    llm.respond_with(|_| Reply::Content(format!("```sql\n{TOP_CUSTOMERS}\n```")));
    (Proxy::start(config).await, cache)
}

/// The expected rows as tab-separated lines (PostgreSQL's text output).
async fn expected_lines() -> Vec<String> {
    let db = warehouse_superuser().await;
    db.simple_query(TOP_CUSTOMERS)
        .await
        .unwrap()
        .iter()
        .filter_map(|m| match m {
            tokio_postgres::SimpleQueryMessage::Row(r) => Some(format!(
                "{}\t{}",
                r.get(0).unwrap_or_default(),
                r.get(1).unwrap_or_default()
            )),
            _ => None,
        })
        .collect()
}

/// Runs a client program against askpg (through a scripted LLM) and returns its stdout;
/// a failing run fails the test with its output.
async fn run_client(program: &str, args: &[&str]) -> String {
    let llm = FakeLlm::start();
    let (proxy, _cache) = proxy(&llm).await;
    let mut cmd = Command::new(program);
    client_env(&mut cmd, &proxy);
    let output = cmd
        .args(args)
        .output()
        .await
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    assert!(
        output.status.success(),
        "{}",
        common::describe_output(&output)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn client_env(cmd: &mut Command, proxy: &Proxy) {
    common::libpq_env(cmd, proxy.port(), CLIENT_USER, CLIENT_PASSWORD)
        .env("PGDATABASE", WAREHOUSE)
        .current_dir(repo_path(""));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn psql_shows_the_generated_sql_and_the_rows() {
    let llm = FakeLlm::start();
    let (proxy, _cache) = proxy(&llm).await;
    let mut cmd = Command::new(fixture().psql());
    client_env(&mut cmd, &proxy);
    let output = cmd
        .args(["-X", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1"])
        .args(["-c", "ASK 'top 5 customers by revenue'"])
        .args(["-c", "-- ask: top 5 customers by revenue"])
        .output()
        .await
        .expect("psql runs");
    assert!(
        output.status.success(),
        "{}",
        common::describe_output(&output)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let expected = expected_lines().await;
    let lines: Vec<&str> = stdout.lines().collect();
    let expected: Vec<&str> = expected
        .iter()
        .chain(&expected)
        .map(String::as_str)
        .collect();
    assert_eq!(lines, expected, "{}", common::describe_output(&output));
    assert!(stderr.contains("NOTICE:  askpg SQL:"), "{stderr}");
    assert!(stderr.contains("ORDER BY revenue DESC"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn psycopg3_asks_through_the_extended_protocol() {
    let stdout = run_client(
        "python3",
        &[
            "tests/clients/ask_psycopg.py",
            "ASK 'top 5 customers by revenue'",
            "-- Metabase:: userID: 1 queryType: native\n-- ask: top 5 customers by revenue",
        ],
    )
    .await;
    let expected = expected_lines().await;
    let blocks: Vec<&str> = stdout.split("== ").skip(1).collect();
    assert_eq!(blocks.len(), 2, "{stdout}");
    for block in &blocks {
        let lines: Vec<&str> = block.lines().collect();
        assert_eq!(lines[1], "columns: customer_name,revenue", "{stdout}");
        let rows: Vec<String> = lines[2..7].iter().map(|s| s.to_string()).collect();
        assert_eq!(rows, expected, "{stdout}");
    }
    assert!(
        stdout.contains("prepared rows: 5\nprepared rows: 5"),
        "{stdout}"
    );
    // One NOTICE per Parse of a question: two statements, then one Parse for the prepared one.
    assert!(stdout.contains("notices: 3 True"), "{stdout}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pgjdbc_asks_like_a_bi_tool() {
    let stdout = run_client(
        "java",
        &[
            "-cp",
            "/usr/share/java/postgresql.jar",
            "tests/clients/AskJdbc.java",
            "-- Metabase:: userID: 1 queryType: native queryHash: 9c1e\n-- ask: top 5 customers by revenue",
            "ASK 'top 5 customers by revenue'",
            "EXPLAIN ASK 'top 5 customers by revenue'",
        ],
    )
    .await;
    let expected = expected_lines().await;
    let blocks: Vec<&str> = stdout.split("== ").skip(1).collect();
    assert_eq!(blocks.len(), 3, "{stdout}");
    for block in &blocks[..2] {
        let lines: Vec<&str> = block.lines().collect();
        assert_eq!(
            lines[1], "columns: customer_name:text,revenue:numeric",
            "{stdout}"
        );
        assert_eq!(lines[2..].to_vec(), expected, "{stdout}");
    }
    assert!(blocks[2].contains("columns: QUERY PLAN:text"), "{stdout}");
    assert!(blocks[2].contains("SQL:"), "{stdout}");
}
