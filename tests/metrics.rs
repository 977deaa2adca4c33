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
    let llm = common::fake_llm::FakeLlm::start();
    config.llm.base_url = llm.base_url();
    // The EXPLAIN ASK below repeats the ASK's question: with the cache it would not reach
    // the LLM, and this test counts LLM requests.
    config.cache.enabled = false;
    // Questions go to the LLM even when the intent engine could answer them.
    config.ask.route = askpg::config::Route::Llm;
    config.llm.prompt_price_per_million = 2.0;
    config.llm.completion_price_per_million = 8.0;
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
    // One ASK repaired once, and one EXPLAIN ASK: three chat requests.
    llm.script_sql(&[
        "SELECT nope FROM orders",
        "SELECT count(*) FROM orders",
        "SELECT count(*) FROM orders",
    ]);
    let asked = a.simple_query("ASK 'how many orders?'").await.unwrap();
    assert_eq!(
        asked.len(),
        3,
        "one row, RowDescription and CommandComplete"
    );
    a.simple_query("EXPLAIN ASK 'how many orders?'")
        .await
        .unwrap();
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
    let asks = |kind: &str, outcome: &str| {
        value(
            &metrics,
            &format!("askpg_statements_total{{kind=\"{kind}\",outcome=\"{outcome}\"}}"),
        )
    };
    assert_eq!(asks("ask", "ok"), 1.0);
    assert_eq!(asks("explain_ask", "ok"), 1.0);
    assert_eq!(asks("ask", "error"), 0.0);
    assert_eq!(value(&metrics, "askpg_ask_repairs_total"), 1.0);
    assert_eq!(
        value(&metrics, "askpg_llm_requests_total{outcome=\"ok\"}"),
        3.0
    );
    assert_eq!(
        value(&metrics, "askpg_llm_requests_total{outcome=\"http\"}"),
        0.0
    );
    assert_eq!(
        value(&metrics, "askpg_llm_request_duration_seconds_count"),
        3.0
    );
    let prompt_tokens = value(&metrics, "askpg_llm_tokens_total{kind=\"prompt\"}");
    let completion_tokens = value(&metrics, "askpg_llm_tokens_total{kind=\"completion\"}");
    assert!(prompt_tokens > 100.0, "{prompt_tokens}");
    let cost = value(&metrics, "askpg_llm_cost_estimate_total");
    let expected_cost = (prompt_tokens * 2.0 + completion_tokens * 8.0) / 1e6;
    assert!(
        (cost - expected_cost).abs() < 1e-9,
        "{cost} vs {expected_cost}"
    );
    let stage = |stage: &str| {
        value(
            &metrics,
            &format!("askpg_ask_stage_duration_seconds_count{{stage=\"{stage}\"}}"),
        )
    };
    assert_eq!(stage("retrieval"), 2.0);
    assert_eq!(stage("generation"), 2.0);
    assert_eq!(stage("validation"), 2.0);
    assert_eq!(stage("execution"), 1.0, "EXPLAIN ASK runs nothing");
    drop(a);
}
