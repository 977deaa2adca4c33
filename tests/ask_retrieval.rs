//! Retrieval end to end: the OpenAI-compatible embedder against a real HTTP server (batches,
//! bearer key, the on-disk cache, errors), and recall on the demo warehouse's corpus.
mod common;
#[path = "ask_retrieval/gold.rs"]
mod gold;
#[path = "ask_retrieval/sql_columns.rs"]
mod sql_columns;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use askpg::ask::corpus::{Chunk, ChunkKind, Corpus, Example};
use askpg::ask::embed::{self, EmbeddingCache, LocalEmbedder};
use askpg::ask::retrieve::{Context, Knowledge, DEFAULT_BUDGET_TOKENS};
use askpg::ask::{load, vocab, AskError};
use askpg::config::{EmbeddingsConfig, Secret};
use askpg::guard::Guard;
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
        ..Default::default()
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

/// Bytes of the files under `dir`, recursively.
fn disk_bytes(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            let meta = e.metadata().unwrap();
            if meta.is_dir() {
                disk_bytes(&e.path())
            } else {
                meta.len()
            }
        })
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_embeddings_cache_stays_within_cache_max_bytes() {
    let llm = FakeLlm::start();
    let cache = tempfile::tempdir().unwrap();
    let mut config = endpoint(&llm, cache.path(), 64);
    let embedder = embed::from_config(&config);
    embedder.embed(&["first question".into()]).await.unwrap();
    let entry = disk_bytes(cache.path());
    assert!(entry > 0);

    config.cache_max_bytes = entry * 10;
    let embedder = embed::from_config(&config);
    for i in 0..40 {
        embedder
            .embed(&[format!("distinct question {i}")])
            .await
            .unwrap();
        assert!(
            disk_bytes(cache.path()) <= entry * 10,
            "{} bytes after question {i}",
            disk_bytes(cache.path())
        );
    }
    // The latest questions are still answered from disk; the earliest were deleted.
    let before = llm.embedding_requests().len();
    embedder
        .embed(&["distinct question 39".into()])
        .await
        .unwrap();
    assert_eq!(llm.embedding_requests().len(), before);
    embedder
        .embed(&["distinct question 0".into()])
        .await
        .unwrap();
    assert_eq!(llm.embedding_requests().len(), before + 1);
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

/// What a question's gold SQL needs that the context lacks: `table` or `table.column`.
fn missing(knowledge: &Knowledge, context: &Context, sql: &str) -> (usize, Vec<String>) {
    let corpus = &knowledge.corpus;
    let needed = sql_columns::columns_used(sql, |name| {
        corpus
            .table(name)
            .map(|(_, t)| t.columns.iter().map(|c| c.name.clone()).collect())
    });
    let mut total = 0;
    let mut lacking = Vec::new();
    for (table, columns) in needed {
        total += 1 + columns.len();
        let (t, found) = corpus.table(&table).unwrap();
        let Some(shown) = context.table(t) else {
            lacking.push(table.clone());
            lacking.extend(columns.iter().map(|c| format!("{table}.{c}")));
            continue;
        };
        for column in columns {
            let c = found.columns.iter().position(|x| x.name == column).unwrap();
            if !shown.columns.contains(&c) {
                lacking.push(format!("{table}.{column}"));
            }
        }
    }
    (total, lacking)
}

/// Share of terms two questions have in common.
fn jaccard(a: &str, b: &str) -> f32 {
    let a: HashSet<String> = vocab::terms(a).into_iter().collect();
    let b: HashSet<String> = vocab::terms(b).into_iter().collect();
    a.intersection(&b).count() as f32 / a.union(&b).count().max(1) as f32
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_questions_get_every_table_and_column_their_sql_reads() {
    let cache = tempfile::tempdir().unwrap();
    let config = common::ask::ask_config(cache.path());
    let corpus = load::load(&config, &Guard::new(&config.guard))
        .await
        .expect("the demo corpus loads");
    for (question, _) in gold::GOLD {
        for example in &corpus.examples {
            let overlap = jaccard(question, &example.question);
            assert!(
                overlap < 0.75,
                "{question:?} is phrased like {:?}",
                example.question
            );
        }
    }
    let embedder = LocalEmbedder::new();
    let started = Instant::now();
    let knowledge = Knowledge::build(corpus, &embedder).await.unwrap();
    let build = started.elapsed();
    let db = common::ask::warehouse_superuser().await;

    let (mut found, mut total, mut tokens, mut slowest) = (0, 0, Vec::new(), Duration::ZERO);
    let mut retrieval = Duration::ZERO;
    let mut failures = Vec::new();
    for (question, sql) in gold::GOLD {
        if let Err(err) = db.query(*sql, &[]).await {
            panic!("the gold SQL for {question:?} fails on the warehouse: {err}\n{sql}");
        }
        let started = Instant::now();
        let context = knowledge
            .retrieve_for(&embedder, question, DEFAULT_BUDGET_TOKENS)
            .await
            .unwrap();
        let elapsed = started.elapsed();
        retrieval += elapsed;
        slowest = slowest.max(elapsed);
        assert!(context.tokens <= DEFAULT_BUDGET_TOKENS);
        let small = knowledge
            .retrieve_for(&embedder, question, 400)
            .await
            .unwrap();
        assert!(
            small.tokens <= 400 && !small.tables.is_empty(),
            "{question}"
        );
        let (needed, lacking) = missing(&knowledge, &context, sql);
        found += needed - lacking.len();
        total += needed;
        tokens.push(context.tokens);
        let tables: Vec<&str> = context
            .tables
            .iter()
            .map(|t| knowledge.corpus.tables[t.table].name.as_str())
            .collect();
        println!(
            "recall {:.2}  {:>4} tokens  {:>5.1} ms  {question}  [{}]{}",
            (needed - lacking.len()) as f64 / needed as f64,
            context.tokens,
            elapsed.as_secs_f64() * 1000.0,
            tables.join(" "),
            if lacking.is_empty() {
                String::new()
            } else {
                format!("  MISSING {lacking:?}")
            }
        );
        if !lacking.is_empty() {
            failures.push((question, lacking));
        }
    }
    let n = gold::GOLD.len();
    println!(
        "{n} questions: recall {:.3} ({found}/{total}); context tokens mean {:.0}, max {}; \
         build {:.1} ms for {} chunks; retrieve mean {:.2} ms, max {:.2} ms",
        found as f64 / total as f64,
        tokens.iter().sum::<usize>() as f64 / n as f64,
        tokens.iter().max().unwrap(),
        build.as_secs_f64() * 1000.0,
        knowledge.corpus.chunks.len(),
        retrieval.as_secs_f64() * 1000.0 / n as f64,
        slowest.as_secs_f64() * 1000.0,
    );
    assert!(n >= 30);
    assert!(failures.is_empty(), "incomplete context for {failures:#?}");
}
