//! Retrieval end to end: the OpenAI-compatible embedder against a real HTTP server (batches,
//! bearer key, the on-disk cache, errors), and recall on the demo warehouse's corpus.
mod common;

use std::time::Duration;

use askpg::ask::corpus::{Chunk, ChunkKind, Corpus, Example};
use askpg::ask::embed::{self, EmbeddingCache};
use askpg::ask::retrieve::Knowledge;
use askpg::ask::AskError;
use askpg::config::{EmbeddingsConfig, Secret};
use common::fake_llm::{FakeLlm, Reply};

const API_KEY: &str = "sk-test-0123456789";

/// A corpus of `n` examples, one chunk each.
fn examples(n: usize) -> Corpus {
    let examples: Vec<Example> = (0..n)
        .map(|i| Example {
            id: format!("e{i}"),
            question: format!("question number {i} about orders"),
            sql: format!("SELECT {i}"),
        })
        .collect();
    let chunks = examples
        .iter()
        .enumerate()
        .map(|(i, e)| Chunk {
            id: format!("example:{}", e.id),
            kind: ChunkKind::Example,
            text: e.question.clone(),
            table: None,
            column: None,
            item: Some(i),
        })
        .collect();
    Corpus {
        version: "v".into(),
        examples,
        chunks,
        ..Default::default()
    }
}

fn endpoint(llm: &FakeLlm, cache: &std::path::Path, batch_size: u32) -> EmbeddingsConfig {
    EmbeddingsConfig {
        base_url: llm.base_url(),
        model: "test-embedding".into(),
        api_key: Secret::new(API_KEY),
        batch_size,
        cache_dir: cache.display().to_string(),
        timeout: Duration::from_secs(5),
    }
}

fn inputs(request: &serde_json::Value) -> Vec<String> {
    request["input"]
        .as_array()
        .map(|a| a.iter().map(|v| v.as_str().unwrap().to_owned()).collect())
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embeddings_are_batched_sent_with_the_key_and_cached() {
    let llm = FakeLlm::start();
    let cache = tempfile::tempdir().unwrap();
    let config = endpoint(&llm, cache.path(), 3);
    let embedder = embed::from_config(&config);
    assert_eq!(embedder.name(), "openai:test-embedding");

    let knowledge = Knowledge::build(examples(8), embedder.as_ref())
        .await
        .unwrap();
    assert_eq!(knowledge.embedder, "openai:test-embedding");
    let requests = llm.embedding_requests();
    let sizes: Vec<usize> = requests.iter().map(|r| inputs(r).len()).collect();
    assert_eq!(sizes, [3, 3, 2]);
    assert!(requests.iter().all(|r| r["model"] == "test-embedding"));
    let sent: Vec<String> = requests.iter().flat_map(inputs).collect();
    let expected: Vec<String> = examples(8).chunks.iter().map(|c| c.text.clone()).collect();
    assert_eq!(sent, expected);
    assert!(llm
        .authorizations()
        .iter()
        .all(|a| a == &format!("Bearer {API_KEY}")));

    // A restart with the same corpus and cache: no request at all.
    let again = embed::from_config(&config);
    let rebuilt = Knowledge::build(examples(8), again.as_ref()).await.unwrap();
    assert_eq!(llm.embedding_requests().len(), 3);
    let question = "question number 5 about orders";
    let first = knowledge
        .retrieve_for(embedder.as_ref(), question, 500)
        .await
        .unwrap();
    let second = rebuilt
        .retrieve_for(again.as_ref(), question, 500)
        .await
        .unwrap();
    assert_eq!(first, second);
    assert_eq!(first.examples[0].index, 5, "{}", first.text);

    // A damaged entry is asked for again, and rewritten.
    let key = EmbeddingCache::key("test-embedding", &expected[4]);
    let entry = EmbeddingCache::new(cache.path()).path(&key);
    std::fs::write(&entry, b"not a vector").unwrap();
    let before = llm.embedding_requests().len();
    Knowledge::build(examples(8), embed::from_config(&config).as_ref())
        .await
        .unwrap();
    let requests = llm.embedding_requests();
    assert_eq!(requests.len(), before + 1);
    assert_eq!(inputs(&requests[before]), [expected[4].clone()]);
    assert!(EmbeddingCache::new(cache.path()).get(&key).is_some());
}

async fn build_error(llm: &FakeLlm, timeout: Duration) -> String {
    let cache = tempfile::tempdir().unwrap();
    let mut config = endpoint(llm, cache.path(), 64);
    config.timeout = timeout;
    let embedder = embed::from_config(&config);
    match Knowledge::build(examples(2), embedder.as_ref()).await {
        Err(AskError::Service(message)) => {
            assert!(!message.contains(API_KEY), "{message}");
            message
        }
        Err(other) => panic!("expected a service error, got {other:?}"),
        Ok(_) => panic!("expected a service error"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endpoint_failures_become_clear_service_errors() {
    let llm = FakeLlm::start();
    llm.answer_embeddings_with(Reply::Status(
        500,
        r#"{"error":{"message":"the embedding model is down"}}"#.into(),
    ));
    let message = build_error(&llm, Duration::from_secs(10)).await;
    assert!(message.contains("HTTP 500"), "{message}");
    assert!(message.contains("the embedding model is down"), "{message}");
    assert!(message.contains(&llm.base_url()), "{message}");

    llm.answer_embeddings_with(Reply::Status(
        401,
        r#"{"error":{"message":"bad key"}}"#.into(),
    ));
    let message = build_error(&llm, Duration::from_secs(10)).await;
    assert!(
        message.contains("HTTP 401") && message.contains("bad key"),
        "{message}"
    );

    llm.answer_embeddings_with(Reply::Malformed("this is not JSON".into()));
    let message = build_error(&llm, Duration::from_secs(10)).await;
    assert!(message.contains("malformed"), "{message}");

    llm.answer_embeddings_with(Reply::Malformed(
        r#"{"object":"list","data":[],"model":"m","usage":{"prompt_tokens":0,"total_tokens":0}}"#
            .into(),
    ));
    let message = build_error(&llm, Duration::from_secs(10)).await;
    assert!(message.contains("0 embeddings for 2 inputs"), "{message}");

    llm.answer_embeddings_with(Reply::Delay(
        Duration::from_secs(5),
        Box::new(Reply::Content(String::new())),
    ));
    let message = build_error(&llm, Duration::from_millis(300)).await;
    assert!(message.contains("did not answer within 300ms"), "{message}");

    let cache = tempfile::tempdir().unwrap();
    let unreachable = EmbeddingsConfig {
        base_url: "http://127.0.0.1:1/v1".into(),
        api_key: Secret::new(API_KEY),
        cache_dir: cache.path().display().to_string(),
        ..Default::default()
    };
    let error = embed::from_config(&unreachable)
        .embed(&["x".into()])
        .await
        .unwrap_err();
    let AskError::Service(message) = error else {
        panic!("{error:?}")
    };
    assert!(
        message.contains("could not reach") && !message.contains(API_KEY),
        "{message}"
    );
}
