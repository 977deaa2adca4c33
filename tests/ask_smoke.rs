//! Smoke test of the ASK test helpers: the warehouse loads and the fake LLM answers.
mod common;

use common::fake_llm::{FakeLlm, Reply};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn warehouse_and_fake_llm_are_usable() {
    let db = common::ask::warehouse_superuser().await;
    let row = db
        .query_one("SELECT count(*) FROM orders", &[])
        .await
        .unwrap();
    assert!(row.get::<_, i64>(0) > 1000);
    let llm = FakeLlm::start();
    llm.script([Reply::Content("SELECT 1".into())]);
    let (status, body) = common::http_post(
        llm.addr,
        "/v1/chat/completions",
        r#"{"model":"m","messages":[{"role":"user","content":"hi"}]}"#,
    )
    .await;
    assert!(status.contains(" 200 "), "{status} {body}");
    assert!(body.contains("SELECT 1"), "{body}");
    assert_eq!(llm.prompt(0), "hi");
}
