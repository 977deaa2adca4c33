use std::sync::Arc;
use std::time::Duration;

use super::key::Reader;
use super::*;
use crate::ask::corpus::fixtures::{column, example, glossary, table};
use crate::ask::embed::LocalEmbedder;

const REVENUE_2024: &str = "SELECT SUM(ol.net_amount) AS revenue FROM orders o \
     JOIN order_lines ol USING (order_id) \
     WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2024";
const TOP_CUSTOMERS: &str = "SELECT c.customer_name, SUM(ol.net_amount) AS revenue FROM orders o \
     JOIN order_lines ol USING (order_id) JOIN customers c USING (customer_id) \
     WHERE o.status = 'completed' AND EXTRACT(YEAR FROM o.order_date) = 2024 \
     GROUP BY 1 ORDER BY revenue DESC LIMIT 5";
const BRAZIL: &str = "SELECT COUNT(*) FROM orders o JOIN customers c USING (customer_id) \
     WHERE c.country = 'Brazil' AND EXTRACT(YEAR FROM o.order_date) = 2024";
const TEAM_COST: &str =
    "SELECT date_trunc('month', cc.usage_date)::date AS month, SUM(cc.cost_usd) \
     FROM cloud_costs cc JOIN teams t USING (team_id) \
     WHERE t.team_name = 'Platform Engineering' AND EXTRACT(YEAR FROM cc.usage_date) = 2025 \
     GROUP BY 1 ORDER BY 1";
/// The year also shows in a date the question did not name: it cannot move.
const SINCE_MID_YEAR: &str = "SELECT COUNT(*) FROM orders \
     WHERE EXTRACT(YEAR FROM order_date) = 2024 AND order_date >= DATE '2024-07-01'";

fn corpus() -> Corpus {
    Corpus {
        version: "v1".into(),
        tables: vec![
            table(
                "customers",
                vec![column(
                    "country",
                    &["Brazil", "Germany", "France", "United States"],
                )],
            ),
            table(
                "teams",
                vec![column(
                    "team_name",
                    &["Platform Engineering", "Data Engineering", "Security"],
                )],
            ),
            table("cloud_costs", vec![column("service", &["EC2", "S3"])]),
        ],
        glossary: vec![
            glossary("revenue", &["sales", "turnover", "net sales"], None),
            glossary("gross margin", &["profit"], None),
            glossary("order count", &["orders", "number of orders"], None),
            glossary("units sold", &["quantity sold"], None),
            glossary("cloud cost", &["cloud spend", "spend"], None),
        ],
        examples: vec![
            example(
                "revenue-2024",
                "What was our total revenue in 2024?",
                REVENUE_2024,
            ),
            example(
                "top-customers",
                "Top 5 customers by revenue in 2024",
                TOP_CUSTOMERS,
            ),
            example(
                "brazil",
                "How many orders came from Brazil in 2024?",
                BRAZIL,
            ),
            example(
                "team-cost",
                "Monthly cloud cost for Platform Engineering in 2025",
                TEAM_COST,
            ),
            example(
                "since-mid-year",
                "Orders in 2024 since mid-year",
                SINCE_MID_YEAR,
            ),
        ],
        ..Corpus::default()
    }
}

fn reader() -> Reader {
    let corpus = corpus();
    Reader::new(&corpus)
}

fn seeds(corpus: &Corpus) -> Vec<Seed> {
    corpus
        .examples
        .iter()
        .map(|e| Seed {
            example_id: e.id.clone(),
            question: e.question.clone(),
            sql: e.sql.clone(),
        })
        .collect()
}

async fn cache_with(config: CacheConfig) -> QuestionCache {
    let cache = QuestionCache::new(&config, Arc::new(LocalEmbedder::new()));
    let corpus = corpus();
    let prepared = cache
        .prepare(&corpus, "policy".into(), &seeds(&corpus))
        .await;
    cache.activate(prepared);
    cache
}

async fn cache() -> QuestionCache {
    cache_with(CacheConfig::default()).await
}

/// The SQL a hit gives, or the report of what happened instead.
async fn ask(cache: &QuestionCache, question: &str) -> Result<(String, CacheReport), CacheReport> {
    match cache.lookup(question, "v1").await {
        Lookup::Hit(hit) => Ok((hit.sql, hit.report)),
        Lookup::Miss(probe) => Err(probe.report),
        Lookup::Bypass(report) => Err(report),
    }
}

