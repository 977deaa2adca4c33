//! Passthrough: askpg asks the client for its password (over TLS or on a loopback
//! listener only), logs into the upstream with it, and lets PostgreSQL (scram-sha-256
//! here) decide; the login role is audited at its first login.

use std::time::{Duration, Instant};

use super::setup::{self, code, tls_client, url};
use super::setup::{PT_READER, PT_READER_PASSWORD, PT_WRITER, PT_WRITER_PASSWORD};
use crate::common::{self, wire::Wire, Proxy, DATABASE};
use askpg::upstream::UpstreamError;

/// The SQLSTATE and message of a refused login.
async fn refused_login(port: u16, user: &str, password: &str, sslmode: &str) -> (String, String) {
    match Wire::connect(&url(port, user, password, sslmode), &[]).await {
        Ok(_) => panic!("{user} logged in"),
        Err(UpstreamError::Refused { code, message, .. }) => (code, message),
        Err(other) => panic!("{user}: {other}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passthrough_logs_in_with_the_clients_own_password() {
    let mut config = setup::passthrough_config();
    config.auth.failure_delay = Duration::from_millis(300);
    let proxy = Proxy::start(config).await;
    let reader = tls_client(proxy.port(), PT_READER, PT_READER_PASSWORD).await;
    let rows = reader
        .simple_query("SELECT current_user, session_user, (SELECT count(*) FROM sales)")
        .await
        .unwrap();
    assert_eq!(
        common::simple_rows(rows),
        [[PT_READER, PT_READER, "6"]],
        "the upstream's own login, under row-level security"
    );
    let err = reader
        .query("SELECT * FROM payroll", &[])
        .await
        .unwrap_err();
    assert_eq!(code(&err), "42501", "{err}");

    // A wrong password and an unknown user get PostgreSQL's 28P01, after askpg's delay.
    for (user, password) in [(PT_READER, "wrong-password"), ("nobody_here", "x-password")] {
        let started = Instant::now();
        let (code, message) = refused_login(proxy.port(), user, password, "require").await;
        assert_eq!(code, "28P01", "{message}");
        assert!(
            message.contains(&format!(
                "password authentication failed for user \"{user}\""
            )),
            "{message}"
        );
        assert!(started.elapsed() >= Duration::from_millis(300));
    }
    // The session still works after others failed.
    assert_eq!(reader.simple_query("SELECT 1").await.unwrap().len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_passthrough_login_that_can_write_is_refused() {
    let proxy = Proxy::start(setup::passthrough_config()).await;
    // Refused at its first login with the findings, and again from the kept verdict.
    for _ in 0..2 {
        let err = tokio_postgres::connect(
            &url(proxy.port(), PT_WRITER, PT_WRITER_PASSWORD, "disable"),
            tokio_postgres::NoTls,
        )
        .await
        .err()
        .expect("a writable login is refused");
        let db = err.as_db_error().expect("askpg's error");
        assert_eq!(db.code().code(), "42501", "{db:?}");
        assert!(db.message().contains(PT_WRITER), "{db:?}");
        assert!(
            db.detail()
                .unwrap_or_default()
                .contains("INSERT on public.sales"),
            "{db:?}"
        );
    }
    // With writes allowed explicitly it logs in; the guard still refuses the write.
    let mut config = setup::passthrough_config();
    config.guard.allow_writable_upstream = true;
    let proxy = Proxy::start(config).await;
    let writer = tls_client(proxy.port(), PT_WRITER, PT_WRITER_PASSWORD).await;
    let err = writer
        .simple_query("INSERT INTO sales VALUES (100, 'Europe', 'x', 1)")
        .await
        .unwrap_err();
    assert_eq!(code(&err), "25006", "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passthrough_takes_passwords_only_over_tls_or_on_loopback() {
    // A loopback listener may take the password without TLS.
    let proxy = Proxy::start(setup::passthrough_config()).await;
    let (client, conn) = tokio_postgres::connect(
        &url(proxy.port(), PT_READER, PT_READER_PASSWORD, "disable"),
        tokio_postgres::NoTls,
    )
    .await
    .unwrap();
    tokio::spawn(conn);
    client.simple_query("SELECT 1").await.unwrap();
    // Any other listener refuses to ask for it in clear text.
    let mut config = setup::passthrough_config();
    config.listen = "0.0.0.0:0".into();
    let proxy = Proxy::start(config).await;
    let (code, message) =
        refused_login(proxy.port(), PT_READER, PT_READER_PASSWORD, "disable").await;
    assert_eq!(code, "28000", "{message}");
    assert!(message.contains("only over TLS"), "{message}");
    let tls = tls_client(proxy.port(), PT_READER, PT_READER_PASSWORD).await;
    tls.simple_query("SELECT 1").await.unwrap();
}

/// psql and psycopg 3 over TLS log in by passthrough.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn real_clients_over_tls_log_in_by_passthrough() {
    let proxy = Proxy::start(setup::passthrough_config()).await;
    let out = setup::psql(
        proxy.port(),
        PT_READER,
        PT_READER_PASSWORD,
        &[
            "SELECT current_user",
            "SELECT count(*) FROM sales",
            "ASK 'how many sales are there?'",
        ],
    )
    .await;
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [PT_READER, "6", "6"],
        "{}",
        common::describe_output(&out)
    );
    let out = setup::psql(proxy.port(), PT_READER, "not-the-password", &["SELECT 1"]).await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("password authentication failed"),
        "{stderr}"
    );
    let out = setup::psycopg(
        proxy.port(),
        PT_READER,
        PT_READER_PASSWORD,
        "SELECT current_user, count(*) FROM sales GROUP BY 1",
    )
    .await;
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        stdout.trim(),
        format!("('{PT_READER}', 6) ssl=True"),
        "{}",
        common::describe_output(&out)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passthrough_passwords_never_reach_the_log() {
    setup::roles();
    let fx = common::fixture();
    let port = askpg::cluster::free_port().unwrap();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_askpg"))
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .env(
            "ASKPG_UPSTREAM_URL",
            fx.upstream_url(setup::GATEWAY, "require"),
        )
        .env("ASKPG_AUTH_METHOD", "passthrough")
        .env("ASKPG_AUTH_FAILURE_DELAY", "10ms")
        .env("ASKPG_LOG_FORMAT", "json")
        .env("RUST_LOG", "debug")
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("askpg binary");
    let stderr = child.stderr.take().unwrap();
    let log = tokio::spawn(async move {
        let mut text = String::new();
        tokio::io::AsyncReadExt::read_to_string(&mut tokio::io::BufReader::new(stderr), &mut text)
            .await
            .unwrap();
        text
    });
    let wrong = "wrong-pass-31337";
    let conninfo = |user: &str, password: &str| {
        format!("host=127.0.0.1 port={port} user={user} password={password} dbname={DATABASE}")
    };
    // Poll until askpg listens.
    let started = Instant::now();
    let client = loop {
        match tokio_postgres::connect(
            &conninfo(PT_READER, PT_READER_PASSWORD),
            tokio_postgres::NoTls,
        )
        .await
        {
            Ok((client, conn)) => {
                tokio::spawn(conn);
                break client;
            }
            Err(_) if started.elapsed() < Duration::from_secs(30) => {
                tokio::time::sleep(Duration::from_millis(50)).await
            }
            Err(err) => panic!("askpg does not accept logins: {err}"),
        }
    };
    client
        .simple_query("SELECT count(*) FROM sales")
        .await
        .unwrap();
    // A cancel request reaches the session's statement and is logged with user and role.
    let cancel = client.cancel_token();
    let long = client.simple_query("SELECT count(*) FROM generate_series(1, 1000000000)");
    let admin = common::fixture().superuser().await;
    let canceller = async {
        // Cancel once the statement runs upstream.
        loop {
            let running: i64 = admin
                .query_one(
                    "SELECT count(*) FROM pg_stat_activity
                     WHERE usename = $1 AND state = 'active' AND query LIKE '%generate_series%'",
                    &[&PT_READER],
                )
                .await
                .unwrap()
                .get(0);
            if running > 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        cancel.cancel_query(tokio_postgres::NoTls).await.unwrap();
    };
    let (result, ()) = tokio::join!(long, canceller);
    assert_eq!(result.unwrap_err().code().map(|c| c.code()), Some("57014"));
    for (user, password) in [(PT_READER, wrong), (PT_WRITER, PT_WRITER_PASSWORD)] {
        assert!(
            tokio_postgres::connect(&conninfo(user, password), tokio_postgres::NoTls)
                .await
                .is_err()
        );
    }
    drop(client);
    common::send_signal(&child, nix::sys::signal::Signal::SIGTERM);
    tokio::time::timeout(Duration::from_secs(30), child.wait())
        .await
        .unwrap()
        .unwrap();
    let seen = log.await.unwrap();
    assert!(
        seen.contains("session started") && seen.contains(PT_READER),
        "{seen}"
    );
    assert!(
        seen.contains("can write"),
        "the refused login is logged:\n{seen}"
    );
    let cancelled = seen
        .lines()
        .find(|l| l.contains("cancel request forwarded"))
        .unwrap_or_else(|| panic!("no cancel line:\n{seen}"));
    assert!(
        cancelled.contains(&format!(r#""user":"{PT_READER}""#))
            && cancelled.contains(&format!(r#""role":"{PT_READER}""#)),
        "{cancelled}"
    );
    // Session lines name the client user and its upstream role.
    let started_line = seen
        .lines()
        .find(|l| l.contains("session started"))
        .unwrap();
    assert!(
        started_line.contains(&format!(r#""user":"{PT_READER}""#))
            && started_line.contains(&format!(r#""role":"{PT_READER}""#)),
        "{started_line}"
    );
    for secret in [
        PT_READER_PASSWORD,
        PT_WRITER_PASSWORD,
        wrong,
        common::READER_PASSWORD,
    ] {
        assert!(
            !seen.contains(secret),
            "{secret} appears in the log:\n{seen}"
        );
    }
}
