//! The metrics endpoint after a known workload. This binary holds one test so the
//! process-wide counters move only by what it does.

mod common;

use common::{base_config, http_get as get, Proxy};

fn value(metrics: &str, series: &str) -> f64 {
    metrics
        .lines()
        .find_map(|l| {
            l.strip_prefix(series)
                .map(|v| v.trim().parse::<f64>().unwrap())
        })
        .unwrap_or_else(|| panic!("{series} missing from:\n{metrics}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_connections_and_relayed_bytes() {
    let mut config = base_config();
    config.metrics.listen = "127.0.0.1:0".into();
    config.limits.max_connections = 2;
    let proxy = Proxy::start(config).await;
    let addr = proxy.metrics_addr.expect("metrics endpoint");

    let (status, body) = get(addr, "/healthz").await;
    assert!(status.contains("200"), "{status}");
    assert_eq!(body, "ok\n");
    let (status, _) = get(addr, "/nope").await;
    assert!(status.contains("404"), "{status}");

    let a = proxy.client().await;
    let b = proxy.client().await;
    let rows = a
        .simple_query("SELECT * FROM orders ORDER BY id LIMIT 1000")
        .await
        .unwrap();
    assert_eq!(rows.len(), 1002);
    b.simple_query("SELECT 1").await.unwrap();
    assert!(a.simple_query("SELECT 1/0").await.is_err());
    let refused = a.simple_query("DELETE FROM orders").await.unwrap_err();
    assert_eq!(refused.code().unwrap().code(), "25006");
    // One connection past the limit.
    assert!(
        tokio_postgres::connect(&proxy.conninfo("disable"), tokio_postgres::NoTls)
            .await
            .is_err()
    );
    drop(b);

    let (_, metrics) = get(addr, "/metrics").await;
    assert_eq!(
        value(
            &metrics,
            "askpg_client_connections_total{outcome=\"accepted\"}"
        ),
        2.0
    );
    assert_eq!(
        value(
            &metrics,
            "askpg_client_connections_total{outcome=\"refused_limit\"}"
        ),
        1.0
    );
    assert_eq!(
        value(
            &metrics,
            "askpg_client_connections_total{outcome=\"auth_failed\"}"
        ),
        0.0
    );
    assert!(
        value(
            &metrics,
            "askpg_relayed_bytes_total{direction=\"to_client\"}"
        ) > 30_000.0
    );
    assert!(
        value(
            &metrics,
            "askpg_relayed_bytes_total{direction=\"to_upstream\"}"
        ) > 50.0
    );
    assert!(value(&metrics, "askpg_client_sessions") >= 1.0);
    let statements = |outcome: &str| {
        value(
            &metrics,
            &format!("askpg_statements_total{{kind=\"sql\",outcome=\"{outcome}\"}}"),
        )
    };
    assert_eq!(statements("ok"), 2.0);
    assert_eq!(statements("error"), 1.0);
    assert_eq!(statements("refused"), 1.0);
    assert_eq!(
        value(&metrics, "askpg_sql_statement_duration_seconds_count"),
        4.0
    );
    assert_eq!(
        value(&metrics, "askpg_guard_refusals_total{reason=\"write\"}"),
        1.0
    );
    assert_eq!(
        value(&metrics, "askpg_guard_refusals_total{reason=\"privilege\"}"),
        0.0
    );
    drop(a);
}
