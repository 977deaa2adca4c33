//! `askpg eval` as a test runs it: the binary with no `ASKPG_*` variables from the test's
//! environment, and sample databases nobody annotated loaded into the shared cluster for
//! the offline question engine.

use std::collections::BTreeSet;
use std::sync::Mutex;
use std::time::Duration;

use serde_json::Value;

use super::{fixture, repo_path, READER, READER_PASSWORD};

/// `askpg eval` with `RUST_LOG=warn` and none of the test process's `ASKPG_*` variables.
pub fn eval_command() -> tokio::process::Command {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_askpg"));
    command.arg("eval").env("RUST_LOG", "warn");
    for (name, _) in std::env::vars().filter(|(k, _)| k.starts_with("ASKPG_")) {
        command.env_remove(name);
    }
    command
}

/// Creates `database` from the SQL file `schema` (relative to the repository), readable
/// by the reader role in every schema it creates.
pub async fn load_sample(database: &str, schema: &str) {
    let fx = fixture();
    let admin = fx.superuser().await;
    admin
        .batch_execute(&format!("CREATE DATABASE {database}"))
        .await
        .unwrap();
    let db = fx.superuser_on(database).await;
    let sql = std::fs::read_to_string(repo_path(schema)).unwrap();
    db.batch_execute(&sql).await.expect("sample database loads");
    db.batch_execute(&format!(
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC;
         GRANT CONNECT ON DATABASE {database} TO {READER};
         DO $grant$ DECLARE s text; BEGIN
           FOR s IN SELECT nspname FROM pg_namespace
                    WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
             EXECUTE format('GRANT USAGE ON SCHEMA %I TO {READER}', s);
             EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO {READER}', s);
           END LOOP;
         END $grant$;
         ANALYZE;"
    ))
    .await
    .unwrap();
}

/// [`load_sample`] once per test binary, whichever test asks first (on its own thread:
/// callers may be in a runtime). Returns `database`.
pub fn sample_once(database: &'static str, schema: &'static str) -> &'static str {
    static LOADED: Mutex<BTreeSet<&str>> = Mutex::new(BTreeSet::new());
    let mut loaded = LOADED.lock().unwrap_or_else(|p| p.into_inner());
    if loaded.insert(database) {
        std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap()
                .block_on(load_sample(database, schema));
        })
        .join()
        .expect("sample database thread");
    }
    database
}

/// Runs `askpg eval` on the golden file `golden` (relative to the repository) against
/// `database` with no corpus and no LLM; returns its JSON document.
pub async fn eval_offline(database: &str, golden: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "postgres://{READER}:{READER_PASSWORD}@127.0.0.1:{}/{database}?sslmode=require",
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
    let mut command = eval_command();
    command
        .arg(repo_path(golden))
        .arg("--config")
        .arg(&config)
        .args(["--format", "json", "--concurrency", "2"]);
    let output = tokio::time::timeout(Duration::from_secs(300), command.output())
        .await
        .expect("askpg eval finishes")
        .expect("askpg eval starts");
    let stderr = String::from_utf8_lossy(&output.stderr);
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {stderr}"))
}
