//! Retrieval recall on databases nobody annotated: no glossary, no examples, no notes, no
//! learned SQL. Each set is a schema with questions and the SQL that answers them; a
//! (question, table) pair is found when the table the SQL reads is in the context.
//!
//! `recall_floor_on_small_sets` runs in CI; `recall_benchmark` (ignored) is the benchmark
//! that `benches/retrieval.sh` runs: every set, beside a few hundred unrelated tables, and
//! the time to be ready on a warehouse of about 2,800 tables.
mod common;
#[path = "ask_retrieval/gold.rs"]
mod gold;
#[path = "ask_recall/noise.rs"]
mod noise;
#[path = "ask_recall/sets.rs"]
mod sets;
#[path = "ask_retrieval/sql_columns.rs"]
mod sql_columns;

use sets::{Measured, RecallSet};

/// Unrelated tables put beside a set's schema in the benchmark.
const NOISE_TABLES: usize = 300;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recall_floor_on_small_sets() {
    let cache = tempfile::tempdir().unwrap();
    let sets = [
        RecallSet::demo(0),
        RecallSet::from_files("pagila", "pagila", 60),
    ];
    for set in sets {
        let measured = set.measure(cache.path()).await;
        println!("{}", Measured::header());
        println!("{}", measured.line());
        for miss in &measured.misses {
            println!("  missing {miss}");
        }
        assert!(
            measured.pair_recall() >= 0.97,
            "{}: (question, table) recall {:.3} under the floor",
            set.name,
            measured.pair_recall()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark: run with benches/retrieval.sh"]
async fn recall_benchmark() {
    let cache = tempfile::tempdir().unwrap();
    let mut results = Vec::new();
    let sets = [
        RecallSet::demo(0),
        RecallSet::demo(NOISE_TABLES),
        RecallSet::from_files("pagila", "pagila", 0),
        RecallSet::from_files("pagila", "pagila", NOISE_TABLES),
    ];
    for set in sets {
        let measured = set.measure(cache.path()).await;
        for miss in &measured.misses {
            println!("  {}: missing {miss}", set.name);
        }
        results.push(measured);
    }
    println!("\ntuning sets");
    println!("{}", Measured::header());
    for measured in &results {
        println!("{}", measured.line());
    }
    let held_out = [
        RecallSet::from_files("northwind", "northwind", 0),
        RecallSet::from_files("northwind", "northwind", NOISE_TABLES),
    ];
    let mut held = Vec::new();
    for set in held_out {
        let measured = set.measure(cache.path()).await;
        for miss in &measured.misses {
            println!("  {}: missing {miss}", set.name);
        }
        held.push(measured);
    }
    println!("\nheld-out set (never tuned on)");
    println!("{}", Measured::header());
    for measured in &held {
        println!("{}", measured.line());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark: run with benches/retrieval.sh"]
async fn startup_benchmark() {
    let cache = tempfile::tempdir().unwrap();
    println!("{}", sets::startup(cache.path(), 10, 280).await);
}
