//! Where a question's work runs: on the main runtime, never on a session thread, so that
//! retrieval, index search and generation never hold up other sessions' traffic.
mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::ask::{ask_config, WAREHOUSE};
use common::{Proxy, CLIENT_PASSWORD, CLIENT_USER};

/// Log output of the process, kept for the test to read.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn lines(&self) -> Vec<String> {
        String::from_utf8_lossy(&self.0.lock().unwrap())
            .lines()
            .map(str::to_owned)
            .collect()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_is_answered_off_the_session_threads() {
    let logs = Captured::default();
    let writer = logs.clone();
    tracing_subscriber::fmt()
        .with_env_filter("info,askpg::ask::pipeline=debug")
        .with_thread_names(true)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .init();
    let cache = tempfile::tempdir().unwrap();
    let mut config = ask_config(cache.path());
    config.runtime.session_threads = 1;
    let proxy = Proxy::start(config).await;
    let conninfo = format!(
        "host=127.0.0.1 port={} user={CLIENT_USER} password={CLIENT_PASSWORD} dbname={WAREHOUSE} sslmode=disable",
        proxy.port()
    );
    let (client, conn) = tokio_postgres::connect(&conninfo, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    // Answered or refused, the question's work ran and logged where it ran.
    let _ = client
        .simple_query("ASK 'How many orders were placed in 2024?'")
        .await;
    let lines = logs.lines();
    let on_session_thread = lines
        .iter()
        .find(|l| l.contains("session started"))
        .unwrap_or_else(|| panic!("no session line in:\n{}", lines.join("\n")));
    assert!(
        on_session_thread.contains("askpg-session-0"),
        "the session runs on the session thread, and the log names it: {on_session_thread}"
    );
    let answering = lines
        .iter()
        .find(|l| l.contains("answering a question"))
        .unwrap_or_else(|| panic!("no question line in:\n{}", lines.join("\n")));
    assert!(
        !answering.contains("askpg-session"),
        "a question is answered off the session threads: {answering}"
    );
}
