//! The upstream layers on their own: the role audit, and the role plus the pinned
//! read-only session with the guard turned off. In their own test binary (and so their own
//! cluster) because they create roles and send writes upstream, which must not disturb
//! the WAL checks of tests/guard.rs.

mod common;

use askpg::config::Secret;
use common::wire::Wire;
use common::{base_config, fixture, Proxy, CLIENT_PASSWORD, CLIENT_USER, DATABASE};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn role_audit_refuses_a_writable_role_and_names_its_privileges() {
    let admin = fixture().superuser().await;
    admin
        .batch_execute(
            "CREATE ROLE writer LOGIN PASSWORD 'reader-secret' CREATEDB;
             GRANT CONNECT ON DATABASE askpg_test TO writer;
             GRANT USAGE ON SCHEMA public TO writer;
             GRANT SELECT, INSERT ON customers TO writer;
             GRANT SELECT ON ALL TABLES IN SCHEMA public TO writer",
        )
        .await
        .unwrap();
    let mut config = base_config();
    config.upstream.url = Secret::new(fixture().upstream_url("writer", "require"));
    let err = askpg::Server::bind(config.clone())
        .await
        .err()
        .expect("refused to start")
        .to_string();
    assert!(err.contains("CREATEDB"), "{err}");
    assert!(err.contains("INSERT on public.customers"), "{err}");
    assert!(err.contains("allow_writable_upstream"), "{err}");
    // Allowed explicitly: it starts, and the pinned read-only session stops the write.
    config.guard.allow_writable_upstream = true;
    config.metrics.listen = "127.0.0.1:0".into();
    let server = askpg::Server::bind(config)
        .await
        .expect("starts when allowed")
        .without_guard();
    let proxy = Proxy::from_server(server);
    // Ready, with the findings as a warning.
    let (status, body) = common::http_get(proxy.metrics_addr.unwrap(), "/readyz").await;
    assert!(status.contains("200"), "{status}: {body}");
    assert!(
        body.contains("writable_upstream") && body.contains("INSERT on public.customers"),
        "{body}"
    );
    let mut conn = Wire::connect(
        &format!(
            "postgres://{CLIENT_USER}:{CLIENT_PASSWORD}@127.0.0.1:{}/{DATABASE}?sslmode=disable",
            proxy.port()
        ),
        &[],
    )
    .await
    .unwrap();
    let msgs = conn
        .query("INSERT INTO customers VALUES (9999, 'x', 'y', '2020-01-01', 0)")
        .await;
    assert_eq!(
        msgs.iter()
            .find(|m| m.tag == b'E')
            .and_then(|m| m.field(b'C'))
            .as_deref(),
        Some("25006"),
        "{msgs:?}"
    );
    admin
        .batch_execute("DROP OWNED BY writer; DROP ROLE writer")
        .await
        .unwrap();
}

fn proxy_url(proxy: &Proxy) -> String {
    format!(
        "postgres://{CLIENT_USER}:{CLIENT_PASSWORD}@127.0.0.1:{}/{DATABASE}?sslmode=disable",
        proxy.port()
    )
}

fn sqlstate(msgs: &[common::wire::Msg]) -> Option<String> {
    msgs.iter()
        .find(|m| m.tag == b'E')
        .and_then(|m| m.field(b'C'))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_the_guard_the_role_and_pinned_session_stop_every_write() {
    let server = askpg::Server::bind(base_config())
        .await
        .unwrap()
        .without_guard();
    let proxy = Proxy::from_server(server);
    let before = common::table_contents().await;
    let mut conn = Wire::connect(&proxy_url(&proxy), &[]).await.unwrap();
    // Statements that only change the transaction mode write nothing by themselves; the
    // writes that follow them are in the list.
    let mode_only = [
        "BEGIN",
        "START",
        "SET",
        "EXPLAIN ANALYZE SELECT",
        "EXPLAIN (ANALYZE true) SELECT",
    ];
    let writes: Vec<String> = common::attacks::attack_corpus()
        .into_iter()
        .filter(|(_, codes)| *codes == ["25006"])
        .map(|(sql, _)| sql)
        .filter(|sql| !mode_only.iter().any(|p| sql.starts_with(p)))
        .collect();
    let mut refused = 0;
    for sql in &writes {
        let msgs = conn.query(sql).await;
        // VACUUM/ANALYZE by a non-owner: PostgreSQL skips the table with a warning.
        let skipped = msgs
            .iter()
            .any(|m| m.tag == b'N' && m.field(b'M').is_some_and(|t| t.starts_with("skipping")));
        assert!(
            sqlstate(&msgs).is_some() || skipped,
            "the upstream layers let {sql:?} through: {msgs:?}"
        );
        refused += 1;
        conn.query("ROLLBACK").await;
    }
    assert!(refused > 40);
    // Escaping the pinned read-only mode still meets the role's lack of privileges.
    let msgs = conn
        .query("BEGIN READ WRITE; DELETE FROM orders; COMMIT")
        .await;
    assert_eq!(sqlstate(&msgs).as_deref(), Some("42501"), "{msgs:?}");
    conn.query("ROLLBACK").await;
    drop(conn);
    assert_eq!(
        common::table_contents().await,
        before,
        "the upstream changed"
    );
}
