//! The question engine's cost per question: the demo golden set's questions read, assembled
//! and compiled to SQL by the offline engine (`Engine::understand`), on the demo warehouse
//! with its corpus. A private PostgreSQL is started only to load the corpus (introspection
//! and sampled values); the timed work never touches it.
//!
//!     cargo bench --bench intent
//!
//! Prints the median and 95th percentile per question in milliseconds, and how many
//! questions compiled. Without `--bench` (as `cargo test --benches` runs it) it reads each
//! question once as a smoke test. `INTENT_BENCH_ROUNDS` (default 50) sets the rounds over
//! the whole set. See benches/README.md.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use askpg::ask::intent::Engine;
use askpg::ask::literals::ValueIndex;
use askpg::ask::load::load;
use askpg::cluster::{ClusterOptions, PrivateCluster};
use askpg::config::{Config, Secret};
use askpg::guard::Guard;

const DATABASE: &str = "warehouse";
const READER: &str = "askpg_reader";
const READER_PASSWORD: &str = "bench-reader";

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The questions of the demo golden set.
fn questions() -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct Golden {
        question: String,
    }
    let text = std::fs::read_to_string(repo("corpus/demo/golden.yaml")).expect("golden set");
    let golden: Vec<Golden> = serde_norway::from_str(&text).expect("golden YAML");
    golden.into_iter().map(|g| g.question).collect()
}

/// The demo warehouse in a private cluster, and its corpus as askpg loads it.
async fn demo_corpus(cluster: &PrivateCluster) -> askpg::ask::corpus::Corpus {
    let admin = cluster
        .superuser_client("postgres")
        .await
        .expect("superuser");
    admin
        .batch_execute(&format!("CREATE DATABASE {DATABASE}"))
        .await
        .expect("database");
    let db = cluster.superuser_client(DATABASE).await.expect("superuser");
    let sql = std::fs::read_to_string(repo("corpus/demo/warehouse.sql")).expect("warehouse");
    db.batch_execute(&sql).await.expect("warehouse loads");
    db.batch_execute(&askpg::demo::reader_role_sql(
        READER,
        READER_PASSWORD,
        DATABASE,
    ))
    .await
    .expect("reader role");
    let mut config = Config::default();
    config.upstream.url = Secret::new(format!(
        "postgres://{READER}:{READER_PASSWORD}@127.0.0.1:{}/{DATABASE}",
        cluster.port()
    ));
    config.corpus.dir = repo("corpus/demo").display().to_string();
    config.corpus.validate_examples = false;
    let guard = Guard::new(&config.guard);
    load(&config, &guard).await.expect("corpus loads")
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1].as_secs_f64() * 1000.0
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let rounds: usize = match full {
        true => std::env::var("INTENT_BENCH_ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(50),
        false => 1,
    };
    let cluster = PrivateCluster::start(&ClusterOptions::default()).expect("private PostgreSQL");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let corpus = runtime.block_on(demo_corpus(&cluster));
    let engine = Engine::new(&corpus, ValueIndex::build(&corpus));
    let questions = questions();
    let compiled = questions
        .iter()
        .filter(|q| engine.understand(q).is_ok())
        .count();
    let mut times = Vec::with_capacity(rounds * questions.len());
    for _ in 0..rounds {
        for question in &questions {
            let started = Instant::now();
            let _ = black_box(engine.understand(black_box(question)));
            times.push(started.elapsed());
        }
    }
    times.sort();
    println!("| set | questions | compiled | rounds | p50 ms | p95 ms |");
    println!("|---|---:|---:|---:|---:|---:|");
    println!(
        "| demo golden | {} | {compiled} | {rounds} | {:.3} | {:.3} |",
        questions.len(),
        percentile(&times, 0.50),
        percentile(&times, 0.95),
    );
}
