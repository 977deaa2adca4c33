//! `askpg demo` as a user runs it: private cluster, demo warehouse, askpg on 6543 with TLS
//! and SCRAM; Ctrl-C stops everything and removes the temporary directory.

mod common;

use std::path::PathBuf;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Command;

/// Stops the demo with Ctrl-C if the test ends early: the demo then removes its cluster
/// itself (SIGKILL would orphan it).
struct StopOnDrop(Option<u32>);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        if let Some(pid) = self.0 {
            let pid = nix::unistd::Pid::from_raw(pid as i32);
            let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGINT);
        }
    }
}

/// Runs a command that must succeed; its output.
async fn succeeds(command: &mut Command) -> std::process::Output {
    let output = command.output().await.unwrap();
    assert!(
        output.status.success(),
        "{}",
        common::describe_output(&output)
    );
    output
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_serves_the_warehouse_and_cleans_up() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_askpg"))
        .arg("demo")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("askpg demo");
    let _stop = StopOnDrop(child.id());
    let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut data_dir = None;
    let mut seen = String::new();
    loop {
        let line = tokio::time::timeout(Duration::from_secs(120), stderr.next_line())
            .await
            .unwrap_or_else(|_| panic!("demo did not start; said:\n{seen}"))
            .unwrap()
            .unwrap_or_else(|| panic!("demo exited; said:\n{seen}"));
        seen.push_str(&line);
        seen.push('\n');
        if let Some(dir) = line.trim().strip_prefix("(data directory ") {
            data_dir = Some(PathBuf::from(dir.trim_end_matches(')')));
        }
        if line.contains("askpg listening on 127.0.0.1:6543") {
            break;
        }
    }
    let data_dir = data_dir.expect("demo names its data directory");
    assert!(data_dir.exists());
    assert!(seen.contains("demo warehouse loaded"), "{seen}");

    let psql = common::fixture().psql();
    let output = Command::new(&psql)
        .args(["-X", "-At", "-c"])
        .arg("SELECT count(*) > 10000, (SELECT count(*) FROM customers) > 1000, current_user FROM order_lines")
        .arg("postgresql://demo:demo@127.0.0.1:6543/warehouse?sslmode=require")
        .output()
        .await
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        "t|t|askpg_reader"
    );

    // The questions the welcome text suggests are answered without an LLM.
    let url = "postgresql://demo:demo@127.0.0.1:6543/warehouse?sslmode=require";
    let psql_at = |statement: &str| {
        let mut cmd = Command::new(&psql);
        cmd.args(["-X", "-At", "-c", statement]).arg(url);
        cmd
    };
    let asked = succeeds(&mut psql_at("ASK 'What was our total revenue in 2024?'")).await;
    let direct = psql_at(
        "SELECT ROUND(SUM(ol.net_amount), 2) FROM orders o JOIN order_lines ol ON ol.order_id = o.order_id \
         WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2024",
    )
    .output()
    .await
    .unwrap();
    assert_eq!(
        asked.stdout,
        direct.stdout,
        "{}",
        common::describe_output(&asked)
    );
    for statement in [
        "ASK 'help'",
        "ASK 'How many products are in each department?'",
        "ASK 'Top 5 customers by revenue in 2025'",
        "-- ask: Monthly cloud cost by team in 2025",
        "EXPLAIN ASK 'How many orders came from Germany in 2025?'",
    ] {
        let output = psql_at(statement).output().await.unwrap();
        assert!(
            output.status.success() && !output.stdout.is_empty(),
            "{statement}: {}",
            common::describe_output(&output)
        );
    }

    // Writes are refused by the guard before they reach the upstream.
    let output = Command::new(&psql)
        .args(["-X", "-At", "-c", "DELETE FROM orders"])
        .arg("postgresql://demo:demo@127.0.0.1:6543/warehouse?sslmode=require")
        .output()
        .await
        .unwrap();
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("askpg is read-only"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    // The eval command the welcome text prints measures the demo's answers.
    let eval_config = data_dir.join("eval.toml");
    let output = succeeds(
        Command::new(env!("CARGO_BIN_EXE_askpg"))
            .args(["eval", "--format", "json", "--config"])
            .arg(&eval_config)
            .arg(common::repo_path("corpus/demo/golden.yaml")),
    )
    .await;
    let evaluated: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(evaluated["run"]["generator"], "builtin");
    assert_eq!(
        evaluated["summary"]["errors"], 0,
        "{}",
        evaluated["summary"]
    );
    assert!(evaluated["summary"]["right"].as_u64().unwrap() > 0);

    common::send_signal(&child, nix::sys::signal::Signal::SIGINT);
    let status = tokio::time::timeout(Duration::from_secs(60), child.wait())
        .await
        .expect("demo stops")
        .unwrap();
    assert!(status.success(), "demo exited with {status}");
    let mut rest = String::new();
    while let Ok(Some(line)) = stderr.next_line().await {
        rest.push_str(&line);
    }
    assert!(rest.contains("private cluster removed"), "{rest}");
    assert!(!data_dir.exists(), "{} left behind", data_dir.display());
    let mut stdout = String::new();
    tokio::io::AsyncReadExt::read_to_string(child.stdout.as_mut().unwrap(), &mut stdout)
        .await
        .unwrap();
    assert!(
        stdout.contains("jdbc:postgresql://127.0.0.1:6543/warehouse"),
        "{stdout}"
    );
    let eval_command = format!(
        "askpg eval corpus/demo/golden.yaml --config {}",
        eval_config.display()
    );
    assert!(stdout.contains(&eval_command), "{stdout}");
}
