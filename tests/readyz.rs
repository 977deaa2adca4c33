//! /readyz follows the upstream: it fails while the upstream is down and recovers when it
//! is back. Its own test binary, because it stops the binary's shared cluster.

mod common;

use common::{base_config, fixture, http_get, Proxy};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_fails_while_the_upstream_is_down_and_recovers() {
    let mut config = base_config();
    config.metrics.listen = "127.0.0.1:0".into();
    let proxy = Proxy::start(config).await;
    let addr = proxy.metrics_addr.expect("metrics endpoint");

    let (status, body) = http_get(addr, "/readyz").await;
    assert!(status.contains("200"), "{status}: {body}");
    let report: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(report["ready"], true);
    assert_eq!(report["checks"]["upstream"]["ok"], true);
    assert_eq!(report["checks"]["role_audit"]["ok"], true);
    assert_eq!(report["checks"]["corpus"]["ok"], true, "{body}");
    assert!(
        report["checks"]["corpus"]["summary"]
            .as_str()
            .unwrap()
            .contains("tables"),
        "{body}"
    );

    fixture().with_cluster(|cluster| cluster.stop());
    let (status, body) = http_get(addr, "/readyz").await;
    assert!(status.contains("503"), "{status}: {body}");
    let report: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(report["ready"], false);
    assert_eq!(report["checks"]["upstream"]["ok"], false);
    assert!(
        report["checks"]["upstream"]["error"]
            .as_str()
            .unwrap()
            .contains("127.0.0.1"),
        "{body}"
    );
    // Liveness does not depend on the upstream.
    assert!(http_get(addr, "/healthz").await.0.contains("200"));

    fixture()
        .with_cluster(|cluster| cluster.start_again())
        .expect("cluster restarts");
    let (status, body) = http_get(addr, "/readyz").await;
    assert!(status.contains("200"), "{status}: {body}");
}
