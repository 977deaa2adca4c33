//! Session lifecycle: cancel, connection limit, upstream failures, drain on SIGTERM and at
//! the end of the grace period.

mod common;

use std::time::Duration;

use askpg::config::Secret;
use common::{base_config, fixture, Proxy, CLIENT_PASSWORD, CLIENT_USER, DATABASE};
use tokio::io::AsyncBufReadExt;

/// A query that runs for many seconds on the fixture (a large cross join).
const LONG_QUERY: &str = "SELECT count(*) FROM orders a, orders b, generate_series(1, 10) g";

fn code(err: &tokio_postgres::Error) -> String {
    err.code()
        .map(|c| c.code().to_owned())
        .unwrap_or_else(|| format!("no SQLSTATE: {err}"))
}

/// Waits (bounded) until the upstream runs `needle` in an active backend.
async fn wait_until_active(needle: &str) {
    let admin = fixture().superuser().await;
    for _ in 0..400 {
        let rows = admin
            .query(
                "SELECT 1 FROM pg_stat_activity WHERE state = 'active' AND query = $1",
                &[&needle],
            )
            .await
            .unwrap();
        if !rows.is_empty() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("{needle:?} never became active upstream");
}

/// Waits (bounded) until no upstream backend runs `needle`.
async fn wait_until_gone(needle: &str) {
    let admin = fixture().superuser().await;
    for _ in 0..400 {
        let rows = admin
            .query(
                "SELECT 1 FROM pg_stat_activity WHERE query = $1 AND state = 'active'",
                &[&needle],
            )
            .await
            .unwrap();
        if rows.is_empty() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("{needle:?} still runs upstream");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_request_stops_a_long_query() {
    let proxy = Proxy::with_defaults().await;
    let client = proxy.client().await;
    let token = client.cancel_token();
    let running = tokio::spawn(async move { client.simple_query(LONG_QUERY).await.map(|_| ()) });
    wait_until_active(LONG_QUERY).await;
    token
        .cancel_query(tokio_postgres::NoTls)
        .await
        .expect("cancel sent");
    let result = tokio::time::timeout(Duration::from_secs(30), running)
        .await
        .expect("query ended")
        .unwrap();
    assert_eq!(code(&result.unwrap_err()), "57014");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_cancel_key_cancels_nothing() {
    let proxy = Proxy::with_defaults().await;
    let client = proxy.client().await;
    // A second session's key must not cancel the first session's query.
    let other = proxy.client().await;
    let other_token = other.cancel_token();
    let running = tokio::spawn(async move {
        client
            .simple_query("SELECT count(*) FROM orders a, orders b WHERE a.id < 2000")
            .await
            .map(|_| ())
    });
    wait_until_active("SELECT count(*) FROM orders a, orders b WHERE a.id < 2000").await;
    other_token
        .cancel_query(tokio_postgres::NoTls)
        .await
        .expect("cancel sent");
    let result = tokio::time::timeout(Duration::from_secs(60), running)
        .await
        .expect("query ended")
        .unwrap();
    assert!(
        result.is_ok(),
        "query was cancelled by another session's key: {result:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn psql_ctrl_c_cancels_through_askpg() {
    let fx = fixture();
    let proxy = Proxy::with_defaults().await;
    let sql = "SELECT count(*) FROM orders a, orders b, generate_series(1, 11) g";
    let mut psql = tokio::process::Command::new(fx.psql());
    let child = common::libpq_env(&mut psql, proxy.port(), CLIENT_USER, CLIENT_PASSWORD)
        .args(["-X", "-c", sql])
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("psql");
    wait_until_active(sql).await;
    common::send_signal(&child, nix::sys::signal::Signal::SIGINT);
    let output = tokio::time::timeout(Duration::from_secs(30), child.wait_with_output())
        .await
        .expect("psql ended")
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("canceling statement due to user request"),
        "psql said: {stderr}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_limit_answers_53300() {
    let mut config = base_config();
    config.limits.max_connections = 2;
    let proxy = Proxy::start(config).await;
    let first = proxy.client().await;
    let _second = proxy.client().await;
    let third = tokio_postgres::connect(&proxy.conninfo("disable"), tokio_postgres::NoTls).await;
    let err = third.err().expect("third connection refused");
    assert_eq!(code(&err), "53300", "{err}");
    // A slot frees when a session ends.
    drop(first);
    let mut reconnected = None;
    for _ in 0..200 {
        if let Ok((c, conn)) =
            tokio_postgres::connect(&proxy.conninfo("disable"), tokio_postgres::NoTls).await
        {
            tokio::spawn(conn);
            reconnected = Some(c);
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let c = reconnected.expect("a slot freed");
    assert_eq!(c.simple_query("SELECT 1").await.unwrap().len(), 3);
}

#[tokio::test]
async fn upstream_unreachable_is_a_clean_08001() {
    let mut config = base_config();
    let port = askpg::cluster::free_port().unwrap();
    config.upstream.url = Secret::new(format!(
        "postgres://askpg_reader:x@127.0.0.1:{port}/{DATABASE}"
    ));
    let proxy = Proxy::start(config).await;
    let err = tokio_postgres::connect(&proxy.conninfo("disable"), tokio_postgres::NoTls)
        .await
        .err()
        .expect("connection fails");
    assert_eq!(code(&err), "08001", "{err}");
    let text = err.as_db_error().unwrap().message().to_owned();
    assert!(text.contains(&format!("127.0.0.1:{port}")), "{text}");
}

#[tokio::test]
async fn upstream_refusal_carries_its_message_as_08006() {
    let mut config = base_config();
    config.upstream.url = Secret::new(format!(
        "postgres://askpg_reader:wrong@127.0.0.1:{}/{DATABASE}",
        fixture().port
    ));
    let proxy = Proxy::start(config).await;
    let err = tokio_postgres::connect(&proxy.conninfo("disable"), tokio_postgres::NoTls)
        .await
        .err()
        .expect("connection fails");
    assert_eq!(code(&err), "08006", "{err}");
    let db = err.as_db_error().unwrap();
    assert!(
        db.message().contains("password authentication failed"),
        "{}",
        db.message()
    );
    assert!(
        db.detail().unwrap_or_default().contains("28P01"),
        "{:?}",
        db.detail()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drain_ends_idle_sessions_with_57p01_and_lets_busy_ones_finish() {
    let mut config = base_config();
    config.limits.shutdown_grace = Duration::from_secs(60);
    let mut proxy = Proxy::start(config).await;
    let (_idle, idle_conn) =
        tokio_postgres::connect(&proxy.conninfo("disable"), tokio_postgres::NoTls)
            .await
            .unwrap();
    let idle_conn = tokio::spawn(idle_conn);
    let busy = proxy.client().await;
    let sql = "SELECT count(*) FROM orders a, orders b WHERE a.id < 1500";
    let running = tokio::spawn(async move {
        let rows = busy.simple_query(sql).await;
        (rows.map(|r| r.len()), busy)
    });
    wait_until_active(sql).await;
    let stopped = proxy.begin_shutdown();
    // The idle session is told with 57P01 and closed.
    let ended = tokio::time::timeout(Duration::from_secs(30), idle_conn)
        .await
        .expect("idle session ended")
        .unwrap();
    assert_eq!(code(&ended.expect_err("ended with an error")), "57P01");
    // The busy session's query completes, then the session ends.
    let (rows, busy) = tokio::time::timeout(Duration::from_secs(60), running)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(rows.expect("busy query finished"), 3);
    tokio::time::timeout(Duration::from_secs(30), stopped)
        .await
        .expect("server stopped")
        .unwrap();
    assert!(busy.simple_query("SELECT 1").await.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grace_expiry_ends_busy_sessions_and_cancels_their_queries() {
    let mut config = base_config();
    config.limits.shutdown_grace = Duration::from_millis(300);
    let mut proxy = Proxy::start(config).await;
    let busy = proxy.client().await;
    let sql = "SELECT count(*) FROM orders a, orders b, generate_series(1, 12) g";
    let running = tokio::spawn(async move { busy.simple_query(sql).await.map(|_| ()) });
    wait_until_active(sql).await;
    let stopped = proxy.begin_shutdown();
    let result = tokio::time::timeout(Duration::from_secs(30), running)
        .await
        .unwrap()
        .unwrap();
    let err = result.unwrap_err();
    assert!(code(&err) == "57P01" || err.is_closed(), "{err}");
    tokio::time::timeout(Duration::from_secs(30), stopped)
        .await
        .expect("server stopped")
        .unwrap();
    wait_until_gone(sql).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_drains_the_real_binary() {
    let upstream = fixture().upstream_url(common::READER, "disable");
    let (mut child, mut log, port, _) = spawn_askpg(&[
        ("ASKPG_UPSTREAM_URL", &upstream),
        ("ASKPG_AUTH_METHOD", "trust"),
        ("ASKPG_LIMITS_SHUTDOWN_GRACE", "30s"),
        ("RUST_LOG", "info"),
    ])
    .await;
    let conninfo = format!("host=127.0.0.1 port={port} user=anyone dbname={DATABASE}");
    let (client, conn) = tokio_postgres::connect(&conninfo, tokio_postgres::NoTls)
        .await
        .unwrap();
    let conn = tokio::spawn(conn);
    assert_eq!(client.simple_query("SELECT 1").await.unwrap().len(), 3);
    common::send_signal(&child, nix::sys::signal::Signal::SIGTERM);
    // The idle session receives 57P01 as a FATAL error and the connection closes.
    let ended = tokio::time::timeout(Duration::from_secs(30), conn)
        .await
        .expect("connection closed")
        .unwrap();
    let err = ended.expect_err("connection ended with an error");
    assert_eq!(code(&err), "57P01", "{err}");
    let status = tokio::time::timeout(Duration::from_secs(30), child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(status.success(), "askpg exited with {status}");
    let mut rest = String::new();
    while let Ok(Some(line)) = log.next_line().await {
        rest.push_str(&line);
        rest.push('\n');
    }
    assert!(
        rest.contains("SIGTERM received") && rest.contains("askpg stopped"),
        "{rest}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_reloads_what_askpg_knows_of_the_upstream() {
    let fx = fixture();
    let upstream = fx.upstream_url(common::READER, "disable");
    let (child, mut log, port, mut seen) = spawn_askpg(&[
        ("ASKPG_UPSTREAM_URL", &upstream),
        ("ASKPG_AUTH_METHOD", "trust"),
        ("RUST_LOG", "info"),
    ])
    .await;
    let admin = fx.superuser().await;
    admin
        .batch_execute(
            "CREATE FUNCTION reload_probe() RETURNS int LANGUAGE sql VOLATILE AS 'SELECT 1'",
        )
        .await
        .unwrap();
    let client = trusted_client(port).await;
    // Created after askpg started: not yet known to be VOLATILE.
    client
        .simple_query("SELECT reload_probe()")
        .await
        .expect("unknown before the reload");
    common::send_signal(&child, nix::sys::signal::Signal::SIGHUP);
    let report = wait_for_line(&mut log, "reload complete", &mut seen).await;
    assert!(report.contains("reload_probe"), "{report}");
    // The running session sees the new knowledge.
    let err = client
        .simple_query("SELECT reload_probe()")
        .await
        .unwrap_err();
    assert_eq!(code(&err), "42501", "{err}");
    admin
        .batch_execute("DROP FUNCTION reload_probe()")
        .await
        .unwrap();
}

type Log = tokio::io::Lines<tokio::io::BufReader<tokio::process::ChildStderr>>;

/// `askpg serve` on a free port with these environment variables, its log captured; returns
/// once it listens, with the port and the log so far.
async fn spawn_askpg(envs: &[(&str, &str)]) -> (tokio::process::Child, Log, u16, String) {
    let port = askpg::cluster::free_port().unwrap();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_askpg"))
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .envs(envs.iter().copied())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("askpg binary");
    let mut log = tokio::io::BufReader::new(child.stderr.take().unwrap()).lines();
    let mut seen = String::new();
    wait_for_line(&mut log, "askpg listening", &mut seen).await;
    (child, log, port, seen)
}

/// The next log line containing `needle` (bounded wait); every line read is appended to
/// `seen`.
async fn wait_for_line(log: &mut Log, needle: &str, seen: &mut String) -> String {
    loop {
        let line = tokio::time::timeout(Duration::from_secs(30), log.next_line())
            .await
            .unwrap_or_else(|_| panic!("no log line with {needle:?}"))
            .unwrap()
            .expect("askpg is running");
        seen.push_str(&line);
        seen.push('\n');
        if line.contains(needle) {
            return line;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_never_contain_passwords() {
    const CLIENT_SECRET: &str = "alice-very-secret-pw";
    let upstream = fixture().upstream_url(common::READER, "require");
    assert!(upstream.contains(common::READER_PASSWORD));
    const LLM_KEY: &str = "sk-live-llm-key-4242";
    const EMBEDDINGS_KEY: &str = "sk-embeddings-key-7373";
    let llm = common::fake_llm::FakeLlm::start();
    llm.script_sql(&["SELECT count(*) FROM orders"]);
    let users = format!("[{{ name = \"alice\", password = \"{CLIENT_SECRET}\" }}]");
    let (mut child, mut log, port, mut seen) = spawn_askpg(&[
        ("ASKPG_UPSTREAM_URL", &upstream),
        ("ASKPG_AUTH_USERS", &users),
        ("ASKPG_LLM_BASE_URL", &llm.base_url()),
        ("ASKPG_LLM_API_KEY", LLM_KEY),
        ("ASKPG_EMBEDDINGS_API_KEY", EMBEDDINGS_KEY),
        // The question must reach the LLM, whose key must then stay out of the logs.
        ("ASKPG_ASK_ROUTE", "llm"),
        ("ASKPG_LOG_FORMAT", "json"),
        ("RUST_LOG", "debug"),
    ])
    .await;
    let good =
        format!("host=127.0.0.1 port={port} user=alice password={CLIENT_SECRET} dbname={DATABASE}");
    let (client, conn) = tokio_postgres::connect(&good, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    client.simple_query("SELECT 1").await.unwrap();
    assert!(client.simple_query("SELECT 1/0").await.is_err());
    client.simple_query("ASK 'how many orders?'").await.unwrap();
    assert_eq!(llm.authorizations(), [format!("Bearer {LLM_KEY}")]);
    let bad = format!(
        "host=127.0.0.1 port={port} user=alice password=wrong-{CLIENT_SECRET} dbname={DATABASE}"
    );
    assert!(tokio_postgres::connect(&bad, tokio_postgres::NoTls)
        .await
        .is_err());
    drop(client);
    common::send_signal(&child, nix::sys::signal::Signal::SIGTERM);
    tokio::time::timeout(Duration::from_secs(30), child.wait())
        .await
        .unwrap()
        .unwrap();
    while let Ok(Some(line)) = log.next_line().await {
        seen.push_str(&line);
        seen.push('\n');
    }
    assert!(
        seen.contains("authentication failed"),
        "the log covers the failed login:\n{seen}"
    );
    assert!(
        seen.contains("ASK answered"),
        "the log covers the question:\n{seen}"
    );
    // The relay runs outside the session span but logs inside it: its lines name the
    // session's user, database and id like the startup lines do.
    let database = format!(r#""db":"{DATABASE}""#);
    for message in ["session started", "ASK answered", "session ended"] {
        let line = seen
            .lines()
            .find(|line| line.contains(message))
            .unwrap_or_else(|| panic!("no {message:?} line:\n{seen}"));
        assert!(
            line.contains(r#""user":"alice""#)
                && line.contains(&database)
                && line.contains(r#""session":"#),
            "{message:?} is logged in the session span: {line}"
        );
    }
    for secret in [
        CLIENT_SECRET,
        common::READER_PASSWORD,
        LLM_KEY,
        EMBEDDINGS_KEY,
    ] {
        assert!(
            !seen.contains(secret),
            "{secret} appears in the log:\n{seen}"
        );
    }
}

/// A copy of the demo corpus files in a temporary directory (to edit during a test).
fn corpus_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let demo = common::repo_path("corpus/demo");
    for file in ["glossary.yaml", "examples.yaml"] {
        std::fs::copy(demo.join(file), dir.path().join(file)).unwrap();
    }
    dir
}

fn corpus_value(rows: &[Vec<String>], name: &str) -> String {
    rows.iter()
        .find(|r| r[0] == name)
        .map(|r| r[1].clone())
        .unwrap_or_else(|| panic!("no {name} in {rows:?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_reloads_a_changed_glossary_and_a_new_table_while_an_ask_completes() {
    use common::fake_llm::{FakeLlm, Reply};
    let fx = fixture();
    let warehouse = common::ask::warehouse();
    let upstream = format!(
        "postgres://{}:{}@127.0.0.1:{}/{warehouse}?sslmode=disable",
        common::READER,
        common::READER_PASSWORD,
        fx.port
    );
    let corpus = corpus_copy();
    let cache = tempfile::tempdir().unwrap();
    let llm = FakeLlm::start();
    llm.respond_with(|request| {
        let prompt = request["messages"][1]["content"]
            .as_str()
            .unwrap_or_default();
        let sql = "```sql\nSELECT count(*) AS orders FROM orders\n```".to_owned();
        if prompt.contains("slow question") {
            Reply::Delay(Duration::from_millis(2500), Box::new(Reply::Content(sql)))
        } else {
            Reply::Content(sql)
        }
    });
    let (child, mut log, port, mut seen) = spawn_askpg(&[
        ("ASKPG_UPSTREAM_URL", &upstream),
        ("ASKPG_AUTH_METHOD", "trust"),
        ("ASKPG_ADMIN_USERS", "[\"ops\"]"),
        ("ASKPG_CORPUS_DIR", &corpus.path().display().to_string()),
        (
            "ASKPG_EMBEDDINGS_CACHE_DIR",
            &cache.path().display().to_string(),
        ),
        ("ASKPG_LLM_BASE_URL", &llm.base_url()),
        ("RUST_LOG", "info"),
    ])
    .await;
    let conninfo = format!("host=127.0.0.1 port={port} user=ops dbname={warehouse}");
    let (ops, conn) = tokio_postgres::connect(&conninfo, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    let before = common::simple_rows(ops.simple_query("SHOW askpg.corpus").await.unwrap());
    let summary = corpus_value(&before, "corpus");
    assert!(summary.starts_with("8 tables"), "{summary}");
    assert!(summary.contains("60 glossary terms"), "{summary}");

    // A question in flight when the reload starts.
    let (asker, conn) = tokio_postgres::connect(&conninfo, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    let pending = tokio::spawn(async move { asker.simple_query("ASK 'slow question'").await });
    while llm.chat_requests().is_empty() {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    // A new table and a new glossary term.
    let db = common::ask::warehouse_superuser().await;
    db.batch_execute(&format!(
        "CREATE TABLE shipments (shipment_id int PRIMARY KEY, order_id int, shipped_on date, carrier text);
         COMMENT ON TABLE shipments IS 'Shipments of orders to customers, one row per parcel.';
         GRANT SELECT ON shipments TO {};",
        common::READER
    ))
    .await
    .unwrap();
    let glossary = corpus.path().join("glossary.yaml");
    let mut text = std::fs::read_to_string(&glossary).unwrap();
    text.push_str(
        "\n- term: lead time\n  definition: Days from the order date to the shipment date.\n  synonyms: [shipping delay]\n  columns: [shipments.shipped_on, orders.order_date]\n",
    );
    std::fs::write(&glossary, text).unwrap();

    common::send_signal(&child, nix::sys::signal::Signal::SIGHUP);
    let report = wait_for_line(&mut log, "reload complete", &mut seen).await;
    assert!(report.contains("shipments"), "{report}");
    assert!(report.contains("9 tables"), "{report}");

    let answered = tokio::time::timeout(Duration::from_secs(20), pending)
        .await
        .expect("the ASK in flight completes")
        .unwrap()
        .expect("and succeeds");
    assert_eq!(common::simple_rows(answered).len(), 1);

    let after = common::simple_rows(ops.simple_query("SHOW askpg.corpus").await.unwrap());
    assert_ne!(
        corpus_value(&after, "corpus_version"),
        corpus_value(&before, "corpus_version")
    );
    let summary = corpus_value(&after, "corpus");
    assert!(summary.contains("61 glossary terms"), "{summary}");
    let explained: Vec<String> = common::simple_rows(
        ops.simple_query("EXPLAIN ASK 'average lead time of shipments by carrier'")
            .await
            .unwrap(),
    )
    .into_iter()
    .map(|r| r[0].clone())
    .collect();
    let explained = explained.join("\n");
    assert!(explained.contains("table:public.shipments"), "{explained}");
    assert!(explained.contains("glossary:lead-time"), "{explained}");
    db.batch_execute("DROP TABLE shipments").await.unwrap();
}

/// CPU time (user + system, in clock ticks) of a process's session threads.
fn session_thread_ticks(pid: u32) -> u64 {
    let mut ticks = 0;
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).unwrap() {
        let Ok(stat) = std::fs::read_to_string(task.unwrap().path().join("stat")) else {
            continue;
        };
        // "tid (comm) state ...": the comm may hold spaces, so split after its ')'.
        let (head, rest) = stat.rsplit_once(") ").unwrap();
        if !head.contains("(askpg-session-") {
            continue;
        }
        let fields: Vec<&str> = rest.split_whitespace().collect();
        // utime and stime are fields 14 and 15 of stat, 12 and 13 after "state".
        ticks += fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    }
    ticks
}

/// `Cpus_allowed_list` of each session thread of `pid`, by thread name, and of the process.
fn session_thread_cpus(pid: u32) -> (Vec<(String, String)>, String) {
    let allowed = |status: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix("Cpus_allowed_list:"))
            .map(|v| v.trim().to_owned())
            .unwrap()
    };
    let mut threads = Vec::new();
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).unwrap() {
        let path = task.unwrap().path();
        let name = std::fs::read_to_string(path.join("comm")).unwrap_or_default();
        let name = name.trim();
        if name.starts_with("askpg-session-") {
            let status = std::fs::read_to_string(path.join("status")).unwrap();
            threads.push((name.to_owned(), allowed(&status)));
        }
    }
    threads.sort();
    let process = allowed(&std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap());
    (threads, process)
}

/// askpg trusting local clients, logging JSON at info, with these settings on top.
async fn spawn_trusting_askpg(extra: &[(&str, &str)]) -> (tokio::process::Child, Log, u16, String) {
    let upstream = fixture().upstream_url(common::READER, "disable");
    let base = [
        ("ASKPG_UPSTREAM_URL", upstream.as_str()),
        ("ASKPG_AUTH_METHOD", "trust"),
        ("ASKPG_LOG_FORMAT", "json"),
        ("RUST_LOG", "info"),
    ];
    spawn_askpg(&[base.as_slice(), extra].concat()).await
}

/// A plain-TCP client session through askpg on `port`.
async fn trusted_client(port: u16) -> tokio_postgres::Client {
    let conninfo = format!("host=127.0.0.1 port={port} user=anyone dbname={DATABASE}");
    let (client, conn) = tokio_postgres::connect(&conninfo, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(conn);
    client
}

/// Pinning asked for: `runtime.pin_session_threads` is off by default.
const PIN: (&str, &str) = ("ASKPG_RUNTIME_PIN_SESSION_THREADS", "true");

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn by_default_session_threads_neither_pin_nor_spin_and_follow_the_cpus() {
    let (child, _log, port, seen) = spawn_trusting_askpg(&[]).await;
    let listening = seen
        .lines()
        .find(|l| l.contains("askpg listening"))
        .unwrap();
    assert!(listening.contains("\"pinned\":false"), "{listening}");
    assert!(listening.contains("\"busy_poll_us\":0"), "{listening}");
    // The count comes from the CPUs askpg may use, and the log says why.
    let budget = askpg::cpus::CpuBudget::of_this_process();
    let (threads, why) = budget.usable();
    assert!(
        listening.contains(&format!("\"session_threads\":{threads}")),
        "{listening}"
    );
    assert!(
        seen.contains(&format!("{threads} session threads ({why})")),
        "{seen}"
    );
    // Left to the kernel: every thread may run wherever the process may.
    let (named, process) = session_thread_cpus(child.id().unwrap());
    assert_eq!(named.len(), threads, "{named:?}");
    for (name, cpus) in &named {
        assert_eq!(cpus, &process, "{name}");
    }
    let client = trusted_client(port).await;
    assert_eq!(client.simple_query("SELECT 1").await.unwrap().len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn session_threads_are_pinned_one_per_cpu_when_asked_and_not_when_turned_off() {
    let (child, _log, port, seen) = spawn_trusting_askpg(&[PIN]).await;
    let (threads, process) = session_thread_cpus(child.id().unwrap());
    assert!(!threads.is_empty(), "no session threads");
    if seen.contains("\"pinned\":true") {
        // One CPU each, all different, all among those the process may use.
        let mut cpus: Vec<&str> = threads.iter().map(|(_, cpus)| cpus.as_str()).collect();
        for (name, cpus) in &threads {
            assert!(cpus.parse::<usize>().is_ok(), "{name} may run on {cpus}");
        }
        cpus.sort_unstable();
        cpus.dedup();
        assert_eq!(cpus.len(), threads.len(), "{threads:?}");
    } else {
        // Not pinned: the log says why, and every thread may run wherever the process may.
        // (Or the kernel refused to pin a thread, which the log names; the others stay
        // pinned.)
        let refused = seen.contains("cannot pin a session thread to its CPU");
        assert!(
            refused || seen.contains("session threads are not pinned to CPUs"),
            "{seen}"
        );
        if !refused {
            for (name, cpus) in &threads {
                assert_eq!(cpus, &process, "{name}");
            }
        }
    }
    // Pinned or not, sessions are served.
    let client = trusted_client(port).await;
    assert_eq!(client.simple_query("SELECT 1").await.unwrap().len(), 3);
    drop(child);

    // Turned off, the threads are left to the kernel.
    let (child, _log, _port, seen) =
        spawn_trusting_askpg(&[("ASKPG_RUNTIME_PIN_SESSION_THREADS", "false")]).await;
    assert!(seen.contains("\"pinned\":false"), "{seen}");
    let (threads, process) = session_thread_cpus(child.id().unwrap());
    assert!(!threads.is_empty(), "no session threads");
    for (name, cpus) in &threads {
        assert_eq!(cpus, &process, "{name}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_result_lets_its_session_thread_off_its_cpu_until_small_answers_follow() {
    let (child, _log, port, seen) = spawn_trusting_askpg(&[PIN]).await;
    let pid = child.id().unwrap();
    let client = trusted_client(port).await;
    let small = || async {
        for i in 0..20 {
            let rows = client.simple_query(&format!("SELECT {i}")).await.unwrap();
            assert_eq!(rows.len(), 3);
        }
    };
    // About 1 MB of rows: far past the 64 KiB after which an answer counts as large.
    let large = "SELECT g, repeat('x', 1000) FROM generate_series(1, 1000) g";
    let (_, process) = session_thread_cpus(pid);
    if !seen.contains("\"pinned\":true") || !process.contains(['-', ',']) {
        // Not pinned (the log says why) or a single CPU: nothing can move. The result is
        // still relayed whole.
        assert!(
            seen.contains("session threads are not pinned to CPUs")
                || seen.contains("cannot pin a session thread to its CPU")
                || !process.contains(['-', ',']),
            "{seen}"
        );
        assert_eq!(client.simple_query(large).await.unwrap().len(), 1002);
        return;
    }
    let pinned = |threads: &[(String, String)]| {
        threads
            .iter()
            .filter(|(_, cpus)| cpus.parse::<usize>().is_ok())
            .count()
    };
    small().await;
    let (threads, _) = session_thread_cpus(pid);
    assert_eq!(
        pinned(&threads),
        threads.len(),
        "small answers: {threads:?}"
    );

    assert_eq!(client.simple_query(large).await.unwrap().len(), 1002);
    let (threads, _) = session_thread_cpus(pid);
    assert_eq!(
        pinned(&threads),
        threads.len() - 1,
        "the session's thread may run anywhere after a large result: {threads:?}"
    );
    assert!(
        threads.iter().any(|(_, cpus)| *cpus == process),
        "{threads:?}"
    );

    // The answer's size starts again from zero at its ReadyForQuery: small answers after it
    // are not part of a large result, and the thread goes back to its CPU.
    small().await;
    let (threads, _) = session_thread_cpus(pid);
    assert_eq!(pinned(&threads), threads.len(), "pinned again: {threads:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn busy_polling_stops_when_the_sessions_go_quiet() {
    let (child, _log, port, seen) = spawn_trusting_askpg(&[
        ("ASKPG_RUNTIME_SESSION_THREADS", "1"),
        // The longest window allowed, so a poller that never stopped could not hide.
        ("ASKPG_RUNTIME_BUSY_POLL_US", "10000"),
    ])
    .await;
    let pid = child.id().unwrap();
    // Polling is on unless a CPU quota turned it off, which the log then says.
    assert!(
        seen.contains("\"busy_poll_us\":10000") || seen.contains("busy polling is off"),
        "{seen}"
    );
    let client = trusted_client(port).await;
    for i in 0..300 {
        let rows = client.simple_query(&format!("SELECT {i}")).await.unwrap();
        assert_eq!(rows.len(), 3);
    }
    // The session stays open but quiet: the thread must go back to sleeping in the kernel.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let before = session_thread_ticks(pid);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let spent = session_thread_ticks(pid) - before;
    // SAFETY: sysconf reads a constant of the system.
    let hz = u64::try_from(unsafe { libc::sysconf(libc::_SC_CLK_TCK) }).unwrap();
    // A thread that kept polling would spend close to the whole two seconds.
    assert!(
        spent * 10 < hz * 2,
        "the idle session thread used {spent} ticks of CPU in 2 s ({hz} per second)"
    );
    // And the session still answers.
    assert_eq!(client.simple_query("SELECT 1").await.unwrap().len(), 3);
}
