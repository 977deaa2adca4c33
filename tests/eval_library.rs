//! `askpg eval` with the built-in generator on an unannotated database: the lending library
//! of tests/fixtures/library.sql (keys and foreign keys, no comments, no corpus), scored on
//! its held-out golden set. The offline question engine must never answer wrongly there.

mod common;

use std::time::Duration;

use common::{fixture, repo_path, READER, READER_PASSWORD};
use serde_json::Value;

const LIBRARY: &str = "askpg_library";

/// Questions of the held-out set the engine answers right, at least.
const RIGHT_FLOOR: u64 = 16;

/// Creates the library database in the shared cluster, readable by the reader role.
async fn load_library() {
    let fx = fixture();
    let admin = fx.superuser().await;
    admin
        .batch_execute(&format!("CREATE DATABASE {LIBRARY}"))
        .await
        .unwrap();
    let db = fx.superuser_on(LIBRARY).await;
    let sql = std::fs::read_to_string(repo_path("tests/fixtures/library.sql")).unwrap();
    db.batch_execute(&sql).await.expect("library loads");
    db.batch_execute(&format!(
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC;
         GRANT CONNECT ON DATABASE {LIBRARY} TO {READER};
         GRANT USAGE ON SCHEMA public TO {READER};
         GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER};
         ANALYZE;"
    ))
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_held_out_library_set_gets_no_wrong_answer_offline() {
    load_library().await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "postgres://{READER}:{READER_PASSWORD}@127.0.0.1:{}/{LIBRARY}?sslmode=require",
        fixture().port
    );
    let config = dir.path().join("askpg.toml");
    std::fs::write(
        &config,
        format!(
            "[upstream]\nurl = {url:?}\n\n[embeddings]\ncache_dir = {:?}\n",
            dir.path().join("embeddings")
        ),
    )
    .unwrap();
    let golden = repo_path("tests/fixtures/library.frozen.yaml");
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_askpg"));
    command
        .arg("eval")
        .arg(&golden)
        .arg("--config")
        .arg(&config)
        .args(["--format", "json"])
        .env("RUST_LOG", "warn");
    for (name, _) in std::env::vars().filter(|(k, _)| k.starts_with("ASKPG_")) {
        command.env_remove(name);
    }
    let output = tokio::time::timeout(Duration::from_secs(300), command.output())
        .await
        .expect("askpg eval finishes")
        .expect("askpg eval starts");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let document: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {stderr}"));
    let summary = &document["summary"];
    eprintln!("library held-out set, built-in generator: {summary}");
    assert_eq!(document["run"]["generator"], "builtin");
    assert_eq!(summary["errors"], 0, "{:#}", document["questions"]);
    assert_eq!(summary["wrong"], 0, "{:#}", document["questions"]);
    assert!(
        summary["right"].as_u64().unwrap() >= RIGHT_FLOOR,
        "{summary}"
    );
}
