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
        RecallSet::from_files("classicmodels", "classicmodels", 0),
        RecallSet::from_files("classicmodels", "classicmodels", NOISE_TABLES),
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
    // Its misses are not printed: nothing is tuned on them.
    let mut held = Vec::new();
    for set in held_out {
        held.push(set.measure(cache.path()).await);
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

/// Tables no foreign key connects, beside unrelated ones so that not the whole schema fits.
/// The sales' reference to a client says nothing of clients (`party_ref`; `cust_ref` reads
/// "customer reference", which retrieval relates to "client" on its own).
const UNKEYED: &str = "
CREATE TABLE sales_fact (sale_id integer PRIMARY KEY, party_ref integer, sold_on date, amount numeric(10,2));
CREATE TABLE client_master (client_no integer PRIMARY KEY, client_label text);
INSERT INTO client_master SELECT g, 'client ' || g FROM generate_series(1, 300) AS g;
INSERT INTO sales_fact SELECT g, 1 + g % 300, DATE '2024-01-01' + g % 365, g % 97 FROM generate_series(1, 3000) AS g;";

const RELAYED: &str = "SELECT c.client_label, SUM(s.amount) FROM sales_fact s
    JOIN client_master c ON c.client_no = s.party_ref GROUP BY 1 ORDER BY 2 DESC";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn relayed_sql_teaches_joins_companions_and_expressions() {
    let cache = tempfile::tempdir().unwrap();
    let noise_sql = noise::tables("public", NOISE_TABLES, 0);
    sets::create_database("recall_learned", &[UNKEYED, &noise_sql]).await;
    let (asker, _, _) = sets::ready_asker("recall_learned", cache.path()).await;
    let (before, _) = asker.context("client labels").await.unwrap();
    let names = |context: &askpg::ask::retrieve::Context| -> Vec<String> {
        let knowledge = asker.knowledge().unwrap();
        context
            .tables
            .iter()
            .map(|t| knowledge.corpus.tables[t.table].name.clone())
            .collect()
    };
    assert!(
        !names(&before).contains(&"sales_fact".to_owned()),
        "{}",
        before.text
    );

    for _ in 0..3 {
        asker.observe_sql(RELAYED);
    }
    asker.observe_sql("DELETE FROM sales_fact");
    let mut learned = String::new();
    for _ in 0..200 {
        learned = asker.learned_status()[0].1.clone();
        if learned.starts_with("3 statements") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    assert!(learned.starts_with("3 statements"), "{learned}");

    let (after, report) = asker.context("client labels").await.unwrap();
    let knowledge = asker.knowledge().unwrap();
    let fact = after
        .tables
        .iter()
        .find(|t| knowledge.corpus.tables[t.table].name == "sales_fact")
        .unwrap_or_else(|| panic!("{}", after.text));
    assert!(
        fact.why.contains("statements seen through askpg"),
        "{}",
        fact.why
    );
    assert!(
        after
            .text
            .contains("sales_fact.party_ref = client_master.client_no")
            || after
                .text
                .contains("client_master.client_no = sales_fact.party_ref"),
        "{}",
        after.text
    );
    assert!(
        after.text.contains("sum(sales_fact.amount)"),
        "{}",
        after.text
    );
    let sources: Vec<&str> = report.sources.iter().map(|s| s.id.as_str()).collect();
    assert!(
        sources.iter().any(|s| s.starts_with("learned:join:")),
        "{sources:?}"
    );

    let mut config = sets::config("recall_learned", cache.path());
    config.corpus.learn_from_sql = false;
    let guard = std::sync::Arc::new(askpg::guard::Guard::new(&config.guard));
    let off = askpg::ask::pipeline::Asker::from_config(&config, guard).unwrap();
    off.observe_sql(RELAYED);
    assert!(off.learned_status()[0].1.starts_with("off"));
}