fn squeeze(sql: &str) -> String {
    sql.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn signatures_allow_filler_synonyms_and_moved_literals_only() {
    let reader = reader();
    let same = |a: &str, b: &str| {
        reader
            .analyze(a)
            .signature
            .matches(&reader.analyze(b).signature)
    };
    for (a, b) in [
        ("What was our total revenue in 2024?", "revenue in 2023"),
        ("What was our total revenue in 2024?", "Show me 2024 sales"),
        ("turnover for 2022", "net sales during 2021"),
        (
            "How many orders came from Brazil in 2024?",
            "number of orders from Germany in 2023",
        ),
        (
            "Top 5 customers by revenue in 2024",
            "top 10 customers by sales for 2025",
        ),
        (
            "Top 5 customers by revenue in 2024",
            "2024 top 5 customers by revenue",
        ),
        ("Customers by country", "customer by countries"),
    ] {
        assert!(same(a, b), "{a:?} should match {b:?}");
    }
    for (a, b) in [
        // Another ordering, metric, grouping or aggregate.
        (
            "Top 5 customers by revenue in 2024",
            "Bottom 5 customers by revenue in 2024",
        ),
        ("revenue by country in 2024", "profit by country in 2024"),
        ("revenue by country in 2024", "revenue by region in 2024"),
        ("revenue by country in 2024", "revenue per country in 2024"),
        ("revenue in 2024", "average revenue in 2024"),
        ("revenue in 2024", "weekend revenue in 2024"),
        ("orders from Brazil in 2024", "orders to Brazil in 2024"),
        // Two literals of one kind cannot trade places.
        ("revenue from 2023 to 2024", "revenue to 2023 from 2024"),
        ("revenue in 2024", "revenue in Brazil"),
        ("revenue in 2024", "revenue in 2024 and 2025"),
        ("customers who ordered", "customers who never ordered"),
    ] {
        assert!(!same(a, b), "{a:?} should not match {b:?}");
    }
}

#[test]
fn follow_ups_and_bare_literals_are_not_standalone() {
    let reader = reader();
    for question in [
        "what about 2023?",
        "and for Brazil?",
        "and by region?",
        "now by month",
        "show that by month",
        "revenue for that",
        "that but for 2023",
        "the same for Germany",
        "break it down by country",
        "2024",
        "how about Security instead",
    ] {
        assert!(
            reader.analyze(question).follow_up.is_some(),
            "{question:?} reads as a follow-up"
        );
    }
    for question in [
        "What was our total revenue in 2024?",
        "Top 5 customers by revenue in 2024",
        "customers that ordered in 2024",
        "products that sold best in 2024",
    ] {
        assert_eq!(reader.analyze(question).follow_up, None, "{question:?}");
    }
}

#[test]
fn the_exact_key_ignores_case_spacing_punctuation_and_spelling() {
    let reader = reader();
    let key = |q: &str| reader.analyze(q).exact_key;
    assert_eq!(key("Revenue in 2024?"), key("revenue   in 2024"));
    assert_eq!(
        key("orders from brazil in 2024"),
        key("Orders from BRAZIL in 2024!")
    );
    assert_ne!(key("revenue in 2024"), key("revenue in 2023"));
    assert_ne!(key("revenue in 2024"), key("sales in 2024"));
}

#[tokio::test]
async fn seeded_examples_answer_exactly_and_with_new_literals() {
    let cache = cache().await;
    let (sql, report) = ask(&cache, "what was our total revenue in 2024")
        .await
        .unwrap();
    assert_eq!(sql, REVENUE_2024);
    assert_eq!(
        (report.status, report.tier),
        (CacheStatus::Hit, Some(Tier::Exact))
    );
    assert_eq!(report.entry.unwrap().source, "example:revenue-2024");

    let (sql, report) = ask(&cache, "Show me the revenue for 2023").await.unwrap();
    assert_eq!(sql, REVENUE_2024.replace("2024", "2023"));
    assert_eq!(report.tier, Some(Tier::Semantic));
    assert!(report.similarity.unwrap() >= 0.75, "{report:?}");
    assert_eq!(report.rebound, ["2024 → 2023"]);
    let text = report.to_string();
    assert!(text.starts_with("hit (semantic tier, similarity"), "{text}");
    assert!(text.contains("example:revenue-2024"), "{text}");

    let (sql, _) = ask(&cache, "Top 10 customers by sales in 2022")
        .await
        .unwrap();
    assert!(
        squeeze(&sql).contains("= 2022 GROUP BY 1 ORDER BY revenue DESC LIMIT 10"),
        "{sql}"
    );
    let (sql, _) = ask(&cache, "how many orders came from Germany in 2025?")
        .await
        .unwrap();
    assert!(
        sql.contains("c.country = 'Germany'") && sql.contains("= 2025"),
        "{sql}"
    );
    let (sql, _) = ask(&cache, "monthly cloud spend for Security in 2024")
        .await
        .unwrap();
    assert!(
        sql.contains("'Security'") && sql.contains("= 2024"),
        "{sql}"
    );
}

#[tokio::test]
async fn near_misses_miss_and_say_why() {
    let cache = cache().await;
    for question in [
        "Bottom 5 customers by revenue in 2024",
        "Top 5 customers by profit in 2024",
        "Top 5 products by revenue in 2024",
        "What was our total profit in 2024?",
        "How many orders came from Brazil each year?",
        "How many orders came from Brazil in Q1 2024?",
        "weekend revenue in 2024",
    ] {
        let report = ask(&cache, question).await.expect_err(question);
        assert_eq!(report.status, CacheStatus::Miss, "{question}: {report:?}");
        assert!(report.reason.is_some(), "{question}: {report:?}");
    }
    // The year of "since mid-year" also shows in a date: only 2024 itself may hit.
    let report = ask(&cache, "Orders in 2023 since mid-year")
        .await
        .unwrap_err();
    assert!(report.to_string().contains("re-bound"), "{report:?}");
    assert!(ask(&cache, "orders in 2024 since mid-year?").await.is_ok());
}

#[tokio::test]
async fn follow_ups_bypass_the_cache() {
    let cache = cache().await;
    let report = ask(&cache, "what about 2023?").await.unwrap_err();
    assert_eq!(report.status, CacheStatus::Bypass);
    assert!(report.to_string().contains("follow-up"), "{report}");
    // Another corpus version: the cache does not apply.
    let Lookup::Bypass(report) = cache.lookup("revenue in 2024", "v2").await else {
        panic!("a lookup for another corpus version is bypassed");
    };
    assert_eq!(report.status, CacheStatus::Bypass);
}

async fn miss(cache: &QuestionCache, question: &str) -> Probe {
    match cache.lookup(question, "v1").await {
        Lookup::Miss(probe) => probe,
        _ => panic!("{question}: expected a miss"),
    }
}

#[tokio::test]
async fn generated_sql_is_stored_and_reused_unless_it_borrowed_from_history() {
    let cache = cache().await;
    let generated = EntrySource::Generated {
        generator: "openai".into(),
        model: "m".into(),
    };
    let sql = "SELECT c.country, SUM(ol.net_amount) FROM orders o JOIN order_lines ol USING (order_id) \
               JOIN customers c USING (customer_id) WHERE EXTRACT(YEAR FROM o.order_date) = 2024 GROUP BY 1";
    let probe = miss(&cache, "revenue by country in 2024").await;
    let id = cache.store(probe, sql, generated.clone(), &[]).unwrap();
    let (again, report) = ask(&cache, "Revenue by country in 2024?").await.unwrap();
    assert_eq!(again, sql);
    let entry = report.entry.unwrap();
    assert_eq!(
        (entry.id, entry.question.as_str()),
        (id, "revenue by country in 2024")
    );
    let (rebound, _) = ask(&cache, "2021 sales by country").await.unwrap();
    assert_eq!(rebound, sql.replace("2024", "2021"));

    // A question after "... in Brazil" whose SQL still filters on Brazil depended on it.
    let history = [Turn {
        question: "how many orders came from Brazil in 2024?".into(),
        sql: BRAZIL.into(),
    }];
    let probe = miss(&cache, "revenue by segment in 2024").await;
    let borrowed = "SELECT segment, SUM(net) FROM orders o JOIN customers c USING (customer_id) \
                    WHERE c.country = 'Brazil' AND EXTRACT(YEAR FROM o.order_date) = 2024 GROUP BY 1";
    let why = cache
        .store(probe, borrowed, generated.clone(), &history)
        .unwrap_err();
    assert!(why.contains("Brazil"), "{why}");
    // Without it, the same history does not matter.
    let probe = miss(&cache, "revenue by segment in 2024").await;
    let own = "SELECT segment, SUM(net) FROM orders o JOIN customers c USING (customer_id) \
               WHERE EXTRACT(YEAR FROM o.order_date) = 2024 GROUP BY 1";
    assert!(cache.store(probe, own, generated, &history).is_ok());
}

#[tokio::test]
async fn the_bounds_of_a_questions_own_period_are_not_borrowed() {
    let cache = cache().await;
    let generated = EntrySource::Generated {
        generator: "builtin".into(),
        model: String::new(),
    };
    let turn = |question: &str| Turn {
        question: question.into(),
        sql: String::new(),
    };
    // 2024 ends on the first day of 2025, which an earlier question named.
    let probe = miss(&cache, "units sold in 2024").await;
    let year = "SELECT SUM(quantity) FROM order_lines ol JOIN orders o USING (order_id) \
                WHERE o.order_date >= '2024-01-01' AND o.order_date < '2025-01-01'";
    let history = [
        turn("how many orders in 2025?"),
        turn("units sold in June 2024"),
    ];
    assert!(cache
        .store(probe, year, generated.clone(), &history)
        .is_ok());
    // July 2024 lies in 2024 and starts where June 2024 ends.
    let probe = miss(&cache, "units sold in July 2024").await;
    let month = "SELECT SUM(quantity) FROM order_lines ol JOIN orders o USING (order_id) \
                 WHERE o.order_date >= '2024-07-01' AND o.order_date < '2024-08-01'";
    let history = [turn("units sold in 2024"), turn("units sold in June 2024")];
    assert!(cache
        .store(probe, month, generated.clone(), &history)
        .is_ok());
    // A month the question did not name still shows as borrowed, inside its year or not.
    let probe = miss(&cache, "order count by week in 2024").await;
    let why = cache
        .store(probe, month, generated, &[turn("units sold in July 2024")])
        .unwrap_err();
    assert!(why.contains("July 2024"), "{why}");
}

#[tokio::test]
async fn clear_keeps_only_the_examples() {
    let cache = cache().await;
    let probe = miss(&cache, "revenue by country in 2024").await;
    let source = EntrySource::Generated {
        generator: "openai".into(),
        model: String::new(),
    };
    cache.store(probe, "SELECT 1", source, &[]).unwrap();
    let (cleared, examples) = cache.clear();
    assert_eq!((cleared, examples), (1, 5));
    assert!(ask(&cache, "revenue by country in 2024").await.is_err());
    assert!(ask(&cache, "What was our total revenue in 2024?")
        .await
        .is_ok());
    let status = cache.status();
    let value = |name: &str| status.iter().find(|(n, _)| *n == name).unwrap().1.clone();
    assert_eq!(value("entries"), "5");
    assert_eq!(value("corpus_version"), "v1");
}

#[tokio::test]
async fn entries_are_bounded_by_count_and_expire_after_the_ttl() {
    let config = CacheConfig {
        max_entries: 8,
        max_weight_bytes: 8 * 4096,
        ttl: Duration::from_millis(300),
        seed_examples: false,
        ..CacheConfig::default()
    };
    let cache = QuestionCache::new(&config, Arc::new(LocalEmbedder::new()));
    let corpus = corpus();
    cache.activate(cache.prepare(&corpus, "policy".into(), &[]).await);
    let source = EntrySource::Generated {
        generator: "openai".into(),
        model: String::new(),
    };
    for i in 0..40 {
        let question = format!("question number {i} about widget {i}x");
        let probe = miss(&cache, &question).await;
        cache
            .store(probe, &format!("SELECT {i}"), source.clone(), &[])
            .unwrap();
    }
    let current = cache.current().unwrap();
    let (entries, weight) = current.size();
    assert!(entries <= 8, "{entries} entries");
    assert!(weight <= 8 * 4096, "{weight} bytes");
    assert!(entries > 0);
    // Expiry: poll until the last entry is gone, bounded well above the TTL.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while ask(&cache, "question number 39 about widget 39x")
        .await
        .is_ok()
    {
        assert!(std::time::Instant::now() < deadline, "entry never expired");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn with_the_semantic_tier_off_only_the_same_question_hits() {
    let cache = cache_with(CacheConfig {
        semantic: false,
        ..CacheConfig::default()
    })
    .await;
    assert!(ask(&cache, "What was our total revenue in 2024")
        .await
        .is_ok());
    let report = ask(&cache, "revenue in 2023").await.unwrap_err();
    assert_eq!(report.status, CacheStatus::Miss);
}

#[test]
fn the_policy_fingerprint_follows_what_validation_depends_on() {
    let config = Config::default();
    let guard = Guard::new(&config.guard);
    let base = policy_fingerprint(&config, &guard);
    assert_eq!(base, policy_fingerprint(&config, &guard));
    let mut fewer_rows = config.clone();
    fewer_rows.ask.max_rows = 10;
    assert_ne!(base, policy_fingerprint(&fewer_rows, &guard));
    let mut schemas = config.clone();
    schemas.guard.exposed_schemas = vec!["sales".into()];
    assert_ne!(
        base,
        policy_fingerprint(&schemas, &Guard::new(&schemas.guard))
    );
    let mut catalog = crate::guard::Catalog::default();
    catalog
        .relations
        .insert("orders".into(), vec!["public".into()]);
    guard.set_catalog(catalog);
    assert_ne!(base, policy_fingerprint(&config, &guard));
}
